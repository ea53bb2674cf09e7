package hearth.android.robo

import android.appwidget.AppWidgetManager
import android.content.Intent
import android.os.Build
import android.os.Bundle
import android.util.SizeF
import android.view.View
import android.view.ViewGroup
import android.widget.FrameLayout
import android.widget.RemoteViews
import app.hearth.R
import app.hearth.widget.CheckInWidgetProvider
import org.robolectric.Shadows.shadowOf
import org.robolectric.util.ReflectionHelpers

/** The widget on Robolectric's AppWidgetManager, as a launcher would host it. */
object Widgets {
    fun manager(): AppWidgetManager = AppWidgetManager.getInstance(Robo.app())

    /** Adds a Hearth widget to the "home screen" and waits for its first draw. */
    fun create(): Int {
        val id = shadowOf(manager()).createWidget(CheckInWidgetProvider::class.java, R.layout.widget_checkin)
        Robo.drain()
        return id
    }

    /** The views the host shows now (each update re-applied onto them, as a launcher does). */
    fun view(id: Int): View = shadowOf(manager()).getViewFor(id)

    /** The system's widget update broadcast (e.g. after a font change), then wait. */
    fun update(id: Int) {
        Robo.app().sendBroadcast(
            Intent(AppWidgetManager.ACTION_APPWIDGET_UPDATE).setClass(Robo.app(), CheckInWidgetProvider::class.java)
                .putExtra(AppWidgetManager.EXTRA_APPWIDGET_IDS, intArrayOf(id)),
        )
        Robo.drain()
    }

    fun dp(v: Float): Int = Math.round(v * Robo.app().resources.displayMetrics.density)

    /** The RemoteViews the provider last gave AppWidgetManager for [id]. */
    fun lastRemoteViews(id: Int): RemoteViews {
        val infos: Map<Int, Any> = ReflectionHelpers.getField(shadowOf(manager()), "widgetInfos")
        return ReflectionHelpers.getField(infos.getValue(id), "lastRemoteViews")
    }

    /**
     * What a launcher shows for a widget of [wDp] × [hDp], measured and laid out at that
     * size: on API 31+ the platform picks from the size map (RemoteViews.apply with the
     * widget's size); below 31 the launcher reports the size (options changed) and
     * applies what the provider sends back.
     */
    fun renderAt(id: Int, wDp: Float, hDp: Float): ViewGroup {
        val ctx = Robo.app()
        val parent = FrameLayout(ctx)
        val v: View = if (Build.VERSION.SDK_INT >= 31) {
            lastRemoteViews(id).apply(ctx, parent, null, SizeF(wDp, hDp))
        } else {
            val options = Bundle().apply {
                putInt(AppWidgetManager.OPTION_APPWIDGET_MIN_WIDTH, wDp.toInt())
                putInt(AppWidgetManager.OPTION_APPWIDGET_MAX_WIDTH, wDp.toInt())
                putInt(AppWidgetManager.OPTION_APPWIDGET_MIN_HEIGHT, hDp.toInt())
                putInt(AppWidgetManager.OPTION_APPWIDGET_MAX_HEIGHT, hDp.toInt())
            }
            manager().updateAppWidgetOptions(id, options)
            ctx.sendBroadcast(
                Intent(AppWidgetManager.ACTION_APPWIDGET_OPTIONS_CHANGED).setClass(ctx, CheckInWidgetProvider::class.java)
                    .putExtra(AppWidgetManager.EXTRA_APPWIDGET_ID, id)
                    .putExtra(AppWidgetManager.EXTRA_APPWIDGET_OPTIONS, options),
            )
            Robo.drain()
            lastRemoteViews(id).apply(ctx, parent)
        }
        v.measure(
            View.MeasureSpec.makeMeasureSpec(dp(wDp), View.MeasureSpec.EXACTLY),
            View.MeasureSpec.makeMeasureSpec(dp(hDp), View.MeasureSpec.EXACTLY),
        )
        v.layout(0, 0, v.measuredWidth, v.measuredHeight)
        return v as ViewGroup
    }
}
