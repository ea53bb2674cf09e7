package hearth.tests

import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.Scale

/** Custom scales: create, list, and the checks on their definition. */
class ScalesTest {
    @TempDir lateinit var tmp: Path

    @Test
    fun `createScale stores a lower-cased name and the inclusive range, and scales lists them by name`() {
        openStore(tmp, MemoryVault()).use { h ->
            assertEquals(emptyList<Scale>(), h.scales())
            val sleep = h.createScale("Sleep Quality", 0, 10)
            val pain = h.createScale("pain", -5, 5)
            assertTrue(sleep.id.isNotBlank())
            assertEquals(Scale(sleep.id, "sleep quality", 0, 10), sleep)
            assertEquals(Scale(pain.id, "pain", -5, 5), pain)
            assertEquals(listOf(pain, sleep), h.scales())
        }
    }

    @Test
    fun `a duplicate name or an empty range is refused`() {
        openStore(tmp, MemoryVault()).use { h ->
            val sleep = h.createScale("sleep quality", 0, 10)
            assertEquals("name", invalidField { h.createScale("SLEEP QUALITY", 1, 5) })
            assertEquals("max", invalidField { h.createScale("focus", 5, 5) })
            assertEquals("max", invalidField { h.createScale("focus", 6, 5) })
            assertEquals("name", invalidField { h.createScale("  ", 0, 1) })
            assertEquals(listOf(sleep), h.scales())
        }
    }
}
