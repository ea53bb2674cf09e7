package hearth.android

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
import uniffi.hearth.eraseStore

/** The shell's KeyVault (WrappedKeyVault) as the core's port, with the real core. */
class VaultWithCoreTest {
    @TempDir lateinit var tmp: Path

    @Test
    fun `a new store's key is wrapped into the no-backup file and opens the store again`() {
        val phone = Phone(tmp)
        val id = phone.use { it.recordCheckin(CheckInInput(mood = 4, source = EntrySource.APP)).id }
        assertTrue(Files.size(tmp.resolve("no_backup/hearth-datakey.wrapped")) > 32)
        assertEquals(4, phone.use { it.getCheckin(id).mood })
    }

    @Test
    fun `a keystore that lost its key makes the store KeyMissing, and nothing is overwritten`() {
        val phone = Phone(tmp)
        phone.use { it.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP)) }
        val before = Files.readAllBytes(tmp.resolve("no_backup/hearth-datakey.wrapped"))
        phone.wrapper.key = null
        assertThrows<HearthException.KeyMissing> { phone.use { } }
        assertTrue(before.contentEquals(Files.readAllBytes(tmp.resolve("no_backup/hearth-datakey.wrapped"))))
    }

    @Test
    fun `a wrapped key altered on disk is WrongKey`() {
        val phone = Phone(tmp)
        phone.use { it.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP)) }
        val p = tmp.resolve("no_backup/hearth-datakey.wrapped")
        val b = Files.readAllBytes(p)
        b[b.size - 5] = (b[b.size - 5].toInt() xor 0x40).toByte()
        Files.write(p, b)
        assertThrows<HearthException.WrongKey> { phone.use { } }
    }

    @Test
    fun `erase deletes the wrapped key, the keystore key and the store`() {
        val phone = Phone(tmp)
        phone.use { it.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP)) }
        val removed = eraseStore(phone.storeDir, phone.vault)
        assertTrue(removed.isNotEmpty())
        assertFalse(Files.exists(tmp.resolve("no_backup/hearth-datakey.wrapped")))
        assertEquals(1, phone.wrapper.forgets)
        // Starting again gives an empty journal with a new key.
        assertEquals(emptyList<Any>(), phone.use { it.listCheckins(null, null) })
    }
}
