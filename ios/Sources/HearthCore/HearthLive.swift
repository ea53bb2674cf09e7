#if canImport(Security) && canImport(UserNotifications)
import Foundation

/// The real pieces on iOS, shared by the app and the widget extension: the App Group
/// store, the Keychain vault and the notification scheduler.
public struct HearthLive: Sendable {
    public let config: HearthConfig
    public let location: StoreLocation
    /// One scheduler per process, so re-plans never interleave.
    public var scheduler: ReminderScheduler { Self.sharedScheduler }
    public var permissions: ReminderPermissionProvider { UserNotificationPermission() }

    private static let sharedScheduler = ReminderScheduler(center: UserNotificationReminderCenter())

    public init(config: HearthConfig, location: StoreLocation) {
        self.config = config
        self.location = location
    }

    /// Resolves the App Group store and gives the core Foundation's time-zone rules and
    /// the reader's language (once per process, before anything can fail).
    /// Throws `StoreLocationError.appGroupUnavailable` when the entitlement is missing.
    public static func make(config: HearthConfig = .current) throws -> HearthLive {
        FoundationTimeZoneSource.install()
        CoreLanguages.startOnce()
        return HearthLive(config: config, location: try StoreLocation.resolve(config))
    }

    /// A vault for the store's key in the shared Keychain group.
    public func vault() -> KeyVault {
        KeychainKeyVault(config: config)
    }

    /// An app session over this store.
    public func session() -> StoreSession {
        let config = self.config
        return StoreSession(location: location, vault: { KeychainKeyVault(config: config) })
    }
}
#endif
