//! A check-in on a full disk says so plainly, and nothing already saved is touched.
//! Runs on a 512 KiB tmpfs in a private mount namespace (needs root and `unshare`).

mod common;
use std::process::Command;

#[test]
fn a_check_in_on_a_full_disk_says_the_disk_is_full_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mnt = dir.path().join("mnt");
    std::fs::create_dir(&mnt).unwrap();
    let script = r#"
set -u
H="$1" MNT="$2"
mount -t tmpfs -o size=512k hearth-test "$MNT" || { echo "cannot mount a tmpfs (needs root)" >&2; exit 90; }
S="$MNT/s"
"$H" --store "$S" checkin --mood 4 --note "saved before" >/dev/null || exit 91
for leave in 0 6144; do
  rm -f "$MNT/filler"
  free=$(df --output=avail -B1 "$MNT" | tail -1)
  head -c $((free - leave)) /dev/zero > "$MNT/filler" 2>/dev/null
  "$H" --store "$S" checkin --mood 2 --note "$(head -c 3000 /dev/zero | tr '\0' x)" 2>&1 >/dev/null
  echo "status=$?"
done
rm -f "$MNT/filler"
"$H" --store "$S" list --json
"$H" --store "$S" verify >/dev/null && echo "verify=clean"
"#;
    let out = Command::new("unshare")
        .args([
            "--mount",
            "--propagation",
            "private",
            "bash",
            "-c",
            script,
            "sh",
        ])
        .arg(env!("CARGO_BIN_EXE_hearth"))
        .arg(&mnt)
        .env_remove("HEARTH_PASSPHRASE")
        .env_remove("HEARTH_STORE")
        .output()
        .expect("unshare (util-linux) runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "set-up failed: {err}\n{text}");
    // Both attempts failed, each saying why in plain words.
    assert_eq!(text.matches("status=1").count(), 2, "{text}");
    assert_eq!(text.matches("the disk is full").count(), 2, "{text}");
    // The earlier check-in is there, nothing half-written is, and the store is sound.
    assert!(text.contains("saved before"), "{text}");
    assert!(!text.contains("xxxx"), "{text}");
    assert!(text.contains("verify=clean"), "{text}");
}
