#!/usr/bin/env bash
# Runs the JVM tests of Hearth's generated Kotlin bindings against the host library.
#
# usage: tests/kotlin/run.sh [extra mvn args, e.g. -Dtest=LockTest]   (from any cwd)
# env:   CARGO_TARGET_DIR (default <repo>/target), PROFILE (debug|release, default debug),
#        MVN (default mvn)
#
# 1. scripts/gen-bindings.sh builds the cdylib and writes the bindings; its last stdout
#    line is the library's absolute path. They are written to tests/kotlin/target/bindings,
#    not build/bindings: another suite (tests/swift) regenerating build/bindings at the
#    same moment deletes and rewrites it, which broke a run here mid-copy.
# 2. Maven compiles the generated Kotlin together with src/test/kotlin; Surefire runs
#    JUnit 5 in one JVM with jna.library.path pointing at the library's directory.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

out="tests/kotlin/target/bindings"   # relative to the repo root
lib="$(cd "$root" && scripts/gen-bindings.sh "$out" | tail -n 1)"
if [[ ! -f "$lib" ]]; then
  echo "run.sh: gen-bindings.sh did not name a built library (got: '$lib')" >&2
  exit 1
fi
libdir="$(dirname "$lib")"
bindings="$root/$out/kotlin"
kt="$bindings/uniffi/hearth/hearth.kt"
[[ -f "$kt" ]] || { echo "run.sh: no generated $kt" >&2; exit 1; }

cd "$here"
rm -rf target/test-classes   # no stale classes from deleted tests
# Not -q: that would hide Surefire's "Tests run: N, Failures: 0" lines. --ntp hides
# download progress; the exit code is Maven's.
"${MVN:-mvn}" -B --ntp -Dstyle.color=never test \
  -Dhearth.bindings="$bindings" \
  -Dhearth.libdir="$libdir" \
  "$@"
