package hearth.android

import app.hearth.logic.DatePatterns
import java.time.LocalDate
import java.time.format.DateTimeFormatter
import java.util.Locale
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

/** Android's ICU date patterns for java.time: the pseudo-locale's brackets stay text. */
class DatePatternsTest {
    private val day = LocalDate.of(2026, 12, 6)

    private fun format(icu: String) = day.format(DateTimeFormatter.ofPattern(DatePatterns.fromIcu(icu), Locale.ENGLISH))

    @Test
    fun `the pseudo-locale's brackets stay text`() {
        assertEquals("[Sunday, December 6 one two]", format("[EEEE, MMMM d 'one two']"))
        assertEquals("[December 2026 one]", format("[MMMM y 'one']"))
    }

    @Test
    fun `ordinary patterns and quoted text are unchanged`() {
        assertEquals("EEEE, d 'de' MMMM", DatePatterns.fromIcu("EEEE, d 'de' MMMM"))
        assertEquals("Sunday, 6 de December", format("EEEE, d 'de' MMMM"))
        assertEquals("[x] 6", format("'[x]' d"))
        assertEquals("[6]'", format("[d]''"))
        assertEquals("6'[", format("d''["))
        assertEquals("6 de[", format("d 'de'["))
        assertEquals("6 {#}", format("d {#}"))
    }
}
