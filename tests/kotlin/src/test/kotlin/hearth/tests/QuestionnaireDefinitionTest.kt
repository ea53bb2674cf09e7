package hearth.tests

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import uniffi.hearth.Instrument
import uniffi.hearth.questionnaire

/** questionnaire(): the published forms, for drawing them. */
class QuestionnaireDefinitionTest {
    @Test
    fun `PHQ-9 has 9 items, 4 options, a difficulty follow-up and the free-use notice`() {
        val q = questionnaire(Instrument.PHQ9)
        assertEquals(Instrument.PHQ9, q.instrument)
        assertEquals(9, q.items.size)
        assertTrue(q.items.all { it.isNotBlank() })
        assertEquals(listOf(0, 1, 2, 3), q.options.map { it.value })
        assertTrue(q.options.all { it.label.isNotBlank() })
        assertNotNull(q.followUp)
        assertEquals(4, q.followUpOptions.size)
        assertTrue(q.notice.contains("No permission required"), q.notice)
        assertTrue(q.title.isNotBlank() && q.stem.isNotBlank() && q.citation.isNotBlank())
    }

    @Test
    fun `item and option counts of the other forms`() {
        for ((instrument, items, options) in listOf(
            Triple(Instrument.GAD7, 7, 4),
            Triple(Instrument.WHO5, 5, 6),
            Triple(Instrument.PHQ2, 2, 4),
            Triple(Instrument.GAD2, 2, 4),
        )) {
            val q = questionnaire(instrument)
            assertEquals(items, q.items.size, "$instrument items")
            assertEquals(options, q.options.size, "$instrument options")
            assertNull(q.followUp, "$instrument follow-up")
            assertTrue(q.notice.isNotBlank(), "$instrument notice")
        }
    }
}
