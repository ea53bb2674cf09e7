package app.hearth.ui

import android.app.Activity
import android.app.AlertDialog
import android.os.Build
import android.os.Bundle
import android.window.OnBackInvokedCallback
import android.widget.TextView
import android.window.OnBackInvokedDispatcher
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.async
import uniffi.hearth.Hearth

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

    /**
     * Opening an entry to edit: the screen is titled [title] and says "Loading…" while
     * [read] fetches the entry, then [draw] draws it; one that is gone (or cannot be read)
     * says so kindly, [gone] ([cannotEdit]).
     */
    protected fun <T> loadForEditing(title: Int, gone: Int, read: (Hearth) -> T, draw: (T) -> Unit) {
        setTitle(title)
        form.text(getString(R.string.loading))
        form.show()
        async({ Stores.use(this, read) }) { r ->
            r.onSuccess(draw)
            r.onFailure { cannotEdit(this, form, title, gone, it) }
        }
    }

    /**
     * Saving: [write] adds or updates the entry; saved, the form has no changes left, the
     * screen says [saved] and closes; refused, the core's words go to [error] and what was
     * typed stays.
     */
    protected fun saveEntry(error: TextView, saved: Int, write: (Hearth) -> Unit) {
        async({ Stores.use(this, write) }) { r ->
            r.onSuccess {
                form.markSaved()
                Nav.toast(this, getString(saved))
                finish()
            }
            r.onFailure { error.showError(errorText(it)) }
        }
    }
}
