package hearth.android.robo.screens

import android.app.Activity
import android.app.AlertDialog
import android.app.Application
import android.content.Intent
import android.net.Uri
import android.os.Bundle
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.data.ExportActions
import app.hearth.ui.DataActivity
import hearth.android.robo.HearthRunner
import hearth.android.robo.Robo
import java.io.File
import java.io.FileOutputStream
import java.nio.file.Files
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Robolectric
import org.robolectric.RuntimeEnvironment
import org.robolectric.Shadows.shadowOf
import org.robolectric.android.controller.ActivityController
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.Hearth
import uniffi.hearth.fileKeyVault

/**
 * Defect 3: the system file picker creates the chosen file before it returns. If the
 * screen is recreated or the app restarted meanwhile, the passphrase (kept in memory
 * only) is gone: a backup must never come out as an empty file the person trusts.
 * Defect 7: restoring a backup works when this phone's key for the journal is gone.
 */
@RunWith(HearthRunner::class)
class BackupPickerTest {
    private val app: Application = RuntimeEnvironment.getApplication()
    private val dir: File = Files.createTempDirectory("picker").toFile()

    @Before
    fun journal() {
        Robo.setUp()
        Stores.use(app) { it.recordCheckin(CheckInInput(mood = 4, source = EntrySource.APP, note = "A good walk")) }
    }

    @After
    fun cleanUp() {
        dir.deleteRecursively()
    }

    /** Presses a button of the Your data screen, types the passphrase, and returns the picker request. */
    private fun startWithPassphrase(c: ActivityController<DataActivity>, button: Int, vararg pass: String): Int {
        ScreenKit.withText(c.get(), app.getString(button)).performClick()
        answerDialog(showingDialog()!!, pass.toList())
        val started = shadowOf(c.get()).nextStartedActivityForResult
        assertNotNull("a picker was opened", started)
        val expected = if (button == R.string.data_backup) Intent.ACTION_CREATE_DOCUMENT else Intent.ACTION_OPEN_DOCUMENT
        assertEquals(expected, started.intent.action)
        return started.requestCode
    }

    /**
     * What the picker does: the chosen file exists (empty) before the app hears back, and
     * what the app writes to its Uri lands in that file (as a document provider's would).
     */
    private fun pickerCreates(name: String): File {
        val f = File(dir, name).apply { createNewFile() }
        shadowOf(app.contentResolver).registerOutputStreamSupplier(Uri.fromFile(f)) { FileOutputStream(f) }
        return f
    }

    private fun status(a: Activity) = ScreenKit.texts(a)

    /**
     * The picker hands back the chosen file. Delivered straight to onActivityResult: after a
     * recreate (or a new process) the new instance's shadow has no record of the request,
     * which is exactly the case under test, so ShadowActivity.receiveResult can't be used.
     */
    @Suppress("DEPRECATION")
    private fun pickerReturns(a: Activity, request: Int, f: File) =
        shadowOf(a).callOnActivityResult(request, Activity.RESULT_OK, Intent().setData(Uri.fromFile(f)))

    /** The screen says a restore happened ("Restored: 1 new, …"). */
    private fun restored(a: Activity): Boolean {
        val lead = app.getString(R.string.data_restored, 0, 0, 0).substringBefore(':')
        return status(a).any { it.startsWith("$lead:") }
    }

    /** The file is a real backup: it restores the check-in into another journal. */
    private fun assertRealBackup(f: File, pass: String) {
        assertTrue("backup has content", f.length() > 0)
        val other = File(dir, "other")
        Hearth.open(other.path, fileKeyVault(File(dir, "other.key").path)).use { h ->
            ExportActions.restore(h, f.path, pass)
            assertEquals("the check-in came back", 1, h.search("walk").size)
        }
    }

    @Test
    fun backupAfterRecreateAsksForThePassphraseAgainAndWrites() {
        val c = Robolectric.buildActivity(DataActivity::class.java).setup()
        val request = startWithPassphrase(c, R.string.data_backup, "river stone", "river stone")
        val target = pickerCreates("hearth.hearthbackup")
        c.recreate() // e.g. rotated while the picker was open
        pickerReturns(c.get(), request, target)
        Robo.drain()
        val ask = showingDialog()
        assertNotNull("asks for the passphrase again instead of leaving an empty file (size now ${target.length()})", ask)
        answerDialog(ask!!, listOf("river stone", "river stone"))
        Robo.drain()
        assertRealBackup(target, "river stone")
        assertTrue(status(c.get()).contains(app.getString(R.string.data_backed_up)))
    }

