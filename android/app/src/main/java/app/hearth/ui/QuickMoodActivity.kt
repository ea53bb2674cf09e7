package app.hearth.ui

import android.app.Activity
import android.content.Context
import android.content.Intent
import android.os.Bundle
import android.widget.Button
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.async
import app.hearth.lock.OpenWhileLocked
import app.hearth.logic.WidgetMood
import app.hearth.reminders.ReminderScheduler

/**
 * The compact five-mood dialog the Quick Settings tile opens (issue #21). A mood records
 * through the widget's own core call (`widgetCheckin`, source widget: the core has no
 * source of its own for the tile) and re-plans, exactly as a widget tap does; then the
 * dialog thanks quietly and closes. It shows nothing from the journal (only the core's
 * five moods), so the app lock does not cover it ([OpenWhileLocked]); "Add more…" opens
 * the full check-in, which the lock covers as usual.
 *
 * Five full-width buttons with the core's words (and its spoken labels), in sp, in a
 * scroll view: they stay whole at large font sizes.
 */
class QuickMoodActivity : Activity(), OpenWhileLocked {
    private lateinit var form: Form
    private val moodButtons = mutableListOf<Button>()

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        form = Form(this)
        form.heading(getString(R.string.mood_dialog_title))
        form.text(getString(R.string.loading))
        form.show()
        async({ Stores.use(this) { Stores.actions.widget(it).moods } }) { r ->
            r.onSuccess { draw(it) }
            r.onFailure { unavailable() }
        }
    }

    private fun draw(moods: List<WidgetMood>) {
        val f = form
        f.clear()
        moodButtons.clear()
        f.heading(getString(R.string.mood_dialog_title))
        for (m in moods) moodButtons += f.button(m.label, m.description) { record(m) }
        f.button(getString(R.string.mood_dialog_more), getString(R.string.mood_dialog_more_description)) {
            Nav.open(this, CheckInActivity::class.java)
            finish()
        }
        f.button(getString(R.string.action_cancel)) { finish() }
    }

    /** The store could not be opened (e.g. the keystore not ready): a way into the app. */
    private fun unavailable() {
        form.clear()
        form.heading(getString(R.string.mood_dialog_title))
        form.text(getString(R.string.mood_dialog_unavailable))
        form.button(getString(R.string.mood_dialog_open)) { Nav.open(this, MainActivity::class.java); finish() }
        form.button(getString(R.string.action_cancel)) { finish() }
    }

    private fun record(m: WidgetMood) {
        // One tap, one check-in: no second tap while the first is being saved.
        moodButtons.forEach { it.isEnabled = false }
        val app = applicationContext
        async({
            val outcome = Stores.use(app) { Stores.actions.widgetTap(it, m.mood) }
            ReminderScheduler.afterCheckIn(app, outcome)
        }) { r ->
            r.onSuccess {
                Nav.toast(this, getString(R.string.mood_dialog_saved, m.label))
                finish()
            }
            r.onFailure {
                Nav.toast(this, getString(R.string.mood_dialog_failed))
                moodButtons.forEach { it.isEnabled = true }
            }
        }
    }

    companion object {
        /** Opens the dialog from outside an activity (the tile): a new task of its own. */
        fun intent(ctx: Context): Intent =
            Intent(ctx, QuickMoodActivity::class.java).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_CLEAR_TOP)
    }
}
