//! Whole-store integrity check: every row must open under its own associated data.

use serde::Serialize;

use super::{Store, Table};
use crate::error::Result;
use crate::time::DayRange;

/// One record that failed its check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DamagedRecord {
    /// Table it lives in.
    pub table: String,
    /// Its id.
    pub id: String,
    /// Why it failed.
    pub reason: String,
}

/// The result of [`Store::verify`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerifyReport {
    /// Rows examined.
    pub checked: u64,
    /// Rows that failed, in table then id order.
    pub damaged: Vec<DamagedRecord>,
    /// SQLite's own `PRAGMA quick_check` verdict (`ok` when the file is sound).
    pub sqlite: String,
}

impl VerifyReport {
    /// True when nothing is damaged.
    pub fn is_clean(&self) -> bool {
        self.damaged.is_empty() && self.sqlite == "ok"
    }
}

impl Store {
    /// Decrypts every record and reports the ones that fail, without changing anything.
    pub fn verify(&mut self) -> Result<VerifyReport> {
        let sqlite: String = self
            .conn()?
            .query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        let mut checked = 0;
        let mut damaged = Vec::new();
        for table in Table::ALL {
            for row in self.scan::<serde_json::Value>(table, DayRange::all())? {
                checked += 1;
                if let Err(reason) = row.value {
                    damaged.push(DamagedRecord {
                        table: table.name().into(),
                        id: row.id,
                        reason,
                    });
                }
            }
        }
        damaged.sort_by(|a, b| (&a.table, &a.id).cmp(&(&b.table, &b.id)));
        Ok(VerifyReport {
            checked,
            damaged,
            sqlite,
        })
    }
}
