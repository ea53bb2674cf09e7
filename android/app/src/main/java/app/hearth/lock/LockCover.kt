package app.hearth.lock

import android.app.Activity
import android.os.Build
import android.util.TypedValue
import android.view.Gravity
import android.view.View
import android.view.ViewGroup
import android.view.WindowInsets
import android.widget.Button
import android.widget.FrameLayout
import android.widget.LinearLayout
import android.widget.TextView
import app.hearth.R

/**
 * The cover over a screen while Hearth is locked (or still starting). It sits on the
 * window's decor view, above the screen and its action bar, and the screen's own content
 * is made invisible beneath it, so nothing of the journal is drawn or read out by TalkBack
 * behind it. While starting it is an empty surface; locked, it says so and offers Unlock.
 */
object LockCover {
    private const val TAG = "hearth.lock.cover"

    /** Shows (or updates) the cover on [a]. [starting]: no words yet; [retry]: the calm retry line. */
    fun show(a: Activity, starting: Boolean, retry: Boolean, onUnlock: () -> Unit) {
        content(a)?.visibility = View.INVISIBLE
        val decor = a.window.decorView as ViewGroup
        decor.findViewWithTag<View>(TAG)?.let { decor.removeView(it) }
        decor.addView(build(a, starting, retry, onUnlock), ViewGroup.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, ViewGroup.LayoutParams.MATCH_PARENT))
    }

    /** Takes the cover away and shows the screen again. */
    fun hide(a: Activity) {
        val decor = a.window.decorView as ViewGroup
        decor.findViewWithTag<View>(TAG)?.let { decor.removeView(it) }
        content(a)?.visibility = View.VISIBLE
    }

    /** The cover on [a], if shown. */
    fun find(a: Activity): View? = (a.window.decorView as ViewGroup).findViewWithTag(TAG)

    private fun content(a: Activity): View? = a.window.decorView.findViewById(android.R.id.content)

    private fun build(a: Activity, starting: Boolean, retry: Boolean, onUnlock: () -> Unit): View {
        fun dp(v: Int) = TypedValue.applyDimension(TypedValue.COMPLEX_UNIT_DIP, v.toFloat(), a.resources.displayMetrics).toInt()
        val cover = FrameLayout(a).apply {
            tag = TAG
            setBackgroundColor(a.getColor(R.color.hearth_surface))
            // Touches stop here, so nothing beneath (the action bar) can be reached. A touch
            // listener rather than a click handler: TalkBack would announce an unlabelled
            // button for the whole screen.
            setOnTouchListener { _, _ -> true }
            setOnApplyWindowInsetsListener { v, insets ->
                if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) {
                    val i = insets.getInsets(WindowInsets.Type.systemBars())
                    v.setPadding(i.left, i.top, i.right, i.bottom)
                } else {
                    @Suppress("DEPRECATION")
                    v.setPadding(insets.systemWindowInsetLeft, insets.systemWindowInsetTop, insets.systemWindowInsetRight, insets.systemWindowInsetBottom)
                }
                insets
            }
        }
        if (starting) return cover
        val column = LinearLayout(a).apply {
            orientation = LinearLayout.VERTICAL
            gravity = Gravity.CENTER_HORIZONTAL
            val p = dp(24)
            setPadding(p, p, p, p)
        }
        fun text(id: Int, sp: Float, bold: Boolean = false, secondary: Boolean = false) = TextView(a).apply {
            setText(id)
            setTextSize(TypedValue.COMPLEX_UNIT_SP, sp)
            setTextColor(a.getColor(if (secondary) R.color.hearth_text_secondary else R.color.hearth_text))
            gravity = Gravity.CENTER_HORIZONTAL
            if (bold) setTypeface(typeface, android.graphics.Typeface.BOLD)
        }
        column.addView(
            text(R.string.lock_cover_title, 22f, bold = true).apply {
                if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) isAccessibilityHeading = true
            },
        )
        column.addView(text(R.string.lock_cover_text, 16f), margins(dp(8)))
        if (retry) {
            column.addView(
                text(R.string.lock_not_done, 16f, secondary = true).apply {
                    accessibilityLiveRegion = View.ACCESSIBILITY_LIVE_REGION_POLITE
                },
                margins(dp(16)),
            )
        }
        column.addView(
            Button(a).apply {
                setText(R.string.lock_cover_unlock)
                contentDescription = a.getString(R.string.lock_cover_unlock_description)
                isAllCaps = false
                setTextSize(TypedValue.COMPLEX_UNIT_SP, 16f)
                minHeight = dp(48)
                minWidth = dp(160)
                setOnClickListener { onUnlock() }
            },
            margins(dp(24)).apply { width = ViewGroup.LayoutParams.WRAP_CONTENT },
        )
        cover.addView(column, FrameLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, ViewGroup.LayoutParams.WRAP_CONTENT, Gravity.CENTER))
        return cover
    }

    private fun margins(top: Int) = LinearLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, ViewGroup.LayoutParams.WRAP_CONTENT).apply { topMargin = top }
}
