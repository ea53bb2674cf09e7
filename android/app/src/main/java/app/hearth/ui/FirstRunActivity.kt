package app.hearth.ui

import android.app.Activity
import android.app.TimePickerDialog
import android.os.Bundle
import android.text.InputType
import android.widget.EditText
import android.widget.TextView
import app.hearth.HearthApp
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.async
import app.hearth.logic.FirstRun
import app.hearth.logic.FirstRunStore
import app.hearth.logic.FormText
import app.hearth.reminders.ReminderScheduler
import app.hearth.widget.WidgetPin
import java.util.Locale

/**
 * The first run (issue #21): three short screens, each skippable, drawn from [FirstRun]
 * as kept in the core's store. Every answer is written when it is given and the screen
 * is drawn again from the store, so a first run killed half-way resumes on the same
 * screen without asking again. Finished (or skipped), it closes.
 */
class FirstRunActivity : Activity() {
    private lateinit var form: Form
    private var time: EditText? = null

    /** The time typed but not yet answered; kept across a recreate. */
    private var typedTime: String? = null

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        typedTime = savedInstanceState?.getString(STATE_TIME)
        form = Form(this)
        form.text(getString(R.string.loading))
        form.show()
        load()
    }

    override fun onSaveInstanceState(outState: Bundle) {
        super.onSaveInstanceState(outState)
        time?.let { outState.putString(STATE_TIME, it.text.toString()) }
    }

    private class Data(val run: FirstRun, val suggestedTime: String)

    private fun load() {
        async({
            Stores.use(this) { h ->
                Data(FirstRunStore.read(h, LockOfferCard.wanted(applicationContext, h)), h.reminderSettings().times.firstOrNull() ?: DEFAULT_TIME)
            }
        }) { r ->
            r.onSuccess { draw(it) }
            r.onFailure { form.clear(); form.text(errorText(it)); form.button(getString(R.string.action_try_again)) { load() } }
        }
    }

    private fun draw(d: Data) {
        val run = d.run
        val step = run.current ?: return finish()
        time?.let { typedTime = it.text.toString() }
        time = null
        val f = form
        f.clear()
        run.position?.let { (i, n) -> f.text(getString(R.string.firstrun_step, i, n), secondary = true) }
        f.button(getString(R.string.firstrun_skip_all), getString(R.string.firstrun_skip_all_description)) { answer(run.skipAll()) }
        when (step) {
            FirstRun.Step.WELCOME -> welcome(f)
            FirstRun.Step.WIDGET -> widget(f)
            FirstRun.Step.CHOICES -> choices(f, run, d.suggestedTime)
        }
        val last = step == FirstRun.Step.CHOICES
        f.button(getString(if (last) R.string.firstrun_done else R.string.firstrun_continue)) { answer(run.finishCurrent(FirstRun.Outcome.SEEN)) }
        f.button(getString(R.string.firstrun_skip)) { answer(run.finishCurrent(FirstRun.Outcome.SKIPPED)) }
        form.scroll.scrollTo(0, 0)
    }

    private fun welcome(f: Form) {
        f.heading(getString(R.string.firstrun_welcome_heading))
        f.text(getString(R.string.firstrun_welcome_is))
        f.text(getString(R.string.firstrun_welcome_isnt))
        f.text(getString(R.string.firstrun_welcome_private))
    }

    private fun widget(f: Form) {
        f.heading(getString(R.string.firstrun_widget_heading))
        f.text(getString(R.string.firstrun_widget_text))
        WidgetOffer.draw(this, f)
        f.text(getString(R.string.firstrun_widget_more), secondary = true)
    }

    private fun choices(f: Form, run: FirstRun, suggested: String) {
        f.heading(getString(R.string.firstrun_choices_heading))
        f.heading(getString(R.string.firstrun_reminder_heading), large = false)
        if (run.asksAboutReminders) {
            f.text(getString(R.string.firstrun_reminder_text))
            val error = f.errorLine()
            val field = f.field(
                getString(R.string.firstrun_reminder_time),
                value = typedTime ?: suggested,
                hint = getString(R.string.hint_time),
                inputType = InputType.TYPE_CLASS_DATETIME or InputType.TYPE_DATETIME_VARIATION_TIME,
            )
            time = field
            f.button(getString(R.string.firstrun_reminder_pick), getString(R.string.firstrun_reminder_pick_description)) { pickTime(field) }
            f.button(getString(R.string.firstrun_reminder_yes)) {
                val t = FormText.time(field.text.toString())
                if (!VALID_TIME.matches(t)) error.showError(getString(R.string.firstrun_reminder_bad_time)) else answer(run.chooseReminder(t))
            }
            f.button(getString(R.string.firstrun_reminder_no)) { answer(run.chooseReminder(null)) }
        } else {
            f.text(getString(R.string.firstrun_reminder_done), secondary = true)
        }
        // #19's offer, the same card and the same answer as on Today: asked once, here or there.
        if (run.offersLock) LockOfferCard.draw(this, f) { load() }
        f.heading(getString(R.string.firstrun_support_heading), large = false)
        f.text(getString(R.string.firstrun_support_text))
        f.button(getString(R.string.firstrun_support_plan)) { Nav.open(this, SafetyActivity::class.java) }
        f.button(getString(R.string.firstrun_support_people)) { Nav.open(this, SafetyActivity::class.java) }
    }

    private fun pickTime(field: EditText) {
        val now = FormText.time(field.text.toString())
        val (h, m) = if (VALID_TIME.matches(now)) now.split(":").map { it.toInt() } else listOf(20, 0)
        TimePickerDialog(this, { _, hour, minute ->
            field.setText(String.format(Locale.ROOT, "%02d:%02d", hour, minute))
        }, h, m, android.text.format.DateFormat.is24HourFormat(this)).show()
    }

    /** Keeps [step]'s writes, then draws again from the store (or closes when finished). */
    private fun answer(step: Pair<FirstRun, List<FirstRun.Write>>) {
        val (next, writes) = step
        val remindersOn = writes.any { it is FirstRun.Write.Reminders && it.answer == app.hearth.logic.ReminderChoice.Answer.ON }
        async({
            Stores.use(this) { h -> FirstRunStore.apply(h, writes) }
            // An answer about reminders changes the plan (on: the first alarm is set now).
            if (writes.any { it is FirstRun.Write.Reminders }) ReminderScheduler.refreshAll(applicationContext)
        }) { r ->
            r.onSuccess {
                if (remindersOn) {
                    Nav.toast(this, getString(R.string.firstrun_reminder_on_toast))
                    if (!PermissionPrefs.granted(this)) Nav.open(this, NotificationPermissionActivity::class.java)
                }
                if (next.isFinished) finish() else load()
            }
            r.onFailure { Nav.toast(this, errorText(it)) }
        }
    }

    companion object {
        private const val STATE_TIME = "firstrun.time"
        private const val DEFAULT_TIME = "20:00"
        private val VALID_TIME = Regex("""^([01]\d|2[0-3]):[0-5]\d$""")

        /** Opens the first run from Today once per process, when there is something left to ask. */
        fun openFrom(a: Activity, run: FirstRun?) {
            val app = HearthApp.of(a)
            if (run == null || run.isFinished || app.firstRunOpened) return
            app.firstRunOpened = true
            Nav.open(a, FirstRunActivity::class.java)
        }
    }
}

