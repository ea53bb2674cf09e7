package app.hearth.ui

import android.content.Intent
import android.os.Bundle
import android.provider.Settings
import android.view.View
import android.widget.CheckBox
import android.widget.LinearLayout
import android.widget.RadioGroup
import android.widget.TextView
import app.hearth.HearthApp
import app.hearth.R
import app.hearth.core.async
import app.hearth.lock.DeviceAuth
import app.hearth.lock.UnlockActivity
import app.hearth.logic.LockChange
import app.hearth.logic.LockSettings
import app.hearth.logic.RelockAfter
import app.hearth.logic.SensitiveAction
import app.hearth.reminders.ReminderScheduler

/**
 * Privacy and lock: the app lock on or off, how soon it locks again, and the two privacy
 * settings that come with it (hidden in recent apps, a quiet widget). Saving asks the
 * phone to confirm first while the lock is on ([SensitiveAction.CHANGE_LOCK]); the lock
 * itself ([app.hearth.logic.AppLock]) decides and keeps the settings in the core's store.
 */
class PrivacyActivity : WritingActivity() {
    private lateinit var status: TextView
    private lateinit var lockBox: CheckBox
    private lateinit var withLock: LinearLayout
    private lateinit var relock: RadioGroup
    private lateinit var switcher: CheckBox
    private lateinit var quiet: CheckBox

    /** Settings waiting for the phone's confirmation (not kept across a recreate: the person saves again). */
    private var pending: LockSettings? = null

    private val lock get() = HearthApp.of(this).lock

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        form.text(getString(R.string.loading))
        form.show()
        // On the core thread, so the settings read at start are in before they are shown.
        async({ lock.settings }) { r -> r.onSuccess { draw(it) } }
    }

    private fun draw(s: LockSettings) {
        val f = form
        f.clear()
        f.heading(getString(R.string.privacy_title))
        f.text(getString(R.string.privacy_intro), secondary = true)
        status = f.errorLine()

        if (!DeviceAuth.secure(this)) {
            f.text(getString(R.string.privacy_needs_screen_lock))
            f.button(getString(R.string.privacy_open_security_settings)) { startActivity(Intent(Settings.ACTION_SECURITY_SETTINGS)) }
        }

        lockBox = f.check(getString(R.string.privacy_lock), s.lockEnabled)
        f.text(getString(R.string.privacy_lock_help), secondary = true)
        withLock = f.group {
            relock = choices(
                label = getString(R.string.privacy_relock_label),
                options = listOf(getString(R.string.privacy_relock_now), getString(R.string.privacy_relock_1), getString(R.string.privacy_relock_5)),
                selected = RelockAfter.entries.indexOf(s.relockAfter),
            )
            switcher = check(getString(R.string.privacy_switcher), s.privateSwitcher)
            text(getString(R.string.privacy_switcher_help), secondary = true)
            quiet = check(getString(R.string.privacy_quiet_widget), s.quietWidget)
            text(getString(R.string.privacy_quiet_widget_help), secondary = true)
        }
        withLock.visibility = if (s.lockEnabled) View.VISIBLE else View.GONE
        lockBox.setOnCheckedChangeListener { _, on ->
            // Turning the lock on brings both privacy settings with it; off takes them away.
            val next = chosen().withLock(on)
            switcher.isChecked = next.privateSwitcher
            quiet.isChecked = next.quietWidget
            withLock.visibility = if (on) View.VISIBLE else View.GONE
        }

        f.button(getString(R.string.action_save)) { save() }

        f.heading(getString(R.string.privacy_what_heading), large = false)
        f.text(getString(R.string.privacy_what_text), secondary = true)
        f.drawn()
    }

    /** The settings as the form shows them. */
    private fun chosen(): LockSettings = LockSettings(
        lockEnabled = lockBox.isChecked,
        relockAfter = RelockAfter.entries.getOrNull(Form.selected(relock)) ?: RelockAfter.ONE_MINUTE,
        privateSwitcher = switcher.isChecked,
        quietWidget = quiet.isChecked,
    ).normalized()

    private fun save() {
        val wanted = chosen()
        if (wanted.lockEnabled && !DeviceAuth.secure(this)) {
            status.showError(getString(R.string.privacy_needs_screen_lock))
            return
        }
        if (lock.needsConfirmation(SensitiveAction.CHANGE_LOCK)) {
            pending = wanted
            startActivityForResult(UnlockActivity.confirm(this), REQ_CONFIRM)
        } else {
            apply(wanted)
        }
    }

    override fun onActivityResult(requestCode: Int, resultCode: Int, data: Intent?) {
        super.onActivityResult(requestCode, resultCode, data)
        if (requestCode != REQ_CONFIRM) return
        val wanted = pending
        pending = null
        if (resultCode == RESULT_OK && wanted != null) apply(wanted) else status.showError(getString(R.string.privacy_not_confirmed))
    }

    private fun apply(wanted: LockSettings) {
        val secure = DeviceAuth.secure(this)
        async({
            val result = lock.changeSettings(wanted, secure)
            // The widget follows at once (quiet or not); a store that cannot be opened now
            // leaves it as it was until its next update, which reads the settings again.
            if (result == LockChange.SAVED) runCatching { ReminderScheduler.refreshAll(applicationContext) }
            result
        }) { r ->
            r.onSuccess { result ->
                when (result) {
                    LockChange.SAVED -> {
                        form.markSaved()
                        status.showError(getString(R.string.privacy_saved))
                        HearthApp.of(this).gate.refreshAll()
                    }
                    LockChange.NEEDS_SCREEN_LOCK -> status.showError(getString(R.string.privacy_needs_screen_lock))
                }
            }
            r.onFailure { status.showError(errorText(it)) }
        }
    }

    companion object {
        private const val REQ_CONFIRM = 1
    }
}
