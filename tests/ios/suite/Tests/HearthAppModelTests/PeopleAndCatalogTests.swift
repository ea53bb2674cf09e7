import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// Issue #20: trusted people added, edited and removed (removal asks first and says it
/// also takes them off past check-ins); scales shown and recorded; tags renamed and
/// archived.
@MainActor
final class PeopleAndCatalogTests: XCTestCase {
    private let now = instant("2026-05-04T08:00:00Z")

    func testAPersonIsEditedKeepingTheirId() async throws {
        let h = try Harness(test: self, now: now)
        await h.model.enterForeground()
        let added = await h.model.addPerson(PersonInput(name: "Sam"))
        let sam = try XCTUnwrap(added)
        let edited = await h.model.updatePerson(id: sam.id, PersonInput(name: "Samira", phone: "+33 6 12 34 56 78",
                                                                       howTheyHelp: "Walks with me"))
        XCTAssertEqual(edited?.id, sam.id)
        XCTAssertEqual(try h.direct { try $0.people() }, [try XCTUnwrap(edited)])
        XCTAssertEqual(h.model.notice?.text, PeopleCopy.saved)

        let refused = await h.model.updatePerson(id: sam.id, PersonInput(name: "  "))
        XCTAssertNil(refused)
        XCTAssertEqual(h.model.formProblem?.field, "name")
        XCTAssertEqual(h.model.formProblem?.message, "Please check the name: it is empty.")
        XCTAssertEqual(try h.direct { try $0.people() }.map(\.name), ["Samira"])
    }

    func testRemovingAPersonAsksFirstAndTakesThemOffPastCheckIns() async throws {
        let h = try Harness(test: self, now: now)
        let (sam, checkIn) = try h.direct { hearth -> (Person, CheckIn) in
            let sam = try hearth.addPerson(input: PersonInput(name: "Sam"))
            let c = try hearth.recordCheckin(input: CheckInInput(mood: 4, source: .app, at: instant("2026-05-03T08:00:00Z"),
                                                                 utcOffsetSeconds: 7200, withPeople: [sam.id]))
            return (sam, c)
        }
        XCTAssertEqual(checkIn.withPeople, [sam.id])
        await h.model.enterForeground()

        h.model.requestRemovePerson(sam)
        XCTAssertEqual(h.model.pendingPersonRemoval, sam)
        h.model.cancelRemovePerson()
        XCTAssertNil(h.model.pendingPersonRemoval)
        let nothing = await h.model.confirmRemovePerson()
        XCTAssertFalse(nothing, "nothing is removed without a request")
        XCTAssertEqual(try h.direct { try $0.people() }.count, 1)

        h.model.requestRemovePerson(sam)
        let removed = await h.model.confirmRemovePerson()
        XCTAssertTrue(removed)
        XCTAssertTrue(try h.direct { try $0.people() }.isEmpty)
        let after = try h.direct { try $0.getCheckin(id: checkIn.id) }
        XCTAssertEqual(after.withPeople, [], "taken off the past check-in, as the confirmation said")
        XCTAssertTrue(after.connected, "the check-in still says they were with someone")
        XCTAssertEqual(after.mood, 4)
        XCTAssertEqual(h.model.notice?.text, "Removed Sam from your people.")
    }

    nonisolated func testTheRemovalConfirmationSaysWhatHappens() {
        XCTAssertEqual(PeopleCopy.removeQuestion("Sam"), "Remove Sam from your people?")
        XCTAssertTrue(PeopleCopy.removeExplainer("Sam").contains("taken off the past check-ins"))
        XCTAssertTrue(PeopleCopy.removeExplainer("Sam").contains("check-ins themselves stay"))
        let control = PeopleCopy.removeControl("Sam")
        XCTAssertEqual(control.accessibilityLabel, "Remove Sam")
        XCTAssertEqual(control.hint, "Also takes them off past check-ins")
        XCTAssertEqual(PeopleCopy.editControl("Sam").accessibilityLabel, "Edit Sam")
    }

