package hearth.android.robo.screens

import android.app.Activity
import android.app.Application
import android.content.Intent
import android.widget.ScrollView
import app.hearth.R
import hearth.android.robo.HearthRunner
import hearth.android.robo.Robo
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Robolectric
import org.robolectric.RuntimeEnvironment
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode

/**
 * Every screen of the app, started for real under Robolectric in one configuration per
 * subclass: it must start without a crash, finish loading (no "Opening…" left, no error),
 * show its title, pass the accessibility walk, and draw a picture that is not blank
 * (written to android/build/screenshots/ to be looked at).
 *
 * The matrix is lean on purpose (two CPU cores): three configurations that between them
 * cover SDK 26 and 35, an empty and a 90-day journal, light and dark, font scale 1 and 2.
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
abstract class ScreenMatrix {
    /** Seed the 90-day demo journal first. */
    protected abstract val demo: Boolean

    /** Name of this configuration in the picture files. */
    protected abstract val config: String

    private val app: Application = RuntimeEnvironment.getApplication()

    @Before
    fun journal() {
        Robo.setUp()
        if (demo) DemoJournal.seed()
    }

    @Test fun main() = check("MainActivity")

    @Test fun checkIn() = check("CheckInActivity")

    @Test fun history() = check("HistoryActivity")

    @Test fun insights() = check("InsightsActivity")

    @Test fun calendar() = check("CalendarActivity")

    @Test fun day() = check("DayActivity")

    @Test fun reflection() = check("ReflectionActivity")

    @Test fun thoughtRecord() = check("ThoughtRecordActivity")

    @Test fun questionnaires() = check("QuestionnaireActivity")

    @Test fun safety() = check("SafetyActivity")

    @Test fun reminders() = check("RemindersActivity")

    @Test fun notificationPermission() = check("NotificationPermissionActivity")

    @Test fun data() = check("DataActivity")

    @Test fun privacy() = check("PrivacyActivity")

    @Test fun firstRun() = check("FirstRunActivity")

    @Test fun gettingStarted() = check("GettingStartedActivity")

    @Test fun quickMood() = check("QuickMoodActivity")

    @Test fun tags() = check("TagsActivity")

    @Test fun everyActivityIsCovered() {
        val declared = java.io.File(System.getProperty("hearth.root"), "android/app/src/main/java/app/hearth/ui")
            .listFiles()!!.map { it.name.removeSuffix(".kt") }.filter { it.endsWith("Activity") }
            // Not the screens' shared bases (WritingActivity, LoadingActivity).
            .filterNot { java.lang.reflect.Modifier.isAbstract(Class.forName("app.hearth.ui.$it").modifiers) }.toSet()
        assertEquals(declared, TITLES.keys)
    }

    private fun check(screen: String) {
        @Suppress("UNCHECKED_CAST")
        val cls = Class.forName("app.hearth.ui.$screen") as Class<out Activity>
        val controller = Robolectric.buildActivity(cls, Intent(app, cls)).setup()
        Robo.drain()
        val a = controller.get()
        val texts = ScreenKit.texts(a)

        assertTrue("$screen shows ${TITLES.getValue(screen)}: $texts", app.getString(TITLES.getValue(screen)) in texts)
        assertFalse("$screen still loading", app.getString(R.string.loading) in texts)
        for (e in ERRORS) assertFalse("$screen shows an error: $texts", texts.any { it.contains(app.getString(e)) })
        assertEquals("$screen accessibility", emptyList<String>(), A11y.problems(a))
        // Opens at its top: no text field grabs focus and scrolls the heading away (Android 8).
        assertEquals("$screen opens scrolled to", 0, ScreenKit.all<ScrollView>(a).first().scrollY)

        // The window as it first appears, then the whole content (every part one can scroll to;
        // drawing that lays the content out again, so it comes second).
        Robo.assertNotBlank(Robo.screenshot(a, "$screen-$config-window"))
        Robo.assertNotBlank(ScreenKit.render(a, "$screen-$config"))
        controller.pause().stop().destroy()
    }

    companion object {
        /** The heading each screen must show once loaded. */
        val TITLES = mapOf(
            "MainActivity" to R.string.today_title,
            "CheckInActivity" to R.string.checkin_title,
            "HistoryActivity" to R.string.history_title,
            "InsightsActivity" to R.string.insights_title,
            "CalendarActivity" to R.string.calendar_title,
            "DayActivity" to R.string.day_previous,
            "ReflectionActivity" to R.string.reflection_title,
            "ThoughtRecordActivity" to R.string.thought_title,
            "QuestionnaireActivity" to R.string.questionnaires_title,
            "SafetyActivity" to R.string.plan_heading,
            "RemindersActivity" to R.string.reminders_title,
            "NotificationPermissionActivity" to R.string.permission_title,
            "DataActivity" to R.string.data_title,
            "PrivacyActivity" to R.string.privacy_title,
            "FirstRunActivity" to R.string.firstrun_welcome_heading,
            "GettingStartedActivity" to R.string.getting_started_title,
            "QuickMoodActivity" to R.string.mood_dialog_title,
            "TagsActivity" to R.string.tags_title,
        )

        val ERRORS = listOf(
            R.string.error_generic, R.string.error_key_missing, R.string.error_wrong_key,
            R.string.error_vault, R.string.error_damaged, R.string.error_newer,
        )

    }
}

/** SDK 35, light, font scale 1.0, a new empty journal. */
@Config(sdk = [35], qualifiers = "w360dp-h740dp-hdpi")
class Screens35LightEmptyTest : ScreenMatrix() {
    override val demo = false
    override val config = "35-light-1.0-empty"
}

/** SDK 35, dark, font scale 2.0, the 90-day journal. */
@Config(sdk = [35], qualifiers = "w360dp-h740dp-night-hdpi", fontScale = 2.0f)
class Screens35DarkLargeDemoTest : ScreenMatrix() {
    override val demo = true
    override val config = "35-dark-2.0-demo"
}

/** SDK 26 (minSdk), light, font scale 1.0, the 90-day journal. */
@Config(sdk = [26], qualifiers = "w360dp-h740dp-hdpi")
class Screens26LightDemoTest : ScreenMatrix() {
    override val demo = true
    override val config = "26-light-1.0-demo"
}

/**
 * SDK 35, German (issue #22: the shell's values-de and the core's de catalogue), light,
 * font scale 2.0 (longer German words at the largest common size), the 90-day journal.
 */
@Config(sdk = [35], qualifiers = "de-w360dp-h740dp-hdpi", fontScale = 2.0f)
class Screens35GermanLargeDemoTest : ScreenMatrix() {
    override val demo = true
    override val config = "35-de-light-2.0-demo"

    /** The core's language is process-wide: back to English for whatever runs next. */
    @org.junit.After fun english() {
        uniffi.hearth.setLanguages(listOf("en"))
    }
}
