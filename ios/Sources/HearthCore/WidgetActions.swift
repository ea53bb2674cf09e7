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

    /// A mood-button tap: records `mood` with source `.widget`, plans reminders afresh
    /// (there is none left for today once someone has checked in), closes the store,
    /// then replaces the pending reminders. Returns the refreshed snapshot; the caller
    /// then reloads the widget timelines.
    public static func recordMood(
        _ mood: Int32, now: Date = Date(), zone: String = DeviceContext.zoneIdentifier(),
        location: StoreLocation, vault: KeyVault, scheduler: ReminderScheduler
    ) async throws -> WidgetSnapshot {
        let (snapshot, plan) = try OneShotStore.perform(at: location, vault: vault) { hearth in
            let snapshot = try hearth.widgetCheckin(mood: mood, now: now, zone: zone)
            return (snapshot, try hearth.planIOSReminders(now: now, zone: zone))
        }
        // The store is closed here; only now may this task suspend.
        await scheduler.replace(with: plan)
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
