package app.hearth.widget

import android.app.PendingIntent
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import app.hearth.core.Stores
import app.hearth.core.runAsync
import app.hearth.reminders.ReminderScheduler

/**
 * One tap on a widget mood: no app UI. The widget says "Saving…" at once; then, on the
 * core thread inside goAsync(): open the store, `widgetCheckin(mood, now, zone)`, close,
 * draw the snapshot the core returned, and re-plan reminders (none for today any more).
 */
class WidgetMoodReceiver : BroadcastReceiver() {

    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action != ACTION_MOOD) return
        val mood = intent.getIntExtra(EXTRA_MOOD, 0)
        if (mood !in 1..5) return
        val app = context.applicationContext
        intent.getStringExtra(EXTRA_LABEL)?.let { WidgetUpdater.showSaving(app, it) }

        runAsync("widget check-in") {
            try {
                val outcome = Stores.use(app) { Stores.actions.widgetTap(it, mood) }
                ReminderScheduler.afterCheckIn(app, outcome)
            } catch (e: Exception) {
                WidgetUpdater.render(app, null)
                throw e
            }
        }
    }

    companion object {
        const val ACTION_MOOD = "app.hearth.action.WIDGET_MOOD"
        private const val EXTRA_MOOD = "mood"
        private const val EXTRA_LABEL = "label"

        /** Explicit, immutable broadcast to this (non-exported) receiver. */
        fun intent(ctx: Context, mood: Int, label: String, requestCode: Int): PendingIntent =
            PendingIntent.getBroadcast(
                ctx,
                requestCode,
                Intent(ctx, WidgetMoodReceiver::class.java)
                    .setAction(ACTION_MOOD)
                    .putExtra(EXTRA_MOOD, mood)
                    .putExtra(EXTRA_LABEL, label),
                PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
            )
    }
}
