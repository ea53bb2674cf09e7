package hearth.android.robo

import android.app.Activity
import android.app.KeyguardManager
import android.content.Intent
import android.hardware.biometrics.BiometricManager
import android.os.Looper
import android.view.View
import android.view.ViewGroup
import android.view.WindowManager
import android.widget.TextView
import app.hearth.HearthApp
import app.hearth.core.Stores
import app.hearth.lock.LockCover
import app.hearth.lock.UnlockActivity
import app.hearth.logic.CoreLockSettingsStore
import app.hearth.logic.LockSettings
import app.hearth.logic.LockSettingsCodec
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotNull
import org.robolectric.Robolectric
import org.robolectric.Shadows.shadowOf
import org.robolectric.android.controller.ActivityController
import org.robolectric.shadow.api.Shadow
import org.robolectric.shadows.ShadowBiometricManager

/** The app lock under Robolectric: the phone's screen lock, the stored settings, the cover, the prompt. */
object Locks {
    /** Whether the phone has a screen lock (Robolectric's default: none). */
    fun deviceSecure(secure: Boolean) {
        shadowOf(Robo.app().getSystemService(KeyguardManager::class.java)!!).setIsDeviceSecure(secure)
    }

    /** Whether a strong biometric is enrolled (API 30+). */
    fun biometrics(enrolled: Boolean) {
        val shadow: ShadowBiometricManager = Shadow.extract(Robo.app().getSystemService(BiometricManager::class.java)!!)
        shadow.setAuthenticatorType(BiometricManager.Authenticators.BIOMETRIC_STRONG)
        shadow.setCanAuthenticate(enrolled)
    }

    /** Stores [s] in the core's store, as the settings screen would. */
    fun store(s: LockSettings) = Stores.use(Robo.app()) { CoreLockSettingsStore(it).write(LockSettingsCodec.encode(s)) }

    /** What the core's store holds now. */
    fun stored(): LockSettings = Stores.use(Robo.app()) { LockSettingsCodec.settings(LockSettingsCodec.parse(CoreLockSettingsStore(it).read())) }

    /** The lock on with both privacy settings (what turning it on does), on a phone with a screen lock. */
    fun on(relock: app.hearth.logic.RelockAfter = app.hearth.logic.RelockAfter.ONE_MINUTE): LockSettings {
        deviceSecure(true)
        val s = LockSettings(relockAfter = relock).withLock(true)
        store(s)
        return s
    }

    fun lock() = HearthApp.of(Robo.app()).lock

    fun cover(a: Activity): View? = LockCover.find(a)

    fun secure(a: Activity): Boolean = a.window.attributes.flags and WindowManager.LayoutParams.FLAG_SECURE != 0

    /** Every TextView shown anywhere in [a]'s window (decor view), with its words. */
    fun shownTexts(a: Activity): List<String> {
        val out = mutableListOf<String>()
        fun walk(v: View) {
            if (v is TextView && v.isShown) out += v.text.toString()
            if (v is ViewGroup) for (i in 0 until v.childCount) walk(v.getChildAt(i))
        }
        walk(a.window.decorView)
        return out
    }

    /** The unlock (or confirm) screen [from] started, running: its prompt is up. */
    fun startedUnlock(from: Activity, forResult: Boolean = false): ActivityController<UnlockActivity> {
        val intent: Intent = if (forResult) {
            shadowOf(from).nextStartedActivityForResult?.intent
        } else {
            shadowOf(from).nextStartedActivity
        } ?: throw AssertionError("no unlock screen was started")
        assertEquals(UnlockActivity::class.java.name, intent.component?.className)
        val c = Robolectric.buildActivity(UnlockActivity::class.java, intent).setup()
        shadowOf(Looper.getMainLooper()).idle()
        assertNotNull(c.get())
        return c
    }
}
