package hearth.android

import app.hearth.logic.EntryEditing
import app.hearth.logic.EntryEditing.RatingRow
import app.hearth.logic.EntryEditing.ThoughtRow
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Test
import uniffi.hearth.AutomaticThought
import uniffi.hearth.MoodRating

class EntryEditingTest {
    private val ids = listOf("p1", "p2", "p3")

    @Test
    fun `a saved prompt is selected, none or an unknown one selects no prompt`() {
        assertEquals(1, EntryEditing.promptIndex(ids, "p2"))
        assertEquals(3, EntryEditing.promptIndex(ids, null))
        assertEquals(3, EntryEditing.promptIndex(ids, "retired"))
        assertEquals("p2", EntryEditing.promptId(ids, 1))
        assertNull(EntryEditing.promptId(ids, 3), "no prompt")
        assertNull(EntryEditing.promptId(ids, -1), "nothing chosen")
    }

    @Test
    fun `every saved feeling and thought gets a row, a new record one empty row`() {
        val moods = listOf(MoodRating("anxious", 80), MoodRating("sad", 40))
        assertEquals(listOf(RatingRow("anxious", "80"), RatingRow("sad", "40")), EntryEditing.ratingRows(moods))
        assertEquals(listOf(EntryEditing.NEW_RATING), EntryEditing.ratingRows(null))
        assertEquals(listOf(EntryEditing.NEW_RATING), EntryEditing.ratingRows(emptyList()))
        val thoughts = listOf(AutomaticThought("I'll fail", true), AutomaticThought("They're annoyed", false))
        assertEquals(listOf(ThoughtRow("I'll fail", true), ThoughtRow("They're annoyed", false)), EntryEditing.thoughtRows(thoughts))
        assertEquals(listOf(ThoughtRow("", false)), EntryEditing.thoughtRows(null))
    }

    @Test
    fun `rows go back to the core as they were, unnamed rows left out`() {
        val moods = listOf(MoodRating("anxious", 80), MoodRating("sad", 40))
        assertEquals(moods, EntryEditing.ratings(EntryEditing.ratingRows(moods)), "unchanged rows give the same ratings")
        assertEquals(emptyList<MoodRating>(), EntryEditing.ratings(listOf(RatingRow(" ", "50"))))
        assertEquals(listOf(MoodRating("sad", Int.MIN_VALUE)), EntryEditing.ratings(listOf(RatingRow(" sad ", "lots"))), "not a number: the core refuses it")
        assertEquals(listOf(MoodRating("sad", Int.MIN_VALUE)), EntryEditing.ratings(listOf(RatingRow("sad", ""))))
        val thoughts = listOf(AutomaticThought("I'll fail", true))
        assertEquals(thoughts, EntryEditing.thoughts(EntryEditing.thoughtRows(thoughts)))
        assertEquals(emptyList<AutomaticThought>(), EntryEditing.thoughts(listOf(ThoughtRow("  ", true))))
    }
}
