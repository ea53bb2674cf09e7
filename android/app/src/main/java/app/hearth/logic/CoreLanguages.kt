package app.hearth.logic

/**
 * Hands the core its catalogues and the reader's languages (issue #22).
 *
 * The core's English is compiled in; every other language ships as Fluent files in the
 * app's assets (`assets/<lang>/<name>.ftl`, the single source being `core/l10n`). At start-up
 * [start] gives the core each file ([addCatalogue][Core.addCatalogue]) and then the
 * platform's preferred languages ([setLanguages][Core.setLanguages]), most preferred
 * first. A file the core refuses is skipped and logged by its name only (never its
 * text); the other files and languages still load, and a missing message falls back to
 * English inside the core. Adding a file again replaces its messages, so calling this
 * twice (a second Application in tests, a configuration change) is harmless.
 */
class CoreLanguages(
    private val files: Files,
    private val core: Core,
    private val log: (String) -> Unit = {},
) {
    /** Where the catalogue files are (the app's assets; a map in tests). */
    interface Files {
        /** Top-level names that may be languages (asset folders). */
        fun folders(): List<String>

        /** File names inside [folder]. */
        fun list(folder: String): List<String>

        /** The text of [folder]/[file] (UTF-8). */
        fun read(folder: String, file: String): String
    }

    /** The core's language API (uniffi's addCatalogue / setLanguages; a fake in tests). */
    interface Core {
        /** Throws when the core cannot read [text] (e.g. HearthException.InvalidInput). */
        fun addCatalogue(language: String, text: String)

        fun setLanguages(preferred: List<String>): String
    }

    /** What [loadCatalogues] did: languages with at least one file added, files skipped. */
    data class Loaded(val languages: List<String>, val skipped: List<String>)

    /** Adds every `<lang>/<name>.ftl` but English's (compiled into the core). */
    fun loadCatalogues(): Loaded {
        val added = mutableListOf<String>()
        val skipped = mutableListOf<String>()
        for (lang in files.folders().filter(::isLanguageFolder).sorted()) {
            if (lang.substringBefore('-').lowercase() == "en") continue
            var any = false
            for (file in files.list(lang).filter { it.endsWith(".ftl") }.sorted()) {
                val name = "$lang/$file"
                try {
                    core.addCatalogue(lang, files.read(lang, file))
                    any = true
                } catch (e: Exception) {
                    // The file's name and the kind of failure only: never its text.
                    log("catalogue $name skipped (${e.javaClass.simpleName})")
                    skipped += name
                }
            }
            if (any) added += lang
        }
        return Loaded(added, skipped)
    }

    /** Names the reader's languages to the core; returns the language it chose. */
    fun choose(preferred: List<String>): String = core.setLanguages(preferred.filter { it.isNotBlank() && it != "und" })

    /** Both, as the app does when its process starts. */
    fun start(preferred: List<String>): String {
        loadCatalogues()
        return choose(preferred)
    }

    companion object {
        private val LANGUAGE = Regex("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")

        /** `de`, `es`, `pt-BR`: a folder named like a language tag (not `images`, `webkit`). */
        fun isLanguageFolder(name: String): Boolean = LANGUAGE.matches(name)

        /** A comma-separated BCP 47 list (LocaleList.toLanguageTags()) as a list. */
        fun tags(languageTags: String): List<String> = languageTags.split(',').map { it.trim() }.filter { it.isNotEmpty() }
    }
}
