package hearth.android

import app.hearth.logic.AlarmOp
import app.hearth.logic.AlarmPlanner
import app.hearth.logic.CoreActions
import app.hearth.logic.EntryText
import app.hearth.logic.FireDecision
import app.hearth.logic.ReminderNotices
import app.hearth.logic.WidgetModel
import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource

/**
 * The shell's background paths against the real core (host libhearth_ffi.so via JNA),
 * exactly as the receivers run them minus the Android calls: the core's answer goes
 * through the same pure code that feeds AppWidgetManager, AlarmManager and
 * NotificationManager. The key is kept by the shell's own WrappedKeyVault.
 */
class CorePathsTest {
    @TempDir lateinit var tmp: Path

    private val morning = paris(2026, 11, 28, 10)
    private val evening = paris(2026, 11, 28, 20)

    @Test
    fun `widget path - tap, core records and answers, widget model and alarms follow`() {
        val phone = Phone(tmp).remindersChosen()
        val t = FixedClock(morning)
        val actions = CoreActions(t.clock)

        // Before the tap: the default plan has today's 20:00 reminder in slot 0.
        val before = phone.use { actions.refresh(it) }
        assertFalse(before.snapshot.checkedInToday)
        val first = AlarmPlanner.ops(before.plan, before.nowMillis, true).first() as AlarmOp.Set
        assertEquals(evening, first.reminder.at)

        // The tap (WidgetMoodReceiver): open, widgetCheckin, close.
        val after = phone.use { actions.widgetTap(it, 4) }
        assertTrue(after.snapshot.checkedInToday)
        assertEquals(1u, after.snapshot.countToday)
        assertEquals(4, after.snapshot.lastMood)

        // What the widget draws comes from the core's snapshot (no app lock here: not quiet).
        val model = after.widget
        assertFalse(model.quiet)
        assertEquals(WidgetModel.from(after.snapshot, quiet = false), model)
        assertEquals(after.snapshot.line, model.line)
        assertEquals(1, model.countToday)
        assertEquals(after.snapshot.quickMoods.first { it.mood == 4 }.label, model.lastMoodLabel)
        assertEquals(listOf(1, 2, 3, 4, 5), model.moods.map { it.mood })
        model.moods.forEach { m ->
            assertTrue(m.label.isNotBlank())
            assertTrue(m.description.length > m.label.length, "accessibility label says more than the label: ${m.description}")
        }

        // Re-plan after the check-in: no reminder is left today, slot 0 moves to tomorrow.
        assertTrue(after.plan.none { it.localDate == "2026-11-28" }, after.plan.toString())
        val next = AlarmPlanner.ops(after.plan, after.nowMillis, true).first() as AlarmOp.Set
        assertEquals(evening.plusSeconds(86_400), next.reminder.at)

        // Stored as a widget check-in, readable after reopening.
        val stored = phone.use { it.listCheckins(null, null) }
        assertEquals(listOf(EntrySource.WIDGET), stored.map { it.source })
    }

    @Test
    fun `reminder path - plan, alarm fires, core confirms, notification, mood from the notification`() {
        val phone = Phone(tmp).remindersChosen()
        val t = FixedClock(morning)
        val actions = CoreActions(t.clock)
        val planned = phone.use { actions.refresh(it) }.plan.first()
        assertEquals(evening, planned.at)
        assertTrue(planned.message.isNotBlank())

        // AlarmManager delivers it a few minutes late (inexact).
        t.now = evening.plusSeconds(180)
        val fired = phone.use { actions.alarmFired(it, planned.id, planned.messageId, planned.message, planned.at.toEpochMilli()) }
        val show = fired.decision as FireDecision.Show
        assertEquals(planned.id, show.reminderId)
        assertEquals(planned.message, show.message, "the core says the same thing for the same slot")
        val notice = ReminderNotices.build(show, "A moment for you", fired.quickMoods)
        assertEquals(planned.message, notice.text)
        assertEquals(5, notice.moods.size)
        // The chain moves on: the next alarm is tomorrow's.
        val slot0 = AlarmPlanner.ops(fired.next.plan, fired.next.nowMillis, true).first() as AlarmOp.Set
        assertEquals("2026-11-29", slot0.reminder.localDate)

        // "Okay" tapped on the notification: a check-in with source = reminder.
        val out = phone.use { actions.reminderMood(it, 3) }
        assertTrue(out.snapshot.checkedInToday)
        val c = phone.use { it.listCheckins(null, null) }.single()
        assertEquals(EntrySource.REMINDER, c.source)
        assertEquals(3, c.mood)
        assertEquals(3600, c.utcOffsetSeconds, "Paris in November is UTC+1")
    }

