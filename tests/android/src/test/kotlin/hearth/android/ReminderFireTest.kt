package hearth.android

import app.hearth.logic.FireDecision
import app.hearth.logic.ReminderFire
import app.hearth.logic.ReminderNotices
import app.hearth.logic.RequestCodes
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

class ReminderFireTest {
    private val at = paris(2026, 11, 28, 20)
    private val atMs = at.toEpochMilli()

    @Test
    fun `a reminder the core still plans is shown with the core's current words`() {
        val fresh = listOf(reminder("r1", at, message = "Is there someone you'd like to say hello to today?", messageId = "people.1"))
        val d = ReminderFire.decide("r1", "gentle.1", "old words", atMs, atMs + 60_000, fresh)
        assertEquals(FireDecision.Show("r1", "people.1", "Is there someone you'd like to say hello to today?", atMs), d)
    }

    @Test
    fun `a reminder the core dropped (a check-in since, a pause) stays quiet`() {
        val d = ReminderFire.decide("r1", "gentle.1", "words", atMs, atMs, listOf(reminder("r2", at.plusSeconds(86_400))))
        assertTrue(d is FireDecision.Skip)
    }

    @Test
    fun `without the core (keystore unavailable) the words the alarm carried are shown`() {
        val d = ReminderFire.decide("r1", "gentle.3", "carried words", atMs, atMs + 5_000, freshPlan = null)
        assertEquals(FireDecision.Show("r1", "gentle.3", "carried words", atMs), d)
    }

    @Test
    fun `an alarm delivered hours late is dropped rather than shown at an odd time`() {
        val late = atMs + ReminderFire.LATE_LIMIT_MILLIS + 1
        assertTrue(ReminderFire.decide("r1", "m", "w", atMs, late, listOf(reminder("r1", at))) is FireDecision.Skip)
        assertTrue(ReminderFire.decide("r1", "m", "w", atMs, late, null) is FireDecision.Skip)
        val onTime = atMs + ReminderFire.LATE_LIMIT_MILLIS
        assertTrue(ReminderFire.decide("r1", "m", "w", atMs, onTime, listOf(reminder("r1", at))) is FireDecision.Show)
    }

    @Test
    fun `re-planning starts just before the planned instant so the fired reminder is included`() {
        assertTrue(ReminderFire.replanFromMillis(atMs) < atMs)
    }

    @Test
    fun `the notification says the core's message word for word, with its five moods and their accessible labels`() {
        val show = FireDecision.Show("r1", "gentle.2", "A quiet moment for you: how's today going?", atMs)
        val n = ReminderNotices.build(show, "A moment for you", quickMoods().shuffled())
        assertEquals("A quiet moment for you: how's today going?", n.text)
        assertEquals("A moment for you", n.title)
        assertEquals(RequestCodes.forReminder("r1"), n.notificationId)
        assertEquals(atMs, n.whenMillis)
        assertEquals(listOf(1, 2, 3, 4, 5), n.moods.map { it.mood })
        assertEquals("Good", n.moods[3].label)
        assertEquals("Record mood: good, 4 of 5", n.moods[3].description)
        assertEquals((1..5).map { RequestCodes.forReminderMood("r1", it) }, n.moods.map { it.requestCode })
    }

    @Test
    fun `without quick moods the notification only opens the check-in`() {
        val n = ReminderNotices.build(FireDecision.Show("r1", "m", "w", atMs), "t", emptyList())
        assertTrue(n.moods.isEmpty())
    }

    @Test
    fun `late limit follows Android's inexact window - 75 percent of the lead, capped at an hour from API 31`() {
        val hour = 3_600_000L
        val setAt = atMs - 10 * hour // set at 10:00 for 20:00
        assertEquals(7 * hour + hour / 2, ReminderFire.platformWindowMillis(atMs, setAt, 26))
        assertEquals(7 * hour + hour / 2, ReminderFire.platformWindowMillis(atMs, setAt, 30))
        assertEquals(hour, ReminderFire.platformWindowMillis(atMs, setAt, 31))
        assertEquals(0L, ReminderFire.platformWindowMillis(atMs, atMs - 5_000, 26)) // under 10 s: not deferred
        assertEquals(0L, ReminderFire.platformWindowMillis(atMs, null, 26)) // unknown: grace only
        val fresh = listOf(reminder("r1", at))
        // 9 h late: shown on Android 8-11 (7.5 h + 2 h), dropped on 12+ (1 h + 2 h).
        assertTrue(ReminderFire.decide("r1", "m", "w", atMs, atMs + 9 * hour, fresh, setAt, 26) is FireDecision.Show)
        assertTrue(ReminderFire.decide("r1", "m", "w", atMs, atMs + 9 * hour, fresh, setAt, 35) is FireDecision.Skip)
        assertTrue(ReminderFire.decide("r1", "m", "w", atMs, atMs + 3 * hour, fresh, setAt, 35) is FireDecision.Show)
        assertTrue(ReminderFire.decide("r1", "m", "w", atMs, atMs + 3 * hour + 1, fresh, setAt, 35) is FireDecision.Skip)
    }
}
