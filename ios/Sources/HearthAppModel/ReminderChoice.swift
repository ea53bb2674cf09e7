import Foundation
import HearthCore

/// Reminders stay off until the person chooses (issue #21). The core's out-of-the-box
/// settings are "on, at 20:00", and the core can't tell a saved "on" from that default,
/// so the shell keeps the person's answer beside them: `firstrun.reminders` = `on` or
/// `off`, written by the first run's reminder question or by saving reminder settings.
/// Until it exists nothing is planned, in the app or in the widget (both plan through
/// `ReminderPrivacy.plan`), and the settings screen shows reminders as off.
public enum ReminderChoice {
    /// The shell setting that holds the answer.
    public static let settingName = "firstrun.reminders"

    /// What the person chose.
    public enum Answer: String, Sendable {
        case on, off
    }

    /// The stored answer; nil when there is none, or it can't be read (not knowing is
    /// not a choice, so nothing is planned).
    public static func answer(_ store: ShellSettings) -> Answer? {
        (try? store.shellSetting(name: settingName)).flatMap { $0.flatMap(Answer.init(rawValue:)) }
    }

    /// Keeps the answer that matches `settings` (on when they are enabled).
    public static func record(_ settings: ReminderSettings, in store: ShellSettings) throws {
        try store.setShellSetting(name: settingName, value: (settings.enabled ? Answer.on : .off).rawValue)
    }

    /// The settings as the person should see them: before any choice, off (whatever the
    /// core's default says), since nothing is planned.
    public static func shown(_ settings: ReminderSettings, answer: Answer?) -> ReminderSettings {
        guard answer == nil else { return settings }
        var off = settings
        off.enabled = false
        return off
    }
}
