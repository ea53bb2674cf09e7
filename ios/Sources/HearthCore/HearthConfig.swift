import Foundation

/// The identifiers the app and its widget share. Both read them from their Info.plist
/// (keys below, filled in by project.yml), so one build setting changes them everywhere.
public struct HearthConfig: Sendable, Equatable {
    /// App Group holding the store, e.g. `group.org.hearthjournal.shared`.
    public var appGroupID: String
    /// Keychain access group shared by the app and the widget, with the team prefix,
    /// e.g. `ABCDE12345.org.hearthjournal.shared`. Nil uses the app's default group.
    public var keychainAccessGroup: String?
    /// Keychain service of the store's data key.
    public var keychainService: String
    /// Keychain account of the store's data key.
    public var keychainAccount: String
    /// Folder for the store inside the container's `Library/Application Support`.
    public var storeFolder: String

    public init(
        appGroupID: String = HearthConfig.defaultAppGroupID,
        keychainAccessGroup: String? = nil,
        keychainService: String = "org.hearthjournal.store-key",
        keychainAccount: String = "data-key-v1",
        storeFolder: String = "Hearth"
    ) {
        self.appGroupID = appGroupID
        self.keychainAccessGroup = keychainAccessGroup
        self.keychainService = keychainService
        self.keychainAccount = keychainAccount
        self.storeFolder = storeFolder
    }

    public static let defaultAppGroupID = "group.org.hearthjournal.shared"
    /// Info.plist key holding the App Group id.
    public static let appGroupKey = "HearthAppGroup"
    /// Info.plist key holding the keychain access group (with team prefix).
    public static let keychainGroupKey = "HearthKeychainGroup"

    /// The configuration from a bundle's Info.plist, with defaults for missing keys.
    public static func from(infoDictionary info: [String: Any]?) -> HearthConfig {
        var config = HearthConfig()
        if let group = nonEmpty(info?[appGroupKey]) { config.appGroupID = group }
        config.keychainAccessGroup = nonEmpty(info?[keychainGroupKey])
        return config
    }

    /// The configuration of the running app or extension.
    public static var current: HearthConfig { from(infoDictionary: Bundle.main.infoDictionary) }

    private static func nonEmpty(_ value: Any?) -> String? {
        guard let s = (value as? String)?.trimmingCharacters(in: .whitespaces), !s.isEmpty,
              !s.contains("$(") // an unexpanded build setting is as good as missing
        else { return nil }
        return s
    }
}
