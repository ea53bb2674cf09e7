import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Issue #19: export, backup and erase always ask the device owner again while the lock
/// is on, even just after unlocking; a cancel changes nothing.
@MainActor
final class SensitiveActionTests: XCTestCase {
    private func unlockedWithTheLockOn() async throws -> Harness {
        let h = try Harness(test: self)
        try h.seedCheckIn(4, at: instant("2026-05-02T18:00:00Z"), note: "Lunch with Ana")
        try h.storeLock(LockSettings.standard.withLock(true))
        await h.model.enterForeground()
        await h.model.unlock()
        XCTAssertEqual(h.model.lock.status, .unlocked)
        return h
    }

    func testExportAndTheSummaryAskAgainAndACancelWritesNothing() async throws {
        let h = try await unlockedWithTheLockOn()
        h.auth.willAnswer(.notConfirmed, .notConfirmed)
        await h.model.export(.json)
        await h.model.makeSummary(from: nil, to: nil, includeNotes: true)
        XCTAssertNil(h.model.exportFile)
        XCTAssertNil(h.model.summaryFile)
        XCTAssertEqual(h.model.dataWork, .idle)
        XCTAssertEqual(h.model.notice?.text, LockCopy.notConfirmed)
        XCTAssertFalse(FileManager.default.fileExists(atPath: h.exports.path) &&
                       !((try? FileManager.default.contentsOfDirectory(atPath: h.exports.path)) ?? []).isEmpty,
                       "no plain copy of the journal was written")
        await h.model.export(.json)
        XCTAssertNotNil(h.model.exportFile)
        XCTAssertEqual(h.auth.reasons, [LockCopy.unlockReason, LockCopy.exportReason, LockCopy.exportReason,
                                        LockCopy.exportReason])
    }

    func testBackupAsksAgain() async throws {
        let h = try await unlockedWithTheLockOn()
        h.auth.willAnswer(.notConfirmed)
        await h.model.backup(passphrase: "a long passphrase")
        XCTAssertNil(h.model.backupFile)
        await h.model.backup(passphrase: "a long passphrase")
        XCTAssertNotNil(h.model.backupFile)
        XCTAssertEqual(h.auth.reasons.suffix(2), [LockCopy.backupReason, LockCopy.backupReason])
    }

    func testEraseAsksAgainAndACancelKeepsTheJournal() async throws {
        let h = try await unlockedWithTheLockOn()
        h.auth.willAnswer(.notConfirmed)
        let cancelled = await h.model.eraseEverything()
        XCTAssertFalse(cancelled)
        XCTAssertEqual(try h.direct { try $0.listCheckins(from: nil, to: nil) }.count, 1)
        let erased = await h.model.eraseEverything()
        XCTAssertTrue(erased)
        XCTAssertEqual(h.auth.reasons.suffix(2), [LockCopy.eraseReason, LockCopy.eraseReason])
    }

    func testAPasscodeGoneDuringASensitiveAskTurnsTheLockOffAndDoesNothingElse() async throws {
        let h = try await unlockedWithTheLockOn()
        h.auth.willAnswer(.noPasscode)
        await h.model.export(.csv)
        XCTAssertNil(h.model.exportFile, "the person taps again, knowing the lock is off")
        XCTAssertFalse(h.model.lock.settings.lockEnabled)
        XCTAssertEqual(h.model.notice?.text, LockCopy.turnedOffNoPasscode)
    }
}
