import SwiftUI
import UniformTypeIdentifiers
import HearthCore
import HearthAppModel

/// Export, import, backup, restore, a therapist summary, and erase. The only ways data
/// leaves the device, each started by the person. Every action is one model call; the
/// model runs it off the main actor and reports progress in `dataWork`.
struct DataView: View {
    /// One file importer for both uses (SwiftUI honours only one per view).
    private enum PickMode { case importJSON, restore }

    @Environment(AppModel.self) private var model
    @State private var summaryFrom = Calendar.current.date(byAdding: .day, value: -30, to: Date()) ?? Date()
    @State private var summaryTo = Date()
    @State private var includeNotes = false
    @State private var passphrase = ""
    @State private var confirmPassphrase = ""
    @State private var picking = false
    @State private var pickMode = PickMode.importJSON
    @State private var confirmErase = false

    private var busy: Bool { model.dataWork.isWorking }
    private var passphraseReady: Bool { passphrase.count >= 8 && passphrase == confirmPassphrase }

    var body: some View {
        Form {
            if model.dataWork != .idle {
                Section { WorkStatus(state: model.dataWork) }
            }

            Section {
                ForEach(ExportActions.Format.allCases) { format in
                    Button("Export as \(format.title)") {
                        Task { await model.export(format) }
                    }
                    .disabled(busy)
                    .accessibilityLabel("Export as \(format.title)")
                }
                if let file = model.exportFile {
                    ShareLink(item: file) {
                        Label("Share \(file.lastPathComponent)", systemImage: "square.and.arrow.up")
                    }
                    .accessibilityLabel("Share \(file.lastPathComponent)")
                }
                Button(ControlText.importExport.title) {
                    pickMode = .importJSON
                    picking = true
                }
                .disabled(busy)
                .accessibilityLabel(ControlText.importExport.accessibilityLabel)
                .accessibilityHint(ControlText.importExport.hint ?? "")
            } header: {
                Text("Export")
            } footer: {
                Text(Copy.exportWarning)
            }

            Section {
                DatePicker("From", selection: $summaryFrom, displayedComponents: .date)
                    .accessibilityLabel("From")
                    .accessibilityHint("The first day of the summary")
                DatePicker("To", selection: $summaryTo, in: summaryFrom..., displayedComponents: .date)
                    .accessibilityLabel("To")
                    .accessibilityHint("The last day of the summary")
                Toggle(ControlText.includeNotes.title, isOn: $includeNotes)
                    .accessibilityLabel(ControlText.includeNotes.accessibilityLabel)
                    .accessibilityHint(ControlText.includeNotes.hint ?? "")
                Button(ControlText.makeSummary.title) {
                    let from = LocalDay.string(for: summaryFrom)
                    let to = LocalDay.string(for: summaryTo)
                    Task { await model.makeSummary(from: from, to: to, includeNotes: includeNotes) }
                }
                .disabled(busy)
                .accessibilityLabel(ControlText.makeSummary.accessibilityLabel)
                .accessibilityHint(ControlText.makeSummary.hint ?? "")
                if let file = model.summaryFile {
                    // An .html document: Files, Mail and print see a file, not pasted markup.
                    ShareLink(item: file) {
                        Label(ControlText.shareSummary.title, systemImage: "square.and.arrow.up")
                    }
                    .accessibilityLabel(ControlText.shareSummary.accessibilityLabel)
                }
            } header: {
                Text("For your therapist")
            } footer: {
                Text("A short overview of your moods and questionnaires over those days, to bring to an appointment.")
            }

            Section {
                SecureField("Passphrase", text: $passphrase)
                    .textContentType(.newPassword)
                    .accessibilityLabel("Passphrase")
                SecureField("Passphrase again", text: $confirmPassphrase)
                    .textContentType(.newPassword)
                    .accessibilityLabel("Passphrase again")
                Button("Make an encrypted backup") {
                    let pass = passphrase
                    Task { await model.backup(passphrase: pass) }
                }
                .disabled(!passphraseReady || busy)
                .accessibilityLabel("Make an encrypted backup")
                .accessibilityHint(passphraseReady ? "" : String(localized: "Enter the same passphrase twice, at least 8 characters."))
                if let file = model.backupFile {
                    ShareLink(item: file) {
                        Label(ControlText.shareBackup.title, systemImage: "square.and.arrow.up")
                    }
                    .accessibilityLabel(ControlText.shareBackup.accessibilityLabel)
                }
                Button("Restore from a backup") {
                    pickMode = .restore
                    picking = true
                }
                .disabled(passphrase.isEmpty || busy)
                .accessibilityLabel("Restore from a backup")
                .accessibilityHint(passphrase.isEmpty ? String(localized: "Enter its passphrase first.") : "")
            } header: {
                Text("Backup")
            } footer: {
                Text(Copy.backupExplainer)
            }

            Section {
                Button(ControlText.eraseJournal.title, role: .destructive) { confirmErase = true }
                    .accessibilityLabel(ControlText.eraseJournal.accessibilityLabel)
                    .accessibilityHint(ControlText.eraseJournal.hint ?? "")
            } footer: {
                Text(Copy.eraseWarning)
            }
        }
        .navigationTitle("Your data")
        // Leaving this screen: the Share buttons are gone, so their files can go.
        .onDisappear { model.finishedSharing() }
        .fileImporter(isPresented: $picking,
                      allowedContentTypes: pickMode == .importJSON ? [.json] : [.data]) { result in
            guard case .success(let url) = result else { return }
            let pass = passphrase
            switch pickMode {
            case .importJSON: Task { await model.importJSON(from: url) }
            case .restore: Task { await model.restore(from: url, passphrase: pass) }
            }
        }
        .confirmationDialog("Erase your journal?", isPresented: $confirmErase, titleVisibility: .visible) {
            Button(ControlText.eraseEverything.title, role: .destructive) {
                Task { _ = await model.eraseEverything() }
            }
            .accessibilityLabel(ControlText.eraseEverything.accessibilityLabel)
            Button(ControlText.keepJournal.title, role: .cancel) {}
                .accessibilityLabel(ControlText.keepJournal.accessibilityLabel)
        } message: {
            Text(Copy.eraseWarning)
        }
    }
}

/// Progress while store work runs, then how it ended: words and a symbol, never colour alone.
struct WorkStatus: View {
    let state: WorkState

    var body: some View {
        HStack(alignment: .top, spacing: 10) {
            switch state {
            case .working: ProgressView().accessibilityHidden(true)
            case .done: Image(systemName: "checkmark.circle").accessibilityHidden(true)
            case .failed: Image(systemName: "exclamationmark.triangle").accessibilityHidden(true)
            case .idle: EmptyView()
            }
            Text(state.message ?? "")
                .font(.body)
                .fixedSize(horizontal: false, vertical: true)
        }
        .accessibilityElement(children: .combine)
        .accessibilityAddTraits(.updatesFrequently)
    }
}
