import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Issue #20: every kind of entry can be edited from the model, and a value the core
/// refuses is shown in plain words with nothing changed.
@MainActor
final class EditingTests: XCTestCase {
    private let now = instant("2026-05-04T08:00:00Z")

    func testAReflectionIsEditedInPlace() async throws {
        let h = try Harness(test: self, now: now)
        let written = try h.direct {
            try $0.addReflection(input: ReflectionInput(text: "A slow morning", promptId: "people.close",
                                                        at: instant("2026-05-01T07:00:00Z"), utcOffsetSeconds: 7200))
        }
        await h.model.enterForeground()
        await h.model.loadHistory()
        var input = EditInputs.reflection(written)
        input.text = "A slow morning, then coffee with Ana"
        let saved = await h.model.updateReflection(id: written.id, input)
        XCTAssertEqual(saved?.id, written.id)
        XCTAssertEqual(saved?.at, written.at, "the time stays as it was")
        XCTAssertEqual(saved?.promptId, "people.close")
        XCTAssertEqual(try h.direct { try $0.getReflection(id: written.id) }.text, input.text)
        guard case .reflection(let shown)? = h.model.history.first else { return XCTFail("still in history") }
        XCTAssertEqual(shown.text, input.text)
        XCTAssertEqual(h.model.notice?.text, Copy.changesSaved)
        XCTAssertNil(h.model.formProblem)
    }

    func testAThoughtRecordIsEditedInPlace() async throws {
        let h = try Harness(test: self, now: now)
        let written = try h.direct {
            try $0.addThought(input: ThoughtInput(situation: "Meeting ran late",
                                                  thoughts: [AutomaticThought(text: "They think I'm slow", hot: true)],
                                                  at: instant("2026-05-02T15:00:00Z"), utcOffsetSeconds: 7200))
        }
        await h.model.enterForeground()
        await h.model.loadHistory()
        var input = EditInputs.thought(written)
        input.balancedThought = "The agenda was long; nobody said anything about me"
        input.balancedBelief = 70
        let saved = await h.model.updateThought(id: written.id, input)
        XCTAssertEqual(saved?.id, written.id)
        let stored = try h.direct { try $0.getThought(id: written.id) }
        XCTAssertEqual(stored.balancedThought, input.balancedThought)
        XCTAssertEqual(stored.balancedBelief, 70)
        XCTAssertEqual(stored.thoughts, written.thoughts, "the columns not edited stay")
        XCTAssertEqual(stored.at, written.at)
        guard case .thought(let shown)? = h.model.history.first else { return XCTFail("still in history") }
        XCTAssertEqual(shown.balancedBelief, 70)
    }

    func testARefusedEditIsShownInPlainWordsAndChangesNothing() async throws {
        let h = try Harness(test: self, now: now)
        let written = try h.direct {
            try $0.addReflection(input: ReflectionInput(text: "Kept", at: instant("2026-05-01T07:00:00Z"),
                                                        utcOffsetSeconds: 7200))
        }
        await h.model.enterForeground()
        var input = EditInputs.reflection(written)
        input.text = "   "
        let saved = await h.model.updateReflection(id: written.id, input)
        XCTAssertNil(saved)
        XCTAssertEqual(h.model.formProblem?.field, "text")
        XCTAssertEqual(h.model.formProblem?.message, "Please check the text: it is empty.")
        XCTAssertEqual(h.model.notice?.text, h.model.formProblem?.message, "the same words at the top")
        XCTAssertEqual(try h.direct { try $0.getReflection(id: written.id) }.text, "Kept")

        // A thought record with neither a situation nor a thought.
        let thought = try h.direct { try $0.addThought(input: ThoughtInput(situation: "Late bus")) }
        var empty = EditInputs.thought(thought)
        empty.situation = ""
        let refused = await h.model.updateThought(id: thought.id, empty)
        XCTAssertNil(refused)
        XCTAssertEqual(h.model.formProblem?.field, "situation")
        XCTAssertEqual(h.model.formProblem?.message,
                       "Please check the situation: a thought record needs at least a situation or an automatic thought.")

        // A check-in with a mood out of range.
        try h.seedCheckIn(3, at: instant("2026-05-03T07:00:00Z"))
        let checkIn = try XCTUnwrap(try h.direct { try $0.listCheckins(from: nil, to: nil) }.first)
        var bad = EditInputs.checkIn(checkIn)
        bad.mood = 6
        let badSave = await h.model.updateCheckIn(id: checkIn.id, bad)
        XCTAssertNil(badSave)
        XCTAssertEqual(h.model.formProblem?.message, "Please check the mood: it must be between 1 and 5, got 6.")

        // The next good save clears the problem.
        let good = await h.model.updateCheckIn(id: checkIn.id, EditInputs.checkIn(checkIn))
        XCTAssertNotNil(good)
        XCTAssertNil(h.model.formProblem)
    }

    func testEditInputsKeepEveryField() async throws {
        let h = try Harness(test: self, now: now)
        let original = try h.direct { hearth -> CheckIn in
            _ = try hearth.createScale(name: "sleep", min: 0, max: 10)
            let sam = try hearth.addPerson(input: PersonInput(name: "Sam"))
            return try hearth.recordCheckin(input: CheckInInput(
                mood: 2, source: .widget, energy: 3, emotions: ["anxious"], tags: ["work"], note: "n",
                at: instant("2026-05-01T07:00:00Z"), utcOffsetSeconds: -14400,
                scales: [ScaleValue(scale: "sleep", value: 6)], connected: true, withPeople: [sam.id]))
        }
        let again = try h.direct { try $0.updateCheckin(id: original.id, input: EditInputs.checkIn(original)) }
        XCTAssertEqual(again, original, "an edit that changes nothing changes nothing")
    }

    nonisolated func testFieldNamesAreWords() {
        XCTAssertEqual(FieldProblem(HearthError.InvalidInput(field: "at", reason: "can't be in the future"))?.message,
                       "Please check the date and time: it can't be in the future.")
        XCTAssertEqual(FieldProblem(HearthError.InvalidInput(field: "moods.intensity", reason: "must be between 0 and 100, got 101"))?.message,
                       "Please check the moods: it must be between 0 and 100, got 101.")
        XCTAssertEqual(FieldProblem(HearthError.InvalidInput(field: "some_field", reason: "Too long."))?.message,
                       "Please check the some field: Too long.")
        XCTAssertNil(FieldProblem(HearthError.Locked(detail: "closed")))
        XCTAssertEqual(Copy.problem(HearthError.InvalidInput(field: "mood", reason: "choose 1 to 5")),
                       "That didn't quite fit: choose 1 to 5.")
    }
}
