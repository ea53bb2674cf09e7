package hearth.android

import app.hearth.logic.CoreActions
import app.hearth.logic.FirstRun
import app.hearth.logic.FirstRunStore
import app.hearth.logic.LockOffer
import app.hearth.logic.ReminderChoice
import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.ReminderSettings

/**
 * The first run's answers kept in the real core's store, and the reminder gate: nothing is
 * planned until the person has chosen ([ReminderChoice]), whatever the core's default says.
 */
class FirstRunStoreTest {
    @TempDir lateinit var tmp: Path

    private val morning = paris(2026, 12, 6, 10)

    @Test
    fun `a fresh journal plans no reminder, though the core's default is on at 20_00`() {
        val phone = Phone(tmp)
        val actions = CoreActions(FixedClock(morning).clock)
        phone.use { h ->
            assertTrue(h.reminderSettings().enabled, "the core's default (the reason for the gate)")
            assertTrue(h.planReminders(morning, "Europe/Paris", 4u).isNotEmpty(), "the core alone would plan")
            assertNull(ReminderChoice.answer(h))
            assertEquals(emptyList<Any>(), actions.refresh(h).plan)
            assertEquals(emptyList<Any>(), actions.widgetTap(h, 3).plan, "a widget tap on a fresh install plans nothing")
        }
    }

    @Test
    fun `skipping the whole first run saves reminders off and declines the offered lock, durably`() {
        val phone = Phone(tmp)
        val actions = CoreActions(FixedClock(morning).clock)
        phone.use { h -> FirstRunStore.apply(h, FirstRunStore.read(h, offersLock = true).skipAll().second) }
        phone.use { h ->
            assertEquals("off", h.shellSetting("firstrun.reminders"))
            assertFalse(h.reminderSettings().enabled)
            assertEquals(LockOffer.ANSWERED, h.shellSetting("lock.offered"))
            for (s in FirstRun.Step.entries) assertEquals("skipped", h.shellSetting(s.settingName))
            assertTrue(FirstRunStore.read(h, offersLock = false).isFinished)
            assertEquals(emptyList<Any>(), actions.refresh(h).plan)
        }
    }

    @Test
    fun `yes at 07_30 saves the core's settings at that time, then the plan follows them`() {
        val phone = Phone(tmp)
        val actions = CoreActions(FixedClock(morning).clock)
        phone.use { h -> FirstRunStore.apply(h, FirstRunStore.read(h, false).chooseReminder("07:30").second) }
        phone.use { h ->
            assertEquals("on", h.shellSetting("firstrun.reminders"))
            assertEquals(listOf("07:30"), h.reminderSettings().times)
            val plan = actions.refresh(h).plan
            assertTrue(plan.isNotEmpty())
            assertTrue(plan.all { it.localHour.toInt() == 7 && it.localMinute.toInt() == 30 }, plan.toString())
        }
    }

    @Test
    fun `saving reminder settings is an answer - on plans, off does not`() {
        val phone = Phone(tmp)
        val actions = CoreActions(FixedClock(morning).clock)
        phone.use { h ->
            val on = ReminderSettings(enabled = true, times = listOf("21:00"))
            h.saveReminderSettings(on)
            ReminderChoice.record(h, on)
            assertEquals(ReminderChoice.Answer.ON, ReminderChoice.answer(h))
            assertTrue(actions.refresh(h).plan.isNotEmpty())
            val off = on.copy(enabled = false)
            h.saveReminderSettings(off)
            ReminderChoice.record(h, off)
            assertEquals(ReminderChoice.Answer.OFF, ReminderChoice.answer(h))
        }
    }

    @Test
    fun `before an answer the settings screen shows reminders off`() {
        val core = ReminderSettings(enabled = true, times = listOf("20:00"))
        assertFalse(ReminderChoice.shown(core, null).enabled)
        assertTrue(ReminderChoice.shown(core, ReminderChoice.Answer.ON).enabled)
    }

    @Test
    fun `an alarm left from before the gate stays quiet while nothing is chosen`() {
        val phone = Phone(tmp)
        val actions = CoreActions(FixedClock(paris(2026, 12, 6, 20)).clock)
        val planned = phone.use { it.planReminders(morning, "Europe/Paris", 1u) }.first()
        val fired = phone.use { actions.alarmFired(it, planned.id, planned.messageId, planned.message, planned.at.toEpochMilli()) }
        assertFalse(fired.decision is app.hearth.logic.FireDecision.Show, fired.decision.toString())
        assertEquals(emptyList<Any>(), fired.next.plan)
    }
}
