//! Questionnaire results as journal entries: sealed like everything else, and shown
//! over time.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::entry::StoredEntry;
use crate::assessments::{score, AssessmentResult, Instrument};
use crate::error::{HearthError, Result};
use crate::store::{Store, Table};
use crate::time::{local_day, DayRange};

/// A saved questionnaire result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessmentRecord {
    /// Stable id.
    pub id: String,
    /// When it was answered.
    pub at: DateTime<FixedOffset>,
    /// The scored result.
    pub result: AssessmentResult,
}

impl Store {
    /// Scores `answers` for `instrument` and saves the result.
    pub fn record_assessment(
        &mut self,
        instrument: Instrument,
        answers: &[u8],
        at: Option<DateTime<FixedOffset>>,
    ) -> Result<AssessmentRecord> {
        let result = score(instrument, answers)?;
        let r = AssessmentRecord {
            id: Store::new_id()?,
            at: at.unwrap_or_else(crate::zone::now_here),
            result,
        };
        self.put(
            Table::Entries,
            &r.id,
            local_day(&r.at),
            &StoredEntry::Assessment(r.clone()),
        )?;
        Ok(r)
    }

    /// The saved result `id`.
    pub fn assessment(&mut self, id: &str) -> Result<AssessmentRecord> {
        match self.entry(id)? {
            StoredEntry::Assessment(a) => Ok(a),
            _ => Err(HearthError::NotFound {
                kind: "assessment".into(),
                id: id.into(),
            }),
        }
    }

    /// Saved results, oldest first, optionally for one questionnaire.
    pub fn assessments(&mut self, instrument: Option<Instrument>) -> Result<Vec<AssessmentRecord>> {
        let mut v: Vec<AssessmentRecord> = self
            .entries(DayRange::all())?
            .items
            .into_iter()
            .filter_map(|e| match e {
                StoredEntry::Assessment(a)
                    if instrument.is_none_or(|i| a.result.instrument == i) =>
                {
                    Some(a)
                }
                _ => None,
            })
            .collect();
        v.sort_by_key(|a| a.at);
        Ok(v)
    }
}
