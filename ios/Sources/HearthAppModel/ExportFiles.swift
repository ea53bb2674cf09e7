import Foundation

/// The plain and encrypted files Hearth hands to the share sheet. A file is "live" while
/// the model still offers it (a Share button points at it); `sweep()` removes only files
/// nothing refers to, so returning to the app (even from Control Center) never pulls a
/// file out from under a Share button. Files from an earlier run are swept on the first
/// activation, since nothing in this process refers to them.
public final class ExportFiles: @unchecked Sendable {
    /// The folder every export, backup and summary file is written to.
    public let folder: URL
    private let mutex = NSLock()
    private var live: Set<String> = []

    /// The app's temporary folder for exports (not backed up; iOS may purge it too).
    public static var defaultFolder: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("HearthExports", isDirectory: true)
    }

    public init(folder: URL = ExportFiles.defaultFolder) {
        self.folder = folder.standardizedFileURL
    }

    /// A fresh path in the folder for `name`, marked live. Any old file there is removed.
    public func reserve(_ name: String) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: url)
        locked { _ = live.insert(url.lastPathComponent) }
        return url
    }

    /// Writes `data` to a live file called `name`, with complete file protection on iOS.
    public func write(_ data: Data, named name: String) throws -> URL {
        let url = try reserve(name)
        #if os(iOS)
        try data.write(to: url, options: [.atomic, .completeFileProtection])
        #else
        try data.write(to: url, options: [.atomic])
        #endif
        return url
    }

    /// Nothing refers to `url` any more: delete it.
    public func release(_ url: URL?) {
        guard let url else { return }
        locked { _ = live.remove(url.lastPathComponent) }
        try? FileManager.default.removeItem(at: url)
    }

    /// Deletes every file in the folder that nothing refers to.
    public func sweep() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let keep = locked { live }
        for name in names where !keep.contains(name) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// Deletes the whole folder, live files included (only after erasing the journal).
    public func removeAll() {
        locked { live.removeAll() }
        try? FileManager.default.removeItem(at: folder)
    }

    private func locked<T>(_ body: () -> T) -> T {
        mutex.lock()
        defer { mutex.unlock() }
        return body()
    }
}
