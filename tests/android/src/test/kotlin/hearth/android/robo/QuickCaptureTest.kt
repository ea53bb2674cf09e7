package hearth.android.robo

import android.app.AlarmManager
import android.app.PendingIntent
import android.content.Intent
import android.content.res.XmlResourceParser
import android.os.IBinder
import android.service.quicksettings.IQSService
import android.widget.TextView
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.tile.CheckInTileService
import app.hearth.ui.QuickMoodActivity
import hearth.android.robo.screens.A11y
import hearth.android.robo.screens.ScreenKit
import hearth.android.robo.screens.ScreenMatrix
import java.lang.reflect.Proxy
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Robolectric
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode
import org.robolectric.shadows.ShadowToast
import org.robolectric.util.ReflectionHelpers
import uniffi.hearth.EntrySource

/**
 * Quick capture outside the widget (issue #21): the Quick Settings tile and its mood
 * dialog, and the static launcher shortcuts, through the real classes and the real core.
 * Each mood path records through the widget's core call (`widgetCheckin`), so its
 * check-in has source widget; the reminder's moods (source reminder, private on the lock
 * screen) are ReminderTest's.
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(sdk = [35], qualifiers = "w360dp-h740dp-hdpi")
class QuickCaptureTest {
    private val app get() = Robo.app()

    @Before fun setUp() = Robo.setUp()

    private fun checkins() = Stores.use(app) { it.listCheckins(null, null) }

    private fun reminderAlarms() = shadowOf(app.getSystemService(AlarmManager::class.java)!!).scheduledAlarms
        .filter { a -> a.operation?.let { shadowOf(it).savedIntent.action } == "app.hearth.action.REMINDER_FIRE" }

    private fun dialog(): QuickMoodActivity {
        val a = Robolectric.buildActivity(QuickMoodActivity::class.java, QuickMoodActivity.intent(app)).setup().get()
        Robo.drain()
        return a
    }

    /** Quick Settings' side of the tile on API 34+: records the PendingIntent it is asked to start. */
    private fun qsService(started: MutableList<PendingIntent>): IQSService =
        Proxy.newProxyInstance(IQSService::class.java.classLoader, arrayOf(IQSService::class.java)) { _, m, args ->
            if (m.name == "startActivity") started += args!![1] as PendingIntent
            when (m.returnType) {
                java.lang.Boolean.TYPE -> false
                else -> null
            }
        } as IQSService

    @Test
    fun `API 35 - tapping the tile starts the mood dialog through an immutable PendingIntent`() {
        val service = Robolectric.buildService(CheckInTileService::class.java).create().get()
        val started = mutableListOf<PendingIntent>()
        ReflectionHelpers.setField(service, "mService", qsService(started))
        ReflectionHelpers.setField(service, "mTileToken", android.os.Binder() as IBinder)
        service.onClick()
        val pi = started.single()
        assertTrue(pi.isActivity)
        assertTrue(pi.isImmutable)
        assertEquals(QuickMoodActivity::class.java.name, shadowOf(pi).savedIntent.component!!.className)
    }

    @Test
    @Config(sdk = [26])
    fun `API 26 - tapping the tile starts the mood dialog`() {
        val service = Robolectric.buildService(CheckInTileService::class.java).create().get()
        service.onClick()
        val started = shadowOf(app).nextStartedActivity
        assertEquals(QuickMoodActivity::class.java.name, started.component!!.className)
        assertTrue("a task of its own, from a service", started.flags and Intent.FLAG_ACTIVITY_NEW_TASK != 0)
    }

    @Test
    fun `the tile says Check in and is a button, not a switch`() {
        val service = Robolectric.buildService(CheckInTileService::class.java).create().get()
        runCatching { service.onStartListening() } // updateTile talks to Quick Settings, which is not here
        val tile = service.qsTile
        assertEquals(app.getString(R.string.tile_label), tile.label.toString())
        assertEquals(android.service.quicksettings.Tile.STATE_INACTIVE, tile.state)
    }

    @Test
    fun `each mood in the dialog records one check-in with source widget, thanks quietly and closes`() {
        val moods = Stores.use(app) { it.widgetSnapshot(Robo.time.now, Robo.time.zone.id) }.quickMoods.sortedBy { it.mood }
        for (m in moods) {
            Robo.time.now = Robo.time.now.plusSeconds(60)
            val a = dialog()
            val button = ScreenKit.withText(a, m.label)
            assertEquals("TalkBack hears the core's label", m.accessibilityLabel, button.contentDescription.toString())
            assertTrue(button.performClick())
            Robo.drain()
            assertTrue("closed after mood ${m.mood}", a.isFinishing)
            assertEquals(app.getString(R.string.mood_dialog_saved, m.label), ShadowToast.getTextOfLatestToast())
            val last = checkins().maxBy { it.at }
            assertEquals(m.mood, last.mood)
            assertEquals(EntrySource.WIDGET, last.source)
        }
        assertEquals(5, checkins().size)
        assertEquals("reminders not chosen: still no alarm", emptyList<Any>(), reminderAlarms())
    }

    @Test
    fun `with the app lock on, the dialog is not covered and still records at once`() {
        Locks.on()
        val a = dialog()
        assertNull(Locks.cover(a))
        assertFalse("nothing private on it, so no FLAG_SECURE needed", Locks.secure(a))
        ScreenKit.withText(a, "Okay").performClick()
        Robo.drain()
        assertEquals(EntrySource.WIDGET, checkins().single().source)
        // Nothing of the journal on it: no core line, no count.
        val texts = ScreenKit.texts(a)
        assertFalse(texts.any { it.contains(app.getString(R.string.widget_status_none)) })
    }

    @Test
    fun `Add more opens the full check-in, and the dialog passes the accessibility walk`() {
        val a = dialog()
        assertEquals(emptyList<String>(), A11y.problems(a))
        ScreenKit.withText(a, app.getString(R.string.mood_dialog_more)).performClick()
        assertEquals("app.hearth.ui.CheckInActivity", shadowOf(a).nextStartedActivity.component!!.className)
        assertTrue(checkins().isEmpty())
    }

    /** The static shortcuts as the launcher reads them: id → the intent it starts. */
    private fun shortcuts(): Map<String, Intent> {
        val out = LinkedHashMap<String, Intent>()
        val xml: XmlResourceParser = app.resources.getXml(R.xml.shortcuts)
        var id: String? = null
        val ns = "http://schemas.android.com/apk/res/android"
        while (xml.next() != XmlResourceParser.END_DOCUMENT) {
            if (xml.eventType != XmlResourceParser.START_TAG) continue
            when (xml.name) {
                "shortcut" -> id = xml.getAttributeValue(ns, "shortcutId")
                "intent" -> out[id!!] = Intent(xml.getAttributeValue(ns, "action"))
                    .setClassName(xml.getAttributeValue(ns, "targetPackage"), xml.getAttributeValue(ns, "targetClass"))
            }
        }
        return out
    }

    @Test
    fun `each launcher shortcut opens its screen`() {
        val expected = mapOf(
            "check_in" to R.string.checkin_title,
            "reflection" to R.string.reflection_title,
            "safety_plan" to R.string.plan_heading,
        )
        val all = shortcuts()
        assertEquals(expected.keys, all.keys)
        for ((id, title) in expected) {
            val intent = all.getValue(id).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_CLEAR_TASK)
            @Suppress("UNCHECKED_CAST")
            val cls = Class.forName(intent.component!!.className) as Class<out android.app.Activity>
            val a = Robolectric.buildActivity(cls, intent).setup().get()
            Robo.drain()
            val texts = ScreenKit.texts(a)
            assertTrue("$id shows ${app.getString(title)}: $texts", app.getString(title) in texts)
            for (e in ScreenMatrix.ERRORS) assertFalse("$id: $texts", texts.any { it.contains(app.getString(e)) })
        }
    }

    @Test
    fun `a dialog whose store cannot be opened offers a way into Hearth and records nothing`() {
        Stores.use(app) { } // a store and a key exist
        Stores.keyWrapper = { throw IllegalStateException("keystore busy") }
        val a = dialog()
        assertTrue(ScreenKit.texts(a).toString(), app.getString(R.string.mood_dialog_unavailable) in ScreenKit.texts(a))
        assertNotNull(ScreenKit.withText(a, app.getString(R.string.mood_dialog_open)) as TextView)
    }
}
