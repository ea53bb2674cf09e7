import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Issue #20: delete asks first, then offers a short undo that brings the entry back
/// exactly as it was (same id, time, offset, source and content).
@MainActor
final class DeleteUndoTests: XCTestCase {
    private let now = instant("2026-05-04T08:00:00Z")

    /// One entry of every kind, with awkward text (braces, quotes, escapes, emoji).
    private func seedEveryKind(_ h: Harness) throws -> [Entry] {
        try h.direct { hearth in
            _ = try hearth.createScale(name: "sleep", min: 0, max: 10)
            let sam = try hearth.addPerson(input: PersonInput(name: "Sam"))
            _ = try hearth.recordCheckin(input: CheckInInput(
                mood: 2, source: .widget, energy: 3, emotions: ["anxious"], tags: ["work"],
                note: "A {tricky} \"note\", with \\ and ] and 🌧️",
                at: instant("2026-05-01T07:00:00Z"), utcOffsetSeconds: -14400,
                scales: [ScaleValue(scale: "sleep", value: 6)], connected: true, withPeople: [sam.id]))
            _ = try hearth.addReflection(input: ReflectionInput(text: "Line one\nline \"two\"", promptId: "people.close",
                                                               at: instant("2026-05-02T07:00:00Z"), utcOffsetSeconds: 7200))
            _ = try hearth.addThought(input: ThoughtInput(
                situation: "Meeting", moods: [MoodRating(name: "worried", intensity: 80)],
                thoughts: [AutomaticThought(text: "I'll fail", hot: true)], balancedThought: "It went fine",
                balancedBelief: 60, moodsAfter: [MoodRating(name: "worried", intensity: 30)],
                distortions: [.mentalFilter], at: instant("2026-05-03T07:00:00Z"), utcOffsetSeconds: 7200))
            _ = try hearth.recordAssessment(instrument: .phq9, answers: [1, 0, 2, 1, 0, 1, 0, 0, 0],
                                            at: instant("2026-05-03T09:00:00Z"), utcOffsetSeconds: 7200)
            return try hearth.listEntries(from: nil, to: nil)
        }
    }

    func testUndoBringsBackEveryKindExactly() async throws {
        let h = try Harness(test: self, now: now)
        let before = try seedEveryKind(h)
        XCTAssertEqual(before.count, 4)
        await h.model.enterForeground()
        await h.model.loadHistory()
        XCTAssertEqual(h.model.history, before)

        for entry in before {
            h.model.requestDelete(entry)
            await h.model.confirmDelete()
            let id = Presentation.id(of: entry)
            XCTAssertFalse(try h.direct { try $0.listEntries(from: nil, to: nil) }.contains { Presentation.id(of: $0) == id })
            XCTAssertEqual(h.model.undoableDeletion?.entry, entry)
            XCTAssertEqual(h.model.notice?.text, Copy.entryDeletedUndoable)
            XCTAssertFalse(h.model.history.contains(entry))

            let undone = await h.model.undoDelete()
            XCTAssertTrue(undone, "\(Presentation.kindWord(of: entry)) comes back")
            XCTAssertNil(h.model.undoableDeletion)
            XCTAssertEqual(h.model.notice?.text, Copy.entryRestored)
            XCTAssertEqual(try h.direct { try $0.listEntries(from: nil, to: nil) }, before,
                           "the \(Presentation.kindWord(of: entry)) is back exactly as it was")
            XCTAssertEqual(h.model.history, before, "and in its place in history")
        }
        // Nothing else was touched: no extra tags, people or scales.
        XCTAssertEqual(try h.direct { try $0.people() }.map(\.name), ["Sam"])
        XCTAssertEqual(try h.direct { try $0.scales() }.map(\.name), ["sleep"])
    }

    func testTheUndoIsShort() async throws {
        let h = try Harness(test: self, now: now)
        try h.seedCheckIn(3, at: instant("2026-05-03T07:00:00Z"))
        await h.model.enterForeground()
        await h.model.loadHistory()
        let entry = try XCTUnwrap(h.model.history.first)
        h.model.requestDelete(entry)
        await h.model.confirmDelete()
        let until = try XCTUnwrap(h.model.undoableDeletion?.until)
        XCTAssertEqual(until.timeIntervalSince(now), DeletedEntry.undoSeconds)

        h.clock.advance(seconds: DeletedEntry.undoSeconds + 1)
        let late = await h.model.undoDelete()
        XCTAssertFalse(late, "after the undo's time the entry stays deleted")
        XCTAssertNil(h.model.undoableDeletion, "and the copy is dropped")
        XCTAssertTrue(try h.direct { try $0.listEntries(from: nil, to: nil) }.isEmpty)
        let again = await h.model.undoDelete()
        XCTAssertFalse(again)
    }

    func testDismissingTheUndoDropsTheCopy() async throws {
        let h = try Harness(test: self, now: now)
        try h.seedCheckIn(3, at: instant("2026-05-03T07:00:00Z"), note: "private words")
        await h.model.enterForeground()
        await h.model.loadHistory()
        h.model.requestDelete(try XCTUnwrap(h.model.history.first))
        await h.model.confirmDelete()
        XCTAssertNotNil(h.model.undoableDeletion)
        h.model.dismissUndo()
        XCTAssertNil(h.model.undoableDeletion)
        let undone = await h.model.undoDelete()
        XCTAssertFalse(undone)
    }

