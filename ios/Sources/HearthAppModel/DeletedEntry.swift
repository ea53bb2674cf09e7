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
        ControlText("Undo", label: "Undo", hint: "Brings back the \(Presentation.kindWord(of: entry)) you deleted")
    }
}
