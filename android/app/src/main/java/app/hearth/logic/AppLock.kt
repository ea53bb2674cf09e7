package app.hearth.logic

/** Where the app lock stands. */
enum class LockState {
    /** The process just started and the settings are not read yet: show nothing of the journal. */
    STARTING,
    LOCKED,
    UNLOCKED,
}

/** Something the lock has to tell the person (the words are the shell's resources). */
enum class LockNotice {
    /** An unlock was cancelled or did not work: calm, no counting, try again any time. */
    UNLOCK_NOT_DONE,

    /** The phone has no screen lock any more, so the app lock turned itself off; how to turn it back on. */
    TURNED_OFF_NO_SCREEN_LOCK,

    /** The phone's fingerprints or face changed: the lock stays on, the phone's PIN, pattern or password still opens it. */
    BIOMETRICS_CHANGED,

    /** The stored settings could not be read, so the lock and both privacy settings are on. */
    SETTINGS_UNREADABLE,
}

/** What a screen shows of itself: nothing (an empty surface), the locked cover, or itself. */
enum class Cover { BLANK, LOCKED, NONE }

/**
 * How every screen is guarded right now: its [cover], whether its window is secure
 * (FLAG_SECURE: blank in the app switcher, no screenshots), and whether the cover carries
 * the calm retry line.
 */
data class ScreenGuard(val cover: Cover, val secureWindow: Boolean, val retry: Boolean)

/** What always asks again while the lock is on, even right after unlocking. */
enum class SensitiveAction { EXPORT, BACKUP, ERASE, CHANGE_LOCK }

/** The outcome of changing the settings from the settings screen. */
enum class LockChange {
    SAVED,

    /** The lock cannot be turned on: the phone has no screen lock to unlock it with. */
    NEEDS_SCREEN_LOCK,
}

/**
 * The app lock's state machine (issue #19), shared in spirit with the iOS shell's
 * `AppLock`: when Hearth is locked, when it asks again, and when the lock turns itself off.
 * No android.* here; the shell reports events and draws what [state] and [notice] say.
 *
 * Time is [elapsedMillis], a monotonic clock (SystemClock.elapsedRealtime on Android),
 * never wall time, which the person or the network can move. A clock that went backwards
 * counts as "long enough": locked.
 *
 * The lock gates the app's screens only. The widget's and a reminder's one-tap mood write
 * without reading anything and never ask.
 *
 * Thread-safe: the shell reads the settings on its core thread and reports lifecycle
 * events on the main thread.
 *
 * @param background runs a fire-and-forget write of the settings off the caller's thread
 *   (used when the lock turns itself off during a lifecycle event); tests run it at once.
 */
