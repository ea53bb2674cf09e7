//! The `scales` column of newer Daylio exports.
//!
//! Daylio's scale format is not documented, so Hearth assumes the shape its activities
//! use: readings separated by `|`, each `Name: value` (or `Name=value`), for example
//! `Sleep: 7 | Energy: 4`. Whole-number readings become Hearth scales; anything else
//! (`Sleep: 7.5`, or a cell in another shape) is kept word for word in the note, so
//! nothing is lost.

/// One reading from a `scales` cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    /// `Name: 7`: a scale name (lower case), a whole-number value, and the reading as
    /// written (trimmed), for the note if it cannot become a scale reading.
    Value(String, i32, String),
    /// Anything else, as written (trimmed), for the note.
    Text(String),
}

/// Splits a `scales` cell into readings.
pub fn parse_cell(cell: &str) -> Vec<Reading> {
    cell.split('|')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once([':', '=']) {
            Some((name, value)) => {
                let name = name
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase();
                match value.trim().parse::<i32>() {
                    Ok(v) if !name.is_empty() => Reading::Value(name, v, p.to_owned()),
                    _ => Reading::Text(p.to_owned()),
                }
            }
            None => Reading::Text(p.to_owned()),
        })
        .collect()
}

/// A range for a new scale that holds every value seen (`lo`..=`hi`): 1–5 when they
/// fit (Daylio-style ratings), else 0–10, else 0–100, else just wide enough.
pub fn range_for(lo: i32, hi: i32) -> (i32, i32) {
    if lo >= 1 && hi <= 5 {
        (1, 5)
    } else if lo >= 0 && hi <= 10 {
        (0, 10)
    } else if lo >= 0 && hi <= 100 {
        (0, 100)
    } else {
        let min = lo.min(0);
        (min, hi.max(min + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_and_ranges() {
        assert_eq!(
            parse_cell("Sleep: 7 | Energy=4 | Sleep quality : 3.5 | odd"),
            vec![
                Reading::Value("sleep".into(), 7, "Sleep: 7".into()),
                Reading::Value("energy".into(), 4, "Energy=4".into()),
                Reading::Text("Sleep quality : 3.5".into()),
                Reading::Text("odd".into()),
            ]
        );
        assert!(parse_cell("  ").is_empty());
        assert_eq!(range_for(1, 5), (1, 5));
        assert_eq!(range_for(0, 7), (0, 10));
        assert_eq!(range_for(3, 80), (0, 100));
        assert_eq!(range_for(-3, 200), (-3, 200));
    }
}
