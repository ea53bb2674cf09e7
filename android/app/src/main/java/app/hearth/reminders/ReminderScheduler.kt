package app.hearth.reminders

import android.app.AlarmManager
import android.app.PendingIntent
import android.appwidget.AppWidgetManager
import android.content.Context
import android.content.Intent
import app.hearth.core.Background
import app.hearth.core.Stores
import app.hearth.logic.AlarmOp
import app.hearth.logic.AlarmPlanner
import app.hearth.logic.Clock
import app.hearth.logic.CoreActions
import app.hearth.logic.RequestCodes
import app.hearth.widget.CheckInWidgetProvider
import app.hearth.widget.WidgetUpdater
import uniffi.hearth.PlannedReminder

/**
 * Hands the core's plan to AlarmManager. Inexact alarms only: setAndAllowWhileIdle lets
 * Android batch and defer them (and still deliver in Doze, rarely), and needs no
 * SCHEDULE_EXACT_ALARM permission. A gentle reminder a few minutes late is fine.
 */
object ReminderScheduler {

    private fun alarms(ctx: Context): AlarmManager = ctx.getSystemService(AlarmManager::class.java)!!

    /** Applies the operations for [plan]: slot i ← i-th upcoming reminder, other slots cancelled. */
    fun apply(ctx: Context, plan: List<PlannedReminder>, nowMillis: Long) {
        val am = alarms(ctx)
        for (op in AlarmPlanner.ops(plan, nowMillis, Notifications.allowed(ctx))) {
            when (op) {
                is AlarmOp.Set -> am.setAndAllowWhileIdle(
                    AlarmManager.RTC_WAKEUP,
                    op.atMillis,
                    ReminderAlarmReceiver.intent(ctx, op.slot, op.reminder, nowMillis),
                )
                is AlarmOp.Cancel -> ReminderAlarmReceiver.existing(ctx, op.slot)?.let {
                    am.cancel(it)
                    it.cancel()
                }
            }
        }
        scheduleMidnightRefresh(ctx, nowMillis)
    }

    /** Cancels every reminder alarm (after erasing everything). */
    fun cancelAll(ctx: Context) {
        val am = alarms(ctx)
        for (slot in 0 until RequestCodes.ALARM_SLOTS) {
            ReminderAlarmReceiver.existing(ctx, slot)?.let { am.cancel(it); it.cancel() }
        }
    }

    /**
     * The widget's "today" turns over at local midnight: a non-waking inexact alarm asks the
     * widget provider to redraw when the phone is next awake after it. Only while a widget
     * is on the home screen.
     */
    private fun scheduleMidnightRefresh(ctx: Context, nowMillis: Long) {
        val ids = WidgetUpdater.ids(ctx)
        val intent = Intent(ctx, CheckInWidgetProvider::class.java)
            .setAction(AppWidgetManager.ACTION_APPWIDGET_UPDATE)
            .putExtra(AppWidgetManager.EXTRA_APPWIDGET_IDS, ids)
        val pi = PendingIntent.getBroadcast(
            ctx, RequestCodes.WIDGET_MIDNIGHT_REFRESH, intent,
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )
        val am = alarms(ctx)
        if (ids.isEmpty()) {
            am.cancel(pi)
            return
        }
        val at = Clock.nextDayStart(java.time.Instant.ofEpochMilli(nowMillis), Stores.clock.zone())
        am.set(AlarmManager.RTC, at.toEpochMilli(), pi)
    }

    /** Re-plan in the background: app open, settings saved, permission answered. */
    fun replanAsync(ctx: Context) {
        val app = ctx.applicationContext
        Background.run("replan") { refreshAll(app) }
    }

    /** Opens the store, re-plans, redraws the widget. Call on the core thread. */
    fun refreshAll(ctx: Context) {
        val outcome = Stores.use(ctx) { Stores.actions.refresh(it) }
        afterCoreChange(ctx, outcome)
    }

    /** After the core changed or re-planned: draw the widget, schedule the plan. */
    fun afterCoreChange(ctx: Context, outcome: CoreActions.Outcome) {
        WidgetUpdater.render(ctx, outcome.widget)
        apply(ctx, outcome.plan, outcome.nowMillis)
    }

    /** After a check-in from anywhere: no reminder is left to answer today; redraw and re-plan. */
    fun afterCheckIn(ctx: Context, outcome: CoreActions.Outcome) {
        Notifications.cancelReminders(ctx)
        afterCoreChange(ctx, outcome)
    }
}
