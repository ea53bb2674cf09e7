//! Reading an export file into typed values, with every error naming its place in the
//! file (`entries[3].mood`). Unknown fields are refused rather than silently dropped.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::{HearthError, Result};
use crate::journal::assessment::AssessmentRecord;
use crate::journal::checkin::CheckIn;
use crate::journal::entry::StoredEntry;
use crate::journal::reflection::Reflection;
use crate::journal::thought::ThoughtRecord;
use crate::portability::document::{ExportDocument, FORMAT, VERSION};

/// The top-level keys of a version 1 document.
const KEYS: [&str; 10] = [
    "format",
    "version",
    "entries",
    "tags",
    "scales",
    "custom_emotions",
    "people",
    "reminders",
    "safety_plan",
    "shell_settings",
];

/// Largest export accepted: far beyond a lifetime of entries, small enough for a phone.
pub const MAX_BYTES: usize = 256 * 1024 * 1024;

/// Parses and type-checks an export file. Semantic rules come after (see `validate`).
pub fn parse(json: &[u8]) -> Result<ExportDocument> {
    if json.len() > MAX_BYTES {
        return Err(HearthError::invalid(
            "json",
            format!("the file is {} bytes; the limit is {MAX_BYTES}", json.len()),
        ));
    }
    let root: Value = serde_json::from_slice(json)
        .map_err(|e| HearthError::invalid("json", format!("this is not valid JSON: {e}")))?;
    let Value::Object(mut map) = root else {
        return Err(HearthError::invalid(
            "json",
            "expected a JSON object with \"format\": \"hearth-export\"",
        ));
    };
    check_header(&map)?;
    if let Some(k) = map.keys().find(|k| !KEYS.contains(&k.as_str())) {
        return Err(HearthError::invalid(
            k.as_str(),
            "is not part of a Hearth export (version 1)",
        ));
    }
    let mut doc = ExportDocument::empty();
    if let Some(v) = map.remove("entries") {
        doc.entries = entries(v)?;
    }
    doc.tags = section(&mut map, "tags")?.unwrap_or_default();
    doc.scales = section(&mut map, "scales")?.unwrap_or_default();
    doc.custom_emotions = section(&mut map, "custom_emotions")?.unwrap_or_default();
    doc.people = section(&mut map, "people")?.unwrap_or_default();
    doc.reminders = section(&mut map, "reminders")?;
    doc.safety_plan = section(&mut map, "safety_plan")?;
    doc.shell_settings = section(&mut map, "shell_settings")?;
    Ok(doc)
}

fn check_header(map: &Map<String, Value>) -> Result<()> {
    match map.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(other) => {
            return Err(HearthError::invalid(
                "format",
                format!("expected \"{FORMAT}\", got {}", short(other)),
            ))
        }
        None => {
            return Err(HearthError::invalid(
                "format",
                format!("is missing; a Hearth export starts with \"format\": \"{FORMAT}\""),
            ))
        }
    }
    match map.get("version").and_then(Value::as_u64) {
        Some(v) if (1..=u64::from(VERSION)).contains(&v) => Ok(()),
        Some(v) if v > u64::from(VERSION) => Err(HearthError::invalid(
            "version",
            format!(
                "this file is version {v}, newer than the version {VERSION} this Hearth \
                 understands; update Hearth to import it"
            ),
        )),
        _ => Err(HearthError::invalid(
            "version",
            format!("expected a whole number from 1 to {VERSION}"),
        )),
    }
}

/// A top-level section, absent or null meaning "not in this file".
fn section<T: DeserializeOwned + Serialize>(
    map: &mut Map<String, Value>,
    key: &str,
) -> Result<Option<T>> {
    match map.remove(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => typed(&v, key).map(Some),
    }
}

fn entries(v: Value) -> Result<Vec<StoredEntry>> {
    let Value::Array(items) = v else {
        return Err(HearthError::invalid("entries", "expected a list"));
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| entry(item, &format!("entries[{i}]")))
        .collect()
}

fn entry(item: Value, path: &str) -> Result<StoredEntry> {
    let Value::Object(mut obj) = item else {
        return Err(HearthError::invalid(path, "expected an object"));
    };
    let kind = match obj.remove("kind") {
        Some(Value::String(k)) => k,
        Some(other) => {
            return Err(HearthError::invalid(
                format!("{path}.kind"),
                format!("expected a string, got {}", short(&other)),
            ))
        }
        None => return Err(HearthError::invalid(format!("{path}.kind"), "is missing")),
    };
    let body = Value::Object(obj);
    Ok(match kind.as_str() {
        "check_in" => StoredEntry::CheckIn(typed::<CheckIn>(&body, path)?),
        "reflection" => StoredEntry::Reflection(typed::<Reflection>(&body, path)?),
        "thought" => StoredEntry::Thought(typed::<ThoughtRecord>(&body, path)?),
        "assessment" => StoredEntry::Assessment(typed::<AssessmentRecord>(&body, path)?),
        other => {
            return Err(HearthError::invalid(
                format!("{path}.kind"),
                format!(
                    "{:?} is not a kind of entry; expected check_in, reflection, thought \
                     or assessment",
                    clip(other)
                ),
            ))
        }
    })
}

