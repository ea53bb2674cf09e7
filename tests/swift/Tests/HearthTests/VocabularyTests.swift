import Foundation
import XCTest
import HearthCore

/// The built-in catalogs exported as free functions.
final class VocabularyTests: XCTestCase {
    func testEmotionVocabularyHas38BuiltInEmotions() {
        let vocabulary = emotionVocabulary()
        XCTAssertEqual(vocabulary.count, 38)
        XCTAssertEqual(Set(vocabulary.map(\.name)).count, 38, "names are unique")
        XCTAssertTrue(vocabulary.allSatisfy { !$0.custom && $0.quadrant != nil })
        XCTAssertEqual(vocabulary.first { $0.name == "calm" }?.quadrant, .lowEnergyPleasant)
        for quadrant in [Quadrant.highEnergyPleasant, .lowEnergyPleasant, .highEnergyUnpleasant, .lowEnergyUnpleasant] {
            XCTAssertTrue(vocabulary.contains { $0.quadrant == quadrant }, "\(quadrant) is represented")
        }
    }

    func testAStoreListsTheVocabularyThenItsOwnEmotions() throws {
        let hearth = try openFreshStore()
        XCTAssertEqual(try hearth.emotions(), emotionVocabulary())
        _ = try hearth.recordCheckin(input: CheckInInput(mood: 3, source: .app, customEmotions: ["Wistful"]))
        XCTAssertEqual(try hearth.emotions(),
                       emotionVocabulary() + [EmotionInfo(name: "wistful", quadrant: nil, custom: true)])
    }

    func testDistortionsHasTenDistinctEntries() {
        let all = distortions()
        XCTAssertEqual(all.count, 10)
        XCTAssertEqual(Set(all.map(\.distortion)).count, 10, "each enum case once")
        XCTAssertEqual(Set(all.map(\.id)).count, 10, "ids are unique")
        XCTAssertTrue(all.allSatisfy { !$0.title.isEmpty && !$0.description.isEmpty })
        XCTAssertEqual(all.first?.distortion, .allOrNothing)
        XCTAssertEqual(all.last?.distortion, .personalisationAndBlame)
    }
}