    @Test
    fun backupAfterProcessDeathDeclinedRemovesTheEmptyFileAndSaysSo() {
        val c = Robolectric.buildActivity(DataActivity::class.java).setup()
        val request = startWithPassphrase(c, R.string.data_backup, "river stone", "river stone")
        val target = pickerCreates("hearth.hearthbackup")
        val saved = Bundle()
        c.saveInstanceState(saved)
        c.pause().stop().destroy() // the process dies while the picker is open
        val again = Robolectric.buildActivity(DataActivity::class.java).setup(saved)
        pickerReturns(again.get(), request, target)
        Robo.drain()
        val ask = showingDialog()
        assertNotNull("asks for the passphrase again", ask)
        answerDialog(ask!!, button = AlertDialog.BUTTON_NEGATIVE)
        Robo.drain()
        assertFalse("the empty file is removed", target.exists())
        assertTrue(status(again.get()).contains(app.getString(R.string.data_backup_cancelled_removed)))
    }

    @Test
    fun askedAgainSurvivesAnotherRecreate() {
        val c = Robolectric.buildActivity(DataActivity::class.java).setup()
        val request = startWithPassphrase(c, R.string.data_backup, "river stone", "river stone")
        val target = pickerCreates("hearth.hearthbackup")
        c.recreate()
        pickerReturns(c.get(), request, target)
        c.recreate() // rotated again while being asked
        val ask = showingDialog()
        assertNotNull("still asks after a second recreate", ask)
        answerDialog(ask!!, listOf("river stone", "river stone"))
        Robo.drain()
        assertRealBackup(target, "river stone")
    }

    @Test
    fun backupThatCannotBeWrittenRemovesItsEmptyFileAndSaysSo() {
        val c = Robolectric.buildActivity(DataActivity::class.java).setup()
        val request = startWithPassphrase(c, R.string.data_backup, "river stone", "river stone")
        val target = pickerCreates("hearth.hearthbackup")
        Robo.keys.forget() // the journal can't be opened now, so there is nothing to write
        pickerReturns(c.get(), request, target)
        Robo.drain()
        assertFalse("the empty file is removed", target.exists())
        assertTrue(status(c.get()).contains(app.getString(R.string.data_backup_failed_removed)))
    }

    @Test
    fun restoreAfterRecreateAsksForThePassphraseAgain() {
        val backup = File(dir, "old.hearthbackup")
        Stores.use(app) { ExportActions.backup(it, backup.path, "river stone") }
        val c = Robolectric.buildActivity(DataActivity::class.java).setup()
        val request = startWithPassphrase(c, R.string.data_restore, "river stone")
        c.recreate()
        pickerReturns(c.get(), request, backup)
        Robo.drain()
        val ask = showingDialog()
        assertNotNull("asks for the passphrase again", ask)
        answerDialog(ask!!, listOf("river stone"))
        Robo.drain()
        assertTrue(status(c.get()).toString(), restored(c.get()))
        assertTrue("the backup file is never touched", backup.length() > 0)
    }

    @Test
    fun restoreWorksWhenTheJournalKeyIsGone() {
        val backup = File(dir, "old.hearthbackup")
        Stores.use(app) { ExportActions.backup(it, backup.path, "river stone") }
        Robo.keys.forget() // e.g. the phone's security was reset: the journal can't be read any more
        val c = Robolectric.buildActivity(DataActivity::class.java).setup()
        val request = startWithPassphrase(c, R.string.data_restore, "river stone")
        pickerReturns(c.get(), request, backup)
        Robo.drain()
        val offer = showingDialog()
        assertNotNull("offers the backup in place of the unreadable journal: ${status(c.get())}", offer)
        answerDialog(offer!!)
        Robo.drain()
        assertTrue(status(c.get()).toString(), restored(c.get()))
        val notes = Stores.use(app) { h -> h.search("walk").size }
        assertEquals("the restored check-in is readable", 1, notes)
    }

    @Test
    fun wrongPassphraseWithTheKeyGoneErasesNothing() {
        val backup = File(dir, "old.hearthbackup")
        Stores.use(app) { ExportActions.backup(it, backup.path, "river stone") }
        Robo.keys.forget()
        val storeFiles = Stores.dir(app).listFiles()!!.map { it.name to it.length() }.toSet()
        val c = Robolectric.buildActivity(DataActivity::class.java).setup()
        val request = startWithPassphrase(c, R.string.data_restore, "wrong words")
        pickerReturns(c.get(), request, backup)
        Robo.drain()
        val offer = showingDialog()
        assertNotNull("offers the backup in place of the unreadable journal", offer)
        answerDialog(offer!!)
        Robo.drain()
        assertEquals("nothing erased", storeFiles, Stores.dir(app).listFiles()!!.map { it.name to it.length() }.toSet())
        assertFalse(restored(c.get()))
    }
}
