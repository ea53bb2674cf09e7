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
#   ios/Sources/HearthCore/Catalogues/<lang>/*.ftl    the core's catalogues for every
#                                                     language but English (built in),
#                                                     copied from core/l10n: bundled,
#                                                     handed to the core at start-up
#   ios/Sources/HearthCore/LinuxStrings/<lang>.lproj  off macOS only: the String Catalog
#                                                     as .strings (scripts/gen-strings.py)
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

# The core's catalogues: one source (core/l10n), copied, never kept twice in git.
L10N="$IOS/../core/l10n"
CAT="$IOS/Sources/HearthCore/Catalogues"
for dir in "$L10N"/*/; do
  lang="$(basename "$dir")"
  [[ "$lang" == en ]] && continue # English is compiled into the core
  for f in "$dir"*.ftl; do sync_file "$f" "$CAT/$lang/$(basename "$f")"; done
done
# A file removed from core/l10n goes from the copy too.
for f in "$CAT"/*/*.ftl; do
  [[ -e "$f" ]] || continue
  rel="${f#"$CAT"/}"
  [[ -f "$L10N/$rel" ]] || rm -f "$f"
done
mkdir -p "$CAT"

# SwiftPM compiles a String Catalog only with Xcode's tools; elsewhere the tables are
# generated as .strings (Package.swift adds LinuxStrings/ on Linux only).
if [[ "$(uname)" != Darwin ]]; then
  python3 "$IOS/scripts/gen-strings.py" "$IOS/Sources/HearthCore/Resources/Localizable.xcstrings" \
    "$IOS/Sources/HearthCore/LinuxStrings"
fi
