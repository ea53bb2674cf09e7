package app.hearth.core

import android.app.Activity
import android.content.BroadcastReceiver
import android.util.Log
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors

/**
 * One background thread for every call into the core: the core is fast, but opening the
 * store touches the keystore and the disk, which never belongs on the main thread.
 */
object Background {
    private const val TAG = "Hearth"
    val executor: ExecutorService = Executors.newSingleThreadExecutor { r -> Thread(r, "hearth-core").apply { isDaemon = true } }

    fun run(what: String, block: () -> Unit) {
        executor.execute {
            try {
                block()
            } catch (t: Throwable) {
                // Only the kind of failure is logged: never entry content or times.
                Log.w(TAG, "$what failed: ${t.javaClass.simpleName}")
            }
        }
    }
}

/**
 * Runs [block] off the main thread inside goAsync(), so the receiver may take longer than
 * onReceive allows without the process being considered idle and killed.
 */
fun BroadcastReceiver.runAsync(what: String, block: () -> Unit) {
    // Null when not called from onReceive (e.g. AppWidgetProvider.onUpdate called directly
    // by a test host); then there is no broadcast to hold open.
    val pending: BroadcastReceiver.PendingResult? = goAsync()
    Background.run(what) {
        try {
            block()
        } finally {
            pending?.finish()
        }
    }
}

/** Runs [work] on the core thread and hands its result to [done] on the main thread. */
fun <T> Activity.async(work: () -> T, done: (Result<T>) -> Unit) {
    Background.executor.execute {
        val r = runCatching(work)
        runOnUiThread { if (!isFinishing && !isDestroyed) done(r) }
    }
}
