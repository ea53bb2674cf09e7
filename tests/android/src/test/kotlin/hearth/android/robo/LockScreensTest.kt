package hearth.android.robo

import android.app.Activity
import android.content.Intent
import android.os.Looper
import android.view.View
import android.widget.CheckBox
import app.hearth.R
import app.hearth.lock.UnlockActivity
import app.hearth.logic.LockSettings
import app.hearth.logic.LockState
import app.hearth.logic.RelockAfter
import app.hearth.ui.DataActivity
import app.hearth.ui.MainActivity
import app.hearth.ui.PrivacyActivity
import hearth.android.robo.screens.A11y
import hearth.android.robo.screens.ScreenKit
import hearth.android.robo.screens.showingDialog
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Robolectric
import org.robolectric.Shadows.shadowOf
import org.robolectric.android.controller.ActivityController
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode
import org.robolectric.shadows.ShadowBiometricPrompt

/**
 * The app lock's screens: the unlock on SDK 26 (the phone's own credential screen through
 * KeyguardManager), the sensitive actions of "Your data" asking again, and the Privacy
 * and lock settings (with pictures to look at).
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class LockScreensTest {
    @Before fun setUp() {
        Robo.setUp()
        Robo.seedDemo(days = 10)
    }

    private fun <T : Activity> open(cls: Class<T>): ActivityController<T> {
        val c = Robolectric.buildActivity(cls).setup()
        Robo.drain()
        return c
    }

    private fun idle() = shadowOf(Looper.getMainLooper()).idle()

    private fun s(id: Int) = Robo.app().getString(id)

    /** Unlocks through the BiometricPrompt (API 30+) from [c]'s screen, as the platform runs it. */
    private fun unlock35(c: ActivityController<out Activity>) {
        c.pause()
        val u = Locks.startedUnlock(c.get())
        ShadowBiometricPrompt.authenticateCurrentSessionSuccessfully()
        idle()
        c.resume()
        u.pause().stop().destroy()
        Robo.drain()
        // Robolectric also lists that start among started-for-result (request code -1): forget it.
        @Suppress("ControlFlowWithEmptyBody")
        while (shadowOf(c.get()).nextStartedActivityForResult != null) {}
    }

    private fun credentialIntent(u: Activity): ShadowActivityResult {
        val started = shadowOf(u).nextStartedActivityForResult ?: throw AssertionError("no credential screen")
        assertEquals(android.app.KeyguardManager.ACTION_CONFIRM_DEVICE_CREDENTIAL, started.intent.action)
        return ShadowActivityResult(started.intent, started.requestCode)
    }

    private class ShadowActivityResult(val intent: Intent, val requestCode: Int)

    @Test
    @Config(sdk = [26], qualifiers = "w360dp-h740dp-hdpi")
    fun `API 26 - the phone's credential screen unlocks, and cancelling it stays locked with the retry line`() {
        Locks.on()
        val c = open(MainActivity::class.java)
        val a = c.get()
        assertNotNull(Locks.cover(a))
        assertEquals(View.INVISIBLE, ScreenKit.content(a).visibility)
        Robo.assertNotBlank(Robo.screenshot(a, "lock-cover-26-light"))

        // Cancelled: still locked, calmly.
        c.pause()
        val u1 = Locks.startedUnlock(a)
        val first = credentialIntent(u1.get())
        shadowOf(u1.get()).receiveResult(first.intent, Activity.RESULT_CANCELED, null)
        idle()
        assertTrue(u1.get().isFinishing)
        c.resume()
        u1.pause().stop().destroy()
        Robo.drain()
        assertEquals(LockState.LOCKED, Locks.lock().state)
        assertTrue(s(R.string.lock_not_done) in Locks.shownTexts(a))

        // The Unlock button, then the right PIN.
        ScreenKit.views(Locks.cover(a)!!).filterIsInstance<android.widget.Button>().single().performClick()
        c.pause()
        val u2 = Locks.startedUnlock(a)
        val second = credentialIntent(u2.get())
        shadowOf(u2.get()).receiveResult(second.intent, Activity.RESULT_OK, null)
        idle()
        c.resume()
        u2.pause().stop().destroy()
        Robo.drain()
        assertEquals(LockState.UNLOCKED, Locks.lock().state)
        assertNull(Locks.cover(a))
        assertTrue(s(R.string.today_title) in ScreenKit.texts(a))
        assertTrue("FLAG_SECURE on 26 too", Locks.secure(a))
    }

    @Test
    @Config(sdk = [35])
    fun `with the lock on, export and erase ask again right after unlocking, and not confirmed does nothing`() {
        Locks.on()
        val c = open(DataActivity::class.java)
        unlock35(c)
        val a = c.get()

        ScreenKit.withText(a, s(R.string.data_export_json)).performClick()
        val ask = shadowOf(a).nextStartedActivityForResult ?: throw AssertionError("export did not ask")
        assertEquals(UnlockActivity::class.java.name, ask.intent.component?.className)
        assertTrue(ask.intent.getBooleanExtra(UnlockActivity.EXTRA_CONFIRM, false))
        shadowOf(a).receiveResult(ask.intent, Activity.RESULT_CANCELED, null)
        idle()
        assertNull("no file picker without confirmation", shadowOf(a).nextStartedActivityForResult)
        assertTrue(ScreenKit.texts(a).toString(), s(R.string.data_not_confirmed) in ScreenKit.texts(a))

        ScreenKit.withText(a, s(R.string.data_export_json)).performClick()
        val again = shadowOf(a).nextStartedActivityForResult ?: throw AssertionError("export did not ask again")
        shadowOf(a).receiveResult(again.intent, Activity.RESULT_OK, null)
        idle()
        val picker = shadowOf(a).nextStartedActivityForResult ?: throw AssertionError("no picker after confirming")
        assertEquals(Intent.ACTION_CREATE_DOCUMENT, picker.intent.action)

        ScreenKit.withText(a, s(R.string.data_erase)).performClick()
        val erase = shadowOf(a).nextStartedActivityForResult ?: throw AssertionError("erase did not ask")
        assertEquals(UnlockActivity::class.java.name, erase.intent.component?.className)
        shadowOf(a).receiveResult(erase.intent, Activity.RESULT_CANCELED, null)
        idle()
        assertNull("no erase question without confirmation", showingDialog())
        assertTrue("the journal is still there", app.hearth.core.Stores.use(Robo.app()) { it.listCheckins(null, null) }.isNotEmpty())
    }

    @Test
    @Config(sdk = [35])
    fun `an erase question left open when the lock came down does nothing from above the cover`() {
        Locks.on()
        val c = open(DataActivity::class.java)
        unlock35(c)
        val a = c.get()
        ScreenKit.withText(a, s(R.string.data_erase)).performClick()
        val ask = shadowOf(a).nextStartedActivityForResult ?: throw AssertionError("erase did not ask")
        shadowOf(a).receiveResult(ask.intent, Activity.RESULT_OK, null)
        idle()
        val question = showingDialog() ?: throw AssertionError("no erase question")
        // The person walks away; two minutes later someone else has the phone.
        c.pause().stop()
        shadowOf(Looper.getMainLooper()).idleFor(java.time.Duration.ofMinutes(2))
        c.restart().resume()
        Robo.drain()
        assertEquals(LockState.LOCKED, Locks.lock().state)
        assertTrue("the question is still up, above the cover", question.isShowing)
        question.getButton(android.app.AlertDialog.BUTTON_POSITIVE).performClick()
        Robo.drain()
        assertTrue("the journal is still there", app.hearth.core.Stores.use(Robo.app()) { it.listCheckins(null, null) }.isNotEmpty())
    }

    @Test
    @Config(sdk = [35])
    fun `a backup passphrase question left open when the lock came down does nothing from above the cover`() {
        Locks.on()
        val c = open(DataActivity::class.java)
        unlock35(c)
        val a = c.get()
        ScreenKit.withText(a, s(R.string.data_backup)).performClick()
        val ask = shadowOf(a).nextStartedActivityForResult ?: throw AssertionError("backup did not ask")
        shadowOf(a).receiveResult(ask.intent, Activity.RESULT_OK, null)
        idle()
        val question = showingDialog() ?: throw AssertionError("no passphrase question")
        c.pause().stop()
        shadowOf(Looper.getMainLooper()).idleFor(java.time.Duration.ofMinutes(2))
        c.restart().resume()
        Robo.drain()
        hearth.android.robo.screens.answerDialog(question, listOf("a passphrase of theirs", "a passphrase of theirs"))
        Robo.drain()
        // The cover's own prompt may be listed; no file picker is.
        val started = generateSequence { shadowOf(a).nextStartedActivityForResult }.map { it.intent.action }.toList()
        assertFalse(started.toString(), Intent.ACTION_CREATE_DOCUMENT in started)
    }

    @Test
    @Config(sdk = [35])
    fun `with the lock off, export goes straight to the file picker`() {
        val a = open(DataActivity::class.java).get()
        ScreenKit.withText(a, s(R.string.data_export_json)).performClick()
        assertEquals(Intent.ACTION_CREATE_DOCUMENT, shadowOf(a).nextStartedActivityForResult?.intent?.action)
    }

    private fun check(a: Activity, label: Int): CheckBox = ScreenKit.withText(a, s(label)) as CheckBox

    @Test
    @Config(sdk = [35], qualifiers = "w360dp-h740dp-hdpi")
    fun `turning the lock on brings both privacy settings, saves them in the store, and secures the window`() {
        Locks.deviceSecure(true)
        val c = open(PrivacyActivity::class.java)
        val a = c.get()
        assertFalse(Locks.secure(a))
        check(a, R.string.privacy_lock).performClick()
        Robo.drain()
        assertTrue(check(a, R.string.privacy_switcher).isChecked)
        assertTrue(check(a, R.string.privacy_quiet_widget).isChecked)
        // The re-lock choice is visible and labelled, one minute by default.
        assertTrue(s(R.string.privacy_relock_1) in ScreenKit.texts(a))
        assertEquals(emptyList<String>(), A11y.problems(a))
        // End the checkboxes' tick animation (Robolectric does not run it), so the picture
        // shows them as they are: ticked.
        a.window.decorView.jumpDrawablesToCurrentState()
        Robo.assertNotBlank(hearth.android.robo.screens.ScreenKit.render(a, "PrivacyActivity-35-light-lock-on"))

        ScreenKit.withText(a, s(R.string.action_save)).performClick()
        Robo.drain()
        assertNull("turning the lock on does not ask (it was off)", shadowOf(a).nextStartedActivityForResult)
        assertEquals(LockSettings(relockAfter = RelockAfter.ONE_MINUTE).withLock(true), Locks.stored())
        assertTrue(s(R.string.privacy_saved) in ScreenKit.texts(a))
        assertTrue("the window is secure at once", Locks.secure(a))
        assertNull("not locked under the person who just turned it on", Locks.cover(a))
    }

    @Test
    @Config(sdk = [35])
    fun `without a screen lock the lock cannot be turned on, and it says how to get one`() {
        Locks.deviceSecure(false)
        val a = open(PrivacyActivity::class.java).get()
        assertTrue(s(R.string.privacy_needs_screen_lock) in ScreenKit.texts(a))
        check(a, R.string.privacy_lock).performClick()
        ScreenKit.withText(a, s(R.string.action_save)).performClick()
        Robo.drain()
        assertFalse(Locks.stored().lockEnabled)
        assertEquals(2, ScreenKit.texts(a).count { it == s(R.string.privacy_needs_screen_lock) })
    }

    @Test
    @Config(sdk = [35])
    fun `with the lock on, changing or turning it off asks again, and not confirmed changes nothing`() {
        val on = Locks.on()
        val c = open(PrivacyActivity::class.java)
        unlock35(c)
        val a = c.get()
        check(a, R.string.privacy_lock).performClick()
        assertFalse("the privacy settings go with the lock", ScreenKit.withText(a, s(R.string.privacy_switcher)).isShown)
        ScreenKit.withText(a, s(R.string.action_save)).performClick()
        val ask = shadowOf(a).nextStartedActivityForResult ?: throw AssertionError("turning the lock off did not ask")
        assertTrue(ask.intent.getBooleanExtra(UnlockActivity.EXTRA_CONFIRM, false))
        shadowOf(a).receiveResult(ask.intent, Activity.RESULT_CANCELED, null)
        Robo.drain()
        assertEquals(on, Locks.stored())
        assertTrue(s(R.string.privacy_not_confirmed) in ScreenKit.texts(a))

        ScreenKit.withText(a, s(R.string.action_save)).performClick()
        val again = shadowOf(a).nextStartedActivityForResult ?: throw AssertionError("did not ask again")
        shadowOf(a).receiveResult(again.intent, Activity.RESULT_OK, null)
        Robo.drain()
        assertEquals(LockSettings(), Locks.stored())
        assertFalse(Locks.secure(a))
    }

    @Test
    @Config(sdk = [35], qualifiers = "w360dp-h740dp-hdpi")
    fun `Today offers the lock once - Lock Hearth turns it on with both privacy settings, and it is not offered again`() {
        // After the first run (which would make the offer itself while it is to come).
        Robo.firstRunDone()
        Locks.deviceSecure(true)
        val c = open(MainActivity::class.java)
        val a = c.get()
        assertTrue(ScreenKit.texts(a).toString(), s(R.string.lock_offer_heading) in ScreenKit.texts(a))
        assertEquals(emptyList<String>(), A11y.problems(a))
        Robo.assertNotBlank(hearth.android.robo.screens.ScreenKit.render(a, "MainActivity-35-light-lock-offer"))
        ScreenKit.withText(a, s(R.string.lock_offer_yes)).performClick()
        Robo.drain()
        assertEquals(LockSettings().withLock(true), Locks.stored())
        assertNull("not locked under the person who just turned it on", Locks.cover(a))
        assertTrue(Locks.secure(a))
        assertFalse(s(R.string.lock_offer_heading) in ScreenKit.texts(a))
        // Turned off again later: still never offered again.
        Locks.lock().changeSettings(LockSettings(), deviceSecure = true)
        val again = open(MainActivity::class.java).get()
        assertFalse(s(R.string.lock_offer_heading) in ScreenKit.texts(again))
    }

    @Test
    @Config(sdk = [35])
    fun `Not now is kept - the offer does not come back, and there is none on a phone without a screen lock`() {
        Robo.firstRunDone()
        val none = open(MainActivity::class.java).get()
        assertFalse("no screen lock: no offer", s(R.string.lock_offer_heading) in ScreenKit.texts(none))
        Locks.deviceSecure(true)
        val a = open(MainActivity::class.java).get()
        ScreenKit.withText(a, s(R.string.lock_offer_no)).performClick()
        Robo.drain()
        assertFalse(s(R.string.lock_offer_heading) in ScreenKit.texts(a))
        assertFalse(Locks.stored().lockEnabled)
        assertFalse(s(R.string.lock_offer_heading) in ScreenKit.texts(open(MainActivity::class.java).get()))
    }

    @Test
    @Config(sdk = [35], qualifiers = "w360dp-h740dp-night-hdpi", fontScale = 2.0f)
    fun `pictures - the cover and the settings in the dark at font scale 2`() {
        Locks.on()
        val c = open(PrivacyActivity::class.java)
        assertNotNull(Locks.cover(c.get()))
        Robo.assertNotBlank(Robo.screenshot(c.get(), "lock-cover-35-dark-2.0"))
        unlock35(c)
        assertEquals(emptyList<String>(), A11y.problems(c.get()))
        Robo.assertNotBlank(hearth.android.robo.screens.ScreenKit.render(c.get(), "PrivacyActivity-35-dark-2.0-lock-on"))
    }
}
