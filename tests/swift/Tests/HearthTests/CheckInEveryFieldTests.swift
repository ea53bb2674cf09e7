import Foundation
import XCTest
import HearthCore

/// One check-in carrying every field at once, including things created on the way
/// (a custom emotion, a new tag), survives record → get → list → listEntries.
final class CheckInEveryFieldTests: XCTestCase {
    // 2026-11-20T13:15:00Z is 08:15 at UTC-05:00.
    let at = instant("2026-11-20T13:15:00Z")
    let offset: Int32 = -18_000

    func testEveryFieldRoundTripsThroughTheFFI() throws {
        let hearth = try openFreshStore()
        let sleep = try hearth.createScale(name: "Sleep quality", min: 0, max: 10)
        let sam = try hearth.addPerson(input: PersonInput(name: "Sam", phone: "+44 7700 900123"))
        XCTAssertFalse(try hearth.tags().contains { $0.name == "gardening" }, "not a default tag")

        let note = "Coffee with Sam, then the allotment.\nTired but 🌱 good."
        let saved = try hearth.recordCheckin(input: CheckInInput(
            mood: 4, source: .reminder, energy: 3,
            emotions: ["calm", "Grateful"], tags: ["work", " Gardening "],
            note: note, at: at, utcOffsetSeconds: offset,
            customEmotions: ["Wistful"],
            scales: [ScaleValue(scale: "sleep quality", value: 7)],
            connected: true, withPeople: [sam.id]))

        let expected = CheckIn(
            id: saved.id, at: at, utcOffsetSeconds: offset, mood: 4, energy: 3,
            emotions: ["calm", "grateful", "wistful"], tags: ["work", "gardening"], note: note,
            source: .reminder, scales: [ScaleValue(scale: sleep.name, value: 7)],
            connected: true, withPeople: [sam.id])
        XCTAssertFalse(saved.id.isEmpty)
        XCTAssertEqual(saved, expected)
        XCTAssertEqual(try hearth.getCheckin(id: saved.id), expected)
        XCTAssertEqual(try hearth.listCheckins(from: "2026-11-20", to: "2026-11-20"), [expected],
                       "filed under its local day at UTC-05:00")
        XCTAssertEqual(try hearth.listEntries(from: nil, to: nil), [.checkIn(checkin: expected)])

        let gardening = try XCTUnwrap(try hearth.tags().first { $0.name == "gardening" },
                                      "a tag used for the first time joins the catalog")
        XCTAssertEqual(gardening.kind, .context)
        XCTAssertFalse(gardening.archived)
        let wistful = try XCTUnwrap(try hearth.emotions().first { $0.name == "wistful" })
        XCTAssertTrue(wistful.custom)
        XCTAssertNil(wistful.quadrant)
        XCTAssertEqual(try hearth.people(), [sam])
    }

    func testConnectedWithoutPeopleAndNoOptionalFields() throws {
        let hearth = try openFreshStore()
        let saved = try hearth.recordCheckin(input: CheckInInput(
            mood: 2, source: .app, at: at, utcOffsetSeconds: 0, connected: true))
        XCTAssertTrue(saved.connected)
        XCTAssertEqual(saved.withPeople, [])
        XCTAssertNil(saved.energy)
        XCTAssertNil(saved.note)
        XCTAssertEqual(saved.scales, [])
        XCTAssertEqual(try hearth.getCheckin(id: saved.id), saved)
    }
}
