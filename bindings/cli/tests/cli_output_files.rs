//! Files Hearth writes for the person (exports, summaries, backups) and backups it is
//! asked to open: a failed write never destroys the previous file, every file is the
//! person's alone, and a hostile backup header cannot make restore eat the phone.

mod common;
#[cfg(unix)]
use std::os::unix::fs::PermissionsExt;
use std::process::Command;
use std::time::Instant;

use common::{hearth, json, on_small_disk, run};

fn seeded() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    json(hearth(&dir.path().join("s")).args(["demo", "--days", "40", "--json"]));
    dir
}

/// Writes `format` from a small store into a nearly full file system (a 256 KiB tmpfs in
/// a private mount namespace), then the same from a larger store over it: the disk fills
/// during the second write. Returns (the first file, the second command's output, the
/// file afterwards). Needs root and `unshare` (util-linux), as CI has.
fn overwrite_on_a_full_disk(args: &[&str]) -> (Vec<u8>, String, Vec<u8>, bool) {
    let dir = tempfile::tempdir().unwrap();
    let small = dir.path().join("small");
    let large = dir.path().join("large");
    json(hearth(&small).args(["demo", "--days", "10", "--json"]));
    json(hearth(&large).args(["demo", "--days", "120", "--json"]));
    let script = r#"
SMALL="$1" LARGE="$2" OUT="$3"; shift 3
"$H" --store "$SMALL" "$@" --out "$MNT/file" 2>/dev/null || { echo "first write failed" >&2; exit 91; }
cp "$MNT/file" "$OUT/before"
fill_leaving 8192
"$H" --store "$LARGE" "$@" --out "$MNT/file" 2>"$OUT/stderr"
echo $? > "$OUT/status"
cp "$MNT/file" "$OUT/after" 2>/dev/null || true
"#;
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let res = on_small_disk(dir.path(), 256, script)
        .args([&small, &large, &out_dir])
        .args(args)
        .env("HEARTH_BACKUP_PASSPHRASE", "correct horse battery")
        .output()
        .expect("unshare (util-linux) runs");
    assert!(
        res.status.success(),
        "the full-disk set-up failed (needs root): {}",
        String::from_utf8_lossy(&res.stderr)
    );
    let read = |n: &str| std::fs::read(out_dir.join(n)).unwrap_or_default();
    let ok = String::from_utf8_lossy(&read("status")).trim() == "0";
    (
        read("before"),
        String::from_utf8_lossy(&read("stderr")).into_owned(),
        read("after"),
        ok,
    )
}

#[test]
fn a_failed_export_leaves_the_previous_file_whole() {
    for format in ["json", "summary", "csv"] {
        let (before, err, after, ok) = overwrite_on_a_full_disk(&["export", "--format", format]);
        assert!(!ok, "{format}: the disk was meant to fill");
        assert!(!before.is_empty());
        assert_eq!(after, before, "{format}: the previous export was damaged");
        assert!(err.contains("disk is full"), "{format}: {err}");
    }
}

#[test]
fn a_failed_backup_leaves_the_previous_backup_whole() {
    let (before, err, after, ok) = overwrite_on_a_full_disk(&["backup"]);
    assert!(!ok, "the disk was meant to fill");
    assert_eq!(after, before, "the previous backup was damaged");
    assert!(err.contains("disk is full"), "{err}");
}

#[cfg(unix)]
#[test]
fn exports_summaries_and_backups_are_readable_by_their_owner_only() {
    let dir = seeded();
    let store = dir.path().join("s");
    for (args, name) in [
        (vec!["export", "--format", "json"], "a.json"),
        (vec!["export", "--format", "csv"], "a.csv"),
        (vec!["export", "--format", "summary"], "a.html"),
        (vec!["backup"], "a.age"),
    ] {
        let path = dir.path().join(name);
        // An earlier, world-readable file of the same name is replaced, not reused.
        std::fs::write(&path, b"old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let out = run(hearth(&store)
            .env("HEARTH_BACKUP_PASSPHRASE", "correct horse battery")
            .args(&args)
            .arg("--out")
            .arg(&path));
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{args:?}");
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// A backup whose header asks scrypt for work factor `log_n` (the MAC no longer
/// matches, but the work factor is read, and must be refused, before anything else).
fn backup_asking_for(dir: &std::path::Path, log_n: u8) -> std::path::PathBuf {
    let store = dir.join("s");
    let file = dir.join(format!("wf{log_n}.age"));
    let out = run(hearth(&store)
        .env("HEARTH_BACKUP_PASSPHRASE", "correct horse battery")
        .args(["backup", "--out"])
        .arg(&file));
    assert!(out.status.success());
    let text = std::fs::read(&file).unwrap();
    let at = text
        .windows(9)
        .position(|w| w == b"-> scrypt")
        .expect("a scrypt stanza");
    let line_end = at + text[at..].iter().position(|&b| b == b'\n').unwrap();
    let line = String::from_utf8(text[at..line_end].to_vec()).unwrap();
    let (head, _) = line.rsplit_once(' ').unwrap();
    let mut altered = text[..at].to_vec();
    altered.extend_from_slice(format!("{head} {log_n}").as_bytes());
    altered.extend_from_slice(&text[line_end..]);
    std::fs::write(&file, altered).unwrap();
    file
}

#[test]
fn a_backup_asking_for_a_huge_scrypt_work_factor_is_refused_at_once() {
    let dir = seeded();
    let store = dir.path().join("s");
    for log_n in [21u8, 22] {
        let file = backup_asking_for(dir.path(), log_n);
        let started = Instant::now();
        let out = common::clear_locale(&mut Command::new("/usr/bin/time"))
            .args(["-f", "maxrss_kib=%M"])
            .arg(env!("CARGO_BIN_EXE_hearth"))
            .arg("--store")
            .arg(&store)
            .arg("restore")
            .arg(&file)
            .env_remove("HEARTH_PASSPHRASE")
            .env("HEARTH_BACKUP_PASSPHRASE", "correct horse battery")
            .output()
            .expect("GNU time (Debian package `time`; tests/run installs it)");
        let elapsed = started.elapsed();
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(&format!("work factor {log_n}")), "{err}");
        assert!(err.contains("20"), "the cap is named: {err}");
        assert!(elapsed.as_secs_f64() < 1.0, "took {elapsed:?}");
        let rss: u64 = err
            .lines()
            .find_map(|l| l.strip_prefix("maxrss_kib="))
            .and_then(|v| v.trim().parse().ok())
            .expect("time's report");
        assert!(rss < 100 * 1024, "peak {rss} KiB");
    }
}
