package hearth.tests

import java.nio.file.Path
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.Hearth
import uniffi.hearth.SafetySuggestion

/** A sustained low mood (7+ check-ins of 1–2 in 14 days) brings up a gentle suggestion, never a diagnosis. */
class LowMoodSuggestionTest {
    @TempDir lateinit var tmp: Path

    private val now: Instant = Instant.parse("2026-11-28T17:00:00Z")

    /** `n` low check-ins, one a day ending today, moods 1 and 2 in turn. */
    private fun Hearth.lowDays(n: Int) = (0 until n).forEach { i ->
        checkinAt(if (i % 2 == 0) 1 else 2, now.minusSeconds(86_400L * i).toString(), EST)
    }

    private fun assertSuggestion(s: SafetySuggestion?) {
        assertNotNull(s)
        s!!
        assertEquals("sustained_low_mood", s.reason)
        assertTrue(s.actions.containsAll(listOf("open_safety_plan", "open_crisis_lines", "contact_trusted_person")), s.actions.toString())
        assertTrue(s.message.isNotBlank() && s.messageId.isNotBlank())
        assertFalse(s.message.lowercase().contains("diagnos"), s.message)
        assertTrue(s.meanMood <= 2.0, "mean ${s.meanMood}")
    }

    @Test
    fun `six low check-ins are not enough, the seventh raises it in the widget and insights`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.lowDays(6)
            assertNull(h.widgetSnapshot(now, NEW_YORK).suggestion)
            h.checkinAt(1, "2026-11-20T15:00:00Z", EST)
            val s = h.widgetSnapshot(now, NEW_YORK).suggestion
            assertSuggestion(s)
            assertEquals(7u, s!!.checkins)
            assertSuggestion(h.insights(7u, now, NEW_YORK).suggestion)
            assertSuggestion(h.insights(null, now, NEW_YORK).suggestion)
        }
    }

    @Test
    fun `widget taps can raise it too`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.lowDays(6)
            assertSuggestion(h.widgetCheckin(2, now, NEW_YORK).suggestion)
        }
    }

    @Test
    fun `low check-ins older than 14 days or a mean above 2 raise nothing`() {
        openStore(tmp, MemoryVault()).use { h ->
            (14 until 24).forEach { i -> h.checkinAt(1, now.minusSeconds(86_400L * i).toString(), EST) }
            assertNull(h.widgetSnapshot(now, NEW_YORK).suggestion, "outside the two-week window")
            (0 until 7).forEach { i -> h.checkinAt(if (i == 0) 4 else 2, now.minusSeconds(86_400L * i).toString(), EST) }
            assertNull(h.widgetSnapshot(now, NEW_YORK).suggestion, "mean above 2")
        }
    }
}
