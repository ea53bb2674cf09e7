package hearth.android

import app.hearth.logic.Clock
import app.hearth.logic.KeyWrapper
import app.hearth.logic.WrappedKeyVault
import java.nio.file.Path
import java.security.SecureRandom
import java.time.Instant
import java.time.ZoneId
import java.time.ZonedDateTime
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec
import uniffi.hearth.Cadence
import uniffi.hearth.Hearth
import uniffi.hearth.PlannedReminder
import uniffi.hearth.QuickMood

/**
 * A software stand-in for AndroidKeyStore: an AES-256-GCM key in memory, the same cipher
 * and AAD as KeystoreWrapper. The shell's vault logic (WrappedKeyVault) runs unchanged,
 * in the JVM tests and under Robolectric (which has no AndroidKeyStore) alike.
 */
class SoftwareWrapper : KeyWrapper {
    @Volatile var key: SecretKey? = null
    var forgets = 0

    override fun wrap(plain: ByteArray, aad: ByteArray): KeyWrapper.Wrapped {
        val k = key ?: KeyGenerator.getInstance("AES").apply { init(256) }.generateKey().also { key = it }
        val iv = ByteArray(12).also { SecureRandom().nextBytes(it) }
        val c = Cipher.getInstance("AES/GCM/NoPadding")
        c.init(Cipher.ENCRYPT_MODE, k, GCMParameterSpec(128, iv))
        c.updateAAD(aad)
        return KeyWrapper.Wrapped(iv, c.doFinal(plain))
    }

    override fun unwrap(w: KeyWrapper.Wrapped, aad: ByteArray): ByteArray {
        val k = key ?: throw KeyWrapper.WrappingKeyGone("no key")
        val c = Cipher.getInstance("AES/GCM/NoPadding")
        c.init(Cipher.DECRYPT_MODE, k, GCMParameterSpec(128, w.iv))
        c.updateAAD(aad)
        return c.doFinal(w.ciphertext)
    }

    override fun forget() {
        key = null
        forgets++
    }
}

/** The store as the app lays it out: dir/store and the wrapped key beside it. */
class Phone(val dir: Path, val wrapper: SoftwareWrapper = SoftwareWrapper()) {
    val vault = WrappedKeyVault(dir.resolve("no_backup/hearth-datakey.wrapped").toFile(), wrapper)
    val storeDir: String = dir.resolve("files/store").toString()

    fun <T> use(block: (Hearth) -> T): T = Hearth.open(storeDir, vault).use(block)

    /**
     * The person has answered "reminders: yes" (issue #21: nothing is planned before an
     * answer). The journal the reminder tests written before #21 assume.
     */
    fun remindersChosen(): Phone = apply { use { it.setShellSetting(app.hearth.logic.ReminderChoice.SETTING_NAME, "on") } }
}

val PARIS: ZoneId = ZoneId.of("Europe/Paris")

fun paris(y: Int, mo: Int, d: Int, h: Int, mi: Int = 0): Instant = ZonedDateTime.of(y, mo, d, h, mi, 0, 0, PARIS).toInstant()

/** A clock that can be moved by hand. */
class FixedClock(var now: Instant, val zone: ZoneId = PARIS) {
    val clock = Clock(now = { now }, zone = { zone })
}

fun reminder(id: String, at: Instant, message: String = "How are you feeling right now?", messageId: String = "gentle.1") =
    PlannedReminder(
        at = at, id = id, messageId = messageId, message = message, localDate = "2026-01-01",
        localYear = 2026, localMonth = 1u, localDay = 1u, localHour = 20u, localMinute = 0u, cadence = Cadence.DAILY,
    )

fun quickMoods(): List<QuickMood> = listOf("Awful", "Bad", "Okay", "Good", "Great").mapIndexed { i, l ->
    QuickMood(i + 1, l, "Record mood: ${l.lowercase()}, ${i + 1} of 5")
}
