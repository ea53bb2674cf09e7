//! Encrypted rows. Each row is `(id, day_tag, payload)` where `payload` is a sealed
//! serde-JSON document whose associated data is `table || id || day_tag`: a ciphertext
//! copied into another row, another table or another day fails to open.

use chrono::NaiveDate;
use rusqlite::{params, params_from_iter, OptionalExtension};
use serde::de::DeserializeOwned;
use serde::Serialize;
use zeroize::Zeroizing;

use super::summary::{self, Summary};
use super::Store;
use crate::crypto::{seal, SubKeys};
use crate::error::{HearthError, Result};
use crate::time::DayRange;

/// The encrypted tables. All share the shape `(id, day_tag, payload)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// Journal entries of every kind, indexed by local day.
    Entries,
    /// Tags and activities (catalog).
    Tags,
    /// Trusted people (catalog).
    People,
    /// Custom scales (catalog).
    Scales,
    /// Custom emotions (catalog).
    Emotions,
    /// Settings documents (reminders, safety plan, …), one row per id.
    Settings,
}

impl Table {
    /// Every table, for whole-store checks.
    pub const ALL: [Table; 6] = [
        Table::Entries,
        Table::Tags,
        Table::People,
        Table::Scales,
        Table::Emotions,
        Table::Settings,
    ];

    /// SQL name of the table.
    /// The statement writing one row, as static text (no `format!` per write).
    fn insert_sql(self) -> &'static str {
        match self {
            Table::Entries => {
                "INSERT OR REPLACE INTO entries (id, day_tag, payload) VALUES (?1, ?2, ?3)"
            }
            Table::Tags => "INSERT OR REPLACE INTO tags (id, day_tag, payload) VALUES (?1, ?2, ?3)",
            Table::People => {
                "INSERT OR REPLACE INTO people (id, day_tag, payload) VALUES (?1, ?2, ?3)"
            }
            Table::Scales => {
                "INSERT OR REPLACE INTO scales (id, day_tag, payload) VALUES (?1, ?2, ?3)"
            }
            Table::Emotions => {
                "INSERT OR REPLACE INTO emotions (id, day_tag, payload) VALUES (?1, ?2, ?3)"
            }
            Table::Settings => {
                "INSERT OR REPLACE INTO settings (id, day_tag, payload) VALUES (?1, ?2, ?3)"
            }
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Table::Entries => "entries",
            Table::Tags => "tags",
            Table::People => "people",
            Table::Scales => "scales",
            Table::Emotions => "emotions",
            Table::Settings => "settings",
        }
    }
}

/// One decrypted row, or the reason it could not be read.
pub struct Row<T> {
    /// The row id.
    pub id: String,
    /// The decoded payload, or why it failed.
    pub value: std::result::Result<T, String>,
}

/// Upper bound on days enumerated for a bounded range before falling back to a scan;
/// beyond this a full scan is cheaper than thousands of index probes.
const MAX_DAY_PROBES: i64 = 400;

impl Store {
    /// A fresh random row id: 128 bits, hex.
    pub fn new_id() -> Result<String> {
        use ring::rand::{SecureRandom, SystemRandom};
        let mut b = [0u8; 16];
        SystemRandom::new()
            .fill(&mut b)
            .map_err(|_| HearthError::Storage("the system random generator failed".into()))?;
        Ok(crate::crypto::hex(&b))
    }

    fn aad(table: Table, id: &str, day_tag: &[u8]) -> Vec<u8> {
        let mut aad = Vec::with_capacity(64);
        aad.extend_from_slice(b"hearth/v1/");
        aad.extend_from_slice(table.name().as_bytes());
        aad.push(0);
        aad.extend_from_slice(id.as_bytes());
        aad.push(0);
        aad.extend_from_slice(day_tag);
        aad
    }

    /// Inserts or replaces the row `id`, filed under local `day`.
    pub fn put<T: Serialize>(
        &mut self,
        table: Table,
        id: &str,
        day: NaiveDate,
        value: &T,
    ) -> Result<()> {
        self.put_dated(table, id, day, value, false)
    }

