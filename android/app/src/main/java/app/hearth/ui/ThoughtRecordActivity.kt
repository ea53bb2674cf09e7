package app.hearth.ui

import android.os.Bundle
import android.text.InputType
import android.widget.CheckBox
import android.widget.EditText
import android.widget.TextView
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.logic.EntryEditing
import app.hearth.logic.FormText
import uniffi.hearth.Distortion
import uniffi.hearth.ThoughtInput
import uniffi.hearth.ThoughtRecord
import uniffi.hearth.distortions

/**
 * A CBT thought record, step by step: the situation, moods and how strong, the thought,
 * evidence both ways, thinking traps (the core's plain descriptions), a balanced thought,
 * and moods afterwards. Only the situation is needed; the core checks the rest.
 *
 * With [EXTRA_ENTRY_ID] it edits that record: every saved feeling and thought gets its
 * own row (a record made elsewhere may have several), and saving keeps its moment.
 */
class ThoughtRecordActivity : WritingActivity() {
    private class Rating(val name: EditText, val intensity: EditText)
    private class Thought(val text: EditText, val hot: CheckBox)

    private lateinit var situation: EditText
    private val moods = mutableListOf<Rating>()
    private val thoughts = mutableListOf<Thought>()
    private lateinit var evidenceFor: EditText
    private lateinit var evidenceAgainst: EditText
    private val traps = mutableListOf<Pair<Distortion, CheckBox>>()
    private lateinit var balanced: EditText
    private lateinit var belief: EditText
    private val after = mutableListOf<Rating>()
    private lateinit var error: TextView
    private var editing: ThoughtRecord? = null

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val id = intent.getStringExtra(EXTRA_ENTRY_ID)
        if (id == null) {
            draw(null)
            return
        }
        loadForEditing(R.string.edit_thought_title, R.string.edit_thought_gone, { it.getThought(id) }) { editing = it; draw(it) }
    }

    private fun draw(e: ThoughtRecord?) {
        val number = InputType.TYPE_CLASS_NUMBER
        val f = form
        f.clear()
        moods.clear(); thoughts.clear(); traps.clear(); after.clear()
        f.heading(getString(if (e == null) R.string.thought_title else R.string.edit_thought_title))
        f.text(getString(R.string.thought_intro), secondary = true)
        error = f.errorLine()

        f.heading(getString(R.string.thought_step_situation), large = false)
        situation = f.field(getString(R.string.thought_situation), value = e?.situation.orEmpty(), multiline = true)

        f.heading(getString(R.string.thought_step_moods), large = false)
        ratingRows(EntryEditing.ratingRows(e?.moods), moods)

        f.heading(getString(R.string.thought_step_thought), large = false)
        val rows = EntryEditing.thoughtRows(e?.thoughts)
        rows.forEachIndexed { i, t ->
            val n = i + 1
            val text = f.field(
                if (rows.size == 1) getString(R.string.thought_thought) else getString(R.string.edit_thought_numbered, n),
                value = t.text,
                multiline = true,
            )
            val hot = f.check(
                getString(R.string.thought_hot),
                checked = t.hot,
                description = if (rows.size == 1) null else getString(R.string.edit_thought_hot_numbered, n),
            )
            thoughts += Thought(text, hot)
        }

        f.heading(getString(R.string.thought_step_evidence), large = false)
        evidenceFor = f.field(getString(R.string.thought_evidence_for), value = e?.evidenceFor.orEmpty(), multiline = true)
        evidenceAgainst = f.field(getString(R.string.thought_evidence_against), value = e?.evidenceAgainst.orEmpty(), multiline = true)

        f.heading(getString(R.string.thought_step_traps), large = false)
        val noticed = e?.distortions.orEmpty().toSet()
        for (d in distortions()) {
            traps += d.distortion to f.check(d.title, checked = d.distortion in noticed, description = "${d.title}. ${d.description}")
            f.text(d.description, secondary = true)
        }

        f.heading(getString(R.string.thought_step_balanced), large = false)
        balanced = f.field(getString(R.string.thought_balanced), value = e?.balancedThought.orEmpty(), multiline = true)
        belief = f.field(getString(R.string.thought_belief), value = e?.balancedBelief?.toString().orEmpty(), inputType = number)

        f.heading(getString(R.string.thought_step_after), large = false)
        ratingRows(EntryEditing.ratingRows(e?.moodsAfter), after)

        f.button(getString(if (e == null) R.string.action_save else R.string.edit_save)) { save() }
        f.show()
        // Drawn (after loading, when editing): what was typed before a recreate comes back now.
        f.drawn()
    }

    /** A feeling and how strong, once per row; numbered when there is more than one. */
    private fun ratingRows(rows: List<EntryEditing.RatingRow>, into: MutableList<Rating>) {
        rows.forEachIndexed { i, r ->
            val n = i + 1
            val one = rows.size == 1
            val name = form.field(
                if (one) getString(R.string.thought_mood_name) else getString(R.string.edit_mood_numbered, n),
                value = r.name,
                hint = getString(R.string.thought_mood_hint),
            )
            val intensity = form.field(
                if (one) getString(R.string.thought_mood_intensity) else getString(R.string.edit_intensity_numbered, n),
                value = r.intensity,
                inputType = InputType.TYPE_CLASS_NUMBER,
            )
            into += Rating(name, intensity)
        }
    }

    private fun ratings(rows: List<Rating>) =
        EntryEditing.ratings(rows.map { EntryEditing.RatingRow(it.name.text.toString(), it.intensity.text.toString()) })

    private fun save() {
        val e = editing
        val now = Stores.clock.now()
        val input = ThoughtInput(
            situation = situation.text.toString(),
            moods = ratings(moods),
            thoughts = EntryEditing.thoughts(thoughts.map { EntryEditing.ThoughtRow(it.text.text.toString(), it.hot.isChecked) }),
            evidenceFor = FormText.optional(evidenceFor.text.toString()),
            evidenceAgainst = FormText.optional(evidenceAgainst.text.toString()),
            balancedThought = FormText.optional(balanced.text.toString()),
            balancedBelief = FormText.optionalInt(belief.text.toString()),
            moodsAfter = ratings(after),
            distortions = traps.filter { it.second.isChecked }.map { it.first },
            // An edit keeps the moment it was written.
            at = e?.at ?: now,
            utcOffsetSeconds = e?.utcOffsetSeconds ?: Stores.clock.offsetSeconds(now),
        )
        saveEntry(error, if (e == null) R.string.thought_saved else R.string.edit_saved) { h ->
            if (e == null) h.addThought(input) else h.updateThought(e.id, input)
        }
    }

    companion object {
        /** The id of a thought record to edit (the day view and history start this screen with it). */
        const val EXTRA_ENTRY_ID = "entry_id"
    }
}
