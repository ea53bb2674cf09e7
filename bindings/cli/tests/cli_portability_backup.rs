//! `hearth backup` / `hearth restore`: an age file any age implementation opens, the
//! standard `age` CLI included (driven through a pseudo-terminal, since it reads
//! passphrases from the TTY only), and refusals that change nothing.

mod common;
use std::path::Path;
use std::process::Command;

use common::{hearth, json, run};

const PASS: &str = "correct horse battery staple";

/// Runs a command in a new pseudo-terminal and types `passphrase` (and Enter) at every
/// prompt that mentions a passphrase. Exit code is the command's.
const PTY_DRIVER: &str = r#"
import os, pty, select, sys, time
passphrase, args = sys.argv[1], sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(args[0], args)
seen, answered = b"", 0
deadline = time.monotonic() + 120
while time.monotonic() < deadline:
    ready, _, _ = select.select([fd], [], [], 0.5)
    if not ready:
        continue
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    seen += chunk
    while answered < seen.lower().count(b"passphrase"):
        os.write(fd, passphrase.encode() + b"\r")
        answered += 1
_, status = os.waitpid(pid, 0)
sys.stderr.write(seen.decode(errors="replace"))
sys.exit(os.waitstatus_to_exitcode(status))
"#;

fn with_tty(passphrase: &str, program: &Path, args: &[&str]) -> std::process::Output {
    common::clear_locale(&mut Command::new("python3"))
        .arg("-c")
        .arg(PTY_DRIVER)
        .arg(passphrase)
        .arg(program)
        .args(args)
        .env_remove("HEARTH_BACKUP_PASSPHRASE")
        .output()
        .expect("python3 is needed to drive a pseudo-terminal")
}

/// The `age` binary. CI installs it (`.ci/run`); anywhere else, say how to.
fn age() -> std::path::PathBuf {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join("age"))
            .find(|p| p.is_file())
    });
    found.expect("the standard `age` CLI is needed for this test: apt-get install age")
}

