package hearth.android

import app.hearth.logic.CalendarBrowser
import app.hearth.logic.CalendarBrowser.Mode
import app.hearth.logic.CalendarLayout
import app.hearth.logic.CalendarWords
import app.hearth.logic.DayEntries
import app.hearth.logic.HistoryPaging
import app.hearth.logic.MoodDay
import java.nio.file.Path
import java.time.DayOfWeek
import java.time.LocalDate
import java.time.YearMonth
import java.util.Locale
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.ReflectionInput

/** Issue #20: the calendar's grid, first day of the week, clamping and words; history paging; the day's order. */
class CalendarLogicTest {
    @TempDir lateinit var tmp: Path

    @Test
    fun `the first day of the week follows the locale`() {
        assertEquals(DayOfWeek.SUNDAY, CalendarLayout.firstDayOfWeek(Locale.US))
        assertEquals(DayOfWeek.MONDAY, CalendarLayout.firstDayOfWeek(Locale.FRANCE))
        assertEquals(DayOfWeek.MONDAY, CalendarLayout.firstDayOfWeek(Locale.UK))
        assertEquals(listOf(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), CalendarLayout.weekdays(DayOfWeek.SUNDAY).take(2))
        assertEquals(DayOfWeek.SUNDAY, CalendarLayout.weekdays(DayOfWeek.MONDAY).last())
    }

    @Test
    fun `a month is whole weeks with blanks before the first and after the last`() {
        // December 2026 begins on a Tuesday and ends on a Thursday.
        val monday = CalendarLayout.weeks(YearMonth.of(2026, 12), DayOfWeek.MONDAY)
        assertEquals(5, monday.size)
        assertTrue(monday.all { it.size == 7 })
        assertEquals(listOf(null, LocalDate.of(2026, 12, 1)), monday[0].take(2))
        assertEquals(listOf(LocalDate.of(2026, 12, 31), null, null, null), monday[4].drop(3))
        val sunday = CalendarLayout.weeks(YearMonth.of(2026, 12), DayOfWeek.SUNDAY)
        assertEquals(listOf(null, null, LocalDate.of(2026, 12, 1)), sunday[0].take(3))
        assertEquals((1..31).map { LocalDate.of(2026, 12, it) }, sunday.flatten().filterNotNull())
        // February 2026 begins on a Sunday: four full weeks in the US, no blank at all.
        assertEquals(4, CalendarLayout.weeks(YearMonth.of(2026, 2), DayOfWeek.SUNDAY).size)
        assertEquals(0, CalendarLayout.weeks(YearMonth.of(2026, 2), DayOfWeek.SUNDAY).flatten().count { it == null })
    }

    @Test
    fun `the year in pixels has every real day once, lined up by day of month`() {
        val rows = CalendarLayout.yearRows(2028)
        assertEquals(12, rows.size)
        assertTrue(rows.all { it.second.size == 31 })
        assertEquals(366, rows.sumOf { r -> r.second.count { it != null } })
        assertEquals(LocalDate.of(2028, 2, 29), rows[1].second[28])
        assertNull(rows[1].second[29], "no 30 February")
        assertEquals(365, CalendarLayout.yearRows(2026).sumOf { r -> r.second.count { it != null } })
    }

    @Test
    fun `the fill says the level without colour`() {
        assertEquals(0f, CalendarLayout.fill(null))
        assertEquals(listOf(0.2f, 0.4f, 0.6f, 0.8f, 1f), (1..5).map { CalendarLayout.fill(it) })
    }

    @Test
    fun `browsing stops at today's month and at year 1`() {
        val today = LocalDate.of(2026, 12, 6)
        var b = CalendarBrowser.at(today)
        assertEquals(YearMonth.of(2026, 12), b.month)
        assertFalse(b.canGoForward)
        assertEquals(b, b.forward())
        b = b.back().back()
        assertEquals(YearMonth.of(2026, 10), b.month)
        assertEquals(YearMonth.of(2026, 11), b.forward().month)
        // The year in pixels: last year and back; forward stops at this year, at today's month.
        b = b.withMode(Mode.YEAR).back()
        assertEquals(YearMonth.of(2025, 10), b.month)
        assertEquals(YearMonth.of(2026, 10), b.forward().month)
        assertFalse(b.forward().canGoForward)
        val lateLastYear = CalendarBrowser(Mode.YEAR, YearMonth.of(2025, 12), YearMonth.of(2026, 6))
        assertEquals(YearMonth.of(2026, 6), lateLastYear.forward().month, "never a month still to come")
        // A month of the future opens as today's month.
        assertEquals(YearMonth.of(2026, 12), b.open(YearMonth.of(2027, 3)).month)
        assertEquals(Mode.MONTH, b.open(YearMonth.of(2025, 3)).mode)
        // The first month the core knows.
        val first = CalendarBrowser(Mode.MONTH, YearMonth.of(1, 1), YearMonth.of(2026, 12))
        assertFalse(first.canGoBack)
        assertEquals(first, first.back())
        assertFalse(first.withMode(Mode.YEAR).canGoBack)
        assertTrue(CalendarBrowser(Mode.YEAR, YearMonth.of(2, 5), YearMonth.of(2026, 12)).canGoBack)
    }

