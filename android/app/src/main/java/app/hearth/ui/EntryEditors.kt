package app.hearth.ui

import android.app.Activity
import android.util.TypedValue
import android.view.Gravity
import android.widget.TextView
import app.hearth.R
import app.hearth.logic.DayEntries
import app.hearth.logic.EntryText
import uniffi.hearth.Entry

/** Which screen edits an entry, and a tappable line for one entry. */
object EntryEditors {
    /** The extra the reflection and thought record screens read to edit an existing entry. */
    const val EXTRA_ENTRY_ID = "entry_id"

    /** Whether [e] has an editor (questionnaire results are kept as they were scored). */
    fun canEdit(e: Entry): Boolean = DayEntries.editor(e) != DayEntries.Editor.NONE

    /** Opens [e]'s editor: a check-in, a reflection or a thought record. */
    fun open(from: Activity, e: Entry) {
        val id = EntryText.id(e)
        when (DayEntries.editor(e)) {
            DayEntries.Editor.CHECK_IN -> Nav.open(from, CheckInActivity::class.java) { putExtra(CheckInActivity.EXTRA_ID, id) }
            DayEntries.Editor.REFLECTION -> Nav.open(from, ReflectionActivity::class.java) { putExtra(EXTRA_ENTRY_ID, id) }
            DayEntries.Editor.THOUGHT -> Nav.open(from, ThoughtRecordActivity::class.java) { putExtra(EXTRA_ENTRY_ID, id) }
            DayEntries.Editor.NONE -> Unit
        }
    }

    /**
     * A line for one entry in [form]: tappable (opening its editor) when it has one, with
     * the words TalkBack says; plain text otherwise. At least 48dp tall, text in sp.
     */
    fun line(form: Form, text: String, onOpen: (() -> Unit)?): TextView {
        val a = form.activity
        return form.add(
            TextView(a).apply {
                this.text = text
                setTextSize(TypedValue.COMPLEX_UNIT_SP, 16f)
                setTextColor(a.getColor(R.color.hearth_text))
                gravity = Gravity.CENTER_VERTICAL or Gravity.START
                minHeight = form.dp(48)
                val p = form.dp(12)
                setPadding(p, form.dp(8), p, form.dp(8))
                if (onOpen != null) {
                    contentDescription = a.getString(R.string.day_open_entry, text)
                    // Outlined like a card, so it looks as tappable as it is (not by colour alone: a frame).
                    val frame = android.graphics.drawable.GradientDrawable().apply {
                        cornerRadius = form.dp(8).toFloat()
                        setStroke(form.dp(1), a.getColor(R.color.calendar_cell_outline))
                    }
                    background = android.graphics.drawable.RippleDrawable(
                        android.content.res.ColorStateList.valueOf(a.getColor(R.color.hearth_outline)), frame, null,
                    )
                    setOnClickListener { onOpen() }
                }
            },
            topMarginDp = 4,
        )
    }
}
