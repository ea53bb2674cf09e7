#!/usr/bin/env bash
# FFI overhead from Kotlin: times a widget snapshot and a check-in through the generated
# Kotlin bindings on the JVM, then the same calls in Rust (criterion), and prints both.
#
# usage: tests/kotlin-bench/run.sh [--quick] [--no-rust]       (from any cwd; ~3 min)
#   --quick    short warm-up and few rounds (a smoke run; numbers are rough)
#   --no-rust  skip the criterion run and compare with the last criterion results
# env:   CARGO_TARGET_DIR (default <repo>/target), PROFILE (release|mobile, default
#        release: the same optimisation as `cargo bench`, so the difference is the FFI),
#        MVN (default mvn)
#
# 1. scripts/gen-bindings.sh writes the Kotlin bindings to tests/kotlin-bench/target/bindings
#    (not build/bindings or tests/kotlin/target: other suites rewrite those).
# 2. The library is built with PROFILE; the bindings do not depend on the profile.
# 3. cargo bench runs the two matching criterion benchmarks (snapshot_warm/30d and
#    checkin/store_widget) unless --no-rust.
# 4. Maven compiles the bench with the bindings; java runs it with jna.library.path set.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
profile="${PROFILE:-release}"
quick=0 rust=1
for a in "$@"; do
  case "$a" in
    --quick) quick=1 ;;
    --no-rust) rust=0 ;;
    *) echo "run.sh: unknown argument $a" >&2; exit 2 ;;
  esac
done

out="tests/kotlin-bench/target/bindings"   # relative to the repo root
(cd "$root" && scripts/gen-bindings.sh "$out" >/dev/null)
kt="$root/$out/kotlin/uniffi/hearth/hearth.kt"
[[ -f "$kt" ]] || { echo "run.sh: no generated $kt" >&2; exit 1; }

(cd "$root" && cargo build -q -p hearth-ffi --lib --profile "$profile")
libdir="$CARGO_TARGET_DIR/$profile"
[[ -f "$libdir/libhearth_ffi.so" || -f "$libdir/libhearth_ffi.dylib" ]] ||
  { echo "run.sh: no library in $libdir" >&2; exit 1; }

if [[ $rust == 1 ]]; then
  echo "== Rust: criterion (snapshot_warm/30d, checkin/store_widget)"
  extra=()
  [[ $quick == 1 ]] && extra=(--warm-up-time 1 --measurement-time 2)
  (cd "$root" && cargo bench -q -p hearth-core --bench hearth -- \
    '^(snapshot_warm/30d|checkin/store_widget)$' "${extra[@]}" 2>&1 |
    grep -E '^(snapshot_warm|checkin)/|time:|hearth bench' || true)
fi

echo "== Kotlin/JVM (library: $libdir, profile $profile)"
cd "$here"
mkdir -p target
if ! "${MVN:-mvn}" -B --ntp -Dstyle.color=never compile dependency:build-classpath \
  -Dhearth.bindings="$root/$out/kotlin" > target/mvn.log 2>&1; then
  cat target/mvn.log >&2
  echo "run.sh: maven failed (log above, also in $here/target/mvn.log)" >&2
  exit 1
fi
cp="$here/target/classes:$(cat "$here/target/classpath.txt")"
quick_env=()
[[ $quick == 1 ]] && quick_env=(HEARTH_BENCH_QUICK=1)
env "${quick_env[@]}" java -Xms512m -Xmx512m -Djna.library.path="$libdir" -cp "$cp" hearth.bench.MainKt \
  "$here/target/bench-work" "$here/target/kotlin-bench.json" "$CARGO_TARGET_DIR/criterion"
echo "results: $here/target/kotlin-bench.json"
