import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Issue #19: the app model drives the lock: scene phases, the owner check, the passcode
/// going away, biometrics changing, and the settings kept encrypted in the core.
@MainActor
final class LockModelTests: XCTestCase {
    private let on = LockSettings.standard.withLock(true)

    /// A model whose store already has the lock on, brought to the foreground.
    private func lockedHarness(_ settings: LockSettings? = nil) async throws -> Harness {
        let h = try Harness(test: self)
        try h.storeLock(settings ?? on)
        await h.model.enterForeground()
        return h
    }

    func testAColdStartWithTheLockOnIsLockedUntilTheOwnerConfirms() async throws {
        let h = try await lockedHarness()
        XCTAssertEqual(h.model.lock.status, .locked)
        XCTAssertEqual(h.model.cover(in: .active), .lock)
        XCTAssertTrue(h.model.lock.shouldPromptAutomatically)
        await h.model.unlock()
        XCTAssertEqual(h.auth.reasons, [LockCopy.unlockReason])
        XCTAssertEqual(h.model.lock.status, .unlocked)
        XCTAssertNil(h.model.cover(in: .active))
    }

    func testWithTheLockOffNothingAsksAndNothingCovers() async throws {
        let h = try Harness(test: self)
        await h.model.enterForeground()
        XCTAssertEqual(h.model.lock.status, .unlocked)
        XCTAssertNil(h.model.cover(in: .inactive))
        await h.model.scenePhaseChanged(.background)
        h.uptime.advance(seconds: 3_600)
        await h.model.scenePhaseChanged(.active)
        XCTAssertEqual(h.model.lock.status, .unlocked)
        await h.model.export(.json)
        XCTAssertNotNil(h.model.exportFile)
        XCTAssertEqual(h.auth.reasons, [])
    }

    func testScenePhasesRelockAfterTheChosenTimeAwayOnly() async throws {
        let h = try await lockedHarness()
        await h.model.unlock()
        // Control Center, the Face ID sheet: inactive and back is not away.
        await h.model.scenePhaseChanged(.inactive)
        XCTAssertEqual(h.model.cover(in: .inactive), .privacy, "the private switcher covers it")
        h.uptime.advance(seconds: 600)
        await h.model.scenePhaseChanged(.active)
        XCTAssertEqual(h.model.lock.status, .unlocked)
        // Away 59 s, then 60 s.
        await h.model.scenePhaseChanged(.background)
        XCTAssertFalse(h.model.session.isOpen, "the store still closes in the background")
        h.uptime.advance(seconds: 59)
        await h.model.scenePhaseChanged(.active)
        XCTAssertEqual(h.model.lock.status, .unlocked)
        await h.model.scenePhaseChanged(.background)
        h.uptime.advance(seconds: 60)
        await h.model.scenePhaseChanged(.active)
        XCTAssertEqual(h.model.lock.status, .locked)
    }

    func testACancelledUnlockStaysLockedAndSaysSoCalmly() async throws {
        let h = try await lockedHarness()
        h.auth.willAnswer(.notConfirmed)
        await h.model.unlock()
        XCTAssertEqual(h.model.lock.status, .locked)
        XCTAssertEqual(h.model.lock.message, .notConfirmed)
        XCTAssertFalse(h.model.lock.shouldPromptAutomatically, "no prompt loop after a cancel")
        let words = LockCopy.text(for: .notConfirmed)
        XCTAssertFalse(words.lowercased().contains("fail"), words)
        await h.model.unlock()
        XCTAssertEqual(h.model.lock.status, .unlocked)
    }

    func testThePasscodeRemovedTurnsTheLockOffSavesItAndSaysHowToTurnItBackOn() async throws {
        let h = try Harness(test: self)
        try h.storeLock(on)
        h.auth.set(.noPasscode)
        await h.model.enterForeground()
        XCTAssertEqual(h.model.lock.status, .unlocked)
        XCTAssertFalse(h.model.lock.settings.lockEnabled)
        XCTAssertEqual(h.model.notice?.text, LockCopy.turnedOffNoPasscode)
        XCTAssertTrue(LockCopy.turnedOffNoPasscode.contains("set a passcode"))
        XCTAssertEqual(try h.direct { try LockStorage.read($0) }, .readable(on.withLock(false)))
        XCTAssertEqual(h.auth.reasons, [], "nothing could be asked")
    }

