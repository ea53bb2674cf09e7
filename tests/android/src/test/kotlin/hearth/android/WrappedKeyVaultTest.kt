package hearth.android

import app.hearth.logic.KeyWrapper
import app.hearth.logic.WrappedKeyVault
import java.nio.file.Files
import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.KeyVaultException

/** The vault logic alone (no core): file format, failures, and that the key is never on disk in the clear. */
class WrappedKeyVaultTest {
    @TempDir lateinit var tmp: Path

    private fun vault(w: SoftwareWrapper = SoftwareWrapper()) = w to WrappedKeyVault(tmp.resolve("k/key.wrapped").toFile(), w)

    @Test
    fun `no file means no key yet`() {
        assertNull(vault().second.loadKey())
    }

    @Test
    fun `a stored key comes back, and the file never holds it in the clear`() {
        val (_, v) = vault()
        val key = ByteArray(32) { (it * 7 + 1).toByte() }
        v.storeKey(key.copyOf())
        val file = Files.readAllBytes(tmp.resolve("k/key.wrapped"))
        assertEquals("HKW1", String(file.copyOfRange(0, 4)))
        assertFalse(file.toList().windowed(32).any { it.toByteArray().contentEquals(key) })
        assertArrayEquals(key, v.loadKey())
    }

    @Test
    fun `storeKey wipes the copy it was handed`() {
        val (_, v) = vault()
        val key = ByteArray(32) { 9 }
        v.storeKey(key)
        assertTrue(key.all { it == 0.toByte() })
    }

    @Test
    fun `a changed byte is refused (Rejected), not silently accepted`() {
        val (_, v) = vault()
        v.storeKey(ByteArray(32) { 1 })
        val p = tmp.resolve("k/key.wrapped")
        val b = Files.readAllBytes(p)
        b[b.size - 1] = (b[b.size - 1].toInt() xor 1).toByte()
        Files.write(p, b)
        assertThrows<KeyVaultException.Rejected> { v.loadKey() }
        Files.write(p, byteArrayOf(1, 2, 3))
        assertThrows<KeyVaultException.Rejected> { v.loadKey() }
    }

    @Test
    fun `a wrapping key that is gone means no key (the core then says KeyMissing)`() {
        val (w, v) = vault()
        v.storeKey(ByteArray(32) { 2 })
        w.key = null
        assertNull(v.loadKey())
    }

    @Test
    fun `a keystore that refuses or fails maps to Rejected or Unavailable`() {
        val refusing = object : KeyWrapper by SoftwareWrapper() {
            override fun unwrap(w: KeyWrapper.Wrapped, aad: ByteArray): ByteArray = throw KeyWrapper.WrappingKeyRefused("invalidated")
        }
        val v = WrappedKeyVault(tmp.resolve("r").toFile(), refusing)
        v.storeKey(ByteArray(32))
        assertThrows<KeyVaultException.Rejected> { v.loadKey() }

        val broken = object : KeyWrapper by SoftwareWrapper() {
            override fun wrap(plain: ByteArray, aad: ByteArray): KeyWrapper.Wrapped = throw IllegalStateException("keystore busy")
        }
        assertThrows<KeyVaultException.Unavailable> { WrappedKeyVault(tmp.resolve("b").toFile(), broken).storeKey(ByteArray(32)) }
    }

    @Test
    fun `deleteKey removes the file and the wrapping key`() {
        val (w, v) = vault()
        v.storeKey(ByteArray(32) { 3 })
        v.deleteKey()
        assertFalse(Files.exists(tmp.resolve("k/key.wrapped")))
        assertEquals(1, w.forgets)
        assertNull(v.loadKey())
    }

    @Test
    fun `the blob format round-trips and rejects garbage`() {
        val w = KeyWrapper.Wrapped(ByteArray(12) { 5 }, ByteArray(48) { 6 })
        val back = WrappedKeyVault.decode(WrappedKeyVault.encode(w))!!
        assertArrayEquals(w.iv, back.iv)
        assertArrayEquals(w.ciphertext, back.ciphertext)
        assertNull(WrappedKeyVault.decode("HKW1".toByteArray()))
        assertNull(WrappedKeyVault.decode("XXXX\u000cabcdefghijklmnop".toByteArray()))
    }
}
