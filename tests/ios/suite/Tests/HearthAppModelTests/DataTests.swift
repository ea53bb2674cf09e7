import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Defects 3, 5 and 6: the summary as a file, store work off the main actor with
/// progress, and share files kept while they are offered.
@MainActor
final class DataTests: XCTestCase {
    func testTheSummaryIsSharedAsAnHTMLFile() async throws {
        let h = try Harness(test: self)
        try h.seedCheckIn(4, at: instant("2026-05-01T18:00:00Z"), note: "Dinner with Ana")
        await h.model.enterForeground()
        await h.model.makeSummary(from: "2026-04-01", to: "2026-05-04", includeNotes: true)
        let url = try XCTUnwrap(h.model.summaryFile, "the Share button needs a file")
        XCTAssertEqual(url.pathExtension, "html")
        let expected = try h.direct { try $0.therapistSummary(from: "2026-04-01", to: "2026-05-04", includeNotes: true) }
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), expected)
        XCTAssertEqual(h.model.dataWork, .done(Copy.summaryReady))
    }

    func testStoreWorkRunsOffTheMainThread() async throws {
        let h = try Harness(test: self)
        await h.model.enterForeground()
        XCTAssertTrue(Thread.isMainThread)
        let onMain = await h.model.with { _ in Thread.isMainThread }
        XCTAssertEqual(onMain, false)
    }

    func testBackupShowsProgressThenOffersTheFileAndRestoreReadsIt() async throws {
        let h = try Harness(test: self)
        try h.seedCheckIn(3, at: instant("2026-05-02T18:00:00Z"))
        await h.model.enterForeground()
        XCTAssertEqual(h.model.dataWork, .idle)

        let running = Task { await h.model.backup(passphrase: "a long passphrase") }
        var seen: [WorkState] = []
        while true {
            let state = h.model.dataWork
            if seen.last != state { seen.append(state) }
            if case .done = state { break }
            if case .failed = state { break }
            try await Task.sleep(nanoseconds: 2_000_000)
        }
        await running.value
        XCTAssertEqual(seen, [.idle, .working(Copy.backupWorking), .done(Copy.backupReady)],
                       "the screen stays live while scrypt runs, and shows it")
        let file = try XCTUnwrap(h.model.backupFile)
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.path))

        await h.model.restore(from: file, passphrase: "not the passphrase")
        guard case .failed = h.model.dataWork else { return XCTFail("a wrong passphrase fails kindly") }
        await h.model.restore(from: file, passphrase: "a long passphrase")
        guard case .done(let text) = h.model.dataWork else { return XCTFail("restored") }
        XCTAssertTrue(text.hasPrefix("All done: "), text)
    }

    func testShareFilesSurviveReturningToTheAppUntilNothingOffersThem() async throws {
        let h = try Harness(test: self)
        await h.model.enterForeground()
        // A file left by an earlier run: nothing refers to it.
        try FileManager.default.createDirectory(at: h.exports, withIntermediateDirectories: true)
        let stale = h.exports.appendingPathComponent("Hearth-2026-01-01.json")
        try Data("{}".utf8).write(to: stale)

        await h.model.export(.json)
        let file = try XCTUnwrap(h.model.exportFile)
        XCTAssertEqual(h.model.dataWork, .done(Copy.exportReady))
        // Control Center pulled down and back: the scene becomes active again.
        await h.model.enterForeground()
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.path), "the Share button still points here")
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale.path))

        await h.model.export(.csv)
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path), "replaced, so released")
        let csv = try XCTUnwrap(h.model.exportFile)
        h.model.finishedSharing()
        XCTAssertNil(h.model.exportFile)
        XCTAssertFalse(FileManager.default.fileExists(atPath: csv.path))
    }

    func testImportReportsWhatItAdded() async throws {
        let source = try Harness(test: self)
        try source.seedCheckIn(5, at: instant("2026-04-20T18:00:00Z"))
        await source.model.enterForeground()
        await source.model.export(.json)
        let file = try XCTUnwrap(source.model.exportFile)

        let h = try Harness(test: self)
        await h.model.enterForeground()
        await h.model.importJSON(from: file)
        guard case .done(let text) = h.model.dataWork else { return XCTFail("imported") }
        XCTAssertTrue(text.hasPrefix("All done: "), text)
        XCTAssertTrue(text.contains("Check ins: 1 added, 0 updated, 0 already there"), text)
        XCTAssertEqual(try h.direct { try $0.listCheckins(from: nil, to: nil) }.map(\.mood), [5])
    }

    func testEraseRemovesTheJournalRemindersAndFiles() async throws {
        let h = try Harness(test: self)
        try h.direct { try self.saveReminders($0, times: ["20:00"]) }
        await h.model.enterForeground()
        await h.model.export(.json)
        let file = try XCTUnwrap(h.model.exportFile)
        let before = await h.center.pending
        XCTAssertFalse(before.isEmpty)
        let erased = await h.model.eraseEverything()
        XCTAssertTrue(erased)
        let after = await h.center.pending
        XCTAssertTrue(after.isEmpty)
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path))
        XCTAssertNil(h.model.snapshot)
        XCTAssertEqual(h.model.notice?.text, Copy.erased)
    }
}
