import Foundation
import HearthCore

/// Trusted people: add, edit, and remove after a confirmation that says what removing
/// does (the core also takes the person off the past check-ins that name them).
extension AppModel {
    /// Changes a trusted person's name, phone or how they help, keeping their id (so the
    /// check-ins that name them follow); nil (and `formProblem`) if the core refuses.
    @discardableResult
    public func updatePerson(id: String, _ input: PersonInput) async -> Person? {
        formProblem = nil
        guard let saved = await with({ try $0.updatePerson(id: id, input: input) }) else { return nil }
        notice = Notice(kind: .info, text: PeopleCopy.saved)
        return saved
    }

    /// Asks to remove `person`: nothing is removed until `confirmRemovePerson()`.
    public func requestRemovePerson(_ person: Person) {
        pendingPersonRemoval = person
    }

    /// The person changed their mind.
    public func cancelRemovePerson() {
        pendingPersonRemoval = nil
    }

    /// Removes the person waiting for confirmation (and, in the core, their id from past
    /// check-ins). The check-ins stay; the loaded lists are read again so none still
    /// shows the name. False if nothing was waiting or the core refused.
    @discardableResult
    public func confirmRemovePerson() async -> Bool {
        guard let person = pendingPersonRemoval else { return false }
        pendingPersonRemoval = nil
        let id = person.id
        guard await with({ try $0.removePerson(id: id) }) != nil else { return false }
        notice = Notice(kind: .info, text: PeopleCopy.removed(person.name))
        journalVersion &+= 1 // past check-ins changed
        await refresh()
        return true
    }
}

/// The words around trusted people. Warm and plain: removing someone from a list is
/// not a judgement, so the words only say what happens.
public enum PeopleCopy {
    /// After a person is edited.
    public static var saved: String { L10n.tr("people.saved", "Saved.") }
    /// The list with nobody in it yet.
    public static var emptyList: String { L10n.tr("people.emptyList", "No one here yet. You can add someone you'd like to reach on a hard day, whenever you like.") }

    /// The confirmation's question.
    public static func removeQuestion(_ name: String) -> String {
        L10n.tr("people.removeQuestion", "Remove %@ from your people?", name)
    }

    /// What removing does, said before it happens.
    public static func removeExplainer(_ name: String) -> String {
        L10n.tr("people.removeExplainer", "%@ will also be taken off the past check-ins where you noted time with them. The check-ins themselves stay, and so does that you were with someone.", name)
    }

    /// After removing.
    public static func removed(_ name: String) -> String {
        L10n.tr("people.removed", "Removed %@ from your people.", name)
    }

    /// The confirmation's button, naming who is removed.
    public static func removeControl(_ name: String) -> ControlText {
        ControlText(L10n.tr("people.remove", "Remove %@", name), hint: L10n.tr("people.remove.hint", "Also takes them off past check-ins"))
    }

    /// The row's edit button (VoiceOver hears whom it edits).
    public static func editControl(_ name: String) -> ControlText {
        ControlText(L10n.tr("people.edit", "Edit %@", name))
    }
}
