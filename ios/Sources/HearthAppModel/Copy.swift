import Foundation
import HearthCore

/// The app's own words. Warm, plain, never guilt: no streaks, no "you missed", no
/// pressure. Everything about moods, reminders and insights comes from the core; this
/// is only the frame around it.
public enum Copy {
    public static var checkInTitle: String { L10n.tr("copy.checkInTitle", "How are you feeling?") }
    public static var checkInSaved: String { L10n.tr("copy.checkInSaved", "Saved. Thank you for checking in.") }
    public static var reflectionSaved: String { L10n.tr("copy.reflectionSaved", "Saved. Thank you for taking a moment.") }
    public static var thoughtSaved: String { L10n.tr("copy.thoughtSaved", "Saved. Well done for slowing that thought down.") }
    public static var planSaved: String { L10n.tr("copy.planSaved", "Your safety plan is saved on this iPhone.") }
    public static var settingsSaved: String { L10n.tr("copy.settingsSaved", "Reminder settings saved.") }
    public static var nothingYet: String { L10n.tr("copy.nothingYet", "Nothing here yet. Whenever you like, a single tap is enough.") }
    public static var historyEnd: String { L10n.tr("copy.historyEnd", "That's everything in your journal.") }
    public static var noSearchResults: String { L10n.tr("copy.noSearchResults", "Nothing matches that. Try another word.") }
    /// After a deletion that can no longer be undone.
    public static var entryDeleted: String { L10n.tr("copy.entryDeleted", "Deleted.") }
    /// The delete confirmation's question.
    public static var deleteQuestion: String { L10n.tr("copy.deleteQuestion", "Delete this entry?") }
    /// Under the delete confirmation's question.
    public static var deleteExplainer: String { L10n.tr("copy.deleteExplainer", "You can undo it for a few seconds afterwards.") }
    /// After a deletion that can still be undone (the undo button is beside it).
    public static var entryDeletedUndoable: String { L10n.tr("copy.entryDeletedUndoable", "Deleted. You can undo this for a few seconds.") }
    /// After an undo.
    public static var entryRestored: String { L10n.tr("copy.entryRestored", "It's back, just as it was.") }
    public static var checkInUpdated: String { L10n.tr("copy.checkInUpdated", "Saved your changes.") }
    /// Any entry edited (reflection, thought record).
    public static var changesSaved: String { L10n.tr("copy.changesSaved", "Saved your changes.") }
    /// Edit screens: the note section's title and field label.
    public static var noteSection: String { L10n.tr("copy.noteSection", "Note") }
    /// The note field's placeholder.
    public static var notePlaceholder: String { L10n.tr("copy.notePlaceholder", "Anything you'd like to remember") }
    /// The reflection editor's section title and field label.
    public static var reflectionSection: String { L10n.tr("copy.reflectionSection", "Your words") }
    /// The reflection field's placeholder.
    public static var reflectionPlaceholder: String { L10n.tr("copy.reflectionPlaceholder", "Whatever comes to mind") }
    /// Why a questionnaire has no edit screen.
    public static var assessmentsAreKept: String { L10n.tr("copy.assessmentsAreKept", "A questionnaire is kept as you answered it. You can delete it and answer again whenever you like.") }
    /// Under the time picker of a check-in.
    public static var backfillExplainer: String { L10n.tr("copy.backfillExplainer", "Any time up to now. It goes on that day in your journal.") }
    public static var erased: String { L10n.tr("copy.erased", "Your journal has been erased from this iPhone.") }
    /// The widget, when it can't read the journal (before the first unlock, or while the
    /// App Group is missing). It tries again in a few minutes by itself.
    public static var widgetUnavailable: String { L10n.tr("copy.widgetUnavailable", "Open Hearth to check in.") }

