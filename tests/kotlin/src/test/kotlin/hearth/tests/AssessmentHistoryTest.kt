package hearth.tests

import java.nio.file.Path
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.Entry
import uniffi.hearth.Instrument

/** Saved questionnaire results: history oldest first, filtering, and FHIR export. */
class AssessmentHistoryTest {
    @TempDir lateinit var tmp: Path

    @Test
    fun `history is oldest first whatever the order saved, and filters by instrument`() {
        val vault = MemoryVault()
        val saved = openStore(tmp, vault).use { h ->
            val gad = h.recordAssessment(Instrument.GAD7, List(7) { 1 }, Instant.parse("2026-11-20T10:00:00Z"), 3600)
            val phq = h.recordAssessment(Instrument.PHQ9, List(9) { 1 }, Instant.parse("2026-11-10T10:00:00Z"), 3600)
            val who = h.recordAssessment(Instrument.WHO5, List(5) { 3 }, Instant.parse("2026-11-25T10:00:00Z"), 3600)
            val gad2 = h.recordAssessment(Instrument.GAD7, List(7) { 2 }, Instant.parse("2026-11-01T10:00:00Z"), 3600)
            assertEquals(listOf(gad2, phq, gad, who), h.assessments(null))
            assertEquals(listOf(gad2, gad), h.assessments(Instrument.GAD7))
            assertEquals(listOf(who), h.assessments(Instrument.WHO5))
            assertEquals(emptyList<Any>(), h.assessments(Instrument.PHQ2))
            assertEquals(Instant.parse("2026-11-20T10:00:00Z"), gad.at)
            assertEquals(3600, gad.utcOffsetSeconds)
            assertTrue(h.listEntries(null, null).any { it is Entry.Assessment && it.result == phq }, "results are journal entries too")
            listOf(gad2, phq, gad, who)
        }
        openStore(tmp, vault).use { h -> assertEquals(saved, h.assessments(null), "after reopening") }
    }

    @Test
    fun `a PHQ-9 exports as a FHIR Bundle with a response, an observation and its LOINC code`() {
        openStore(tmp, MemoryVault()).use { h ->
            val r = h.recordAssessment(Instrument.PHQ9, listOf(1, 1, 2, 0, 0, 1, 0, 0, 0), null, null)
            val json = h.assessmentFhir(r.id)
            for (needle in listOf("\"resourceType\": \"Bundle\"", "QuestionnaireResponse", "Observation", "http://loinc.org", "44261-6")) {
                assertTrue(json.contains(needle), "missing $needle in:\n$json")
            }
            assertTrue(Regex("\"valueInteger\":\\s*5\\b").containsMatchIn(json), "the total, 5, is the observation's value")
            assertTrue(json.trimStart().startsWith("{") && json.trimEnd().endsWith("}"))
        }
    }

    @Test
    fun `WHO-5 has no verified LOINC total code, and unknown ids are not found`() {
        openStore(tmp, MemoryVault()).use { h ->
            val who = h.recordAssessment(Instrument.WHO5, List(5) { 4 }, null, null)
            val json = h.assessmentFhir(who.id)
            assertTrue(json.contains("\"resourceType\": \"Bundle\""))
            assertFalse(json.contains("44261-6"))
            notFound { h.assessmentFhir("no-such-id") }
            val checkin = h.recordCheckin(checkin(3))
            notFound { h.assessmentFhir(checkin.id) }
        }
    }
}
