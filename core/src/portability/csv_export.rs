//! Check-ins as CSV, one row each, for spreadsheets (see the [module docs](super)).

use std::collections::HashMap;

use crate::error::{HearthError, Result};
use crate::journal::checkin::{CheckIn, Source};
use crate::store::Store;
use crate::time::DayRange;

/// The header row, in order.
pub const COLUMNS: [&str; 13] = [
    "id",
    "date",
    "time",
    "utc_offset",
    "mood",
    "energy",
    "emotions",
    "tags",
    "scales",
    "connected",
    "with",
    "note",
    "source",
];

/// What joins several values in one cell.
pub const SEPARATOR: &str = " | ";

impl Store {
    /// Every readable check-in as CSV text, oldest first.
    pub fn export_csv(&mut self) -> Result<String> {
        let mut checkins = self.checkins(DayRange::all())?.items;
        checkins.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
        let names: HashMap<String, String> =
            self.people()?.into_iter().map(|p| (p.id, p.name)).collect();
        checkins_csv(&checkins, &names)
    }
}

/// Writes `checkins` as CSV; `names` maps person ids to names (an id with no name, for
/// someone since removed from the list, is written as the id).
pub fn checkins_csv(checkins: &[CheckIn], names: &HashMap<String, String>) -> Result<String> {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(COLUMNS).map_err(csv_error)?;
    for c in checkins {
        w.write_record(row(c, names)).map_err(csv_error)?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| HearthError::Storage(format!("could not write CSV: {}", e.error())))?;
    String::from_utf8(bytes).map_err(|e| HearthError::Storage(e.to_string()))
}

fn row(c: &CheckIn, names: &HashMap<String, String>) -> Vec<String> {
    let scales: Vec<String> = c
        .scales
        .iter()
        .map(|s| format!("{}={}", s.scale, s.value))
        .collect();
    let with: Vec<String> = c
        .with_people
        .iter()
        .map(|id| names.get(id).cloned().unwrap_or_else(|| id.clone()))
        .collect();
    vec![
        c.id.clone(),
        c.at.date_naive().to_string(),
        crate::time::hms(&c.at),
        crate::time::offset_text(c.at.offset()),
        c.mood.to_string(),
        c.energy.map(|e| e.to_string()).unwrap_or_default(),
        text(&c.emotions.join(SEPARATOR)),
        text(&c.tags.join(SEPARATOR)),
        text(&scales.join(SEPARATOR)),
        c.connected.to_string(),
        text(&with.join(SEPARATOR)),
        text(c.note.as_deref().unwrap_or("")),
        source_name(c.source).into(),
    ]
}

/// Defuses spreadsheet formulas in free text (OWASP's CSV injection advice).
fn text(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

/// The same names as the JSON export.
pub(crate) fn source_name(s: Source) -> &'static str {
    match s {
        Source::App => "app",
        Source::Widget => "widget",
        Source::Reminder => "reminder",
        Source::Import => "import",
    }
}

fn csv_error(e: ::csv::Error) -> HearthError {
    HearthError::Storage(format!("could not write CSV: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::checkin::ScaleValue;

    #[test]
    fn joins_multi_values_and_quotes_what_needs_it() {
        let c = CheckIn {
            id: "a1".into(),
            at: chrono::DateTime::parse_from_rfc3339("2026-03-29T01:30:00+01:00").unwrap(),
            mood: 4,
            energy: None,
            emotions: vec!["calm".into(), "hopeful".into()],
            tags: vec!["work".into()],
            note: Some("=SUM(A1), \"quoted\"\nsecond line".into()),
            source: Source::Widget,
            scales: vec![ScaleValue {
                scale: "sleep".into(),
                value: 7,
            }],
            connected: true,
            with_people: vec!["p1".into(), "gone".into()],
        };
        let names = HashMap::from([("p1".to_string(), "Sam".to_string())]);
        let out = checkins_csv(&[c], &names).unwrap();
        let mut r = ::csv::Reader::from_reader(out.as_bytes());
        assert_eq!(r.headers().unwrap().iter().collect::<Vec<_>>(), COLUMNS);
        let rec = r.records().next().unwrap().unwrap();
        assert_eq!(&rec[1], "2026-03-29");
        assert_eq!(&rec[2], "01:30:00");
        assert_eq!(&rec[3], "+01:00");
        assert_eq!(&rec[5], "");
        assert_eq!(&rec[6], "calm | hopeful");
        assert_eq!(&rec[8], "sleep=7");
        assert_eq!(&rec[10], "Sam | gone");
        assert_eq!(&rec[11], "'=SUM(A1), \"quoted\"\nsecond line");
        assert_eq!(&rec[12], "widget");
    }
}
