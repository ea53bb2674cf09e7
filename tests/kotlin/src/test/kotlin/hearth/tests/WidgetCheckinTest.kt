package hearth.tests

import java.nio.file.Path
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.EntrySource

/** widgetCheckin: one tap records a widget check-in and returns the refreshed snapshot. */
class WidgetCheckinTest {
    @TempDir lateinit var tmp: Path

    private val now: Instant = Instant.parse("2026-11-28T17:05:00Z") // 12:05 EST

    @Test
    fun `a tap records mood now with source WIDGET and the local offset`() {
        openStore(tmp, MemoryVault()).use { h ->
            val s = h.widgetCheckin(3, now, NEW_YORK)
            assertTrue(s.checkedInToday)
            assertEquals(1u, s.countToday)
            assertEquals(3, s.lastMood)
            assertEquals("12:05", s.lastTime)
            assertEquals(s, h.widgetSnapshot(now, NEW_YORK), "the returned snapshot is the refreshed one")

            val saved = h.listCheckins(null, null).single()
            assertEquals(EntrySource.WIDGET, saved.source)
            assertEquals(3, saved.mood)
            assertEquals(now, saved.at)
            assertEquals(EST, saved.utcOffsetSeconds)
            assertEquals(listOf(saved), h.checkinsOn("2026-11-28"))
        }
    }

    @Test
    fun `a second tap counts twice and shows the latest`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.widgetCheckin(2, now, NEW_YORK)
            val s = h.widgetCheckin(5, now.plusSeconds(3600), NEW_YORK)
            assertEquals(2u, s.countToday)
            assertEquals(5, s.lastMood)
            assertEquals("13:05", s.lastTime)
            assertEquals(listOf(EntrySource.WIDGET, EntrySource.WIDGET), h.listCheckins(null, null).map { it.source })
        }
    }

    @Test
    fun `an invalid mood or zone records nothing`() {
        openStore(tmp, MemoryVault()).use { h ->
            assertEquals("mood", invalidField { h.widgetCheckin(6, now, NEW_YORK) })
            assertEquals("tz", invalidField { h.widgetCheckin(3, now, "Atlantis/Capital") })
            assertNoEntries(h)
        }
    }
}
