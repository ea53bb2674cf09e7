import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Defect 1: the widget stuck on "Open Hearth to check in." until midnight.
final class WidgetTimelineTests: XCTestCase {
    private struct Locked: Error {}
    private let paris = TimeZone(identifier: "Europe/Paris")!

    func testAFailedLoadTriesAgainWithinFifteenMinutes() {
        let now = instant("2026-05-04T08:00:00Z")
        let plan = WidgetTimeline.plan(now: now, zone: paris) { throw Locked() }
        guard case .unavailable(let text) = plan.content else { return XCTFail("no snapshot, so no buttons") }
        XCTAssertEqual(text, Copy.widgetUnavailable)
        XCTAssertGreaterThan(plan.refresh, now)
        XCTAssertLessThanOrEqual(plan.refresh.timeIntervalSince(now), 15 * 60)
    }

    func testASnapshotLastsUntilTheNextLocalMidnight() throws {
        let location = try freshLocation()
        let vault = MemoryKeyVault()
        let now = instant("2026-05-04T08:00:00Z")
        let plan = WidgetTimeline.plan(now: now, zone: paris) {
            try WidgetTimeline.read(now: now, zone: "Europe/Paris", location: location, vault: vault)
        }
        guard case .moods(let snapshot) = plan.content else { return XCTFail("the store is readable") }
        XCTAssertEqual(snapshot.quickMoods.map(\.mood), [1, 2, 3, 4, 5])
        XCTAssertEqual(plan.refresh, instant("2026-05-04T22:00:00Z"))
    }

    func testTheGalleryPreviewShowsTheCoresMoodButtons() {
        let content = WidgetTimeline.preview(now: instant("2026-05-04T08:00:00Z"), zone: "Europe/Paris")
        guard case .moods(let snapshot) = content else { return XCTFail("the preview must show buttons") }
        XCTAssertEqual(snapshot.quickMoods.map(\.mood), [1, 2, 3, 4, 5])
        XCTAssertFalse(snapshot.checkedInToday)
        XCTAssertFalse(snapshot.line.isEmpty)
    }

    @MainActor
    func testBecomingActiveReloadsTheWidget() async throws {
        let h = try Harness(test: self)
        await h.model.enterForeground()
        XCTAssertEqual(h.reloads.count, 1)
        await h.model.enterForeground()
        XCTAssertEqual(h.reloads.count, 2)
    }

    @MainActor
    func testTheWidgetsCheckedInLineIsWhatItSays() async throws {
        let h = try Harness(test: self)
        await h.model.enterForeground()
        let before = try XCTUnwrap(h.model.snapshot)
        XCTAssertNil(Presentation.checkedInLine(before))
        let after = try await WidgetActions.recordMood(4, now: h.clock.now, zone: Harness.zone, location: h.location,
                                                       vault: h.vault, scheduler: ReminderScheduler(center: h.center))
        let word = Presentation.moodWord(4, labels: after.quickMoods)
        XCTAssertEqual(Presentation.checkedInLine(after), "Checked in at \(ClockTime.display("10:00")), \(word)")
        XCTAssertNil(Presentation.todaySummary(before))
        XCTAssertEqual(Presentation.todaySummary(after), "You've checked in once today; last at \(ClockTime.display("10:00")): \(word).")
    }
}
