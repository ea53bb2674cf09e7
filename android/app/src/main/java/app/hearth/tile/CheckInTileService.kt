package app.hearth.tile

import android.app.PendingIntent
import android.content.Context
import android.os.Build
import android.service.quicksettings.Tile
import android.service.quicksettings.TileService
import app.hearth.R
import app.hearth.logic.RequestCodes
import app.hearth.ui.QuickMoodActivity

/**
 * The Quick Settings tile "Check in" (issue #21): a tap opens the compact five-mood dialog
 * ([QuickMoodActivity]) and collapses the shade. The tile itself shows nothing from the
 * journal (a fixed label, no state), so it reads nothing. On a locked phone the system
 * asks the person to unlock first (`unlockAndRun`): the dialog is a window of the app.
 */
class CheckInTileService : TileService() {

    override fun onStartListening() {
        super.onStartListening()
        val tile = qsTile ?: return
        // A button, not an on/off switch: the tile is "inactive" in the system's sense.
        tile.state = Tile.STATE_INACTIVE
        tile.label = getString(R.string.tile_label)
        tile.contentDescription = getString(R.string.tile_label)
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.Q) tile.subtitle = getString(R.string.tile_subtitle)
        tile.updateTile()
    }

    override fun onClick() {
        super.onClick()
        if (isLocked) unlockAndRun { openDialog() } else openDialog()
    }

    private fun openDialog() {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.UPSIDE_DOWN_CAKE) {
            // API 34+: a PendingIntent (starting from an Intent throws for targetSdk 34+).
            startActivityAndCollapse(pendingIntent(this))
        } else {
            @Suppress("DEPRECATION", "StartActivityAndCollapseDeprecated")
            startActivityAndCollapse(QuickMoodActivity.intent(this))
        }
    }

    companion object {
        /** The dialog as an explicit, immutable PendingIntent (API 34+'s way to start it). */
        fun pendingIntent(ctx: Context): PendingIntent = PendingIntent.getActivity(
            ctx, RequestCodes.OPEN_MOOD_DIALOG_FROM_TILE, QuickMoodActivity.intent(ctx),
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )
    }
}
