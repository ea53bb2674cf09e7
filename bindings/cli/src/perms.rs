//! Desktop permission checks before a store is opened, in the spirit of ssh's
//! StrictModes. On a phone the store lives in the app's private directory and none of
//! this applies; on a shared desktop it is the only thing between another local user
//! and the key file.
//!
//! - A store directory that others can write to is refused: they could swap in files
//!   (a key of their own, a planted temp file) or remove the person's.
//! - A directory or key file that others can read gets a warning on stderr naming the
//!   `chmod` that fixes it; the command still runs, as ssh does for readable files.

use std::path::Path;

use hearth_core::{tr, HearthError, Result};

/// Checks `dir` (if it exists) and its key files; prints warnings, refuses only a
/// directory that group or others can write to.
#[cfg(unix)]
pub fn check(dir: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = std::fs::metadata(dir) else {
        // Not there yet: the core creates it with mode 0700.
        return Ok(());
    };
    let mode = meta.permissions().mode() & 0o777;
    if mode & 0o022 != 0 {
        return Err(HearthError::invalid(
            "store",
            format!(
                "{} is a directory others can write to (mode {mode:o}), so they could \
                 replace or remove your key; make it yours alone with `chmod 700 {}`, or \
                 use another --store. Nothing was opened",
                dir.display(),
                dir.display()
            ),
        ));
    }
    if mode & 0o077 != 0 {
        eprintln!(
            "hearth: {}",
            tr!("cli-warn-dir-open", "dir" => dir.display().to_string(),
                "mode" => format!("{mode:o}"))
        );
    }
    for name in [
        hearth_core::vault::KEY_FILE,
        hearth_core::vault::PASSPHRASE_VAULT_FILE,
    ] {
        let file = dir.join(name);
        if let Ok(m) = std::fs::metadata(&file) {
            let fmode = m.permissions().mode() & 0o777;
            if fmode & 0o077 != 0 {
                eprintln!(
                    "hearth: {}",
                    tr!("cli-warn-file-open", "file" => file.display().to_string(),
                        "mode" => format!("{fmode:o}"))
                );
            }
        }
    }
    Ok(())
}

/// Other platforms have no Unix modes to check.
#[cfg(not(unix))]
pub fn check(_dir: &Path) -> Result<()> {
    Ok(())
}
