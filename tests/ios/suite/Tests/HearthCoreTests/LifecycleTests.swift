import Foundation
import XCTest
import HearthCore

/// Open on foreground, close on background, and open–write–close for the widget: after
/// each, another `Hearth` (another process, in real life) can open and write.
final class LifecycleTests: XCTestCase {
    func testOneShotClosesAndAnotherHearthCanOpenAndWrite() throws {
        let location = try freshLocation()
        let vault = MemoryKeyVault()
        var kept: Hearth?
        let saved = try OneShotStore.perform(at: location, vault: vault) { hearth -> CheckIn in
            kept = hearth
            return try hearth.recordCheckin(input: CheckInInput(mood: 4, source: .widget, note: "one shot"))
        }
        // Closed: keys gone, file released.
        XCTAssertEqual(kept?.isLocked(), true)
        if let open = openFiles(under: location.directory) {
            XCTAssertEqual(open, [], "no file of the store may stay open")
        }
        // Another Hearth opens the same store with the same key, reads and writes.
        let other = try Hearth.open(dir: location.path, vault: vault)
        XCTAssertEqual(try other.getCheckin(id: saved.id).note, "one shot")
        _ = try other.recordCheckin(input: CheckInInput(mood: 2, source: .app))
        XCTAssertEqual(try other.listCheckins(from: nil, to: nil).count, 2)
    }

    func testOneShotClosesWhenTheBodyThrows() throws {
        let location = try freshLocation()
        let vault = MemoryKeyVault()
        var kept: Hearth?
        XCTAssertThrowsError(try OneShotStore.perform(at: location, vault: vault) { hearth in
            kept = hearth
            _ = try hearth.recordCheckin(input: CheckInInput(mood: 9, source: .widget))
        }) { error in
            guard case HearthError.InvalidInput(let field, _)? = error as? HearthError else {
                return XCTFail("expected InvalidInput, got \(error)")
            }
            XCTAssertEqual(field, "mood")
        }
        XCTAssertEqual(kept?.isLocked(), true)
        if let open = openFiles(under: location.directory) { XCTAssertEqual(open, []) }
        XCTAssertNoThrow(try Hearth.open(dir: location.path, vault: vault).listCheckins(from: nil, to: nil))
    }

    func testSessionOpensInForegroundAndClosesInBackground() throws {
        let location = try freshLocation()
        let vault = MemoryKeyVault()
        let session = StoreSession(location: location, vault: { vault })
        XCTAssertFalse(session.isOpen)

        try session.enterForeground()
        XCTAssertTrue(session.isOpen)
        XCTAssertTrue(session.isActive)
        _ = try session.withStore { try $0.recordCheckin(input: CheckInInput(mood: 3, source: .app)) }
        XCTAssertTrue(session.isOpen, "stays open while in the foreground")
        if let open = openFiles(under: location.directory) { XCTAssertFalse(open.isEmpty) }

        session.enterBackground()
        XCTAssertFalse(session.isOpen)
        XCTAssertFalse(session.isActive)
        if let open = openFiles(under: location.directory) {
            XCTAssertEqual(open, [], "nothing open while in the background")
        }

        // Meanwhile the widget (another Hearth) writes.
        _ = try WidgetActionsTests.widgetWrite(location: location, vault: vault, mood: 5)

        // Back in the foreground the app sees it.
        try session.enterForeground()
        let moods = try session.withStore { try $0.listCheckins(from: nil, to: nil).map(\.mood) }
        XCTAssertEqual(moods.sorted(), [3, 5])
        session.enterBackground()
    }

    func testBackgroundCallsOpenAndCloseAgain() throws {
        let location = try freshLocation()
        let vault = MemoryKeyVault()
        let session = StoreSession(location: location, vault: { vault })
        // Never foregrounded (e.g. a notification action handled in the background).
        _ = try session.withStore { try $0.recordCheckin(input: CheckInInput(mood: 4, source: .reminder)) }
        XCTAssertFalse(session.isOpen)
        if let open = openFiles(under: location.directory) { XCTAssertEqual(open, []) }
        XCTAssertEqual(try Hearth.open(dir: location.path, vault: vault).listCheckins(from: nil, to: nil).count, 1)
    }

    func testALockedStoreIsReopenedOnce() throws {
        let location = try freshLocation()
        let vault = MemoryKeyVault()
        let session = StoreSession(location: location, vault: { vault })
        try session.enterForeground()
        try session.withStore { $0.lock() } // as if closed underneath
        let count = try session.withStore { try $0.listCheckins(from: nil, to: nil).count }
        XCTAssertEqual(count, 0)
        session.enterBackground()
    }

    func testEraseRemovesStoreAndKey() throws {
        let location = try freshLocation()
        let vault = MemoryKeyVault()
        let session = StoreSession(location: location, vault: { vault })
        try session.enterForeground()
        _ = try session.withStore { try $0.recordCheckin(input: CheckInInput(mood: 3, source: .app)) }
        let removed = try session.erase()
        XCTAssertFalse(removed.isEmpty)
        XCTAssertNil(vault.storedKey)
        XCTAssertFalse(session.isOpen)
        // Starting again gives a new, empty store.
        let count = try session.withStore { try $0.listCheckins(from: nil, to: nil).count }
        XCTAssertEqual(count, 0)
        XCTAssertNotNil(vault.storedKey)
        session.enterBackground()
    }

    func testAppAndWidgetTakeTurnsFromManyThreads() throws {
        let location = try freshLocation()
        let vault = MemoryKeyVault()
        let session = StoreSession(location: location, vault: { vault })
        try session.enterForeground()
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            do {
                if i.isMultiple(of: 2) {
                    _ = try session.withStore { try $0.recordCheckin(input: CheckInInput(mood: 3, source: .app)) }
                } else {
                    _ = try OneShotStore.perform(at: location, vault: vault) {
                        try $0.recordCheckin(input: CheckInInput(mood: 4, source: .widget))
                    }
                }
            } catch {
                XCTFail("write \(i) failed: \(error)")
            }
        }
        XCTAssertEqual(try session.withStore { try $0.listCheckins(from: nil, to: nil).count }, 16)
        session.enterBackground()
    }
}
