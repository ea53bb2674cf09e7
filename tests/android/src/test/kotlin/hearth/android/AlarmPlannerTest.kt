package hearth.android

import app.hearth.logic.AlarmOp
import app.hearth.logic.AlarmPlanner
import app.hearth.logic.RequestCodes
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

class AlarmPlannerTest {
    private val now = paris(2026, 11, 28, 10)
    private val nowMs = now.toEpochMilli()
    private fun at(day: Int) = paris(2026, 11, day, 20)

    @Test
    fun `the first reminders fill the slots in time order and the rest wait for the chain`() {
        val plan = listOf(reminder("d30", at(30)), reminder("d28", at(28)), reminder("d29", at(29)), reminder("d31", paris(2026, 12, 1, 20)))
        val ops = AlarmPlanner.ops(plan, nowMs, notificationsAllowed = true)
        assertEquals(RequestCodes.ALARM_SLOTS, ops.size)
        assertEquals(listOf("d28", "d29", "d30"), ops.map { (it as AlarmOp.Set).reminder.id })
        assertEquals((0 until RequestCodes.ALARM_SLOTS).toList(), ops.map { it.slot })
        assertEquals(ops.map { RequestCodes.alarmSlot(it.slot) }, ops.map { it.requestCode })
        assertEquals(at(28).toEpochMilli(), (ops[0] as AlarmOp.Set).atMillis)
    }

    @Test
    fun `a shorter plan cancels the slots it no longer needs`() {
        val ops = AlarmPlanner.ops(listOf(reminder("d29", at(29))), nowMs, notificationsAllowed = true)
        assertTrue(ops[0] is AlarmOp.Set)
        assertEquals(listOf(AlarmOp.Cancel(1), AlarmOp.Cancel(2)), ops.drop(1))
    }

    @Test
    fun `an empty plan (reminders off, paused, checked in) cancels everything`() {
        assertEquals((0 until RequestCodes.ALARM_SLOTS).map { AlarmOp.Cancel(it) }, AlarmPlanner.ops(emptyList(), nowMs, true))
    }

    @Test
    fun `blocked notifications schedule nothing, so the phone is never woken for nothing`() {
        val plan = listOf(reminder("d28", at(28)), reminder("d29", at(29)))
        assertTrue(AlarmPlanner.ops(plan, nowMs, notificationsAllowed = false).all { it is AlarmOp.Cancel })
    }

    @Test
    fun `instants already past and duplicate ids are not scheduled`() {
        val plan = listOf(reminder("past", paris(2026, 11, 28, 9)), reminder("now", now), reminder("d28", at(28)), reminder("d28", at(28)))
        val ops = AlarmPlanner.ops(plan, nowMs, true)
        assertEquals(listOf("d28"), ops.filterIsInstance<AlarmOp.Set>().map { it.reminder.id })
    }
}
