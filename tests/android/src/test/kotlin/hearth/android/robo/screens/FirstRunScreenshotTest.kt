package hearth.android.robo.screens

import android.content.Intent
import app.hearth.R
import app.hearth.ui.FirstRunActivity
import app.hearth.ui.QuickMoodActivity
import hearth.android.robo.Locks
import hearth.android.robo.Robo
import org.junit.Assert.assertEquals
import org.junit.Before
import org.robolectric.Robolectric

/**
 * Pictures of the first run's three screens and the tile's mood dialog (issue #21), light,
 * dark and at font scale 2, to be looked at (android/build/screenshots/FirstRun-*.png,
 * QuickMood-*.png). Each screen also passes the accessibility walk.
 */
class FirstRunScreenshotTest : ScreenshotLooks() {
    @Before fun setUp() {
        Robo.setUp()
        Locks.deviceSecure(true) // so the third screen shows the lock offer too
    }

    override fun pictures(config: String) {
        val app = Robo.app()
        val a = Robolectric.buildActivity(FirstRunActivity::class.java, Intent(app, FirstRunActivity::class.java)).setup().get()
        Robo.drain()
        for (step in 1..3) {
            ScreenKit.shoot(a, "step $step ($config)", "FirstRun-$step-$config")
            if (step < 3) {
                ScreenKit.withText(a, app.getString(R.string.firstrun_continue)).performClick()
                Robo.drain()
            }
        }
        val d = Robolectric.buildActivity(QuickMoodActivity::class.java, QuickMoodActivity.intent(app)).setup().get()
        Robo.drain()
        assertEquals("mood dialog ($config)", emptyList<String>(), A11y.problems(d))
        Robo.assertNotBlank(Robo.screenshot(d, "QuickMood-$config"))
    }
}
