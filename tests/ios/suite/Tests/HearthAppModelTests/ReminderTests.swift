import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Defects 4, 7 and 8: quiet reminders with mood actions, cold-launch routing, and one
/// way for the app and the widget to schedule.
@MainActor
final class ReminderTests: XCTestCase {
    func testRemindersAreSilentAndCarryTheCoresFiveMoods() async throws {
        let h = try Harness(test: self)
        try h.direct { try self.saveReminders($0, times: ["20:00"]) }
        await h.model.enterForeground()
        let pending = await h.center.sortedPending
        XCTAssertFalse(pending.isEmpty)
        for trigger in pending {
            XCTAssertFalse(trigger.playsSound, "one quiet reminder: no sound")
            XCTAssertEqual(trigger.categoryIdentifier, ReminderCategory.identifier)
        }
        let registered = await h.center.category
        let category = try XCTUnwrap(registered, "the mood actions are registered")
        let moods = try XCTUnwrap(h.model.snapshot?.quickMoods)
        XCTAssertEqual(category.actions.map(\.mood), [1, 2, 3, 4, 5])
        XCTAssertEqual(category.actions.map { $0.title.lowercased() }, moods.map { $0.label.lowercased() })
        XCTAssertEqual(Set(category.actions.map(\.identifier)).count, 5)
        // Registered once, not on every refresh.
        await h.model.enterForeground()
        let registrations = await h.center.categoryRegistrations
        XCTAssertEqual(registrations, 1)
    }

    func testAMoodActionRecordsACheckInFromTheReminder() async throws {
        let h = try Harness(test: self)
        await h.model.enterForeground()
        let registered = await h.center.category
        let action = try XCTUnwrap(registered?.actions.first { $0.mood == 2 })
        await h.model.handleReminderResponse(actionIdentifier: action.identifier)
        let saved = try h.direct { try $0.listCheckins(from: nil, to: nil) }
        XCTAssertEqual(saved.map(\.mood), [2])
        XCTAssertEqual(saved.map(\.source), [.reminder])
        XCTAssertNil(h.model.pendingRoute, "no screen needed for a mood action")

        await h.model.handleReminderResponse(actionIdentifier: AppModel.dismissActionIdentifier)
        XCTAssertNil(h.model.pendingRoute)
        XCTAssertEqual(try h.direct { try $0.listCheckins(from: nil, to: nil) }.count, 1)
    }

    func testAReminderTappedOnAColdLaunchOpensTheCheckInOnce() async throws {
        let h = try Harness(test: self)
        // The notification delegate runs before any screen exists.
        await h.model.handleReminderResponse(actionIdentifier: "com.apple.UNNotificationDefaultActionIdentifier")
        await h.model.launch()
        var opened: [AppModel.Route] = []
        h.model.observeRoutes { opened.append($0) }
        XCTAssertEqual(opened, [.checkIn(.reminder)])
        XCTAssertNil(h.model.pendingRoute)
        // Later routes go straight to the observer.
        _ = await h.model.recordAssessment(.phq9, answers: [0, 0, 0, 0, 0, 0, 0, 0, 1])
        XCTAssertEqual(opened, [.checkIn(.reminder), .safety])
        h.model.stopObservingRoutes()
        h.model.openedFromReminder()
        XCTAssertEqual(h.model.pendingRoute, .checkIn(.reminder))
    }

    /// The app re-plans from an older read of the store while the widget saves a check-in
    /// and re-plans; the app's write lands last. Today's reminder must stay gone.
    func testTheLastSchedulerCannotBringBackTodaysReminder() async throws {
        let app = try Harness(test: self) // 10:00 in Paris; reminders at 20:00
        try app.direct { try self.saveReminders($0, times: ["20:00"]) }
        await app.model.replanReminders()
        var first = await app.center.sortedPending.first
        XCTAssertEqual(first?.dateComponents.day, 4, "today's reminder is planned")

        await app.center.holdNextRemoval()
        let appReplan = Task { await app.model.replanReminders() }
        await app.center.waitUntilHeld()
        // The widget: its own process, scheduler and store handle; same store and center.
        _ = try await WidgetActions.recordMood(3, now: app.clock.now, zone: Harness.zone, location: app.location,
                                               vault: app.vault, scheduler: ReminderScheduler(center: app.center))
        first = await app.center.sortedPending.first
        XCTAssertEqual(first?.dateComponents.day, 5)
        await app.center.release()
        await appReplan.value

        let days = await app.center.sortedPending.map { [$0.dateComponents.month, $0.dateComponents.day] }
        XCTAssertFalse(days.contains([5, 4]), "no reminder today (4 May) after a check-in")
        XCTAssertEqual(days.first, [5, 5])
        let earliest = await app.center.sortedPending.first?.fireDate
        XCTAssertEqual(app.model.nextReminder, earliest)
    }

    func testSavingReminderSettingsReplans() async throws {
        let h = try Harness(test: self)
        await h.model.enterForeground()
        let settings = ReminderSettings(enabled: true, times: ["21:30"], weekdays: [], quietStart: nil,
                                        quietEnd: nil, pauseUntil: nil, backOff: false)
        let saved = await h.model.saveReminderSettings(settings)
        XCTAssertEqual(saved?.times, ["21:30"])
        let first = await h.center.sortedPending.first
        XCTAssertEqual(first?.dateComponents.hour, 21)
        XCTAssertEqual(first?.dateComponents.minute, 30)
        XCTAssertEqual(h.model.nextReminder, first?.fireDate)
        XCTAssertEqual(h.model.notice?.text, Copy.settingsSaved)
    }
}
