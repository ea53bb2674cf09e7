import Foundation

/// The scene's phase, as SwiftUI reports it (the model can't import SwiftUI).
public enum AppScenePhase: Sendable {
    case active, inactive, background
}

/// What is drawn over the app.
public enum LockCover: Equatable, Sendable {
    /// The lock screen, with its Unlock button: nothing of the journal is drawn.
    case lock
    /// A plain cover with no controls: the app switcher's picture, or while the lock
    /// settings are still being read.
    case privacy
}

/// Why the lock screen has something to say.
public enum LockMessage: Equatable, Sendable {
    /// The owner check was cancelled or didn't match.
    case notConfirmed
    /// The system couldn't ask just now.
    case unavailable
    /// The stored settings couldn't be read, so the lock stays on to be safe.
    case unreadable
    /// Face ID or Touch ID enrolment changed since Hearth last unlocked.
    case biometryChanged
}

/// The app lock as a small state machine (issue #19): when Hearth is locked, what covers
/// it, and what the lock screen says. Pure and synchronous: the model feeds it events
/// (cold start, background, foreground, the owner check's result) with times from a
/// monotonic clock, and persists the settings; tests drive it with a fake clock.
///
/// The lock gates the UI only. The widget's and a reminder's one-tap mood write without
/// reading and never ask it anything.
public struct AppLock: Equatable, Sendable {
    /// Where the lock stands.
    public enum Status: Equatable, Sendable {
        /// The settings haven't been read yet: covered, nothing to unlock yet.
        case checking
        /// The lock screen shows; the journal doesn't.
        case locked
        /// The app shows.
        case unlocked
    }

    public private(set) var status: Status = .checking
    /// The settings the lock follows (normalized).
    public private(set) var settings: LockSettings = .standard
    /// What the lock screen says, if anything.
    public private(set) var message: LockMessage?
    /// True once per lock: the lock screen asks by itself once, and only once, so a
    /// cancelled prompt never comes straight back.
    public private(set) var shouldPromptAutomatically = false
    /// When the app went to the background (unlocked, with the lock on).
    private var backgroundSince: Duration?

    public init() {}

    /// Cold start, with the settings as read from the store (nil: the store couldn't be
    /// asked just now). Locked if the lock is on, and also when the settings couldn't be
    /// read: Hearth asks for the passcode rather than guessing the lock was off. Only a
    /// value that was there but unreadable is worth a word.
    public mutating func start(_ stored: StoredLock?) {
        settings = (stored ?? .unreadable).settings.normalized()
        backgroundSince = nil
        if settings.lockEnabled {
            lockNow()
            if stored == .unreadable { message = .unreadable }
        } else {
            status = .unlocked
            message = nil
        }
    }

    /// The app went to the background at `time` (monotonic). The first time counts:
    /// a second report without a foreground in between doesn't restart the count.
    public mutating func wentToBackground(at time: Duration) {
        guard status == .unlocked, settings.lockEnabled, backgroundSince == nil else { return }
        backgroundSince = time
    }

    /// The app came back at `time` (monotonic): locked if it was away at least
    /// `relockAfter` (any time at all for `.immediately`), or if the clock went
    /// backwards (a time that can't be trusted never keeps the app open).
    public mutating func cameToForeground(at time: Duration) {
        defer { backgroundSince = nil }
        guard status == .unlocked, settings.lockEnabled, let since = backgroundSince else { return }
        let away = time - since
        if away < .zero || away >= settings.relockAfter.duration { lockNow() }
    }

    /// The system prompt is about to show: no second automatic prompt for this lock.
    public mutating func promptStarted() {
        shouldPromptAutomatically = false
    }

    /// Face ID, Touch ID or the passcode confirmed the owner.
    public mutating func unlockSucceeded() {
        guard status == .locked else { return }
        status = .unlocked
        message = nil
        backgroundSince = nil
    }

    /// The owner check was cancelled or failed: still locked, with a calm word (news of
    /// changed biometrics stays on screen: it matters more).
    public mutating func unlockNotConfirmed() {
        guard status == .locked, message != .biometryChanged else { return }
        message = .notConfirmed
    }

    /// The system couldn't ask just now: still locked.
    public mutating func couldNotAsk() {
        guard status == .locked else { return }
        message = .unavailable
    }

    /// Face ID or Touch ID enrolment changed: the lock stays on and the passcode still
    /// works; the lock screen says what happened.
    public mutating func biometryChanged() {
        guard status == .locked else { return }
        message = .biometryChanged
    }

    /// The device has no passcode any more, so nothing can be asked: the lock turns
    /// itself off (the model saves that and says why).
    public mutating func passcodeRemoved() {
        settings = settings.withLock(false)
        status = .unlocked
        message = nil
        backgroundSince = nil
        shouldPromptAutomatically = false
    }

    /// The person changed the settings (already confirmed and saved). The app is open
    /// while they do, so it stays open.
    public mutating func apply(_ new: LockSettings) {
        settings = new.normalized()
        if status == .checking || !settings.lockEnabled { status = .unlocked }
        message = nil
        backgroundSince = nil
    }

    /// What covers the app in `phase`: the lock screen while locked, a plain cover while
    /// the settings are being read, and, with the private switcher on, whenever the scene
    /// isn't active (iOS takes the app switcher's picture then).
    public func cover(in phase: AppScenePhase) -> LockCover? {
        switch status {
        case .checking: return .privacy
        case .locked: return .lock
        case .unlocked: return settings.coversSwitcher && phase != .active ? .privacy : nil
        }
    }

    /// True when export, backup, erase and lock changes must ask again (also before the
    /// settings are known: unknown is treated as on).
    public var asksForSensitiveActions: Bool {
        status == .checking || settings.lockEnabled
    }

    private mutating func lockNow() {
        status = .locked
        message = nil
        shouldPromptAutomatically = true
    }
}
