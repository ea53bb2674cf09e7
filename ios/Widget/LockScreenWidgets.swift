import SwiftUI
import WidgetKit
import HearthCore
import HearthAppModel

/// The round Lock Screen widget (`accessoryCircular`): one tap opens the check-in
/// (`hearth://check-in?from=lock-screen`, decided in `DeepLink`). It shows nothing from
/// the journal, so there is nothing to redact or keep quiet.
struct HearthCheckInCircle: Widget {
    let kind = "HearthCheckInCircle"

    var body: some WidgetConfiguration {
        StaticConfiguration(kind: kind, provider: StaticEntryProvider()) { _ in
            CheckInCircleView()
                .containerBackground(.clear, for: .widget)
        }
        .configurationDisplayName(QuickCaptureCopy.checkInShort)
        .description(QuickCaptureCopy.lockScreenCheckInDescription)
        .supportedFamilies([.accessoryCircular])
    }
}

struct CheckInCircleView: View {
    var body: some View {
        ZStack {
            AccessoryWidgetBackground()
            Image(systemName: "sun.horizon")
                .font(.title2)
        }
        .widgetURL(DeepLink.checkIn(from: .lockScreen).url)
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(QuickCaptureCopy.openCheckIn)
        .accessibilityAddTraits(.isButton)
    }
}

/// The wide Lock Screen widget (`accessoryRectangular`): the five moods, each a
/// `Button(intent:)` that records with source `.widget` in this extension (iOS 17 runs
/// widget buttons on the Lock Screen; where the system doesn't, a tap opens the app).
/// Symbols only, for width; VoiceOver and Voice Control get the core's words.
struct HearthLockScreenMoods: Widget {
    let kind = "HearthLockScreenMoods"

    var body: some WidgetConfiguration {
        StaticConfiguration(kind: kind, provider: MoodTimelineProvider()) { entry in
            LockScreenMoodsView(entry: entry)
                .containerBackground(.clear, for: .widget)
        }
        .configurationDisplayName(QuickCaptureCopy.lockScreenMoodsName)
        .description(QuickCaptureCopy.lockScreenMoodsDescription)
        .supportedFamilies([.accessoryRectangular])
    }
}

struct LockScreenMoodsView: View {
    let entry: MoodEntry

    var body: some View {
        switch entry.content {
        case .moods(let snapshot)?:
            // Only the buttons: the core's line stays off the Lock Screen here.
            row(snapshot.quickMoods)
        case .quiet(let quickMoods)?:
            row(quickMoods)
        case .unavailable(let text)?:
            Text(text)
                .font(.caption)
                .widgetURL(DeepLink.checkIn(from: .lockScreen).url)
        case nil:
            Text(Copy.widgetUnavailable)
                .font(.caption)
                .redacted(reason: .placeholder)
        }
    }

    private func row(_ moods: [QuickMood]) -> some View {
        VStack(alignment: .leading, spacing: 2) {
            Text(LockCopy.quietWidgetTitle)
                .font(.caption2)
            HStack(spacing: 2) {
                ForEach(moods, id: \.mood) { mood in
                    Button(intent: RecordMoodIntent(mood: Int(mood.mood))) {
                        Image(systemName: Presentation.moodSymbol(mood.mood))
                            .frame(maxWidth: .infinity)
                    }
                    .buttonStyle(.plain)
                    .accessibilityLabel(mood.accessibilityLabel)
                    .accessibilityInputLabels(Presentation.inputLabels(for: mood).map { Text($0) })
                }
            }
        }
    }
}

/// A widget that never changes (the round check-in button): one entry, no refresh.
struct StaticEntryProvider: TimelineProvider {
    struct Entry: TimelineEntry {
        let date: Date
    }

    func placeholder(in context: Context) -> Entry { Entry(date: Date()) }

    func getSnapshot(in context: Context, completion: @escaping (Entry) -> Void) {
        completion(Entry(date: Date()))
    }

    func getTimeline(in context: Context, completion: @escaping (Timeline<Entry>) -> Void) {
        completion(Timeline(entries: [Entry(date: Date())], policy: .never))
    }
}
