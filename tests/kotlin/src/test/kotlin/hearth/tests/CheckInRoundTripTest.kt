package hearth.tests

import java.nio.file.Path
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.CheckIn
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.HearthException

/** Every field of a check-in survives record → get/list, update and delete. */
class CheckInRoundTripTest {
    @TempDir lateinit var tmp: Path

    // 2026-03-01T23:30:00.123456789Z at UTC+01:00 is 2026-03-02 00:30 local time.
    private val at: Instant = Instant.parse("2026-03-01T23:30:00.123456789Z")

    private val full = CheckInInput(
        mood = 4,
        source = EntrySource.WIDGET,
        energy = 2,
        emotions = listOf("  Calm ", "GRATEFUL"),
        tags = listOf("Work", "  family"),
        note = "Walked by the river. Ünïcødé ✓ 🌿",
        at = at,
        utcOffsetSeconds = 3600,
    )

    private fun assertFullFields(c: CheckIn) {
        assertEquals(at, c.at)
        assertEquals(3600, c.utcOffsetSeconds)
        assertEquals(4, c.mood)
        assertEquals(2, c.energy)
        assertEquals(listOf("calm", "grateful"), c.emotions)
        assertEquals(listOf("work", "family"), c.tags)
        assertEquals("Walked by the river. Ünïcødé ✓ 🌿", c.note)
        assertEquals(EntrySource.WIDGET, c.source)
    }

    @Test
    fun `record returns every field as stored and get and list read the same back`() {
        openStore(tmp, MemoryVault()).use { h ->
            val saved = h.recordCheckin(full)
            assertTrue(saved.id.isNotBlank())
            assertFullFields(saved)

            assertEquals(saved, h.getCheckin(saved.id))
            assertEquals(listOf(saved), h.listCheckins(null, null))
        }
    }

    @Test
    fun `a minimal check-in has no energy, labels or note, and defaults its time to now`() {
        openStore(tmp, MemoryVault()).use { h ->
            val before = Instant.now().minusSeconds(5)
            val saved = h.recordCheckin(CheckInInput(mood = 1, source = EntrySource.REMINDER, note = "   "))
            assertEquals(1, saved.mood)
            assertNull(saved.energy)
            assertEquals(emptyList<String>(), saved.emotions)
            assertEquals(emptyList<String>(), saved.tags)
            assertNull(saved.note, "a blank note is stored as none")
            assertEquals(EntrySource.REMINDER, saved.source)
            assertTrue(saved.at.isAfter(before) && saved.at.isBefore(Instant.now().plusSeconds(5)), "at=${saved.at}")
            assertEquals(saved, h.getCheckin(saved.id))
        }
    }

    @Test
    fun `every source round-trips`() {
        openStore(tmp, MemoryVault()).use { h ->
            for (s in EntrySource.values()) {
                val saved = h.recordCheckin(checkin(3, s))
                assertEquals(s, h.getCheckin(saved.id).source)
            }
        }
    }

    @Test
    fun `list filters by the local day of the check-in's own offset, newest first`() {
        openStore(tmp, MemoryVault()).use { h ->
            val late = h.recordCheckin(full) // local day 2026-03-02 (UTC day is 03-01)
            val early = h.recordCheckin(
                CheckInInput(mood = 2, source = EntrySource.APP, at = Instant.parse("2026-03-02T08:00:00Z"), utcOffsetSeconds = -5 * 3600)
            ) // 2026-03-02 03:00 local
            val dayBefore = h.recordCheckin(
                CheckInInput(mood = 5, source = EntrySource.IMPORT, at = Instant.parse("2026-03-01T12:00:00Z"), utcOffsetSeconds = 0)
            )

            assertEquals(listOf(early, late), h.listCheckins("2026-03-02", "2026-03-02"))
            assertEquals(listOf(dayBefore), h.listCheckins(null, "2026-03-01"))
            assertEquals(listOf(early, late, dayBefore), h.listCheckins("2026-03-01", null))
            assertEquals(emptyList<CheckIn>(), h.listCheckins("2026-03-03", null))
        }
    }

    @Test
    fun `update replaces every field and keeps the id`() {
        openStore(tmp, MemoryVault()).use { h ->
            val saved = h.recordCheckin(full)
            val newAt = Instant.parse("2026-04-10T06:15:30Z")
            val updated = h.updateCheckin(
                saved.id,
                CheckInInput(mood = 2, source = EntrySource.APP, at = newAt, utcOffsetSeconds = -7 * 3600, tags = listOf("Sleep")),
            )
            assertEquals(saved.id, updated.id)
            assertEquals(2, updated.mood)
            assertNull(updated.energy)
            assertEquals(emptyList<String>(), updated.emotions)
            assertEquals(listOf("sleep"), updated.tags)
            assertNull(updated.note)
            assertEquals(newAt, updated.at)
            assertEquals(-7 * 3600, updated.utcOffsetSeconds)
            assertEquals(EntrySource.APP, updated.source)
            assertNotEquals(saved, updated)

            assertEquals(updated, h.getCheckin(saved.id))
            assertEquals(listOf(updated), h.listCheckins(null, null))
        }
    }

    @Test
    fun `delete removes the check-in and a second delete is NotFound`() {
        openStore(tmp, MemoryVault()).use { h ->
            val keep = h.recordCheckin(checkin(3))
            val gone = h.recordCheckin(checkin(4))
            h.deleteCheckin(gone.id)
            assertThrows<HearthException.NotFound> { h.getCheckin(gone.id) }
            assertEquals(listOf(keep), h.listCheckins(null, null))
            val e = assertThrows<HearthException.NotFound> { h.deleteCheckin(gone.id) }
            assertEquals(gone.id, e.id)
        }
    }

    @Test
    fun `data survives closing and reopening the store`() {
        val vault = MemoryVault()
        val saved = openStore(tmp, vault).use { h -> h.recordCheckin(full).also { h.lock() } }
        openStore(tmp, vault).use { h ->
            assertEquals(saved, h.getCheckin(saved.id))
            val report = h.verify()
            // Catalog rows (the 18 default tags) are verified too.
            assertTrue(report.checked >= 1u)
            assertTrue(report.damaged.isEmpty())
            assertTrue(report.sqliteOk)
        }
    }
}
