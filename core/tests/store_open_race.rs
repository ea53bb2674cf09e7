//! Opening a store while another connection writes and checkpoints it: the read-only
//! look before writing must never see a half-checkpointed file. (Seen in CI as "database
//! disk image is malformed" from one of two CLI processes writing at once.)

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use hearth_core::vault::FileKeyVault;
use hearth_core::{CheckInDraft, Store};

fn draft(mood: u8) -> CheckInDraft {
    CheckInDraft {
        at: Some(chrono::DateTime::parse_from_rfc3339("2026-11-20T09:00:00+00:00").expect("time")),
        mood,
        note: Some("x".repeat(600)),
        ..CheckInDraft::default()
    }
}

#[test]
fn opening_while_another_writer_checkpoints_never_reads_a_torn_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().to_path_buf();
    Store::open(&path, &FileKeyVault::new(path.join("k")))
        .expect("create")
        .record_checkin(draft(3))
        .expect("first");
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (path, stop) = (path.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut n = 0u32;
            // Each open-write-close cycle creates the WAL, then checkpoints it into the
            // main file and deletes it when the store is dropped.
            while !stop.load(Ordering::Relaxed) {
                let mut s =
                    Store::open(&path, &FileKeyVault::new(path.join("k"))).expect("writer open");
                s.record_checkin(draft(1 + (n % 5) as u8)).expect("write");
                drop(s);
                n += 1;
            }
            n
        })
    };
    let mut errors = Vec::new();
    let mut opens = 0;
    while opens < 300 {
        match Store::open(&path, &FileKeyVault::new(path.join("k"))) {
            Ok(s) => drop(s),
            Err(e) => errors.push(e.to_string()),
        }
        opens += 1;
    }
    stop.store(true, Ordering::Relaxed);
    let writes = writer.join().expect("writer");
    assert!(
        writes > 20,
        "{writes} writes during {opens} opens: no overlap to test"
    );
    assert!(
        errors.is_empty(),
        "{} of {opens} opens failed: {:?}",
        errors.len(),
        &errors[..errors.len().min(3)]
    );
}
