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

    func testPagingUsesTheCoresCursorAndVisitsEachEntryOnce() async throws {
        let h = try Harness(test: self, now: today)
        let written = try h.direct { hearth -> Int in
            for n in 0..<120 {
                let at = daysAgo(n * 3).addingTimeInterval(-3_600)
                _ = try hearth.recordCheckin(input: CheckInInput(mood: Int32(n % 5 + 1), source: .app, at: at,
                                                                 utcOffsetSeconds: 7200))
                if n % 10 == 0 {
                    _ = try hearth.addReflection(input: ReflectionInput(text: "r\(n)", at: at.addingTimeInterval(60),
                                                                       utcOffsetSeconds: 7200))
                }
            }
            return try hearth.listEntries(from: nil, to: nil).count
        }
        XCTAssertEqual(written, 132)
        await h.model.enterForeground()
        await h.model.loadHistory()
        var pages = 1
        XCTAssertEqual(h.model.history.count, Int(AppModel.historyPageSize))
        while h.model.historyHasMore && pages < 100 {
            await h.model.loadOlderHistory()
            pages += 1
        }
        XCTAssertEqual(pages, 3, "132 entries in pages of 50")
        let ids = h.model.history.map(Presentation.id(of:))
        XCTAssertEqual(Set(ids).count, 132, "each entry once")
        XCTAssertEqual(ids, try h.direct { try $0.listEntries(from: nil, to: nil) }.map(Presentation.id(of:)),
                       "newest first, as the day lists them")
        await h.model.loadOlderHistory()
        XCTAssertEqual(h.model.history.count, 132, "nothing more once the end is reached")
    }
}
