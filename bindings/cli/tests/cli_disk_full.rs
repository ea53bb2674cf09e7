//! A check-in on a full disk says so plainly, and nothing already saved is touched.
//! Runs on a 512 KiB tmpfs in a private mount namespace (needs root and `unshare`).

mod common;
use common::on_small_disk;

#[test]
fn a_check_in_on_a_full_disk_says_the_disk_is_full_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let script = r#"
S="$MNT/s"
"$H" --store "$S" checkin --mood 4 --note "saved before" >/dev/null || exit 91
for leave in 0 6144; do
  fill_leaving $leave
  "$H" --store "$S" checkin --mood 2 --note "$(head -c 3000 /dev/zero | tr '\0' x)" 2>&1 >/dev/null
  echo "status=$?"
done
rm -f "$MNT/filler"
"$H" --store "$S" list --json
"$H" --store "$S" verify >/dev/null && echo "verify=clean"
"#;
    let out = on_small_disk(dir.path(), 512, script)
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
