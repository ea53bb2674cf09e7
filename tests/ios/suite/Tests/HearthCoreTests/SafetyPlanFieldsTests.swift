import Foundation
import XCTest
import HearthCore

final class SafetyPlanFieldsTests: XCTestCase {
    func testEverySectionOfTheCoreMapsToExactlyOneField() {
        let sections = safetyPlanSections()
        XCTAssertEqual(sections.count, 7)
        for section in sections {
            let lines = SafetyPlanFields.lines(section.id) != nil
            let contacts = SafetyPlanFields.contacts(section.id) != nil
            XCTAssertTrue(lines != contacts, "section \(section.id) maps to exactly one field")
            XCTAssertFalse(section.heading.isEmpty)
            XCTAssertFalse(section.help.isEmpty)
        }
    }

    func testEditsThroughTheMappingRoundTripThroughTheCore() throws {
        let hearth = try Hearth.open(dir: try freshLocation().prepare().path, vault: MemoryKeyVault())
        XCTAssertTrue(SafetyPlanFields.isEmpty(try hearth.safetyPlan()))
        var plan = SafetyPlanFields.empty
        for section in safetyPlanSections() {
            if let kp = SafetyPlanFields.lines(section.id) { plan[keyPath: kp].append("line for \(section.id)") }
            if let kp = SafetyPlanFields.contacts(section.id) {
                plan[keyPath: kp].append(PlanContact(name: "contact for \(section.id)", phone: "+44 7700 900123"))
            }
        }
        let saved = try hearth.saveSafetyPlan(plan: plan)
        XCTAssertFalse(SafetyPlanFields.isEmpty(saved))
        for section in safetyPlanSections() {
            if let kp = SafetyPlanFields.lines(section.id) {
                XCTAssertEqual(saved[keyPath: kp], ["line for \(section.id)"])
            }
            if let kp = SafetyPlanFields.contacts(section.id) {
                XCTAssertEqual(saved[keyPath: kp].map(\.name), ["contact for \(section.id)"])
                XCTAssertNotNil(saved[keyPath: kp].first?.phone.flatMap(ContactLinks.call))
            }
        }
    }
}
