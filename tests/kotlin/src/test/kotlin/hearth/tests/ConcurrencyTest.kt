package hearth.tests

import java.nio.file.Path
import java.util.Collections
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.Timeout
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource

/** One Hearth object shared by many JVM threads: no lost, duplicated or torn writes. */
class ConcurrencyTest {
    @TempDir lateinit var tmp: Path

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    fun `8 threads times 25 check-ins on one shared Hearth are all present`() {
        val threads = 8
        val perThread = 25
        val vault = MemoryVault()
        openStore(tmp, vault).use { h ->
            val pool = Executors.newFixedThreadPool(threads)
            val start = CountDownLatch(1)
            val ids = Collections.synchronizedList(mutableListOf<String>())
            try {
                val futures = (0 until threads).map { t ->
                    pool.submit<Unit> {
                        start.await()
                        repeat(perThread) { i ->
                            val saved = h.recordCheckin(
                                CheckInInput(mood = 1 + (t + i) % 5, source = EntrySource.APP, tags = listOf("t$t", "i$i"))
                            )
                            ids += saved.id
                            // Interleave reads with the other threads' writes.
                            if (i % 5 == 0) {
                                assertEquals(listOf("t$t", "i$i"), h.getCheckin(saved.id).tags)
                            }
                        }
                    }
                }
                start.countDown()
                futures.forEach { it.get(110, TimeUnit.SECONDS) } // rethrows a worker's failure
            } finally {
                pool.shutdownNow()
            }

            val total = threads * perThread
            assertEquals(total, ids.toSet().size, "every call returned its own id")
            val listed = h.listCheckins(null, null)
            assertEquals(ids.toSet(), listed.map { it.id }.toSet())
            for (t in 0 until threads) {
                val mine = listed.filter { "t$t" in it.tags }
                assertEquals((0 until perThread).map { "i$it" }.toSet(), mine.map { it.tags[1] }.toSet(), "thread $t")
            }
            val report = h.verify()
            // Tags created on the fly and the default tags are verified too.
            assertTrue(report.checked >= total.toUInt())
            assertTrue(report.damaged.isEmpty())
            assertEquals(1, vault.stores.get())
        }
    }
}
