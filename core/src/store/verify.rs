//! Whole-store integrity check: every row must open under its own associated data, and
//! the rows must be exactly the ones the integrity summary records (see `summary`).

use serde::Serialize;

use super::summary::{self, Loaded, Summary};
use super::{Store, Table};
use crate::error::{HearthError, Result};
use crate::time::DayRange;

/// Something about the store as a whole that does not match what Hearth wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntegrityProblem {
    /// Rows Hearth wrote are gone.
    Missing {
        /// The table.
        table: String,
        /// How many.
        rows: u64,
    },
    /// Rows Hearth did not write are present (copied in from elsewhere).
    Added {
        /// The table.
        table: String,
        /// How many.
        rows: u64,
    },
    /// As many rows as recorded, but not the same ones: a row was replaced by an older
    /// copy of itself, or swapped for one Hearth did not write.
    Replaced {
        /// The table.
        table: String,
    },
    /// The summary itself is missing.
    SummaryMissing,
    /// The summary does not authenticate under this store's key.
    SummaryAltered,
    /// The record that recognises the store's key is missing.
    KeyCheckMissing,
}

impl std::fmt::Display for IntegrityProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Missing { table, rows } => {
                write!(f, "{table}: {rows} row(s) Hearth wrote are missing")
            }
            Self::Added { table, rows } => write!(
                f,
                "{table}: {rows} row(s) were added that Hearth did not write here"
            ),
            Self::Replaced { table } => write!(
                f,
                "{table}: a row was replaced by an older copy of itself or by one Hearth did \
                 not write here"
            ),
            Self::SummaryMissing => write!(f, "the store's record of what it holds is missing"),
            Self::SummaryAltered => write!(f, "the store's record of what it holds was altered"),
            Self::KeyCheckMissing => {
                write!(f, "the record that recognises this store's key is missing")
            }
        }
    }
}

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
    /// Rows missing, added or rolled back against the integrity summary. In JSON, one
    /// plain sentence each (a derived serializer for the enum cost library size).
    #[serde(serialize_with = "as_sentences")]
    pub integrity: Vec<IntegrityProblem>,
}

fn as_sentences<S: serde::Serializer>(
    v: &[IntegrityProblem],
    s: S,
) -> std::result::Result<S::Ok, S::Error> {
    s.collect_seq(v.iter().map(|p| p.to_string()))
}

impl VerifyReport {
    /// True when nothing is damaged.
    pub fn is_clean(&self) -> bool {
        self.damaged.is_empty() && self.sqlite == "ok" && self.integrity.is_empty()
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
        let integrity = self.integrity_problems()?;
        Ok(VerifyReport {
            checked,
            damaged,
            sqlite,
            integrity,
        })
    }

    /// Compares every row with the integrity summary.
    fn integrity_problems(&mut self) -> Result<Vec<IntegrityProblem>> {
        self.conn()?;
        let (Some(keys), Some(conn)) = (self.keys.as_ref(), self.conn.as_ref()) else {
            return Err(HearthError::Locked);
        };
        let mut out = Vec::new();
        let canary: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM meta WHERE k = 'canary')",
            [],
            |r| r.get(0),
        )?;
        if !canary {
            out.push(IntegrityProblem::KeyCheckMissing);
        }
        let recorded = match Summary::load(conn, keys)? {
            Loaded::Present(s) => s,
            Loaded::Missing => {
                out.push(IntegrityProblem::SummaryMissing);
                return Ok(out);
            }
            Loaded::Forged => {
                out.push(IntegrityProblem::SummaryAltered);
                return Ok(out);
            }
        };
        let found = Summary::compute(conn, keys)?;
        for table in Table::ALL {
            let (want, got) = (
                recorded.tables[summary::index(table)],
                found[summary::index(table)],
            );
            let name = table.name().to_string();
            if got.count < want.count {
                out.push(IntegrityProblem::Missing {
                    table: name,
                    rows: want.count - got.count,
                });
            } else if got.count > want.count {
                out.push(IntegrityProblem::Added {
                    table: name,
                    rows: got.count - want.count,
                });
            } else if got.xor != want.xor {
                out.push(IntegrityProblem::Replaced { table: name });
            }
        }
        Ok(out)
    }
}
