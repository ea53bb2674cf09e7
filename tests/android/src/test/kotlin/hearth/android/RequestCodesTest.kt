package hearth.android

import app.hearth.logic.RequestCodes
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

class RequestCodesTest {
    private val id = "2026-11-28T20:00@Europe/Paris"

    @Test
    fun `a reminder id always maps to the same code, across runs and releases`() {
        // FNV-1a (32 bit) of the UTF-8 id, folded above HASHED_MIN; values computed independently
        // (Python) and pinned, so a release cannot silently change them.
        assertEquals(1283839657, RequestCodes.forReminder(id))
        assertEquals(1215773981, RequestCodes.forReminderMood(id, 3))
        assertEquals(RequestCodes.forReminder(id), RequestCodes.forReminder(String(id.toCharArray())))
    }

    @Test
    fun `hashed codes never meet the fixed ones`() {
        val fixed = (0 until RequestCodes.ALARM_SLOTS).map(RequestCodes::alarmSlot) +
            (1..5).map(RequestCodes::widgetMood) +
            listOf(RequestCodes.OPEN_CHECKIN_FROM_WIDGET, RequestCodes.OPEN_APP_FROM_WIDGET, RequestCodes.WIDGET_MIDNIGHT_REFRESH, RequestCodes.OPEN_CHECKIN_FROM_SAVED,
                RequestCodes.OPEN_MOOD_DIALOG_FROM_TILE)
        assertEquals(fixed.size, fixed.toSet().size, "fixed codes are distinct")
        assertTrue(fixed.all { it < RequestCodes.HASHED_MIN })
        val days = (1..366).map { "2026-%03dT20:00@Europe/Paris".format(it) }
        for (d in days) {
            assertTrue(RequestCodes.forReminder(d) >= RequestCodes.HASHED_MIN)
            for (m in 1..5) assertTrue(RequestCodes.forReminderMood(d, m) >= RequestCodes.HASHED_MIN)
        }
    }

    @Test
    fun `each mood button of a reminder has its own code, and a year of reminders does not collide`() {
        val moods = (1..5).map { RequestCodes.forReminderMood(id, it) } + RequestCodes.forReminder(id)
        assertEquals(6, moods.toSet().size)
        val year = (0 until 365 * 3).map { "day$it@slot${it % 3}" }.map(RequestCodes::forReminder)
        assertEquals(year.size, year.toSet().size)
        assertNotEquals(RequestCodes.forReminder("a"), RequestCodes.forReminder("b"))
    }

    @Test
    fun `out-of-range slots and moods are refused`() {
        assertThrows<IllegalArgumentException> { RequestCodes.alarmSlot(RequestCodes.ALARM_SLOTS) }
        assertThrows<IllegalArgumentException> { RequestCodes.alarmSlot(-1) }
        assertThrows<IllegalArgumentException> { RequestCodes.widgetMood(0) }
        assertThrows<IllegalArgumentException> { RequestCodes.forReminderMood(id, 6) }
    }
}
