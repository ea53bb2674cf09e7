import Foundation
import XCTest
import HearthCore

/// Renaming a tag renames it on older check-ins too: history follows the tag's id.
final class TagRenameTests: XCTestCase {
    func testRenameKeepsHistory() throws {
        let hearth = try openFreshStore()
        let running = try hearth.createTag(name: "Running", kind: .activity)
        XCTAssertEqual(running.name, "running")
        let old = try hearth.recordCheckin(input: CheckInInput(
            mood: 4, source: .app, tags: ["work", "running"],
            at: instant("2025-12-31T10:00:00Z"), utcOffsetSeconds: 0))
        let other = try hearth.recordCheckin(input: CheckInInput(mood: 2, source: .app, tags: ["work"]))

        let renamed = try hearth.renameTag(id: running.id, newName: " Jogging ")
        XCTAssertEqual(renamed, Tag(id: running.id, name: "jogging", kind: .activity, archived: false))

        var expectedOld = old
        expectedOld.tags = ["work", "jogging"]
        XCTAssertEqual(try hearth.getCheckin(id: old.id), expectedOld, "only the tag's name changed")
        XCTAssertEqual(try hearth.listCheckins(from: "2025-12-31", to: "2025-12-31"), [expectedOld])
        XCTAssertEqual(try hearth.getCheckin(id: other.id), other)

        let names = try hearth.tags().map(\.name)
        XCTAssertTrue(names.contains("jogging"))
        XCTAssertFalse(names.contains("running"))
    }

    func testRenamingAnUnknownTagIsNotFound() throws {
        let hearth = try openFreshStore()
        assertNotFound("no-such-tag") { try hearth.renameTag(id: "no-such-tag", newName: "x") }
    }
}
