package app.hearth.widget

import android.app.PendingIntent
import android.appwidget.AppWidgetManager
import android.content.ComponentName
import android.content.Context
import android.content.Intent
import android.view.View
import android.widget.RemoteViews
import app.hearth.R
import app.hearth.logic.RequestCodes
import app.hearth.logic.WidgetModel
import app.hearth.ui.CheckInActivity
import app.hearth.ui.MainActivity
import uniffi.hearth.WidgetSnapshot

/** Draws the widget from the core's snapshot. Nothing here decides what it says. */
object WidgetUpdater {
    private val moodButtons = intArrayOf(
        R.id.widget_mood_1, R.id.widget_mood_2, R.id.widget_mood_3, R.id.widget_mood_4, R.id.widget_mood_5,
    )

    fun ids(ctx: Context): IntArray =
        AppWidgetManager.getInstance(ctx).getAppWidgetIds(ComponentName(ctx, CheckInWidgetProvider::class.java))

    /** Redraws every Hearth widget. A null snapshot (store unavailable) shows a way into the app. */
    fun render(ctx: Context, snapshot: WidgetSnapshot?) {
        val ids = ids(ctx)
        if (ids.isEmpty()) return
        AppWidgetManager.getInstance(ctx).updateAppWidget(ids, views(ctx, snapshot?.let(WidgetModel::from)))
    }

    /** Immediate feedback for a tap, before the core has answered: "Saving…". */
    fun showSaving(ctx: Context, label: String) {
        val ids = ids(ctx)
        if (ids.isEmpty()) return
        val v = RemoteViews(ctx.packageName, R.layout.widget_checkin)
        v.setTextViewText(R.id.widget_status, ctx.getString(R.string.widget_saving, label))
        AppWidgetManager.getInstance(ctx).partiallyUpdateAppWidget(ids, v)
    }

    fun views(ctx: Context, model: WidgetModel?): RemoteViews {
        val v = RemoteViews(ctx.packageName, R.layout.widget_checkin)
        val open = PendingIntent.getActivity(
            ctx, RequestCodes.OPEN_CHECKIN_FROM_WIDGET,
            Intent(ctx, CheckInActivity::class.java).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_CLEAR_TOP),
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )
        v.setOnClickPendingIntent(R.id.widget_open, open)

        if (model == null) {
            v.setTextViewText(R.id.widget_line, ctx.getString(R.string.widget_unavailable))
            v.setTextViewText(R.id.widget_status, "")
            val app = PendingIntent.getActivity(
                ctx, RequestCodes.OPEN_APP_FROM_WIDGET,
                Intent(ctx, MainActivity::class.java).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK),
                PendingIntent.FLAG_IMMUTABLE,
            )
            v.setOnClickPendingIntent(R.id.widget_root, app)
            for (id in moodButtons) v.setViewVisibility(id, View.GONE)
            return v
        }

        v.setTextViewText(R.id.widget_line, model.suggestion ?: model.line)
        v.setTextViewText(R.id.widget_status, status(ctx, model))
        model.moods.take(moodButtons.size).forEachIndexed { i, m ->
            val id = moodButtons[i]
            v.setTextViewText(id, m.label)
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
