package app.hearth.logic

import uniffi.hearth.AutomaticThought
import uniffi.hearth.MoodRating

/**
 * Editing a reflection or a thought record (issue #20): how a saved entry fills the
 * form, and how the form goes back to the core. Every saved value has a place in the
 * form, so saving an edit unchanged gives the core the same entry back.
 */
object EntryEditing {
    /** The choice to select for a saved prompt: its place among [promptIds], or "no prompt" ([promptIds].size). */
    fun promptIndex(promptIds: List<String>, saved: String?): Int =
        saved?.let { promptIds.indexOf(it) }?.takeIf { it >= 0 } ?: promptIds.size

    /** The prompt to save for choice [index] ("no prompt" or nothing chosen: none). */
    fun promptId(promptIds: List<String>, index: Int): String? = promptIds.getOrNull(index)

    /** A feeling and how strong, as typed. */
    data class RatingRow(val name: String, val intensity: String)

    /** A thought as typed, and whether it is the one that hurts most. */
    data class ThoughtRow(val text: String, val hot: Boolean)

    /** What a new feeling row starts with (the middle of 0–100). */
    val NEW_RATING = RatingRow("", "50")

    /** One row per saved feeling; a new record (or one with none) gets one empty row. */
    fun ratingRows(saved: List<MoodRating>?): List<RatingRow> =
        saved.orEmpty().map { RatingRow(it.name, it.intensity.toString()) }.ifEmpty { listOf(NEW_RATING) }

    /** One row per saved thought; none saved: one empty row. */
    fun thoughtRows(saved: List<AutomaticThought>?): List<ThoughtRow> =
        saved.orEmpty().map { ThoughtRow(it.text, it.hot) }.ifEmpty { listOf(ThoughtRow("", false)) }

    /**
     * Rows with a feeling named go to the core; a row with no name is left out. A blank or
     * non-numeric intensity goes as out of range, so the core refuses it in its own words.
     */
    fun ratings(rows: List<RatingRow>): List<MoodRating> = rows.mapNotNull { r ->
        FormText.optional(r.name)?.let { MoodRating(it, FormText.optionalInt(r.intensity) ?: Int.MIN_VALUE) }
    }

    /** Rows with words go to the core; the core refuses more than one "hot" thought. */
    fun thoughts(rows: List<ThoughtRow>): List<AutomaticThought> = rows.mapNotNull { r ->
        FormText.optional(r.text)?.let { AutomaticThought(it, r.hot) }
    }
}
