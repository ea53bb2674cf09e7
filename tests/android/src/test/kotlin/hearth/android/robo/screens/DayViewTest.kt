package hearth.android.robo.screens

import android.content.Intent
import android.widget.Button
import android.widget.TextView
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.ui.CheckInActivity
import app.hearth.ui.DayActivity
import app.hearth.ui.Nav
import app.hearth.ui.ReflectionActivity
import app.hearth.ui.ThoughtRecordActivity
import hearth.android.robo.HearthRunner
import hearth.android.robo.Robo
import java.time.LocalDate
import java.time.LocalTime
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
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
import uniffi.hearth.Instrument
import uniffi.hearth.MoodRating
import uniffi.hearth.ReflectionInput
import uniffi.hearth.ThoughtInput

/**
 * Issue #20, one day through the real day view: every kind of entry of that day, mixed in
 * the order the day was lived (written out of order here), each opening its own editor
 * with its id; an entry of the next day stays off it; an empty day says so kindly and
 * offers a check-in for that day (the check-in screen starts at its noon and saves there;
 * today's is at now; a future or malformed day is a plain check-in at now); the days go
 * back and forward but not past today.
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class DayViewTest {
    private val app = Robo.app()
    private lateinit var ids: Map<String, String>

    @Before fun setUp() {
        Robo.setUp() // Sunday 6 December 2026, 10:00 in Paris
        Robo.firstRunDone()
        val t = Robo.time
        Stores.use(app) { h ->
            val reflection = h.addReflection(ReflectionInput("The evening light on the river.", null, t.at(2026, 12, 3, 21), 3600)).id
            val evening = h.recordCheckin(CheckInInput(mood = 4, source = EntrySource.APP, note = "Dinner with friends.", at = t.at(2026, 12, 3, 19), utcOffsetSeconds = 3600)).id
            val thought = h.addThought(ThoughtInput(situation = "A sharp email at work", moods = listOf(MoodRating("anxious", 60)), thoughts = listOf(AutomaticThought("I got it wrong", true)), at = t.at(2026, 12, 3, 11), utcOffsetSeconds = 3600)).id
            val morning = h.recordCheckin(CheckInInput(mood = 2, source = EntrySource.WIDGET, at = t.at(2026, 12, 3, 7, 45), utcOffsetSeconds = 3600)).id
            h.recordAssessment(Instrument.WHO5, listOf(3, 3, 2, 3, 2), t.at(2026, 12, 3, 12), 3600)
            h.recordCheckin(CheckInInput(mood = 5, source = EntrySource.APP, note = "Next morning", at = t.at(2026, 12, 4, 0, 30), utcOffsetSeconds = 3600))
            ids = mapOf("morning" to morning, "thought" to thought, "evening" to evening, "reflection" to reflection)
        }
    }

    private fun open(date: String?): DayActivity {
        val intent = Intent(app, DayActivity::class.java).apply { date?.let { putExtra(DayActivity.EXTRA_DATE, it) } }
        val a = Robolectric.buildActivity(DayActivity::class.java, intent).setup().get()
        Robo.drain()
        return a
    }

    /** The entry lines (each starts with its time). */
    private fun lines(a: DayActivity): List<TextView> =
        ScreenKit.all<TextView>(a).filter { it !is Button && it.isShown && Regex("^\\d{1,2}:\\d{2}").containsMatchIn(it.text) }

    @Test
    fun everyKindInTimeOrderOpeningItsEditor() {
        val a = open("2026-12-03")
        assertTrue(ScreenKit.texts(a).contains("Thursday, December 3, 2026"))
        val l = lines(a)
        assertEquals(listOf("7:45", "11:00", "12:00", "7:00", "9:00"), l.map { it.text.split(" ")[0] })
        assertTrue(l[0].text.contains(app.getString(R.string.day_kind_checkin)))
        assertTrue(l[1].text.contains(app.getString(R.string.entry_thought)))
        assertTrue(l[2].text.contains("WHO-5"))
        assertTrue(l[3].text.contains("Dinner with friends."))
        assertTrue(l[4].text.contains(app.getString(R.string.entry_reflection)))
        assertFalse("the next day's entry is not here", ScreenKit.texts(a).any { it.contains("Next morning") })
        assertEquals(emptyList<String>(), A11y.problems(a))

        val expected = listOf(
            Triple(0, CheckInActivity::class.java, CheckInActivity.EXTRA_ID to ids.getValue("morning")),
            Triple(1, ThoughtRecordActivity::class.java, "entry_id" to ids.getValue("thought")),
            Triple(3, CheckInActivity::class.java, CheckInActivity.EXTRA_ID to ids.getValue("evening")),
            Triple(4, ReflectionActivity::class.java, "entry_id" to ids.getValue("reflection")),
        )
        for ((i, cls, extra) in expected) {
            assertTrue("line $i is tappable and says so", l[i].isClickable && l[i].contentDescription.startsWith("Open: "))
            l[i].performClick()
            val started = shadowOf(a).nextStartedActivity
            assertEquals(cls.name, started.component!!.className)
            assertEquals(extra.second, started.getStringExtra(extra.first))
        }
        assertFalse("a questionnaire result has no editor", l[2].isClickable)
        l[2].performClick()
        assertNull(shadowOf(a).nextStartedActivity)
    }

    @Test
    fun anEmptyDaySaysSoKindlyAndOffersACheckIn() {
        val a = open("2026-12-01")
        val texts = ScreenKit.texts(a)
        assertTrue(texts.contains(app.getString(R.string.day_empty)))
        assertTrue(texts.contains(app.getString(R.string.day_add_checkin_hint)))
        assertFalse(texts.any { it.contains("missed", ignoreCase = true) })
        assertFalse("the hint no longer sends people to \"When was this?\"", texts.any { it.contains(app.getString(R.string.backfill_question)) })
        ScreenKit.withText(a, app.getString(R.string.day_add_checkin_earlier)).performClick()
        val started = shadowOf(a).nextStartedActivity
        assertEquals(CheckInActivity::class.java.name, started.component!!.className)
        assertEquals("2026-12-01", started.getStringExtra(CheckInActivity.EXTRA_DAY))
        assertEquals(emptyList<String>(), A11y.problems(a))

        // The check-in screen starts at that day (noon), in its own words, and saves there.
        val c = Robolectric.buildActivity(CheckInActivity::class.java, started).setup().get()
        Robo.drain()
        val day = LocalDate.of(2026, 12, 1)
        val shown = app.getString(R.string.backfill_when, day.format(Nav.longDate(c)), Nav.timeFormat(c)(LocalTime.NOON))
        assertTrue("shows $shown: ${ScreenKit.texts(c)}", ScreenKit.texts(c).contains(shown))
        assertFalse(ScreenKit.texts(c).contains(app.getString(R.string.backfill_when_now)))
        EditKit.moodAndSave(c)
        assertTrue("saved and closed", c.isFinishing)
        Stores.use(app) { h ->
            val on1 = h.checkinsOn("2026-12-01")
            assertEquals(1, on1.size)
            assertEquals(Robo.time.at(2026, 12, 1, 12, 0), on1[0].at)
            assertEquals(3600, on1[0].utcOffsetSeconds)
            assertEquals("nothing today", 0, h.checkinsOn("2026-12-06").size)
        }
    }

    @Test
    fun todaysAddCheckInIsAtNow() {
        val a = open(null)
        ScreenKit.withText(a, app.getString(R.string.day_add_checkin)).performClick()
        val started = shadowOf(a).nextStartedActivity
        assertEquals("2026-12-06", started.getStringExtra(CheckInActivity.EXTRA_DAY))
        val c = Robolectric.buildActivity(CheckInActivity::class.java, started).setup().get()
        Robo.drain()
        assertTrue(ScreenKit.texts(c).contains(app.getString(R.string.backfill_when_now)))
        EditKit.moodAndSave(c)
        assertEquals(listOf(Robo.time.now), Stores.use(app) { it.checkinsOn("2026-12-06") }.map { it.at })
    }

    @Test
    fun aFutureOrMalformedDayGivesAPlainCheckInAtNow() {
        for (bad in listOf("2026-12-07", "2027-03-01", "not a day", "2026-02-30", "")) {
            val intent = Intent(app, CheckInActivity::class.java).putExtra(CheckInActivity.EXTRA_DAY, bad)
            val c = Robolectric.buildActivity(CheckInActivity::class.java, intent).setup().get()
            Robo.drain()
            assertTrue("$bad: ${ScreenKit.texts(c)}", ScreenKit.texts(c).contains(app.getString(R.string.backfill_when_now)))
        }
        val intent = Intent(app, CheckInActivity::class.java).putExtra(CheckInActivity.EXTRA_DAY, "2026-12-07")
        val c = Robolectric.buildActivity(CheckInActivity::class.java, intent).setup().get()
        Robo.drain()
        EditKit.moodAndSave(c)
        assertTrue("saved and closed", c.isFinishing)
        Stores.use(app) { h ->
            assertEquals(listOf(Robo.time.now), h.checkinsOn("2026-12-06").map { it.at })
            assertEquals(0, h.checkinsOn("2026-12-07").size)
        }
    }

    @Test
    fun thePresetDayKeepsThroughARecreateAndMakeItNowSticks() {
        val intent = Intent(app, CheckInActivity::class.java).putExtra(CheckInActivity.EXTRA_DAY, "2026-12-01")
        val controller = Robolectric.buildActivity(CheckInActivity::class.java, intent).setup()
        Robo.drain()
        val noonOn1 = app.getString(R.string.backfill_when, LocalDate.of(2026, 12, 1).format(Nav.longDate(controller.get())), Nav.timeFormat(controller.get())(LocalTime.NOON))
        assertTrue(ScreenKit.texts(controller.get()).contains(noonOn1))
        controller.recreate()
        Robo.drain()
        assertTrue("kept after a recreate", ScreenKit.texts(controller.get()).contains(noonOn1))
        ScreenKit.withText(controller.get(), app.getString(R.string.backfill_now)).performClick()
        controller.recreate()
        Robo.drain()
        assertTrue("\"Make it now\" is not undone by the extra", ScreenKit.texts(controller.get()).contains(app.getString(R.string.backfill_when_now)))
    }

    @Test
    fun daysGoBackAndForwardButNotPastToday() {
        val a = open(null)
        assertTrue("today without a date", ScreenKit.texts(a).contains("Sunday, December 6, 2026"))
        assertFalse(ScreenKit.withText(a, app.getString(R.string.day_next)).isEnabled)
        repeat(3) {
            ScreenKit.withText(a, app.getString(R.string.day_previous)).performClick()
            Robo.drain()
        }
        assertTrue(ScreenKit.texts(a).contains("Thursday, December 3, 2026"))
        assertEquals(5, lines(a).size)
        ScreenKit.withText(a, app.getString(R.string.day_next)).performClick()
        Robo.drain()
        assertEquals(1, lines(a).size)
        assertTrue(ScreenKit.withText(a, app.getString(R.string.day_next)).isEnabled)
    }
}
