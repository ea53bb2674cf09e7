package hearth.android.robo.screens

import android.app.Activity
import android.app.AlertDialog
import android.content.Intent
import android.view.View
import android.widget.TextView
import hearth.android.robo.Robo
import org.robolectric.Robolectric
import org.robolectric.android.controller.ActivityController

/** What the issue #20 editing tests share. */
object EditKit {
    /** Starts [cls] (with [extras]) and lets it load. */
    fun <T : Activity> start(cls: Class<T>, extras: Intent.() -> Unit = {}): ActivityController<T> {
        val c = Robolectric.buildActivity(cls, Intent(Robo.app(), cls).apply(extras)).setup()
        Robo.drain()
        return c
    }

    /** The control TalkBack names [description] (its content description). */
    fun described(root: View, description: String): View =
        ScreenKit.views(root).firstOrNull { it.contentDescription?.toString() == description && it.isShown }
            ?: error("nothing described as \"$description\"")

    fun described(a: Activity, description: String): View = described(ScreenKit.content(a), description)

    /** Texts shown (visible) anywhere in [a]'s content. */
    fun shown(a: Activity): List<String> =
        ScreenKit.all<TextView>(a).filter { it.visibility == View.VISIBLE && it.isShown }.map { it.text.toString() }

    /** Texts shown in a dialog. */
    fun shown(d: AlertDialog): List<String> =
        ScreenKit.views(d.window!!.decorView).filterIsInstance<TextView>().filter { it.isShown }.map { it.text.toString() }

    /** Chooses the first mood on the check-in screen [a], saves, and lets it save. */
    fun moodAndSave(a: Activity) {
        ScreenKit.all<android.widget.RadioButton>(a).first().isChecked = true
        ScreenKit.withText(a, Robo.app().getString(app.hearth.R.string.action_save)).performClick()
        Robo.drain()
    }

    /** The reason the core gives for [block] failing (InvalidInput), or a failure if it did not. */
    fun coreReason(block: () -> Unit): String {
        val t = runCatching(block).exceptionOrNull() ?: error("the core took it")
        return app.hearth.logic.ErrorKind.reason(t) ?: error("not an InvalidInput: $t")
    }
}
