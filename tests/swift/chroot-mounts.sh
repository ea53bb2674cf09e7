# Sourced by tests/swift/run.sh and tests/ios/run.sh inside their private mount namespace:
# bind-mounts host paths into the Swift chroot at the same absolute path, and unmounts
# them again (newest first) when the script exits. Needs ROOT (the chroot) and log().

mounted=()
unmount_all() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null ||
      log "could not unmount ${mounted[i]}"
  done
}
trap unmount_all EXIT

bind() { # host path, bind-mounted at the same absolute path inside the chroot
  local src="$1" dst="$ROOT$1"
  mkdir -p "$dst"
  # An earlier run killed before its trap ran (only possible without unshare) can
  # leave a mount here; drop it rather than stacking another on top.
  while mountpoint -q "$dst"; do umount -l "$dst" || break; done
  mount --bind "$src" "$dst"
  mounted+=("$dst")
}
