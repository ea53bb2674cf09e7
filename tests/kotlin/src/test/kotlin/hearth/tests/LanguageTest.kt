package hearth.tests

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.HearthException
import uniffi.hearth.Instrument
import uniffi.hearth.addCatalogue
import uniffi.hearth.availableLanguages
import uniffi.hearth.emotionLabel
import uniffi.hearth.questionnaire
import uniffi.hearth.setLanguages
import uniffi.hearth.tagLabel

/**
 * The reader's language through the FFI, as an Android shell drives it: the catalogues it
 * bundles as assets are handed over, then the platform's preferred languages choose.
 */
class LanguageTest {
    @TempDir lateinit var tmp: Path

    /** The language is process-wide: leave English for the other tests. */
    @AfterEach
    fun backToEnglish() {
        setLanguages(listOf("en"))
    }

    private fun loadShipped() {
        val root = Paths.get(System.getProperty("user.dir")).resolve("../../core/l10n").normalize()
        for (lang in listOf("de", "es")) {
            Files.list(root.resolve(lang)).use { files ->
                files.filter { it.toString().endsWith(".ftl") }.sorted().forEach { addCatalogue(lang, Files.readString(it)) }
            }
        }
    }

    @Test
    fun `German catalogues relabel built-ins, keep own words, and fall back to English`() {
        loadShipped()
        assertEquals(listOf("en", "de", "es"), availableLanguages().filter { it in setOf("en", "de", "es") })
        assertEquals("de", setLanguages(listOf("de-AT", "en-US")))
        assertEquals("besorgt", emotionLabel("worried"))
        assertEquals("wistful", emotionLabel("wistful"))
        assertEquals("Arbeit", tagLabel("work"))
        assertEquals("choir", tagLabel("choir"))
        openStore(tmp, MemoryVault()).use { h ->
            val w = h.widgetSnapshot(java.time.Instant.now(), "UTC")
            assertEquals(listOf("Sehr schwer", "Schwer", "Okay", "Gut", "Sehr gut"), w.quickMoods.map { it.label })
            assertEquals("Stimmung eintragen: gut, 4 von 5", w.quickMoods[3].accessibilityLabel)
            // Picked by its German word, stored by id: English reads it back in English.
            val c = h.recordCheckin(CheckInInput(mood = 4, source = EntrySource.APP, emotions = listOf("Erleichtert"), tags = listOf("Arbeit")))
            assertEquals(listOf("relieved"), c.emotions)
            assertEquals(listOf("work"), c.tags)
        }
        assertEquals("es", setLanguages(listOf("fr-FR", "es-419")))
        assertEquals("alivio", emotionLabel("relieved"))
        assertEquals("en", setLanguages(listOf("fr-FR")))
        assertEquals("relieved", emotionLabel("relieved"))
    }

    @Test
    fun `a questionnaire without a validated German translation stays the English original, with a German notice`() {
        loadShipped()
        val english = questionnaire(Instrument.PHQ9)
        assertEquals(null, english.languageNotice)
        setLanguages(listOf("de-DE"))
        val german = questionnaire(Instrument.PHQ9)
        assertEquals(english.items, german.items, "never machine-translated")
        val notice = german.languageNotice
        assertTrue(notice != null && notice.contains("englischen Originalfassung"), notice)
    }

    @Test
    fun `the pseudo-locale brackets every word the core produces`() {
        assertEquals("en-XA", setLanguages(listOf("en-XA")))
        openStore(tmp, MemoryVault()).use { h ->
            val w = h.widgetSnapshot(java.time.Instant.now(), "UTC")
            for (text in w.quickMoods.flatMap { listOf(it.label, it.accessibilityLabel) } + w.line) {
                assertTrue(text.startsWith("[") && text.endsWith("]"), text)
            }
        }
    }

    @Test
    fun `a broken catalogue is refused with its line, and changes nothing`() {
        val e = assertThrows<HearthException.InvalidInput> { addCatalogue("de", "ok = fine\nbroken = { oops\n") }
        assertEquals("catalogue", e.field)
        assertTrue(e.reason.startsWith("line 2"), e.reason)
        assertThrows<HearthException.InvalidInput> { addCatalogue(" ", "a = b") }
    }
}
