import Foundation
import XCTest
import HearthCore
@testable import HearthAppModel

/// Under the pseudo-locale `en-XA` every word a person reads is accented, longer and in
/// brackets: the core's words come bracketed from the core, the shell's from `L10n`. A
/// text without brackets skipped the catalogue: a hard-coded string.
final class PseudoLocaleTests: XCTestCase {
    override func setUp() {
        super.setUp()
        XCTAssertEqual(CoreLanguages.start(catalogues: [], preferred: ["en-XA"]).chosen, "en-XA")
    }

    override func tearDown() {
        CoreLanguages.start(catalogues: [], preferred: ["en"])
        super.tearDown()
    }

    /// The texts that are not in brackets.
    static func unbracketed(_ texts: [String]) -> [String] {
        texts.filter { !($0.hasPrefix("[") && $0.hasSuffix("]")) }
    }

    private func assertBracketed(_ texts: [String], _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(texts.isEmpty, what, file: file, line: line)
        XCTAssertEqual(Self.unbracketed(texts), [], "hard-coded \(what)", file: file, line: line)
    }

    func testTheCheckCatchesAHardCodedString() {
        // The checker itself: a deliberately hard-coded title is caught, a looked-up one isn't.
        let hardCoded = ControlText("Add more detail")
        XCTAssertEqual(Self.unbracketed([hardCoded.title, ControlText.addDetail.title]), ["Add more detail"])
        XCTAssertEqual(Self.unbracketed(["[ok]", "[", "plain", "[half"]), ["[", "plain", "[half"])
        // And the transform is the core's: accented, longer, bracketed.
        let pseudo = L10n.pseudo("Save", .accented)
        XCTAssertTrue(pseudo.hasPrefix("[Šáṽé") || pseudo.hasPrefix("[Šávé"), pseudo)
        XCTAssertGreaterThan(pseudo.count, "[Save]".count)
        XCTAssertEqual(L10n.pseudo("Save", .bidi), "\u{202E}[Save]\u{202C}")
    }

