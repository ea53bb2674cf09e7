package app.hearth.logic

import uniffi.hearth.PlannedReminder

/** What to do when a reminder alarm goes off. */
sealed interface FireDecision {
    /** Show the reminder with the core's text. */
    data class Show(val reminderId: String, val messageId: String, val message: String, val atMillis: Long) : FireDecision

    /** Stay quiet. [reason] is for tests and logs; it is never shown. */
    data class Skip(val reason: String) : FireDecision
}

/**
 * The alarm carried the reminder as planned; the core may have changed its mind since
 * (a check-in, new settings, a pause). When the alarm fires the receiver re-plans from
 * just before the planned instant and shows the reminder only if the core still plans
 * it, with the core's current text. If the store cannot be opened right then (the
 * keystore is briefly unavailable) the carried text is shown: the core planned it.
 *
 * The one rule of the shell's own is how late is too late ([lateLimitMillis]).
 */
object ReminderFire {
    /**
     * Grace beyond Android's own delivery window, for Doze: allow-while-idle alarms wait
     * for idle maintenance windows (documented as about every minute normally, "such as
     * 15 minutes" or longer in low-power idle), and a phone asleep in a drawer may hold
     * them longer still.
     */
    const val LATE_GRACE_MILLIS: Long = 2 * 60 * 60 * 1000L

    /** Kept for callers that know no set time: the grace alone. */
    const val LATE_LIMIT_MILLIS: Long = LATE_GRACE_MILLIS

    /** API 31 (Android 12): inexact windows are capped at an hour past the trigger. */
    const val SDK_WINDOW_CAPPED = 31

    private const val HOUR_MILLIS = 60 * 60 * 1000L

    /** Android does not defer alarms due sooner than this after they are set. */
    private const val MIN_FUZZABLE_MILLIS = 10_000L

    /**
     * How late Android itself may deliver our alarm. Reminders are set with
     * `setAndAllowWhileIdle`, which is inexact: since API 19 "the alarm will not be
     * delivered before this time, but may be deferred and delivered some time later".
     * AlarmManagerService sets the window of an inexact one-shot alarm to 75% of the time
     * between setting it and its trigger time (nothing for alarms due within 10 s):
     * - API 19–30 (Android 4.4–11, so minSdk 26 to 30): that 75%, uncapped. An alarm set
     *   at 10:00 for 20:00 may legally arrive at 03:30; one set a day ahead, 18 h late.
     * - API 31+ (Android 12+): the same 75%, but never more than one hour after the
     *   trigger time.
     *
     * @param setAtMillis when the alarm was handed to AlarmManager, or null if unknown
     *   (then no window is assumed, only the grace).
     */
    fun platformWindowMillis(plannedAtMillis: Long, setAtMillis: Long?, sdkInt: Int): Long {
        if (setAtMillis == null) return 0L
        val lead = plannedAtMillis - setAtMillis
        if (lead < MIN_FUZZABLE_MILLIS) return 0L
        val window = lead / 4 * 3
        return if (sdkInt >= SDK_WINDOW_CAPPED) minOf(window, HOUR_MILLIS) else window
    }

    /**
     * The rule: a reminder is shown if it arrives within Android's own delivery window
     * for that alarm ([platformWindowMillis]) plus [LATE_GRACE_MILLIS]; later than that it
     * is dropped (the next slot is already scheduled). So nothing Android is documented
     * to do can drop a reminder on Android 8–11; only a phone off or asleep well beyond
     * it does, and then the reminder is not shown at an odd hour long after its moment.
     */
    fun lateLimitMillis(plannedAtMillis: Long, setAtMillis: Long?, sdkInt: Int): Long =
        platformWindowMillis(plannedAtMillis, setAtMillis, sdkInt) + LATE_GRACE_MILLIS

    /**
     * @param firedId the reminder id the alarm carried
     * @param carried the message the alarm carried (shown if [freshPlan] is null)
     * @param plannedAtMillis when it was planned for
     * @param freshPlan the core's plan from just before [plannedAtMillis], or null if the
     *   core could not be asked
     * @param setAtMillis when the alarm was set (null: unknown, only the grace applies)
     * @param sdkInt the phone's API level (Build.VERSION.SDK_INT)
     */
    fun decide(
        firedId: String,
        carriedMessageId: String,
        carried: String,
        plannedAtMillis: Long,
        nowMillis: Long,
        freshPlan: List<PlannedReminder>?,
        setAtMillis: Long? = null,
        sdkInt: Int = SDK_WINDOW_CAPPED,
    ): FireDecision {
        if (nowMillis - plannedAtMillis > lateLimitMillis(plannedAtMillis, setAtMillis, sdkInt)) {
            return FireDecision.Skip("delivered later than Android's window plus the grace")
        }
        if (freshPlan == null) {
            return FireDecision.Show(firedId, carriedMessageId, carried, plannedAtMillis)
        }
        val still = freshPlan.firstOrNull { it.id == firedId }
            ?: return FireDecision.Skip("no longer planned (checked in, paused or settings changed)")
        return FireDecision.Show(still.id, still.messageId, still.message, still.at.toEpochMilli())
    }

    /** The instant to re-plan from so that a reminder planned for [plannedAtMillis] is included. */
    fun replanFromMillis(plannedAtMillis: Long): Long = plannedAtMillis - 1_000L
}
