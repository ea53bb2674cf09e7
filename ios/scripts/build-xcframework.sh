#!/usr/bin/env bash
# Builds ios/build/hearthFFI.xcframework (the Rust core as static libraries for iOS
# devices, the iOS simulator and macOS) and the matching Swift bindings, for the
# HearthCore package's binaryTarget. Needs a Mac with Xcode and rustup; it cannot run on
# Linux (no Apple SDKs, lipo or xcodebuild there).
#
#   ios/scripts/build-xcframework.sh            release build (default)
#   PROFILE=debug ios/scripts/build-xcframework.sh
#   HEARTH_SKIP_MACOS=1 ...                      iOS slices only
#
# Steps
#   1. scripts/gen-bindings.sh builds the host cdylib and generates hearth.swift,
#      hearthFFI.h and hearthFFI.modulemap from it (uniffi library mode);
#      scripts/sync-bindings.sh copies hearth.swift into Sources/HearthCore/Generated.
#   2. cargo builds libhearth_ffi.a for aarch64-apple-ios (devices), aarch64-apple-ios-sim
#      and x86_64-apple-ios (simulators), aarch64-apple-darwin and x86_64-apple-darwin.
#   3. lipo joins the two simulator archives, and the two macOS archives, into fat ones.
#   4. xcodebuild -create-xcframework packs each library with the header and a
#      module.modulemap (module hearthFFI) into build/hearthFFI.xcframework.
set -euo pipefail
IOS="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REPO="$(cd "$IOS/.." && pwd)"
PROFILE="${PROFILE:-release}"
TARGET_DIR="${CARGO_TARGET_DIR:-$REPO/target}"
OUT="$IOS/build"
XCF="$OUT/hearthFFI.xcframework"
LIB=libhearth_ffi.a
log() { echo "[xcframework] $*" >&2; }

[[ "$(uname)" == Darwin ]] || { log "needs macOS with Xcode (xcodebuild, lipo, Apple SDKs)"; exit 1; }
for tool in cargo rustup xcodebuild lipo xcrun; do
  command -v "$tool" >/dev/null || { log "missing $tool"; exit 1; }
done

ios_targets=(aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios)
mac_targets=(aarch64-apple-darwin x86_64-apple-darwin)
targets=("${ios_targets[@]}")
[[ "${HEARTH_SKIP_MACOS:-0}" == 1 ]] || targets+=("${mac_targets[@]}")
rustup target add "${targets[@]}" >&2

# Deployment targets: the app is iOS 17+, the package's macOS slice 14+. The cc crate
# (bundled SQLite, ring's assembly) reads these.
export IPHONEOS_DEPLOYMENT_TARGET=17.0
export MACOSX_DEPLOYMENT_TARGET=14.0

log "generating Swift bindings ($PROFILE)"
cd "$REPO"
PROFILE="$PROFILE" scripts/gen-bindings.sh "$OUT/bindings" >/dev/null
"$IOS/scripts/sync-bindings.sh" "$OUT/bindings"

flag=(); [[ "$PROFILE" == release ]] && flag=(--release)
for t in "${targets[@]}"; do
  log "cargo rustc --crate-type staticlib --target $t"
  # Only the static library: no dylib to link for every Apple target.
  cargo rustc -q -p hearth-ffi --lib "${flag[@]}" --target "$t" --crate-type staticlib
  [[ -f "$TARGET_DIR/$t/$PROFILE/$LIB" ]] || { log "no $LIB for $t"; exit 1; }
done

STAGE="$OUT/xcframework-staging"
rm -rf "$STAGE" "$XCF"
mkdir -p "$STAGE/headers" "$STAGE/ios-simulator" "$STAGE/macos"

# Headers: the C header and its module map, named module.modulemap so Xcode finds it.
cp "$OUT/bindings/swift/hearthFFI.h" "$STAGE/headers/"
cp "$OUT/bindings/swift/hearthFFI.modulemap" "$STAGE/headers/module.modulemap"

log "lipo: simulator (arm64 + x86_64)"
lipo -create \
  "$TARGET_DIR/aarch64-apple-ios-sim/$PROFILE/$LIB" \
  "$TARGET_DIR/x86_64-apple-ios/$PROFILE/$LIB" \
  -output "$STAGE/ios-simulator/$LIB"

args=(
  -library "$TARGET_DIR/aarch64-apple-ios/$PROFILE/$LIB" -headers "$STAGE/headers"
  -library "$STAGE/ios-simulator/$LIB" -headers "$STAGE/headers"
)
if [[ "${HEARTH_SKIP_MACOS:-0}" != 1 ]]; then
  log "lipo: macOS (arm64 + x86_64)"
  lipo -create \
    "$TARGET_DIR/aarch64-apple-darwin/$PROFILE/$LIB" \
    "$TARGET_DIR/x86_64-apple-darwin/$PROFILE/$LIB" \
    -output "$STAGE/macos/$LIB"
  args+=(-library "$STAGE/macos/$LIB" -headers "$STAGE/headers")
fi

log "xcodebuild -create-xcframework"
xcodebuild -create-xcframework "${args[@]}" -output "$XCF" >&2

# Sanity: every slice carries the header, the module map and the library.
while IFS= read -r dir; do
  for f in Headers/hearthFFI.h Headers/module.modulemap "$LIB"; do
    [[ -e "$dir/$f" ]] || { log "slice $(basename "$dir") lacks $f"; exit 1; }
  done
done < <(find "$XCF" -mindepth 1 -maxdepth 1 -type d)
rm -rf "$STAGE"

for t in "${targets[@]}"; do
  printf '[xcframework] %-22s %s\n' "$t" "$(du -h "$TARGET_DIR/$t/$PROFILE/$LIB" | cut -f1)" >&2
done
log "done: $XCF"
log "next: cd ios && xcodegen generate && open Hearth.xcodeproj"
