package hearth.tests

import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.PersonInput
import uniffi.hearth.ReflectionInput
import uniffi.hearth.TagKind
import uniffi.hearth.ThoughtInput

/** Unknown ids are NotFound carrying the id (and, where the core names it, the kind). */
class JournalNotFoundTest {
    @TempDir lateinit var tmp: Path

    @Test
    fun `unknown entry ids are NotFound for get, update and delete of every kind`() {
        openStore(tmp, MemoryVault()).use { h ->
            assertEquals("nope", notFound { h.getReflection("nope") }.id)
            assertEquals("nope", notFound { h.getThought("nope") }.id)
            assertEquals("nope", notFound { h.updateReflection("nope", ReflectionInput("x")) }.id)
            assertEquals("nope", notFound { h.updateThought("nope", ThoughtInput("x")) }.id)
            val del = notFound { h.deleteEntry("nope") }
            assertEquals("nope", del.id)
            assertEquals("entry", del.kind)
            assertNoEntries(h, "a failed update does not create the entry")
        }
    }

    @Test
    fun `an id of another kind is NotFound naming the kind that was asked for`() {
        openStore(tmp, MemoryVault()).use { h ->
            val r = h.addReflection(ReflectionInput("a reflection"))
            val t = h.addThought(ThoughtInput("a thought record"))
            val c = h.recordCheckin(checkin(3))

            assertEquals("reflection", notFound { h.getReflection(t.id) }.kind)
            assertEquals("thought record", notFound { h.getThought(r.id) }.kind)
            assertEquals("check-in", notFound { h.getCheckin(r.id) }.kind)
            assertEquals("reflection", notFound { h.updateReflection(c.id, ReflectionInput("x")) }.kind)
            assertEquals("thought record", notFound { h.updateThought(c.id, ThoughtInput("x")) }.kind)
            assertEquals("check-in", notFound { h.updateCheckin(t.id, checkin(4)) }.kind)

            assertEquals(t, h.getThought(t.id), "the thought record was not overwritten")
            assertEquals(r, h.getReflection(r.id))
            assertEquals(c, h.getCheckin(c.id))
        }
    }

    @Test
    fun `deleting an entry twice is NotFound the second time`() {
        openStore(tmp, MemoryVault()).use { h ->
            val r = h.addReflection(ReflectionInput("once"))
            h.deleteEntry(r.id)
            assertEquals(r.id, notFound { h.deleteEntry(r.id) }.id)
        }
    }

    @Test
    fun `unknown tag ids are NotFound of kind tag`() {
        openStore(tmp, MemoryVault()).use { h ->
            val before = h.tags()
            val e = notFound { h.renameTag("nope", "Jogging") }
            assertEquals("tag", e.kind)
            assertEquals("nope", e.id)
            assertEquals("tag", notFound { h.setTagArchived("nope", true) }.kind)
            assertEquals(before, h.tags())
            h.createTag("running", TagKind.ACTIVITY) // a real tag still works afterwards
        }
    }

    @Test
    fun `unknown people are NotFound of kind person, and a check-in naming one is not saved`() {
        openStore(tmp, MemoryVault()).use { h ->
            val ana = h.addPerson(PersonInput("Ana"))
            val e = notFound { h.recordCheckin(CheckInInput(mood = 4, source = EntrySource.APP, withPeople = listOf(ana.id, "nobody"), tags = listOf("brand-new"))) }
            assertEquals("person", e.kind)
            assertEquals("nobody", e.id)
            assertNoEntries(h)
            assertTrue(h.tags().none { it.name == "brand-new" }, "the new tag was rolled back too")

            assertEquals("person", notFound { h.updatePerson("nobody", PersonInput("X")) }.kind)
            assertEquals("person", notFound { h.removePerson("nobody") }.kind)
            assertEquals(listOf(ana), h.people())
        }
    }
}
