import Foundation
import XCTest
import HearthCore

/// An in-memory `KeyVault`, standing in for the Keychain (which only exists on Apple
/// platforms). Rust calls it from whatever thread opens the store.
final class MemoryKeyVault: KeyVault, @unchecked Sendable {
    private let mutex = NSLock()
    private var key: Data?
    private(set) var loads = 0

    init(key: Data? = nil) { self.key = key }

    var storedKey: Data? { mutex.lock(); defer { mutex.unlock() }; return key }

    func loadKey() throws -> Data? {
        mutex.lock(); defer { mutex.unlock() }
        loads += 1
        return key
    }

    func storeKey(key: Data) throws {
        mutex.lock(); defer { mutex.unlock() }
        guard self.key == nil else {
            throw KeyVaultError.Unavailable(detail: "a key already exists")
        }
        self.key = key
    }

    func deleteKey() throws {
        mutex.lock(); defer { mutex.unlock() }
        key = nil
    }
}

/// A `PendingReminderCenter` that behaves like UNUserNotificationCenter's pending list:
/// requests keyed by identifier (adding an existing identifier replaces it), and like
/// iOS it keeps at most 64 — but it records the largest number ever asked for, so a
/// test can prove Hearth never asks for more.
actor FakeReminderCenter: PendingReminderCenter {
    private(set) var pending: [String: ReminderTrigger] = [:]
    private(set) var removals = 0
    private(set) var adds = 0
    private(set) var mostEverPending = 0
    var failNextAdds = 0

    func removeAllPendingReminders() async {
        removals += 1
        pending.removeAll()
    }

    func add(_ trigger: ReminderTrigger) async throws {
        adds += 1
        if failNextAdds > 0 {
            failNextAdds -= 1
            throw NSError(domain: "FakeReminderCenter", code: 1)
        }
        pending[trigger.identifier] = trigger
        mostEverPending = max(mostEverPending, pending.count)
    }

    func setFailNextAdds(_ n: Int) { failNextAdds = n }

    var sortedPending: [ReminderTrigger] { pending.values.sorted { $0.fireDate < $1.fireDate } }
}

/// 2026-03-06T12:00:00Z etc.
func instant(_ rfc3339: String, file: StaticString = #filePath, line: UInt = #line) -> Date {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime]
    guard let d = f.date(from: rfc3339) else {
        XCTFail("bad date \(rfc3339)", file: file, line: line)
        return Date(timeIntervalSince1970: 0)
    }
    return d
}

extension XCTestCase {
    /// A fresh, empty temporary directory, removed when the test ends.
    func freshDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("hearth-ios-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// A store location inside a fresh "container", as the App Group container would be.
    func freshLocation() throws -> StoreLocation {
        StoreLocation.inContainer(try freshDirectory())
    }

    /// Reminder settings that make the plan easy to predict: these local times every day,
    /// no quiet hours, no pause, no back-off.
    func saveReminders(_ hearth: Hearth, times: [String]) throws {
        _ = try hearth.saveReminderSettings(settings: ReminderSettings(
            enabled: true, times: times, weekdays: [], quietStart: nil, quietEnd: nil,
            pauseUntil: nil, backOff: false))
    }
}

/// File descriptors of this process that point into `directory` (Linux: /proc/self/fd).
/// Nil where /proc is not available.
func openFiles(under directory: URL) -> [String]? {
    let fdDir = "/proc/self/fd"
    guard let fds = try? FileManager.default.contentsOfDirectory(atPath: fdDir) else { return nil }
    let prefix = directory.resolvingSymlinksInPath().path
    return fds.compactMap { fd in
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "\(fdDir)/\(fd)")
        else { return nil }
        return target.hasPrefix(prefix) ? target : nil
    }
}
