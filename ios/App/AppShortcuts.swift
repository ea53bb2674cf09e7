import AppIntents
import WidgetKit
import HearthCore
import HearthAppModel

/// The five moods as Siri and Shortcuts know them. Xcode reads these at build time
/// (Siri knows them before the app runs), so they must be literals: the words are
/// `QuickCaptureCopy.moodNames` (a test checks those are still the core's) and the
/// symbols `Presentation.moodSymbol`'s.
enum MoodChoice: Int, AppEnum {
    case veryLow = 1, low, okay, good, veryGood

    static let typeDisplayRepresentation: TypeDisplayRepresentation = "Mood"
    static let caseDisplayRepresentations: [MoodChoice: DisplayRepresentation] = [
        .veryLow: DisplayRepresentation(title: "Very low", image: .init(systemName: "cloud.rain")),
        .low: DisplayRepresentation(title: "Low", image: .init(systemName: "cloud")),
        .okay: DisplayRepresentation(title: "Okay", image: .init(systemName: "cloud.sun")),
        .good: DisplayRepresentation(title: "Good", image: .init(systemName: "sun.max")),
        .veryGood: DisplayRepresentation(title: "Very good", image: .init(systemName: "sun.max.fill")),
    ]
}

/// "Log my mood in Hearth": asks for a mood (or takes it from the phrase) and saves it
/// without opening the app, through the widget's core call (`QuickCapture`, source
/// `.widget`: the core has no Shortcuts source). Discoverable in Shortcuts and Spotlight.
/// Like a widget tap it writes without reading, so it works with the app lock on, and
/// says only "Saved", never anything from the journal.
struct LogMoodIntent: AppIntent {
    static let title: LocalizedStringResource = "Log my mood"
    static let description = IntentDescription("Saves how you feel to your private Hearth journal, on this iPhone.")
    static let openAppWhenRun = false

    @Parameter(title: "Mood", requestValueDialog: IntentDialog("How are you feeling?"))
    var mood: MoodChoice

    static var parameterSummary: some ParameterSummary {
        Summary("Log \(\.$mood) in Hearth")
    }

    init() {}

    func perform() async throws -> some IntentResult & ProvidesDialog {
        let live = try HearthLive.make()
        try await QuickCapture.recordOutsideTheApp(
            Int32(mood.rawValue), from: .appShortcut, location: live.location, vault: live.vault(),
            scheduler: live.scheduler)
        WidgetCenter.shared.reloadAllTimelines()
        return .result(dialog: IntentDialog(stringLiteral: QuickCaptureCopy.shortcutSaved))
    }
}

/// Siri phrases and the Spotlight/Shortcuts tile (issue #21). Every phrase names the app,
/// as App Shortcuts require.
struct HearthShortcuts: AppShortcutsProvider {
    static var appShortcuts: [AppShortcut] {
        AppShortcut(
            intent: LogMoodIntent(),
            phrases: [
                "Log my mood in \(.applicationName)",
                "Check in with \(.applicationName)",
                "Log \(\.$mood) in \(.applicationName)",
                "I'm feeling \(\.$mood) in \(.applicationName)",
            ],
            shortTitle: "Log my mood",
            systemImageName: "sun.horizon"
        )
    }
}
