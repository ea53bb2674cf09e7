import Foundation
import XCTest
import HearthCore

/// A `KeyVault` implemented in Swift, called back from Rust.
final class SwiftKeyVaultTests: XCTestCase {
    func testNewStoreHandsItsKeyToTheVaultOnce() throws {
        let vault = MemoryKeyVault()
        let hearth = try Hearth.open(dir: try freshStorePath(), vault: vault)
        XCTAssertEqual(vault.storeCount, 1)
        XCTAssertEqual(vault.storedKey?.count, 32)
        XCTAssertGreaterThanOrEqual(vault.loadCount, 1, "the vault is asked before a key is made")
        _ = try hearth.recordCheckin(input: CheckInInput(mood: 4, source: .app))
        XCTAssertEqual(vault.storeCount, 1, "no further storeKey calls while the store is used")
    }

    func testReopenReadsTheKeyBack() throws {
        let dir = try freshStorePath()
        let vault = MemoryKeyVault()
        let first = try Hearth.open(dir: dir, vault: vault)
        let saved = try first.recordCheckin(input: CheckInInput(mood: 5, source: .app, note: "still here"))
        let key = vault.storedKey
        first.lock()

        let loadsBefore = vault.loadCount
        let second = try Hearth.open(dir: dir, vault: vault)
        XCTAssertEqual(vault.storeCount, 1, "an existing store never gets a new key")
        XCTAssertGreaterThan(vault.loadCount, loadsBefore)
        XCTAssertEqual(vault.storedKey, key)
        XCTAssertEqual(try second.getCheckin(id: saved.id), saved)
    }

    func testAVaultHoldingACopiedKeyOpensTheStore() throws {
        let dir = try freshStorePath()
        let original = MemoryKeyVault()
        let saved = try Hearth.open(dir: dir, vault: original)
            .recordCheckin(input: CheckInInput(mood: 2, source: .app))
        let copy = MemoryKeyVault(key: try XCTUnwrap(original.storedKey))
        XCTAssertEqual(try Hearth.open(dir: dir, vault: copy).getCheckin(id: saved.id), saved)
        XCTAssertEqual(copy.storeCount, 0)
    }

    func testUnavailableVaultSurfacesAsVaultError() throws {
        let vault = FailingKeyVault(KeyVaultError.Unavailable(detail: "keychain is locked"))
        let error = hearthError { try Hearth.open(dir: try freshStorePath(), vault: vault) }
        guard case let .Vault(detail)? = error else {
            return XCTFail("expected HearthError.Vault, got \(String(describing: error))")
        }
        XCTAssertTrue(detail.contains("keychain is locked"), detail)
    }

    func testFailingStoreKeyOnANewStoreIsAVaultError() throws {
        final class ReadOnlyVault: KeyVault, @unchecked Sendable {
            func loadKey() throws -> Data? { nil }
            func storeKey(key: Data) throws { throw KeyVaultError.Unavailable(detail: "disk full") }
            func deleteKey() throws {}
        }
        let dir = try freshStorePath()
        let error = hearthError { try Hearth.open(dir: dir, vault: ReadOnlyVault()) }
        guard case let .Vault(detail)? = error else {
            return XCTFail("expected HearthError.Vault, got \(String(describing: error))")
        }
        XCTAssertTrue(detail.contains("disk full"), detail)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/hearth.db"),
                       "no store is created whose key was never kept")
    }

    func testRejectingVaultIsWrongKey() throws {
        let vault = FailingKeyVault(KeyVaultError.Rejected(detail: "biometry changed"))
        let error = hearthError { try Hearth.open(dir: try freshStorePath(), vault: vault) }
        guard case let .WrongKey(detail)? = error else {
            return XCTFail("expected HearthError.WrongKey, got \(String(describing: error))")
        }
        XCTAssertTrue(detail.contains("biometry changed"), detail)
    }

    func testAnUndeclaredSwiftErrorIsAVaultErrorNotACrash() throws {
        struct KeychainStatus: Error { let osStatus: Int32 }
        let vault = FailingKeyVault(KeychainStatus(osStatus: -25308))
        let error = hearthError { try Hearth.open(dir: try freshStorePath(), vault: vault) }
        guard case .Vault? = error else {
            return XCTFail("expected HearthError.Vault, got \(String(describing: error))")
        }
    }

    func testEraseDeletesTheKeyAndTheFiles() throws {
        let dir = try freshStorePath()
        let vault = MemoryKeyVault()
        let hearth = try Hearth.open(dir: dir, vault: vault)
        _ = try hearth.recordCheckin(input: CheckInInput(mood: 3, source: .app))
        hearth.lock()

        let removed = try eraseStore(dir: dir, vault: vault)
        XCTAssertEqual(vault.deleteCount, 1)
        XCTAssertNil(vault.storedKey)
        XCTAssertTrue(removed.contains { $0.hasSuffix("/hearth.db") }, "\(removed)")
        for path in removed { XCTAssertFalse(FileManager.default.fileExists(atPath: path), path) }

        let fresh = try Hearth.open(dir: dir, vault: vault)
        XCTAssertEqual(try fresh.listCheckins(from: nil, to: nil), [], "a new, empty store")
        XCTAssertEqual(vault.storeCount, 2)
    }
}
