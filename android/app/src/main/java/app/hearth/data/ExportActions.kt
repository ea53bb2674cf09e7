package app.hearth.data

import uniffi.hearth.Hearth
import uniffi.hearth.ImportSummary

/**
 * Every call to the core's portability API (export, import, backup, restore, therapist
 * summary) in one small file, so the rest of the shell does not depend on its exact
 * shape. All of it runs on the core thread; the files it names are private temp files
 * that DataActivity copies to or from the place the person chose.
 */
object ExportActions {
    /** Everything, as the core's documented JSON export (import reads it back). */
    fun exportJson(h: Hearth): String = h.exportJson()

    /** Check-ins as CSV for a spreadsheet. */
    fun exportCsv(h: Hearth): String = h.exportCsv()

    /** A summary a person can bring to their therapist (HTML, printable), all time. */
    fun therapistSummary(h: Hearth, includeNotes: Boolean): String = h.therapistSummary(null, null, includeNotes)

    fun importJson(h: Hearth, json: String): ImportSummary = h.importJson(json)

    /** An encrypted backup file under [passphrase], written to [path]. */
    fun backup(h: Hearth, path: String, passphrase: String) = h.backup(path, passphrase)

    /** Restores an encrypted backup from [path] into this journal. */
    fun restore(h: Hearth, path: String, passphrase: String): ImportSummary = h.restore(path, passphrase)

    /** Totals of an import or restore, for one plain sentence. */
    data class Counts(val created: Int, val updated: Int, val unchanged: Int)

    fun counts(s: ImportSummary): Counts = Counts(s.created.toInt(), s.updated.toInt(), s.unchanged.toInt())
}
