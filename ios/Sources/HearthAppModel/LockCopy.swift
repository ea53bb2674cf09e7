import Foundation

/// The lock's words (issue #19): warm and plain, never guilt or alarm. Tested, so the
/// views only show them.
public enum LockCopy {
    // The lock screen
    public static let lockedTitle = "Hearth is locked"
    public static let lockedBody = "Your journal is private. Unlock with Face ID, Touch ID or your iPhone's passcode."
    /// Shown in the system's Face ID / passcode prompt.
    public static let unlockReason = "Unlock your Hearth journal"
    public static let coverTitle = "Hearth"

    /// What the lock screen says for `message`.
    public static func text(for message: LockMessage) -> String {
        switch message {
        case .notConfirmed:
            return "That's okay. Tap Unlock whenever you're ready."
        case .unavailable:
            return "Your iPhone couldn't ask just now. Please try again in a moment."
        case .unreadable:
            return "Hearth couldn't read its lock settings, so it kept the lock on to be safe. You can check them in Settings after you unlock."
        case .biometryChanged:
            return biometryChanged
        }
    }

    public static let biometryChanged = """
        Face ID or Touch ID on this iPhone has changed since Hearth last opened. Hearth's \
        lock is still on, and your passcode still opens it.
        """
    /// After the iPhone's passcode was removed (the lock can't ask for anything).
    public static let turnedOffNoPasscode = """
        This iPhone no longer has a passcode, so Hearth's lock has turned itself off. To \
        turn it back on, set a passcode in the Settings app, then turn on Lock Hearth in \
        Hearth's settings.
        """
    /// Turning the lock on without a passcode.
    public static let needsPasscode = """
        Hearth's lock uses your iPhone's own passcode, Face ID or Touch ID. Set a passcode \
        in the Settings app first, then come back here.
        """
    /// A sensitive action (export, backup, erase, lock settings) wasn't confirmed.
    public static let notConfirmed = "Nothing was changed. You can try again whenever you're ready."

    // Reasons in the system prompt for sensitive actions
    public static let exportReason = "Confirm it's you to export your journal"
    public static let backupReason = "Confirm it's you to make a backup"
    public static let eraseReason = "Confirm it's you to erase your journal"
    public static let changeLockReason = "Confirm it's you to change Hearth's lock"
    public static let turnOnReason = "Confirm it's you to turn on Hearth's lock"

    // The first-run offer (once, on Today)
    public static let offerTitle = "Keep Hearth private?"
    public static let offerBody = """
        Hearth can ask for Face ID, Touch ID or your passcode each time it opens, and keep \
        the widget and reminders quiet. You can change this any time in Settings.
        """

    // Settings
    public static let lockSettingsSaved = "Lock settings saved."
    public static let lockFooter = """
        Hearth asks for Face ID, Touch ID or your iPhone's passcode when you open it. \
        Exporting, making a backup, erasing and changing the lock always ask again.
        """
    public static let privacyFooter = """
        These work together with the lock, and are off while the lock is off. The widget's \
        mood buttons always work, even while Hearth is locked.
        """
    public static let switcherFooter = "The app switcher shows a plain cover instead of your journal."
    public static let quietFooter = "The widget shows only the mood buttons, and reminders don't show their words on the Lock Screen."

    /// The words for a re-lock choice, as shown in the picker.
    public static func title(for relock: RelockAfter) -> String {
        switch relock {
        case .immediately: return "Immediately"
        case .oneMinute: return "After 1 minute"
        case .fiveMinutes: return "After 5 minutes"
        }
    }

    // Outside the app
    /// The quiet widget's only words: no mood, no time, no message.
    public static let quietWidgetTitle = "How are you?"
    /// A reminder's body while the widget and reminders keep quiet.
    public static let quietReminderBody = "A moment to check in, if you'd like."
    /// What the Lock Screen shows instead of a reminder's words when previews are hidden.
    public static let reminderHiddenPreview = "A gentle reminder"

    /// Every fixed sentence, for the test that keeps them kind.
    public static var all: [String] {
        [offerTitle, offerBody, lockedTitle, lockedBody, unlockReason, coverTitle, biometryChanged, turnedOffNoPasscode, needsPasscode,
         notConfirmed, exportReason, backupReason, eraseReason, changeLockReason, turnOnReason,
         lockSettingsSaved, lockFooter, privacyFooter, switcherFooter, quietFooter, quietWidgetTitle,
         quietReminderBody, reminderHiddenPreview]
            + [LockMessage.notConfirmed, .unavailable, .unreadable, .biometryChanged].map(text(for:))
            + RelockAfter.allCases.map(title(for:))
    }
}
