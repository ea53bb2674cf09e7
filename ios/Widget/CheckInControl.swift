import AppIntents
import SwiftUI
import WidgetKit
import HearthAppModel

/// The Control Center control (iOS 18): one tap opens Hearth's check-in, through the
/// app's own link (`hearth://check-in?from=control`, decided in `DeepLink`). It opens a
/// screen and never writes, so it works the same with the app lock on.
@available(iOS 18.0, *)
struct HearthCheckInControl: ControlWidget {
    static let kind = "org.hearthjournal.Hearth.checkInControl"

    var body: some ControlWidgetConfiguration {
        StaticControlConfiguration(kind: Self.kind) {
            ControlWidgetButton(action: OpenURLIntent(DeepLink.checkIn(from: .control).url)) {
                Label(QuickCaptureCopy.checkInShort, systemImage: "sun.horizon")
            }
            .accessibilityLabel(QuickCaptureCopy.openCheckIn)
        }
        .displayName(LocalizedStringResource(stringLiteral: QuickCaptureCopy.openCheckIn))
        .description(LocalizedStringResource(stringLiteral: QuickCaptureCopy.controlDescription))
    }
}
