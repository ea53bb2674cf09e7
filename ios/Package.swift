// swift-tools-version:5.9
// HearthCore: the Swift side of Hearth's Rust core, shared by the app and the widget.
//
//   - Sources/HearthCore/Generated/hearth.swift   uniffi output, copied in by
//                                                 scripts/sync-bindings.sh (not committed)
//   - Sources/HearthCore/*.swift                  small conveniences: Keychain vault, App
//                                                 Group store location, reminder triggers,
//                                                 store lifecycle, widget actions
//   - Sources/HearthAppModel/*.swift              the app's model (library HearthAppModel):
//                                                 state and actions of every screen and the
//                                                 widget; Foundation, Observation and
//                                                 HearthCore only, so it runs on Linux
//   - hearthFFI                                   the C side of the FFI (module hearthFFI)
//
// Where the Rust library comes from:
//   - Apple platforms: build/hearthFFI.xcframework (static libs + header + modulemap),
//     made by scripts/build-xcframework.sh on a Mac.
//   - Linux, or wherever HEARTH_LIB_DIR is set: a host libhearth_ffi.so/.dylib in
//     $HEARTH_LIB_DIR, with the header and modulemap in build/host-ffi/hearthFFI
//     (scripts/sync-bindings.sh). tests/ios/run.sh builds and tests the package this way.
import PackageDescription

let hostLibDir = Context.environment["HEARTH_LIB_DIR"]
#if os(Linux)
let useHostLibrary = true
#else
let useHostLibrary = hostLibDir != nil
#endif

// The shell's words: the String Catalog, which Xcode compiles. SwiftPM on Linux only
// copies an .xcstrings file, so there the same tables come as .lproj/Localizable.strings
// files that scripts/gen-strings.py writes from the catalogue into LinuxStrings/ (not
// committed). The core's own catalogues (core/l10n/<lang>/*.ftl, not English, which is
// built in) are copied into Catalogues/ by scripts/sync-bindings.sh (not committed).
var coreResources: [Resource] = [.copy("Catalogues"), .process("Resources")]
#if os(Linux)
coreResources.append(.process("LinuxStrings"))
#endif

let ffi: Target
var coreLinkerSettings: [LinkerSetting] = []
if useHostLibrary {
    ffi = .systemLibrary(name: "hearthFFI", path: "build/host-ffi/hearthFFI")
    coreLinkerSettings.append(.linkedLibrary("hearth_ffi"))
    if let dir = hostLibDir {
        coreLinkerSettings.append(.unsafeFlags(["-L", dir, "-Xlinker", "-rpath", "-Xlinker", dir]))
    }
} else {
    ffi = .binaryTarget(name: "hearthFFI", path: "build/hearthFFI.xcframework")
    // The Rust standard library's randomness (getrandom) uses Security.framework on
    // Apple platforms; the Keychain vault needs it too.
    coreLinkerSettings.append(.linkedFramework("Security"))
}

let package = Package(
    name: "HearthCore",
    defaultLocalization: "en",
    platforms: [.iOS(.v17), .macOS(.v14)],
    products: [
        .library(name: "HearthCore", targets: ["HearthCore"]),
        .library(name: "HearthAppModel", targets: ["HearthAppModel"]),
    ],
    targets: [
        ffi,
        .target(
            name: "HearthCore",
            dependencies: ["hearthFFI"],
            path: "Sources/HearthCore",
            resources: coreResources,
            linkerSettings: coreLinkerSettings
        ),
        .target(
            name: "HearthAppModel",
            dependencies: ["HearthCore"],
            path: "Sources/HearthAppModel"
        ),
    ],
    swiftLanguageVersions: [.v5]
)
