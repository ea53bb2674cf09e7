package app.hearth.ui

import android.os.Bundle
import android.widget.CheckBox
import android.widget.EditText
import android.widget.RadioGroup
import android.widget.TextView
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.async
import app.hearth.logic.FormText
import app.hearth.reminders.ReminderScheduler
import uniffi.hearth.CheckIn
import uniffi.hearth.CheckInInput
import uniffi.hearth.EmotionInfo
import uniffi.hearth.EntrySource
import uniffi.hearth.Person
import uniffi.hearth.Quadrant
import uniffi.hearth.QuickMood
import uniffi.hearth.Tag

/**
 * The full check-in: mood, energy, emotions, tags, a note, and whether (and with whom)
 * the person connected with someone. Opened from the app, the widget and reminders.
 * With [EXTRA_ID] it edits an existing check-in.
 */
class CheckInActivity : WritingActivity() {

    private class Data(
        val moods: List<QuickMood>,
        val emotions: List<EmotionInfo>,
        val tags: List<Tag>,
        val people: List<Person>,
        val editing: CheckIn?,
    )

    private lateinit var mood: RadioGroup
    private lateinit var energy: RadioGroup
    private val emotionBoxes = mutableListOf<Pair<String, CheckBox>>()
    private lateinit var ownEmotions: EditText
    private val tagBoxes = mutableListOf<Pair<String, CheckBox>>()
    private lateinit var newTags: EditText
    private lateinit var connected: CheckBox
    private val peopleBoxes = mutableListOf<Pair<String, CheckBox>>()
    private lateinit var note: EditText
    private lateinit var error: TextView
    private var data: Data? = null

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        form.text(getString(R.string.loading))
        form.show()
        val editId = intent.getStringExtra(EXTRA_ID)
        async({
            Stores.use(this) { h ->
                val snap = h.widgetSnapshot(Stores.clock.now(), Stores.clock.zoneId())
                Data(
                    snap.quickMoods.sortedBy { it.mood },
                    h.emotions(),
                    h.tags().filter { !it.archived },
                    h.people(),
                    editId?.let { h.getCheckin(it) },
                )
            }
        }) { r ->
            r.onSuccess { data = it; draw(it) }
            r.onFailure { form.clear(); form.text(errorText(it)) }
        }
    }

    private fun draw(d: Data) {
        val f = form
        val e = d.editing
        f.clear()
        f.heading(getString(if (e == null) R.string.checkin_title else R.string.checkin_edit_title))
        error = f.errorLine()

        f.heading(getString(R.string.checkin_mood_question), large = false)
        mood = f.choices(
            label = null,
            options = d.moods.map { it.label },
            descriptions = d.moods.map { getString(R.string.checkin_mood_description, it.label, it.mood) },
            selected = e?.let { c -> d.moods.indexOfFirst { it.mood == c.mood } } ?: -1,
        )
        mood.contentDescription = getString(R.string.checkin_mood_question)

        f.heading(getString(R.string.checkin_energy_question), large = false)
        val energyWords = resources.getStringArray(R.array.energy_levels).toList()
        energy = f.choices(null, energyWords, selected = e?.energy?.let { it - 1 } ?: -1)
        energy.contentDescription = getString(R.string.checkin_energy_question)
        f.button(getString(R.string.checkin_energy_clear)) { energy.clearCheck() }

        f.heading(getString(R.string.checkin_emotions_question), large = false)
        f.text(getString(R.string.checkin_emotions_help), secondary = true)
        val chosen = e?.emotions?.toSet().orEmpty()
        val byQuadrant = d.emotions.groupBy { it.quadrant }
        for (q in listOf(Quadrant.HIGH_ENERGY_PLEASANT, Quadrant.LOW_ENERGY_PLEASANT, Quadrant.HIGH_ENERGY_UNPLEASANT, Quadrant.LOW_ENERGY_UNPLEASANT, null)) {
            val names = byQuadrant[q]?.map { it.name } ?: continue
            f.text(quadrantName(q), secondary = true)
            f.checkGrid(names, chosen).forEachIndexed { i, b -> emotionBoxes += names[i] to b }
        }
        ownEmotions = f.field(getString(R.string.checkin_own_emotions), hint = getString(R.string.hint_comma_separated))

        f.heading(getString(R.string.checkin_tags_question), large = false)
        val tagNames = d.tags.map { it.name }
        val chosenTags = e?.tags?.toSet().orEmpty()
        f.checkGrid(tagNames, chosenTags).forEachIndexed { i, b -> tagBoxes += tagNames[i] to b }
        val unknownTags = chosenTags - tagNames.toSet()
        newTags = f.field(
            getString(R.string.checkin_new_tags),
            value = unknownTags.joinToString(", "),
            hint = getString(R.string.hint_tags),
        )

        f.heading(getString(R.string.checkin_people_question), large = false)
        connected = f.check(getString(R.string.checkin_connected), e?.connected ?: false)
        val withPeople = e?.withPeople?.toSet().orEmpty()
        for (p in d.people) {
            peopleBoxes += p.id to f.check(getString(R.string.checkin_with_person, p.name), p.id in withPeople)
        }

        note = f.field(getString(R.string.checkin_note), value = e?.note.orEmpty(), multiline = true)

        f.button(getString(R.string.action_save)) { save() }
        f.text(getString(R.string.checkin_footer), secondary = true)
        // Built after the store has loaded: values typed before a recreate come back only now.
        f.drawn()
    }

    private fun quadrantName(q: Quadrant?): String = getString(
        when (q) {
            Quadrant.HIGH_ENERGY_PLEASANT -> R.string.quadrant_high_pleasant
            Quadrant.LOW_ENERGY_PLEASANT -> R.string.quadrant_low_pleasant
            Quadrant.HIGH_ENERGY_UNPLEASANT -> R.string.quadrant_high_unpleasant
            Quadrant.LOW_ENERGY_UNPLEASANT -> R.string.quadrant_low_unpleasant
            null -> R.string.quadrant_own
        },
    )

    private fun save() {
        val d = data ?: return
        val m = Form.selected(mood)
        if (m < 0) {
            error.showError(getString(R.string.checkin_choose_mood))
            mood.requestFocus()
            return
        }
        val e = Form.selected(energy)
        val now = Stores.clock.now()
        val editing = d.editing
        val input = CheckInInput(
            mood = d.moods[m].mood,
            source = editing?.source ?: EntrySource.APP,
            energy = if (e >= 0) e + 1 else null,
            emotions = emotionBoxes.filter { it.second.isChecked }.map { it.first },
            tags = (tagBoxes.filter { it.second.isChecked }.map { it.first } + FormText.items(newTags.text.toString())).distinct(),
            note = FormText.optional(note.text.toString()),
            // An edit keeps the moment it was made; a new check-in is now, at today's offset.
            at = editing?.at ?: now,
            utcOffsetSeconds = editing?.utcOffsetSeconds ?: Stores.clock.offsetSeconds(now),
            customEmotions = FormText.items(ownEmotions.text.toString()),
            scales = editing?.scales ?: emptyList(),
            connected = connected.isChecked || peopleBoxes.any { it.second.isChecked },
            withPeople = peopleBoxes.filter { it.second.isChecked }.map { it.first },
        )
        async({
            val outcome = Stores.use(this) { h ->
                if (editing == null) h.recordCheckin(input) else h.updateCheckin(editing.id, input)
                Stores.actions.refresh(h)
            }
            ReminderScheduler.afterCheckIn(applicationContext, outcome)
        }) { r ->
            r.onSuccess {
                Nav.toast(this, getString(R.string.checkin_saved))
                finish()
            }
            r.onFailure { error.showError(errorText(it)) }
        }
    }

    companion object {
        const val EXTRA_ID = "checkin_id"
    }
}
