package hearth.android

import app.hearth.logic.FirstRun
import app.hearth.logic.FirstRun.Outcome
import app.hearth.logic.FirstRun.Step
import app.hearth.logic.FirstRun.Write
import app.hearth.logic.ReminderChoice
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** The first run's decisions ([FirstRun]), with no store: what shows, what each answer writes. */
class FirstRunTest {
    private fun settings(vararg pairs: Pair<String, String>): (String) -> String? = pairs.toMap()::get

    @Test
    fun `a new journal starts on the welcome screen, step 1 of 3, asking about reminders`() {
        val f = FirstRun.read(settings(), offersLock = true)
        assertEquals(Step.WELCOME, f.current)
        assertEquals(1 to 3, f.position)
        assertTrue(f.asksAboutReminders)
        assertFalse(f.isFinished)
    }

    @Test
    fun `the shell-setting names and values are the iOS shell's`() {
        assertEquals(listOf("firstrun.welcome", "firstrun.widget", "firstrun.choices"), Step.entries.map { it.settingName })
        assertEquals(listOf("seen", "skipped"), Outcome.entries.map { it.stored })
        assertEquals("firstrun.reminders", ReminderChoice.SETTING_NAME)
        assertEquals(listOf("on", "off"), ReminderChoice.Answer.entries.map { it.stored })
    }

    @Test
    fun `continuing walks the three screens in order, and each answer is written as it is given`() {
        var f = FirstRun(offersLock = false)
        val (a, w1) = f.finishCurrent(Outcome.SEEN)
        assertEquals(listOf(Write.Mark(Step.WELCOME, Outcome.SEEN)), w1)
        assertEquals(Step.WIDGET, a.current)
        assertEquals(2 to 3, a.position)
        val (b, w2) = a.finishCurrent(Outcome.SEEN)
        assertEquals(listOf(Write.Mark(Step.WIDGET, Outcome.SEEN)), w2)
        val (c, w3) = b.chooseReminder("07:30")
        assertEquals(listOf(Write.Reminders(ReminderChoice.Answer.ON, "07:30")), w3)
        assertFalse(c.asksAboutReminders)
        val (d, w4) = c.finishCurrent(Outcome.SEEN)
        // The reminder was answered: continuing writes only the mark, no "off" on top.
        assertEquals(listOf(Write.Mark(Step.CHOICES, Outcome.SEEN)), w4)
        assertTrue(d.isFinished)
        assertNull(d.position)
        f = d
        assertEquals(f to emptyList<Write>(), f.finishCurrent(Outcome.SEEN))
    }

    @Test
    fun `skipping every screen one by one answers not now to everything the third screen asks`() {
        var f = FirstRun(offersLock = true)
        val writes = mutableListOf<Write>()
        while (!f.isFinished) {
            val (next, w) = f.finishCurrent(Outcome.SKIPPED)
            f = next
            writes += w
        }
        assertEquals(
            listOf(
                Write.Mark(Step.WELCOME, Outcome.SKIPPED),
                Write.Mark(Step.WIDGET, Outcome.SKIPPED),
                Write.Reminders(ReminderChoice.Answer.OFF, null),
                Write.DeclineLock,
                Write.Mark(Step.CHOICES, Outcome.SKIPPED),
            ),
            writes,
        )
        assertEquals(ReminderChoice.Answer.OFF, f.reminders)
        assertFalse(f.offersLock)
    }

    @Test
    fun `skip the introduction from the first screen - reminders off, the lock declined, all three marked skipped`() {
        val (f, writes) = FirstRun(offersLock = true).skipAll()
        assertTrue(f.isFinished)
        assertEquals(
            listOf(
                Write.Reminders(ReminderChoice.Answer.OFF, null),
                Write.DeclineLock,
                Write.Mark(Step.WELCOME, Outcome.SKIPPED),
                Write.Mark(Step.WIDGET, Outcome.SKIPPED),
                Write.Mark(Step.CHOICES, Outcome.SKIPPED),
            ),
            writes,
        )
        assertEquals(f to emptyList<Write>(), f.skipAll())
    }

    @Test
    fun `without a screen lock the offer is not declined - it can be offered later`() {
        val (_, writes) = FirstRun(offersLock = false).skipAll()
        assertFalse(Write.DeclineLock in writes)
    }

    @Test
    fun `reminders answered in settings are not asked again, and skipping keeps that answer`() {
        val f = FirstRun.read(settings("firstrun.reminders" to "on"), offersLock = false)
        assertFalse(f.asksAboutReminders)
        val (_, writes) = f.skipAll()
        assertTrue(writes.none { it is Write.Reminders }, writes.toString())
    }

    @Test
    fun `a first run killed half-way resumes on the screen it was on, without what was answered`() {
        val f = FirstRun.read(
            settings("firstrun.welcome" to "seen", "firstrun.widget" to "skipped", "firstrun.reminders" to "off"),
            offersLock = false,
        )
        assertEquals(Step.CHOICES, f.current)
        assertEquals(ReminderChoice.Answer.OFF, f.reminders)
        assertFalse(f.asksAboutReminders)
    }

    @Test
    fun `a mark that is not one of ours counts as done - asking twice is worse`() {
        val f = FirstRun.read(settings("firstrun.welcome" to "yes", "firstrun.widget" to "seen", "firstrun.choices" to "?"), offersLock = true)
        assertTrue(f.isFinished)
        assertEquals(Outcome.SEEN, f.outcomes[Step.WELCOME])
        // An unknown reminder value is no answer: nothing is planned and it is asked.
        assertNull(FirstRun.read(settings("firstrun.reminders" to "maybe"), false).reminders)
    }

    @Test
    fun `answering the lock offer on the third screen is not declined again on continue`() {
        val (f, writes) = FirstRun(outcomes = mapOf(Step.WELCOME to Outcome.SEEN, Step.WIDGET to Outcome.SEEN), offersLock = true)
            .lockAnswered().chooseReminder(null).first.finishCurrent(Outcome.SEEN)
        assertTrue(f.isFinished)
        assertEquals(listOf(Write.Mark(Step.CHOICES, Outcome.SEEN)), writes)
    }
}
