package hearth.android

import app.hearth.logic.AppLock
import app.hearth.logic.Cover
import app.hearth.logic.LockChange
import app.hearth.logic.LockNotice
import app.hearth.logic.LockOffer
import app.hearth.logic.LockSettings
import app.hearth.logic.LockSettingsCodec
import app.hearth.logic.LockSettingsStore
import app.hearth.logic.LockState
import app.hearth.logic.RelockAfter
import app.hearth.logic.ScreenGuard
import app.hearth.logic.SensitiveAction
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** A settings store in memory; [broken] makes it fail like a store that cannot be opened. */
class FakeLockStore(var value: String? = null) : LockSettingsStore {
    var broken = false
    var writes = 0

    override fun read(): String? {
        check(!broken) { "store cannot be opened" }
        return value
    }

    override fun write(value: String) {
        check(!broken) { "store cannot be opened" }
        this.value = value
        writes++
    }
}

/** A monotonic clock moved by hand (elapsedRealtime on a phone). */
class FakeElapsed(var millis: Long = 1_000_000L) {
    fun advance(ms: Long) { millis += ms }
}

/**
 * The app lock's state machine with a fake monotonic clock and a fake settings store:
 * cold start, background and foreground against each re-lock time, a clock that went
 * backwards, failed and cancelled unlocks, the phone's screen lock removed, biometrics
 * changed, the sensitive actions, and settings that cannot be read.
 */
class AppLockTest {
    private val clock = FakeElapsed()

    private fun stored(s: LockSettings) = FakeLockStore(LockSettingsCodec.encode(s))

    private fun lockOn(relock: RelockAfter = RelockAfter.ONE_MINUTE) = LockSettings(relockAfter = relock).withLock(true)

    private fun started(store: FakeLockStore, deviceSecure: Boolean = true): AppLock =
        AppLock(store, { clock.millis }).also { it.coldStart(deviceSecure) }

    /** Starts locked, unlocks, then spends [awayMs] in the background and comes back. */
    private fun awayAndBack(relock: RelockAfter, awayMs: Long): AppLock {
        val lock = started(stored(lockOn(relock)))
        lock.unlockSucceeded()
        lock.wentToBackground()
        clock.advance(awayMs)
        lock.cameToForeground(deviceSecure = true)
        return lock
    }

    @Test
    fun `before the settings are read nothing is shown, and with the lock off a cold start is unlocked`() {
        val lock = AppLock(FakeLockStore(), { clock.millis })
        assertEquals(LockState.STARTING, lock.state)
        lock.coldStart(deviceSecure = true)
        assertEquals(LockState.UNLOCKED, lock.state)
        assertEquals(LockSettings(), lock.settings)
        assertFalse(lock.settings.lockEnabled)
        assertEquals(RelockAfter.ONE_MINUTE, lock.settings.relockAfter)
        assertNull(lock.notice)
    }

    @Test
    fun `with the lock on a cold start is locked until an unlock succeeds`() {
        val lock = started(stored(lockOn()))
        assertEquals(LockState.LOCKED, lock.state)
        lock.authenticationStarted()
        lock.unlockSucceeded()
        assertEquals(LockState.UNLOCKED, lock.state)
    }

    @Test
    fun `one minute - 59 s away stays unlocked, 60 s away locks`() {
        assertEquals(LockState.UNLOCKED, awayAndBack(RelockAfter.ONE_MINUTE, 59_999).state)
        assertEquals(LockState.LOCKED, awayAndBack(RelockAfter.ONE_MINUTE, 60_000).state)
    }

    @Test
    fun `five minutes - 4 min 59 s away stays unlocked, 5 min locks`() {
        assertEquals(LockState.UNLOCKED, awayAndBack(RelockAfter.FIVE_MINUTES, 299_999).state)
        assertEquals(LockState.LOCKED, awayAndBack(RelockAfter.FIVE_MINUTES, 300_000).state)
    }

    @Test
    fun `immediately - any time in the background locks, even none`() {
        assertEquals(LockState.LOCKED, awayAndBack(RelockAfter.IMMEDIATELY, 0).state)
        assertEquals(LockState.LOCKED, awayAndBack(RelockAfter.IMMEDIATELY, 1).state)
    }

    @Test
    fun `a monotonic clock that went backwards counts as long enough - locked`() {
        assertEquals(LockState.LOCKED, awayAndBack(RelockAfter.FIVE_MINUTES, -1).state)
    }

