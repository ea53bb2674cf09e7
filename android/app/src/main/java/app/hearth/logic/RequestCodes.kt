package app.hearth.logic

/**
 * PendingIntent request codes. Plain Kotlin (no android.*) so the JVM tests cover it.
 *
 * Two PendingIntents are the same one to Android when their action, component, data and
 * request code match, so each purpose gets its own action *and* its own code range:
 *
 * - alarms live in [ALARM_SLOTS] fixed slots ([alarmSlot]); re-planning overwrites slot
 *   i with the plan's i-th reminder or cancels it. No list of scheduled alarms is kept on
 *   disk: reminder times stay inside the encrypted store.
 * - a reminder's notification id and its action PendingIntents come from the reminder's
 *   id ([forReminder], [forReminderMood]), so two reminders never share them and the same
 *   reminder always gets the same ones (re-posting replaces, cancelling finds it).
 */
object RequestCodes {
    /** How many upcoming reminders are handed to AlarmManager at once (next-alarm chaining). */
    const val ALARM_SLOTS = 3

    const val OPEN_CHECKIN_FROM_WIDGET = 1
    const val OPEN_APP_FROM_WIDGET = 2
    const val WIDGET_MIDNIGHT_REFRESH = 3
    const val OPEN_CHECKIN_FROM_SAVED = 4
    const val OPEN_MOOD_DIALOG_FROM_TILE = 5
    private const val WIDGET_MOOD_BASE = 10 // 11..15
    private const val ALARM_BASE = 100 // 100..(100 + ALARM_SLOTS - 1)

    /** Codes from [forReminder] are never below this, so they cannot meet the fixed ones. */
    const val HASHED_MIN = 1_000

    fun alarmSlot(slot: Int): Int {
        require(slot in 0 until ALARM_SLOTS) { "alarm slot $slot out of 0..${ALARM_SLOTS - 1}" }
        return ALARM_BASE + slot
    }

    fun widgetMood(mood: Int): Int {
        require(mood in 1..5) { "mood $mood out of 1..5" }
        return WIDGET_MOOD_BASE + mood
    }

    /** Notification id and "open check-in" request code of the reminder with this id. */
    fun forReminder(reminderId: String): Int = hashed(reminderId)

    /** Request code of the "record mood" button [mood] on the reminder with this id. */
    fun forReminderMood(reminderId: String, mood: Int): Int {
        require(mood in 1..5) { "mood $mood out of 1..5" }
        return hashed("$reminderId#mood=$mood")
    }

    /** FNV-1a (32 bit) of the UTF-8 bytes, folded into [HASHED_MIN, Int.MAX_VALUE]. Stable across releases. */
    internal fun hashed(s: String): Int {
        var h = 0x811C9DC5.toInt()
        for (b in s.toByteArray(Charsets.UTF_8)) {
            h = h xor (b.toInt() and 0xFF)
            h *= 0x01000193
        }
        val positive = h and Int.MAX_VALUE
        return HASHED_MIN + (positive % (Int.MAX_VALUE - HASHED_MIN))
    }
}
