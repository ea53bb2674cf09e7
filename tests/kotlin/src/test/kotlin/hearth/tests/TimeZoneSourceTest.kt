package hearth.tests

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.time.Instant
import java.util.concurrent.atomic.AtomicInteger
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.HearthException
import uniffi.hearth.TimeZoneSource
import uniffi.hearth.setTimeZoneSource
import uniffi.hearth.timeZoneNames

/**
 * The time-zone rules port from Kotlin: a source registered by the shell is asked
 * first. This one serves New York's TZif file under a name no OS database has, so the
 * only way the core can know that zone is through the port.
 */
class TimeZoneSourceTest {
    @TempDir lateinit var tmp: Path

    private class Aliasing : TimeZoneSource {
        val asked = AtomicInteger()
        override fun tzif(name: String): ByteArray? {
            if (name != ALIAS) return null
            asked.incrementAndGet()
            return Files.readAllBytes(Paths.get("/usr/share/zoneinfo/America/New_York"))
        }
    }

    @AfterEach
    fun reset() = setTimeZoneSource(null)

    @Test
    fun `a zone served by the shell plans like the OS zone it copies`() {
        val source = Aliasing()
        setTimeZoneSource(source)
        val vault = MemoryVault()
        openStore(tmp, vault).use { h ->
            h.saveReminderSettings(reminderSettings(listOf("02:30", "09:00")))
            val now = Instant.parse("2026-03-06T12:00:00Z")
            val viaPort = h.planReminders(now, ALIAS, 8u)
            val viaOs = h.planReminders(now, NEW_YORK, 8u)
            assertEquals(viaOs.map { it.at }, viaPort.map { it.at })
            assertEquals(1, source.asked.get(), "asked once, then kept")
        }
        setTimeZoneSource(null)
        openStore(tmp, vault).use { h ->
            val e = assertThrows<HearthException.InvalidInput> { h.planReminders(Instant.now(), ALIAS, 1u) }
            assertEquals("tz", e.field)
        }
        assertTrue(timeZoneNames().contains(NEW_YORK))
    }

    companion object {
        const val ALIAS = "Hearth/KotlinTest"
    }
}
