// swift-tools-version:5.9
// Test package for the generated Swift bindings of hearth-ffi. Driven by run.sh, which
// copies the uniffi output into Generated/ (gitignored) and sets HEARTH_LIB_DIR to the
// directory holding libhearth_ffi.so / .dylib. Not meant to be opened on its own.
import PackageDescription

let libDir = Context.environment["HEARTH_LIB_DIR"] ?? "\(Context.packageDirectory)/Generated/lib"

let package = Package(
    name: "HearthSwiftTests",
    targets: [
        // The C side: hearthFFI.h plus module.modulemap (renamed from hearthFFI.modulemap).
        .systemLibrary(name: "hearthFFI", path: "Generated/hearthFFI"),
        // The generated hearth.swift, compiled as module HearthCore.
        .target(
            name: "HearthCore",
            dependencies: ["hearthFFI"],
            path: "Generated/HearthCore",
            linkerSettings: [
                .linkedLibrary("hearth_ffi"),
                .unsafeFlags(["-L", libDir, "-Xlinker", "-rpath", "-Xlinker", libDir]),
            ]
        ),
        .testTarget(
            name: "HearthTests",
            dependencies: ["HearthCore"],
            path: "Tests/HearthTests"
        ),
    ],
    swiftLanguageVersions: [.v5]
)