    public static var exportReady: String { L10n.tr("copy.exportReady", "Your export is ready to share.") }
    public static var summaryReady: String { L10n.tr("copy.summaryReady", "Your summary is ready to share.") }
    public static var backupWorking: String { L10n.tr("copy.backupWorking", "Encrypting your backup. This takes a few seconds…") }
    public static var backupReady: String { L10n.tr("copy.backupReady", "Your backup is ready. Save it somewhere safe.") }
    public static var restoreWorking: String { L10n.tr("copy.restoreWorking", "Opening your backup. This takes a few seconds…") }
    public static var importWorking: String { L10n.tr("copy.importWorking", "Reading your export…") }
    public static var exportWorking: String { L10n.tr("copy.exportWorking", "Preparing your file…") }

    public static var reminderExplainerTitle: String { L10n.tr("copy.reminderExplainerTitle", "A gentle reminder, if you'd like one") }
    public static var reminderExplainer: String { L10n.tr("copy.reminderExplainer", "Hearth can send one quiet reminder a day to check in. It never sends one after you've already checked in, and it slows down by itself if you're busy. Reminders are planned on this iPhone; nothing is sent anywhere. You can change or turn them off at any time, and Hearth works just the same without them.") }
    public static var remindersDenied: String { L10n.tr("copy.remindersDenied", "Notifications are off for Hearth. That's completely fine — everything else works the same. You can turn them on in Settings whenever you like.") }

    public static var exportWarning: String { L10n.tr("copy.exportWarning", "An export is a plain, unencrypted copy of your journal. Keep it somewhere private, and delete it when you no longer need it.") }
    public static var backupExplainer: String { L10n.tr("copy.backupExplainer", "A backup is encrypted with a passphrase you choose. Without that passphrase nobody — including you — can open it, so keep it somewhere safe.") }
    public static var eraseWarning: String { L10n.tr("copy.eraseWarning", "This deletes your journal and its key from this iPhone. It can't be undone, and there is no copy anywhere else unless you made a backup or an export.") }
    public static var notAClinician: String { L10n.tr("copy.notAClinician", "Hearth is a tool for your own reflection. It doesn't diagnose and isn't a substitute for professional care or for the people in your life.") }

    /// A kind sentence for any error the core or the system reports.
    public static func problem(_ error: Error) -> String {
        switch error {
        case let e as HearthError:
            switch e {
            case .InvalidInput(_, let reason):
                return L10n.tr("copy.problem.invalid", "That didn't quite fit: %@.", reason)
            case .WrongKey:
                return L10n.tr("copy.problem.wrongKey", "Hearth couldn't unlock your journal with the key on this iPhone. Nothing was changed.")
            case .KeyMissing:
                return L10n.tr("copy.problem.keyMissing", "Your journal's key isn't on this iPhone, so it can't be opened. Nothing was changed.")
            case .Locked:
                return L10n.tr("copy.problem.locked", "Your journal was closed for a moment. Please try again.")
            case .NotFound:
                return L10n.tr("copy.problem.notFound", "That entry isn't there any more.")
            case .NewerSchema:
                return L10n.tr("copy.problem.newerSchema", "This journal was written by a newer version of Hearth. Please update the app; nothing was changed.")
            case .Damaged:
                return L10n.tr("copy.problem.damaged", "One entry couldn't be read and was skipped. Everything else is safe.")
            case .Vault:
                return L10n.tr("copy.problem.vault", "Your journal stays locked until this iPhone has been unlocked once since it started. Please unlock it and try again.")
            case .Storage(let detail):
                return L10n.tr("copy.problem.storage", "Hearth couldn't save just now (%@). Please try again in a moment.", detail)
            case .Internal:
                return L10n.tr("copy.problem.internal", "Something went wrong inside Hearth. Your journal is safe; please try again.")
            }
        case let e as StoreLocationError:
            return e.localizedMessage
        default:
            return L10n.tr("copy.problem.other", "Something didn't work just now. Please try again. (%@)", error.localizedDescription)
        }
    }
}

/// A message shown briefly at the top of a screen.
public struct Notice: Identifiable, Equatable, Sendable {
    /// Information, or something that didn't work.
    public enum Kind: Sendable { case info, problem }
    public let id = UUID()
    public let kind: Kind
    public let text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}
