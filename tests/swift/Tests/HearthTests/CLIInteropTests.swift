import Foundation
import XCTest
import HearthCore

/// A store written by the `hearth` CLI opens from Swift with the same key
/// (`desktopKeyVault`), and the CLI reads what Swift wrote.
final class CLIInteropTests: XCTestCase {
    func testACheckInWrittenByTheCLIReadsBackInSwiftWithEveryField() throws {
        let dir = try freshStorePath()
        XCTAssertEqual(try runCLI(store: dir, ["scales", "create", "sleep", "--min", "0", "--max", "10"]).status, 0)
        let run = try runCLI(store: dir, [
            "checkin", "--mood", "4", "--energy", "3", "--emotion", "calm", "--custom-emotion", "wistful",
            "--tag", "work", "--tag", "gardening", "--scale", "sleep=7", "--with", "Sam",
            "--note", "from the CLI", "--at", "2026-11-20T08:15:00-05:00", "--source", "widget", "--json",
        ])
        let json = try XCTUnwrap(try run.json() as? [String: Any], run.stdout)
        let id = try XCTUnwrap(json["id"] as? String)
        XCTAssertEqual(json["kind"] as? String, "check_in")
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir + "/hearth.key"), "the CLI's key file")

        let hearth = try Hearth.open(dir: dir, vault: desktopKeyVault(dir: dir, passphrase: nil))
        let sam = try XCTUnwrap(try hearth.people().first { $0.name == "Sam" }, "--with added Sam")
        let expected = CheckIn(
            id: id, at: instant("2026-11-20T08:15:00-05:00"), utcOffsetSeconds: -18_000, mood: 4, energy: 3,
            emotions: ["calm", "wistful"], tags: ["work", "gardening"], note: "from the CLI",
            source: .widget, scales: [ScaleValue(scale: "sleep", value: 7)],
            connected: true, withPeople: [sam.id])
        XCTAssertEqual(try hearth.getCheckin(id: id), expected)
        XCTAssertEqual(try hearth.listEntries(from: nil, to: nil), [.checkIn(checkin: expected)])
        XCTAssertEqual(json["with_people"] as? [String], [sam.id], "both sides agree on the person's id")
        XCTAssertTrue(try hearth.tags().contains { $0.name == "gardening" })
        XCTAssertTrue(try hearth.emotions().contains { $0.name == "wistful" && $0.custom })
    }

    func testWhatSwiftWritesTheCLIListsAsJSON() throws {
        let dir = try freshStorePath()
        let hearth = try Hearth.open(dir: dir, vault: desktopKeyVault(dir: dir, passphrase: nil))
        let friend = try hearth.addPerson(input: PersonInput(name: "Alex"))
        _ = try hearth.createScale(name: "Focus", min: 1, max: 5)
        let checkin = try hearth.recordCheckin(input: CheckInInput(
            mood: 2, source: .reminder, energy: 1, emotions: ["drained"], tags: ["family"],
            note: "written from Swift ✓", at: instant("2026-11-21T22:45:00+01:00"), utcOffsetSeconds: 3_600,
            scales: [ScaleValue(scale: "focus", value: 2)], withPeople: [friend.id]))
        let reflection = try hearth.addReflection(input: ReflectionInput(
            text: "Swift reflection", promptId: "people.close",
            at: instant("2026-11-22T08:00:00Z"), utcOffsetSeconds: 0))
        hearth.suspend() // as an app going to the background: releases the file

        let run = try runCLI(store: dir, ["list", "--json"])
        let list = try XCTUnwrap(try run.json() as? [[String: Any]], run.stdout)
        XCTAssertEqual(list.compactMap { $0["id"] as? String }, [reflection.id, checkin.id], "newest first")
        guard list.count == 2 else { return }

        let r = list[0], c = list[1]
        XCTAssertEqual(r["kind"] as? String, "reflection")
        XCTAssertEqual(r["text"] as? String, "Swift reflection")
        XCTAssertEqual(r["prompt"] as? String, reflection.promptText)

        XCTAssertEqual(c["kind"] as? String, "check_in")
        XCTAssertEqual(c["mood"] as? Int, 2)
        XCTAssertEqual(c["energy"] as? Int, 1)
        XCTAssertEqual(c["emotions"] as? [String], ["drained"])
        XCTAssertEqual(c["tags"] as? [String], ["family"])
        XCTAssertEqual(c["note"] as? String, "written from Swift ✓")
        XCTAssertEqual(c["source"] as? String, "reminder")
        XCTAssertEqual(c["connected"] as? Bool, true)
        XCTAssertEqual(c["with_people"] as? [String], [friend.id])
        let scales = try XCTUnwrap(c["scales"] as? [[String: Any]])
        XCTAssertEqual(scales.first?["scale"] as? String, "focus")
        XCTAssertEqual(scales.first?["value"] as? Int, 2)
        let at = try XCTUnwrap(c["at"] as? String)
        XCTAssertEqual(at, "2026-11-21T22:45:00+01:00", "the CLI shows the wall time and offset Swift gave")
        XCTAssertEqual(instant(at), checkin.at)

        // And Swift still reads its store after the CLI has been in it.
        XCTAssertEqual(try hearth.getCheckin(id: checkin.id), checkin)
    }

    func testAPassphraseStoreFromTheCLIOpensWithTheSamePassphrase() throws {
        // Two PBKDF2 derivations (600,000 rounds each): one in the CLI, one here.
        let dir = try freshStorePath()
        let run = try runCLI(store: dir, ["checkin", "--mood", "5", "--note", "locked up", "--json"],
                             env: ["HEARTH_PASSPHRASE": "correct horse"])
        let id = try XCTUnwrap((try run.json() as? [String: Any])?["id"] as? String)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/hearth.key"), "no raw key on disk")

        let hearth = try Hearth.open(dir: dir, vault: desktopKeyVault(dir: dir, passphrase: "correct horse"))
        XCTAssertEqual(try hearth.getCheckin(id: id).note, "locked up")
    }

    func testTheCLIRefusesAStoreWithoutItsKey() throws {
        let dir = try freshStorePath()
        _ = try Hearth.open(dir: dir, vault: MemoryKeyVault()) // key only in Swift memory
            .recordCheckin(input: CheckInInput(mood: 3, source: .app))
        let run = try runCLI(store: dir, ["list", "--json"])
        XCTAssertNotEqual(run.status, 0, "no key file: the CLI cannot read it")
        XCTAssertEqual(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "", "nothing leaked")
    }
}
