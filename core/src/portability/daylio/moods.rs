//! Daylio's mood labels as Hearth's 1–5 mood.

use std::collections::BTreeMap;

use crate::error::{HearthError, Result};

/// Daylio's five default moods, best first.
pub const DEFAULT_MOODS: [(&str, u8); 5] = [
    ("rad", 5),
    ("good", 4),
    ("meh", 3),
    ("bad", 2),
    ("awful", 1),
];

/// A person's own labels (or overrides of the defaults), lower-cased label → 1–5.
pub type MoodMap = BTreeMap<String, u8>;

/// Normalises a mood label for matching: trimmed, lower case, inner spaces collapsed.
pub fn key(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The level of `label`: the person's map first, then Daylio's defaults.
pub fn level(label: &str, map: &MoodMap) -> Option<u8> {
    let k = key(label);
    map.get(&k)
        .copied()
        .or_else(|| DEFAULT_MOODS.iter().find(|(n, _)| *n == k).map(|(_, v)| *v))
}

/// The label part of `LABEL=LEVEL` as the person typed it (trimmed), for messages.
fn label_as_written(part: &str) -> &str {
    part.rsplit_once(['=', ':']).map_or(part, |(l, _)| l).trim()
}

/// Parses `LABEL=LEVEL,LABEL=LEVEL` (levels 1–5; `=` or `:` separate). Errors name the
/// field `mood_map`.
pub fn parse_mood_map(s: &str) -> Result<MoodMap> {
    let mut map = MoodMap::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (label, value) = part.rsplit_once(['=', ':']).ok_or_else(|| {
            HearthError::invalid(
                "mood_map",
                format!("expected LABEL=LEVEL such as ecstatic=5, got {part:?}"),
            )
        })?;
        let label = key(label);
        let level = value
            .trim()
            .parse::<u8>()
            .ok()
            .filter(|v| (1..=5).contains(v))
            .ok_or_else(|| {
                HearthError::invalid(
                    "mood_map",
                    format!(
                        "the level for {label:?} must be 1 (awful) to 5 (rad), got {:?}",
                        value.trim()
                    ),
                )
            })?;
        if label.is_empty() {
            return Err(HearthError::invalid(
                "mood_map",
                format!("{part:?} has no label"),
            ));
        }
        if map.contains_key(&label) {
            return Err(HearthError::invalid(
                "mood_map",
                format!(
                    "{:?} is given a level twice; give each label one level",
                    label_as_written(part)
                ),
            ));
        }
        map.insert(label, level);
    }
    Ok(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_custom_labels() {
        let map = parse_mood_map("Super Rad=5, tired:2,").unwrap();
        assert_eq!(level("RAD", &map), Some(5));
        assert_eq!(level(" Awful ", &map), Some(1));
        assert_eq!(level("super  rad", &map), Some(5));
        assert_eq!(level("Tired", &map), Some(2));
        assert_eq!(level("sleepy", &map), None);
        assert_eq!(level("meh", &parse_mood_map("meh=2").unwrap()), Some(2));
        assert!(parse_mood_map("x=6").is_err());
        assert!(parse_mood_map("x").is_err());
        assert!(parse_mood_map("=3").is_err());
    }
}
