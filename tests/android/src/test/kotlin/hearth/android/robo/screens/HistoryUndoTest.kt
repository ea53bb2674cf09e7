package hearth.android.robo.screens

import android.app.AlertDialog
import android.os.Looper
import android.widget.Button
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.logic.EntryDocument
import app.hearth.ui.HistoryActivity
import hearth.android.robo.HearthRunner
import hearth.android.robo.Robo
import java.time.Duration
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Robolectric
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.GraphicsMode
import uniffi.hearth.AutomaticThought
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.MoodRating
import uniffi.hearth.ReflectionInput
import uniffi.hearth.ThoughtInput

/**
 * Issue #20, delete with confirmation and a short undo, through the real history screen,
 * for every kind of entry: "Keep" deletes nothing; "Delete" removes the entry and offers
 * "Undo" for ten seconds; Undo brings it back with the same id and the same record, byte
 * for byte, in the core's export; after ten seconds Undo is gone.
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class HistoryUndoTest {
    private val app = Robo.app()
    private lateinit var ids: List<String>

    @Before fun setUp() {
        Robo.setUp()
        Robo.firstRunDone()
        Stores.use(app) { h ->
            val t = Robo.time
            ids = listOf(
                h.recordCheckin(CheckInInput(mood = 2, source = EntrySource.APP, note = "Tired \"but\" ok\nsecond line", tags = listOf("work"), at = t.at(2026, 12, 6, 8))).id,
                h.addReflection(ReflectionInput(text = "A quiet morning.", at = t.at(2026, 12, 6, 8, 30))).id,
                h.addThought(ThoughtInput(situation = "Late reply", moods = listOf(MoodRating("anxious", 70)), thoughts = listOf(AutomaticThought("They're upset", true)), at = t.at(2026, 12, 6, 9))).id,
            )
        }
    }

    private fun export() = Stores.use(app) { it.exportJson() }

    private fun open(): HistoryActivity {
        val a = Robolectric.buildActivity(HistoryActivity::class.java).setup().get()
        Robo.drain()
        return a
    }

    private fun deleteButtons(a: HistoryActivity) = ScreenKit.all<Button>(a).filter { it.isShown && it.text == app.getString(R.string.history_delete) }

    private fun undoButton(a: HistoryActivity) = ScreenKit.all<Button>(a).firstOrNull { it.isShown && it.text == app.getString(R.string.history_undo) }

    @Test
    fun keepDeletesNothing() {
        val a = open()
        val before = export()
        deleteButtons(a).first().performClick()
        answerDialog(showingDialog() ?: error("no question before deleting"), button = AlertDialog.BUTTON_NEGATIVE)
        Robo.drain()
        assertEquals(before, export())
        assertEquals(3, deleteButtons(a).size)
    }

    @Test
    fun everyKindComesBackExactlyWithUndo() {
        val a = open()
        val deleted = mutableSetOf<String>()
        for (i in ids.indices) {
            val before = export()
            deleteButtons(a)[i].performClick()
            val ask = showingDialog() ?: error("no question before deleting")
            assertTrue(ScreenKit.views(ask.window!!.decorView).filterIsInstance<android.widget.TextView>().any { it.text.toString() == app.getString(R.string.history_delete_message_undo) })
            answerDialog(ask)
            Robo.drain()
            val gone = ids.filter { EntryDocument.extract(it, export()) == null }
            assertEquals("one entry deleted", 1, gone.size)
            val id = gone.single()
            deleted += id
            val undo = undoButton(a) ?: error("no Undo after deleting: ${ScreenKit.texts(a)}")
            assertEquals(app.getString(R.string.history_undo_description), undo.contentDescription)
            if (i == 0) {
                assertEquals(emptyList<String>(), A11y.problems(a))
                Robo.assertNotBlank(ScreenKit.render(a, "History-undo-35-light"))
            }
            undo.performClick()
            Robo.drain()
            val after = export()
            assertNotNull("back: $id", EntryDocument.extract(id, after))
            assertEquals("the same record, byte for byte", EntryDocument.extract(id, before), EntryDocument.extract(id, after))
            assertEquals("nothing else changed", ids.map { EntryDocument.extract(it, before) }, ids.map { EntryDocument.extract(it, after) })
            assertEquals("Undo is used up", null, undoButton(a))
        }
        assertEquals("every kind was deleted and brought back", ids.toSet(), deleted)
    }

    @Test
    fun undoLastsTenSeconds() {
        val a = open()
        deleteButtons(a).first().performClick()
        answerDialog(showingDialog()!!)
        Robo.drain()
        val main = shadowOf(Looper.getMainLooper())
        main.idleFor(Duration.ofSeconds(9))
        assertNotNull("still there at 9 s", undoButton(a))
        main.idleFor(Duration.ofSeconds(1))
        assertEquals("gone at 10 s", null, undoButton(a))
        assertEquals("the entry stays deleted", 2, ids.count { EntryDocument.extract(it, export()) != null })
        assertFalse(ScreenKit.texts(a).contains(app.getString(R.string.history_deleted_line)))
    }
}
