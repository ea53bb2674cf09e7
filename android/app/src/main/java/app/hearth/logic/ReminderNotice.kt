package app.hearth.logic

import uniffi.hearth.QuickMood

/** A mood button on a reminder notification. */
data class NoticeMood(val mood: Int, val label: String, val description: String, val requestCode: Int)

/** Everything a reminder notification shows, decided without android.* (JVM-tested). */
data class ReminderNotice(
    /** Notification id; also the request code of its "open check-in" PendingIntent. */
    val notificationId: Int,
    val reminderId: String,
    val messageId: String,
    val title: String,
    /** The core's message, word for word. */
    val text: String,
    val whenMillis: Long,
    /** The core's quick moods; empty when the core could not be asked (then: open only). */
    val moods: List<NoticeMood>,
)

object ReminderNotices {
    /**
     * The notification for a reminder the core decided to show. [title] is the app's own
     * short heading (a string resource); the body is the core's text unchanged, and the
     * mood buttons are the core's quick moods with their accessibility labels.
     */
    fun build(decision: FireDecision.Show, title: String, quickMoods: List<QuickMood>): ReminderNotice =
        ReminderNotice(
            notificationId = RequestCodes.forReminder(decision.reminderId),
            reminderId = decision.reminderId,
            messageId = decision.messageId,
            title = title,
            text = decision.message,
            whenMillis = decision.atMillis,
            moods = quickMoods
                .filter { it.mood in 1..5 }
                .sortedBy { it.mood }
                .map { NoticeMood(it.mood, it.label, it.accessibilityLabel, RequestCodes.forReminderMood(decision.reminderId, it.mood)) },
        )
}
