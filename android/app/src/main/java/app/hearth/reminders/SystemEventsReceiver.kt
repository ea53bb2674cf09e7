package app.hearth.reminders

import android.app.NotificationManager
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import app.hearth.core.runAsync

/**
 * Alarms are lost on reboot (and on app update), and a time or zone change moves every
 * local reminder time: in each case ask the core for a fresh plan and redraw the widget.
 * Notifications allowed or blocked in Settings also re-plan: with them blocked no alarm
 * is kept. A new phone language redraws the widget and the planned reminders' words in it
 * (the core already speaks it: HearthApp names it on a configuration change, or at the
 * start of the process this broadcast woke). Not exported; only the system sends these.
 */
class SystemEventsReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action !in HANDLED) return
        val app = context.applicationContext
        runAsync("re-plan after ${intent.action}") { ReminderScheduler.refreshAll(app) }
    }

    companion object {
        val HANDLED = setOf(
            Intent.ACTION_BOOT_COMPLETED,
            Intent.ACTION_TIME_CHANGED, // "android.intent.action.TIME_SET"
            Intent.ACTION_TIMEZONE_CHANGED,
            Intent.ACTION_MY_PACKAGE_REPLACED,
            Intent.ACTION_LOCALE_CHANGED,
            NotificationManager.ACTION_APP_BLOCK_STATE_CHANGED,
            NotificationManager.ACTION_NOTIFICATION_CHANNEL_BLOCK_STATE_CHANGED,
        )
    }
}
