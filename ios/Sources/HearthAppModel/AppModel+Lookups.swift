import Foundation
import HearthCore

/// What the smaller screens read and change: the choices for a check-in, insights, the
/// safety plan, reminder settings and trusted people. Each is one call off the main
/// actor, so a view never touches the store itself.
extension AppModel {
    /// The lists a detailed check-in offers.
    public struct CheckInChoices: Sendable {
        public let emotions: [EmotionInfo]
        public let tags: [Tag]
        public let people: [Person]
        /// Custom scales, each optional in a check-in.
        public let scales: [Scale]

        /// Tags offered for a new check-in: archived ones are kept on past check-ins only.
        public var offeredTags: [Tag] { tags.filter { !$0.archived } }
    }

    /// The person's emotions (built-in and their own), tags and trusted people.
    public func checkInChoices() async -> CheckInChoices? {
        await with { hearth in
            CheckInChoices(emotions: try hearth.emotions(), tags: try hearth.tags(), people: try hearth.people(),
                           scales: ScaleReadings.offered(try hearth.scales()))
        }
    }

    /// The core's insights over the last `days` local days (nil: all time), ending now.
    public func insights(days: UInt32?) async -> Insights? {
        let now = self.now()
        let zone = self.zone
        return await with { try $0.insights(days: days, now: now, zone: zone) }
    }

    /// The saved safety plan.
    public func safetyPlan() async -> SafetyPlan? {
        await with { try $0.safetyPlan() }
    }

    /// The reminder settings as the person should see them: off until they have chosen
    /// (`ReminderChoice`), since nothing is planned before that.
    public func reminderSettings() async -> ReminderSettings? {
        await with { ReminderChoice.shown(try $0.reminderSettings(), answer: ReminderChoice.answer($0)) }
    }

    /// The trusted people, as the core lists them.
    public func people() async -> [Person] {
        await with { try $0.people() } ?? []
    }

    /// Adds a trusted person; nil (with a kind notice) if the core refuses.
    @discardableResult
    public func addPerson(_ input: PersonInput) async -> Person? {
        formProblem = nil
        return await with { try $0.addPerson(input: input) }
    }
}
