package app.hearth.ui

import android.app.Activity
import android.os.Bundle
import app.hearth.R

/**
 * A screen drawn from the store (Today, the calendar, a day): "Loading…" on its [form]
 * until [load] has drawn it, and loaded again each time it comes to the front, so what
 * was written meanwhile (another screen, the widget, a reminder) shows.
 */
abstract class LoadingActivity : Activity() {
    protected lateinit var form: Form

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        form = Form(this)
        form.text(getString(R.string.loading))
        form.show()
    }

    override fun onResume() {
        super.onResume()
        load()
    }

    /** Reads what the screen shows (off the main thread) and draws it on [form]. */
    protected abstract fun load()
}
