//! Helpers for driving the real `hearth` binary.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

/// The locale variables that choose the CLI's language (and `hearth crisis`'s region).
pub const LOCALE_VARS: [&str; 4] = ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"];

/// Removes the locale variables, so output is English whatever the developer's
/// environment says; a test that wants a language sets one after this.
pub fn clear_locale(c: &mut Command) -> &mut Command {
    for v in LOCALE_VARS {
        c.env_remove(v);
    }
    c
}

/// A `hearth --store DIR` command with a clean environment (no passphrase, no locale).
pub fn hearth(store: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_hearth"));
    c.arg("--store")
        .arg(store)
        .env_remove("HEARTH_PASSPHRASE")
        .env_remove("HEARTH_STORE");
    clear_locale(&mut c);
    c
}

/// `hearth ARGS…` with no `--store` (the demo's throwaway store), a clean environment
/// and the locale variables `vars` set.
pub fn hearth_bare(vars: &[(&str, &str)]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_hearth"));
    c.env_remove("HEARTH_PASSPHRASE").env_remove("HEARTH_STORE");
    clear_locale(&mut c);
    for (k, v) in vars {
        c.env(k, v);
    }
    c
}

/// Runs and asserts success, returning stdout parsed as JSON.
pub fn json(cmd: &mut Command) -> serde_json::Value {
    let out = cmd.output().expect("spawn hearth");
    assert!(
        out.status.success(),
        "hearth failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

/// Runs and returns the raw output.
pub fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("spawn hearth")
}

/// File name → a digest of every file in `dir`.
pub fn snapshot(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .map(|e| {
            let bytes = std::fs::read(e.path()).unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                digest_hex(&bytes),
            )
        })
        .collect()
}

fn digest_hex(bytes: &[u8]) -> String {
    // A tiny FNV-1a pair is enough to detect change without another dependency.
    let mut a: u64 = 0xcbf29ce484222325;
    let mut b: u64 = 0x84222325cbf29ce4;
    for &x in bytes {
        a = (a ^ x as u64).wrapping_mul(0x100000001b3);
        b = (b ^ (x as u64).rotate_left(3)).wrapping_mul(0x100000001b3);
    }
    format!("{a:016x}{b:016x}:{}", bytes.len())
}

/// A `bash` script run with a small disk: a `kib` KiB tmpfs mounted at `$MNT` in a
/// private mount namespace, gone when the script ends. Needs root and `unshare`
/// (util-linux), as CI has. In the script `$H` is the `hearth` binary, `$MNT` the small
/// disk, `fill_leaving N` fills it up to N bytes free, and the caller's `.args(…)` follow
/// as `$1`, `$2`, …
pub fn on_small_disk(parent: &Path, kib: u32, script: &str) -> Command {
    let mnt = parent.join("small-disk");
    std::fs::create_dir_all(&mnt).unwrap();
    let full = format!(
        r#"set -u
H="$1" MNT="$2"; shift 2
mount -t tmpfs -o size={kib}k hearth-test "$MNT" || {{ echo "cannot mount a tmpfs (needs root)" >&2; exit 90; }}
fill_leaving() {{
  rm -f "$MNT/filler"
  local free; free=$(df --output=avail -B1 "$MNT" | tail -1)
  head -c $((free - $1)) /dev/zero > "$MNT/filler" 2>/dev/null
}}
{script}"#
    );
    let mut c = Command::new("unshare");
    c.args(["--mount", "--propagation", "private", "bash", "-c"])
        .arg(full)
        .arg("sh")
        .arg(env!("CARGO_BIN_EXE_hearth"))
        .arg(&mnt)
        .env_remove("HEARTH_PASSPHRASE")
        .env_remove("HEARTH_STORE");
    clear_locale(&mut c);
    c
}

/// `hearth --store STORE ARGS…` run with `store` mounted read-only (a bind mount in a
/// private user and mount namespace, gone when the command ends), as on a read-only
/// medium or a copy without write permission. Needs `unshare` (util-linux).
pub fn on_read_only(store: &Path, args: &[&str]) -> Output {
    let mut c = Command::new("unshare");
    c.args([
        "--user",
        "--map-root-user",
        "--mount",
        "--propagation",
        "private",
    ])
    .args([
        "sh",
        "-c",
        r#"mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" || exit 90; shift; exec "$@""#,
        "sh",
    ])
    .arg(store)
    .arg(env!("CARGO_BIN_EXE_hearth"))
    .arg("--store")
    .arg(store)
    .args(args)
    .env_remove("HEARTH_PASSPHRASE")
    .env_remove("HEARTH_STORE");
    clear_locale(&mut c);
    let out = c.output().expect("unshare (util-linux) runs");
    assert_ne!(out.status.code(), Some(90), "could not mount read-only");
    out
}
