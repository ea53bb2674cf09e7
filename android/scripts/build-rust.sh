#!/usr/bin/env bash
# Cross-compiles the Rust core (crate hearth-ffi) into
#   android/app/src/main/jniLibs/{arm64-v8a,armeabi-v7a,x86_64}/libhearth_ffi.so
# with cargo-ndk. It cannot run on the Linux build machine (no Android NDK there); run it
# on a machine with Android Studio's NDK whenever the Rust code changes.
#
# Once per machine:
#   rustup target add aarch64-linux-android armv7-linux-androideabi x86_64-linux-android
#   cargo install cargo-ndk                       # 3.x
#   Android Studio > SDK Manager > SDK Tools > NDK (Side by side), r27 or newer
#   export ANDROID_NDK_HOME=$ANDROID_HOME/ndk/<version>
#
# usage: android/scripts/build-rust.sh            (PROFILE=debug for a faster, larger build)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

command -v cargo-ndk >/dev/null || { echo "build-rust.sh: cargo-ndk missing (cargo install cargo-ndk)" >&2; exit 1; }
[[ -n "${ANDROID_NDK_HOME:-}" && -d "${ANDROID_NDK_HOME}" ]] || {
  echo "build-rust.sh: set ANDROID_NDK_HOME to an installed NDK (r27 or newer)" >&2; exit 1; }

PROFILE="${PROFILE:-release}"
flag=(); [[ "$PROFILE" == release ]] && flag=(--release)

# 16 KB page alignment, required for apps targeting Android 15 devices with 16 KB pages
# (NDK r28 does this by default; r27 needs the flag).
export CARGO_TARGET_AARCH64_LINUX_ANDROID_RUSTFLAGS="${CARGO_TARGET_AARCH64_LINUX_ANDROID_RUSTFLAGS:-} -C link-arg=-Wl,-z,max-page-size=16384"
export CARGO_TARGET_X86_64_LINUX_ANDROID_RUSTFLAGS="${CARGO_TARGET_X86_64_LINUX_ANDROID_RUSTFLAGS:-} -C link-arg=-Wl,-z,max-page-size=16384"

# --platform 26 = minSdk. cargo-ndk copies each ABI's .so into <out>/<abi>/ and strips it.
cargo ndk \
  -t arm64-v8a -t armeabi-v7a -t x86_64 \
  --platform 26 \
  -o android/app/src/main/jniLibs \
  build -p hearth-ffi --lib "${flag[@]}"

ls -l android/app/src/main/jniLibs/*/libhearth_ffi.so
