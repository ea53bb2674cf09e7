package hearth.android.robo.screens

import android.widget.CheckBox
import android.widget.RadioButton
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.ui.CheckInActivity
import app.hearth.ui.TagsActivity
import hearth.android.robo.HearthRunner
import hearth.android.robo.Robo
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.annotation.GraphicsMode
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.TagKind

/**
 * Issue #20, tags through the real tag screen and check-in: renaming a tag renames it on
 * an old check-in; an archived tag is not offered for a new check-in but stays on (and is
 * shown with) the old one; adding a tag or an activity; refusals (a name taken, an empty
 * name) in the core's words, with what was typed kept.
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class TagsTest {
    private val app = Robo.app()
    private lateinit var old: String

    @Before fun setUp() {
        Robo.setUp()
        Robo.firstRunDone()
        old = Stores.use(app) { h ->
            h.recordCheckin(CheckInInput(mood = 4, source = EntrySource.APP, tags = listOf("work", "family"), at = Robo.time.at(2026, 12, 1, 18))).id
        }
    }

    private fun open() = EditKit.start(TagsActivity::class.java).get()

    private fun tagId(name: String) = Stores.use(app) { it.tags() }.single { it.name == name }.id

    @Test
    fun renamingATagRenamesItOnAnOldCheckIn() {
        val a = open()
        assertTrue(ScreenKit.texts(a).containsAll(listOf(app.getString(R.string.tags_title), "work", "family")))
        assertEquals(emptyList<String>(), A11y.problems(a))
        Robo.assertNotBlank(ScreenKit.render(a, "Tags-35-light"))
        val id = tagId("work")
        EditKit.described(a, "Rename work").performClick()
        val d = showingDialog()!!
        Robo.assertNotBlank(Robo.screenshot(d.window!!.decorView, "Tags-rename-dialog-35-light", a.resources.displayMetrics.widthPixels))
        assertEquals(emptyList<String>(), A11y.problems(d.window!!.decorView, a))
        assertEquals("work", ScreenKit.views(d.window!!.decorView).filterIsInstance<android.widget.EditText>().single().text.toString())
        answerDialog(d, listOf("Office"))
        Robo.drain()
        assertFalse(d.isShowing)
        Stores.use(app) { h ->
            assertEquals("same tag, new name", "office", h.tags().single { it.id == id }.name)
            assertEquals("the old check-in follows", listOf("office", "family"), h.getCheckin(old).tags)
        }
        assertTrue(ScreenKit.texts(a).contains("office"))
        assertFalse(ScreenKit.texts(a).contains("work"))
    }

    @Test
    fun aRenameRefusedIsSaidInTheCoresWords() {
        val taken = EditKit.coreReason { Stores.use(app) { h -> h.renameTag(tagId("work"), "family") } }
        val empty = EditKit.coreReason { Stores.use(app) { h -> h.renameTag(tagId("work"), "  ") } }
        val a = open()
        for ((typed, words) in listOf("family" to taken, "  " to empty)) {
            EditKit.described(a, "Rename work").performClick()
            val d = showingDialog()!!
            answerDialog(d, listOf(typed))
            Robo.drain()
            assertTrue("still open", d.isShowing)
            assertTrue("\"$words\" in ${EditKit.shown(d)}", EditKit.shown(d).contains(words))
            d.dismiss()
        }
        assertEquals(listOf("work", "family"), Stores.use(app) { it.getCheckin(old) }.tags)
    }

    @Test
    fun anArchivedTagIsNotOfferedForANewCheckInButStaysOnTheOldOne() {
        val a = open()
        EditKit.described(a, "Archive work").performClick()
        Robo.drain()
        assertTrue("archived, in words: ${ScreenKit.texts(a)}", ScreenKit.texts(a).contains(app.getString(R.string.tags_archived_name, "work")))
        assertTrue(ScreenKit.texts(a).contains(app.getString(R.string.tags_archived_contexts)))
        assertTrue(Stores.use(app) { it.tags() }.single { it.name == "work" }.archived)
        Robo.assertNotBlank(ScreenKit.render(a, "Tags-archived-35-light"))

        val fresh = EditKit.start(CheckInActivity::class.java).get()
        val offered = ScreenKit.all<CheckBox>(fresh).map { it.text.toString() }
        assertTrue("family offered", "family" in offered)
        assertFalse("work not offered: $offered", offered.any { it.startsWith("work") })

        val edit = EditKit.start(CheckInActivity::class.java) { putExtra(CheckInActivity.EXTRA_ID, old) }.get()
        val onOld = ScreenKit.withText(edit, app.getString(R.string.tags_archived_name, "work")) as CheckBox
        assertTrue("still on the old check-in, ticked", onOld.isChecked)
        assertEquals(listOf("work", "family"), Stores.use(app) { it.getCheckin(old) }.tags)

        EditKit.described(a, "Bring back work").performClick()
        Robo.drain()
        assertFalse(Stores.use(app) { it.tags() }.single { it.name == "work" }.archived)
        val again = EditKit.start(CheckInActivity::class.java).get()
        assertTrue(ScreenKit.all<CheckBox>(again).any { it.text.toString() == "work" })
    }

    @Test
    fun addsATagOrAnActivity() {
        val a = open()
        ScreenKit.field(a, app.getString(R.string.tags_add_name)).setText("Climbing")
        (ScreenKit.withText(a, app.getString(R.string.tags_kind_activity)) as RadioButton).isChecked = true
        ScreenKit.withText(a, app.getString(R.string.tags_add)).performClick()
        Robo.drain()
        val climbing = Stores.use(app) { it.tags() }.single { it.name == "climbing" }
        assertEquals(TagKind.ACTIVITY, climbing.kind)
        assertTrue(ScreenKit.texts(a).containsAll(listOf(app.getString(R.string.tags_activities), "climbing")))
        assertEquals("cleared for the next one", "", ScreenKit.field(a, app.getString(R.string.tags_add_name)).text.toString())
        val fresh = EditKit.start(CheckInActivity::class.java).get()
        assertTrue("offered at check-in", ScreenKit.all<CheckBox>(fresh).any { it.text.toString() == "climbing" })
    }

    @Test
    fun anEmptyTagIsRefusedInTheCoresWords() {
        val empty = EditKit.coreReason { Stores.use(app) { it.createTag(" ", TagKind.CONTEXT) } }
        val a = open()
        ScreenKit.field(a, app.getString(R.string.tags_add_name)).setText("   ")
        ScreenKit.withText(a, app.getString(R.string.tags_add)).performClick()
        Robo.drain()
        assertTrue("\"$empty\" in ${EditKit.shown(a)}", EditKit.shown(a).contains(empty))
    }

    @Test
    fun aNameBeingTypedSurvivesArchivingAndRecreate() {
        val c = EditKit.start(TagsActivity::class.java)
        ScreenKit.field(c.get(), app.getString(R.string.tags_add_name)).setText("gardening")
        EditKit.described(c.get(), "Archive family").performClick()
        Robo.drain()
        assertEquals("gardening", ScreenKit.field(c.get(), app.getString(R.string.tags_add_name)).text.toString())
        c.recreate()
        Robo.drain()
        assertEquals("gardening", ScreenKit.field(c.get(), app.getString(R.string.tags_add_name)).text.toString())
    }
}
