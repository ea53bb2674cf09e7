import Foundation
import XCTest
import HearthCore

/// The platforms share one format: a store written by the desktop CLI (tests/ios/run.sh
/// writes it and its `list --json` before the tests) opens from Swift with the same key
/// — the CLI's key file, via `desktopKeyVault(dir:passphrase: nil)` — and shows the same
/// entries. Swift then adds one through the widget path, which run.sh reads back with
/// the CLI after the tests.
final class CLIStoreTests: XCTestCase {
    private struct Fixture {
        let store: String
        let expected: [[String: Any]]
    }

    private func fixture() throws -> Fixture {
        let env = ProcessInfo.processInfo.environment
        guard let store = env["HEARTH_IOS_CLI_STORE"], let list = env["HEARTH_IOS_CLI_LIST"] else {
            if env["HEARTH_IOS_REQUIRE_CLI"] == "1" {
                XCTFail("HEARTH_IOS_CLI_STORE / HEARTH_IOS_CLI_LIST are not set")
            }
            throw XCTSkip("no CLI store (run through tests/ios/run.sh)")
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: list))
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return Fixture(store: store, expected: json)
    }

    private func offsetSeconds(_ rfc3339: String) throws -> Int32 {
        // "...-05:00" / "+02:00" / "Z"
        if rfc3339.hasSuffix("Z") { return 0 }
        let tail = String(rfc3339.suffix(6))
        let sign: Int32 = tail.hasPrefix("-") ? -1 : 1
        let parts = tail.dropFirst().split(separator: ":").compactMap { Int32($0) }
        XCTAssertEqual(parts.count, 2, "offset of \(rfc3339)")
        return sign * (parts[0] * 3600 + parts[1] * 60)
    }

    func testCLIStoreOpensWithTheSameKeyAndShowsTheSameEntries() throws {
        let fx = try fixture()
        XCTAssertEqual(fx.expected.count, 4, "run.sh writes three check-ins and a reflection")
        let hearth = try Hearth.open(dir: fx.store, vault: try desktopKeyVault(dir: fx.store, passphrase: nil))
        defer { hearth.lock() }
        // testSwiftWritesWhatTheCLIReads may already have added its entries (test order
        // is not fixed): compare the CLI's own, in the CLI's order (newest first).
        let ids = Set(fx.expected.compactMap { $0["id"] as? String })
        let entries = try hearth.listEntries(from: nil, to: nil).filter { ids.contains(Self.id(of: $0)) }
        XCTAssertEqual(entries.map(Self.id(of:)), fx.expected.compactMap { $0["id"] as? String })

        for (entry, want) in zip(entries, fx.expected) {
            let at = try XCTUnwrap(want["at"] as? String)
            switch entry {
            case .checkIn(let c):
                XCTAssertEqual(want["kind"] as? String, "check_in")
                XCTAssertEqual(c.id, want["id"] as? String)
                XCTAssertEqual(Int(c.mood), want["mood"] as? Int)
                XCTAssertEqual(c.energy.map(Int.init), want["energy"] as? Int)
                XCTAssertEqual(c.note, want["note"] as? String)
                XCTAssertEqual(c.tags, want["tags"] as? [String])
                XCTAssertEqual(c.emotions, want["emotions"] as? [String])
                XCTAssertEqual(c.source, .app)
                XCTAssertEqual(c.at, instant(at), "instant of \(c.id)")
                XCTAssertEqual(c.utcOffsetSeconds, try offsetSeconds(at), "offset of \(c.id)")
            case .reflection(let r):
                XCTAssertEqual(want["kind"] as? String, "reflection")
                XCTAssertEqual(r.id, want["id"] as? String)
                XCTAssertEqual(r.text, want["text"] as? String)
                XCTAssertEqual(r.promptId, want["prompt_id"] as? String)
                XCTAssertEqual(r.at, instant(at))
                XCTAssertEqual(r.utcOffsetSeconds, try offsetSeconds(at))
            default:
                XCTFail("unexpected entry \(entry)")
            }
        }
        // The CLI's days are the same days here.
        XCTAssertEqual(try hearth.checkinsOn(date: "2026-03-08").map(\.mood), [2])
        XCTAssertEqual(try hearth.checkinsOn(date: "2026-03-07").map(\.note), ["Walked to the river with Sam"])
        XCTAssertEqual(try hearth.verify().damaged, [])
    }

    private static func id(of entry: Entry) -> String {
        switch entry {
        case .checkIn(let c): return c.id
        case .reflection(let r): return r.id
        case .thought(let t): return t.id
        case .assessment(let a): return a.id
        }
    }

    func testSwiftWritesWhatTheCLIReads() async throws {
        let fx = try fixture()
        // The widget path, against the CLI's store and key (run.sh checks the CLI sees it).
        let location = StoreLocation(directory: URL(fileURLWithPath: fx.store, isDirectory: true))
        let snapshot = try await WidgetActions.recordMood(
            3, now: instant("2026-07-14T18:30:00Z"), zone: "Europe/Paris",
            location: location, vault: try desktopKeyVault(dir: fx.store, passphrase: nil),
            scheduler: ReminderScheduler(center: NoReminderCenter()))
        XCTAssertEqual(snapshot.date, "2026-07-14")
        XCTAssertEqual(snapshot.countToday, 2, "the CLI's 09:05 check-in and this one")
        _ = try OneShotStore.perform(at: location, vault: try desktopKeyVault(dir: fx.store, passphrase: nil)) {
            try $0.recordCheckin(input: CheckInInput(
                mood: 4, source: .app, note: "written from Swift (iOS shell)",
                at: instant("2026-07-14T19:00:00Z"), utcOffsetSeconds: 7200))
        }
    }

    func testAWrongKeyIsRefusedAndChangesNothing() throws {
        let fx = try fixture()
        let db = URL(fileURLWithPath: fx.store).appendingPathComponent("hearth.db")
        let before = try Data(contentsOf: db)
        XCTAssertThrowsError(try Hearth.open(dir: fx.store, vault: MemoryKeyVault(key: Data(repeating: 7, count: 32)))) {
            guard case HearthError.WrongKey? = $0 as? HearthError else { return XCTFail("expected WrongKey, got \($0)") }
        }
        XCTAssertEqual(try Data(contentsOf: db), before)
    }
}
