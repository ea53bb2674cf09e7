import Foundation
import XCTest
import HearthCore

/// The reminder path: the real core plans, the adapter maps the plan to calendar
/// trigger specs (at most 64), and the scheduler replaces what is pending.
final class ReminderTriggerTests: XCTestCase {
    private let newYork = "America/New_York"

    private func openStore() throws -> Hearth {
        try Hearth.open(dir: try freshLocation().prepare().path, vault: MemoryKeyVault())
    }

    private func nyCalendar() throws -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try XCTUnwrap(TimeZone(identifier: newYork))
        return calendar
    }

    func testTheCoreLimitIsTheSystemLimit() {
        XCTAssertEqual(iosMaxPendingReminders(), 64)
        XCTAssertEqual(ReminderTriggers.limit, 64)
    }

    func testCapsAt64EarliestFirst() throws {
        let hearth = try openStore()
        try saveReminders(hearth, times: ["08:00", "13:00", "20:00"])
        // Ask the core for far more than iOS keeps: 3 a day for 100 days.
        let plan = try hearth.planReminders(now: instant("2026-03-01T12:00:00Z"), zone: newYork, count: 300)
        XCTAssertEqual(plan.count, 300)

        let triggers = ReminderTriggers.triggers(for: plan)
        XCTAssertEqual(triggers.count, 64)
        let earliest = plan.sorted { $0.at < $1.at }.prefix(64)
        XCTAssertEqual(triggers.map(\.identifier), earliest.map(\.id))
        XCTAssertEqual(Set(triggers.map(\.identifier)).count, 64, "identifiers are unique")
        XCTAssertEqual(triggers.map(\.fireDate), triggers.map(\.fireDate).sorted())

        // A larger limit is still capped at 64; a smaller one is honoured.
        XCTAssertEqual(ReminderTriggers.triggers(for: plan, limit: 500).count, 64)
        XCTAssertEqual(ReminderTriggers.triggers(for: plan, limit: 10).count, 10)
        XCTAssertEqual(ReminderTriggers.triggers(for: plan, limit: -1).count, 0)

        // Planning for iOS asks the core for exactly the limit.
        let iosPlan = try hearth.planIOSReminders(now: instant("2026-03-01T12:00:00Z"), zone: newYork)
        XCTAssertEqual(iosPlan.count, 64)
        XCTAssertEqual(iosPlan.map(\.id), triggers.map(\.identifier))
    }

    func testDuplicateIdentifiersAreScheduledOnce() throws {
        let hearth = try openStore()
        try saveReminders(hearth, times: ["09:00"])
        let plan = try hearth.planReminders(now: instant("2026-05-01T00:00:00Z"), zone: newYork, count: 3)
        let triggers = ReminderTriggers.triggers(for: plan + plan)
        XCTAssertEqual(triggers.map(\.identifier), plan.map(\.id))
    }

    func testSpringForwardDayInNewYork() throws {
        // 2026-03-08: clocks in New York jump from 02:00 to 03:00. A 02:30 reminder does
        // not exist that day; the core moves it to the first valid minute after, 03:00.
        let hearth = try openStore()
        try saveReminders(hearth, times: ["02:30"])
        let plan = try hearth.planReminders(now: instant("2026-03-06T12:00:00Z"), zone: newYork, count: 4)
        let triggers = ReminderTriggers.triggers(for: plan)
        XCTAssertEqual(triggers.count, 4)

        let expected: [(date: String, y: Int, m: Int, d: Int, h: Int, min: Int, utc: String)] = [
            ("2026-03-07", 2026, 3, 7, 2, 30, "2026-03-07T07:30:00Z"), // EST, UTC-5
            ("2026-03-08", 2026, 3, 8, 3, 0, "2026-03-08T07:00:00Z"),  // the gap: 03:00 EDT
            ("2026-03-09", 2026, 3, 9, 2, 30, "2026-03-09T06:30:00Z"), // EDT, UTC-4
            ("2026-03-10", 2026, 3, 10, 2, 30, "2026-03-10T06:30:00Z"),
        ]
        let calendar = try nyCalendar()
        for (i, (reminder, trigger)) in zip(plan, triggers).enumerated() {
            let e = expected[i]
            XCTAssertEqual(reminder.localDate, e.date)
            XCTAssertEqual(trigger.identifier, reminder.id)
            XCTAssertEqual(trigger.body, reminder.message)
            XCTAssertFalse(trigger.body.isEmpty)
            XCTAssertEqual(trigger.messageId, reminder.messageId)
            XCTAssertEqual(trigger.title, "Hearth")
            let c = trigger.dateComponents
            XCTAssertEqual([c.year, c.month, c.day, c.hour, c.minute], [e.y, e.m, e.d, e.h, e.min],
                           "components for \(e.date)")
            XCTAssertNil(c.second)
            XCTAssertNil(c.timeZone, "matched in the device's zone")
            XCTAssertEqual(trigger.fireDate, instant(e.utc), "instant for \(e.date)")
            // Read back in New York, the components name exactly the planned instant.
            XCTAssertEqual(calendar.date(from: c), reminder.at, "components → instant for \(e.date)")
        }
    }

    func testFallBackDayInNewYorkFiresOnce() throws {
        // 2026-11-01: 01:00–02:00 happens twice in New York. A 01:30 reminder fires once.
        let hearth = try openStore()
        try saveReminders(hearth, times: ["01:30"])
        let plan = try hearth.planReminders(now: instant("2026-10-30T12:00:00Z"), zone: newYork, count: 4)
        let triggers = ReminderTriggers.triggers(for: plan)
        let onTheDay = zip(plan, triggers).filter { $0.0.localDate == "2026-11-01" }
        XCTAssertEqual(onTheDay.count, 1)
        let (reminder, trigger) = try XCTUnwrap(onTheDay.first)
        let c = trigger.dateComponents
        XCTAssertEqual([c.year, c.month, c.day, c.hour, c.minute], [2026, 11, 1, 1, 30])
        // The first 01:30 (EDT) — the one a calendar trigger matches first.
        XCTAssertEqual(reminder.at, instant("2026-11-01T05:30:00Z"))
        XCTAssertEqual(try nyCalendar().date(from: c), reminder.at)
    }

    func testSchedulerReplacesInsteadOfAdding() async throws {
        let hearth = try openStore()
        try saveReminders(hearth, times: ["07:00", "12:00", "19:00", "21:00"])
        let center = FakeReminderCenter()
        let scheduler = ReminderScheduler(center: center)

        let first = try hearth.planReminders(now: instant("2026-04-01T00:00:00Z"), zone: newYork, count: 200)
        let report = await scheduler.replace(with: first)
        XCTAssertEqual(report, ReplanReport(scheduled: 64, failed: 0, next: first.map(\.at).min()))

        // A day later everything moves on: still 64, none of the old past ones left.
        let later = try hearth.planReminders(now: instant("2026-04-02T00:00:00Z"), zone: newYork, count: 200)
        await scheduler.replace(with: later)
        let pending = await center.sortedPending
        XCTAssertEqual(pending.count, 64)
        XCTAssertEqual(pending.map(\.identifier), ReminderTriggers.triggers(for: later).map(\.identifier))
        let most = await center.mostEverPending
        XCTAssertLessThanOrEqual(most, 64)
        let removals = await center.removals
        XCTAssertEqual(removals, 2)
    }

    func testConcurrentReplansNeverExceed64() async throws {
        let hearth = try openStore()
        try saveReminders(hearth, times: ["06:00", "09:00", "12:00", "15:00", "18:00", "21:00"])
        let center = FakeReminderCenter()
        let scheduler = ReminderScheduler(center: center)
        var plans: [[PlannedReminder]] = []
        for day in 1...8 {
            plans.append(try hearth.planReminders(
                now: instant(String(format: "2026-06-%02dT03:00:00Z", day)), zone: newYork, count: 120))
        }
        await withTaskGroup(of: Void.self) { group in
            for plan in plans { group.addTask { await scheduler.replace(with: plan) } }
        }
        let most = await center.mostEverPending
        XCTAssertLessThanOrEqual(most, 64)
        let count = await center.sortedPending.count
        XCTAssertEqual(count, 64)
    }

    func testDisabledRemindersClearEverything() async throws {
        let hearth = try openStore()
        try saveReminders(hearth, times: ["09:00"])
        let center = FakeReminderCenter()
        let scheduler = ReminderScheduler(center: center)
        await scheduler.replace(with: try hearth.planIOSReminders(now: instant("2026-04-01T00:00:00Z"), zone: newYork))
        var count = await center.sortedPending.count
        XCTAssertEqual(count, 64)

        var settings = try hearth.reminderSettings()
        settings.enabled = false
        _ = try hearth.saveReminderSettings(settings: settings)
        let plan = try hearth.planIOSReminders(now: instant("2026-04-01T00:00:00Z"), zone: newYork)
        XCTAssertEqual(plan, [])
        let report = await scheduler.replace(with: plan)
        XCTAssertEqual(report, ReplanReport(scheduled: 0, failed: 0, next: nil))
        count = await center.sortedPending.count
        XCTAssertEqual(count, 0)
    }

    func testRefusedRequestsAreCountedNotFatal() async throws {
        let hearth = try openStore()
        try saveReminders(hearth, times: ["09:00"])
        let center = FakeReminderCenter()
        await center.setFailNextAdds(3)
        let report = await ReminderScheduler(center: center)
            .replace(with: try hearth.planReminders(now: instant("2026-04-01T00:00:00Z"), zone: newYork, count: 5))
        XCTAssertEqual(report.scheduled, 2)
        XCTAssertEqual(report.failed, 3)
    }

    func testNoReminderLeftTodayAfterACheckIn() throws {
        let hearth = try openStore()
        try saveReminders(hearth, times: ["20:00"])
        let morning = instant("2026-04-01T13:00:00Z") // 09:00 in New York
        XCTAssertEqual(try hearth.planIOSReminders(now: morning, zone: newYork).first?.localDate, "2026-04-01")
        _ = try hearth.widgetCheckin(mood: 4, now: morning, zone: newYork)
        XCTAssertEqual(try hearth.planIOSReminders(now: morning, zone: newYork).first?.localDate, "2026-04-02")
    }
}
