package app.hearth.reminders

import android.app.PendingIntent
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import app.hearth.core.Stores
import app.hearth.core.runAsync
import app.hearth.logic.ReminderNotice

/**
 * A mood button on a reminder notification: record the mood with source = reminder,
 * straight away and without opening the app; then thank, redraw the widget and re-plan
 * (the core plans no more reminders for a day with a check-in). If it cannot be saved,
 * the reminder is replaced by a notice saying so.
 */
class ReminderMoodReceiver : BroadcastReceiver() {

    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action != ACTION_MOOD) return
        val mood = intent.getIntExtra(EXTRA_MOOD, 0)
        if (mood !in 1..5) return
        val reminderId = intent.getStringExtra(EXTRA_REMINDER_ID).orEmpty()
        val notificationId = intent.getIntExtra(EXTRA_NOTIFICATION_ID, 0)
        val app = context.applicationContext

        runAsync("reminder mood") {
            val outcome = try {
                Stores.use(app) { Stores.actions.reminderMood(it, mood) }
            } catch (e: Exception) {
                // The person tapped a mood and must not be left thinking it was kept: the
                // reminder becomes a plain "That didn't save", which opens Hearth to try
                // again. (runAsync logs the kind of failure; nothing about the mood.)
                Notifications.showSaveFailed(app, reminderId, notificationId)
                throw e
            }
            Notifications.cancelReminder(app, reminderId, notificationId)
            ReminderScheduler.afterCheckIn(app, outcome)
            Notifications.showSaved(app, notificationId)
        }
    }

    companion object {
        const val ACTION_MOOD = "app.hearth.action.REMINDER_MOOD"
        private const val EXTRA_MOOD = "mood"
        private const val EXTRA_REMINDER_ID = "reminder_id"
        private const val EXTRA_NOTIFICATION_ID = "notification_id"

        /** Explicit and immutable: only this app's receiver can be reached, and nothing can alter it. */
        fun intent(ctx: Context, notice: ReminderNotice, mood: Int, requestCode: Int): PendingIntent =
            PendingIntent.getBroadcast(
                ctx,
                requestCode,
                Intent(ctx, ReminderMoodReceiver::class.java)
                    .setAction(ACTION_MOOD)
                    .putExtra(EXTRA_MOOD, mood)
                    .putExtra(EXTRA_REMINDER_ID, notice.reminderId)
                    .putExtra(EXTRA_NOTIFICATION_ID, notice.notificationId),
                PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
            )
    }
}
