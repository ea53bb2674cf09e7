package hearth.android.robo.screens

import android.app.Activity
import android.os.Build
import android.util.TypedValue
import android.widget.CompoundButton
import android.widget.EditText
import android.widget.TextView

/**
 * Walks a screen's view tree the way TalkBack and a person with large text meet it:
 * every control has a label (its own words, a content description, or a visible label
 * pointing at it with labelFor), text sizes follow the font size setting (sp), and every
 * control is at least 48dp tall.
 */
object A11y {
    fun problems(a: Activity): List<String> = problems(ScreenKit.content(a), a)

    /** The same walk over [root] (e.g. the lock's cover, which sits outside the content). */
    fun problems(root: android.view.View, a: Activity): List<String> {
        val all = ScreenKit.views(root).filter { it.isShown }
        val labelledIds = all.filterIsInstance<TextView>().map { it.labelFor }.filter { it != android.view.View.NO_ID }.toSet()
        val minTouch = 48 * a.resources.displayMetrics.density - 1
        val out = mutableListOf<String>()
        for (v in all) {
            val control = v.isClickable || v is EditText || v is CompoundButton
            val name = "${v.javaClass.simpleName} \"${(v as? TextView)?.text ?: ""}\""
            if (control) {
                val own = v.contentDescription?.toString().orEmpty().ifBlank { (v as? TextView)?.text?.toString().orEmpty() }
                if (own.isBlank() && v.id !in labelledIds) out += "$name has no label"
                if (v.height < minTouch) out += "$name is ${v.height}px tall, under 48dp"
            }
            if (v is TextView && Build.VERSION.SDK_INT >= Build.VERSION_CODES.R && v.textSizeUnit != TypedValue.COMPLEX_UNIT_SP) {
                out += "$name text size is not in sp (unit ${v.textSizeUnit})"
            }
        }
        return out
    }
}
