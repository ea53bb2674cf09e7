import Foundation
import HearthCore

/// The app's own words. Warm, plain, never guilt: no streaks, no "you missed", no
/// pressure. Everything about moods, reminders and insights comes from the core; this
/// is only the frame around it.
public enum Copy {
    public static let checkInTitle = "How are you feeling?"
    public static let checkInSaved = "Saved. Thank you for checking in."
    public static let reflectionSaved = "Saved. Thank you for taking a moment."
    public static let thoughtSaved = "Saved. Well done for slowing that thought down."
    public static let planSaved = "Your safety plan is saved on this iPhone."
    public static let settingsSaved = "Reminder settings saved."
    public static let nothingYet = "Nothing here yet. Whenever you like, a single tap is enough."
    public static let historyEnd = "That's everything in your journal."
    public static let noSearchResults = "Nothing matches that. Try another word."
    /// After a deletion that can no longer be undone.
    public static let entryDeleted = "Deleted."
    /// The delete confirmation's question.
    public static let deleteQuestion = "Delete this entry?"
    /// Under the delete confirmation's question.
    public static let deleteExplainer = "You can undo it for a few seconds afterwards."
    /// After a deletion that can still be undone (the undo button is beside it).
    public static let entryDeletedUndoable = "Deleted. You can undo this for a few seconds."
    /// After an undo.
    public static let entryRestored = "It's back, just as it was."
    public static let checkInUpdated = "Saved your changes."
    /// Any entry edited (reflection, thought record).
    public static let changesSaved = "Saved your changes."
    /// Edit screens: the note section's title and field label.
    public static let noteSection = "Note"
    /// The note field's placeholder.
    public static let notePlaceholder = "Anything you'd like to remember"
    /// The reflection editor's section title and field label.
    public static let reflectionSection = "Your words"
    /// The reflection field's placeholder.
    public static let reflectionPlaceholder = "Whatever comes to mind"
    /// Why a questionnaire has no edit screen.
    public static let assessmentsAreKept = "A questionnaire is kept as you answered it. You can delete it and answer again whenever you like."
    /// Under the time picker of a check-in.
    public static let backfillExplainer = "Any time up to now. It goes on that day in your journal."
    public static let erased = "Your journal has been erased from this iPhone."
    /// The widget, when it can't read the journal (before the first unlock, or while the
    /// App Group is missing). It tries again in a few minutes by itself.
    public static let widgetUnavailable = "Open Hearth to check in."

    public static let exportReady = "Your export is ready to share."
    public static let summaryReady = "Your summary is ready to share."
    public static let backupWorking = "Encrypting your backup. This takes a few seconds…"
    public static let backupReady = "Your backup is ready. Save it somewhere safe."
    public static let restoreWorking = "Opening your backup. This takes a few seconds…"
    public static let importWorking = "Reading your export…"
    public static let exportWorking = "Preparing your file…"

    public static let reminderExplainerTitle = "A gentle reminder, if you'd like one"
    public static let reminderExplainer = """
        Hearth can send one quiet reminder a day to check in. It never sends one after \
        you've already checked in, and it slows down by itself if you're busy. \
        Reminders are planned on this iPhone; nothing is sent anywhere. \
        You can change or turn them off at any time, and Hearth works just the same \
        without them.
        """
    public static let remindersDenied = """
        Notifications are off for Hearth. That's completely fine — everything else works \
        the same. You can turn them on in Settings whenever you like.
        """

    public static let exportWarning = """
        An export is a plain, unencrypted copy of your journal. Keep it somewhere \
        private, and delete it when you no longer need it.
        """
    public static let backupExplainer = """
        A backup is encrypted with a passphrase you choose. Without that passphrase \
        nobody — including you — can open it, so keep it somewhere safe.
        """
    public static let eraseWarning = """
        This deletes your journal and its key from this iPhone. It can't be undone, \
        and there is no copy anywhere else unless you made a backup or an export.
        """
    public static let notAClinician = """
        Hearth is a tool for your own reflection. It doesn't diagnose and isn't a \
        substitute for professional care or for the people in your life.
        """

    /// A kind sentence for any error the core or the system reports.
    public static func problem(_ error: Error) -> String {
        switch error {
        case let e as HearthError:
            switch e {
            case .InvalidInput(_, let reason):
                return "That didn't quite fit: \(reason)."
            case .WrongKey:
                return "Hearth couldn't unlock your journal with the key on this iPhone. Nothing was changed."
            case .KeyMissing:
                return "Your journal's key isn't on this iPhone, so it can't be opened. Nothing was changed."
            case .Locked:
                return "Your journal was closed for a moment. Please try again."
            case .NotFound:
                return "That entry isn't there any more."
            case .NewerSchema:
                return "This journal was written by a newer version of Hearth. Please update the app; nothing was changed."
            case .Damaged:
                return "One entry couldn't be read and was skipped. Everything else is safe."
            case .Vault:
                return "Your journal stays locked until this iPhone has been unlocked once since it started. Please unlock it and try again."
            case .Storage(let detail):
                return "Hearth couldn't save just now (\(detail)). Please try again in a moment."
            case .Internal:
                return "Something went wrong inside Hearth. Your journal is safe; please try again."
            }
        case let e as StoreLocationError:
            return e.description
        default:
            return "Something didn't work just now. Please try again. (\(error.localizedDescription))"
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
