#!/usr/bin/env bash
# Builds the hearth-ffi cdylib (debug unless PROFILE=release) and generates the Kotlin
# and Swift bindings from it. Generated code is a build output and is never committed.
#
# usage: scripts/gen-bindings.sh [OUT_DIR]     (default: build/bindings)
# prints: the path of the built library on the last line of stdout
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-build/bindings}"
PROFILE="${PROFILE:-debug}"
TARGET_DIR="${CARGO_TARGET_DIR:-target}"
flag=(); [[ "$PROFILE" == release ]] && flag=(--release)
cargo build -q -p hearth-ffi "${flag[@]}" >&2
LIB="$TARGET_DIR/$PROFILE/libhearth_ffi.so"
[[ "$(uname)" == Darwin ]] && LIB="$TARGET_DIR/$PROFILE/libhearth_ffi.dylib"
rm -rf "$OUT/kotlin" "$OUT/swift"
mkdir -p "$OUT/kotlin" "$OUT/swift"
cargo uniffi-bindgen generate --library "$LIB" --language kotlin --out-dir "$OUT/kotlin" --no-format >&2
cargo uniffi-bindgen generate --library "$LIB" --language swift --out-dir "$OUT/swift" --no-format >&2
echo "$(cd "$(dirname "$LIB")" && pwd)/$(basename "$LIB")"
