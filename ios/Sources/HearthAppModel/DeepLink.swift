import Foundation
import HearthCore

/// The app's own links (`hearth://…`), from the Lock Screen's round widget and the Control
/// Center control (issue #21). A link only ever opens a screen: any app can open a URL
/// scheme, so a link never writes anything by itself; the person taps a mood there.
public enum DeepLink: Equatable, Sendable {
    /// Open the check-in, started from `origin`.
    case checkIn(from: Origin)
    /// Open the safety plan and crisis lines.
    case safety

    /// The one-tap place a check-in link comes from.
    public enum Origin: String, CaseIterable, Sendable {
        /// A home-screen widget's open area.
        case widget
        /// The round Lock Screen widget (`accessoryCircular`).
        case lockScreen = "lock-screen"
        /// The Control Center control (iOS 18).
        case control

        /// The core's source for a check-in started here: every origin is a widget surface
        /// (WidgetKit draws all three), and the core has no source of its own for a control.
        public var source: EntrySource { .widget }
    }

    /// The URL scheme, registered in the app's Info.plist (project.yml).
    public static let scheme = "hearth"

    /// Reads a link; nil for anything that isn't one of Hearth's (another scheme, an
    /// unknown screen, an unknown origin).
    public init?(url: URL) {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false),
              components.scheme?.lowercased() == Self.scheme else { return nil }
        switch components.host?.lowercased() {
        case "check-in":
            // No origin: the home-screen widget's open area. An unknown one is refused.
            guard let from = components.queryItems?.first(where: { $0.name == "from" })?.value else {
                self = .checkIn(from: .widget)
                return
            }
            guard let origin = Origin(rawValue: from) else { return nil }
            self = .checkIn(from: origin)
        case "safety":
            self = .safety
        default:
            return nil
        }
    }

    /// The link, as the widgets and the control open it.
    public var url: URL {
        var components = URLComponents()
        components.scheme = Self.scheme
        switch self {
        case .checkIn(let origin):
            components.host = "check-in"
            components.queryItems = [URLQueryItem(name: "from", value: origin.rawValue)]
        case .safety:
            components.host = "safety"
        }
        // Built from fixed parts, so it always forms; the fallback is never used.
        return components.url ?? URL(fileURLWithPath: "/")
    }

    /// Where the app goes.
    public var route: AppModel.Route {
        switch self {
        case .checkIn(let origin): return .checkIn(origin.source)
        case .safety: return .safety
        }
    }
}

extension AppModel {
    /// A link opened the app: go where it says (kept until a screen can show it, e.g.
    /// behind the lock screen). False, and nothing happens, for a link that isn't Hearth's.
    @discardableResult
    public func open(_ url: URL) -> Bool {
        guard let link = DeepLink(url: url) else { return false }
        open(link.route)
        return true
    }
}
