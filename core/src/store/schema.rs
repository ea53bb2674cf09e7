//! Schema versions and forward migrations, tracked in `PRAGMA user_version`.
//!
//! Every migration runs inside the caller's transaction, so a store is either fully at
//! the old version or fully at the new one. A store from a newer version is refused
//! before anything is written.

use rusqlite::Connection;

use crate::error::Result;

/// The schema version this build writes.
pub const CURRENT_VERSION: u32 = 2;

/// `meta` never changes shape: it holds the canary, so a wrong key can be detected on a
/// store of any version before any migration runs.
const V1: &str = "
CREATE TABLE IF NOT EXISTS meta (
    k TEXT PRIMARY KEY,
    v BLOB NOT NULL
) STRICT;
CREATE TABLE entries (
    id      TEXT PRIMARY KEY,
    day_tag BLOB NOT NULL,
    payload BLOB NOT NULL
) STRICT;
CREATE INDEX entries_by_day ON entries(day_tag);
";

/// v2: catalogs (tags, people, scales, custom emotions) and settings. They are small
/// and read whole, so their `day_tag` is empty; the table name in the associated data
/// keeps a row from being moved between them.
const V2: &str = "
CREATE TABLE tags     (id TEXT PRIMARY KEY, day_tag BLOB NOT NULL, payload BLOB NOT NULL) STRICT;
CREATE TABLE people   (id TEXT PRIMARY KEY, day_tag BLOB NOT NULL, payload BLOB NOT NULL) STRICT;
CREATE TABLE scales   (id TEXT PRIMARY KEY, day_tag BLOB NOT NULL, payload BLOB NOT NULL) STRICT;
CREATE TABLE emotions (id TEXT PRIMARY KEY, day_tag BLOB NOT NULL, payload BLOB NOT NULL) STRICT;
CREATE TABLE settings (id TEXT PRIMARY KEY, day_tag BLOB NOT NULL, payload BLOB NOT NULL) STRICT;
";

/// Brings a store from `from` to [`CURRENT_VERSION`]. The caller holds a write
/// transaction and checks `from <= CURRENT_VERSION` first.
pub fn migrate(conn: &Connection, from: u32) -> Result<()> {
    if from < 1 {
        conn.execute_batch(V1)?;
    }
    if from < 2 {
        conn.execute_batch(V2)?;
    }
    conn.pragma_update(None, "user_version", CURRENT_VERSION)?;
    Ok(())
}
