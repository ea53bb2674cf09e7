package app.hearth.logic

import uniffi.hearth.Hearth

/**
 * The lock settings as a shell setting in the core's store: encrypted like every record,
 * under a keyed id, and part of export and backup. Works on an already open store (the
 * widget reads it beside its snapshot); the app's own reads open one per call
 * (app.hearth.core.StoreLockSettings).
 */
class CoreLockSettingsStore(private val h: Hearth) : LockSettingsStore {
    override fun read(): String? = h.shellSetting(LockSettingsCodec.SETTING_NAME)

    override fun write(value: String) = h.setShellSetting(LockSettingsCodec.SETTING_NAME, value)
}
