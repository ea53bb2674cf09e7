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

    public func removeAllPendingReminders() async {
        center.removeAllPendingNotificationRequests()
    }

    public func add(_ trigger: ReminderTrigger) async throws {
        let content = UNMutableNotificationContent()
        content.title = trigger.title
        content.body = trigger.body
        content.sound = .default
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
            let granted = try await center.requestAuthorization(options: [.alert, .sound])
            return granted ? .allowed : .denied
        } catch {
            return .denied
        }
    }
}
#endif
