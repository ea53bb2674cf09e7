package hearth.android.robo.screens

import android.app.Application
import android.provider.Settings
import app.hearth.core.Stores
import app.hearth.ui.HistoryActivity
import app.hearth.ui.RemindersActivity
import hearth.android.robo.HearthRunner
import hearth.android.robo.Robo
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Robolectric
import org.robolectric.RuntimeEnvironment
import org.robolectric.annotation.Config
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.ReminderSettings

/** Defect 7: times of day follow the phone's 24-hour setting, not a fixed format or the language alone. */
@RunWith(HearthRunner::class)
class TimeFormatTest {
    private val app: Application = RuntimeEnvironment.getApplication()

    @Before
    fun journal() {
        Robo.setUp()
        // Yesterday evening by the test clock (2026-12-05 20:05, Paris).
        val at = Robo.time.at(2026, 12, 5, 20, 5)
        Stores.use(app) { h ->
            h.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP, at = at, utcOffsetSeconds = Robo.time.zone.rules.getOffset(at).totalSeconds))
            h.saveReminderSettings(ReminderSettings(true, listOf("20:00"), emptyList(), null, null, null, true))
        }
    }

    private fun use24Hour(on: Boolean) {
        Settings.System.putString(app.contentResolver, Settings.System.TIME_12_24, if (on) "24" else "12")
    }

    private fun historyTexts(): List<String> {
        val c = Robolectric.buildActivity(HistoryActivity::class.java).setup()
        Robo.drain()
        return ScreenKit.texts(c.get())
    }

    private fun remindersTexts(): List<String> {
        // Reminders are planned only once chosen (issue #21); the core's 20:00 is then the next one.
        Robo.remindersChosen()
        val c = Robolectric.buildActivity(RemindersActivity::class.java).setup()
        Robo.drain()
        return ScreenKit.texts(c.get())
    }

    @Test
    @Config(qualifiers = "en-rUS")
    fun entryTimesAre24HourWhenThePhoneIs() {
        use24Hour(true)
        val texts = historyTexts()
        assertTrue("20:05 in $texts", texts.any { it.startsWith("20:05 ·") })
    }

    @Test
    @Config(qualifiers = "en-rGB")
    fun entryTimesAre12HourWhenThePhoneIs() {
        use24Hour(false)
        val texts = historyTexts()
        assertTrue("8:05 in $texts", texts.any { it.startsWith("8:05") && it.contains("pm", ignoreCase = true) })
        assertFalse(texts.any { it.startsWith("20:05") })
    }

    @Test
    @Config(sdk = [26], qualifiers = "en-rUS")
    fun entryTimesFollowTheSettingOnSdk26() {
        use24Hour(true)
        assertTrue(historyTexts().any { it.startsWith("20:05 ·") })
        use24Hour(false)
        val texts = historyTexts()
        assertTrue("8:05 pm in $texts", texts.any { it.startsWith("8:05") && it.contains("pm", ignoreCase = true) })
    }

    @Test
    @Config(qualifiers = "en-rGB")
    fun nextReminderIs12HourWhenThePhoneIs() {
        use24Hour(false)
        val texts = remindersTexts()
        val next = texts.firstOrNull { it.contains("“") } ?: error("no next reminder line in $texts")
        assertTrue(next, next.contains("8:00") && next.contains("pm", ignoreCase = true))
        assertFalse(next, next.contains("20:00"))
    }
}
