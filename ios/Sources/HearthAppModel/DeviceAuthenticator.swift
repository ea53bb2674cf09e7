import Foundation

/// Whether the device can confirm its owner right now.
public enum DeviceAuthAvailability: Equatable, Sendable {
    /// A passcode is set. `biometryState` is the opaque Face ID / Touch ID enrolment
    /// state (nil when no biometrics are enrolled); it changes when a face or finger is
    /// added or removed.
    case available(biometryState: Data?)
    /// The device has no passcode, so nothing can be asked (`LAError.passcodeNotSet`).
    case noPasscode
    /// The system can't ask just now (any other reason); try again later.
    case unavailable
}

/// How one request to confirm the device owner ended.
public enum DeviceAuthResult: Equatable, Sendable {
    /// Face ID, Touch ID or the passcode confirmed the owner.
    case success
    /// The person (or the system) cancelled, or it didn't match: ask again later.
    case notConfirmed
    /// The device has no passcode (removed since the lock was turned on).
    case noPasscode
}

/// The device's own owner check (Face ID, Touch ID, passcode). The app implements it with
/// `LAContext` and `.deviceOwnerAuthentication`; tests use a fake. Kept out of the model
/// so the model builds and is tested without LocalAuthentication.
public protocol DeviceAuthenticator: Sendable {
    /// Whether a passcode is set, and the biometric enrolment state.
    func availability() -> DeviceAuthAvailability
    /// Asks the person to confirm it's them; `reason` is shown in the system prompt.
    func authenticate(reason: String) async -> DeviceAuthResult
}

/// A clock for "how long was Hearth in the background". Monotonic and running while the
/// phone sleeps, never wall time: setting the clock back must not keep the app open.
public protocol UptimeClock: Sendable {
    /// Time since a fixed point (only differences matter).
    func now() -> Duration
}

/// `ContinuousClock`: monotonic, and it keeps counting while the device is asleep
/// (`SuspendingClock` and `ProcessInfo.systemUptime` stop, which would let a phone that
/// slept for an hour come back unlocked).
public struct ContinuousUptime: UptimeClock {
    private let origin = ContinuousClock.now

    public init() {}

    public func now() -> Duration { origin.duration(to: ContinuousClock.now) }
}
