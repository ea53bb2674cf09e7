import Foundation
import XCTest
import HearthCore

/// The safety plan and the offline crisis lines.
final class SafetyTests: XCTestCase {
    func testSafetyPlanIsEmptyAtFirstAndRoundTrips() throws {
        let hearth = try openFreshStore()
        XCTAssertEqual(try hearth.safetyPlan(), emptySafetyPlan())

        var plan = emptySafetyPlan()
        plan.warningSigns = ["Not sleeping", "  "]
        plan.onMyOwn = ["Walk the dog"]
        plan.distractions = [PlanContact(name: "The library", phone: nil)]
        plan.peopleToAsk = [PlanContact(name: " Sam ", phone: "+44 7700 900123")]
        plan.professionals = [PlanContact(name: "GP surgery", phone: "020 7946 0000")]
        plan.saferSurroundings = ["Give the pills to Sam"]
        plan.reasonsForLiving = ["My niece"]

        let saved = try hearth.saveSafetyPlan(plan: plan)
        var expected = plan
        expected.warningSigns = ["Not sleeping"]
        expected.peopleToAsk = [PlanContact(name: "Sam", phone: "+44 7700 900123")]
        XCTAssertEqual(saved, expected, "trimmed, blank entries dropped")
        XCTAssertEqual(try hearth.safetyPlan(), expected)

        XCTAssertEqual(try hearth.saveSafetyPlan(plan: emptySafetyPlan()), emptySafetyPlan())
        XCTAssertEqual(try hearth.safetyPlan(), emptySafetyPlan(), "replaced, not merged")
    }

    func testAPhoneWithoutDigitsNamesTheSection() throws {
        let hearth = try openFreshStore()
        var plan = emptySafetyPlan()
        plan.peopleToAsk = [PlanContact(name: "Sam", phone: "call me")]
        assertInvalidInput("people_to_ask") { try hearth.saveSafetyPlan(plan: plan) }
        XCTAssertEqual(try hearth.safetyPlan(), emptySafetyPlan())
    }

    func testSevenSections() {
        let sections = safetyPlanSections()
        XCTAssertEqual(sections.count, 7)
        XCTAssertEqual(sections.map(\.id), ["warning_signs", "on_my_own", "distractions", "people_to_ask",
                                            "professionals", "safer_surroundings", "reasons_for_living"])
        XCTAssertTrue(sections.allSatisfy { !$0.heading.isEmpty && !$0.help.isEmpty })
    }

    func testCrisisResourcesForGreatBritain() {
        let gb = crisisResources(region: "GB")
        XCTAssertTrue(gb.known)
        XCTAssertEqual(gb.region, "GB")
        XCTAssertTrue(gb.lines.contains { $0.phones.contains("116 123") }, "\(gb.lines.map(\.phones))")
        XCTAssertTrue(gb.emergencyNumbers.contains("999"), "\(gb.emergencyNumbers)")
        XCTAssertTrue(gb.showTrustedPeople)
        XCTAssertTrue(gb.lines.allSatisfy { !$0.source.isEmpty && !$0.verified.isEmpty })
        XCTAssertEqual(crisisResources(region: "en-GB"), gb, "a locale finds its region")
    }

    func testUnknownRegionFallsBackCarefully() {
        let xx = crisisResources(region: "XX")
        XCTAssertFalse(xx.known)
        XCTAssertTrue(xx.showTrustedPeople)
        XCTAssertEqual(xx.lines, [])
        XCTAssertNil(xx.regionName)
        XCTAssertFalse(xx.message.isEmpty)
    }
}
