import Foundation
import XCTest
import HearthCore

/// Reminder inputs the core refuses, each naming its field; nothing is saved.
final class ReminderSettingsErrorTests: XCTestCase {
    func settings(_ times: [String]) -> ReminderSettings {
        ReminderSettings(enabled: true, times: times, weekdays: [], quietStart: nil, quietEnd: nil,
                         pauseUntil: nil, backOff: true)
    }

    func testInvalidZoneNamesTz() throws {
        let hearth = try openFreshStore()
        let now = instant("2026-11-28T13:00:00Z")
        for zone in ["Mars/Olympus_Mons", "", "EST+5 please"] {
            assertInvalidInput("tz") { try hearth.planReminders(now: now, zone: zone, count: 2) }
        }
        assertInvalidInput("tz") { try hearth.widgetSnapshot(now: now, zone: "Nowhere/Town") }
        assertInvalidInput("tz") { try hearth.insights(days: 30, now: now, zone: "Nowhere/Town") }
    }

    func testInvalidTimeNamesTimesAndKeepsTheOldSettings() throws {
        let hearth = try openFreshStore()
        let before = try hearth.reminderSettings()
        for times in [["25:00"], ["09:00", "9pm"], []] {
            assertInvalidInput("times") { try hearth.saveReminderSettings(settings: settings(times)) }
        }
        XCTAssertEqual(try hearth.reminderSettings(), before)
    }

    func testCountOutOfRangeNamesCount() throws {
        let hearth = try openFreshStore()
        assertInvalidInput("count") {
            try hearth.planReminders(now: Date(), zone: "Europe/London", count: 0)
        }
    }

    func testIosMaxPendingIs64() {
        XCTAssertEqual(iosMaxPendingReminders(), 64)
    }
}
