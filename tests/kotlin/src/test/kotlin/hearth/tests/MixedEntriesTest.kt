package hearth.tests

import java.nio.file.Path
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.AutomaticThought
import uniffi.hearth.CheckInInput
import uniffi.hearth.Entry
import uniffi.hearth.EntrySource
import uniffi.hearth.Hearth
import uniffi.hearth.ReflectionInput
import uniffi.hearth.ThoughtInput

/** listEntries mixes every kind newest first, search spans kinds, deleteEntry removes any kind. */
class MixedEntriesTest {
    @TempDir lateinit var tmp: Path

    private class Three(val checkin: Entry.CheckIn, val reflection: Entry.Reflection, val thought: Entry.Thought)

    /** One of each kind on three local days (UTC offset 0): check-in 07-01, reflection 07-02, thought 07-03. */
    private fun seed(h: Hearth): Three {
        val c = h.recordCheckin(
            CheckInInput(mood = 3, source = EntrySource.APP, note = "Walked by the River at dawn", at = Instant.parse("2026-07-01T06:00:00Z"), utcOffsetSeconds = 0),
        )
        val r = h.addReflection(ReflectionInput("The river was loud after the rain.", at = Instant.parse("2026-07-02T21:00:00Z"), utcOffsetSeconds = 0))
        val t = h.addThought(
            ThoughtInput(
                "Missed the bus",
                thoughts = listOf(AutomaticThought("I'm always late", true)),
                evidenceAgainst = "I was on time all week; the RIVER bridge was closed",
                at = Instant.parse("2026-07-03T09:00:00Z"),
                utcOffsetSeconds = 0,
            ),
        )
        return Three(Entry.CheckIn(c), Entry.Reflection(r), Entry.Thought(t))
    }

    @Test
    fun `listEntries returns every kind, newest first, as the matching Entry subclass`() {
        openStore(tmp, MemoryVault()).use { h ->
            val s = seed(h)
            val all = h.listEntries(null, null)
            assertEquals(listOf(s.thought, s.reflection, s.checkin), all)
            assertTrue(all[0] is Entry.Thought && all[1] is Entry.Reflection && all[2] is Entry.CheckIn)
        }
    }

    @Test
    fun `listEntries filters by local day, with either end open`() {
        openStore(tmp, MemoryVault()).use { h ->
            val s = seed(h)
            assertEquals(listOf<Entry>(s.reflection), h.listEntries("2026-07-02", "2026-07-02"))
            assertEquals(listOf(s.reflection, s.checkin), h.listEntries(null, "2026-07-02"))
            assertEquals(listOf(s.thought, s.reflection), h.listEntries("2026-07-02", null))
            assertEquals(emptyList<Entry>(), h.listEntries("2026-07-04", null))
            // listCheckins still sees only the check-in.
            assertEquals(listOf(s.checkin.checkin), h.listCheckins(null, null))
        }
    }

    @Test
    fun `entries are ordered by their instant, not by their local clock time`() {
        openStore(tmp, MemoryVault()).use { h ->
            // 23:00 at UTC-05:00 is 04:00Z next day: later than 01:00Z at UTC+09:00 although its local clock is earlier.
            val later = h.addReflection(ReflectionInput("west", at = Instant.parse("2026-07-02T04:00:00Z"), utcOffsetSeconds = -5 * 3600))
            val earlier = h.addReflection(ReflectionInput("east", at = Instant.parse("2026-07-02T01:00:00Z"), utcOffsetSeconds = 9 * 3600))
            assertEquals(listOf(later.id, earlier.id), h.listEntries(null, null).map { it.id })
        }
    }

    @Test
    fun `search is case-insensitive and finds text in a note, a reflection and a thought record`() {
        openStore(tmp, MemoryVault()).use { h ->
            val s = seed(h)
            assertEquals(listOf(s.thought, s.reflection, s.checkin), h.search("river"))
            assertEquals(listOf(s.thought, s.reflection, s.checkin), h.search("  RiVeR "))
            assertEquals(listOf<Entry>(s.thought), h.search("always LATE"), "automatic thoughts are searched")
            assertEquals(listOf<Entry>(s.thought), h.search("missed the bus"), "the situation is searched")
            assertEquals(listOf<Entry>(s.checkin), h.search("dawn"))
            assertEquals(emptyList<Entry>(), h.search("zebra"))
        }
    }

    @Test
    fun `deleteEntry removes an entry of each kind`() {
        openStore(tmp, MemoryVault()).use { h ->
            val s = seed(h)
            h.deleteEntry(s.reflection.reflection.id)
            assertEquals(listOf(s.thought, s.checkin), h.listEntries(null, null))
            notFound { h.getReflection(s.reflection.reflection.id) }

            h.deleteEntry(s.thought.record.id)
            notFound { h.getThought(s.thought.record.id) }
            h.deleteEntry(s.checkin.checkin.id)
            notFound { h.getCheckin(s.checkin.checkin.id) }

            assertNoEntries(h, "all three are gone")
            assertEquals(emptyList<Entry>(), h.search("river"), "deleted text is not found")
        }
    }
}