    func testEveryFixedWordOfTheShellIsLookedUp() {
        let copy = [
            Copy.checkInTitle, Copy.checkInSaved, Copy.reflectionSaved, Copy.thoughtSaved, Copy.planSaved, Copy.settingsSaved,
            Copy.nothingYet, Copy.historyEnd, Copy.noSearchResults, Copy.entryDeleted, Copy.deleteQuestion, Copy.deleteExplainer,
            Copy.entryDeletedUndoable, Copy.entryRestored, Copy.checkInUpdated, Copy.changesSaved, Copy.noteSection,
            Copy.notePlaceholder, Copy.reflectionSection, Copy.reflectionPlaceholder, Copy.assessmentsAreKept,
            Copy.backfillExplainer, Copy.erased, Copy.widgetUnavailable, Copy.exportReady, Copy.summaryReady, Copy.backupWorking,
            Copy.backupReady, Copy.restoreWorking, Copy.importWorking, Copy.exportWorking, Copy.reminderExplainerTitle,
            Copy.reminderExplainer, Copy.remindersDenied, Copy.exportWarning, Copy.backupExplainer, Copy.eraseWarning,
            Copy.notAClinician,
        ]
        assertBracketed(copy, "Copy")
        let errors: [Error] = [
            HearthError.InvalidInput(field: "mood", reason: "too high"), HearthError.WrongKey(detail: "x"),
            HearthError.KeyMissing(detail: "x"), HearthError.Locked(detail: "x"), HearthError.NotFound(kind: "entry", id: "e1"),
            HearthError.NewerSchema(found: 9, supported: 1), HearthError.Damaged(id: "e1", reason: "x"),
            HearthError.Vault(detail: "x"), HearthError.Storage(detail: "disk"), HearthError.Internal(detail: "x"),
            StoreLocationError.appGroupUnavailable("group.x"), StoreLocationError.noStoreDirectory("HEARTH_STORE_DIR"),
            NSError(domain: "test", code: 1),
        ]
        assertBracketed(errors.map(Copy.problem), "Copy.problem")
        assertBracketed(ControlText.all.flatMap { [$0.title, $0.accessibilityLabel] + ($0.hint.map { [$0] } ?? []) }, "ControlText")
        assertBracketed(LockCopy.all, "LockCopy")
        assertBracketed(FirstRunCopy.welcomeBody + FirstRunCopy.widgetSteps + [
            FirstRunCopy.welcomeTitle, FirstRunCopy.widgetTitle, FirstRunCopy.widgetIntro, FirstRunCopy.widgetElsewhere,
            FirstRunCopy.choicesTitle, FirstRunCopy.reminderQuestion, FirstRunCopy.reminderBody, FirstRunCopy.safetyTitle,
            FirstRunCopy.safetyBody, FirstRunCopy.position(2, of: 3), FirstRunCopy.widgetPictureDescription(moods: []),
            FirstRunCopy.reminderAnswer(.on, time: "20:00"), FirstRunCopy.reminderAnswer(.on, time: nil),
            FirstRunCopy.reminderAnswer(.off, time: nil),
        ], "FirstRunCopy")
        assertBracketed([
            QuickCaptureCopy.openCheckIn, QuickCaptureCopy.checkInShort, QuickCaptureCopy.lockScreenCheckInDescription,
            QuickCaptureCopy.lockScreenMoodsName, QuickCaptureCopy.lockScreenMoodsDescription, QuickCaptureCopy.controlDescription,
            QuickCaptureCopy.shortcutTitle, QuickCaptureCopy.shortcutDescription, QuickCaptureCopy.shortcutMoodPrompt,
            QuickCaptureCopy.shortcutSaved,
        ], "QuickCaptureCopy")
        let tag = Tag(id: "t", name: "choir", kind: .context, archived: false)
        let archived = Tag(id: "t", name: "choir", kind: .context, archived: true)
        let scale = Scale(id: "s", name: "sleep", min: 0, max: 10)
        assertBracketed([
            CatalogCopy.scalesExplainer, CatalogCopy.archiveExplainer, CatalogCopy.scaleAdded("sleep"), CatalogCopy.renamed("choir"),
            CatalogCopy.archived("choir"), CatalogCopy.restored("choir"), CatalogCopy.tagLabel(archived),
            CatalogCopy.archiveControl(tag).title, CatalogCopy.archiveControl(tag).hint ?? "", CatalogCopy.archiveControl(archived).title,
            ScaleReadings.rangeText(scale), ScaleReadings.accessibilityValue(scale, value: 6), ScaleReadings.accessibilityValue(scale, value: nil),
        ], "CatalogCopy")
        assertBracketed([
            PeopleCopy.saved, PeopleCopy.emptyList, PeopleCopy.removeQuestion("Ana"), PeopleCopy.removeExplainer("Ana"),
            PeopleCopy.removed("Ana"), PeopleCopy.removeControl("Ana").title, PeopleCopy.removeControl("Ana").hint ?? "",
            PeopleCopy.editControl("Ana").title, DayCopy.empty, DayCopy.addCheckIn.title, DayCopy.addCheckIn.hint ?? "",
            DayCopy.title("2026-05-04", today: "2026-05-04"),
        ], "PeopleCopy and DayCopy")
        let day = MoodDay(day: "2026-03-03", mood: 3.8, level: 4, count: 2, hasNote: true, hasReflection: true, hasThought: true)
        assertBracketed(CalendarWords.contents(day) + [
            CalendarWords.noCheckIn, CalendarWords.legendTitle, CalendarWords.yearExplainer,
            CalendarWords.cellLabel(day, today: "2026-03-03", locale: L10n.locale, labels: []),
            CalendarWords.cellLabel(MoodDay(day: "2026-03-02", mood: nil, level: nil, count: 0), today: "2026-03-03",
                                    locale: L10n.locale, labels: []),
            CalendarBrowser.Mode.month.title, CalendarBrowser.Mode.year.title,
        ], "CalendarWords")
        assertBracketed(ChartData.periods.map(\.title) + [ChartData.spoken(3.4), ChartData.spoken(3.4, count: 1),
                                                          ChartData.spoken(3.4, count: 6)], "ChartData")
        let summary = ImportSummary(created: 3, updated: 1, unchanged: 2,
                                    kinds: [ImportCount(kind: "check_ins", created: 3, updated: 1, unchanged: 2)], notes: [])
        assertBracketed(ExportActions.describe(summary).components(separatedBy: "\n")
                        + ExportActions.Format.allCases.map(\.title), "ExportActions")
        assertBracketed([FieldProblem.sentence(field: "mood", reason: "must be between 1 and 5"),
                         FieldProblem.sentence(field: "thing_x", reason: "is empty")], "FieldProblem")
    }

    /// The model's words with the core's: moods, the widget's lines, entries, notices.
    @MainActor
    func testTheModelsSentencesWithTheCoresWordsAreAllLookedUp() async throws {
        let h = try Harness(test: self)
        try h.seedCheckIn(4, at: instant("2026-05-04T07:00:00Z"), note: "Walked")
        await h.model.enterForeground()
        let snapshot = try XCTUnwrap(h.model.snapshot)
        let moods = snapshot.quickMoods
        assertBracketed(moods.flatMap { [$0.label, $0.accessibilityLabel] } + [snapshot.line], "the core's widget words")
        assertBracketed(moods.flatMap { Presentation.inputLabels(for: $0) }, "Voice Control names")
        assertBracketed((1...5).map { Presentation.moodDescription($0, labels: moods) } + [Presentation.moodWord(9, labels: moods)],
                        "mood descriptions")
        assertBracketed([Presentation.todaySummary(snapshot), Presentation.checkedInLine(snapshot)].compactMap { $0 },
                        "today's lines")
        assertBracketed(CalendarWords.legend(labels: moods).map(\.words), "the legend")
        let entries = h.model.recent
        XCTAssertFalse(entries.isEmpty)
        for entry in entries {
            assertBracketed([Presentation.title(of: entry, labels: moods), Presentation.kindWord(of: entry),
                             Presentation.accessibilityText(of: entry, labels: moods)], "an entry's words")
        }
        await h.model.quickCheckIn(3)
        assertBracketed([h.model.notice?.text].compactMap { $0 }, "the notice after a check-in")
    }
}
