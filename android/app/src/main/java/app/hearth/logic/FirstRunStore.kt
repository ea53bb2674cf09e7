package app.hearth.logic

import uniffi.hearth.Hearth

/**
 * The first run's progress in the core's store: reading it and keeping each answer as
 * it is given. No android.*: the JVM tests run it against the real core.
 */
object FirstRunStore {
    /** The progress in the open store [h]; [offersLock] from [LockOffer]. */
    fun read(h: Hearth, offersLock: Boolean): FirstRun = FirstRun.read({ h.shellSetting(it) }, offersLock)

    /** Keeps [writes] in order; each one is durable before the next is tried. */
    fun apply(h: Hearth, writes: List<FirstRun.Write>) {
        for (w in writes) {
            when (w) {
                is FirstRun.Write.Mark -> h.setShellSetting(w.step.settingName, w.outcome.stored)
                is FirstRun.Write.Reminders -> {
                    // The core's settings first, then the answer: an answer without its
                    // settings would plan the core's default instead of what was chosen.
                    val now = h.reminderSettings()
                    val on = w.answer == ReminderChoice.Answer.ON
                    val times = if (on && w.time != null) listOf(w.time) else now.times
                    val settings = now.copy(enabled = on, times = times)
                    h.saveReminderSettings(settings)
                    ReminderChoice.record(h, settings)
                }
                FirstRun.Write.DeclineLock -> h.setShellSetting(LockOffer.SETTING_NAME, LockOffer.ANSWERED)
            }
        }
    }
}
