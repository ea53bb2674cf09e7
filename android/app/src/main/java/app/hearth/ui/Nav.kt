package app.hearth.ui

import android.app.Activity
import android.content.Context
import android.content.Intent
import android.text.format.DateFormat
import android.widget.Toast
import app.hearth.core.Stores
import java.time.LocalDate
import java.time.LocalTime
import java.time.ZoneOffset
import java.time.format.DateTimeFormatter
import java.time.format.FormatStyle
import java.util.Date
import java.util.TimeZone
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
     * in their language's own pattern: "20:05" or "8:05 PM". Built on DateFormat.getTimeFormat,
     * which follows that setting on every Android version.
     */
    fun timeFormat(ctx: Context): (LocalTime) -> String {
        val f = DateFormat.getTimeFormat(ctx)
        // The entries' times are already local wall times: format them as UTC instants.
        f.timeZone = TimeZone.getTimeZone("UTC")
        return { t -> f.format(Date.from(t.atDate(LocalDate.of(2000, 1, 1)).toInstant(ZoneOffset.UTC))) }
    }

    /**
     * Dates in the language of [ctx]'s configuration, looked up each time: a formatter kept
     * from the first screen would keep its language after the phone's changed.
     */
    fun longDate(ctx: Context): DateTimeFormatter = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale(ctx))

    fun mediumDate(ctx: Context): DateTimeFormatter = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(ctx))

    /** The reader's first language (the resource configuration's). */
    fun locale(ctx: Context): java.util.Locale = ctx.resources.configuration.locales[0]

    /**
     * A date pattern for [skeleton] ("MMMMy") in the reader's language, from Android's
     * DateFormat.getBestDateTimePattern (an ICU pattern) made safe for java.time
     * ([app.hearth.logic.DatePatterns.fromIcu]: the pseudo-locales' brackets stay text).
     */
    fun skeleton(ctx: Context, skeleton: String): DateTimeFormatter =
        DateTimeFormatter.ofPattern(app.hearth.logic.DatePatterns.fromIcu(DateFormat.getBestDateTimePattern(locale(ctx), skeleton)), locale(ctx))

    /** Today's local date by the app's clock (the one thing tests move), in its zone. */
    fun todayDate(): java.time.LocalDate = java.time.LocalDate.ofInstant(Stores.clock.now(), Stores.clock.zone())

    fun today(): String = todayDate().toString()
}
