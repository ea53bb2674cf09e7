import Foundation
import XCTest
import HearthCore

/// A key that does not unlock the store is refused before anything is written.
final class WrongKeyTests: XCTestCase {
    func testWrongKeyIsRefusedAndTheRightKeyStillWorks() throws {
        let dir = try freshStorePath()
        let right = MemoryKeyVault()
        let saved = try Hearth.open(dir: dir, vault: right)
            .recordCheckin(input: CheckInInput(mood: 4, source: .app, note: "private"))

        let wrong = MemoryKeyVault(key: randomKey())
        guard case .WrongKey? = hearthError({ try Hearth.open(dir: dir, vault: wrong) }) else {
            return XCTFail("a different 32-byte key must be refused with WrongKey")
        }
        XCTAssertEqual(wrong.storeCount, 0, "the wrong vault is not overwritten")

        let reopened = try Hearth.open(dir: dir, vault: right)
        XCTAssertEqual(try reopened.getCheckin(id: saved.id), saved)
        XCTAssertEqual(try reopened.verify().damaged, [])
    }

    func testMalformedKeyIsWrongKey() throws {
        let vault = MemoryKeyVault(key: Data([1, 2, 3]))
        guard case let .WrongKey(detail)? = hearthError({ try Hearth.open(dir: try freshStorePath(), vault: vault) }) else {
            return XCTFail("a 3-byte key must be refused with WrongKey")
        }
        XCTAssertTrue(detail.contains("3-byte"), detail)
    }

    func testExistingStoreWithAnEmptyVaultIsKeyMissing() throws {
        let dir = try freshStorePath()
        // A store with something in it: one never written to holds nothing to lose,
        // and is replaced (that is how a creation cut short before its key was stored
        // recovers).
        let first = try Hearth.open(dir: dir, vault: MemoryKeyVault())
        _ = try first.recordCheckin(input: CheckInInput(mood: 3, source: .app))
        first.lock()
        let empty = MemoryKeyVault()
        guard case .KeyMissing? = hearthError({ try Hearth.open(dir: dir, vault: empty) }) else {
            return XCTFail("an existing store must not get a fresh key")
        }
        XCTAssertEqual(empty.storeCount, 0)
    }
}
