package app.hearth.ui

import android.os.Bundle
import android.widget.EditText
import android.widget.RadioGroup
import android.widget.TextView
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.async
import uniffi.hearth.ReflectionInput
import uniffi.hearth.ReflectionPrompt
import uniffi.hearth.reflectionPrompts

/** A few lines, with one of the core's prompts (some turn toward other people) or none. */
class ReflectionActivity : WritingActivity() {
    private lateinit var prompts: List<ReflectionPrompt>
    private lateinit var choice: RadioGroup
    private lateinit var text: EditText
    private lateinit var error: TextView

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        prompts = reflectionPrompts() // built into the library; no store needed
        val f = form
        f.heading(getString(R.string.reflection_title))
        error = f.errorLine()
        choice = f.choices(
            getString(R.string.reflection_prompt_label),
            prompts.map { it.text } + getString(R.string.reflection_no_prompt),
            selected = prompts.size,
        )
        text = f.field(getString(R.string.reflection_text), multiline = true)
        f.button(getString(R.string.action_save)) { save() }
        f.text(getString(R.string.reflection_footer), secondary = true)
        f.show()
        f.drawn()
    }

    private fun save() {
        val i = Form.selected(choice)
        val now = Stores.clock.now()
        val input = ReflectionInput(
            text = text.text.toString(),
            promptId = prompts.getOrNull(i)?.id,
            at = now,
            utcOffsetSeconds = Stores.clock.offsetSeconds(now),
        )
        async({ Stores.use(this) { it.addReflection(input) } }) { r ->
            r.onSuccess { Nav.toast(this, getString(R.string.reflection_saved)); finish() }
            r.onFailure { error.showError(errorText(it)) }
        }
    }
}
