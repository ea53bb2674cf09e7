import SwiftUI
import UniformTypeIdentifiers
import HearthCore

/// Export, import, backup, restore, a therapist summary, and erase. The only ways data
/// leaves the device, each started by the person (see ExportActions).
struct DataView: View {
    /// One file importer for both uses (SwiftUI honours only one per view).
    private enum PickMode { case importJSON, restore }

    @Environment(AppModel.self) private var model
    @State private var exported: URL?
    @State private var summaryText: String?
    @State private var summaryFrom = Calendar.current.date(byAdding: .day, value: -30, to: Date()) ?? Date()
    @State private var summaryTo = Date()
    @State private var includeNotes = false
    @State private var passphrase = ""
    @State private var confirmPassphrase = ""
    @State private var backupFile: URL?
    @State private var picking = false
    @State private var pickMode = PickMode.importJSON
    @State private var report: String?
    @State private var confirmErase = false

    var body: some View {
        Form {
            Section {
                ForEach(ExportActions.Format.allCases) { format in
                    Button("Export as \(format.title)") {
                        exported = model.with { try ExportActions.export(format, from: $0) }
                    }
                    .accessibilityLabel("Export your journal as \(format.title)")
                }
                if let exported {
                    ShareLink(item: exported) {
                        Label("Share \(exported.lastPathComponent)", systemImage: "square.and.arrow.up")
                    }
                    .accessibilityLabel("Share the export file \(exported.lastPathComponent)")
                }
                Button("Import a Hearth JSON export") {
                    pickMode = .importJSON
                    picking = true
                }
                    .accessibilityLabel("Import entries from a Hearth JSON export")
            } header: {
                Text("Export")
            } footer: {
                Text(Copy.exportWarning)
            }

            Section {
                DatePicker("From", selection: $summaryFrom, displayedComponents: .date)
                    .accessibilityLabel("Summary starts on")
                DatePicker("To", selection: $summaryTo, in: summaryFrom..., displayedComponents: .date)
                    .accessibilityLabel("Summary ends on")
                Toggle("Include my notes", isOn: $includeNotes)
                    .accessibilityLabel("Include your notes in the summary")
                Button("Make a summary") {
                    let from = LocalDay.string(for: summaryFrom)
                    let to = LocalDay.string(for: summaryTo)
                    let notes = includeNotes
                    summaryText = model.with {
                        try ExportActions.therapistSummary(from: $0, from: from, to: to, includeNotes: notes)
                    }
                }
                .accessibilityLabel("Make a summary to share with your therapist")
                if let summaryText {
                    ShareLink(item: summaryText) {
                        Label("Share the summary", systemImage: "square.and.arrow.up")
                    }
                    .accessibilityLabel("Share the therapist summary")
                }
            } header: {
                Text("For your therapist")
            } footer: {
                Text("A short overview of your moods and questionnaires over those days, to bring to an appointment.")
            }

            Section {
                SecureField("Passphrase", text: $passphrase)
                    .textContentType(.newPassword)
                    .accessibilityLabel("Backup passphrase")
                SecureField("Passphrase again", text: $confirmPassphrase)
                    .textContentType(.newPassword)
                    .accessibilityLabel("Repeat the backup passphrase")
                Button("Make an encrypted backup") {
                    let pass = passphrase
                    backupFile = model.with { try ExportActions.backup(from: $0, passphrase: pass) }
                }
                .disabled(passphrase.count < 8 || passphrase != confirmPassphrase)
                .accessibilityLabel(passphrase.count < 8 || passphrase != confirmPassphrase
                                    ? "Make an encrypted backup. Enter the same passphrase twice, at least 8 characters."
                                    : "Make an encrypted backup")
                if let backupFile {
                    ShareLink(item: backupFile) {
                        Label("Save or share the backup", systemImage: "square.and.arrow.up")
                    }
                    .accessibilityLabel("Save or share the backup file")
                }
                Button("Restore from a backup") {
                    pickMode = .restore
                    picking = true
                }
                    .disabled(passphrase.isEmpty)
                    .accessibilityLabel(passphrase.isEmpty
                                        ? "Restore from a backup. Enter its passphrase first."
                                        : "Restore from a backup")
            } header: {
                Text("Backup")
            } footer: {
                Text(Copy.backupExplainer)
            }

            if let report {
                Section("Done") { Text(report) }
            }

            Section {
                Button("Erase my journal", role: .destructive) { confirmErase = true }
                    .accessibilityLabel("Erase your journal from this iPhone")
            } footer: {
                Text(Copy.eraseWarning)
            }
        }
        .navigationTitle("Your data")
        .fileImporter(isPresented: $picking,
                      allowedContentTypes: pickMode == .importJSON ? [.json] : [.data]) { result in
            guard case .success(let url) = result else { return }
            let pass = passphrase
            let text: String?
            switch pickMode {
            case .importJSON:
                text = model.with { try ExportActions.importJSON(from: url, into: $0) }
            case .restore:
                text = model.with { try ExportActions.restore(from: url, into: $0, passphrase: pass) }
            }
            if let text {
                report = text
                Task { await model.clockOrZoneChanged() }
            }
        }
        .confirmationDialog("Erase your journal?", isPresented: $confirmErase, titleVisibility: .visible) {
            Button("Erase everything", role: .destructive) {
                Task { _ = await model.eraseEverything() }
            }
            .accessibilityLabel("Yes, erase everything")
            Button("Keep my journal", role: .cancel) {}
                .accessibilityLabel("No, keep my journal")
        } message: {
            Text(Copy.eraseWarning)
        }
    }
}
