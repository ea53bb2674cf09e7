import Foundation
import LocalAuthentication
import HearthAppModel

/// The model's `DeviceAuthenticator` on iOS: `LAContext` with `.deviceOwnerAuthentication`
/// (Face ID or Touch ID, falling back to the passcode). A fresh context per ask, so an
/// earlier success is never reused for a later sensitive action.
struct DeviceOwnerAuthenticator: DeviceAuthenticator {
    func availability() -> DeviceAuthAvailability {
        let context = LAContext()
        var error: NSError?
        guard context.canEvaluatePolicy(.deviceOwnerAuthentication, error: &error) else {
            // Only a missing passcode turns the lock off; anything else is "try later".
            if let error, error.domain == LAErrorDomain, error.code == LAError.Code.passcodeNotSet.rawValue {
                return .noPasscode
            }
            return .unavailable
        }
        // The enrolment state is documented for biometric policies: ask that one on a
        // second context (nil when no face or finger is enrolled).
        let biometric = LAContext()
        var ignored: NSError?
        let enrolled = biometric.canEvaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, error: &ignored)
        return .available(biometryState: enrolled ? biometric.evaluatedPolicyDomainState : nil)
    }

    func authenticate(reason: String) async -> DeviceAuthResult {
        let context = LAContext()
        do {
            return try await context.evaluatePolicy(.deviceOwnerAuthentication, localizedReason: reason)
                ? .success : .notConfirmed
        } catch let error as LAError where error.code == .passcodeNotSet {
            return .noPasscode
        } catch {
            // Cancelled by the person or the system, not recognised, locked out: all
            // "not now", and the lock screen says so calmly.
            return .notConfirmed
        }
    }
}
