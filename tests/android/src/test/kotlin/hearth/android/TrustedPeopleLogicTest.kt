package hearth.android

import app.hearth.logic.TrustedPeople
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Test
import uniffi.hearth.Person

class TrustedPeopleLogicTest {
    private val sam = Person(id = "p1", name = "Sam", phone = null, howTheyHelp = null)

    @Test
    fun `typed fields become the core's input, blanks left out`() {
        val i = TrustedPeople.input("  Sam ", " ", " listens ")
        assertEquals("Sam", i.name)
        assertNull(i.phone)
        assertEquals("listens", i.howTheyHelp)
    }

    @Test
    fun `the form edits only someone still on the list`() {
        assertEquals(sam, TrustedPeople.editing(listOf(sam), "p1"))
        assertNull(TrustedPeople.editing(listOf(sam), "gone"), "removed meanwhile: the form adds")
        assertNull(TrustedPeople.editing(listOf(sam), null))
    }
}
