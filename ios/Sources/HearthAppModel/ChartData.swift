import Foundation
import HearthCore

/// The core's insight series, shaped for Swift Charts: plain identifiable points with
/// the days placed at local noon. No numbers are computed here.
public enum ChartData {
    /// One day's mean mood, placed at local noon.
    public struct DayPoint: Identifiable, Equatable {
        public var id: String { day }
        public let day: String
        public let date: Date
        public let mean: Double
        public let smoothed: Double?
    }

    /// The mean mood of one bucket (a weekday, a tag, …).
    public struct BucketPoint: Identifiable, Equatable {
        public var id: String { key }
        public let key: String
        public let mean: Double
        public let count: UInt32
    }

    /// A span to look at; nil days means all time.
    public struct Period: Identifiable, Hashable {
        public var id: String { title }
        public let title: String
        public let days: UInt32?
    }

    /// The spans offered on the Patterns screen.
    public static var periods: [Period] {
        [7, 30, 90].map { Period(title: L10n.plural("chart.period", $0, one: "%lld day", other: "%lld days"), days: UInt32($0)) }
            + [Period(title: L10n.tr("chart.allTime", "All time"), days: nil)]
    }

    /// Days with a mean, for the line chart.
    public static func daily(_ insights: Insights) -> [DayPoint] {
        insights.daily.compactMap { p in
            guard let mean = p.mean, let date = LocalDay.date(from: p.date) else { return nil }
            return DayPoint(day: p.date, date: date, mean: mean, smoothed: p.smoothed)
        }
    }

    /// Buckets with a mean, for the bar charts.
    public static func buckets(_ buckets: [MoodBucket]) -> [BucketPoint] {
        buckets.compactMap { b in b.mean.map { BucketPoint(key: b.key, mean: $0, count: b.count) } }
    }

    /// "average mood 3.4 of 5, 6 check-ins" for VoiceOver.
    public static func spoken(_ mean: Double, count: UInt32? = nil) -> String {
        let average = mean.formatted(.number.precision(.fractionLength(1)).rounded(rule: .toNearestOrAwayFromZero).locale(L10n.locale))
        guard let count else { return L10n.tr("chart.spoken", "average mood %@ of 5", average) }
        return L10n.plural("chart.spokenCount", Int(count), one: "average mood %2$@ of 5, %1$lld check-in",
                           other: "average mood %2$@ of 5, %1$lld check-ins", average)
    }
}
