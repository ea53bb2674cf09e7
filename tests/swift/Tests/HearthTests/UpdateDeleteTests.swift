import Foundation
import XCTest
import HearthCore

final class UpdateDeleteTests: XCTestCase {
    func testUpdateReplacesEveryFieldAndKeepsTheId() throws {
        let hearth = try Hearth.open(dir: try freshStorePath(), vault: MemoryKeyVault())
        let original = try hearth.recordCheckin(input: CheckInInput(
            mood: 2, source: .widget, energy: 4, emotions: ["drained"], tags: ["commute"],
            note: "first draft", at: Date(timeIntervalSince1970: 1_780_000_000), utcOffsetSeconds: 3_600))

        let newAt = Date(timeIntervalSince1970: 1_780_003_600)
        let updated = try hearth.updateCheckin(id: original.id, input: CheckInInput(
            mood: 5, source: .app, emotions: ["Joyful"], note: "second thoughts",
            at: newAt, utcOffsetSeconds: -25_200))

        XCTAssertEqual(updated.id, original.id)
        XCTAssertEqual(updated.mood, 5)
        XCTAssertNil(updated.energy, "fields left out of the input are cleared, not kept")
        XCTAssertEqual(updated.emotions, ["joyful"])
        XCTAssertEqual(updated.tags, [])
        XCTAssertEqual(updated.note, "second thoughts")
        XCTAssertEqual(updated.at, newAt)
        XCTAssertEqual(updated.utcOffsetSeconds, -25_200)
        XCTAssertEqual(updated.source, .app)
        XCTAssertEqual(try hearth.getCheckin(id: original.id), updated)
        XCTAssertEqual(try hearth.listCheckins(from: nil, to: nil), [updated])
    }

    func testDeleteRemovesOnlyThatCheckIn() throws {
        let hearth = try Hearth.open(dir: try freshStorePath(), vault: MemoryKeyVault())
        let keep = try hearth.recordCheckin(input: CheckInInput(mood: 3, source: .app))
        let gone = try hearth.recordCheckin(input: CheckInInput(mood: 4, source: .reminder))

        try hearth.deleteCheckin(id: gone.id)

        XCTAssertEqual(hearthError { try hearth.getCheckin(id: gone.id) }, .NotFound(kind: "check-in", id: gone.id))
        XCTAssertEqual(hearthError { try hearth.deleteCheckin(id: gone.id) }, .NotFound(kind: "check-in", id: gone.id),
                       "deleting twice reports NotFound")
        XCTAssertEqual(try hearth.listCheckins(from: nil, to: nil), [keep])
    }
}
