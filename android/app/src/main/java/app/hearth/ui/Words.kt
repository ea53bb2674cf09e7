package app.hearth.ui

import android.content.Context
import app.hearth.R
import app.hearth.logic.EntryWords
import uniffi.hearth.Instrument
import uniffi.hearth.emotionLabel
import uniffi.hearth.tagLabel

/** The app's string resources for the pure formatters in app.hearth.logic. */
object Words {
    fun entry(ctx: Context) = EntryWords(
        mood = { label, m -> ctx.getString(R.string.entry_mood, label, m) },
        energy = { ctx.getString(R.string.entry_energy, it) },
        connected = ctx.getString(R.string.entry_connected),
        reflection = ctx.getString(R.string.entry_reflection),
        thought = ctx.getString(R.string.entry_thought),
        assessment = { title, score, max, band -> ctx.getString(R.string.entry_assessment, title, score, max, band) },
        emotion = ::emotionLabel,
        tag = ::tagLabel,
    )

    /** Short names of the questionnaires as published. */
    fun instrument(i: Instrument): String = when (i) {
        Instrument.PHQ9 -> "PHQ-9"
        Instrument.GAD7 -> "GAD-7"
        Instrument.WHO5 -> "WHO-5"
        Instrument.PHQ2 -> "PHQ-2"
        Instrument.GAD2 -> "GAD-2"
    }
}
