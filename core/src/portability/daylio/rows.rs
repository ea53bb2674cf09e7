//! Reading Daylio's CSV into rows, by column name, whichever header version the file
//! has: `full_date,date,weekday,time,mood,activities,note_title,note`, the older one
//! without `note_title`, or the newer one with `scales` after `activities`.

use crate::error::{HearthError, Result};

/// Largest Daylio file accepted.
pub const MAX_BYTES: usize = 64 * 1024 * 1024;

/// Columns every version has.
const REQUIRED: [&str; 5] = ["full_date", "time", "mood", "activities", "note"];
/// Columns that carry nothing `full_date` does not (`date` like "March 10",
/// `weekday` like "Sunday"); read but not stored.
const DERIVED: [&str; 2] = ["date", "weekday"];

/// One Daylio row, as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawRow {
    /// 1-based line number in the file where the row starts.
    pub line: u64,
    /// `full_date`.
    pub full_date: String,
    /// `time`.
    pub time: String,
    /// `mood`.
    pub mood: String,
    /// `activities`.
    pub activities: String,
    /// `note_title`, when the file has it.
    pub note_title: String,
    /// `note`.
    pub note: String,
    /// `scales`, when the file has it.
    pub scales: String,
    /// Columns Hearth does not know, as (header, value), kept for the note.
    pub extra: Vec<(String, String)>,
}

/// The error for a cell: field `COLUMN (line N)`.
pub fn cell_error(column: &str, line: u64, reason: impl Into<String>) -> HearthError {
    HearthError::invalid(format!("{column} (line {line})"), reason)
}

/// Reads every row of a Daylio CSV export.
pub fn read_rows(bytes: &[u8]) -> Result<Vec<RawRow>> {
    if bytes.len() > MAX_BYTES {
        return Err(HearthError::invalid(
            "file",
            format!(
                "the file is {} bytes; the limit is {MAX_BYTES}",
                bytes.len()
            ),
        ));
    }
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let mut reader = ::csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(bytes);
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| HearthError::invalid("header", format!("could not read the first line: {e}")))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|c| !header.iter().any(|h| h == c))
        .collect();
    if !missing.is_empty() {
        return Err(HearthError::invalid(
            "header",
            format!(
                "this does not look like a Daylio export: the first line has no {} column; \
                 expected full_date,date,weekday,time,mood,activities,note_title,note",
                missing.join(", ")
            ),
        ));
    }
    let mut rows = Vec::new();
    let mut lines = Lines::new(bytes);
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = lines.at(e.position().map(|p| p.byte()));
            cell_error("row", line, format!("could not be read: {e}"))
        })?;
        let line = lines.at(record.position().map(|p| p.byte()));
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if record.len() > header.len() {
            return Err(cell_error(
                "row",
                line,
                format!(
                    "has {} fields but the header has {}",
                    record.len(),
                    header.len()
                ),
            ));
        }
        let mut row = RawRow {
            line,
            ..RawRow::default()
        };
        for (name, value) in header.iter().zip(record.iter()) {
            let v = value.to_owned();
            match name.as_str() {
                "full_date" => row.full_date = v,
                "time" => row.time = v,
                "mood" => row.mood = v,
                "activities" => row.activities = v,
                "note_title" => row.note_title = v,
                "note" => row.note = v,
                "scales" => row.scales = v,
                n if DERIVED.contains(&n) => {}
                _ if v.trim().is_empty() => {}
                _ => row.extra.push((name.clone(), v)),
            }
        }
        rows.push(row);
    }
    Ok(rows)
}

/// Line numbers from byte offsets. (The csv crate's own line count skips blank lines,
/// and its offsets point at the blank lines before a record, so both are corrected.)
struct Lines<'a> {
    data: &'a [u8],
    pos: usize,
    newlines: u64,
}

impl<'a> Lines<'a> {
    fn new(data: &'a [u8]) -> Self {
        Lines {
            data,
            pos: 0,
            newlines: 0,
        }
    }

    /// The 1-based line of the first character at or after `byte` that is not a line
    /// break. Offsets must not go backwards.
    fn at(&mut self, byte: Option<u64>) -> u64 {
        let len = self.data.len();
        let mut b = byte
            .map_or(self.pos, |b| usize::try_from(b).unwrap_or(len))
            .min(len);
        while b < len && matches!(self.data[b], b'\n' | b'\r') {
            b += 1;
        }
        if b > self.pos {
            self.newlines += self.data[self.pos..b]
                .iter()
                .filter(|&&c| c == b'\n')
                .count() as u64;
            self.pos = b;
        }
        self.newlines + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_header_version_by_name() {
        let old = "full_date,date,weekday,time,mood,activities,note\n\
                   2024-03-10,March 10,Sunday,6:50 pm,rad,reading | tea,\"a, b\"\n";
        let rows = read_rows(old.as_bytes()).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[0].note, "a, b");
        assert_eq!(rows[0].note_title, "");
        let new =
            "\u{feff}full_date,date,weekday,time,mood,activities,scales,note_title,note,mystery\n\
                   \n2024-03-10,March 10,Sunday,18:50,good,,Sleep: 7,Title,\"multi\nline\",x\n";
        let rows = read_rows(new.as_bytes()).unwrap();
        assert_eq!(rows[0].line, 3);
        assert_eq!(rows[0].scales, "Sleep: 7");
        assert_eq!(rows[0].note, "multi\nline");
        assert_eq!(
            rows[0].extra,
            vec![("mystery".to_string(), "x".to_string())]
        );
        let spaced = "full_date,time,mood,activities,note\n\n2024-01-01,1:00,rad,,\n\n\n2024-01-02,2:00,bad,,\"a\nb\"\n2024-01-03,3:00,meh,,\n";
        let lines: Vec<u64> = read_rows(spaced.as_bytes())
            .unwrap()
            .iter()
            .map(|r| r.line)
            .collect();
        assert_eq!(lines, vec![3, 6, 8]);
        let err = read_rows(b"date,mood\n1,2\n").unwrap_err();
        assert!(err.to_string().contains("full_date"), "{err}");
    }
}
