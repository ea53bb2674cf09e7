import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// The words every screen uses for entries, moods, charts and problems.
@MainActor
final class PresentationTests: XCTestCase {
    func testEntriesAreDescribedTheSameWayEverywhere() async throws {
        let h = try Harness(test: self)
        try h.seedCheckIn(4, at: instant("2026-05-03T19:15:00Z"), note: "Dinner with Ana")
        await h.model.enterForeground()
        let reflected = await h.model.addReflection(ReflectionInput(text: "My sister called."))
        XCTAssertTrue(reflected)
        XCTAssertEqual(h.model.notice?.text, Copy.reflectionSaved)
        let thought = await h.model.addThought(ThoughtInput(situation: "Meeting", balancedThought: "It went fine"))
        XCTAssertTrue(thought)
        XCTAssertEqual(h.model.notice?.text, Copy.thoughtSaved)
        let moods = h.model.moods
        XCTAssertEqual(moods.count, 5)

        let groups = Presentation.byDay(h.model.recent)
        XCTAssertEqual(groups.map(\.day).last, "2026-05-03")
        let checkIn = try XCTUnwrap(groups.last?.entries.first)
        XCTAssertEqual(Presentation.time(of: checkIn), ClockTime.display("21:15"), "the locale's clock")
        XCTAssertEqual(Presentation.title(of: checkIn, labels: moods),
                       "Check-in: \(Presentation.moodDescription(4, labels: moods))")
        XCTAssertEqual(Presentation.detail(of: checkIn), "Dinner with Ana")
        XCTAssertTrue(Presentation.accessibilityText(of: checkIn, labels: moods).contains("at \(ClockTime.display("21:15"))"))
        XCTAssertEqual(Presentation.dayHeading("2026-05-03", today: "2026-05-03"), "Today")
        XCTAssertNotEqual(Presentation.dayHeading("2026-05-02", today: "2026-05-03"), "2026-05-02")
        XCTAssertEqual(Presentation.moodWord(9, labels: moods), "mood 9")
        XCTAssertEqual(Set((1...5).map { Presentation.moodSymbol(Int32($0)) }).count, 5, "a symbol per mood, never colour alone")
        for entry in h.model.recent {
            XCTAssertFalse(Presentation.title(of: entry, labels: moods).isEmpty)
            XCTAssertFalse(Presentation.id(of: entry).isEmpty)
        }
    }

    nonisolated func testProblemsAreKindAndNeverEmpty() {
        let errors: [Error] = [
            HearthError.WrongKey(detail: "canary"), HearthError.NotFound(kind: "entry", id: "e1"),
            HearthError.Locked(detail: "closed"), HearthError.Vault(detail: "before first unlock"),
            StoreLocationError.appGroupUnavailable("group.x"), CocoaError(.fileNoSuchFile),
        ]
        for error in errors {
            let text = Copy.problem(error)
            XCTAssertFalse(text.isEmpty)
            XCTAssertFalse(text.lowercased().contains("you missed"))
        }
        XCTAssertEqual(Copy.problem(HearthError.InvalidInput(field: "mood", reason: "choose 1 to 5")),
                       "That didn't quite fit: choose 1 to 5.")
    }

    func testChartsUseTheCoresNumbers() async throws {
        let h = try Harness(test: self)
        try h.seedCheckIn(2, at: instant("2026-05-02T08:00:00Z"))
        try h.seedCheckIn(4, at: instant("2026-05-03T08:00:00Z"))
        await h.model.enterForeground()
        let now = h.clock.now
        let read = await h.model.with { try $0.insights(days: 7, now: now, zone: Harness.zone) }
        let insights = try XCTUnwrap(read)
        let points = ChartData.daily(insights)
        XCTAssertEqual(points.map(\.day), ["2026-05-02", "2026-05-03"])
        XCTAssertEqual(points.map(\.mean), [2, 4])
        XCTAssertEqual(ChartData.spoken(3.45, count: 1), "average mood 3.5 of 5, 1 check-in")
        XCTAssertEqual(ChartData.periods.last?.days, nil)
    }
}
