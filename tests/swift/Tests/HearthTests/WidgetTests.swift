import Foundation
import XCTest
import HearthCore

/// The widget snapshot and the one-call widget check-in.
final class WidgetTests: XCTestCase {
    let zone = "Europe/London" // UTC+00:00 in November
    let now = instant("2026-11-28T18:00:00Z")

    func testSnapshotBeforeAndAfterACheckInToday() throws {
        let hearth = try openFreshStore()
        let before = try hearth.widgetSnapshot(now: now, zone: zone)
        XCTAssertEqual(before.date, "2026-11-28")
        XCTAssertFalse(before.checkedInToday)
        XCTAssertEqual(before.countToday, 0)
        XCTAssertNil(before.lastMood)
        XCTAssertNil(before.lastTime)
        XCTAssertNil(before.suggestion)
        XCTAssertFalse(before.line.isEmpty)
        XCTAssertEqual(before.quickMoods.map(\.mood), [1, 2, 3, 4, 5])
        XCTAssertTrue(before.quickMoods.allSatisfy { !$0.label.isEmpty && !$0.accessibilityLabel.isEmpty })
        XCTAssertEqual(before.quickMoods[3].accessibilityLabel, "Record mood: good, 4 of 5")

        _ = try hearth.recordCheckin(input: CheckInInput(
            mood: 4, source: .app, at: instant("2026-11-27T21:00:00Z"), utcOffsetSeconds: 0)) // yesterday
        XCTAssertFalse(try hearth.widgetSnapshot(now: now, zone: zone).checkedInToday, "yesterday doesn't count")

        _ = try hearth.recordCheckin(input: CheckInInput(
            mood: 4, source: .app, at: instant("2026-11-28T09:30:00Z"), utcOffsetSeconds: 0))
        let after = try hearth.widgetSnapshot(now: now, zone: zone)
        XCTAssertTrue(after.checkedInToday)
        XCTAssertEqual(after.countToday, 1)
        XCTAssertEqual(after.lastMood, 4)
        XCTAssertEqual(after.lastTime, "09:30")
        XCTAssertEqual(after.quickMoods, before.quickMoods)
        XCTAssertNotEqual(after.lineId, before.lineId, "the line changes once checked in")
    }

    func testWidgetCheckinRecordsWithSourceWidgetAndReturnsTheRefreshedSnapshot() throws {
        let hearth = try openFreshStore()
        _ = try hearth.recordCheckin(input: CheckInInput(
            mood: 4, source: .app, at: instant("2026-11-28T09:30:00Z"), utcOffsetSeconds: 0))

        let snapshot = try hearth.widgetCheckin(mood: 2, now: now, zone: zone)
        XCTAssertEqual(snapshot.countToday, 2)
        XCTAssertEqual(snapshot.lastMood, 2)
        XCTAssertEqual(snapshot.lastTime, "18:00")
        XCTAssertEqual(snapshot, try hearth.widgetSnapshot(now: now, zone: zone))

        let newest = try XCTUnwrap(try hearth.listCheckins(from: "2026-11-28", to: "2026-11-28").first)
        XCTAssertEqual(newest.source, .widget)
        XCTAssertEqual(newest.mood, 2)
        XCTAssertEqual(newest.at, now)
        XCTAssertEqual(newest.utcOffsetSeconds, 0, "the offset comes from the zone at that instant")
    }

    func testWidgetCheckinUsesTheZonesOffset() throws {
        let hearth = try openFreshStore()
        let snapshot = try hearth.widgetCheckin(mood: 5, now: now, zone: "Asia/Kolkata")
        XCTAssertEqual(snapshot.date, "2026-11-28")
        XCTAssertEqual(snapshot.lastTime, "23:30")
        XCTAssertEqual(try hearth.listCheckins(from: nil, to: nil).first?.utcOffsetSeconds, 19_800)
    }

    func testWidgetCheckinRefusesAnInvalidMood() throws {
        let hearth = try openFreshStore()
        assertInvalidInput("mood") { try hearth.widgetCheckin(mood: 6, now: now, zone: zone) }
        XCTAssertEqual(try hearth.listCheckins(from: nil, to: nil), [])
    }
}
