import Foundation
import XCTest
import HearthCore

/// Encrypted backups (age, scrypt). Every backup or restore that reaches scrypt costs
/// about 1.5 s, so the class makes four such calls: one backup and three restores.
final class BackupTests: XCTestCase {
    let passphrase = "correct horse battery"

    func testBackupRestoresTheSameExportAndAWrongPassphraseOrCutFileChangesNothing() throws {
        let dir = try freshDirectory()
        let file = dir.appendingPathComponent("hearth-backup.age")
        let a = try openFreshStore()
        try fillWithEveryKind(a)
        try a.backup(path: file.path, passphrase: passphrase) // scrypt 1
        let export = try a.exportJson()

        let sealed = try Data(contentsOf: file)
        XCTAssertTrue(sealed.starts(with: Data("age-encryption.org/v1\n".utf8)), "an age v1 file")
        XCTAssertNil(sealed.range(of: Data(portableNote.utf8)), "the note is not in the clear")

        let b = try openFreshStore()
        let empty = try b.exportJson()

        // Observed: a wrong passphrase is InvalidInput on "passphrase", not WrongKey
        // (which is about the store's own key) and not Internal.
        let wrong = hearthError { try b.restore(path: file.path, passphrase: "incorrect horse battery") } // scrypt 2
        switch wrong {
        case let .InvalidInput(field, reason)?:
            XCTAssertEqual(field, "passphrase", reason)
        case let other?:
            XCTFail("wrong passphrase: expected InvalidInput(passphrase), got \(other)")
        case nil:
            break
        }
        XCTAssertEqual(try b.exportJson(), empty, "nothing imported after a wrong passphrase")
        assertNoEntries(b)

        // Cut off in the payload: the header still parses, so this reaches scrypt, then
        // fails authentication.
        let cut = dir.appendingPathComponent("cut.age")
        try sealed.prefix(sealed.count - 40).write(to: cut)
        assertInvalidInput("backup") { try b.restore(path: cut.path, passphrase: passphrase) } // scrypt 3
        XCTAssertEqual(try b.exportJson(), empty, "nothing imported from a cut-off file")
        assertNoEntries(b)

        let restored = try b.restore(path: file.path, passphrase: passphrase) // scrypt 4
        XCTAssertGreaterThan(restored.created, 0, "\(restored)")
        XCTAssertEqual(restored.counts("check_ins"), [2, 0, 0])
        // Reminders and the safety plan always exist (as defaults): restoring them updates.
        XCTAssertEqual(restored.updated, 2, "\(restored)")
        XCTAssertEqual(try b.exportJson(), export, "the restored store exports the same bytes")
        XCTAssertEqual(try b.listEntries(from: nil, to: nil), try a.listEntries(from: nil, to: nil))
    }

    func testFilesThatAreNotBackupsAreRefusedBeforeKeyDerivation() throws {
        let dir = try freshDirectory()
        let hearth = try openFreshStore()
        _ = try hearth.recordCheckin(input: CheckInInput(mood: 3, source: .app))
        let before = try hearth.exportJson()

        assertInvalidInput("backup") {
            try hearth.restore(path: dir.appendingPathComponent("no-such.age").path, passphrase: passphrase)
        }

        // Files that age itself refuses while reading the header.
        let header = dir.appendingPathComponent("header-only.age")
        try Data("age-encryption.org/v1\n".utf8).write(to: header)
        let plain = dir.appendingPathComponent("plain.json")
        try Data(before.utf8).write(to: plain)
        for file in [header, plain] {
            switch hearthError({ try hearth.restore(path: file.path, passphrase: passphrase) }) {
            case let .InvalidInput(field, reason)?:
                XCTAssertEqual(field, "backup", "\(file.lastPathComponent): \(reason)")
            case let other?:
                // Internal here once meant age's message catalogue panicked in a debug
                // build away from the cargo registry; the core no longer formats age's
                // error texts.
                XCTFail("\(file.lastPathComponent): expected InvalidInput(backup), got \(other)")
            case nil:
                XCTFail("\(file.lastPathComponent): restore should have been refused")
            }
        }
        XCTAssertEqual(try hearth.exportJson(), before, "nothing imported")
    }

    func testShortPassphraseOrEmptyPathIsInvalidInputAndWritesNoFile() throws {
        let dir = try freshDirectory()
        let hearth = try openFreshStore()
        _ = try hearth.recordCheckin(input: CheckInInput(mood: 3, source: .app))
        let file = dir.appendingPathComponent("short.age")
        assertInvalidInput("passphrase") { try hearth.backup(path: file.path, passphrase: "hunter2") }
        assertInvalidInput("passphrase") { try hearth.backup(path: file.path, passphrase: "") }
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path), "no file written")
        assertInvalidInput("path") { try hearth.backup(path: "  ", passphrase: passphrase) }
    }
}
