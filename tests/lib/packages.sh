# Sourced by tests/run: installs the Debian packages a suite needs, once, when they are
# missing, so the README's `tests/run` sets up a fresh machine by itself (.ci/run only
# calls it). Where installing is impossible (not root, no apt-get), it says exactly what
# to install and fails: a suite never skips silently for want of a tool.
#
#   need SUITE CHECK=PACKAGE...
#
# CHECK is a command name, or a path (starting with /) that must exist.

need() {
  local suite="$1" spec check pkg
  shift
  local -a missing=()
  for spec in "$@"; do
    check="${spec%%=*}" pkg="${spec#*=}"
    if [[ "$check" == /* ]]; then
      [[ -e "$check" ]] && continue
    else
      command -v "$check" >/dev/null 2>&1 && continue
    fi
    [[ " ${missing[*]} " == *" $pkg "* ]] || missing+=("$pkg")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0

  local -a sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      echo "tests/run $suite: missing Debian packages: ${missing[*]}." >&2
      echo "  Install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "tests/run $suite: missing ${missing[*]}, and there is no apt-get here to install them." >&2
    echo "  Install the equivalent packages with your system's package manager, then run tests/run again." >&2
    return 1
  fi
  echo "tests/run $suite: installing ${missing[*]} (apt-get, once per machine)" >&2
  "${sudo[@]}" apt-get update -qq >&2 &&
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >&2 || {
    echo "tests/run $suite: apt-get could not install ${missing[*]}." >&2
    echo "  Install them by hand (apt-get install ${missing[*]}), then run tests/run again." >&2
    return 1
  }
}

# Rust comes from rustup, not apt (Debian's cargo is older than the workspace needs).
need_rust() {
  command -v cargo >/dev/null 2>&1 && return 0
  echo "tests/run: cargo not found. Install Rust with rustup (the workspace's" >&2
  echo "  rust-version is in Cargo.toml), then run tests/run again." >&2
  return 1
}

# What each suite needs from Debian beyond Rust.
needs_for() {
  case "$1" in
    # age: the standard CLI must open a backup; python3: the independent zoneinfo check;
    # tzdata: the core reads the OS time-zone database (core/src/zone.rs).
    # time: GNU time measures a refused restore's peak memory; unshare: a private
    # mount namespace for the full-disk tests (a small tmpfs).
    rust) need rust python3=python3 age=age \
      /usr/share/zoneinfo/America/New_York=tzdata /usr/bin/time=time unshare=util-linux ;;
    browser) need browser chromium=chromium python3=python3 ;;
    kotlin) need kotlin java=openjdk-17-jdk-headless mvn=maven ;;
    # tests/swift/chroot.sh builds the Swift chroot with debootstrap (and unshare from
    # util-linux keeps its mounts private).
    swift | ios) need "$1" debootstrap=debootstrap unshare=util-linux ;;
    android) need android java=openjdk-17-jdk-headless mvn=maven aapt2=aapt python3=python3 ;;
    *) return 0 ;;
  esac
}
