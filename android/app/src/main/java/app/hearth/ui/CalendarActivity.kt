package app.hearth.ui

import android.os.Bundle
import android.text.format.DateFormat
import android.util.TypedValue
import android.view.Gravity
import android.view.View
import android.view.ViewGroup
import android.widget.LinearLayout
import android.widget.TextView
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.async
import app.hearth.logic.CalendarBrowser
import app.hearth.logic.CalendarLayout
import app.hearth.logic.CalendarWords
import app.hearth.logic.CalendarWordsSet
import app.hearth.logic.MoodDay
import java.time.LocalDate
import java.time.YearMonth
import java.time.format.DateTimeFormatter
import java.time.format.TextStyle
import java.util.Locale
import uniffi.hearth.CalendarDay
import uniffi.hearth.QuickMood

/**
 * The calendar of moods (issue #20): a month as a weekly grid (the locale's first day of
 * the week) or the year in pixels (a row per month, a square per day), from the core's
 * `calendar(year, month)`. Each day says itself in words (date, mood, what was written),
 * a legend maps colours and fill heights to the core's mood words, and a dot marks a day
 * with a note, a reflection or a thought record. A day opens the day view.
 */
class CalendarActivity : LoadingActivity() {
    private lateinit var browser: CalendarBrowser

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val today = Nav.todayDate()
        browser = CalendarBrowser.decode(savedInstanceState?.getString(STATE), today)
            ?: intent.getStringExtra(EXTRA_MONTH)?.let { runCatching { YearMonth.parse(it) }.getOrNull() }?.let { CalendarBrowser.at(today).open(it) }
            ?: CalendarBrowser.at(today)
    }

    override fun onSaveInstanceState(outState: Bundle) {
        super.onSaveInstanceState(outState)
        outState.putString(STATE, browser.encode())
    }

    private fun go(b: CalendarBrowser) {
        browser = b
        load()
    }

    override fun load() {
        val b = browser
        async({
            Stores.use(this) { h ->
                val moods = h.widgetSnapshot(Stores.clock.now(), Stores.clock.zoneId()).quickMoods
                val days = h.calendar(b.year, if (b.mode == CalendarBrowser.Mode.MONTH) b.month.monthValue.toUInt() else null)
                moods to days
            }
        }) { r ->
            if (b != browser) return@async // moved on meanwhile
            r.onSuccess { (moods, days) -> draw(b, moods, days.map { moodDay(it) }) }
            r.onFailure { form.clear(); form.heading(getString(R.string.calendar_title)); form.text(errorText(it)) }
        }
    }

    private fun draw(b: CalendarBrowser, moods: List<QuickMood>, days: List<MoodDay>) {
        val f = form
        val today = Nav.todayDate()
        val label = Nav.moodLabels(moods)
        f.clear()
        f.heading(getString(R.string.calendar_title))
        val month = b.mode == CalendarBrowser.Mode.MONTH
        if (month) {
            f.button(getString(R.string.calendar_show_year), getString(R.string.calendar_show_year_description)) { go(browser.withMode(CalendarBrowser.Mode.YEAR)) }
        } else {
            f.button(getString(R.string.calendar_show_month), getString(R.string.calendar_show_month_description)) { go(browser.withMode(CalendarBrowser.Mode.MONTH)) }
        }
        f.heading(if (month) b.month.format(monthTitle()) else b.year.toString(), large = false)
        Controls.steps(
            f,
            Controls.Step(getString(if (month) R.string.calendar_previous_month else R.string.calendar_previous_year), b.canGoBack) { go(browser.back()) },
            Controls.Step(getString(if (month) R.string.calendar_next_month else R.string.calendar_next_year), b.canGoForward) { go(browser.forward()) },
        )
        val byDate = days.associateBy { it.date }
        val describe = { d: MoodDay -> CalendarWords.cellLabel(d, today, spokenDate(d.date), label, calendarWords()) }
        if (month) {
            f.text(getString(R.string.calendar_month_explainer), secondary = true)
            monthGrid(b.month, byDate, today, describe)
            if (days.none { it.hasEntries }) f.text(getString(R.string.calendar_nothing_this_month), secondary = true)
        } else {
            f.text(getString(R.string.calendar_year_explainer), secondary = true)
            yearPixels(b.year, byDate, today, describe)
        }
        legend(label)
    }

    private fun monthGrid(m: YearMonth, byDate: Map<LocalDate, MoodDay>, today: LocalDate, describe: (MoodDay) -> String) {
        val first = CalendarLayout.firstDayOfWeek(locale())
        val header = LinearLayout(this).apply {
            orientation = LinearLayout.HORIZONTAL
            // Each day says its weekday itself; the short header is for the eye.
            importantForAccessibility = View.IMPORTANT_FOR_ACCESSIBILITY_NO_HIDE_DESCENDANTS
        }
        val days = CalendarLayout.weekdays(first)
        val style = if (fits(days.map { it.getDisplayName(TextStyle.SHORT, locale()) }, 13f)) TextStyle.SHORT else TextStyle.NARROW
        for (d in days) {
            header.addView(
                TextView(this).apply {
                    text = d.getDisplayName(style, locale())
                    setTextSize(TypedValue.COMPLEX_UNIT_SP, 13f)
                    setTextColor(getColor(R.color.hearth_text_secondary))
                    gravity = Gravity.CENTER
                    maxLines = 1
                },
                LinearLayout.LayoutParams(0, ViewGroup.LayoutParams.WRAP_CONTENT, 1f),
            )
        }
        form.add(header, topMarginDp = 12)
        for (week in CalendarLayout.weeks(m, first)) {
            val line = LinearLayout(this).apply { orientation = LinearLayout.HORIZONTAL }
            for (date in week) {
                val lp = LinearLayout.LayoutParams(0, ViewGroup.LayoutParams.WRAP_CONTENT, 1f)
                if (date == null) {
                    line.addView(View(this), lp)
                    continue
                }
                val day = byDate[date] ?: empty(date)
                val cell = DayCell(this, day, date.dayOfMonth.toString(), date == today, date.isAfter(today))
                cell.contentDescription = describe(day)
                cell.setOnClickListener { openDay(date) }
                cell.background = getDrawable(android.R.drawable.list_selector_background)
                line.addView(cell, lp)
            }
            form.add(line, topMarginDp = 0)
        }
    }

    private fun yearPixels(year: Int, byDate: Map<LocalDate, MoodDay>, today: LocalDate, describe: (MoodDay) -> String) {
        val names = DateTimeFormatter.ofPattern("LLL", locale())
        val full = monthTitle()
        for ((m, dates) in CalendarLayout.yearRows(year)) {
            val row = LinearLayout(this).apply {
                orientation = LinearLayout.HORIZONTAL
                gravity = Gravity.CENTER_VERTICAL
                minimumHeight = form.dp(48)
                isClickable = true
                isFocusable = true
                background = getDrawable(android.R.drawable.list_selector_background)
                contentDescription = getString(R.string.calendar_open_month, m.format(full))
                setOnClickListener { go(browser.open(m)) }
            }
            row.addView(
                TextView(this).apply {
                    text = m.format(names)
                    setTextSize(TypedValue.COMPLEX_UNIT_SP, 13f)
                    setTextColor(getColor(R.color.hearth_text))
                    maxLines = 1
                    importantForAccessibility = View.IMPORTANT_FOR_ACCESSIBILITY_NO
                },
                LinearLayout.LayoutParams(form.dp(40) + spExtra(), ViewGroup.LayoutParams.WRAP_CONTENT),
            )
            for (date in dates) {
                val lp = LinearLayout.LayoutParams(0, ViewGroup.LayoutParams.WRAP_CONTENT, 1f)
                if (date == null) {
                    row.addView(View(this), lp)
                    continue
                }
                val day = byDate[date] ?: empty(date)
                val cell = DayCell(this, day, null, date == today, date.isAfter(today))
                cell.contentDescription = describe(day)
                cell.onOpen = { openDay(date) }
                row.addView(cell, lp)
            }
            form.add(row, topMarginDp = 0)
        }
    }

    /** Whether each of [names] fits a seventh of the content width at [sp] (large text takes the narrow names). */
    private fun fits(names: List<String>, sp: Float): Boolean {
        val paint = android.text.TextPaint().apply { textSize = TypedValue.applyDimension(TypedValue.COMPLEX_UNIT_SP, sp, resources.displayMetrics) }
        val column = (form.dp(resources.configuration.screenWidthDp) - form.dp(32)) / 7f
        return names.all { paint.measureText(it) + form.dp(4) <= column }
    }

    /** The month names' column grows with the font size (sp), so "Sept" is never cut. */
    private fun spExtra(): Int = (form.dp(40) * (resources.configuration.fontScale - 1f)).toInt().coerceAtLeast(0)

    private fun legend(label: (Int) -> String) {
        val f = form
        f.heading(getString(R.string.calendar_legend_title), large = false)
        for (level in 5 downTo 1) {
            val sample = MoodDay(LocalDate.MIN, level, 1, false, false, false)
            legendLine(DayCell(this, sample, null, false, false), getString(R.string.calendar_legend_level, label(level), level))
        }
        legendLine(DayCell(this, MoodDay(LocalDate.MIN, null, 0, false, false, false), null, false, false), getString(R.string.calendar_legend_none))
        legendLine(DayCell(this, MoodDay(LocalDate.MIN, null, 0, true, false, false), null, false, false), getString(R.string.calendar_legend_writing))
    }

    private fun legendLine(sample: DayCell, words: String) {
        val line = LinearLayout(this).apply {
            orientation = LinearLayout.HORIZONTAL
            gravity = Gravity.CENTER_VERTICAL
        }
        sample.importantForAccessibility = View.IMPORTANT_FOR_ACCESSIBILITY_NO
        line.addView(sample, LinearLayout.LayoutParams(form.dp(22), ViewGroup.LayoutParams.WRAP_CONTENT))
        line.addView(
            TextView(this).apply {
                text = words
                setTextSize(TypedValue.COMPLEX_UNIT_SP, 16f)
                setTextColor(getColor(R.color.hearth_text))
                setPadding(form.dp(12), 0, 0, 0)
            },
            LinearLayout.LayoutParams(0, ViewGroup.LayoutParams.WRAP_CONTENT, 1f),
        )
        form.add(line, topMarginDp = 6)
    }

    private fun openDay(date: LocalDate) = Nav.open(this, DayActivity::class.java) { putExtra(DayActivity.EXTRA_DATE, date.toString()) }

    private fun locale(): Locale = resources.configuration.locales[0]

    private fun monthTitle(): DateTimeFormatter = Nav.skeleton(this, "MMMMy")

    private fun spokenDate(d: LocalDate): String =
        d.format(Nav.skeleton(this, if (d.year == Nav.todayDate().year) "EEEEdMMMM" else "EEEEdMMMMy"))

    private fun calendarWords() = CalendarWordsSet(
        today = { getString(R.string.calendar_today, it) },
        nothingWritten = getString(R.string.calendar_nothing_written),
        noCheckIn = getString(R.string.calendar_no_checkin),
        mostly = { getString(R.string.calendar_mostly, it) },
        checkIns = { resources.getQuantityString(R.plurals.calendar_checkins, it, it) },
        note = getString(R.string.calendar_note),
        reflection = getString(R.string.calendar_reflection),
        thought = getString(R.string.calendar_thought),
        joined = { d, parts -> getString(R.string.calendar_day_words, d, parts.joinToString(", ")) },
    )

    companion object {
        /** Optional: the month to open, `YYYY-MM` (clamped to today's month at the latest). */
        const val EXTRA_MONTH = "month"
        private const val STATE = "calendar.browser"

        fun moodDay(d: CalendarDay): MoodDay = MoodDay(
            date = LocalDate.parse(d.date),
            level = d.level,
            count = d.count.toInt(),
            hasNote = d.hasNote,
            hasReflection = d.hasReflection,
            hasThought = d.hasThought,
        )

        private fun empty(date: LocalDate) = MoodDay(date, null, 0, false, false, false)
    }
}
