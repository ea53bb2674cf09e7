import Foundation
import HearthCore

/// One-tap check-ins from outside the app's own screens (issue #21): the home-screen and
/// Lock Screen widgets, App Shortcuts (Siri, Spotlight, the Action button) and a
/// reminder's mood actions. Every path records through the widget's own core call, so a
/// mood from anywhere is saved the same way; only the source differs.
public enum QuickCapture {
    /// Where a one-tap mood came from.
    public enum Path: String, CaseIterable, Sendable {
        /// A mood button on a home-screen or Lock Screen widget.
        case widget
        /// An App Shortcut ("Log my mood in Hearth").
        case appShortcut
        /// A mood action on a reminder notification.
        case reminder

        /// The core's source for a check-in from here. The core knows app, widget, reminder
        /// and import; an App Shortcut is a one-tap mood from outside the app and the
        /// widget's core call, so it is recorded as the widget's (the core has no source of
        /// its own for Siri or Shortcuts).
        public var source: EntrySource {
            switch self {
            case .widget, .appShortcut: return .widget
            case .reminder: return .reminder
            }
        }
    }

    /// Records `mood` from `path` in an open store and returns the refreshed snapshot.
    /// Widget-sourced paths call the core's `widgetCheckin`; a reminder's mood is the
    /// same check-in (mood, now, the zone's offset, nothing else) with source
    /// `.reminder`, through `recordCheckin`, since `widgetCheckin` takes no source (the
    /// Android shell does the same).
    public static func record(_ mood: Int32, from path: Path, in hearth: Hearth,
                              now: Date, zone: String) throws -> WidgetSnapshot {
        switch path.source {
        case .widget:
            return try hearth.widgetCheckin(mood: mood, now: now, zone: zone)
        default:
            let offset = TimeZone(identifier: zone).map { Int32($0.secondsFromGMT(for: now)) }
            _ = try hearth.recordCheckin(input: CheckInInput(mood: mood, source: path.source, at: now,
                                                             utcOffsetSeconds: offset))
            return try hearth.widgetSnapshot(now: now, zone: zone)
        }
    }

    /// A one-tap mood in a process that doesn't keep the store open (the widget
    /// extension, an App Shortcut): open, record, close, then re-plan reminders the one
    /// way both processes do (`ReminderScheduler.sync`, with `ReminderPrivacy.plan`'s
    /// words and choice). The lock is never asked: a one-tap mood writes without reading.
    @discardableResult
    public static func recordOutsideTheApp(
        _ mood: Int32, from path: Path, now: Date = Date(), zone: String = DeviceContext.zoneIdentifier(),
        location: StoreLocation, vault: KeyVault, scheduler: ReminderScheduler
    ) async throws -> WidgetSnapshot {
        let snapshot = try OneShotStore.perform(at: location, vault: vault) { hearth in
            try record(mood, from: path, in: hearth, now: now, zone: zone)
        }
        // The store is closed here; only now may this task suspend.
        let box = UncheckedKeyVault(vault)
        await scheduler.sync {
            try OneShotStore.perform(at: location, vault: box.vault) { try ReminderPrivacy.plan($0, now: now, zone: zone) }
        }
        return snapshot
    }
}

/// Carries a `KeyVault` into the scheduler's queue. The vaults Hearth uses are safe to call
/// from any thread (the core calls them from whichever thread opens the store).
struct UncheckedKeyVault: @unchecked Sendable {
    let vault: KeyVault
    init(_ vault: KeyVault) { self.vault = vault }
}

extension AppModel {
    /// A one-tap mood handled inside the app's process (a reminder's mood action): the
    /// quick-capture call on the app's store, then refresh, widget reload and re-plan.
    public func quickCapture(_ mood: Int32, from path: QuickCapture.Path) async {
        let now = self.now()
        let zone = self.zone
        guard await with({ try QuickCapture.record(mood, from: path, in: $0, now: now, zone: zone) }) != nil
        else { return }
        await afterWrite(Copy.checkInSaved)
    }
}
