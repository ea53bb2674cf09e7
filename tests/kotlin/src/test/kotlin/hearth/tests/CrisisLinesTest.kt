package hearth.tests

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import uniffi.hearth.crisisResources

/** crisisResources: the offline table of crisis lines and emergency numbers, and the fallback. */
class CrisisLinesTest {
    @Test
    fun `GB has Samaritans on 116 123 and 999`() {
        val gb = crisisResources("GB")
        assertTrue(gb.known)
        assertEquals("GB", gb.region)
        assertTrue(gb.lines.any { "116 123" in it.phones }, gb.lines.toString())
        assertTrue("999" in gb.emergencyNumbers, gb.emergencyNumbers.toString())
        assertTrue(gb.message.contains("999"), gb.message)
        assertTrue(gb.showTrustedPeople)
        assertEquals(gb, crisisResources("en-GB"), "a locale's region part")
        assertEquals(gb, crisisResources("uk"), "UK means GB")
    }

    @Test
    fun `lower-case us has 988`() {
        val us = crisisResources("us")
        assertTrue(us.known)
        assertEquals("US", us.region)
        assertTrue(us.lines.any { "988" in it.phones }, us.lines.toString())
        assertTrue("911" in us.emergencyNumbers)
    }

    @Test
    fun `an unknown region gets a careful fallback with trusted people`() {
        for (code in listOf("XX", "", "not a region")) {
            val r = crisisResources(code)
            assertFalse(r.known, code)
            assertTrue(r.showTrustedPeople, code)
            assertTrue(r.message.isNotBlank(), code)
            assertTrue(r.lines.isEmpty(), code)
            assertNull(r.regionName, code)
        }
        assertEquals("XX", crisisResources("xx").region)
    }

    @Test
    fun `every line names an https source and a verified date`() {
        val date = Regex("""\d{4}-\d{2}-\d{2}""")
        val regions = listOf("US", "CA", "GB", "IE", "AU", "NZ", "DE").map { crisisResources(it) }
        for (r in regions) {
            assertTrue(r.known && r.lines.isNotEmpty() && r.emergencyNumbers.isNotEmpty(), r.region)
            assertTrue(!r.regionName.isNullOrBlank())
            for (line in r.lines) {
                assertTrue(line.source.startsWith("https://"), "${line.name}: ${line.source}")
                assertTrue(date.matches(line.verified), "${line.name}: ${line.verified}")
                assertTrue(line.name.isNotBlank() && line.how.isNotBlank() && line.hours.isNotBlank(), line.name)
                assertTrue(line.phones.isNotEmpty() || line.sms != null, "${line.name} can be reached")
            }
        }
    }
}
