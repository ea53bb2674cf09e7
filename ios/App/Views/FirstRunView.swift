import SwiftUI
import HearthCore
import HearthAppModel

/// The first run (issue #21), over the app until every screen is done. The model decides
/// which screen shows and writes every answer; this only draws and calls.
struct FirstRunView: View {
    @Environment(AppModel.self) private var model

    var body: some View {
        NavigationStack {
            ScrollView {
                VStack(alignment: .leading, spacing: 24) {
                    if let position = model.firstRun?.position {
                        Text(FirstRunCopy.position(position.index, of: position.count))
                            .font(.subheadline)
                            .foregroundStyle(.secondary)
                    }
                    page
                }
                .padding()
                .frame(maxWidth: 600, alignment: .leading)
                .frame(maxWidth: .infinity)
            }
            .safeAreaInset(edge: .bottom) { buttons }
            .toolbar {
                ToolbarItem(placement: .cancellationAction) {
                    Button(ControlText.skipIntroduction.title) {
                        Task { await model.skipFirstRun() }
                    }
                    .accessibilityLabel(ControlText.skipIntroduction.accessibilityLabel)
                    .accessibilityHint(ControlText.skipIntroduction.hint ?? "")
                }
            }
        }
        .interactiveDismissDisabled()
    }

    @ViewBuilder
    private var page: some View {
        switch model.firstRun?.current {
        case .welcome?: WelcomePage()
        case .widget?: WidgetHowToPage()
        case .choices?: ChoicesPage()
        case nil: EmptyView()
        }
    }

    private var buttons: some View {
        let last = model.firstRun?.current == .choices
        let next = last ? ControlText.startUsing : ControlText.continueOn
        return VStack(spacing: 8) {
            Button {
                Task { await model.continueFirstRun() }
            } label: {
                Text(next.title).frame(maxWidth: .infinity)
            }
            .buttonStyle(.borderedProminent)
            .controlSize(.large)
            .accessibilityLabel(next.accessibilityLabel)
            if !last {
                Button(ControlText.skipStep.title) {
                    Task { await model.skipFirstRunStep() }
                }
                .accessibilityLabel(ControlText.skipStep.accessibilityLabel)
                .accessibilityHint(ControlText.skipStep.hint ?? "")
            }
        }
        .padding()
        .background(.bar)
    }
}
