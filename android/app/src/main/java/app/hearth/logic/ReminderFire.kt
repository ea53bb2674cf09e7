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
 * The one rule of the shell's own is [LATE_LIMIT_MILLIS]: an inexact alarm that Android
 * delivers hours late (a phone asleep in a drawer) is dropped rather than shown at an odd
 * time; the next slot is already scheduled.
 */
object ReminderFire {
    const val LATE_LIMIT_MILLIS: Long = 2 * 60 * 60 * 1000L

    /**
     * @param firedId the reminder id the alarm carried
     * @param carried the message the alarm carried (shown if [freshPlan] is null)
     * @param plannedAtMillis when it was planned for
     * @param freshPlan the core's plan from just before [plannedAtMillis], or null if the
     *   core could not be asked
     */
    fun decide(
        firedId: String,
        carriedMessageId: String,
        carried: String,
        plannedAtMillis: Long,
        nowMillis: Long,
        freshPlan: List<PlannedReminder>?,
    ): FireDecision {
        if (nowMillis - plannedAtMillis > LATE_LIMIT_MILLIS) {
            return FireDecision.Skip("delivered more than two hours late")
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
