import SwiftUI
import UIKit

/// The private switcher's cover as a window above everything, sheets and the share sheet
/// included (a SwiftUI overlay sits under presented sheets, and a check-in sheet may hold
/// a half-written note). The model decides when (`AppModel.cover(in:)`); this only shows
/// or hides the window.
@MainActor
final class PrivacyCoverWindow {
    private var window: UIWindow?

    /// Shows the cover when `covered`, hides it otherwise.
    func update(covered: Bool) {
        if covered { show() } else { hide() }
    }

    private func show() {
        guard window == nil,
              let scene = UIApplication.shared.connectedScenes.compactMap({ $0 as? UIWindowScene }).first
        else { return }
        let cover = UIWindow(windowScene: scene)
        cover.windowLevel = .alert + 1
        cover.rootViewController = UIHostingController(rootView: PrivacyCoverView())
        cover.isHidden = false
        window = cover
    }

    private func hide() {
        window?.isHidden = true
        window = nil
    }
}
