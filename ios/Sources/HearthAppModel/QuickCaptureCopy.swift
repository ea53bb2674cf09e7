import Foundation
import HearthCore

/// The words of the one-tap places outside the app (issue #21): the Lock Screen
/// widgets, the Control Center control and App Shortcuts. Here so they are tested.
public enum QuickCaptureCopy {
    /// The round Lock Screen widget and the control: what they do, also their VoiceOver label.
    public static var openCheckIn: String { L10n.tr("quick.openCheckIn", "Check in with Hearth") }
    /// Their short visible title.
    public static var checkInShort: String { L10n.tr("quick.checkInShort", "Check in") }
    public static var lockScreenCheckInDescription: String { L10n.tr("quick.lockScreenCheckInDescription", "Opens a check-in from your Lock Screen.") }
    public static var lockScreenMoodsName: String { L10n.tr("quick.lockScreenMoodsName", "Mood buttons") }
    public static var lockScreenMoodsDescription: String { L10n.tr("quick.lockScreenMoodsDescription", "Five moods on your Lock Screen. One tap saves how you feel.") }
    public static var controlDescription: String { L10n.tr("quick.controlDescription", "Opens a check-in from Control Center.") }

    /// The App Shortcut.
    public static var shortcutTitle: String { L10n.tr("quick.shortcutTitle", "Log my mood") }
    public static var shortcutDescription: String { L10n.tr("quick.shortcutDescription", "Saves how you feel to your private Hearth journal, on this iPhone.") }
    public static var shortcutMoodPrompt: String { L10n.tr("quick.shortcutMoodPrompt", "How are you feeling?") }
    public static var shortcutSaved: String { Copy.checkInSaved }

    /// The moods' words for App Shortcuts, which must be fixed at build time (Siri reads
    /// them before the app runs). They are the core's words; a test checks they still match.
    public static let moodNames: [Int32: String] = [1: "Very low", 2: "Low", 3: "Okay", 4: "Good", 5: "Very good"]
}
