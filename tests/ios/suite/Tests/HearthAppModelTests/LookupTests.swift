import Foundation
import XCTest
import HearthCore
import HearthAppModel

/// The reads and small writes the other screens make through the model.
@MainActor
final class LookupTests: XCTestCase {
    func testTrustedPeopleAreAddedListedAndRemoved() async throws {
        let h = try Harness(test: self)
        await h.model.enterForeground()
        let sam = await h.model.addPerson(PersonInput(name: "Sam", phone: nil, howTheyHelp: "Listens"))
        XCTAssertEqual(sam?.name, "Sam")
        let ana = await h.model.addPerson(PersonInput(name: "Ana"))
        var names = await h.model.people().map(\.name)
        XCTAssertEqual(Set(names), ["Sam", "Ana"])
        let read = await h.model.checkInChoices()
        let choices = try XCTUnwrap(read)
        XCTAssertEqual(Set(choices.people.map(\.name)), ["Sam", "Ana"])
        XCTAssertFalse(choices.emotions.isEmpty, "the core's emotion vocabulary")

        h.model.requestRemovePerson(try XCTUnwrap(ana))
        await h.model.confirmRemovePerson()
        names = await h.model.people().map(\.name)
        XCTAssertEqual(names, ["Sam"])
    }

    func testSettingsPlanAndInsightsAreTheCores() async throws {
        let h = try Harness(test: self)
        try h.seedCheckIn(3, at: instant("2026-05-03T08:00:00Z"))
        await h.model.enterForeground()
        let readSettings = await h.model.reminderSettings()
        let settings = try XCTUnwrap(readSettings)
        XCTAssertEqual(settings, try h.direct { try $0.reminderSettings() })
        let readPlan = await h.model.safetyPlan()
        let plan = try XCTUnwrap(readPlan)
        let saved = await h.model.saveSafetyPlan(plan)
        XCTAssertNotNil(saved)
        XCTAssertEqual(h.model.notice?.text, Copy.planSaved)
        let readInsights = await h.model.insights(days: 7)
        let insights = try XCTUnwrap(readInsights)
        XCTAssertEqual(ChartData.daily(insights).map(\.mean), [3])
    }

    nonisolated func testWorkStateSaysWhatIsHappening() {
        XCTAssertNil(WorkState.idle.message)
        XCTAssertFalse(WorkState.idle.isWorking)
        XCTAssertTrue(WorkState.working(Copy.backupWorking).isWorking)
        XCTAssertEqual(WorkState.failed("x").message, "x")
        XCTAssertFalse(WorkState.done("y").isWorking)
    }
}
