#!/usr/bin/env bash
# Runs the XCTest suite for the generated Swift bindings (tests/swift/Tests/HearthTests).
#
#   tests/swift/run.sh [extra `swift test` arguments, e.g. --filter LockTests]
#
# 1. scripts/gen-bindings.sh builds libhearth_ffi and writes build/bindings/swift/.
# 2. The uniffi output is copied into tests/swift/Generated/ (gitignored) as a SwiftPM
#    layout: a system-library target `hearthFFI` (header + module.modulemap) and the
#    Swift target `HearthCore` (hearth.swift). Unchanged files are not rewritten, so a
#    warm run recompiles nothing.
# 3. `swift test` runs with a native `swift` if one is on PATH (macOS); otherwise inside
#    the Debian 13 chroot from chroot.sh, in a private mount namespace where the repo
#    and the library's directory are bind-mounted at their own absolute paths.
#
# Env: CARGO_TARGET_DIR (passed to cargo), PROFILE=debug|release (gen-bindings),
#      HEARTH_SWIFT_CHROOT (chroot.sh), HEARTH_SWIFT_FORCE_CHROOT=1 (ignore a native swift),
#      HEARTH_SWIFT_SCRATCH (SwiftPM build dir; default tests/swift/.build, gitignored),
#      HEARTH_SWIFT_NO_UNSHARE=1 (mount in the host namespace, as where unshare is denied).
#      Sets HEARTH_CLI (the `hearth` binary built beside the library) for the tests.
# Exit status: that of `swift test` (non-zero when a test fails or the build breaks).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SCRATCH="${HEARTH_SWIFT_SCRATCH:-$HERE/.build}"
log() { echo "[swift-tests] $*" >&2; }

# The `swift test` invocation, run natively or inside the chroot. XCTest only: the suite
# has no swift-testing tests, and skipping that runner keeps its empty summary out.
swift_test() { # LIBDIR, args...
  local libdir="$1"; shift
  local -a flags=(--package-path "$HERE" --scratch-path "$SCRATCH")
  if swift test --help 2>/dev/null | grep -q -- '--disable-swift-testing'; then
    flags+=(--disable-swift-testing)
  fi
  HEARTH_LIB_DIR="$libdir" LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
    swift test "${flags[@]}" "$@"
}

# ---- stage 2: inside a private mount namespace (re-invoked by stage 1) ----------------
if [[ "${1:-}" == __in-chroot ]]; then
  shift
  ROOT="$1" LIBDIR="$2"; shift 2
  # shellcheck source=chroot-mounts.sh
  source "$HERE/chroot-mounts.sh"
  bind /proc
  bind "$REPO"
  case "$LIBDIR/" in "$REPO"/*) ;; *) bind "$LIBDIR" ;; esac
  if [[ "$SCRATCH" != "$HERE/.build" ]]; then mkdir -p "$SCRATCH"; bind "$SCRATCH"; fi
  # A clean environment: nothing from the host's toolchains leaks into the chroot.
  # Not `exec`: the trap must run after the tests.
  status=0
  chroot_bin="$(command -v chroot)"
  env -i HOME=/root PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 TMPDIR=/tmp \
    TERM="${TERM:-dumb}" HERE="$HERE" SCRATCH="$SCRATCH" ${HEARTH_CLI:+HEARTH_CLI="$HEARTH_CLI"} \
    "$chroot_bin" "$ROOT" /bin/bash -c "set -euo pipefail; cd \"\$HERE\"; $(declare -f swift_test); swift_test \"\$@\"" \
    bash "$LIBDIR" "$@" || status=$?
  exit "$status"
fi

# ---- stage 1: bindings, package layout, then run ---------------------------------------
started=$SECONDS
log "building libhearth_ffi and generating bindings"
gen_out="$("$REPO/scripts/gen-bindings.sh" build/bindings)" || {
  status=$?; log "scripts/gen-bindings.sh failed (exit $status)"; exit "$status"; }
LIB="${gen_out##*$'\n'}"
[[ -f "$LIB" ]] || { log "gen-bindings.sh did not report a library (got: $LIB)"; exit 1; }
LIBDIR="$(dirname "$LIB")"
GEN="$REPO/build/bindings/swift"

sync_file() { # copy only when the content differs, so mtimes (and SwiftPM) stay quiet
  mkdir -p "$(dirname "$2")"
  cmp -s "$1" "$2" || cp "$1" "$2"
}
sync_file "$GEN/hearth.swift" "$HERE/Generated/HearthCore/hearth.swift"
sync_file "$GEN/hearthFFI.h" "$HERE/Generated/hearthFFI/hearthFFI.h"
sync_file "$GEN/hearthFFI.modulemap" "$HERE/Generated/hearthFFI/module.modulemap"
log "bindings ready after $((SECONDS - started)) s; library: $LIB"

# The `hearth` CLI, for CLIInteropTests (stores shared between the CLI and Swift). Built
# with the library's profile, so it lands beside the library in LIBDIR, which the chroot
# already sees at the same path; passed in as HEARTH_CLI.
cli_flag=(); [[ "${PROFILE:-debug}" == release ]] && cli_flag=(--release)
(cd "$REPO" && cargo build -q -p hearth-cli "${cli_flag[@]}") || {
  status=$?; log "building hearth-cli failed (exit $status)"; exit "$status"; }
export HEARTH_CLI="$LIBDIR/hearth"
[[ -x "$HEARTH_CLI" ]] || { log "no hearth CLI at $HEARTH_CLI"; exit 1; }

status=0
if [[ "${HEARTH_SWIFT_FORCE_CHROOT:-0}" != 1 ]] && command -v swift >/dev/null; then
  log "using native $(command -v swift)"
  swift_test "$LIBDIR" "$@" || status=$?
else
  ROOT="$("$HERE/chroot.sh")"
  ROOT="${ROOT##*$'\n'}"
  [[ -L "$ROOT/usr/bin/swift" || -x "$ROOT/usr/bin/swift" ]] || { log "no swift in chroot $ROOT"; exit 1; }
  log "using the Swift chroot at $ROOT"
  if [[ "${HEARTH_SWIFT_NO_UNSHARE:-0}" != 1 ]] && unshare --mount --propagation private true 2>/dev/null; then
    # Mounts made in a private namespace vanish with it, even if this run is killed.
    unshare --mount --propagation private -- \
      bash "$HERE/run.sh" __in-chroot "$ROOT" "$LIBDIR" "$@" || status=$?
  else
    bash "$HERE/run.sh" __in-chroot "$ROOT" "$LIBDIR" "$@" || status=$?
  fi
fi
log "swift tests finished in $((SECONDS - started)) s with exit status $status"
exit "$status"
