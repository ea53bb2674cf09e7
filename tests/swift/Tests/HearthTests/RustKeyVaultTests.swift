import Foundation
import XCTest
import HearthCore

/// The vaults Rust provides (desktop, tests), used from Swift.
final class RustKeyVaultTests: XCTestCase {
    func testFileKeyVault() throws {
        let root = try freshDirectory()
        let dir = root.appendingPathComponent("store").path
        let keyPath = root.appendingPathComponent("hearth.key").path

        let saved = try Hearth.open(dir: dir, vault: fileKeyVault(path: keyPath))
            .recordCheckin(input: CheckInInput(mood: 4, source: .app, note: "file vault"))

        let attributes = try FileManager.default.attributesOfItem(atPath: keyPath)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600, "key file is owner-only")
        let vault = fileKeyVault(path: keyPath)
        XCTAssertEqual(try vault.loadKey()?.count, 32, "the Rust vault is callable from Swift too")
        XCTAssertEqual(try Hearth.open(dir: dir, vault: vault).getCheckin(id: saved.id), saved)
    }

    func testPassphraseKeyVault() throws {
        // Each open runs PBKDF2 with 600,000 rounds (about half a second): three in all.
        let root = try freshDirectory()
        let dir = root.appendingPathComponent("store").path
        let vaultPath = root.appendingPathComponent("vault.json").path

        let first = try Hearth.open(dir: dir, vault: passphraseKeyVault(path: vaultPath, passphrase: "correct horse"))
        let saved = try first.recordCheckin(input: CheckInInput(mood: 2, source: .reminder))
        first.lock()

        let wrong = passphraseKeyVault(path: vaultPath, passphrase: "battery staple")
        guard case .WrongKey? = hearthError({ try Hearth.open(dir: dir, vault: wrong) }) else {
            return XCTFail("a wrong passphrase must be WrongKey")
        }

        let right = try Hearth.open(dir: dir, vault: passphraseKeyVault(path: vaultPath, passphrase: "correct horse"))
        XCTAssertEqual(try right.getCheckin(id: saved.id), saved)
    }

    func testDesktopKeyVaultOpensACliStyleStore() throws {
        let dir = try freshStorePath() // not created yet: the vault and the store make it
        let saved = try Hearth.open(dir: dir, vault: desktopKeyVault(dir: dir, passphrase: nil))
            .recordCheckin(input: CheckInInput(mood: 5, source: .import))
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir + "/hearth.key"))
        XCTAssertEqual(try Hearth.open(dir: dir, vault: desktopKeyVault(dir: dir, passphrase: nil))
            .getCheckin(id: saved.id), saved)
        assertInvalidInput("passphrase") { try desktopKeyVault(dir: dir, passphrase: "") }
    }
}
