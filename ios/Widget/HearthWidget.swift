import SwiftUI
import WidgetKit
import HearthCore
import HearthAppModel

/// Every widget Hearth offers: the home-screen moods, the two Lock Screen widgets and,
/// on iOS 18, the Control Center control (issue #21).
@main
struct HearthWidgetBundle: WidgetBundle {
    /// The reader's language before any widget draws (the gallery preview too): the
    /// core's catalogues and iOS's preferred languages, once per process.
    init() {
        CoreLanguages.startOnce()
    }

    var body: some Widget {
        HearthMoodWidget()
        HearthCheckInCircle()
        HearthLockScreenMoods()
        if #available(iOS 18.0, *) {
            HearthCheckInControl()
        }
    }
}

/// The home-screen widget: the core's line for today and five mood buttons. Each button
/// runs RecordMoodIntent in this extension; nothing here decides anything.
struct HearthMoodWidget: Widget {
    let kind = "HearthMoodWidget"

    var body: some WidgetConfiguration {
        StaticConfiguration(kind: kind, provider: MoodTimelineProvider()) { entry in
            MoodWidgetView(entry: entry)
                .containerBackground(.fill.tertiary, for: .widget)
        }
        .configurationDisplayName("How are you?")
        .description("Check in with one tap. Private to this iPhone.")
        .supportedFamilies([.systemSmall, .systemMedium])
    }
}

struct MoodEntry: TimelineEntry {
    let date: Date
    /// What to draw, decided by `WidgetTimeline` (nil: the redacted placeholder).
    let content: WidgetTimeline.Content?
}

/// Glue only: `WidgetTimeline` decides what to draw and when to ask again (next
/// midnight, or 15 minutes after a failure). The store is opened and closed per call.
struct MoodTimelineProvider: TimelineProvider {
    func placeholder(in context: Context) -> MoodEntry {
        MoodEntry(date: Date(), content: nil)
    }

    func getSnapshot(in context: Context, completion: @escaping (MoodEntry) -> Void) {
        let now = Date()
        if context.isPreview {
            // The gallery: real words and buttons from a throwaway store, never the journal.
            FoundationTimeZoneSource.install()
            completion(MoodEntry(date: now, content: WidgetTimeline.preview(now: now)))
        } else {
            completion(MoodEntry(date: now, content: plan(now).content))
        }
    }

    func getTimeline(in context: Context, completion: @escaping (Timeline<MoodEntry>) -> Void) {
        let now = Date()
        let plan = plan(now)
        completion(Timeline(entries: [MoodEntry(date: now, content: plan.content)], policy: .after(plan.refresh)))
    }

    private func plan(_ now: Date) -> WidgetTimeline.Plan {
        WidgetTimeline.plan(now: now) {
            // The snapshot and the lock settings in one open and close of the store.
            let live = try HearthLive.make()
            return try WidgetTimeline.read(now: now, location: live.location, vault: live.vault())
        }
    }
}

struct MoodWidgetView: View {
    let entry: MoodEntry
    @Environment(\.widgetFamily) private var family

    var body: some View {
        switch entry.content {
        case .moods(let snapshot)?:
            moods(snapshot)
        case .quiet(let quickMoods)?:
            quiet(quickMoods)
        case .unavailable(let text)?:
            message(text)
        case nil:
            message(Copy.widgetUnavailable).redacted(reason: .placeholder)
        }
    }

    private func moods(_ snapshot: WidgetSnapshot) -> some View {
        VStack(alignment: .leading, spacing: 8) {
            // The core's line may be its low-mood message: redacted on the Lock Screen.
            Text(snapshot.line)
                .font(.footnote)
                .lineLimit(family == .systemSmall ? 2 : 3)
                .minimumScaleFactor(0.8)
                .privacySensitive()
            if family == .systemSmall {
                VStack(spacing: 6) {
                    buttons(Array(snapshot.quickMoods.prefix(3)))
                    buttons(Array(snapshot.quickMoods.dropFirst(3)))
                }
            } else {
                buttons(snapshot.quickMoods)
            }
            if let line = Presentation.checkedInLine(snapshot) {
                // Shown and spoken alike (no separate label).
                Label(line, systemImage: "checkmark.circle")
                    .font(.caption2)
                    .foregroundStyle(.secondary)
                    .privacySensitive()
            }
        }
    }

    /// The quiet widget (lock on): the buttons and a fixed question, nothing from the
    /// journal. `WidgetTimeline` gives this case no snapshot at all.
    private func quiet(_ quickMoods: [QuickMood]) -> some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(LockCopy.quietWidgetTitle)
                .font(.footnote)
            if family == .systemSmall {
                VStack(spacing: 6) {
                    buttons(Array(quickMoods.prefix(3)))
                    buttons(Array(quickMoods.dropFirst(3)))
                }
            } else {
                buttons(quickMoods)
            }
        }
    }

    private func message(_ text: String) -> some View {
        VStack(alignment: .leading, spacing: 6) {
            Image(systemName: "sun.horizon")
                .font(.title2)
                .accessibilityHidden(true)
            Text(text)
                .font(.footnote)
        }
        .accessibilityElement(children: .combine)
    }

    private func buttons(_ moods: [QuickMood]) -> some View {
        HStack(spacing: 6) {
            ForEach(moods, id: \.mood) { mood in
                Button(intent: RecordMoodIntent(mood: Int(mood.mood))) {
                    VStack(spacing: 2) {
                        Image(systemName: Presentation.moodSymbol(mood.mood))
                            .imageScale(.large)
                        if family != .systemSmall {
                            Text(mood.label)
                                .font(.caption2)
                                .lineLimit(1)
                                .minimumScaleFactor(0.7)
                        }
                    }
                    .frame(maxWidth: .infinity)
                }
                .buttonStyle(.bordered)
                .accessibilityLabel(mood.accessibilityLabel)
                .accessibilityInputLabels(Presentation.inputLabels(for: mood).map { Text($0) })
            }
        }
    }
}
