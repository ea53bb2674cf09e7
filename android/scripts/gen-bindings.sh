#!/usr/bin/env bash
# Generates the uniffi Kotlin bindings (package uniffi.hearth) for the Android app into
# android/build/bindings/kotlin, which app/build.gradle.kts adds as a source directory.
# Generated code is a build output and is never committed.
#
# usage: android/scripts/gen-bindings.sh          (from any cwd; Gradle's genBindings runs it)
# prints: the host library's path on the last line (from scripts/gen-bindings.sh)
#
# The bindings are generated from the *host* build of hearth-ffi; uniffi checks at load
# time that the Android .so (scripts/build-rust.sh) comes from the same interface.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
exec scripts/gen-bindings.sh android/build/bindings
