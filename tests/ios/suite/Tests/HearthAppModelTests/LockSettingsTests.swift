import Foundation
import XCTest
import HearthAppModel

/// Issue #19: the lock settings' stored form (shared with Android), read defensively:
/// nothing that can't be read ever turns the lock off.
final class LockSettingsTests: XCTestCase {
    func testTheStoredFormIsTheOneAndroidWrites() {
        let on = LockSettings.standard.withLock(true)
        XCTAssertEqual(LockSettingsCodec.encode(on), "v1;lock=1;relock=60;switcher=1;widget=1")
        var quick = on
        quick.relockAfter = .immediately
        quick.quietWidget = false
        XCTAssertEqual(LockSettingsCodec.encode(quick), "v1;lock=1;relock=0;switcher=1;widget=0")
        for relock in RelockAfter.allCases {
            var s = on
            s.relockAfter = relock
            XCTAssertEqual(LockSettingsCodec.parse(LockSettingsCodec.encode(s)), .readable(s))
        }
    }

    func testNothingStoredMeansTheLockIsOffWithOneMinute() {
        XCTAssertEqual(LockSettingsCodec.parse(nil), .absent)
        XCTAssertEqual(StoredLock.absent.settings, LockSettings(lockEnabled: false, relockAfter: .oneMinute))
    }

    func testAValueThatCantBeReadNeverTurnsTheLockOff() {
        let unreadable = [
            "", "garbage", "v2;lock=0;relock=60;switcher=0;widget=0", "V1;lock=0;relock=60;switcher=0;widget=0",
            "v1;lock=0;relock=60;switcher=0", "v1;lock=0;lock=0;relock=60;switcher=0;widget=0",
            "v1;lock=2;relock=60;switcher=0;widget=0", "v1;lock=0;relock=30;switcher=0;widget=0",
            "v1;lock=0;relock=60;switcher=0;widget=", "v1;lock=0;relock=60;switcher=0;widget=0;=1",
            "v1;lock=0;relock=60;switcher=0;widget=0;noequals", "v1;lock=true;relock=60;switcher=0;widget=0",
        ]
        for raw in unreadable {
            let stored = LockSettingsCodec.parse(raw)
            XCTAssertEqual(stored, .unreadable, raw)
            XCTAssertTrue(stored.settings.lockEnabled, "unreadable '\(raw)' must keep the lock on")
            XCTAssertTrue(stored.settings.coversSwitcher)
            XCTAssertTrue(stored.settings.widgetQuiet)
        }
    }

    func testUnknownKeysFromALaterVersionAreIgnored() {
        XCTAssertEqual(LockSettingsCodec.parse("v1;widget=0;lock=1;extra=yes;relock=300;switcher=1"),
                       .readable(LockSettings(lockEnabled: true, relockAfter: .fiveMinutes,
                                              privateSwitcher: true, quietWidget: false)))
    }

    func testThePrivacySwitchesFollowTheLock() {
        let on = LockSettings.standard.withLock(true)
        XCTAssertTrue(on.privateSwitcher && on.quietWidget, "turning the lock on switches both on")
        var one = on
        one.quietWidget = false
        XCTAssertTrue(one.coversSwitcher)
        XCTAssertFalse(one.widgetQuiet, "each can be turned off on its own")
        let off = on.withLock(false)
        XCTAssertFalse(off.privateSwitcher || off.quietWidget, "while the lock is off both are off")
        // A stored combination that says otherwise is not followed.
        XCTAssertEqual(LockSettingsCodec.parse("v1;lock=0;relock=60;switcher=1;widget=1"),
                       .readable(LockSettings(lockEnabled: false, relockAfter: .oneMinute)))
        XCTAssertFalse(LockSettings(lockEnabled: false, privateSwitcher: true, quietWidget: true).coversSwitcher)
        XCTAssertFalse(LockSettings(lockEnabled: false, privateSwitcher: true, quietWidget: true).widgetQuiet)
    }
}
