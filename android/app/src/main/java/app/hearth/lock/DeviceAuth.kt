package app.hearth.lock

import android.app.KeyguardManager
import android.content.Context
import android.hardware.biometrics.BiometricManager
import android.os.Build

/** What the phone itself offers to unlock with. */
object DeviceAuth {
    /** The allowed authenticators on API 30+: a strong biometric, or the phone's PIN, pattern or password. */
    const val AUTHENTICATORS = BiometricManager.Authenticators.BIOMETRIC_STRONG or BiometricManager.Authenticators.DEVICE_CREDENTIAL

    /** Whether the phone has a screen lock (PIN, pattern or password); without one the app lock cannot work. */
    fun secure(ctx: Context): Boolean = ctx.getSystemService(KeyguardManager::class.java)?.isDeviceSecure == true

    /**
     * Whether a strong biometric is enrolled (API 30+), or null where that cannot be asked
     * this way (26–29: the phone's credential screen is used there anyway).
     */
    fun biometricsEnrolled(ctx: Context): Boolean? {
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.R) return null
        val bm = ctx.getSystemService(BiometricManager::class.java) ?: return null
        return bm.canAuthenticate(BiometricManager.Authenticators.BIOMETRIC_STRONG) == BiometricManager.BIOMETRIC_SUCCESS
    }
}
