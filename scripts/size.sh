#!/usr/bin/env bash
# Builds the FFI library the apps ship (profile `mobile`, see the root Cargo.toml) and
# prints its size, its largest sections, and whether it is within the budget.
#
# usage: scripts/size.sh             build + size + section breakdown; exit 1 if over budget
#        scripts/size.sh --bloat     also: which crates the code comes from (cargo-bloat)
#        scripts/size.sh --compare   also: size of the same library under other settings
#                                    (opt-level 3/s/z, thin LTO, no LTO, panic=abort);
#                                    each variant is a full build (~3 min each on 2 cores)
# env:   CARGO_TARGET_DIR (default <repo>/target), SIZE_BUDGET_BYTES (default 3 MiB)
#
# Host (x86_64 Linux) build: the NDK/Xcode targets are not available here. Android
# arm64 code is usually within ±10% of x86_64 for the same profile.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-$PWD/target}"
budget="${SIZE_BUDGET_BYTES:-3145728}"
bloat=0 compare=0
for a in "$@"; do
  case "$a" in
    --bloat) bloat=1 ;;
    --compare) compare=1 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "size.sh: unknown argument $a" >&2; exit 2 ;;
  esac
done

lib_name=libhearth_ffi.so
[[ "$(uname)" == Darwin ]] && lib_name=libhearth_ffi.dylib

mib() { awk -v b="$1" 'BEGIN { printf "%.2f MiB", b / 1048576 }'; }
bytes() { stat -c %s "$1" 2>/dev/null || stat -f %z "$1"; }

# build_variant NAME TARGET_DIR PROFILE [ENV=VALUE...]: builds and prints "NAME BYTES".
build_variant() {
  local name="$1" dir="$2" profile="$3"; shift 3
  env "$@" cargo build -q -p hearth-ffi --lib --profile "$profile" --target-dir "$dir" >&2
  local lib="$dir/$profile/$lib_name"
  if [[ "$profile" != mobile ]]; then   # release keeps symbols: strip a copy to compare
    strip -o "$lib.stripped" "$lib"; lib="$lib.stripped"
  fi
  printf '%-34s %10d  %s\n' "$name" "$(bytes "$lib")" "$(mib "$(bytes "$lib")")"
}

echo "== hearth-ffi, profile mobile (opt-level, LTO, codegen-units=1, strip, panic=unwind)"
start=$(date +%s)
cargo build -q -p hearth-ffi --lib --profile mobile --target-dir "$target"
lib="$target/mobile/$lib_name"
size=$(bytes "$lib")
echo "library: $lib"
echo "built in $(( $(date +%s) - start )) s (0 s means it was already up to date)"
printf 'size: %d bytes (%s); budget %d bytes (%s)\n' "$size" "$(mib "$size")" "$budget" "$(mib "$budget")"

if command -v size >/dev/null && [[ "$(uname)" != Darwin ]]; then
  echo
  echo "== largest sections"
  size -A "$lib" | awk 'NR > 2 && $2 > 0 { printf "%-22s %9d  %5.1f%%\n", $1, $2, 100 * $2 / '"$size"' }' |
    sort -k2 -n -r | head -n 10
  printf '%-22s %9d\n' "exported symbols" "$(nm -D --defined-only "$lib" | wc -l)"
fi

if [[ $bloat == 1 ]]; then
  echo
  echo "== code by crate (cargo bloat; same profile without strip, so symbols can be attributed)"
  if ! cargo bloat --version >/dev/null 2>&1; then
    echo "cargo-bloat is not installed: cargo install cargo-bloat --locked" >&2
    exit 1
  fi
  CARGO_PROFILE_MOBILE_STRIP=false cargo bloat --profile mobile -p hearth-ffi --lib \
    --crates -n 15 --target-dir "$target/size-bloat"
fi

if [[ $compare == 1 ]]; then
  echo
  echo "== the same library under other settings (stripped sizes)"
  v="$target/size-variants"
  printf '%-34s %10s\n' "variant" "bytes"
  build_variant "release (opt 3, no LTO, cgu 16)" "$v/release" release
  build_variant "mobile, opt-level 3" "$v/o3" mobile CARGO_PROFILE_MOBILE_OPT_LEVEL=3
  build_variant "mobile, opt-level s" "$v/os" mobile CARGO_PROFILE_MOBILE_OPT_LEVEL=s
  build_variant "mobile, opt-level z" "$v/oz" mobile CARGO_PROFILE_MOBILE_OPT_LEVEL=z
  build_variant "mobile, thin LTO" "$v/thin" mobile CARGO_PROFILE_MOBILE_LTO=thin
  build_variant "mobile, panic=abort (NOT shippable)" "$v/abort" mobile CARGO_PROFILE_MOBILE_PANIC=abort
fi

if (( size > budget )); then
  echo "FAIL: $lib_name is $(mib "$size"), over the $(mib "$budget") budget" >&2
  exit 1
fi
echo "OK: $lib_name is $(mib "$size"), within the $(mib "$budget") budget"
