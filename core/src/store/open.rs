//! Opening a store: the order of steps matters. The schema version and the canary are
//! checked on a read-only connection first, so a wrong key or a newer store is refused
//! before a single byte is written.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::schema::{self, CURRENT_VERSION};
use super::summary::{Loaded, Summary};
use super::DB_FILE;
use crate::crypto::{seal, DataKey, SubKeys};
use crate::error::{HearthError, Result};
use crate::vault::{KeyVault, VaultError};

const CANARY_AAD: &[u8] = b"hearth/v1/canary";
const CANARY_TEXT: &[u8] = b"hearth canary v1";
/// Long enough for the other process's short write to finish, short enough for a widget.
pub(super) const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// How a store was opened.
pub(super) struct Opened {
    pub conn: Connection,
    pub keys: SubKeys,
    /// The file cannot be written here (a read-only mount, a copy without write
    /// permission): reads work, every write is refused and nothing is changed.
    pub read_only: bool,
}

pub(super) fn open_or_create(dir: &Path, vault: &dyn KeyVault) -> Result<Opened> {
    let db = dir.join(DB_FILE);
    let exists = db.exists();
    let stored = vault.load().map_err(vault_error)?;
    match stored {
        Some(bytes) => {
            // A malformed key is wrong whatever the files say.
            let keys = DataKey::from_bytes(&bytes)?.derive();
            if !exists {
                // Never a fresh store under an existing key: the database was deleted
                // (or an erase is half done), and a new empty journal would hide that.
                return Err(HearthError::Storage(format!(
                    "the journal's database ({}) is missing, but its key is still here; \
                     nothing was created. Restore a backup, or erase to start again",
                    db.display()
                )));
            }
            let state = check_before_writing(&db, &keys)?;
            if state.version == 0 {
                return Err(HearthError::Storage(format!(
                    "the journal's database ({}) is empty, but its key is still here; \
                     nothing was changed. Restore a backup, or erase to start again",
                    db.display()
                )));
            }
            if state.version == CURRENT_VERSION && !writable(&db)? {
                // Listing, exporting and verifying a journal on a read-only medium must
                // work; the immutable view writes nothing, not even -wal/-shm files.
                return Ok(Opened {
                    conn: read_only(&db)?,
                    keys,
                    read_only: true,
                });
            }
            let conn = connect(&db)?;
            let (conn, keys) = finish_open(conn, keys, state)?;
            Ok(Opened {
                conn,
                keys,
                read_only: false,
            })
        }
        None if exists && !unused(&db)? => Err(HearthError::KeyMissing(format!(
            "{} holds a store but its key vault has no key; nothing was changed",
            dir.display()
        ))),
        None => create(dir, &db, vault).map(|(conn, keys)| Opened {
            conn,
            keys,
            read_only: false,
        }),
    }
}

