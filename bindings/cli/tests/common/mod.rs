//! Helpers for driving the real `hearth` binary.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

/// A `hearth --store DIR` command with a clean environment (no passphrase).
pub fn hearth(store: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_hearth"));
    c.arg("--store")
        .arg(store)
        .env_remove("HEARTH_PASSPHRASE")
        .env_remove("HEARTH_STORE");
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