    @Test
    fun `coming to the foreground without having been in the background does not lock`() {
        val lock = started(stored(lockOn(RelockAfter.IMMEDIATELY)))
        lock.unlockSucceeded()
        lock.cameToForeground(deviceSecure = true)
        assertEquals(LockState.UNLOCKED, lock.state)
    }

    @Test
    fun `with the lock off nothing ever locks`() {
        val lock = started(stored(LockSettings(relockAfter = RelockAfter.IMMEDIATELY)))
        lock.wentToBackground()
        clock.advance(3_600_000)
        lock.cameToForeground(deviceSecure = true)
        assertEquals(LockState.UNLOCKED, lock.state)
    }

    @Test
    fun `a failed or cancelled unlock stays locked with a calm retry word, as often as it happens`() {
        val lock = started(stored(lockOn()))
        repeat(5) {
            lock.authenticationStarted()
            lock.unlockFailed()
            assertEquals(LockState.LOCKED, lock.state)
            assertEquals(LockNotice.UNLOCK_NOT_DONE, lock.notice)
        }
        // Still the lock on: a failure never turns anything off or counts down.
        assertTrue(lock.settings.lockEnabled)
        lock.unlockSucceeded()
        assertEquals(LockState.UNLOCKED, lock.state)
        assertNull(lock.notice, "the retry word goes once unlocked")
    }

    @Test
    fun `while the unlock prompt is up, or after a system screen the person opened, coming back does not lock again`() {
        val lock = started(stored(lockOn(RelockAfter.IMMEDIATELY)))
        lock.unlockSucceeded()
        // An export asks again: the phone's credential screen covers Hearth.
        lock.authenticationStarted()
        lock.wentToBackground()
        clock.advance(5_000)
        lock.cameToForeground(deviceSecure = true)
        lock.unlockSucceeded()
        assertEquals(LockState.UNLOCKED, lock.state)
        // Then the file picker.
        lock.steppingOutside()
        lock.wentToBackground()
        clock.advance(20_000)
        lock.cameToForeground(deviceSecure = true)
        assertEquals(LockState.UNLOCKED, lock.state)
        // Only that one trip: the next time away locks as usual.
        lock.wentToBackground()
        lock.cameToForeground(deviceSecure = true)
        assertEquals(LockState.LOCKED, lock.state)
    }

    @Test
    fun `the screen lock removed while Hearth was away - the lock turns itself off, is saved off, and says why`() {
        val store = stored(lockOn())
        val lock = started(store)
        lock.unlockSucceeded()
        lock.wentToBackground()
        clock.advance(120_000)
        lock.cameToForeground(deviceSecure = false)
        assertEquals(LockState.UNLOCKED, lock.state)
        assertFalse(lock.settings.lockEnabled)
        assertFalse(lock.settings.secureWindows)
        assertFalse(lock.settings.widgetQuiet)
        assertEquals(LockNotice.TURNED_OFF_NO_SCREEN_LOCK, lock.notice)
        assertEquals(LockSettings(relockAfter = RelockAfter.ONE_MINUTE), LockSettingsCodec.settings(LockSettingsCodec.parse(store.value)))
        lock.dismissNotice()
        assertNull(lock.notice)
    }

    @Test
    fun `no screen lock at a cold start - unlocked, the lock off, and the reason told`() {
        val store = stored(lockOn())
        val lock = started(store, deviceSecure = false)
        assertEquals(LockState.UNLOCKED, lock.state)
        assertFalse(lock.settings.lockEnabled)
        assertEquals(LockNotice.TURNED_OFF_NO_SCREEN_LOCK, lock.notice)
        assertFalse(LockSettingsCodec.settings(LockSettingsCodec.parse(store.value)).lockEnabled)
    }

    @Test
    fun `the screen lock removed while Hearth is open and locked - unlocked with the reason`() {
        val lock = started(stored(lockOn()))
        lock.deviceNoLongerSecure()
        assertEquals(LockState.UNLOCKED, lock.state)
        assertEquals(LockNotice.TURNED_OFF_NO_SCREEN_LOCK, lock.notice)
    }

    @Test
    fun `biometrics changed - the lock stays on and locked, the credential still unlocks, the person is told`() {
        val lock = started(stored(lockOn()))
        lock.observeBiometrics(enrolled = true)
        assertNull(lock.notice, "the first look is not a change")
        lock.observeBiometrics(enrolled = false)
        assertEquals(LockNotice.BIOMETRICS_CHANGED, lock.notice)
        assertTrue(lock.settings.lockEnabled)
        assertEquals(LockState.LOCKED, lock.state)
        lock.unlockSucceeded() // the phone's PIN, pattern or password
        assertEquals(LockState.UNLOCKED, lock.state)
    }

