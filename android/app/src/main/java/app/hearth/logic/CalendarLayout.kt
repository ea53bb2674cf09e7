package app.hearth.logic

import java.time.DayOfWeek
import java.time.LocalDate
import java.time.YearMonth
import java.time.temporal.WeekFields
import java.util.Locale

/**
 * Where each day goes in the month grid and the year in pixels (as the iOS shell's
 * CalendarLayout): plain date arithmetic, the first day of the week from the person's
 * locale.
 */
object CalendarLayout {
    /** The first day of the week in [locale]: Monday in France and the UK, Sunday in the US. */
    fun firstDayOfWeek(locale: Locale): DayOfWeek = WeekFields.of(locale).firstDayOfWeek

    /** The seven weekdays in grid order, starting on [first]. */
    fun weekdays(first: DayOfWeek): List<DayOfWeek> = (0L until 7L).map { first.plus(it) }

    /**
     * The month as weeks of seven places starting on [first]: null before the 1st and
     * after the last day, so every row has seven places.
     */
    fun weeks(month: YearMonth, first: DayOfWeek): List<List<LocalDate?>> {
        val lead = (month.atDay(1).dayOfWeek.value - first.value + 7) % 7
        val cells = MutableList<LocalDate?>(lead) { null }
        for (d in 1..month.lengthOfMonth()) cells += month.atDay(d)
        while (cells.size % 7 != 0) cells += null
        return cells.chunked(7)
    }

    /**
     * The year in pixels: twelve rows, one per month, 31 places each so the days line
     * up in columns (null where a month has no such day, e.g. 30 February).
     */
    fun yearRows(year: Int): List<Pair<YearMonth, List<LocalDate?>>> = (1..12).map { m ->
        val month = YearMonth.of(year, m)
        month to (1..31).map { d -> if (d <= month.lengthOfMonth()) month.atDay(d) else null }
    }

    /**
     * How much of a cell a mood level fills, bottom up (1 → 0.2 … 5 → 1; none → 0), so the
     * level reads without its colour.
     */
    fun fill(level: Int?): Float = if (level == null) 0f else level.coerceIn(1, 5) / 5f
}

/**
 * Which calendar is on screen and where (as the iOS shell's CalendarBrowser): the month
 * grid or the year in pixels. It never goes past today's month (nothing can be written
 * in a month still to come) nor before year 1 (the core's first).
 */
data class CalendarBrowser(
    val mode: Mode,
    val month: YearMonth,
    /** The latest month there is: today's. */
    val latest: YearMonth,
) {
    enum class Mode { MONTH, YEAR }

    val year: Int get() = month.year

    val canGoBack: Boolean get() = if (mode == Mode.MONTH) month.minusMonths(1).year >= FIRST_YEAR else year > FIRST_YEAR

    val canGoForward: Boolean get() = if (mode == Mode.MONTH) month < latest else year < latest.year

    /** One month (or year) earlier; unchanged at the first. */
    fun back(): CalendarBrowser = if (!canGoBack) this else copy(month = if (mode == Mode.MONTH) month.minusMonths(1) else month.minusYears(1))

    /** One month (or year) later, never past today's month. */
    fun forward(): CalendarBrowser {
        if (!canGoForward) return this
        val next = if (mode == Mode.MONTH) month.plusMonths(1) else month.plusYears(1)
        return copy(month = minOf(next, latest))
    }

    /** Opens [m] in the month grid (a tap on a month of the year in pixels). */
    fun open(m: YearMonth): CalendarBrowser = copy(mode = Mode.MONTH, month = clamp(m))

    fun withMode(m: Mode): CalendarBrowser = copy(mode = m)

    private fun clamp(m: YearMonth): YearMonth = when {
        m > latest -> latest
        m.year < FIRST_YEAR -> YearMonth.of(FIRST_YEAR, 1)
        else -> m
    }

    /** A short string for saved state: "MONTH;2026-12;2026-12". */
    fun encode(): String = "${mode.name};$month;$latest"

    companion object {
        const val FIRST_YEAR = 1

        /** The month grid at [today]'s month. */
        fun at(today: LocalDate): CalendarBrowser = YearMonth.from(today).let { CalendarBrowser(Mode.MONTH, it, it) }

        /**
         * A browser from saved state, with [today] as its latest month (a day may have
         * passed); null when unreadable. Anything later than today comes back as today's.
         */
        fun decode(s: String?, today: LocalDate): CalendarBrowser? {
            val parts = s?.split(';') ?: return null
            if (parts.size != 3) return null
            val mode = Mode.entries.firstOrNull { it.name == parts[0] } ?: return null
            val month = runCatching { YearMonth.parse(parts[1]) }.getOrNull() ?: return null
            val latest = YearMonth.from(today)
            return CalendarBrowser(mode, latest, latest).open(month).withMode(mode)
        }
    }
}
