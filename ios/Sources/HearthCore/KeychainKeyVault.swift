#if canImport(Security)
import Foundation
import Security

/// The iOS `KeyVault`: the store's 32-byte data key as a generic-password item in the
/// Keychain, readable after the first unlock (so a widget tap on a locked phone works),
/// never migrating to another device or a backup (`ThisDeviceOnly`), and shared with
/// the widget through a keychain access group.
///
/// Rust calls these methods from whatever thread opens the store; SecItem calls are
/// thread-safe. A key that already exists is never overwritten.
public final class KeychainKeyVault: KeyVault, @unchecked Sendable {
    public let service: String
    public let account: String
    public let accessGroup: String?

    public init(service: String, account: String, accessGroup: String?) {
        self.service = service
        self.account = account
        self.accessGroup = accessGroup
    }

    public convenience init(config: HearthConfig) {
        self.init(service: config.keychainService, account: config.keychainAccount,
                  accessGroup: config.keychainAccessGroup)
    }

    private func baseQuery() -> [String: Any] {
        var query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
        ]
        if let group = accessGroup { query[kSecAttrAccessGroup as String] = group }
        #if os(macOS)
        query[kSecUseDataProtectionKeychain as String] = true
        #endif
        return query
    }

    public func loadKey() throws -> Data? {
        var query = baseQuery()
        query[kSecReturnData as String] = true
        query[kSecMatchLimit as String] = kSecMatchLimitOne
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        switch status {
        case errSecSuccess:
            guard let data = item as? Data else {
                throw KeyVaultError.Rejected(detail: "the keychain item holds no data")
            }
            return data
        case errSecItemNotFound:
            return nil
        case errSecInteractionNotAllowed:
            throw KeyVaultError.Unavailable(
                detail: "the keychain is not available until the device is unlocked once")
        default:
            throw KeyVaultError.Unavailable(detail: Self.describe(status, "read"))
        }
    }

    public func storeKey(key: Data) throws {
        var query = baseQuery()
        query[kSecValueData as String] = key
        query[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        query[kSecAttrSynchronizable as String] = false
        let status = SecItemAdd(query as CFDictionary, nil)
        switch status {
        case errSecSuccess:
            return
        case errSecDuplicateItem:
            // Another process (app or widget) created the key first. Never overwrite it:
            // its store would become unreadable. The next open loads that key.
            throw KeyVaultError.Unavailable(
                detail: "a key already exists; open the store again to use it")
        default:
            throw KeyVaultError.Unavailable(detail: Self.describe(status, "write"))
        }
    }

    public func deleteKey() throws {
        let status = SecItemDelete(baseQuery() as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else {
            throw KeyVaultError.Unavailable(detail: Self.describe(status, "delete"))
        }
    }

    private static func describe(_ status: OSStatus, _ action: String) -> String {
        let text = SecCopyErrorMessageString(status, nil) as String? ?? "OSStatus \(status)"
        return "keychain \(action) failed: \(text)"
    }
}
#endif
