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
    public static let periods = [
        Period(title: "7 days", days: 7), Period(title: "30 days", days: 30),
        Period(title: "90 days", days: 90), Period(title: "All time", days: nil),
    ]

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
        var text = String(format: "average mood %.1f of 5", mean)
        if let count { text += count == 1 ? ", 1 check-in" : ", \(count) check-ins" }
        return text
    }
}
