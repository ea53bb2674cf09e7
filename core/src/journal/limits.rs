//! Input limits, chosen so a phone never has to handle an absurd record, while leaving
//! plenty of room for a long night's writing. Errors name the limit.

use crate::error::{HearthError, Result};

/// Longest note, in characters (about ten printed pages).
pub const MAX_NOTE_CHARS: usize = 20_000;
/// Longest emotion or tag label, in characters.
pub const MAX_LABEL_CHARS: usize = 50;
/// Most emotions or tags on one check-in.
pub const MAX_LABELS: usize = 24;

/// Checks a 1–5 rating.
pub fn rating(field: &str, v: u8) -> Result<u8> {
    if (1..=5).contains(&v) {
        Ok(v)
    } else {
        Err(HearthError::invalid(
            field,
            format!("must be between 1 and 5, got {v}"),
        ))
    }
}

/// Trims, lower-cases and de-duplicates labels, keeping the caller's order.
pub fn labels(field: &str, raw: &[String]) -> Result<Vec<String>> {
    if raw.len() > MAX_LABELS {
        return Err(HearthError::invalid(
            field,
            format!("at most {MAX_LABELS} are allowed, got {}", raw.len()),
        ));
    }
    let mut out: Vec<String> = Vec::with_capacity(raw.len());
    for label in raw {
        let l = label.trim().to_lowercase();
        if l.is_empty() {
            return Err(HearthError::invalid(field, "labels cannot be empty"));
        }
        if l.chars().count() > MAX_LABEL_CHARS {
            return Err(HearthError::invalid(
                field,
                format!("{l:.20}… is longer than {MAX_LABEL_CHARS} characters"),
            ));
        }
        if !out.contains(&l) {
            out.push(l);
        }
    }
    Ok(out)
}

/// Normalises optional free text: blank becomes `None`; over `max` characters is an error.
pub fn text(field: &str, raw: Option<&str>, max: usize) -> Result<Option<String>> {
    let Some(t) = raw else { return Ok(None) };
    if t.trim().is_empty() {
        return Ok(None);
    }
    let n = t.chars().count();
    if n > max {
        return Err(HearthError::invalid(
            field,
            format!("is {n} characters; the limit is {max}"),
        ));
    }
    Ok(Some(t.to_owned()))
}

/// Checks a 1–5 rating given as a wide integer (from the CLI or a JVM `Int`) without
/// wrapping: 261 must not become 5.
pub fn rating_wide(field: &str, v: i64) -> Result<u8> {
    u8::try_from(v)
        .ok()
        .filter(|r| (1..=5).contains(r))
        .ok_or_else(|| HearthError::invalid(field, format!("must be between 1 and 5, got {v}")))
}

/// Checks a 0–100 intensity or belief given as a wide integer.
pub fn percent_wide(field: &str, v: i64) -> Result<u8> {
    u8::try_from(v)
        .ok()
        .filter(|p| *p <= 100)
        .ok_or_else(|| HearthError::invalid(field, format!("must be between 0 and 100, got {v}")))
}
