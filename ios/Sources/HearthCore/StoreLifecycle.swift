import Foundation

/// Opening and closing the shared store at the right moments.
///
/// iOS terminates a suspended process that holds a file lock in a shared container
/// (exception 0xdead10cc). So the app keeps the store open only while it is in the
/// foreground, and the widget opens, writes and closes within one call.
///
/// "Close" is `Hearth.lock()`: it releases the database file and its locks and zeroizes
/// the keys; the object is then dropped.
public enum OneShotStore {
    /// Opens the store, runs `body`, and closes it again before returning — also when
    /// `body` throws. Never hold on to the `Hearth` passed to `body`.
    public static func perform<T>(
        at location: StoreLocation, vault: KeyVault, _ body: (Hearth) throws -> T
    ) throws -> T {
        try location.prepare()
        let hearth = try Hearth.open(dir: location.path, vault: vault)
        defer { hearth.lock() }
        return try body(hearth)
    }
}

/// The app's handle on the store: open in the foreground, closed in the background.
///
/// Calls from any thread are serialised. A call that arrives while the app is in the
/// background (a notification action, a background task) opens, runs and closes, so
/// nothing stays open while suspended.
public final class StoreSession: @unchecked Sendable {
    public let location: StoreLocation
    private let makeVault: @Sendable () throws -> KeyVault
    private let mutex = NSRecursiveLock()
    private var hearth: Hearth?
    private var active = false

    /// `vault` is asked for a `KeyVault` each time the store opens.
    public init(location: StoreLocation, vault: @escaping @Sendable () throws -> KeyVault) {
        self.location = location
        self.makeVault = vault
    }

    /// True while a `Hearth` is open.
    public var isOpen: Bool { locked { hearth != nil } }

    /// True between `enterForeground` and `enterBackground`.
    public var isActive: Bool { locked { active } }

    /// Opens the store (if it isn't already). Call on launch and whenever the scene
    /// becomes active. Throws what `Hearth.open` throws (e.g. `WrongKey`, `Vault`).
    public func enterForeground() throws {
        try locked {
            active = true
            _ = try openIfNeeded()
        }
    }

    /// Closes the store: releases the file, its locks and the keys. Call when the scene
    /// moves to the background. Waits for a call in progress to finish first.
    public func enterBackground() {
        locked {
            active = false
            closeLocked()
        }
    }

    /// Runs `body` with the open store. In the foreground the store stays open; in the
    /// background it is opened for this call only. A store that was locked underneath
    /// (e.g. by `enterBackground` on another thread) is reopened once.
    public func withStore<T>(_ body: (Hearth) throws -> T) throws -> T {
        try locked {
            guard active else {
                return try OneShotStore.perform(at: location, vault: makeVault(), body)
            }
            let store = try openIfNeeded()
            do {
                return try body(store)
            } catch HearthError.Locked {
                closeLocked()
                return try body(try openIfNeeded())
            }
        }
    }

    /// Closes the store and deletes it with its key (crypto-shredding). The session can
    /// be opened again afterwards; it then starts a new, empty store.
    @discardableResult
    public func erase() throws -> [String] {
        try locked {
            closeLocked()
            return try eraseStore(dir: location.path, vault: makeVault())
        }
    }

    private func openIfNeeded() throws -> Hearth {
        if let open = hearth { return open }
        try location.prepare()
        let opened = try Hearth.open(dir: location.path, vault: makeVault())
        hearth = opened
        return opened
    }

    private func closeLocked() {
        hearth?.lock()
        hearth = nil
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        mutex.lock()
        defer { mutex.unlock() }
        return try body()
    }
}
