#!/usr/bin/env bash
# Verifies the iOS shell (ios/) on Linux:
#
#   tests/ios/run.sh [extra `swift test` arguments, e.g. --filter ReminderTriggerTests]
#
# 1. Static checks on the shell's Swift sources (ios/Sources, ios/App, ios/Widget): no
#    networking API (URLSession, URLRequest, NWConnection, CFNetwork, `import Network`, …),
#    no TODO/FIXME left behind, and (heuristic, a11y-lint.awk) an .accessibilityLabel
#    for every control in the app and widget.
#    ios/scripts/strings.py check: the String Catalog holds every L10n key of the code with
#    the code's English, translated into de and es (same placeholders, CLDR plural forms).
#    ios/scripts/view-strings.py self-test, then check: every literal the SwiftUI views, App
#    Intents and widget pass to a text-taking API is in its target's Localizable.xcstrings
#    (Siri phrases in AppShortcuts.xcstrings, Info.plist usage strings in InfoPlist.xcstrings),
#    translated into de and es with the same placeholders; no English built outside them.
# 2. scripts/gen-bindings.sh builds libhearth_ffi and writes ios/build/bindings;
#    ios/scripts/sync-bindings.sh copies them into the HearthCore package (gitignored),
#    with the core's catalogues (core/l10n) and, off macOS, the String Catalog as .strings.
# 3. The desktop CLI (`cargo build -p hearth-cli`) writes a store in ios/build/cli-store
#    and lists it as JSON; the Swift tests open that store with the same key file and
#    must see the same entries, then add one that the CLI must read back (step 5).
# 4. With a native `swift` (macOS) or in the Debian 13 chroot of tests/swift/chroot.sh:
#    - `swift test` of tests/ios/suite: XCTest over the HearthCore package and over
#      HearthAppModel (the app's and the widget's logic, with fakes for notifications,
#      permissions, widget reloads and the clock), against the real core; the number of
#      tests run is printed;
#    - `swiftc -parse` of every app and widget source (SwiftUI/WidgetKit cannot be
#      type-checked off Apple platforms).
#    With HEARTH_IOS_COVERAGE=1 the tests run with --enable-code-coverage and llvm-cov
#    prints the line coverage of HearthAppModel (ios/Sources/HearthAppModel).
# 5. The CLI lists the store again and must show the check-in the Swift tests wrote.
#
# Env: CARGO_TARGET_DIR, PROFILE (gen-bindings), HEARTH_SWIFT_CHROOT (chroot.sh),
#      HEARTH_IOS_COVERAGE=1 (line coverage of the model target),
#      HEARTH_SWIFT_FORCE_CHROOT=1 (ignore a native swift), HEARTH_IOS_SCRATCH (SwiftPM
#      build dir, default /var/cache/hearth/ios-swiftpm: outside git, kept between runs),
#      HEARTH_SWIFT_NO_UNSHARE=1 (mount in the host namespace where unshare is denied).
# Exit status: non-zero when any step fails.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
IOS="$REPO/ios"
SCRATCH="${HEARTH_IOS_SCRATCH:-/var/cache/hearth/ios-swiftpm}"
log() { echo "[ios-tests] $*" >&2; }

