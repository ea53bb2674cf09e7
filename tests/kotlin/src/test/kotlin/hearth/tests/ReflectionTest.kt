package hearth.tests

import java.nio.file.Path
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.Entry
import uniffi.hearth.Reflection
import uniffi.hearth.ReflectionInput
import uniffi.hearth.reflectionPrompts

/** Reflections round-trip through add, get, update and list; prompt text is filled in. */
class ReflectionTest {
    @TempDir lateinit var tmp: Path

    // 2026-06-10T20:00Z at UTC+05:30 is 01:30 local on 2026-06-11.
    private val at: Instant = Instant.parse("2026-06-10T20:00:00.000001Z")
    private val offset = 5 * 3600 + 1800
    private val text = "Sam called out of the blue.\nWe laughed about the camping trip. ✓"

    @Test
    fun `the built-in prompts have unique ids and include people-close`() {
        val prompts = reflectionPrompts()
        assertEquals(10, prompts.size)
        assertEquals(prompts.size, prompts.map { it.id }.toSet().size, "ids are unique")
        assertTrue(prompts.all { it.text.isNotBlank() })
        assertEquals("Who did you feel close to today?", prompts.single { it.id == "people.close" }.text)
        assertTrue(prompts.count { it.id.startsWith("people.") } >= 2, "some prompts turn toward people")
    }

    @Test
    fun `add returns every field, promptText comes from reflectionPrompts, and get reads the same`() {
        val promptText = reflectionPrompts().single { it.id == "people.close" }.text
        openStore(tmp, MemoryVault()).use { h ->
            val saved = h.addReflection(ReflectionInput(text, promptId = "people.close", at = at, utcOffsetSeconds = offset))
            assertTrue(saved.id.isNotBlank())
            val expected = Reflection(saved.id, at, offset, "people.close", promptText, text)
            assertEquals(expected, saved)
            assertEquals(expected, h.getReflection(saved.id))
            assertEquals(listOf<Entry>(Entry.Reflection(expected)), h.listEntries("2026-06-11", "2026-06-11"), "filed under the local day")
            assertEquals(emptyList<Entry>(), h.listEntries("2026-06-10", "2026-06-10"))
        }
    }

    @Test
    fun `a reflection without a prompt has neither prompt id nor text`() {
        openStore(tmp, MemoryVault()).use { h ->
            val r = h.addReflection(ReflectionInput("just writing"))
            assertNull(r.promptId)
            assertNull(r.promptText)
            assertEquals(r, h.getReflection(r.id))
        }
    }

    @Test
    fun `update replaces text, prompt and time and keeps the id`() {
        openStore(tmp, MemoryVault()).use { h ->
            val saved = h.addReflection(ReflectionInput(text, promptId = "people.close", at = at, utcOffsetSeconds = offset))
            val newAt = Instant.parse("2026-06-12T07:00:00Z")
            val updated = h.updateReflection(saved.id, ReflectionInput("Rewritten.", promptId = "care.enough", at = newAt, utcOffsetSeconds = 0))
            val careEnough = reflectionPrompts().single { it.id == "care.enough" }.text
            assertEquals(Reflection(saved.id, newAt, 0, "care.enough", careEnough, "Rewritten."), updated)
            assertEquals(updated, h.getReflection(saved.id))

            val noPrompt = h.updateReflection(saved.id, ReflectionInput("No prompt now.", at = newAt, utcOffsetSeconds = 0))
            assertNull(noPrompt.promptId)
            assertNull(h.getReflection(saved.id).promptText)
            assertEquals(listOf<Entry>(Entry.Reflection(noPrompt)), h.listEntries(null, null), "still one entry")
        }
    }
}
