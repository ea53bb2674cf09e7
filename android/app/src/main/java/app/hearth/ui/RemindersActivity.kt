package app.hearth.ui

import android.app.DatePickerDialog
import android.app.TimePickerDialog
import android.content.Intent
import android.os.Bundle
import android.provider.Settings
import android.text.InputType
import android.widget.CheckBox
import android.widget.EditText
import android.widget.TextView
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.async
import app.hearth.logic.FormText
import app.hearth.logic.PermissionFlow
import app.hearth.logic.ReminderChoice
import app.hearth.reminders.Notifications
import app.hearth.reminders.ReminderScheduler
import java.time.LocalDate
import java.time.LocalTime
import uniffi.hearth.PlannedReminder
import uniffi.hearth.ReminderSettings
import uniffi.hearth.Weekday

/**
 * Reminder settings: on or off, times, weekdays, quiet hours, a pause, and gentle
 * back-off. The core validates and plans; this screen shows its next planned reminder.
 */
class RemindersActivity : WritingActivity() {
    private lateinit var enabled: CheckBox
    private lateinit var times: EditText
    private val days = mutableListOf<Pair<Weekday, CheckBox>>()
    private lateinit var quietStart: EditText
    private lateinit var quietEnd: EditText
    private lateinit var pause: EditText
    private lateinit var backOff: CheckBox
    private lateinit var error: TextView

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        form.show()
    }

    override fun onResume() {
        super.onResume()
        load()
    }

    private fun load() {
        // Before any answer the core's default ("on") is not what happens: show it off.
        async({ Stores.use(this) { h -> ReminderChoice.shown(h.reminderSettings(), ReminderChoice.answer(h)) to Stores.actions.plan(h) } }) { r ->
            r.onSuccess { (s, plan) -> draw(s, plan) }
            r.onFailure { form.clear(); form.text(errorText(it)) }
        }
    }

    private fun draw(s: ReminderSettings, plan: List<PlannedReminder>) {
        val f = form
        f.clear()
        days.clear()
        f.heading(getString(R.string.reminders_title))
        f.text(getString(R.string.reminders_intro), secondary = true)
        error = f.errorLine()

        permissionNote(s.enabled)

        enabled = f.check(getString(R.string.reminders_enabled), s.enabled)
        times = f.field(getString(R.string.reminders_times), value = s.times.joinToString(", "), hint = getString(R.string.hint_times))
        f.button(getString(R.string.reminders_add_time)) {
            TimePickerDialog(this, { _, h, m ->
                val t = String.format(java.util.Locale.ROOT, "%02d:%02d", h, m)
                val now = times.text.toString().trim()
                times.setText(if (now.isEmpty()) t else "$now, $t")
            }, 20, 0, android.text.format.DateFormat.is24HourFormat(this)).show()
        }

        f.text(getString(R.string.reminders_days))
        val names = resources.getStringArray(R.array.weekdays)
        val every = s.weekdays.isEmpty()
        Weekday.entries.forEachIndexed { i, d -> days += d to f.check(names[i], every || d in s.weekdays) }

        quietStart = f.field(getString(R.string.reminders_quiet_start), value = s.quietStart.orEmpty(), hint = getString(R.string.hint_time), inputType = InputType.TYPE_CLASS_DATETIME or InputType.TYPE_DATETIME_VARIATION_TIME)
        quietEnd = f.field(getString(R.string.reminders_quiet_end), value = s.quietEnd.orEmpty(), hint = getString(R.string.hint_time), inputType = InputType.TYPE_CLASS_DATETIME or InputType.TYPE_DATETIME_VARIATION_TIME)

        pause = f.field(getString(R.string.reminders_pause), value = s.pauseUntil.orEmpty(), hint = getString(R.string.hint_date), inputType = InputType.TYPE_CLASS_DATETIME or InputType.TYPE_DATETIME_VARIATION_DATE)
        f.button(getString(R.string.reminders_pick_date)) {
            val d = runCatching { LocalDate.parse(pause.text.toString().trim()) }.getOrElse { Nav.todayDate().plusDays(7) }
            DatePickerDialog(this, { _, y, m, day -> pause.setText(LocalDate.of(y, m + 1, day).toString()) }, d.year, d.monthValue - 1, d.dayOfMonth).show()
        }
        backOff = f.check(getString(R.string.reminders_back_off), s.backOff)
        f.text(getString(R.string.reminders_back_off_help), secondary = true)

        f.button(getString(R.string.action_save)) { save() }

        f.heading(getString(R.string.reminders_next_heading), large = false)
        val next = plan.firstOrNull()
        f.text(
            if (next == null) getString(R.string.reminders_none_planned)
            else getString(R.string.reminders_next, next.localDate, Nav.timeFormat(this)(LocalTime.of(next.localHour.toInt(), next.localMinute.toInt())), next.message),
        )
        // Settings typed before a recreate come back once the saved ones are drawn.
        f.drawn()
    }

    private fun permissionNote(enabled: Boolean) {
        if (PermissionPrefs.granted(this) && Notifications.allowed(this)) return
        val f = form
        f.text(getString(R.string.reminders_notifications_off))
        f.button(getString(R.string.permission_allow)) {
            when (PermissionFlow.onUserAsks(PermissionPrefs.state(this, enabled))) {
                PermissionFlow.Step.REQUEST -> Nav.open(this, NotificationPermissionActivity::class.java)
                else -> startActivity(Intent(Settings.ACTION_APP_NOTIFICATION_SETTINGS).putExtra(Settings.EXTRA_APP_PACKAGE, packageName))
            }
        }
    }

    private fun save() {
        val chosen = days.filter { it.second.isChecked }.map { it.first }
        if (chosen.isEmpty()) {
            error.showError(getString(R.string.reminders_no_days))
            return
        }
        val settings = ReminderSettings(
            enabled = enabled.isChecked,
            times = FormText.times(times.text.toString()),
            // Every day is the core's empty list.
            weekdays = if (chosen.size == Weekday.entries.size) emptyList() else chosen,
            quietStart = FormText.optionalTime(quietStart.text.toString()),
            quietEnd = FormText.optionalTime(quietEnd.text.toString()),
            pauseUntil = FormText.optional(pause.text.toString()),
            backOff = backOff.isChecked,
        )
        async({
            Stores.use(this) { h ->
                h.saveReminderSettings(settings)
                // Saving here is the person's answer to "reminders?" (the first run asks no more).
                ReminderChoice.record(h, settings)
                Stores.actions.refresh(h)
            }
                .also { ReminderScheduler.afterCoreChange(applicationContext, it) }
        }) { r ->
            r.onSuccess {
                Nav.toast(this, getString(R.string.reminders_saved))
                if (settings.enabled && !PermissionPrefs.granted(this)) {
                    Nav.open(this, NotificationPermissionActivity::class.java)
                } else {
                    load()
                }
            }
            r.onFailure { error.showError(errorText(it)) }
        }
    }
}
