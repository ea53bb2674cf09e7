import Foundation
import XCTest
import HearthCore

/// Reflections: add, get (prompt text filled in from the prompt id), update.
final class ReflectionTests: XCTestCase {
    // 2026-06-10T20:00Z at UTC+05:30 is 01:30 on 2026-06-11.
    let at = instant("2026-06-10T20:00:00Z")
    let offset: Int32 = 19_800
    let text = "Sam called out of the blue.\nWe laughed about the camping trip. ✓"

    func testAddFillsThePromptTextAndGetReadsTheSame() throws {
        let hearth = try openFreshStore()
        let promptText = try XCTUnwrap(reflectionPrompts().first { $0.id == "people.close" }?.text)
        XCTAssertFalse(promptText.isEmpty)

        let saved = try hearth.addReflection(input: ReflectionInput(
            text: text, promptId: "people.close", at: at, utcOffsetSeconds: offset))
        XCTAssertFalse(saved.id.isEmpty)
        let expected = Reflection(id: saved.id, at: at, utcOffsetSeconds: offset,
                                  promptId: "people.close", promptText: promptText, text: text)
        XCTAssertEqual(saved, expected)
        XCTAssertEqual(try hearth.getReflection(id: saved.id), expected)
        XCTAssertEqual(try hearth.listEntries(from: "2026-06-11", to: "2026-06-11"),
                       [.reflection(reflection: expected)], "filed under the local day")
        XCTAssertEqual(try hearth.listEntries(from: "2026-06-10", to: "2026-06-10"), [])
    }

    func testWithoutAPromptThereIsNoPromptText() throws {
        let hearth = try openFreshStore()
        let saved = try hearth.addReflection(input: ReflectionInput(text: "just writing"))
        XCTAssertNil(saved.promptId)
        XCTAssertNil(saved.promptText)
        XCTAssertEqual(try hearth.getReflection(id: saved.id), saved)
    }

    func testUpdateReplacesTextPromptAndTimeAndKeepsTheId() throws {
        let hearth = try openFreshStore()
        let saved = try hearth.addReflection(input: ReflectionInput(
            text: text, promptId: "people.close", at: at, utcOffsetSeconds: offset))
        let other = try XCTUnwrap(reflectionPrompts().first { $0.id != "people.close" })
        let newAt = instant("2026-06-12T07:00:00Z")

        let updated = try hearth.updateReflection(id: saved.id, input: ReflectionInput(
            text: "Rewritten.", promptId: other.id, at: newAt, utcOffsetSeconds: 0))
        let expected = Reflection(id: saved.id, at: newAt, utcOffsetSeconds: 0,
                                  promptId: other.id, promptText: other.text, text: "Rewritten.")
        XCTAssertEqual(updated, expected)
        XCTAssertEqual(try hearth.getReflection(id: saved.id), expected)
        XCTAssertEqual(try hearth.listEntries(from: nil, to: nil), [.reflection(reflection: expected)],
                       "still one entry")
    }
}
