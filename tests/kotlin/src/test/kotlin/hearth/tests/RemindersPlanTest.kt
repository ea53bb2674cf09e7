package hearth.tests

import java.nio.file.Path
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.Cadence
import uniffi.hearth.iosMaxPendingReminders

/** planReminders: the next reminders in a zone, a check-in clears its day, and counts. */
class RemindersPlanTest {
    @TempDir lateinit var tmp: Path

    // 08:00 EST on Saturday 2026-11-28.
    private val now: Instant = Instant.parse("2026-11-28T13:00:00Z")
    private val settings = reminderSettings(listOf("09:00", "20:30"))

    @Test
    fun `saved settings read back as saved`() {
        openStore(tmp, MemoryVault()).use { h ->
            assertEquals(settings, h.saveReminderSettings(settings))
            assertEquals(settings, h.reminderSettings())
        }
    }

    @Test
    fun `the first two reminders are 09_00 and 20_30 local today`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.saveReminderSettings(settings)
            val plan = h.planReminders(now, NEW_YORK, 4u)
            assertEquals(4, plan.size)
            val (morning, evening) = plan
            assertEquals(Instant.parse("2026-11-28T14:00:00Z"), morning.at)
            assertEquals(Instant.parse("2026-11-29T01:30:00Z"), evening.at, "20:30 EST is 01:30Z the next UTC day")
            for ((r, hour, minute) in listOf(Triple(morning, 9, 0), Triple(evening, 20, 30))) {
                assertEquals("2026-11-28", r.localDate)
                assertEquals(2026, r.localYear)
                assertEquals(11, r.localMonth.toInt())
                assertEquals(28, r.localDay.toInt())
                assertEquals(hour, r.localHour.toInt())
                assertEquals(minute, r.localMinute.toInt())
                assertEquals(Cadence.DAILY, r.cadence)
                assertTrue(r.message.isNotBlank() && r.messageId.isNotBlank())
            }
            assertEquals("2026-11-28T09:00@America/New_York", morning.id)
            assertEquals("2026-11-29", plan[2].localDate)
            assertEquals(plan, h.planReminders(now, NEW_YORK, 4u), "re-planning gives the same slots and copy")
        }
    }

    @Test
    fun `a check-in today clears the rest of today`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.saveReminderSettings(settings)
            h.checkinAt(3, "2026-11-28T13:15:00Z", EST) // 08:15-05:00
            val plan = h.planReminders(Instant.parse("2026-11-28T13:20:00Z"), NEW_YORK, 10u)
            assertTrue(plan.isNotEmpty())
            assertTrue(plan.none { it.localDate == "2026-11-28" }, plan.map { it.id }.toString())
            assertEquals(Instant.parse("2026-11-29T14:00:00Z"), plan.first().at)
        }
    }

    @Test
    fun `64 is the iOS limit, and a plan of 64 is at most 64 and strictly increasing`() {
        assertEquals(64u, iosMaxPendingReminders())
        openStore(tmp, MemoryVault()).use { h ->
            h.saveReminderSettings(settings)
            val plan = h.planReminders(now, NEW_YORK, iosMaxPendingReminders())
            assertTrue(plan.size <= 64)
            assertEquals(64, plan.size, "two a day never run out within the horizon")
            plan.zipWithNext().forEach { (a, b) -> assertTrue(a.at < b.at, "${a.id} then ${b.id}") }
            assertTrue(plan.all { it.at > now })
            assertEquals(plan.size, plan.map { it.id }.toSet().size, "ids are unique")
            assertEquals(1, h.planReminders(now, NEW_YORK, 1u).size)
        }
    }
}