    func testScalesAreOfferedAndRecordedInACheckIn() async throws {
        let h = try Harness(test: self, now: now)
        await h.model.enterForeground()
        let created = await h.model.createScale(name: "sleep", min: 0, max: 10)
        let sleep = try XCTUnwrap(created)
        XCTAssertEqual(h.model.notice?.text, "Added the scale sleep.")
        _ = await h.model.createScale(name: "pain", min: 1, max: 5)
        let read = await h.model.checkInChoices()
        let choices = try XCTUnwrap(read)
        XCTAssertEqual(choices.scales.map(\.name), ["pain", "sleep"], "offered by name")

        var readings = ScaleReadings()
        readings.set(12, for: sleep)
        XCTAssertEqual(readings.value(for: sleep), 10, "kept within the scale's range")
        readings.set(7, for: sleep)
        let saved = await h.model.checkIn(CheckInInput(mood: 3, source: .app, scales: readings.input))
        XCTAssertEqual(saved?.scales, [ScaleValue(scale: "sleep", value: 7)], "only the scales given a value")
        XCTAssertEqual(ScaleReadings(saved?.scales ?? []).value(for: sleep), 7, "an edit starts from what was recorded")
        readings.set(nil, for: sleep)
        XCTAssertEqual(readings.input, [])

        readings.include(sleep, true)
        XCTAssertEqual(readings.value(for: sleep), 5, "a new reading starts mid-range")
        readings.include(sleep, false)
        XCTAssertNil(readings.value(for: sleep))
        XCTAssertEqual(ScaleReadings.rangeText(sleep), "Sleep, from 0 to 10")
        XCTAssertEqual(ScaleReadings.accessibilityValue(sleep, value: 7), "Sleep: 7, from 0 to 10")
        XCTAssertEqual(ScaleReadings.accessibilityValue(sleep, value: nil), "Sleep: not given, from 0 to 10")

        let refused = await h.model.createScale(name: "sleep", min: 0, max: 10)
        XCTAssertNil(refused, "a name already taken")
        XCTAssertNotNil(h.model.formProblem)
        let names = await h.model.scales().map(\.name)
        XCTAssertEqual(names.sorted(), ["pain", "sleep"])
    }

    func testATagIsRenamedOnPastCheckInsAndArchivedButKept() async throws {
        let h = try Harness(test: self, now: now)
        let checkIn = try h.direct {
            try $0.recordCheckin(input: CheckInInput(mood: 3, source: .app, tags: ["work"], note: "busy day",
                                                     at: instant("2026-05-03T08:00:00Z"), utcOffsetSeconds: 7200))
        }
        await h.model.enterForeground()
        await h.model.loadHistory()
        await h.model.search("busy")
        let tags = await h.model.allTags()
        let work = try XCTUnwrap(tags.first { $0.name == "work" })

        let renamed = await h.model.renameTag(id: work.id, to: "job")
        XCTAssertEqual(renamed?.name, "job")
        XCTAssertEqual(try h.direct { try $0.getCheckin(id: checkIn.id) }.tags, ["job"])
        guard case .checkIn(let shown)? = h.model.history.first else { return XCTFail("in history") }
        XCTAssertEqual(shown.tags, ["job"], "history shows the new name at once")
        guard case .checkIn(let found)? = h.model.searchResults?.first else { return XCTFail("the search stays") }
        XCTAssertEqual(found.tags, ["job"], "and so does the search on screen")
        XCTAssertEqual(h.model.notice?.text, "Renamed to job. Past check-ins use the new name.")

        let archived = await h.model.setTagArchived(id: work.id, archived: true)
        XCTAssertEqual(archived?.archived, true)
        let read = await h.model.checkInChoices()
        let choices = try XCTUnwrap(read)
        XCTAssertFalse(choices.offeredTags.contains { $0.id == work.id }, "not offered for new check-ins")
        XCTAssertTrue(choices.tags.contains { $0.id == work.id }, "still in the catalog")
        XCTAssertEqual(try h.direct { try $0.getCheckin(id: checkIn.id) }.tags, ["job"], "kept on the past check-in")
        XCTAssertEqual(CatalogCopy.tagLabel(try XCTUnwrap(archived)), "job, archived")
        XCTAssertEqual(CatalogCopy.archiveControl(try XCTUnwrap(archived)).title, "Offer job again")

        let back = await h.model.setTagArchived(id: work.id, archived: false)
        XCTAssertEqual(back?.archived, false)
        XCTAssertEqual(h.model.notice?.text, "Job is offered again.")
        XCTAssertEqual(CatalogCopy.archiveControl(try XCTUnwrap(back)).title, "Archive job")

        let other = try XCTUnwrap(tags.first { $0.id != work.id })
        let clash = await h.model.renameTag(id: other.id, to: "job")
        XCTAssertNil(clash, "two tags can't share a name")
        XCTAssertEqual(h.model.formProblem?.field, "name")
    }
}
