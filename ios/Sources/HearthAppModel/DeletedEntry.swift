import Foundation
import HearthCore

/// An entry just deleted, for a short undo: the entry as it was shown, and its exact
/// record as a one-entry export document (`EntryDocument`). Held in memory only, and
/// dropped when the undo ends, the journal is erased, or another entry is deleted.
public struct DeletedEntry: Equatable {
    /// How long the undo button stays, in seconds.
    public static let undoSeconds: TimeInterval = 10

    /// The entry as it was.
    public let entry: Entry
    /// The core's record of it, ready to import.
    let document: String
    /// The undo works until this instant (the model's clock).
    public let until: Date

    /// The undo button's words; the label names what comes back, for VoiceOver.
    public var undoControl: ControlText {
        ControlText(L10n.tr("control.undo", "Undo"), hint: Self.undoHint(entry))
    }

    /// What the undo brings back, as a whole sentence per kind (a kind's word changes
    /// the words around it in other languages).
    static func undoHint(_ entry: Entry) -> String {
        switch entry {
        case .checkIn: return L10n.tr("control.undo.hint.checkIn", "Brings back the check-in you deleted")
        case .reflection: return L10n.tr("control.undo.hint.reflection", "Brings back the reflection you deleted")
        case .thought: return L10n.tr("control.undo.hint.thought", "Brings back the thought record you deleted")
        case .assessment: return L10n.tr("control.undo.hint.assessment", "Brings back the questionnaire you deleted")
        }
    }
}
