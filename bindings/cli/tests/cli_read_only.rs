//! A journal whose files cannot be written (a read-only mount, a copy without write
//! permission) can still be listed, exported and verified; a write is refused in plain
//! words and no byte changes. It used to fail every command with "unable to open
//! database file".

mod common;
use common::{hearth, on_read_only, run, snapshot};

#[test]
fn a_read_only_journal_lists_exports_and_verifies_and_refuses_writes() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    assert!(
        run(hearth(&store).args(["checkin", "--mood", "4", "--note", "on the shelf"]))
            .status
            .success()
    );
    assert!(
        run(hearth(&store).args(["reflect", "--text", "a quiet evening"]))
            .status
            .success()
    );
    let before = snapshot(&store);

    let text = |args: &[&str]| {
        let out = on_read_only(&store, args);
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        (out.status.code(), stdout, stderr)
    };
    let (code, out, err) = text(&["list"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        out.contains("on the shelf") && out.contains("a quiet evening"),
        "{out}"
    );

    let (code, out, err) = text(&["verify"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("intact"), "{out}");

    let (code, out, err) = text(&["export", "--format", "json"]);
    assert_eq!(code, Some(0), "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["entries"].as_array().unwrap().len(), 2);
    let (code, out, err) = text(&["export", "--format", "csv"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("on the shelf"), "{out}");

    let (code, _, err) = text(&["checkin", "--mood", "2"]);
    assert_eq!(code, Some(1));
    assert!(
        err.contains("read-only") && err.contains("nothing was saved"),
        "{err}"
    );

    assert_eq!(
        snapshot(&store),
        before,
        "a read-only session changed the files"
    );
    let out = run(hearth(&store).args(["list"]));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("mood 2"));
}
