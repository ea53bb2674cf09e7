import Foundation
import XCTest
import HearthCore

/// Texts that only the notes-enabled clinician summary may show.
let portableNote = "Pottery wheel wobbled but the bowl survived"
let portableReflection = "The river was loud after the rain"

/// What `fillWithEveryKind` recorded.
struct Filled {
    /// The check-ins' ids, oldest first.
    let checkinIds: [String]
    /// Entries of every kind.
    let entryCount: Int
}

/// One record of every kind: a check-in using every field (energy, emotions, a custom
/// emotion, tags, a scale, a person), a plain check-in, a reflection with a prompt, a full
/// thought record and a PHQ-9; then a tag renamed after use, a second person, reminder
/// settings and a safety plan. Shared by PortabilityTests and BackupTests.
@discardableResult
func fillWithEveryKind(_ hearth: Hearth) throws -> Filled {
    _ = try hearth.createScale(name: "Sleep quality", min: 0, max: 10)
    let ana = try hearth.addPerson(input: PersonInput(name: "Ana", phone: "+44 20 7946 0000", howTheyHelp: "listens"))
    _ = try hearth.addPerson(input: PersonInput(name: "Ben"))
    let running = try hearth.createTag(name: "running", kind: .activity)
    let full = try hearth.recordCheckin(input: CheckInInput(
        mood: 4, source: .reminder, energy: 2,
        emotions: ["calm", "Grateful"], tags: ["friends", "running", "Pottery"],
        note: portableNote, at: instant("2026-05-04T21:15:00Z"), utcOffsetSeconds: -4 * 3_600,
        customEmotions: ["Wistful"], scales: [ScaleValue(scale: "sleep quality", value: 7)],
        connected: true, withPeople: [ana.id]))
    _ = try hearth.renameTag(id: running.id, newName: "Jogging") // after use: history follows
    let plain = try hearth.recordCheckin(input: CheckInInput(
        mood: 2, source: .widget, at: instant("2026-05-05T08:00:00Z"), utcOffsetSeconds: 0))
    _ = try hearth.addReflection(input: ReflectionInput(
        text: portableReflection, promptId: "people.close",
        at: instant("2026-05-05T20:00:00Z"), utcOffsetSeconds: 3_600))
    _ = try hearth.addThought(input: ThoughtInput(
        situation: "Friend didn't reply to my message",
        moods: [MoodRating(name: "anxious", intensity: 80), MoodRating(name: "sad", intensity: 40)],
        thoughts: [AutomaticThought(text: "They're angry with me", hot: true),
                   AutomaticThought(text: "I always mess up", hot: false)],
        evidenceFor: "Usually replies fast",
        evidenceAgainst: "They said they were busy this week",
        balancedThought: "They're probably busy",
        balancedBelief: 70,
        moodsAfter: [MoodRating(name: "anxious", intensity: 35)],
        distortions: [.jumpingToConclusions, .overgeneralisation],
        at: instant("2026-05-06T19:00:00Z"), utcOffsetSeconds: 3_600))
    // Nine items plus PHQ-9's unscored difficulty question; item 9 is 0.
    _ = try hearth.recordAssessment(instrument: .phq9, answers: [1, 2, 0, 1, 0, 0, 1, 0, 0, 1],
                                    at: instant("2026-05-07T09:00:00Z"), utcOffsetSeconds: 0)
    _ = try hearth.saveReminderSettings(settings: ReminderSettings(
        enabled: true, times: ["08:30", "20:00"], weekdays: [.mon, .wed],
        quietStart: "22:00", quietEnd: "07:00", pauseUntil: "2026-12-24", backOff: false))
    var plan = emptySafetyPlan()
    plan.warningSigns = ["Not sleeping"]
    plan.onMyOwn = ["Walk by the river"]
    plan.distractions = [PlanContact(name: "The library on Hill Street", phone: nil)]
    plan.peopleToAsk = [PlanContact(name: "Sam", phone: "+44 7700 900123")]
    plan.professionals = [PlanContact(name: "Dr Okafor", phone: "020 7946 0000")]
    plan.saferSurroundings = ["Ask Sam to keep the pills"]
    plan.reasonsForLiving = ["My cat, Miso"]
    _ = try hearth.saveSafetyPlan(plan: plan)
    return Filled(checkinIds: [full.id, plain.id], entryCount: 5)
}

