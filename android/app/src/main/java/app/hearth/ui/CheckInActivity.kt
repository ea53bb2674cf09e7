package app.hearth.ui

import android.app.DatePickerDialog
import android.app.TimePickerDialog
import android.os.Bundle
import android.text.Editable
import android.text.InputType
import android.text.TextWatcher
import android.text.format.DateFormat
import android.view.ViewGroup
import android.widget.CheckBox
import android.widget.EditText
import android.widget.RadioGroup
import android.widget.TextView
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.async
import app.hearth.logic.Backfill
import app.hearth.logic.FormText
import app.hearth.logic.ScaleReadings
import app.hearth.logic.TagChoice
import java.time.LocalDateTime
import app.hearth.reminders.ReminderScheduler
import uniffi.hearth.CheckIn
import uniffi.hearth.CheckInInput
import uniffi.hearth.EmotionInfo
import uniffi.hearth.EntrySource
import uniffi.hearth.Person
import uniffi.hearth.Quadrant
import uniffi.hearth.QuickMood
import uniffi.hearth.Scale
import uniffi.hearth.Tag
import uniffi.hearth.emotionLabel
import uniffi.hearth.tagLabel

/**
 * The full check-in: mood, energy, emotions, tags, a note, and whether (and with whom)
 * the person connected with someone. Opened from the app, the widget and reminders.
 * With [EXTRA_ID] it edits an existing check-in. A new one can be backfilled: "When"
 * picks an earlier day and time (the past only, [Backfill]); [EXTRA_DAY] (from the day
 * view) starts it at a given day.
 *
 * The person's own scales (issue #20) come last before Save, each a small number field
 * with Lower / Raise / Clear and a label in words ("Sleep, 3 of 5"); blank means not
 * recorded. A new scale can be added from here. Archived tags are not offered for a new
 * check-in; an edited one still shows those it has ([TagChoice]).
 */
class CheckInActivity : WritingActivity() {

    private data class Data(
        val moods: List<QuickMood>,
        val emotions: List<EmotionInfo>,
        /** Every tag, archived ones included ([TagChoice.offered] picks what is shown). */
        val tags: List<Tag>,
        val people: List<Person>,
        val editing: CheckIn?,
        val scales: List<Scale>,
    )

    private class ScaleRow(val scale: Scale, val label: TextView, val field: EditText)


    private lateinit var mood: RadioGroup
    private lateinit var energy: RadioGroup
    private val emotionBoxes = mutableListOf<Pair<String, CheckBox>>()
    private lateinit var ownEmotions: EditText
    private val tagBoxes = mutableListOf<Pair<String, CheckBox>>()
    private lateinit var newTags: EditText
    private lateinit var connected: CheckBox
    private val peopleBoxes = mutableListOf<Pair<String, CheckBox>>()
    private lateinit var note: EditText
    private val scaleRows = mutableListOf<ScaleRow>()
    private lateinit var error: TextView
    private var data: Data? = null

