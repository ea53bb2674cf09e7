// swift-tools-version:5.9
// XCTest suites for the iOS shell's Swift package (ios/), run on Linux against the real
// Rust core by run.sh. The package itself is untouched: it is a local dependency, built
// here with the host libhearth_ffi (HEARTH_LIB_DIR).
//   HearthCoreTests      library HearthCore (store, reminders, widget path, CLI interop)
//   HearthAppModelTests  library HearthAppModel (every screen's and the widget's logic),
//                        with fakes for notifications, permissions, widget reloads, clock
//   ObservationLinkShim  Linux only: a symbol Debian's libswiftObservation.so needs but
//                        its libswiftCore.so does not export (see shim.cpp)
import PackageDescription

let package = Package(
    name: "HearthIOSTests",
    dependencies: [
        .package(path: "../../../ios"),
    ],
    targets: [
        .target(name: "ObservationLinkShim", path: "Sources/ObservationLinkShim"),
        .testTarget(
            name: "HearthCoreTests",
            dependencies: [.product(name: "HearthCore", package: "ios")],
            path: "Tests/HearthCoreTests"
        ),
        .testTarget(
            name: "HearthAppModelTests",
            dependencies: [
                .product(name: "HearthAppModel", package: "ios"),
                .product(name: "HearthCore", package: "ios"),
                .target(name: "ObservationLinkShim", condition: .when(platforms: [.linux])),
            ],
            path: "Tests/HearthAppModelTests"
        ),
    ],
    swiftLanguageVersions: [.v5]
)
