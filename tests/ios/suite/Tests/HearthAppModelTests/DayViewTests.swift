import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Issue #20: a day view mixing every kind of entry, and adding a check-in to a day.
@MainActor
final class DayViewTests: XCTestCase {
    /// 08:00 in Paris.
    private let now = instant("2026-05-04T06:00:00Z")

    func testADayMixesEveryKindNewestFirst() async throws {
        let h = try Harness(test: self, now: now)
        try h.direct { hearth in
            _ = try hearth.recordCheckin(input: CheckInInput(mood: 4, source: .app, at: instant("2026-05-02T06:00:00Z"),
                                                             utcOffsetSeconds: 7200))
            _ = try hearth.addReflection(input: ReflectionInput(text: "evening words", at: instant("2026-05-02T19:00:00Z"),
                                                               utcOffsetSeconds: 7200))
            _ = try hearth.addThought(input: ThoughtInput(situation: "lunch", at: instant("2026-05-02T10:00:00Z"),
                                                          utcOffsetSeconds: 7200))
            _ = try hearth.recordAssessment(instrument: .who5, answers: [3, 3, 3, 3, 3],
                                            at: instant("2026-05-02T12:00:00Z"), utcOffsetSeconds: 7200)
            // Other days stay out, including 23:30 UTC on the 2nd, which is the 3rd in Paris.
            _ = try hearth.recordCheckin(input: CheckInInput(mood: 2, source: .app, at: instant("2026-05-02T23:30:00Z"),
                                                             utcOffsetSeconds: 7200))
            _ = try hearth.recordCheckin(input: CheckInInput(mood: 2, source: .app, at: instant("2026-05-01T20:00:00Z"),
                                                             utcOffsetSeconds: 7200))
        }
        await h.model.enterForeground()
        let entries = await h.model.entries(on: "2026-05-02")
        XCTAssertEqual(entries.map(Presentation.kindWord(of:)), ["reflection", "questionnaire", "thought record", "check-in"])
        XCTAssertTrue(entries.allSatisfy { Presentation.day(of: $0) == "2026-05-02" })
        let empty = await h.model.entries(on: "2026-04-02")
        XCTAssertTrue(empty.isEmpty)
    }

    func testACheckInAddedToADayLandsOnThatDay() async throws {
        let h = try Harness(test: self, now: now)
        await h.model.enterForeground()
        let at = h.model.backfillDate(for: "2026-04-20")
        XCTAssertEqual(at, instant("2026-04-20T10:00:00Z"), "noon in Paris")
        XCTAssertEqual(h.model.backfillDate(for: "2026-05-04"), now, "today before noon: now, never the future")
        XCTAssertEqual(h.model.backfillDate(for: "not a day"), now)
        let saved = await h.model.backfillCheckIn(CheckInInput(mood: 5, source: .app), at: at)
        let entries = await h.model.entries(on: "2026-04-20")
        XCTAssertEqual(entries.map(Presentation.id(of:)), [try XCTUnwrap(saved?.id)])
    }

    nonisolated func testTheDaysWords() {
        XCTAssertEqual(DayCopy.title("2026-05-04", today: "2026-05-04"), "Today")
        XCTAssertTrue(DayCopy.canAdd(to: "2026-05-04", today: "2026-05-04"))
        XCTAssertTrue(DayCopy.canAdd(to: "2020-01-01", today: "2026-05-04"))
        XCTAssertFalse(DayCopy.canAdd(to: "2026-05-05", today: "2026-05-04"))
        XCTAssertFalse(DayCopy.empty.lowercased().contains("miss"))
        XCTAssertEqual(DayCopy.addCheckIn.accessibilityLabel, DayCopy.addCheckIn.title)
    }
}
