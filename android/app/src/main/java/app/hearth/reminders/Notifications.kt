package app.hearth.reminders

import android.app.Notification
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.graphics.drawable.Icon
import android.widget.RemoteViews
import app.hearth.R
import app.hearth.logic.RequestCodes
import app.hearth.logic.ReminderNotice
import app.hearth.ui.CheckInActivity

/** The "Gentle reminders" channel and the reminder notification. Text comes from the core. */
object Notifications {
    const val CHANNEL_REMINDERS = "gentle_reminders"

    private val moodButtons = intArrayOf(
        R.id.notification_mood_1, R.id.notification_mood_2, R.id.notification_mood_3,
        R.id.notification_mood_4, R.id.notification_mood_5,
    )

    fun manager(ctx: Context): NotificationManager = ctx.getSystemService(NotificationManager::class.java)!!

    /** Low importance: no sound, no heads-up, no badge. People can change it in Settings. */
    fun ensureChannel(ctx: Context) {
        val channel = NotificationChannel(
            CHANNEL_REMINDERS,
            ctx.getString(R.string.channel_reminders_name),
            NotificationManager.IMPORTANCE_LOW,
        ).apply {
            description = ctx.getString(R.string.channel_reminders_description)
            setShowBadge(false)
            enableVibration(false)
        }
        manager(ctx).createNotificationChannel(channel)
    }

    /** Whether a reminder could be seen at all (permission granted, app and channel not blocked). */
    fun allowed(ctx: Context): Boolean {
        val nm = manager(ctx)
        if (!nm.areNotificationsEnabled()) return false
        val channel = nm.getNotificationChannel(CHANNEL_REMINDERS) ?: return true // created on first use
        return channel.importance != NotificationManager.IMPORTANCE_NONE
    }

    fun openCheckIn(ctx: Context, requestCode: Int): PendingIntent =
        PendingIntent.getActivity(
            ctx,
            requestCode,
            Intent(ctx, CheckInActivity::class.java).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_CLEAR_TOP),
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )

    fun showReminder(ctx: Context, notice: ReminderNotice) {
        ensureChannel(ctx)
        val open = openCheckIn(ctx, notice.notificationId)
        val icon = Icon.createWithResource(ctx, R.drawable.ic_stat_hearth)

        // What the lock screen shows: not the message, just that Hearth has a reminder.
        val public = Notification.Builder(ctx, CHANNEL_REMINDERS)
            .setSmallIcon(R.drawable.ic_stat_hearth)
            .setContentTitle(ctx.getString(R.string.app_name))
            .setContentText(ctx.getString(R.string.reminder_public_text))
            .build()

        val builder = Notification.Builder(ctx, CHANNEL_REMINDERS)
            .setSmallIcon(R.drawable.ic_stat_hearth)
            .setContentTitle(notice.title)
            .setContentText(notice.text)
            .setWhen(notice.whenMillis)
            .setShowWhen(true)
            .setCategory(Notification.CATEGORY_REMINDER)
            .setVisibility(Notification.VISIBILITY_PRIVATE)
            .setPublicVersion(public)
            .setOnlyAlertOnce(true)
            .setAutoCancel(true)
            .setContentIntent(open)
            .addAction(Notification.Action.Builder(icon, ctx.getString(R.string.reminder_action_open), open).build())

        if (notice.moods.size == moodButtons.size) {
            // Expanded: the core's message and five mood buttons that record straight away.
            val big = RemoteViews(ctx.packageName, R.layout.notification_moods)
            big.setTextViewText(R.id.notification_message, notice.text)
            notice.moods.forEachIndexed { i, m ->
                val id = moodButtons[i]
                big.setTextViewText(id, m.label)
                big.setContentDescription(id, m.description)
                big.setOnClickPendingIntent(id, ReminderMoodReceiver.intent(ctx, notice, m.mood, m.requestCode))
            }
            builder.setStyle(Notification.DecoratedCustomViewStyle()).setCustomBigContentView(big)
        } else {
            builder.setStyle(Notification.BigTextStyle().bigText(notice.text))
        }
        manager(ctx).notify(reminderTag(notice.reminderId), notice.notificationId, builder.build())
    }

    /** A short, quiet thank-you after a mood recorded from a reminder; it goes away by itself. */
    fun showSaved(ctx: Context, id: Int) {
        ensureChannel(ctx)
        val n = Notification.Builder(ctx, CHANNEL_REMINDERS)
            .setSmallIcon(R.drawable.ic_stat_hearth)
            .setContentTitle(ctx.getString(R.string.reminder_saved_title))
            .setContentText(ctx.getString(R.string.reminder_saved_text))
            .setVisibility(Notification.VISIBILITY_PRIVATE)
            .setOnlyAlertOnce(true)
            .setAutoCancel(true)
            .setTimeoutAfter(SAVED_TIMEOUT_MILLIS)
            .setContentIntent(openCheckIn(ctx, RequestCodes.OPEN_CHECKIN_FROM_SAVED))
            .build()
        manager(ctx).notify(SAVED_TAG, id, n)
    }

    /**
     * A mood tapped on a reminder could not be saved (the store or the keystore could not
     * be reached). Replaces that reminder (same tag and id) with a plain notice; tapping
     * it opens the check-in screen to try again. Its tag keeps it a reminder, so any later
     * check-in takes it away like one.
     */
    fun showSaveFailed(ctx: Context, reminderId: String, notificationId: Int) {
        ensureChannel(ctx)
        val public = Notification.Builder(ctx, CHANNEL_REMINDERS)
            .setSmallIcon(R.drawable.ic_stat_hearth)
            .setContentTitle(ctx.getString(R.string.app_name))
            .setContentText(ctx.getString(R.string.reminder_public_text))
            .build()
        val n = Notification.Builder(ctx, CHANNEL_REMINDERS)
            .setSmallIcon(R.drawable.ic_stat_hearth)
            .setContentTitle(ctx.getString(R.string.reminder_failed_title))
            .setContentText(ctx.getString(R.string.reminder_failed_text))
            .setStyle(Notification.BigTextStyle().bigText(ctx.getString(R.string.reminder_failed_text)))
            .setCategory(Notification.CATEGORY_REMINDER)
            .setVisibility(Notification.VISIBILITY_PRIVATE)
            .setPublicVersion(public)
            .setOnlyAlertOnce(true)
            .setAutoCancel(true)
            .setContentIntent(openCheckIn(ctx, notificationId))
            .build()
        manager(ctx).notify(reminderTag(reminderId), notificationId, n)
    }

    /** After any check-in a shown reminder has nothing left to ask: take it away. */
    fun cancelReminders(ctx: Context) {
        val nm = manager(ctx)
        for (sbn in nm.activeNotifications) {
            if (sbn.tag?.startsWith(REMINDER_TAG_PREFIX) == true) nm.cancel(sbn.tag, sbn.id)
        }
    }

    /** Reminder notifications are tagged with their reminder id; the thank-you is not. */
    fun reminderTag(reminderId: String): String = REMINDER_TAG_PREFIX + reminderId

    fun cancelReminder(ctx: Context, reminderId: String, notificationId: Int) =
        manager(ctx).cancel(reminderTag(reminderId), notificationId)

    private const val REMINDER_TAG_PREFIX = "reminder:"
    private const val SAVED_TAG = "saved"

    private const val SAVED_TIMEOUT_MILLIS = 6_000L
}
