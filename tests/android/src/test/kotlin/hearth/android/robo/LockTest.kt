package hearth.android.robo

import android.app.Activity
import android.hardware.biometrics.BiometricManager
import android.hardware.biometrics.BiometricPrompt
import android.os.Looper
import android.view.View
import android.widget.Button
import app.hearth.R
import app.hearth.lock.DeviceAuth
import app.hearth.lock.UnlockActivity
import app.hearth.logic.LockSettings
import app.hearth.logic.LockState
import app.hearth.logic.RelockAfter
import app.hearth.ui.HistoryActivity
import app.hearth.ui.MainActivity
import hearth.android.robo.screens.ScreenKit
import hearth.android.robo.screens.showingDialog
import java.time.Duration
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
 * The app lock on SDK 35 through the shell's real gate, cover, unlock screen and
 * settings, with the system's BiometricPrompt and KeyguardManager as Robolectric shadows
 * and the real core keeping the settings.
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(sdk = [35], qualifiers = "w360dp-h740dp-hdpi")
class LockTest {
    @Before fun setUp() {
        Robo.setUp()
        Robo.seedDemo(days = 20)
    }

    private fun <T : Activity> open(cls: Class<T>): ActivityController<T> {
        val c = Robolectric.buildActivity(cls).setup()
        Robo.drain()
        return c
    }

    private fun idle() = shadowOf(Looper.getMainLooper()).idle()

    /** Away from Hearth for [away]: every screen stops, the monotonic clock moves, the screen comes back. */
    private fun <T : Activity> awayFor(c: ActivityController<T>, away: Duration) {
        c.pause().stop()
        shadowOf(Looper.getMainLooper()).idleFor(away)
        // restart (performRestart), as the platform does for a stopped screen: start alone
        // would leave it marked stopped, and its next stop would never be reported.
        c.restart().resume()
        Robo.drain()
    }

    private fun assertCovered(a: Activity) {
        assertNotNull("the cover is on ${a.javaClass.simpleName}", Locks.cover(a))
        assertEquals("the screen beneath is not drawn", View.INVISIBLE, ScreenKit.content(a).visibility)
        assertEquals("nothing of the screen is shown or read out: ${ScreenKit.texts(a)}", emptyList<String>(), ScreenKit.texts(a))
    }

    private fun assertOpen(a: Activity) {
        assertNull("no cover on ${a.javaClass.simpleName}", Locks.cover(a))
        assertEquals(View.VISIBLE, ScreenKit.content(a).visibility)
    }

    /**
     * The unlock screen [c]'s screen started, confirmed through the BiometricPrompt, as the
     * platform runs it: the screen beneath pauses under the translucent unlock screen and
     * resumes when it closes.
     */
    private fun unlockWithPrompt(c: ActivityController<out Activity>, forResult: Boolean = false) {
        c.pause()
        val u = Locks.startedUnlock(c.get(), forResult)
        val prompt = ShadowBiometricPrompt.getCurrentPrompt() ?: throw AssertionError("no BiometricPrompt")
        assertEquals(
            "a strong biometric or the phone's credential",
            BiometricManager.Authenticators.BIOMETRIC_STRONG or BiometricManager.Authenticators.DEVICE_CREDENTIAL,
            prompt.allowedAuthenticators,
        )
        ShadowBiometricPrompt.authenticateCurrentSessionSuccessfully()
        idle()
        assertTrue("the unlock screen closes", u.get().isFinishing)
        c.resume()
        u.pause().stop().destroy()
        Robo.drain()
    }

    @Test
    fun `with the lock on a cold start covers the screen, asks at once, and an unlock shows the journal`() {
        Locks.on()
        val c = open(MainActivity::class.java)
        val a = c.get()
        assertEquals(LockState.LOCKED, Locks.lock().state)
        assertCovered(a)
        // Only the cover's words are on screen (and the window's title bar).
        val shown = Locks.shownTexts(a)
        assertTrue(shown.toString(), app(R.string.lock_cover_title) in shown)
        assertFalse(shown.toString(), app(R.string.today_title) in shown)
        val png = Robo.screenshot(a, "lock-cover-35-light")
        Robo.assertNotBlank(png)

        unlockWithPrompt(c)
        assertEquals(LockState.UNLOCKED, Locks.lock().state)
        assertOpen(a)
        assertTrue(app(R.string.today_title) in ScreenKit.texts(a))
    }

    @Test
    fun `the cover is labelled, in sp and 48dp, and never says anything by colour alone`() {
        Locks.on()
        val a = open(MainActivity::class.java).get()
        val cover = Locks.cover(a) ?: throw AssertionError("no cover")
        val button = ScreenKit.views(cover).filterIsInstance<Button>().single()
        assertEquals(app(R.string.lock_cover_unlock), button.text.toString())
        assertEquals(app(R.string.lock_cover_unlock_description), button.contentDescription.toString())
        // Every control labelled and 48dp, text in sp (the screens' own accessibility walk).
        assertEquals(emptyList<String>(), hearth.android.robo.screens.A11y.problems(cover, a))
    }

