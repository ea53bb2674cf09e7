package hearth.android.robo.screens

import android.app.Activity
import android.graphics.Bitmap
import android.graphics.Canvas
import android.os.Looper
import android.view.View
import android.view.ViewGroup
import android.widget.ScrollView
import android.widget.TextView
import hearth.android.robo.Robo
import java.io.File
import org.robolectric.Shadows.shadowOf

/** What the screen tests share beyond [Robo]: finding views, dialogs, whole-screen pictures. */
object ScreenKit {
    /** Every view under [root], depth first. */
    fun views(root: View): List<View> {
        val out = mutableListOf<View>()
        fun walk(v: View) {
            out += v
            if (v is ViewGroup) for (i in 0 until v.childCount) walk(v.getChildAt(i))
        }
        walk(root)
        return out
    }

    fun content(a: Activity): View = a.findViewById<ViewGroup>(android.R.id.content)!!

    /** The visible text of every TextView on screen. */
    fun texts(a: Activity): List<String> = views(content(a)).filterIsInstance<TextView>().filter { it.isShown }.map { it.text.toString() }

    inline fun <reified T : View> all(a: Activity): List<T> = views(content(a)).filterIsInstance<T>()

    /** The button (or any TextView) showing exactly [text]. */
    fun withText(a: Activity, text: String): TextView =
        views(content(a)).filterIsInstance<TextView>().firstOrNull { it.text.toString() == text }
            ?: error("no view with text \"$text\" in ${texts(a)}")

    /** The field labelled [label] (Form.field puts labelFor on the label). */
    fun field(a: Activity, label: String): android.widget.EditText {
        val l = withText(a, label)
        return a.findViewById(l.labelFor) ?: error("label \"$label\" names no field")
    }

    /**
     * Draws the whole screen content (all of it, not just what fits on the display) onto
     * the window background and writes it as a PNG. Needs @GraphicsMode(NATIVE).
     */
    fun render(a: Activity, name: String): File {
        val scroll = views(content(a)).filterIsInstance<ScrollView>().first()
        val root = scroll.getChildAt(0)
        val width = scroll.width.takeIf { it > 0 } ?: a.resources.displayMetrics.widthPixels
        root.measure(View.MeasureSpec.makeMeasureSpec(width, View.MeasureSpec.EXACTLY), View.MeasureSpec.makeMeasureSpec(0, View.MeasureSpec.UNSPECIFIED))
        val height = root.measuredHeight.coerceIn(1, MAX_HEIGHT)
        root.layout(0, 0, width, root.measuredHeight)
        val bitmap = Bitmap.createBitmap(width, height, Bitmap.Config.ARGB_8888)
        val canvas = Canvas(bitmap)
        a.window.decorView.background?.let { it.setBounds(0, 0, width, height); it.draw(canvas) }
        root.draw(canvas)
        val file = File(Robo.screenshotDir, "$name.png")
        file.outputStream().use { bitmap.compress(Bitmap.CompressFormat.PNG, 100, it) }
        return file
    }

    /**
     * [a] passes the accessibility walk ([what] names it in a failure) and its whole content
     * is drawn ([render]), not blank, to `<name>.png`.
     */
    fun shoot(a: Activity, what: String, name: String) {
        org.junit.Assert.assertEquals(what, emptyList<String>(), A11y.problems(a))
        Robo.assertNotBlank(render(a, name))
    }

    private const val MAX_HEIGHT = 16000
}

/** The dialog on top, if one is showing. */
fun showingDialog(): android.app.AlertDialog? =
    org.robolectric.shadows.ShadowAlertDialog.getLatestAlertDialog()?.takeIf { it.isShowing }

/** Types [values] into the dialog's fields in order and presses [button]. */
fun answerDialog(d: android.app.AlertDialog, values: List<String> = emptyList(), button: Int = android.app.AlertDialog.BUTTON_POSITIVE) {
    val fields = ScreenKit.views(d.window!!.decorView).filterIsInstance<android.widget.EditText>()
    values.forEachIndexed { i, v -> fields[i].setText(v) }
    d.getButton(button).performClick()
    shadowOf(Looper.getMainLooper()).idle()
}
