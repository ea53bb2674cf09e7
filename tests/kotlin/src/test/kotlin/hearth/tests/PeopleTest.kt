package hearth.tests

import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.Person
import uniffi.hearth.PersonInput

/** Trusted people: add, list, update, remove. */
class PeopleTest {
    @TempDir lateinit var tmp: Path

    @Test
    fun `addPerson keeps every field and people lists them by name, case-insensitively`() {
        openStore(tmp, MemoryVault()).use { h ->
            assertEquals(emptyList<Person>(), h.people())
            val zoe = h.addPerson(PersonInput("Zoë", phone = "+1 (555) 010-0199", howTheyHelp = "makes me laugh"))
            val ana = h.addPerson(PersonInput("  ana  "))
            val ben = h.addPerson(PersonInput("Ben", howTheyHelp = "good listener"))
            assertEquals(Person(zoe.id, "Zoë", "+1 (555) 010-0199", "makes me laugh"), zoe)
            assertEquals(Person(ana.id, "ana", null, null), ana, "the name is trimmed")
            assertEquals(listOf(ana, ben, zoe), h.people())
            assertEquals(3, setOf(zoe.id, ana.id, ben.id).size)
        }
    }

    @Test
    fun `updatePerson replaces the fields and keeps the id`() {
        openStore(tmp, MemoryVault()).use { h ->
            val ana = h.addPerson(PersonInput("Ana", phone = "0123 456", howTheyHelp = "walks with me"))
            val updated = h.updatePerson(ana.id, PersonInput("Ana B."))
            assertEquals(Person(ana.id, "Ana B.", null, null), updated)
            assertEquals(listOf(updated), h.people())
        }
    }

    @Test
    fun `removePerson drops them from the list and from past check-ins, which keep the connection`() {
        openStore(tmp, MemoryVault()).use { h ->
            val ana = h.addPerson(PersonInput("Ana"))
            val ben = h.addPerson(PersonInput("Ben"))
            val c = h.recordCheckin(CheckInInput(mood = 4, source = EntrySource.APP, withPeople = listOf(ana.id)))

            h.removePerson(ana.id)
            assertEquals(listOf(ben), h.people())
            val after = h.getCheckin(c.id)
            assertTrue(after.connected, "the moment was still spent with someone")
            assertEquals(emptyList<String>(), after.withPeople, "every id a check-in names is a person in the list")
            assertEquals(c.copy(withPeople = emptyList()), after)

            assertEquals("person", notFound { h.removePerson(ana.id) }.kind)
        }
    }

    @Test
    fun `a blank name or a non-phone is refused`() {
        openStore(tmp, MemoryVault()).use { h ->
            assertEquals("name", invalidField { h.addPerson(PersonInput("   ")) })
            assertEquals("phone", invalidField { h.addPerson(PersonInput("Ana", phone = "call me maybe")) })
            assertEquals(emptyList<Person>(), h.people())
        }
    }
}
