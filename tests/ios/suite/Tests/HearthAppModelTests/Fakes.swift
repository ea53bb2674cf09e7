import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// An in-memory `KeyVault`, standing in for the Keychain.
final class MemoryKeyVault: KeyVault, @unchecked Sendable {
    private let mutex = NSLock()
    private var key: Data?

    func loadKey() throws -> Data? {
        mutex.lock(); defer { mutex.unlock() }
        return key
    }

    func storeKey(key: Data) throws {
        mutex.lock(); defer { mutex.unlock() }
        guard self.key == nil else { throw KeyVaultError.Unavailable(detail: "a key already exists") }
        self.key = key
    }

    func deleteKey() throws {
        mutex.lock(); defer { mutex.unlock() }
        key = nil
    }
}

/// UNUserNotificationCenter's pending list and categories, in memory. Requests are keyed
/// by identifier. A test can hold the next removal at a gate, to interleave two
/// schedulers exactly as two processes might.
actor FakeReminderCenter: PendingReminderCenter {
    private(set) var pending: [String: ReminderTrigger] = [:]
    private(set) var category: ReminderCategory?
    private(set) var categoryRegistrations = 0
    private var holdNext = false
    private var held: CheckedContinuation<Void, Never>?
    private var heldWaiters: [CheckedContinuation<Void, Never>] = []

    func removeAllPendingReminders() async {
        if holdNext {
            holdNext = false
            await withCheckedContinuation { continuation in
                held = continuation
                heldWaiters.forEach { $0.resume() }
                heldWaiters = []
            }
        }
        pending.removeAll()
    }

    func add(_ trigger: ReminderTrigger) async throws {
        pending[trigger.identifier] = trigger
    }

    func setCategory(_ category: ReminderCategory) async {
        self.category = category
        categoryRegistrations += 1
    }

    /// The next removal waits until `release()`.
    func holdNextRemoval() { holdNext = true }

    /// Returns once a removal is waiting at the gate.
    func waitUntilHeld() async {
        if held != nil { return }
        await withCheckedContinuation { heldWaiters.append($0) }
    }

    func release() {
        held?.resume()
        held = nil
    }

    var sortedPending: [ReminderTrigger] { pending.values.sorted { $0.fireDate < $1.fireDate } }
}

/// Notification permission without a system prompt.
struct FakePermissions: ReminderPermissionProvider {
    var answer: ReminderPermission = .allowed
    func current() async -> ReminderPermission { answer }
    func request() async -> ReminderPermission { answer }
}

/// A clock the test moves by hand.
final class FakeClock: @unchecked Sendable {
    private let mutex = NSLock()
    private var instant: Date
    init(_ start: Date) { instant = start }
    var now: Date {
        mutex.lock(); defer { mutex.unlock() }
        return instant
    }
    func advance(seconds: TimeInterval) {
        mutex.lock(); defer { mutex.unlock() }
        instant = instant.addingTimeInterval(seconds)
    }
    func advance(days: Int) {
        mutex.lock(); defer { mutex.unlock() }
        instant = instant.addingTimeInterval(TimeInterval(days) * 86_400)
    }
}

/// Face ID / passcode without a device: says what the test wants, and counts the asks.
final class FakeAuthenticator: DeviceAuthenticator, @unchecked Sendable {
    private let mutex = NSLock()
    private var current: DeviceAuthAvailability = .available(biometryState: Data([1, 2, 3]))
    private var answers: [DeviceAuthResult] = []
    private var asked: [String] = []

    func availability() -> DeviceAuthAvailability {
        mutex.lock(); defer { mutex.unlock() }
        return current
    }

    func authenticate(reason: String) async -> DeviceAuthResult {
        answer(for: reason)
    }

    /// The next asks answer these, in order; after them, `.success`.
    func willAnswer(_ results: DeviceAuthResult...) {
        mutex.lock(); defer { mutex.unlock() }
        answers.append(contentsOf: results)
    }

    func set(_ availability: DeviceAuthAvailability) {
        mutex.lock(); defer { mutex.unlock() }
        current = availability
    }

    /// The reasons of every prompt shown so far.
    var reasons: [String] {
        mutex.lock(); defer { mutex.unlock() }
        return asked
    }

    private func answer(for reason: String) -> DeviceAuthResult {
        mutex.lock(); defer { mutex.unlock() }
        asked.append(reason)
        return answers.isEmpty ? .success : answers.removeFirst()
    }
}

/// A monotonic clock the test moves by hand (and may even move backwards).
final class FakeUptime: UptimeClock, @unchecked Sendable {
    private let mutex = NSLock()
    private var value: Duration = .seconds(1_000)

    func now() -> Duration {
        mutex.lock(); defer { mutex.unlock() }
        return value
    }

