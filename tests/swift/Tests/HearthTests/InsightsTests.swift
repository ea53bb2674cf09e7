import Foundation
import XCTest
import HearthCore

/// Insights and the low-mood suggestion over seeded check-ins.
final class InsightsTests: XCTestCase {
    let zone = "UTC"
    let now = instant("2026-11-28T18:00:00Z")
    let day = 86_400.0

    /// 20 days ending today at 12:00 UTC: even days connected (mood 4), odd days not
    /// (mood 3). The first three connected days also carry the tag "garden".
    func seedAlternating(_ hearth: Hearth) throws {
        let noon = instant("2026-11-28T12:00:00Z")
        for i in 0..<20 {
            let connected = i % 2 == 0
            _ = try hearth.recordCheckin(input: CheckInInput(
                mood: connected ? 4 : 3, source: .app,
                tags: connected && i < 6 ? ["garden"] : [],
                at: noon.addingTimeInterval(-Double(i) * day), utcOffsetSeconds: 0,
                connected: connected))
        }
    }

    func testConnectionComparisonLeadsTheHighlights() throws {
        let hearth = try openFreshStore()
        try seedAlternating(hearth)
        let insights = try hearth.insights(days: 30, now: now, zone: zone)
        XCTAssertEqual(insights.to, "2026-11-28")
        XCTAssertEqual(insights.checkins, 20)
        XCTAssertEqual(insights.meanMood, 3.5)

        let c = insights.connection
        XCTAssertTrue(c.enoughData)
        XCTAssertEqual(c.daysWith, 10)
        XCTAssertEqual(c.daysWithout, 10)
        XCTAssertEqual(c.meanWith, 4.0)
        XCTAssertEqual(c.meanWithout, 3.0)
        XCTAssertEqual(insights.highlights.first, c.text)
        XCTAssertTrue(c.text.contains("4.0") && c.text.contains("3.0"), c.text)
        XCTAssertNil(insights.suggestion, "mean 3.5 is not a low mood")
    }

    func testAnAssociationWithFewerThanFiveIsNotEnoughData() throws {
        let hearth = try openFreshStore()
        try seedAlternating(hearth)
        let insights = try hearth.insights(days: 30, now: now, zone: zone)
        let garden = try XCTUnwrap(insights.associations.first { $0.kind == "tag" && $0.name == "garden" })
        XCTAssertEqual(garden.withCount, 3)
        XCTAssertEqual(garden.withoutCount, 17)
        XCTAssertFalse(garden.enoughData)
        XCTAssertNil(garden.effectSize)
        XCTAssertTrue(garden.text.hasPrefix("Not enough data yet"), garden.text)
        XCTAssertFalse(insights.highlights.contains(garden.text), "not a highlight")
    }

    func testTooFewConnectionDaysIsNotEnoughData() throws {
        let hearth = try openFreshStore()
        for i in 0..<4 {
            _ = try hearth.recordCheckin(input: CheckInInput(
                mood: 4, source: .app, at: now.addingTimeInterval(-Double(i) * day), utcOffsetSeconds: 0,
                connected: true))
        }
        let c = try hearth.insights(days: 30, now: now, zone: zone).connection
        XCTAssertFalse(c.enoughData)
        XCTAssertTrue(c.text.hasPrefix("Not enough data yet"), c.text)
    }

    func testSustainedLowMoodRaisesASuggestion() throws {
        let hearth = try openFreshStore()
        for i in 0..<7 {
            _ = try hearth.recordCheckin(input: CheckInInput(
                mood: i % 2 == 0 ? 1 : 2, source: .app,
                at: now.addingTimeInterval(-Double(i) * 1.5 * day), utcOffsetSeconds: 0))
        }
        let snapshot = try hearth.widgetSnapshot(now: now, zone: zone)
        let suggestion = try XCTUnwrap(snapshot.suggestion)
        XCTAssertEqual(suggestion.reason, "sustained_low_mood")
        XCTAssertEqual(suggestion.checkins, 7)
        XCTAssertLessThanOrEqual(suggestion.meanMood, 2.0)
        XCTAssertTrue(suggestion.actions.contains("open_safety_plan"), "\(suggestion.actions)")
        XCTAssertTrue(suggestion.actions.contains("open_crisis_lines"), "\(suggestion.actions)")
        XCTAssertFalse(suggestion.message.isEmpty)
        XCTAssertEqual(try hearth.insights(days: 30, now: now, zone: zone).suggestion, suggestion)
    }

    func testSixLowCheckInsAreNotEnoughForASuggestion() throws {
        let hearth = try openFreshStore()
        for i in 0..<6 {
            _ = try hearth.recordCheckin(input: CheckInInput(
                mood: 1, source: .app, at: now.addingTimeInterval(-Double(i) * day), utcOffsetSeconds: 0))
        }
        XCTAssertNil(try hearth.widgetSnapshot(now: now, zone: zone).suggestion)
    }
}
