import Foundation
import XCTest
import HearthCore

/// Reminder planning through the FFI, in America/New_York (UTC-05:00 in late November:
/// the whole plan below stays inside standard time).
final class ReminderPlanTests: XCTestCase {
    let zone = "America/New_York"
    let est = -18_000
    let now = instant("2026-11-28T13:00:00Z") // 08:00 local

    func settings(_ times: [String]) -> ReminderSettings {
        ReminderSettings(enabled: true, times: times, weekdays: [], quietStart: nil, quietEnd: nil,
                         pauseUntil: nil, backOff: true)
    }

    func configuredStore() throws -> Hearth {
        let hearth = try openFreshStore()
        let saved = try hearth.saveReminderSettings(settings: settings(["09:00", "20:30"]))
        XCTAssertEqual(saved, settings(["09:00", "20:30"]))
        XCTAssertEqual(try hearth.reminderSettings(), saved)
        return hearth
    }

    func testFirstTwoAreTodayAtNineAndHalfPastEightLocal() throws {
        let hearth = try configuredStore()
        let plan = try hearth.planReminders(now: now, zone: zone, count: 2)
        XCTAssertEqual(plan.count, 2)
        guard plan.count == 2 else { return }
        let (first, second) = (plan[0], plan[1])

        XCTAssertEqual(first.at, instant("2026-11-28T09:00:00-05:00"))
        XCTAssertEqual([first.localYear, Int32(first.localMonth), Int32(first.localDay)], [2026, 11, 28])
        XCTAssertEqual([first.localHour, first.localMinute], [9, 0])
        XCTAssertEqual(first.localDate, "2026-11-28")
        XCTAssertEqual(first.id, "2026-11-28T09:00@America/New_York")
        XCTAssertEqual(first.cadence, .daily)
        XCTAssertFalse(first.message.isEmpty)

        XCTAssertEqual(second.at, instant("2026-11-28T20:30:00-05:00"))
        XCTAssertEqual([second.localHour, second.localMinute], [20, 30])
        XCTAssertEqual(second.localDate, "2026-11-28", "20:30 local is already the 29th in UTC")
        XCTAssertEqual(second.localDay, 28)
    }

    func testACheckInTodayClearsTodaysReminders() throws {
        let hearth = try configuredStore()
        _ = try hearth.recordCheckin(input: CheckInInput(
            mood: 3, source: .reminder, at: instant("2026-11-28T08:15:00-05:00"), utcOffsetSeconds: Int32(est)))
        let plan = try hearth.planReminders(now: now, zone: zone, count: 4)
        XCTAssertFalse(plan.isEmpty)
        XCTAssertFalse(plan.contains { $0.localDate == "2026-11-28" }, "\(plan.map(\.id))")
        XCTAssertEqual(plan.first?.at, instant("2026-11-29T09:00:00-05:00"))
        XCTAssertEqual(plan.first?.cadence, .daily, "a check-in resets the back-off")
    }

    func testSixtyFourAreStrictlyIncreasingAndMatchTheirLocalFields() throws {
        let hearth = try configuredStore()
        let max = iosMaxPendingReminders()
        XCTAssertEqual(max, 64)
        let plan = try hearth.planReminders(now: now, zone: zone, count: max)
        XCTAssertLessThanOrEqual(plan.count, 64)
        XCTAssertEqual(plan.count, 64, "someone who never checked in is never backed off")
        XCTAssertEqual(Set(plan.map(\.id)).count, plan.count, "ids are unique")
        for (earlier, later) in zip(plan, plan.dropFirst()) {
            XCTAssertLessThan(earlier.at, later.at, "\(earlier.id) then \(later.id)")
        }
        XCTAssertTrue(plan.allSatisfy { $0.at > now })
        for reminder in plan {
            let wall = wallClock(reminder.at, offsetSeconds: est)
            XCTAssertEqual(wall.year, Int(reminder.localYear), reminder.id)
            XCTAssertEqual(wall.month, Int(reminder.localMonth), reminder.id)
            XCTAssertEqual(wall.day, Int(reminder.localDay), reminder.id)
            XCTAssertEqual(wall.hour, Int(reminder.localHour), reminder.id)
            XCTAssertEqual(wall.minute, Int(reminder.localMinute), reminder.id)
            XCTAssertTrue([[9, 0], [20, 30]].contains([reminder.localHour, reminder.localMinute]), reminder.id)
        }
    }

    func testAfterAnOldCheckInThePlanBacksOffButStaysOrdered() throws {
        let hearth = try configuredStore()
        _ = try hearth.recordCheckin(input: CheckInInput(
            mood: 3, source: .app, at: instant("2026-11-20T12:00:00-05:00"), utcOffsetSeconds: Int32(est)))
        let plan = try hearth.planReminders(now: now, zone: zone, count: 64)
        XCTAssertFalse(plan.isEmpty)
        XCTAssertLessThanOrEqual(plan.count, 64)
        for (earlier, later) in zip(plan, plan.dropFirst()) {
            XCTAssertLessThan(earlier.at, later.at)
        }
        XCTAssertNotEqual(plan.first?.cadence, .daily, "a week of unanswered reminders slows them")
    }
}
