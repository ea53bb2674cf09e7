package hearth.tests

import java.nio.file.Path
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/** US daylight-saving changes: a time in the spring gap moves forward, one in the autumn overlap fires once. */
class RemindersDstTest {
    @TempDir lateinit var tmp: Path

    @Test
    fun `02_30 on 2026-03-08 does not exist and fires at 03_00 EDT`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.saveReminderSettings(reminderSettings(listOf("02:30")))
            val plan = h.planReminders(Instant.parse("2026-03-07T12:00:00Z"), NEW_YORK, 5u)
            val gapDay = plan.single { it.localDate == "2026-03-08" }
            assertEquals(Instant.parse("2026-03-08T07:00:00Z"), gapDay.at)
            assertEquals(3, gapDay.localHour.toInt())
            assertEquals(0, gapDay.localMinute.toInt())
            assertEquals("2026-03-08T02:30@America/New_York", gapDay.id, "the id keeps the configured time")
            // The next day is an ordinary 02:30 EDT.
            assertEquals(Instant.parse("2026-03-09T06:30:00Z"), plan.single { it.localDate == "2026-03-09" }.at)
        }
    }

    @Test
    fun `01_30 on 2026-11-01 happens twice and fires once, at the first`() {
        openStore(tmp, MemoryVault()).use { h ->
            h.saveReminderSettings(reminderSettings(listOf("01:30")))
            val plan = h.planReminders(Instant.parse("2026-10-31T12:00:00Z"), NEW_YORK, 5u)
            val overlap = plan.filter { it.localDate == "2026-11-01" }
            assertEquals(1, overlap.size, overlap.toString())
            assertEquals(Instant.parse("2026-11-01T05:30:00Z"), overlap.single().at, "01:30 EDT, not 01:30 EST")
            assertEquals(1, overlap.single().localHour.toInt())
            assertEquals(30, overlap.single().localMinute.toInt())
            assertEquals(Instant.parse("2026-11-02T06:30:00Z"), plan.single { it.localDate == "2026-11-02" }.at)
        }
    }
}
