package hearth.tests

import java.nio.file.Files
import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.HearthException
import uniffi.hearth.KeyVault
import uniffi.hearth.KeyVaultException
import uniffi.hearth.eraseStore

/** A KeyVault written in Kotlin is called by Rust, and its errors come back typed. */
class KotlinVaultTest {
    @TempDir lateinit var tmp: Path

    @Test
    fun `a new store hands one 32-byte key to storeKey and reopening reads the data back`() {
        val vault = MemoryVault()
        val id = openStore(tmp, vault).use { h ->
            assertEquals(1, vault.stores.get(), "storeKey is called once, on creation")
            assertEquals(32, vault.held()!!.size)
            h.recordCheckin(checkin(5)).id.also { h.lock() }
        }
        val key = vault.held()!!

        openStore(tmp, vault).use { h ->
            assertEquals(5, h.getCheckin(id).mood)
        }
        assertEquals(1, vault.stores.get(), "reopening does not store a new key")
        assertTrue(vault.loads.get() >= 2)
        assertTrue(key.contentEquals(vault.held()!!))
    }

    @Test
    fun `two stores get two different keys`() {
        val a = MemoryVault()
        val b = MemoryVault()
        openStore(tmp.resolve("a"), a).use { }
        openStore(tmp.resolve("b"), b).use { }
        assertFalse(a.held()!!.contentEquals(b.held()!!))
    }

    @Test
    fun `a Kotlin vault that throws Unavailable surfaces as HearthException Vault`() {
        val e = assertThrows<HearthException.Vault> { openStore(tmp, UnavailableVault()) }
        assertTrue(e.detail.contains("keystore is offline"), e.detail)
    }

    @Test
    fun `a Kotlin vault that throws Rejected surfaces as WrongKey`() {
        val rejecting = object : KeyVault {
            override fun loadKey(): ByteArray? = throw KeyVaultException.Rejected("key invalidated by new biometrics")
            override fun storeKey(key: ByteArray) = throw KeyVaultException.Rejected("no")
            override fun deleteKey() {}
        }
        val e = assertThrows<HearthException.WrongKey> { openStore(tmp, rejecting) }
        assertTrue(e.detail.contains("biometrics"), e.detail)
    }

    @Test
    fun `a vault that fails to store the new key leaves no store behind`() {
        val failingStore = object : KeyVault {
            override fun loadKey(): ByteArray? = null
            override fun storeKey(key: ByteArray) = throw KeyVaultException.Unavailable("disk full")
            override fun deleteKey() {}
        }
        assertThrows<HearthException.Vault> { openStore(tmp, failingStore) }
        // The key was never kept, so a store must not exist that nothing can open.
        assertFalse(Files.exists(tmp.resolve("store").resolve("hearth.db")))
    }

    @Test
    fun `an unexpected Kotlin exception in the vault is reported, not a crash`() {
        val buggy = object : KeyVault {
            override fun loadKey(): ByteArray? = throw IllegalStateException("bug in shell")
            override fun storeKey(key: ByteArray) {}
            override fun deleteKey() {}
        }
        assertThrows<HearthException.Vault> { openStore(tmp, buggy) }
    }

    @Test
    fun `a store whose vault lost its key is KeyMissing`() {
        openStore(tmp, MemoryVault()).use { it.recordCheckin(checkin(3)); it.lock() }
        assertThrows<HearthException.KeyMissing> { openStore(tmp, MemoryVault()) }
    }

    @Test
    fun `eraseStore deletes the key through the Kotlin vault and removes the files`() {
        val vault = MemoryVault()
        openStore(tmp, vault).use { it.recordCheckin(checkin(3)); it.lock() }
        val removed = eraseStore(tmp.resolve("store").toString(), vault)
        assertEquals(1, vault.deletes.get())
        assertNull(vault.held())
        assertTrue(removed.isNotEmpty())
        removed.forEach { assertFalse(Files.exists(Path.of(it)), it) }

        // A fresh store is created in its place, with a new key.
        openStore(tmp, vault).use { h ->
            assertEquals(emptyList<Any>(), h.listCheckins(null, null))
        }
        assertEquals(2, vault.stores.get())
        assertNotNull(vault.held())
    }
}
