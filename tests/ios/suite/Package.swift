// swift-tools-version:5.9
// XCTest suite for the iOS shell's Swift package (ios/, library HearthCore), run on
// Linux against the real Rust core by run.sh. The package itself is untouched: it is a
// local dependency, built here with the host libhearth_ffi (HEARTH_LIB_DIR).
import PackageDescription

let package = Package(
    name: "HearthIOSTests",
    dependencies: [
        .package(path: "../../../ios"),
    ],
    targets: [
        .testTarget(
            name: "HearthCoreTests",
            dependencies: [.product(name: "HearthCore", package: "ios")],
            path: "Tests/HearthCoreTests"
        ),
    ],
    swiftLanguageVersions: [.v5]
)
