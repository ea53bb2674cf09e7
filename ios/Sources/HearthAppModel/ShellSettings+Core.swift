import Foundation
import HearthCore

/// The core's own store keeps shell settings (`shellSetting` / `setShellSetting`):
/// encrypted, under keyed ids, and carried by exports and backups.
extension Hearth: ShellSettings {}

/// The app's shell settings, through its `StoreSession` (open in the foreground; opened
/// for the one call in the background). Calls block: the model makes them off the main
/// actor.
public struct SessionShellSettings: ShellSettings, Sendable {
    private let session: StoreSession

    public init(session: StoreSession) {
        self.session = session
    }

    public func shellSetting(name: String) throws -> String? {
        try session.withStore { try $0.shellSetting(name: name) }
    }

    public func setShellSetting(name: String, value: String?) throws {
        try session.withStore { try $0.setShellSetting(name: name, value: value) }
    }
}
