import Foundation
import XCTest
import HearthCore

final class LockTests: XCTestCase {
    func testLockedStoreRefusesEveryCall() throws {
        let dir = try freshStorePath()
        let vault = MemoryKeyVault()
        let hearth = try Hearth.open(dir: dir, vault: vault)
        let saved = try hearth.recordCheckin(input: CheckInInput(mood: 3, source: .app))
        XCTAssertFalse(hearth.isLocked())

        hearth.lock()

        XCTAssertTrue(hearth.isLocked())
        assertLocked { try hearth.recordCheckin(input: CheckInInput(mood: 3, source: .app)) }
        assertLocked { try hearth.getCheckin(id: saved.id) }
        assertLocked { try hearth.listCheckins(from: nil, to: nil) }
        assertLocked { try hearth.updateCheckin(id: saved.id, input: CheckInInput(mood: 1, source: .app)) }
        assertLocked { try hearth.deleteCheckin(id: saved.id) }
        assertLocked { try hearth.verify() }
        hearth.lock() // idempotent
        XCTAssertTrue(hearth.isLocked())

        let reopened = try Hearth.open(dir: dir, vault: vault)
        XCTAssertEqual(try reopened.listCheckins(from: nil, to: nil), [saved], "locking loses nothing")
    }

    func testSuspendKeepsTheStoreUsable() throws {
        let vault = MemoryKeyVault()
        let hearth = try Hearth.open(dir: try freshStorePath(), vault: vault)
        let first = try hearth.recordCheckin(input: CheckInInput(mood: 2, source: .app))
        let loads = vault.loadCount
        hearth.suspend()
        XCTAssertFalse(hearth.isLocked())
        let second = try hearth.recordCheckin(input: CheckInInput(mood: 4, source: .widget))
        XCTAssertEqual(Set(try hearth.listCheckins(from: nil, to: nil).map(\.id)), [first.id, second.id])
        XCTAssertEqual(vault.loadCount, loads, "resuming after suspend does not ask the vault again")
    }

    private func assertLocked<T>(_ body: () throws -> T, file: StaticString = #filePath, line: UInt = #line) {
        let error = hearthError(body, file: file, line: line)
        guard case let .Locked(detail)? = error else {
            if let error { XCTFail("expected Locked, got \(error)", file: file, line: line) }
            return
        }
        XCTAssertFalse(detail.isEmpty, file: file, line: line)
    }
}
