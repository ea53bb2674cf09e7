package app.hearth.ui

import android.app.Activity
import app.hearth.logic.ErrorKind

/**
 * What an edit screen shows when its entry cannot be opened: for one that is gone (deleted
 * elsewhere, or an id that never was) a warm line saying nothing was changed; otherwise
 * the usual words for the error. A way back either way.
 */
fun cannotEdit(a: Activity, form: Form, title: Int, gone: Int, t: Throwable) {
    form.clear()
    form.heading(a.getString(title))
    form.text(if (ErrorKind.of(t) == ErrorKind.NOT_FOUND) a.getString(gone) else a.errorText(t))
    form.button(a.getString(app.hearth.R.string.action_back)) { a.finish() }
    form.show()
    // Nothing to keep: a recreate's saved values belong to a form that cannot be drawn.
    form.drawn()
}
