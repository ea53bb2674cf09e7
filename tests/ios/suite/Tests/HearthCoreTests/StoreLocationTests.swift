import Foundation
import XCTest
import HearthCore

final class StoreLocationTests: XCTestCase {
    func testStoreLivesInApplicationSupportInsideTheContainer() {
        let container = URL(fileURLWithPath: "/containers/group.example", isDirectory: true)
        let location = StoreLocation.inContainer(container)
        XCTAssertEqual(location.path, "/containers/group.example/Library/Application Support/Hearth")
        XCTAssertEqual(StoreLocation.inContainer(container, folder: "Other").directory.lastPathComponent, "Other")
    }

    func testPathsAreStandardised() {
        let a = StoreLocation(directory: URL(fileURLWithPath: "/a/b/../c/./d", isDirectory: true))
        XCTAssertEqual(a.path, "/a/c/d")
        XCTAssertEqual(a, StoreLocation(directory: URL(fileURLWithPath: "/a/c/d", isDirectory: true)))
    }

    func testResolveOffApplePlatforms() throws {
        #if canImport(Darwin)
        throw XCTSkip("Apple platforms resolve the App Group container")
        #else
        let config = HearthConfig()
        let base = URL(fileURLWithPath: "/tmp/base", isDirectory: true)
        XCTAssertEqual(try StoreLocation.resolve(config, fallbackBase: base, environment: [:]).path,
                       "/tmp/base/Library/Application Support/Hearth")
        XCTAssertEqual(try StoreLocation.resolve(config, environment: [StoreLocation.environmentKey: "/tmp/env"]).path,
                       "/tmp/env/Library/Application Support/Hearth")
        // An explicit base wins over the environment.
        XCTAssertEqual(try StoreLocation.resolve(config, fallbackBase: base,
                                                 environment: [StoreLocation.environmentKey: "/tmp/env"]).path,
                       "/tmp/base/Library/Application Support/Hearth")
        XCTAssertThrowsError(try StoreLocation.resolve(config, environment: [:])) { error in
            XCTAssertEqual(error as? StoreLocationError, .noStoreDirectory(StoreLocation.environmentKey))
        }
        XCTAssertThrowsError(try StoreLocation.resolve(config, environment: [StoreLocation.environmentKey: ""]))
        #endif
    }

    func testPrepareCreatesAPrivateDirectoryExcludedFromBackupAndIsRepeatable() throws {
        let location = try freshLocation()
        XCTAssertFalse(FileManager.default.fileExists(atPath: location.path))
        XCTAssertEqual(try location.prepare(), location.directory)
        var isDir: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: location.path, isDirectory: &isDir))
        XCTAssertTrue(isDir.boolValue)
        let mode = try FileManager.default.attributesOfItem(atPath: location.path)[.posixPermissions] as? NSNumber
        XCTAssertEqual((mode?.intValue ?? -1) & 0o777, 0o700)
        XCTAssertTrue(location.isExcludedFromBackup())

        // Prepared again (every open does this) with a store inside: nothing is lost.
        let vault = MemoryKeyVault()
        let hearth = try Hearth.open(dir: location.path, vault: vault)
        _ = try hearth.recordCheckin(input: CheckInInput(mood: 3, source: .app))
        hearth.lock()
        try location.prepare()
        let again = try Hearth.open(dir: location.path, vault: vault)
        XCTAssertEqual(try again.listCheckins(from: nil, to: nil).count, 1)
    }

    func testConfigFromInfoPlist() {
        XCTAssertEqual(HearthConfig.from(infoDictionary: nil), HearthConfig())
        let config = HearthConfig.from(infoDictionary: [
            HearthConfig.appGroupKey: "group.test.shared",
            HearthConfig.keychainGroupKey: "ABCDE12345.test.shared",
        ])
        XCTAssertEqual(config.appGroupID, "group.test.shared")
        XCTAssertEqual(config.keychainAccessGroup, "ABCDE12345.test.shared")
        // Unexpanded build settings and blanks count as missing.
        let raw = HearthConfig.from(infoDictionary: [
            HearthConfig.appGroupKey: " ",
            HearthConfig.keychainGroupKey: "$(AppIdentifierPrefix)test.shared",
        ])
        XCTAssertEqual(raw.appGroupID, HearthConfig.defaultAppGroupID)
        XCTAssertNil(raw.keychainAccessGroup)
    }

    func testDeviceContext() {
        XCTAssertEqual(DeviceContext.zoneIdentifier(TimeZone(identifier: "America/New_York")!), "America/New_York")
        XCTAssertEqual(DeviceContext.zoneIdentifier(TimeZone(secondsFromGMT: 3600)!), "UTC")
        XCTAssertEqual(DeviceContext.regionCode(Locale(identifier: "en_GB")), "GB")
        // Whatever the device says, the core accepts it.
        XCTAssertNoThrow(try Hearth.open(dir: try freshLocation().prepare().path, vault: MemoryKeyVault())
            .widgetSnapshot(now: Date(), zone: DeviceContext.zoneIdentifier()))
    }
}