    func testThePasscodeRemovedWhileThePromptWasUpAlsoTurnsItOff() async throws {
        let h = try await lockedHarness()
        h.auth.willAnswer(.noPasscode)
        await h.model.unlock()
        XCTAssertEqual(h.model.lock.status, .unlocked)
        XCTAssertFalse(h.model.lock.settings.lockEnabled)
        XCTAssertEqual(h.model.notice?.text, LockCopy.turnedOffNoPasscode)
    }

    func testChangedBiometricsKeepTheLockOnAndThePasscodeStillOpensIt() async throws {
        let h = try await lockedHarness()
        await h.model.unlock()
        XCTAssertEqual(try h.direct { try LockStorage.biometry($0) }, Data([1, 2, 3]), "recorded at the first unlock")
        // A face is added in the Settings app; Hearth is away long enough to lock.
        await h.model.scenePhaseChanged(.background)
        h.uptime.advance(seconds: 120)
        h.auth.set(.available(biometryState: Data([9])))
        await h.model.scenePhaseChanged(.active)
        XCTAssertEqual(h.model.lock.status, .locked)
        h.auth.willAnswer(.notConfirmed)
        await h.model.unlock()
        XCTAssertEqual(h.model.lock.message, .biometryChanged)
        XCTAssertTrue(h.model.lock.settings.lockEnabled)
        await h.model.unlock()
        XCTAssertEqual(h.model.lock.status, .unlocked)
        XCTAssertEqual(h.model.notice?.text, LockCopy.biometryChanged)
        XCTAssertEqual(try h.direct { try LockStorage.biometry($0) }, Data([9]))
    }

    func testAnUnknownEnrolmentIsNeitherReportedNorRecorded() async throws {
        let h = try await lockedHarness()
        await h.model.unlock()
        await h.model.scenePhaseChanged(.background)
        h.uptime.advance(seconds: 120)
        // A biometric lockout: the state can't be read, the passcode still works.
        h.auth.set(.available(biometryState: nil))
        await h.model.scenePhaseChanged(.active)
        await h.model.unlock()
        XCTAssertEqual(h.model.lock.status, .unlocked)
        XCTAssertNotEqual(h.model.notice?.text, LockCopy.biometryChanged)
        XCTAssertEqual(try h.direct { try LockStorage.biometry($0) }, Data([1, 2, 3]), "kept for the next comparison")
    }

    func testTheSystemUnableToAskKeepsItLocked() async throws {
        let h = try await lockedHarness()
        h.auth.set(.unavailable)
        await h.model.unlock()
        XCTAssertEqual(h.model.lock.status, .locked)
        XCTAssertEqual(h.model.lock.message, .unavailable)
        XCTAssertTrue(h.model.lock.settings.lockEnabled)
    }

    func testTurningTheLockOnNeedsAPasscodeAndOneSuccessfulCheck() async throws {
        let h = try Harness(test: self)
        await h.model.enterForeground()
        h.auth.set(.noPasscode)
        await h.model.setLockEnabled(true)
        XCTAssertFalse(h.model.lock.settings.lockEnabled)
        XCTAssertEqual(h.model.notice?.text, LockCopy.needsPasscode)
        h.auth.set(.available(biometryState: nil))
        h.auth.willAnswer(.notConfirmed)
        await h.model.setLockEnabled(true)
        XCTAssertFalse(h.model.lock.settings.lockEnabled)
        XCTAssertEqual(try h.direct { try LockStorage.read($0) }, .absent)
        await h.model.setLockEnabled(true)
        XCTAssertEqual(h.model.lock.settings, on)
        XCTAssertEqual(h.model.lock.status, .unlocked, "not locked under the person who just turned it on")
        XCTAssertEqual(h.auth.reasons, [LockCopy.turnOnReason, LockCopy.turnOnReason])
    }

    func testLockSettingsAreStoredEncryptedInTheCoreAndFollowedOnTheNextStart() async throws {
        let h = try Harness(test: self)
        await h.model.enterForeground()
        await h.model.setLockEnabled(true)
        await h.model.setRelockAfter(.immediately)
        await h.model.setQuietWidget(false)
        var expected = on
        expected.relockAfter = .immediately
        expected.quietWidget = false
        XCTAssertEqual(h.model.lock.settings, expected)
        let raw = try h.direct { try $0.shellSetting(name: LockSettingsCodec.settingName) }
        XCTAssertEqual(raw, "v1;lock=1;relock=0;switcher=1;widget=0")
        h.model.enterBackground()
        let dir = URL(fileURLWithPath: h.location.path)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        XCTAssertTrue(files.contains("hearth.db"))
        for file in files {
            let bytes = try Data(contentsOf: dir.appendingPathComponent(file))
            XCTAssertNil(bytes.range(of: Data("lock=1".utf8)), "\(file): the settings are encrypted on disk")
            XCTAssertNil(bytes.range(of: Data(LockSettingsCodec.settingName.utf8)), "\(file): and so is their name")
        }

        let next = try Harness(test: self, location: h.location, vault: h.vault)
        await next.model.enterForeground()
        XCTAssertEqual(next.model.lock.status, .locked)
        XCTAssertEqual(next.model.lock.settings, expected)
    }

