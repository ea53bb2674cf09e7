import Foundation
import HearthCore

/// The app lock (issue #19): feeding `AppLock` its events, asking the device owner
/// through `DeviceAuthenticator`, and keeping the settings in the core's encrypted store.
/// The views only draw `cover(in:)` and call `unlock()` and the setters.
extension AppModel {
    /// Things that always ask again while the lock is on, even just after unlocking.
    public enum SensitiveAction: Sendable {
        case export, backup, erase, changeLock

        var reason: String {
            switch self {
            case .export: return LockCopy.exportReason
            case .backup: return LockCopy.backupReason
            case .erase: return LockCopy.eraseReason
            case .changeLock: return LockCopy.changeLockReason
            }
        }
    }

    /// What covers the app in `phase` (nil: the app shows).
    public func cover(in phase: AppScenePhase) -> LockCover? {
        lock.cover(in: phase)
    }

    /// SwiftUI's scene phase changed. Inactive (Control Center, the Face ID prompt, the
    /// app switcher) changes nothing but the cover; only the background counts as away.
    public func scenePhaseChanged(_ phase: AppScenePhase) async {
        switch phase {
        case .active: await enterForeground()
        case .background: enterBackground()
        case .inactive: break
        }
    }

    /// Cold start reads the settings; later foregrounds check how long the app was away.
    /// With the lock on, a passcode that has gone turns the lock off.
    func updateLockOnForeground() async {
        var storeAnswered = true
        if lock.status == .checking {
            let settings = self.settings
            let stored = try? await offMain { try LockStorage.read(settings) }.get().value
            storeAnswered = stored != nil
            // `launch` and the scene's first `.active` both come here at once: only the
            // first read starts the lock, so the second can't re-lock a finished unlock.
            if lock.status == .checking {
                lock.start(stored)
                if stored == .absent { await considerOfferingLock() }
            }
        } else {
            lock.cameToForeground(at: uptime.now())
        }
        if lock.settings.lockEnabled, authenticator.availability() == .noPasscode {
            // Nothing to unlock with. A lock that was only on because the store couldn't
            // be asked says nothing: it was never the person's choice.
            await passcodeRemoved(tell: storeAnswered)
        }
    }

    /// The lock screen's Unlock (also its one automatic prompt). Face ID, Touch ID or the
    /// passcode; a cancel leaves it locked with a calm word.
    public func unlock() async {
        guard lock.status == .locked, !authenticating else { return }
        authenticating = true
        defer { authenticating = false }
        lock.promptStarted()
        let current: Data?
        switch authenticator.availability() {
        case .noPasscode: return await passcodeRemoved(tell: true)
        case .unavailable: return lock.couldNotAsk()
        case .available(let state): current = state
        }
        let settings = self.settings
        let known = try? await offMain { try LockStorage.biometry(settings) }.get().value
        // Only two known states are compared: nil is "none enrolled" or "can't tell just
        // now" (e.g. a biometric lockout), and mistaking one for a change would cry wolf.
        let changed = known != nil && current != nil && known != current
        if changed { lock.biometryChanged() }
        switch await authenticator.authenticate(reason: LockCopy.unlockReason) {
        case .success:
            lock.unlockSucceeded()
            if current != nil, known != current { await recordBiometry(current) }
            if changed { notice = Notice(kind: .info, text: LockCopy.biometryChanged) }
        case .notConfirmed:
            lock.unlockNotConfirmed()
        case .noPasscode:
            await passcodeRemoved(tell: true)
        }
    }

    /// Asks the device owner again before `action` while the lock is on. False (with a
    /// calm notice) when it wasn't confirmed; the action then does nothing.
    func confirm(_ action: SensitiveAction) async -> Bool {
        guard lock.asksForSensitiveActions else { return true }
        switch await authenticator.authenticate(reason: action.reason) {
        case .success:
            return true
        case .notConfirmed:
            notice = Notice(kind: .info, text: LockCopy.notConfirmed)
            return false
        case .noPasscode:
            await passcodeRemoved(tell: true)
            return false
        }
    }

    // MARK: The first-run offer

    /// The stored mark that the lock was offered (shared name with Android; "1").
    public static let lockOfferedName = "lock.offered"

