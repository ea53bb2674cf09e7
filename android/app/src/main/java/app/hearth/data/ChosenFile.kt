package app.hearth.data

import android.content.Context
import android.net.Uri
import android.provider.DocumentsContract
import java.io.File

/**
 * The file a person chose in the system picker (Storage Access Framework). The picker
 * creates an empty file before it returns, so when a backup or export cannot be written,
 * [delete] takes that empty file away again rather than leave something that looks real.
 */
object ChosenFile {
    /** Deletes the chosen file; false when the place it lives in does not allow it. */
    fun delete(ctx: Context, uri: Uri): Boolean {
        if (uri.scheme == "file") return uri.path?.let { File(it).delete() } ?: false
        val viaDocuments = runCatching { DocumentsContract.deleteDocument(ctx.contentResolver, uri) }.getOrDefault(false)
        if (viaDocuments) return true
        return runCatching { ctx.contentResolver.delete(uri, null, null) > 0 }.getOrDefault(false)
    }
}
