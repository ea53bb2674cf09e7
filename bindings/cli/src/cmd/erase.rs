//! `hearth erase --yes`.

use std::path::Path;
use std::process::ExitCode;

use hearth_core::{tr, HearthError};

pub fn run(dir: &Path, yes: bool) -> Result<ExitCode, HearthError> {
    if !yes {
        return Err(HearthError::invalid(
            "yes",
            "erasing deletes the key and every entry for good; run again with --yes to confirm",
        ));
    }
    // Any vault kind present is removed: key file and passphrase vault alike.
    let mut removed = Vec::new();
    for name in [
        hearth_core::vault::KEY_FILE,
        hearth_core::vault::PASSPHRASE_VAULT_FILE,
    ] {
        let p = dir.join(name);
        if p.exists() {
            // Overwritten with noise and flushed before the unlink (see `shred`).
            hearth_core::vault::shred(&p)?;
            removed.push(p);
        }
    }
    let vault = hearth_core::vault::FileKeyVault::new(dir.join(hearth_core::vault::KEY_FILE));
    removed.extend(hearth_core::store::erase(dir, &vault)?);
    if removed.is_empty() {
        println!(
            "{}",
            tr!("cli-erase-nothing", "dir" => dir.display().to_string())
        );
    } else {
        println!("{}", tr!("cli-erase-done"));
        for p in &removed {
            println!("  {}", p.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}
