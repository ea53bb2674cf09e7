package app.hearth.ui

import android.app.Activity
import android.os.Bundle
import app.hearth.R

/**
 * Getting started (issue #21): every step of the first run, findable again from Today
 * whenever the person wants it: what Hearth is, the widget, reminders, the lock, and the
 * safety plan and trusted people. It asks nothing itself; each row opens the real place.
 */
class GettingStartedActivity : Activity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val f = Form(this)
        f.heading(getString(R.string.getting_started_title))
        f.text(getString(R.string.getting_started_intro), secondary = true)

        f.heading(getString(R.string.getting_started_about), large = false)
        f.text(getString(R.string.firstrun_welcome_is))
        f.text(getString(R.string.firstrun_welcome_isnt))
        f.text(getString(R.string.firstrun_welcome_private))

        f.heading(getString(R.string.getting_started_widget), large = false)
        f.text(getString(R.string.firstrun_widget_text))
        WidgetOffer.draw(this, f)
        f.text(getString(R.string.firstrun_widget_more), secondary = true)

        f.heading(getString(R.string.firstrun_choices_heading), large = false)
        f.button(getString(R.string.getting_started_reminders)) { Nav.open(this, RemindersActivity::class.java) }
        f.button(getString(R.string.getting_started_lock)) { Nav.open(this, PrivacyActivity::class.java) }
        f.button(getString(R.string.getting_started_support)) { Nav.open(this, SafetyActivity::class.java) }
        f.show()
    }
}
