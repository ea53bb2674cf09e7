package hearth.android.robo.screens

import android.content.Intent
import app.hearth.R
import app.hearth.ui.CalendarActivity
import app.hearth.ui.DayActivity
import app.hearth.ui.HistoryActivity
import hearth.android.robo.Robo
import org.junit.Assert.assertEquals
import org.junit.Before
import org.robolectric.Robolectric

/**
 * Pictures of the calendar (month grid and year in pixels), a day and paged history on the
 * 90-day journal (issue #20), light, dark and at font scale 2, to be looked at
 * (android/build/screenshots/Calendar-*.png, Day-*.png, History-paged-*.png). Each passes
 * the accessibility walk.
 */
class CalendarScreenshotTest : ScreenshotLooks() {
    @Before fun setUp() {
        Robo.setUp()
        Robo.firstRunDone()
        DemoJournal.seed()
    }

    override fun pictures(config: String) {
        val app = Robo.app()
        val c = Robolectric.buildActivity(CalendarActivity::class.java).setup().get()
        Robo.drain()
        // November: a whole month of the demo journal.
        ScreenKit.withText(c, app.getString(R.string.calendar_previous_month)).performClick()
        Robo.drain()
        ScreenKit.shoot(c, "month ($config)", "Calendar-month-$config")
        ScreenKit.withText(c, app.getString(R.string.calendar_show_year)).performClick()
        Robo.drain()
        ScreenKit.shoot(c, "year ($config)", "Calendar-year-$config")

        val day = java.time.LocalDate.ofInstant(Robo.time.now, Robo.time.zone).minusDays(3)
        val d = Robolectric.buildActivity(DayActivity::class.java, Intent(app, DayActivity::class.java).putExtra(DayActivity.EXTRA_DATE, day.toString())).setup().get()
        Robo.drain()
        ScreenKit.shoot(d, "day ($config)", "Day-$config")

        val h = Robolectric.buildActivity(HistoryActivity::class.java).setup().get()
        Robo.drain()
        assertEquals("history ($config)", emptyList<String>(), A11y.problems(h))
        Robo.assertNotBlank(Robo.screenshot(h, "History-paged-$config"))
    }
}