    /// Offers the lock once: never set before, never offered, and a passcode to use.
    private func considerOfferingLock() async {
        guard case .available = authenticator.availability() else { return }
        let settings = self.settings
        let offered = await offMain { try settings.shellSetting(name: AppModel.lockOfferedName) }
        // A store that can't be asked doesn't show the offer (it may have been answered).
        if case .success(let mark) = offered, mark.value == nil { offersLock = true }
    }

    /// The person answered the offer: it is never shown again, whatever the answer.
    public func answerLockOffer(turnOn: Bool) async {
        offersLock = false
        firstRun?.lockAnswered()
        let settings = self.settings
        _ = await run { try settings.setShellSetting(name: AppModel.lockOfferedName, value: "1") }
        if turnOn { await setLockEnabled(true) }
    }

    // MARK: Settings

    /// Turns the lock on (both privacy settings with it) or off (both off). Turning it on
    /// needs a passcode and one successful check, so the person knows it works; turning
    /// it off asks again.
    public func setLockEnabled(_ on: Bool) async {
        await change(to: lock.settings.withLock(on))
    }

    /// How long Hearth may be in the background before it locks again.
    public func setRelockAfter(_ relock: RelockAfter) async {
        var new = lock.settings
        new.relockAfter = relock
        await change(to: new)
    }

    /// The private app switcher (only with the lock on).
    public func setPrivateSwitcher(_ on: Bool) async {
        var new = lock.settings
        new.privateSwitcher = on
        await change(to: new)
    }

    /// The quiet widget and reminders (only with the lock on).
    public func setQuietWidget(_ on: Bool) async {
        var new = lock.settings
        new.quietWidget = on
        await change(to: new)
    }

    private func change(to requested: LockSettings) async {
        let new = requested.normalized()
        let old = lock.settings
        guard new != old, lock.status != .locked else { return }
        // Turning the lock on records the enrolment it was turned on with.
        var biometry: Data?
        var recordsBiometry = false
        if old.lockEnabled || lock.status == .checking {
            guard await confirm(.changeLock) else { return }
        } else if new.lockEnabled {
            switch authenticator.availability() {
            case .noPasscode:
                notice = Notice(kind: .info, text: LockCopy.needsPasscode)
                return
            case .unavailable:
                notice = Notice(kind: .info, text: LockCopy.text(for: .unavailable))
                return
            case .available(let state):
                guard await authenticator.authenticate(reason: LockCopy.turnOnReason) == .success else {
                    notice = Notice(kind: .info, text: LockCopy.notConfirmed)
                    return
                }
                biometry = state
                recordsBiometry = true
            }
        }
        let settings = self.settings
        let state = biometry, records = recordsBiometry
        let saved: Void? = await run {
            try LockStorage.write(new, to: settings)
            if records { try LockStorage.setBiometry(state, in: settings) }
        }
        guard saved != nil else { return }
        lock.apply(new)
        notice = Notice(kind: .info, text: LockCopy.lockSettingsSaved)
        // The widget and the reminders' words follow the quiet setting.
        reloadWidgets()
        await replanReminders()
    }

    /// The device's passcode is gone: the lock turns itself off, is saved as off, and
    /// says why and how to turn it back on. Without `tell` the lock was only on because
    /// the store couldn't be asked: nothing is said, and nothing is written over what the
    /// store may hold.
    private func passcodeRemoved(tell: Bool) async {
        let off = lock.settings.withLock(false)
        lock.passcodeRemoved()
        if tell {
            let settings = self.settings
            _ = await run { try LockStorage.write(off, to: settings) }
            notice = Notice(kind: .info, text: LockCopy.turnedOffNoPasscode)
        }
        reloadWidgets()
        await replanReminders()
    }

    /// After a restore or an import the store may hold other lock settings: follow them
    /// (the app stays open; the person is using it).
    func reloadLockSettings() async {
        let settings = self.settings
        guard let stored = try? await offMain({ try LockStorage.read(settings) }).get().value else { return }
        lock.apply(stored.settings)
    }

    private func recordBiometry(_ state: Data?) async {
        let settings = self.settings
        _ = await offMain { try LockStorage.setBiometry(state, in: settings) }
    }
}
