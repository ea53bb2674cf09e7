package app.hearth.ui

import android.app.Activity
import android.app.AlertDialog
import android.content.Intent
import android.net.Uri
import android.os.Bundle
import android.text.InputType
import android.widget.CheckBox
import android.widget.EditText
import android.widget.LinearLayout
import android.widget.TextView
import app.hearth.HearthApp
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.async
import app.hearth.data.ChosenFile
import app.hearth.data.ExportActions
import app.hearth.data.FreshRestore
import app.hearth.lock.DeviceAuth
import app.hearth.lock.UnlockActivity
import app.hearth.logic.ErrorKind
import app.hearth.logic.SensitiveAction
import app.hearth.reminders.Notifications
import app.hearth.reminders.ReminderScheduler
import app.hearth.widget.WidgetUpdater
import java.io.File

/**
 * Your data: the only ways anything leaves Hearth, each started by the person. Files go
 * where they choose through the Storage Access Framework (ACTION_CREATE_DOCUMENT /
 * ACTION_OPEN_DOCUMENT): Hearth needs no storage permission and never sees other files.
 * Erasing asks first, then deletes the key and every store file.
 *
 * The backup passphrase is kept in memory only, never on disk or in the saved instance
 * state. The picker creates the chosen file before it returns; if this screen was
 * recreated (or the app restarted) meanwhile, the passphrase is gone, so it is asked for
 * again before anything is written. Declining, or a backup that cannot be written, removes
 * the empty file and says so: no empty file is ever left looking like a backup.
 */
class DataActivity : Activity() {
    private lateinit var form: Form
    private lateinit var status: TextView
    private lateinit var includeNotes: CheckBox
    private var passphrase: String? = null

    /** What runs once the phone confirms it is the person (app lock on); in memory only. */
    private var afterConfirm: (() -> Unit)? = null

    /** A chosen file still waiting for its passphrase (kept across a recreate; the passphrase is not). */
    private var awaiting: Awaiting? = null
    private var dialog: AlertDialog? = null

    private data class Awaiting(val request: Int, val uri: Uri)

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val f = Form(this)
        form = f
        f.heading(getString(R.string.data_title))
        f.text(getString(R.string.data_intro), secondary = true)
        status = f.errorLine()

        f.heading(getString(R.string.data_export_heading), large = false)
        f.button(getString(R.string.data_export_json)) {
            guarded(SensitiveAction.EXPORT) { create(REQ_EXPORT_JSON, "application/json", "hearth-export-${Nav.todayDate()}.json") }
        }
        f.button(getString(R.string.data_export_csv)) {
            guarded(SensitiveAction.EXPORT) { create(REQ_EXPORT_CSV, "text/csv", "hearth-checkins-${Nav.todayDate()}.csv") }
        }
        includeNotes = f.check(getString(R.string.data_summary_notes))
        f.button(getString(R.string.data_summary)) {
            guarded(SensitiveAction.EXPORT) { create(REQ_SUMMARY, "text/html", "hearth-summary-${Nav.todayDate()}.html") }
        }

        f.heading(getString(R.string.data_backup_heading), large = false)
        f.text(getString(R.string.data_backup_help), secondary = true)
        f.button(getString(R.string.data_backup)) {
            guarded(SensitiveAction.BACKUP) {
                askPassphrase(confirm = true) { p -> passphrase = p; create(REQ_BACKUP, "application/octet-stream", "hearth-${Nav.todayDate()}.hearthbackup") }
            }
        }
        f.button(getString(R.string.data_restore)) {
            askPassphrase(confirm = false) { p -> passphrase = p; open(REQ_RESTORE, "*/*") }
        }
        f.button(getString(R.string.data_import)) { open(REQ_IMPORT, "application/json") }

        f.heading(getString(R.string.data_erase_heading), large = false)
        f.text(getString(R.string.data_erase_help), secondary = true)
        f.button(getString(R.string.data_erase)) { guarded(SensitiveAction.ERASE) { confirmErase() } }
        f.show()

