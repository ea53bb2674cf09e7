import SwiftUI
import WidgetKit
import HearthCore

@main
struct HearthWidgetBundle: WidgetBundle {
    var body: some Widget {
        HearthMoodWidget()
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
    /// Nil until the store can be read (placeholder, or before the first unlock).
    let snapshot: WidgetSnapshot?
}

/// One entry from the core's snapshot, valid until local midnight. The store is opened
/// and closed within each call.
struct MoodTimelineProvider: TimelineProvider {
    func placeholder(in context: Context) -> MoodEntry {
        MoodEntry(date: Date(), snapshot: nil)
    }

    func getSnapshot(in context: Context, completion: @escaping (MoodEntry) -> Void) {
        completion(context.isPreview ? placeholder(in: context) : load())
    }

    func getTimeline(in context: Context, completion: @escaping (Timeline<MoodEntry>) -> Void) {
        let entry = load()
        let refresh = WidgetActions.nextRefresh(after: entry.date)
        completion(Timeline(entries: [entry], policy: .after(refresh)))
    }

    private func load() -> MoodEntry {
        let now = Date()
        guard let live = try? HearthLive.make(),
              let snapshot = try? WidgetActions.snapshot(now: now, location: live.location, vault: live.vault())
        else { return MoodEntry(date: now, snapshot: nil) }
        return MoodEntry(date: now, snapshot: snapshot)
    }
}

struct MoodWidgetView: View {
    let entry: MoodEntry
    @Environment(\.widgetFamily) private var family

    var body: some View {
        if let snapshot = entry.snapshot {
            VStack(alignment: .leading, spacing: 8) {
                Text(snapshot.line)
                    .font(.footnote)
                    .lineLimit(family == .systemSmall ? 2 : 3)
                    .minimumScaleFactor(0.8)
                if family == .systemSmall {
                    let top = Array(snapshot.quickMoods.prefix(3))
                    let bottom = Array(snapshot.quickMoods.dropFirst(3))
                    VStack(spacing: 6) {
                        buttons(top)
                        buttons(bottom)
                    }
                } else {
                    buttons(snapshot.quickMoods)
                }
                if snapshot.checkedInToday, let time = snapshot.lastTime {
                    Label("Checked in at \(time)", systemImage: "checkmark.circle")
                        .font(.caption2)
                        .foregroundStyle(.secondary)
                        .accessibilityLabel(checkedInText(snapshot, time: time))
                }
            }
        } else {
            VStack(alignment: .leading, spacing: 6) {
                Image(systemName: "sun.horizon")
                    .font(.title2)
                    .accessibilityHidden(true)
                Text("Open Hearth to check in.")
                    .font(.footnote)
            }
            .accessibilityElement(children: .combine)
            .accessibilityLabel("Hearth. Open the app to check in.")
        }
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
            }
        }
    }

    private func checkedInText(_ s: WidgetSnapshot, time: String) -> String {
        let mood = s.lastMood.map { Presentation.moodWord($0, labels: s.quickMoods) } ?? ""
        return "Checked in today at \(time)\(mood.isEmpty ? "" : ", \(mood)")"
    }
}
