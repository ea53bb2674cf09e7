package app.hearth.ui

import android.app.DatePickerDialog
import android.app.TimePickerDialog
import android.os.Bundle
import android.text.format.DateFormat
import android.widget.CheckBox
import android.widget.EditText
import android.widget.RadioGroup
import android.widget.TextView
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.async
import app.hearth.logic.Backfill
import app.hearth.logic.FormText
import java.time.LocalDateTime
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
 * With [EXTRA_ID] it edits an existing check-in. A new one can be backfilled: "When"
 * picks an earlier day and time (the past only, [Backfill]).
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

    /** The moment chosen for a new check-in, or null for now. */
    private var chosen: LocalDateTime? = null
    private var whenLine: TextView? = null

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        chosen = savedInstanceState?.getString(STATE_WHEN)?.let(LocalDateTime::parse)
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
        if (e == null) whenSection(f)

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

    override fun onSaveInstanceState(outState: Bundle) {
        super.onSaveInstanceState(outState)
        chosen?.let { outState.putString(STATE_WHEN, it.toString()) }
    }

    /** "When": now, or an earlier day and time the person picks (never later than now). */
    private fun whenSection(f: Form) {
        f.heading(getString(R.string.backfill_question), large = false)
        whenLine = f.text("")
        showWhen()
        f.button(getString(R.string.backfill_choose_day)) { pickDay() }
        f.button(getString(R.string.backfill_choose_time)) { pickTime() }
        f.button(getString(R.string.backfill_now)) { chosen = null; showWhen() }
    }

    private fun showWhen() {
        val c = chosen
        whenLine?.text = if (c == null) {
            getString(R.string.backfill_when_now)
        } else {
            getString(R.string.backfill_when, c.toLocalDate().format(Nav.longDate), Nav.timeFormat(this)(c.toLocalTime()))
        }
    }

    private fun current(): LocalDateTime = chosen ?: Backfill.latest(Stores.clock.now(), Stores.clock.zone())

    private fun pickDay() {
        val c = current()
        val d = DatePickerDialog(this, { _, y, m, day ->
            choose(java.time.LocalDate.of(y, m + 1, day), current().toLocalTime())
        }, c.year, c.monthValue - 1, c.dayOfMonth)
        // The calendar stops at today.
        d.datePicker.maxDate = Stores.clock.now().toEpochMilli()
        d.show()
    }

    private fun pickTime() {
        val c = current()
        TimePickerDialog(this, { _, h, m ->
            choose(current().toLocalDate(), java.time.LocalTime.of(h, m))
        }, c.hour, c.minute, DateFormat.is24HourFormat(this)).show()
    }

    private fun choose(date: java.time.LocalDate, time: java.time.LocalTime) {
        val now = Stores.clock.now()
        val zone = Stores.clock.zone()
        val picked = Backfill.choose(date, time, now, zone)
        // The latest moment is now itself: that is simply "now", which stays current when saving.
        chosen = picked.takeIf { it != Backfill.latest(now, zone) }
        showWhen()
        if (LocalDateTime.of(date, time.withSecond(0).withNano(0)).isAfter(picked)) {
            Nav.toast(this, getString(R.string.backfill_stopped_at_now))
        }
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
        val backfilled = chosen?.let { Backfill.at(it, Stores.clock.zone()) }
        val input = CheckInInput(
            mood = d.moods[m].mood,
            source = editing?.source ?: EntrySource.APP,
            energy = if (e >= 0) e + 1 else null,
            emotions = emotionBoxes.filter { it.second.isChecked }.map { it.first },
            tags = (tagBoxes.filter { it.second.isChecked }.map { it.first } + FormText.items(newTags.text.toString())).distinct(),
            note = FormText.optional(note.text.toString()),
            // An edit keeps the moment it was made; a new check-in is the moment chosen (at
            // its own offset) or now. The core refuses a future moment; its words are shown.
            at = editing?.at ?: backfilled?.first ?: now,
            utcOffsetSeconds = editing?.utcOffsetSeconds ?: backfilled?.second ?: Stores.clock.offsetSeconds(now),
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
        private const val STATE_WHEN = "checkin.when"
    }
}
