import Foundation

/// Which `SafetyPlan` field each of the core's sections (`safetyPlanSections()`, by id)
/// edits: a list of lines, or a list of contacts.
public enum SafetyPlanFields {
    public static func lines(_ sectionId: String) -> WritableKeyPath<SafetyPlan, [String]>? {
        switch sectionId {
        case "warning_signs": return \.warningSigns
        case "on_my_own": return \.onMyOwn
        case "safer_surroundings": return \.saferSurroundings
        case "reasons_for_living": return \.reasonsForLiving
        default: return nil
        }
    }

    public static func contacts(_ sectionId: String) -> WritableKeyPath<SafetyPlan, [PlanContact]>? {
        switch sectionId {
        case "distractions": return \.distractions
        case "people_to_ask": return \.peopleToAsk
        case "professionals": return \.professionals
        default: return nil
        }
    }

    /// An empty plan.
    public static var empty: SafetyPlan {
        SafetyPlan(warningSigns: [], onMyOwn: [], distractions: [], peopleToAsk: [],
                   professionals: [], saferSurroundings: [], reasonsForLiving: [])
    }

    /// True when nothing has been written yet.
    public static func isEmpty(_ plan: SafetyPlan) -> Bool {
        safetyPlanSections().allSatisfy { section in
            (lines(section.id).map { plan[keyPath: $0].isEmpty } ?? true)
                && (contacts(section.id).map { plan[keyPath: $0].isEmpty } ?? true)
        }
    }
}
