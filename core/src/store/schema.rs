//! Schema versions and forward migrations, tracked in `PRAGMA user_version`.
//!
//! Every migration runs inside the caller's transaction, so a store is either fully at
//! the old version or fully at the new one. A store from a newer version is refused
//! before anything is written.

use rusqlite::Connection;

use super::summary::Summary;
use super::Table;
use crate::crypto::SubKeys;
use crate::error::Result;

/// The schema version this build writes.
pub const CURRENT_VERSION: u32 = 3;

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

/// v3: no order and no names on disk, and an integrity summary.
///
/// - Every table becomes `WITHOUT ROWID`, keyed by the random row id, so rows are
///   stored in id order rather than in the order they were written (which, counted
///   back from the file's time, dated every entry). Rows are copied over in id order.
/// - Settings rows get keyed ids ([`SubKeys::settings_id`]) instead of `reminders` and
///   `safety_plan`, so the file does not show that a safety plan exists. Their payloads
///   are resealed, since the id is part of the associated data.
/// - `meta` gains the integrity summary ([`Summary`]), computed from every row.
fn to_v3(conn: &Connection, keys: &SubKeys) -> Result<()> {
    for table in Table::ALL {
        let t = table.name();
        conn.execute_batch(&format!(
            "CREATE TABLE {t}_v3 (id TEXT PRIMARY KEY, day_tag BLOB NOT NULL, payload BLOB NOT NULL) STRICT, WITHOUT ROWID;
             INSERT INTO {t}_v3 SELECT id, day_tag, payload FROM {t} ORDER BY id;
             DROP TABLE {t};
             ALTER TABLE {t}_v3 RENAME TO {t};"
        ))?;
    }
    conn.execute_batch("CREATE INDEX entries_by_day ON entries(day_tag);")?;
    for name in ["reminders", "safety_plan"] {
        super::records::rekey_settings(conn, keys, name, &keys.settings_id(name))?;
    }
    let summary = Summary {
        writes: 0,
        tables: Summary::compute(conn, keys)?,
    };
    summary.save(conn, keys)
}

/// Brings a store from `from` to [`CURRENT_VERSION`]. The caller holds a write
/// transaction, has checked `from <= CURRENT_VERSION` and the key.
pub fn migrate(conn: &Connection, from: u32, keys: &SubKeys) -> Result<()> {
    if from < 1 {
        conn.execute_batch(V1)?;
    }
    if from < 2 {
        conn.execute_batch(V2)?;
    }
    if from < 3 {
        to_v3(conn, keys)?;
    }
    conn.pragma_update(None, "user_version", CURRENT_VERSION)?;
    Ok(())
}
