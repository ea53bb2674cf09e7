import AppIntents
import WidgetKit
import HearthCore
import HearthAppModel

/// A widget mood button (home screen and Lock Screen). Hidden from Shortcuts and
/// Spotlight (`isDiscoverable = false`): its parameter is a bare number, and the
/// discoverable way to log a mood is the app's `LogMoodIntent` (App Shortcuts), which
/// records through the same call. Runs in the widget extension: opens the shared App Group
/// store, records the check-in with source `.widget`, closes the store (nothing stays
/// open while the extension is suspended: 0xdead10cc), re-plans reminders (with the
/// words the lock settings allow), and reloads the widget's timeline. It never asks the
/// app lock anything: a one-tap mood writes without reading.
struct RecordMoodIntent: AppIntent {
    static let title: LocalizedStringResource = "Record how I feel"
    static let description = IntentDescription("Saves a mood check-in to your private Hearth journal.")
    static let isDiscoverable = false

    @Parameter(title: "Mood")
    var mood: Int

    init() {}

    init(mood: Int) {
        self.mood = mood
    }

    func perform() async throws -> some IntentResult {
        let live = try HearthLive.make()
        try await WidgetTimeline.recordMood(
            Int32(clamping: mood), location: live.location, vault: live.vault(), scheduler: live.scheduler)
        WidgetCenter.shared.reloadAllTimelines()
        return .result()
    }
}
