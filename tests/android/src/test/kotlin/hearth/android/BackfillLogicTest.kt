package hearth.android

import app.hearth.logic.Backfill
import java.time.Instant
import java.time.LocalDate
import java.time.LocalDateTime
import java.time.LocalTime
import java.time.ZoneId
import java.time.ZonedDateTime
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

class BackfillLogicTest {
    private val paris = ZoneId.of("Europe/Paris")
    private val now: Instant = ZonedDateTime.of(2026, 12, 6, 10, 0, 42, 0, paris).toInstant()

    @Test
    fun `a past choice is kept, to the minute`() {
        assertEquals(LocalDateTime.of(2026, 12, 3, 19, 30), Backfill.choose(LocalDate.of(2026, 12, 3), LocalTime.of(19, 30, 15), now, paris))
    }

    @Test
    fun `a later choice stops at now`() {
        assertEquals(LocalDateTime.of(2026, 12, 6, 10, 0), Backfill.choose(LocalDate.of(2026, 12, 6), LocalTime.of(23, 0), now, paris))
        assertEquals(LocalDateTime.of(2026, 12, 6, 10, 0), Backfill.choose(LocalDate.of(2027, 1, 1), LocalTime.of(8, 0), now, paris))
    }

    @Test
    fun `a day from the day view starts at noon, or now on today`() {
        assertEquals(LocalDateTime.of(2026, 12, 3, 12, 0), Backfill.forDay("2026-12-03", now, paris))
        assertEquals(LocalDateTime.of(2025, 2, 28, 12, 0), Backfill.forDay("2025-02-28", now, paris))
        assertEquals(LocalDateTime.of(2026, 12, 6, 10, 0), Backfill.forDay("2026-12-06", now, paris), "today is now, to the minute")
        // Just after midnight, yesterday's noon is still earlier than now.
        val early = ZonedDateTime.of(2026, 12, 6, 0, 5, 0, 0, paris).toInstant()
        assertEquals(LocalDateTime.of(2026, 12, 5, 12, 0), Backfill.forDay("2026-12-05", early, paris))
    }

    @Test
    fun `a future day or something that is not a date gives now`() {
        for (bad in listOf(null, "", "2026-12-07", "2027-01-01", "tomorrow", "2026-13-01", "2026-02-30", "06/12/2026", "2026-12-03T12:00")) {
            assertEquals(null, Backfill.forDay(bad, now, paris), "$bad")
        }
    }

    @Test
    fun `the instant carries its own offset`() {
        val (summer, summerOffset) = Backfill.at(LocalDateTime.of(2026, 7, 1, 12, 0), paris)
        assertEquals(7200, summerOffset)
        assertEquals(Instant.parse("2026-07-01T10:00:00Z"), summer)
        assertEquals(3600, Backfill.at(LocalDateTime.of(2026, 12, 3, 19, 30), paris).second)
    }
}
