import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Issue #19: what Hearth shows outside the app with the lock on. The widget can keep
/// quiet, reminders keep their words off the Lock Screen, and the one-tap moods (widget,
/// reminder action) still record while the app is locked.
@MainActor
final class QuietOutsideTests: XCTestCase {
    private let paris = TimeZone(identifier: "Europe/Paris")!
    private let on = LockSettings.standard.withLock(true)

    func testTheQuietWidgetCarriesOnlyTheMoodButtons() async throws {
        let h = try Harness(test: self)
        // A low day: the core's line would be its gentle low-mood message.
        try h.seedCheckIn(1, at: instant("2026-05-04T06:00:00Z"), note: "Rough night")
        try h.seedCheckIn(1, at: instant("2026-05-04T07:00:00Z"))
        try h.storeLock(on)
        let now = h.clock.now
        let reading = try WidgetTimeline.read(now: now, zone: Harness.zone, location: h.location, vault: h.vault)
        XCTAssertEqual(reading.snapshot.lastMood, 1, "the store has something to hide")
        let plan = WidgetTimeline.plan(now: now, zone: paris) { reading }
        guard case .quiet(let moods) = plan.content else { return XCTFail("lock on + quiet: buttons only") }
        XCTAssertEqual(moods.map(\.mood), [1, 2, 3, 4, 5])
        XCTAssertEqual(moods, reading.snapshot.quickMoods)
        XCTAssertEqual(plan.refresh, instant("2026-05-04T22:00:00Z"))
    }

    func testTheWidgetSpeaksWhenTheLockIsOffOrTheQuietSettingIsOff() async throws {
        let h = try Harness(test: self)
        try h.seedCheckIn(4, at: instant("2026-05-04T07:00:00Z"))
        let now = h.clock.now
        var talkative = on
        talkative.quietWidget = false
        for settings in [LockSettings.standard, talkative] {
            try h.storeLock(settings)
            let plan = WidgetTimeline.plan(now: now, zone: paris) {
                try WidgetTimeline.read(now: now, zone: Harness.zone, location: h.location, vault: h.vault)
            }
            guard case .moods(let snapshot) = plan.content else { return XCTFail("\(settings): the full widget") }
            XCTAssertEqual(snapshot.lastMood, 4)
        }
    }

    func testUnreadableLockSettingsKeepTheWidgetQuiet() async throws {
        let h = try Harness(test: self)
        try h.direct { try $0.setShellSetting(name: LockSettingsCodec.settingName, value: "v9") }
        let reading = try WidgetTimeline.read(now: h.clock.now, zone: Harness.zone, location: h.location, vault: h.vault)
        XCTAssertEqual(reading.lock, .unreadable)
        guard case .quiet = WidgetTimeline.content(reading) else { return XCTFail("unreadable is not 'off'") }
    }

    func testAWidgetCheckInRecordsWhileTheAppIsLocked() async throws {
        let h = try Harness(test: self)
        try h.storeLock(on)
        try h.direct { try self.saveReminders($0, times: ["20:00"]) }
        await h.model.enterForeground()
        XCTAssertEqual(h.model.lock.status, .locked)
        try await WidgetTimeline.recordMood(2, now: h.clock.now, zone: Harness.zone, location: h.location,
                                            vault: h.vault, scheduler: ReminderScheduler(center: h.center))
        let saved = try h.direct { try $0.listCheckins(from: nil, to: nil) }
        XCTAssertEqual(saved.map(\.mood), [2])
        XCTAssertEqual(saved.map(\.source), [.widget])
        XCTAssertEqual(h.model.lock.status, .locked, "the widget never unlocks the app either")
        XCTAssertEqual(h.auth.reasons, [], "and never asks")
        let pending = await h.center.sortedPending
        XCTAssertFalse(pending.isEmpty)
        XCTAssertEqual(Set(pending.map(\.body)), [LockCopy.quietReminderBody], "the widget's re-plan keeps quiet too")
    }

    func testAReminderMoodActionRecordsWhileTheAppIsLocked() async throws {
        let h = try Harness(test: self)
        try h.storeLock(on)
        await h.model.enterForeground()
        XCTAssertEqual(h.model.lock.status, .locked)
        await h.model.handleReminderResponse(actionIdentifier: "hearth.mood.3")
        XCTAssertEqual(try h.direct { try $0.listCheckins(from: nil, to: nil) }.map(\.source), [.reminder])
        XCTAssertEqual(h.model.lock.status, .locked)
        XCTAssertEqual(h.auth.reasons, [])
    }

    func testRemindersKeepTheirWordsOffTheLockScreen() async throws {
        let h = try Harness(test: self)
        try h.direct { try self.saveReminders($0, times: ["20:00"]) }
        await h.model.enterForeground()
        let category = await h.center.category
        XCTAssertEqual(category?.hiddenPreviewsPlaceholder, LockCopy.reminderHiddenPreview,
                       "while previews are hidden, always a placeholder")
        let open = await h.center.sortedPending
        XCTAssertFalse(open.contains { $0.body == LockCopy.quietReminderBody }, "lock off: the core's own words")
        let expected = try h.direct { try $0.planIOSReminders(now: h.clock.now, zone: Harness.zone) }
        XCTAssertEqual(open.map(\.body), expected.sorted { $0.at < $1.at }.map(\.message))

        await h.model.setLockEnabled(true)
        let quiet = await h.center.sortedPending
        XCTAssertEqual(quiet.map(\.identifier), open.map(\.identifier), "same slots, same times")
        XCTAssertEqual(Set(quiet.map(\.body)), [LockCopy.quietReminderBody])

        await h.model.setQuietWidget(false)
        let spoken = await h.center.sortedPending
        XCTAssertEqual(spoken.map(\.body), open.map(\.body))
    }

    func testQuietSettingsReloadTheWidget() async throws {
        let h = try Harness(test: self)
        await h.model.enterForeground()
        let before = h.reloads.count
        await h.model.setLockEnabled(true)
        XCTAssertEqual(h.reloads.count, before + 1)
    }
}
