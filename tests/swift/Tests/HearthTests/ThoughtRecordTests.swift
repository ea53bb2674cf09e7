import Foundation
import XCTest
import HearthCore

/// The seven-column thought record: add, get and update through the FFI.
final class ThoughtRecordTests: XCTestCase {
    let at = instant("2026-11-20T19:00:00Z")

    var full: ThoughtInput {
        ThoughtInput(
            situation: "Friend didn't reply to my message",
            moods: [MoodRating(name: "anxious", intensity: 80), MoodRating(name: "sad", intensity: 40)],
            thoughts: [AutomaticThought(text: "They're angry with me", hot: true),
                       AutomaticThought(text: "I always mess up", hot: false)],
            evidenceFor: "Usually replies fast",
            evidenceAgainst: "They said they were busy this week",
            balancedThought: "They're probably busy; I can check in tomorrow",
            balancedBelief: 70,
            moodsAfter: [MoodRating(name: "anxious", intensity: 35), MoodRating(name: "sad", intensity: 0)],
            distortions: [.jumpingToConclusions, .overgeneralisation],
            at: at, utcOffsetSeconds: 3_600)
    }

    func expected(_ id: String) -> ThoughtRecord {
        let input = full
        return ThoughtRecord(
            id: id, at: at, utcOffsetSeconds: 3_600, situation: input.situation,
            moods: input.moods, thoughts: input.thoughts,
            evidenceFor: input.evidenceFor, evidenceAgainst: input.evidenceAgainst,
            balancedThought: input.balancedThought, balancedBelief: 70,
            moodsAfter: input.moodsAfter, distortions: input.distortions)
    }

    func testEveryColumnRoundTrips() throws {
        let hearth = try openFreshStore()
        let saved = try hearth.addThought(input: full)
        XCTAssertFalse(saved.id.isEmpty)
        XCTAssertEqual(saved, expected(saved.id))
        XCTAssertEqual(try hearth.getThought(id: saved.id), expected(saved.id))
        XCTAssertEqual(saved.thoughts.filter(\.hot).map(\.text), ["They're angry with me"],
                       "exactly one hot thought")
        XCTAssertEqual(try hearth.listEntries(from: nil, to: nil), [.thought(record: expected(saved.id))])
    }

    func testUpdateReplacesEveryColumnAndKeepsTheId() throws {
        let hearth = try openFreshStore()
        let saved = try hearth.addThought(input: full)
        let newAt = instant("2026-11-21T08:30:00Z")
        let updated = try hearth.updateThought(id: saved.id, input: ThoughtInput(
            situation: "Talked to them; all fine",
            thoughts: [AutomaticThought(text: "I worried for nothing", hot: true)],
            balancedBelief: 95, distortions: [.labelling], at: newAt, utcOffsetSeconds: 0))
        let want = ThoughtRecord(
            id: saved.id, at: newAt, utcOffsetSeconds: 0, situation: "Talked to them; all fine",
            moods: [], thoughts: [AutomaticThought(text: "I worried for nothing", hot: true)],
            evidenceFor: nil, evidenceAgainst: nil, balancedThought: nil, balancedBelief: 95,
            moodsAfter: [], distortions: [.labelling])
        XCTAssertEqual(updated, want)
        XCTAssertEqual(try hearth.getThought(id: saved.id), want)
        XCTAssertEqual(try hearth.listEntries(from: nil, to: nil).map(\.id), [saved.id], "still one entry")
    }
}
