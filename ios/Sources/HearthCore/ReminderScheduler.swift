import Foundation

/// The part of `UNUserNotificationCenter` Hearth uses, so the scheduling rules can be
/// tested without iOS. Hearth schedules nothing but reminders, so "all pending" is
/// exactly Hearth's reminders.
public protocol PendingReminderCenter: Sendable {
    /// Removes every pending (not yet delivered) reminder.
    func removeAllPendingReminders() async
    /// Schedules one reminder.
    func add(_ trigger: ReminderTrigger) async throws
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
