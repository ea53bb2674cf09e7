#!/usr/bin/env bash
# Builds (once per machine) a Debian 13 chroot holding Swift 6 (`swiftlang`), because
# no Swift toolchain is packaged for the host. Cached outside the repo so CI and later
# sessions on the same machine reuse it. Prints the chroot path on stdout.
set -euo pipefail
ROOT="${HEARTH_SWIFT_CHROOT:-/var/cache/hearth/swift-trixie}"
STAMP="$ROOT/.hearth-ready"
if [[ -f "$STAMP" ]]; then echo "$ROOT"; exit 0; fi
log() { echo "[swift-chroot] $*" >&2; }
if ! command -v debootstrap >/dev/null; then
  log "installing debootstrap"
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >&2
fi
# A half-built chroot from an interrupted run is discarded rather than trusted.
if [[ -d "$ROOT" ]]; then
  umount "$ROOT/proc" 2>/dev/null || true
  rm -rf "$ROOT"
fi
mkdir -p "$(dirname "$ROOT")"
log "debootstrap trixie into $ROOT"
debootstrap --variant=minbase trixie "$ROOT" http://deb.debian.org/debian >&2
mount --bind /proc "$ROOT/proc"
trap 'umount "$ROOT/proc" 2>/dev/null || true' EXIT
log "installing swiftlang"
chroot "$ROOT" /bin/bash -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends swiftlang libc6-dev libstdc++-14-dev' >&2
touch "$STAMP"
echo "$ROOT"
