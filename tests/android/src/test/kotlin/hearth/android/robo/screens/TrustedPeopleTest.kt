package hearth.android.robo.screens

import android.app.AlertDialog
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.ui.SafetyActivity
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
import org.robolectric.annotation.GraphicsMode
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.PersonInput

/**
 * Issue #20, trusted people through the real safety screen: add, edit (the form filled
 * with the person, saved with updatePerson) and remove (asked first, warmly; "Keep" keeps
 * them; "Remove" takes them off the list and off the past check-in that named them).
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class TrustedPeopleTest {
    private val app = Robo.app()
    private lateinit var samId: String
    private lateinit var checkinId: String

    @Before fun setUp() {
        Robo.setUp()
        Robo.firstRunDone()
        Stores.use(app) { h ->
            samId = h.addPerson(PersonInput("Sam", "+44 7700 900123", "Listens without fixing")).id
            checkinId = h.recordCheckin(CheckInInput(mood = 4, source = EntrySource.APP, at = Robo.time.at(2026, 12, 1, 18), withPeople = listOf(samId))).id
        }
    }

    private fun open(): SafetyActivity {
        val a = Robolectric.buildActivity(SafetyActivity::class.java).setup().get()
        Robo.drain()
        return a
    }

    @Test
    fun addsAPerson() {
        val a = open()
        ScreenKit.field(a, app.getString(R.string.people_name)).setText("  Ana ")
        ScreenKit.withText(a, app.getString(R.string.people_add)).performClick()
        Robo.drain()
        val ana = Stores.use(app) { it.people() }.firstOrNull { it.name == "Ana" }
        assertNotNull("Ana is kept, her name trimmed", ana)
        assertNull(ana!!.phone)
        assertTrue(ScreenKit.texts(a).contains(app.getString(R.string.people_edit, "Ana")))
    }

    @Test
    fun editsAPersonInPlace() {
        val a = open()
        ScreenKit.withText(a, app.getString(R.string.people_edit, "Sam")).performClick()
        Robo.drain()
        assertEquals("the form holds Sam", "Sam", ScreenKit.field(a, app.getString(R.string.people_name)).text.toString())
        assertEquals("+44 7700 900123", ScreenKit.field(a, app.getString(R.string.people_phone)).text.toString())
        assertTrue(ScreenKit.texts(a).contains(app.getString(R.string.people_editing, "Sam")))
        assertEquals(emptyList<String>(), A11y.problems(a))
        Robo.assertNotBlank(ScreenKit.render(a, "TrustedPeople-edit-35-light"))
        ScreenKit.field(a, app.getString(R.string.people_name)).setText("Sam K")
        ScreenKit.field(a, app.getString(R.string.people_phone)).setText("")
        ScreenKit.withText(a, app.getString(R.string.people_save_changes)).performClick()
        Robo.drain()
        val people = Stores.use(app) { it.people() }
        assertEquals("edited, not added", 1, people.size)
        assertEquals(samId, people[0].id)
        assertEquals("Sam K", people[0].name)
        assertNull("a cleared phone is gone", people[0].phone)
        assertEquals("Listens without fixing", people[0].howTheyHelp)
        assertTrue("the form adds again", ScreenKit.texts(a).contains(app.getString(R.string.people_add)))
    }

    @Test
    fun editingSurvivesRecreate() {
        val c = Robolectric.buildActivity(SafetyActivity::class.java).setup()
        Robo.drain()
        ScreenKit.withText(c.get(), app.getString(R.string.people_edit, "Sam")).performClick()
        Robo.drain()
        c.recreate()
        Robo.drain()
        assertTrue(ScreenKit.texts(c.get()).contains(app.getString(R.string.people_save_changes)))
    }

    @Test
    fun removingAsksFirstAndTakesThemOffPastCheckIns() {
        val a = open()
        ScreenKit.withText(a, app.getString(R.string.people_remove, "Sam")).performClick()
        val ask = showingDialog() ?: error("no question before removing")
        val message = app.getString(R.string.people_remove_message, "Sam")
        assertTrue("the question says what happens to past check-ins", ScreenKit.views(ask.window!!.decorView).filterIsInstance<android.widget.TextView>().any { it.text.toString() == message })
        Robo.assertNotBlank(Robo.screenshot(ask.window!!.decorView, "TrustedPeople-remove-dialog-35-light", a.resources.displayMetrics.widthPixels))
        answerDialog(ask, button = AlertDialog.BUTTON_NEGATIVE)
        Robo.drain()
        assertEquals("Keep keeps Sam", 1, Stores.use(app) { it.people() }.size)

        ScreenKit.withText(a, app.getString(R.string.people_remove, "Sam")).performClick()
        answerDialog(showingDialog()!!)
        Robo.drain()
        assertTrue(Stores.use(app) { it.people() }.isEmpty())
        assertEquals("off the past check-in", emptyList<String>(), Stores.use(app) { it.getCheckin(checkinId) }.withPeople)
        assertFalse(ScreenKit.texts(a).contains(app.getString(R.string.people_remove, "Sam")))
    }
}
