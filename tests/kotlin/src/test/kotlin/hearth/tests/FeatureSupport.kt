package hearth.tests

import java.time.Instant
import uniffi.hearth.CheckIn
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.Hearth
import uniffi.hearth.ReminderSettings
import uniffi.hearth.Weekday

/** New York's offset in winter (EST) and summer (EDT), seconds. */
const val EST = -5 * 3600
const val EDT = -4 * 3600
const val NEW_YORK = "America/New_York"

/** Reminder settings with the usual defaults spelled out (the record has no defaults). */
fun reminderSettings(
    times: List<String>,
    enabled: Boolean = true,
    weekdays: List<Weekday> = listOf(),
    quietStart: String? = null,
    quietEnd: String? = null,
    pauseUntil: String? = null,
    backOff: Boolean = true,
): ReminderSettings = ReminderSettings(enabled, times, weekdays, quietStart, quietEnd, pauseUntil, backOff)

/** Records a check-in of `mood` at an ISO instant with the given UTC offset. */
fun Hearth.checkinAt(
    mood: Int,
    at: String,
    offsetSeconds: Int,
    connected: Boolean = false,
    energy: Int? = null,
    tags: List<String> = listOf(),
): CheckIn = recordCheckin(
    CheckInInput(
        mood = mood, source = EntrySource.APP, at = Instant.parse(at), utcOffsetSeconds = offsetSeconds,
        connected = connected, energy = energy, tags = tags,
    ),
)
