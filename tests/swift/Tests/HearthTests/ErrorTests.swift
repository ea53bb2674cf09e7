import Foundation
import XCTest
import HearthCore

/// Rust errors arrive as typed `HearthError` cases with their fields intact.
final class ErrorTests: XCTestCase {
    func testMoodOutOfRangeNamesTheField() throws {
        let hearth = try Hearth.open(dir: try freshStorePath(), vault: MemoryKeyVault())
        for mood: Int32 in [0, 6, -1, 261] {
            let reason = assertInvalidInput("mood") {
                try hearth.recordCheckin(input: CheckInInput(mood: mood, source: .app))
            }
            XCTAssertTrue(reason?.contains("got \(mood)") ?? false,
                          "the reason keeps the real value, without wrapping: \(reason ?? "nil")")
        }
        XCTAssertEqual(try hearth.listCheckins(from: nil, to: nil), [], "nothing invalid was saved")
    }

    func testEnergyOutOfRangeNamesTheField() throws {
        let hearth = try Hearth.open(dir: try freshStorePath(), vault: MemoryKeyVault())
        let reason = assertInvalidInput("energy") {
            try hearth.recordCheckin(input: CheckInInput(mood: 3, source: .app, energy: 9))
        }
        XCTAssertEqual(reason, "must be between 1 and 5, got 9")
    }

    func testInvalidUpdateLeavesTheCheckInAlone() throws {
        let hearth = try Hearth.open(dir: try freshStorePath(), vault: MemoryKeyVault())
        let saved = try hearth.recordCheckin(input: CheckInInput(mood: 3, source: .app, note: "keep me"))
        assertInvalidInput("mood") {
            try hearth.updateCheckin(id: saved.id, input: CheckInInput(mood: 0, source: .app))
        }
        XCTAssertEqual(try hearth.getCheckin(id: saved.id), saved)
    }

    func testUnknownIdIsNotFound() throws {
        let hearth = try Hearth.open(dir: try freshStorePath(), vault: MemoryKeyVault())
        let id = "no-such-check-in"
        let expected = HearthError.NotFound(kind: "check-in", id: id)
        XCTAssertEqual(hearthError { try hearth.getCheckin(id: id) }, expected)
        XCTAssertEqual(hearthError { try hearth.deleteCheckin(id: id) }, expected)
        XCTAssertEqual(
            hearthError { try hearth.updateCheckin(id: id, input: CheckInInput(mood: 3, source: .app)) },
            expected)
    }

    func testBadDatesNameTheirField() throws {
        let hearth = try Hearth.open(dir: try freshStorePath(), vault: MemoryKeyVault())
        for bad in ["2026-13-45", "28/11/2026", "yesterday", ""] {
            assertInvalidInput("from") { try hearth.listCheckins(from: bad, to: nil) }
        }
        assertInvalidInput("to") { try hearth.listCheckins(from: "2026-01-01", to: "2026-02-30") }
    }

    func testErrorsDescribeThemselves() throws {
        let hearth = try Hearth.open(dir: try freshStorePath(), vault: MemoryKeyVault())
        let error = hearthError { try hearth.getCheckin(id: "x") }
        XCTAssertNotNil(error?.errorDescription)
        XCTAssertTrue((error?.localizedDescription ?? "").contains("NotFound"),
                      "\(error?.localizedDescription ?? "nil")")
    }
}
