package app.hearth.logic

/**
 * Android's date patterns (ICU, from DateFormat.getBestDateTimePattern) for java.time.
 * The two agree on letters and on 'quoted text', but java.time reserves `[ ] { } #`
 * (optional sections and future use) where ICU takes them as plain text: the
 * pseudo-locale en-XA's pattern is "[EEEE, MMMM d 'one two']", whose brackets java.time
 * would swallow. Those characters are quoted here; everything else is left alone.
 */
object DatePatterns {
    private const val RESERVED = "[]{}#"

    fun fromIcu(pattern: String): String {
        val out = StringBuilder()
        var quoted = false
        var opened = -1 // where the current (or last) quoted section began in [out]
        var closed = -1 // where the last quoted section's closing quote is in [out]
        for (c in pattern) {
            when {
                c == '\'' && !quoted -> { quoted = true; opened = out.length; out.append(c) }
                c == '\'' -> { quoted = false; closed = out.length; out.append(c) }
                !quoted && c in RESERVED && closed >= 0 && closed == out.length - 1 -> {
                    // Right after quoted text, a new quote would make "''" (an apostrophe):
                    // the character joins that section instead. An empty section ('', an
                    // apostrophe) stays an apostrophe inside it.
                    val empty = closed == opened + 1
                    out.setLength(closed)
                    if (empty) out.append("''")
                    out.append(c).append('\'')
                    closed = out.length - 1
                }
                !quoted && c in RESERVED -> {
                    opened = out.length
                    out.append('\'').append(c).append('\'')
                    closed = out.length - 1
                }
                else -> out.append(c)
            }
        }
        return out.toString()
    }
}
