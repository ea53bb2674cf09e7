package hearth.bench

import java.io.File
import java.time.Duration
import java.time.Instant
import java.util.concurrent.locks.LockSupport
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.Hearth
import uniffi.hearth.KeyVault

/**
 * FFI overhead from the JVM: the same calls the Rust criterion benchmarks time
 * (core/benches/hearth.rs), made through the generated Kotlin bindings (JNA).
 *
 * Not JMH: each operation is warmed up (JIT, SQLite page cache), then single calls are
 * timed with a pause after each (see [measure]); the figure is the median call, with
 * the quartiles.
 *
 * The store mirrors the Rust `snapshot_warm/30d` fixture: 30 days with two check-ins a
 * day ending at the same fixed "now" (2026-03-20 18:30 in Paris), a key in memory.
 *
 * usage: Main <work dir> <results json> [criterion dir]
 *   With a criterion dir (`$CARGO_TARGET_DIR/criterion`), each call is compared with the
 *   median criterion recorded for the same call in Rust (`<id>/new/estimates.json`).
 */

/** "Now" of the Rust benchmarks: 2026-03-20T18:30:00+01:00. */
private val NOW: Instant = Instant.parse("2026-03-20T17:30:00Z")
private const val ZONE = "Europe/Paris"

/** The key lives in memory, as Keystore/Keychain hand it over. */
class MemoryVault : KeyVault {
    @Volatile private var key: ByteArray? = null
    override fun loadKey(): ByteArray? = key?.copyOf()
    override fun storeKey(key: ByteArray) { this.key = key.copyOf() }
    override fun deleteKey() { key = null }
}

data class Result(val name: String, val rustId: String?, val medianNs: Double, val q1Ns: Double, val q3Ns: Double, val calls: Long)

/**
 * Warms `op` up in a tight loop for `warmup` (JIT), lets the JVM settle, then times
 * `samples` single calls, each followed by a short pause.
 *
 * Why single calls with pauses rather than a tight loop: every uniffi call allocates JNA
 * native-memory wrappers (the call status, buffers) that JNA frees from its own cleaner
 * thread. In a tight loop on two shared cores that thread falls behind, the heap fills
 * with pending wrappers, and the loop ends up timing garbage collection (measured here:
 * 0.5 GB live, 35 collections, 5.8 s of pauses in a 45 s run). Apps call Hearth a few
 * times a second at most, so the isolated call is the figure that matters.
 */
fun measure(name: String, rustId: String?, warmup: Duration, samples: Int, op: () -> Any?): Result {
    var sink = 0
    val warmEnd = System.nanoTime() + warmup.toNanos()
    var calls = 0L
    while (System.nanoTime() < warmEnd) {
        sink += op().hashCode()
        calls++
    }
    System.gc()
    Thread.sleep(300)
    val t = DoubleArray(samples)
    for (i in 0 until samples) {
        val t0 = System.nanoTime()
        sink += op().hashCode()
        t[i] = (System.nanoTime() - t0).toDouble()
        LockSupport.parkNanos(200_000)
    }
    t.sort()
    fun q(p: Double) = t[((t.size - 1) * p).toInt()]
    if (sink == 42) println() // keep results alive
    return Result(name, rustId, q(0.5), q(0.25), q(0.75), calls + samples)
}

/** The median point estimate in a criterion `estimates.json`, in nanoseconds. */
fun criterionMedianNs(f: File): Double? {
    if (!f.isFile) return null
    val m = Regex("\"median\":\\{\"confidence_interval\":\\{[^}]*\\},\"point_estimate\":([0-9.eE+-]+)").find(f.readText())
    return m?.groupValues?.get(1)?.toDouble()
}

fun seed(h: Hearth) {
    // Two check-ins a day for the 30 days ending today (09:xx and 19:xx local), like the
    // demo seeding the Rust fixture uses; today's evening one is before NOW.
    val today = java.time.LocalDate.of(2026, 3, 20)
    for (back in 29 downTo 0) {
        val day = today.minusDays(back.toLong())
        for ((i, hour) in listOf(9, 17).withIndex()) {
            val at = day.atTime(hour, (back * 7 + i * 13) % 60).atZone(java.time.ZoneId.of(ZONE)).toInstant()
            h.recordCheckin(
                CheckInInput(
                    mood = 1 + (back + i) % 5,
                    source = EntrySource.WIDGET,
                    energy = 1 + (back * 3 + i) % 5,
                    emotions = listOf("calm"),
                    tags = listOf("work"),
                    at = at,
                    utcOffsetSeconds = 3600,
                ),
            )
        }
    }
}

fun main(args: Array<String>) {
    val work = File(args.getOrElse(0) { "target/bench-work" })
    val out = File(args.getOrElse(1) { "target/kotlin-bench.json" })
    work.deleteRecursively()
    work.mkdirs()
    val quick = System.getenv("HEARTH_BENCH_QUICK") == "1"
    val warm = Duration.ofSeconds(if (quick) 1 else 4)
    val n = if (quick) 500 else 4000

    val h = Hearth.open(File(work, "store").path, MemoryVault())
    seed(h)
    val results = mutableListOf<Result>()
    // The cheapest exported call: a mutex and a boolean, so this is the FFI's own cost.
    results += measure("isLocked (FFI floor)", null, warm, n) { h.isLocked() }
    results += measure("widgetSnapshot, 30 days", "snapshot_warm/30d", warm, n) {
        h.widgetSnapshot(NOW, ZONE)
    }
    // A widget tap: one fsync per call, so this is mostly the disk.
    results += measure("recordCheckin (widget tap)", "checkin/store_widget", Duration.ofSeconds(if (quick) 1 else 2), n / 2) {
        h.recordCheckin(CheckInInput(mood = 4, source = EntrySource.WIDGET))
    }
    h.close()

    println("Kotlin/JVM -> generated bindings -> libhearth_ffi (median single call, [Q1, Q3])")
    for (r in results) {
        println(String.format("  %-30s %10.2f us  [%.2f, %.2f]  (%d calls)", r.name, r.medianNs / 1e3, r.q1Ns / 1e3, r.q3Ns / 1e3, r.calls))
    }
    val criterion = args.getOrNull(2)?.let(::File)
    if (criterion != null) {
        println()
        println("Same call from Rust (criterion median) vs through the Kotlin bindings")
        println(String.format("  %-30s %12s %12s %12s %8s", "call", "Rust", "Kotlin", "overhead", "ratio"))
        for (r in results) {
            val id = r.rustId ?: continue
            val rust = criterionMedianNs(File(criterion, "$id/new/estimates.json"))
            if (rust == null) {
                println(String.format("  %-30s (no criterion result at %s)", r.name, id))
                continue
            }
            println(
                String.format(
                    "  %-30s %9.2f us %9.2f us %9.2f us %7.2fx",
                    r.name, rust / 1e3, r.medianNs / 1e3, (r.medianNs - rust) / 1e3, r.medianNs / rust,
                ),
            )
        }
    }
    out.parentFile?.mkdirs()
    out.writeText(
        results.joinToString(",\n  ", "[\n  ", "\n]\n") {
            """{"name": "${it.name}", "rust_id": ${it.rustId?.let { id -> "\"$id\"" } ?: "null"}, "median_ns": ${it.medianNs}, "q1_ns": ${it.q1Ns}, "q3_ns": ${it.q3Ns}, "calls": ${it.calls}}"""
        },
    )
    work.deleteRecursively()
}
