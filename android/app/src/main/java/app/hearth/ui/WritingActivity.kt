package app.hearth.ui

import android.app.Activity
import android.app.AlertDialog
import android.os.Build
import android.os.Bundle
import android.window.OnBackInvokedCallback
import android.window.OnBackInvokedDispatcher
import app.hearth.R

/**
 * A screen where the person writes (check-in, reflection, thought record, safety plan).
 * What they typed survives the screen being recreated: rotation, a dark-mode or font-size
 * change, a split-screen resize, or Android restarting the app in the background. The app
 * declares no configChanges, so every one of these recreates the screen; the form's values
 * go into the saved instance state and come back once the form is drawn again.
 *
 * Back with something not yet saved asks first (keep writing / discard); Back with no
 * changes simply leaves.
 *
 * Subclasses build their screen on [form] and call [Form.drawn] when it is complete.
 */
abstract class WritingActivity : Activity() {
    /** The screen's form; built by the subclass. */
    protected lateinit var form: Form

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        form = Form(this)
        form.restoreLater(savedInstanceState)
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) {
            // Used where the app opts in to predictive back; otherwise Android calls onBackPressed.
            onBackInvokedDispatcher.registerOnBackInvokedCallback(
                OnBackInvokedDispatcher.PRIORITY_DEFAULT,
                OnBackInvokedCallback { leave() },
            )
        }
    }

    override fun onSaveInstanceState(outState: Bundle) {
        super.onSaveInstanceState(outState)
        form.saveState(outState)
    }

    @Deprecated("Framework back handling before Android 13; see onCreate for the newer path.")
    override fun onBackPressed() {
        leave()
    }

    /** Leaves the screen, asking first when something typed has not been saved. */
    fun leave() {
        if (!form.hasChanges()) {
            finish()
            return
        }
        AlertDialog.Builder(this)
            .setTitle(R.string.unsaved_title)
            .setMessage(R.string.unsaved_message)
            .setPositiveButton(R.string.unsaved_keep, null)
            .setNegativeButton(R.string.unsaved_discard) { _, _ -> finish() }
            .show()
    }
}
