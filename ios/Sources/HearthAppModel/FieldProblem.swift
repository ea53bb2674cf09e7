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
        // Two whole sentences; a language whose reasons don't continue a subject
        // translates both the same.
        return continues ? L10n.tr("field.sentenceContinues", "Please check %1$@: it %2$@.", name(of: field), reason)
            : L10n.tr("field.sentence", "Please check %1$@: %2$@.", name(of: field), reason)
    }

    /// Plain words for the core's field names; an unknown one (a nested field such as
    /// `moods.intensity`) is named by its first part, spaced.
    static func name(of field: String) -> String {
        let head = field.split(separator: ".").first.map(String.init) ?? field
        switch head {
        case "at": return L10n.tr("field.name.at", "the date and time")
        case "mood": return L10n.tr("field.name.mood", "the mood")
        case "energy": return L10n.tr("field.name.energy", "the energy")
        case "note": return L10n.tr("field.name.note", "the note")
        case "text": return L10n.tr("field.name.text", "the text")
        case "situation": return L10n.tr("field.name.situation", "the situation")
        case "thoughts": return L10n.tr("field.name.thoughts", "the thoughts")
        case "moods", "moods_after": return L10n.tr("field.name.moods", "the moods")
        case "balanced_belief": return L10n.tr("field.name.balancedBelief", "how much you believe the balanced thought")
        case "name": return L10n.tr("field.name.name", "the name")
        case "new_name": return L10n.tr("field.name.newName", "the new name")
        case "phone": return L10n.tr("field.name.phone", "the phone number")
        case "scales": return L10n.tr("field.name.scales", "the scales")
        case "tags": return L10n.tr("field.name.tags", "the tags")
        case "emotions", "custom_emotions": return L10n.tr("field.name.emotions", "the emotions")
        case "with_people": return L10n.tr("field.name.withPeople", "the people")
        default: return L10n.tr("field.name.other", "the %@", head.replacingOccurrences(of: "_", with: " "))
        }
    }
}
