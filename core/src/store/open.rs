//! Opening a store: the order of steps matters. The schema version and the canary are
//! checked on a read-only connection first, so a wrong key or a newer store is refused
//! before a single byte is written.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::schema::{self, CURRENT_VERSION};
use super::DB_FILE;
use crate::crypto::{seal, DataKey, SubKeys};
use crate::error::{HearthError, Result};
use crate::vault::{KeyVault, VaultError};

const CANARY_AAD: &[u8] = b"hearth/v1/canary";
const CANARY_TEXT: &[u8] = b"hearth canary v1";
/// Long enough for the other process's short write to finish, short enough for a widget.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

pub(super) fn open_or_create(dir: &Path, vault: &dyn KeyVault) -> Result<(Connection, SubKeys)> {
    let db = dir.join(DB_FILE);
    let exists = db.exists();
    if !exists {
        create_private_dir(dir)?;
    }
    let stored = vault.load().map_err(vault_error)?;
    let key = match (exists, stored) {
        (_, Some(bytes)) => DataKey::from_bytes(&bytes)?,
        (true, None) => {
            return Err(HearthError::KeyMissing(format!(
                "{} holds a store but its key vault has no key; nothing was changed",
                dir.display()
            )))
        }
        (false, None) => {
            let k = DataKey::generate()?;
            vault.store(&k.to_bytes()).map_err(vault_error)?;
            k
        }
    };
    let keys = key.derive();
    if exists {
        check_before_writing(&db, &keys)?;
    } else {
        create_private_file(&db)?;
    }
    let mut conn = connect(&db)?;
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let version: u32 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > CURRENT_VERSION {
        return Err(newer(version));
    }
    if version < CURRENT_VERSION {
        schema::migrate(&tx, version)?;
    }
    let has_canary: Option<Vec<u8>> = tx
        .query_row("SELECT v FROM meta WHERE k = 'canary'", [], |r| r.get(0))
        .optional()?;
    match has_canary {
        Some(blob) => verify_canary(&keys, &blob)?,
        None => {
            let blob = seal::seal(keys.canary(), CANARY_AAD, CANARY_TEXT)?;
            tx.execute("INSERT INTO meta (k, v) VALUES ('canary', ?1)", [blob])?;
        }
    }
    tx.commit()?;
    Ok((conn, keys))
}

pub(super) fn reconnect(dir: &Path) -> Result<Connection> {
    connect(&dir.join(DB_FILE))
}

/// Read-only look at an existing store: refuses a newer schema or a wrong key without
/// writing. `user_version` and `meta` are read straight from the main file.
fn check_before_writing(db: &Path, keys: &SubKeys) -> Result<()> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    // With no WAL file present every committed page is in the main file, so it can be
    // read as immutable: SQLite then creates no -wal/-shm files, and a refused open
    // leaves the directory exactly as it was. With a WAL present (another process has
    // the store open), a plain read-only open is needed to see its latest commits.
    let ro = if wal_path(db).exists() {
        Connection::open_with_flags(db, flags)?
    } else {
        Connection::open_with_flags(immutable_uri(db), flags | OpenFlags::SQLITE_OPEN_URI)?
    };
    ro.busy_timeout(BUSY_TIMEOUT)?;
    let version: u32 = ro.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > CURRENT_VERSION {
        return Err(newer(version));
    }
    let canary: Option<Vec<u8>> = ro
        .query_row("SELECT v FROM meta WHERE k = 'canary'", [], |r| r.get(0))
        .optional()
        .or_else(|e| match e {
            // A store created before its first transaction finished has no meta yet.
            rusqlite::Error::SqliteFailure(_, Some(ref m)) if m.contains("no such table") => {
                Ok(None)
            }
            other => Err(other),
        })?;
    if let Some(blob) = canary {
        verify_canary(keys, &blob)?;
    }
    Ok(())
}

fn wal_path(db: &Path) -> std::path::PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push("-wal");
    p.into()
}

/// `file:` URI with `immutable=1`; characters that URIs reserve are percent-encoded.
fn immutable_uri(db: &Path) -> String {
    let mut uri = String::from("file:");
    for c in db.to_string_lossy().chars() {
        match c {
            '%' | '?' | '#' => uri.push_str(&format!("%{:02X}", c as u32)),
            c => uri.push(c),
        }
    }
    uri.push_str("?immutable=1");
    uri
}

fn verify_canary(keys: &SubKeys, blob: &[u8]) -> Result<()> {
    match seal::open(keys.canary(), CANARY_AAD, blob) {
        Ok(text) if &text[..] == CANARY_TEXT => Ok(()),
        _ => Err(HearthError::WrongKey(
            "the key or passphrase does not unlock this store; nothing was changed".into(),
        )),
    }
}

fn connect(db: &Path) -> Result<Connection> {
    let conn = Connection::open(db)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(HearthError::Storage(format!(
            "could not enable WAL (journal_mode is {mode})"
        )));
    }
    // FULL: an acknowledged check-in survives power loss, not just a process crash.
    conn.pragma_update(None, "synchronous", "FULL")?;
    // Deleted notes are overwritten, not left in free pages.
    conn.pragma_update(None, "secure_delete", "ON")?;
    // Sorts and temp tables never spill plaintext-derived data to temp files.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    Ok(conn)
}

fn newer(found: u32) -> HearthError {
    HearthError::NewerSchema {
        found,
        supported: CURRENT_VERSION,
    }
}

fn vault_error(e: VaultError) -> HearthError {
    match e {
        VaultError::Rejected(m) => HearthError::WrongKey(m),
        VaultError::Unavailable(m) => HearthError::Vault(m),
    }
}

/// Creates the (empty) database file readable by its owner only, whatever the umask.
/// SQLite gives the `-wal` and `-shm` files it creates later the database's own mode.
fn create_private_file(db: &Path) -> Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(db)?;
    Ok(())
}

/// Creates the store directory readable by its owner only (on Unix), so other local
/// users cannot even see file sizes and timestamps.
fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.exists() {
        return Ok(());
    }
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}
