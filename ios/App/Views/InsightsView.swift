import SwiftUI
import Charts
import HearthCore
import HearthAppModel

/// The person's own patterns, as the core computed them. Every chart also has words:
/// the core's sentences, and a VoiceOver summary per chart and per mark.
struct InsightsView: View {
    @Environment(AppModel.self) private var model
    let openSafety: () -> Void
    @State private var days: UInt32? = 30
    @State private var insights: Insights?

    var body: some View {
        NavigationStack {
            List {
                Section {
                    Picker("Period", selection: $days) {
                        ForEach(ChartData.periods) { period in
                            Text(period.title).tag(period.days)
                        }
                    }
                    .pickerStyle(.segmented)
                    .accessibilityLabel("Period")
                    .accessibilityHint("How far back to look")
                }
                if let insights {
                    content(insights)
                } else {
                    Text(Copy.nothingYet).foregroundStyle(.secondary)
                }
            }
            .navigationTitle("Patterns")
            .task(id: days) { load() }
            .refreshable { load() }
        }
    }

    private func load() {
        let days = self.days
        Task { insights = await model.insights(days: days) }
    }

    @ViewBuilder
    private func content(_ insights: Insights) -> some View {
        if let suggestion = insights.suggestion {
            Section { SuggestionCard(suggestion: suggestion, openSafety: openSafety) }
        }
        Section("In a few words") {
            if insights.highlights.isEmpty {
                Text(Copy.nothingYet).foregroundStyle(.secondary)
            }
            ForEach(insights.highlights, id: \.self) { line in
                Text(line)
            }
        }
        let points = ChartData.daily(insights)
        if !points.isEmpty {
            Section("Mood by day") {
                Chart {
                    ForEach(points) { point in
                        PointMark(x: .value("Day", point.date, unit: .day), y: .value("Mood", point.mean))
                            .symbol(.circle)
                            .accessibilityLabel(point.date.formatted(date: .abbreviated, time: .omitted))
                            .accessibilityValue(ChartData.spoken(point.mean))
                        if let smoothed = point.smoothed {
                            LineMark(x: .value("Day", point.date, unit: .day), y: .value("7-day average", smoothed))
                                .interpolationMethod(.monotone)
                                .lineStyle(StrokeStyle(lineWidth: 2, dash: [4, 3]))
                                .accessibilityHidden(true)
                        }
                    }
                }
                .chartYScale(domain: 1...5)
                .chartYAxis { AxisMarks(values: [1, 2, 3, 4, 5]) }
                .frame(minHeight: 180)
                .accessibilityLabel("Mood by day: dots are daily averages, the dashed line is the 7-day average")
                Text("Dots: each day's average. Dashed line: the 7-day average.")
                    .font(.footnote).foregroundStyle(.secondary)
            }
        }
        let weekdays = ChartData.buckets(insights.byWeekday)
        if !weekdays.isEmpty {
            Section("By day of the week") {
                Chart(weekdays) { bucket in
                    BarMark(x: .value("Day", bucket.key), y: .value("Mood", bucket.mean))
                        .annotation(position: .top) {
                            Text(String(format: "%.1f", bucket.mean)).font(.caption2)
                        }
                        .accessibilityLabel(bucket.key)
                        .accessibilityValue(ChartData.spoken(bucket.mean, count: bucket.count))
                }
                .chartYScale(domain: 0...5)
                .frame(minHeight: 160)
            }
        }
        let times = ChartData.buckets(insights.byTimeOfDay)
        if !times.isEmpty {
            Section("By time of day") {
                Chart(times) { bucket in
                    BarMark(x: .value("Mood", bucket.mean), y: .value("Time of day", bucket.key))
                        .accessibilityLabel(bucket.key)
                        .accessibilityValue(ChartData.spoken(bucket.mean, count: bucket.count))
                }
                .chartXScale(domain: 0...5)
                .frame(minHeight: 120)
            }
        }
        Section("People and mood") {
            Text(insights.connection.text)
        }
        let associations = insights.associations.filter(\.enoughData)
        if !associations.isEmpty {
            Section("What tends to go with your mood") {
                ForEach(associations, id: \.text) { a in
                    Text(a.text)
                }
            }
        }
        Section {
            Text(insights.note).font(.footnote).foregroundStyle(.secondary)
        }
    }
}
