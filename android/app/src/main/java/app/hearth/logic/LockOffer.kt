package app.hearth.logic

/**
 * The app lock is offered once, on Today, at first run (issue #19): only on a phone with a
 * screen lock to unlock with, only to a journal whose lock is off, and never again once
 * answered either way. The answer is a shell setting in the core's store (same name and
 * value as the iOS shell), so a restored backup does not ask again.
 */
object LockOffer {
    const val SETTING_NAME = "lock.offered"

    /** Stored once the person answered, whatever the answer. */
    const val ANSWERED = "1"

    /** [mark]: the stored answer, null when never offered. */
    fun shouldOffer(mark: String?, settings: LockSettings, deviceSecure: Boolean): Boolean =
        deviceSecure && mark == null && !settings.lockEnabled
}
