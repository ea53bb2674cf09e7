import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Issue #20: the calendar from the core's one call per month or year, and the history
/// paged by the core's cursor.
@MainActor
final class CalendarTests: XCTestCase {
    /// 08:00 in Paris.
    private let now = instant("2026-05-04T06:00:00Z")

    func testABackfilledCheckInLandsOnItsOwnDayInTheCalendar() async throws {
        let h = try Harness(test: self, now: now)
        try h.seedCheckIn(4, at: instant("2026-05-04T05:30:00Z"))
        await h.model.enterForeground()
        // 23:30 on 1 May in Paris is 21:30 UTC.
        let saved = await h.model.backfillCheckIn(CheckInInput(mood: 2, source: .app, note: "late"),
                                                   at: instant("2026-05-01T21:30:00Z"))
        XCTAssertNotNil(saved)
        let may = await h.model.calendar(month: CalendarLayout.Month(year: 2026, month: 5))
        XCTAssertEqual(may.map(\.day), CalendarLayout.Month(year: 2026, month: 5).days, "every day of May, in order")
        let first = try XCTUnwrap(may.first { $0.day == "2026-05-01" })
        XCTAssertEqual(first.count, 1)
        XCTAssertEqual(first.level, 2)
        XCTAssertTrue(first.hasNote)
        XCTAssertEqual(may.filter { $0.count > 0 }.map(\.day), ["2026-05-01", "2026-05-04"])
        XCTAssertEqual(CalendarWords.cellLabel(first, today: h.model.today, locale: Locale(identifier: "en_GB"),
                                               labels: h.model.moods),
                       "Friday 1 May: low, 1 check-in, a note")

        let year = await h.model.calendar(year: 2026)
        XCTAssertEqual(year.count, 365)
        XCTAssertEqual(year.first { $0.day == "2026-05-01" }, first, "the year agrees with the month")
        XCTAssertEqual(year.filter(\.hasEntries).map(\.day), ["2026-05-01", "2026-05-04"])
    }

    func testTheCalendarAgreesWithTheEntriesOfEachDay() async throws {
        let h = try Harness(test: self, now: now)
        try h.direct { hearth in
            for (mood, at) in [(4, "2026-03-03T07:00:00Z"), (3, "2026-03-03T18:00:00Z"), (2, "2026-03-10T12:00:00Z")] {
                _ = try hearth.recordCheckin(input: CheckInInput(mood: Int32(mood), source: .app, at: instant(at),
                                                                 utcOffsetSeconds: 3600))
            }
            _ = try hearth.addReflection(input: ReflectionInput(text: "words", at: instant("2026-03-10T20:00:00Z"),
                                                               utcOffsetSeconds: 3600))
            _ = try hearth.addThought(input: ThoughtInput(situation: "bus", at: instant("2026-03-12T08:00:00Z"),
                                                          utcOffsetSeconds: 3600))
        }
        await h.model.enterForeground()
        let march = await h.model.calendar(month: CalendarLayout.Month(year: 2026, month: 3))
        XCTAssertEqual(march.count, 31)
        for day in march {
            let entries = await h.model.entries(on: day.day)
            let moods = entries.compactMap { entry -> Int32? in
                if case .checkIn(let c) = entry { return c.mood }
                return nil
            }
            XCTAssertEqual(day.count, moods.count, day.day)
            XCTAssertEqual(day.hasEntries, !entries.isEmpty, day.day)
        }
        let third = try XCTUnwrap(march.first { $0.day == "2026-03-03" })
        XCTAssertEqual(third.mood, 3.5)
        XCTAssertEqual(third.level, 4, "the core rounds halves up")
        XCTAssertEqual(CalendarWords.moodWords(third, labels: h.model.moods), "mostly good")
        let tenth = try XCTUnwrap(march.first { $0.day == "2026-03-10" })
        XCTAssertTrue(tenth.hasReflection)
        XCTAssertTrue(try XCTUnwrap(march.first { $0.day == "2026-03-12" }).hasThought)
    }

    func testARefusedCalendarSaysSoKindly() async throws {
        let h = try Harness(test: self, now: now)
        await h.model.enterForeground()
        let none = await h.model.calendar(year: 0)
        XCTAssertTrue(none.isEmpty)
        XCTAssertEqual(h.model.notice?.kind, .problem)
    }
}