        savedInstanceState?.getString(STATE_URI)?.let { u ->
            askAgain(Awaiting(savedInstanceState.getInt(STATE_REQUEST), Uri.parse(u)))
        }
    }

    override fun onSaveInstanceState(outState: Bundle) {
        super.onSaveInstanceState(outState)
        awaiting?.let {
            outState.putInt(STATE_REQUEST, it.request)
            outState.putString(STATE_URI, it.uri.toString())
        }
    }

    override fun onDestroy() {
        dialog?.dismiss() // a recreated screen shows its own
        dialog = null
        super.onDestroy()
    }

    /**
     * Runs [then] for [action], after the phone confirms it is the person when the app lock
     * is on (every time, even right after unlocking). Not confirmed: nothing happens, calmly said.
     */
    private fun guarded(action: SensitiveAction, then: () -> Unit) {
        if (!HearthApp.of(this).lock.needsConfirmation(action)) {
            then()
            return
        }
        afterConfirm = then
        startActivityForResult(UnlockActivity.confirm(this), REQ_CONFIRM)
    }

    /**
     * A restore or import may bring lock settings from a backup, and an erase takes them
     * away with everything else: the lock follows the store at once. On the core thread.
     */
    private fun reloadLock() {
        HearthApp.of(this).lock.reload(DeviceAuth.secure(this))
        runOnUiThread { HearthApp.of(this).gate.refreshAll() }
    }

    /** The file pickers are the person's own trip out of Hearth: coming back does not lock again. */
    private fun pickerTrip() = HearthApp.of(this).lock.steppingOutside()

    private fun create(request: Int, mime: String, name: String) {
        pickerTrip()
        val i = Intent(Intent.ACTION_CREATE_DOCUMENT).addCategory(Intent.CATEGORY_OPENABLE).setType(mime).putExtra(Intent.EXTRA_TITLE, name)
        startActivityForResult(i, request)
    }

    private fun open(request: Int, mime: String) {
        pickerTrip()
        val i = Intent(Intent.ACTION_OPEN_DOCUMENT).addCategory(Intent.CATEGORY_OPENABLE).setType(mime)
        startActivityForResult(i, request)
    }

    // The framework Activity API (no AndroidX Activity Result API in a framework-only app).
    override fun onActivityResult(requestCode: Int, resultCode: Int, data: Intent?) {
        super.onActivityResult(requestCode, resultCode, data)
        if (requestCode == REQ_CONFIRM) {
            val then = afterConfirm
            afterConfirm = null
            if (resultCode == RESULT_OK && then != null) then() else status.showError(getString(R.string.data_not_confirmed))
            return
        }
        val uri = data?.data
        if (resultCode != RESULT_OK || uri == null) {
            passphrase = null
            return
        }
        when (requestCode) {
            REQ_EXPORT_JSON -> write(uri) { ExportActions.exportJson(it).toByteArray() }
            REQ_EXPORT_CSV -> write(uri) { ExportActions.exportCsv(it).toByteArray() }
            REQ_SUMMARY -> { val notes = includeNotes.isChecked; write(uri) { ExportActions.therapistSummary(it, notes).toByteArray() } }
            REQ_BACKUP, REQ_RESTORE -> {
                val pass = passphrase
                passphrase = null
                if (pass == null) askAgain(Awaiting(requestCode, uri)) else withPassphrase(requestCode, uri, pass)
            }
            REQ_IMPORT -> import(uri)
        }
    }

    private fun write(uri: Uri, produce: (uniffi.hearth.Hearth) -> ByteArray) {
        async({
            writeOrRemove(uri) {
                val bytes = Stores.use(this, produce)
                contentResolver.openOutputStream(uri, "wt")!!.use { it.write(bytes) }
            }
        }) { r ->
            r.onSuccess { removed ->
                status.showError(
                    when (removed) {
                        null -> getString(R.string.data_exported)
                        true -> getString(R.string.data_export_failed_removed)
                        false -> getString(R.string.data_export_failed_left)
                    },
                )
            }
            r.onFailure { status.showError(errorText(it)) }
        }
    }

    /**
     * Runs [work], which writes the chosen file. If it fails, the file (empty, or cut
     * short) is deleted right there on the core thread, so it goes even if this screen is
     * gone by then. Returns null when written, else whether the file could be removed.
     */
    private fun writeOrRemove(uri: Uri, work: () -> Unit): Boolean? = try {
        work()
        null
    } catch (e: Exception) {
        ChosenFile.delete(applicationContext, uri)
    }

    private fun withPassphrase(request: Int, uri: Uri, pass: String) {
        if (request == REQ_BACKUP) backup(uri, pass) else restore(uri, pass)
    }

    /**
     * The picker returned but the passphrase is gone (the screen was recreated or the app
     * restarted while it was open): ask again. Cancelling removes an empty backup file.
     */
    private fun askAgain(a: Awaiting) {
        awaiting = a
        val backup = a.request == REQ_BACKUP
        askPassphrase(
            confirm = backup,
            message = getString(if (backup) R.string.data_passphrase_again_backup else R.string.data_passphrase_again_restore),
            onCancel = {
                awaiting = null
                if (backup) {
                    val removed = ChosenFile.delete(this, a.uri)
                    status.showError(getString(if (removed) R.string.data_backup_cancelled_removed else R.string.data_backup_cancelled_left))
                } else {
                    status.showError(getString(R.string.data_restore_cancelled))
                }
            },
            onInvalid = { askAgain(a) },
        ) { p ->
            awaiting = null
            withPassphrase(a.request, a.uri, p)
        }
    }

    /** The core writes the encrypted backup to a private temp file; it is copied to the chosen place, then deleted. */
    private fun backup(uri: Uri, pass: String) {
        async({
            // Whatever goes wrong, the chosen file is not a usable backup: it is taken away.
            writeOrRemove(uri) {
                val tmp = File.createTempFile("backup", ".tmp", cacheDir)
                try {
                    tmp.delete() // the core creates the file itself
                    Stores.use(this) { ExportActions.backup(it, tmp.path, pass) }
                    contentResolver.openOutputStream(uri, "wt")!!.use { out -> tmp.inputStream().use { it.copyTo(out) } }
                } finally {
                    tmp.delete()
                }
            }
        }) { r ->
            r.onSuccess { removed ->
                status.showError(
                    when (removed) {
                        null -> getString(R.string.data_backed_up)
                        true -> getString(R.string.data_backup_failed_removed)
                        false -> getString(R.string.data_backup_failed_left)
                    },
                )
            }
            r.onFailure { status.showError(errorText(it)) }
        }
    }

    /** The chosen backup as a private temporary file (the core reads paths), deleted after [block]. */
    private fun <T> withBackupCopy(uri: Uri, block: (File) -> T): T {
        val tmp = File.createTempFile("restore", ".tmp", cacheDir)
        try {
            contentResolver.openInputStream(uri)!!.use { inp -> tmp.outputStream().use { inp.copyTo(it) } }
            return block(tmp)
        } finally {
            tmp.delete()
        }
    }

    private fun showRestored(c: ExportActions.Counts) =
        status.showError(getString(R.string.data_restored, c.created, c.updated, c.unchanged))

    private fun restore(uri: Uri, pass: String) {
        async({
            withBackupCopy(uri) { tmp ->
                val (summary, outcome) = Stores.use(this) { h -> ExportActions.restore(h, tmp.path, pass) to Stores.actions.refresh(h) }
                reloadLock()
                ReminderScheduler.afterCoreChange(applicationContext, outcome)
                ExportActions.counts(summary)
            }
        }) { r ->
            r.onSuccess { showRestored(it) }
            r.onFailure {
                if (ErrorKind.of(it) == ErrorKind.KEY_MISSING) offerFreshRestore(uri, pass) else status.showError(errorText(it))
            }
        }
    }

    /** This journal's key is gone, so nothing in it can be read: offer the backup in its place. */
    private fun offerFreshRestore(uri: Uri, pass: String) {
        confirm(
            getString(R.string.data_restore_fresh_title),
            getString(R.string.data_restore_fresh_message),
            getString(R.string.data_restore_fresh_yes),
            getString(R.string.action_cancel),
        ) {
            async({
                withBackupCopy(uri) { tmp ->
                    val summary = FreshRestore.run(this, tmp.path, pass)
                    reloadLock()
                    val outcome = Stores.use(this) { h -> Stores.actions.refresh(h) }
                    ReminderScheduler.afterCoreChange(applicationContext, outcome)
                    ExportActions.counts(summary)
                }
            }) { r ->
                r.onSuccess { showRestored(it) }
                r.onFailure { status.showError(errorText(it)) }
            }
        }
    }

    private fun import(uri: Uri) {
        async({
            val json = contentResolver.openInputStream(uri)!!.use { it.readBytes().toString(Charsets.UTF_8) }
            val (summary, outcome) = Stores.use(this) { h -> ExportActions.importJson(h, json) to Stores.actions.refresh(h) }
            reloadLock()
            ReminderScheduler.afterCoreChange(applicationContext, outcome)
            ExportActions.counts(summary)
        }) { r ->
            r.onSuccess { c -> status.showError(getString(R.string.data_imported, c.created, c.updated, c.unchanged)) }
            r.onFailure { status.showError(errorText(it)) }
        }
    }

    private fun askPassphrase(
        confirm: Boolean,
        message: CharSequence? = null,
        onCancel: () -> Unit = {},
        onInvalid: () -> Unit = {},
        then: (String) -> Unit,
    ) {
        val box = LinearLayout(this).apply { orientation = LinearLayout.VERTICAL; val p = form.dp(20); setPadding(p, 0, p, 0) }
        fun pw(label: Int): EditText {
            val l = TextView(this).apply { setText(label) }
            val e = EditText(this).apply {
                id = android.view.View.generateViewId()
                inputType = InputType.TYPE_CLASS_TEXT or InputType.TYPE_TEXT_VARIATION_PASSWORD
            }
            l.labelFor = e.id
            box.addView(l)
            box.addView(e)
            return e
        }
        val first = pw(R.string.data_passphrase)
        val second = if (confirm) pw(R.string.data_passphrase_again) else null
        dialog?.dismiss()
        dialog = AlertDialog.Builder(this)
            .setTitle(if (confirm) R.string.data_backup else R.string.data_restore)
            .apply { message?.let { setMessage(it) } }
            .setView(box)
            .setPositiveButton(R.string.action_continue) { _, _ ->
                val p = first.text.toString()
                when {
                    p.isEmpty() -> { status.showError(getString(R.string.data_passphrase_empty)); onInvalid() }
                    second != null && second.text.toString() != p -> { status.showError(getString(R.string.data_passphrase_mismatch)); onInvalid() }
                    else -> { status.showError(null); ifUnlocked { then(p) } }
                }
            }
            .setNegativeButton(R.string.action_cancel) { _, _ -> onCancel() }
            .setOnCancelListener { onCancel() }
            .show()
    }

    private fun confirmErase() {
        confirm(
            getString(R.string.data_erase_title),
            getString(R.string.data_erase_message),
            getString(R.string.data_erase_yes),
            getString(R.string.data_erase_no),
        ) {
            async({
                Stores.erase(this)
                reloadLock()
                ReminderScheduler.cancelAll(applicationContext)
                Notifications.cancelReminders(applicationContext)
                WidgetUpdater.render(applicationContext, null)
            }) { r ->
                r.onSuccess {
                    Nav.toast(this, getString(R.string.data_erased))
                    startActivity(Intent(this, MainActivity::class.java).addFlags(Intent.FLAG_ACTIVITY_CLEAR_TASK or Intent.FLAG_ACTIVITY_NEW_TASK))
                    finish()
                }
                r.onFailure { status.showError(errorText(it)) }
            }
        }
    }

    companion object {
        private const val REQ_EXPORT_JSON = 1
        private const val REQ_EXPORT_CSV = 2
        private const val REQ_SUMMARY = 3
        private const val REQ_BACKUP = 4
        private const val REQ_RESTORE = 5
        private const val REQ_IMPORT = 6
        private const val REQ_CONFIRM = 7
        private const val STATE_REQUEST = "awaiting_request"
        private const val STATE_URI = "awaiting_uri"
    }
}
