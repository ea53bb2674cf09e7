package hearth.tests

import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.Instrument

/** Wrong answer counts and out-of-range answers are refused with field "answers" and nothing is saved. */
class AssessmentInvalidTest {
    @TempDir lateinit var tmp: Path

    @Test
    fun `every bad answer list names answers`() {
        openStore(tmp, MemoryVault()).use { h ->
            val bad = listOf(
                Instrument.PHQ9 to List(8) { 0 },
                Instrument.PHQ9 to List(11) { 0 },
                Instrument.PHQ9 to List(8) { 0 } + 4,
                Instrument.PHQ9 to List(9) { 0 } + 4, // difficulty is 0–3
                Instrument.GAD7 to List(9) { 0 },
                Instrument.GAD7 to listOf(0, 0, 0, -1, 0, 0, 0),
                Instrument.WHO5 to listOf(5, 5, 6, 5, 5),
                Instrument.WHO5 to List(6) { 0 },
                Instrument.WHO5 to listOf(),
                Instrument.PHQ2 to listOf(0, 0, 0),
                Instrument.GAD2 to listOf(1, 300),
            )
            for ((instrument, answers) in bad) {
                assertEquals("answers", invalidField { h.recordAssessment(instrument, answers, null, null) }, "$instrument $answers")
            }
            assertEquals(emptyList<Any>(), h.assessments(null))
            assertNoEntries(h)
        }
    }

    @Test
    fun `an offset beyond a day names utc_offset_seconds`() {
        openStore(tmp, MemoryVault()).use { h ->
            assertEquals("utc_offset_seconds", invalidField { h.recordAssessment(Instrument.GAD2, listOf(0, 0), null, 90_000) })
            assertNoEntries(h)
        }
    }
}
