import Foundation
import XCTest
import HearthCore

final class LocalDatesTests: XCTestCase {
    private let ny = TimeZone(identifier: "America/New_York")!

    /// Times on screen follow the locale's clock: 24-hour in German and Spanish, 12-hour
    /// in the US; the core's "HH:MM" never changes.
    func testTimesFollowTheLocalesClock() {
        XCTAssertEqual(ClockTime.display("21:15", locale: Locale(identifier: "de_DE")), "21:15")
        XCTAssertEqual(ClockTime.display("21:15", locale: Locale(identifier: "es_ES")), "21:15")
        let us = ClockTime.display("21:15", locale: Locale(identifier: "en_US"))
        XCTAssertTrue(us.hasPrefix("9:15") && us.hasSuffix("PM"), us)
        XCTAssertEqual(ClockTime.display("not a time", locale: Locale(identifier: "de_DE")), "not a time")
    }

    func testLocalDayStrings() {
        let t = instant("2026-03-08T03:30:00Z") // 22:30 on the 7th in New York
        XCTAssertEqual(LocalDay.string(for: t, in: ny), "2026-03-07")
        XCTAssertEqual(LocalDay.string(for: t, in: TimeZone(identifier: "UTC")!), "2026-03-08")
        XCTAssertEqual(LocalDay.string(daysBefore: 30, t, in: ny), "2026-02-05")
        XCTAssertEqual(LocalDay.string(daysBefore: 1, instant("2026-03-09T12:00:00Z"), in: ny), "2026-03-08")
    }

    func testDayToDateAcrossDaylightSaving() throws {
        XCTAssertEqual(LocalDay.date(from: "2026-03-08", in: ny), instant("2026-03-08T16:00:00Z"))
        XCTAssertEqual(LocalDay.date(from: "2026-03-07", in: ny), instant("2026-03-07T17:00:00Z"))
        XCTAssertNil(LocalDay.date(from: "2026-02-30", in: ny))
        XCTAssertNil(LocalDay.date(from: "2026-W10", in: ny))
        XCTAssertNil(LocalDay.date(from: "", in: ny))
    }

    func testEntryTimeUsesTheRecordedOffset() {
        let at = instant("2026-03-08T02:15:00Z")
        XCTAssertEqual(EntryTime.clock(at, utcOffsetSeconds: -5 * 3600), "21:15")
        XCTAssertEqual(EntryTime.day(at, utcOffsetSeconds: -5 * 3600), "2026-03-07")
        XCTAssertEqual(EntryTime.clock(at, utcOffsetSeconds: 19800), "07:45") // UTC+5:30
    }

    func testEntryTimeMatchesTheCoreForACLIEntry() throws {
        let hearth = try Hearth.open(dir: try freshLocation().prepare().path, vault: MemoryKeyVault())
        let saved = try hearth.recordCheckin(input: CheckInInput(
            mood: 3, source: .app, at: instant("2026-03-08T02:15:00Z"), utcOffsetSeconds: -18000))
        XCTAssertEqual(EntryTime.day(saved.at, utcOffsetSeconds: saved.utcOffsetSeconds), "2026-03-07")
        XCTAssertEqual(try hearth.checkinsOn(date: "2026-03-07").map(\.id), [saved.id])
    }

    func testClockTimes() throws {
        let day = instant("2026-03-08T16:00:00Z")
        let d = try XCTUnwrap(ClockTime.date("20:30", on: day, in: ny))
        XCTAssertEqual(ClockTime.string(d, in: ny), "20:30")
        XCTAssertEqual(d, instant("2026-03-09T00:30:00Z"))
        XCTAssertNil(ClockTime.date("24:00", in: ny))
        XCTAssertNil(ClockTime.date("8", in: ny))
        // Round trip through the core's settings.
        let hearth = try Hearth.open(dir: try freshLocation().prepare().path, vault: MemoryKeyVault())
        try saveReminders(hearth, times: [ClockTime.string(d, in: ny)])
        XCTAssertEqual(try hearth.reminderSettings().times, ["20:30"])
    }
}
