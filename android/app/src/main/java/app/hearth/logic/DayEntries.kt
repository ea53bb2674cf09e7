package app.hearth.logic

import uniffi.hearth.Entry

/** The day view's decisions: every kind of entry of one day in time order, and which editor opens each. */
object DayEntries {
    /** Which screen edits an entry (questionnaire results are not edited: they are kept as scored). */
    enum class Editor { CHECK_IN, REFLECTION, THOUGHT, NONE }

    /** The day's entries, earliest first, as the day was lived (ties by id, so the order is stable). */
    fun inTimeOrder(entries: List<Entry>): List<Entry> =
        entries.sortedWith(compareBy<Entry>({ EntryText.at(it).first }, { EntryText.id(it) }))

    fun editor(e: Entry): Editor = when (e) {
        is Entry.CheckIn -> Editor.CHECK_IN
        is Entry.Reflection -> Editor.REFLECTION
        is Entry.Thought -> Editor.THOUGHT
        is Entry.Assessment -> Editor.NONE
    }
}

/**
 * History a page at a time from the core's `historyPage(before, limit)` (newest first, a
 * cursor to the next page): never all of history at once. Pure: the fetch is passed in.
 */
object HistoryPaging {
    /** Entries per page. */
    const val PAGE = 50

    /** The core's page limit (1–500). */
    const val MAX_LIMIT = 500

    data class Loaded<T>(val entries: List<T>, val next: String?) {
        val exhausted: Boolean get() = next == null
    }

    /**
     * Pages from [before] until at least [wanted] entries have come or history ends (used
     * to draw again, after an edit, as much as was shown before), [page] at a time.
     */
    fun <T> load(before: String?, wanted: Int, page: Int = PAGE, fetch: (before: String?, limit: Int) -> Loaded<T>): Loaded<T> {
        val out = mutableListOf<T>()
        var cursor = before
        do {
            val limit = (wanted - out.size).coerceIn(1, page.coerceIn(1, MAX_LIMIT))
            val p = fetch(cursor, limit)
            out += p.entries
            cursor = p.next
        } while (cursor != null && out.size < wanted)
        return Loaded(out, cursor)
    }

    /** [shown] followed by [more], leaving out any entry already shown (by [id]). */
    fun <T> append(shown: List<T>, more: List<T>, id: (T) -> String): List<T> {
        val seen = shown.mapTo(HashSet(), id)
        return shown + more.filter { seen.add(id(it)) }
    }
}
