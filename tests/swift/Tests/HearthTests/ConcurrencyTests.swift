import Foundation
import XCTest
import HearthCore

/// One `Hearth` shared by many threads, as an app and its widget extension's queues do.
final class ConcurrencyTests: XCTestCase {
    func testManyThreadsRecordingAtOnce() throws {
        let threads = 8, perThread = 25
        let hearth = try Hearth.open(dir: try freshStorePath(), vault: MemoryKeyVault())
        let mutex = NSLock()
        var ids: [String] = []
        var failures: [String] = []

        DispatchQueue.concurrentPerform(iterations: threads) { t in
            for i in 0..<perThread {
                do {
                    let saved = try hearth.recordCheckin(input: CheckInInput(
                        mood: Int32(i % 5 + 1), source: .widget, tags: ["thread-\(t)"], note: "\(t)/\(i)"))
                    // Read back on the same thread, interleaved with other threads' writes.
                    let read = try hearth.getCheckin(id: saved.id)
                    mutex.lock(); ids.append(read.id); mutex.unlock()
                } catch {
                    mutex.lock(); failures.append("\(t)/\(i): \(error)"); mutex.unlock()
                }
            }
        }

        XCTAssertEqual(failures, [])
        XCTAssertEqual(Set(ids).count, threads * perThread, "ids are unique")
        let all = try hearth.listCheckins(from: nil, to: nil)
        XCTAssertEqual(all.count, threads * perThread)
        XCTAssertEqual(Set(all.map(\.id)), Set(ids))
        let notes = Set(all.compactMap(\.note))
        for t in 0..<threads {
            for i in 0..<perThread { XCTAssertTrue(notes.contains("\(t)/\(i)"), "missing \(t)/\(i)") }
        }
        let report = try hearth.verify()
        XCTAssertEqual(report.damaged, [])
        XCTAssertTrue(report.sqliteOk)
        XCTAssertGreaterThanOrEqual(report.checked, UInt32(threads * perThread), "tags are records too")
    }
}
