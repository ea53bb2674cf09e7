import Foundation
import XCTest
import HearthCore

/// `listEntries` mixes every kind as the `Entry` enum, newest first; `search` spans
/// kinds; `deleteEntry` removes any kind.
final class MixedEntriesTests: XCTestCase {
    struct Seeded { let checkin: CheckIn; let reflection: Reflection; let thought: ThoughtRecord }

    /// One of each kind on three local days at UTC+0: check-in 07-01, reflection 07-02,
    /// thought 07-03, each mentioning a river.
    func seed(_ hearth: Hearth) throws -> Seeded {
        let c = try hearth.recordCheckin(input: CheckInInput(
            mood: 3, source: .app, note: "Walked by the River at dawn",
            at: instant("2026-07-01T06:00:00Z"), utcOffsetSeconds: 0))
        let r = try hearth.addReflection(input: ReflectionInput(
            text: "The river was loud after the rain.",
            at: instant("2026-07-02T21:00:00Z"), utcOffsetSeconds: 0))
        let t = try hearth.addThought(input: ThoughtInput(
            situation: "Missed the bus",
            thoughts: [AutomaticThought(text: "I'm always late", hot: true)],
            evidenceAgainst: "On time all week; the RIVER bridge was closed",
            at: instant("2026-07-03T09:00:00Z"), utcOffsetSeconds: 0))
        return Seeded(checkin: c, reflection: r, thought: t)
    }

    func testListEntriesIsMixedAndNewestFirst() throws {
        let hearth = try openFreshStore()
        let s = try seed(hearth)
        let all = try hearth.listEntries(from: nil, to: nil)
        XCTAssertEqual(all, [.thought(record: s.thought), .reflection(reflection: s.reflection),
                             .checkIn(checkin: s.checkin)])
        XCTAssertEqual(all.map(\.kindName), ["thought", "reflection", "check-in"])
        XCTAssertEqual(try hearth.listEntries(from: "2026-07-02", to: "2026-07-02").map(\.id), [s.reflection.id])
        XCTAssertEqual(try hearth.listEntries(from: nil, to: "2026-07-02").map(\.id),
                       [s.reflection.id, s.checkin.id])
        XCTAssertEqual(try hearth.listCheckins(from: nil, to: nil), [s.checkin], "only check-ins")
    }

    func testSearchFindsEveryKindCaseInsensitively() throws {
        let hearth = try openFreshStore()
        let s = try seed(hearth)
        XCTAssertEqual(try hearth.search(query: "river").map(\.id), [s.thought.id, s.reflection.id, s.checkin.id])
        XCTAssertEqual(try hearth.search(query: "  RiVeR ").map(\.id), [s.thought.id, s.reflection.id, s.checkin.id])
        XCTAssertEqual(try hearth.search(query: "always LATE"), [.thought(record: s.thought)])
        XCTAssertEqual(try hearth.search(query: "dawn"), [.checkIn(checkin: s.checkin)])
        XCTAssertEqual(try hearth.search(query: "zebra"), [])
    }

    func testDeleteEntryRemovesEachKind() throws {
        let hearth = try openFreshStore()
        let s = try seed(hearth)
        try hearth.deleteEntry(id: s.reflection.id)
        XCTAssertEqual(try hearth.listEntries(from: nil, to: nil).map(\.id), [s.thought.id, s.checkin.id])
        assertNotFound(s.reflection.id) { try hearth.getReflection(id: s.reflection.id) }

        try hearth.deleteEntry(id: s.thought.id)
        assertNotFound(s.thought.id) { try hearth.getThought(id: s.thought.id) }
        try hearth.deleteEntry(id: s.checkin.id)
        assertNotFound(s.checkin.id) { try hearth.getCheckin(id: s.checkin.id) }

        assertNoEntries(hearth, "all three are gone")
        XCTAssertEqual(try hearth.search(query: "river"), [], "deleted text is not found")
        assertNotFound(s.checkin.id) { try hearth.deleteEntry(id: s.checkin.id) }
    }
}
