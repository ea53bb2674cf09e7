package hearth.android.robo.screens

import android.app.Activity
import android.app.AlarmManager
import android.appwidget.AppWidgetManager
import android.content.Intent
import android.view.View
import app.hearth.HearthApp
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.logic.FirstRun
import app.hearth.logic.FirstRunStore
import app.hearth.logic.LockOffer
import app.hearth.ui.FirstRunActivity
import app.hearth.ui.GettingStartedActivity
import app.hearth.ui.MainActivity
import app.hearth.ui.PrivacyActivity
import app.hearth.ui.RemindersActivity
import app.hearth.ui.SafetyActivity
import hearth.android.robo.HearthRunner
import hearth.android.robo.Locks
import hearth.android.robo.Robo
import hearth.android.robo.Widgets
import java.time.ZonedDateTime
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Robolectric
import org.robolectric.Shadows.shadowOf
import org.robolectric.android.controller.ActivityController
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode

/**
 * The first run (issue #21) through the real activities and the real core: Today opens
 * it on a new journal, each answer is kept as it is given, skipping every step (one by
 * one, or all at once) answers "not now" and schedules nothing, and Getting started
 * finds every step again.
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(sdk = [35], qualifiers = "w360dp-h740dp-hdpi")
class FirstRunFlowTest {
    private val app get() = Robo.app()

    private fun s(id: Int) = app.getString(id)

    @Before fun setUp() = Robo.setUp()

    private fun open(): ActivityController<FirstRunActivity> {
        val c = Robolectric.buildActivity(FirstRunActivity::class.java, Intent(app, FirstRunActivity::class.java)).setup()
        Robo.drain()
        return c
    }

    private fun click(a: Activity, text: String) {
        assertTrue("$text clicked", ScreenKit.withText(a, text).performClick())
        Robo.drain()
    }

    private fun stored(): FirstRun = Stores.use(app) { FirstRunStore.read(it, offersLock = false) }

    private fun setting(name: String): String? = Stores.use(app) { it.shellSetting(name) }

    private fun reminderAlarms() = shadowOf(app.getSystemService(AlarmManager::class.java)!!).scheduledAlarms
        .filter { a -> a.operation?.let { shadowOf(it).savedIntent.action } == "app.hearth.action.REMINDER_FIRE" }

    private fun assertScreen(a: Activity, step: Int, heading: Int) {
        val texts = ScreenKit.texts(a)
        assertTrue(texts.toString(), app.getString(R.string.firstrun_step, step, 3) in texts)
        assertTrue(texts.toString(), s(heading) in texts)
        assertEquals("step $step accessibility", emptyList<String>(), A11y.problems(a))
    }

    @Test
    fun `a new journal - Today opens the first run once, and nothing is scheduled before an answer`() {
        val main = Robolectric.buildActivity(MainActivity::class.java).setup()
        Robo.drain()
        val next = shadowOf(main.get()).nextStartedActivity
        assertEquals(FirstRunActivity::class.java.name, next?.component?.className)
        assertTrue("the core's default is on", Stores.use(app) { it.reminderSettings().enabled })
        assertEquals("no alarm on a fresh install", emptyList<Any>(), reminderAlarms())
        val id = Widgets.create()
        assertTrue(Widgets.view(id).findViewById<View>(R.id.widget_mood_3)!!.performClick())
        Robo.drain()
        assertEquals(1, Stores.use(app) { it.listCheckins(null, null) }.size)
        assertEquals("no alarm after a widget tap on a fresh install", emptyList<Any>(), reminderAlarms())
        // Back out of it: Today does not push it again in this process.
        main.pause().resume()
        Robo.drain()
        assertNull(shadowOf(main.get()).nextStartedActivity)
    }

    @Test
    fun `skipping every step one by one - reminders off, the lock declined, no alarm even after a widget tap`() {
        Locks.deviceSecure(true)
        val c = open()
        val a = c.get()
        assertScreen(a, 1, R.string.firstrun_welcome_heading)
        click(a, s(R.string.firstrun_skip))
        assertScreen(a, 2, R.string.firstrun_widget_heading)
        click(a, s(R.string.firstrun_skip))
        assertScreen(a, 3, R.string.firstrun_choices_heading)
        assertTrue("the lock is offered here", s(R.string.lock_offer_heading) in ScreenKit.texts(a))
        click(a, s(R.string.firstrun_skip))
        assertTrue("finished", a.isFinishing)
        for (step in FirstRun.Step.entries) assertEquals("skipped", setting(step.settingName))
        assertEquals("off", setting("firstrun.reminders"))
        assertEquals(LockOffer.ANSWERED, setting(LockOffer.SETTING_NAME))
        assertFalse(Stores.use(app) { it.reminderSettings().enabled })
        assertFalse("the lock was not turned on", Locks.stored().lockEnabled)

        val id = Widgets.create()
        assertTrue(Widgets.view(id).findViewById<View>(R.id.widget_mood_4)!!.performClick())
        Robo.drain()
        assertEquals(1, Stores.use(app) { it.listCheckins(null, null) }.size)
        assertEquals("no alarm after a skipped first run and a widget tap", emptyList<Any>(), reminderAlarms())
    }

    @Test
    fun `skip the introduction from the first screen - everything answered not now, and Today stays Today`() {
        val a = open().get()
        click(a, s(R.string.firstrun_skip_all))
        assertTrue(a.isFinishing)
        assertTrue(stored().isFinished)
        assertEquals("off", setting("firstrun.reminders"))
        // No screen lock on this phone: the offer is not marked, so it can come later.
        assertNull(setting(LockOffer.SETTING_NAME))
        assertEquals(emptyList<Any>(), reminderAlarms())
        HearthApp.of(app).firstRunOpened = false // a new process
        val main = Robolectric.buildActivity(MainActivity::class.java).setup()
        Robo.drain()
        assertNull("not asked twice", shadowOf(main.get()).nextStartedActivity)
    }

    @Test
    fun `continue through all three - the widget pinned, a reminder at 07_30 scheduled, the lock declined`() {
        Locks.deviceSecure(true)
        shadowOf(AppWidgetManager.getInstance(app)).setRequestPinAppWidgetSupported(true)
        val a = open().get()
        Robo.assertNotBlank(ScreenKit.render(a, "FirstRun-1-35-light"))
        click(a, s(R.string.firstrun_continue))
        assertEquals("seen", setting("firstrun.welcome"))
        click(a, s(R.string.firstrun_widget_add))
        assertTrue(ScreenKit.texts(a).toString(), s(R.string.firstrun_widget_asked) in ScreenKit.texts(a))
        click(a, s(R.string.firstrun_continue))
        assertScreen(a, 3, R.string.firstrun_choices_heading)
        val field = ScreenKit.field(a, s(R.string.firstrun_reminder_time))
        assertEquals("the core's suggestion", "20:00", field.text.toString())
        field.setText("7.30")
        click(a, s(R.string.firstrun_reminder_yes))
        assertEquals("on", setting("firstrun.reminders"))
        assertEquals(listOf("07:30"), Stores.use(app) { it.reminderSettings().times })
        val alarm = reminderAlarms().minBy { it.triggerAtTime }
        assertEquals(ZonedDateTime.of(2026, 12, 7, 7, 30, 0, 0, Robo.DEFAULT_ZONE).toInstant().toEpochMilli(), alarm.triggerAtTime)
        // Answered: the question is gone from the screen, and the lock is still offered.
        assertFalse(s(R.string.firstrun_reminder_yes) in ScreenKit.texts(a))
        click(a, s(R.string.lock_offer_no))
        assertEquals(LockOffer.ANSWERED, setting(LockOffer.SETTING_NAME))
        assertFalse(s(R.string.lock_offer_heading) in ScreenKit.texts(a))
        click(a, s(R.string.firstrun_done))
        assertTrue(a.isFinishing)
        for (step in FirstRun.Step.entries) assertEquals("seen", setting(step.settingName))
    }

    @Test
    fun `a time that is not a time is refused kindly and nothing is saved`() {
        Stores.use(app) { h -> for (st in listOf(FirstRun.Step.WELCOME, FirstRun.Step.WIDGET)) h.setShellSetting(st.settingName, "seen") }
        val a = open().get()
        ScreenKit.field(a, s(R.string.firstrun_reminder_time)).setText("25:99")
        click(a, s(R.string.firstrun_reminder_yes))
        assertTrue(ScreenKit.texts(a).toString(), s(R.string.firstrun_reminder_bad_time) in ScreenKit.texts(a))
        assertNull(setting("firstrun.reminders"))
        assertEquals(emptyList<Any>(), reminderAlarms())
    }

    @Test
    fun `killed after the first answer, it resumes on the second screen`() {
        val c = open()
        click(c.get(), s(R.string.firstrun_continue))
        c.pause().stop().destroy()
        val again = open().get()
        assertScreen(again, 2, R.string.firstrun_widget_heading)
    }

    @Test
    fun `a time typed on the third screen survives a recreate, and Today keeps the lock offer for the first run`() {
        Locks.deviceSecure(true)
        val main = Robolectric.buildActivity(MainActivity::class.java).setup()
        Robo.drain()
        assertFalse("offered in the first run, not twice", s(R.string.lock_offer_heading) in ScreenKit.texts(main.get()))
        Stores.use(app) { h -> for (st in listOf(FirstRun.Step.WELCOME, FirstRun.Step.WIDGET)) h.setShellSetting(st.settingName, "seen") }
        val c = open()
        ScreenKit.field(c.get(), s(R.string.firstrun_reminder_time)).setText("06:45")
        c.recreate()
        Robo.drain()
        assertEquals("06:45", ScreenKit.field(c.get(), s(R.string.firstrun_reminder_time)).text.toString())
        assertTrue(s(R.string.lock_offer_heading) in ScreenKit.texts(c.get()))
    }

    @Test
    fun `without pinning it says how to add the widget by hand, under a picture described in words`() {
        shadowOf(AppWidgetManager.getInstance(app)).setRequestPinAppWidgetSupported(false)
        Stores.use(app) { it.setShellSetting(FirstRun.Step.WELCOME.settingName, "seen") }
        val a = open().get()
        assertTrue(s(R.string.firstrun_widget_howto) in ScreenKit.texts(a))
        assertFalse(s(R.string.firstrun_widget_add) in ScreenKit.texts(a))
        // The widget's picture is described in words (the core's five moods) for TalkBack.
        val picture = ScreenKit.all<android.widget.ImageView>(a).single()
        val moods = Stores.use(app) { it.widgetSnapshot(Robo.time.now, Robo.time.zone.id) }.quickMoods.map { it.label }
        assertTrue(picture.contentDescription.toString(), picture.contentDescription.toString().contains(moods.joinToString(", ")))
    }

    @Test
    fun `Getting started finds every step again`() {
        Robo.firstRunDone()
        val main = Robolectric.buildActivity(MainActivity::class.java).setup()
        Robo.drain()
        assertNull("a finished first run is not shown", shadowOf(main.get()).nextStartedActivity)
        click(main.get(), s(R.string.getting_started_title))
        assertEquals(GettingStartedActivity::class.java.name, shadowOf(main.get()).nextStartedActivity.component!!.className)
        val g = Robolectric.buildActivity(GettingStartedActivity::class.java).setup().get()
        assertTrue(s(R.string.firstrun_welcome_isnt) in ScreenKit.texts(g))
        for ((label, screen) in listOf(
            R.string.getting_started_reminders to RemindersActivity::class.java,
            R.string.getting_started_lock to PrivacyActivity::class.java,
            R.string.getting_started_support to SafetyActivity::class.java,
        )) {
            click(g, s(label))
            assertEquals(screen.name, shadowOf(g).nextStartedActivity.component!!.className)
        }
        assertEquals(emptyList<String>(), A11y.problems(g))
    }

    @Test
    fun `before an answer the reminder settings show reminders off, and saving them is the answer`() {
        val c = Robolectric.buildActivity(RemindersActivity::class.java).setup()
        Robo.drain()
        val a = c.get()
        val enabled = ScreenKit.withText(a, s(R.string.reminders_enabled)) as android.widget.CheckBox
        assertFalse("shown off, whatever the core's default", enabled.isChecked)
        click(a, s(R.string.action_save))
        assertEquals("off", setting("firstrun.reminders"))
        assertEquals(emptyList<Any>(), reminderAlarms())
    }
}