    func advance(seconds: Int64) {
        mutex.lock(); defer { mutex.unlock() }
        value += .seconds(seconds)
    }
}

/// Shell settings in memory; `failing` makes every call throw, like a store that can't
/// be opened.
final class MemoryShellSettings: ShellSettings, @unchecked Sendable {
    struct Unavailable: Error {}
    private let mutex = NSLock()
    private var values: [String: String] = [:]
    var failing = false

    func shellSetting(name: String) throws -> String? {
        mutex.lock(); defer { mutex.unlock() }
        if failing { throw Unavailable() }
        return values[name]
    }

    func setShellSetting(name: String, value: String?) throws {
        mutex.lock(); defer { mutex.unlock() }
        if failing { throw Unavailable() }
        values[name] = value
    }
}

/// One app model over a fresh store, with every platform piece faked.
@MainActor
struct Harness {
    let model: AppModel
    let center: FakeReminderCenter
    let location: StoreLocation
    let vault: MemoryKeyVault
    let clock: FakeClock
    let exports: URL
    let reloads: Counter
    let auth: FakeAuthenticator
    let uptime: FakeUptime
    nonisolated static let zone = "Europe/Paris"

    final class Counter { var count = 0 }

    /// A model as the app builds it. `location`/`vault`/`center` may be shared with a
    /// second harness or the widget path, as two processes share them.
    /// `settings` replaces the core's shell settings (default: the real store).
    /// `remindersChosen`: a fresh store starts as a journal whose person has said yes to
    /// reminders (the core's 20:00), as every test before issue #21 assumed; false is a
    /// fresh install, where nothing is planned until the first run's answer.
    init(test: XCTestCase, now: Date = instant("2026-05-04T08:00:00Z"), location: StoreLocation? = nil,
         vault: MemoryKeyVault? = nil, center: FakeReminderCenter? = nil,
         settings: (any ShellSettings & Sendable)? = nil, remindersChosen: Bool = true,
         permissions: FakePermissions = FakePermissions()) throws {
        let fresh = location == nil
        let location = try location ?? test.freshLocation()
        let vault = vault ?? MemoryKeyVault()
        if fresh && remindersChosen {
            try OneShotStore.perform(at: location, vault: vault) {
                try $0.setShellSetting(name: ReminderChoice.settingName, value: ReminderChoice.Answer.on.rawValue)
            }
        }
        let center = center ?? FakeReminderCenter()
        let clock = FakeClock(now)
        let reloads = Counter()
        let exports = try test.freshDirectory().appendingPathComponent("exports", isDirectory: true)
        self.location = location
        self.vault = vault
        self.center = center
        self.clock = clock
        self.reloads = reloads
        self.exports = exports
        let auth = FakeAuthenticator()
        let uptime = FakeUptime()
        self.auth = auth
        self.uptime = uptime
        let session = StoreSession(location: location, vault: { vault })
        model = AppModel(session: session, scheduler: ReminderScheduler(center: center),
                         permissions: permissions, authenticator: auth, exports: ExportFiles(folder: exports),
                         reloadWidgets: { reloads.count += 1 },
                         now: { clock.now }, zone: { Harness.zone }, uptime: uptime, settings: settings)
    }

    /// Lock settings straight into the store, as an earlier run of the app left them.
    func storeLock(_ settings: LockSettings) throws {
        try direct { try LockStorage.write(settings, to: $0) }
    }

    /// Opens the store directly (the way the CLI or another process would), for checks.
    func direct<T>(_ body: (Hearth) throws -> T) throws -> T {
        try OneShotStore.perform(at: location, vault: vault, body)
    }

    /// A check-in at `at` (UTC+2, as in Paris in summer) straight into the store.
    func seedCheckIn(_ mood: Int32, at: Date, note: String? = nil) throws {
        _ = try direct {
            try $0.recordCheckin(input: CheckInInput(mood: mood, source: .app, note: note, at: at,
                                                     utcOffsetSeconds: 7200))
        }
    }
}

/// 2026-03-06T12:00:00Z etc.
func instant(_ rfc3339: String) -> Date {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime]
    return f.date(from: rfc3339) ?? Date(timeIntervalSince1970: 0)
}

extension XCTestCase {
    /// A fresh, empty temporary directory, removed when the test ends.
    func freshDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("hearth-model-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// A store location inside a fresh "container".
    func freshLocation() throws -> StoreLocation {
        StoreLocation.inContainer(try freshDirectory())
    }

    /// Reminders at these local times every day, nothing else in the way.
    func saveReminders(_ hearth: Hearth, times: [String]) throws {
        _ = try hearth.saveReminderSettings(settings: ReminderSettings(
            enabled: true, times: times, weekdays: [], quietStart: nil, quietEnd: nil,
            pauseUntil: nil, backOff: false))
    }
}
