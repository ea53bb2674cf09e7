package app.hearth.logic

import uniffi.hearth.Scale
import uniffi.hearth.ScaleValue

/**
 * The person's own scales in the check-in (issue #20). A reading is typed or stepped into
 * a small number field; it is recorded only when the person sets it (blank means not
 * set), and the core checks it against the scale's range and says so in its own words.
 */
object ScaleReadings {
    /** What a scale's field holds. */
    sealed interface Reading {
        object Unset : Reading
        data class Value(val value: Int) : Reading
        /** Something typed that is not a whole number (sent as out of range for the core to refuse). */
        data class NotANumber(val text: String) : Reading
    }

    fun read(text: String): Reading {
        val t = text.trim()
        if (t.isEmpty()) return Reading.Unset
        return t.toIntOrNull()?.let { Reading.Value(it) } ?: Reading.NotANumber(t)
    }

    /**
     * One step up or down from [text]: a scale not set yet starts at its lowest value
     * either way; a set one moves by one and stops at the ends of its range.
     */
    fun step(text: String, scale: Scale, by: Int): String = when (val r = read(text)) {
        is Reading.Value -> (r.value + by).coerceIn(scale.min, scale.max).toString()
        else -> scale.min.toString()
    }

    /** A saved reading of [scale] among [saved] (names match case-insensitively, as the core's). */
    fun saved(scale: Scale, saved: List<ScaleValue>): Int? =
        saved.firstOrNull { it.scale.trim().equals(scale.name, ignoreCase = true) }?.value

    /**
     * The readings to send: every scale whose field holds something, in [scales] order,
     * then any earlier reading of a scale not shown (an edit never drops one). Text that
     * is not a number goes as [Int.MIN_VALUE]: the core refuses it, naming the range.
     */
    fun toSend(scales: List<Scale>, texts: List<String>, earlier: List<ScaleValue> = emptyList()): List<ScaleValue> {
        val shown = scales.zip(texts).mapNotNull { (s, t) ->
            when (val r = read(t)) {
                Reading.Unset -> null
                is Reading.Value -> ScaleValue(s.name, r.value)
                is Reading.NotANumber -> ScaleValue(s.name, Int.MIN_VALUE)
            }
        }
        val names = scales.map { it.name.lowercase() }.toSet()
        return shown + earlier.filter { it.scale.trim().lowercase() !in names }
    }

    /** A scale's name as a label starts with a capital ("sleep" → "Sleep"); the core keeps names lower case. */
    fun title(name: String): String = name.replaceFirstChar { it.titlecase() }

    /** Lowest and highest of a new scale as typed; the core judges the name and the order. */
    sealed interface Range {
        data class Ok(val min: Int, val max: Int) : Range
        /** [which] is "min" or "max": the field that is not a whole number. */
        data class NotANumber(val which: String) : Range
    }

    fun range(minText: String, maxText: String): Range {
        val min = minText.trim().toIntOrNull() ?: return Range.NotANumber("min")
        val max = maxText.trim().toIntOrNull() ?: return Range.NotANumber("max")
        return Range.Ok(min, max)
    }
}
