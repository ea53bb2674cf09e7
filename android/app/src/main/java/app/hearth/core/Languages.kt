package app.hearth.core

import android.content.Context
import android.content.res.Configuration
import android.util.Log
import app.hearth.logic.CoreLanguages

/**
 * The Android side of [CoreLanguages]: catalogue files from the app's assets
 * (`assets/<lang>/<name>.ftl`, from `core/l10n`), the core's language calls through uniffi,
 * and the preferred languages from the resource configuration (every locale, most
 * preferred first, as BCP 47 tags: `de-DE`, `en-XA`).
 */
object Languages {
    private const val TAG = "Hearth"

    private class Assets(private val ctx: Context) : CoreLanguages.Files {
        // Android lists the top-level names; Robolectric lists every file path under the
        // root ("de/journal.ftl"): the first segment is the folder either way.
        override fun folders(): List<String> = ctx.assets.list("")?.map { it.substringBefore('/') }?.distinct().orEmpty()
        override fun list(folder: String): List<String> = ctx.assets.list(folder)?.toList().orEmpty()
        override fun read(folder: String, file: String): String =
            ctx.assets.open("$folder/$file").use { it.readBytes().toString(Charsets.UTF_8) }
    }

    private object Uniffi : CoreLanguages.Core {
        override fun addCatalogue(language: String, text: String) = uniffi.hearth.addCatalogue(language, text)
        override fun setLanguages(preferred: List<String>): String = uniffi.hearth.setLanguages(preferred)
    }

    /** The configuration's locales as tags, most preferred first. */
    fun preferred(config: Configuration): List<String> = CoreLanguages.tags(config.locales.toLanguageTags())

    private fun of(ctx: Context) = CoreLanguages(Assets(ctx), Uniffi) { Log.w(TAG, it) }

    /** At process start: every catalogue, then the configuration's languages. Returns the core's choice. */
    fun start(ctx: Context): String = of(ctx).start(preferred(ctx.resources.configuration))

    /** The languages changed while the process runs: the core relabels from now on. */
    fun choose(ctx: Context, config: Configuration): String = of(ctx).choose(preferred(config))
}
