package app.hearth.core

import android.os.Build
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.KeyProperties
import app.hearth.logic.KeyWrapper
import app.hearth.logic.StrongBoxFallback
import java.security.KeyStore
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/**
 * The wrapping key: AES-256-GCM, generated inside AndroidKeyStore and never exportable
 * (keystore keys cannot be extracted; with StrongBox, where the phone has it, they live
 * in a separate secure chip). It wraps Hearth's data key; the wrapped blob is a file in
 * noBackupFilesDir (see [Stores]).
 *
 * No user authentication is required to use it: the widget and the reminder buttons must
 * record a mood with one tap, without opening the app. The key is tied to this device and
 * this app's uid; uninstalling the app deletes it (and so makes the store unreadable).
 */
class KeystoreWrapper(private val alias: String = ALIAS) : KeyWrapper {

    private fun keyStore(): KeyStore = KeyStore.getInstance(PROVIDER).apply { load(null) }

    private fun existing(): SecretKey? = (keyStore().getEntry(alias, null) as? KeyStore.SecretKeyEntry)?.secretKey

    private fun create(): SecretKey {
        fun spec(strongBox: Boolean): KeyGenParameterSpec =
            KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
                .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                .setKeySize(256)
                .setRandomizedEncryptionRequired(true)
                .apply { if (strongBox && Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) setIsStrongBoxBacked(true) }
                .build()

        // StrongBox where offered; any failure of it (not only StrongBoxUnavailableException)
        // falls back to the TEE-backed keystore (see StrongBoxFallback).
        return StrongBoxFallback.generate(
            strongBoxOffered = Build.VERSION.SDK_INT >= Build.VERSION_CODES.P,
            attempt = { strongBox ->
                val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, PROVIDER)
                generator.init(spec(strongBox))
                generator.generateKey()
            },
            discard = { forget() },
        )
    }

    override fun wrap(plain: ByteArray, aad: ByteArray): KeyWrapper.Wrapped {
        val key = existing() ?: create()
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.ENCRYPT_MODE, key) // the keystore picks a fresh random IV
        cipher.updateAAD(aad)
        val ct = cipher.doFinal(plain)
        return KeyWrapper.Wrapped(cipher.iv, ct)
    }

    override fun unwrap(w: KeyWrapper.Wrapped, aad: ByteArray): ByteArray {
        val key = existing() ?: throw KeyWrapper.WrappingKeyGone("no keystore entry $alias")
        val cipher = Cipher.getInstance(TRANSFORMATION)
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(TAG_BITS, w.iv))
        } catch (e: KeyPermanentlyInvalidatedException) {
            throw KeyWrapper.WrappingKeyRefused("the keystore invalidated the wrapping key", e)
        }
        cipher.updateAAD(aad)
        return cipher.doFinal(w.ciphertext) // AEADBadTagException if the blob was altered
    }

    override fun forget() {
        val ks = keyStore()
        if (ks.containsAlias(alias)) ks.deleteEntry(alias)
    }

    companion object {
        const val PROVIDER = "AndroidKeyStore"
        const val ALIAS = "hearth.datakey.wrap.v1"
        private const val TRANSFORMATION = "AES/GCM/NoPadding"
        private const val TAG_BITS = 128
    }
}
