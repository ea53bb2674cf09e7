import SwiftUI
import HearthAppModel

/// Lock and privacy settings. Each change is one model call; the model asks the device
/// owner first while the lock is on, saves to the encrypted store, and the toggles then
/// show what was saved (a cancelled ask leaves them as they were).
struct LockSettingsView: View {
    @Environment(AppModel.self) private var model

    private var settings: LockSettings { model.lock.settings }

    var body: some View {
        Form {
            Section {
                Toggle(ControlText.lockHearth.title, isOn: Binding(
                    get: { settings.lockEnabled },
                    set: { on in Task { await model.setLockEnabled(on) } }))
                    .accessibilityLabel(ControlText.lockHearth.accessibilityLabel)
                    .accessibilityHint(ControlText.lockHearth.hint ?? "")
                Picker(ControlText.relockAfter.title, selection: Binding(
                    get: { settings.relockAfter },
                    set: { relock in Task { await model.setRelockAfter(relock) } })) {
                    ForEach(RelockAfter.allCases) { relock in
                        Text(LockCopy.title(for: relock)).tag(relock)
                    }
                }
                .accessibilityLabel(ControlText.relockAfter.accessibilityLabel)
                .accessibilityHint(ControlText.relockAfter.hint ?? "")
            } footer: {
                Text(LockCopy.lockFooter)
            }
            Section {
                Toggle(ControlText.privateSwitcher.title, isOn: Binding(
                    get: { settings.privateSwitcher },
                    set: { on in Task { await model.setPrivateSwitcher(on) } }))
                    .disabled(!settings.lockEnabled)
                    .accessibilityLabel(ControlText.privateSwitcher.accessibilityLabel)
                    .accessibilityHint(LockCopy.switcherFooter)
                Toggle(ControlText.quietWidget.title, isOn: Binding(
                    get: { settings.quietWidget },
                    set: { on in Task { await model.setQuietWidget(on) } }))
                    .disabled(!settings.lockEnabled)
                    .accessibilityLabel(ControlText.quietWidget.accessibilityLabel)
                    .accessibilityHint(LockCopy.quietFooter)
            } header: {
                Text("Privacy")
            } footer: {
                Text(LockCopy.privacyFooter)
            }
        }
        .navigationTitle(ControlText.lockSettings.title)
    }
}
