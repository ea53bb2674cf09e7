import Foundation
import Observation
import HearthCore

/// The app's state and every action a screen can take. It holds no rules of its own: it
/// asks the core, shows what the core says, and keeps the platform in step (reminders
/// re-planned, widget reloaded, store closed in the background). Every screen reads its
/// state here and calls one method; the views only draw.
///
/// Store work never runs on the main actor: `with` hands it to a background task, so a
/// long call (a backup's scrypt, a big export) never freezes the screen.
///
/// Foundation, Observation and HearthCore only, so it is built and tested on Linux.
@MainActor
@Observable
public final class AppModel {
    /// Where a screen should go next (a reminder tap opens the check-in, a safety
    /// result opens the plan and crisis lines).
    public enum Route: Equatable, Sendable {
        case checkIn(EntrySource)
        case safety
    }

    @ObservationIgnored public let session: StoreSession
    @ObservationIgnored public let scheduler: ReminderScheduler
    @ObservationIgnored let permissions: ReminderPermissionProvider
    @ObservationIgnored let reloadWidgets: @MainActor () -> Void
    @ObservationIgnored let now: @Sendable () -> Date
    @ObservationIgnored let zoneName: @Sendable () -> String
    /// Export, backup and summary files, kept while a Share button offers them.
    @ObservationIgnored public let files: ExportFiles
    @ObservationIgnored private var observers: [NSObjectProtocol] = []
    @ObservationIgnored var routeObserver: (@MainActor (Route) -> Void)?
    @ObservationIgnored var registeredCategory: ReminderCategory?
    /// Where the next page of history starts (the core's opaque cursor; nil: the newest).
    @ObservationIgnored var historyCursor: String?
    /// The search on screen, to run again when an entry comes back (an undo).
    @ObservationIgnored var lastSearch: String?
    /// The device owner check (Face ID, Touch ID, passcode), behind a protocol.
    @ObservationIgnored let authenticator: DeviceAuthenticator
    /// Where the lock settings live: the core's encrypted store.
    @ObservationIgnored let settings: any ShellSettings & Sendable
    /// Monotonic time for "how long was the app in the background".
    @ObservationIgnored let uptime: UptimeClock
    /// An unlock prompt is showing (a second one would only stack up).
    @ObservationIgnored var authenticating = false

    /// The app lock: locked or not, its settings, what the lock screen says.
    public internal(set) var lock = AppLock()
    /// Today offers the lock (once: a journal that never had it, on an iPhone with a passcode).
    public internal(set) var offersLock = false
    /// The first run's progress (issue #21); nil until read, or when the store couldn't say.
    public internal(set) var firstRun: FirstRun?
    /// The time the first run's reminder question suggests, or the one chosen ("HH:MM").
    public internal(set) var suggestedReminderTime: String?

    /// What the widget shows, also used for today's summary and the mood buttons.
    public internal(set) var snapshot: WidgetSnapshot?
    /// The last 30 days of entries, newest first (the Today screen).
    public internal(set) var recent: [Entry] = []
    public internal(set) var reminderPermission: ReminderPermission = .notAsked
    /// The earliest reminder now scheduled (nil: none).
    public internal(set) var nextReminder: Date?
    /// A message shown at the top of the screen.
    public var notice: Notice?
    /// A route that arrived before any screen could show it (a reminder tapped on a cold
    /// launch); kept until a route observer takes it.
    public internal(set) var pendingRoute: Route?

    /// History: every entry, newest first, loaded a page at a time.
    public internal(set) var history: [Entry] = []
    /// False once the oldest entry is in `history`.
    public internal(set) var historyHasMore = true
    /// Search results for the current query (nil: not searching).
    public internal(set) var searchResults: [Entry]?
    /// An entry waiting for the person to confirm its deletion.
    public internal(set) var pendingDeletion: Entry?
    /// The entry just deleted, kept for a short undo (nil: nothing to undo).
    public internal(set) var undoableDeletion: DeletedEntry?
    /// A value the core refused in the last form sent, in plain words (nil: none).
    public internal(set) var formProblem: FieldProblem?
    /// A trusted person waiting for the person to confirm their removal.
    public internal(set) var pendingPersonRemoval: Person?

    /// Goes up after every change to the journal made here (a check-in, an edit, a
    /// deletion or its undo, a rename): screens showing a day or a month read again when
    /// it changes, even if the last 30 days (`recent`) look the same.
    public internal(set) var journalVersion = 0

