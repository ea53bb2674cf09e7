package hearth.android.robo

import android.appwidget.AppWidgetManager
import android.content.Intent
import android.view.View
import android.view.ViewGroup
import android.widget.TextView
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.logic.KeyWrapper
import app.hearth.widget.CheckInWidgetProvider
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RuntimeEnvironment
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode
import uniffi.hearth.EntrySource

/**
 * The home-screen widget through the shell's real provider, receiver and RemoteViews on
 * Robolectric's AppWidgetManager (which re-applies each update onto the existing views,
 * as a launcher does), against the real core.
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class WidgetTest {
    private val moodIds = intArrayOf(R.id.widget_mood_1, R.id.widget_mood_2, R.id.widget_mood_3, R.id.widget_mood_4, R.id.widget_mood_5)

    @Before fun setUp() = Robo.setUp()

    private fun awm(): AppWidgetManager = AppWidgetManager.getInstance(Robo.app())

    private fun createWidget(): Int {
        val id = shadowOf(awm()).createWidget(CheckInWidgetProvider::class.java, R.layout.widget_checkin)
        Robo.drain()
        return id
    }

    private fun view(id: Int): View = shadowOf(awm()).getViewFor(id)

    private fun status(id: Int): String = view(id).findViewById<TextView>(R.id.widget_status)!!.text.toString()

    private fun widgetCheckins() = Stores.use(Robo.app()) { h -> h.listCheckins(null, null) }.filter { it.source == EntrySource.WIDGET }

    /** Taps a mood the way a launcher does: a click on the applied view sends its PendingIntent. */
    private fun tap(id: Int, mood: Int) {
        val button = view(id).findViewById<View>(moodIds[mood - 1])!!
        assertEquals("mood $mood is visible before the tap", View.VISIBLE, button.visibility)
        assertTrue("mood $mood is clickable", button.performClick())
        Robo.drain()
    }

    @Test
    fun `each mood tapped on the widget stores exactly one widget check-in and the redrawn widget counts it`() {
        val id = createWidget()
        assertEquals(Robo.app().getString(R.string.widget_status_none), status(id))
        for (mood in 1..5) {
            Robo.time.now = Robo.time.now.plusSeconds(60)
            tap(id, mood)
            val stored = widgetCheckins()
            assertEquals("after tapping mood $mood", mood, stored.size)
            assertEquals(mood, stored.maxBy { it.at }.mood)
            val count = Robo.app().resources.getQuantityString(R.plurals.widget_checkins_today, mood, mood)
            assertTrue("status '${status(id)}' shows '$count'", status(id).startsWith(count))
        }
        // Labels and content descriptions are the core's quick moods.
        val moods = Stores.use(Robo.app()) { it.widgetSnapshot(Robo.time.now, Robo.time.zone.id) }.quickMoods
        moods.forEachIndexed { i, m ->
            val b = view(id).findViewById<TextView>(moodIds[i])!!
            assertEquals(m.label, b.text.toString().replace('\n', ' '))
            assertEquals(m.accessibilityLabel, b.contentDescription.toString())
        }
    }

    /** A keystore that cannot be reached: the store cannot be opened. */
    private class BrokenWrapper : KeyWrapper {
        override fun wrap(plain: ByteArray, aad: ByteArray): KeyWrapper.Wrapped = throw IllegalStateException("keystore busy")
        override fun unwrap(w: KeyWrapper.Wrapped, aad: ByteArray): ByteArray = throw IllegalStateException("keystore busy")
        override fun forget() = Unit
    }

    @Test
    fun `a failing store shows the unavailable state and after recovery the moods come back`() {
        val id = createWidget()
        tap(id, 4) // a store and a key exist
        val working = Stores.keyWrapper
        Stores.keyWrapper = { BrokenWrapper() }
        tap(id, 2)
        val unavailable = Robo.app().getString(R.string.widget_unavailable)
        val texts = texts(view(id))
        assertTrue("unavailable text in $texts", unavailable in texts)
        for (m in moodIds) assertEquals(View.GONE, view(id).findViewById<View>(m)!!.visibility)

        // The keystore answers again: nothing was stored by the failed tap, and the next
        // update (here: the system's widget update) redraws onto the same views.
        Stores.keyWrapper = working
        assertEquals(1, widgetCheckins().size)
        Robo.app().sendBroadcast(
            Intent(AppWidgetManager.ACTION_APPWIDGET_UPDATE).setClass(Robo.app(), CheckInWidgetProvider::class.java)
                .putExtra(AppWidgetManager.EXTRA_APPWIDGET_IDS, intArrayOf(id)),
        )
        Robo.drain()
        for (m in moodIds) assertEquals("mood button visible again after recovery", View.VISIBLE, view(id).findViewById<View>(m)!!.visibility)
        assertTrue(unavailable !in texts(view(id)))
        tap(id, 5)
        assertEquals(2, widgetCheckins().size)
    }

    // ---- size and font scale (defect 4) ----

    private fun dp(v: Float): Int = Widgets.dp(v)

    private fun renderAt(id: Int, wDp: Float, hDp: Float): ViewGroup = Widgets.renderAt(id, wDp, hDp)

    /** [child]'s bounds in [root]'s coordinates. */
    private fun boundsIn(root: View, child: View): IntArray {
        var x = 0
        var y = 0
        var v: View = child
        while (v !== root) {
            x += v.left
            y += v.top
            v = v.parent as View
        }
        return intArrayOf(x, y, x + child.width, y + child.height)
    }

    private fun assertMoodsInside(at: String, root: ViewGroup) {
        for ((i, m) in moodIds.withIndex()) {
            val b = root.findViewById<View>(m)
            assertNotNull("$at: mood ${i + 1} exists", b)
            b!!
            assertEquals("$at: mood ${i + 1} visible", View.VISIBLE, b.visibility)
            val r = boundsIn(root, b)
            assertTrue("$at: mood ${i + 1} has a size (${r.toList()})", r[2] > r[0] && r[3] > r[1])
            assertTrue(
                "$at: mood ${i + 1} at ${r.toList()} lies inside the widget (${root.width}×${root.height} px)",
                r[0] >= 0 && r[1] >= 0 && r[2] <= root.width && r[3] <= root.height,
            )
            // Readable: every line of the label is a whole word (no "Oka" / "y").
            val t = b as TextView
            val text = t.text.toString()
            val words = text.split(Regex("\\s+")).toSet()
            val layout = t.layout
            assertNotNull("$at: mood ${i + 1} laid out", layout)
            for (line in 0 until layout!!.lineCount) {
                val shown = text.substring(layout.getLineStart(line), layout.getLineEnd(line)).trim()
                assertTrue("$at: mood ${i + 1} line $line '$shown' is a whole word of '$text' (size ${t.textSize}px)", shown in words)
            }
            assertEquals("$at: mood ${i + 1} shows all of '$text'", text.length, layout.getLineEnd(layout.lineCount - 1))
        }
    }

    private fun checkMinimumSizeAtFontScales(lang: String = "") {
        val id = createWidget()
        tap(id, 3)
        for (scale in listOf(1.0f, 1.3f, 2.0f)) {
            RuntimeEnvironment.setFontScale(scale)
            // A font change re-renders the widget (the app is asked to update).
            Robo.app().sendBroadcast(
                Intent(AppWidgetManager.ACTION_APPWIDGET_UPDATE).setClass(Robo.app(), CheckInWidgetProvider::class.java)
                    .putExtra(AppWidgetManager.EXTRA_APPWIDGET_IDS, intArrayOf(id)),
            )
            Robo.drain()
            val root = renderAt(id, 180f, 110f)
            assertMoodsInside("180×110 dp at font scale $scale", root)
            // TalkBack hears the count and that the line opens the check-in.
            val line = root.findViewById<TextView>(R.id.widget_status)!!
            assertEquals("the compact layout at the minimum size", null, root.findViewById<View>(R.id.widget_open))
            val said = line.contentDescription?.toString() ?: throw AssertionError("the count line has no description")
            assertTrue("'$said' says the count", said.startsWith(line.text.toString()))
            assertTrue("'$said' says where it leads", Robo.app().getString(R.string.widget_open_description) in said)
            Robo.assertNotBlank(Robo.screenshot(root, "widget-min-sdk${android.os.Build.VERSION.SDK_INT}$lang-font$scale", dp(180f), dp(110f)))
            // The default size (4×2 cells, about 250×110 dp up to a tall 250×250) too.
            val tall = renderAt(id, 250f, 250f)
            assertMoodsInside("250×250 dp at font scale $scale", tall)
            Robo.screenshot(tall, "widget-250x250-sdk${android.os.Build.VERSION.SDK_INT}$lang-font$scale", dp(250f), dp(250f))
            // The default cell (4×2, about 250×110 dp): wider than the minimum, as short (issue #21).
            val default = renderAt(id, 250f, 110f)
            assertMoodsInside("250×110 dp at font scale $scale", default)
            Robo.assertNotBlank(Robo.screenshot(default, "widget-250x110-sdk${android.os.Build.VERSION.SDK_INT}$lang-font$scale", dp(250f), dp(110f)))
        }
    }

    @Test
    fun `at its minimum size and at font scale 1_3 and 2_0 all five moods lie inside the widget (API 35)`() =
        checkMinimumSizeAtFontScales()

    @Test
    @Config(sdk = [26])
    fun `at its minimum size and at font scale 1_3 and 2_0 all five moods lie inside the widget (API 26)`() =
        checkMinimumSizeAtFontScales()

    /** Issue #22: German's longer words ("Sehr schwer", "Mehr hinzufügen …") whole at every size too. */
    @Test
    @Config(qualifiers = "de")
    fun `in German at its minimum size and at font scale 1_3 and 2_0 all five moods lie inside the widget (API 35)`() {
        try {
            assertEquals("Sehr schwer", Stores.use(Robo.app()) { it.widgetSnapshot(Robo.time.now, Robo.time.zone.id) }.quickMoods.minBy { it.mood }.label)
            checkMinimumSizeAtFontScales("-de")
        } finally {
            uniffi.hearth.setLanguages(listOf("en"))
        }
    }

    @Test
    fun `API 35 - at font scale 2_0 the widget is a size map - compact at the minimum size, full where it is tall enough, moods whole in both`() {
        val id = createWidget()
        RuntimeEnvironment.setFontScale(2.0f)
        Widgets.update(id)
        val small = renderAt(id, 180f, 110f)
        assertEquals("compact at 180×110", null, small.findViewById<View>(R.id.widget_open))
        for (w in listOf(180f, 250f)) {
            val tall = renderAt(id, w, 400f)
            assertNotNull("full (with Add more…) at ${w}×400", tall.findViewById<View>(R.id.widget_open))
            assertMoodsInside("${w}×400 dp at font scale 2.0", tall)
        }
    }

    private fun texts(v: View): List<String> = when (v) {
        is TextView -> listOf(v.text.toString())
        is ViewGroup -> (0 until v.childCount).flatMap { texts(v.getChildAt(it)) }
        else -> emptyList()
    }
}
