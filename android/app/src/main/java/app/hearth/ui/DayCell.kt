package app.hearth.ui

import android.content.Context
import android.graphics.Canvas
import android.graphics.Paint
import android.graphics.RectF
import android.os.Bundle
import android.text.TextPaint
import android.util.TypedValue
import android.view.View
import android.view.accessibility.AccessibilityNodeInfo
import app.hearth.R
import app.hearth.logic.CalendarLayout
import app.hearth.logic.MoodDay

/**
 * One day of the calendar, drawn: a square outlined, filled from the bottom by the mood
 * level (one fifth per level) in that level's colour, a dot when something was written
 * (a note, a reflection, a thought record), and in the month grid the day's number above
 * it (in sp). Today has a thicker outline. What it shows is also its content description,
 * in words, so colour is never the only signal.
 *
 * In the year in pixels the squares are too small to tap: touch goes to the month's row,
 * and TalkBack can still open a single day ([onOpen] is offered as the click action).
 */
class DayCell(context: Context, val day: MoodDay, private val number: String?, private val isToday: Boolean, private val isFuture: Boolean) : View(context) {
    private val density = resources.displayMetrics.density
    private val textPaint = TextPaint(Paint.ANTI_ALIAS_FLAG).apply {
        textSize = TypedValue.applyDimension(TypedValue.COMPLEX_UNIT_SP, 14f, resources.displayMetrics)
        color = context.getColor(if (isFuture) R.color.hearth_text_secondary else R.color.hearth_text)
        textAlign = Paint.Align.CENTER
    }
    private val outline = Paint(Paint.ANTI_ALIAS_FLAG).apply {
        style = Paint.Style.STROKE
        color = context.getColor(if (isToday) R.color.hearth_accent else R.color.calendar_cell_outline)
        strokeWidth = density * if (isToday) 2.5f else 1f
        if (isFuture) alpha = 90
    }
    private val fill = Paint(Paint.ANTI_ALIAS_FLAG).apply { style = Paint.Style.FILL }
    private val dot = Paint(Paint.ANTI_ALIAS_FLAG).apply { color = context.getColor(R.color.hearth_text) }
    private val dotRing = Paint(Paint.ANTI_ALIAS_FLAG).apply { color = context.getColor(R.color.hearth_surface) }
    private val box = RectF()

    /** Opens the day for an accessibility service (set in the year in pixels). */
    var onOpen: (() -> Unit)? = null
        set(value) {
            field = value
            importantForAccessibility = IMPORTANT_FOR_ACCESSIBILITY_YES
        }

    private val numberHeight: Int
        get() = if (number == null) 0 else (textPaint.fontSpacing + 2 * density).toInt()

    override fun onMeasure(widthMeasureSpec: Int, heightMeasureSpec: Int) {
        val w = MeasureSpec.getSize(widthMeasureSpec)
        val boxHeight = if (number == null) (20 * density).toInt() else (26 * density).toInt()
        // A day of the month grid is a touch target: at least 48dp tall.
        val min = if (number == null) 0 else (48 * density).toInt()
        val h = maxOf(min, numberHeight + boxHeight + (4 * density).toInt())
        setMeasuredDimension(w, resolveSize(h, heightMeasureSpec))
    }

    override fun onDraw(canvas: Canvas) {
        val inset = if (number == null) 0.75f * density else 3 * density
        val top = numberHeight.toFloat() + inset
        if (number != null) canvas.drawText(number, width / 2f, textPaint.fontSpacing - textPaint.descent() + density, textPaint)
        box.set(inset, top, width - inset, height - inset)
        val level = day.level
        if (level != null) {
            fill.color = context.getColor(levelColor(level))
            val f = CalendarLayout.fill(level)
            canvas.drawRect(box.left, box.bottom - box.height() * f, box.right, box.bottom, fill)
        }
        canvas.drawRect(box, outline)
        if (day.hasWriting) {
            val r = minOf(box.width(), box.height()) * 0.16f + density * 0.5f
            val cx = box.right - r - density * 1.5f
            val cy = box.top + r + density * 1.5f
            canvas.drawCircle(cx, cy, r + density, dotRing)
            canvas.drawCircle(cx, cy, r, dot)
        }
    }

    override fun onInitializeAccessibilityNodeInfo(info: AccessibilityNodeInfo) {
        super.onInitializeAccessibilityNodeInfo(info)
        if (onOpen != null) info.addAction(AccessibilityNodeInfo.AccessibilityAction.ACTION_CLICK)
    }

    override fun performAccessibilityAction(action: Int, arguments: Bundle?): Boolean {
        val open = onOpen
        if (action == AccessibilityNodeInfo.ACTION_CLICK && open != null) {
            open()
            return true
        }
        return super.performAccessibilityAction(action, arguments)
    }

    companion object {
        fun levelColor(level: Int): Int = when (level.coerceIn(1, 5)) {
            1 -> R.color.mood_level_1
            2 -> R.color.mood_level_2
            3 -> R.color.mood_level_3
            4 -> R.color.mood_level_4
            else -> R.color.mood_level_5
        }
    }
}
