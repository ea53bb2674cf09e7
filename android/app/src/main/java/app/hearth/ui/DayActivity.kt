package app.hearth.ui

import android.os.Bundle
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.async
import app.hearth.logic.DayEntries
import app.hearth.logic.EntryText
import java.time.LocalDate
import uniffi.hearth.Entry
import uniffi.hearth.QuickMood

/**
 * One local day (issue #20): every kind of entry written on it (check-ins, reflections,
 * thought records, questionnaire results), in the order the day was lived, from the
 * core's `listEntries(day, day)`. An entry opens its editor. An empty day says so kindly
 * and offers a check-in for that day ([CheckInActivity.EXTRA_DAY]). [EXTRA_DATE] is the day, `YYYY-MM-DD` (today without it).
 */
class DayActivity : LoadingActivity() {
    private lateinit var date: LocalDate

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val today = Nav.todayDate()
        date = intent.getStringExtra(EXTRA_DATE)?.let { runCatching { LocalDate.parse(it) }.getOrNull() } ?: today
        savedInstanceState?.getString(EXTRA_DATE)?.let { s -> runCatching { LocalDate.parse(s) }.getOrNull()?.let { date = it } }
    }

    override fun onSaveInstanceState(outState: Bundle) {
        super.onSaveInstanceState(outState)
        outState.putString(EXTRA_DATE, date.toString())
    }

    override fun load() {
        val d = date
        async({
            Stores.use(this) { h ->
                val moods = h.widgetSnapshot(Stores.clock.now(), Stores.clock.zoneId()).quickMoods
                moods to DayEntries.inTimeOrder(h.listEntries(d.toString(), d.toString()))
            }
        }) { r ->
            if (d != date) return@async
            r.onSuccess { (moods, entries) -> draw(moods, entries) }
            r.onFailure { form.clear(); form.heading(date.format(Nav.longDate(this))); form.text(errorText(it)) }
        }
    }

    private fun draw(moods: List<QuickMood>, entries: List<Entry>) {
        val f = form
        val today = Nav.todayDate()
        f.clear()
        f.heading(date.format(Nav.longDate(this)))
        Controls.steps(
            f,
            Controls.Step(getString(R.string.day_previous), true) { date = date.minusDays(1); load() },
            Controls.Step(getString(R.string.day_next), date.isBefore(today)) { date = date.plusDays(1); load() },
        )

        if (entries.isEmpty()) {
            f.text(getString(R.string.day_empty))
            val earlier = date.isBefore(today)
            f.button(getString(if (earlier) R.string.day_add_checkin_earlier else R.string.day_add_checkin)) { addCheckIn() }
            if (earlier) f.text(getString(R.string.day_add_checkin_hint), secondary = true)
            return
        }
        if (entries.any { EntryEditors.canEdit(it) }) f.text(getString(R.string.day_tap_hint), secondary = true)
        val label = Nav.moodLabels(moods)
        val words = Words.entry(this)
        val timeFormat = Nav.timeFormat(this)
        for (e in entries) {
            val time = timeFormat(EntryText.local(e).toLocalTime())
            val summary = EntryText.summary(e, label, { Words.instrument(it) }, words)
            val kind = if (e is Entry.CheckIn) getString(R.string.day_kind_checkin) + " · " else ""
            EntryEditors.line(f, "$time · $kind$summary", if (EntryEditors.canEdit(e)) ({ EntryEditors.open(this, e) }) else null)
        }
        if (date == today) f.button(getString(R.string.day_add_checkin)) { addCheckIn() }
    }

    /** A new check-in for this day (at now on today; the check-in screen decides). */
    private fun addCheckIn() = Nav.open(this, CheckInActivity::class.java) { putExtra(CheckInActivity.EXTRA_DAY, date.toString()) }

    companion object {
        /** The day, `YYYY-MM-DD` (a local date: the day the entries were written in). */
        const val EXTRA_DATE = "date"
    }
}
