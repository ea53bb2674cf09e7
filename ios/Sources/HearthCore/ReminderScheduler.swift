import Foundation

/// The part of `UNUserNotificationCenter` Hearth uses, so the scheduling rules can be
/// tested without iOS.
public protocol PendingReminderCenter: Sendable {
    /// Removes every pending (not yet delivered) Hearth reminder, and nothing else.
    func removeAllPendingReminders() async
    /// Schedules one reminder.
    func add(_ trigger: ReminderTrigger) async throws
    /// Registers the reminder category and its mood actions.
    func setCategory(_ category: ReminderCategory) async
}

public extension PendingReminderCenter {
    /// Centers that show no actions (tests, `NoReminderCenter`) ignore the category.
    func setCategory(_ category: ReminderCategory) async {}
}

/// What a re-plan did.
public struct ReplanReport: Equatable, Sendable {
    /// Reminders now pending.
    public let scheduled: Int
    /// Reminders the system refused (e.g. notifications switched off); nothing else
    /// depends on them.
    public let failed: Int
    /// The earliest reminder now pending.
    public let next: Date?

    public init(scheduled: Int, failed: Int, next: Date?) {
        self.scheduled = scheduled
        self.failed = failed
        self.next = next
    }
}

/// Replaces everything pending with the core's latest plan. Called on launch, on every
/// return to the foreground, on a time-zone or clock change, after every check-in (in
/// the app and in the widget) and after the reminder settings change.
///
/// Re-plans in one process run one after another (never interleaved), so two quick
/// re-plans cannot leave more than 64 pending.
public actor ReminderScheduler {
    public nonisolated let center: PendingReminderCenter
    private var tail: Task<ReplanReport, Never>?

    public init(center: PendingReminderCenter) {
        self.center = center
    }

    /// The one way both processes (app and widget) schedule: `planner` reads the plan
    /// from the store at schedule time, inside this scheduler's queue, and the plan is
    /// read again after it is applied. If the store changed meanwhile (the other process
    /// checked in while this one was scheduling), the newer plan is applied, so the
    /// last writer can never bring back a reminder the core no longer plans. Returns
    /// nil when the plan could not be read (nothing is changed then).
    @discardableResult
    public func sync(planner: @escaping @Sendable () throws -> [PlannedReminder]) async -> ReplanReport? {
        let previous = tail
        let center = self.center
        let task = Task<ReplanReport?, Never> {
            _ = await previous?.value
            return await Self.converge(planner, center: center)
        }
        tail = Task { await task.value ?? ReplanReport(scheduled: 0, failed: 0, next: nil) }
        return await task.value
    }

    /// How often a plan is re-read and re-applied before giving up on a store that keeps
    /// changing (each round is one more check-in by the other process).
    static let maxRounds = 4

    private static func converge(_ planner: @Sendable () throws -> [PlannedReminder],
                                 center: PendingReminderCenter) async -> ReplanReport? {
        guard var triggers = (try? planner()).map({ ReminderTriggers.triggers(for: $0) }) else { return nil }
        var report = await apply(triggers, to: center)
        for _ in 1..<maxRounds {
            // Read again: a plan written by the other process while this one was adding
            // would otherwise be overwritten by an older one.
            guard let latest = (try? planner()).map({ ReminderTriggers.triggers(for: $0) }) else { break }
            if latest == triggers { break }
            triggers = latest
            report = await apply(triggers, to: center)
        }
        return report
    }

    /// Removes all pending reminders, then adds the plan's first 64 (at most).
    @discardableResult
    public func replace(with plan: [PlannedReminder]) async -> ReplanReport {
        let previous = tail
        let center = self.center
        let task = Task<ReplanReport, Never> {
            _ = await previous?.value
            return await Self.apply(ReminderTriggers.triggers(for: plan), to: center)
        }
        tail = task
        return await task.value
    }

    private static func apply(_ triggers: [ReminderTrigger], to center: PendingReminderCenter) async -> ReplanReport {
        await center.removeAllPendingReminders()
        var failed = 0
        for trigger in triggers {
            do { try await center.add(trigger) } catch { failed += 1 }
        }
        return ReplanReport(scheduled: triggers.count - failed, failed: failed,
                            next: triggers.first?.fireDate)
    }
}

/// A center that schedules nothing, for when the person said no to notifications or on
/// platforms without them. Everything else keeps working.
public struct NoReminderCenter: PendingReminderCenter {
    public init() {}
    public func removeAllPendingReminders() async {}
    public func add(_ trigger: ReminderTrigger) async throws {}
}

/// Whether the person allowed reminders. Hearth works the same either way.
public enum ReminderPermission: Sendable, Equatable {
    /// Not asked yet: show the explanation first, then ask.
    case notAsked
    case allowed
    case denied
}

/// Asking for and reading notification permission (UNUserNotificationCenter on iOS).
public protocol ReminderPermissionProvider: Sendable {
    func current() async -> ReminderPermission
    /// Shows the system prompt (once per install); call only after Hearth's own
    /// explanation.
    func request() async -> ReminderPermission
}