    /// [`Store::put`] for an id just made by [`Store::new_id`]: there is no older row
    /// to take out of the integrity summary, so it is not looked up (a check-in's most
    /// frequent path; 128 random bits do not collide).
    pub(crate) fn put_new<T: Serialize>(
        &mut self,
        table: Table,
        id: &str,
        day: NaiveDate,
        value: &T,
    ) -> Result<()> {
        self.put_dated(table, id, day, value, true)
    }

    fn put_dated<T: Serialize>(
        &mut self,
        table: Table,
        id: &str,
        day: NaiveDate,
        value: &T,
        fresh: bool,
    ) -> Result<()> {
        let tag = self.keys()?.day_tag(&day.to_string());
        self.put_tagged(table, id, tag, value, fresh)
    }

    /// The settings document named `name` (stored under its keyed id), or `None` if it
    /// was never saved; one that fails its check is `Damaged`, named by `name`.
    pub(crate) fn setting<T: DeserializeOwned>(&mut self, name: &str) -> Result<Option<T>> {
        let id = self.keys()?.settings_id(name);
        match self.get::<T>(Table::Settings, &id)? {
            Some(row) => row.value.map(Some).map_err(|reason| HearthError::Damaged {
                id: name.into(),
                reason,
            }),
            None => Ok(None),
        }
    }

    /// Saves the settings document named `name` under its keyed id.
    pub(crate) fn save_setting<T: Serialize>(&mut self, name: &str, value: &T) -> Result<()> {
        let id = self.keys()?.settings_id(name);
        self.put_undated(Table::Settings, &id, value)
    }

    /// Inserts or replaces a catalog or settings row (no day).
    pub fn put_undated<T: Serialize>(&mut self, table: Table, id: &str, value: &T) -> Result<()> {
        self.put_tagged(table, id, Vec::new(), value, false)
    }

    fn put_tagged<T: Serialize>(
        &mut self,
        table: Table,
        id: &str,
        tag: Vec<u8>,
        value: &T,
        fresh: bool,
    ) -> Result<()> {
        if table == Table::Tags {
            self.tag_cache = None;
        }
        let keys = self.keys()?;
        let plain = Zeroizing::new(
            serde_json::to_vec(value).map_err(|e| HearthError::Storage(e.to_string()))?,
        );
        let sealed = seal::seal(keys.record(), &Self::aad(table, id, &tag), &plain)?;
        let added = summary::digest(keys, table, id, &sealed);
        self.summarised_write(table, id, Some(added), fresh, |conn| {
            // Cached: a check-in is one insert, and re-parsing the SQL each time was a
            // visible share of its CPU cost.
            conn.prepare_cached(table.insert_sql())?
                .execute(params![id, tag, sealed])?;
            Ok(())
        })
    }

    /// Deletes row `id`; returns whether it existed.
    pub fn remove(&mut self, table: Table, id: &str) -> Result<bool> {
        if table == Table::Tags {
            self.tag_cache = None;
        }
        let sql = format!("DELETE FROM {} WHERE id = ?1", table.name());
        let removed = self.summarised_write(table, id, None, false, |conn| {
            Ok(conn.prepare_cached(&sql)?.execute([id])? > 0)
        })?;
        if removed {
            self.wipe_pending = true;
            self.wipe_deleted();
        }
        Ok(removed)
    }

