package app.hearth.logic

import java.time.Instant
import java.time.LocalDate
import java.time.OffsetDateTime
import java.time.ZoneOffset
import uniffi.hearth.Entry

/**
 * The words an entry summary is built from. Defaults are English; the app passes its
 * string resources so translations live where Android expects them, and the core's
 * [emotion]/[tag] labels (a built-in stored by its English id reads in the reader's
 * language; the person's own as written).
 */
data class EntryWords(
    val mood: (label: String, mood: Int) -> String = { label, m -> "$label ($m of 5)" },
    val energy: (Int) -> String = { "energy $it of 5" },
    val connected: String = "connected with someone",
    val reflection: String = "Reflection",
    val thought: String = "Thought record",
    val assessment: (title: String, score: Int, max: Int, band: String) -> String =
        { t, s, max, band -> "$t: $s of $max, $band" },
    val emotion: (String) -> String = { it },
    val tag: (String) -> String = { it },
)

/** One line per entry for Today and History, and grouping by the entry's own local day. */
object EntryText {
    private const val NOTE_PREVIEW = 120

    /** When the entry was made, with the UTC offset it was made at. */
    fun at(e: Entry): Pair<Instant, Int> = when (e) {
        is Entry.CheckIn -> e.checkin.at to e.checkin.utcOffsetSeconds
        is Entry.Reflection -> e.reflection.at to e.reflection.utcOffsetSeconds
        is Entry.Thought -> e.record.at to e.record.utcOffsetSeconds
        is Entry.Assessment -> e.result.at to e.result.utcOffsetSeconds
    }

    fun id(e: Entry): String = when (e) {
        is Entry.CheckIn -> e.checkin.id
        is Entry.Reflection -> e.reflection.id
        is Entry.Thought -> e.record.id
        is Entry.Assessment -> e.result.id
    }

    /** Local wall time of the entry where it was written (not where the phone is now). */
    fun local(e: Entry): OffsetDateTime {
        val (at, offset) = at(e)
        return OffsetDateTime.ofInstant(at, ZoneOffset.ofTotalSeconds(offset))
    }

    fun localDate(e: Entry): LocalDate = local(e).toLocalDate()

    /** Entries grouped by local day, in the order given (the core lists newest first). */
    fun byDay(entries: List<Entry>): Map<LocalDate, List<Entry>> {
        val out = LinkedHashMap<LocalDate, MutableList<Entry>>()
        for (e in entries) out.getOrPut(localDate(e)) { mutableListOf() }.add(e)
        return out
    }

    /**
     * A one-line summary. [moodLabel] gives the core's word for a mood (from the quick
     * moods); [instrumentTitle] the questionnaire's published title.
     */
    fun summary(
        e: Entry,
        moodLabel: (Int) -> String,
        instrumentTitle: (uniffi.hearth.Instrument) -> String = { it.name },
        words: EntryWords = EntryWords(),
    ): String = when (e) {
        is Entry.CheckIn -> {
            val c = e.checkin
            val parts = mutableListOf(words.mood(moodLabel(c.mood), c.mood))
            c.energy?.let { parts += words.energy(it) }
            if (c.emotions.isNotEmpty()) parts += c.emotions.joinToString(", ", transform = words.emotion)
            if (c.connected || c.withPeople.isNotEmpty()) parts += words.connected
            if (c.tags.isNotEmpty()) parts += c.tags.joinToString(", ", transform = words.tag)
            c.note?.takeIf { it.isNotBlank() }?.let { parts += preview(it) }
            parts.joinToString(" · ")
        }
        is Entry.Reflection -> listOfNotNull(words.reflection, e.reflection.promptText, preview(e.reflection.text))
            .joinToString(" · ")
        is Entry.Thought -> "${words.thought} · ${preview(e.record.situation)}"
        is Entry.Assessment -> e.result.let { words.assessment(instrumentTitle(it.instrument), it.score, it.maxScore, it.band) }
    }

    /** The first line of [text], at most [NOTE_PREVIEW] characters, with an ellipsis when cut. */
    fun preview(text: String): String {
        val first = text.trim().lineSequence().firstOrNull().orEmpty()
        val cut = first.length > NOTE_PREVIEW || text.trim().contains('\n')
        val shown = if (first.length > NOTE_PREVIEW) first.take(NOTE_PREVIEW).trimEnd() else first
        return if (cut) "$shown…" else shown
    }
}
