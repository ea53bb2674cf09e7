package app.hearth.ui

import android.os.Bundle
import android.text.InputType
import android.widget.CheckBox
import android.widget.EditText
import android.widget.TextView
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.async
import app.hearth.logic.FormText
import uniffi.hearth.AutomaticThought
import uniffi.hearth.Distortion
import uniffi.hearth.MoodRating
import uniffi.hearth.ThoughtInput
import uniffi.hearth.distortions

/**
 * A CBT thought record, step by step: the situation, moods and how strong, the thought,
 * evidence both ways, thinking traps (the core's plain descriptions), a balanced thought,
 * and moods afterwards. Only the situation is needed; the core checks the rest.
 */
class ThoughtRecordActivity : WritingActivity() {
    private lateinit var situation: EditText
    private lateinit var moodName: EditText
    private lateinit var moodIntensity: EditText
    private lateinit var thought: EditText
    private lateinit var hot: CheckBox
    private lateinit var evidenceFor: EditText
    private lateinit var evidenceAgainst: EditText
    private val traps = mutableListOf<Pair<Distortion, CheckBox>>()
    private lateinit var balanced: EditText
    private lateinit var belief: EditText
    private lateinit var afterName: EditText
    private lateinit var afterIntensity: EditText
    private lateinit var error: TextView

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val number = InputType.TYPE_CLASS_NUMBER
        val f = form
        f.heading(getString(R.string.thought_title))
        f.text(getString(R.string.thought_intro), secondary = true)
        error = f.errorLine()

        f.heading(getString(R.string.thought_step_situation), large = false)
        situation = f.field(getString(R.string.thought_situation), multiline = true)

        f.heading(getString(R.string.thought_step_moods), large = false)
        moodName = f.field(getString(R.string.thought_mood_name), hint = getString(R.string.thought_mood_hint))
        moodIntensity = f.field(getString(R.string.thought_mood_intensity), value = "50", inputType = number)

        f.heading(getString(R.string.thought_step_thought), large = false)
        thought = f.field(getString(R.string.thought_thought), multiline = true)
        hot = f.check(getString(R.string.thought_hot))

        f.heading(getString(R.string.thought_step_evidence), large = false)
        evidenceFor = f.field(getString(R.string.thought_evidence_for), multiline = true)
        evidenceAgainst = f.field(getString(R.string.thought_evidence_against), multiline = true)

        f.heading(getString(R.string.thought_step_traps), large = false)
        for (d in distortions()) {
            traps += d.distortion to f.check(d.title, description = "${d.title}. ${d.description}")
            f.text(d.description, secondary = true)
        }

        f.heading(getString(R.string.thought_step_balanced), large = false)
        balanced = f.field(getString(R.string.thought_balanced), multiline = true)
        belief = f.field(getString(R.string.thought_belief), inputType = number)

        f.heading(getString(R.string.thought_step_after), large = false)
        afterName = f.field(getString(R.string.thought_mood_name), hint = getString(R.string.thought_mood_hint))
        afterIntensity = f.field(getString(R.string.thought_mood_intensity), value = "50", inputType = number)

        f.button(getString(R.string.action_save)) { save() }
        f.show()
        f.drawn()
    }

    private fun rating(name: EditText, intensity: EditText): List<MoodRating> {
        val n = FormText.optional(name.text.toString()) ?: return emptyList()
        // A blank or non-numeric intensity goes to the core as out of range; it names the field.
        return listOf(MoodRating(n, FormText.optionalInt(intensity.text.toString()) ?: Int.MIN_VALUE))
    }

    private fun save() {
        val now = Stores.clock.now()
        val input = ThoughtInput(
            situation = situation.text.toString(),
            moods = rating(moodName, moodIntensity),
            thoughts = FormText.optional(thought.text.toString())?.let { listOf(AutomaticThought(it, hot.isChecked)) } ?: emptyList(),
            evidenceFor = FormText.optional(evidenceFor.text.toString()),
            evidenceAgainst = FormText.optional(evidenceAgainst.text.toString()),
            balancedThought = FormText.optional(balanced.text.toString()),
            balancedBelief = FormText.optionalInt(belief.text.toString()),
            moodsAfter = rating(afterName, afterIntensity),
            distortions = traps.filter { it.second.isChecked }.map { it.first },
            at = now,
            utcOffsetSeconds = Stores.clock.offsetSeconds(now),
        )
        async({ Stores.use(this) { it.addThought(input) } }) { r ->
            r.onSuccess { Nav.toast(this, getString(R.string.thought_saved)); finish() }
            r.onFailure { error.showError(errorText(it)) }
        }
    }
}
