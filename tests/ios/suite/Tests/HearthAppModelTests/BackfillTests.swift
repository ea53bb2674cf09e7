import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Issue #20: a check-in at a chosen earlier date and time lands on its own day.
@MainActor
final class BackfillTests: XCTestCase {
    /// 08:00 in Paris (UTC+2 in May).
    private let now = instant("2026-05-04T06:00:00Z")

    func testABackfilledCheckInLandsOnItsOwnDayInHistoryAndInsights() async throws {
        let h = try Harness(test: self, now: now)
        try h.seedCheckIn(4, at: instant("2026-05-04T05:30:00Z"))
        await h.model.enterForeground()
        await h.model.loadHistory()
        // 23:30 in Paris on 1 May is 21:30 UTC: the day must be Paris's, not UTC's or now's.
        let evening = instant("2026-05-01T21:30:00Z")
        let saved = await h.model.backfillCheckIn(CheckInInput(mood: 2, source: .app, note: "late"), at: evening)
        let checkIn = try XCTUnwrap(saved)
        XCTAssertEqual(checkIn.at, evening)
        XCTAssertEqual(checkIn.utcOffsetSeconds, 7200, "Paris's summer offset on that day")
        XCTAssertEqual(Presentation.day(of: .checkIn(checkin: checkIn)), "2026-05-01")
        XCTAssertEqual(try h.direct { try $0.checkinsOn(date: "2026-05-01") }.map(\.id), [checkIn.id])

        XCTAssertEqual(Presentation.byDay(h.model.history).map(\.day), ["2026-05-04", "2026-05-01"],
                       "shown on its own day at once, below today")
        await h.model.loadHistory()
        XCTAssertEqual(Presentation.byDay(h.model.history).map(\.day), ["2026-05-04", "2026-05-01"])

        let read = await h.model.insights(days: 7)
        let insights = try XCTUnwrap(read)
        let days = ChartData.daily(insights).map { ($0.day, $0.mean) }
        XCTAssertEqual(days.map(\.0), ["2026-05-01", "2026-05-04"])
        XCTAssertEqual(days.map(\.1), [2, 4])
    }

    func testAWinterDayKeepsWinterTime() async throws {
        let h = try Harness(test: self, now: now)
        await h.model.enterForeground()
        let january = instant("2026-01-10T23:30:00Z") // 00:30 on 11 January in Paris (UTC+1)
        let saved = await h.model.backfillCheckIn(CheckInInput(mood: 3, source: .app), at: january)
        XCTAssertEqual(saved?.utcOffsetSeconds, 3600)
        XCTAssertEqual(saved.map { Presentation.day(of: .checkIn(checkin: $0)) }, "2026-01-11")
    }

    func testThePickerStopsAtNow() async throws {
        let h = try Harness(test: self, now: now)
        XCTAssertEqual(h.model.backfillRange.upperBound, now)
        h.clock.advance(seconds: 60)
        XCTAssertEqual(h.model.backfillRange.upperBound, now.addingTimeInterval(60), "read fresh each time")
        XCTAssertTrue(h.model.backfillRange.contains(instant("1990-01-01T00:00:00Z")))
        XCTAssertFalse(h.model.backfillRange.contains(now.addingTimeInterval(61)))
    }

    func testMovingAnEditedCheckInKeepsItsId() async throws {
        let h = try Harness(test: self, now: now)
        try h.seedCheckIn(3, at: instant("2026-05-03T10:00:00Z"))
        await h.model.enterForeground()
        let original = try XCTUnwrap(try h.direct { try $0.listCheckins(from: nil, to: nil) }.first)
        let input = h.model.moved(EditInputs.checkIn(original), to: instant("2026-04-20T10:00:00Z"))
        let saved = await h.model.updateCheckIn(id: original.id, input)
        XCTAssertEqual(saved?.id, original.id)
        XCTAssertEqual(try h.direct { try $0.checkinsOn(date: "2026-04-20") }.map(\.id), [original.id])
        XCTAssertTrue(try h.direct { try $0.checkinsOn(date: "2026-05-03") }.isEmpty)
    }

    /// The core refuses a time still to come (against the real clock, with a little slack);
    /// the model shows its words next to the form and nothing is saved.
    func testAFutureTimeIsRefusedWithTheCoresWords() async throws {
        let h = try Harness(test: self, now: Date())
        await h.model.enterForeground()
        let tomorrow = Date().addingTimeInterval(86_400)
        let saved = await h.model.backfillCheckIn(CheckInInput(mood: 3, source: .app), at: tomorrow)
        XCTAssertNil(saved)
        XCTAssertEqual(h.model.formProblem?.field, "at")
        let message = try XCTUnwrap(h.model.formProblem?.message)
        XCTAssertTrue(message.hasPrefix("Please check the date and time: it is in the future"), message)
        XCTAssertEqual(h.model.notice?.text, message)
        XCTAssertTrue(try h.direct { try $0.listEntries(from: nil, to: nil) }.isEmpty, "nothing saved")

        // Moving a saved check-in into the future is refused too, and it stays where it was.
        let earlier = await h.model.backfillCheckIn(CheckInInput(mood: 3, source: .app), at: Date().addingTimeInterval(-3_600))
        let kept = try XCTUnwrap(earlier)
        XCTAssertNil(h.model.formProblem, "a good save clears the problem")
        let moved = await h.model.updateCheckIn(id: kept.id, h.model.moved(EditInputs.checkIn(kept), to: tomorrow))
        XCTAssertNil(moved)
        XCTAssertEqual(h.model.formProblem?.field, "at")
        XCTAssertEqual(try h.direct { try $0.getCheckin(id: kept.id) }.at, kept.at)
    }
}
