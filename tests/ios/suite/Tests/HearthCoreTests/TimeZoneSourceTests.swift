import Foundation
import XCTest
import HearthCore

/// Foundation's zone rules, handed to the core through `FoundationTimeZoneSource`, plan
/// the same instants Foundation's own calendar computes.
final class TimeZoneSourceTests: XCTestCase {
    /// Counts what the core asks for, then answers as Foundation does.
    private final class Counting: TimeZoneSource, @unchecked Sendable {
        let inner = FoundationTimeZoneSource()
        private let mutex = NSLock()
        private(set) var asked: [String] = []
        func tzif(name: String) -> Data? {
            mutex.lock(); asked.append(name); mutex.unlock()
            return inner.tzif(name: name)
        }
    }

    override func tearDown() {
        setTimeZoneSource(source: nil)
    }

    func testFoundationServesTZifAndRefusesUnknownNames() {
        let source = FoundationTimeZoneSource()
        let ny = source.tzif(name: "America/New_York")
        XCTAssertEqual(ny.map { Array($0.prefix(4)) }, Array("TZif".utf8))
        XCTAssertNil(source.tzif(name: "Mars/Olympus"))
        XCTAssertNil(source.tzif(name: "america/new_york"), "names are exact")
        XCTAssertTrue(timeZoneNames().contains("Pacific/Chatham"))
    }

    func testTheCorePlansWithFoundationsRules() throws {
        let counting = Counting()
        setTimeZoneSource(source: counting)
        let hearth = try Hearth.open(dir: try freshLocation().prepare().path, vault: MemoryKeyVault())
        try saveReminders(hearth, times: ["09:00"])
        // Chatham: +12:45 / +13:45, changing on 2026-04-05 (03:45 -> 02:45).
        let zone = "Pacific/Chatham"
        let plan = try hearth.planReminders(now: instant("2026-03-30T00:00:00Z"), zone: zone, count: 10)
        XCTAssertEqual(counting.asked.filter { $0 == zone }.count, 1, "asked once, then kept")

        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try XCTUnwrap(TimeZone(identifier: zone))
        XCTAssertEqual(plan.count, 10)
        for reminder in plan {
            let parts = calendar.dateComponents([.hour, .minute], from: reminder.at)
            XCTAssertEqual(parts.hour, 9, "\(reminder.at)")
            XCTAssertEqual(parts.minute, 0, "\(reminder.at)")
        }
        let offsets = Set(plan.map { calendar.timeZone.secondsFromGMT(for: $0.at) })
        XCTAssertEqual(offsets, [45_900, 49_500], "the plan spans the change")

        XCTAssertThrowsError(try hearth.planReminders(now: Date(), zone: "Mars/Olympus", count: 1))
        hearth.lock()
    }
}
