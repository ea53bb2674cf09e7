import Foundation
import HearthCore

/// What the widget draws and when it asks again, decided here so it is tested; the
/// WidgetKit provider only turns it into a `Timeline`.
public enum WidgetTimeline {
    /// What to draw.
    public enum Content {
        /// The core's line and mood buttons.
        case moods(WidgetSnapshot)
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

    /// The timeline at `now`: the snapshot until the next local midnight, or after a
    /// failure a short wait and another try (not a whole day of "Open Hearth").
    public static func plan(now: Date, zone: TimeZone = .current, load: () throws -> WidgetSnapshot) -> Plan {
        do {
            return Plan(content: .moods(try load()), refresh: WidgetActions.nextRefresh(after: now, in: zone))
        } catch {
            return Plan(content: .unavailable(Copy.widgetUnavailable), refresh: now.addingTimeInterval(retryInterval))
        }
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
