package hearth.tests

import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.PlanContact
import uniffi.hearth.SafetyPlan
import uniffi.hearth.safetyPlanSections

/** The safety plan: empty at first, saved and read back whole, blanks dropped, seven sections. */
class SafetyPlanTest {
    @TempDir lateinit var tmp: Path

    private val empty = SafetyPlan(listOf(), listOf(), listOf(), listOf(), listOf(), listOf(), listOf())

    private val plan = SafetyPlan(
        warningSigns = listOf("Not sleeping", "Cancelling plans"),
        onMyOwn = listOf("Walk by the river"),
        distractions = listOf(PlanContact("The library on Hill Street", null)),
        peopleToAsk = listOf(PlanContact("Sam", "+44 7700 900123"), PlanContact("Ana", null)),
        professionals = listOf(PlanContact("Dr Okafor", "020 7946 0000")),
        saferSurroundings = listOf("Ask Sam to keep the pills"),
        reasonsForLiving = listOf("My cat, Miso", "Seeing the sea in spring"),
    )

    @Test
    fun `empty until written, then round-trips and survives a reopen`() {
        val vault = MemoryVault()
        openStore(tmp, vault).use { h ->
            assertEquals(empty, h.safetyPlan())
            assertEquals(plan, h.saveSafetyPlan(plan))
            assertEquals(plan, h.safetyPlan())
            assertEquals("+44 7700 900123", h.safetyPlan().peopleToAsk.first().phone)
        }
        openStore(tmp, vault).use { h -> assertEquals(plan, h.safetyPlan()) }
    }

    @Test
    fun `blank entries are dropped and the rest trimmed`() {
        openStore(tmp, MemoryVault()).use { h ->
            val saved = h.saveSafetyPlan(
                empty.copy(
                    warningSigns = listOf("  ", "", "  Racing thoughts \n"),
                    peopleToAsk = listOf(PlanContact(" ", null), PlanContact("", "  "), PlanContact(" Sam ", " 07700 900123 "), PlanContact("Jo", "   ")),
                    reasonsForLiving = listOf("\t"),
                ),
            )
            val expected = empty.copy(
                warningSigns = listOf("Racing thoughts"),
                peopleToAsk = listOf(PlanContact("Sam", "07700 900123"), PlanContact("Jo", null)),
            )
            assertEquals(expected, saved)
            assertEquals(expected, h.safetyPlan())
            assertEquals(empty, h.saveSafetyPlan(empty), "saving an empty plan clears it")
            assertEquals(empty, h.safetyPlan())
        }
    }

    @Test
    fun `limits name the section`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.saveSafetyPlan(plan)
            assertEquals("people_to_ask", invalidField { h.saveSafetyPlan(empty.copy(peopleToAsk = listOf(PlanContact("Sam", "12")))) })
            assertEquals("warning_signs", invalidField { h.saveSafetyPlan(empty.copy(warningSigns = List(21) { "sign $it" })) })
            assertEquals("reasons_for_living", invalidField { h.saveSafetyPlan(empty.copy(reasonsForLiving = listOf("x".repeat(501)))) })
            assertEquals(plan, h.safetyPlan(), "a refused plan changes nothing")
        }
    }

    @Test
    fun `seven sections in order, with headings and help`() {
        val sections = safetyPlanSections()
        assertEquals(7, sections.size)
        assertEquals((1..7).toList(), sections.map { it.step.toInt() })
        assertTrue(sections.all { it.heading.isNotBlank() && it.help.isNotBlank() })
        assertEquals(
            listOf("warning_signs", "on_my_own", "distractions", "people_to_ask", "professionals", "safer_surroundings", "reasons_for_living"),
            sections.map { it.id },
        )
    }
}