    /** The moment chosen for a new check-in, or null for now. */
    private var chosen: LocalDateTime? = null
    private var whenLine: TextView? = null

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val editId = intent.getStringExtra(EXTRA_ID)
        chosen = if (savedInstanceState != null) {
            savedInstanceState.getString(STATE_WHEN)?.let(LocalDateTime::parse)
        } else if (editId == null) {
            // From the day view: that day (noon, or now on today). A future day or anything
            // that is not a date is a plain check-in at now; now itself is simply "now".
            val now = Stores.clock.now()
            val zone = Stores.clock.zone()
            Backfill.forDay(intent.getStringExtra(EXTRA_DAY), now, zone)?.takeIf { it != Backfill.latest(now, zone) }
        } else {
            null
        }
        form.text(getString(R.string.loading))
        form.show()
        if (editId != null) setTitle(R.string.checkin_edit_title)
        async({
            Stores.use(this) { h ->
                val snap = h.widgetSnapshot(Stores.clock.now(), Stores.clock.zoneId())
                Data(
                    snap.quickMoods.sortedBy { it.mood },
                    h.emotions(),
                    h.tags(),
                    h.people(),
                    editId?.let { h.getCheckin(it) },
                    h.scales(),
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
        emotionBoxes.clear()
        tagBoxes.clear()
        peopleBoxes.clear()
        scaleRows.clear()
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
            // Shown in the reader's language (the core's label), in its alphabetical order;
            // the stored name goes back.
            val collator = java.text.Collator.getInstance(Nav.locale(this))
            val names = byQuadrant[q]?.map { it.name }?.sortedWith(compareBy(collator, ::emotionLabel)) ?: continue
            f.text(quadrantName(q), secondary = true)
            val labels = names.map(::emotionLabel)
            val checked = names.indices.filter { names[it] in chosen }.map { labels[it] }.toSet()
            f.checkGrid(labels, checked).forEachIndexed { i, b -> emotionBoxes += names[i] to b }
        }
        ownEmotions = f.field(getString(R.string.checkin_own_emotions), hint = getString(R.string.hint_comma_separated))

        f.heading(getString(R.string.checkin_tags_question), large = false)
        val offered = TagChoice.offered(d.tags, e?.tags.orEmpty())
        val onEntry = e?.tags?.toSet().orEmpty()
        // An archived tag (only ever on a check-in being edited) says so in words.
        val tagLabels = offered.map { tagLabel(it.name).let { l -> if (it.archived) getString(R.string.tags_archived_name, l) else l } }
        val checkedLabels = offered.indices.filter { offered[it].name in onEntry }.map { tagLabels[it] }.toSet()
        f.checkGrid(tagLabels, checkedLabels).forEachIndexed { i, b -> tagBoxes += offered[i].name to b }
        val unknownTags = TagChoice.unknown(d.tags, e?.tags.orEmpty())
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

        // Last before Save: adding a scale redraws only what follows the note.
        scaleSection(f, d)

        f.button(getString(R.string.action_save)) { save() }
        f.text(getString(R.string.checkin_footer), secondary = true)
        // Built after the store has loaded: values typed before a recreate come back only now.
        f.drawn()
    }

    /** Each of the person's scales, unset unless set (or, editing, as recorded), then "Add a scale". */
    private fun scaleSection(f: Form, d: Data) {
        f.heading(getString(R.string.scales_heading), large = false)
        f.text(getString(if (d.scales.isEmpty()) R.string.scales_none else R.string.scales_help), secondary = true)
        val number = InputType.TYPE_CLASS_NUMBER or InputType.TYPE_NUMBER_FLAG_SIGNED
        for (s in d.scales) {
            val saved = d.editing?.let { ScaleReadings.saved(s, it.scales) }
            val field = f.field(scaleWords(s, saved?.toString().orEmpty()), value = saved?.toString().orEmpty(), hint = getString(R.string.scale_not_set_hint), inputType = number)
            val parent = field.parent as ViewGroup
            val label = parent.getChildAt(parent.indexOfChild(field) - 1) as TextView
            val row = ScaleRow(s, label, field)
            scaleRows += row
            // The label (what TalkBack reads for the field) says the value in words.
            field.addTextChangedListener(object : TextWatcher {
                override fun beforeTextChanged(t: CharSequence?, start: Int, count: Int, after: Int) = Unit
                override fun onTextChanged(t: CharSequence?, start: Int, before: Int, count: Int) = Unit
                override fun afterTextChanged(t: Editable?) { label.text = scaleWords(s, t?.toString().orEmpty()) }
            })
            val name = ScaleReadings.title(s.name)
            Controls.row(
                f,
                listOf(
                    Controls.RowButton(getString(R.string.scale_lower), getString(R.string.scale_lower_description, name)) {
                        field.setText(ScaleReadings.step(field.text.toString(), s, -1))
                    },
                    Controls.RowButton(getString(R.string.scale_raise), getString(R.string.scale_raise_description, name)) {
                        field.setText(ScaleReadings.step(field.text.toString(), s, +1))
                    },
                    Controls.RowButton(getString(R.string.scale_clear), getString(R.string.scale_clear_description, name)) {
                        field.setText("")
                    },
                ),
            )
        }
        f.button(getString(R.string.scale_add)) { addScale() }
    }

    private fun scaleWords(s: Scale, text: String): String {
        val name = ScaleReadings.title(s.name)
        return when (val r = ScaleReadings.read(text)) {
            ScaleReadings.Reading.Unset -> getString(R.string.scale_unset, name, s.min, s.max)
            is ScaleReadings.Reading.Value ->
                if (s.min in 0..1) getString(R.string.scale_value, name, r.value, s.max)
                else getString(R.string.scale_value_range, name, r.value, s.min, s.max)
            is ScaleReadings.Reading.NotANumber -> getString(R.string.scale_typed, name, r.text, s.min, s.max)
        }
    }

    /** A new scale: name, lowest and highest. Refusals in the dialog, in the core's words. */
    private fun addScale() {
        val number = InputType.TYPE_CLASS_NUMBER or InputType.TYPE_NUMBER_FLAG_SIGNED
        Controls.ask(
            this,
            getString(R.string.scale_add_title),
            listOf(
                Controls.Field(getString(R.string.scale_name), hint = getString(R.string.scale_name_hint)),
                Controls.Field(getString(R.string.scale_min), "1", inputType = number),
                Controls.Field(getString(R.string.scale_max), "5", inputType = number),
            ),
            getString(R.string.scale_add_yes),
        ) { v, asking ->
            when (val range = ScaleReadings.range(v[1], v[2])) {
                is ScaleReadings.Range.NotANumber -> asking.error.showError(
                    getString(if (range.which == "min") R.string.scale_min_not_number else R.string.scale_max_not_number),
                )
                is ScaleReadings.Range.Ok -> async({
                    Stores.use(this) { h -> h.createScale(v[0], range.min, range.max).let { it to h.scales() } }
                }) { r ->
                    r.onSuccess { (added, scales) ->
                        asking.dialog.dismiss()
                        Nav.toast(this, getString(R.string.scale_added, ScaleReadings.title(added.name)))
                        redrawWith(scales)
                    }
                    r.onFailure { asking.error.showError(errorText(it)) }
                }
            }
        }
    }

    /** Draws again with [scales], keeping everything typed so far (scales by name). */
    private fun redrawWith(scales: List<Scale>) {
        val d = data ?: return
        val typed = scaleRows.associate { it.scale.name to it.field.text.toString() }
        val keep = Bundle()
        form.saveState(keep)
        form.restoreLater(keep)
        val next = d.copy(scales = scales)
        data = next
        draw(next)
        // Everything before the scales is where it was; the scales go back by name.
        for (row in scaleRows) {
            val t = typed[row.scale.name].orEmpty()
            if (row.field.text.toString() != t) row.field.setText(t)
        }
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
            getString(R.string.backfill_when, c.toLocalDate().format(Nav.longDate(this)), Nav.timeFormat(this)(c.toLocalTime()))
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
            scales = ScaleReadings.toSend(d.scales, scaleRows.map { it.field.text.toString() }, editing?.scales.orEmpty()),
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

        /**
         * For a new check-in: the day it is for, `YYYY-MM-DD` (a local date, as the day
         * view's). "When was this?" starts at that day ([Backfill.forDay]); the person can
         * still change it. A future day or a malformed one is ignored.
         */
        const val EXTRA_DAY = "day"
        private const val STATE_WHEN = "checkin.when"
    }
}
