package app.hearth.ui

import android.app.Activity
import android.app.AlertDialog
import android.text.InputType
import android.util.TypedValue
import android.view.Gravity
import android.view.View
import android.view.ViewGroup
import android.widget.Button
import android.widget.EditText
import android.widget.LinearLayout
import android.widget.ScrollView
import android.widget.TextView
import app.hearth.R

/**
 * Small controls the editing screens share (issue #20), on the same rules as [Form]: text
 * in sp, every control named in words, touch targets at least 48dp.
 */
object Controls {
    /** One button of a [row]: its words, what TalkBack says for it, what it does. */
    class RowButton(val text: CharSequence, val description: CharSequence, val onClick: () -> Unit)

    /** Buttons side by side, sharing the width equally (words wrap rather than shrink). */
    fun row(f: Form, buttons: List<RowButton>, topMarginDp: Int = 2): List<Button> =
        sideBySide(f, buttons, ViewGroup.LayoutParams.WRAP_CONTENT, topMarginDp) { b ->
            text = b.text
            contentDescription = b.description
            gravity = Gravity.CENTER
            setOnClickListener { b.onClick() }
        }

    /** One button of a [steps] row: its words, whether it can go there, what it does. */
    class Step(val text: CharSequence, val enabled: Boolean, val onClick: () -> Unit)

    /**
     * Back and forward (the calendar's months or years, the day view's days): buttons side
     * by side, sharing the width equally at the same height; one that cannot go is off.
     */
    fun steps(f: Form, vararg steps: Step): List<Button> =
        sideBySide(f, steps.toList(), ViewGroup.LayoutParams.MATCH_PARENT, topMarginDp = 4) { s ->
            text = s.text
            isEnabled = s.enabled
            setOnClickListener { s.onClick() }
        }

    /**
     * A button per item in one line, each an equal share of the width at [height] (text in
     * sp, at least 48dp tall, not in capitals), [each] giving it its words and action.
     */
    private fun <T> sideBySide(f: Form, items: List<T>, height: Int, topMarginDp: Int, each: Button.(T) -> Unit): List<Button> {
        val line = LinearLayout(f.activity).apply { orientation = LinearLayout.HORIZONTAL }
        val out = items.map { item ->
            Button(f.activity).apply {
                isAllCaps = false
                setTextSize(TypedValue.COMPLEX_UNIT_SP, 16f)
                minHeight = f.dp(48)
                each(item)
            }.also { line.addView(it, LinearLayout.LayoutParams(0, height, 1f)) }
        }
        f.add(line, topMarginDp)
        return out
    }

    /** A field of an [ask] dialog. */
    class Field(
        val label: CharSequence,
        val value: String = "",
        val hint: CharSequence? = null,
        val inputType: Int = InputType.TYPE_CLASS_TEXT or InputType.TYPE_TEXT_FLAG_CAP_SENTENCES,
    )

    /** An open [ask] dialog: its fields, and its own error line (the core's words go there). */
    class Asking(val dialog: AlertDialog, val fields: List<EditText>, val error: TextView)

    /**
     * A small dialog with labelled fields. [onYes] gets the typed values; the dialog stays
     * open until it is dismissed, so a refusal can be shown in it with what was typed kept.
     * It acts only while Hearth is unlocked (see [ifUnlocked]).
     */
    fun ask(a: Activity, title: CharSequence, fields: List<Field>, yes: CharSequence, onYes: (List<String>, Asking) -> Unit): Asking {
        val density = a.resources.displayMetrics.density
        fun dp(v: Int) = (v * density).toInt()
        val box = LinearLayout(a).apply {
            orientation = LinearLayout.VERTICAL
            setPadding(dp(24), dp(8), dp(24), 0)
        }
        val error = TextView(a).apply {
            setTextSize(TypedValue.COMPLEX_UNIT_SP, 16f)
            setTextColor(a.getColor(R.color.hearth_text))
            visibility = View.GONE
            accessibilityLiveRegion = View.ACCESSIBILITY_LIVE_REGION_POLITE
        }
        val edits = fields.map { fd ->
            val edit = EditText(a).apply {
                id = View.generateViewId()
                setText(fd.value)
                setTextSize(TypedValue.COMPLEX_UNIT_SP, 16f)
                fd.hint?.let { hint = it }
                inputType = fd.inputType
                minimumHeight = dp(48)
            }
            box.addView(TextView(a).apply {
                text = fd.label
                setTextSize(TypedValue.COMPLEX_UNIT_SP, 16f)
                setTextColor(a.getColor(R.color.hearth_text))
                labelFor = edit.id
                setPadding(0, dp(12), 0, 0)
            })
            box.addView(edit)
            edit
        }
        box.addView(error)
        val dialog = AlertDialog.Builder(a)
            .setTitle(title)
            .setView(ScrollView(a).apply { addView(box) })
            .setPositiveButton(yes, null)
            .setNegativeButton(R.string.action_cancel, null)
            .create()
        dialog.show()
        val asking = Asking(dialog, edits, error)
        // Set after show (the buttons exist then): a refusal keeps the dialog open.
        dialog.getButton(AlertDialog.BUTTON_POSITIVE).setOnClickListener {
            a.ifUnlocked { onYes(edits.map { it.text.toString() }, asking) }
        }
        return asking
    }
}
