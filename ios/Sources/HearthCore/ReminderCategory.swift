import Foundation

/// The actions a reminder notification carries: one per mood, with the core's own words
/// (the same five the widget shows). Decided here so it is tested without iOS; the
/// `UNNotificationCategory` registration is thin glue (UserNotifications+Hearth.swift).
public struct ReminderCategory: Equatable, Sendable {
    /// One mood button on a reminder.
    public struct Action: Equatable, Sendable {
        /// `UNNotificationAction` identifier, e.g. "hearth.mood.4".
        public let identifier: String
        /// The visible title: the core's word for the mood.
        public let title: String
        /// The mood it records (1–5).
        public let mood: Int32
    }

    /// The category identifier every Hearth reminder carries.
    public static let identifier = "hearth.reminder"
    private static let actionPrefix = "hearth.mood."

    /// The actions, lowest mood first.
    public let actions: [Action]
    /// What the Lock Screen shows instead of a reminder's words while previews are hidden
    /// (iOS's default, "When Unlocked"); nil: the system's own word.
    public let hiddenPreviewsPlaceholder: String?

    /// The category for the core's quick moods (from `WidgetSnapshot.quickMoods`).
    public init(moods: [QuickMood], hiddenPreviewsPlaceholder: String? = nil) {
        actions = moods.sorted { $0.mood < $1.mood }.map {
            Action(identifier: Self.actionPrefix + String($0.mood), title: $0.label.capitalizedFirstLetter, mood: $0.mood)
        }
        self.hiddenPreviewsPlaceholder = hiddenPreviewsPlaceholder
    }

    /// The mood behind an action identifier; nil for anything else (a plain tap, a dismissal).
    public static func mood(forAction identifier: String) -> Int32? {
        guard identifier.hasPrefix(actionPrefix) else { return nil }
        return Int32(identifier.dropFirst(actionPrefix.count))
    }
}

extension String {
    var capitalizedFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}
