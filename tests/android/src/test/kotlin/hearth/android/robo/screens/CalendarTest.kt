package hearth.android.robo.screens

import android.app.AlertDialog
import android.app.DatePickerDialog
import android.app.TimePickerDialog
import android.os.Looper
import android.view.accessibility.AccessibilityNodeInfo
import android.widget.Button
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.ui.CalendarActivity
import app.hearth.ui.CheckInActivity
import app.hearth.ui.DayActivity
import app.hearth.ui.DayCell
import hearth.android.robo.HearthRunner
import hearth.android.robo.Robo
import java.time.LocalDate
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
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
import uniffi.hearth.ReflectionInput

/**
 * Issue #20, the calendar through the real screen: a day with check-ins says itself in
 * words (date, mood in the core's word, counts, what was written) and opens that day; the
 * legend maps every level to the core's word; the year in pixels opens a month on a tap
 * and a day for TalkBack; browsing stops at today's month; a check-in backfilled through
 * the real check-in screen appears on its own day.
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class CalendarTest {
    private val app = Robo.app()
    private lateinit var words: (Int) -> String

    @Before fun setUp() {
        Robo.setUp() // Sunday 6 December 2026, 10:00 in Paris
        Robo.firstRunDone()
        val t = Robo.time
        Stores.use(app) { h ->
            h.recordCheckin(CheckInInput(mood = 4, source = EntrySource.APP, note = "Coffee with Sam.", at = t.at(2026, 12, 3, 8), utcOffsetSeconds = 3600))
            h.recordCheckin(CheckInInput(mood = 4, source = EntrySource.APP, at = t.at(2026, 12, 3, 19), utcOffsetSeconds = 3600))
            h.addReflection(ReflectionInput("A slow Friday.", null, t.at(2026, 12, 4, 21), 3600))
            val moods = h.widgetSnapshot(t.now, t.zone.id).quickMoods
            words = { l -> moods.single { it.mood == l }.label }
        }
    }

    private fun open(): CalendarActivity {
        val a = Robolectric.buildActivity(CalendarActivity::class.java).setup().get()
        Robo.drain()
        return a
    }

    private fun cell(a: CalendarActivity, date: String): DayCell =
        ScreenKit.all<DayCell>(a).firstOrNull { it.day.date == LocalDate.parse(date) && it.isShown && it.contentDescription != null }
            ?: error("no cell for $date")

    @Test
    fun aDayWithCheckInsSaysItInWordsAndOpensThatDay() {
        val a = open()
        assertTrue(ScreenKit.texts(a).contains("December 2026"))
        val c = cell(a, "2026-12-03")
        assertEquals("Thursday, December 3: mostly ${words(4).lowercase()}, 2 check-ins, a note", c.contentDescription)
        assertEquals(4, c.day.level)
        assertEquals("Friday, December 4: no check-in, a reflection", cell(a, "2026-12-04").contentDescription)
        assertEquals("Today, Sunday, December 6: nothing written", cell(a, "2026-12-06").contentDescription)
        assertEquals("Monday, December 7", cell(a, "2026-12-07").contentDescription)
        // The legend: every level in the core's words, and the dot.
        val texts = ScreenKit.texts(a)
        for (l in 1..5) assertTrue(texts.contains(app.getString(R.string.calendar_legend_level, words(l), l)))
        assertTrue(texts.contains(app.getString(R.string.calendar_legend_writing)))
        assertEquals(emptyList<String>(), A11y.problems(a))

        c.performClick()
        val started = shadowOf(a).nextStartedActivity
        assertEquals(DayActivity::class.java.name, started.component!!.className)
        assertEquals("2026-12-03", started.getStringExtra(DayActivity.EXTRA_DATE))
    }

    @Test
    fun theWeekStartsOnTheLocalesFirstDay() {
        // Robolectric's default locale is en-US: Sunday first. 1 December 2026 is a Tuesday: two blanks before it.
        val a = open()
        val cells = ScreenKit.all<DayCell>(a).filter { it.contentDescription != null }
        val first = cells.first()
        assertEquals(LocalDate.of(2026, 12, 1), first.day.date)
        val row = first.parent as android.view.ViewGroup
        assertEquals(2, row.indexOfChild(first))
    }

    @Test
    fun browsingStopsAtTodaysMonthAndTheYearOpensMonthsAndDays() {
        val a = open()
        val next = ScreenKit.withText(a, app.getString(R.string.calendar_next_month)) as Button
        assertFalse("no month still to come", next.isEnabled)
        ScreenKit.withText(a, app.getString(R.string.calendar_previous_month)).performClick()
        Robo.drain()
        assertTrue(ScreenKit.texts(a).contains("November 2026"))
        assertTrue(ScreenKit.withText(a, app.getString(R.string.calendar_next_month)).isEnabled)

        ScreenKit.withText(a, app.getString(R.string.calendar_show_year)).performClick()
        Robo.drain()
        assertTrue(ScreenKit.texts(a).contains("2026"))
        assertFalse(ScreenKit.withText(a, app.getString(R.string.calendar_next_year)).isEnabled)
        assertEquals(365, ScreenKit.all<DayCell>(a).count { it.contentDescription != null })
        assertEquals(emptyList<String>(), A11y.problems(a))
        // TalkBack opens a single day of the year in pixels.
        val c = cell(a, "2026-12-03")
        assertTrue(c.createAccessibilityNodeInfo().actionList.contains(AccessibilityNodeInfo.AccessibilityAction.ACTION_CLICK))
        assertTrue(c.performAccessibilityAction(AccessibilityNodeInfo.ACTION_CLICK, null))
        assertEquals("2026-12-03", shadowOf(a).nextStartedActivity.getStringExtra(DayActivity.EXTRA_DATE))
        // A tap on a month's row opens that month.
        val feb = ScreenKit.views(ScreenKit.content(a)).first { it.isClickable && it.contentDescription == app.getString(R.string.calendar_open_month, "February 2026") }
        feb.performClick()
        Robo.drain()
        assertTrue(ScreenKit.texts(a).contains("February 2026"))
        assertEquals(28, ScreenKit.all<DayCell>(a).count { it.contentDescription != null })
        // And the year before.
        ScreenKit.withText(a, app.getString(R.string.calendar_show_year)).performClick()
        Robo.drain()
        ScreenKit.withText(a, app.getString(R.string.calendar_previous_year)).performClick()
        Robo.drain()
        assertTrue(ScreenKit.texts(a).contains("2025"))
        assertTrue(ScreenKit.withText(a, app.getString(R.string.calendar_next_year)).isEnabled)
    }

    @Test
    fun theBrowserSurvivesARecreate() {
        val controller = Robolectric.buildActivity(CalendarActivity::class.java).setup()
        Robo.drain()
        ScreenKit.withText(controller.get(), app.getString(R.string.calendar_previous_month)).performClick()
        Robo.drain()
        controller.recreate()
        Robo.drain()
        assertTrue(ScreenKit.texts(controller.get()).contains("November 2026"))
    }

    @Test
    fun aBackfilledCheckInAppearsOnItsDay() {
        val c = Robolectric.buildActivity(CheckInActivity::class.java).setup().get()
        Robo.drain()
        ScreenKit.withText(c, app.getString(R.string.backfill_choose_day)).performClick()
        val day = ShadowDialog.getLatestDialog() as DatePickerDialog
        day.updateDate(2026, 10, 20) // 20 November
        day.getButton(AlertDialog.BUTTON_POSITIVE).performClick()
        shadowOf(Looper.getMainLooper()).idle()
        ScreenKit.withText(c, app.getString(R.string.backfill_choose_time)).performClick()
        val time = ShadowDialog.getLatestDialog() as TimePickerDialog
        time.updateTime(19, 30)
        time.getButton(AlertDialog.BUTTON_POSITIVE).performClick()
        shadowOf(Looper.getMainLooper()).idle()
        EditKit.moodAndSave(c)
        assertTrue("saved", c.isFinishing)

        val a = open()
        ScreenKit.withText(a, app.getString(R.string.calendar_previous_month)).performClick()
        Robo.drain()
        val cell = cell(a, "2026-11-20")
        assertNotNull(cell.day.level)
        assertEquals("Friday, November 20: ${words(cell.day.level!!).lowercase()}, 1 check-in", cell.contentDescription)
        assertEquals(1, ScreenKit.all<DayCell>(a).count { it.contentDescription != null && it.day.count > 0 })
    }
}
