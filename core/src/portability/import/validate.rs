//! The rules an imported entry must meet: the same ones as recording it by hand, plus
//! questionnaires re-scored from their raw answers. Pure functions: no store access.

use std::collections::{BTreeMap, BTreeSet};

use crate::assessments::score;
use crate::error::{HearthError, Result};
use crate::journal::assessment::AssessmentRecord;
use crate::journal::checkin::{CheckIn, CheckInDraft};
use crate::journal::entry::StoredEntry;
use crate::journal::limits::{self, MAX_LABEL_CHARS, MAX_NOTE_CHARS};
use crate::journal::prompts::prompt;
use crate::journal::reflection::Reflection;
use crate::journal::thought::{
    AutomaticThought, MoodRating, ThoughtRecord, MAX_FIELD_CHARS, MAX_ITEMS,
};
use crate::journal::vocabulary::quadrant_of;

use super::parse::join;

/// Longest id accepted from a file.
pub const MAX_ID_CHARS: usize = 64;

/// What the catalogs will hold once the import is applied, for checking entries.
#[derive(Debug, Clone, Default)]
pub struct Known {
    /// Tag names.
    pub tags: BTreeSet<String>,
    /// Scale name → inclusive range.
    pub scales: BTreeMap<String, (i32, i32)>,
    /// Custom emotion names.
    pub emotions: BTreeSet<String>,
    /// Ids of trusted people, in the journal or in the file.
    pub people: BTreeSet<String>,
}

/// Prefixes the field of an input error with `path`; other errors pass through.
pub(crate) fn at(path: &str, e: HearthError) -> HearthError {
    match e {
        HearthError::InvalidInput { field, reason } => HearthError::InvalidInput {
            field: join(path, &field),
            reason,
        },
        other => other,
    }
}

/// Ids come from Hearth (32 hex digits) but any short plain token is accepted.
fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Checks the `id` of the record at `path`.
pub(crate) fn check_id(path: &str, id: &str) -> Result<()> {
    if is_id(id) {
        Ok(())
    } else {
        Err(HearthError::invalid(
            join(path, "id"),
            format!("expected 1–{MAX_ID_CHARS} letters, digits, - or _"),
        ))
    }
}

/// Checks and normalises one entry. Check-in tags that `known` lacks are added to
/// `new_tags` (they are created on import, as recording a check-in would); a check-in
/// naming a person `known` lacks has that id left off and is counted in
/// `unknown_people`.
pub fn entry(
    e: StoredEntry,
    path: &str,
    known: &Known,
    new_tags: &mut BTreeSet<String>,
    unknown_people: &mut usize,
) -> Result<StoredEntry> {
    check_id(path, e.id())?;
    Ok(match e {
        StoredEntry::CheckIn(mut c) => {
            // Recording a check-in refuses a person who is not in the list. A file from
            // an older Hearth, which kept a removed person's id on past check-ins, still
            // comes back whole: only the id that names nobody is left off.
            let before = c.with_people.len();
            c.with_people
                .retain(|p| !is_id(p) || known.people.contains(p));
            if c.with_people.len() < before {
                *unknown_people += 1;
            }
            StoredEntry::CheckIn(checkin(c, path, known, new_tags)?)
        }
        StoredEntry::Reflection(r) => StoredEntry::Reflection(reflection(r, path)?),
        StoredEntry::Thought(t) => StoredEntry::Thought(thought(t, path)?),
        StoredEntry::Assessment(a) => StoredEntry::Assessment(assessment(a, path)?),
    })
}

/// A check-in, through the same draft rules as `Store::record_checkin`.
pub fn checkin(
    c: CheckIn,
    path: &str,
    known: &Known,
    new_tags: &mut BTreeSet<String>,
) -> Result<CheckIn> {
    if let Some(i) = c.with_people.iter().position(|p| !is_id(p)) {
        return Err(HearthError::invalid(
            format!("{path}.with_people[{i}]"),
            "is not a person's id",
        ));
    }
    let draft = CheckInDraft {
        at: Some(c.at),
        mood: c.mood,
        energy: c.energy,
        emotions: c.emotions,
        tags: c.tags,
        note: c.note,
        source: c.source,
        custom_emotions: Vec::new(),
        scales: c.scales,
        connected: c.connected,
        with_people: c.with_people,
    };
    let mut n = draft.into_checkin(c.id).map_err(|e| at(path, e))?;
    for name in &n.emotions {
        if quadrant_of(name).is_none() && !known.emotions.contains(name) {
            return Err(HearthError::invalid(
                format!("{path}.emotions"),
                format!("{name:?} is neither a built-in emotion nor in custom_emotions"),
            ));
        }
    }
    for (i, v) in n.scales.iter_mut().enumerate() {
        v.scale = v.scale.trim().to_lowercase();
        let Some(&(min, max)) = known.scales.get(&v.scale) else {
            return Err(HearthError::invalid(
                format!("{path}.scales[{i}].scale"),
                format!("there is no scale called {:?} in scales", v.scale),
            ));
        };
        if v.value < min || v.value > max {
            return Err(HearthError::invalid(
                format!("{path}.scales[{i}].value"),
                format!(
                    "{} must be between {min} and {max}, got {}",
                    v.scale, v.value
                ),
            ));
        }
    }
    new_tags.extend(n.tags.iter().filter(|t| !known.tags.contains(*t)).cloned());
    Ok(n)
}

