package hearth.android.robo.screens

import android.widget.RadioButton
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.ui.CheckInActivity
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
import org.robolectric.annotation.GraphicsMode
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.ScaleValue

/**
 * Issue #20, the person's own scales in the real check-in screen: each is unset until
 * set, said in words ("Sleep, 3 of 5"), recorded in the core only when set, prefilled
 * when the check-in is edited, and can be cleared. A new scale can be added from the
 * screen, keeping what was typed; refusals are the core's words.
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class CheckInScalesTest {
    private val app = Robo.app()

    @Before fun setUp() {
        Robo.setUp()
        Robo.firstRunDone()
        Stores.use(app) { h ->
            h.createScale("Sleep", 1, 5)
            h.createScale("Pain", 0, 10)
        }
    }

    private fun open(edit: String? = null) =
        EditKit.start(CheckInActivity::class.java) { edit?.let { putExtra(CheckInActivity.EXTRA_ID, it) } }

    private fun click(a: CheckInActivity, description: String) {
        EditKit.described(a, description).performClick()
    }

    private fun scaleField(a: CheckInActivity, label: String) = ScreenKit.field(a, label)

    private fun moodAndSave(a: CheckInActivity) {
        if (ScreenKit.all<RadioButton>(a).none { it.isChecked }) ScreenKit.all<RadioButton>(a).first().isChecked = true
        ScreenKit.withText(a, app.getString(R.string.action_save)).performClick()
        Robo.drain()
    }

    @Test
    fun aReadingSetIsStoredAndPrefilledOnEdit() {
        val a = open().get()
        assertTrue(ScreenKit.texts(a).contains("Sleep, not set (1 to 5)"))
        assertTrue(ScreenKit.texts(a).contains("Pain, not set (0 to 10)"))
        repeat(3) { click(a, "Raise Sleep") }
        assertTrue("said in words: ${ScreenKit.texts(a)}", ScreenKit.texts(a).contains("Sleep, 3 of 5"))
        assertEquals("3", scaleField(a, "Sleep, 3 of 5").text.toString())
        assertEquals(emptyList<String>(), A11y.problems(a))
        Robo.assertNotBlank(ScreenKit.render(a, "CheckIn-scales-35-light"))
        moodAndSave(a)
        assertTrue("saved and closed", a.isFinishing)
        val saved = Stores.use(app) { it.listCheckins(null, null) }.single()
        assertEquals("only the scale set is recorded", listOf(ScaleValue("sleep", 3)), saved.scales)

        val e = open(saved.id).get()
        assertTrue("prefilled: ${ScreenKit.texts(e)}", ScreenKit.texts(e).contains("Sleep, 3 of 5"))
        assertEquals("3", scaleField(e, "Sleep, 3 of 5").text.toString())
        assertTrue(ScreenKit.texts(e).contains("Pain, not set (0 to 10)"))
        Robo.assertNotBlank(ScreenKit.render(e, "CheckIn-scales-edit-35-light"))
        click(e, "Clear Sleep, not set")
        assertTrue(ScreenKit.texts(e).contains("Sleep, not set (1 to 5)"))
        scaleField(e, "Pain, not set (0 to 10)").setText("7")
        assertTrue(ScreenKit.texts(e).contains("Pain, 7 of 10"))
        moodAndSave(e)
        val edited = Stores.use(app) { it.getCheckin(saved.id) }
        assertEquals("sleep cleared, pain set", listOf(ScaleValue("pain", 7)), edited.scales)
    }

    @Test
    fun steppingStopsAtTheEnds() {
        val a = open().get()
        click(a, "Lower Sleep")
        assertTrue("unset starts at the lowest", ScreenKit.texts(a).contains("Sleep, 1 of 5"))
        click(a, "Lower Sleep")
        assertTrue(ScreenKit.texts(a).contains("Sleep, 1 of 5"))
        repeat(7) { click(a, "Raise Sleep") }
        assertTrue(ScreenKit.texts(a).contains("Sleep, 5 of 5"))
    }

    @Test
    fun aReadingOutOfRangeIsRefusedInTheCoresWords() {
        val reason = EditKit.coreReason {
            Stores.use(app) { it.recordCheckin(CheckInInput(mood = 3, source = EntrySource.APP, scales = listOf(ScaleValue("sleep", 9)))) }
        }
        val a = open().get()
        scaleField(a, "Sleep, not set (1 to 5)").setText("9")
        moodAndSave(a)
        assertTrue("\"$reason\" in ${EditKit.shown(a)}", EditKit.shown(a).contains(reason))
        assertFalse(a.isFinishing)
        assertEquals("nothing saved", 0, Stores.use(app) { it.listCheckins(null, null) }.size)
    }

    @Test
    fun aNewScaleIsAddedKeepingWhatWasTyped() {
        val c = open()
        val a = c.get()
        ScreenKit.field(a, app.getString(R.string.checkin_note)).setText("Slept badly again")
        click(a, "Raise Sleep")
        ScreenKit.withText(a, app.getString(R.string.scale_add)).performClick()
        val d = showingDialog()!!
        Robo.assertNotBlank(Robo.screenshot(d.window!!.decorView, "CheckIn-add-scale-dialog-35-light", a.resources.displayMetrics.widthPixels))
        assertEquals(emptyList<String>(), A11y.problems(d.window!!.decorView, a))
        answerDialog(d, listOf("Focus", "1", "5"))
        Robo.drain()
        assertFalse("closed once added", d.isShowing)
        assertEquals(listOf("focus", "pain", "sleep"), Stores.use(app) { it.scales() }.map { it.name })
        val texts = ScreenKit.texts(a)
        assertTrue("the new scale is there, unset: $texts", texts.contains("Focus, not set (1 to 5)"))
        assertTrue("sleep kept", texts.contains("Sleep, 1 of 5"))
        assertEquals("the note kept", "Slept badly again", ScreenKit.field(a, app.getString(R.string.checkin_note)).text.toString())
        click(a, "Raise Focus")
        c.recreate()
        Robo.drain()
        assertTrue("kept across a recreate", ScreenKit.texts(c.get()).containsAll(listOf("Focus, 1 of 5", "Sleep, 1 of 5")))
        moodAndSave(c.get())
        assertEquals(
            setOf(ScaleValue("focus", 1), ScaleValue("sleep", 1)),
            Stores.use(app) { it.listCheckins(null, null) }.single().scales.toSet(),
        )
    }

    @Test
    fun aNewScaleRefusedIsSaidInTheCoresWords() {
        val a = open().get()
        val duplicate = EditKit.coreReason { Stores.use(app) { it.createScale("sleep", 1, 5) } }
        val order = EditKit.coreReason { Stores.use(app) { it.createScale("energy", 5, 5) } }
        val empty = EditKit.coreReason { Stores.use(app) { it.createScale(" ", 1, 5) } }
        for ((values, words) in listOf(
            listOf("sleep", "1", "5") to duplicate,
            listOf("energy", "5", "5") to order,
            listOf(" ", "1", "5") to empty,
            listOf("energy", "one", "5") to app.getString(R.string.scale_min_not_number),
            listOf("energy", "1", "") to app.getString(R.string.scale_max_not_number),
        )) {
            ScreenKit.withText(a, app.getString(R.string.scale_add)).performClick()
            val d = showingDialog()!!
            answerDialog(d, values)
            Robo.drain()
            assertTrue("still open for $values", d.isShowing)
            assertTrue("\"$words\" in ${EditKit.shown(d)}", EditKit.shown(d).contains(words))
            assertEquals("typed kept", values[0], ScreenKit.views(d.window!!.decorView).filterIsInstance<android.widget.EditText>()[0].text.toString())
            d.dismiss()
        }
        assertEquals(listOf("pain", "sleep"), Stores.use(app) { it.scales() }.map { it.name })
        assertNull(showingDialog())
        assertNotNull(a)
    }
}