    func testAnUnreadableStoredValueKeepsTheLockOn() async throws {
        let h = try Harness(test: self)
        try h.direct { try $0.setShellSetting(name: LockSettingsCodec.settingName, value: "v1;lock=maybe") }
        await h.model.enterForeground()
        XCTAssertEqual(h.model.lock.status, .locked)
        XCTAssertEqual(h.model.lock.message, .unreadable)
        XCTAssertEqual(h.model.lock.settings, LockSettings.unreadableFallback)
    }

    func testAStoreThatCantBeAskedStaysCoveredUntilTheOwnerConfirms() async throws {
        let settings = MemoryShellSettings()
        settings.failing = true
        let h = try Harness(test: self, settings: settings)
        await h.model.enterForeground()
        XCTAssertEqual(h.model.lock.status, .locked)
        XCTAssertNil(h.model.lock.message)
        await h.model.unlock()
        XCTAssertEqual(h.model.lock.status, .unlocked)
    }

    func testAStoreThatCantBeAskedOnAPhoneWithoutAPasscodeOpensWithoutAWord() async throws {
        let settings = MemoryShellSettings()
        settings.failing = true
        let h = try Harness(test: self, settings: settings)
        h.auth.set(.noPasscode)
        await h.model.enterForeground()
        XCTAssertEqual(h.model.lock.status, .unlocked)
        XCTAssertNil(h.model.notice, "it was never the person's choice: no word, no error")
    }

    func testChangingOrTurningOffTheLockAsksAgainEvenJustAfterUnlocking() async throws {
        let h = try await lockedHarness()
        await h.model.unlock()
        h.auth.willAnswer(.notConfirmed)
        await h.model.setLockEnabled(false)
        XCTAssertTrue(h.model.lock.settings.lockEnabled)
        XCTAssertEqual(h.model.notice?.text, LockCopy.notConfirmed)
        await h.model.setRelockAfter(.fiveMinutes)
        XCTAssertEqual(h.model.lock.settings.relockAfter, .fiveMinutes)
        await h.model.setPrivateSwitcher(false)
        XCTAssertFalse(h.model.lock.settings.privateSwitcher)
        await h.model.setLockEnabled(false)
        XCTAssertFalse(h.model.lock.settings.lockEnabled)
        XCTAssertEqual(try h.direct { try LockStorage.read($0) }.settings.lockEnabled, false)
        XCTAssertEqual(h.auth.reasons, [LockCopy.unlockReason] + Array(repeating: LockCopy.changeLockReason, count: 4))
    }

    func testTheSwitchesCantBeTurnedOnWhileTheLockIsOff() async throws {
        let h = try Harness(test: self)
        await h.model.enterForeground()
        await h.model.setPrivateSwitcher(true)
        await h.model.setQuietWidget(true)
        XCTAssertEqual(h.model.lock.settings, .standard)
        await h.model.setRelockAfter(.fiveMinutes)
        XCTAssertEqual(h.model.lock.settings.relockAfter, .fiveMinutes, "the re-lock time can be chosen first")
        XCTAssertEqual(h.auth.reasons, [])
    }

    func testARestoredBackupBringsItsLockSettingsBack() async throws {
        let h = try await lockedHarness()
        await h.model.unlock()
        await h.model.backup(passphrase: "a long passphrase")
        let backup = try XCTUnwrap(h.model.backupFile)
        let kept = h.exports.deletingLastPathComponent().appendingPathComponent("kept.age")
        try FileManager.default.copyItem(at: backup, to: kept)
        _ = await h.model.eraseEverything()
        await h.model.enterForeground()
        XCTAssertFalse(h.model.lock.settings.lockEnabled)
        await h.model.restore(from: kept, passphrase: "a long passphrase")
        guard case .done = h.model.dataWork else { return XCTFail("restored: \(h.model.dataWork)") }
        XCTAssertEqual(h.model.lock.settings, on, "the backup carried the lock, and the app follows it")
        XCTAssertEqual(h.model.lock.status, .unlocked, "not locked under the person restoring")
    }

