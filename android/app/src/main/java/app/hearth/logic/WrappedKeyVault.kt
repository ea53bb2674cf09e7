package app.hearth.logic

import java.io.File
import java.io.FileOutputStream
import java.io.IOException
import javax.crypto.AEADBadTagException
import uniffi.hearth.KeyVault
import uniffi.hearth.KeyVaultException

/** AES-256-GCM under a key that never leaves its keeper (on Android: AndroidKeyStore). */
interface KeyWrapper {
    /** Encrypts [plain] under a fresh random IV, creating the wrapping key if there is none. */
    fun wrap(plain: ByteArray, aad: ByteArray): Wrapped

    /** Decrypts; throws [WrappingKeyGone] if the wrapping key no longer exists. */
    fun unwrap(w: Wrapped, aad: ByteArray): ByteArray

    /** Deletes the wrapping key. */
    fun forget()

    class Wrapped(val iv: ByteArray, val ciphertext: ByteArray)

    /** The wrapping key is not there (never made, deleted, or wiped with the keystore). */
    class WrappingKeyGone(message: String) : Exception(message)

    /** The wrapping key exists but the keystore refuses it (e.g. permanently invalidated). */
    class WrappingKeyRefused(message: String, cause: Throwable? = null) : Exception(message, cause)
}

/**
 * The core's [KeyVault] port over a [KeyWrapper]: the 32-byte data key is kept only as
 * `AES-GCM(wrapping key, data key)` in one small file (on Android, in noBackupFilesDir),
 * never in the clear. Plain Kotlin (java.io + javax.crypto), so the JVM tests run it with
 * a software wrapper against the real core; on a phone [app.hearth.core.KeystoreWrapper]
 * supplies the non-exportable AndroidKeyStore key.
 *
 * File: "HKW1" | iv length (1 byte) | iv | ciphertext‖tag. The AAD binds it to its purpose.
 *
 * How failures reach the core (which turns them into typed HearthErrors):
 * - no file → null (a new store gets a new key);
 * - file present, wrapping key gone → null; the core reports KeyMissing for an existing
 *   store, so nothing is overwritten;
 * - authentication fails, or the keystore refuses the key → Rejected (WrongKey);
 * - a damaged file → Rejected; I/O or keystore trouble → Unavailable (Vault).
 */
class WrappedKeyVault(private val file: File, private val wrapper: KeyWrapper) : KeyVault {

    override fun loadKey(): ByteArray? {
        if (!file.exists()) return null
        val bytes = try {
            file.readBytes()
        } catch (e: IOException) {
            throw KeyVaultException.Unavailable("cannot read the wrapped key: ${e.javaClass.simpleName}")
        }
        val w = decode(bytes) ?: throw KeyVaultException.Rejected("the wrapped key file is damaged")
        return try {
            wrapper.unwrap(w, AAD)
        } catch (e: KeyWrapper.WrappingKeyGone) {
            null
        } catch (e: AEADBadTagException) {
            throw KeyVaultException.Rejected("the wrapped key does not open with this phone's key")
        } catch (e: KeyWrapper.WrappingKeyRefused) {
            throw KeyVaultException.Rejected(e.message ?: "the keystore refused the wrapping key")
        } catch (e: Exception) {
            throw KeyVaultException.Unavailable("keystore: ${e.javaClass.simpleName}")
        }
    }

    override fun storeKey(key: ByteArray) {
        val w = try {
            wrapper.wrap(key, AAD)
        } catch (e: Exception) {
            throw KeyVaultException.Unavailable("keystore: ${e.javaClass.simpleName}")
        } finally {
            key.fill(0) // our copy of the data key; Rust keeps its own
        }
        try {
            writeAtomically(encode(w))
        } catch (e: IOException) {
            throw KeyVaultException.Unavailable("cannot write the wrapped key: ${e.javaClass.simpleName}")
        }
    }

    override fun deleteKey() {
        val gone = !file.exists() || file.delete()
        try {
            wrapper.forget()
        } catch (e: Exception) {
            throw KeyVaultException.Unavailable("keystore: ${e.javaClass.simpleName}")
        }
        if (!gone) throw KeyVaultException.Unavailable("cannot delete the wrapped key file")
    }

    private fun writeAtomically(bytes: ByteArray) {
        file.parentFile?.mkdirs()
        val tmp = File(file.parentFile, file.name + ".tmp")
        FileOutputStream(tmp).use { out ->
            out.write(bytes)
            out.fd.sync()
        }
        if (!tmp.renameTo(file)) {
            tmp.delete()
            throw IOException("rename failed")
        }
    }

    companion object {
        private val MAGIC = "HKW1".toByteArray(Charsets.US_ASCII)
        val AAD: ByteArray = "hearth data key v1".toByteArray(Charsets.US_ASCII)

        fun encode(w: KeyWrapper.Wrapped): ByteArray {
            require(w.iv.size in 1..255)
            return MAGIC + byteArrayOf(w.iv.size.toByte()) + w.iv + w.ciphertext
        }

        fun decode(b: ByteArray): KeyWrapper.Wrapped? {
            if (b.size < MAGIC.size + 1 || !b.copyOfRange(0, MAGIC.size).contentEquals(MAGIC)) return null
            val ivLen = b[MAGIC.size].toInt() and 0xFF
            val start = MAGIC.size + 1
            if (ivLen == 0 || b.size <= start + ivLen) return null
            return KeyWrapper.Wrapped(b.copyOfRange(start, start + ivLen), b.copyOfRange(start + ivLen, b.size))
        }
    }
}
