package app.hearth.widget

import android.appwidget.AppWidgetManager
import android.content.ComponentName
import android.content.Context

/** Asking the launcher to put Hearth's widget on the home screen (issue #21). */
object WidgetPin {
    /** Whether this launcher can be asked (API 26+, and not every launcher supports it). */
    fun supported(ctx: Context): Boolean = AppWidgetManager.getInstance(ctx).isRequestPinAppWidgetSupported

    /**
     * Asks the launcher to pin the check-in widget; it shows its own confirmation and
     * places it. False when it cannot be asked: then the screen shows how to add it by hand.
     */
    fun request(ctx: Context): Boolean {
        val mgr = AppWidgetManager.getInstance(ctx)
        if (!mgr.isRequestPinAppWidgetSupported) return false
        return mgr.requestPinAppWidget(ComponentName(ctx, CheckInWidgetProvider::class.java), null, null)
    }
}