/** "Add the widget": the launcher is asked to pin it where it can be; else how to add it by hand. */
object WidgetOffer {
    /** The widget's picture (the picker's preview image) and the way to add it. */
    fun draw(a: Activity, f: Form) {
        f.add(
            android.widget.ImageView(a).apply {
                setImageResource(R.drawable.widget_preview)
                adjustViewBounds = true
                scaleType = android.widget.ImageView.ScaleType.FIT_START
                maxHeight = f.dp(160)
                // TalkBack hears what the picture shows, in words.
                val moods = listOf(R.string.preview_mood_1, R.string.preview_mood_2, R.string.preview_mood_3, R.string.preview_mood_4, R.string.preview_mood_5)
                    .joinToString(", ") { a.getString(it).replace('\n', ' ') }
                contentDescription = a.getString(R.string.firstrun_widget_picture, moods)
            },
        )
        if (WidgetPin.supported(a)) {
            lateinit var asked: TextView
            f.button(a.getString(R.string.firstrun_widget_add), a.getString(R.string.firstrun_widget_add_description)) {
                asked.text = a.getString(if (WidgetPin.request(a)) R.string.firstrun_widget_asked else R.string.firstrun_widget_howto)
            }
            asked = f.text("", secondary = true)
        } else {
            f.text(a.getString(R.string.firstrun_widget_howto))
        }
    }
}
