import Foundation

/// How long Hearth may stay in the background before it asks to be unlocked again.
public enum RelockAfter: String, CaseIterable, Identifiable, Sendable {
    /// Any time in the background.
    case immediately
    /// One minute or more in the background.
    case oneMinute
    /// Five minutes or more in the background.
    case fiveMinutes

    public var id: String { rawValue }

    /// The time in the background after which the lock closes again.
    public var duration: Duration {
        switch self {
        case .immediately: return .zero
        case .oneMinute: return .seconds(60)
        case .fiveMinutes: return .seconds(300)
        }
    }

    /// The code stored in the core (seconds, as the Android shell writes it).
    var code: String {
        switch self {
        case .immediately: return "0"
        case .oneMinute: return "60"
        case .fiveMinutes: return "300"
        }
    }
}

/// The person's app-lock settings (issue #19). The Android shell keeps the same shape and
/// the same stored form, so a backup restored on the other platform keeps its lock.
///
/// The two privacy switches belong to the lock: turning the lock on switches both on
/// (`withLock(true)`), each can then be turned off on its own, and while the lock is off
/// both are off (`normalized()`). A stored combination that says otherwise is never
/// trusted: `coversSwitcher` and `widgetQuiet` are what the shell follows.
public struct LockSettings: Equatable, Sendable {
    /// Hearth asks for Face ID, Touch ID or the passcode before showing anything.
    public var lockEnabled: Bool
    /// How long in the background before the lock closes again.
    public var relockAfter: RelockAfter
    /// A cover over the app whenever the scene is not active (the app switcher's picture).
    public var privateSwitcher: Bool
    /// The widget shows only the mood buttons, and reminders keep their words private.
    public var quietWidget: Bool

    public init(lockEnabled: Bool = false, relockAfter: RelockAfter = .oneMinute,
                privateSwitcher: Bool = false, quietWidget: Bool = false) {
        self.lockEnabled = lockEnabled
        self.relockAfter = relockAfter
        self.privateSwitcher = privateSwitcher
        self.quietWidget = quietWidget
    }

    /// Nothing stored yet: the lock is off (it is opt-in).
    public static let standard = LockSettings()

    /// What Hearth follows when the stored settings can't be read (damaged, or written by
    /// a newer Hearth): the lock and both privacy settings on. Safe rather than
    /// convenient: the person can still unlock with their passcode, and an iPhone with no
    /// passcode turns the lock off by itself (`AppLock`), so nobody is locked out.
    public static let unreadableFallback = LockSettings().withLock(true)

    /// Whether the app is covered whenever its scene is not active.
    public var coversSwitcher: Bool { lockEnabled && privateSwitcher }

    /// Whether the widget and reminders keep quiet.
    public var widgetQuiet: Bool { lockEnabled && quietWidget }

    /// The lock turned on or off as the settings screen does it: on switches both privacy
    /// settings on (either can be turned off afterwards), off switches both off.
    public func withLock(_ on: Bool) -> LockSettings {
        LockSettings(lockEnabled: on, relockAfter: relockAfter, privateSwitcher: on, quietWidget: on)
    }

    /// The same settings with the privacy switches off while the lock is off.
    public func normalized() -> LockSettings {
        lockEnabled ? self : LockSettings(lockEnabled: false, relockAfter: relockAfter)
    }
}

/// The lock settings as read from the store.
public enum StoredLock: Equatable, Sendable {
    /// Nothing stored: a person who never turned the lock on.
    case absent
    /// Read and understood.
    case readable(LockSettings)
    /// Present but not understood: follow `LockSettings.unreadableFallback` and say so.
    case unreadable

    /// The settings to follow.
    public var settings: LockSettings {
        switch self {
        case .absent: return .standard
        case .readable(let settings): return settings
        case .unreadable: return .unreadableFallback
        }
    }
}

/// The settings as one short string in the core's encrypted store (a shell setting), the
/// same form the Android shell writes: `v1;lock=1;relock=60;switcher=1;widget=0`.
///
/// Parsing is strict: anything that is not exactly this version's shape (another version,
/// a missing or repeated key, a value out of range) is `.unreadable`, never "lock off".
/// Unknown keys are ignored, so a later version may add some.
public enum LockSettingsCodec {
    /// The shell setting's name in the core's store (shared with Android).
    public static let settingName = "lock.settings"
    private static let version = "v1"

    /// The stored form of `settings` (normalized first).
    public static func encode(_ settings: LockSettings) -> String {
        let s = settings.normalized()
        return "\(version);lock=\(bit(s.lockEnabled));relock=\(s.relockAfter.code);"
            + "switcher=\(bit(s.privateSwitcher));widget=\(bit(s.quietWidget))"
    }

    /// What `raw` (nil: nothing stored) says.
    public static func parse(_ raw: String?) -> StoredLock {
        guard let raw else { return .absent }
        let parts = raw.split(separator: ";", omittingEmptySubsequences: false)
        guard parts.first == Substring(version) else { return .unreadable }
        var fields: [Substring: Substring] = [:]
        for part in parts.dropFirst() {
            guard let eq = part.firstIndex(of: "="), eq != part.startIndex else { return .unreadable }
            let key = part[..<eq]
            guard fields[key] == nil else { return .unreadable }
            fields[key] = part[part.index(after: eq)...]
        }
        guard let lock = flag(fields["lock"]),
              let relock = RelockAfter.allCases.first(where: { Substring($0.code) == fields["relock"] }),
              let switcher = flag(fields["switcher"]),
              let widget = flag(fields["widget"])
        else { return .unreadable }
        return .readable(LockSettings(lockEnabled: lock, relockAfter: relock,
                                      privateSwitcher: switcher, quietWidget: widget).normalized())
    }

    private static func bit(_ on: Bool) -> String { on ? "1" : "0" }

    private static func flag(_ value: Substring?) -> Bool? {
        switch value {
        case "1": return true
        case "0": return false
        default: return nil
        }
    }
}
