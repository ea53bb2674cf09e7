//! A printable summary to hand to a clinician: one self-contained HTML page with the
//! mood over time (an inline SVG chart of daily means), questionnaire results, the most
//! frequent tags and emotions, and notes only when the person opts in. It says plainly
//! that it is a self-report summary, not a diagnosis.
//!
//! Self-contained means: inline CSS only, no `<script>`, no fonts, images or links to
//! fetch (no `http:` or `https:` anywhere), so it opens, prints and saves as PDF offline.

pub mod chart;
mod escape;
mod page;
pub mod stats;
mod text;

use crate::error::Result;
use crate::store::Store;
use crate::time::{local_day, DayRange};

pub use escape::html as escape_html;
pub use stats::SummaryData;

impl Store {
    /// The summary page for the local days in `range`. An open end means "from the
    /// first entry" or "to the last entry" (today if there are none).
    pub fn therapist_summary(&mut self, range: DayRange, include_notes: bool) -> Result<String> {
        let range = range.validated()?;
        let entries = self.entries(range)?.items;
        let days: Vec<_> = entries.iter().map(|e| local_day(e.at())).collect();
        let today = crate::zone::now_here().date_naive();
        let from = range
            .from
            .or_else(|| days.iter().min().copied())
            .unwrap_or(today);
        let to = range
            .to
            .or_else(|| days.iter().max().copied())
            .unwrap_or(today)
            .max(from);
        Ok(render(&SummaryData::new(from, to, entries), include_notes))
    }
}

/// The page for already gathered `data`.
pub fn render(data: &SummaryData, include_notes: bool) -> String {
    page::render(data, include_notes)
}