    @Test
    fun `saved state comes back, clamped to a new today`() {
        val b = CalendarBrowser(Mode.YEAR, YearMonth.of(2024, 3), YearMonth.of(2026, 12))
        assertEquals(b, CalendarBrowser.decode(b.encode(), LocalDate.of(2026, 12, 31)))
        assertEquals(YearMonth.of(2027, 1), CalendarBrowser.decode(b.encode(), LocalDate.of(2027, 1, 1))!!.latest)
        assertEquals(YearMonth.of(2026, 1), CalendarBrowser.decode("MONTH;2026-05;2026-05", LocalDate.of(2026, 1, 2))!!.month)
        for (bad in listOf(null, "", "WEEK;2026-01;2026-01", "MONTH;2026-13;2026-12", "MONTH;2026-01")) {
            assertNull(CalendarBrowser.decode(bad, LocalDate.of(2026, 12, 6)), "$bad")
        }
    }

    private fun day(d: Int, level: Int?, count: Int, note: Boolean = false, reflection: Boolean = false, thought: Boolean = false) =
        MoodDay(LocalDate.of(2026, 12, d), level, count, note, reflection, thought)

    @Test
    fun `a day in words, never guilt`() {
        val today = LocalDate.of(2026, 12, 6)
        val word = { l: Int -> listOf("Awful", "Low", "Okay", "Good", "Great")[l - 1] }
        assertEquals("Thu: mostly good, 2 check-ins, a note", CalendarWords.cellLabel(day(3, 4, 2, note = true), today, "Thu", word))
        assertEquals("Fri: low, 1 check-in", CalendarWords.cellLabel(day(4, 2, 1), today, "Fri", word))
        assertEquals("Sat: no check-in, a reflection, a thought record", CalendarWords.cellLabel(day(5, null, 0, reflection = true, thought = true), today, "Sat", word))
        assertEquals("Mon: nothing written", CalendarWords.cellLabel(day(1, null, 0), today, "Mon", word))
        assertEquals("Today, Sun: nothing written", CalendarWords.cellLabel(day(6, null, 0), today, "Sun", word))
        assertEquals("Mon", CalendarWords.cellLabel(day(7, null, 0), today, "Mon", word), "a day still to come is just its date")
    }

    @Test
    fun `paging over a fake history visits each once and ends`() {
        val all = (1..137).map { "e$it" }
        val fetch = { before: String?, limit: Int ->
            val from = before?.toInt() ?: 0
            val to = minOf(all.size, from + limit)
            HistoryPaging.Loaded(all.subList(from, to), if (to < all.size) to.toString() else null)
        }
        val first = HistoryPaging.load(null, HistoryPaging.PAGE, fetch = fetch)
        assertEquals(50, first.entries.size)
        var shown = first.entries
        var next = first.next
        var pages = 1
        while (next != null) {
            val p = fetch(next, HistoryPaging.PAGE)
            shown = HistoryPaging.append(shown, p.entries) { it }
            next = p.next
            pages++
        }
        assertEquals(all, shown)
        assertEquals(3, pages)
        // Drawing again after an edit: as much as was shown, in pages, never past the end.
        val again = HistoryPaging.load(null, 120, fetch = fetch)
        assertEquals(all.take(120), again.entries)
        assertEquals(all, HistoryPaging.load(null, 1000, fetch = fetch).entries)
        assertTrue(HistoryPaging.load(null, 1000, fetch = fetch).exhausted)
        // A page that repeats an entry already shown does not show it twice.
        assertEquals(listOf("a", "b", "c"), HistoryPaging.append(listOf("a", "b"), listOf("b", "c", "c")) { it })
    }

    @Test
    fun `a day's entries of every kind in time order, each with its editor`() {
        val phone = Phone(tmp)
        val entries = phone.use { h ->
            h.addReflection(ReflectionInput("Evening.", null, paris(2026, 12, 3, 21), 3600))
            h.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP, at = paris(2026, 12, 3, 8), utcOffsetSeconds = 3600))
            h.recordCheckin(CheckInInput(mood = 4, source = EntrySource.APP, at = paris(2026, 12, 3, 13), utcOffsetSeconds = 3600))
            h.listEntries("2026-12-03", "2026-12-03")
        }
        val ordered = DayEntries.inTimeOrder(entries)
        assertEquals(listOf(DayEntries.Editor.CHECK_IN, DayEntries.Editor.CHECK_IN, DayEntries.Editor.REFLECTION), ordered.map(DayEntries::editor))
        assertEquals(listOf(8, 13, 21), ordered.map { app.hearth.logic.EntryText.local(it).hour })
    }
}
