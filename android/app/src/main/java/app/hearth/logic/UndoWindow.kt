package app.hearth.logic

/**
 * A deleted entry that can still come back: its one-entry document ([EntryDocument]) and
 * until when (wall-clock milliseconds) the undo is offered. Held in memory only; a newer
 * deletion replaces it.
 */
class UndoWindow(
    /** The core's record of the entry, ready for `importJson`. */
    val document: String,
    /** The undo is offered while the clock reads less than this. */
    val untilMillis: Long,
) {
    /** True while the undo is still offered at [nowMillis]. */
    fun isOpen(nowMillis: Long): Boolean = nowMillis < untilMillis

    companion object {
        /** How long "Undo" stays after a deletion. */
        const val MILLIS: Long = 10_000

        /** A window for [document] opened at [nowMillis]. */
        fun opened(document: String, nowMillis: Long) = UndoWindow(document, nowMillis + MILLIS)
    }
}
