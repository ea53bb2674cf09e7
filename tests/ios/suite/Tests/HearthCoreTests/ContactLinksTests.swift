import Foundation
import XCTest
import HearthCore

final class ContactLinksTests: XCTestCase {
    func testCallLinks() {
        XCTAssertEqual(ContactLinks.call("988")?.absoluteString, "tel:988")
        XCTAssertEqual(ContactLinks.call("116 123")?.absoluteString, "tel:116123")
        XCTAssertEqual(ContactLinks.call("+44 (0)20 7946-0958")?.absoluteString, "tel:+4402079460958")
        XCTAssertEqual(ContactLinks.call(" +1 800.273.8255 ")?.absoluteString, "tel:+18002738255")
        XCTAssertEqual(ContactLinks.call("1+2")?.absoluteString, "tel:12", "a + only leads")
        XCTAssertEqual(ContactLinks.call("*123#")?.absoluteString, "tel:123", "the Phone app refuses * and #")
        XCTAssertNil(ContactLinks.call(""))
        XCTAssertNil(ContactLinks.call("ask at reception"))
        XCTAssertNil(ContactLinks.call("+"))
    }

    func testTextLinks() {
        XCTAssertEqual(ContactLinks.text("741741")?.absoluteString, "sms:741741")
        XCTAssertEqual(ContactLinks.text("741741", body: "HOME")?.absoluteString, "sms:741741&body=HOME")
        XCTAssertEqual(ContactLinks.text("85258", body: "SHOUT")?.absoluteString, "sms:85258&body=SHOUT")
        XCTAssertEqual(ContactLinks.text("+1 555 0100", body: "hi & bye")?.absoluteString,
                       "sms:+15550100&body=hi%20%26%20bye")
        XCTAssertEqual(ContactLinks.text("741741", body: "  ")?.absoluteString, "sms:741741")
        XCTAssertNil(ContactLinks.text("none"))
    }

    func testEveryBuiltInCrisisLineGetsWorkingLinks() {
        for region in ["US", "GB", "AU", "CA", "IE", "NZ", "DE", "FR", "ZZ", ""] {
            let resources = crisisResources(region: region)
            for line in resources.lines {
                for phone in line.phones {
                    XCTAssertNotNil(ContactLinks.call(phone), "\(region) \(line.name): \(phone)")
                }
                if let sms = line.sms {
                    XCTAssertNotNil(ContactLinks.text(sms, body: line.smsKeyword), "\(region) \(line.name): \(sms)")
                }
            }
            for number in resources.emergencyNumbers {
                XCTAssertNotNil(ContactLinks.call(number), "\(region) emergency \(number)")
            }
        }
    }
}
