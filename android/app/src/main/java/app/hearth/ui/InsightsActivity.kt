package app.hearth.ui

import android.app.Activity
import android.os.Bundle
import android.widget.RadioGroup
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.async
import java.time.DayOfWeek
import java.time.LocalDate
import java.time.format.TextStyle
import java.util.Locale
import uniffi.hearth.Insights
import uniffi.hearth.MoodBucket
import uniffi.hearth.Quadrant

/**
 * Your own patterns, in words: the core's highlights, mood with and without time with
 * people, by weekday and time of day, and any gentle suggestion. No scores to chase.
 */
class InsightsActivity : Activity() {
    private lateinit var form: Form
    private var choice = 1
    private val ranges: List<UInt?> = listOf(7u, 30u, 90u, null)

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        form = Form(this)
        form.show()
        load()
    }

    private fun load() {
        val days = ranges[choice]
        async({ Stores.use(this) { it.insights(days, Stores.clock.now(), Stores.clock.zoneId()) } }) { r ->
            r.onSuccess(::draw)
            r.onFailure { form.clear(); form.text(errorText(it)) }
        }
    }

    private fun draw(i: Insights) {
        val f = form
        f.clear()
        f.heading(getString(R.string.insights_title))
        val range: RadioGroup = f.choices(
            getString(R.string.insights_range),
            resources.getStringArray(R.array.insight_ranges).toList(),
            selected = choice,
        )
        range.setOnCheckedChangeListener { g, _ ->
            val sel = Form.selected(g)
            if (sel >= 0 && sel != choice) { choice = sel; load() }
        }

        f.text(resources.getQuantityString(R.plurals.insights_checkins, i.checkins.toInt(), i.checkins.toInt()))
        i.meanMood?.let { f.text(getString(R.string.insights_mean, fmt(it))) }

        i.suggestion?.let { s ->
            f.heading(getString(R.string.suggestion_heading), large = false)
            f.text(s.message)
            f.button(getString(R.string.open_safety_plan)) {
                Nav.open(this, SafetyActivity::class.java) { putExtra(SafetyActivity.EXTRA_CRISIS_FIRST, true) }
            }
        }

        if (i.highlights.isNotEmpty()) {
            f.heading(getString(R.string.insights_highlights), large = false)
            i.highlights.forEach { f.text("• $it") }
        }

        f.heading(getString(R.string.insights_people), large = false)
        f.text(i.connection.text)

        buckets(getString(R.string.insights_by_weekday), i.byWeekday, ::weekday)
        buckets(getString(R.string.insights_by_time), i.byTimeOfDay, ::timeOfDay)
        buckets(getString(R.string.insights_by_week), i.weekly.takeLast(8), ::week)

        val assoc = i.associations.filter { it.enoughData }
        if (assoc.isNotEmpty()) {
            f.heading(getString(R.string.insights_associations), large = false)
            assoc.forEach { f.text("• ${it.text}") }
        }

        if (i.quadrants.isNotEmpty()) {
            f.heading(getString(R.string.insights_quadrants), large = false)
            i.quadrants.forEach { q -> f.text(getString(R.string.insights_quadrant_share, quadrant(q.quadrant), Math.round(q.share * 100).toInt())) }
        }

        f.text(i.note, secondary = true)
    }

    /** Each bucket as a sentence, e.g. "Mon: average 3.4 from 5 check-ins" (no bars to decode). */
    private fun buckets(title: String, list: List<MoodBucket>, name: (String) -> String) {
        val shown = list.filter { it.count > 0u }
        if (shown.isEmpty()) return
        form.heading(title, large = false)
        for (b in shown) {
            val mean = b.mean?.let(::fmt) ?: "–"
            val n = b.count.toInt()
            form.text(resources.getQuantityString(R.plurals.insights_bucket, n, name(b.key), mean, n))
        }
    }

    /** The core's weekday keys ("monday") in the person's language ("Monday", "lundi"). */
    private fun weekday(key: String): String = runCatching {
        DayOfWeek.valueOf(key.uppercase(Locale.ROOT)).getDisplayName(TextStyle.FULL, Locale.getDefault())
    }.getOrDefault(key)

    /** The core's four parts of the day, in words. */
    private fun timeOfDay(key: String): String = when (key) {
        "night" -> getString(R.string.insights_night)
        "morning" -> getString(R.string.insights_morning)
        "afternoon" -> getString(R.string.insights_afternoon)
        "evening" -> getString(R.string.insights_evening)
        else -> key
    }

    /** The core's week keys (the Monday, "2026-11-02") as "Week of 2 Nov 2026". */
    private fun week(key: String): String = runCatching {
        getString(R.string.insights_week_of, LocalDate.parse(key).format(Nav.mediumDate(this)))
    }.getOrDefault(key)

    private fun quadrant(q: Quadrant): String = getString(
        when (q) {
            Quadrant.HIGH_ENERGY_PLEASANT -> R.string.quadrant_high_pleasant
            Quadrant.LOW_ENERGY_PLEASANT -> R.string.quadrant_low_pleasant
            Quadrant.HIGH_ENERGY_UNPLEASANT -> R.string.quadrant_high_unpleasant
            Quadrant.LOW_ENERGY_UNPLEASANT -> R.string.quadrant_low_unpleasant
        },
    )

    private fun fmt(d: Double) = String.format(Locale.getDefault(), "%.1f", d)
}
