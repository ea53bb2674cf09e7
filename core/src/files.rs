//! Writing files the person owns: exports, summaries, backups and desktop key files.
//!
//! Every one is written to a randomly named temporary file beside the target, created
//! exclusively (`O_EXCL`) with mode 0600, flushed, then renamed over the target. So a
//! failure part-way (a full disk, a crash) never destroys the previous file, nobody else
//! can read the new one at any moment, and a file another user planted under a
//! predictable name can neither be written through nor end up as the result.

use std::fs;
use std::io::Write;
use std::path::Path;

use ring::rand::{SecureRandom, SystemRandom};

use crate::error::HearthError;

/// Writes `bytes` to `path` as described in the module docs.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut suffix = [0u8; 8];
    SystemRandom::new()
        .fill(&mut suffix)
        .map_err(|_| std::io::Error::other("the system random generator failed"))?;
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::other("a file name is needed"))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    let hex = crate::crypto::hex(&suffix);
    tmp_name.push(format!(".{hex}.tmp"));
    let tmp = path.with_file_name(tmp_name);
    let mut opts = fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts.open(&tmp)?;
    let written = f
        .write_all(bytes)
        .and_then(|()| f.sync_all())
        .and_then(|()| fs::rename(&tmp, path));
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written
}

/// [`write_private`] for a file the person asked for, with an error that names it and
/// says plainly when the disk is full.
pub fn write_output(path: &Path, bytes: &[u8]) -> crate::Result<()> {
    write_private(path, bytes).map_err(|e| {
        HearthError::Storage(format!(
            "could not write {}: {}; the previous file, if any, is unchanged",
            path.display(),
            io_reason(&e)
        ))
    })
}

/// An I/O failure in plain words: "the disk is full" rather than "os error 28".
pub fn io_reason(e: &std::io::Error) -> String {
    // ENOSPC is 28 on Linux, Android and Apple platforms. (`ErrorKind::StorageFull` is
    // newer than the workspace's declared rust-version.)
    if e.raw_os_error() == Some(28) {
        "the disk is full".to_string()
    } else {
        e.to_string()
    }
}
