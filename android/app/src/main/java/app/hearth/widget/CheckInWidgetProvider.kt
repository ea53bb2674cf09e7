package app.hearth.widget

import android.appwidget.AppWidgetManager
import android.appwidget.AppWidgetProvider
import android.content.Context
import android.os.Build
import android.os.Bundle
import app.hearth.core.Stores
import app.hearth.core.runAsync
import app.hearth.logic.WidgetModel

/**
 * The home-screen check-in widget. On every update it asks the core for the snapshot
 * (off the main thread, store opened and closed) and draws it, quiet when the person's
 * lock settings say so. Taps go to
 * [WidgetMoodReceiver] (a mood) or open the check-in screen.
 */
class CheckInWidgetProvider : AppWidgetProvider() {

    override fun onUpdate(context: Context, appWidgetManager: AppWidgetManager, appWidgetIds: IntArray) {
        val app = context.applicationContext
        runAsync("widget update") { WidgetUpdater.render(app, snapshot(app)) }
    }

    /**
     * The person resized the widget. API 31+: nothing to do, the launcher picks from the
     * size map it already has. Below 31: redraw this widget in the layout that fits.
     */
    override fun onAppWidgetOptionsChanged(context: Context, appWidgetManager: AppWidgetManager, appWidgetId: Int, newOptions: Bundle) {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.S) return
        val app = context.applicationContext
        runAsync("widget resize") { WidgetUpdater.renderOne(app, appWidgetId, newOptions, snapshot(app)) }
    }

    /** The widget as it may be shown (quiet or not, by the lock settings in the same store); null: unavailable. */
    private fun snapshot(app: Context): WidgetModel? = try {
        Stores.use(app) { Stores.actions.widget(it) }
    } catch (e: Exception) {
        null
    }
}
