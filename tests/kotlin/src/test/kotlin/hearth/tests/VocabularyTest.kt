package hearth.tests

import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.CheckInInput
import uniffi.hearth.Distortion
import uniffi.hearth.EmotionInfo
import uniffi.hearth.EntrySource
import uniffi.hearth.Quadrant
import uniffi.hearth.distortions
import uniffi.hearth.emotionVocabulary

/** The built-in emotion vocabulary, the person's own emotions, and the distortion list. */
class VocabularyTest {
    @TempDir lateinit var tmp: Path

    @Test
    fun `emotionVocabulary has 38 distinct built-ins, each with a quadrant`() {
        val v = emotionVocabulary()
        assertEquals(38, v.size)
        assertEquals(38, v.map { it.name }.toSet().size)
        assertTrue(v.all { it.quadrant != null && !it.custom && it.name == it.name.lowercase() })
        assertEquals(v.map { it.name }.sorted(), v.map { it.name }, "alphabetical")
        assertEquals(EmotionInfo("calm", Quadrant.LOW_ENERGY_PLEASANT, false), v.single { it.name == "calm" })
        assertEquals(EmotionInfo("anxious", Quadrant.HIGH_ENERGY_UNPLEASANT, false), v.single { it.name == "anxious" })
        for (q in Quadrant.values()) {
            assertTrue(v.count { it.quadrant == q } >= 6, "$q has at least six emotions")
        }
    }

    @Test
    fun `emotions is the vocabulary followed by custom ones with no quadrant`() {
        openStore(tmp, MemoryVault()).use { h ->
            val builtIn = emotionVocabulary()
            assertEquals(builtIn, h.emotions(), "a new store has only the built-ins")

            h.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP, emotions = listOf("calm"), customEmotions = listOf("Wistful", "homesick")))
            val all = h.emotions()
            assertEquals(40, all.size)
            assertEquals(builtIn, all.take(38))
            assertEquals(listOf(EmotionInfo("homesick", null, true), EmotionInfo("wistful", null, true)), all.drop(38))
        }
    }

    @Test
    fun `marking a built-in as custom does not duplicate it`() {
        openStore(tmp, MemoryVault()).use { h ->
            val c = h.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP, customEmotions = listOf("Calm")))
            assertEquals(listOf("calm"), c.emotions)
            assertEquals(emotionVocabulary(), h.emotions())
        }
    }

    @Test
    fun `distortions lists the ten in enum order with ids, titles and descriptions`() {
        val d = distortions()
        assertEquals(10, d.size)
        assertEquals(Distortion.values().toList(), d.map { it.distortion })
        assertEquals(10, d.map { it.id }.toSet().size)
        assertTrue(d.all { it.id.matches(Regex("[a-z]+(_[a-z]+)*")) }, d.map { it.id }.toString())
        assertTrue(d.all { it.title.isNotBlank() && it.description.isNotBlank() })
        assertEquals(10, d.map { it.description }.toSet().size, "descriptions are distinct")
        assertEquals("jumping_to_conclusions", d.single { it.distortion == Distortion.JUMPING_TO_CONCLUSIONS }.id)
    }
}