extension ImportSummary {
    /// The counts for one kind as (created, updated, unchanged); nil when the kind is absent.
    func counts(_ kind: String) -> [UInt32]? {
        kinds.first { $0.kind == kind }.map { [$0.created, $0.updated, $0.unchanged] }
    }
}

/// JSON export, import, CSV and the clinician summary across the FFI.
final class PortabilityTests: XCTestCase {
    func testExportImportsIntoAFreshStoreAsTheSameBytesAndAgainChangesNothing() throws {
        let a = try openFreshStore()
        let filled = try fillWithEveryKind(a)
        let export = try a.exportJson()
        XCTAssertTrue(export.contains("\"format\""))
        XCTAssertTrue(export.contains("hearth-export"))
        let object = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: Data(export.utf8)) as? [String: Any])
        XCTAssertEqual(object["format"] as? String, "hearth-export")
        XCTAssertEqual(object["version"] as? Int, 1)
        XCTAssertEqual((object["entries"] as? [Any])?.count, filled.entryCount)
        XCTAssertEqual(try a.exportJson(), export, "the export is deterministic")
        XCTAssertTrue(export.contains("\"jogging\"") && !export.contains("\"running\""),
                      "the renamed tag, everywhere")

        let b = try openFreshStore()
        let first = try b.importJson(json: export)
        XCTAssertGreaterThan(first.created, 0, "\(first)")
        XCTAssertEqual(first.created, first.kinds.map(\.created).reduce(0, +))
        XCTAssertEqual(first.kinds.map(\.kind), first.kinds.map(\.kind).sorted(), "kinds in name order")
        XCTAssertEqual(first.counts("check_ins"), [2, 0, 0])
        XCTAssertEqual(first.counts("reflections"), [1, 0, 0])
        XCTAssertEqual(first.counts("thoughts"), [1, 0, 0])
        XCTAssertEqual(first.counts("assessments"), [1, 0, 0])
        XCTAssertEqual(first.counts("people"), [2, 0, 0])
        XCTAssertEqual(first.counts("scales"), [1, 0, 0])
        XCTAssertEqual(first.counts("custom_emotions"), [1, 0, 0])
        XCTAssertEqual(first.counts("tags"), [UInt32(try a.tags().count), 0, 0])
        // Reminders and the safety plan exist in every store (as defaults): an update.
        XCTAssertEqual(first.counts("reminders"), [0, 1, 0])
        XCTAssertEqual(first.counts("safety_plan"), [0, 1, 0])

        XCTAssertEqual(try b.exportJson(), export, "the imported store exports the same bytes")
        XCTAssertEqual(try b.listEntries(from: nil, to: nil), try a.listEntries(from: nil, to: nil))
        XCTAssertEqual(try b.listEntries(from: nil, to: nil).count, filled.entryCount)
        XCTAssertEqual(try b.tags(), try a.tags())
        XCTAssertEqual(try b.people(), try a.people())
        XCTAssertEqual(try b.scales(), try a.scales())
        XCTAssertEqual(try b.emotions(), try a.emotions())
        XCTAssertEqual(try b.reminderSettings(), try a.reminderSettings())
        XCTAssertEqual(try b.safetyPlan(), try a.safetyPlan())

        let again = try b.importJson(json: export)
        XCTAssertEqual(again.created, 0, "\(again)")
        XCTAssertEqual(again.updated, 0, "\(again)")
        XCTAssertEqual(again.unchanged, first.created + first.updated, "all found identical: \(again)")
        XCTAssertEqual(try b.exportJson(), export, "a second import is a no-op")
        XCTAssertEqual(try b.listEntries(from: nil, to: nil), try a.listEntries(from: nil, to: nil))
    }

    func testBrokenJSONIsInvalidInputAndWritesNothing() throws {
        let hearth = try openFreshStore()
        _ = try hearth.recordCheckin(input: CheckInInput(mood: 3, source: .app))
        let before = try hearth.exportJson()
        for broken in ["", "{", "{\"format\": \"hearth-export\", \"version\": 1,", "not json"] {
            assertInvalidInput("json") { try hearth.importJson(json: broken) }
        }
        assertInvalidInput("json") { try hearth.importJson(json: "[1, 2]") }
        assertInvalidInput("version") {
            try hearth.importJson(json: "{\"format\": \"hearth-export\", \"version\": 2}")
        }
        assertInvalidInput("format") { try hearth.importJson(json: "{\"format\": \"daylio\", \"version\": 1}") }
        XCTAssertEqual(try hearth.exportJson(), before, "nothing written")
    }

    func testMoodSixIsInvalidInputNamingThePathAndNothingBesideItIsWritten() throws {
        let a = try openFreshStore()
        try fillWithEveryKind(a)
        let export = try a.exportJson()
        XCTAssertEqual(export.components(separatedBy: "\"mood\": 4,").count, 2, "one check-in has mood 4")
        let bad = export.replacingOccurrences(of: "\"mood\": 4,", with: "\"mood\": 6,")
        XCTAssertNotEqual(bad, export)

        let b = try openFreshStore()
        let kept = try b.recordCheckin(input: CheckInInput(mood: 3, source: .app))
        let before = try b.exportJson()
        let reason = assertInvalidInput("entries[0].mood") { try b.importJson(json: bad) }
        XCTAssertTrue(reason?.contains("6") ?? false, reason ?? "no reason")
        if case let .InvalidInput(field, _)? = hearthError({ try b.importJson(json: bad) }) {
            XCTAssertTrue(field.contains("mood"), field)
        } else {
            XCTFail("expected InvalidInput")
        }
        XCTAssertEqual(try b.exportJson(), before, "nothing written, not even the valid records")
        XCTAssertEqual(try b.listEntries(from: nil, to: nil), [.checkIn(checkin: kept)])
        XCTAssertEqual(try b.people(), [])

        XCTAssertGreaterThan(try b.importJson(json: export).created, 0, "the intact export still imports")
    }

    func testCSVHasAHeaderAndOneRowPerCheckIn() throws {
        let hearth = try openFreshStore()
        XCTAssertTrue(try hearth.exportCsv().hasPrefix("id,"), "a header even when empty")
        let filled = try fillWithEveryKind(hearth)
        let csv = try hearth.exportCsv()
        // Rows end in "\r\n" (RFC 4180), which Swift sees as one Character: split on any
        // newline Character, not on "\n".
        XCTAssertTrue(csv.hasSuffix("\r\n"), "CRLF rows")
        let lines = csv.split(whereSeparator: \.isNewline).map(String.init)
        XCTAssertTrue(lines.first?.hasPrefix("id,") ?? false, csv)
        XCTAssertEqual(lines.first,
                       "id,date,time,utc_offset,mood,energy,emotions,tags,scales,connected,with,note,source")
        XCTAssertEqual(lines.count, 1 + filled.checkinIds.count, csv)
        XCTAssertEqual(lines.dropFirst().map { String($0.prefix { $0 != "," }) }, filled.checkinIds,
                       "one row per check-in, oldest first")
        guard lines.count == 3 else { return }
        let full = lines[1]
        for part in ["2026-05-04", "17:15", "-04:00", portableNote, "jogging", "sleep quality=7", "Ana"] {
            XCTAssertTrue(full.contains(part), "\(part) in \(full)")
        }
    }

    func testTherapistSummaryIsSelfContainedAndShowsNotesOnlyWhenAsked() throws {
        let hearth = try openFreshStore()
        try fillWithEveryKind(hearth)
        let remote = try NSRegularExpression(
            pattern: "(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//", options: [.caseInsensitive])
        func remoteLinks(_ html: String) -> Int {
            remote.numberOfMatches(in: html, range: NSRange(html.startIndex..., in: html))
        }

        let html = try hearth.therapistSummary(from: nil, to: nil, includeNotes: false)
        XCTAssertTrue(html.contains("<svg"), String(html.prefix(300)))
        XCTAssertNil(html.range(of: "<script", options: .caseInsensitive), "no scripts")
        XCTAssertEqual(remoteLinks(html), 0, "no remote src or href")
        XCTAssertFalse(html.contains(portableNote), "notes are left out by default")
        XCTAssertFalse(html.contains(portableReflection), "reflections are left out by default")

        let withNotes = try hearth.therapistSummary(from: nil, to: nil, includeNotes: true)
        XCTAssertTrue(withNotes.contains(portableNote))
        XCTAssertTrue(withNotes.contains(portableReflection))
        XCTAssertNil(withNotes.range(of: "<script", options: .caseInsensitive))
        XCTAssertEqual(remoteLinks(withNotes), 0)

        XCTAssertEqual(try hearth.therapistSummary(), html, "the defaults are (nil, nil, false)")
        assertInvalidInput("from") { try hearth.therapistSummary(from: "2026-13-01", to: nil, includeNotes: false) }
    }
}