    @Test
    fun `biometrics changing with the lock off says nothing`() {
        val lock = started(FakeLockStore())
        lock.observeBiometrics(true)
        lock.observeBiometrics(false)
        assertNull(lock.notice)
    }

    @Test
    fun `export, backup, erase and changing the lock always ask again while the lock is on, even right after unlocking`() {
        val on = started(stored(lockOn()))
        on.unlockSucceeded()
        for (a in SensitiveAction.entries) assertTrue(on.needsConfirmation(a), "$a with the lock on")
        val off = started(FakeLockStore())
        for (a in SensitiveAction.entries) assertFalse(off.needsConfirmation(a), "$a with the lock off")
    }

    @Test
    fun `turning the lock on switches both privacy settings on, each can be turned off, turning the lock off clears both`() {
        val store = FakeLockStore()
        val lock = started(store)
        val on = lock.settings.withLock(true)
        assertEquals(LockChange.SAVED, lock.changeSettings(on, deviceSecure = true))
        assertTrue(lock.settings.secureWindows)
        assertTrue(lock.settings.widgetQuiet)
        assertEquals(LockState.UNLOCKED, lock.state, "not locked under the person who just turned it on")

        lock.changeSettings(lock.settings.copy(quietWidget = false, relockAfter = RelockAfter.FIVE_MINUTES), deviceSecure = true)
        assertTrue(lock.settings.secureWindows)
        assertFalse(lock.settings.widgetQuiet)
        assertEquals(lock.settings, LockSettingsCodec.settings(LockSettingsCodec.parse(store.value)))

        lock.changeSettings(lock.settings.withLock(false), deviceSecure = true)
        assertEquals(LockSettings(relockAfter = RelockAfter.FIVE_MINUTES), lock.settings)
        // A stored "switch on, lock off" is never followed.
        assertFalse(LockSettings(privateSwitcher = true, quietWidget = true).secureWindows)
        assertFalse(LockSettings(privateSwitcher = true, quietWidget = true).widgetQuiet)
    }

    @Test
    fun `the lock cannot be turned on without a screen lock, and nothing is written`() {
        val store = FakeLockStore()
        val lock = started(store)
        assertEquals(LockChange.NEEDS_SCREEN_LOCK, lock.changeSettings(LockSettings().withLock(true), deviceSecure = false))
        assertFalse(lock.settings.lockEnabled)
        assertEquals(0, store.writes)
    }

    @Test
    fun `a failed write changes nothing`() {
        val store = FakeLockStore()
        val lock = started(store)
        store.broken = true
        assertThrows(IllegalStateException::class.java) { lock.changeSettings(LockSettings().withLock(true), deviceSecure = true) }
        assertFalse(lock.settings.lockEnabled)
    }

    @Test
    fun `settings that cannot be read keep the lock on (with both privacy settings) and say so`() {
        for (bad in listOf("", "garbage", "v2;lock=0", "v1;lock=0;lock=0;relock=60;switcher=0;widget=0", "v1;lock=maybe;relock=60;switcher=1;widget=1",
            "v1;lock=0;relock=61;switcher=0;widget=0", "v1;lock=0;relock=60;switcher=0", "v1;lock", "V1;lock=0;relock=60;switcher=0;widget=0")) {
            val lock = started(FakeLockStore(bad))
            assertEquals(LockState.LOCKED, lock.state, "'$bad'")
            assertEquals(LockSettings.UNREADABLE_FALLBACK, lock.settings, "'$bad'")
            assertTrue(lock.settings.secureWindows && lock.settings.widgetQuiet, "'$bad'")
            assertEquals(LockNotice.SETTINGS_UNREADABLE, lock.notice, "'$bad'")
        }
    }

    @Test
    fun `a store that cannot be opened at start locks quietly on a phone with a screen lock, and not at all without one`() {
        val store = FakeLockStore(LockSettingsCodec.encode(LockSettings())).apply { broken = true }
        val secure = started(store)
        assertEquals(LockState.LOCKED, secure.state)
        assertNull(secure.notice)
        val insecure = started(store, deviceSecure = false)
        assertEquals(LockState.UNLOCKED, insecure.state)
        assertNull(insecure.notice, "nothing is known about the lock: nothing to tell")
    }