    /// After a delete has committed: a `TRUNCATE` checkpoint, so the page images that
    /// still held the deleted row leave `hearth.db-wal` (the database's own pages were
    /// already overwritten by `secure_delete`).
    ///
    /// Best effort, and it waits for no one: a `TRUNCATE` checkpoint would otherwise
    /// sit in the busy handler (10 s) while another connection reads, and the delete has
    /// already committed, so nothing here may turn it into a reported failure. If it
    /// stops short it is tried again after this connection's next delete or bulk
    /// transaction; SQLite's own checkpoint when the last connection closes empties the
    /// WAL too. Inside a caller's transaction it runs when that commits.
    pub(crate) fn wipe_deleted(&mut self) {
        let Some(conn) = self.conn.as_ref() else {
            return;
        };
        if !self.wipe_pending || !conn.is_autocommit() {
            return;
        }
        let _ = conn.busy_timeout(std::time::Duration::ZERO);
        let done = conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                r.get::<_, i64>(0)
            })
            .is_ok_and(|busy| busy == 0);
        let _ = conn.busy_timeout(super::open::BUSY_TIMEOUT);
        if done {
            self.wipe_pending = false;
        }
    }

    /// Runs one row write together with the matching update of the integrity summary,
    /// in one transaction (its own, unless the caller has one open): the old row's
    /// digest goes out, `added` (the new row's) goes in, the write counter goes up. A
    /// summary that is missing or does not authenticate is left as it is, so `verify`
    /// keeps reporting it rather than a write quietly blessing a tampered file.
    fn summarised_write<T>(
        &mut self,
        table: Table,
        id: &str,
        added: Option<[u8; 32]>,
        fresh: bool,
        write: impl FnOnce(&rusqlite::Connection) -> Result<T>,
    ) -> Result<T> {
        self.conn()?; // reopens after a suspend
        let (Some(keys), Some(conn)) = (self.keys.as_ref(), self.conn.as_ref()) else {
            return Err(HearthError::Locked);
        };
        let own = conn.is_autocommit();
        if own {
            // Cached, as the insert is: parsing BEGIN and COMMIT on every check-in showed.
            conn.prepare_cached("BEGIN IMMEDIATE")?.execute([])?;
        }
        let result = (|| {
            let old: Option<(Vec<u8>, Vec<u8>)> = if fresh {
                None
            } else {
                conn.prepare_cached(summary::parts_sql(table))?
                    .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
                    .optional()?
            };
            let out = write(conn)?;
            if let summary::Loaded::Present(mut sum) = Summary::load(conn, keys)? {
                let t = &mut sum.tables[summary::index(table)];
                if let Some((head, tail)) = old {
                    t.remove(&summary::digest_parts(keys, table, id, &head, &tail));
                }
                if let Some(new) = &added {
                    t.add(new);
                }
                sum.writes += 1;
                sum.save(conn, keys)?;
            }
            Ok(out)
        })();

        if own {
            match &result {
                Ok(_) => {
                    conn.prepare_cached("COMMIT")?.execute([])?;
                }
                Err(_) => {
                    // The rollback error, if any, matters less than the original one.
                    let _ = conn.execute_batch("ROLLBACK");
                    self.forget_caches();
                }
            }
        }
        result
    }

    /// Reads and decrypts row `id`, or `None` if there is no such row.
    pub fn get<T: DeserializeOwned>(&mut self, table: Table, id: &str) -> Result<Option<Row<T>>> {
        let sql = format!(
            "SELECT id, day_tag, payload FROM {} WHERE id = ?1",
            table.name()
        );
        let raw: Option<(String, Vec<u8>, Vec<u8>)> = self
            .conn()?
            .prepare_cached(&sql)?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        match raw {
            None => Ok(None),
            Some(raw) => Ok(Some(self.decode(table, raw)?)),
        }
    }

    /// Every row filed under a day in `range`. Bounded ranges are index lookups by day
    /// tag; open or very long ranges scan the table (callers filter by exact time).
    pub fn scan<T: DeserializeOwned>(
        &mut self,
        table: Table,
        range: DayRange,
    ) -> Result<Vec<Row<T>>> {
        let mut out = Vec::new();
        self.scan_each(table, range, |row| {
            out.push(row);
            Ok(())
        })?;
        Ok(out)
    }

    /// Like [`scan`](Self::scan), but hands each row to `f` as soon as it is decrypted,
    /// so a caller that keeps only part of each row (or a summary) never holds every
    /// ciphertext and every decoded row at once. `f` cannot use the store; an error
    /// from `f` stops the scan and is returned.
    pub(crate) fn scan_each<T: DeserializeOwned>(
        &mut self,
        table: Table,
        range: DayRange,
        mut f: impl FnMut(Row<T>) -> Result<()>,
    ) -> Result<()> {
        self.conn()?; // reopens after a suspend
        let (Some(keys), Some(conn)) = (self.keys.as_ref(), self.conn.as_ref()) else {
            return Err(HearthError::Locked);
        };
        let (sql, tags) = match (range.from, range.to) {
            (Some(from), Some(to)) if (to - from).num_days() < MAX_DAY_PROBES => {
                let tags: Vec<Vec<u8>> = from
                    .iter_days()
                    .take_while(|d| *d <= to)
                    .map(|d| keys.day_tag(&d.to_string()))
                    .collect();
                let marks = vec!["?"; tags.len()].join(",");
                let sql = format!(
                    "SELECT id, day_tag, payload FROM {} WHERE day_tag IN ({marks})",
                    table.name()
                );
                (sql, tags)
            }
            _ => (
                format!("SELECT id, day_tag, payload FROM {}", table.name()),
                Vec::new(),
            ),
        };
        let mut stmt = conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params_from_iter(tags.iter()))?;
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            // Borrowed from SQLite's row buffer: no copy of the ciphertext is kept.
            let tag = r.get_ref(1)?.as_blob().map_err(rusqlite::Error::from)?;
            let payload = r.get_ref(2)?.as_blob().map_err(rusqlite::Error::from)?;
            f(decode_with(keys, table, id, tag, payload))?;
        }
        Ok(())
    }

    fn decode<T: DeserializeOwned>(
        &self,
        table: Table,
        raw: (String, Vec<u8>, Vec<u8>),
    ) -> Result<Row<T>> {
        let (id, tag, payload) = raw;
        Ok(decode_with(self.keys()?, table, id, &tag, &payload))
    }
}

