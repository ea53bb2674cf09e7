import Foundation

/// Everything iOS needs to schedule one reminder as a calendar notification. Pure data:
/// the core already decided when (daylight-saving gaps and overlaps resolved, quiet
/// hours, pauses and back-off applied) and what to say.
public struct ReminderTrigger: Equatable, Hashable, Sendable {
    /// Notification request identifier: the core's stable slot id, so a re-plan replaces
    /// the same slot instead of adding a duplicate.
    public let identifier: String
    /// Notification title.
    public let title: String
    /// Notification body: the core's message, unchanged.
    public let body: String
    /// The core's message id (for analytics-free localisation and tests).
    public let messageId: String
    /// Local wall-clock date and time the core planned: year, month, day, hour, minute.
    /// No time zone is set, so `UNCalendarNotificationTrigger` matches them in the
    /// device's zone — the zone the plan was made for; the app re-plans whenever it changes.
    public let dateComponents: DateComponents
    /// The instant the core planned, for ordering and display.
    public let fireDate: Date
    /// Whether the notification plays a sound. Hearth's one reminder a day is quiet,
    /// as on Android's silent channel: it shows, it doesn't call out.
    public let playsSound: Bool
    /// The notification category, which carries the mood actions (`ReminderCategory`).
    public let categoryIdentifier: String

    public init(identifier: String, title: String, body: String, messageId: String,
                dateComponents: DateComponents, fireDate: Date,
                playsSound: Bool = ReminderTriggers.playsSound,
                categoryIdentifier: String = ReminderCategory.identifier) {
        self.identifier = identifier
        self.title = title
        self.body = body
        self.messageId = messageId
        self.dateComponents = dateComponents
        self.fireDate = fireDate
        self.playsSound = playsSound
        self.categoryIdentifier = categoryIdentifier
    }
}

public enum ReminderTriggers {
    /// iOS keeps at most 64 pending local notifications per app; anything beyond is
    /// silently dropped. Never ask for more.
    public static let systemLimit = 64

    /// How many to plan and schedule: the core's iOS limit, never above 64.
    public static var limit: Int {
        max(0, min(systemLimit, Int(iosMaxPendingReminders())))
    }

    /// Title shown above every reminder.
    public static let title = "Hearth"

    /// Reminders make no sound ("one quiet reminder a day").
    public static let playsSound = false

    /// Maps the core's plan to trigger specs: earliest first, one per identifier, at
    /// most `limit` (and never more than 64).
    public static func triggers(
        for plan: [PlannedReminder], limit: Int = ReminderTriggers.limit
    ) -> [ReminderTrigger] {
        let cap = max(0, min(limit, systemLimit))
        var seen = Set<String>()
        var out: [ReminderTrigger] = []
        for reminder in plan.sorted(by: { $0.at < $1.at }) where out.count < cap {
            guard seen.insert(reminder.id).inserted else { continue }
            out.append(trigger(for: reminder))
        }
        return out
    }

    /// One reminder's trigger spec.
    public static func trigger(for reminder: PlannedReminder) -> ReminderTrigger {
        var components = DateComponents()
        components.year = Int(reminder.localYear)
        components.month = Int(reminder.localMonth)
        components.day = Int(reminder.localDay)
        components.hour = Int(reminder.localHour)
        components.minute = Int(reminder.localMinute)
        return ReminderTrigger(
            identifier: reminder.id, title: title, body: reminder.message,
            messageId: reminder.messageId, dateComponents: components, fireDate: reminder.at)
    }
}

/// Plans with the core: the next `ReminderTriggers.limit` reminders after `now` in `zone`.
public extension Hearth {
    func planIOSReminders(now: Date, zone: String) throws -> [PlannedReminder] {
        try planReminders(now: now, zone: zone, count: UInt32(max(1, ReminderTriggers.limit)))
    }
}
