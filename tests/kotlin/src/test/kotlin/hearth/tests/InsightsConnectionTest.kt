package hearth.tests

import java.nio.file.Path
import java.time.Instant
import java.time.LocalDate
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.Hearth

/** insights: mood on days with and without contact, and the highlight it leads with. */
class InsightsConnectionTest {
    @TempDir lateinit var tmp: Path

    private val now: Instant = Instant.parse("2026-11-28T20:00:00Z")
    private val zone = "Europe/London" // UTC+0 in November

    /** 20 days ending today: connected with mood 4, then not with mood 3, in turn. */
    private fun Hearth.seed() {
        val today = LocalDate.parse("2026-11-28")
        for (i in 0 until 20) {
            val day = today.minusDays(i.toLong())
            checkinAt(if (i % 2 == 0) 4 else 3, "${day}T12:00:00Z", 0, connected = i % 2 == 0)
        }
    }

    @Test
    fun `ten days each side compare 4 with 3 and lead the highlights`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.seed()
            val i = h.insights(null, now, zone)
            assertEquals(20u, i.checkins)
            val c = i.connection
            assertTrue(c.enoughData)
            assertEquals(10u, c.daysWith)
            assertEquals(10u, c.daysWithout)
            assertEquals(4.0, c.meanWith)
            assertEquals(3.0, c.meanWithout)
            assertTrue(c.text.contains("4.0") && c.text.contains("3.0"), c.text)
            assertEquals(c.text, i.highlights[0])
            assertEquals(3.5, i.meanMood)
            assertEquals("2026-11-09", i.from)
            assertEquals("2026-11-28", i.to)
            assertTrue(i.note.isNotBlank())
        }
    }

    @Test
    fun `four days on one side is not enough and says so`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.seed()
            val i = h.insights(8u, now, zone) // 4 connected days, 4 not
            assertEquals(8u, i.checkins)
            assertFalse(i.connection.enoughData)
            assertTrue(i.connection.text.startsWith("Not enough data yet"), i.connection.text)
            assertFalse(i.highlights.contains(i.connection.text))
        }
    }
}
