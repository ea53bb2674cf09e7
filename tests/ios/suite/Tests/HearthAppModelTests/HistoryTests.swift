import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Defect 2: nothing older than 30 days could be reached; no search, no edit; swipe to
/// delete asked nothing.
@MainActor
final class HistoryTests: XCTestCase {
    private let today = instant("2026-05-04T08:00:00Z")

    private func daysAgo(_ n: Int) -> Date { today.addingTimeInterval(-Double(n) * 86_400) }

    func testHistoryPagesBackThroughEveryEntry() async throws {
        let h = try Harness(test: self, now: today)
        // Long and short gaps, years back.
        for (mood, days) in [(4, 0), (3, 1), (2, 29), (5, 31), (3, 75), (4, 400), (2, 401), (1, 1100)] {
            try h.seedCheckIn(Int32(mood), at: daysAgo(days))
        }
        let everything = try h.direct { try $0.listEntries(from: nil, to: nil) }.map(Presentation.id(of:))
        XCTAssertEqual(everything.count, 8)

        await h.model.enterForeground()
        await h.model.loadHistory()
        var pages = 1
        while h.model.historyHasMore && pages < 100 {
            await h.model.loadOlderHistory()
            pages += 1
        }
        XCTAssertFalse(h.model.historyHasMore)
        XCTAssertEqual(h.model.history.map(Presentation.id(of:)), everything, "every entry, newest first, once")
        XCTAssertLessThan(pages, 10, "gaps are jumped, not walked a month at a time")
    }

    func testSearchReachesOldEntries() async throws {
        let h = try Harness(test: self, now: today)
        try h.seedCheckIn(3, at: daysAgo(700), note: "Walked to the river with Sam")
        try h.seedCheckIn(4, at: daysAgo(1), note: "Quiet evening")
        await h.model.enterForeground()
        await h.model.search("river")
        XCTAssertEqual(h.model.searchResults?.count, 1)
        await h.model.search("  ")
        XCTAssertNil(h.model.searchResults)
    }

    func testEditingACheckInKeepsItsIdAndShowsTheChange() async throws {
        let h = try Harness(test: self, now: today)
        try h.seedCheckIn(2, at: daysAgo(50), note: "first words")
        await h.model.enterForeground()
        await h.model.loadHistory()
        guard case .checkIn(let old)? = h.model.history.first else { return XCTFail("the entry is in history") }
        let saved = await h.model.updateCheckIn(id: old.id, CheckInInput(
            mood: 4, source: old.source, note: "second thoughts", at: old.at, utcOffsetSeconds: old.utcOffsetSeconds))
        XCTAssertEqual(saved?.id, old.id)
        guard case .checkIn(let shown)? = h.model.history.first else { return XCTFail("still in history") }
        XCTAssertEqual(shown.mood, 4)
        XCTAssertEqual(shown.note, "second thoughts")
        XCTAssertEqual(try h.direct { try $0.getCheckin(id: old.id) }.mood, 4)
    }

    func testDeletingWaitsForConfirmation() async throws {
        let h = try Harness(test: self, now: today)
        try h.seedCheckIn(3, at: daysAgo(2))
        await h.model.enterForeground()
        await h.model.loadHistory()
        let entry = try XCTUnwrap(h.model.history.first)

        h.model.requestDelete(entry)
        XCTAssertEqual(h.model.pendingDeletion, entry)
        XCTAssertEqual(try h.direct { try $0.listEntries(from: nil, to: nil) }.count, 1, "not deleted yet")
        h.model.cancelDelete()
        XCTAssertNil(h.model.pendingDeletion)
        XCTAssertEqual(try h.direct { try $0.listEntries(from: nil, to: nil) }.count, 1)

        h.model.requestDelete(entry)
        await h.model.confirmDelete()
        XCTAssertEqual(try h.direct { try $0.listEntries(from: nil, to: nil) }.count, 0)
        XCTAssertTrue(h.model.history.isEmpty)
        XCTAssertTrue(h.model.recent.isEmpty)
    }
}
