package hearth.tests

import java.nio.file.Path
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.AutomaticThought
import uniffi.hearth.Distortion
import uniffi.hearth.Entry
import uniffi.hearth.MoodRating
import uniffi.hearth.ThoughtInput
import uniffi.hearth.ThoughtRecord

/** The seven-column thought record round-trips through add, get, update and list. */
class ThoughtRecordTest {
    @TempDir lateinit var tmp: Path

    private val at: Instant = Instant.parse("2026-11-20T19:00:00Z")

    private val full = ThoughtInput(
        situation = "Friend didn't reply to my message",
        moods = listOf(MoodRating("anxious", 80), MoodRating("sad", 40)),
        thoughts = listOf(AutomaticThought("They're angry with me", true), AutomaticThought("I always mess up", false)),
        evidenceFor = "Usually replies fast",
        evidenceAgainst = "They said they were busy this week",
        balancedThought = "They're probably busy; I can check in tomorrow",
        balancedBelief = 70,
        moodsAfter = listOf(MoodRating("anxious", 35), MoodRating("sad", 0)),
        distortions = listOf(Distortion.JUMPING_TO_CONCLUSIONS, Distortion.OVERGENERALISATION),
        at = at,
        utcOffsetSeconds = 3600,
    )

    private fun expected(id: String) = ThoughtRecord(
        id = id,
        at = at,
        utcOffsetSeconds = 3600,
        situation = full.situation,
        moods = full.moods,
        thoughts = full.thoughts,
        evidenceFor = full.evidenceFor,
        evidenceAgainst = full.evidenceAgainst,
        balancedThought = full.balancedThought,
        balancedBelief = 70,
        moodsAfter = full.moodsAfter,
        distortions = full.distortions,
    )

    @Test
    fun `add returns every column and get and listEntries read the same back`() {
        openStore(tmp, MemoryVault()).use { h ->
            val saved = h.addThought(full)
            assertTrue(saved.id.isNotBlank())
            assertEquals(expected(saved.id), saved)
            assertEquals(expected(saved.id), h.getThought(saved.id))
            assertEquals(listOf<Entry>(Entry.Thought(expected(saved.id))), h.listEntries(null, null))
        }
    }

    @Test
    fun `mood names are trimmed and lower-cased, and intensities 0 and 100 are allowed`() {
        openStore(tmp, MemoryVault()).use { h ->
            val t = h.addThought(ThoughtInput("exam", moods = listOf(MoodRating(" Anxious ", 100)), moodsAfter = listOf(MoodRating("ANXIOUS", 0))))
            assertEquals(listOf(MoodRating("anxious", 100)), h.getThought(t.id).moods)
            assertEquals(listOf(MoodRating("anxious", 0)), h.getThought(t.id).moodsAfter)
        }
    }

    @Test
    fun `all ten distortions round-trip in order`() {
        openStore(tmp, MemoryVault()).use { h ->
            val all = Distortion.values().toList()
            assertEquals(10, all.size)
            val t = h.addThought(ThoughtInput("noticing patterns", distortions = all))
            assertEquals(all, h.getThought(t.id).distortions)
        }
    }

    @Test
    fun `a record with only an automatic thought is allowed`() {
        openStore(tmp, MemoryVault()).use { h ->
            val t = h.addThought(ThoughtInput("", thoughts = listOf(AutomaticThought("Nobody cares", true))))
            assertEquals("", t.situation)
            assertEquals(listOf(AutomaticThought("Nobody cares", true)), h.getThought(t.id).thoughts)
        }
    }

    @Test
    fun `update replaces every column and keeps the id`() {
        openStore(tmp, MemoryVault()).use { h ->
            val saved = h.addThought(full)
            val newAt = Instant.parse("2026-11-21T08:30:00Z")
            val updated = h.updateThought(saved.id, ThoughtInput("Talked to them; all fine", balancedBelief = 95, at = newAt, utcOffsetSeconds = 0))
            val want = ThoughtRecord(
                id = saved.id, at = newAt, utcOffsetSeconds = 0, situation = "Talked to them; all fine",
                moods = emptyList(), thoughts = emptyList(), evidenceFor = null, evidenceAgainst = null,
                balancedThought = null, balancedBelief = 95, moodsAfter = emptyList(), distortions = emptyList(),
            )
            assertEquals(want, updated)
            assertEquals(want, h.getThought(saved.id))
            assertEquals(listOf<Entry>(Entry.Thought(want)), h.listEntries(null, null), "still one entry")
        }
    }
}