/// A reflection, by the rules of `Store::add_reflection`.
pub fn reflection(r: Reflection, path: &str) -> Result<Reflection> {
    let text = limits::text("text", Some(&r.text), MAX_NOTE_CHARS)
        .map_err(|e| at(path, e))?
        .ok_or_else(|| HearthError::invalid(join(path, "text"), "is empty"))?;
    if let Some(p) = &r.prompt_id {
        if prompt(p).is_none() {
            return Err(HearthError::invalid(
                join(path, "prompt_id"),
                format!("there is no prompt {p:?}"),
            ));
        }
    }
    Ok(Reflection { text, ..r })
}

/// A thought record, by the rules of `Store::add_thought`.
pub fn thought(t: ThoughtRecord, path: &str) -> Result<ThoughtRecord> {
    let field = |name: &str, v: Option<&str>| {
        limits::text(name, v, MAX_FIELD_CHARS).map_err(|e| at(path, e))
    };
    let situation = field("situation", Some(&t.situation))?.unwrap_or_default();
    let mut thoughts = Vec::new();
    for (i, a) in t.thoughts.iter().enumerate() {
        if let Some(text) = field(&format!("thoughts[{i}].text"), Some(&a.text))? {
            thoughts.push(AutomaticThought { text, hot: a.hot });
        }
    }
    if situation.is_empty() && thoughts.is_empty() {
        return Err(HearthError::invalid(
            join(path, "situation"),
            "a thought record needs at least a situation or an automatic thought",
        ));
    }
    if thoughts.len() > MAX_ITEMS {
        return Err(HearthError::invalid(
            join(path, "thoughts"),
            format!("at most {MAX_ITEMS} thoughts"),
        ));
    }
    if thoughts.iter().filter(|x| x.hot).count() > 1 {
        return Err(HearthError::invalid(
            join(path, "thoughts"),
            "mark at most one thought as the hot thought",
        ));
    }
    let mut distortions = Vec::new();
    for d in t.distortions {
        if !distortions.contains(&d) {
            distortions.push(d);
        }
    }
    Ok(ThoughtRecord {
        situation,
        moods: moods(&join(path, "moods"), t.moods)?,
        thoughts,
        evidence_for: field("evidence_for", t.evidence_for.as_deref())?,
        evidence_against: field("evidence_against", t.evidence_against.as_deref())?,
        balanced_thought: field("balanced_thought", t.balanced_thought.as_deref())?,
        balanced_belief: t
            .balanced_belief
            .map(|b| percent(&join(path, "balanced_belief"), b))
            .transpose()?,
        moods_after: moods(&join(path, "moods_after"), t.moods_after)?,
        distortions,
        ..t
    })
}

fn moods(path: &str, v: Vec<MoodRating>) -> Result<Vec<MoodRating>> {
    if v.len() > MAX_ITEMS {
        return Err(HearthError::invalid(
            path,
            format!("at most {MAX_ITEMS} moods"),
        ));
    }
    v.into_iter()
        .enumerate()
        .map(|(i, m)| {
            let p = format!("{path}[{i}]");
            let name = limits::text("name", Some(&m.name), MAX_LABEL_CHARS)
                .map_err(|e| at(&p, e))?
                .ok_or_else(|| HearthError::invalid(join(&p, "name"), "a mood needs a name"))?;
            Ok(MoodRating {
                name: name.trim().to_lowercase(),
                intensity: percent(&join(&p, "intensity"), m.intensity)?,
            })
        })
        .collect()
}

fn percent(path: &str, v: u8) -> Result<u8> {
    if v <= 100 {
        Ok(v)
    } else {
        Err(HearthError::invalid(
            path,
            format!("must be between 0 and 100, got {v}"),
        ))
    }
}

/// A questionnaire result, re-scored from its raw answers. A stored score, band or
/// safety flag that disagrees with the published scoring is refused; the summary text
/// is regenerated.
pub fn assessment(a: AssessmentRecord, path: &str) -> Result<AssessmentRecord> {
    let rp = join(path, "result");
    let fresh = score(a.result.instrument, &a.result.raw_answers()).map_err(|e| at(&rp, e))?;
    let given = &a.result;
    let mismatch = |name: &str, got: String, want: String| {
        HearthError::invalid(
            join(&rp, name),
            format!("is {got}, but the answers score {want}"),
        )
    };
    if given.score != fresh.score {
        return Err(mismatch(
            "score",
            given.score.to_string(),
            fresh.score.to_string(),
        ));
    }
    if given.max_score != fresh.max_score {
        return Err(mismatch(
            "max_score",
            given.max_score.to_string(),
            fresh.max_score.to_string(),
        ));
    }
    if given.band != fresh.band {
        return Err(mismatch(
            "band",
            given.band.as_str().into(),
            fresh.band.as_str().into(),
        ));
    }
    if given.safety != fresh.safety {
        return Err(mismatch(
            "safety",
            given.safety.to_string(),
            fresh.safety.to_string(),
        ));
    }
    if given.percent != fresh.percent {
        return Err(mismatch(
            "percent",
            format!("{:?}", given.percent),
            format!("{:?}", fresh.percent),
        ));
    }
    Ok(AssessmentRecord { result: fresh, ..a })
}
