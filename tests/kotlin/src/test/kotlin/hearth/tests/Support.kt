package hearth.tests

import java.nio.file.Path
import java.security.SecureRandom
import java.util.concurrent.atomic.AtomicInteger
import uniffi.hearth.CheckInInput
import uniffi.hearth.EntrySource
import uniffi.hearth.Hearth
import uniffi.hearth.KeyVault
import uniffi.hearth.KeyVaultException

/**
 * A KeyVault implemented in Kotlin, as a platform shell would (Android Keystore stands
 * behind the same interface). Keeps the key in memory and counts calls.
 */
class MemoryVault(initial: ByteArray? = null) : KeyVault {
    @Volatile private var key: ByteArray? = initial?.copyOf()
    val loads = AtomicInteger()
    val stores = AtomicInteger()
    val deletes = AtomicInteger()

    /** A copy of the key as stored, or null. */
    fun held(): ByteArray? = key?.copyOf()

    override fun loadKey(): ByteArray? {
        loads.incrementAndGet()
        return key?.copyOf()
    }

    override fun storeKey(key: ByteArray) {
        stores.incrementAndGet()
        this.key = key.copyOf()
    }

    override fun deleteKey() {
        deletes.incrementAndGet()
        key = null
    }

    companion object {
        fun withRandomKey(): MemoryVault = MemoryVault(ByteArray(32).also { SecureRandom().nextBytes(it) })
    }
}

/** A vault whose platform store cannot be reached (locked keychain, missing keystore). */
class UnavailableVault : KeyVault {
    override fun loadKey(): ByteArray? = throw KeyVaultException.Unavailable("keystore is offline")
    override fun storeKey(key: ByteArray) = throw KeyVaultException.Unavailable("keystore is offline")
    override fun deleteKey() = throw KeyVaultException.Unavailable("keystore is offline")
}

/** Opens (or creates) the store in `<tmp>/store`. */
fun openStore(tmp: Path, vault: KeyVault): Hearth = Hearth.open(tmp.resolve("store").toString(), vault)

fun checkin(mood: Int, source: EntrySource = EntrySource.APP): CheckInInput = CheckInInput(mood = mood, source = source)
