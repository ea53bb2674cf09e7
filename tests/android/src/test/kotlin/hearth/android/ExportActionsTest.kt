package hearth.android

import app.hearth.data.ExportActions
import java.nio.file.Files
import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.HearthException

/** The Your-data screen's calls (ExportActions) against the real core, files as DataActivity uses them. */
class ExportActionsTest {
    @TempDir lateinit var tmp: Path

    private fun seeded(dir: Path): Phone = Phone(dir).also { p ->
        p.use { h ->
            h.recordCheckin(CheckInInput(mood = 4, source = EntrySource.APP, note = "walked with Sam", at = paris(2026, 11, 27, 9), utcOffsetSeconds = 3600))
            h.recordCheckin(CheckInInput(mood = 2, source = EntrySource.WIDGET, at = paris(2026, 11, 28, 9), utcOffsetSeconds = 3600))
        }
    }

    @Test
    fun `a JSON export imports into a new phone, and again changes nothing`() {
        val json = seeded(tmp.resolve("a")).use { ExportActions.exportJson(it) }
        val b = Phone(tmp.resolve("b"))
        val first = b.use { ExportActions.counts(ExportActions.importJson(it, json)) }
        assertTrue(first.created >= 2, first.toString())
        val again = b.use { ExportActions.counts(ExportActions.importJson(it, json)) }
        assertEquals(0, again.created, again.toString())
        assertEquals(0, again.updated, again.toString())
        assertTrue(again.unchanged >= first.created, again.toString())
        assertEquals(2, b.use { it.listCheckins(null, null).size })
    }

    @Test
    fun `CSV and the therapist summary come back as text, notes only when asked`() {
        val a = seeded(tmp.resolve("a"))
        val csv = a.use { ExportActions.exportCsv(it) }
        assertEquals(3, csv.trim().lines().size, csv)
        val without = a.use { ExportActions.therapistSummary(it, includeNotes = false) }
        val with = a.use { ExportActions.therapistSummary(it, includeNotes = true) }
        assertTrue(without.contains("<html", ignoreCase = true))
        assertFalse(without.contains("walked with Sam"))
        assertTrue(with.contains("walked with Sam"))
    }

    @Test
    fun `an encrypted backup written to a temp file restores elsewhere with the passphrase only`() {
        val file = tmp.resolve("cache/backup.tmp")
        Files.createDirectories(file.parent)
        seeded(tmp.resolve("a")).use { ExportActions.backup(it, file.toString(), "correct horse battery staple") }
        val bytes = Files.readAllBytes(file)
        assertFalse(String(bytes, Charsets.ISO_8859_1).contains("walked with Sam"), "the backup is encrypted")

        val b = Phone(tmp.resolve("b"))
        assertThrows<HearthException.InvalidInput> { b.use { ExportActions.restore(it, file.toString(), "wrong") } }
        assertEquals(0, b.use { it.listCheckins(null, null).size }, "a wrong passphrase changes nothing")
        val c = b.use { ExportActions.counts(ExportActions.restore(it, file.toString(), "correct horse battery staple")) }
        assertTrue(c.created >= 2)
        assertEquals(2, b.use { it.listCheckins(null, null).size })
    }
}
