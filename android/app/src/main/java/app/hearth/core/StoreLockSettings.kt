package app.hearth.core

import android.content.Context
import app.hearth.logic.CoreLockSettingsStore
import app.hearth.logic.LockSettingsStore

/**
 * The app lock's settings store on a phone: opens the core's store for each read or
 * write and closes it again, like every other path. Call off the main thread.
 */
class StoreLockSettings(ctx: Context) : LockSettingsStore {
    private val app = ctx.applicationContext

    override fun read(): String? = Stores.use(app) { CoreLockSettingsStore(it).read() }

    override fun write(value: String) = Stores.use(app) { CoreLockSettingsStore(it).write(value) }
}
