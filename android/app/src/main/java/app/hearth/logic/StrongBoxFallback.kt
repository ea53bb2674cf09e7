package app.hearth.logic

import java.security.GeneralSecurityException
import java.security.ProviderException

/**
 * First-run key generation: in the secure chip (StrongBox) where the phone has one, else
 * in the TEE-backed keystore.
 *
 * Phones do not fail StrongBox in one documented way: besides
 * `StrongBoxUnavailableException`, some throw a bare `ProviderException` or another
 * `GeneralSecurityException` from `init` or `generateKey`. Any of those on the StrongBox
 * attempt must fall back, or the person can never create a journal. A half-made entry
 * is discarded first so the TEE attempt starts clean. A failure of the TEE attempt is
 * real and propagates.
 */
object StrongBoxFallback {
    fun <K> generate(strongBoxOffered: Boolean, attempt: (strongBox: Boolean) -> K, discard: () -> Unit): K {
        if (strongBoxOffered) {
            try {
                return attempt(true)
            } catch (e: ProviderException) {
                runCatching(discard)
            } catch (e: GeneralSecurityException) {
                runCatching(discard)
            }
        }
        return attempt(false)
    }
}
