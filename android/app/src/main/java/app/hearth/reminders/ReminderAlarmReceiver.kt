package app.hearth.reminders

import android.app.PendingIntent
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.os.Build
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.runAsync
import app.hearth.logic.FireDecision
import app.hearth.logic.ReminderFire
import app.hearth.logic.ReminderNotices
import app.hearth.logic.RequestCodes
import uniffi.hearth.PlannedReminder
import uniffi.hearth.QuickMood

/**
 * A reminder alarm went off. Off the main thread (goAsync): ask the core whether the
 * reminder still stands and with what words, show it, and schedule the next ones (the
 * chain). If the store cannot be opened right now, the words the alarm carried are shown
 * (the core chose them when it planned) and the remaining alarm slots keep the chain.
 */
class ReminderAlarmReceiver : BroadcastReceiver() {

    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action != ACTION_FIRE) return
        val id = intent.getStringExtra(EXTRA_ID) ?: return
        val messageId = intent.getStringExtra(EXTRA_MESSAGE_ID).orEmpty()
        val carried = intent.getStringExtra(EXTRA_MESSAGE).orEmpty()
        val at = intent.getLongExtra(EXTRA_AT, 0L)
        val setAt = if (intent.hasExtra(EXTRA_SET_AT)) intent.getLongExtra(EXTRA_SET_AT, 0L) else null
        val sdk = Build.VERSION.SDK_INT
        val app = context.applicationContext

        runAsync("reminder") {
            var decision: FireDecision
            var moods: List<QuickMood> = emptyList()
            try {
                val fired = Stores.use(app) { Stores.actions.alarmFired(it, id, messageId, carried, at, setAt, sdk) }
                decision = fired.decision
                moods = fired.quickMoods
                ReminderScheduler.afterCoreChange(app, fired.next)
            } catch (e: Exception) {
                decision = ReminderFire.decide(id, messageId, carried, at, Stores.clock.now().toEpochMilli(), freshPlan = null, setAt, sdk)
            }
            if (decision is FireDecision.Show) {
                Notifications.showReminder(app, ReminderNotices.build(decision, app.getString(R.string.reminder_title), moods))
            }
        }
    }

    companion object {
        const val ACTION_FIRE = "app.hearth.action.REMINDER_FIRE"
        private const val EXTRA_ID = "reminder_id"
        private const val EXTRA_MESSAGE_ID = "message_id"
        private const val EXTRA_MESSAGE = "message"
        private const val EXTRA_AT = "at_millis"
        /** When the alarm was handed to AlarmManager: Android's delivery window grows with the lead. */
        private const val EXTRA_SET_AT = "set_at_millis"

        private fun base(ctx: Context): Intent = Intent(ctx, ReminderAlarmReceiver::class.java).setAction(ACTION_FIRE)

        /**
         * The alarm for slot [slot], carrying [r] and [setAtMillis] (now, as it is set).
         * Immutable; updating replaces the slot's extras.
         */
        fun intent(ctx: Context, slot: Int, r: PlannedReminder, setAtMillis: Long): PendingIntent =
            PendingIntent.getBroadcast(
                ctx,
                RequestCodes.alarmSlot(slot),
                base(ctx)
                    .putExtra(EXTRA_ID, r.id)
                    .putExtra(EXTRA_MESSAGE_ID, r.messageId)
                    .putExtra(EXTRA_MESSAGE, r.message)
                    .putExtra(EXTRA_AT, r.at.toEpochMilli())
                    .putExtra(EXTRA_SET_AT, setAtMillis),
                PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
            )

        /** The slot's PendingIntent if one exists (to cancel it), else null. */
        fun existing(ctx: Context, slot: Int): PendingIntent? =
            PendingIntent.getBroadcast(
                ctx,
                RequestCodes.alarmSlot(slot),
                base(ctx),
                PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_NO_CREATE,
            )
    }
}
