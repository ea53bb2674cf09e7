//! A reader that goes away (`hearth list | head -1`) ends the command quietly, exit 0.

mod common;
use std::process::Stdio;

use common::hearth;

/// Runs `hearth ARGS` with its standard output a pipe whose reading end is already
/// closed, so the first write fails with EPIPE whatever the timing.
fn with_closed_stdout(store: &std::path::Path, args: &[&str]) -> std::process::Output {
    let mut child = hearth(store)
        .args(args)
        .env("LANG", "C")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

#[test]
fn every_text_command_ends_quietly_when_stdout_is_closed() {
    let dir = tempfile::tempdir().unwrap();
    // A store directory Hearth creates itself (0700), so no permission warning is due.
    let store = dir.path().join("s");
    let s = store.as_path();
    assert!(hearth(s)
        .args(["demo", "--days", "30", "--json"])
        .output()
        .unwrap()
        .status
        .success());
    for args in [
        vec!["list"],
        vec!["list", "--json"],
        vec!["today"],
        vec!["insights", "--days", "30"],
        vec!["crisis"],
        vec!["prompts"],
        vec!["export", "--format", "csv"],
    ] {
        let out = with_closed_stdout(s, &args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?} said: {err}");
    }
}
