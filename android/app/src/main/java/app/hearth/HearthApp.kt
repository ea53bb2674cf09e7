package app.hearth

import android.app.Application
import android.content.Context
import android.content.res.Configuration
import android.os.SystemClock
import app.hearth.core.Background
import app.hearth.core.Languages
import app.hearth.core.StoreLockSettings
import app.hearth.lock.LockGate
import app.hearth.logic.AppLock

/**
 * The app process. Holds the app lock for as long as the process lives (a new process is
 * a cold start: locked again if the lock is on) and puts its gate in front of every screen.
 */
class HearthApp : Application() {
    /** The lock: settings in the core's store, time from the monotonic elapsedRealtime clock. */
    val lock: AppLock by lazy {
        AppLock(StoreLockSettings(this), SystemClock::elapsedRealtime) { write -> Background.run("lock settings", write) }
    }

    /** The gate in front of every screen; the settings screen asks it to redraw after a change. */
    lateinit var gate: LockGate
        private set

    /**
     * The first run was opened from Today in this process: leaving it with Back does not
     * bring it straight back (it resumes at the next start, where it was left).
     */
    @Volatile
    var firstRunOpened = false

    override fun onCreate() {
        super.onCreate()
        // Before anything asks the core for words: every screen, receiver, the widget and
        // the tile run in this process, so this covers them all (issue #22).
        Languages.start(this)
        gate = LockGate(this)
        registerActivityLifecycleCallbacks(gate)
    }

    /** The phone's language changed while Hearth runs: the core speaks it from now on. */
    override fun onConfigurationChanged(newConfig: Configuration) {
        super.onConfigurationChanged(newConfig)
        Languages.choose(this, newConfig)
    }

    companion object {
        /** The app process of [ctx] (every context of this app belongs to it). */
        fun of(ctx: Context): HearthApp = ctx.applicationContext as HearthApp
    }
}
