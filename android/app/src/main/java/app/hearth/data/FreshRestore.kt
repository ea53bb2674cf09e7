package app.hearth.data

import android.content.Context
import app.hearth.core.Stores
import java.io.File
import java.util.Arrays
import uniffi.hearth.Hearth
import uniffi.hearth.ImportSummary
import uniffi.hearth.KeyVault
import uniffi.hearth.eraseStore

/**
 * Restoring a backup when this phone's journal cannot be opened because its key is gone
 * (KeyMissing: e.g. the phone's security was reset). The old entries cannot be read by
 * anyone any more, so the backup goes into a new, empty journal in their place.
 *
 * The backup and its passphrase are checked first, in a scratch journal whose key exists
 * only in memory: a wrong passphrase or a damaged file erases nothing. Only then is the
 * unreadable journal erased and the backup restored into a fresh one (with a new key).
 */
object FreshRestore {
    /** Checks [backupPath] under [passphrase], then replaces the unreadable journal with it. */
    fun run(ctx: Context, backupPath: String, passphrase: String): ImportSummary {
        check(ctx, backupPath, passphrase)
        Stores.erase(ctx)
        return Stores.use(ctx) { h -> ExportActions.restore(h, backupPath, passphrase) }
    }

    /** Restores into a throwaway journal in the cache directory; throws what restore throws. */
    private fun check(ctx: Context, backupPath: String, passphrase: String) {
        val dir = File(ctx.cacheDir, "restore-check")
        val vault = MemoryVault()
        try {
            eraseStore(dir.path, vault) // anything left from an interrupted earlier try
            Hearth.open(dir.path, vault).use { ExportActions.restore(it, backupPath, passphrase) }
        } finally {
            runCatching { eraseStore(dir.path, vault) }
            dir.deleteRecursively()
        }
    }

    /** A key kept only in memory for the scratch journal, zeroed when it is deleted. */
    private class MemoryVault : KeyVault {
        private var key: ByteArray? = null

        override fun loadKey(): ByteArray? = key?.copyOf()

        override fun storeKey(key: ByteArray) {
            this.key = key.copyOf()
        }

        override fun deleteKey() {
            key?.let { Arrays.fill(it, 0) }
            key = null
        }
    }
}
