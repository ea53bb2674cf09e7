package app.hearth.ui

import android.os.Bundle
import android.widget.EditText
import android.widget.RadioGroup
import android.widget.TextView
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.logic.EntryEditing
import uniffi.hearth.Reflection
import uniffi.hearth.ReflectionInput
import uniffi.hearth.ReflectionPrompt
import uniffi.hearth.reflectionPrompts

/**
 * A few lines, with one of the core's prompts (some turn toward other people) or none.
 * With [EXTRA_ENTRY_ID] it edits that reflection: the form holds what was written, and
 * saving keeps the moment it was written.
 */
class ReflectionActivity : WritingActivity() {
    private lateinit var prompts: List<ReflectionPrompt>
    private lateinit var choice: RadioGroup
    private lateinit var text: EditText
    private lateinit var error: TextView
    private var editing: Reflection? = null

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        prompts = reflectionPrompts() // built into the library; no store needed
        val id = intent.getStringExtra(EXTRA_ENTRY_ID)
        if (id == null) {
            draw(null)
            return
        }
        loadForEditing(R.string.edit_reflection_title, R.string.edit_reflection_gone, { it.getReflection(id) }) { editing = it; draw(it) }
    }

    private fun draw(e: Reflection?) {
        val f = form
        f.clear()
        f.heading(getString(if (e == null) R.string.reflection_title else R.string.edit_reflection_title))
        error = f.errorLine()
        choice = f.choices(
            getString(R.string.reflection_prompt_label),
            prompts.map { it.text } + getString(R.string.reflection_no_prompt),
            selected = EntryEditing.promptIndex(prompts.map { it.id }, e?.promptId),
        )
        text = f.field(getString(R.string.reflection_text), value = e?.text.orEmpty(), multiline = true)
        f.button(getString(if (e == null) R.string.action_save else R.string.edit_save)) { save() }
        f.text(getString(R.string.reflection_footer), secondary = true)
        f.show()
        // Drawn (after loading, when editing): what was typed before a recreate comes back now.
        f.drawn()
    }

    private fun save() {
        val e = editing
        val now = Stores.clock.now()
        val input = ReflectionInput(
            text = text.text.toString(),
            promptId = EntryEditing.promptId(prompts.map { it.id }, Form.selected(choice)),
            // An edit keeps the moment it was written.
            at = e?.at ?: now,
            utcOffsetSeconds = e?.utcOffsetSeconds ?: Stores.clock.offsetSeconds(now),
        )
        saveEntry(error, if (e == null) R.string.reflection_saved else R.string.edit_saved) { h ->
            if (e == null) h.addReflection(input) else h.updateReflection(e.id, input)
        }
    }

    companion object {
        /** The id of a reflection to edit (the day view and history start this screen with it). */
        const val EXTRA_ENTRY_ID = "entry_id"
    }
}
