package app.hearth.logic

import java.time.LocalDate

/** One day of the calendar as the screens use it (from the core's CalendarDay). */
data class MoodDay(
    val date: LocalDate,
    /** 1–5 (the day's mean as a level), null without a check-in. */
    val level: Int?,
    val count: Int,
    val hasNote: Boolean,
    val hasReflection: Boolean,
    val hasThought: Boolean,
) {
    val hasEntries: Boolean get() = count > 0 || hasReflection || hasThought

    /** Something was written that day beyond a mood: a note, a reflection or a thought record. */
    val hasWriting: Boolean get() = hasNote || hasReflection || hasThought
}

/**
 * The words of a calendar day (the shell composes them so they follow the phone's
 * language; defaults are English, the app passes its string resources). Never blame: an
 * empty past day is "nothing written", never "missed".
 */
data class CalendarWordsSet(
    val today: (date: String) -> String = { "Today, $it" },
    val nothingWritten: String = "nothing written",
    val noCheckIn: String = "no check-in",
    val mostly: (word: String) -> String = { "mostly $it" },
    val checkIns: (count: Int) -> String = { if (it == 1) "1 check-in" else "$it check-ins" },
    val note: String = "a note",
    val reflection: String = "a reflection",
    val thought: String = "a thought record",
    val joined: (date: String, parts: List<String>) -> String = { d, p -> d + ": " + p.joinToString(", ") },
)

object CalendarWords {
    /** The mood in words: "good" for one check-in, "mostly good" for several (their mean). */
    fun mood(day: MoodDay, moodWord: (Int) -> String, w: CalendarWordsSet = CalendarWordsSet()): String? {
        val level = day.level ?: return null
        val word = moodWord(level).lowercase()
        return if (day.count > 1) w.mostly(word) else word
    }

    /** What was written, e.g. ["2 check-ins", "a note", "a reflection"]. */
    fun contents(day: MoodDay, w: CalendarWordsSet = CalendarWordsSet()): List<String> = buildList {
        if (day.count > 0) add(w.checkIns(day.count))
        if (day.hasNote) add(w.note)
        if (day.hasReflection) add(w.reflection)
        if (day.hasThought) add(w.thought)
    }

    /**
     * A cell's words for TalkBack, e.g. "Thursday 3 December: mostly good, 2 check-ins, a
     * note"; "Today, …" for today; "…: nothing written" for an empty past day; the date
     * alone for a day still to come. [spokenDate] is the date in the phone's language.
     */
    fun cellLabel(day: MoodDay, today: LocalDate, spokenDate: String, moodWord: (Int) -> String, w: CalendarWordsSet = CalendarWordsSet()): String {
        val date = if (day.date == today) w.today(spokenDate) else spokenDate
        if (day.date.isAfter(today) && !day.hasEntries) return date
        if (!day.hasEntries) return w.joined(date, listOf(w.nothingWritten))
        return w.joined(date, listOf(mood(day, moodWord, w) ?: w.noCheckIn) + contents(day, w))
    }
}
