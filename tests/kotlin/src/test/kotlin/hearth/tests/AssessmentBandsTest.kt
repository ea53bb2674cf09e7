package hearth.tests

import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import org.junit.jupiter.params.ParameterizedTest
import org.junit.jupiter.params.provider.CsvSource
import uniffi.hearth.Instrument

/** recordAssessment scores totals into the published bands, at every boundary. */
class AssessmentBandsTest {
    @TempDir lateinit var tmp: Path

    /** `items` answers of at most `max` each, summing to `total`, filled from the first item. */
    private fun answers(items: Int, max: Int, total: Int): List<Int> {
        var left = total
        return List(items) { minOf(max, left).also { left -= it } }.also { check(left == 0) }
    }

    @Test
    fun `PHQ-9 item 9 alone raises safety at a minimal total`() {
        openStore(tmp, MemoryVault()).use { h ->
            val r = h.recordAssessment(Instrument.PHQ9, listOf(0, 0, 0, 0, 0, 0, 0, 0, 1), null, null)
            assertTrue(r.safety)
            assertEquals("minimal", r.band)
            assertEquals(1, r.score)
            assertEquals(27, r.maxScore)
            assertNull(r.percent)
            // With safety set the summary points to the safety plan and crisis lines.
            assertTrue(r.summary.contains("safety plan") && r.summary.contains("crisis"), r.summary)
            val calm = h.recordAssessment(Instrument.PHQ9, List(9) { 0 }, null, null)
            assertFalse(calm.safety)
            assertFalse(calm.summary.contains("crisis"), calm.summary)
        }
    }

    @ParameterizedTest
    @CsvSource("0,minimal", "4,minimal", "5,mild", "9,mild", "10,moderate", "14,moderate", "15,moderately_severe", "19,moderately_severe", "20,severe", "24,severe")
    fun `PHQ-9 bands`(total: Int, band: String) {
        openStore(tmp, MemoryVault()).use { h ->
            val a = answers(9, 3, total).let { it.take(8) + 0 } // item 9 stays 0 (8 items hold up to 24)
            assertEquals(total, a.sum())
            val r = h.recordAssessment(Instrument.PHQ9, a, null, null)
            assertEquals(total, r.score)
            assertEquals(band, r.band)
            assertFalse(r.safety, "item 9 was 0")
            assertEquals(a, r.answers)
        }
    }

    @Test
    fun `PHQ-9 all threes is severe with safety, and a tenth answer is the difficulty`() {
        openStore(tmp, MemoryVault()).use { h ->
            val r = h.recordAssessment(Instrument.PHQ9, List(9) { 3 } + 2, null, null)
            assertEquals(27, r.score)
            assertEquals("severe", r.band)
            assertTrue(r.safety)
            assertEquals(2, r.difficulty)
            assertEquals(List(9) { 3 }, r.answers)
        }
    }

    @ParameterizedTest
    @CsvSource("0,minimal", "4,minimal", "5,mild", "9,mild", "10,moderate", "14,moderate", "15,severe", "21,severe")
    fun `GAD-7 bands`(total: Int, band: String) {
        openStore(tmp, MemoryVault()).use { h ->
            val r = h.recordAssessment(Instrument.GAD7, answers(7, 3, total), null, null)
            assertEquals(total, r.score)
            assertEquals(21, r.maxScore)
            assertEquals(band, r.band)
            assertFalse(r.safety)
        }
    }

    @ParameterizedTest
    @CsvSource("0,0,very_low", "7,28,very_low", "8,32,low", "12,48,low", "13,52,adequate", "25,100,adequate")
    fun `WHO-5 percent is raw times 4 and sets the band`(raw: Int, percent: Int, band: String) {
        openStore(tmp, MemoryVault()).use { h ->
            val r = h.recordAssessment(Instrument.WHO5, answers(5, 5, raw), null, null)
            assertEquals(raw, r.score)
            assertEquals(25, r.maxScore)
            assertEquals(percent, r.percent)
            assertEquals(band, r.band)
        }
    }
}