/// Moves the settings row `old_id` to `new_id`, resealing its payload under the new
/// id's associated data (schema v3). A row that does not open is moved as it is, so
/// `verify` still reports it. Missing rows are fine.
pub(super) fn rekey_settings(
    conn: &rusqlite::Connection,
    keys: &SubKeys,
    old_id: &str,
    new_id: &str,
) -> Result<()> {
    let row: Option<(Vec<u8>, Vec<u8>)> = conn
        .query_row(
            "SELECT day_tag, payload FROM settings WHERE id = ?1",
            [old_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((tag, payload)) = row else {
        return Ok(());
    };
    let moved = match seal::open(
        keys.record(),
        &Store::aad(Table::Settings, old_id, &tag),
        &payload,
    ) {
        Ok(plain) => seal::seal(
            keys.record(),
            &Store::aad(Table::Settings, new_id, &tag),
            &plain,
        )?,
        Err(_) => payload,
    };
    conn.execute("DELETE FROM settings WHERE id = ?1", [old_id])?;
    conn.execute(
        "INSERT OR REPLACE INTO settings (id, day_tag, payload) VALUES (?1, ?2, ?3)",
        params![new_id, tag, moved],
    )?;
    Ok(())
}

/// Opens and parses one row's payload; a failure is kept in the row, not returned.
fn decode_with<T: DeserializeOwned>(
    keys: &SubKeys,
    table: Table,
    id: String,
    tag: &[u8],
    payload: &[u8],
) -> Row<T> {
    let value = match seal::open(keys.record(), &Store::aad(table, &id, tag), payload) {
        Err(e) => Err(e.to_string()),
        Ok(plain) => {
            serde_json::from_slice(&plain).map_err(|e| format!("undecodable payload: {e}"))
        }
    };
    Row { id, value }
}

/// Decodes arbitrary bytes the way a stored row is decoded, for fuzzing and property
/// tests: first as a sealed envelope, then (sealed with a fixed key so the AEAD passes)
/// as the JSON document inside. Must never panic.
pub fn fuzz_decode(data: &[u8]) {
    const KEY: [u8; 32] = [0x42; 32];
    let _ = seal::open(&KEY, b"fuzz", data);
    if let Ok(sealed) = seal::seal(&KEY, b"fuzz", data) {
        if let Ok(plain) = seal::open(&KEY, b"fuzz", &sealed) {
            let _ = serde_json::from_slice::<crate::journal::entry::StoredEntry>(&plain);
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn decoding_arbitrary_bytes_never_panics(data in proptest::collection::vec(any::<u8>(), 0..2048)) {
            super::fuzz_decode(&data);
        }

        #[test]
        fn decoding_json_like_bytes_never_panics(s in r#"\{"kind":"check_in"[ -~]{0,200}"#) {
            super::fuzz_decode(s.as_bytes());
        }
    }
}
