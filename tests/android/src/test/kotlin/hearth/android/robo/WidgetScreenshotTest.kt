package hearth.android.robo

import android.content.res.Configuration
import org.junit.Assert.assertEquals
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode

/**
 * Pictures of the widget with native graphics (real text and shapes): light and dark,
 * font scale 1.0 and 2.0, at its minimum size (180×110 dp), its default 4×2 cells
 * (250×110 dp) and tall (250×250 dp), over a 90-day demo store with one check-in today.
 * Written to android/build/screenshots/widget-<theme>-font<scale>-<w>x<h>.png; each must
 * be a picture of something. Only: tests/android/run.sh -Djvm.skip=true -Drobo.test=WidgetScreenshotTest
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class WidgetScreenshotTest {
    @Before fun setUp() {
        Robo.setUp()
        Robo.seedDemo()
    }

    private fun shoot(theme: String, scale: String) {
        val night = Robo.app().resources.configuration.uiMode and Configuration.UI_MODE_NIGHT_MASK
        assertEquals(theme == "dark", night == Configuration.UI_MODE_NIGHT_YES)
        val id = Widgets.create()
        // One check-in today, so the count line has something to say.
        Widgets.view(id).findViewById<android.view.View>(app.hearth.R.id.widget_mood_4)!!.performClick()
        Robo.drain()
        for ((w, h) in listOf(180f to 110f, 250f to 110f, 250f to 250f)) {
            val root = Widgets.renderAt(id, w, h)
            val png = Robo.screenshot(root, "widget-$theme-font$scale-${w.toInt()}x${h.toInt()}", Widgets.dp(w), Widgets.dp(h))
            Robo.assertNotBlank(png)
        }
    }

    @Test fun light() = shoot("light", "1.0")

    @Test @Config(qualifiers = "night") fun dark() = shoot("dark", "1.0")

    @Test @Config(fontScale = 2.0f) fun `light, font scale 2`() = shoot("light", "2.0")

    @Test @Config(qualifiers = "night", fontScale = 2.0f) fun `dark, font scale 2`() = shoot("dark", "2.0")
}
