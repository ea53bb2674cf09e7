package hearth.android.robo.screens

import android.widget.CheckBox
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.ui.ThoughtRecordActivity
import hearth.android.robo.HearthRunner
import hearth.android.robo.Robo
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.annotation.GraphicsMode
import uniffi.hearth.AutomaticThought
import uniffi.hearth.Distortion
import uniffi.hearth.MoodRating
import uniffi.hearth.ThoughtInput
import uniffi.hearth.distortions

/**
 * Issue #20, editing a thought record through the real screen: every saved field is in
 * the form (two feelings and two thoughts, one of them hot, get a row each), a changed
 * field is read back through the core with the rest as it was, a recreate keeps typing,
 * a deleted record is said warmly and a refusal is the core's words.
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class EditThoughtTest {
    private val app = Robo.app()
    private lateinit var id: String
    private val input = ThoughtInput(
        situation = "The meeting ran late and I missed the train",
        moods = listOf(MoodRating("anxious", 80), MoodRating("frustrated", 40)),
        thoughts = listOf(AutomaticThought("They think I'm slow", true), AutomaticThought("I always get this wrong", false)),
        evidenceFor = "Nobody said thanks",
        evidenceAgainst = "Ana asked me to lead the next one",
        balancedThought = "One late meeting is not the whole picture",
        balancedBelief = 60,
        moodsAfter = listOf(MoodRating("anxious", 35)),
        distortions = listOf(Distortion.JUMPING_TO_CONCLUSIONS, Distortion.OVERGENERALISATION),
        utcOffsetSeconds = 3600,
    )

    @Before fun setUp() {
        Robo.setUp()
        Robo.firstRunDone()
        id = Stores.use(app) { it.addThought(input.copy(at = Robo.time.at(2026, 12, 3, 19))) }.id
    }

    private fun open(entry: String = id) =
        EditKit.start(ThoughtRecordActivity::class.java) { putExtra(ThoughtRecordActivity.EXTRA_ENTRY_ID, entry) }

    private fun field(a: ThoughtRecordActivity, label: Int, vararg args: Any) = ScreenKit.field(a, app.getString(label, *args))

    private fun box(a: ThoughtRecordActivity, description: String) = EditKit.described(a, description) as CheckBox

    @Test
    fun everyFieldIsFilledAndAnEditIsReadBack() {
        assertEquals("entry_id", ThoughtRecordActivity.EXTRA_ENTRY_ID)
        val a = open().get()
        assertTrue(ScreenKit.texts(a).contains(app.getString(R.string.edit_thought_title)))
        assertEquals(input.situation, field(a, R.string.thought_situation).text.toString())
        assertEquals("anxious", field(a, R.string.edit_mood_numbered, 1).text.toString())
        assertEquals("80", field(a, R.string.edit_intensity_numbered, 1).text.toString())
        assertEquals("frustrated", field(a, R.string.edit_mood_numbered, 2).text.toString())
        assertEquals("40", field(a, R.string.edit_intensity_numbered, 2).text.toString())
        assertEquals("They think I'm slow", field(a, R.string.edit_thought_numbered, 1).text.toString())
        assertEquals("I always get this wrong", field(a, R.string.edit_thought_numbered, 2).text.toString())
        assertTrue(box(a, app.getString(R.string.edit_thought_hot_numbered, 1)).isChecked)
        assertFalse(box(a, app.getString(R.string.edit_thought_hot_numbered, 2)).isChecked)
        assertEquals("Nobody said thanks", field(a, R.string.thought_evidence_for).text.toString())
        assertEquals("Ana asked me to lead the next one", field(a, R.string.thought_evidence_against).text.toString())
        assertEquals("One late meeting is not the whole picture", field(a, R.string.thought_balanced).text.toString())
        assertEquals("60", field(a, R.string.thought_belief).text.toString())
        // The one feeling afterwards has the plain labels (the first such pair is the one before).
        val afterName = ScreenKit.all<android.widget.EditText>(a).filter { it.text.toString() == "anxious" }
        assertEquals("anxious before and after", 2, afterName.size)
        val traps = distortions().associate { it.distortion to (ScreenKit.withText(a, it.title) as CheckBox).isChecked }
        assertEquals(setOf(Distortion.JUMPING_TO_CONCLUSIONS, Distortion.OVERGENERALISATION), traps.filterValues { it }.keys)
        assertEquals(emptyList<String>(), A11y.problems(a))
        Robo.assertNotBlank(ScreenKit.render(a, "EditThought-35-light"))

        field(a, R.string.thought_balanced).setText("One late meeting is one late meeting")
        field(a, R.string.thought_belief).setText("75")
        box(a, app.getString(R.string.edit_thought_hot_numbered, 1)).isChecked = false
        box(a, app.getString(R.string.edit_thought_hot_numbered, 2)).isChecked = true
        ScreenKit.withText(a, app.getString(R.string.edit_save)).performClick()
        Robo.drain()
        assertTrue("saved and closed", a.isFinishing)
        val t = Stores.use(app) { it.getThought(id) }
        assertEquals("One late meeting is one late meeting", t.balancedThought)
        assertEquals(75, t.balancedBelief)
        assertEquals(listOf(AutomaticThought("They think I'm slow", false), AutomaticThought("I always get this wrong", true)), t.thoughts)
        assertEquals("the rest as it was", input.moods, t.moods)
        assertEquals(input.moodsAfter, t.moodsAfter)
        assertEquals(input.situation, t.situation)
        assertEquals(input.evidenceAgainst, t.evidenceAgainst)
        assertEquals(input.distortions.toSet(), t.distortions.toSet())
        assertEquals(Robo.time.at(2026, 12, 3, 19), t.at)
    }

    @Test
    fun typingSurvivesRecreate() {
        val c = open()
        field(c.get(), R.string.thought_evidence_for).setText("Only that nobody said thanks")
        c.recreate()
        Robo.drain()
        assertEquals("Only that nobody said thanks", field(c.get(), R.string.thought_evidence_for).text.toString())
        assertEquals(input.situation, field(c.get(), R.string.thought_situation).text.toString())
    }

    @Test
    fun aDeletedRecordIsSaidWarmly() {
        Stores.use(app) { it.deleteEntry(id) }
        val a = open().get()
        assertTrue(ScreenKit.texts(a).contains(app.getString(R.string.edit_thought_gone)))
        assertEquals(emptyList<String>(), A11y.problems(a))
    }

    @Test
    fun theCoresRefusalIsShownInItsWords() {
        val reason = EditKit.coreReason {
            Stores.use(app) { it.updateThought(id, input.copy(moods = listOf(MoodRating("anxious", 150)))) }
        }
        val a = open().get()
        field(a, R.string.edit_intensity_numbered, 1).setText("150")
        ScreenKit.withText(a, app.getString(R.string.edit_save)).performClick()
        Robo.drain()
        assertTrue("the core's words \"$reason\": ${EditKit.shown(a)}", EditKit.shown(a).contains(reason))
        assertFalse(a.isFinishing)
        assertEquals("nothing changed", input.moods, Stores.use(app) { it.getThought(id) }.moods)
    }
}
