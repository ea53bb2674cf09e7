import Foundation
import Observation
import HearthCore

/// The app's state and every action a screen can take. It holds no rules of its own: it
/// asks the core, shows what the core says, and keeps the platform in step (reminders
/// re-planned, widget reloaded, store closed in the background).
///
/// Foundation, Observation and HearthCore only, so it is type-checked on Linux.
@MainActor
@Observable
final class AppModel {
    /// Where a screen should go next (a reminder tap opens the check-in, a safety
    /// result opens the plan and crisis lines).
    enum Route: Equatable {
        case checkIn(EntrySource)
        case safety
    }

    @ObservationIgnored let session: StoreSession
    @ObservationIgnored let scheduler: ReminderScheduler
    @ObservationIgnored let permissions: ReminderPermissionProvider
    @ObservationIgnored private let reloadWidgets: @MainActor () -> Void
    @ObservationIgnored private let now: () -> Date
    @ObservationIgnored private var observers: [NSObjectProtocol] = []

    /// What the widget shows, also used for today's summary and the mood buttons.
    private(set) var snapshot: WidgetSnapshot?
    /// The last 30 days of entries, newest first.
    private(set) var recent: [Entry] = []
    private(set) var reminderPermission: ReminderPermission = .notAsked
    /// The earliest reminder now scheduled (nil: none).
    private(set) var nextReminder: Date?
    var notice: Notice?
    var route: Route?

    init(session: StoreSession, scheduler: ReminderScheduler, permissions: ReminderPermissionProvider,
         setupProblem: String? = nil,
         reloadWidgets: @escaping @MainActor () -> Void, now: @escaping () -> Date = Date.init) {
        self.session = session
        self.scheduler = scheduler
        self.permissions = permissions
        self.reloadWidgets = reloadWidgets
        self.now = now
        if let setupProblem { notice = Notice(kind: .problem, text: setupProblem) }
    }

    /// The zone the core plans and dates in: the device's, read fresh each time.
    var zone: String { DeviceContext.zoneIdentifier() }

    /// The quick-mood buttons and their words, from the core.
    var moods: [QuickMood] { snapshot?.quickMoods ?? [] }

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
    func launch() async {
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

    /// The scene became active: open the store, refresh, re-plan.
    func enterForeground() async {
        do {
            try session.enterForeground()
        } catch {
            show(error)
            return
        }
        refresh()
        reminderPermission = await permissions.current()
        await replanReminders()
    }

    /// The scene went to the background: close the store (no file lock while suspended).
    func enterBackground() {
        session.enterBackground()
    }

    /// The time zone or the clock changed (or a new day began).
    func clockOrZoneChanged() async {
        refresh()
        await replanReminders()
        reloadWidgets()
    }

    // MARK: Reading

    /// Runs `body` with the store; shows a kind message and returns nil on failure.
    @discardableResult
    func with<T>(_ body: (Hearth) throws -> T) -> T? {
        do {
            return try session.withStore(body)
        } catch {
            show(error)
            return nil
        }
    }

    func refresh() {
        let now = self.now()
        let zone = self.zone
        if let snapshot = with({ try $0.widgetSnapshot(now: now, zone: zone) }) {
            self.snapshot = snapshot
        }
        let from = LocalDay.string(daysBefore: 30, now)
        if let entries = with({ try $0.listEntries(from: from, to: nil) }) {
            recent = entries
        }
    }

    // MARK: Writing

    /// Saves a check-in, then refreshes, reloads the widget and re-plans (no reminder is
    /// left for a day once someone has checked in).
    @discardableResult
    func checkIn(_ input: CheckInInput) async -> CheckIn? {
        guard let saved = with({ try $0.recordCheckin(input: input) }) else { return nil }
        await afterWrite(Copy.checkInSaved)
        return saved
    }

    /// One tap on a mood button in the app.
    func quickCheckIn(_ mood: Int32) async {
        await checkIn(CheckInInput(mood: mood, source: .app))
    }

    func addReflection(_ input: ReflectionInput) async -> Bool {
        guard with({ try $0.addReflection(input: input) }) != nil else { return false }
        await afterWrite(Copy.reflectionSaved)
        return true
    }

    func addThought(_ input: ThoughtInput) async -> Bool {
        guard with({ try $0.addThought(input: input) }) != nil else { return false }
        await afterWrite(Copy.thoughtSaved)
        return true
    }

    /// Scores and saves a questionnaire. A result showing any sign of risk routes to the
    /// safety plan and crisis lines (it never blocks anything).
    func recordAssessment(_ instrument: Instrument, answers: [Int32]) async -> AssessmentResult? {
        guard let result = with({
            try $0.recordAssessment(instrument: instrument, answers: answers, at: nil, utcOffsetSeconds: nil)
        }) else { return nil }
        await afterWrite(nil)
        if result.safety { route = .safety }
        return result
    }

    func delete(_ entry: Entry) async {
        let id = Presentation.id(of: entry)
        guard with({ try $0.deleteEntry(id: id) }) != nil else { return }
        await afterWrite(nil)
    }

    func saveSafetyPlan(_ plan: SafetyPlan) -> SafetyPlan? {
        guard let saved = with({ try $0.saveSafetyPlan(plan: plan) }) else { return nil }
        notice = Notice(kind: .info, text: Copy.planSaved)
        return saved
    }

    // MARK: Reminders

    func saveReminderSettings(_ settings: ReminderSettings) async -> ReminderSettings? {
        guard let saved = with({ try $0.saveReminderSettings(settings: settings) }) else { return nil }
        notice = Notice(kind: .info, text: Copy.settingsSaved)
        await replanReminders()
        return saved
    }

    /// Asks the core for the next reminders and replaces everything pending with them.
    /// If notifications are off, the requests are simply not delivered; nothing else
    /// changes.
    func replanReminders() async {
        let now = self.now()
        let zone = self.zone
        guard let plan = with({ try $0.planIOSReminders(now: now, zone: zone) }) else { return }
        let report = await scheduler.replace(with: plan)
        nextReminder = report.next
    }

    /// Call only after showing Hearth's own explanation (Copy.reminderExplainer).
    func askForReminderPermission() async {
        reminderPermission = await permissions.request()
        await replanReminders()
    }

    /// A reminder notification was tapped: open the check-in, recorded as from a reminder.
    func openedFromReminder() {
        route = .checkIn(.reminder)
    }

    // MARK: Erase

    /// Deletes the store and its key, clears reminders and the widget, and starts afresh.
    func eraseEverything() async -> Bool {
        do {
            try session.erase()
        } catch {
            show(error)
            return false
        }
        await scheduler.replace(with: [])
        snapshot = nil
        recent = []
        nextReminder = nil
        reloadWidgets()
        notice = Notice(kind: .info, text: "Your journal has been erased from this iPhone.")
        return true
    }

    // MARK: Helpers

    private func afterWrite(_ message: String?) async {
        refresh()
        reloadWidgets()
        await replanReminders()
        if let message { notice = Notice(kind: .info, text: message) }
    }

    func show(_ error: Error) {
        notice = Notice(kind: .problem, text: Copy.problem(error))
    }
}
