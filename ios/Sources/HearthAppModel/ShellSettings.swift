import Foundation

/// Small values the shell keeps in the core's encrypted store (the core's
/// `shellSetting` / `setShellSetting`: encrypted, keyed ids, part of exports and backups).
/// A protocol so the lock's storage rules are tested with a fake as well as the real core.
public protocol ShellSettings {
    /// The value stored under `name`, nil when there is none.
    func shellSetting(name: String) throws -> String?
    /// Stores `value` under `name`; nil removes it.
    func setShellSetting(name: String, value: String?) throws
}

/// The lock's values in the store: the person's settings, and the device's biometric
/// enrolment as Face ID / Touch ID reported it when Hearth last unlocked.
public enum LockStorage {
    /// Opaque enrolment state (`LAContext.evaluatedPolicyDomainState`, base64). iOS only:
    /// Android has no equivalent, so it has its own name.
    public static let biometryName = "ios.lock.biometry"

    /// The lock settings; a value that can't be parsed is `.unreadable`, never "off".
    public static func read(_ store: ShellSettings) throws -> StoredLock {
        LockSettingsCodec.parse(try store.shellSetting(name: LockSettingsCodec.settingName))
    }

    /// The lock settings, or `.unreadable` when the store can't be asked (fail closed).
    public static func readOrFailClosed(_ store: ShellSettings) -> StoredLock {
        (try? read(store)) ?? .unreadable
    }

    /// Saves `settings` (normalized).
    public static func write(_ settings: LockSettings, to store: ShellSettings) throws {
        try store.setShellSetting(name: LockSettingsCodec.settingName, value: LockSettingsCodec.encode(settings))
    }

    /// The enrolment state recorded at the last unlock (nil: none, or not readable).
    public static func biometry(_ store: ShellSettings) throws -> Data? {
        try store.shellSetting(name: biometryName).flatMap { Data(base64Encoded: $0) }
    }

    /// Records the enrolment state (nil: no biometrics enrolled, nothing kept).
    public static func setBiometry(_ state: Data?, in store: ShellSettings) throws {
        try store.setShellSetting(name: biometryName, value: state?.base64EncodedString())
    }
}
