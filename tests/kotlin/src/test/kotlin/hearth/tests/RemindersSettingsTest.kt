package hearth.tests

import java.nio.file.Path
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/** Quiet hours, pause, off, and the fields invalid settings and zones are refused with. */
class RemindersSettingsTest {
    @TempDir lateinit var tmp: Path

    private val now: Instant = Instant.parse("2026-11-28T13:00:00Z")

    @Test
    fun `quiet hours 22_00 to 07_00 keep a 06_30 time silent`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.saveReminderSettings(reminderSettings(listOf("06:30", "09:00"), quietStart = "22:00", quietEnd = "07:00"))
            val plan = h.planReminders(now, NEW_YORK, 20u)
            assertEquals(20, plan.size)
            assertTrue(plan.none { it.localHour.toInt() == 6 }, plan.map { it.id }.toString())
            assertTrue(plan.all { it.localHour.toInt() == 9 && it.localMinute.toInt() == 0 })
        }
    }

    @Test
    fun `paused until 2026-12-24 means nothing on or before that day`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.saveReminderSettings(reminderSettings(listOf("09:00", "20:30"), pauseUntil = "2026-12-24"))
            val plan = h.planReminders(now, NEW_YORK, 10u)
            assertEquals(10, plan.size)
            assertTrue(plan.all { it.localDate > "2026-12-24" }, plan.map { it.localDate }.toString())
            assertEquals("2026-12-25", plan.first().localDate)
        }
    }

    @Test
    fun `disabled plans nothing`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.saveReminderSettings(reminderSettings(listOf("09:00"), enabled = false))
            assertEquals(emptyList<Any>(), h.planReminders(now, NEW_YORK, 64u))
        }
    }

    @Test
    fun `an unknown zone names tz, a bad time names times, half quiet hours name quiet, zero count names count`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.saveReminderSettings(reminderSettings(listOf("09:00")))
            assertEquals("tz", invalidField { h.planReminders(now, "Mars/Olympus_Mons", 5u) })
            assertEquals("tz", invalidField { h.planReminders(now, "", 5u) })
            assertEquals("times", invalidField { h.saveReminderSettings(reminderSettings(listOf("25:00"))) })
            assertEquals("times", invalidField { h.saveReminderSettings(reminderSettings(listOf("09:00", "9:00"))) })
            assertEquals("quiet", invalidField { h.saveReminderSettings(reminderSettings(listOf("09:00"), quietStart = "22:00")) })
            assertEquals("count", invalidField { h.planReminders(now, NEW_YORK, 0u) })
            assertEquals(reminderSettings(listOf("09:00")), h.reminderSettings(), "refused settings change nothing")
        }
    }
}
