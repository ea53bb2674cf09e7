package app.hearth.logic

import java.util.Locale
import uniffi.hearth.PlanContact

/**
 * Turning what a person typed into the core's inputs and back. No validation of meaning
 * here: the core checks values and names the field it refuses.
 */
object FormText {
    /** Non-blank trimmed lines. */
    fun lines(text: String): List<String> = text.lines().map { it.trim() }.filter { it.isNotEmpty() }

    /** Comma- or newline-separated items, trimmed, blanks dropped, first occurrence kept. */
    fun items(text: String): List<String> =
        text.split(',', '\n', ';').map { it.trim() }.filter { it.isNotEmpty() }.distinct()

    /** Blank → null, else trimmed. */
    fun optional(text: String): String? = text.trim().ifEmpty { null }

    private val shortTime = Regex("""^(\d{1,2})[:.](\d{2})$""")

    /** "8:05" and "8.05" become "08:05"; anything else is passed on for the core to judge. */
    fun time(text: String): String {
        val t = text.trim()
        val m = shortTime.matchEntire(t) ?: return t
        return String.format(Locale.ROOT, "%02d:%s", m.groupValues[1].toInt(), m.groupValues[2])
    }

    /** Reminder times typed as "20:00, 8:30". */
    fun times(text: String): List<String> = items(text).map(::time)

    /** An optional time ("" → null). */
    fun optionalTime(text: String): String? = optional(text)?.let(::time)

    /** An optional whole number ("" → null; not a number → [invalid]). */
    fun optionalInt(text: String, invalid: Int = Int.MIN_VALUE): Int? =
        optional(text)?.let { it.toIntOrNull() ?: invalid }

    private val phoneTail = Regex("""^(.*?)\s*(?:—|–|-|,|:)\s*(\+?[\d ()./-]{3,})$""")

    /** A safety-plan contact line: "Sam — 07700 900123", "Dr Lee, +44 20 7946 0000", or just "Sam". */
    fun contact(line: String): PlanContact {
        val t = line.trim()
        val m = phoneTail.matchEntire(t)
        return if (m != null && m.groupValues[1].isNotBlank()) {
            PlanContact(m.groupValues[1].trim(), m.groupValues[2].trim())
        } else {
            PlanContact(t, null)
        }
    }

    fun contacts(text: String): List<PlanContact> = lines(text).map(::contact)

    fun contactLine(c: PlanContact): String = c.phone?.takeIf { it.isNotBlank() }?.let { "${c.name} — $it" } ?: c.name

    fun contactLines(cs: List<PlanContact>): String = cs.joinToString("\n", transform = ::contactLine)

    /** Digits and a leading + only, for a tel:/smsto: URI. */
    fun dialable(phone: String): String {
        val t = phone.trim()
        val digits = t.filter { it.isDigit() }
        return if (t.startsWith("+")) "+$digits" else digits
    }
}
