package hearth.tests

import java.nio.file.Path
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.WidgetSnapshot

/** widgetSnapshot: today's state in the person's zone, and five accessible mood buttons. */
class WidgetSnapshotTest {
    @TempDir lateinit var tmp: Path

    // Noon EST on 2026-11-28.
    private val now: Instant = Instant.parse("2026-11-28T17:00:00Z")

    private fun assertButtons(s: WidgetSnapshot) {
        assertEquals(listOf(1, 2, 3, 4, 5), s.quickMoods.map { it.mood })
        for (q in s.quickMoods) {
            assertTrue(q.label.isNotBlank(), "label of ${q.mood}")
            assertTrue(q.accessibilityLabel.isNotBlank(), "accessibility label of ${q.mood}")
            assertTrue(q.accessibilityLabel.contains("${q.mood} of 5"), q.accessibilityLabel)
        }
        assertEquals(5, s.quickMoods.map { it.accessibilityLabel }.toSet().size)
        assertTrue(s.line.isNotBlank() && s.lineId.isNotBlank())
    }

    @Test
    fun `before any check-in today`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.checkinAt(5, "2026-11-28T03:00:00Z", EST) // 22:00 yesterday, local
            val s = h.widgetSnapshot(now, NEW_YORK)
            assertEquals("2026-11-28", s.date)
            assertFalse(s.checkedInToday)
            assertEquals(0u, s.countToday)
            assertNull(s.lastMood)
            assertNull(s.lastTime)
            assertNull(s.suggestion)
            assertButtons(s)
        }
    }

    @Test
    fun `after two check-ins today the latest one is shown`() {
        openStore(tmp, MemoryVault()).use { h ->
            val before = h.widgetSnapshot(now, NEW_YORK)
            h.checkinAt(4, "2026-11-28T15:40:00Z", EST) // 10:40
            h.checkinAt(2, "2026-11-28T13:15:00Z", EST) // 08:15, recorded second
            val s = h.widgetSnapshot(now, NEW_YORK)
            assertTrue(s.checkedInToday)
            assertEquals(2u, s.countToday)
            assertEquals(4, s.lastMood)
            assertEquals("10:40", s.lastTime)
            assertTrue(s.lineId != before.lineId, "the line changes once checked in: ${s.lineId}")
            assertButtons(s)
        }
    }

    @Test
    fun `the date follows the zone`() {
        openStore(tmp, MemoryVault()).use { h ->
            // 02:00Z on the 29th is still the 28th in New York and already the 29th in Tokyo.
            val late = Instant.parse("2026-11-29T02:00:00Z")
            assertEquals("2026-11-28", h.widgetSnapshot(late, NEW_YORK).date)
            assertEquals("2026-11-29", h.widgetSnapshot(late, "Asia/Tokyo").date)
            assertEquals("tz", invalidField { h.widgetSnapshot(late, "Nowhere/Town") })
        }
    }
}
