package hearth.android.robo.screens

import android.app.AlertDialog
import android.app.Application
import app.hearth.R
import app.hearth.ui.CheckInActivity
import app.hearth.ui.ReflectionActivity
import app.hearth.ui.RemindersActivity
import app.hearth.ui.SafetyActivity
import app.hearth.ui.ThoughtRecordActivity
import hearth.android.robo.HearthRunner
import hearth.android.robo.Robo
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Robolectric
import org.robolectric.RuntimeEnvironment

/**
 * Defect 2: a screen recreated (rotation, dark mode, font size, split-screen resize) must
 * keep what the person typed; Back with unsaved text asks first, Back without just leaves.
 */
@RunWith(HearthRunner::class)
class WritingSurvivesRecreateTest {
    private val app: Application = RuntimeEnvironment.getApplication()

    @Before
    fun journal() {
        Robo.setUp()
    }

    @Test
    fun checkInNoteSurvivesRecreate() {
        val c = Robolectric.buildActivity(CheckInActivity::class.java).setup()
        Robo.drain()
        ScreenKit.field(c.get(), app.getString(R.string.checkin_note)).setText("Half a thought about the walk")
        ScreenKit.withText(c.get(), "calm").let { (it as android.widget.CheckBox).isChecked = true }
        c.recreate()
        Robo.drain()
        assertEquals("Half a thought about the walk", ScreenKit.field(c.get(), app.getString(R.string.checkin_note)).text.toString())
        assertTrue("ticked emotion kept", (ScreenKit.withText(c.get(), "calm") as android.widget.CheckBox).isChecked)
    }

    @Test
    fun reflectionSurvivesRecreate() {
        val c = Robolectric.buildActivity(ReflectionActivity::class.java).setup()
        ScreenKit.field(c.get(), app.getString(R.string.reflection_text)).setText("Today I noticed")
        c.recreate()
        Robo.drain()
        assertEquals("Today I noticed", ScreenKit.field(c.get(), app.getString(R.string.reflection_text)).text.toString())
    }

    @Test
    fun thoughtRecordSurvivesRecreate() {
        val c = Robolectric.buildActivity(ThoughtRecordActivity::class.java).setup()
        ScreenKit.field(c.get(), app.getString(R.string.thought_situation)).setText("The meeting ran late")
        ScreenKit.field(c.get(), app.getString(R.string.thought_evidence_against)).setText("They thanked me after")
        c.recreate()
        Robo.drain()
        assertEquals("The meeting ran late", ScreenKit.field(c.get(), app.getString(R.string.thought_situation)).text.toString())
        assertEquals("They thanked me after", ScreenKit.field(c.get(), app.getString(R.string.thought_evidence_against)).text.toString())
    }

    @Test
    fun safetyPlanSurvivesRecreate() {
        val c = Robolectric.buildActivity(SafetyActivity::class.java).setup()
        Robo.drain()
        val reasons = uniffi.hearth.safetyPlanSections().first { it.id == "reasons_for_living" }.heading
        ScreenKit.field(c.get(), reasons).setText("My niece\nThe sea in summer")
        c.recreate()
        Robo.drain()
        assertEquals("My niece\nThe sea in summer", ScreenKit.field(c.get(), reasons).text.toString())
    }

    @Test
    fun reminderSettingsSurviveRecreate() {
        val c = Robolectric.buildActivity(RemindersActivity::class.java).setup()
        Robo.drain()
        ScreenKit.field(c.get(), app.getString(R.string.reminders_quiet_start)).setText("21:30")
        c.recreate()
        Robo.drain()
        assertEquals("21:30", ScreenKit.field(c.get(), app.getString(R.string.reminders_quiet_start)).text.toString())
    }

    @Test
    fun backWithUnsavedTextAsksFirst() {
        val c = Robolectric.buildActivity(ReflectionActivity::class.java).setup()
        val a = c.get()
        ScreenKit.field(a, app.getString(R.string.reflection_text)).setText("Not finished yet")
        @Suppress("DEPRECATION")
        a.onBackPressed()
        val d = showingDialog()
        assertNotNull("Back with unsaved text asks first", d)
        assertFalse(a.isFinishing)
        answerDialog(d!!, button = AlertDialog.BUTTON_POSITIVE) // keep writing
        assertFalse("keep writing stays", a.isFinishing)
        assertEquals("Not finished yet", ScreenKit.field(a, app.getString(R.string.reflection_text)).text.toString())
        @Suppress("DEPRECATION")
        a.onBackPressed()
        answerDialog(showingDialog()!!, button = AlertDialog.BUTTON_NEGATIVE) // discard
        assertTrue("discard leaves", a.isFinishing)
    }

    @Test
    fun backWithoutChangesJustLeaves() {
        val c = Robolectric.buildActivity(ThoughtRecordActivity::class.java).setup()
        @Suppress("DEPRECATION")
        c.get().onBackPressed()
        assertNull("no question without changes", showingDialog())
        assertTrue(c.get().isFinishing)
    }

    @Test
    fun textKeptByRecreateStillCountsAsUnsaved() {
        val c = Robolectric.buildActivity(ReflectionActivity::class.java).setup()
        ScreenKit.field(c.get(), app.getString(R.string.reflection_text)).setText("Kept across the rotation")
        c.recreate()
        @Suppress("DEPRECATION")
        c.get().onBackPressed()
        assertNotNull("still asks after a recreate", showingDialog())
        assertFalse(c.get().isFinishing)
    }
}
