import Foundation

/// Where the encrypted store lives: `Library/Application Support/<folder>` inside the
/// App Group container on Apple platforms, so the app and the widget share one file;
/// a directory chosen by the caller (or `HEARTH_STORE_DIR`) elsewhere.
public struct StoreLocation: Sendable, Equatable {
    /// The store directory handed to `Hearth.open(dir:vault:)`.
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory.standardizedFileURL
    }

    /// The path for `Hearth.open(dir:)` and `eraseStore(dir:)`.
    public var path: String { directory.path }

    /// The store inside a container (an App Group container, or any base directory).
    public static func inContainer(_ container: URL, folder: String = "Hearth") -> StoreLocation {
        StoreLocation(directory: container
            .appendingPathComponent("Library", isDirectory: true)
            .appendingPathComponent("Application Support", isDirectory: true)
            .appendingPathComponent(folder, isDirectory: true))
    }

    /// Environment variable naming the store's base directory where App Groups don't exist.
    public static let environmentKey = "HEARTH_STORE_DIR"

    /// The store for this configuration: the App Group container on Apple platforms;
    /// elsewhere `fallbackBase`, else `$HEARTH_STORE_DIR`.
    public static func resolve(
        _ config: HearthConfig,
        fallbackBase: URL? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        fileManager: FileManager = .default
    ) throws -> StoreLocation {
        #if canImport(Darwin)
        guard let container = fileManager.containerURL(
            forSecurityApplicationGroupIdentifier: config.appGroupID)
        else { throw StoreLocationError.appGroupUnavailable(config.appGroupID) }
        return inContainer(container, folder: config.storeFolder)
        #else
        if let base = fallbackBase { return inContainer(base, folder: config.storeFolder) }
        if let dir = environment[environmentKey], !dir.isEmpty {
            return inContainer(URL(fileURLWithPath: dir, isDirectory: true), folder: config.storeFolder)
        }
        throw StoreLocationError.noStoreDirectory(environmentKey)
        #endif
    }

    /// Creates the directory (owner-only) if needed and keeps it out of backups: the
    /// design allows no cloud copy of the store, and a device-only key could not open one
    /// anyway. On iOS the files stay readable after first unlock, so a widget tap on a
    /// locked phone can still save. Safe to call every time. Returns `directory`.
    @discardableResult
    public func prepare(fileManager: FileManager = .default) throws -> URL {
        try fileManager.createDirectory(
            at: directory, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        #if os(iOS)
        try fileManager.setAttributes(
            [.protectionKey: FileProtectionType.completeUntilFirstUserAuthentication],
            ofItemAtPath: directory.path)
        #endif
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        var url = directory
        try url.setResourceValues(values)
        return directory
    }

    /// Whether the directory is marked as excluded from backup (always true off Apple
    /// platforms, which have no such backup).
    public func isExcludedFromBackup() -> Bool {
        #if canImport(Darwin)
        return (try? directory.resourceValues(forKeys: [.isExcludedFromBackupKey]))?
            .isExcludedFromBackup ?? false
        #else
        return true
        #endif
    }
}

public enum StoreLocationError: Error, Equatable, CustomStringConvertible {
    /// The App Group is not in the app's entitlements (or the id is wrong).
    case appGroupUnavailable(String)
    /// No App Groups on this platform and no directory was given.
    case noStoreDirectory(String)

    /// The same, in the reader's language (for the screen; `description` stays English for logs).
    public var localizedMessage: String {
        switch self {
        case .appGroupUnavailable(let id):
            return L10n.tr("store.appGroupUnavailable", "The shared App Group %@ is not available; check the app's entitlements.", id)
        case .noStoreDirectory(let key):
            return L10n.tr("store.noStoreDirectory", "No store directory: pass one, or set %@.", key)
        }
    }

    public var description: String {
        switch self {
        case .appGroupUnavailable(let id):
            return "The shared App Group \(id) is not available; check the app's entitlements."
        case .noStoreDirectory(let key):
            return "No store directory: pass one, or set \(key)."
        }
    }
}
