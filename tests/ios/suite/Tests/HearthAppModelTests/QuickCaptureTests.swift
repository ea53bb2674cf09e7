import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Issue #21: every one-tap place records through the widget's core call, each with the
/// right source, and re-plans (no reminder left today).
@MainActor
final class QuickCaptureTests: XCTestCase {
    private func checkIns(_ h: Harness) throws -> [CheckIn] {
        try h.direct { try $0.listCheckins(from: nil, to: nil) }
    }

    private func todaysReminderLeft(_ h: Harness) async -> Bool {
        let pending = await h.center.sortedPending
        return pending.contains { Calendar(identifier: .gregorian).isDate($0.fireDate, equalTo: h.clock.now, toGranularity: .day) }
    }

    /// Home-screen and Lock Screen (`accessoryRectangular`) mood buttons: both run
    /// `RecordMoodIntent`, which is this call.
    func testAWidgetMoodButtonRecordsFromTheWidget() async throws {
        let h = try Harness(test: self)
        await h.model.enterForeground()
        let before = await todaysReminderLeft(h)
        XCTAssertTrue(before)
        try await WidgetTimeline.recordMood(4, now: h.clock.now, zone: Harness.zone, location: h.location,
                                            vault: h.vault, scheduler: ReminderScheduler(center: h.center))
        XCTAssertEqual(try checkIns(h).map(\.source), [.widget])
        XCTAssertEqual(try checkIns(h).map(\.mood), [4])
        let after = await todaysReminderLeft(h)
        XCTAssertFalse(after, "re-planned: no reminder once checked in")
    }

    func testAnAppShortcutRecordsThroughTheWidgetsCall() async throws {
        let h = try Harness(test: self)
        await h.model.enterForeground()
        let snapshot = try await QuickCapture.recordOutsideTheApp(
            2, from: .appShortcut, now: h.clock.now, zone: Harness.zone, location: h.location, vault: h.vault,
            scheduler: ReminderScheduler(center: h.center))
        XCTAssertTrue(snapshot.checkedInToday)
        let saved = try XCTUnwrap(try checkIns(h).first)
        XCTAssertEqual(saved.source, .widget, "the core has no Shortcuts source; the widget's call and source")
        XCTAssertEqual(saved.mood, 2)
        XCTAssertEqual(saved.utcOffsetSeconds, 7200, "Paris in May")
        let left = await todaysReminderLeft(h)
        XCTAssertFalse(left)
    }

    func testAReminderMoodActionRecordsFromTheReminder() async throws {
        let h = try Harness(test: self)
        await h.model.enterForeground()
        let category = await h.center.category
        let action = try XCTUnwrap(category?.actions.first { $0.mood == 5 })
        await h.model.handleReminderResponse(actionIdentifier: action.identifier)
        let saved = try XCTUnwrap(try checkIns(h).first)
        XCTAssertEqual(saved.source, .reminder)
        XCTAssertEqual(saved.mood, 5)
        XCTAssertEqual(saved.at, h.clock.now)
        XCTAssertEqual(saved.utcOffsetSeconds, 7200)
        XCTAssertEqual(h.model.snapshot?.checkedInToday, true, "refreshed")
        let left = await todaysReminderLeft(h)
        XCTAssertFalse(left)
    }

    /// The round Lock Screen widget and the Control Center control open the check-in; what
    /// the person saves there is from the widget.
    func testTheLockScreenCircleAndTheControlOpenACheckInFromTheWidget() async throws {
        for origin in [DeepLink.Origin.lockScreen, .control] {
            let h = try Harness(test: self)
            await h.model.enterForeground()
            var routes: [AppModel.Route] = []
            h.model.observeRoutes { routes.append($0) }
            XCTAssertTrue(h.model.open(DeepLink.checkIn(from: origin).url))
            XCTAssertEqual(routes, [.checkIn(.widget)])
            guard case .checkIn(let source)? = routes.first else { return XCTFail("no check-in opened") }
            await h.model.checkIn(CheckInInput(mood: 3, source: source))
            XCTAssertEqual(try checkIns(h).map(\.source), [.widget], "\(origin)")
        }
    }

    /// A reminder's mood saves the same row as the widget's own call would, apart from
    /// the source: same instant, offset, and nothing else filled in.
    func testEveryPathSavesTheSameCheckInApartFromItsSource() async throws {
        var rows: [QuickCapture.Path: CheckIn] = [:]
        let now = instant("2026-05-04T18:30:00Z")
        for path in QuickCapture.Path.allCases {
            let location = try freshLocation()
            rows[path] = try OneShotStore.perform(at: location, vault: MemoryKeyVault()) { hearth in
                _ = try QuickCapture.record(3, from: path, in: hearth, now: now, zone: "America/New_York")
                return try XCTUnwrap(try hearth.listCheckins(from: nil, to: nil).first)
            }
        }
        XCTAssertEqual(rows.mapValues(\.source), [.widget: .widget, .appShortcut: .widget, .reminder: .reminder])
        let widget = try XCTUnwrap(rows[.widget])
        for (path, row) in rows {
            XCTAssertEqual(row.at, widget.at, "\(path)")
            XCTAssertEqual(row.utcOffsetSeconds, -4 * 3600, "\(path)")
            XCTAssertEqual(row.mood, 3)
            XCTAssertNil(row.energy)
            XCTAssertNil(row.note)
            XCTAssertEqual(row.emotions, [])
            XCTAssertFalse(row.connected)
        }
    }

    func testARefusedMoodSavesNothingFromAnyPath() async throws {
        let h = try Harness(test: self)
        for path in QuickCapture.Path.allCases {
            do {
                try await QuickCapture.recordOutsideTheApp(9, from: path, now: h.clock.now, zone: Harness.zone,
                                                           location: h.location, vault: h.vault,
                                                           scheduler: ReminderScheduler(center: h.center))
                XCTFail("mood 9 was accepted from \(path)")
            } catch {}
        }
        XCTAssertEqual(try checkIns(h), [])
    }
}
