import Foundation
import HearthCore

/// A value the core refused in a form (a mood out of range, an empty reflection, a time
/// in the future), in plain words, with the field it is about so a form can show the
/// words next to it. Built from the core's `HearthError.InvalidInput`; the reason is the
/// core's own (it decides what is valid), framed in a sentence a person can act on.
public struct FieldProblem: Equatable, Sendable {
    /// The core's field name, e.g. `mood`, `text`, `at`, `situation`, `name`.
    public let field: String
    /// What to show, e.g. "Please check the time: it can't be in the future."
    public let message: String

    /// Nil for any error that is not about one input value.
    public init?(_ error: Error) {
        guard case HearthError.InvalidInput(let field, let reason)? = error as? HearthError else { return nil }
        self.field = field
        self.message = Self.sentence(field: field, reason: reason)
    }

    /// "Please check the mood: it must be between 1 and 5, got 6."
    static func sentence(field: String, reason: String) -> String {
        var reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        while reason.hasSuffix(".") { reason.removeLast() }
        // The core's reasons read as the end of "<field> ..." ("is empty", "must be ...").
        let continues = ["is ", "must ", "can", "has ", "cannot ", "should "].contains { reason.hasPrefix($0) }
        return "Please check \(name(of: field)): \(continues ? "it " : "")\(reason)."
    }

    /// Plain words for the core's field names; an unknown one (a nested field such as
    /// `moods.intensity`) is named by its first part, spaced.
    static func name(of field: String) -> String {
        let head = field.split(separator: ".").first.map(String.init) ?? field
        switch head {
        case "at": return "the date and time"
        case "mood": return "the mood"
        case "energy": return "the energy"
        case "note": return "the note"
        case "text": return "the text"
        case "situation": return "the situation"
        case "thoughts": return "the thoughts"
        case "moods", "moods_after": return "the moods"
        case "balanced_belief": return "how much you believe the balanced thought"
        case "name": return "the name"
        case "new_name": return "the new name"
        case "phone": return "the phone number"
        case "scales": return "the scales"
        case "tags": return "the tags"
        case "emotions", "custom_emotions": return "the emotions"
        case "with_people": return "the people"
        default: return "the " + head.replacingOccurrences(of: "_", with: " ")
        }
    }
}