    @Test
    fun `a stale alarm after a check-in stays quiet - the core no longer plans it`() {
        val phone = Phone(tmp).remindersChosen()
        val t = FixedClock(morning)
        val actions = CoreActions(t.clock)
        val planned = phone.use { actions.refresh(it) }.plan.first()
        t.now = paris(2026, 11, 28, 12)
        phone.use { actions.widgetTap(it, 5) }
        // Suppose the alarm was not replaced in time and fires anyway.
        t.now = evening
        val fired = phone.use { actions.alarmFired(it, planned.id, planned.messageId, planned.message, planned.at.toEpochMilli()) }
        assertTrue(fired.decision is FireDecision.Skip, fired.decision.toString())
    }

    @Test
    fun `reminders switched off - every alarm slot is cancelled`() {
        val phone = Phone(tmp).remindersChosen()
        val actions = CoreActions(FixedClock(morning).clock)
        val plan = phone.use { h ->
            h.saveReminderSettings(h.reminderSettings().copy(enabled = false))
            actions.refresh(h).plan
        }
        assertTrue(plan.isEmpty())
        assertTrue(AlarmPlanner.ops(plan, morning.toEpochMilli(), true).all { it is AlarmOp.Cancel })
    }

    @Test
    fun `the plan is asked for one more reminder than there are alarm slots`() {
        val phone = Phone(tmp).remindersChosen()
        val plan = phone.use { CoreActions(FixedClock(morning).clock).plan(it) }
        assertEquals(CoreActions.PLAN_COUNT, plan.size)
    }

    @Test
    fun `entries written in the app read back as one-line summaries with the core's mood words`() {
        val phone = Phone(tmp).remindersChosen()
        val t = FixedClock(morning)
        val feeling = uniffi.hearth.emotionVocabulary().first { it.quadrant == uniffi.hearth.Quadrant.LOW_ENERGY_UNPLEASANT }.name
        phone.use { h ->
            h.recordCheckin(
                CheckInInput(
                    mood = 2, source = EntrySource.APP, energy = 1, emotions = listOf(feeling), note = "Long day",
                    at = morning, utcOffsetSeconds = t.clock.offsetSeconds(morning), connected = true,
                ),
            )
            val moods = h.widgetSnapshot(morning, "Europe/Paris").quickMoods
            val e = h.listEntries("2026-11-28", "2026-11-28").single()
            val label = moods.first { it.mood == 2 }.label
            assertEquals("$label (2 of 5) · energy 1 of 5 · $feeling · connected with someone · Long day", EntryText.summary(e, { m -> moods.first { it.mood == m }.label }))
            assertEquals("10:00", EntryText.local(e).toLocalTime().toString())
        }
    }

    @Test
    fun `the core's typed errors reach the shell`() {
        val phone = Phone(tmp).remindersChosen()
        phone.use { h ->
            val e = org.junit.jupiter.api.assertThrows<uniffi.hearth.HearthException.InvalidInput> {
                h.recordCheckin(CheckInInput(mood = 9, source = EntrySource.APP))
            }
            assertEquals(app.hearth.logic.ErrorKind.INVALID_INPUT, app.hearth.logic.ErrorKind.of(e))
            assertNotNull(app.hearth.logic.ErrorKind.reason(e))
        }
    }
}