    /// Export, backup, restore or import in progress, and how it ended.
    public internal(set) var dataWork: WorkState = .idle
    /// The plain export file the Share button offers.
    public internal(set) var exportFile: URL?
    /// The encrypted backup file the Share button offers.
    public internal(set) var backupFile: URL?
    /// The therapist summary (.html) the Share button offers.
    public internal(set) var summaryFile: URL?

    /// `now` and `zone` are the clock and the IANA zone (tests pass fixed ones);
    /// `exports` is where share files go; `reloadWidgets` reloads WidgetKit timelines.
    /// `authenticator` asks the device owner (LAContext in the app); `uptime` times the
    /// background; `settings` keeps the lock settings (default: the session's store).
    public init(session: StoreSession, scheduler: ReminderScheduler, permissions: ReminderPermissionProvider,
                authenticator: DeviceAuthenticator,
                setupProblem: String? = nil, exports: ExportFiles = ExportFiles(),
                reloadWidgets: @escaping @MainActor () -> Void,
                now: @escaping @Sendable () -> Date = { Date() },
                zone: @escaping @Sendable () -> String = { DeviceContext.zoneIdentifier() },
                uptime: UptimeClock = ContinuousUptime(),
                settings: (any ShellSettings & Sendable)? = nil) {
        self.session = session
        self.authenticator = authenticator
        self.uptime = uptime
        self.settings = settings ?? SessionShellSettings(session: session)
        self.scheduler = scheduler
        self.permissions = permissions
        self.files = exports
        self.reloadWidgets = reloadWidgets
        self.now = now
        self.zoneName = zone
        if let setupProblem { notice = Notice(kind: .problem, text: setupProblem) }
    }

    /// The zone the core plans and dates in: the device's, read fresh each time.
    public var zone: String { zoneName() }

    /// The same zone as a Foundation `TimeZone`, for day arithmetic.
    var timeZone: TimeZone { TimeZone(identifier: zoneName()) ?? .current }

    /// Today's local day, "YYYY-MM-DD".
    public var today: String { LocalDay.string(for: now(), in: timeZone) }

    /// The quick-mood buttons and their words, from the core.
    public var moods: [QuickMood] { snapshot?.quickMoods ?? [] }

    // MARK: Lifecycle

    /// A new time zone, a clock set by hand, a new day: each means a re-plan.
    #if canImport(Darwin)
    private static let clockNotifications: [Notification.Name] = [
        .NSSystemTimeZoneDidChange, .NSSystemClockDidChange, .NSCalendarDayChanged,
    ]
    #else
    private static let clockNotifications: [Notification.Name] = [.NSSystemTimeZoneDidChange]
    #endif

    /// First launch of the process: watch for clock and zone changes, then open.
    public func launch() async {
        if observers.isEmpty {
            let center = NotificationCenter.default
            for name in Self.clockNotifications {
                observers.append(center.addObserver(forName: name, object: nil, queue: .main) { [weak self] _ in
                    Task { @MainActor in await self?.clockOrZoneChanged() }
                })
            }
        }
        await enterForeground()
    }

    /// The scene became active: open the store, bring the lock up to date (locked on a
    /// cold start if it is on, or after long enough away), refresh, re-plan, reload the
    /// widget (it may be showing a failure from while the phone was locked), and sweep
    /// share files nothing refers to any more.
    public func enterForeground() async {
        let session = self.session
        let opened = await run({ try session.enterForeground() }) != nil
        await updateLockOnForeground()
        guard opened else { return }
        await loadFirstRun()
        files.sweep()
        await refresh()
        reminderPermission = await permissions.current()
        await replanReminders()
        reloadWidgets()
    }

    /// The scene went to the background: start the lock's count, and close the store (no
    /// file lock while suspended).
    public func enterBackground() {
        lock.wentToBackground(at: uptime.now())
        session.enterBackground()
    }

    /// The time zone or the clock changed (or a new day began).
    public func clockOrZoneChanged() async {
        await refresh()
        await replanReminders()
        reloadWidgets()
    }

    // MARK: Store work, off the main actor

    /// Runs `body` with the store on a background task; shows a kind message and
    /// returns nil on failure. The main actor only waits, so the screen stays live.
    @discardableResult
    public func with<T>(_ body: @escaping @Sendable (Hearth) throws -> T) async -> T? {
        let session = self.session
        return await run { try session.withStore(body) }
    }

    /// Runs `body` off the main actor; a failure becomes a notice.
    func run<T>(_ body: @escaping @Sendable () throws -> T) async -> T? {
        switch await offMain(body) {
        case .success(let value): return value.value
        case .failure(let error):
            show(error)
            return nil
        }
    }

