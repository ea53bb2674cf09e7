import Foundation
import HearthCore

/// Export, import, backup, restore and the therapist summary: store work that may take
/// seconds (a backup's scrypt), run off the main actor with its state in `dataWork`.
extension AppModel {
    /// Writes a plain export and offers it for sharing (asking again first with the lock on).
    public func export(_ format: ExportActions.Format) async {
        guard await confirm(.export) else { return }
        let files = self.files, now = self.now()
        guard let url = await work(Copy.exportWorking, done: { _ in Copy.exportReady }, {
            try ExportActions.export(format, from: $0, into: files, now: now)
        }) else { return }
        replace(\.exportFile, with: url)
    }

    /// Writes the therapist summary as an .html file and offers it for sharing (an export:
    /// asks again first with the lock on).
    public func makeSummary(from: String?, to: String?, includeNotes: Bool) async {
        guard await confirm(.export) else { return }
        let files = self.files, now = self.now()
        guard let url = await work(Copy.exportWorking, done: { _ in Copy.summaryReady }, {
            try ExportActions.therapistSummary(from: $0, from: from, to: to, includeNotes: includeNotes,
                                               into: files, now: now)
        }) else { return }
        replace(\.summaryFile, with: url)
    }

    /// Seals an encrypted backup with `passphrase` and offers it for sharing (asking again
    /// first with the lock on).
    public func backup(passphrase: String) async {
        guard await confirm(.backup) else { return }
        let files = self.files, now = self.now()
        guard let url = await work(Copy.backupWorking, done: { _ in Copy.backupReady }, {
            try ExportActions.backup(from: $0, passphrase: passphrase, into: files, now: now)
        }) else { return }
        replace(\.backupFile, with: url)
    }

    /// Restores a backup picked in Files, then refreshes everything.
    public func restore(from picked: URL, passphrase: String) async {
        let files = self.files
        guard await work(Copy.restoreWorking, done: { $0 }, {
            try ExportActions.restore(from: picked, into: $0, passphrase: passphrase, files: files)
        }) != nil else { return }
        await afterRestore()
    }

    /// Imports a Hearth JSON export picked in Files, then refreshes everything.
    public func importJSON(from picked: URL) async {
        guard await work(Copy.importWorking, done: { $0 }, {
            try ExportActions.importJSON(from: picked, into: $0)
        }) != nil else { return }
        await afterRestore()
    }

    /// The person left the screen that offered share files: nothing refers to them now.
    public func finishedSharing() {
        for keyPath in [\AppModel.exportFile, \AppModel.backupFile, \AppModel.summaryFile] {
            replace(keyPath, with: nil)
        }
        if !dataWork.isWorking { dataWork = .idle }
    }

    /// Runs store work off the main actor, with `dataWork` going working → done/failed.
    private func work<T>(_ working: String, done: @escaping (T) -> String,
                         _ body: @escaping @Sendable (Hearth) throws -> T) async -> T? {
        guard !dataWork.isWorking else { return nil }
        dataWork = .working(working)
        let session = self.session
        switch await offMain({ try session.withStore(body) }) {
        case .success(let result):
            dataWork = .done(done(result.value))
            return result.value
        case .failure(let error):
            dataWork = .failed(Copy.problem(error))
            return nil
        }
    }

    private func replace(_ keyPath: ReferenceWritableKeyPath<AppModel, URL?>, with url: URL?) {
        let old = self[keyPath: keyPath]
        self[keyPath: keyPath] = url
        if old != url { files.release(old) }
    }

    private func afterRestore() async {
        await reloadLockSettings()
        await afterWrite(nil)
        if !history.isEmpty { await loadHistory() }
    }
}
