package hearth.android.robo

import android.view.View
import android.view.ViewGroup
import android.widget.TextView
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.logic.LockSettings
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource

/**
 * The quiet widget (app lock on with "quiet widget"): its views, inflated from the
 * RemoteViews the provider gave AppWidgetManager at both sizes, hold only the five moods
 * and a neutral question: no count, no last mood or time, no core line, no low-mood
 * suggestion. Its one-tap check-in still records with the lock on.
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class QuietWidgetTest {
    private val moodIds = intArrayOf(R.id.widget_mood_1, R.id.widget_mood_2, R.id.widget_mood_3, R.id.widget_mood_4, R.id.widget_mood_5)

    @Before fun setUp() {
        Robo.setUp()
        // Eight low days, so the core has a low-mood suggestion the quiet widget must keep to itself.
        Stores.use(Robo.app()) { h ->
            for (d in 1..8L) {
                val at = Robo.time.now.minusSeconds(d * 86_400)
                h.recordCheckin(CheckInInput(mood = 1, source = EntrySource.APP, at = at, utcOffsetSeconds = 3600))
            }
        }
    }

    private fun texts(root: View): List<String> {
        val out = mutableListOf<String>()
        fun walk(v: View) {
            if (v is TextView && v.visibility == View.VISIBLE && v.text.isNotEmpty()) out += v.text.toString().replace('\n', ' ')
            if (v is ViewGroup) for (i in 0 until v.childCount) walk(v.getChildAt(i))
        }
        walk(root)
        return out
    }

    private fun widgetCheckins() = Stores.use(Robo.app()) { h -> h.listCheckins(null, null) }.filter { it.source == EntrySource.WIDGET }

    private fun tap(id: Int, mood: Int) {
        assertTrue(Widgets.view(id).findViewById<View>(moodIds[mood - 1])!!.performClick())
        Robo.drain()
    }

    private fun checkQuiet(id: Int, sdk: String) {
        val snap = Stores.use(Robo.app()) { it.widgetSnapshot(Robo.time.now, Robo.time.zone.id) }
        assertNotNull("the core does have a suggestion to keep quiet", snap.suggestion)
        val labels = snap.quickMoods.sortedBy { it.mood }.map { it.label }
        val ask = Robo.app().getString(R.string.widget_quiet_line)
        for ((w, h) in listOf(250f to 250f, 180f to 110f)) {
            val root = Widgets.renderAt(id, w, h)
            val shown = texts(root)
            val allowed = labels + ask + Robo.app().getString(R.string.widget_open)
            assertEquals("${w}x$h on $sdk shows only the moods and the question: $shown", emptyList<String>(), shown.filter { it !in allowed })
            assertTrue("${w}x$h: the five moods are there: $shown", shown.containsAll(labels))
            for (t in shown) {
                assertFalse(t, t.contains(snap.line))
                assertFalse(t, t.contains(snap.suggestion!!.message))
            }
            // Nothing to read out either: the count line's description is the question only.
            val status = root.findViewById<TextView>(R.id.widget_status)
            if (status?.visibility == View.VISIBLE) assertFalse("${status.contentDescription}", "today" in status.contentDescription.toString())
            Robo.assertNotBlank(Robo.screenshot(root, "widget-quiet-$sdk-${w.toInt()}x${h.toInt()}", Widgets.dp(w), Widgets.dp(h)))
        }
    }

    private fun quietWidgetRecordsAndKeepsQuiet(sdk: String) {
        Locks.on()
        val id = Widgets.create()
        tap(id, 2)
        assertEquals("the one-tap check-in records with the lock on", listOf(2), widgetCheckins().map { it.mood })
        checkQuiet(id, sdk)

        // Quiet switched off (lock still on): the count comes back at the next update.
        Locks.store(LockSettings().withLock(true).copy(quietWidget = false))
        Widgets.update(id)
        val count = Robo.app().resources.getQuantityString(R.plurals.widget_checkins_today, 1, 1)
        assertTrue(texts(Widgets.renderAt(id, 250f, 250f)).any { it.startsWith(count) })
    }

    @Test
    @Config(sdk = [35])
    fun `API 35 - with the lock on the widget records one tap and shows only the moods`() = quietWidgetRecordsAndKeepsQuiet("35")

    @Test
    @Config(sdk = [26])
    fun `API 26 - with the lock on the widget records one tap and shows only the moods`() = quietWidgetRecordsAndKeepsQuiet("26")

    @Test
    @Config(sdk = [35])
    fun `turning the lock on in Privacy and lock quiets the widget at once`() {
        Locks.deviceSecure(true)
        val id = Widgets.create()
        tap(id, 4)
        val count = Robo.app().resources.getQuantityString(R.plurals.widget_checkins_today, 1, 1)
        assertTrue(texts(Widgets.renderAt(id, 250f, 250f)).any { it.startsWith(count) })

        val a = org.robolectric.Robolectric.buildActivity(app.hearth.ui.PrivacyActivity::class.java).setup().get()
        Robo.drain()
        hearth.android.robo.screens.ScreenKit.withText(a, Robo.app().getString(R.string.privacy_lock)).performClick()
        hearth.android.robo.screens.ScreenKit.withText(a, Robo.app().getString(R.string.action_save)).performClick()
        Robo.drain()
        val shown = texts(Widgets.renderAt(id, 250f, 250f))
        assertFalse(shown.toString(), shown.any { it.startsWith(count) })
        assertTrue(shown.toString(), Robo.app().getString(R.string.widget_quiet_line) in shown)
    }

    @Test
    @Config(sdk = [35])
    fun `settings that cannot be read keep the widget quiet`() {
        Stores.use(Robo.app()) { it.setShellSetting(app.hearth.logic.LockSettingsCodec.SETTING_NAME, "not a setting") }
        val id = Widgets.create()
        val shown = texts(Widgets.renderAt(id, 250f, 250f))
        assertTrue(shown.toString(), Robo.app().getString(R.string.widget_quiet_line) in shown)
        assertFalse(shown.toString(), Robo.app().getString(R.string.widget_status_none) in shown)
    }
}
