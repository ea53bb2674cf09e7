import Foundation

/// What the widget extension does, minus WidgetKit: the timeline's snapshot and the
/// mood-button action. Each call opens the shared store, uses it and closes it before
/// returning or awaiting anything, so the extension never holds the file while
/// suspended.
public enum WidgetActions {
    /// The snapshot to draw at `now` (the core decides every word and button).
    public static func snapshot(
        now: Date = Date(), zone: String = DeviceContext.zoneIdentifier(),
        location: StoreLocation, vault: KeyVault
    ) throws -> WidgetSnapshot {
        try OneShotStore.perform(at: location, vault: vault) { hearth in
            try hearth.widgetSnapshot(now: now, zone: zone)
        }
    }

    /// A mood-button tap: records `mood` with source `.widget` and closes the store, then
    /// schedules reminders the one way both processes do (`ReminderScheduler.sync`: the
    /// plan is read from the store at schedule time, in a short open and close of its
    /// own). `plan` makes that plan (the app model's adds the reminders' privacy).
    /// Returns the refreshed snapshot; the caller then reloads the widget timelines.
    public static func recordMood(
        _ mood: Int32, now: Date = Date(), zone: String = DeviceContext.zoneIdentifier(),
        location: StoreLocation, vault: KeyVault, scheduler: ReminderScheduler,
        plan: @escaping @Sendable (Hearth, Date, String) throws -> [PlannedReminder] = {
            try $0.planIOSReminders(now: $1, zone: $2)
        }
    ) async throws -> WidgetSnapshot {
        let snapshot = try OneShotStore.perform(at: location, vault: vault) { hearth in
            try hearth.widgetCheckin(mood: mood, now: now, zone: zone)
        }
        // The store is closed here; only now may this task suspend.
        let box = UncheckedVault(vault)
        await scheduler.sync {
            try OneShotStore.perform(at: location, vault: box.vault) { try plan($0, now, zone) }
        }
        return snapshot
    }

    /// When the timeline should be rebuilt: the next local midnight, when "today" and
    /// the day's check-ins reset.
    public static func nextRefresh(after now: Date, in zone: TimeZone = .current) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let start = calendar.startOfDay(for: now)
        return calendar.date(byAdding: .day, value: 1, to: start) ?? now.addingTimeInterval(3600)
    }
}

/// Carries a `KeyVault` into the scheduler's queue. The vaults Hearth uses are safe to call
/// from any thread (the core calls them from whichever thread opens the store).
struct UncheckedVault: @unchecked Sendable {
    let vault: KeyVault
    init(_ vault: KeyVault) { self.vault = vault }
}