# ---- the toolchain steps, run natively or inside the chroot ------------------------------
# Needs: HERE IOS SCRATCH, and HEARTH_LIB_DIR etc. in the environment.
toolchain_steps() { # swift test args...
  local -a flags=(--package-path "$HERE/suite" --scratch-path "$SCRATCH") test_flags=()
  if swift test --help 2>/dev/null | grep -q -- '--disable-swift-testing'; then
    test_flags+=(--disable-swift-testing)
  fi
  export LD_LIBRARY_PATH="$HEARTH_LIB_DIR${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  # SwiftPM 6.0 keeps its build plan (debug.yaml) when a file is added to or removed from
  # the local `ios` package: only the root package's changes make it plan again, so a new
  # source file would not be compiled at all. A changed list of sources drops the plan.
  local listing stamp="$SCRATCH/hearth-source-list"
  listing="$(find "$IOS/Sources" "$HERE/suite" -name '*.swift' -not -path '*/.build/*' | sort)"
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$listing" ]]; then
    rm -f "$SCRATCH/debug.yaml"
    printf '%s' "$listing" >"$stamp"
  fi
  local coverage="${HEARTH_IOS_COVERAGE:-0}"
  [[ "$coverage" == 1 ]] && test_flags+=(--enable-code-coverage)
  echo "[ios-tests] swift test (HearthCore + HearthAppModel, XCTest, real core)" >&2
  local log status=0
  log="$(mktemp)"
  swift test "${flags[@]}" "${test_flags[@]}" "$@" 2>&1 | tee "$log" || status=$?
  # XCTest's own count, e.g. "Executed 74 tests, with 0 failures (0 unexpected) in 9.1 s".
  local count
  count="$(grep -E "^[[:space:]]*Executed [0-9]+ tests?" "$log" | tail -1 | sed -E 's/^[[:space:]]*//')"
  rm -f "$log"
  echo "[ios-tests]   XCTest: ${count:-no count reported}" >&2
  [[ $status -eq 0 ]] || return "$status"
  if [[ "$coverage" == 1 ]]; then model_coverage "${flags[@]}"; fi

  echo "[ios-tests] swiftc -parse: every app and widget source" >&2
  local target n=0
  for target in App Widget; do # one invocation per Xcode target (file names are per target)
    local -a files=()
    while IFS= read -r f; do files+=("$f"); done < <(find "$IOS/$target" -name '*.swift' | sort)
    [[ ${#files[@]} -gt 0 ]] || { echo "[ios-tests] no Swift sources in $IOS/$target" >&2; return 1; }
    swiftc -parse "${files[@]}"
    n=$((n + ${#files[@]}))
  done
  echo "[ios-tests]   parsed $n files" >&2
}

# Line coverage of ios/Sources/HearthAppModel from the last `swift test --enable-code-coverage`.
model_coverage() { # swift package flags...
  local profdata bin tool
  profdata="$(swift test "$@" --show-codecov-path 2>/dev/null | tail -1)"
  profdata="$(dirname "$profdata")/default.profdata"
  bin="$(swift build "$@" --show-bin-path | tail -1)"
  # Debian's swiftlang keeps its llvm-cov beside swift (/usr/libexec/swift/bin), off PATH.
  local toolchain
  toolchain="$(dirname "$(readlink -f "$(command -v swift)")")"
  tool="$(command -v "$toolchain/llvm-cov" || command -v llvm-cov || command -v llvm-cov-19 || true)"
  [[ -n "$tool" && -f "$profdata" ]] || { echo "[ios-tests] coverage: no llvm-cov or profile data" >&2; return 1; }
  local -a sources=()
  while IFS= read -r f; do sources+=("$f"); done < <(find "$IOS/Sources/HearthAppModel" -name '*.swift' | sort)
  echo "[ios-tests] line coverage of HearthAppModel ($tool)" >&2
  "$tool" report "$bin/HearthIOSTestsPackageTests.xctest" -instr-profile "$profdata" "${sources[@]}" >&2
}

# ---- stage 2: inside a private mount namespace (re-invoked by stage 1) ------------------
if [[ "${1:-}" == __in-chroot ]]; then
  shift
  ROOT="$1"; shift
  # shellcheck source=../swift/chroot-mounts.sh
  source "$REPO/tests/swift/chroot-mounts.sh"
  bind /proc
  bind "$REPO"
  case "$HEARTH_LIB_DIR/" in "$REPO"/*) ;; *) bind "$HEARTH_LIB_DIR" ;; esac
  mkdir -p "$SCRATCH"; bind "$SCRATCH"
  status=0
  chroot_bin="$(command -v chroot)"
  env -i HOME=/root PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 TMPDIR=/tmp \
    TERM="${TERM:-dumb}" HERE="$HERE" IOS="$IOS" SCRATCH="$SCRATCH" \
    HEARTH_LIB_DIR="$HEARTH_LIB_DIR" HEARTH_IOS_CLI_STORE="$HEARTH_IOS_CLI_STORE" \
    HEARTH_IOS_CLI_LIST="$HEARTH_IOS_CLI_LIST" HEARTH_IOS_REQUIRE_CLI=1 \
    HEARTH_IOS_COVERAGE="${HEARTH_IOS_COVERAGE:-0}" \
    "$chroot_bin" "$ROOT" /bin/bash -c "set -euo pipefail; cd \"\$HERE\"; $(declare -f toolchain_steps model_coverage); toolchain_steps \"\$@\"" \
    bash "$@" || status=$?
  exit "$status"
fi

# ---- stage 1 ------------------------------------------------------------------------------
started=$SECONDS
cd "$REPO"

log "static checks: no networking API, no TODO in the shell's Swift sources"
shell_sources() {
  find "$IOS/Sources" "$IOS/App" "$IOS/Widget" -name '*.swift' -not -path '*/Generated/*' | sort
}
net_pattern='URLSession|URLRequest|NWConnection|NWListener|NWPathMonitor|NWBrowser|CFNetwork|FoundationNetworking|CFStream|CFSocket|SocketPort|WKWebView|(^|[^A-Za-z_])import[[:space:]]+(class[[:space:]]+|struct[[:space:]]+|enum[[:space:]]+|func[[:space:]]+)?Network(Extension)?([^A-Za-z_]|$)'
mapfile -t sources < <(shell_sources)
[[ ${#sources[@]} -gt 0 ]] || { log "no Swift sources found under $IOS"; exit 1; }
if grep -nE "$net_pattern" "${sources[@]}"; then
  log "FAIL: the iOS shell must not reference networking APIs (lines above)"; exit 1
fi
if grep -nE '\b(TODO|FIXME|XXX)\b' "${sources[@]}"; then
  log "FAIL: unfinished work marked in the iOS shell (lines above)"; exit 1
fi
ui_sources=()
while IFS= read -r f; do ui_sources+=("$f"); done < <(find "$IOS/App" "$IOS/Widget" -name '*.swift' | sort)
a11y_bad=0
for f in "${ui_sources[@]}"; do awk -f "$HERE/a11y-lint.awk" "$f" || a11y_bad=1; done
if [[ $a11y_bad -ne 0 ]]; then
  log "FAIL: every control needs an .accessibilityLabel (lines above; heuristic in a11y-lint.awk)"; exit 1
fi
log "  ${#sources[@]} files clean; every control in ${#ui_sources[@]} app/widget files has an accessibility label"

log "the String Catalog: every key of the shell's L10n calls, translated (ios/scripts/strings.py check)"
python3 "$IOS/scripts/strings.py" check || { log "FAIL: ios/Sources/HearthCore/Resources/Localizable.xcstrings is out of step with the code (lines above)"; exit 1; }
log "the app's and the widget's own literals: their String Catalogs (ios/scripts/view-strings.py)"
python3 "$IOS/scripts/view-strings.py" self-test || { log "FAIL: view-strings.py no longer catches what it should (lines above)"; exit 1; }
python3 "$IOS/scripts/view-strings.py" check || { log "FAIL: ios/App or ios/Widget has English outside its String Catalogs (lines above)"; exit 1; }

log "building libhearth_ffi and generating bindings"
gen_out="$(scripts/gen-bindings.sh ios/build/bindings)" || {
  status=$?; log "scripts/gen-bindings.sh failed (exit $status)"; exit "$status"; }
LIB="${gen_out##*$'\n'}"
[[ -f "$LIB" ]] || { log "gen-bindings.sh did not report a library (got: $LIB)"; exit 1; }
export HEARTH_LIB_DIR="$(dirname "$LIB")"
"$IOS/scripts/sync-bindings.sh" "$IOS/build/bindings"
if grep -nE "$net_pattern" "$IOS/Sources/HearthCore/Generated/hearth.swift"; then
  log "FAIL: the generated bindings reference networking APIs (lines above)"; exit 1
fi

log "writing a store with the desktop CLI"
cargo build -q -p hearth-cli
CLI="${CARGO_TARGET_DIR:-$REPO/target}/debug/hearth"
FIX="$IOS/build/cli-fixture"
rm -rf "$FIX"; mkdir -p "$FIX"
export HEARTH_IOS_CLI_STORE="$FIX/store" HEARTH_IOS_CLI_LIST="$FIX/list.json"
unset HEARTH_PASSPHRASE HEARTH_STORE
cli() { "$CLI" --store "$HEARTH_IOS_CLI_STORE" "$@" >/dev/null; }
cli checkin --mood 4 --energy 3 --tag work --note "Walked to the river with Sam" --at 2026-03-07T21:15:00-05:00
cli checkin --mood 2 --emotion anxious --note "Long day; early night" --at 2026-03-08T22:40:00-04:00
cli checkin --mood 5 --at 2026-07-14T09:05:00+02:00
cli reflect --prompt people.close --text "My sister, for an hour on the phone." --at 2026-03-08T23:00:00-04:00
"$CLI" --store "$HEARTH_IOS_CLI_STORE" list --json >"$HEARTH_IOS_CLI_LIST"

status=0
if [[ "${HEARTH_SWIFT_FORCE_CHROOT:-0}" != 1 ]] && command -v swift >/dev/null; then
  log "using native $(command -v swift)"
  (export HERE IOS SCRATCH HEARTH_IOS_REQUIRE_CLI=1; toolchain_steps "$@") || status=$?
else
  ROOT="$("$REPO/tests/swift/chroot.sh")"
  ROOT="${ROOT##*$'\n'}"
  [[ -L "$ROOT/usr/bin/swift" || -x "$ROOT/usr/bin/swift" ]] || { log "no swift in chroot $ROOT"; exit 1; }
  log "using the Swift chroot at $ROOT"
  export SCRATCH
  if [[ "${HEARTH_SWIFT_NO_UNSHARE:-0}" != 1 ]] && unshare --mount --propagation private true 2>/dev/null; then
    unshare --mount --propagation private -- bash "$HERE/run.sh" __in-chroot "$ROOT" "$@" || status=$?
  else
    bash "$HERE/run.sh" __in-chroot "$ROOT" "$@" || status=$?
  fi
fi

if [[ $status -eq 0 && $# -eq 0 ]]; then
  log "the CLI reads what Swift wrote"
  listed="$("$CLI" --store "$HEARTH_IOS_CLI_STORE" list --json)" || { log "FAIL: the CLI could not list the store"; status=1; }
  if [[ $status -eq 0 && "$listed" != *'"written from Swift (iOS shell)"'* ]]; then
    log "FAIL: the CLI does not list the check-in the Swift tests wrote"; status=1
  fi
  if [[ $status -eq 0 && "$listed" != *'"source": "widget"'* ]]; then
    log "FAIL: the CLI does not list the widget check-in the Swift tests wrote"; status=1
  fi
fi
log "ios checks finished in $((SECONDS - started)) s with exit status $status"
exit "$status"
