//! The store's authenticated summary of what it holds, so that someone with the file but
//! not the key cannot delete, roll back or add rows unnoticed.
//!
//! Each row has a digest: `HMAC(integrity key, table ‖ 0 ‖ id ‖ 0 ‖ nonce ‖ AEAD tag)`.
//! The nonce and tag identify one sealed version of the row (every write draws a fresh
//! nonce), so an older copy of a row has another digest. Per table the summary keeps the
//! row count and the XOR of every digest (a set hash: order-free, and updated in O(1)
//! by XOR-ing a digest out and in), plus a write counter, all under an HMAC. It lives in
//! `meta` and is rewritten in the same transaction as every row write, so two processes
//! writing at once stay consistent (SQLite serialises the transactions).
//!
//! What it cannot see: the whole file replaced by an older copy of itself (rows and
//! summary rolled back together). That needs a counter kept outside the file.

use ring::hmac;
use rusqlite::{Connection, OptionalExtension};

use super::Table;
use crate::crypto::SubKeys;
use crate::error::Result;

const MAGIC: &[u8; 5] = b"HSUM1";
const TABLES: usize = Table::ALL.len();
/// magic + counter + per table (count + xor) + mac.
const LEN: usize = 5 + 8 + TABLES * (8 + 32) + 32;

/// Count and digest-XOR of one table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct TableSum {
    pub count: u64,
    pub xor: [u8; 32],
}

impl TableSum {
    fn toggle(&mut self, digest: &[u8; 32]) {
        for (a, b) in self.xor.iter_mut().zip(digest) {
            *a ^= b;
        }
    }

    /// Adds a row's digest.
    pub fn add(&mut self, digest: &[u8; 32]) {
        self.count += 1;
        self.toggle(digest);
    }

    /// Removes a row's digest.
    pub fn remove(&mut self, digest: &[u8; 32]) {
        self.count = self.count.saturating_sub(1);
        self.toggle(digest);
    }
}

/// The summary: per-table sums and the number of writes so far.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Summary {
    pub writes: u64,
    pub tables: [TableSum; TABLES],
}

/// What reading the summary found.
pub(crate) enum Loaded {
    Present(Box<Summary>),
    Missing,
    /// Present but its MAC does not verify under this key (altered, or another key).
    Forged,
}

pub(crate) fn index(table: Table) -> usize {
    Table::ALL
        .iter()
        .position(|t| *t == table)
        .expect("every table is in Table::ALL")
}

/// The digest of a row from its sealed payload (`nonce(12) ‖ ciphertext ‖ tag(16)`).
pub(crate) fn digest(keys: &SubKeys, table: Table, id: &str, payload: &[u8]) -> [u8; 32] {
    let head = &payload[..payload.len().min(12)];
    let tail = &payload[payload.len().saturating_sub(16)..];
    digest_parts(keys, table, id, head, tail)
}

/// [`digest`] from the payload's first 12 and last 16 bytes, as [`parts_sql`] reads
/// them.
pub(crate) fn digest_parts(
    keys: &SubKeys,
    table: Table,
    id: &str,
    head: &[u8],
    tail: &[u8],
) -> [u8; 32] {
    let mut ctx = hmac::Context::with_key(&keys.integrity());
    ctx.update(table.name().as_bytes());
    ctx.update(&[0]);
    ctx.update(id.as_bytes());
    ctx.update(&[0]);
    ctx.update(head);
    ctx.update(tail);
    let mut out = [0u8; 32];
    out.copy_from_slice(ctx.sign().as_ref());
    out
}

