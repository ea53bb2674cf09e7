import Foundation
import XCTest
import HearthAppModel

/// Issue #19: the lock state machine on its own, with a hand-moved monotonic clock.
final class AppLockTests: XCTestCase {
    private let on = LockSettings.standard.withLock(true)

    private func unlocked(_ relock: RelockAfter, switcher: Bool = true) -> AppLock {
        var settings = on
        settings.relockAfter = relock
        settings.privateSwitcher = switcher
        var lock = AppLock()
        lock.start(.readable(settings))
        lock.unlockSucceeded()
        return lock
    }

    func testColdStartIsLockedOnlyWhenTheLockIsOn() {
        var lock = AppLock()
        XCTAssertEqual(lock.status, .checking)
        XCTAssertEqual(lock.cover(in: .active), .privacy, "nothing shows before the settings are read")
        lock.start(.absent)
        XCTAssertEqual(lock.status, .unlocked)
        XCTAssertNil(lock.cover(in: .active))
        XCTAssertNil(lock.cover(in: .inactive), "no lock, no cover")

        var locked = AppLock()
        locked.start(.readable(on))
        XCTAssertEqual(locked.status, .locked)
        XCTAssertEqual(locked.cover(in: .active), .lock)
        XCTAssertTrue(locked.shouldPromptAutomatically)
        XCTAssertNil(locked.message)
    }

    func testUnreadableSettingsLockAndSaySoButAStoreThatCantBeAskedSaysNothing() {
        var lock = AppLock()
        lock.start(.unreadable)
        XCTAssertEqual(lock.status, .locked)
        XCTAssertEqual(lock.message, .unreadable)
        var unasked = AppLock()
        unasked.start(nil)
        XCTAssertEqual(unasked.status, .locked, "not knowing is not 'off'")
        XCTAssertNil(unasked.message)
    }

    func testOneMinuteCountsTheTimeInTheBackground() {
        var lock = unlocked(.oneMinute)
        lock.wentToBackground(at: .seconds(100))
        lock.cameToForeground(at: .seconds(159))
        XCTAssertEqual(lock.status, .unlocked, "59 s away")
        lock.wentToBackground(at: .seconds(200))
        lock.cameToForeground(at: .seconds(260))
        XCTAssertEqual(lock.status, .locked, "60 s away")
        XCTAssertTrue(lock.shouldPromptAutomatically)
    }

    func testFiveMinutes() {
        var lock = unlocked(.fiveMinutes)
        lock.wentToBackground(at: .seconds(0))
        lock.cameToForeground(at: .seconds(299))
        XCTAssertEqual(lock.status, .unlocked)
        lock.wentToBackground(at: .seconds(1_000))
        lock.cameToForeground(at: .seconds(1_300))
        XCTAssertEqual(lock.status, .locked)
    }

    func testImmediatelyLocksAfterAnyTimeInTheBackground() {
        var lock = unlocked(.immediately)
        lock.wentToBackground(at: .seconds(50))
        lock.cameToForeground(at: .seconds(50))
        XCTAssertEqual(lock.status, .locked)
    }

    func testAClockThatWentBackwardsLocks() {
        var lock = unlocked(.fiveMinutes)
        lock.wentToBackground(at: .seconds(500))
        lock.cameToForeground(at: .seconds(499))
        XCTAssertEqual(lock.status, .locked, "a time that can't be trusted never keeps the app open")
    }

    func testComingBackWithoutHavingBeenAwayChangesNothing() {
        var lock = unlocked(.immediately)
        lock.cameToForeground(at: .seconds(10_000))
        XCTAssertEqual(lock.status, .unlocked, "Control Center or a Face ID prompt is not 'away'")
    }

    func testASecondBackgroundReportDoesNotRestartTheCount() {
        var lock = unlocked(.oneMinute)
        lock.wentToBackground(at: .seconds(0))
        lock.wentToBackground(at: .seconds(50))
        lock.cameToForeground(at: .seconds(70))
        XCTAssertEqual(lock.status, .locked)
    }

    func testACancelledUnlockStaysLockedWithACalmWordAndNoSecondAutomaticPrompt() {
        var lock = AppLock()
        lock.start(.readable(on))
        lock.promptStarted()
        XCTAssertFalse(lock.shouldPromptAutomatically)
        lock.unlockNotConfirmed()
        XCTAssertEqual(lock.status, .locked)
        XCTAssertEqual(lock.message, .notConfirmed)
        XCTAssertFalse(lock.shouldPromptAutomatically, "a cancel never brings the prompt straight back")
        lock.unlockSucceeded()
        XCTAssertEqual(lock.status, .unlocked)
        XCTAssertNil(lock.message)
    }

    func testThePasscodeGoneTurnsTheLockAndItsSwitchesOff() {
        var lock = AppLock()
        lock.start(.readable(on))
        lock.passcodeRemoved()
        XCTAssertEqual(lock.status, .unlocked)
        XCTAssertFalse(lock.settings.lockEnabled)
        XCTAssertFalse(lock.settings.coversSwitcher)
        XCTAssertNil(lock.cover(in: .background))
    }

    func testChangedBiometricsLeaveTheLockOn() {
        var lock = AppLock()
        lock.start(.readable(on))
        lock.biometryChanged()
        XCTAssertEqual(lock.status, .locked)
        XCTAssertEqual(lock.message, .biometryChanged)
        XCTAssertTrue(lock.settings.lockEnabled)
        lock.unlockSucceeded()
        XCTAssertEqual(lock.status, .unlocked, "the passcode (or the new face) still opens it")
    }

    func testThePrivateSwitcherCoversEveryPhaseButActive() {
        let lock = unlocked(.fiveMinutes)
        XCTAssertNil(lock.cover(in: .active))
        XCTAssertEqual(lock.cover(in: .inactive), .privacy, "iOS takes the switcher's picture while inactive")
        XCTAssertEqual(lock.cover(in: .background), .privacy)
        let open = unlocked(.fiveMinutes, switcher: false)
        XCTAssertNil(open.cover(in: .inactive))
        XCTAssertNil(open.cover(in: .background))
    }

    func testTheRealUptimeClockMovesForwardWithTime() {
        let clock = ContinuousUptime()
        let start = clock.now()
        XCTAssertGreaterThanOrEqual(start, .zero)
        XCTAssertLessThan(start, .seconds(1), "counted from when the clock was made")
        Thread.sleep(forTimeInterval: 0.05)
        let later = clock.now()
        XCTAssertGreaterThanOrEqual(later - start, .milliseconds(40))
        XCTAssertLessThan(later - start, .seconds(5))
    }

    func testSensitiveActionsAskWhileTheLockIsOnOrNotYetKnown() {
        XCTAssertTrue(AppLock().asksForSensitiveActions)
        XCTAssertTrue(unlocked(.oneMinute).asksForSensitiveActions, "even just after unlocking")
        var off = AppLock()
        off.start(.absent)
        XCTAssertFalse(off.asksForSensitiveActions)
    }
}
