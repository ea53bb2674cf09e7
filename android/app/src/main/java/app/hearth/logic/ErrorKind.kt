package app.hearth.logic

import uniffi.hearth.HearthException

/** How the app should speak about an error from the core (the words are resources). */
enum class ErrorKind {
    /** The core refused a value; show its reason next to the field it names. */
    INVALID_INPUT,

    /** The phone's key does not open this journal. */
    WRONG_KEY,

    /** The journal exists but its key is gone (e.g. the keystore was reset). */
    KEY_MISSING,

    /** The keystore could not be used just now. */
    VAULT,
    NOT_FOUND,
    LOCKED,

    /** A journal written by a newer Hearth. */
    NEWER_SCHEMA,
    DAMAGED,
    STORAGE,
    OTHER,
    ;

    companion object {
        fun of(t: Throwable): ErrorKind = when (t) {
            is HearthException.InvalidInput -> INVALID_INPUT
            is HearthException.WrongKey -> WRONG_KEY
            is HearthException.KeyMissing -> KEY_MISSING
            is HearthException.Vault -> VAULT
            is HearthException.NotFound -> NOT_FOUND
            is HearthException.Locked -> LOCKED
            is HearthException.NewerSchema -> NEWER_SCHEMA
            is HearthException.Damaged -> DAMAGED
            is HearthException.Storage -> STORAGE
            else -> OTHER
        }

        /** The field the core named, for InvalidInput. */
        fun field(t: Throwable): String? = (t as? HearthException.InvalidInput)?.field

        /** The core's reason, for InvalidInput (plain words meant for people). */
        fun reason(t: Throwable): String? = (t as? HearthException.InvalidInput)?.reason
    }
}
