package hearth.android.robo.screens

import android.widget.RadioButton
import android.widget.RadioGroup
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.logic.ErrorKind
import app.hearth.ui.Form
import app.hearth.ui.ReflectionActivity
import hearth.android.robo.HearthRunner
import hearth.android.robo.Robo
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.annotation.GraphicsMode
import uniffi.hearth.ReflectionInput
import uniffi.hearth.reflectionPrompts

/**
 * Issue #20, editing a reflection through the real screen: opened with "entry_id" it
 * holds the saved prompt and text, saves with updateReflection (same id, same moment),
 * keeps what was typed across a recreate, says warmly when the entry is gone, and shows
 * the core's refusal in its words.
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class EditReflectionTest {
    private val app = Robo.app()
    private lateinit var id: String
    private val prompt = reflectionPrompts()[1]

    @Before fun setUp() {
        Robo.setUp()
        Robo.firstRunDone()
        id = Stores.use(app) { h ->
            h.addReflection(ReflectionInput("The walk by the canal helped.", prompt.id, Robo.time.at(2026, 12, 2, 21, 30), 3600)).id
        }
    }

    private fun open(entry: String = id) = EditKit.start(ReflectionActivity::class.java) { putExtra(ReflectionActivity.EXTRA_ENTRY_ID, entry) }

    private fun text(a: ReflectionActivity) = ScreenKit.field(a, app.getString(R.string.reflection_text))

    @Test
    fun editsAndReadsBackThroughTheCore() {
        assertEquals("the key the day view uses", "entry_id", ReflectionActivity.EXTRA_ENTRY_ID)
        val a = open().get()
        assertTrue(ScreenKit.texts(a).contains(app.getString(R.string.edit_reflection_title)))
        assertEquals(app.getString(R.string.edit_reflection_title), a.title.toString())
        assertEquals("The walk by the canal helped.", text(a).text.toString())
        val checked = ScreenKit.all<RadioButton>(a).single { it.isChecked }
        assertEquals("the saved prompt is chosen", prompt.text, checked.text.toString())
        assertEquals(emptyList<String>(), A11y.problems(a))
        Robo.assertNotBlank(ScreenKit.render(a, "EditReflection-35-light"))

        text(a).setText("The walk by the canal helped, and so did calling Mum.")
        ScreenKit.withText(a, app.getString(R.string.edit_save)).performClick()
        Robo.drain()
        assertTrue("saved and closed", a.isFinishing)
        Stores.use(app) { h ->
            val r = h.getReflection(id)
            assertEquals("The walk by the canal helped, and so did calling Mum.", r.text)
            assertEquals(prompt.id, r.promptId)
            assertEquals("the moment it was written is kept", Robo.time.at(2026, 12, 2, 21, 30), r.at)
            assertEquals("edited, not added", 1, h.listEntries("2026-11-01", "2026-12-31").size)
        }
    }

    @Test
    fun thePromptCanBeChangedOrDropped() {
        val a = open().get()
        val group = ScreenKit.all<RadioGroup>(a).single()
        (ScreenKit.withText(a, app.getString(R.string.reflection_no_prompt)) as RadioButton).isChecked = true
        assertEquals(reflectionPrompts().size, Form.selected(group))
        ScreenKit.withText(a, app.getString(R.string.edit_save)).performClick()
        Robo.drain()
        assertEquals(null, Stores.use(app) { it.getReflection(id) }.promptId)
    }

    @Test
    fun typingSurvivesRecreate() {
        val c = open()
        text(c.get()).setText("Half rewritten")
        c.recreate()
        Robo.drain()
        assertEquals("Half rewritten", text(c.get()).text.toString())
        assertTrue(ScreenKit.texts(c.get()).contains(app.getString(R.string.edit_reflection_title)))
        @Suppress("DEPRECATION")
        c.get().onBackPressed()
        assertNotNull("still unsaved: Back asks", showingDialog())
    }

    @Test
    fun aDeletedReflectionIsSaidWarmly() {
        Stores.use(app) { it.deleteEntry(id) }
        val a = open().get()
        assertTrue(ScreenKit.texts(a).contains(app.getString(R.string.edit_reflection_gone)))
        assertFalse("no form to fill", ScreenKit.texts(a).contains(app.getString(R.string.reflection_text)))
        assertEquals(emptyList<String>(), A11y.problems(a))
        Robo.assertNotBlank(ScreenKit.render(a, "EditReflection-gone-35-light"))
        ScreenKit.withText(a, app.getString(R.string.action_back)).performClick()
        assertTrue(a.isFinishing)
        val b = open("no-such-id").get()
        assertTrue("an id that never was", ScreenKit.texts(b).contains(app.getString(R.string.edit_reflection_gone)))
    }

    @Test
    fun theCoresRefusalIsShownInItsWords() {
        val reason = EditKit.coreReason { Stores.use(app) { it.updateReflection(id, ReflectionInput("   ", null, null, null)) } }
        val a = open().get()
        text(a).setText("   ")
        ScreenKit.withText(a, app.getString(R.string.edit_save)).performClick()
        Robo.drain()
        assertTrue("the core's words: ${EditKit.shown(a)}", EditKit.shown(a).contains(reason))
        assertFalse(a.isFinishing)
        assertEquals("nothing changed", "The walk by the canal helped.", Stores.use(app) { it.getReflection(id) }.text)
        assertEquals(ErrorKind.INVALID_INPUT, ErrorKind.of(runCatching { Stores.use(app) { it.updateReflection(id, ReflectionInput("", null, null, null)) } }.exceptionOrNull()!!))
    }
}