    func testEraseLeavesAFreshJournalWithTheLockOff() async throws {
        let h = try await lockedHarness()
        await h.model.unlock()
        let erased = await h.model.eraseEverything()
        XCTAssertTrue(erased)
        XCTAssertEqual(h.model.lock.settings, .standard)
        await h.model.enterForeground()
        XCTAssertEqual(try h.direct { try LockStorage.read($0) }, .absent)
    }
}

/// Launch and the scene's first `.active` arrive together on a cold start.
@MainActor
final class LockLaunchTests: XCTestCase {
    /// Shell settings whose first read waits until `release()`.
    final class GatedSettings: ShellSettings, @unchecked Sendable {
        let inner = MemoryShellSettings()
        private let gate = DispatchSemaphore(value: 0)
        private let mutex = NSLock()
        private var held = false
        private var arrived = false

        var isWaiting: Bool {
            mutex.lock(); defer { mutex.unlock() }
            return arrived
        }

        func shellSetting(name: String) throws -> String? {
            mutex.lock()
            let hold = !held
            held = true
            if hold { arrived = true }
            mutex.unlock()
            if hold { gate.wait() }
            return try inner.shellSetting(name: name)
        }

        func setShellSetting(name: String, value: String?) throws {
            try inner.setShellSetting(name: name, value: value)
        }

        func release() { gate.signal() }
    }

    func testALateSecondReadAtLaunchCantReLockAFinishedUnlock() async throws {
        let settings = GatedSettings()
        try LockStorage.write(LockSettings.standard.withLock(true), to: settings.inner)
        let h = try Harness(test: self, settings: settings)
        let launch = Task { await h.model.launch() }
        while !settings.isWaiting { try await Task.sleep(nanoseconds: 1_000_000) }
        await h.model.scenePhaseChanged(.active)
        XCTAssertEqual(h.model.lock.status, .locked)
        await h.model.unlock()
        XCTAssertEqual(h.model.lock.status, .unlocked)
        settings.release()
        await launch.value
        XCTAssertEqual(h.model.lock.status, .unlocked, "the slower read must not lock it again")
    }
}

/// Issue #19: the lock is offered once, at first run.
@MainActor
final class LockOfferTests: XCTestCase {
    func testTheLockIsOfferedOnceAndNeverAgainAfterAnAnswer() async throws {
        let h = try Harness(test: self)
        await h.model.enterForeground()
        XCTAssertTrue(h.model.offersLock)
        await h.model.enterForeground()
        XCTAssertTrue(h.model.offersLock, "until answered")
        await h.model.answerLockOffer(turnOn: false)
        XCTAssertFalse(h.model.offersLock)
        XCTAssertFalse(h.model.lock.settings.lockEnabled)
        XCTAssertEqual(h.auth.reasons, [])
        h.model.enterBackground()
        let next = try Harness(test: self, location: h.location, vault: h.vault)
        await next.model.enterForeground()
        XCTAssertFalse(next.model.offersLock, "offered once")
    }

    func testAcceptingTheOfferTurnsTheLockOnAfterOneCheck() async throws {
        let h = try Harness(test: self)
        await h.model.enterForeground()
        await h.model.answerLockOffer(turnOn: true)
        XCTAssertEqual(h.model.lock.settings, LockSettings.standard.withLock(true))
        XCTAssertEqual(h.auth.reasons, [LockCopy.turnOnReason])
        XCTAssertEqual(try h.direct { try $0.shellSetting(name: AppModel.lockOfferedName) }, "1")
    }

    func testNoOfferWithoutAPasscodeOrOnceTheLockWasSet() async throws {
        let bare = try Harness(test: self)
        bare.auth.set(.noPasscode)
        await bare.model.enterForeground()
        XCTAssertFalse(bare.model.offersLock, "it couldn't be turned on")

        let chosen = try Harness(test: self)
        try chosen.storeLock(LockSettings(relockAfter: .fiveMinutes))
        await chosen.model.enterForeground()
        XCTAssertFalse(chosen.model.offersLock, "the person has been to the lock settings already")

        let failing = MemoryShellSettings()
        failing.failing = true
        let unknown = try Harness(test: self, settings: failing)
        unknown.auth.set(.noPasscode)
        await unknown.model.enterForeground()
        XCTAssertFalse(unknown.model.offersLock)
    }
}
