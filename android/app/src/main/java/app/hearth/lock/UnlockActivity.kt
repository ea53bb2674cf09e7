package app.hearth.lock

import android.app.Activity
import android.app.KeyguardManager
import android.content.Context
import android.content.Intent
import android.hardware.biometrics.BiometricPrompt
import android.os.Build
import android.os.Bundle
import android.os.CancellationSignal
import app.hearth.HearthApp
import app.hearth.R

/**
 * Asks the phone to confirm it is the person: to unlock Hearth, or (with [EXTRA_CONFIRM])
 * to confirm a sensitive action (export, backup, erase, changing the lock) for the screen
 * that started it with startActivityForResult. It has no content of its own (a translucent
 * window): API 30+ shows the system's BiometricPrompt with a strong biometric or the
 * phone's PIN, pattern or password; API 26–29 shows the phone's own credential screen
 * (KeyguardManager.createConfirmDeviceCredentialIntent). Result: RESULT_OK when confirmed.
 */
class UnlockActivity : Activity() {
    private var cancel: CancellationSignal? = null
    private var finished = false

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        // Recreated while the phone's credential screen is open (API 26–29): its result
        // still comes to onActivityResult. The biometric prompt belongs to the old window: ask again.
        if (savedInstanceState != null && Build.VERSION.SDK_INT < Build.VERSION_CODES.R) return
        ask()
    }

    private val confirming get() = intent.getBooleanExtra(EXTRA_CONFIRM, false)

    private fun ask() {
        val lock = HearthApp.of(this).lock
        if (!DeviceAuth.secure(this)) {
            // No screen lock: nothing can confirm. The lock turns itself off and says why.
            lock.deviceNoLongerSecure()
            HearthApp.of(this).gate.refreshAll()
            done(ok = false)
            return
        }
        lock.authenticationStarted()
        val title = getString(if (confirming) R.string.lock_prompt_confirm_title else R.string.lock_prompt_title)
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) {
            val builder = BiometricPrompt.Builder(this)
                .setTitle(title)
                .setAllowedAuthenticators(DeviceAuth.AUTHENTICATORS)
            if (confirming) builder.setSubtitle(getString(R.string.lock_prompt_confirm_subtitle))
            val signal = CancellationSignal().also { cancel = it }
            builder.build().authenticate(signal, mainExecutor, Callback())
        } else {
            val km = getSystemService(KeyguardManager::class.java)
            val description = if (confirming) getString(R.string.lock_prompt_confirm_subtitle) else null
            @Suppress("DEPRECATION") // The documented way on API 26–29 (BiometricPrompt with a credential needs 30).
            val i = km?.createConfirmDeviceCredentialIntent(title, description)
            if (i == null) {
                done(ok = false)
                return
            }
            startActivityForResult(i, REQ_CREDENTIAL)
        }
    }

    private inner class Callback : BiometricPrompt.AuthenticationCallback() {
        override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult?) = done(ok = true)

        /** Cancelled, locked out for a while, or the prompt could not be shown: still locked, calmly. */
        override fun onAuthenticationError(errorCode: Int, errString: CharSequence?) = done(ok = false)

        // onAuthenticationFailed: one finger not recognised; the prompt stays up for another try.
    }

    override fun onActivityResult(requestCode: Int, resultCode: Int, data: Intent?) {
        super.onActivityResult(requestCode, resultCode, data)
        if (requestCode == REQ_CREDENTIAL) done(ok = resultCode == RESULT_OK)
    }

    private fun done(ok: Boolean) {
        if (finished) return
        finished = true
        val lock = HearthApp.of(this).lock
        if (ok) lock.unlockSucceeded() else lock.unlockFailed()
        setResult(if (ok) RESULT_OK else RESULT_CANCELED)
        finish()
        HearthApp.of(this).gate.refreshAll()
    }

    override fun onDestroy() {
        if (!finished && !isChangingConfigurations) cancel?.cancel()
        super.onDestroy()
    }

    companion object {
        private const val REQ_CREDENTIAL = 1

        /** Set: confirm a sensitive action (the result says whether), rather than unlock. */
        const val EXTRA_CONFIRM = "confirm"

        /** Unlocks Hearth (from the cover). */
        fun unlock(ctx: Context): Intent = Intent(ctx, UnlockActivity::class.java)

        /** Confirms a sensitive action; start it for a result (RESULT_OK: confirmed). */
        fun confirm(ctx: Context): Intent = Intent(ctx, UnlockActivity::class.java).putExtra(EXTRA_CONFIRM, true)
    }
}
