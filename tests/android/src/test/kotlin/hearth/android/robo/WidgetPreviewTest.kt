package hearth.android.robo

import android.view.LayoutInflater
import android.view.View
import android.view.ViewGroup
import android.widget.TextView
import app.hearth.R
import app.hearth.core.Stores
import java.io.File
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode

/**
 * The widget picker's preview (issue #21): `previewLayout` (API 31+) and `previewImage`
 * (below 31) name the preview, and the preview layout inflates with the core's real five
 * moods, each whole and inside the widget. Also renders the picture that
 * `res/drawable-nodpi/widget_preview.png` is made from (android/build/widget_preview.png).
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(sdk = [35], qualifiers = "w360dp-h740dp-xhdpi")
class WidgetPreviewTest {
    private val moodIds = intArrayOf(R.id.widget_mood_1, R.id.widget_mood_2, R.id.widget_mood_3, R.id.widget_mood_4, R.id.widget_mood_5)

    @Before fun setUp() = Robo.setUp()

    private fun attr(name: String): Int {
        val xml = Robo.app().resources.getXml(R.xml.checkin_widget_info)
        while (xml.next() != android.content.res.XmlResourceParser.START_TAG) Unit
        return xml.getAttributeResourceValue("http://schemas.android.com/apk/res/android", name, 0)
    }

    @Test
    fun `the provider names the preview layout and the preview picture`() {
        assertEquals(R.layout.widget_preview, attr("previewLayout"))
        assertEquals(R.drawable.widget_preview, attr("previewImage"))
        val picture = Robo.app().getDrawable(R.drawable.widget_preview)!!
        assertTrue("the picture has a size", picture.intrinsicWidth > 100 && picture.intrinsicHeight > 40)
    }

    private fun inflate(): ViewGroup = LayoutInflater.from(Robo.app()).inflate(R.layout.widget_preview, null) as ViewGroup

    @Test
    fun `the preview layout shows the core's five moods, each whole and inside the widget`() {
        val core = Stores.use(Robo.app()) { it.widgetSnapshot(Robo.time.now, Robo.time.zone.id) }.quickMoods.sortedBy { it.mood }
        val root = inflate()
        val w = Widgets.dp(250f)
        val h = Widgets.dp(110f)
        root.measure(View.MeasureSpec.makeMeasureSpec(w, View.MeasureSpec.EXACTLY), View.MeasureSpec.makeMeasureSpec(h, View.MeasureSpec.EXACTLY))
        root.layout(0, 0, w, h)
        assertEquals(core.map { it.label }, moodIds.map { root.findViewById<TextView>(it)!!.text.toString().replace('\n', ' ') })
        for (id in moodIds) {
            val b = root.findViewById<TextView>(id)!!
            var y = b.top
            var p = b.parent as View
            while (p !== root) { y += p.top; p = p.parent as View }
            assertTrue("${b.text} inside (${y + b.height} ≤ $h)", y >= 0 && y + b.height <= h)
            assertTrue("${b.text}: its text is not cut off (${b.layout.height} px in ${b.height} px)", b.layout.height <= b.height - b.compoundPaddingTop - b.compoundPaddingBottom)
            val words = b.text.split('\n')
            assertEquals("${b.text}: one word per line", words.size, b.layout.lineCount)
            for (line in 0 until b.layout.lineCount) {
                assertTrue(words.contains(b.text.substring(b.layout.getLineStart(line), b.layout.getLineEnd(line)).trim()))
            }
        }
        val png = Robo.screenshot(root, "widget-preview-35-light", w, h)
        Robo.assertNotBlank(png)
        png.copyTo(File(Robo.screenshotDir.parentFile, "widget_preview.png"), overwrite = true)
    }
}
