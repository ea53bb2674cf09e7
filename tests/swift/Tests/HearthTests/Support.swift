import Foundation
import XCTest
import HearthCore

/// A `KeyVault` written in Swift, as the iOS Keychain adapter will be: it keeps the key
/// in memory and counts calls. Rust calls it from whatever thread opens the store.
final class MemoryKeyVault: KeyVault, @unchecked Sendable {
    private let mutex = NSLock()
    private var key: Data?
    private var loads = 0
    private var stores = 0
    private var deletes = 0

    init(key: Data? = nil) { self.key = key }

    var storedKey: Data? { locked { key } }
    var loadCount: Int { locked { loads } }
    var storeCount: Int { locked { stores } }
    var deleteCount: Int { locked { deletes } }

    func loadKey() throws -> Data? { locked { loads += 1; return key } }
    func storeKey(key: Data) throws { locked { stores += 1; self.key = key } }
    func deleteKey() throws { locked { deletes += 1; key = nil } }

    private func locked<T>(_ body: () -> T) -> T {
        mutex.lock()
        defer { mutex.unlock() }
        return body()
    }
}

/// A vault whose every call throws the given error.
final class FailingKeyVault: KeyVault, @unchecked Sendable {
    let error: Error
    init(_ error: Error) { self.error = error }
    func loadKey() throws -> Data? { throw error }
    func storeKey(key: Data) throws { throw error }
    func deleteKey() throws { throw error }
}

/// 32 random bytes: a key that is well formed but not the store's.
func randomKey() -> Data {
    Data((0..<32).map { _ in UInt8.random(in: .min ... .max) })
}

extension XCTestCase {
    /// A fresh, empty temporary directory, removed when the test ends.
    func freshDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("hearth-swift-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// A store directory (not yet created: `Hearth.open` creates it) in a fresh temp dir.
    func freshStorePath() throws -> String {
        try freshDirectory().appendingPathComponent("store", isDirectory: true).path
    }

    /// The `HearthError` that `body` throws. Fails the test if it returns normally or
    /// throws anything else.
    func hearthError<T>(
        _ body: () throws -> T, file: StaticString = #filePath, line: UInt = #line
    ) -> HearthError? {
        do {
            let value = try body()
            XCTFail("expected a HearthError, got \(value)", file: file, line: line)
        } catch let error as HearthError {
            return error
        } catch {
            XCTFail("expected a HearthError, got \(type(of: error)): \(error)", file: file, line: line)
        }
        return nil
    }

    /// Asserts that `body` fails with `InvalidInput` naming `field`; returns the reason.
    @discardableResult
    func assertInvalidInput<T>(
        _ field: String, _ body: () throws -> T, file: StaticString = #filePath, line: UInt = #line
    ) -> String? {
        let error = hearthError(body, file: file, line: line)
        guard case let .InvalidInput(got, reason)? = error else {
            if error != nil { XCTFail("expected InvalidInput(\(field)), got \(error!)", file: file, line: line) }
            return nil
        }
        XCTAssertEqual(got, field, "reason: \(reason)", file: file, line: line)
        return reason
    }
}
