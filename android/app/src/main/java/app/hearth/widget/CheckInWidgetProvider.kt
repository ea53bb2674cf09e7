package app.hearth.widget

import android.appwidget.AppWidgetManager
import android.appwidget.AppWidgetProvider
import android.content.Context
import app.hearth.core.Stores
import app.hearth.core.runAsync

/**
 * The home-screen check-in widget. On every update it asks the core for the snapshot
 * (off the main thread, store opened and closed) and draws it. Taps go to
 * [WidgetMoodReceiver] (a mood) or open the check-in screen.
 */
class CheckInWidgetProvider : AppWidgetProvider() {

    override fun onUpdate(context: Context, appWidgetManager: AppWidgetManager, appWidgetIds: IntArray) {
        val app = context.applicationContext
        runAsync("widget update") {
            val snapshot = try {
                Stores.use(app) { it.widgetSnapshot(Stores.clock.now(), Stores.clock.zoneId()) }
            } catch (e: Exception) {
                null
            }
            WidgetUpdater.render(app, snapshot)
        }
    }
}
