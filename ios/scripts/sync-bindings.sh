#!/usr/bin/env bash
# Copies uniffi's Swift output into the HearthCore package. Generated code is a build
# output: these copies are gitignored and recreated from the built library every time.
#
#   ios/scripts/sync-bindings.sh [BINDINGS_DIR]   (default: ios/build/bindings, as written
#                                                  by `scripts/gen-bindings.sh ios/build/bindings`)
#
# Writes
#   ios/Sources/HearthCore/Generated/hearth.swift     the Swift API (module HearthCore)
#   ios/build/host-ffi/hearthFFI/hearthFFI.h          the C header ...
#   ios/build/host-ffi/hearthFFI/module.modulemap     ... and its module (hearthFFI), used
#                                                     when linking a host .so/.dylib
# A file whose content is unchanged is not rewritten, so SwiftPM recompiles nothing.
set -euo pipefail
IOS="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SRC="${1:-$IOS/build/bindings}"
SWIFT_DIR="$SRC/swift"
for f in hearth.swift hearthFFI.h hearthFFI.modulemap; do
  [[ -f "$SWIFT_DIR/$f" ]] || { echo "sync-bindings: missing $SWIFT_DIR/$f (run scripts/gen-bindings.sh first)" >&2; exit 1; }
done
sync_file() { # SRC DST: copy only when the content differs
  mkdir -p "$(dirname "$2")"
  cmp -s "$1" "$2" || cp "$1" "$2"
}
sync_file "$SWIFT_DIR/hearth.swift" "$IOS/Sources/HearthCore/Generated/hearth.swift"
sync_file "$SWIFT_DIR/hearthFFI.h" "$IOS/build/host-ffi/hearthFFI/hearthFFI.h"
sync_file "$SWIFT_DIR/hearthFFI.modulemap" "$IOS/build/host-ffi/hearthFFI/module.modulemap"
