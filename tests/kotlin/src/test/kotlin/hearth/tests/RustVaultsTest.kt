package hearth.tests

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermission
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.HearthException
import uniffi.hearth.desktopKeyVault
import uniffi.hearth.fileKeyVault
import uniffi.hearth.passphraseKeyVault

/** The vaults implemented in Rust and handed to Kotlin as KeyVault objects. */
class RustVaultsTest {
    @TempDir lateinit var tmp: Path

    private val ownerOnly = setOf(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)

    @Test
    fun `fileKeyVault creates a 0600 key file and reopens the store`() {
        val keyFile = tmp.resolve("hearth.key")
        val saved = openStore(tmp, fileKeyVault(keyFile.toString())).use { h ->
            h.recordCheckin(checkin(4)).also { h.lock() }
        }
        assertEquals(ownerOnly, Files.getPosixFilePermissions(keyFile))
        openStore(tmp, fileKeyVault(keyFile.toString())).use { h ->
            assertEquals(saved, h.getCheckin(saved.id))
        }
        // A different key file holds a different key.
        openStore(tmp.resolve("other"), fileKeyVault(tmp.resolve("other.key").toString())).use { it.lock() }
        assertThrows<HearthException.WrongKey> { openStore(tmp, fileKeyVault(tmp.resolve("other.key").toString())) }
    }

    @Test
    fun `passphraseKeyVault opens with the right passphrase and refuses a wrong one`() {
        // Each open runs PBKDF2 with 600k rounds: three opens only.
        val vaultFile = tmp.resolve("vault.json").toString()
        val saved = openStore(tmp, passphraseKeyVault(vaultFile, "correct horse battery staple")).use { h ->
            h.recordCheckin(checkin(2)).also { h.lock() }
        }
        assertEquals(ownerOnly, Files.getPosixFilePermissions(Path.of(vaultFile)))
        assertThrows<HearthException.WrongKey> { openStore(tmp, passphraseKeyVault(vaultFile, "correct horse battery stapler")) }
        openStore(tmp, passphraseKeyVault(vaultFile, "correct horse battery staple")).use { h ->
            assertEquals(saved, h.getCheckin(saved.id))
        }
    }

    @Test
    fun `desktopKeyVault without a passphrase uses a key file in the store dir`() {
        val dir = tmp.resolve("store")
        Files.createDirectories(dir)
        val saved = openStore(tmp, desktopKeyVault(dir.toString(), null)).use { h ->
            h.recordCheckin(checkin(3)).also { h.lock() }
        }
        openStore(tmp, desktopKeyVault(dir.toString(), null)).use { h ->
            assertEquals(saved, h.getCheckin(saved.id))
        }
        assertEquals("passphrase", assertThrows<HearthException.InvalidInput> { desktopKeyVault(dir.toString(), "") }.field)
    }
}