fn ok(cmd: &mut Command) -> String {
    let out = run(cmd);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn fail(cmd: &mut Command) -> String {
    let out = run(cmd);
    assert!(!out.status.success(), "expected failure");
    String::from_utf8(out.stderr).unwrap()
}

fn export(s: &Path) -> String {
    ok(hearth(s).args(["export", "--format", "json"]))
}

fn seeded(s: &Path) {
    ok(hearth(s).args(["demo", "--days", "20", "--json"]));
    ok(hearth(s).args([
        "reflect",
        "--text",
        "A quiet walk.",
        "--at",
        "2026-11-02T21:00:00+01:00",
    ]));
    ok(hearth(s).args(["assess", "gad7", "--answers", "1,1,0,2,1,0,1"]));
}

#[test]
fn standard_age_cli_decrypts_a_backup_to_the_json_export() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("store");
    seeded(&s);
    let file = dir.path().join("hearth.age");
    ok(hearth(&s)
        .env("HEARTH_BACKUP_PASSPHRASE", PASS)
        .args(["backup", "--out"])
        .arg(&file));
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n-> scrypt "));

    let plain = dir.path().join("plain.json");
    let out = with_tty(
        PASS,
        &age(),
        &[
            "--decrypt",
            "-o",
            plain.to_str().unwrap(),
            file.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "age: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read_to_string(&plain).unwrap(), export(&s));

    let wrong = with_tty(
        "not it at all",
        &age(),
        &["--decrypt", file.to_str().unwrap()],
    );
    assert!(
        !wrong.status.success(),
        "age refuses a wrong passphrase too"
    );
}

#[test]
fn a_file_made_by_age_passphrase_restores() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("store");
    seeded(&s);
    let json_file = dir.path().join("export.json");
    ok(hearth(&s)
        .args(["export", "--format", "json", "--out"])
        .arg(&json_file));
    let sealed = dir.path().join("by-age.age");
    let out = with_tty(
        PASS,
        &age(),
        &[
            "--passphrase",
            "-o",
            sealed.to_str().unwrap(),
            json_file.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "age: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let other = dir.path().join("other");
    ok(hearth(&other)
        .env("HEARTH_BACKUP_PASSPHRASE", PASS)
        .arg("restore")
        .arg(&sealed));
    assert_eq!(export(&other), export(&s));
}

#[test]
fn backup_erase_restore_round_trips_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("store");
    seeded(&s);
    let before = export(&s);
    let file = dir.path().join("b.age");
    ok(hearth(&s)
        .env("HEARTH_BACKUP_PASSPHRASE", PASS)
        .args(["backup", "--out"])
        .arg(&file));
    ok(hearth(&s).args(["erase", "--yes"]));
    let sum = json(
        hearth(&s)
            .env("HEARTH_BACKUP_PASSPHRASE", PASS)
            .args(["restore", "--json"])
            .arg(&file),
    );
    assert!(sum["kinds"]["check_ins"]["created"].as_u64().unwrap() > 10);
    assert_eq!(export(&s), before);
    let again = json(
        hearth(&s)
            .env("HEARTH_BACKUP_PASSPHRASE", PASS)
            .args(["restore", "--json"])
            .arg(&file),
    );
    assert_eq!(
        (again["created"].as_u64(), again["updated"].as_u64()),
        (Some(0), Some(0))
    );
}

#[test]
fn the_passphrase_can_be_typed_at_a_prompt() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("store");
    seeded(&s);
    let file = dir.path().join("typed.age");
    let bin = Path::new(env!("CARGO_BIN_EXE_hearth"));
    let store = s.to_str().unwrap();
    let out = with_tty(
        PASS,
        bin,
        &["--store", store, "backup", "--out", file.to_str().unwrap()],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let prompts = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        prompts.contains("Backup passphrase:") && prompts.contains("again"),
        "{prompts}"
    );
    let other = dir.path().join("other");
    let out = with_tty(
        PASS,
        bin,
        &[
            "--store",
            other.to_str().unwrap(),
            "restore",
            file.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(export(&other), export(&s));
}

#[test]
fn without_a_terminal_or_variable_the_error_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("store");
    seeded(&s);
    let file = dir.path().join("never.age");
    // setsid: no controlling terminal, as under CI or cron.
    let out = common::clear_locale(&mut Command::new("setsid"))
        .arg("-w")
        .arg(env!("CARGO_BIN_EXE_hearth"))
        .arg("--store")
        .arg(&s)
        .args(["backup", "--out"])
        .arg(&file)
        .env_remove("HEARTH_BACKUP_PASSPHRASE")
        .env_remove("HEARTH_PASSPHRASE")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("setsid (util-linux)");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("set HEARTH_BACKUP_PASSPHRASE"), "{err}");
    assert!(!file.exists());
}

#[test]
fn wrong_passphrase_or_damage_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let s = dir.path().join("store");
    seeded(&s);
    let file = dir.path().join("b.age");
    ok(hearth(&s)
        .env("HEARTH_BACKUP_PASSPHRASE", PASS)
        .args(["backup", "--out"])
        .arg(&file));
    let other = dir.path().join("other");
    ok(hearth(&other).args(["checkin", "--mood", "3", "--note", "mine"]));
    let before = export(&other);
    let restore = |path: &Path, pass: &str| {
        fail(
            hearth(&other)
                .env("HEARTH_BACKUP_PASSPHRASE", pass)
                .arg("restore")
                .arg(path),
        )
    };

    let err = restore(&file, "wrong passphrase here");
    assert!(err.contains("passphrase does not open the backup"), "{err}");

    let bytes = std::fs::read(&file).unwrap();
    let mut flipped = bytes.clone();
    let i = bytes.len() - 100;
    flipped[i] ^= 0x20;
    let damaged = dir.path().join("damaged.age");
    std::fs::write(&damaged, &flipped).unwrap();
    let err = restore(&damaged, PASS);
    assert!(err.contains("damaged or incomplete"), "{err}");

    let cut = dir.path().join("cut.age");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let err = restore(&cut, PASS);
    assert!(err.contains("damaged or incomplete"), "{err}");

    let junk = dir.path().join("junk.age");
    std::fs::write(&junk, b"this is not an age file").unwrap();
    let err = restore(&junk, PASS);
    assert!(err.contains("not a readable age backup"), "{err}");

    assert_eq!(export(&other), before, "nothing was imported");
    let err = fail(
        hearth(&other)
            .env("HEARTH_BACKUP_PASSPHRASE", "short")
            .args(["backup", "--out"])
            .arg(dir.path().join("weak.age")),
    );
    assert!(err.contains("at least 8 characters"), "{err}");
}
