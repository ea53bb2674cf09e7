package app.hearth.widget

import android.app.PendingIntent
import android.appwidget.AppWidgetManager
import android.content.ComponentName
import android.content.Context
import android.content.Intent
import android.os.Build
import android.os.Bundle
import android.util.SizeF
import android.view.LayoutInflater
import android.view.View
import android.widget.RemoteViews
import android.widget.TextView
import app.hearth.R
import app.hearth.logic.RequestCodes
import app.hearth.logic.WidgetLayout
import app.hearth.logic.WidgetModel
import app.hearth.logic.WidgetSizing
import app.hearth.ui.CheckInActivity
import app.hearth.ui.MainActivity

/**
 * Draws the widget from the core's snapshot. Nothing here decides what it says.
 *
 * Two layouts, so the five moods always fit: the full one (the core's line, the count,
 * the moods, "Add more…") where the widget is tall enough for it at the person's font
 * size, else the compact one (the count and the moods). On API 31+ the launcher picks
 * between them by the widget's current size (RemoteViews(Map<SizeF, RemoteViews>)); below
 * 31 the provider picks from the size the launcher reports (onAppWidgetOptionsChanged).
 */
object WidgetUpdater {
    private val moodButtons = intArrayOf(
        R.id.widget_mood_1, R.id.widget_mood_2, R.id.widget_mood_3, R.id.widget_mood_4, R.id.widget_mood_5,
    )

    fun ids(ctx: Context): IntArray =
        AppWidgetManager.getInstance(ctx).getAppWidgetIds(ComponentName(ctx, CheckInWidgetProvider::class.java))