class AppLock(
    private val store: LockSettingsStore,
    private val elapsedMillis: () -> Long,
    private val background: (() -> Unit) -> Unit = { it() },
) {
    /** Locked, unlocked, or still starting (settings not read yet). */
    var state: LockState = LockState.STARTING
        @Synchronized get
        private set

    /** The settings this process follows (read at [coldStart], changed by [changeSettings]). */
    var settings: LockSettings = LockSettings()
        @Synchronized get
        private set

    /** What to tell the person now, if anything; [dismissNotice] once shown. */
    var notice: LockNotice? = null
        @Synchronized get
        private set

    private var backgroundSince: Long? = null
    private var authenticating = false
    private var steppingOutside = false
    private var biometricsEnrolled: Boolean? = null

    /**
     * The process started: read the settings (on a phone this opens the store, so not on
     * the main thread). Locked if the lock is on. A store that cannot be opened right now
     * is treated like unreadable settings, but silently: on a phone with a screen lock
     * Hearth asks for it rather than guessing the lock was off.
     */
    @Synchronized
    fun coldStart(deviceSecure: Boolean) {
        val stored = try {
            LockSettingsCodec.parse(store.read())
        } catch (e: Exception) {
            null
        }
        settings = stored?.let(LockSettingsCodec::settings) ?: LockSettings.UNREADABLE_FALLBACK
        if (stored == StoredLock.Unreadable) notice = LockNotice.SETTINGS_UNREADABLE
        state = if (settings.lockEnabled) LockState.LOCKED else LockState.UNLOCKED
        if (settings.lockEnabled && !deviceSecure) {
            // Nothing to unlock with. Only a stored "on" (or damaged settings) is worth a
            // word and a write; a store that could not be read says nothing about the
            // lock, and writing "off" then could replace a real "on" unexplained.
            turnOffForNoScreenLock(tell = stored != null, write = stored != null)
        }
    }

    /**
     * The store changed under the lock while the person was in the app: a restore or an
     * import brought settings from a backup, or an erase took them away with everything
     * else. Reads them again; the person stays in (they are using Hearth right now). Call
     * off the main thread.
     */
    @Synchronized
    fun reload(deviceSecure: Boolean) {
        val stored = try {
            LockSettingsCodec.parse(store.read())
        } catch (e: Exception) {
            return // nothing new is known: keep what this process follows
        }
        settings = LockSettingsCodec.settings(stored)
        if (stored == StoredLock.Unreadable) notice = LockNotice.SETTINGS_UNREADABLE
        if (settings.lockEnabled && !deviceSecure) turnOffForNoScreenLock(tell = true)
    }

    /** Every screen of Hearth left the foreground. */
    @Synchronized
    fun wentToBackground() {
        backgroundSince = elapsedMillis()
    }

    /**
     * A screen of Hearth came to the foreground. Locks when the lock is on and Hearth was
     * in the background at least [LockSettings.relockAfter] (any time at all for
     * IMMEDIATELY), except while an unlock is under way or after a trip to a system screen
     * the person started from Hearth ([steppingOutside]).
     */
    @Synchronized
    fun cameToForeground(deviceSecure: Boolean) {
        val since = backgroundSince
        backgroundSince = null
        val outside = steppingOutside
        steppingOutside = false
        if (state == LockState.STARTING) return
        if (settings.lockEnabled && !deviceSecure) {
            turnOffForNoScreenLock(tell = true)
            return
        }
        if (!settings.lockEnabled || state == LockState.LOCKED || authenticating || outside || since == null) return
        val away = elapsedMillis() - since
        if (away < 0 || away >= settings.relockAfter.millis) state = LockState.LOCKED
    }

    /**
     * Hearth is about to open a system screen the person asked for (a file picker, the
     * phone's own credential screen): coming back from it does not lock again.
     */
    @Synchronized
    fun steppingOutside() {
        steppingOutside = true
    }

    /** The unlock prompt is showing. */
    @Synchronized
    fun authenticationStarted() {
        authenticating = true
    }

    /** The person proved who they are (biometrics or the phone's credential). */
    @Synchronized
    fun unlockSucceeded() {
        authenticating = false
        if (state != LockState.STARTING) state = LockState.UNLOCKED
        if (notice == LockNotice.UNLOCK_NOT_DONE) notice = null
    }

    /** Cancelled, or not recognised: still locked, and a calm word; no counting down. */
    @Synchronized
    fun unlockFailed() {
        authenticating = false
        if (state == LockState.LOCKED) notice = LockNotice.UNLOCK_NOT_DONE
    }

    /**
     * The phone's biometrics as seen now (enrolled or not). A change while the lock is on
     * leaves it on, as it is: the phone's own credential always unlocks. The person is told
     * once.
     */
    @Synchronized
    fun observeBiometrics(enrolled: Boolean) {
        val before = biometricsEnrolled
        biometricsEnrolled = enrolled
        if (before != null && before != enrolled) biometricsChanged()
    }

    /** Fingerprints or face were added or removed on the phone. */
    @Synchronized
    fun biometricsChanged() {
        if (settings.lockEnabled) notice = LockNotice.BIOMETRICS_CHANGED
    }

    /** The phone no longer has a screen lock: the app lock turns itself off and says why. */
    @Synchronized
    fun deviceNoLongerSecure() {
        if (settings.lockEnabled) turnOffForNoScreenLock(tell = true)
    }

    /** Whether [action] must ask the person again first: always, while the lock is on. */
    @Synchronized
    fun needsConfirmation(@Suppress("UNUSED_PARAMETER") action: SensitiveAction): Boolean = settings.lockEnabled

    /**
     * The settings screen saved [wanted] (after asking again, when the lock was on; see
     * [needsConfirmation]). Writes synchronously (call off the main thread); a failed
     * write throws and changes nothing.
     */
    @Synchronized
    fun changeSettings(wanted: LockSettings, deviceSecure: Boolean): LockChange {
        val next = wanted.normalized()
        if (next.lockEnabled && !deviceSecure) return LockChange.NEEDS_SCREEN_LOCK
        store.write(LockSettingsCodec.encode(next))
        settings = next
        // The person is in the app, having just set this: it is not locked under them.
        if (state != LockState.STARTING) state = LockState.UNLOCKED
        if (notice == LockNotice.SETTINGS_UNREADABLE || notice == LockNotice.TURNED_OFF_NO_SCREEN_LOCK) notice = null
        return LockChange.SAVED
    }

    /**
     * How screens are guarded now. While starting, windows are secure and blank until the
     * settings are known (the safe side for a moment); after that the person's choice.
     */
    @Synchronized
    fun guard(): ScreenGuard = when (state) {
        LockState.STARTING -> ScreenGuard(Cover.BLANK, secureWindow = true, retry = false)
        LockState.LOCKED -> ScreenGuard(Cover.LOCKED, settings.secureWindows, retry = notice == LockNotice.UNLOCK_NOT_DONE)
        LockState.UNLOCKED -> ScreenGuard(Cover.NONE, settings.secureWindows, retry = false)
    }

    /**
     * A notice to show on an open screen, once (then [dismissNotice]): only while unlocked,
     * so nothing is said over the cover but the retry line.
     */
    @Synchronized
    fun noticeToShow(): LockNotice? = notice.takeIf { state == LockState.UNLOCKED && it != LockNotice.UNLOCK_NOT_DONE }

    /** The notice was shown (or is no longer worth showing). */
    @Synchronized
    fun dismissNotice() {
        notice = null
    }

    private fun turnOffForNoScreenLock(tell: Boolean, write: Boolean = true) {
        settings = settings.withLock(false)
        state = LockState.UNLOCKED
        authenticating = false
        if (tell) notice = LockNotice.TURNED_OFF_NO_SCREEN_LOCK
        if (!write) return
        val value = LockSettingsCodec.encode(settings)
        background {
            // Not written: the next start checks the phone's screen lock again and
            // turns the lock off again, so nothing is lost by trying once.
            runCatching { store.write(value) }
        }
    }
}