/// Deserialises `v` as `T`, naming the path of any error, then refuses fields that `T`
/// does not have (they would otherwise be silently lost).
fn typed<T: DeserializeOwned + Serialize>(v: &Value, path: &str) -> Result<T> {
    let t: T = serde_path_to_error::deserialize(v).map_err(|e| {
        let inner = e.path().to_string();
        HearthError::invalid(join(path, &inner), e.into_inner().to_string())
    })?;
    let back = serde_json::to_value(&t).map_err(|e| HearthError::Storage(e.to_string()))?;
    if let Some(p) = unknown_field(v, &back, path) {
        return Err(HearthError::invalid(
            p,
            "is not a field Hearth knows here (check the spelling)",
        ));
    }
    Ok(t)
}

/// The path of the first key in `input` that the typed value `known` does not have.
/// A null value for an unknown key is harmless and allowed.
fn unknown_field(input: &Value, known: &Value, path: &str) -> Option<String> {
    match (input, known) {
        (Value::Object(a), Value::Object(b)) => a.iter().find_map(|(k, v)| match b.get(k) {
            Some(kv) => unknown_field(v, kv, &join(path, k)),
            None if v.is_null() => None,
            None => Some(join(path, k)),
        }),
        (Value::Array(a), Value::Array(b)) => a
            .iter()
            .zip(b)
            .enumerate()
            .find_map(|(i, (x, y))| unknown_field(x, y, &format!("{path}[{i}]"))),
        _ => None,
    }
}

/// Joins a path prefix and a relative path as `a.b`, `a[0]`, or just `a`.
pub(crate) fn join(prefix: &str, inner: &str) -> String {
    match inner {
        "" | "." => prefix.to_owned(),
        _ if prefix.is_empty() => inner.to_owned(),
        _ if inner.starts_with('[') => format!("{prefix}{inner}"),
        _ => format!("{prefix}.{inner}"),
    }
}

fn short(v: &Value) -> String {
    clip(&v.to_string())
}

fn clip(s: &str) -> String {
    if s.chars().count() > 40 {
        format!("{}…", s.chars().take(40).collect::<String>())
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(json: &str) -> String {
        match parse(json.as_bytes()) {
            Err(HearthError::InvalidInput { field, .. }) => field,
            other => panic!("expected InvalidInput, got {other:?}"),
        }
    }

    #[test]
    fn errors_name_the_path() {
        let head = r#""format":"hearth-export","version":1"#;
        assert_eq!(field("[]"), "json");
        assert_eq!(field("{"), "json");
        assert_eq!(field(r#"{"version":1}"#), "format");
        assert_eq!(
            field(r#"{"format":"hearth-export","version":2}"#),
            "version"
        );
        assert_eq!(field(&format!("{{{head},\"entires\":[]}}")), "entires");
        assert_eq!(
            field(&format!("{{{head},\"entries\":[{{\"kind\":\"nope\"}}]}}")),
            "entries[0].kind"
        );
        let bad_mood = format!(
            "{{{head},\"entries\":[{{\"kind\":\"check_in\",\"id\":\"a\",\
             \"at\":\"2026-01-01T10:00:00+01:00\",\"mood\":\"high\",\"energy\":null}}]}}"
        );
        assert_eq!(field(&bad_mood), "entries[0].mood");
        let extra = format!(
            "{{{head},\"entries\":[{{\"kind\":\"check_in\",\"id\":\"a\",\
             \"at\":\"2026-01-01T10:00:00+01:00\",\"mood\":3,\"energy\":null,\
             \"scales\":[{{\"scale\":\"sleep\",\"value\":3,\"unit\":\"h\"}}]}}]}}"
        );
        assert_eq!(field(&extra), "entries[0].scales[0].unit");
        assert_eq!(
            field(&format!("{{{head},\"tags\":[{{\"id\":\"t\"}}]}}")),
            "tags[0]"
        );
    }

    #[test]
    fn a_minimal_document_parses() {
        let doc = parse(br#"{"format":"hearth-export","version":1}"#).unwrap();
        assert!(doc.entries.is_empty());
        assert!(doc.reminders.is_none());
    }
}
