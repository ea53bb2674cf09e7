import SwiftUI
import HearthAppModel

/// The lock screen: nothing of the journal, a calm line, and Unlock. It asks by itself
/// once per lock (the model says when); after a cancel it waits for the button.
struct LockScreenView: View {
    @Environment(AppModel.self) private var model
    @Environment(\.scenePhase) private var scenePhase

    /// The one automatic prompt waits for the scene to be active (iOS won't show Face ID
    /// to an inactive scene, and a refused prompt would read as a cancel).
    private var promptsNow: Bool {
        model.lock.shouldPromptAutomatically && scenePhase == .active
    }

    var body: some View {
        VStack(spacing: 20) {
            Spacer()
            Image(systemName: "lock.fill")
                .font(.largeTitle)
                .accessibilityHidden(true)
            Text(LockCopy.lockedTitle)
                .font(.title2.bold())
                .accessibilityAddTraits(.isHeader)
            Text(LockCopy.lockedBody)
                .font(.body)
                .multilineTextAlignment(.center)
                .fixedSize(horizontal: false, vertical: true)
            if let message = model.lock.message {
                // Words and a symbol, never colour alone.
                Label(LockCopy.text(for: message), systemImage: "info.circle")
                    .font(.callout)
                    .multilineTextAlignment(.leading)
                    .fixedSize(horizontal: false, vertical: true)
            }
            Button {
                Task { await model.unlock() }
            } label: {
                Label(ControlText.unlock.title, systemImage: "faceid")
                    .font(.headline)
                    .frame(maxWidth: .infinity)
            }
            .buttonStyle(.borderedProminent)
            .accessibilityLabel(ControlText.unlock.accessibilityLabel)
            .accessibilityHint(ControlText.unlock.hint ?? "")
            Spacer()
        }
        .padding(24)
        .frame(maxWidth: .infinity, maxHeight: .infinity)
        .background(.background)
        .task(id: promptsNow) {
            if promptsNow { await model.unlock() }
        }
    }
}

/// A plain cover with no controls: the app switcher's picture while the private
/// switcher is on, and the moment before the lock settings are read.
struct PrivacyCoverView: View {
    var body: some View {
        VStack(spacing: 12) {
            Image(systemName: "sun.horizon")
                .font(.largeTitle)
                .accessibilityHidden(true)
            Text(LockCopy.coverTitle)
                .font(.title2)
        }
        .frame(maxWidth: .infinity, maxHeight: .infinity)
        .background(.background)
        .accessibilityElement(children: .combine)
    }
}

/// Today's one-time offer of the lock (the model decides whether to show it).
struct LockOfferCard: View {
    @Environment(AppModel.self) private var model

    var body: some View {
        VStack(alignment: .leading, spacing: 10) {
            Label(LockCopy.offerTitle, systemImage: "lock")
                .font(.headline)
            Text(LockCopy.offerBody)
                .font(.body)
                .fixedSize(horizontal: false, vertical: true)
            HStack {
                Button(ControlText.turnOnLock.title) {
                    Task { await model.answerLockOffer(turnOn: true) }
                }
                .buttonStyle(.borderedProminent)
                .accessibilityLabel(ControlText.turnOnLock.accessibilityLabel)
                .accessibilityHint(ControlText.turnOnLock.hint ?? "")
                Button(ControlText.maybeLater.title) {
                    Task { await model.answerLockOffer(turnOn: false) }
                }
                .buttonStyle(.bordered)
                .accessibilityLabel(ControlText.maybeLater.accessibilityLabel)
                .accessibilityHint(ControlText.maybeLater.hint ?? "")
            }
        }
        .padding(.vertical, 4)
    }
}
