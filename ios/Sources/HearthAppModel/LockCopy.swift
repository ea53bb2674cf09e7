import Foundation
import HearthCore

/// The lock's words (issue #19): warm and plain, never guilt or alarm. Tested, so the
/// views only show them.
public enum LockCopy {
    // The lock screen
    public static var lockedTitle: String { L10n.tr("lock.lockedTitle", "Hearth is locked") }
    public static var lockedBody: String { L10n.tr("lock.lockedBody", "Your journal is private. Unlock with Face ID, Touch ID or your iPhone's passcode.") }
    /// Shown in the system's Face ID / passcode prompt.
    public static var unlockReason: String { L10n.tr("lock.unlockReason", "Unlock your Hearth journal") }
    public static var coverTitle: String { L10n.tr("lock.coverTitle", "Hearth") }

    /// What the lock screen says for `message`.
    public static func text(for message: LockMessage) -> String {
        switch message {
        case .notConfirmed:
            return L10n.tr("lock.message.notConfirmed", "That's okay. Tap Unlock whenever you're ready.")
        case .unavailable:
            return L10n.tr("lock.message.unavailable", "Your iPhone couldn't ask just now. Please try again in a moment.")
        case .unreadable:
            return L10n.tr("lock.message.unreadable", "Hearth couldn't read its lock settings, so it kept the lock on to be safe. You can check them in Settings after you unlock.")
        case .biometryChanged:
            return biometryChanged
        }
    }

    public static var biometryChanged: String { L10n.tr("lock.biometryChanged", "Face ID or Touch ID on this iPhone has changed since Hearth last opened. Hearth's lock is still on, and your passcode still opens it.") }
    /// After the iPhone's passcode was removed (the lock can't ask for anything).
    public static var turnedOffNoPasscode: String { L10n.tr("lock.turnedOffNoPasscode", "This iPhone no longer has a passcode, so Hearth's lock has turned itself off. To turn it back on, set a passcode in the Settings app, then turn on Lock Hearth in Hearth's settings.") }
    /// Turning the lock on without a passcode.
    public static var needsPasscode: String { L10n.tr("lock.needsPasscode", "Hearth's lock uses your iPhone's own passcode, Face ID or Touch ID. Set a passcode in the Settings app first, then come back here.") }
    /// A sensitive action (export, backup, erase, lock settings) wasn't confirmed.
    public static var notConfirmed: String { L10n.tr("lock.notConfirmed", "Nothing was changed. You can try again whenever you're ready.") }

    // Reasons in the system prompt for sensitive actions
    public static var exportReason: String { L10n.tr("lock.exportReason", "Confirm it's you to export your journal") }
    public static var backupReason: String { L10n.tr("lock.backupReason", "Confirm it's you to make a backup") }
    public static var eraseReason: String { L10n.tr("lock.eraseReason", "Confirm it's you to erase your journal") }
    public static var changeLockReason: String { L10n.tr("lock.changeLockReason", "Confirm it's you to change Hearth's lock") }
    public static var turnOnReason: String { L10n.tr("lock.turnOnReason", "Confirm it's you to turn on Hearth's lock") }

    // The first-run offer (once, on Today)
    public static var offerTitle: String { L10n.tr("lock.offerTitle", "Keep Hearth private?") }
    public static var offerBody: String { L10n.tr("lock.offerBody", "Hearth can ask for Face ID, Touch ID or your passcode each time it opens, and keep the widget and reminders quiet. You can change this any time in Settings.") }

    // Settings
    public static var lockSettingsSaved: String { L10n.tr("lock.lockSettingsSaved", "Lock settings saved.") }
    public static var lockFooter: String { L10n.tr("lock.lockFooter", "Hearth asks for Face ID, Touch ID or your iPhone's passcode when you open it. Exporting, making a backup, erasing and changing the lock always ask again.") }
    public static var privacyFooter: String { L10n.tr("lock.privacyFooter", "These work together with the lock, and are off while the lock is off. The widget's mood buttons always work, even while Hearth is locked.") }
    public static var switcherFooter: String { L10n.tr("lock.switcherFooter", "The app switcher shows a plain cover instead of your journal.") }
    public static var quietFooter: String { L10n.tr("lock.quietFooter", "The widget shows only the mood buttons, and reminders don't show their words on the Lock Screen.") }

    /// The words for a re-lock choice, as shown in the picker.
    public static func title(for relock: RelockAfter) -> String {
        switch relock {
        case .immediately: return L10n.tr("lock.relock.immediately", "Immediately")
        case .oneMinute: return L10n.tr("lock.relock.oneMinute", "After 1 minute")
        case .fiveMinutes: return L10n.tr("lock.relock.fiveMinutes", "After 5 minutes")
        }
    }

    // Outside the app
    /// The quiet widget's only words: no mood, no time, no message.
    public static var quietWidgetTitle: String { L10n.tr("lock.quietWidgetTitle", "How are you?") }
    /// A reminder's body while the widget and reminders keep quiet.
    public static var quietReminderBody: String { L10n.tr("lock.quietReminderBody", "A moment to check in, if you'd like.") }
    /// What the Lock Screen shows instead of a reminder's words when previews are hidden.
    public static var reminderHiddenPreview: String { L10n.tr("lock.reminderHiddenPreview", "A gentle reminder") }

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
