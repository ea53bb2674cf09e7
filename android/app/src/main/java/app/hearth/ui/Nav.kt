package app.hearth.ui

import android.app.Activity
import android.content.Context
import android.content.Intent
import android.text.format.DateFormat
import android.widget.Toast
import app.hearth.core.Stores
import java.time.format.DateTimeFormatter
import java.time.format.FormatStyle
import uniffi.hearth.QuickMood

/** Small shared helpers for the screens. */
object Nav {
    fun <T : Activity> open(from: Context, cls: Class<T>, extras: Intent.() -> Unit = {}) {
        from.startActivity(Intent(from, cls).apply(extras))
    }

    fun toast(ctx: Context, text: CharSequence) = Toast.makeText(ctx, text, Toast.LENGTH_LONG).show()

    /** The core's word for each mood (from its quick moods), with a plain fallback. */
    fun moodLabels(moods: List<QuickMood>): (Int) -> String {
        val byMood = moods.associate { it.mood to it.label }
        return { m -> byMood[m] ?: m.toString() }
    }

    /**
     * Times of day as the person set their phone (Settings › Date & time: 24-hour or not),
     * in their language's own pattern: "20:05" or "8:05 PM".
     */
    fun timeFormat(ctx: Context): DateTimeFormatter {
        val locale = ctx.resources.configuration.locales[0]
        val skeleton = if (DateFormat.is24HourFormat(ctx)) "Hm" else "hm"
        return DateTimeFormatter.ofPattern(DateFormat.getBestDateTimePattern(locale, skeleton), locale)
    }
    val longDate: DateTimeFormatter = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
    val mediumDate: DateTimeFormatter = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)

    fun today(): String = java.time.LocalDate.now(Stores.clock.zone()).toString()
}
