#if canImport(UserNotifications)
import Foundation
import UserNotifications

/// `PendingReminderCenter` over `UNUserNotificationCenter`: one non-repeating
/// `UNCalendarNotificationTrigger` per planned reminder, never more than 64 pending.
public struct UserNotificationReminderCenter: PendingReminderCenter, @unchecked Sendable {
    /// Thread identifier grouping Hearth's reminders in Notification Center.
    public static let threadIdentifier = "hearth.reminders"
    /// `userInfo` key carrying the reminder's slot id to the app when it is tapped.
    public static let reminderIdKey = "hearthReminderId"

    private let center: UNUserNotificationCenter

    public init(center: UNUserNotificationCenter = .current()) {
        self.center = center
    }

    /// Removes exactly Hearth's pending reminders (those in its category), nothing else.
    public func removeAllPendingReminders() async {
        let ours = await center.pendingNotificationRequests()
            .filter { $0.content.categoryIdentifier == ReminderCategory.identifier
                || $0.content.threadIdentifier == Self.threadIdentifier }
            .map(\.identifier)
        center.removePendingNotificationRequests(withIdentifiers: ours)
    }

    /// Registers the reminder category: one background action per mood, titled with the
    /// core's word. A mood action records a check-in without opening the app. While
    /// previews are hidden (on the Lock Screen by default) the body is the placeholder.
    public func setCategory(_ category: ReminderCategory) async {
        let actions = category.actions.map {
            UNNotificationAction(identifier: $0.identifier, title: $0.title, options: [])
        }
        let registered: UNNotificationCategory
        if let placeholder = category.hiddenPreviewsPlaceholder {
            registered = UNNotificationCategory(identifier: ReminderCategory.identifier, actions: actions,
                                                intentIdentifiers: [], hiddenPreviewsBodyPlaceholder: placeholder,
                                                options: [])
        } else {
            registered = UNNotificationCategory(identifier: ReminderCategory.identifier, actions: actions,
                                                intentIdentifiers: [], options: [])
        }
        center.setNotificationCategories([registered])
    }

    public func add(_ trigger: ReminderTrigger) async throws {
        let content = UNMutableNotificationContent()
        content.title = trigger.title
        content.body = trigger.body
        content.sound = trigger.playsSound ? .default : nil
        content.categoryIdentifier = trigger.categoryIdentifier
        content.threadIdentifier = Self.threadIdentifier
        content.userInfo = [Self.reminderIdKey: trigger.identifier, "messageId": trigger.messageId]
        let calendarTrigger = UNCalendarNotificationTrigger(
            dateMatching: trigger.dateComponents, repeats: false)
        let request = UNNotificationRequest(
            identifier: trigger.identifier, content: content, trigger: calendarTrigger)
        try await center.add(request)
    }
}

/// Notification permission via `UNUserNotificationCenter`.
public struct UserNotificationPermission: ReminderPermissionProvider, @unchecked Sendable {
    private let center: UNUserNotificationCenter

    public init(center: UNUserNotificationCenter = .current()) {
        self.center = center
    }

    public func current() async -> ReminderPermission {
        let settings = await center.notificationSettings()
        switch settings.authorizationStatus {
        case .notDetermined: return .notAsked
        case .denied: return .denied
        default: return .allowed // authorized, provisional, ephemeral
        }
    }

    public func request() async -> ReminderPermission {
        do {
            let granted = try await center.requestAuthorization(options: [.alert])
            return granted ? .allowed : .denied
        } catch {
            return .denied
        }
    }
}
#endif
