import Foundation
import HearthCore

/// The words of the one-tap places outside the app (issue #21): the Lock Screen
/// widgets, the Control Center control and App Shortcuts. Here so they are tested.
public enum QuickCaptureCopy {
    /// The round Lock Screen widget and the control: what they do, also their VoiceOver label.
    public static let openCheckIn = "Check in with Hearth"
    /// Their short visible title.
    public static let checkInShort = "Check in"
    public static let lockScreenCheckInDescription = "Opens a check-in from your Lock Screen."
    public static let lockScreenMoodsName = "Mood buttons"
    public static let lockScreenMoodsDescription = "Five moods on your Lock Screen. One tap saves how you feel."
    public static let controlDescription = "Opens a check-in from Control Center."

    /// The App Shortcut.
    public static let shortcutTitle = "Log my mood"
    public static let shortcutDescription = "Saves how you feel to your private Hearth journal, on this iPhone."
    public static let shortcutMoodPrompt = "How are you feeling?"
    public static let shortcutSaved = Copy.checkInSaved

    /// The moods' words for App Shortcuts, which must be fixed at build time (Siri reads
    /// them before the app runs). They are the core's words; a test checks they still match.
    public static let moodNames: [Int32: String] = [1: "Very low", 2: "Low", 3: "Okay", 4: "Good", 5: "Very good"]
}
