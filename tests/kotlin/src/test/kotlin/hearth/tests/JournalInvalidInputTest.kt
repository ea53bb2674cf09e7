package hearth.tests

import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import org.junit.jupiter.params.ParameterizedTest
import org.junit.jupiter.params.provider.ValueSource
import uniffi.hearth.AutomaticThought
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.HearthException
import uniffi.hearth.MoodRating
import uniffi.hearth.ReflectionInput
import uniffi.hearth.ScaleValue
import uniffi.hearth.ThoughtInput
import uniffi.hearth.emotionVocabulary

/** Every invalid journal value is refused as InvalidInput naming its field, and nothing is saved. */
class JournalInvalidInputTest {
    @TempDir lateinit var tmp: Path

    @ParameterizedTest
    @ValueSource(ints = [0, 6])
    fun `check-in mood outside 1 to 5 names mood`(mood: Int) {
        openStore(tmp, MemoryVault()).use { h ->
            assertEquals("mood", invalidField { h.recordCheckin(checkin(mood)) })
            assertNoEntries(h)
        }
    }

    @ParameterizedTest
    @ValueSource(ints = [101, -1, 1000])
    fun `thought mood intensity outside 0 to 100 names moods-intensity`(intensity: Int) {
        openStore(tmp, MemoryVault()).use { h ->
            assertEquals("moods.intensity", invalidField { h.addThought(ThoughtInput("exam", moods = listOf(MoodRating("anxious", intensity)))) })
            assertEquals("moods_after.intensity", invalidField { h.addThought(ThoughtInput("exam", moodsAfter = listOf(MoodRating("anxious", intensity)))) })
            assertNoEntries(h)
        }
    }

    @Test
    fun `balanced belief 101 names balanced_belief`() {
        openStore(tmp, MemoryVault()).use { h ->
            val e = assertThrows<HearthException.InvalidInput> { h.addThought(ThoughtInput("exam", balancedBelief = 101)) }
            assertEquals("balanced_belief", e.field)
            assertTrue(e.reason.contains("101"), e.reason)
            assertNoEntries(h)
        }
    }

    @Test
    fun `an empty thought record names situation`() {
        openStore(tmp, MemoryVault()).use { h ->
            assertEquals("situation", invalidField { h.addThought(ThoughtInput("")) })
            assertEquals("situation", invalidField { h.addThought(ThoughtInput("   ", thoughts = listOf(AutomaticThought("  ", true)))) })
            assertNoEntries(h)
        }
    }

    @Test
    fun `two hot thoughts name thoughts`() {
        openStore(tmp, MemoryVault()).use { h ->
            val two = listOf(AutomaticThought("I'll fail", true), AutomaticThought("Everyone will see", true))
            assertEquals("thoughts", invalidField { h.addThought(ThoughtInput("exam", thoughts = two)) })
            assertNoEntries(h)
        }
    }

    @Test
    fun `a million-character note names note`() {
        openStore(tmp, MemoryVault()).use { h ->
            val huge = "a".repeat(1_000_000)
            val e = assertThrows<HearthException.InvalidInput> { h.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP, note = huge)) }
            assertEquals("note", e.field)
            assertTrue(e.reason.contains("1000000"), e.reason)
            assertEquals("text", invalidField { h.addReflection(ReflectionInput(huge)) }, "the same limit holds for a reflection")
            assertNoEntries(h)
        }
    }

    @Test
    fun `an unknown emotion not marked custom names emotions and adds nothing`() {
        openStore(tmp, MemoryVault()).use { h ->
            assertEquals("emotions", invalidField { h.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP, emotions = listOf("calm", "vorpal"))) })
            assertNoEntries(h)
            assertEquals(emotionVocabulary(), h.emotions())
        }
    }

    @Test
    fun `a scale value out of range, or an unknown scale, names scales`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.createScale("sleep quality", 0, 10)
            for (v in listOf(11, -1)) {
                assertEquals("scales", invalidField { h.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP, scales = listOf(ScaleValue("sleep quality", v)))) })
            }
            assertEquals("scales", invalidField { h.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP, scales = listOf(ScaleValue("focus", 5)))) })
            assertNoEntries(h)
        }
    }

    @Test
    fun `a refused check-in leaves no new tag or custom emotion behind`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.createScale("sleep quality", 0, 10)
            val tagsBefore = h.tags()
            val input = CheckInInput(
                mood = 3,
                source = EntrySource.APP,
                tags = listOf("brand-new"),
                customEmotions = listOf("wistful"),
                scales = listOf(ScaleValue("sleep quality", 11)), // checked after emotions and tags
            )
            assertEquals("scales", invalidField { h.recordCheckin(input) })
            assertNoEntries(h)
            assertEquals(tagsBefore, h.tags())
            assertFalse(h.emotions().any { it.name == "wistful" })
        }
    }

    @Test
    fun `an unknown prompt id names prompt_id`() {
        openStore(tmp, MemoryVault()).use { h ->
            assertEquals("prompt_id", invalidField { h.addReflection(ReflectionInput("hello", promptId = "people.nobody")) })
            assertEquals("text", invalidField { h.addReflection(ReflectionInput("   ", promptId = "people.close")) })
            assertNoEntries(h)
        }
    }

    @Test
    fun `a blank search query names query`() {
        openStore(tmp, MemoryVault()).use { h ->
            assertEquals("query", invalidField { h.search("   ") })
        }
    }

    @Test
    fun `a refused update leaves each kind unchanged`() {
        openStore(tmp, MemoryVault()).use { h ->
            val r = h.addReflection(ReflectionInput("kept", promptId = "people.close"))
            val t = h.addThought(ThoughtInput("kept", balancedBelief = 50))
            val c = h.recordCheckin(checkin(3))

            assertEquals("prompt_id", invalidField { h.updateReflection(r.id, ReflectionInput("changed", promptId = "nope")) })
            assertEquals("balanced_belief", invalidField { h.updateThought(t.id, ThoughtInput("changed", balancedBelief = 101)) })
            assertEquals("thoughts", invalidField {
                h.updateThought(t.id, ThoughtInput("changed", thoughts = listOf(AutomaticThought("a", true), AutomaticThought("b", true))))
            })
            assertEquals("emotions", invalidField { h.updateCheckin(c.id, CheckInInput(mood = 4, source = EntrySource.APP, emotions = listOf("vorpal"))) })

            assertEquals(r, h.getReflection(r.id))
            assertEquals(t, h.getThought(t.id))
            assertEquals(c, h.getCheckin(c.id))
        }
    }
}