/// SQL for the digest inputs of one row (nonce, tag), so writes need not read whole
/// payloads. Static text: it runs on every write, the widget's check-in included.
pub(crate) fn parts_sql(table: Table) -> &'static str {
    match table {
        Table::Entries => {
            "SELECT substr(payload, 1, 12), substr(payload, -16) FROM entries WHERE id = ?1"
        }
        Table::Tags => {
            "SELECT substr(payload, 1, 12), substr(payload, -16) FROM tags WHERE id = ?1"
        }
        Table::People => {
            "SELECT substr(payload, 1, 12), substr(payload, -16) FROM people WHERE id = ?1"
        }
        Table::Scales => {
            "SELECT substr(payload, 1, 12), substr(payload, -16) FROM scales WHERE id = ?1"
        }
        Table::Emotions => {
            "SELECT substr(payload, 1, 12), substr(payload, -16) FROM emotions WHERE id = ?1"
        }
        Table::Settings => {
            "SELECT substr(payload, 1, 12), substr(payload, -16) FROM settings WHERE id = ?1"
        }
    }
}

impl Summary {
    fn encode(&self, keys: &SubKeys) -> Vec<u8> {
        let mut out = Vec::with_capacity(LEN);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&self.writes.to_be_bytes());
        for t in &self.tables {
            out.extend_from_slice(&t.count.to_be_bytes());
            out.extend_from_slice(&t.xor);
        }
        let mac = hmac::sign(&keys.integrity(), &out);
        out.extend_from_slice(mac.as_ref());
        out
    }

    fn decode(keys: &SubKeys, bytes: &[u8]) -> Option<Summary> {
        if bytes.len() != LEN || &bytes[..5] != MAGIC {
            return None;
        }
        let (body, mac) = bytes.split_at(LEN - 32);
        hmac::verify(&keys.integrity(), body, mac).ok()?;
        let u64_at = |at: usize| {
            let mut b = [0u8; 8];
            b.copy_from_slice(&body[at..at + 8]);
            u64::from_be_bytes(b)
        };
        let mut s = Summary {
            writes: u64_at(5),
            ..Default::default()
        };
        for (i, t) in s.tables.iter_mut().enumerate() {
            let at = 13 + i * 40;
            t.count = u64_at(at);
            t.xor.copy_from_slice(&body[at + 8..at + 40]);
        }
        Some(s)
    }

    /// Reads the summary from `meta`.
    pub fn load(conn: &Connection, keys: &SubKeys) -> Result<Loaded> {
        let blob: Option<Vec<u8>> = conn
            .prepare_cached("SELECT v FROM meta WHERE k = 'summary'")?
            .query_row([], |r| r.get(0))
            .optional()?;
        Ok(match blob {
            None => Loaded::Missing,
            Some(b) => {
                Summary::decode(keys, &b).map_or(Loaded::Forged, |s| Loaded::Present(Box::new(s)))
            }
        })
    }

    /// Writes the summary to `meta`. An update in place where the row exists (it always
    /// has the same size), so a write touches one page of `meta`, not a delete and an
    /// insert in the table and its key index.
    pub fn save(&self, conn: &Connection, keys: &SubKeys) -> Result<()> {
        let blob = self.encode(keys);
        let updated = conn
            .prepare_cached("UPDATE meta SET v = ?1 WHERE k = 'summary'")?
            .execute([&blob])?;
        if updated == 0 {
            conn.prepare_cached("INSERT INTO meta (k, v) VALUES ('summary', ?1)")?
                .execute([&blob])?;
        }
        Ok(())
    }

    /// Recomputes the sums from every row (for a new or migrated store, and `verify`).
    pub fn compute(conn: &Connection, keys: &SubKeys) -> Result<[TableSum; TABLES]> {
        let mut tables = [TableSum::default(); TABLES];
        for table in Table::ALL {
            let mut stmt = conn.prepare(&format!(
                "SELECT id, substr(payload, 1, 12), substr(payload, -16) FROM {}",
                table.name()
            ))?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let id: String = r.get(0)?;
                let head = r.get_ref(1)?.as_blob().map_err(rusqlite::Error::from)?;
                let tail = r.get_ref(2)?.as_blob().map_err(rusqlite::Error::from)?;
                tables[index(table)].add(&digest_parts(keys, table, &id, head, tail));
            }
        }
        Ok(tables)
    }
}
