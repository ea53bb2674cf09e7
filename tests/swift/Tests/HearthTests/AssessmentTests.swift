import Foundation
import XCTest
import HearthCore

/// Questionnaires: scoring and bands, refusals, history, FHIR export, definitions.
final class AssessmentTests: XCTestCase {
    func testPhq9ItemNineRaisesTheSafetyFlag() throws {
        let hearth = try openFreshStore()
        let at = instant("2026-11-28T10:00:00Z")
        let result = try hearth.recordAssessment(
            instrument: .phq9, answers: [0, 0, 0, 0, 0, 0, 0, 0, 1], at: at, utcOffsetSeconds: 3_600)
        XCTAssertTrue(result.safety)
        XCTAssertEqual(result.band, "minimal")
        XCTAssertEqual(result.score, 1)
        XCTAssertEqual(result.maxScore, 27)
        XCTAssertEqual(result.instrument, .phq9)
        XCTAssertEqual(result.answers, [0, 0, 0, 0, 0, 0, 0, 0, 1])
        XCTAssertEqual(result.at, at)
        XCTAssertEqual(result.utcOffsetSeconds, 3_600)
        XCTAssertNil(result.percent)
        XCTAssertFalse(result.summary.isEmpty)
        XCTAssertEqual(try hearth.listEntries(from: nil, to: nil), [.assessment(result: result)],
                       "a result is a journal entry too")

        let calm = try hearth.recordAssessment(
            instrument: .phq9, answers: [1, 1, 0, 0, 0, 0, 0, 0, 0], at: nil, utcOffsetSeconds: nil)
        XCTAssertFalse(calm.safety)
    }

    func testBandBoundaries() throws {
        let hearth = try openFreshStore()
        func band(_ instrument: Instrument, _ answers: [Int32]) throws -> AssessmentResult {
            try hearth.recordAssessment(instrument: instrument, answers: answers, at: nil, utcOffsetSeconds: nil)
        }
        let phq4 = try band(.phq9, [1, 1, 1, 1, 0, 0, 0, 0, 0])
        let phq5 = try band(.phq9, [1, 1, 1, 1, 1, 0, 0, 0, 0])
        XCTAssertEqual([phq4.score, phq5.score], [4, 5])
        XCTAssertEqual([phq4.band, phq5.band], ["minimal", "mild"])

        let gad14 = try band(.gad7, [2, 2, 2, 2, 2, 2, 2])
        let gad15 = try band(.gad7, [3, 2, 2, 2, 2, 2, 2])
        XCTAssertEqual([gad14.score, gad15.score], [14, 15])
        XCTAssertEqual([gad14.band, gad15.band], ["moderate", "severe"])
        XCTAssertFalse(gad15.safety, "only PHQ-9 item 9 raises the flag")

        let who28 = try band(.who5, [2, 2, 1, 1, 1])
        let who52 = try band(.who5, [3, 3, 3, 2, 2])
        XCTAssertEqual([who28.score, who52.score], [7, 13])
        XCTAssertEqual(who28.percent, 28)
        XCTAssertEqual(who52.percent, 52)
        XCTAssertEqual([who28.band, who52.band], ["very_low", "adequate"])
        XCTAssertEqual(try band(.who5, [3, 3, 2, 2, 2]).band, "low", "48% is low")
    }

    func testWrongCountOrValueNamesAnswersAndSavesNothing() throws {
        let hearth = try openFreshStore()
        let refused: [(Instrument, [Int32])] = [
            (.phq9, [0, 0, 0, 0, 0, 0, 0, 0]),
            (.phq9, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            (.phq9, [0, 0, 0, 0, 0, 0, 0, 0, 4]),
            (.gad7, [0, 0, 0, 0, 0, 0, 4]),
            (.gad7, [0, 0, 0, 0, 0, 0, -1]),
            (.who5, []),
            (.who5, [0, 0, 0, 0, 6]),
        ]
        for (instrument, answers) in refused {
            assertInvalidInput("answers") {
                try hearth.recordAssessment(instrument: instrument, answers: answers, at: nil, utcOffsetSeconds: nil)
            }
        }
        XCTAssertEqual(try hearth.assessments(instrument: nil), [])
        assertNoEntries(hearth)
    }

    func testHistoryIsOldestFirstAndFiltersByInstrument() throws {
        let hearth = try openFreshStore()
        let first = try hearth.recordAssessment(
            instrument: .gad7, answers: [1, 1, 1, 1, 1, 1, 1], at: instant("2026-11-01T09:00:00Z"), utcOffsetSeconds: 0)
        let second = try hearth.recordAssessment(
            instrument: .phq9, answers: [0, 0, 0, 0, 0, 0, 0, 0, 0], at: instant("2026-11-08T09:00:00Z"), utcOffsetSeconds: 0)
        let third = try hearth.recordAssessment(
            instrument: .gad7, answers: [0, 0, 0, 0, 0, 0, 0], at: instant("2026-11-15T09:00:00Z"), utcOffsetSeconds: 0)
        XCTAssertEqual(try hearth.assessments(instrument: nil), [first, second, third])
        XCTAssertEqual(try hearth.assessments(instrument: .gad7), [first, third])
        XCTAssertEqual(try hearth.assessments(instrument: .who5), [])
    }

    func testFhirExportIsABundle() throws {
        let hearth = try openFreshStore()
        let result = try hearth.recordAssessment(
            instrument: .phq9, answers: [0, 0, 0, 0, 0, 0, 0, 0, 1], at: nil, utcOffsetSeconds: nil)
        let json = try hearth.assessmentFhir(id: result.id)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let bundle = try XCTUnwrap(object as? [String: Any])
        XCTAssertEqual(bundle["resourceType"] as? String, "Bundle")
        let entries = try XCTUnwrap(bundle["entry"] as? [[String: Any]])
        let types = entries.compactMap { ($0["resource"] as? [String: Any])?["resourceType"] as? String }
        XCTAssertTrue(types.contains("QuestionnaireResponse"), "\(types)")
        XCTAssertTrue(types.contains("Observation"), "\(types)")
    }

    func testQuestionnaireDefinitions() {
        let phq9 = questionnaire(instrument: .phq9)
        XCTAssertEqual(phq9.instrument, .phq9)
        XCTAssertEqual(phq9.items.count, 9)
        XCTAssertEqual(phq9.options.count, 4)
        XCTAssertEqual(phq9.options.map(\.value), [0, 1, 2, 3])
        XCTAssertNotNil(phq9.followUp, "the difficulty question")
        XCTAssertFalse(phq9.notice.isEmpty)
        XCTAssertEqual(questionnaire(instrument: .gad7).items.count, 7)
        XCTAssertEqual(questionnaire(instrument: .who5).options.count, 6)
    }
}
