package app.hearth.logic

import java.time.Instant
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.Hearth
import uniffi.hearth.PlannedReminder
import uniffi.hearth.QuickMood
import uniffi.hearth.WidgetSnapshot

/**
 * The core calls behind each background path, with no android.* so the JVM tests run
 * them against the real library. The Android receivers open the store, call one of these,
 * close the store, and hand the results to AppWidgetManager / AlarmManager /
 * NotificationManager.
 */
class CoreActions(private val clock: Clock = Clock()) {

    /**
     * What a background path produced: the widget to draw ([widget]: the core's
     * [snapshot], quiet or not as the person's lock settings say) and the reminders to
     * schedule.
     */
    data class Outcome(val snapshot: WidgetSnapshot, val plan: List<PlannedReminder>, val nowMillis: Long, val widget: WidgetModel)

    /** What an alarm produced: the decision, the moods for its buttons, and the next plan. */
    data class Fired(val decision: FireDecision, val quickMoods: List<QuickMood>, val next: Outcome)

    /** A widget mood tap: record it (source = widget) and re-plan. */
    fun widgetTap(h: Hearth, mood: Int): Outcome {
        val now = clock.now()
        val snapshot = h.widgetCheckin(mood, now, clock.zoneId())
        return Outcome(snapshot, plan(h, now), now.toEpochMilli(), widgetModel(h, snapshot))
    }

    /** A mood recorded from a reminder notification (source = reminder), then re-plan. */
    fun reminderMood(h: Hearth, mood: Int): Outcome {
        val now = clock.now()
        h.recordCheckin(
            CheckInInput(mood = mood, source = EntrySource.REMINDER, at = now, utcOffsetSeconds = clock.offsetSeconds(now)),
        )
        return refresh(h, now)
    }

    /** Re-plan and redraw: app open, boot, time or zone change, any check-in in the app. */
    fun refresh(h: Hearth, now: Instant = clock.now()): Outcome {
        val snapshot = h.widgetSnapshot(now, clock.zoneId())
        return Outcome(snapshot, plan(h, now), now.toEpochMilli(), widgetModel(h, snapshot))
    }

    /** The widget as it may be shown now (a launcher's update, a resize). */
    fun widget(h: Hearth): WidgetModel = widgetModel(h, h.widgetSnapshot(clock.now(), clock.zoneId()))

    /**
     * [snapshot] as the widget may show it. The quiet decision reads the lock settings in
     * the same open store; settings that cannot be read make it quiet (the safe side),
     * and never stop the check-in that was just written.
     */
    fun widgetModel(h: Hearth, snapshot: WidgetSnapshot): WidgetModel =
        WidgetModel.from(snapshot, quiet = LockSettingsCodec.settings(LockSettingsCodec.readSafely(CoreLockSettingsStore(h))).widgetQuiet)

    /**
     * An alarm fired for [firedId]: ask the core whether it still stands, then re-plan.
     * [setAtMillis] and [sdkInt] decide how late is too late ([ReminderFire.lateLimitMillis]).
     */
    fun alarmFired(
        h: Hearth,
        firedId: String,
        messageId: String,
        carried: String,
        plannedAtMillis: Long,
        setAtMillis: Long? = null,
        sdkInt: Int = ReminderFire.SDK_WINDOW_CAPPED,
    ): Fired {
        val now = clock.now()
        val from = Instant.ofEpochMilli(ReminderFire.replanFromMillis(plannedAtMillis))
        val fresh = chosenPlan(h, from)
        val decision = ReminderFire.decide(firedId, messageId, carried, plannedAtMillis, now.toEpochMilli(), fresh, setAtMillis, sdkInt)
        val next = refresh(h, now)
        return Fired(decision, next.snapshot.quickMoods, next)
    }

    /**
     * The reminders to schedule from [now]: the core's plan once the person has chosen
     * ([ReminderChoice]), none before. Every path that schedules comes through here (the
     * app, the widget, a reminder, the tile, boot), so a fresh install or a skipped first
     * run sets no alarm, whatever the core's default settings say.
     */
    fun plan(h: Hearth, now: Instant = clock.now()): List<PlannedReminder> = chosenPlan(h, now)

    private fun chosenPlan(h: Hearth, from: Instant): List<PlannedReminder> =
        if (ReminderChoice.answer(h) == null) emptyList() else h.planReminders(from, clock.zoneId(), PLAN_COUNT.toUInt())

    companion object {
        /** Ask for one more than the alarm slots so a reminder dropped as past still leaves them full. */
        const val PLAN_COUNT = RequestCodes.ALARM_SLOTS + 1
    }
}
