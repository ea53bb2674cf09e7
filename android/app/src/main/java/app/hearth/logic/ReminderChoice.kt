package app.hearth.logic

import uniffi.hearth.Hearth
import uniffi.hearth.ReminderSettings

/**
 * Reminders stay off until the person chooses (issue #21). The core's out-of-the-box
 * settings are "on, at 20:00", and the core cannot tell a saved "on" from that default,
 * so the shell keeps the person's answer beside them: the shell setting
 * `firstrun.reminders` = `on` or `off` (the same name and values as the iOS shell, so a
 * backup restored on the other platform does not ask again). It is written by the first
 * run's reminder question or by saving reminder settings. Until it exists nothing is
 * planned ([CoreActions.plan] asks here), in the app, the widget, a receiver or a tile,
 * and the settings screen shows reminders as off.
 */
object ReminderChoice {
    /** The shell setting that holds the answer. */
    const val SETTING_NAME = "firstrun.reminders"

    /** What the person chose, as stored. */
    enum class Answer(val stored: String) {
        ON("on"),
        OFF("off"),
        ;

        companion object {
            /** The answer [value] stands for; null for nothing or anything else. */
            fun of(value: String?): Answer? = entries.firstOrNull { it.stored == value }
        }
    }

    /**
     * The stored answer; null when there is none, or it cannot be read (not knowing is not
     * a choice, so nothing is planned).
     */
    fun answer(h: Hearth): Answer? = try {
        Answer.of(h.shellSetting(SETTING_NAME))
    } catch (e: Exception) {
        null
    }

    /** Keeps the answer that matches [settings] (on when they are enabled). */
    fun record(h: Hearth, settings: ReminderSettings) {
        h.setShellSetting(SETTING_NAME, (if (settings.enabled) Answer.ON else Answer.OFF).stored)
    }

    /**
     * The settings as the person should see them: before any answer, off (whatever the
     * core's default says), since nothing is planned.
     */
    fun shown(settings: ReminderSettings, answer: Answer?): ReminderSettings =
        if (answer == null) settings.copy(enabled = false) else settings
}
