import Foundation
import HearthCore

/// Backfilling: a check-in at a chosen date and time, the past only. The picker stops at
/// now (`backfillRange`); the core refuses a future time anyway (`HearthError.InvalidInput`
/// on `at`), and its words are shown as `formProblem` if that ever happens (a picker left
/// open across midnight, a clock set back).
extension AppModel {
    /// What a date picker for a check-in's time allows: anything up to now.
    public var backfillRange: PartialRangeThrough<Date> { ...now() }

    /// `input` placed at `at`, with the UTC offset the person's zone had then (a check-in
    /// from a summer evening keeps summer time), so it lands on that local day.
    public func moved(_ input: CheckInInput, to at: Date) -> CheckInInput {
        var input = input
        input.at = at
        input.utcOffsetSeconds = Int32(timeZone.secondsFromGMT(for: at))
        return input
    }

    /// Records a check-in at an earlier date and time; nil (with the core's words in
    /// `formProblem`) if the core refuses it.
    @discardableResult
    public func backfillCheckIn(_ input: CheckInInput, at: Date) async -> CheckIn? {
        guard let saved = await checkIn(moved(input, to: at)) else { return nil }
        // It may belong to a day already on screen.
        history = Self.inserting(.checkIn(checkin: saved), into: history, complete: !historyHasMore)
        return saved
    }
}