    func testUndoOfAnEntryOlderThanWhatIsLoadedComesBackOnceWithItsPage() async throws {
        let h = try Harness(test: self, now: now)
        try h.direct { hearth in
            for n in 0..<55 {
                _ = try hearth.recordCheckin(input: CheckInInput(mood: 3, source: .app,
                                                                 at: instant("2026-05-03T07:00:00Z").addingTimeInterval(Double(-n) * 3_600),
                                                                 utcOffsetSeconds: 7200))
            }
        }
        try h.seedCheckIn(2, at: instant("2024-01-03T07:00:00Z"))
        await h.model.enterForeground()
        await h.model.loadHistory()
        XCTAssertEqual(h.model.history.count, Int(AppModel.historyPageSize), "only the newest page")
        let old = try XCTUnwrap(try h.direct { try $0.listEntries(from: nil, to: "2024-12-31") }.first)
        h.model.requestDelete(old)
        await h.model.confirmDelete()
        let undone = await h.model.undoDelete()
        XCTAssertTrue(undone)
        XCTAssertEqual(h.model.history.count, Int(AppModel.historyPageSize), "not loaded yet, so not shown yet")
        while h.model.historyHasMore { await h.model.loadOlderHistory() }
        XCTAssertEqual(h.model.history.filter { $0 == old }.count, 1, "its page brings it, once")
        XCTAssertEqual(h.model.history.count, 56)
    }

    func testASecondDeletionMakesTheFirstFinal() async throws {
        let h = try Harness(test: self, now: now)
        try h.seedCheckIn(3, at: instant("2026-05-03T07:00:00Z"), note: "first")
        try h.seedCheckIn(4, at: instant("2026-05-02T07:00:00Z"), note: "second")
        await h.model.enterForeground()
        await h.model.loadHistory()
        let (first, second) = (h.model.history[0], h.model.history[1])
        h.model.requestDelete(first)
        await h.model.confirmDelete()
        h.model.requestDelete(second)
        await h.model.confirmDelete()
        XCTAssertEqual(h.model.undoableDeletion?.entry, second, "the undo is for the latest deletion")
        let undone = await h.model.undoDelete()
        XCTAssertTrue(undone)
        XCTAssertEqual(try h.direct { try $0.listEntries(from: nil, to: nil) }, [second])
        XCTAssertEqual(h.model.history, [second])
    }

    func testAnUndoneEntryComesBackIntoTheSearchOnScreen() async throws {
        let h = try Harness(test: self, now: now)
        try h.seedCheckIn(3, at: instant("2026-05-03T07:00:00Z"), note: "river walk")
        try h.seedCheckIn(4, at: instant("2026-05-02T07:00:00Z"), note: "river swim")
        await h.model.enterForeground()
        await h.model.search("river")
        let found = try XCTUnwrap(h.model.searchResults)
        XCTAssertEqual(found.count, 2)
        h.model.requestDelete(found[0])
        await h.model.confirmDelete()
        XCTAssertEqual(h.model.searchResults?.count, 1)
        await h.model.undoDelete()
        XCTAssertEqual(h.model.searchResults, found, "back in the results, in its place")
    }

    func testTheUndoButtonNamesWhatComesBack() async throws {
        let h = try Harness(test: self, now: now)
        _ = try h.direct { try $0.addReflection(input: ReflectionInput(text: "x")) }
        await h.model.enterForeground()
        await h.model.loadHistory()
        h.model.requestDelete(try XCTUnwrap(h.model.history.first))
        await h.model.confirmDelete()
        let control = try XCTUnwrap(h.model.undoableDeletion?.undoControl)
        XCTAssertEqual(control.title, "Undo")
        XCTAssertEqual(control.accessibilityLabel, control.title, "Voice Control finds it by what it shows")
        XCTAssertEqual(control.hint, "Brings back the reflection you deleted")
    }

    func testEraseDropsTheUndo() async throws {
        let h = try Harness(test: self, now: now)
        try h.seedCheckIn(3, at: instant("2026-05-03T07:00:00Z"))
        await h.model.enterForeground()
        await h.model.loadHistory()
        h.model.requestDelete(try XCTUnwrap(h.model.history.first))
        await h.model.confirmDelete()
        let erased = await h.model.eraseEverything()
        XCTAssertTrue(erased)
        XCTAssertNil(h.model.undoableDeletion, "an erased journal keeps no copy of anything")
    }

    nonisolated func testAnEntryIsCutOutOfTheExportByteForByte() {
        let export = """
            {
              "format": "hearth-export",
              "version": 1,
              "entries": [
                {"kind": "reflection", "id": "a", "text": "} ] \\" {"},
                {"kind": "reflection", "id": "b", "text": "two", "n": [1, {"x": true}], "z": null}
              ],
              "tags": [{"id": "b"}]
            }
            """
        XCTAssertEqual(EntryDocument.extract(id: "b", from: export),
                       "{\"format\": \"hearth-export\", \"version\": 1, \"entries\": [{\"kind\": \"reflection\", \"id\": \"b\", \"text\": \"two\", \"n\": [1, {\"x\": true}], \"z\": null}]}\n")
        XCTAssertEqual(EntryDocument.extract(id: "a", from: export),
                       "{\"format\": \"hearth-export\", \"version\": 1, \"entries\": [{\"kind\": \"reflection\", \"id\": \"a\", \"text\": \"} ] \\\" {\"}]}\n")
        XCTAssertNil(EntryDocument.extract(id: "c", from: export))
        XCTAssertNil(EntryDocument.extract(id: "a", from: "[1, 2]"))
        XCTAssertNil(EntryDocument.extract(id: "a", from: ""))
        XCTAssertNil(EntryDocument.extract(id: "a", from: "{\"format\": \"hearth-export\"}"))
    }
}
