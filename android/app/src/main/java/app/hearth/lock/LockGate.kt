package app.hearth.lock

import android.app.Activity
import android.app.AlertDialog
import android.app.Application
import android.os.Bundle
import android.os.Handler
import android.os.Looper
import android.view.WindowManager
import app.hearth.HearthApp
import app.hearth.R
import app.hearth.core.Background
import app.hearth.logic.Cover
import app.hearth.logic.LockNotice
import app.hearth.ui.Nav
import app.hearth.ui.PrivacyActivity

/**
 * The app lock in front of every screen, through the activity lifecycle (no screen has to
 * remember it). It reports to [app.hearth.logic.AppLock] when Hearth goes to the
 * background and comes back, and draws what the lock decides on each screen: the cover,
 * FLAG_SECURE, and a notice once unlocked. Decisions are the lock's; this only applies them.
 */
class LockGate(private val app: HearthApp) : Application.ActivityLifecycleCallbacks {
    private val main = Handler(Looper.getMainLooper())
    private val live = LinkedHashSet<Activity>()
    private var resumed: Activity? = null
    /** Screens between onStart and onStop: a set, so a repeated callback never miscounts. */
    private val started = HashSet<Activity>()
    private var loading = false

    /** The prompt was opened for this lock episode (once; after that the Unlock button). */
    private var prompted = false
    private var noticeDialog: AlertDialog? = null

    private val lock get() = app.lock

    override fun onActivityCreated(activity: Activity, savedInstanceState: Bundle?) {
        live += activity
        if (!loading) {
            // The first screen of this process: read the settings on the core thread, which
            // runs in order, before the screen's own load queued after this.
            loading = true
            val secure = DeviceAuth.secure(app)
            Background.run("lock start") {
                try {
                    lock.coldStart(secure)
                } finally {
                    main.post { refreshAll() }
                }
            }
        }
        applyWindow(activity)
    }

    override fun onActivityStarted(activity: Activity) {
        if (started.isEmpty() && started.add(activity)) {
            lock.cameToForeground(DeviceAuth.secure(app))
            DeviceAuth.biometricsEnrolled(app)?.let(lock::observeBiometrics)
        }
        started += activity
        apply(activity)
    }

    override fun onActivityResumed(activity: Activity) {
        resumed = activity
        apply(activity)
    }

    override fun onActivityPaused(activity: Activity) {
        if (resumed === activity) resumed = null
    }

    override fun onActivityStopped(activity: Activity) {
        if (!started.remove(activity)) return
        // A rotation or other configuration change stops and restarts the screen at once: not the background.
        if (started.isEmpty() && !activity.isChangingConfigurations) lock.wentToBackground()
    }

    override fun onActivitySaveInstanceState(activity: Activity, outState: Bundle) = Unit

    override fun onActivityDestroyed(activity: Activity) {
        live -= activity
        started -= activity
        if (resumed === activity) resumed = null
    }

    /** Applies the lock's current decision to every open screen (after it changed off the lifecycle). */
    fun refreshAll() {
        for (a in live.toList()) apply(a)
    }

    private fun applyWindow(a: Activity) {
        if (a is UnlockActivity || a is OpenWhileLocked) return
        val secure = lock.guard().secureWindow
        val flags = a.window.attributes.flags and WindowManager.LayoutParams.FLAG_SECURE != 0
        if (secure && !flags) a.window.addFlags(WindowManager.LayoutParams.FLAG_SECURE)
        if (!secure && flags) a.window.clearFlags(WindowManager.LayoutParams.FLAG_SECURE)
    }

    private fun apply(a: Activity) {
        if (a is UnlockActivity || a is OpenWhileLocked || a.isFinishing || a.isDestroyed) return
        applyWindow(a)
        val guard = lock.guard()
        when (guard.cover) {
            Cover.NONE -> {
                prompted = false
                LockCover.hide(a)
                if (a === resumed) showNotice(a)
            }
            Cover.BLANK -> LockCover.show(a, starting = true, retry = false) {}
            Cover.LOCKED -> {
                LockCover.show(a, starting = false, retry = guard.retry) { a.startActivity(UnlockActivity.unlock(a)) }
                // Ask once by itself when a locked screen comes up; after a cancel, the button.
                if (a === resumed && !prompted) {
                    prompted = true
                    a.startActivity(UnlockActivity.unlock(a))
                }
            }
        }
    }

    private fun showNotice(a: Activity) {
        val notice = lock.noticeToShow() ?: return
        if (noticeDialog?.isShowing == true) return
        lock.dismissNotice()
        val (title, text) = when (notice) {
            LockNotice.TURNED_OFF_NO_SCREEN_LOCK -> R.string.lock_notice_turned_off_title to R.string.lock_notice_turned_off
            LockNotice.BIOMETRICS_CHANGED -> R.string.lock_notice_biometrics_title to R.string.lock_notice_biometrics
            LockNotice.SETTINGS_UNREADABLE -> R.string.lock_notice_unreadable_title to R.string.lock_notice_unreadable
            LockNotice.UNLOCK_NOT_DONE -> return
        }
        val b = AlertDialog.Builder(a).setTitle(title).setMessage(text).setPositiveButton(R.string.lock_notice_ok, null)
        if (a !is PrivacyActivity) b.setNeutralButton(R.string.lock_notice_open_settings) { _, _ -> Nav.open(a, PrivacyActivity::class.java) }
        noticeDialog = b.show()
    }
}
