package hearth.tests

import java.nio.file.Files
import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.HearthException

/** A store refuses a key that is not its own, and is left intact for the right one. */
class WrongKeyTest {
    @TempDir lateinit var tmp: Path

    private fun snapshot(dir: Path): Map<String, ByteArray> =
        Files.list(dir).use { s -> s.filter { Files.isRegularFile(it) }.toList() }
            .associate { it.fileName.toString() to Files.readAllBytes(it) }

    @Test
    fun `a different 32-byte key is WrongKey and the data stays readable with the right key`() {
        val right = MemoryVault()
        val saved = openStore(tmp, right).use { h ->
            h.recordCheckin(checkin(4)).also { h.lock() }
        }
        val before = snapshot(tmp.resolve("store"))

        val other = MemoryVault.withRandomKey()
        assertFalse(other.held()!!.contentEquals(right.held()!!))
        assertThrows<HearthException.WrongKey> { openStore(tmp, other) }
        assertEquals(0, other.stores.get(), "a refused key is not replaced")

        val after = snapshot(tmp.resolve("store"))
        assertEquals(before.keys, after.keys, "no file was created or removed")
        before.forEach { (name, bytes) -> assertArrayEquals(bytes, after[name], "$name changed") }

        openStore(tmp, right).use { h ->
            assertEquals(saved, h.getCheckin(saved.id))
            assertEquals(listOf(saved), h.listCheckins(null, null))
        }
    }

    @Test
    fun `a key of the wrong length is WrongKey`() {
        openStore(tmp, MemoryVault()).use { it.lock() }
        assertThrows<HearthException.WrongKey> { openStore(tmp, MemoryVault(ByteArray(16) { 7 })) }
    }
}
