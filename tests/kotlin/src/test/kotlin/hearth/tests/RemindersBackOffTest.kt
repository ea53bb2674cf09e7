package hearth.tests

import java.nio.file.Path
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.Cadence

/** After days without a check-in reminders slow down and say so kindly; a check-in restores them. */
class RemindersBackOffTest {
    @TempDir lateinit var tmp: Path

    private val now: Instant = Instant.parse("2026-11-28T13:00:00Z")

    @Test
    fun `ten quiet days slow the plan with a notice, and a check-in today restores daily`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.saveReminderSettings(reminderSettings(listOf("09:00", "20:30")))
            h.checkinAt(4, "2026-11-18T17:00:00Z", EST) // ten days before now

            val slowed = h.planReminders(now, NEW_YORK, 6u)
            assertTrue(slowed.isNotEmpty())
            val first = slowed.first()
            assertNotEquals(Cadence.DAILY, first.cadence)
            assertTrue(first.message.contains("Reminder settings"), first.message)
            assertTrue(slowed.all { it.cadence != Cadence.DAILY })
            assertEquals(slowed.size, slowed.map { it.localDate }.toSet().size, "one reminder a day at most when slowed")

            // The same history without back-off: daily, with everyday copy.
            h.saveReminderSettings(reminderSettings(listOf("09:00", "20:30"), backOff = false))
            val normal = h.planReminders(now, NEW_YORK, 6u).first()
            assertEquals(Cadence.DAILY, normal.cadence)
            assertEquals("2026-11-28", normal.localDate)
            assertNotEquals(first.messageId, normal.messageId)
            assertFalse(normal.message.contains("Reminder settings"), normal.message)

            h.saveReminderSettings(reminderSettings(listOf("09:00", "20:30")))
            h.checkinAt(3, "2026-11-28T12:30:00Z", EST) // 07:30 today
            val restored = h.planReminders(now, NEW_YORK, 6u)
            assertEquals(Instant.parse("2026-11-29T14:00:00Z"), restored.first().at)
            assertEquals(Cadence.DAILY, restored.first().cadence)
            assertFalse(restored.first().message.contains("Reminder settings"))
            assertEquals(listOf("2026-11-29", "2026-11-29"), restored.take(2).map { it.localDate }, "both times again")
        }
    }

    @Test
    fun `no check-in ever means no back-off`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.saveReminderSettings(reminderSettings(listOf("09:00", "20:30")))
            val plan = h.planReminders(now, NEW_YORK, 40u)
            assertTrue(plan.all { it.cadence == Cadence.DAILY })
            assertTrue(plan.none { it.message.contains("Reminder settings") })
        }
    }
}
