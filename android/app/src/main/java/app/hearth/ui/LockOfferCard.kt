package app.hearth.ui

import android.app.Activity
import android.content.Context
import app.hearth.HearthApp
import app.hearth.R
import app.hearth.core.Stores
import app.hearth.core.async
import app.hearth.lock.DeviceAuth
import app.hearth.logic.LockChange
import app.hearth.logic.LockOffer
import app.hearth.reminders.ReminderScheduler
import uniffi.hearth.Hearth

/** The app lock offered once on Today ([LockOffer] decides when): "Lock Hearth" or "Not now". */
object LockOfferCard {
    /** Whether to offer it now; on the core thread, with the store [h] open. */
    fun wanted(ctx: Context, h: Hearth): Boolean {
        // A store that cannot be asked shows no offer: it may have been answered already.
        val mark = try {
            h.shellSetting(LockOffer.SETTING_NAME)
        } catch (e: Exception) {
            return false
        }
        return LockOffer.shouldOffer(mark, HearthApp.of(ctx).lock.settings, DeviceAuth.secure(ctx))
    }

    /** Draws the offer on [f]; [answered] redraws the screen once the answer is kept. */
    fun draw(a: Activity, f: Form, answered: () -> Unit) {
        f.heading(a.getString(R.string.lock_offer_heading), large = false)
        f.text(a.getString(R.string.lock_offer_text))
        f.button(a.getString(R.string.lock_offer_yes)) { answer(a, turnOn = true, answered) }
        f.button(a.getString(R.string.lock_offer_no)) { answer(a, turnOn = false, answered) }
    }

    /** Keeps the answer (never asked again, either way); "Lock Hearth" turns the lock on with both privacy settings. */
    private fun answer(a: Activity, turnOn: Boolean, answered: () -> Unit) {
        val lock = HearthApp.of(a).lock
        val secure = DeviceAuth.secure(a)
        a.async({
            Stores.use(a) { it.setShellSetting(LockOffer.SETTING_NAME, LockOffer.ANSWERED) }
            if (!turnOn) return@async null
            val result = lock.changeSettings(lock.settings.withLock(true), secure)
            // The widget goes quiet at once; if the store cannot be reached now, at its next update.
            if (result == LockChange.SAVED) runCatching { ReminderScheduler.refreshAll(a.applicationContext) }
            result
        }) { r ->
            r.onSuccess { result ->
                when (result) {
                    LockChange.SAVED -> Nav.toast(a, a.getString(R.string.lock_offer_done))
                    LockChange.NEEDS_SCREEN_LOCK -> Nav.toast(a, a.getString(R.string.privacy_needs_screen_lock))
                    null -> Unit
                }
                HearthApp.of(a).gate.refreshAll()
                answered()
            }
            r.onFailure { Nav.toast(a, a.errorText(it)) }
        }
    }
}