/// Whether the database file can be opened for writing. Opening for write changes no
/// byte; only a read-only file system or missing permission says no.
fn writable(db: &Path) -> Result<bool> {
    match std::fs::OpenOptions::new().write(true).open(db) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => Ok(false),
        // EROFS (ErrorKind::ReadOnlyFilesystem is newer than the workspace's Rust).
        Err(e) if e.raw_os_error() == Some(30) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// A new store. The database is written (with its canary and summary) before the key
/// is handed to the vault, so a crash in between leaves an unused database without a
/// key, which the next open replaces, never a key whose journal is missing.
fn create(dir: &Path, db: &Path, vault: &dyn KeyVault) -> Result<(Connection, SubKeys)> {
    create_private_dir(dir)?;
    remove_db_files(db)?;
    create_private_file(db)?;
    let key = DataKey::generate()?;
    let keys = key.derive();
    let mut conn = connect(db)?;
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    schema::migrate(&tx, 0, &keys)?;
    let blob = seal::seal(keys.canary(), CANARY_AAD, CANARY_TEXT)?;
    tx.execute("INSERT INTO meta (k, v) VALUES ('canary', ?1)", [blob])?;
    tx.commit()?;
    if let Err(e) = vault.store(&key.to_bytes()) {
        // No key was kept, so no database may stay that nothing can open.
        drop(conn);
        let _ = remove_db_files(db);
        return Err(vault_error(e));
    }
    Ok((conn, keys))
}

/// Removes the database and its side files (missing ones are fine).
fn remove_db_files(db: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        match std::fs::remove_file(std::path::PathBuf::from(p)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

/// Migrates if needed and checks the key once more inside the write transaction.
fn finish_open(
    mut conn: Connection,
    keys: SubKeys,
    state: ReadOnlyState,
) -> Result<(Connection, SubKeys)> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let version: u32 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > CURRENT_VERSION {
        return Err(newer(version));
    }
    let canary: Option<Vec<u8>> = tx
        .query_row("SELECT v FROM meta WHERE k = 'canary'", [], |r| r.get(0))
        .optional()?;
    match canary {
        Some(blob) => verify_canary(&keys, &blob)?,
        // Checked read-only already (the summary vouched for the key); left missing so
        // that `verify` reports it.
        None if state.key_proven => {}
        None => return Err(unproven_key()),
    }
    if version < CURRENT_VERSION {
        schema::migrate(&tx, version, &keys)?;
    }
    tx.commit()?;
    Ok((conn, keys))
}

fn unproven_key() -> HearthError {
    HearthError::WrongKey(
        "this store's key check is missing, so no key can be trusted with it; nothing was \
         changed. Restore a backup"
            .into(),
    )
}

/// True when the database at `db` holds no row in any table: an empty file, a store
/// whose creation stopped before its key was stored, or a store never written to.
fn unused(db: &Path) -> Result<bool> {
    consistent_read(db, unused_in)
}

fn unused_in(ro: &Connection) -> Result<bool> {
    let version: u32 = ro.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version == 0 {
        return Ok(true);
    }
    for table in super::Table::ALL {
        let any: bool = ro.query_row(
            &format!("SELECT EXISTS (SELECT 1 FROM {})", table.name()),
            [],
            |r| r.get(0),
        )?;
        if any {
            return Ok(false);
        }
    }
    Ok(true)
}

/// What the read-only look before writing found.
struct ReadOnlyState {
    version: u32,
    /// The key opened the canary, or (canary missing) authenticated the summary.
    key_proven: bool,
}

pub(super) fn reconnect(dir: &Path, read_only_store: bool) -> Result<Connection> {
    let db = dir.join(DB_FILE);
    if read_only_store {
        read_only(&db)
    } else {
        connect(&db)
    }
}

/// Read-only look at an existing store: refuses a newer schema or a wrong key without
/// writing. `user_version` and `meta` are read straight from the main file. A store
/// whose canary is gone is accepted only if its integrity summary authenticates under
/// this key (someone deleted the canary to slip in their own key otherwise).
fn check_before_writing(db: &Path, keys: &SubKeys) -> Result<ReadOnlyState> {
    consistent_read(db, |ro| check_in(ro, keys))
}

fn check_in(ro: &Connection, keys: &SubKeys) -> Result<ReadOnlyState> {
    let version: u32 = ro.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > CURRENT_VERSION {
        return Err(newer(version));
    }
    if version == 0 {
        return Ok(ReadOnlyState {
            version,
            key_proven: false,
        });
    }
    let canary: Option<Vec<u8>> = ro
        .query_row("SELECT v FROM meta WHERE k = 'canary'", [], |r| r.get(0))
        .optional()?;
    let key_proven = match canary {
        Some(blob) => {
            verify_canary(keys, &blob)?;
            true
        }
        None => match Summary::load(ro, keys)? {
            Loaded::Present(_) => true,
            Loaded::Forged => {
                return Err(HearthError::WrongKey(
                    "the key or passphrase does not unlock this store; nothing was changed".into(),
                ))
            }
            Loaded::Missing => return Err(unproven_key()),
        },
    };
    Ok(ReadOnlyState {
        version,
        key_proven,
    })
}

/// Runs `read` on a read-only connection (see [`read_only`]) and makes sure it saw one
/// state of the file. The immutable view takes no lock, so another process that
/// checkpoints its WAL into the main file while we read could hand us half-written
/// pages ("database disk image is malformed", or worse, a wrong answer). A writer
/// creates the WAL before touching the main file and changes the file's size or time
/// when it does, so a read that began and ended with no WAL and the same file stamp saw
/// no writer; otherwise it is read again (through SQLite's locks once a WAL is there).
fn consistent_read<T>(db: &Path, read: impl Fn(&Connection) -> Result<T>) -> Result<T> {
    let mut last = None;
    for attempt in 0..CONSISTENT_READ_TRIES {
        if attempt > 0 {
            std::thread::sleep(Duration::from_millis(5 * u64::from(attempt)));
        }
        let had_wal = wal_path(db).exists();
        let before = stamp(db)?;
        let out = read(&read_only(db)?);
        if had_wal || (!wal_path(db).exists() && stamp(db)? == before) {
            return out;
        }
        last = Some(out);
    }
    last.unwrap_or_else(|| {
        Err(HearthError::Storage(
            "the journal kept changing while it was read; nothing was changed".into(),
        ))
    })
}

const CONSISTENT_READ_TRIES: u32 = 20;

/// What changes whenever a file's bytes do: its size, its modification and change
/// times (nanoseconds on the file systems phones use) and, on Unix, its inode.
fn stamp(db: &Path) -> Result<(u64, Option<std::time::SystemTime>, u64, i64, i64)> {
    let m = std::fs::metadata(db)?;
    #[cfg(unix)]
    let (ino, ctime, ctime_ns) = {
        use std::os::unix::fs::MetadataExt;
        (m.ino(), m.ctime(), m.ctime_nsec())
    };
    #[cfg(not(unix))]
    let (ino, ctime, ctime_ns) = (0, 0, 0);
    Ok((m.len(), m.modified().ok(), ino, ctime, ctime_ns))
}

/// A read-only connection that creates no files. With no WAL file present every
/// committed page is in the main file, so it can be read as immutable: SQLite then
/// creates no -wal/-shm files, and a refused open leaves the directory exactly as it
/// was. With a WAL present (another process has the store open), a plain read-only
/// open is needed to see its latest commits.
fn read_only(db: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let ro = if wal_path(db).exists() {
        Connection::open_with_flags(db, flags)?
    } else {
        Connection::open_with_flags(immutable_uri(db), flags | OpenFlags::SQLITE_OPEN_URI)?
    };
    ro.busy_timeout(BUSY_TIMEOUT)?;
    Ok(ro)
}

fn wal_path(db: &Path) -> std::path::PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push("-wal");
    p.into()
}

/// `file:` URI with `immutable=1`. The path's bytes are kept exactly: the characters URIs
/// reserve and every non-ASCII byte are percent-encoded (SQLite decodes `%XX` back to
/// the byte), so a directory whose name is not UTF-8 still names the same file.
fn immutable_uri(db: &Path) -> String {
    #[cfg(unix)]
    let bytes = {
        use std::os::unix::ffi::OsStrExt;
        db.as_os_str().as_bytes().to_vec()
    };
    #[cfg(not(unix))]
    let bytes = db.to_string_lossy().into_owned().into_bytes();
    let mut uri = String::from("file:");
    for b in bytes {
        match b {
            b'%' | b'?' | b'#' | 0x80..=0xff => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                uri.push('%');
                uri.push(char::from(HEX[usize::from(b >> 4)]));
                uri.push(char::from(HEX[usize::from(b & 15)]));
            }
            b => uri.push(char::from(b)),
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

/// The read-write connection. It never creates the database: a file that vanished
/// (an erase running at the same time) is an error, not a new keyless store.
fn connect(db: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(db, flags).map_err(|e| match e {
        rusqlite::Error::SqliteFailure(ref f, _) if f.code == rusqlite::ErrorCode::CannotOpen => {
            HearthError::Storage(format!(
                "the journal's database ({}) is gone (erased?); nothing was written",
                db.display()
            ))
        }
        other => other.into(),
    })?;
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
