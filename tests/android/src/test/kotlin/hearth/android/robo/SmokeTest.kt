package hearth.android.robo

import android.os.Build
import android.view.View
import android.view.ViewGroup
import android.widget.TextView
import app.hearth.R
import app.hearth.ui.MainActivity
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Robolectric
import org.robolectric.annotation.GraphicsMode

/**
 * The harness itself: the app's manifest and resources reach Robolectric (SDK 35 by
 * default, from targetSdk), the real host library loads through JNA inside it, and the
 * launcher screen draws the core's words from a store opened with the in-memory key.
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class SmokeTest {
    @Before fun setUp() = Robo.setUp()

    @Test
    fun `MainActivity starts on SDK 35 and shows today from the core`() {
        assertEquals(35, Build.VERSION.SDK_INT)
        assertEquals("app.hearth", Robo.app().packageName)
        Robo.seedDemo(days = 3)
        val activity = Robolectric.buildActivity(MainActivity::class.java).setup().get()
        Robo.drain()
        val texts = texts(activity.window.decorView)
        assertTrue("today heading in $texts", activity.getString(R.string.today_title) in texts)
        // The core's line for the day is drawn: whatever it says, it is the snapshot's line.
        val line = app.hearth.core.Stores.use(activity) { it.widgetSnapshot(Robo.time.now, Robo.time.zone.id).line }
        assertTrue("core line '$line' in $texts", line in texts)
        Robo.assertNotBlank(Robo.screenshot(activity, "smoke-main"))
    }

    private fun texts(v: View): List<String> = when (v) {
        is TextView -> listOf(v.text.toString())
        is ViewGroup -> (0 until v.childCount).flatMap { texts(v.getChildAt(it)) }
        else -> emptyList()
    }
}
