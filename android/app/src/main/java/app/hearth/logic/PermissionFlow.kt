package app.hearth.logic

/**
 * The POST_NOTIFICATIONS flow (Android 13+), as a pure function so every path is tested.
 *
 * Principles: explain before the system dialog; ask only while reminders are on; "Not
 * now" is respected (never asked again by itself; the Reminders screen offers it); a
 * refusal is respected too (after two refusals Android stops showing the dialog, so we
 * point to Settings, and only when the person asks). The app works fully either way.
 */
object PermissionFlow {
    /** Android 13, where POST_NOTIFICATIONS became a runtime permission. */
    const val TIRAMISU = 33

    enum class Step {
        /** Nothing to do: older Android, already granted, or reminders are off. */
        NONE,

        /** Show our explanation screen first. */
        EXPLAIN,

        /** The person chose "Allow" on our screen: show the system dialog. */
        REQUEST,

        /** The system will not show its dialog again: offer the app's notification settings. */
        OPEN_SETTINGS,

        /** The person said no (here or in the system dialog): leave them be. */
        RESPECT_NO,
    }

    data class State(
        val sdkInt: Int,
        val granted: Boolean,
        val remindersEnabled: Boolean,
        /** Our explanation screen has been shown before. */
        val explained: Boolean,
        /** The person chose "Not now" on our screen. */
        val notNow: Boolean,
        /** How many times the system dialog came back denied. */
        val denials: Int,
    )

    /** What to do when the app opens by itself (no button was pressed). */
    fun onAppOpen(s: State): Step = when {
        s.sdkInt < TIRAMISU || s.granted || !s.remindersEnabled -> Step.NONE
        s.notNow || s.denials > 0 -> Step.RESPECT_NO
        !s.explained -> Step.EXPLAIN
        else -> Step.RESPECT_NO
    }

    /** What to do when the person asks for notifications (Reminders screen, or "Allow" on ours). */
    fun onUserAsks(s: State): Step = when {
        s.sdkInt < TIRAMISU || s.granted -> Step.NONE
        s.denials >= 2 -> Step.OPEN_SETTINGS
        else -> Step.REQUEST
    }

    /** The state after the system dialog answered. */
    fun afterResult(s: State, granted: Boolean): State =
        if (granted) s.copy(granted = true, explained = true) else s.copy(explained = true, denials = s.denials + 1)

    /** The state after "Not now" on our explanation screen. */
    fun afterNotNow(s: State): State = s.copy(explained = true, notNow = true)
}
