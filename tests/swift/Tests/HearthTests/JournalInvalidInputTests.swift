import Foundation
import XCTest
import HearthCore

/// Invalid journal values are refused as `InvalidInput` naming the field, and nothing
/// is saved; unknown ids are `NotFound`.
final class JournalInvalidInputTests: XCTestCase {
    func testCheckInMoodOutsideOneToFive() throws {
        let hearth = try openFreshStore()
        for mood: Int32 in [0, 6] {
            assertInvalidInput("mood") { try hearth.recordCheckin(input: CheckInInput(mood: mood, source: .app)) }
        }
        assertNoEntries(hearth)
    }

    func testThoughtMoodIntensity101() throws {
        let hearth = try openFreshStore()
        let reason = assertInvalidInput("moods.intensity") {
            try hearth.addThought(input: ThoughtInput(
                situation: "exam", moods: [MoodRating(name: "anxious", intensity: 101)]))
        }
        XCTAssertTrue(reason?.contains("101") ?? false, reason ?? "nil")
        assertInvalidInput("moods_after.intensity") {
            try hearth.addThought(input: ThoughtInput(
                situation: "exam", moodsAfter: [MoodRating(name: "anxious", intensity: -1)]))
        }
        assertNoEntries(hearth)
    }

    func testBalancedBelief101() throws {
        let hearth = try openFreshStore()
        let reason = assertInvalidInput("balanced_belief") {
            try hearth.addThought(input: ThoughtInput(situation: "exam", balancedBelief: 101))
        }
        XCTAssertTrue(reason?.contains("101") ?? false, reason ?? "nil")
        assertNoEntries(hearth)
    }

    func testEmptyThoughtRecordNamesSituation() throws {
        let hearth = try openFreshStore()
        assertInvalidInput("situation") { try hearth.addThought(input: ThoughtInput(situation: "")) }
        assertInvalidInput("situation") {
            try hearth.addThought(input: ThoughtInput(
                situation: "  ", thoughts: [AutomaticThought(text: " ", hot: true)]))
        }
        assertNoEntries(hearth)
    }

    func testMillionCharacterNote() throws {
        let hearth = try openFreshStore()
        let huge = String(repeating: "a", count: 1_000_000)
        let reason = assertInvalidInput("note") {
            try hearth.recordCheckin(input: CheckInInput(mood: 3, source: .app, note: huge))
        }
        XCTAssertTrue(reason?.contains("1000000") ?? false, reason ?? "nil")
        assertNoEntries(hearth)
    }

    func testUnknownEmotionWithoutCustom() throws {
        let hearth = try openFreshStore()
        assertInvalidInput("emotions") {
            try hearth.recordCheckin(input: CheckInInput(mood: 3, source: .app, emotions: ["calm", "vorpal"]))
        }
        assertNoEntries(hearth)
        XCTAssertEqual(try hearth.emotions(), emotionVocabulary(), "no custom emotion was added")
    }

    func testUnknownPrompt() throws {
        let hearth = try openFreshStore()
        assertInvalidInput("prompt_id") {
            try hearth.addReflection(input: ReflectionInput(text: "hello", promptId: "people.nobody"))
        }
        assertNoEntries(hearth)
    }

    func testARefusedUpdateChangesNothing() throws {
        let hearth = try openFreshStore()
        let r = try hearth.addReflection(input: ReflectionInput(text: "kept", promptId: "people.close"))
        let t = try hearth.addThought(input: ThoughtInput(situation: "kept", balancedBelief: 50))
        assertInvalidInput("prompt_id") {
            try hearth.updateReflection(id: r.id, input: ReflectionInput(text: "changed", promptId: "nope"))
        }
        assertInvalidInput("balanced_belief") {
            try hearth.updateThought(id: t.id, input: ThoughtInput(situation: "changed", balancedBelief: 101))
        }
        XCTAssertEqual(try hearth.getReflection(id: r.id), r)
        XCTAssertEqual(try hearth.getThought(id: t.id), t)
    }

    func testUnknownIdsAreNotFound() throws {
        let hearth = try openFreshStore()
        let id = "0123456789abcdef0123456789abcdef"
        assertNotFound(id) { try hearth.getReflection(id: id) }
        assertNotFound(id) { try hearth.getThought(id: id) }
        assertNotFound(id) { try hearth.getCheckin(id: id) }
        assertNotFound(id) { try hearth.deleteEntry(id: id) }
        assertNotFound(id) { try hearth.updateReflection(id: id, input: ReflectionInput(text: "x")) }
        assertNotFound(id) { try hearth.updateThought(id: id, input: ThoughtInput(situation: "x")) }
        assertNotFound(id) { try hearth.assessmentFhir(id: id) }
    }

    func testAnIdOfAnotherKindIsNotFound() throws {
        let hearth = try openFreshStore()
        let c = try hearth.recordCheckin(input: CheckInInput(mood: 3, source: .app))
        assertNotFound(c.id) { try hearth.getReflection(id: c.id) }
        assertNotFound(c.id) { try hearth.getThought(id: c.id) }
        XCTAssertEqual(try hearth.getCheckin(id: c.id), c, "the check-in is untouched")
    }
}
