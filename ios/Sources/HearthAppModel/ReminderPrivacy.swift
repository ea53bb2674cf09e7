import Foundation
import HearthCore

/// What a reminder may say outside the app, decided here so it is tested (issue #19).
///
/// - Always: the category carries a placeholder, so while previews are hidden (the Lock
///   Screen, by iOS's default) the reminder reads "A gentle reminder", not the core's words.
/// - With the lock on and the quiet setting on: the body itself is a plain, fixed line,
///   so even a Lock Screen set to show previews, or a watch, shows nothing about the
///   journal (the core's lines can follow a person's patterns, e.g. easing off).
public enum ReminderPrivacy {
    /// The reminder category for the core's quick moods, with the placeholder.
    public static func category(moods: [QuickMood]) -> ReminderCategory {
        ReminderCategory(moods: moods, hiddenPreviewsPlaceholder: LockCopy.reminderHiddenPreview)
    }

    /// The plan with the words the settings allow (when, and which slot, are unchanged).
    public static func apply(_ settings: LockSettings, to plan: [PlannedReminder]) -> [PlannedReminder] {
        guard settings.widgetQuiet else { return plan }
        return plan.map { reminder in
            var quiet = reminder
            quiet.message = LockCopy.quietReminderBody
            return quiet
        }
    }

    /// The core's iOS plan as the app and the widget schedule it: nothing until the person
    /// has chosen reminders (`ReminderChoice`); the lock settings are read in the same
    /// open store, and settings that can't be read keep quiet.
    public static func plan(_ hearth: Hearth, now: Date, zone: String) throws -> [PlannedReminder] {
        guard ReminderChoice.answer(hearth) != nil else { return [] }
        let plan = try hearth.planIOSReminders(now: now, zone: zone)
        return apply(LockStorage.readOrFailClosed(hearth).settings, to: plan)
    }
}
