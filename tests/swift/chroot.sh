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
# A half-built chroot from an interrupted run is discarded rather than trusted. Anything
# still mounted inside it (a /proc, or a repo bind-mounted by an interrupted run.sh) is
# unmounted first, deepest first, and nothing is deleted while any mount remains: a
# leftover bind mount of the repo must never be deleted through.
if [[ -d "$ROOT" ]]; then
  while read -r mnt; do
    umount "$mnt" 2>/dev/null || umount -l "$mnt" 2>/dev/null || true
  done < <(awk -v r="$ROOT/" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r)
  if awk -v r="$ROOT/" 'index($2, r) == 1 { found = 1 } END { exit !found }' /proc/mounts; then
    log "something is still mounted under $ROOT; refusing to delete it"
    exit 1
  fi
  rm -rf --one-file-system "$ROOT"
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
