package hearth.android.robo.screens

import android.widget.Button
import android.widget.ScrollView
import android.widget.TextView
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.logic.ErrorKind
import app.hearth.ui.HistoryActivity
import hearth.android.robo.HearthRunner
import hearth.android.robo.Robo
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Robolectric
import org.robolectric.annotation.GraphicsMode
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.ReflectionInput

/**
 * Issue #20, history a page at a time through the real history screen: 131 entries over
 * 66 days come 50 at a time ("Show earlier", or scrolling near the end), each exactly once,
 * newest first, until "That's everything"; search finds an entry by its note and shows the
 * core's refusal of an empty search in its words; coming back or deleting keeps what was shown.
 */
@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
class HistoryPagingTest {
    private val app = Robo.app()
    private val total = 131

    @Before fun setUp() {
        Robo.setUp()
        Robo.firstRunDone()
        val t = Robo.time
        Stores.use(app) { h ->
            // Entry #1 is the oldest; two a day, going back from yesterday evening.
            for (n in 1 until total) {
                val day = java.time.LocalDate.of(2026, 12, 5).minusDays(((total - 1 - n) / 2).toLong())
                val hour = if (n % 2 == 0) 20 else 9
                val at = t.at(day.year, day.monthValue, day.dayOfMonth, hour)
                h.recordCheckin(CheckInInput(mood = 1 + n % 5, source = EntrySource.APP, note = "entry #$n.", at = at, utcOffsetSeconds = t.zone.rules.getOffset(at).totalSeconds))
            }
            h.addReflection(ReflectionInput("The lighthouse at dusk, entry #$total.", null, t.at(2026, 12, 6, 8), 3600))
        }
    }

    private fun open(): HistoryActivity {
        val a = Robolectric.buildActivity(HistoryActivity::class.java).setup().get()
        Robo.drain()
        return a
    }

    /** The entry numbers shown, in screen order (entry lines start with their time). */
    private fun shown(a: HistoryActivity): List<Int> =
        ScreenKit.all<TextView>(a).filter { it !is Button && it.isShown && Regex("^\\d{1,2}:\\d{2}").containsMatchIn(it.text) }
            .mapNotNull { Regex("entry #(\\d+)").find(it.text)?.groupValues?.get(1)?.toInt() }

    private fun earlier(a: HistoryActivity): Button? =
        ScreenKit.all<Button>(a).firstOrNull { it.isShown && it.text == app.getString(R.string.history_show_earlier) }

    @Test
    fun pagingVisitsEveryEntryOnceNewestFirst() {
        val a = open()
        assertEquals("one page, not all of history", (total downTo total - 49).toList(), shown(a))
        assertEquals(emptyList<String>(), A11y.problems(a))
        var pages = 1
        while (true) {
            val b = earlier(a) ?: break
            b.performClick()
            Robo.drain()
            pages++
            assertTrue("no endless paging", pages < 10)
        }
        val all = shown(a)
        assertEquals(3, pages)
        assertEquals("each exactly once, newest first", (total downTo 1).toList(), all)
        assertTrue(ScreenKit.texts(a).contains(app.getString(R.string.history_all_shown)))
    }

    @Test
    fun scrollingNearTheEndBringsTheNextPage() {
        val a = open()
        assertEquals(50, shown(a).size)
        val scroll = ScreenKit.all<ScrollView>(a).first()
        scroll.measure(
            android.view.View.MeasureSpec.makeMeasureSpec(1080, android.view.View.MeasureSpec.EXACTLY),
            android.view.View.MeasureSpec.makeMeasureSpec(1920, android.view.View.MeasureSpec.EXACTLY),
        )
        scroll.layout(0, 0, 1080, 1920)
        scroll.scrollTo(0, scroll.getChildAt(0).height)
        Robo.drain()
        assertEquals(100, shown(a).size)
        assertEquals((total downTo total - 99).toList(), shown(a))
    }

    @Test
    fun comingBackOrDeletingKeepsWhatWasShown() {
        val controller = Robolectric.buildActivity(HistoryActivity::class.java).setup()
        Robo.drain()
        val a = controller.get()
        earlier(a)!!.performClick()
        Robo.drain()
        assertEquals(100, shown(a).size)
        // Coming back to the screen (after an edit) loads again as much as was shown.
        controller.pause().resume()
        Robo.drain()
        assertEquals((total downTo total - 99).toList(), shown(a))
        // Deleting an entry of the second page: the rest stay, each once.
        val views = ScreenKit.views(ScreenKit.content(a))
        val line = views.indexOfFirst { it is TextView && it !is Button && it.text.contains("entry #40.") }
        val delete = views.drop(line).first { it is Button && it.text == app.getString(R.string.history_delete) }
        delete.performClick()
        answerDialog(showingDialog() ?: error("no question before deleting"))
        Robo.drain()
        assertEquals((total downTo total - 100).filter { it != 40 }, shown(a))
    }

    @Test
    fun searchFindsAnEntryByItsNote() {
        val a = open()
        ScreenKit.field(a, app.getString(R.string.history_search)).setText("LIGHTHOUSE")
        ScreenKit.withText(a, app.getString(R.string.history_search_action)).performClick()
        Robo.drain()
        assertEquals(listOf(total), shown(a))
        assertTrue(ScreenKit.texts(a).contains(app.getString(R.string.history_matches, "LIGHTHOUSE")))
        assertEquals(emptyList<String>(), A11y.problems(a))
        ScreenKit.field(a, app.getString(R.string.history_search)).setText("entry #77.")
        ScreenKit.withText(a, app.getString(R.string.history_search_action)).performClick()
        Robo.drain()
        assertEquals(listOf(77), shown(a))
        ScreenKit.withText(a, app.getString(R.string.history_clear_search)).performClick()
        Robo.drain()
        assertEquals(50, shown(a).size)
    }

    @Test
    fun anEmptySearchIsRefusedInTheCoresWords() {
        val a = open()
        val reason = Stores.use(app) { h -> runCatching { h.search("   ") }.exceptionOrNull() }
        val expected = ErrorKind.reason(reason ?: error("the core took an empty search"))!!
        ScreenKit.field(a, app.getString(R.string.history_search)).setText("   ")
        ScreenKit.withText(a, app.getString(R.string.history_search_action)).performClick()
        Robo.drain()
        val shownTexts = ScreenKit.texts(a)
        assertTrue(shownTexts.toString(), shownTexts.contains(app.getString(R.string.history_search_refused, expected)))
        assertFalse(shownTexts.contains(app.getString(R.string.history_no_matches)))
    }
}
