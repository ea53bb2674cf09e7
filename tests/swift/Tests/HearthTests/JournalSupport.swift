import Foundation
import XCTest
import HearthCore

/// Helpers for the journal, reminder, insight, questionnaire and CLI tests.

/// An instant from an RFC 3339 / ISO 8601 string such as "2026-11-28T13:00:00Z".
/// Parsed by hand (no time-zone database needed): only `Z` or `±HH:MM` offsets.
func instant(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    guard let date = formatter.date(from: text) else {
        XCTFail("not an RFC 3339 instant: \(text)", file: file, line: line)
        return Date(timeIntervalSince1970: 0)
    }
    return date
}

/// The wall-clock fields of `date` at a fixed UTC offset, without a time-zone database.
func wallClock(_ date: Date, offsetSeconds: Int) -> DateComponents {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: offsetSeconds)!
    return calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
}

/// An empty safety plan (the generated record has no default values).
func emptySafetyPlan() -> SafetyPlan {
    SafetyPlan(warningSigns: [], onMyOwn: [], distractions: [], peopleToAsk: [],
               professionals: [], saferSurroundings: [], reasonsForLiving: [])
}

extension Entry {
    /// The id of an entry of any kind.
    var id: String {
        switch self {
        case let .checkIn(checkin): return checkin.id
        case let .reflection(reflection): return reflection.id
        case let .thought(record): return record.id
        case let .assessment(result): return result.id
        }
    }

    /// "check-in", "reflection", "thought" or "assessment", for readable assertions.
    var kindName: String {
        switch self {
        case .checkIn: return "check-in"
        case .reflection: return "reflection"
        case .thought: return "thought"
        case .assessment: return "assessment"
        }
    }
}

extension XCTestCase {
    /// A new store with an in-memory Swift vault, in a fresh temp dir.
    func openFreshStore() throws -> Hearth {
        try Hearth.open(dir: try freshStorePath(), vault: MemoryKeyVault())
    }

    /// Asserts that no entry of any kind is stored.
    func assertNoEntries(
        _ hearth: Hearth, _ why: String = "nothing was saved",
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(try hearth.listEntries(from: nil, to: nil), [], why, file: file, line: line)
    }

    /// Asserts that `body` fails with `NotFound` for `id`; returns the kind it names.
    @discardableResult
    func assertNotFound<T>(
        _ id: String, _ body: () throws -> T, file: StaticString = #filePath, line: UInt = #line
    ) -> String? {
        let error = hearthError(body, file: file, line: line)
        guard case let .NotFound(kind, got)? = error else {
            if error != nil { XCTFail("expected NotFound(\(id)), got \(error!)", file: file, line: line) }
            return nil
        }
        XCTAssertEqual(got, id, file: file, line: line)
        return kind
    }
}

/// What a run of the `hearth` CLI produced.
struct CLIRun {
    let status: Int32
    let stdout: String
    let stderr: String

    /// stdout parsed as JSON.
    func json(file: StaticString = #filePath, line: UInt = #line) throws -> Any {
        XCTAssertEqual(status, 0, "hearth exited \(status): \(stderr)", file: file, line: line)
        return try JSONSerialization.jsonObject(with: Data(stdout.utf8))
    }
}

extension XCTestCase {
    /// The `hearth` CLI binary, from `HEARTH_CLI` (set by run.sh). Fails the test when
    /// it is missing rather than skipping, so a broken run.sh cannot hide these tests.
    func hearthCLI(file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        guard let path = ProcessInfo.processInfo.environment["HEARTH_CLI"], !path.isEmpty else {
            XCTFail("HEARTH_CLI is not set; run the suite through tests/swift/run.sh", file: file, line: line)
            throw CocoaError(.fileNoSuchFile)
        }
        guard FileManager.default.isExecutableFile(atPath: path) else {
            XCTFail("HEARTH_CLI=\(path) is not an executable file", file: file, line: line)
            throw CocoaError(.fileNoSuchFile)
        }
        return URL(fileURLWithPath: path)
    }

    /// Runs `hearth --store DIR ARGS…` and waits for it. `HEARTH_STORE` and
    /// `HEARTH_PASSPHRASE` are removed from the environment unless given in `env`.
    func runCLI(
        store: String, _ args: [String], env: [String: String] = [:],
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> CLIRun {
        let process = Process()
        process.executableURL = try hearthCLI(file: file, line: line)
        process.arguments = ["--store", store] + args
        var environment = ProcessInfo.processInfo.environment
        environment["HEARTH_STORE"] = nil
        environment["HEARTH_PASSPHRASE"] = nil
        environment.merge(env) { _, new in new }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Drain both pipes before waiting, so a large output cannot block the child.
        let errData = DataBox()
        let errDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errData.data = err.fileHandleForReading.readDataToEndOfFile()
            errDone.signal()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errDone.wait()
        process.waitUntilExit()
        return CLIRun(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData.data, as: UTF8.self))
    }
}

/// Bytes handed from a reader thread; the semaphore orders the write before the read.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
