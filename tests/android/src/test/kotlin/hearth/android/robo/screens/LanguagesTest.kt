package hearth.android.robo.screens

import android.content.res.Configuration
import android.os.LocaleList
import android.widget.CheckBox
import app.hearth.HearthApp
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.ui.CheckInActivity
import app.hearth.ui.HistoryActivity
import app.hearth.ui.QuestionnaireActivity
import app.hearth.ui.QuickMoodActivity
import app.hearth.ui.TagsActivity
import hearth.android.robo.HearthRunner
import hearth.android.robo.Robo
import java.util.Locale
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Robolectric
import org.robolectric.annotation.Config
import org.robolectric.annotation.GraphicsMode
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.availableLanguages
import uniffi.hearth.emotionLabel
import uniffi.hearth.setLanguages
import uniffi.hearth.tagLabel

/**
 * Issue #22 on Android: HearthApp hands the core the catalogues it carries as assets
 * (core/l10n, through aapt2's -A as AGP's assets.srcDir would) and the configuration's
 * languages, so under `de` everything the core says is German, and check-ins recorded in
 * English show their built-in emotions and tags in German; a language switched while
 * the app runs relabels. The core's language is process-wide: reset to English after.
 */
abstract class LanguageCase {
    protected val app = Robo.app()

    @Before fun setUp() {
        Robo.setUp()
        Robo.firstRunDone()
        Stores.use(app) { h ->
            h.recordCheckin(
                CheckInInput(
                    mood = 2, source = EntrySource.APP, emotions = listOf("worried"), tags = listOf("work"),
                    note = "Deadline at the office.", at = Robo.time.at(2026, 12, 5, 18),
                ),
            )
        }
    }

    @After fun english() {
        setLanguages(listOf("en"))
    }

    protected fun quickMoodLabels(): List<String> =
        Stores.use(app) { it.widgetSnapshot(Robo.time.now, Robo.time.zone.id) }.quickMoods.sortedBy { it.mood }.map { it.label }
}

@RunWith(HearthRunner::class)
@GraphicsMode(GraphicsMode.Mode.NATIVE)
@Config(qualifiers = "de")
class GermanLanguageTest : LanguageCase() {
    @Test
    fun theCoreSpeaksGermanFromStartUp() {
        assertTrue(availableLanguages().containsAll(listOf("en", "de", "es")))
        assertEquals("besorgt", emotionLabel("worried"))
        assertEquals("Arbeit", tagLabel("work"))
        assertEquals(listOf("Sehr schwer", "Schwer", "Okay", "Gut", "Sehr gut"), quickMoodLabels())
        val q = EditKit.start(QuickMoodActivity::class.java).get()
        assertTrue(EditKit.shown(q).toString(), "Sehr gut" in EditKit.shown(q))
    }

    @Test
    fun theShellSpeaksGermanAndItsWidgetPreviewMatchesTheCore() {
        assertEquals("Heute", app.getString(R.string.today_title))
        assertEquals("2 Check-ins heute", app.resources.getQuantityString(R.plurals.widget_checkins_today, 2, 2))
        val preview = android.view.LayoutInflater.from(app).inflate(R.layout.widget_preview, null)
        val ids = listOf(R.id.widget_mood_1, R.id.widget_mood_2, R.id.widget_mood_3, R.id.widget_mood_4, R.id.widget_mood_5)
        assertEquals(quickMoodLabels(), ids.map { preview.findViewById<android.widget.TextView>(it)!!.text.toString().replace('\n', ' ') })
    }

    @Test
    fun historyShowsAnEnglishRecordedCheckInInGerman() {
        val a = EditKit.start(HistoryActivity::class.java).get()
        val line = EditKit.shown(a).single { it.contains("Deadline") }
        assertTrue(line, line.contains("besorgt") && line.contains("Arbeit"))
        assertTrue(line, !line.contains("worried") && !line.contains("work "))
    }

    @Test
    fun checkInAndTagsScreensOfferTheGermanWordsAndSaveTheIds() {
        val c = EditKit.start(CheckInActivity::class.java).get()
        val boxes = ScreenKit.all<CheckBox>(c).map { it.text.toString() }
        assertTrue(boxes.toString(), "besorgt" in boxes && "Arbeit" in boxes && "worried" !in boxes && "work" !in boxes)
        val t = EditKit.start(TagsActivity::class.java).get()
        assertTrue(EditKit.shown(t).toString(), "Arbeit" in EditKit.shown(t))
        Robo.assertNotBlank(ScreenKit.render(c, "CheckIn-de-35-light"))
    }

    @Test
    fun aQuestionnaireWithoutAGermanTranslationIsTheEnglishOriginalWithAGermanNotice() {
        val c = Robolectric.buildActivity(QuestionnaireActivity::class.java).setup()
        Robo.drain()
        val phq9 = uniffi.hearth.questionnaire(uniffi.hearth.Instrument.PHQ9)
        ScreenKit.views(ScreenKit.content(c.get())).filterIsInstance<android.widget.Button>().first { it.text.contains(phq9.title) }.performClick()
        val texts = EditKit.shown(c.get())
        assertTrue(texts.toString(), texts.any { it.contains("englischen Originalfassung") })
        assertTrue("the items are the published English", texts.any { it.contains(phq9.items[0]) })
        Robo.assertNotBlank(ScreenKit.render(c.get(), "Questionnaire-de-35-light"))
    }

    @Test
    fun aLanguageSwitchedWhileRunningRelabels() {
        val config = Configuration(app.resources.configuration).apply { setLocales(LocaleList(Locale.forLanguageTag("es-ES"))) }
        (app as HearthApp).onConfigurationChanged(config)
        assertEquals("trabajo", tagLabel("work"))
        config.setLocales(LocaleList(Locale.forLanguageTag("en-GB"), Locale.GERMAN))
        app.onConfigurationChanged(config)
        assertEquals("worried", emotionLabel("worried"))
    }
}

@RunWith(HearthRunner::class)
@Config(qualifiers = "en")
class EnglishLanguageTest : LanguageCase() {
    @Test
    fun theCoreSpeaksEnglishUnderEnglish() {
        assertEquals("worried", emotionLabel("worried"))
        assertEquals("work", tagLabel("work"))
        assertEquals("Okay", quickMoodLabels()[2])
        val a = EditKit.start(HistoryActivity::class.java).get()
        val line = EditKit.shown(a).single { it.contains("Deadline") }
        assertTrue(line, line.contains("worried") && line.contains("work"))
    }
}
