package hearth.android.robo.screens

import android.app.AlertDialog
import android.app.DatePickerDialog
import android.app.TimePickerDialog
import android.os.Looper
import android.view.View
import android.widget.TextView
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.logic.ErrorKind
import app.hearth.ui.CheckInActivity
import app.hearth.ui.Nav
import hearth.android.robo.HearthRunner
import hearth.android.robo.Robo
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Robolectric
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.GraphicsMode
import org.robolectric.shadows.ShadowDialog
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource

/**
 * Issue #20, backfilling a check-in through the real check-in screen: an earlier day and
 * time land the check-in on its own day (in the day's list and the calendar), a time
 * later than now stops at now, and a moment the core finds in the future (the phone's
 * clock ahead of the core's) is refused in the core's own words, with nothing saved.
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class BackfillTest {
    private val app = Robo.app()

    @Before fun setUp() {
        Robo.setUp() // Sunday 6 December 2026, 10:00 in Paris
        Robo.firstRunDone()
    }

    private fun open(): CheckInActivity {
        val a = Robolectric.buildActivity(CheckInActivity::class.java).setup().get()
        Robo.drain()
        return a
    }

    private fun idle() = shadowOf(Looper.getMainLooper()).idle()

    private fun pickDay(a: CheckInActivity, y: Int, m: Int, d: Int): DatePickerDialog {
        ScreenKit.withText(a, app.getString(R.string.backfill_choose_day)).performClick()
        val dialog = ShadowDialog.getLatestDialog() as DatePickerDialog
        dialog.updateDate(y, m - 1, d)
        dialog.getButton(AlertDialog.BUTTON_POSITIVE).performClick()
        idle()
        return dialog
    }

    private fun pickTime(a: CheckInActivity, h: Int, m: Int) {
        ScreenKit.withText(a, app.getString(R.string.backfill_choose_time)).performClick()
        val dialog = ShadowDialog.getLatestDialog() as TimePickerDialog
        dialog.updateTime(h, m)
        dialog.getButton(AlertDialog.BUTTON_POSITIVE).performClick()
        idle()
    }

    @Test
    fun aBackfilledCheckInLandsOnItsOwnDay() {
        val a = open()
        assertTrue(ScreenKit.texts(a).contains(app.getString(R.string.backfill_when_now)))
        val day = pickDay(a, 2026, 12, 3)
        assertTrue("the calendar stops at now", day.datePicker.maxDate <= Robo.time.now.toEpochMilli())
        pickTime(a, 19, 30)
        assertTrue(ScreenKit.texts(a).any { it.contains(java.time.LocalDate.of(2026, 12, 3).format(Nav.longDate(a))) })
        assertEquals(emptyList<String>(), A11y.problems(a))
        Robo.assertNotBlank(ScreenKit.render(a, "CheckIn-backfill-35-light"))
        EditKit.moodAndSave(a)
        assertTrue("saved and closed", a.isFinishing)
        Stores.use(app) { h ->
            val on3 = h.checkinsOn("2026-12-03")
            assertEquals(1, on3.size)
            assertEquals(Robo.time.at(2026, 12, 3, 19, 30), on3[0].at)
            assertEquals(3600, on3[0].utcOffsetSeconds)
            assertEquals("nothing today", 0, h.checkinsOn("2026-12-06").size)
            val cal = h.calendar(2026, 12u).associateBy { it.date }
            assertEquals(1u, cal.getValue("2026-12-03").count)
            assertEquals(0u, cal.getValue("2026-12-06").count)
            // And in insights, on the same day of the week's series.
            val daily = h.insights(7u, Stores.clock.now(), Stores.clock.zoneId()).daily.associateBy { it.date }
            assertEquals(1u, daily.getValue("2026-12-03").count)
            assertEquals(0u, daily.getValue("2026-12-06").count)
        }
    }

    @Test
    fun aLaterTimeStopsAtNow() {
        val a = open()
        pickTime(a, 23, 0)
        assertTrue("still now", ScreenKit.texts(a).contains(app.getString(R.string.backfill_when_now)))
        EditKit.moodAndSave(a)
        val today = Stores.use(app) { it.checkinsOn("2026-12-06") }
        assertEquals(1, today.size)
        assertEquals("saved at now, not at 23:00", Robo.time.now, today[0].at)
    }

    @Test
    fun aFutureMomentIsRefusedInTheCoresWords() {
        // The core judges "future" by its own clock (the system's). The shell's clock is put
        // three days ahead of it, as a phone's clock can be before it is corrected: the
        // picker allows up to the shell's now, and yesterday by that clock is still the
        // core's future.
        Robo.time.now = java.time.Instant.now().plus(java.time.Duration.ofDays(3))
        val a = open()
        val yesterday = java.time.LocalDate.ofInstant(Robo.time.now, Robo.time.zone).minusDays(1)
        pickDay(a, yesterday.year, yesterday.monthValue, yesterday.dayOfMonth)
        pickTime(a, 9, 0)
        val moment = yesterday.atTime(9, 0).atZone(Robo.time.zone)
        val expected = Stores.use(app) { h ->
            runCatching { h.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP, at = moment.toInstant(), utcOffsetSeconds = moment.offset.totalSeconds)) }
        }.exceptionOrNull() ?: error("the core took a moment in its future")
        assertEquals("the core refuses a future moment", ErrorKind.INVALID_INPUT, ErrorKind.of(expected))
        EditKit.moodAndSave(a)
        val reason = ErrorKind.reason(expected)!!
        val shown = ScreenKit.all<TextView>(a).filter { it.visibility == View.VISIBLE }.map { it.text.toString() }
        assertTrue("the core's words are shown: $shown", shown.contains(reason))
        assertTrue("the screen stays open", !a.isFinishing)
        assertEquals("nothing saved", 0, Stores.use(app) { it.listCheckins(null, null) }.size)
    }
}
