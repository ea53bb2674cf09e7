package app.hearth.logic

import uniffi.hearth.WidgetSnapshot

/** A mood button on the widget: the core's label and accessibility label. */
data class WidgetMood(val mood: Int, val label: String, val description: String, val requestCode: Int)

/**
 * What the widget draws, from the core's snapshot. Wording of the count line stays in
 * resources (plurals); this picks the parts: the core's line, today's count, the last
 * mood's label (the core's own word for it) and time, and the five moods in order.
 *
 * A [quiet] widget (the app lock on with "quiet widget", [LockSettings.widgetQuiet]) is
 * the five moods and nothing else: no line, no count, no last mood or time, no low-mood
 * suggestion. Those are left out here, so no drawing code can show them by mistake.
 */
data class WidgetModel(
    /** The core's line; null when quiet. */
    val line: String?,
    val countToday: Int,
    val lastMoodLabel: String?,
    val lastTime: String?,
    val moods: List<WidgetMood>,
    /** The core suggests looking at the safety plan (a sustained low stretch). */
    val suggestion: String?,
    /** Only the moods may be shown. */
    val quiet: Boolean = false,
) {
    companion object {
        /** The model for [s]; [quiet] keeps only the moods (see the class comment). */
        fun from(s: WidgetSnapshot, quiet: Boolean): WidgetModel {
            val moods = s.quickMoods.filter { it.mood in 1..5 }.sortedBy { it.mood }
            val widgetMoods = moods.map { WidgetMood(it.mood, it.label, it.accessibilityLabel, RequestCodes.widgetMood(it.mood)) }
            if (quiet) return WidgetModel(line = null, countToday = 0, lastMoodLabel = null, lastTime = null, moods = widgetMoods, suggestion = null, quiet = true)
            return WidgetModel(
                line = s.line,
                countToday = s.countToday.toInt(),
                lastMoodLabel = s.lastMood?.let { m -> moods.firstOrNull { it.mood == m }?.label },
                lastTime = s.lastTime,
                moods = widgetMoods,
                suggestion = s.suggestion?.message,
            )
        }
    }
}

/** The widget's two layouts: everything, or the count and the moods. */
enum class WidgetLayout { FULL, COMPACT }

/** Which layout fits; the numbers are the widget's own (res/xml/checkin_widget_info.xml). */
object WidgetSizing {
    /** minResizeWidth × minResizeHeight: the smallest the person can make it. */
    const val MIN_WIDTH_DP = 180f
    const val MIN_HEIGHT_DP = 110f

    /**
     * The full layout when the widget is at least as tall as the full layout needs
     * ([fullNeedsDp], measured at the person's font size), else the compact one, which fits
     * the minimum size at any font scale.
     */
    fun pick(heightDp: Float, fullNeedsDp: Float): WidgetLayout =
        if (heightDp >= fullNeedsDp) WidgetLayout.FULL else WidgetLayout.COMPACT
}