    /**
     * Redraws every Hearth widget from [model] (the core's snapshot, quiet or not:
     * [app.hearth.logic.CoreActions.widgetModel]). Null (store unavailable) shows a way
     * into the app.
     */
    fun render(ctx: Context, model: WidgetModel?) {
        val ids = ids(ctx)
        if (ids.isEmpty()) return
        val mgr = AppWidgetManager.getInstance(ctx)
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.S) {
            mgr.updateAppWidget(ids, sized(ctx, model))
        } else {
            for (id in ids) mgr.updateAppWidget(id, views(ctx, model, layoutFor(ctx, mgr.getAppWidgetOptions(id))))
        }
    }

    /** Redraws one widget whose size changed (API < 31; on 31+ the launcher picks from the size map). */
    fun renderOne(ctx: Context, id: Int, options: Bundle, model: WidgetModel?) {
        AppWidgetManager.getInstance(ctx).updateAppWidget(id, views(ctx, model, layoutFor(ctx, options)))
    }

    /**
     * API 31+: both layouts keyed by the smallest size each is for. The launcher shows
     * the largest entry that fits the widget (the compact one if none does), and picks
     * again by itself whenever the widget is resized.
     */
    private fun sized(ctx: Context, model: WidgetModel?): RemoteViews {
        val full = SizeF(WidgetSizing.MIN_WIDTH_DP, fullHeightDp(ctx, WidgetSizing.MIN_WIDTH_DP))
        val compact = SizeF(WidgetSizing.MIN_WIDTH_DP, WidgetSizing.MIN_HEIGHT_DP)
        // Sizes must differ (the map refuses duplicates); a full layout that fits the
        // minimum size anyway needs no compact alternative.
        if (full.height <= compact.height) return views(ctx, model, WidgetLayout.FULL)
        return RemoteViews(
            mapOf(
                compact to views(ctx, model, WidgetLayout.COMPACT),
                full to views(ctx, model, WidgetLayout.FULL),
            ),
        )
    }

    /**
     * API < 31: the layout for the size the launcher reports. In portrait a widget is
     * MIN_WIDTH wide and MAX_HEIGHT tall, in landscape MAX_WIDTH × MIN_HEIGHT; we take the
     * smallest of each so it fits both. No size reported yet: the compact layout.
     */
    private fun layoutFor(ctx: Context, options: Bundle?): WidgetLayout {
        val w = options?.getInt(AppWidgetManager.OPTION_APPWIDGET_MIN_WIDTH) ?: 0
        val h = minOf(
            options?.getInt(AppWidgetManager.OPTION_APPWIDGET_MIN_HEIGHT) ?: 0,
            options?.getInt(AppWidgetManager.OPTION_APPWIDGET_MAX_HEIGHT) ?: 0,
        )
        if (w <= 0 || h <= 0) return WidgetLayout.COMPACT
        return WidgetSizing.pick(h.toFloat(), fullHeightDp(ctx, w.toFloat()))
    }

    /**
     * The height (dp) the full layout needs at [widthDp] with this phone's font size:
     * measured, by inflating the layout with the longest texts it will show, rather than
     * guessed, so it follows the person's font scale and the platform's button metrics.
     */
    fun fullHeightDp(ctx: Context, widthDp: Float): Float {
        val density = ctx.resources.displayMetrics.density
        val root = LayoutInflater.from(ctx).inflate(R.layout.widget_checkin, null)
        // Two lines for the core's line and one for the count are the most the layout allows.
        root.findViewById<TextView>(R.id.widget_line)?.text = "M\nM"
        root.findViewById<TextView>(R.id.widget_status)?.text = "M"
        for (id in moodButtons) root.findViewById<TextView>(id)?.text = "Mm\nMm"
        root.measure(
            View.MeasureSpec.makeMeasureSpec((widthDp * density).toInt(), View.MeasureSpec.EXACTLY),
            View.MeasureSpec.makeMeasureSpec(0, View.MeasureSpec.UNSPECIFIED),
        )
        return root.measuredHeight / density
    }

    /**
     * Immediate feedback for a tap, before the core has answered: "Saving…". Below API 31
     * only: a partial update merges into one layout's actions, and there is no documented
     * merge into a size map; on 31+ the redraw with the core's answer follows within
     * moments instead.
     */
    fun showSaving(ctx: Context, label: String) {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.S) return
        val ids = ids(ctx)
        if (ids.isEmpty()) return
        val mgr = AppWidgetManager.getInstance(ctx)
        for (id in ids) {
            val v = RemoteViews(ctx.packageName, layoutFor(ctx, mgr.getAppWidgetOptions(id)).layoutId())
            v.setTextViewText(R.id.widget_status, ctx.getString(R.string.widget_saving, label))
            mgr.partiallyUpdateAppWidget(id, v)
        }
    }

    private fun WidgetLayout.layoutId(): Int = when (this) {
        WidgetLayout.FULL -> R.layout.widget_checkin
        WidgetLayout.COMPACT -> R.layout.widget_checkin_compact
    }

    /** The views for [model] in [layout]; null model: the store could not be opened. */
    fun views(ctx: Context, model: WidgetModel?, layout: WidgetLayout = WidgetLayout.FULL): RemoteViews {
        val v = RemoteViews(ctx.packageName, layout.layoutId())
        val open = PendingIntent.getActivity(
            ctx, RequestCodes.OPEN_CHECKIN_FROM_WIDGET,
            Intent(ctx, CheckInActivity::class.java).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_CLEAR_TOP),
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )
        // The full layout has "Add more…"; in the compact one the count line opens the check-in.
        val openId = if (layout == WidgetLayout.FULL) R.id.widget_open else R.id.widget_status
        v.setOnClickPendingIntent(openId, open)

        if (model == null) {
            val text = ctx.getString(R.string.widget_unavailable)
            if (layout == WidgetLayout.FULL) {
                v.setTextViewText(R.id.widget_line, text)
                v.setTextViewText(R.id.widget_status, "")
            } else {
                v.setTextViewText(R.id.widget_status, text)
                v.setContentDescription(R.id.widget_status, text)
            }
            val app = PendingIntent.getActivity(
                ctx, RequestCodes.OPEN_APP_FROM_WIDGET,
                Intent(ctx, MainActivity::class.java).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK),
                PendingIntent.FLAG_IMMUTABLE,
            )
            v.setOnClickPendingIntent(R.id.widget_root, app)
            for (id in moodButtons) v.setViewVisibility(id, View.GONE)
            return v
        }

        if (model.quiet) {
            // Quiet (app lock on): the moods and a neutral question, nothing from the journal.
            val ask = ctx.getString(R.string.widget_quiet_line)
            if (layout == WidgetLayout.FULL) {
                v.setTextViewText(R.id.widget_line, ask)
                v.setTextViewText(R.id.widget_status, "")
                v.setViewVisibility(R.id.widget_status, View.GONE)
            } else {
                v.setTextViewText(R.id.widget_status, ask)
                v.setViewVisibility(R.id.widget_status, View.VISIBLE)
                v.setContentDescription(R.id.widget_status, "$ask ${ctx.getString(R.string.widget_open_description)}")
            }
        } else {
            if (layout == WidgetLayout.FULL) v.setTextViewText(R.id.widget_line, model.suggestion ?: model.line)
            val statusText = status(ctx, model)
            v.setTextViewText(R.id.widget_status, statusText)
            v.setViewVisibility(R.id.widget_status, View.VISIBLE)
            if (layout == WidgetLayout.COMPACT) {
                // The count line is also the way into the check-in here: say both.
                v.setContentDescription(R.id.widget_status, "$statusText. ${ctx.getString(R.string.widget_open_description)}")
            }
        }
        // Launchers re-apply an update onto the views they already show: a state that hid
        // something must be undone explicitly, so after the unavailable state the moods
        // come back.
        v.setOnClickPendingIntent(R.id.widget_root, null)
        for (id in moodButtons) v.setViewVisibility(id, View.GONE)
        model.moods.take(moodButtons.size).forEachIndexed { i, m ->
            val id = moodButtons[i]
            v.setViewVisibility(id, View.VISIBLE)
            // One word per line, and no more lines than words: a word too wide for its
            // button then shrinks (autosize) instead of breaking mid-word ("Oka-y").
            val words = m.label.trim().split(Regex("\\s+"))
            v.setTextViewText(id, words.joinToString("\n"))
            v.setInt(id, "setMaxLines", words.size)
            v.setContentDescription(id, m.description)
            v.setOnClickPendingIntent(id, WidgetMoodReceiver.intent(ctx, m.mood, m.label, m.requestCode))
        }
        return v
    }

    /** "Nothing noted yet today" / "2 check-ins today · last: Good at 09:12". */
    fun status(ctx: Context, m: WidgetModel): String {
        if (m.countToday == 0) return ctx.getString(R.string.widget_status_none)
        val count = ctx.resources.getQuantityString(R.plurals.widget_checkins_today, m.countToday, m.countToday)
        return if (m.lastMoodLabel != null && m.lastTime != null) {
            ctx.getString(R.string.widget_status_last, count, m.lastMoodLabel, m.lastTime)
        } else {
            count
        }
    }
}
