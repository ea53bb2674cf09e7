import Foundation
import XCTest
import HearthCore

/// The widget path without WidgetKit: mood button → intent → core → close → re-plan.
final class WidgetActionsTests: XCTestCase {
    private let zone = "Europe/Paris"

    /// A widget tap as the AppIntent performs it.
    static func widgetWrite(location: StoreLocation, vault: KeyVault, mood: Int32,
                            now: Date = Date(), zone: String = "UTC",
                            center: FakeReminderCenter = FakeReminderCenter()) async throws -> WidgetSnapshot {
        try await WidgetActions.recordMood(mood, now: now, zone: zone, location: location, vault: vault,
                                           scheduler: ReminderScheduler(center: center))
    }

    /// The same, from synchronous code.
    static func widgetWrite(location: StoreLocation, vault: KeyVault, mood: Int32) throws -> WidgetSnapshot {
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await widgetWrite(location: location, vault: vault, mood: mood)) }
            catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }

    private final class ResultBox: @unchecked Sendable { var result: Result<WidgetSnapshot, Error>? }

    func testSnapshotComesFromTheCoreAndClosesTheStore() throws {
        let location = try freshLocation()
        let vault = MemoryKeyVault()
        let snapshot = try WidgetActions.snapshot(now: instant("2026-05-04T08:00:00Z"), zone: zone,
                                                  location: location, vault: vault)
        XCTAssertEqual(snapshot.date, "2026-05-04")
        XCTAssertFalse(snapshot.checkedInToday)
        XCTAssertEqual(snapshot.quickMoods.map(\.mood), [1, 2, 3, 4, 5])
        for quick in snapshot.quickMoods {
            XCTAssertFalse(quick.label.isEmpty)
            XCTAssertFalse(quick.accessibilityLabel.isEmpty, "VoiceOver label for mood \(quick.mood)")
        }
        XCTAssertFalse(snapshot.line.isEmpty)
        if let open = openFiles(under: location.directory) { XCTAssertEqual(open, []) }
    }

    func testMoodButtonRecordsWithWidgetSourceClosesAndReplans() async throws {
        let location = try freshLocation()
        let vault = MemoryKeyVault()
        let now = instant("2026-05-04T08:00:00Z") // 10:00 in Paris
        // Reminders at 20:00; one is due today before the tap.
        try OneShotStore.perform(at: location, vault: vault) { try saveReminders($0, times: ["20:00"]) }
        let center = FakeReminderCenter()
        let scheduler = ReminderScheduler(center: center)
        await scheduler.replace(with: try OneShotStore.perform(at: location, vault: vault) {
            try $0.planIOSReminders(now: now, zone: zone)
        })
        var first = await center.sortedPending.first
        XCTAssertEqual(first?.dateComponents.day, 4)

        let snapshot = try await Self.widgetWrite(location: location, vault: vault, mood: 4, now: now,
                                                  zone: zone, center: center)
        XCTAssertTrue(snapshot.checkedInToday)
        XCTAssertEqual(snapshot.countToday, 1)
        XCTAssertEqual(snapshot.lastMood, 4)
        XCTAssertEqual(snapshot.lastTime, "10:00")

        // The store is closed again, and the entry is there with source .widget.
        if let open = openFiles(under: location.directory) { XCTAssertEqual(open, []) }
        let saved = try Hearth.open(dir: location.path, vault: vault).listCheckins(from: nil, to: nil)
        XCTAssertEqual(saved.map(\.source), [.widget])
        XCTAssertEqual(saved.first?.utcOffsetSeconds, 7200)

        // Re-planned: today's reminder is gone (already checked in), still ≤ 64 pending.
        first = await center.sortedPending.first
        XCTAssertEqual(first?.dateComponents.day, 5)
        let pending = await center.sortedPending.count
        XCTAssertEqual(pending, 64)
        let most = await center.mostEverPending
        XCTAssertLessThanOrEqual(most, 64)
    }

    func testARefusedMoodChangesNothing() async throws {
        let location = try freshLocation()
        let vault = MemoryKeyVault()
        let center = FakeReminderCenter()
        do {
            _ = try await Self.widgetWrite(location: location, vault: vault, mood: 0, center: center)
            XCTFail("mood 0 must be refused")
        } catch HearthError.InvalidInput(let field, _) {
            XCTAssertEqual(field, "mood")
        }
        let adds = await center.adds
        XCTAssertEqual(adds, 0)
        if let open = openFiles(under: location.directory) { XCTAssertEqual(open, []) }
    }

    func testNextRefreshIsTheNextLocalMidnight() throws {
        let paris = try XCTUnwrap(TimeZone(identifier: zone))
        XCTAssertEqual(WidgetActions.nextRefresh(after: instant("2026-05-04T08:00:00Z"), in: paris),
                       instant("2026-05-04T22:00:00Z"))
        // Across the spring-forward night in Paris (2026-03-29), midnight is still UTC+1.
        XCTAssertEqual(WidgetActions.nextRefresh(after: instant("2026-03-28T12:00:00Z"), in: paris),
                       instant("2026-03-28T23:00:00Z"))
    }
}
