//! Crashes and a second process lose nothing: kill -9 at random points, and two
//! writers at once.

mod common;
use std::process::Stdio;
use std::time::Duration;

use common::{hearth, json, run};

/// A tiny deterministic generator so the kill points are reproducible.
struct Lcg(u64);
impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

#[test]
fn checkins_killed_at_random_points_lose_nothing_acknowledged() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    json(hearth(&store).args(["checkin", "--mood", "3", "--json"])); // creates the store
    let mut rng = Lcg(0x5eed);
    let mut acknowledged = vec![];
    let mut killed = 0;
    for batch in 0..25 {
        let children: Vec<_> = (0..6)
            .map(|i| {
                hearth(&store)
                    .args([
                        "checkin",
                        "--mood",
                        &(1 + (batch + i) % 5).to_string(),
                        "--note",
                        "crash test",
                        "--json",
                    ])
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for mut child in children {
            std::thread::sleep(Duration::from_micros(rng.below(12_000)));
            if child.try_wait().unwrap().is_none() {
                let _ = child.kill(); // SIGKILL
                killed += 1;
            }
            let out = child.wait_with_output().unwrap();
            // Acknowledged means the process printed the saved entry.
            if let Ok(v) = serde_json::from_slice::<serde_json::Value>(&out.stdout) {
                acknowledged.push(v["id"].as_str().unwrap().to_owned());
            }
        }
    }
    eprintln!(
        "150 writers: {} acknowledged, {killed} killed",
        acknowledged.len()
    );
    assert!(killed > 0, "no process was killed; the test proves nothing");
    let listed = json(hearth(&store).args(["list", "--json"]));
    let ids: std::collections::HashSet<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    for id in &acknowledged {
        assert!(
            ids.contains(id.as_str()),
            "acknowledged check-in {id} was lost"
        );
    }
    let v = run(hearth(&store).args(["verify", "--json"]));
    assert!(
        v.status.success(),
        "verify after crashes: {}",
        String::from_utf8_lossy(&v.stdout)
    );
}

#[test]
fn two_processes_writing_at_once_save_everything() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    json(hearth(&store).args(["checkin", "--mood", "3", "--json"]));
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let store = store.clone();
            std::thread::spawn(move || {
                let mut errors = vec![];
                for i in 0..60 {
                    let out = run(hearth(&store).args([
                        "checkin",
                        "--mood",
                        &(1 + (i + w) % 5).to_string(),
                        "--json",
                    ]));
                    if !out.status.success() {
                        errors.push(String::from_utf8_lossy(&out.stderr).into_owned());
                    }
                }
                errors
            })
        })
        .collect();
    let errors: Vec<String> = writers
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    assert!(errors.is_empty(), "writers failed: {errors:?}");
    let listed = json(hearth(&store).args(["list", "--json"]));
    assert_eq!(listed.as_array().unwrap().len(), 121);
}
