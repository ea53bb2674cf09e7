package hearth.android

import app.hearth.logic.StrongBoxFallback
import java.security.InvalidAlgorithmParameterException
import java.security.ProviderException
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** First-run key creation survives every way a phone's StrongBox is known to fail. */
class StrongBoxFallbackTest {
    private fun run(strongBoxFails: Throwable?, offered: Boolean = true): Pair<String, List<String>> {
        val log = mutableListOf<String>()
        val key = StrongBoxFallback.generate(
            strongBoxOffered = offered,
            attempt = { strongBox ->
                log += if (strongBox) "strongbox" else "tee"
                if (strongBox && strongBoxFails != null) throw strongBoxFails
                if (strongBox) "strongbox-key" else "tee-key"
            },
            discard = { log += "discard" },
        )
        return key to log
    }

    @Test
    fun `StrongBox is used where it works`() {
        assertEquals("strongbox-key" to listOf("strongbox"), run(null))
    }

    @Test
    fun `a bare ProviderException from StrongBox falls back to the TEE`() {
        // Some phones throw this instead of StrongBoxUnavailableException (a subclass).
        assertEquals("tee-key" to listOf("strongbox", "discard", "tee"), run(ProviderException("Keystore error -68")))
    }

    @Test
    fun `a GeneralSecurityException from StrongBox falls back to the TEE`() {
        assertEquals("tee-key" to listOf("strongbox", "discard", "tee"), run(InvalidAlgorithmParameterException("no strongbox")))
    }

    @Test
    fun `below Android 9 only the TEE is tried`() {
        assertEquals("tee-key" to listOf("tee"), run(null, offered = false))
    }

    @Test
    fun `a TEE failure is real and reaches the caller`() {
        assertThrows<ProviderException> {
            StrongBoxFallback.generate(strongBoxOffered = false, attempt = { throw ProviderException("tee broken") }, discard = {})
        }
    }
}
