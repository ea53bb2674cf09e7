package app.hearth.ui

import android.Manifest
import android.app.Activity
import android.content.Intent
import android.os.Bundle
import android.provider.Settings
import app.hearth.R
import app.hearth.logic.PermissionFlow
import app.hearth.reminders.ReminderScheduler

/**
 * Explains reminders before Android's own permission dialog (Android 13+). Saying no, here
 * or there, is fine: everything else in Hearth works, and the Reminders screen can ask
 * again later if the person wants.
 */
class NotificationPermissionActivity : Activity() {

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val f = Form(this)
        f.heading(getString(R.string.permission_title))
        f.text(getString(R.string.permission_body_1))
        f.text(getString(R.string.permission_body_2))
        f.text(getString(R.string.permission_body_3), secondary = true)
        f.button(getString(R.string.permission_allow)) { ask() }
        f.button(getString(R.string.permission_not_now)) {
            PermissionPrefs.save(this, PermissionFlow.afterNotNow(current()))
            finish()
        }
        f.show()
        PermissionPrefs.save(this, current().copy(explained = true))
    }

    private fun current() = PermissionPrefs.state(this, remindersEnabled = true)

    private fun ask() {
        when (PermissionFlow.onUserAsks(current())) {
            PermissionFlow.Step.REQUEST -> requestPermissions(arrayOf(Manifest.permission.POST_NOTIFICATIONS), REQUEST)
            PermissionFlow.Step.OPEN_SETTINGS -> {
                startActivity(
                    Intent(Settings.ACTION_APP_NOTIFICATION_SETTINGS).putExtra(Settings.EXTRA_APP_PACKAGE, packageName),
                )
                finish()
            }
            else -> finish()
        }
    }

    override fun onRequestPermissionsResult(requestCode: Int, permissions: Array<out String>, grantResults: IntArray) {
        super.onRequestPermissionsResult(requestCode, permissions, grantResults)
        if (requestCode != REQUEST) return
        val granted = grantResults.isNotEmpty() && grantResults[0] == android.content.pm.PackageManager.PERMISSION_GRANTED
        PermissionPrefs.save(this, PermissionFlow.afterResult(current(), granted))
        Nav.toast(this, getString(if (granted) R.string.permission_thanks else R.string.permission_declined))
        ReminderScheduler.replanAsync(this)
        finish()
    }

    companion object {
        private const val REQUEST = 33
    }
}