    @Test
    fun `the encoding round-trips every combination, ignores unknown keys, and never stores switches without the lock`() {
        for (lockOn in listOf(true, false)) for (r in RelockAfter.entries) for (sw in listOf(true, false)) for (w in listOf(true, false)) {
            val s = LockSettings(lockOn, r, sw, w)
            assertEquals(s.normalized(), LockSettingsCodec.settings(LockSettingsCodec.parse(LockSettingsCodec.encode(s))))
        }
        assertEquals("v1;lock=1;relock=60;switcher=1;widget=0", LockSettingsCodec.encode(LockSettings(true, RelockAfter.ONE_MINUTE, true, false)))
        assertEquals(
            LockSettings(true, RelockAfter.IMMEDIATELY, false, true),
            LockSettingsCodec.settings(LockSettingsCodec.parse("v1;lock=1;relock=0;switcher=0;widget=1;later=x")),
        )
        assertEquals(LockSettings(), LockSettingsCodec.settings(LockSettingsCodec.parse(null)))
        assertTrue(LockSettingsCodec.SETTING_NAME.matches(Regex("[a-z0-9._-]{1,40}")))
    }

    @Test
    fun `settings restored from a backup or erased with the journal are followed at once, without locking the person out`() {
        val store = FakeLockStore()
        val lock = started(store)
        store.value = LockSettingsCodec.encode(lockOn(RelockAfter.FIVE_MINUTES)) // a restore brought them
        lock.reload(deviceSecure = true)
        assertEquals(lockOn(RelockAfter.FIVE_MINUTES), lock.settings)
        assertEquals(LockState.UNLOCKED, lock.state)
        store.value = null // erased with everything else
        lock.reload(deviceSecure = true)
        assertEquals(LockSettings(), lock.settings)
        store.broken = true
        lock.reload(deviceSecure = true)
        assertEquals(LockSettings(), lock.settings, "a store that cannot be read changes nothing")
    }

    @Test
    fun `screens are blank and secure while starting, covered while locked, themselves once unlocked`() {
        val lock = AppLock(stored(lockOn()), { clock.millis })
        assertEquals(ScreenGuard(Cover.BLANK, secureWindow = true, retry = false), lock.guard())
        lock.coldStart(deviceSecure = true)
        assertEquals(ScreenGuard(Cover.LOCKED, secureWindow = true, retry = false), lock.guard())
        lock.unlockFailed()
        assertEquals(ScreenGuard(Cover.LOCKED, secureWindow = true, retry = true), lock.guard())
        assertNull(lock.noticeToShow(), "nothing but the retry line over the cover")
        lock.unlockSucceeded()
        assertEquals(ScreenGuard(Cover.NONE, secureWindow = true, retry = false), lock.guard())
        lock.changeSettings(lock.settings.copy(privateSwitcher = false), deviceSecure = true)
        assertEquals(ScreenGuard(Cover.NONE, secureWindow = false, retry = false), lock.guard())
        val off = started(FakeLockStore())
        assertEquals(ScreenGuard(Cover.NONE, secureWindow = false, retry = false), off.guard())
    }

    @Test
    fun `a notice waits for the cover to go, and is shown once`() {
        val lock = started(FakeLockStore("not a setting"))
        assertEquals(LockState.LOCKED, lock.state)
        assertNull(lock.noticeToShow())
        lock.unlockSucceeded()
        assertEquals(LockNotice.SETTINGS_UNREADABLE, lock.noticeToShow())
        lock.dismissNotice()
        assertNull(lock.noticeToShow())
    }

    @Test
    fun `the lock is offered once - with a screen lock, never answered, and the lock off`() {
        assertTrue(LockOffer.shouldOffer(null, LockSettings(), deviceSecure = true))
        assertFalse(LockOffer.shouldOffer(LockOffer.ANSWERED, LockSettings(), deviceSecure = true), "answered")
        assertFalse(LockOffer.shouldOffer(null, LockSettings(), deviceSecure = false), "nothing to unlock with")
        assertFalse(LockOffer.shouldOffer(null, LockSettings().withLock(true), deviceSecure = true), "already on")
        assertTrue(LockOffer.SETTING_NAME.matches(Regex("[a-z0-9._-]{1,40}")))
    }

    @Test
    fun `a lock that was only on because the store could not be read is never written off`() {
        val store = FakeLockStore(LockSettingsCodec.encode(lockOn())).apply { broken = true }
        val later = mutableListOf<() -> Unit>()
        val lock = AppLock(store, { clock.millis }) { later += it }
        lock.coldStart(deviceSecure = false)
        assertEquals(LockState.UNLOCKED, lock.state)
        // The store is back by the time a write would run: the person's "on" must still be there,
        // so the next start can tell them why the lock is off.
        store.broken = false
        later.forEach { it() }
        assertTrue(LockSettingsCodec.settings(LockSettingsCodec.parse(store.value)).lockEnabled)
    }
}
