import Foundation
import XCTest
import HearthCore
@testable import HearthAppModel

/// The shell's own words in German and Spanish, from the String Catalog (on Linux, the
/// .strings tables generated from it), following the language the core chose.
final class ShellLanguageTests: XCTestCase {
    override func tearDown() {
        CoreLanguages.start(catalogues: [], preferred: ["en"])
        super.tearDown()
    }

    private func speak(_ preferred: String) -> String {
        CoreLanguages.start(catalogues: CoreLanguages.bundled(), preferred: [preferred]).chosen
    }

    func testTheShellSpeaksGermanWithTheCore() {
        XCTAssertEqual(speak("de-DE"), "de")
        XCTAssertEqual(Copy.checkInTitle, "Wie fühlst du dich?")
        XCTAssertEqual(ControlText.addDetail.title, "Mehr Details hinzufügen")
        XCTAssertEqual(ControlText.addDetail.accessibilityLabel, "Mehr Details hinzufügen", "the label is still what is shown")
        XCTAssertEqual(LockCopy.title(for: .fiveMinutes), "Nach 5 Minuten")
        XCTAssertEqual(FirstRunCopy.position(2, of: 3), "Schritt 2 von 3")
        XCTAssertEqual(CatalogCopy.renamed("Chor"), "Umbenannt in Chor. Frühere Check-ins verwenden den neuen Namen.")
        XCTAssertEqual(Copy.problem(HearthError.InvalidInput(field: "mood", reason: "x")), "Das hat nicht ganz gepasst: x.")
        // The core's words and the shell's in one sentence, one language.
        XCTAssertEqual(emotionLabel(name: "worried"), "besorgt")
    }

    /// Built-ins are stored by their English id and shown in the reader's language;
    /// a person's own words are shown as written.
    func testStoredEmotionsAndTagsReadInTheReadersLanguage() {
        XCTAssertEqual(speak("de"), "de")
        XCTAssertEqual(Presentation.chipWord("worried", .emotion), "besorgt")
        XCTAssertEqual(Presentation.chipLabel("worried", .emotion), "besorgt, Gefühl")
        XCTAssertEqual(Presentation.chipWord("work", .tag), "Arbeit")
        XCTAssertEqual(Presentation.chipWord("choir", .tag), "choir")
        XCTAssertEqual(CatalogCopy.tagLabel(Tag(id: "t", name: "work", kind: .context, archived: true)), "Arbeit, archiviert")
        XCTAssertEqual(speak("en"), "en")
        XCTAssertEqual(Presentation.chipLabel("worried", .emotion), "worried, emotion")
    }

    func testCountsChooseTheirPluralForm() {
        XCTAssertEqual(speak("de"), "de")
        let one = MoodDay(day: "2026-03-03", mood: 2, level: 2, count: 1)
        let three = MoodDay(day: "2026-03-03", mood: 2, level: 2, count: 3, hasNote: true)
        XCTAssertEqual(CalendarWords.contents(one), ["1 Check-in"])
        XCTAssertEqual(CalendarWords.contents(three), ["3 Check-ins", "eine Notiz"])
        XCTAssertEqual(ChartData.periods.map(\.title), ["7 Tage", "30 Tage", "90 Tage", "Gesamter Zeitraum"])
        XCTAssertEqual(ChartData.spoken(3.45, count: 1), "Durchschnittliche Stimmung 3,5 von 5, 1 Check-in", "decimal comma")

        XCTAssertEqual(speak("es-MX"), "es")
        XCTAssertEqual(CalendarWords.contents(one), ["1 registro"])
        XCTAssertEqual(CalendarWords.contents(three), ["3 registros", "una nota"])
        XCTAssertEqual(L10n.plural("calendar.checkIns", 1_000_000, one: "%lld check-in", other: "%lld check-ins"),
                       "1.000.000 de registros", "Spanish's CLDR 'many'")
        XCTAssertEqual(L10n.pluralCategory(1_000_000, language: "es"), "many")
        XCTAssertEqual(L10n.pluralCategory(1_000_000, language: "de"), "other")
        XCTAssertEqual(L10n.pluralCategory(0, language: "en"), "other")
    }

    func testSpanishUsesTuAndTheEstablishedTerms() {
        XCTAssertEqual(speak("es"), "es")
        XCTAssertEqual(Copy.checkInTitle, "¿Cómo te sientes?")
        XCTAssertEqual(Copy.checkInSaved, "Guardado. Gracias por tu registro.")
        XCTAssertEqual(ControlText.seeSafetyPlan.title, "Ver mi plan de seguridad y a quién acudir")
        XCTAssertEqual(QuickCaptureCopy.shortcutTitle, "Registrar mi ánimo")
    }

    func testAMissingTranslationFallsBackToEnglishNeverToItsKey() {
        XCTAssertEqual(speak("de"), "de")
        XCTAssertEqual(L10n.tr("no.such.key", "Plain English"), "Plain English")
        XCTAssertEqual(L10n.tr("no.such.key", "Hello %@", "Ana"), "Hello Ana")
        XCTAssertEqual(L10n.plural("no.such.plural", 2, one: "%lld thing", other: "%lld things"), "2 things")
        XCTAssertEqual(speak("fr-FR"), "en", "a language without catalogues is English")
        XCTAssertEqual(Copy.checkInTitle, "How are you feeling?")
    }

    func testDatesAndTimesFollowTheLanguage() {
        XCTAssertEqual(speak("de"), "de")
        let heading = Presentation.dayHeading("2026-05-04", today: "2026-05-05")
        XCTAssertTrue(heading.contains("Montag") && heading.contains("Mai"), heading)
        XCTAssertEqual(ClockTime.display("21:15", locale: L10n.locale), "21:15", "German is a 24-hour clock")
        XCTAssertEqual(Presentation.dayHeading("2026-05-05", today: "2026-05-05"), "Heute")
        XCTAssertEqual(speak("es"), "es")
        let spanish = Presentation.dayHeading("2026-05-04", today: "2026-05-05")
        XCTAssertTrue(spanish.contains("lunes") && spanish.contains("mayo"), spanish)
        XCTAssertTrue(CalendarWords.spokenDate("2026-05-04", locale: L10n.locale).contains("mayo"))
    }
}
