package app.hearth.core

import android.content.Context
import app.hearth.logic.Clock
import app.hearth.logic.CoreActions
import app.hearth.logic.KeyWrapper
import app.hearth.logic.WrappedKeyVault
import java.io.File
import uniffi.hearth.Hearth
import uniffi.hearth.KeyVault
import uniffi.hearth.eraseStore

/**
 * Where the store lives and how it is opened. Every path opens the store, does its work
 * and closes it again (`use {}` drops the keys and the file): the app, the widget and the
 * reminder receivers never hold it open in the background.
 */
object Stores {
    /** The encrypted SQLite store (app-private; backups are disabled in the manifest). */
    fun dir(ctx: Context): File = File(ctx.filesDir, "store")

    /** The wrapped data key. noBackupFilesDir is never backed up, even if backup were on. */
    fun keyFile(ctx: Context): File = File(ctx.noBackupFilesDir, "hearth-datakey.wrapped")

    /**
     * Who keeps the wrapping key: AndroidKeyStore on a phone. The one seam for tests:
     * Robolectric has no AndroidKeyStore, so its tests put a wrapper here that keeps the
     * wrapping key in memory; everything else (the wrapped-key file, [WrappedKeyVault],
     * the core) stays the real thing. Nothing in the app ever changes it.
     */
    @Volatile
    var keyWrapper: () -> KeyWrapper = { KeystoreWrapper() }

    fun vault(ctx: Context): KeyVault = WrappedKeyVault(keyFile(ctx), keyWrapper())

    /**
     * Now and the zone for every core call. The system clock on a phone; tests fix it so
     * "today", reminder times and late alarms do not depend on when they run.
     */
    @Volatile
    var clock: Clock = Clock()

    /** The core calls of the background paths, on [clock]. */
    val actions: CoreActions get() = CoreActions(clock)

    fun <T> use(ctx: Context, block: (Hearth) -> T): T {
        val app = ctx.applicationContext
        return Hearth.open(dir(app).path, vault(app)).use(block)
    }

    /** Deletes the key (crypto-shredding) and every store file. Close open stores first. */
    fun erase(ctx: Context): List<String> {
        val app = ctx.applicationContext
        return eraseStore(dir(app).path, vault(app))
    }
}
