package hearth.android

import app.hearth.logic.AppLock
import app.hearth.logic.CoreActions
import app.hearth.logic.CoreLockSettingsStore
import app.hearth.logic.LockSettings
import app.hearth.logic.LockSettingsCodec
import app.hearth.logic.LockSettingsStore
import app.hearth.logic.LockState
import app.hearth.logic.RelockAfter
import java.nio.file.Path
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource

/**
 * The lock settings in the real core (host library through JNA): kept as a shell setting,
 * encrypted in the store, read back by a new process; the widget's quiet decision read
 * in the same open store as its snapshot; the widget's one tap recording with the lock on.
 */
class LockStorageCoreTest {
    @TempDir lateinit var tmp: Path

    private val morning = paris(2026, 12, 6, 10)

    /** The app's store for the lock: one open store per call, as app.hearth.core.StoreLockSettings does. */
    private class PhoneLockStore(val phone: Phone) : LockSettingsStore {
        override fun read(): String? = phone.use { CoreLockSettingsStore(it).read() }
        override fun write(value: String) = phone.use { CoreLockSettingsStore(it).write(value) }
    }

    @Test
    fun `the lock settings survive the process in the core's store, and a new process starts locked`() {
        val phone = Phone(tmp)
        val first = AppLock(PhoneLockStore(phone), { 0L })
        first.coldStart(deviceSecure = true)
        assertEquals(LockState.UNLOCKED, first.state)
        val on = LockSettings(relockAfter = RelockAfter.FIVE_MINUTES).withLock(true).copy(quietWidget = false)
        first.changeSettings(on, deviceSecure = true)

        assertEquals(LockSettingsCodec.encode(on), phone.use { it.shellSetting(LockSettingsCodec.SETTING_NAME) })
        val next = AppLock(PhoneLockStore(phone), { 0L })
        next.coldStart(deviceSecure = true)
        assertEquals(LockState.LOCKED, next.state)
        assertEquals(on, next.settings)
    }

    @Test
    fun `the settings are not in the database file in plain text`() {
        val phone = Phone(tmp)
        phone.use { CoreLockSettingsStore(it).write(LockSettingsCodec.encode(LockSettings().withLock(true))) }
        val files = tmp.resolve("files/store").toFile().walkTopDown().filter { it.isFile }.toList()
        assertTrue(files.isNotEmpty())
        for (f in files) {
            val text = String(f.readBytes(), Charsets.ISO_8859_1)
            assertFalse(text.contains("relock="), "${f.name} holds the settings in plain text")
            assertFalse(text.contains(LockSettingsCodec.SETTING_NAME), "${f.name} holds the setting's name in plain text")
        }
    }

    @Test
    fun `with the lock on and a quiet widget, the widget's one tap still records, and the widget shows only the moods`() {
        val phone = Phone(tmp)
        val actions = CoreActions(FixedClock(morning).clock)
        phone.use {
            // A low stretch, so the core has a suggestion the quiet widget must not show.
            for (d in 1..8L) {
                val at = morning.minusSeconds(d * 86_400)
                it.recordCheckin(CheckInInput(mood = 1, source = EntrySource.APP, at = at, utcOffsetSeconds = 3600))
            }
            CoreLockSettingsStore(it).write(LockSettingsCodec.encode(LockSettings().withLock(true)))
        }
        val loud = phone.use { h -> CoreActions(FixedClock(morning).clock).widgetModel(h, h.widgetSnapshot(morning, "Europe/Paris")) }
        assertTrue(loud.quiet)
        val core = phone.use { it.widgetSnapshot(morning, "Europe/Paris") }
        assertNotNull(core.suggestion, "the core suggests the safety plan after a low stretch: ${core.line}")

        val after = phone.use { actions.widgetTap(it, 2) }
        assertEquals(1u, after.snapshot.countToday, "the tap was recorded")
        assertEquals(listOf(EntrySource.WIDGET), phone.use { it.listCheckins(null, null) }.filter { it.source == EntrySource.WIDGET }.map { it.source })
        val w = after.widget
        assertTrue(w.quiet)
        assertNull(w.line)
        assertNull(w.lastMoodLabel)
        assertNull(w.lastTime)
        assertNull(w.suggestion)
        assertEquals(0, w.countToday)
        assertEquals(listOf(1, 2, 3, 4, 5), w.moods.map { it.mood })
    }

    @Test
    fun `the widget is quiet only with the lock and its switch on, and quiet when the settings cannot be read`() {
        val phone = Phone(tmp)
        val actions = CoreActions(FixedClock(morning).clock)
        fun quietWith(value: String?): Boolean = phone.use { h ->
            h.setShellSetting(LockSettingsCodec.SETTING_NAME, value)
            actions.widget(h).quiet
        }
        assertFalse(quietWith(null))
        assertFalse(quietWith(LockSettingsCodec.encode(LockSettings())))
        assertFalse(quietWith(LockSettingsCodec.encode(LockSettings().withLock(true).copy(quietWidget = false))))
        assertTrue(quietWith(LockSettingsCodec.encode(LockSettings().withLock(true))))
        assertTrue(quietWith("v9;something newer"))
    }
}
