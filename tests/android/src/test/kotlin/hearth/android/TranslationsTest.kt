package hearth.android

import java.io.File
import javax.xml.parsers.DocumentBuilderFactory
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.params.ParameterizedTest
import org.junit.jupiter.params.provider.ValueSource
import org.w3c.dom.Element

/**
 * Issue #22: the shell's own strings are complete in every language Hearth ships. For
 * each language, every translatable `<string>`, `<plurals>` and `<string-array>` of
 * `values/strings*.xml` exists in `values-<lang>/` (in any of its files) with the same
 * format arguments (`%1$s`, `%d`, …; a plural's arguments over all its items), every
 * plural carries the CLDR categories the language needs, an array has as many items,
 * and nothing is translated that is marked translatable="false" or no longer exists.
 * Each problem is named, so one run lists everything that is missing.
 */
class TranslationsTest {
    private val res = File(System.getProperty("hearth.root"), "android/app/src/main/res")

    /** CLDR plural categories for integers (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html). */
    private val plurals = mapOf("de" to setOf("one", "other"), "es" to setOf("one", "many", "other"))

    private data class Res(val kind: String, val translatable: Boolean, val args: Set<String>, val quantities: Set<String>, val items: Int, val file: String)

    private val format = Regex("%(?:(\\d+)\\$)?[-#+ 0,(]*\\d*(?:\\.\\d+)?([a-zA-Z%])")

    /** The format arguments of [text] as written: "%1$s", "%d" (not "%%"). */
    private fun args(text: String): Set<String> =
        format.findAll(text).filter { it.groupValues[2] != "%" }.map { m ->
            val index = m.groupValues[1]
            "%" + (if (index.isEmpty()) "" else index + "$") + m.groupValues[2]
        }.toSet()

    private fun read(dir: File): Map<String, Res> {
        val out = LinkedHashMap<String, Res>()
        val files = dir.listFiles { f -> f.name.matches(Regex("strings.*\\.xml")) }.orEmpty().sortedBy { it.name }
        for (f in files) {
            val doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f)
            val kids = doc.documentElement.childNodes
            for (i in 0 until kids.length) {
                val el = kids.item(i) as? Element ?: continue
                if (el.tagName !in setOf("string", "plurals", "string-array")) continue
                val items = (0 until el.getElementsByTagName("item").length).map { el.getElementsByTagName("item").item(it) as Element }
                val text = if (el.tagName == "string") el.textContent else items.joinToString("\n") { it.textContent }
                out[el.getAttribute("name")] = Res(
                    el.tagName,
                    el.getAttribute("translatable") != "false",
                    args(text),
                    items.map { it.getAttribute("quantity") }.filter { it.isNotEmpty() }.toSet(),
                    items.size,
                    f.name,
                )
            }
        }
        return out
    }

    @ParameterizedTest
    @ValueSource(strings = ["de", "es"])
    fun `every string exists in the language with the same arguments and its plural categories`(lang: String) {
        val english = read(File(res, "values"))
        assertTrue(english.size > 400, "read the English strings (${english.size})")
        val dir = File(res, "values-$lang")
        val translated = read(dir)
        val problems = mutableListOf<String>()
        if (!dir.isDirectory) problems += "values-$lang does not exist yet"
        for ((name, en) in english) {
            if (!en.translatable) {
                if (name in translated) problems += "$name: translatable=\"false\", but values-$lang has it"
                continue
            }
            val t = translated[name]
            if (t == null) {
                problems += "$name (${en.kind} in ${en.file}): missing"
                continue
            }
            if (t.kind != en.kind) problems += "$name: a ${t.kind}, in English a ${en.kind}"
            if (t.args != en.args) problems += "$name: arguments ${t.args.sorted()}, in English ${en.args.sorted()}"
            if (en.kind == "plurals") {
                val need = plurals.getValue(lang)
                if (!t.quantities.containsAll(need)) problems += "$name: plural categories ${t.quantities.sorted()}, $lang needs ${need.sorted()}"
            }
            if (en.kind == "string-array" && t.items != en.items) problems += "$name: ${t.items} items, in English ${en.items}"
        }
        for (name in translated.keys - english.keys) problems += "$name: in values-$lang only (no English string of that name)"
        assertEquals(emptyList<String>(), problems, "values-$lang: ${problems.size} problems:\n" + problems.joinToString("\n"))
    }

    @org.junit.jupiter.api.Test
    fun `the per-app language list names English and every language shipped, each with the core's catalogue`() {
        val doc = DocumentBuilderFactory.newInstance().apply { isNamespaceAware = true }.newDocumentBuilder().parse(File(res, "xml/locales_config.xml"))
        val listed = (0 until doc.getElementsByTagName("locale").length)
            .map { (doc.getElementsByTagName("locale").item(it) as Element).getAttributeNS("http://schemas.android.com/apk/res/android", "name") }
        val shell = res.listFiles()!!.map { it.name }.filter { it.matches(Regex("values-[a-z]{2,3}")) }.map { it.removePrefix("values-") }
            .filter { File(res, "values-$it").listFiles()!!.any { f -> f.name.startsWith("strings") } }
        val core = File(System.getProperty("hearth.root"), "core/l10n").listFiles()!!.filter { it.isDirectory }.map { it.name }
        assertEquals((listOf("en") + plurals.keys).sorted(), listed.sorted(), "locales_config.xml")
        for (lang in listed) assertTrue(lang in core, "core/l10n/$lang exists")
        for (lang in shell) assertTrue(lang in listed, "values-$lang is listed in locales_config.xml")
    }
}
