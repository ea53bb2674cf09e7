package hearth.tests

import java.nio.file.Path
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.CheckIn
import uniffi.hearth.CheckInInput
import uniffi.hearth.EmotionInfo
import uniffi.hearth.Entry
import uniffi.hearth.EntrySource
import uniffi.hearth.PersonInput
import uniffi.hearth.ScaleValue
import uniffi.hearth.TagKind

/** A check-in using every field (custom emotion, new tag, scale, people) round-trips intact. */
class CheckInAllFieldsTest {
    @TempDir lateinit var tmp: Path

    // 2026-05-04T21:15Z at UTC-04:00 is 17:15 local on 2026-05-04.
    private val at: Instant = Instant.parse("2026-05-04T21:15:00.250Z")
    private val note = "Pottery class, then tea with Ana.\nSecond line — ✓ 🌿"

    @Test
    fun `every field survives record, get, listCheckins, listEntries and a reopen`() {
        val vault = MemoryVault()
        val expected = openStore(tmp, vault).use { h ->
            h.createScale("sleep quality", 0, 10)
            val ana = h.addPerson(PersonInput("Ana", phone = "+44 20 7946 0000", howTheyHelp = "listens"))
            val ben = h.addPerson(PersonInput("Ben"))
            assertFalse(h.tags().any { it.name == "pottery" }, "the tag does not exist yet")

            val saved = h.recordCheckin(
                CheckInInput(
                    mood = 4,
                    source = EntrySource.REMINDER,
                    energy = 2,
                    emotions = listOf("calm", "Grateful"),
                    tags = listOf("friends", "Pottery"),
                    note = note,
                    at = at,
                    utcOffsetSeconds = -4 * 3600,
                    customEmotions = listOf("Wistful"),
                    scales = listOf(ScaleValue("sleep quality", 7)),
                    connected = true,
                    withPeople = listOf(ana.id, ben.id),
                ),
            )
            val expected = CheckIn(
                id = saved.id,
                at = at,
                utcOffsetSeconds = -4 * 3600,
                mood = 4,
                energy = 2,
                emotions = listOf("calm", "grateful", "wistful"),
                tags = listOf("friends", "pottery"),
                note = note,
                source = EntrySource.REMINDER,
                scales = listOf(ScaleValue("sleep quality", 7)),
                connected = true,
                withPeople = listOf(ana.id, ben.id),
            )
            assertTrue(saved.id.isNotBlank())
            assertEquals(expected, saved)
            assertEquals(expected, h.getCheckin(saved.id))
            assertEquals(listOf(expected), h.listCheckins("2026-05-04", "2026-05-04"))
            assertEquals(listOf<Entry>(Entry.CheckIn(expected)), h.listEntries(null, null))
            expected
        }
        openStore(tmp, vault).use { h -> assertEquals(expected, h.getCheckin(expected.id), "after reopening") }
    }

    @Test
    fun `the new tag and the custom emotion join the catalogs`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP, tags = listOf("Pottery"), customEmotions = listOf("Wistful")))
            val pottery = h.tags().single { it.name == "pottery" }
            assertEquals(TagKind.CONTEXT, pottery.kind)
            assertFalse(pottery.archived)
            assertEquals(EmotionInfo("wistful", null, true), h.emotions().last())

            // Once added, the custom emotion is known: no need to mark it custom again.
            val again = h.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP, emotions = listOf("WISTFUL")))
            assertEquals(listOf("wistful"), again.emotions)
            assertEquals(1, h.emotions().count { it.name == "wistful" }, "not added twice")
        }
    }

    @Test
    fun `naming people implies connected, and connected alone needs no people`() {
        openStore(tmp, MemoryVault()).use { h ->
            val ana = h.addPerson(PersonInput("Ana"))
            val withAna = h.recordCheckin(CheckInInput(mood = 4, source = EntrySource.APP, withPeople = listOf(ana.id), connected = false))
            assertTrue(withAna.connected)
            assertEquals(listOf(ana.id), withAna.withPeople)

            val called = h.recordCheckin(CheckInInput(mood = 4, source = EntrySource.APP, connected = true))
            assertTrue(h.getCheckin(called.id).connected)
            assertEquals(emptyList<String>(), h.getCheckin(called.id).withPeople)

            assertFalse(h.recordCheckin(checkin(2)).connected)
        }
    }

    @Test
    fun `scale values are matched case-insensitively and accepted at both ends of the range`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.createScale("sleep quality", 0, 10)
            h.createScale("pain", 1, 5)
            val c = h.recordCheckin(
                CheckInInput(mood = 3, source = EntrySource.APP, scales = listOf(ScaleValue("Sleep Quality ", 0), ScaleValue("PAIN", 5))),
            )
            assertEquals(listOf(ScaleValue("sleep quality", 0), ScaleValue("pain", 5)), h.getCheckin(c.id).scales)
        }
    }

    @Test
    fun `update replaces scales, people and custom fields and keeps the id`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.createScale("sleep quality", 0, 10)
            val ana = h.addPerson(PersonInput("Ana"))
            val saved = h.recordCheckin(
                CheckInInput(
                    mood = 2, source = EntrySource.APP, scales = listOf(ScaleValue("sleep quality", 3)),
                    withPeople = listOf(ana.id), customEmotions = listOf("wistful"),
                ),
            )
            val updated = h.updateCheckin(saved.id, CheckInInput(mood = 5, source = EntrySource.WIDGET, scales = listOf(ScaleValue("sleep quality", 9))))
            assertEquals(saved.id, updated.id)
            assertEquals(listOf(ScaleValue("sleep quality", 9)), updated.scales)
            assertEquals(emptyList<String>(), updated.withPeople)
            assertFalse(updated.connected)
            assertEquals(emptyList<String>(), updated.emotions)
            assertEquals(updated, h.getCheckin(saved.id))
        }
    }
}