    @Test
    fun `a cancelled unlock stays locked with a calm retry line, and the Unlock button asks again`() {
        Locks.on()
        val c = open(MainActivity::class.java)
        val a = c.get()
        c.pause()
        val u = Locks.startedUnlock(a)
        ShadowBiometricPrompt.authenticateCurrentSessionWithError(BiometricPrompt.BIOMETRIC_ERROR_USER_CANCELED, "Cancelled")
        idle()
        c.resume()
        u.pause().stop().destroy()
        Robo.drain()
        assertEquals(LockState.LOCKED, Locks.lock().state)
        assertCovered(a)
        assertTrue(app(R.string.lock_not_done) in Locks.shownTexts(a))
        // It does not ask by itself again (no loop after a cancel); the button does.
        assertNull(shadowOf(a).nextStartedActivity)
        ScreenKit.views(Locks.cover(a)!!).filterIsInstance<Button>().single().performClick()
        unlockWithPrompt(c)
        assertOpen(a)
        Robo.assertNotBlank(Robo.screenshot(a, "lock-unlocked-35-light"))
    }

    @Test
    fun `one minute - back after 59 s stays open, after 61 s the cover is back before anything is shown`() {
        Locks.on(RelockAfter.ONE_MINUTE)
        val c = open(HistoryActivity::class.java)
        unlockWithPrompt(c)
        assertOpen(c.get())
        awayFor(c, Duration.ofSeconds(59))
        assertOpen(c.get())
        awayFor(c, Duration.ofSeconds(61))
        assertCovered(c.get())
    }

    @Test
    fun `immediately - any time away locks`() {
        Locks.on(RelockAfter.IMMEDIATELY)
        val c = open(MainActivity::class.java)
        unlockWithPrompt(c)
        awayFor(c, Duration.ofMillis(1))
        assertCovered(c.get())
    }

    @Test
    fun `with the lock off nothing is covered and the window is not secure`() {
        Locks.deviceSecure(true)
        val c = open(MainActivity::class.java)
        assertOpen(c.get())
        assertFalse(Locks.secure(c.get()))
        awayFor(c, Duration.ofMinutes(30))
        assertOpen(c.get())
    }

    @Test
    fun `private app switcher - with the lock on the window has FLAG_SECURE, with the setting off it does not`() {
        Locks.on()
        val on = open(HistoryActivity::class.java)
        assertTrue("locked", Locks.secure(on.get()))
        unlockWithPrompt(on)
        assertTrue("unlocked", Locks.secure(on.get()))
        on.pause().stop().destroy()

        Locks.lock().changeSettings(Locks.lock().settings.copy(privateSwitcher = false), deviceSecure = true)
        val off = open(HistoryActivity::class.java)
        assertFalse(Locks.secure(off.get()))
        assertEquals(LockSettings(relockAfter = RelockAfter.ONE_MINUTE).withLock(true).copy(privateSwitcher = false), Locks.stored())
    }

    @Test
    fun `the screen lock removed while Hearth was away - the lock turns itself off, is stored off, and says why`() {
        Locks.on()
        val c = open(MainActivity::class.java)
        unlockWithPrompt(c)
        Locks.deviceSecure(false)
        awayFor(c, Duration.ofMinutes(10))
        assertOpen(c.get())
        assertFalse(Locks.secure(c.get()))
        val d = showingDialog() ?: throw AssertionError("no notice")
        val words = ScreenKit.views(d.window!!.decorView).filterIsInstance<android.widget.TextView>().map { it.text.toString() }
        assertTrue(words.toString(), app(R.string.lock_notice_turned_off) in words)
        Robo.drain()
        assertFalse(Locks.stored().lockEnabled)
    }

    @Test
    fun `biometrics changed - the lock stays on, the person is told, the phone's credential still unlocks`() {
        Locks.on()
        Locks.biometrics(enrolled = true)
        val c = open(MainActivity::class.java)
        unlockWithPrompt(c)
        Locks.biometrics(enrolled = false)
        awayFor(c, Duration.ofMinutes(2))
        assertCovered(c.get())
        unlockWithPrompt(c)
        assertTrue(Locks.lock().settings.lockEnabled)
        val d = showingDialog() ?: throw AssertionError("no notice")
        val words = ScreenKit.views(d.window!!.decorView).filterIsInstance<android.widget.TextView>().map { it.text.toString() }
        assertTrue(words.toString(), app(R.string.lock_notice_biometrics) in words)
    }

    @Test
    fun `the unlock screen on a phone without a screen lock turns the lock off instead of asking`() {
        Locks.on()
        val c = open(MainActivity::class.java)
        Locks.deviceSecure(false)
        val u = Locks.startedUnlock(c.get())
        assertNull(ShadowBiometricPrompt.getCurrentPrompt())
        assertTrue(u.get().isFinishing)
        Robo.drain()
        assertOpen(c.get())
        assertFalse(Locks.lock().settings.lockEnabled)
        assertFalse(DeviceAuth.secure(Robo.app()))
    }

    private fun app(id: Int) = Robo.app().getString(id)
}
