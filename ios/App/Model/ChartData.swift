import Foundation
import HearthCore

/// The core's insight series, shaped for Swift Charts: plain identifiable points with
/// the days placed at local noon. No numbers are computed here.
enum ChartData {
    struct DayPoint: Identifiable, Equatable {
        var id: String { day }
        let day: String
        let date: Date
        let mean: Double
        let smoothed: Double?
    }

    struct BucketPoint: Identifiable, Equatable {
        var id: String { key }
        let key: String
        let mean: Double
        let count: UInt32
    }

    struct Period: Identifiable, Hashable {
        var id: String { title }
        let title: String
        let days: UInt32?
    }

    static let periods = [
        Period(title: "7 days", days: 7), Period(title: "30 days", days: 30),
        Period(title: "90 days", days: 90), Period(title: "All time", days: nil),
    ]

    static func daily(_ insights: Insights) -> [DayPoint] {
        insights.daily.compactMap { p in
            guard let mean = p.mean, let date = LocalDay.date(from: p.date) else { return nil }
            return DayPoint(day: p.date, date: date, mean: mean, smoothed: p.smoothed)
        }
    }

    static func buckets(_ buckets: [MoodBucket]) -> [BucketPoint] {
        buckets.compactMap { b in b.mean.map { BucketPoint(key: b.key, mean: $0, count: b.count) } }
    }

    /// "average mood 3.4 of 5, 6 check-ins" for VoiceOver.
    static func spoken(_ mean: Double, count: UInt32? = nil) -> String {
        var text = String(format: "average mood %.1f of 5", mean)
        if let count { text += count == 1 ? ", 1 check-in" : ", \(count) check-ins" }
        return text
    }
}
