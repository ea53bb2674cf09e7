import Foundation
import HearthCore

/// What the widget draws and when it asks again, decided here so it is tested; the
/// WidgetKit provider only turns it into a `Timeline`.
public enum WidgetTimeline {
    /// What to draw.
    public enum Content {
        /// The core's line and mood buttons.
        case moods(WidgetSnapshot)
        /// The quiet widget (lock on, quiet setting on): the mood buttons and nothing
        /// else. No line (it may be the low-mood message), no last mood, no time; the
        /// snapshot isn't even carried, so the view can't show them by mistake.
        case quiet([QuickMood])
        /// The journal can't be read just now (before the first unlock after a restart,
        /// or without the App Group); no buttons, since a tap could not save.
        case unavailable(String)
    }

    /// One timeline: what to draw now and when to build the next one.
    public struct Plan {
        public let content: Content
        public let refresh: Date
    }

    /// How soon a widget that couldn't read the journal tries again.
    public static let retryInterval: TimeInterval = 15 * 60

    /// What the widget reads from the store in one open: the core's snapshot and the
    /// lock settings.
    public struct Reading {
        public let snapshot: WidgetSnapshot
        public let lock: StoredLock

        public init(snapshot: WidgetSnapshot, lock: StoredLock) {
            self.snapshot = snapshot
            self.lock = lock
        }
    }

    /// The timeline at `now`: the snapshot (or, keeping quiet, only its mood buttons)
    /// until the next local midnight, or after a failure a short wait and another try
    /// (not a whole day of "Open Hearth").
    public static func plan(now: Date, zone: TimeZone = .current, load: () throws -> Reading) -> Plan {
        do {
            return Plan(content: content(try load()), refresh: WidgetActions.nextRefresh(after: now, in: zone))
        } catch {
            return Plan(content: .unavailable(Copy.widgetUnavailable), refresh: now.addingTimeInterval(retryInterval))
        }
    }

    /// What to draw for what was read: quiet with the lock and the quiet setting on, and
    /// also when the lock settings couldn't be read.
    public static func content(_ reading: Reading) -> Content {
        reading.lock.settings.widgetQuiet ? .quiet(reading.snapshot.quickMoods) : .moods(reading.snapshot)
    }

    /// Reads the snapshot and the lock settings in one open and close of the shared
    /// store. Settings that can't be read count as unreadable (quiet), never as "off".
    public static func read(now: Date = Date(), zone: String = DeviceContext.zoneIdentifier(),
                            location: StoreLocation, vault: KeyVault) throws -> Reading {
        try OneShotStore.perform(at: location, vault: vault) { hearth in
            Reading(snapshot: try hearth.widgetSnapshot(now: now, zone: zone),
                    lock: LockStorage.readOrFailClosed(hearth))
        }
    }

    /// A widget mood button (home screen or Lock Screen): records the check-in with
    /// source `.widget` through `QuickCapture` (the lock is never asked: a one-tap mood
    /// writes without reading) and re-plans reminders with the words the lock settings allow.
    public static func recordMood(_ mood: Int32, now: Date = Date(), zone: String = DeviceContext.zoneIdentifier(),
                                  location: StoreLocation, vault: KeyVault,
                                  scheduler: ReminderScheduler) async throws {
        try await QuickCapture.recordOutsideTheApp(mood, from: .widget, now: now, zone: zone, location: location,
                                                   vault: vault, scheduler: scheduler)
    }

    /// The widget gallery's preview: the core's real words and five mood buttons, read
    /// from a throwaway store (the person's journal may be locked, and a preview must
    /// never show it). Falls back to `unavailable` only if even that fails.
    public static func preview(now: Date, zone: String = DeviceContext.zoneIdentifier()) -> Content {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("hearth-preview-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            let location = StoreLocation(directory: dir)
            let snapshot = try OneShotStore.perform(at: location, vault: EphemeralKeyVault()) {
                try $0.widgetSnapshot(now: now, zone: zone)
            }
            return .moods(snapshot)
        } catch {
            return .unavailable(Copy.widgetUnavailable)
        }
    }
}

/// A key that lives only in memory, for the throwaway preview store.
final class EphemeralKeyVault: KeyVault, @unchecked Sendable {
    private let mutex = NSLock()
    private var key: Data?

    func loadKey() throws -> Data? {
        mutex.lock(); defer { mutex.unlock() }
        return key
    }

    func storeKey(key: Data) throws {
        mutex.lock(); defer { mutex.unlock() }
        self.key = key
    }

    func deleteKey() throws {
        mutex.lock(); defer { mutex.unlock() }
        key = nil
    }
}
