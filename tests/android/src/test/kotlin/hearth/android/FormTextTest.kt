package hearth.android

import app.hearth.logic.Clock
import app.hearth.logic.EntryText
import app.hearth.logic.FormText
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneId
import java.time.ZonedDateTime
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Test
import uniffi.hearth.CheckIn
import uniffi.hearth.Entry
import uniffi.hearth.EntrySource
import uniffi.hearth.PlanContact
import uniffi.hearth.Reflection

class FormTextTest {
    @Test
    fun `reminder times are tidied, anything odd is passed on for the core to judge`() {
        assertEquals(listOf("08:05", "20:00", "21:30"), FormText.times(" 8:05, 20:00\n21.30 "))
        assertEquals(listOf("25:99", "soon"), FormText.times("25:99, soon"))
        assertNull(FormText.optionalTime("  "))
        assertEquals("07:00", FormText.optionalTime("7:00"))
    }

    @Test
    fun `items and lines drop blanks and repeats`() {
        assertEquals(listOf("work", "walk"), FormText.items("work, ,walk;work"))
        assertEquals(listOf("a", "b"), FormText.lines("a\n\n  b \n"))
        assertNull(FormText.optionalInt(""))
        assertEquals(Int.MIN_VALUE, FormText.optionalInt("lots"))
        assertEquals(70, FormText.optionalInt(" 70 "))
    }

    @Test
    fun `safety-plan contacts read and write as one line each`() {
        assertEquals(PlanContact("Sam", "07700 900123"), FormText.contact("Sam — 07700 900123"))
        assertEquals(PlanContact("Dr Lee", "+44 20 7946 0000"), FormText.contact("Dr Lee, +44 20 7946 0000"))
        assertEquals(PlanContact("Walk by the river", null), FormText.contact("Walk by the river"))
        assertEquals(PlanContact("Mum", "555-0100"), FormText.contact("Mum: 555-0100"))
        val cs = listOf(PlanContact("Sam", "07700 900123"), PlanContact("Music", null))
        assertEquals(cs, FormText.contacts(FormText.contactLines(cs)))
    }

    @Test
    fun `numbers for tel and smsto keep digits and a leading plus`() {
        assertEquals("+442079460000", FormText.dialable("+44 (20) 7946-0000"))
        assertEquals("988", FormText.dialable("988"))
        assertEquals("85258", FormText.dialable(" 85258 "))
    }

    @Test
    fun `the widget turns over a minute after local midnight, even when DST skips midnight`() {
        val paris = Clock.nextDayStart(paris(2026, 11, 28, 23, 30), PARIS)
        assertEquals(paris(2026, 11, 29, 0, 1), paris)
        // Chile moved its clocks forward at 24:00 on 2024-09-07: that day starts at 01:00.
        val santiago = ZoneId.of("America/Santiago")
        val now = ZonedDateTime.of(2024, 9, 7, 22, 0, 0, 0, santiago).toInstant()
        val next = Clock.nextDayStart(now, santiago)
        assertEquals(ZonedDateTime.of(2024, 9, 8, 1, 1, 0, 0, santiago).toInstant(), next)
    }

    @Test
    fun `entries keep the local time and day they were written at, wherever the phone is now`() {
        // 23:30 in Tokyo on the 1st is 14:30 UTC: it belongs to the 1st.
        val at = Instant.parse("2026-03-01T14:30:00Z")
        val e = Entry.CheckIn(
            CheckIn("c1", at, 9 * 3600, 4, 3, listOf("calm"), listOf("walk"), "A good walk\nwith Sam", EntrySource.WIDGET, emptyList(), true, emptyList()),
        )
        assertEquals(LocalDate.of(2026, 3, 1), EntryText.localDate(e))
        assertEquals("23:30", EntryText.local(e).toLocalTime().toString())
        val label = { m: Int -> listOf("Awful", "Bad", "Okay", "Good", "Great")[m - 1] }
        assertEquals("Good (4 of 5) · energy 3 of 5 · calm · connected with someone · walk · A good walk…", EntryText.summary(e, label))
    }

    @Test
    fun `days group in the order the core gives (newest first)`() {
        fun r(id: String, iso: String) = Entry.Reflection(Reflection(id, Instant.parse(iso), 0, null, null, "x"))
        val g = EntryText.byDay(listOf(r("c", "2026-03-03T10:00:00Z"), r("b", "2026-03-02T12:00:00Z"), r("a", "2026-03-02T08:00:00Z")))
        assertEquals(listOf(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 2)), g.keys.toList())
        assertEquals(listOf("b", "a"), g[LocalDate.of(2026, 3, 2)]!!.map(EntryText::id))
    }

    @Test
    fun `long notes are cut with an ellipsis`() {
        assertEquals("short", EntryText.preview("short"))
        assertEquals("x".repeat(120) + "…", EntryText.preview("x".repeat(300)))
    }
}
