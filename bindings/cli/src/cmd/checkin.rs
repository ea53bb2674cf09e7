//! `hearth checkin`.

use std::path::Path;
use std::process::ExitCode;

use hearth_core::time::parse_rfc3339;
use hearth_core::{CheckInDraft, HearthError, Source};

use crate::args::CheckinArgs;
use crate::{keys, output};

pub fn run(dir: &Path, a: CheckinArgs) -> Result<ExitCode, HearthError> {
    let draft = CheckInDraft {
        at: a
            .at
            .as_deref()
            .map(|s| parse_rfc3339("at", s))
            .transpose()?,
        mood: rating("mood", a.mood)?,
        energy: a.energy.map(|e| rating("energy", e)).transpose()?,
        emotions: a.emotions,
        tags: a.tags,
        note: match &a.note_file {
            Some(path) => Some(read_note(path)?),
            None => a.note,
        },
        source: source(&a.source)?,
    };
    let mut store = keys::open(dir)?;
    let saved = store.record_checkin(draft)?;
    if a.json {
        output::print_json(&output::checkin_json(&saved));
    } else {
        println!("Saved. {}", output::checkin_line(&saved));
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads a note from a file or `-` (stdin). The core enforces the length limit.
fn read_note(path: &std::path::Path) -> Result<String, HearthError> {
    let text = if path.as_os_str() == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).map_err(|e| {
            HearthError::invalid("note-file", format!("could not read standard input: {e}"))
        })?;
        s
    } else {
        std::fs::read_to_string(path).map_err(|e| {
            HearthError::invalid(
                "note-file",
                format!("could not read {}: {e}", path.display()),
            )
        })?
    };
    Ok(text)
}

/// Validates at the boundary so a huge number never wraps into a valid mood.
pub fn rating(field: &str, v: i64) -> Result<u8, HearthError> {
    u8::try_from(v)
        .ok()
        .filter(|r| (1..=5).contains(r))
        .ok_or_else(|| HearthError::invalid(field, format!("must be between 1 and 5, got {v}")))
}

pub fn source(s: &str) -> Result<Source, HearthError> {
    match s.trim().to_ascii_lowercase().as_str() {
        "app" => Ok(Source::App),
        "widget" => Ok(Source::Widget),
        "reminder" => Ok(Source::Reminder),
        "import" => Ok(Source::Import),
        other => Err(HearthError::invalid(
            "source",
            format!("expected app, widget, reminder or import, got {other:?}"),
        )),
    }
}
