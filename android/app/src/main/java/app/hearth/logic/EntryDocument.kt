package app.hearth.logic

/**
 * One entry of the core's JSON export, cut out character for character, as a one-entry
 * export document (`{"format": …, "version": …, "entries": [<the entry>]}`). Importing
 * that document puts the entry back exactly as it was (the core's import upserts by id),
 * which is how a deletion is undone: same id, time, offset, source and content, with no
 * field rebuilt by the shell. The same approach as the iOS shell's `EntryDocument`.
 *
 * The entry is cut out of the export text rather than decoded and encoded again, so
 * nothing about it (a number's spelling, an escaped character) can change on the way.
 */
object EntryDocument {
    /**
     * The one-entry document for the entry [id] in [export] (the core's `exportJson`),
     * or null when the export has no such entry or cannot be read.
     */
    fun extract(id: String, export: String): String? {
        val root = firstValue(export) ?: return null
        if (export[root.first] != '{') return null
        val members = members(export, root)
        val format = members["format"] ?: return null
        val version = members["version"] ?: return null
        val entries = members["entries"] ?: return null
        if (export[entries.first] != '[') return null
        val wanted = quoted(id)
        // The export lists entries oldest first and people mostly delete recent ones.
        for (element in elements(export, entries).asReversed()) {
            if (export[element.first] != '{') continue
            val idRange = members(export, element)["id"] ?: continue
            if (export.substring(idRange.first, idRange.last + 1) != wanted) continue
            fun text(r: IntRange) = export.substring(r.first, r.last + 1)
            return "{\"format\": ${text(format)}, \"version\": ${text(version)}, \"entries\": [${text(element)}]}\n"
        }
        return null
    }

    /** [s] as a JSON string literal, escaped as the core writes it (serde_json). */
    private fun quoted(s: String): String = buildString {
        append('"')
        for (c in s) when {
            c == '"' -> append("\\\"")
            c == '\\' -> append("\\\\")
            c == '\n' -> append("\\n")
            c == '\r' -> append("\\r")
            c == '\t' -> append("\\t")
            c < ' ' -> append("\\u%04x".format(c.code))
            else -> append(c)
        }
        append('"')
    }

    private fun isSpace(c: Char) = c == ' ' || c == '\t' || c == '\n' || c == '\r'

    private fun skipSpace(s: String, from: Int): Int {
        var i = from
        while (i < s.length && isSpace(s[i])) i++
        return i
    }

    private fun firstValue(s: String): IntRange? {
        val start = skipSpace(s, 0)
        if (start >= s.length) return null
        return start until valueEnd(s, start)
    }

    /** An object's members: key (as written, unescaped only of nothing) → its value's range. */
    private fun members(s: String, obj: IntRange): Map<String, IntRange> {
        val out = mutableMapOf<String, IntRange>()
        val end = obj.last + 1
        var i = obj.first + 1
        while (true) {
            i = skipSpace(s, i)
            if (i >= end || s[i] != '"') return out
            val keyEnd = valueEnd(s, i)
            val key = s.substring(i + 1, keyEnd - 1)
            i = skipSpace(s, keyEnd)
            if (i >= end || s[i] != ':') return out
            val valueStart = skipSpace(s, i + 1)
            val valueEnd = valueEnd(s, valueStart)
            out[key] = valueStart until valueEnd
            i = skipSpace(s, valueEnd)
            if (i >= end || s[i] != ',') return out
            i++
        }
    }

    private fun elements(s: String, array: IntRange): List<IntRange> {
        val out = mutableListOf<IntRange>()
        val end = array.last + 1
        var i = array.first + 1
        while (true) {
            i = skipSpace(s, i)
            if (i >= end - 1) return out
            val e = valueEnd(s, i)
            out += i until e
            i = skipSpace(s, e)
            if (i >= end || s[i] != ',') return out
            i++
        }
    }

    /** The index just past the value that starts at [start] (well-formed JSON assumed). */
    private fun valueEnd(s: String, start: Int): Int {
        var i = start
        var depth = 0
        var inString = false
        while (i < s.length) {
            val c = s[i]
            if (inString) {
                if (c == '\\') i++ else if (c == '"') {
                    inString = false
                    if (depth == 0) return i + 1
                }
            } else if (c == '"') {
                inString = true
            } else if (c == '{' || c == '[') {
                depth++
            } else if (c == '}' || c == ']') {
                if (depth == 0) return i
                depth--
                if (depth == 0) return i + 1
            } else if (depth == 0 && (c == ',' || isSpace(c))) {
                return i
            }
            i++
        }
        return i
    }
}
