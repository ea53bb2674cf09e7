import Foundation
import XCTest
import HearthCore

/// Every field of a check-in survives recordCheckin → getCheckin / listCheckins.
final class CheckInRoundTripTests: XCTestCase {
    // 2026-03-28T23:30:00.250Z; in UTC+05:30 that is 05:00 on 2026-03-29.
    let at = Date(timeIntervalSince1970: 1_774_740_600.25)
    let offset: Int32 = 19_800

    func testEveryFieldRoundTrips() throws {
        let hearth = try Hearth.open(dir: try freshStorePath(), vault: MemoryKeyVault())
        let note = "Walked by the river.\nFelt lighter — 🌿 «ça va»."
        let saved = try hearth.recordCheckin(input: CheckInInput(
            mood: 4, source: .widget, energy: 2,
            emotions: ["  Calm ", "HOPEFUL", "calm"], tags: [" Work", "Family "],
            note: note, at: at, utcOffsetSeconds: offset))

        XCTAssertFalse(saved.id.isEmpty)
        XCTAssertEqual(saved.mood, 4)
        XCTAssertEqual(saved.energy, 2)
        XCTAssertEqual(saved.emotions, ["calm", "hopeful"], "trimmed, lower-cased, de-duplicated, in order")
        XCTAssertEqual(saved.tags, ["work", "family"])
        XCTAssertEqual(saved.note, note)
        XCTAssertEqual(saved.at, at)
        XCTAssertEqual(saved.utcOffsetSeconds, offset)
        XCTAssertEqual(saved.source, .widget)

        XCTAssertEqual(try hearth.getCheckin(id: saved.id), saved)
        XCTAssertEqual(try hearth.listCheckins(from: nil, to: nil), [saved])
    }

    func testCustomEmotionsScalesAndPeopleRoundTrip() throws {
        let hearth = try Hearth.open(dir: try freshStorePath(), vault: MemoryKeyVault())
        _ = try hearth.createScale(name: "Sleep", min: 0, max: 10)
        let friend = try hearth.addPerson(input: PersonInput(name: "Sam"))
        let saved = try hearth.recordCheckin(input: CheckInInput(
            mood: 3, source: .app, emotions: ["calm"], customEmotions: [" Wistful "],
            scales: [ScaleValue(scale: "SLEEP", value: 7)], withPeople: [friend.id]))

        XCTAssertEqual(saved.emotions, ["calm", "wistful"], "a custom emotion joins the list")
        XCTAssertEqual(saved.scales, [ScaleValue(scale: "sleep", value: 7)])
        XCTAssertTrue(saved.connected, "naming a person implies connected")
        XCTAssertEqual(saved.withPeople, [friend.id])
        XCTAssertEqual(try hearth.getCheckin(id: saved.id), saved)

        let again = try hearth.recordCheckin(input: CheckInInput(
            mood: 4, source: .app, emotions: ["Wistful"], connected: true))
        XCTAssertEqual(again.emotions, ["wistful"], "once added, a custom emotion is known")
        XCTAssertTrue(again.connected)
        XCTAssertEqual(again.withPeople, [])
        XCTAssertEqual(Set(try hearth.listCheckins(from: nil, to: nil)), [saved, again])
    }

    func testEverySourceRoundTrips() throws {
        let hearth = try Hearth.open(dir: try freshStorePath(), vault: MemoryKeyVault())
        for source in [EntrySource.app, .widget, .reminder, .import] {
            let saved = try hearth.recordCheckin(input: CheckInInput(mood: 3, source: source))
            XCTAssertEqual(saved.source, source)
            XCTAssertEqual(try hearth.getCheckin(id: saved.id).source, source)
        }
    }

    func testDefaultsAndBlankNote() throws {
        let hearth = try Hearth.open(dir: try freshStorePath(), vault: MemoryKeyVault())
        let before = Date()
        let saved = try hearth.recordCheckin(input: CheckInInput(mood: 1, source: .app, note: "  \n\t "))
        XCTAssertNil(saved.note, "a blank note is stored as none")
        XCTAssertNil(saved.energy)
        XCTAssertEqual(saved.emotions, [])
        XCTAssertEqual(saved.tags, [])
        XCTAssertEqual(saved.at.timeIntervalSince(before), 0, accuracy: 60, "at = nil means now")
        XCTAssertEqual(try hearth.getCheckin(id: saved.id), saved)
    }

    func testListUsesTheLocalDayAndIsNewestFirst() throws {
        let hearth = try Hearth.open(dir: try freshStorePath(), vault: MemoryKeyVault())
        let late = try hearth.recordCheckin(input: CheckInInput(
            mood: 2, source: .app, at: at, utcOffsetSeconds: offset)) // local 2026-03-29 05:00
        let day = 86_400.0
        let older = try hearth.recordCheckin(input: CheckInInput(
            mood: 3, source: .app, at: at.addingTimeInterval(-2 * day), utcOffsetSeconds: 0))
        let newer = try hearth.recordCheckin(input: CheckInInput(
            mood: 5, source: .app, at: at.addingTimeInterval(3 * day), utcOffsetSeconds: -18_000))

        XCTAssertEqual(try hearth.listCheckins(from: nil, to: nil).map(\.id), [newer.id, late.id, older.id])
        XCTAssertEqual(try hearth.listCheckins(from: "2026-03-29", to: "2026-03-29").map(\.id), [late.id],
                       "the offset decides the day: 23:30 UTC is already the 29th at +05:30")
        XCTAssertEqual(try hearth.listCheckins(from: "2026-03-28", to: "2026-03-28"), [])
        XCTAssertEqual(try hearth.listCheckins(from: "2026-03-29", to: nil).map(\.id), [newer.id, late.id])
        XCTAssertEqual(try hearth.listCheckins(from: nil, to: "2026-03-29").map(\.id), [late.id, older.id])
    }
}