    /// Runs `body` off the main actor and returns its result (also a failure). The main
    /// actor only awaits it, so the screen keeps drawing (and shows progress).
    func offMain<T>(_ body: @escaping @Sendable () throws -> T) async -> Result<Unchecked<T>, Error> {
        await Self.detached(body)
    }

    /// `body` on a detached task at user-initiated priority.
    nonisolated static func detached<T>(_ body: @escaping @Sendable () throws -> T) async -> Result<Unchecked<T>, Error> {
        await Task.detached(priority: .userInitiated) {
            Result { Unchecked(value: try body()) }
        }.value
    }

    /// Reads the snapshot and the last 30 days.
    public func refresh() async {
        let now = self.now()
        let zone = self.zone
        let from = LocalDay.string(daysBefore: 30, now, in: timeZone)
        guard let loaded = await with({ hearth in
            (try hearth.widgetSnapshot(now: now, zone: zone), try hearth.listEntries(from: from, to: nil))
        }) else { return }
        snapshot = loaded.0
        recent = loaded.1
        await registerReminderCategory()
    }

    // MARK: Writing

    /// Saves a check-in, then refreshes, reloads the widget and re-plans (no reminder is
    /// left for a day once someone has checked in).
    @discardableResult
    public func checkIn(_ input: CheckInInput) async -> CheckIn? {
        formProblem = nil
        guard let saved = await with({ try $0.recordCheckin(input: input) }) else { return nil }
        await afterWrite(Copy.checkInSaved)
        return saved
    }

    /// One tap on a mood button in the app.
    public func quickCheckIn(_ mood: Int32) async {
        await checkIn(CheckInInput(mood: mood, source: .app))
    }

    /// Saves a reflection.
    public func addReflection(_ input: ReflectionInput) async -> Bool {
        formProblem = nil
        guard await with({ try $0.addReflection(input: input) }) != nil else { return false }
        await afterWrite(Copy.reflectionSaved)
        return true
    }

    /// Saves a thought record.
    public func addThought(_ input: ThoughtInput) async -> Bool {
        formProblem = nil
        guard await with({ try $0.addThought(input: input) }) != nil else { return false }
        await afterWrite(Copy.thoughtSaved)
        return true
    }

    /// Scores and saves a questionnaire. A result showing any sign of risk routes to the
    /// safety plan and crisis lines (it never blocks anything).
    public func recordAssessment(_ instrument: Instrument, answers: [Int32]) async -> AssessmentResult? {
        guard let result = await with({
            try $0.recordAssessment(instrument: instrument, answers: answers, at: nil, utcOffsetSeconds: nil)
        }) else { return nil }
        await afterWrite(nil)
        if result.safety { open(.safety) }
        return result
    }

    /// Saves the safety plan.
    public func saveSafetyPlan(_ plan: SafetyPlan) async -> SafetyPlan? {
        guard let saved = await with({ try $0.saveSafetyPlan(plan: plan) }) else { return nil }
        notice = Notice(kind: .info, text: Copy.planSaved)
        return saved
    }

    // MARK: Erase

    /// Deletes the store and its key, clears reminders, share files and the widget, and
    /// starts afresh. With the lock on it asks the device owner first.
    public func eraseEverything() async -> Bool {
        guard await confirm(.erase) else { return false }
        let session = self.session
        guard await run({ try session.erase() }) != nil else { return false }
        await scheduler.replace(with: [])
        files.removeAll()
        snapshot = nil
        recent = []
        history = []
        searchResults = nil
        lastSearch = nil
        undoableDeletion = nil
        exportFile = nil
        backupFile = nil
        summaryFile = nil
        nextReminder = nil
        // The new, empty store has no lock settings: the lock is off, as on a first run.
        lock.apply(.standard)
        // A fresh journal: its first run starts again, and reminders are off until chosen.
        firstRun = nil
        suggestedReminderTime = nil
        await loadFirstRun()
        reloadWidgets()
        notice = Notice(kind: .info, text: Copy.erased)
        return true
    }

    // MARK: Helpers

    func afterWrite(_ message: String?) async {
        journalVersion &+= 1
        await refresh()
        reloadWidgets()
        await replanReminders()
        if let message { notice = Notice(kind: .info, text: message) }
    }

    /// Shows a kind message for `error` (never its user content).
    public func show(_ error: Error) {
        let problem = FieldProblem(error)
        formProblem = problem
        notice = Notice(kind: .problem, text: problem?.message ?? Copy.problem(error))
    }
}

/// Carries a value across the hop back from a background task. The values are the
/// core's records and plain Foundation types, read once by the main actor.
struct Unchecked<T>: @unchecked Sendable {
    let value: T
}
