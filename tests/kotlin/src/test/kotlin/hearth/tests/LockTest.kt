package hearth.tests

import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.Hearth
import uniffi.hearth.HearthException

/** After lock() every store call is refused with Locked; suspend() is not a lock. */
class LockTest {
    @TempDir lateinit var tmp: Path

    @Test
    fun `after lock every call is Locked`() {
        openStore(tmp, MemoryVault()).use { h ->
            val id = h.recordCheckin(checkin(3)).id
            assertFalse(h.isLocked())
            h.lock()
            assertTrue(h.isLocked())

            val calls: List<Pair<String, (Hearth) -> Unit>> = listOf(
                "recordCheckin" to { it.recordCheckin(checkin(3)) },
                "getCheckin" to { it.getCheckin(id) },
                "listCheckins" to { it.listCheckins(null, null) },
                "updateCheckin" to { it.updateCheckin(id, checkin(2)) },
                "deleteCheckin" to { it.deleteCheckin(id) },
                "verify" to { it.verify() },
            )
            for ((name, call) in calls) {
                assertThrows<HearthException.Locked>(name) { call(h) }
            }
            h.lock() // idempotent
            assertTrue(h.isLocked())
        }
    }

    @Test
    fun `a locked store reopens with its vault`() {
        val vault = MemoryVault()
        val saved = openStore(tmp, vault).use { h -> h.recordCheckin(checkin(2)).also { h.lock() } }
        openStore(tmp, vault).use { h -> assertEquals(saved, h.getCheckin(saved.id)) }
    }

    @Test
    fun `suspend keeps the store usable`() {
        openStore(tmp, MemoryVault()).use { h ->
            val saved = h.recordCheckin(checkin(5))
            h.suspend()
            assertFalse(h.isLocked())
            assertEquals(saved, h.getCheckin(saved.id))
            h.recordCheckin(checkin(1))
            assertEquals(2, h.listCheckins(null, null).size)
        }
    }
}
