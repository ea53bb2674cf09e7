//! `hearth reflect`, `hearth prompts` and `hearth thought`.

use std::path::Path;
use std::process::ExitCode;

use hearth_core::journal::entry::StoredEntry;
use hearth_core::journal::prompts::PROMPTS;
use hearth_core::journal::reflection::ReflectionDraft;
use hearth_core::journal::thought::{AutomaticThought, Distortion, MoodRating, ThoughtDraft};
use hearth_core::time::parse_rfc3339;
use hearth_core::{tr, HearthError};
use serde_json::json;

use super::checkin::read_text;
use crate::args::{ReflectArgs, ThoughtArgs};
use crate::{keys, output};

pub fn reflect(dir: &Path, a: ReflectArgs) -> Result<ExitCode, HearthError> {
    let text = match (&a.text, &a.text_file) {
        (_, Some(p)) => read_text("text-file", p)?,
        (Some(t), None) => t.clone(),
        (None, None) => return Err(HearthError::invalid("text", "give --text or --text-file")),
    };
    let draft = ReflectionDraft {
        at: a
            .at
            .as_deref()
            .map(|s| parse_rfc3339("at", s))
            .transpose()?,
        prompt_id: a.prompt,
        text,
    };
    let r = keys::open(dir)?.add_reflection(draft)?;
    print_saved(&StoredEntry::Reflection(r), a.json);
    Ok(ExitCode::SUCCESS)
}

pub fn prompts(json: bool) -> Result<ExitCode, HearthError> {
    if json {
        let v: Vec<_> = PROMPTS
            .iter()
            .map(|p| json!({"id": p.id, "text": p.text()}))
            .collect();
        output::print_json::<serde_json::Value>(&v.into());
    } else {
        for p in PROMPTS {
            println!("{:<18} {}", p.id, p.text());
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn thought(dir: &Path, a: ThoughtArgs) -> Result<ExitCode, HearthError> {
    if let Some(h) = a.hot {
        if h == 0 || h > a.thoughts.len() {
            return Err(HearthError::invalid(
                "hot",
                format!(
                    "must name one of the {} thoughts (1-based), got {h}",
                    a.thoughts.len()
                ),
            ));
        }
    }
    let draft = ThoughtDraft {
        at: a
            .at
            .as_deref()
            .map(|s| parse_rfc3339("at", s))
            .transpose()?,
        situation: a.situation,
        moods: a
            .moods
            .iter()
            .map(|m| mood_rating("moods", m))
            .collect::<Result<_, _>>()?,
        thoughts: a
            .thoughts
            .into_iter()
            .enumerate()
            .map(|(i, text)| AutomaticThought {
                text,
                hot: a.hot == Some(i + 1),
            })
            .collect(),
        evidence_for: a.evidence_for,
        evidence_against: a.evidence_against,
        balanced_thought: a.balanced,
        balanced_belief: a
            .belief
            .map(|b| percent("balanced_belief", b))
            .transpose()?,
        moods_after: a
            .moods_after
            .iter()
            .map(|m| mood_rating("moods_after", m))
            .collect::<Result<_, _>>()?,
        distortions: a
            .distortions
            .iter()
            .map(|d| Distortion::parse(d))
            .collect::<Result<_, _>>()?,
    };
    let t = keys::open(dir)?.add_thought(draft)?;
    print_saved(&StoredEntry::Thought(t), a.json);
    Ok(ExitCode::SUCCESS)
}

fn print_saved(e: &StoredEntry, json: bool) {
    if json {
        output::print_json(&output::entry_json(e));
    } else {
        println!("{}", tr!("cli-saved", "entry" => output::entry_line(e)));
    }
}

fn percent(field: &str, v: i64) -> Result<u8, HearthError> {
    hearth_core::journal::limits::percent_wide(field, v)
}

fn mood_rating(field: &str, s: &str) -> Result<MoodRating, HearthError> {
    let (name, v) = s.rsplit_once('=').ok_or_else(|| {
        HearthError::invalid(field, format!("expected NAME=INTENSITY, got {s:?}"))
    })?;
    let n: i64 = v
        .trim()
        .parse()
        .map_err(|_| HearthError::invalid(field, format!("{v:?} is not a number")))?;
    Ok(MoodRating {
        name: name.to_owned(),
        intensity: percent(&format!("{field}.intensity"), n)?,
    })
}
