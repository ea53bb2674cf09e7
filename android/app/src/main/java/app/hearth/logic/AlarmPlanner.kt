package app.hearth.logic

import uniffi.hearth.PlannedReminder

/** One thing to do to AlarmManager. */
sealed interface AlarmOp {
    val slot: Int
    val requestCode: Int get() = RequestCodes.alarmSlot(slot)

    /** Set slot [slot] to fire [reminder] (an inexact, allow-while-idle alarm at `reminder.at`). */
    data class Set(override val slot: Int, val reminder: PlannedReminder) : AlarmOp {
        val atMillis: Long get() = reminder.at.toEpochMilli()
    }

    /** Nothing is due in slot [slot]: cancel whatever it held. */
    data class Cancel(override val slot: Int) : AlarmOp
}

/**
 * Turns the core's reminder plan into AlarmManager operations. The core decides *when*
 * and *what*; this only maps its list onto the fixed alarm slots.
 *
 * Next-alarm chaining: only the first [RequestCodes.ALARM_SLOTS] reminders are handed to
 * AlarmManager. When one fires, the receiver asks the core again and re-applies, so the
 * chain moves on; the later slots keep it going if one re-plan ever fails. A re-plan
 * always rewrites every slot, so no list of what was scheduled is stored anywhere.
 */
object AlarmPlanner {
    /**
     * The operations for [plan] at [nowMillis]: slot i gets the i-th reminder still in the
     * future (in time order), every other slot is cancelled. With notifications blocked
     * nothing could be shown, so every slot is cancelled and the phone is never woken.
     */
    fun ops(
        plan: List<PlannedReminder>,
        nowMillis: Long,
        notificationsAllowed: Boolean,
        slots: Int = RequestCodes.ALARM_SLOTS,
    ): List<AlarmOp> {
        val due = if (notificationsAllowed) {
            plan.filter { it.at.toEpochMilli() > nowMillis }
                .sortedWith(compareBy({ it.at }, { it.id }))
                .distinctBy { it.id }
                .take(slots)
        } else {
            emptyList()
        }
        return (0 until slots).map { slot ->
            due.getOrNull(slot)?.let { AlarmOp.Set(slot, it) } ?: AlarmOp.Cancel(slot)
        }
    }
}
