package hearth.android.robo.screens

import android.content.Intent
import app.hearth.R
import app.hearth.ui.FirstRunActivity
import app.hearth.ui.QuickMoodActivity
import hearth.android.robo.HearthRunner
import hearth.android.robo.Locks
import hearth.android.robo.Robo
import org.junit.Assert.assertEquals
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Robolectric
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode

/**
 * Pictures of the first run's three screens and the tile's mood dialog (issue #21), light,
 * dark and at font scale 2, to be looked at (android/build/screenshots/FirstRun-*.png,
 * QuickMood-*.png). Each screen also passes the accessibility walk.
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class FirstRunScreenshotTest {
    @Before fun setUp() {
        Robo.setUp()
        Locks.deviceSecure(true) // so the third screen shows the lock offer too
    }

    private fun pictures(config: String) {
        val app = Robo.app()
        val a = Robolectric.buildActivity(FirstRunActivity::class.java, Intent(app, FirstRunActivity::class.java)).setup().get()
        Robo.drain()
        for (step in 1..3) {
            assertEquals("step $step ($config)", emptyList<String>(), A11y.problems(a))
            Robo.assertNotBlank(ScreenKit.render(a, "FirstRun-$step-$config"))
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

    @Test
    @Config(sdk = [35], qualifiers = "w360dp-h740dp-hdpi")
    fun `light`() = pictures("35-light")

    @Test
    @Config(sdk = [35], qualifiers = "w360dp-h740dp-night-hdpi")
    fun `dark`() = pictures("35-dark")

    @Test
    @Config(sdk = [35], qualifiers = "w360dp-h740dp-hdpi", fontScale = 2.0f)
    fun `font scale 2`() = pictures("35-light-font2")
}
