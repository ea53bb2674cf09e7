package hearth.tests

import java.nio.file.Path
import java.time.Instant
import java.time.LocalDate
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.Quadrant

/** insights: the daily series, weekday buckets, quadrants, associations and the days check. */
class InsightsSeriesTest {
    @TempDir lateinit var tmp: Path

    private val now: Instant = Instant.parse("2026-11-28T20:00:00Z") // a Saturday
    private val zone = "Europe/London"
    private val today = LocalDate.parse("2026-11-28")

    @Test
    fun `daily has one point per day, weekdays seven buckets, quadrants count check-ins with energy`() {
        openStore(tmp, MemoryVault()).use { h ->
            // 12 days; energy on every other one; "walk" on 3.
            for (i in 0 until 12) {
                val day = today.minusDays(i.toLong())
                h.checkinAt(
                    mood = 1 + i % 5, at = "${day}T09:00:00Z", offsetSeconds = 0,
                    energy = if (i % 2 == 0) 1 + (i / 2) % 5 else null,
                    tags = if (i < 3) listOf("walk") else listOf(),
                )
            }
            h.checkinAt(5, "2026-11-28T19:00:00Z", 0, energy = 5) // a second one today

            val i = h.insights(30u, now, zone)
            assertEquals(13u, i.checkins)
            assertEquals(30, i.daily.size)
            assertEquals(today.minusDays(29).toString(), i.daily.first().date)
            assertEquals("2026-11-28", i.daily.last().date)
            assertEquals(2u, i.daily.last().count)
            assertEquals(13u, i.daily.sumOf { it.count })
            assertNull(i.daily.first().mean, "no check-in that day")

            assertEquals(7, i.byWeekday.size)
            assertEquals(13u, i.byWeekday.sumOf { it.count })
            assertEquals(3u, i.byWeekday[5].count, "Saturdays: the 28th twice and the 21st")

            assertEquals(Quadrant.entries.toSet(), i.quadrants.map { it.quadrant }.toSet())
            assertEquals(7u, i.quadrants.sumOf { it.count }, "6 seeded with energy + 1")
            assertEquals(1.0, i.quadrants.sumOf { it.share }, 0.02)

            val walk = i.associations.single { it.kind == "tag" && it.name == "walk" }
            assertEquals(3u, walk.withCount)
            assertEquals(10u, walk.withoutCount)
            assertFalse(walk.enoughData)
            assertNull(walk.effectSize)
            assertTrue(walk.text.startsWith("Not enough data yet"), walk.text)
            assertFalse(i.highlights.contains(walk.text))
        }
    }

    @Test
    fun `an association with five on each side has an effect size`() {
        openStore(tmp, MemoryVault()).use { h ->
            for (i in 0 until 10) {
                val walked = i < 5
                h.checkinAt(if (walked) 4 + i % 2 else 2 + i % 2, "${today.minusDays(i.toLong())}T09:00:00Z", 0, tags = if (walked) listOf("walk") else listOf())
            }
            val walk = h.insights(null, now, zone).associations.single { it.name == "walk" }
            assertTrue(walk.enoughData)
            assertTrue(walk.effectSize!! > 0.0, "effect ${walk.effectSize}")
            assertFalse(walk.text.startsWith("Not enough data yet"), walk.text)
        }
    }

    @Test
    fun `days must be at least 1, and a short range counts only its days`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.checkinAt(4, "2026-11-20T09:00:00Z", 0)
            h.checkinAt(2, "2026-11-28T09:00:00Z", 0)
            assertEquals("days", invalidField { h.insights(0u, now, zone) })
            assertEquals("tz", invalidField { h.insights(7u, now, "Moon/Base") })
            val week = h.insights(7u, now, zone)
            assertEquals(1u, week.checkins)
            assertEquals(7, week.daily.size)
            assertEquals(2.0, week.meanMood)
            val one = h.insights(1u, now, zone)
            assertEquals(1, one.daily.size)
            assertEquals("2026-11-28", one.from)
        }
    }

    @Test
    fun `no check-ins gives an empty but well-formed screen`() {
        openStore(tmp, MemoryVault()).use { h ->
            val i = h.insights(null, now, zone)
            assertEquals(0u, i.checkins)
            assertNull(i.meanMood)
            assertEquals(7, i.byWeekday.size)
            assertTrue(i.highlights.isNotEmpty())
            assertFalse(i.connection.enoughData)
        }
    }
}
