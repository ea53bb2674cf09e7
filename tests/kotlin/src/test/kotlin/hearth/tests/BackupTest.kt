package hearth.tests

import java.nio.file.Files
import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.Entry
import uniffi.hearth.HearthException

/**
 * Encrypted backups (age, scrypt). Every backup or restore that reaches scrypt costs about
 * 1.5 s, so the whole class makes four such calls: one backup and three restores.
 */
class BackupTest {
    @TempDir lateinit var tmp: Path

    private val passphrase = "correct horse battery"

    @Test
    fun `a backup restores the same export, and a wrong passphrase or a cut-off file changes nothing`() {
        val file = tmp.resolve("hearth-backup.age")
        val export = openStore(tmp.resolve("a"), MemoryVault()).use { a ->
            a.fillWithEveryKind()
            a.backup(file.toString(), passphrase) // scrypt 1
            a.exportJson()
        }
        val sealed = Files.readAllBytes(file)
        assertTrue(sealed.size > 100)
        assertTrue(String(sealed.copyOfRange(0, 21), Charsets.US_ASCII).startsWith("age-encryption.org/v1"), "an age v1 file")
        assertFalse(String(sealed, Charsets.ISO_8859_1).contains(PORTABLE_NOTE), "the note is not in the clear")

        openStore(tmp.resolve("b"), MemoryVault()).use { b ->
            val empty = b.exportJson()

            // Observed: a wrong passphrase is InvalidInput on "passphrase" (not WrongKey, which is the store key).
            val wrong = assertThrows<HearthException> { b.restore(file.toString(), "incorrect horse battery") } // scrypt 2
            assertTrue(wrong is HearthException.InvalidInput, "wrong passphrase: $wrong")
            assertFalse(wrong is HearthException.Internal || wrong is HearthException.WrongKey)
            assertEquals("passphrase", (wrong as HearthException.InvalidInput).field, wrong.reason)
            assertEquals(empty, b.exportJson(), "nothing imported after a wrong passphrase")
            assertEquals(emptyList<Entry>(), b.listEntries(null, null))

            // Cut off in the payload: the header still parses, so this reaches scrypt and then fails authentication.
            val cut = tmp.resolve("cut.age")
            Files.write(cut, sealed.copyOfRange(0, sealed.size - 40))
            val damaged = assertThrows<HearthException> { b.restore(cut.toString(), passphrase) } // scrypt 3
            assertTrue(damaged is HearthException.InvalidInput, "cut-off file: $damaged")
            assertEquals("backup", (damaged as HearthException.InvalidInput).field, damaged.reason)
            assertEquals(empty, b.exportJson(), "nothing imported from a cut-off file")

            // A phone that allows less memory than the backup asks for refuses it before any scrypt work.
            val capped = assertThrows<HearthException> { b.restore(file.toString(), passphrase, maxWorkFactor = 16u) }
            assertEquals("backup", (capped as HearthException.InvalidInput).field, capped.reason)
            assertTrue(capped.reason.contains("work factor 18"), capped.reason)
            assertEquals(empty, b.exportJson(), "nothing imported from a refused backup")

            val restored = b.restore(file.toString(), passphrase) // scrypt 4
            assertTrue(restored.created > 0u, "$restored")
            assertEquals(Triple(2, 0, 0), restored.counts("check_ins"))
            // Reminders and the safety plan always exist (as defaults), so restoring them is an update.
            assertEquals(2u, restored.updated, "$restored")
            assertEquals(Triple(0, 1, 0), restored.counts("reminders"))
            assertEquals(Triple(0, 1, 0), restored.counts("safety_plan"))
            assertEquals(export, b.exportJson(), "the restored store exports the same bytes")
        }
    }

    @Test
    fun `files that are not backups are refused before any key derivation, and change nothing`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.recordCheckin(checkin(3))
            val before = h.exportJson()

            val missing = tmp.resolve("no-such.age").toString()
            assertEquals("backup", invalidField { h.restore(missing, passphrase) })

            val header = tmp.resolve("header-only.age")
            Files.write(header, "age-encryption.org/v1\n".toByteArray())
            assertEquals("backup", invalidField { h.restore(header.toString(), passphrase) })

            val plain = tmp.resolve("plain.json")
            Files.writeString(plain, before)
            assertEquals("backup", invalidField { h.restore(plain.toString(), passphrase) })

            assertEquals(before, h.exportJson())
        }
    }

    @Test
    fun `a passphrase shorter than 8 characters or an empty path is InvalidInput and writes no file`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.recordCheckin(checkin(3))
            val file = tmp.resolve("short.age")
            assertEquals("passphrase", invalidField { h.backup(file.toString(), "hunter2") })
            assertEquals("passphrase", invalidField { h.backup(file.toString(), "") })
            assertFalse(Files.exists(file), "no file written")
            assertEquals("path", invalidField { h.backup("  ", passphrase) })
            assertNotEquals(0, h.listEntries(null, null).size)
        }
    }
}
