package hearth.tests

import java.nio.file.Path
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import org.junit.jupiter.params.ParameterizedTest
import org.junit.jupiter.params.provider.ValueSource
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.Hearth
import uniffi.hearth.HearthException

/** Rust errors arrive as the matching typed Kotlin exception, with their fields. */
class TypedErrorsTest {
    @TempDir lateinit var tmp: Path

    private fun invalid(block: () -> Unit): HearthException.InvalidInput = assertThrows<HearthException.InvalidInput> { block() }

    @ParameterizedTest
    @ValueSource(ints = [0, 6, -1, 256, Int.MIN_VALUE])
    fun `mood outside 1 to 5 is InvalidInput on field mood`(mood: Int) {
        openStore(tmp, MemoryVault()).use { h ->
            val e = invalid { h.recordCheckin(checkin(mood)) }
            assertEquals("mood", e.field)
            assertTrue(e.reason.contains("$mood"), e.reason)
            assertEquals(emptyList<Any>(), h.listCheckins(null, null), "nothing was saved")
        }
    }

    @Test
    fun `energy 9 is InvalidInput on field energy`() {
        openStore(tmp, MemoryVault()).use { h ->
            assertEquals("energy", invalid { h.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP, energy = 9)) }.field)
        }
    }

    @Test
    fun `update with a bad value is InvalidInput and leaves the check-in unchanged`() {
        openStore(tmp, MemoryVault()).use { h ->
            val saved = h.recordCheckin(checkin(3))
            assertEquals("mood", invalid { h.updateCheckin(saved.id, checkin(0)) }.field)
            assertEquals(saved, h.getCheckin(saved.id))
        }
    }

    @Test
    fun `labels and offsets are validated with their field names`() {
        openStore(tmp, MemoryVault()).use { h ->
            assertEquals("emotions", invalid { h.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP, emotions = listOf("  "))) }.field)
            assertEquals("tags", invalid { h.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP, tags = List(25) { "t$it" })) }.field)
            assertEquals(
                "utc_offset_seconds",
                invalid { h.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP, at = Instant.now(), utcOffsetSeconds = 90_000)) }.field,
            )
        }
    }

    @Test
    fun `unknown id is NotFound naming the kind and id`() {
        openStore(tmp, MemoryVault()).use { h ->
            val e = assertThrows<HearthException.NotFound> { h.getCheckin("no-such-id") }
            assertEquals("check-in", e.kind)
            assertEquals("no-such-id", e.id)
            assertThrows<HearthException.NotFound> { h.updateCheckin("no-such-id", checkin(3)) }
            assertThrows<HearthException.NotFound> { h.deleteCheckin("no-such-id") }
        }
    }

    @Test
    fun `bad dates in list are InvalidInput on from or to`() {
        openStore(tmp, MemoryVault()).use { h ->
            assertEquals("from", invalid { h.listCheckins("yesterday", null) }.field)
            assertEquals("from", invalid { h.listCheckins("2026-02-30", null) }.field)
            assertEquals("to", invalid { h.listCheckins(null, "2026/03/01") }.field)
        }
    }

    @Test
    fun `an empty store directory is InvalidInput on dir`() {
        assertEquals("dir", invalid { Hearth.open("  ", MemoryVault()) }.field)
    }

    @Test
    fun `errors are ordinary exceptions with a readable message`() {
        openStore(tmp, MemoryVault()).use { h ->
            val e: Exception = assertThrows<HearthException> { h.recordCheckin(checkin(6)) }
            assertTrue(e.message!!.contains("mood"), e.message)
        }
    }
}
