package app.hearth.logic

/** How long Hearth may stay in the background before it asks to be unlocked again. */
enum class RelockAfter(val millis: Long, internal val code: String) {
    /** Any time in the background. */
    IMMEDIATELY(0L, "0"),
    ONE_MINUTE(60_000L, "60"),
    FIVE_MINUTES(300_000L, "300"),
}

/**
 * The person's app lock settings (issue #19; the iOS shell keeps the same shape).
 *
 * The two privacy switches belong to the lock: turning the lock on switches both on
 * ([withLock]), each can then be turned off on its own, and while the lock is off both are
 * off. A stored combination that says otherwise is never trusted: [secureWindows] and
 * [widgetQuiet] are what the shell follows, and both need the lock.
 */
data class LockSettings(
    val lockEnabled: Boolean = false,
    val relockAfter: RelockAfter = RelockAfter.ONE_MINUTE,
    /** FLAG_SECURE: the app switcher shows a blank card, and screenshots are blocked. */
    val privateSwitcher: Boolean = false,
    /** The home-screen widget shows only the mood buttons. */
    val quietWidget: Boolean = false,
) {
    /** Whether the app's windows are marked secure. */
    val secureWindows: Boolean get() = lockEnabled && privateSwitcher

    /** Whether the widget keeps quiet (moods only). */
    val widgetQuiet: Boolean get() = lockEnabled && quietWidget

    /**
     * The lock turned on or off as the settings screen does it: on switches both privacy
     * settings on (the person can turn either off afterwards), off switches both off.
     */
    fun withLock(on: Boolean): LockSettings =
        if (on) copy(lockEnabled = true, privateSwitcher = true, quietWidget = true)
        else copy(lockEnabled = false, privateSwitcher = false, quietWidget = false)

    /** The same settings with the privacy switches off when the lock is off. */
    fun normalized(): LockSettings = if (lockEnabled) this else copy(privateSwitcher = false, quietWidget = false)

    companion object {
        /**
         * What Hearth follows when the stored settings cannot be read (damaged, or written
         * by a newer Hearth): the lock and both privacy settings on, with the default
         * re-lock time. Safe rather than convenient: the person can still unlock with
         * their phone's own PIN, pattern or password, and a phone with no screen lock
         * turns the lock off by itself ([AppLock]), so nobody is ever locked out.
         */
        val UNREADABLE_FALLBACK = LockSettings().withLock(true)
    }
}

/** The settings as read from storage. */
sealed class StoredLock {
    /** Nothing stored: a person who never turned the lock on. */
    object Absent : StoredLock()

    /** Read and understood. */
    data class Readable(val settings: LockSettings) : StoredLock()

    /** Present but not understood: follow [LockSettings.UNREADABLE_FALLBACK] and say so. */
    object Unreadable : StoredLock()
}

/**
 * The settings as one short string in the core's encrypted store (a shell setting):
 * `v1;lock=1;relock=60;switcher=1;widget=0`.
 *
 * Parsing is strict: anything that is not exactly this version's shape (another
 * version, a missing or repeated key, a value out of range) is [StoredLock.Unreadable],
 * never "lock off". Unknown keys are ignored, so a later version may add some.
 */
object LockSettingsCodec {
    /** The shell setting's name in the core's store (1–40 of `a-z 0-9 . _ -`). */
    const val SETTING_NAME = "lock.settings"
    private const val VERSION = "v1"

    /** [s] as stored (normalized: no privacy switch without the lock). */
    fun encode(s: LockSettings): String {
        val n = s.normalized()
        return "$VERSION;lock=${bit(n.lockEnabled)};relock=${n.relockAfter.code};switcher=${bit(n.privateSwitcher)};widget=${bit(n.quietWidget)}"
    }

    /** What [raw] (the stored string, null when none) says; see the object's comment for the rules. */
    fun parse(raw: String?): StoredLock {
        if (raw == null) return StoredLock.Absent
        val parts = raw.split(';')
        if (parts.first() != VERSION) return StoredLock.Unreadable
        val fields = HashMap<String, String>()
        for (p in parts.drop(1)) {
            val eq = p.indexOf('=')
            if (eq <= 0) return StoredLock.Unreadable
            if (fields.put(p.substring(0, eq), p.substring(eq + 1)) != null) return StoredLock.Unreadable
        }
        val lock = flag(fields["lock"]) ?: return StoredLock.Unreadable
        val relock = RelockAfter.entries.firstOrNull { it.code == fields["relock"] } ?: return StoredLock.Unreadable
        val switcher = flag(fields["switcher"]) ?: return StoredLock.Unreadable
        val widget = flag(fields["widget"]) ?: return StoredLock.Unreadable
        return StoredLock.Readable(LockSettings(lock, relock, switcher, widget).normalized())
    }

    /** What [store] holds; a store that cannot be read counts as [StoredLock.Unreadable]. */
    fun readSafely(store: LockSettingsStore): StoredLock = try {
        parse(store.read())
    } catch (e: Exception) {
        StoredLock.Unreadable
    }

    /** The settings to follow for what was stored. */
    fun settings(stored: StoredLock): LockSettings = when (stored) {
        StoredLock.Absent -> LockSettings()
        is StoredLock.Readable -> stored.settings
        StoredLock.Unreadable -> LockSettings.UNREADABLE_FALLBACK
    }

    private fun bit(b: Boolean) = if (b) "1" else "0"

    private fun flag(v: String?): Boolean? = when (v) {
        "1" -> true
        "0" -> false
        else -> null
    }
}

/**
 * Where the lock settings are kept: on a phone, a shell setting in the core's encrypted
 * store ([CoreLockSettingsStore]); in tests, a fake. Raw strings, so the parsing rules
 * ([LockSettingsCodec]) are the same whatever keeps them.
 */
interface LockSettingsStore {
    /** The stored string, null when none. Throws when the store cannot be opened. */
    fun read(): String?

    /** Stores [value]. Throws when it could not be written. */
    fun write(value: String)
}
