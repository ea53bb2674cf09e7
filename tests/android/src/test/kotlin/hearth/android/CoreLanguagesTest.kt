package hearth.android

import app.hearth.logic.CoreLanguages
import app.hearth.logic.EntryText
import app.hearth.logic.EntryWords
import java.time.Instant
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import uniffi.hearth.CheckIn
import uniffi.hearth.Entry
import uniffi.hearth.EntrySource
import uniffi.hearth.emotionLabel
import uniffi.hearth.setLanguages
import uniffi.hearth.tagLabel

/**
 * Issue #22: the app hands the core every catalogue but English's, skipping (and naming,
 * never quoting) a file the core refuses, then the configuration's languages. With fakes,
 * then once with the real core and the real core/l10n files.
 */
class CoreLanguagesTest {
    private class FakeFiles(val tree: Map<String, Map<String, String>>) : CoreLanguages.Files {
        override fun folders() = tree.keys.toList()
        override fun list(folder: String) = tree[folder].orEmpty().keys.toList()
        override fun read(folder: String, file: String) = tree.getValue(folder).getValue(file)
    }

    private class FakeCore : CoreLanguages.Core {
        val added = mutableListOf<Pair<String, String>>()
        var preferred: List<String>? = null
        override fun addCatalogue(language: String, text: String) {
            if (text.contains("broken")) throw IllegalArgumentException("line 1: $text")
            added += language to text
        }
        override fun setLanguages(preferred: List<String>): String {
            this.preferred = preferred
            return preferred.firstOrNull()?.substringBefore('-') ?: "en"
        }
    }

    @AfterEach fun english() {
        setLanguages(listOf("en"))
    }

    @Test
    fun `every language folder but English is added, file by file, in order`() {
        val files = FakeFiles(
            mapOf(
                "en" to mapOf("a.ftl" to "en-a"),
                "de" to mapOf("b.ftl" to "de-b", "a.ftl" to "de-a", "notes.txt" to "not a catalogue"),
                "es" to mapOf("a.ftl" to "es-a"),
                "images" to mapOf("x.ftl" to "not a language"),
                "webkit" to emptyMap(),
            ),
        )
        val core = FakeCore()
        val loaded = CoreLanguages(files, core).loadCatalogues()
        assertEquals(listOf("de" to "de-a", "de" to "de-b", "es" to "es-a"), core.added)
        assertEquals(listOf("de", "es"), loaded.languages)
        assertEquals(emptyList<String>(), loaded.skipped)
    }

    @Test
    fun `a file the core refuses is skipped and logged by name only`() {
        val secretish = "broken = { unclosed"
        val files = FakeFiles(mapOf("de" to mapOf("a.ftl" to secretish, "b.ftl" to "fine"), "es" to mapOf("a.ftl" to "ok")))
        val core = FakeCore()
        val log = mutableListOf<String>()
        val l = CoreLanguages(files, core) { log += it }
        assertEquals("de", l.start(listOf("de-DE", "en-US")))
        assertEquals(listOf("de" to "fine", "es" to "ok"), core.added)
        assertEquals(listOf("de-DE", "en-US"), core.preferred)
        assertEquals(1, log.size)
        assertTrue(log.single().contains("de/a.ftl"), log.single())
        assertFalse(log.single().contains("unclosed"), "the file's text is never logged: ${log.single()}")
    }

    @Test
    fun `the configuration's locale list becomes the preferred languages, all of them`() {
        assertEquals(listOf("de-AT", "es-419", "en-US"), CoreLanguages.tags("de-AT,es-419,en-US"))
        assertEquals(listOf("en-XA"), CoreLanguages.tags("en-XA"))
        assertTrue(CoreLanguages.isLanguageFolder("pt-BR"))
        assertFalse(CoreLanguages.isLanguageFolder("images"))
        val core = FakeCore()
        CoreLanguages(FakeFiles(emptyMap()), core).choose(listOf("und", "", "es-ES"))
        assertEquals(listOf("es-ES"), core.preferred)
    }

    @Test
    fun `with the real core and core l10n, German labels and summaries follow the chosen language`() {
        val dir = java.io.File(System.getProperty("hearth.root"), "core/l10n")
        val files = object : CoreLanguages.Files {
            override fun folders() = dir.list()!!.toList()
            override fun list(folder: String) = java.io.File(dir, folder).list()?.toList().orEmpty()
            override fun read(folder: String, file: String) = java.io.File(dir, "$folder/$file").readText()
        }
        val core = object : CoreLanguages.Core {
            override fun addCatalogue(language: String, text: String) = uniffi.hearth.addCatalogue(language, text)
            override fun setLanguages(preferred: List<String>) = uniffi.hearth.setLanguages(preferred)
        }
        val l = CoreLanguages(files, core)
        assertEquals(emptyList<String>(), l.loadCatalogues().skipped)
        assertEquals("de", l.choose(listOf("de-DE", "en-US")))
        assertEquals("besorgt", emotionLabel("worried"))
        assertEquals("Arbeit", tagLabel("work"))
        assertEquals("my own", tagLabel("my own"))
        val c = CheckIn(
            id = "c1", at = Instant.parse("2026-12-01T17:00:00Z"), utcOffsetSeconds = 3600, mood = 2, energy = null,
            emotions = listOf("worried", "fizzy"), tags = listOf("work"), connected = false, withPeople = emptyList(),
            note = null, source = EntrySource.APP, scales = emptyList(),
        )
        val line = EntryText.summary(Entry.CheckIn(c), { "m$it" }, words = EntryWords(emotion = ::emotionLabel, tag = ::tagLabel))
        assertTrue(line.contains("besorgt, fizzy") && line.contains("Arbeit"), line)
        assertEquals("en", l.choose(listOf("en-GB", "de")))
        assertEquals("worried", emotionLabel("worried"))
    }
}
