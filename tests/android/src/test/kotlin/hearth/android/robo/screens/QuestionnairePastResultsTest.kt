package hearth.android.robo.screens

import android.app.Application
import app.hearth.R
import app.hearth.core.Background
import app.hearth.ui.QuestionnaireActivity
import hearth.android.robo.HearthRunner
import hearth.android.robo.Robo
import java.util.concurrent.CountDownLatch
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Robolectric
import org.robolectric.RuntimeEnvironment

/**
 * Defect 7: earlier results, loaded slowly, must not land on a questionnaire opened
 * meanwhile. And (like defect 2) answers given so far survive the screen being recreated.
 */
@RunWith(HearthRunner::class)
class QuestionnairePastResultsTest {
    private val app: Application = RuntimeEnvironment.getApplication()

    @Before
    fun journal() {
        Robo.setUp()
    }

    @Test
    fun pastResultsStayOnTheChooser() {
        val gate = CountDownLatch(1)
        Background.executor.execute { gate.await() } // the store is slow to open this time
        val c = Robolectric.buildActivity(QuestionnaireActivity::class.java).setup()
        val a = c.get()
        val phq9 = uniffi.hearth.questionnaire(uniffi.hearth.Instrument.PHQ9).title
        ScreenKit.views(ScreenKit.content(a)).filterIsInstance<android.widget.Button>().first { it.text.contains(phq9) }.performClick()
        gate.countDown()
        Robo.drain()
        val texts = ScreenKit.texts(a)
        assertTrue("the PHQ-9 is showing", texts.contains(app.getString(R.string.questionnaires_submit)))
        assertFalse("no earlier-results line on the PHQ-9: $texts", texts.contains(app.getString(R.string.questionnaires_none)))
    }

    @Test
    fun answersSurviveRecreate() {
        val c = Robolectric.buildActivity(QuestionnaireActivity::class.java).setup()
        Robo.drain()
        val phq9 = uniffi.hearth.questionnaire(uniffi.hearth.Instrument.PHQ9)
        ScreenKit.views(ScreenKit.content(c.get())).filterIsInstance<android.widget.Button>().first { it.text.contains(phq9.title) }.performClick()
        val several = phq9.options[1].label
        ScreenKit.views(ScreenKit.content(c.get())).filterIsInstance<android.widget.RadioButton>().first { it.text == several }.isChecked = true
        c.recreate()
        Robo.drain()
        val texts = ScreenKit.texts(c.get())
        assertTrue("still on the PHQ-9: $texts", texts.contains(app.getString(R.string.questionnaires_submit)))
        val first = ScreenKit.views(ScreenKit.content(c.get())).filterIsInstance<android.widget.RadioButton>().first { it.text == several }
        assertTrue("the first answer is kept", first.isChecked)
    }

    @Test
    fun pastResultsShowOnTheChooser() {
        val c = Robolectric.buildActivity(QuestionnaireActivity::class.java).setup()
        Robo.drain()
        assertTrue(ScreenKit.texts(c.get()).contains(app.getString(R.string.questionnaires_none)))
    }
}
