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

    func testEveryChangeToAnOldDayTellsItsScreenToReadAgain() async throws {
        let h = try Harness(test: self, now: now)
        let reflection = try h.direct {
            try $0.addReflection(input: ReflectionInput(text: "old words", at: instant("2025-01-02T10:00:00Z"),
                                                        utcOffsetSeconds: 3600))
        }
        await h.model.enterForeground()
        let recentBefore = h.model.recent
        var version = h.model.journalVersion
        var input = EditInputs.reflection(reflection)
        input.text = "new words"
        await h.model.updateReflection(id: reflection.id, input)
        XCTAssertEqual(h.model.recent, recentBefore, "the last 30 days look the same")
        XCTAssertGreaterThan(h.model.journalVersion, version, "but the old day's screen reads again")
        version = h.model.journalVersion

        let entry = Entry.reflection(reflection: try h.direct { try $0.getReflection(id: reflection.id) })
        h.model.requestDelete(entry)
        await h.model.confirmDelete()
        XCTAssertGreaterThan(h.model.journalVersion, version)
        version = h.model.journalVersion
        await h.model.undoDelete()
        XCTAssertGreaterThan(h.model.journalVersion, version)
        version = h.model.journalVersion

        let sam = await h.model.addPerson(PersonInput(name: "Sam"))
        h.model.requestRemovePerson(try XCTUnwrap(sam))
        await h.model.confirmRemovePerson()
        XCTAssertGreaterThan(h.model.journalVersion, version)
        version = h.model.journalVersion
        let tags = await h.model.allTags()
        let tag = try XCTUnwrap(tags.first)
        await h.model.renameTag(id: tag.id, to: "renamed")
        XCTAssertGreaterThan(h.model.journalVersion, version)
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
