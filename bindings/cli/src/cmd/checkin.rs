//! `hearth checkin`.

use std::path::Path;
use std::process::ExitCode;

use hearth_core::journal::checkin::ScaleValue;
use hearth_core::time::parse_rfc3339;
use hearth_core::{tr, CheckInDraft, HearthError, Source};

use crate::args::CheckinArgs;
use crate::{keys, output};

pub fn run(dir: &Path, a: CheckinArgs) -> Result<ExitCode, HearthError> {
    let note = match &a.note_file {
        Some(path) => Some(read_text("note-file", path)?),
        None => a.note,
    };
    let mut draft = CheckInDraft {
        at: a
            .at
            .as_deref()
            .map(|s| parse_rfc3339("at", s))
            .transpose()?,
        mood: rating("mood", a.mood)?,
        energy: a.energy.map(|e| rating("energy", e)).transpose()?,
        emotions: a.emotions,
        custom_emotions: a.custom_emotions,
        tags: a.tags,
        note,
        source: source(&a.source)?,
        scales: a
            .scales
            .iter()
            .map(|s| scale_value(s))
            .collect::<Result<_, _>>()?,
        connected: a.connected,
        with_people: vec![],
    };
    let mut store = keys::open(dir)?;
    let saved = store
        .in_transaction(|s| {
            for name in &a.with {
                draft.with_people.push(s.person_named(name)?.id);
            }
            s.record_checkin(draft)
        })
        .map_err(custom_emotion_hint)?;
    if a.json {
        output::print_json(&output::checkin_json(&saved));
    } else {
        println!(
            "{}",
            tr!("cli-saved", "entry" => output::checkin_line(&saved))
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// The core says an emotion is not in the list; on the command line, say which flag adds
/// it as the person's own.
fn custom_emotion_hint(e: HearthError) -> HearthError {
    match e {
        HearthError::InvalidInput { field, reason }
            if field == "emotions" && reason.contains("is not in the emotion list") =>
        {
            let name = reason.split(" is not").next().unwrap_or_default();
            HearthError::InvalidInput {
                reason: format!(
                    "{name} is not one of Hearth's emotions. To add it as one of your own, \
                     use --custom-emotion {name} instead of --emotion"
                ),
                field,
            }
        }
        other => other,
    }
}

/// Reads text from a file or `-` (stdin). The core enforces length limits.
pub fn read_text(field: &str, path: &Path) -> Result<String, HearthError> {
    if path.as_os_str() == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s).map_err(|e| {
            HearthError::invalid(field, format!("could not read standard input: {e}"))
        })?;
        Ok(s)
    } else {
        std::fs::read_to_string(path).map_err(|e| {
            HearthError::invalid(field, format!("could not read {}: {e}", path.display()))
        })
    }
}

/// Validates at the boundary so a huge number never wraps into a valid mood.
pub fn rating(field: &str, v: i64) -> Result<u8, HearthError> {
    hearth_core::journal::limits::rating_wide(field, v)
}

/// Parses `NAME=INTEGER`, naming `scales` in errors.
fn scale_value(s: &str) -> Result<ScaleValue, HearthError> {
    let (name, value) = s
        .rsplit_once('=')
        .ok_or_else(|| HearthError::invalid("scales", format!("expected NAME=VALUE, got {s:?}")))?;
    let value = value
        .trim()
        .parse()
        .map_err(|_| HearthError::invalid("scales", format!("{value:?} is not a whole number")))?;
    Ok(ScaleValue {
        scale: name.trim().to_owned(),
        value,
    })
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
