import Foundation
import HearthCore

/// Editing every kind of entry: a reflection's text and prompt, a thought record's seven
/// columns (a check-in's edit is in `+History`). The core keeps the id and validates;
/// a refused value comes back as `formProblem`, in plain words, and nothing changes.
extension AppModel {
    /// Replaces a reflection's contents, keeping its id; nil (and `formProblem`) if the
    /// core refuses it.
    @discardableResult
    public func updateReflection(id: String, _ input: ReflectionInput) async -> Reflection? {
        formProblem = nil
        guard let saved = await with({ try $0.updateReflection(id: id, input: input) }) else { return nil }
        replaceEverywhere(id: id, with: .reflection(reflection: saved))
        await afterWrite(Copy.changesSaved)
        return saved
    }

    /// Replaces a thought record's contents, keeping its id; nil (and `formProblem`) if
    /// the core refuses it.
    @discardableResult
    public func updateThought(id: String, _ input: ThoughtInput) async -> ThoughtRecord? {
        formProblem = nil
        guard let saved = await with({ try $0.updateThought(id: id, input: input) }) else { return nil }
        replaceEverywhere(id: id, with: .thought(record: saved))
        await afterWrite(Copy.changesSaved)
        return saved
    }

    /// The form was closed or changed: its refused value no longer applies.
    public func clearFormProblem() {
        formProblem = nil
    }
}

/// Inputs that keep everything an edit screen doesn't show. Each edit screen changes a
/// few fields; the core replaces the whole entry, so the rest must be passed back as it
/// was (time and offset included, or the entry would move to now).
public enum EditInputs {
    /// A check-in's input with its current contents.
    public static func checkIn(_ c: CheckIn) -> CheckInInput {
        CheckInInput(mood: c.mood, source: c.source, energy: c.energy, emotions: c.emotions, tags: c.tags,
                     note: c.note, at: c.at, utcOffsetSeconds: c.utcOffsetSeconds, scales: c.scales,
                     connected: c.connected, withPeople: c.withPeople)
    }

    /// A reflection's input with its current contents.
    public static func reflection(_ r: Reflection) -> ReflectionInput {
        ReflectionInput(text: r.text, promptId: r.promptId, at: r.at, utcOffsetSeconds: r.utcOffsetSeconds)
    }

    /// A thought record's input with its current contents.
    public static func thought(_ t: ThoughtRecord) -> ThoughtInput {
        ThoughtInput(situation: t.situation, moods: t.moods, thoughts: t.thoughts, evidenceFor: t.evidenceFor,
                     evidenceAgainst: t.evidenceAgainst, balancedThought: t.balancedThought,
                     balancedBelief: t.balancedBelief, moodsAfter: t.moodsAfter, distortions: t.distortions,
                     at: t.at, utcOffsetSeconds: t.utcOffsetSeconds)
    }
}
