import Foundation
import XCTest
import HearthCore

/// Start-up in the reader's language: the bundled catalogues go to the core, iOS's
/// preferred languages choose, and the shell's words follow the same choice.
final class CoreLanguagesTests: XCTestCase {
    /// The language is process-wide (in the core and in `L10n`): leave English behind.
    override func tearDown() {
        CoreLanguages.start(catalogues: [], preferred: ["en"])
        super.tearDown()
    }

    func testTheCataloguesAreBundledFromCoreL10n() {
        let names = CoreLanguages.bundled().map(\.name)
        XCTAssertTrue(names.contains("de/words.ftl"), "\(names)")
        XCTAssertTrue(names.contains("es/words.ftl"), "\(names)")
        XCTAssertFalse(names.contains { $0.hasPrefix("en/") }, "English is built into the core")
        XCTAssertEqual(names, names.sorted(), "a stable order")
    }

    func testGermanRelabelsBuiltInsAndTheQuickMoods() throws {
        var logged: [String] = []
        let outcome = CoreLanguages.start(catalogues: CoreLanguages.bundled(), preferred: ["de-AT", "en-US"]) { logged.append($0) }
        XCTAssertEqual(outcome.chosen, "de")
        XCTAssertEqual(outcome.skipped, [])
        XCTAssertEqual(logged, [])
        XCTAssertEqual(L10n.language, "de")
        XCTAssertEqual(emotionLabel(name: "worried"), "besorgt")
        XCTAssertEqual(tagLabel(name: "work"), "Arbeit")
        XCTAssertEqual(emotionLabel(name: "wistful"), "wistful", "a person's own word is shown as written")
        XCTAssertTrue(availableLanguages().contains("de"))
        XCTAssertTrue(availableLanguages().contains("es"))

        let hearth = try Hearth.open(dir: try freshLocation().prepare().path, vault: MemoryKeyVault())
        let snapshot = try hearth.widgetSnapshot(now: Date(), zone: "UTC")
        XCTAssertEqual(snapshot.quickMoods.map(\.label), ["Sehr schwer", "Schwer", "Okay", "Gut", "Sehr gut"])
        XCTAssertEqual(snapshot.quickMoods[3].accessibilityLabel, "Stimmung eintragen: gut, 4 von 5")
        // Picked by its German word, stored by its id.
        let saved = try hearth.recordCheckin(input: CheckInInput(mood: 4, source: .app, emotions: ["Erleichtert"], tags: ["Arbeit"]))
        XCTAssertEqual(saved.emotions, ["relieved"])
        XCTAssertEqual(saved.tags, ["work"])
        hearth.lock()

        XCTAssertEqual(CoreLanguages.start(catalogues: [], preferred: ["fr-FR", "es-419"]).chosen, "es")
        XCTAssertEqual(emotionLabel(name: "relieved"), "alivio")
    }

    func testABrokenCatalogueIsSkippedByNameAndEnglishStillWorks() {
        var logged: [String] = []
        let secret = "my private words"
        let broken = CoreLanguages.Catalogue(language: "de", name: "de/broken.ftl", text: "ok = fine\nbroken = { \(secret)\n")
        let outcome = CoreLanguages.start(catalogues: [broken], preferred: ["en-GB"]) { logged.append($0) }
        XCTAssertEqual(outcome.skipped, ["de/broken.ftl"])
        XCTAssertEqual(outcome.chosen, "en")
        XCTAssertEqual(logged.count, 1)
        XCTAssertTrue(logged[0].contains("de/broken.ftl"), logged[0])
        XCTAssertTrue(logged[0].contains("line 2"), logged[0])
        XCTAssertFalse(logged[0].contains(secret), "a log line never carries the text")
        XCTAssertEqual(emotionLabel(name: "worried"), "worried")

        // The good files still load beside a broken one.
        let all = [broken] + CoreLanguages.bundled()
        let again = CoreLanguages.start(catalogues: all, preferred: ["de"]) { _ in }
        XCTAssertEqual(again.skipped, ["de/broken.ftl"])
        XCTAssertEqual(again.chosen, "de")
        XCTAssertEqual(emotionLabel(name: "worried"), "besorgt")
    }

    func testThePseudoLocaleIsChosenFromItsTag() throws {
        let outcome = CoreLanguages.start(catalogues: [], preferred: ["en-XA"])
        XCTAssertEqual(outcome.chosen, "en-XA")
        XCTAssertEqual(L10n.language, "en-XA")
        let hearth = try Hearth.open(dir: try freshLocation().prepare().path, vault: MemoryKeyVault())
        let snapshot = try hearth.widgetSnapshot(now: Date(), zone: "UTC")
        for text in snapshot.quickMoods.flatMap({ [$0.label, $0.accessibilityLabel] }) + [snapshot.line] {
            XCTAssertTrue(text.hasPrefix("[") && text.hasSuffix("]"), text)
        }
        hearth.lock()
        XCTAssertEqual(CoreLanguages.start(catalogues: [], preferred: ["ar-XB"]).chosen, "ar-XB")
    }

    func testCataloguesAreReadFromAFolderOfLanguages() throws {
        let root = try freshDirectory()
        try FileManager.default.createDirectory(at: root.appendingPathComponent("de"), withIntermediateDirectories: true)
        try "a = b\n".write(to: root.appendingPathComponent("de/b.ftl"), atomically: true, encoding: .utf8)
        try "a = c\n".write(to: root.appendingPathComponent("de/a.ftl"), atomically: true, encoding: .utf8)
        try "not a catalogue".write(to: root.appendingPathComponent("de/notes.txt"), atomically: true, encoding: .utf8)
        XCTAssertEqual(CoreLanguages.catalogues(under: root).map(\.name), ["de/a.ftl", "de/b.ftl"])
        XCTAssertEqual(CoreLanguages.catalogues(under: root.appendingPathComponent("missing")), [])
    }
}
