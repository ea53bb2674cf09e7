//! Importing Daylio's CSV export as check-ins.
//!
//! - **Moods**: `rad`=5, `good`=4, `meh`=3, `bad`=2, `awful`=1, any case. Labels the
//!   person made up in Daylio need a [`MoodMap`]; if any label has no level the import
//!   stops before writing and lists every such label.
//! - **Times**: `full_date` plus `time` (12- or 24-hour) is a wall-clock time in the
//!   zone given, with that zone's offset on that date (see [`clock::resolve`] for the
//!   DST edges).
//! - **Activities** (`a | b`) become tags of kind activity, created when new.
//! - **Notes**: Daylio's HTML becomes plain text; `note_title` becomes the note's first
//!   line; scale readings that are not whole numbers, and columns Hearth does not know,
//!   are added as `Name: value` lines. Nothing in the file is dropped.
//! - **Scales** (newer exports): whole-number readings become Hearth scales, created on
//!   the fly with a range that fits ([`scales::range_for`]).
//! - **Ids** are derived from each row's content under the store's key
//!   ([`IdKey`]), so importing the same file again adds nothing. The source is `import`.

pub mod clock;
pub mod html;
pub mod moods;
pub mod rows;
pub mod scales;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::zone::Zone;

use crate::error::{HearthError, Result};
use crate::journal::catalog::{Scale, Tag, TagKind};
use crate::journal::checkin::{CheckIn, CheckInDraft, ScaleValue, Source};
use crate::journal::entry::StoredEntry;
use crate::journal::limits;
use crate::portability::ids::IdKey;
use crate::portability::import::{apply_entry, ImportSummary};
use crate::store::{Store, Table};

pub use moods::{parse_mood_map, MoodMap};
use rows::{cell_error, RawRow};
use scales::Reading;

/// How to read a Daylio file.
#[derive(Debug, Clone)]
pub struct DaylioOptions {
    /// The zone the times were recorded in.
    pub zone: Zone,
    /// Levels for the person's own mood labels (and overrides of the defaults).
    pub moods: MoodMap,
}

/// What a Daylio file holds, checked and ready to write.
#[derive(Debug, Clone, Default)]
pub struct DaylioPlan {
    /// One check-in per row, in file order.
    pub checkins: Vec<CheckIn>,
    /// Every activity name used.
    pub activities: BTreeSet<String>,
    /// Every whole-number scale used, with the smallest and largest value seen.
    pub scales: BTreeMap<String, (i32, i32)>,
    /// Whole-number readings kept in the note as written, because a check-in takes at
    /// most [`limits::MAX_LABELS`] readings, one per scale, with names of at most
    /// [`limits::MAX_LABEL_CHARS`] characters (the API's limits).
    pub readings_kept_as_text: usize,
}

/// Reads and checks a Daylio export without touching a store.
pub fn plan_daylio(bytes: &[u8], opts: &DaylioOptions, ids: &IdKey) -> Result<DaylioPlan> {
    let rows = rows::read_rows(bytes)?;
    check_moods(&rows, &opts.moods)?;
    let mut plan = DaylioPlan::default();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for row in &rows {
        let c = checkin(row, opts, ids, &mut seen, &mut plan.readings_kept_as_text)?;
        plan.activities.extend(c.tags.iter().cloned());
        for v in &c.scales {
            let r = plan
                .scales
                .entry(v.scale.clone())
                .or_insert((v.value, v.value));
            *r = (r.0.min(v.value), r.1.max(v.value));
        }
        plan.checkins.push(c);
    }
    Ok(plan)
}

/// Every mood label without a level, all at once, so one mapping fixes them all. Labels
/// are quoted exactly as the file writes them (every spelling of one label, in order of
/// appearance), so the person recognises their own words.
fn check_moods(rows: &[RawRow], map: &MoodMap) -> Result<()> {
    // Matching key → (spellings as written, rows).
    let mut unmapped: BTreeMap<String, (Vec<&str>, usize)> = BTreeMap::new();
    for r in rows {
        if moods::level(&r.mood, map).is_none() {
            let (spellings, n) = unmapped.entry(moods::key(&r.mood)).or_default();
            let written = r.mood.trim();
            if !spellings.contains(&written) {
                spellings.push(written);
            }
            *n += 1;
        }
    }
    if unmapped.is_empty() {
        return Ok(());
    }
    let list: Vec<String> = unmapped
        .values()
        .map(|(spellings, n)| {
            let quoted: Vec<String> = spellings.iter().map(|l| format!("{l:?}")).collect();
            format!(
                "{} ({n} row{})",
                quoted.join(" / "),
                if *n == 1 { "" } else { "s" }
            )
        })
        .collect();
    let example: Vec<String> = unmapped
        .values()
        .map(|(spellings, _)| format!("{}=3", spellings[0]))
        .collect();
    Err(HearthError::invalid(
        "mood",
        format!(
            "these Daylio moods have no Hearth level: {}. Give each a level from 1 (awful) \
             to 5 (rad) with a mood map such as \"{}\"; nothing was imported",
            list.join(", "),
            example.join(",")
        ),
    ))
}

/// One row as a check-in.
fn checkin(
    row: &RawRow,
    opts: &DaylioOptions,
    ids: &IdKey,
    seen: &mut HashMap<String, usize>,
    kept_as_text: &mut usize,
) -> Result<CheckIn> {
    let line = row.line;
    let date = clock::parse_date(&row.full_date).ok_or_else(|| {
        cell_error(
            "full_date",
            line,
            format!("expected a date like 2024-03-10, got {:?}", row.full_date),
        )
    })?;
    let time = clock::parse_time(&row.time).ok_or_else(|| {
        cell_error(
            "time",
            line,
            format!("expected a time like 6:50 pm or 18:50, got {:?}", row.time),
        )
    })?;
    let local = date.and_time(time);
    let mood = moods::level(&row.mood, &opts.moods).unwrap_or(3);
    let activities: Vec<String> = row
        .activities
        .split('|')
        .map(html::to_plain)
        .filter(|a| !a.is_empty())
        .collect();
    let tags = limits::labels("activities", &activities).map_err(|e| relabel(e, line))?;
    let (scale_values, note) = note_and_scales(row, kept_as_text);
    let key = [
        "daylio/v1".to_owned(),
        format!("{}T{}", local.date(), crate::time::hms(&local)),
        moods::key(&row.mood),
        tags.join("\u{1f}"),
        note.clone().unwrap_or_default(),
        scale_values
            .iter()
            .map(|s| format!("{}={}", s.scale, s.value))
            .collect::<Vec<_>>()
            .join("\u{1f}"),
    ];
    let content = key.join("\u{1e}");
    let n = seen.entry(content.clone()).or_insert(0);
    *n += 1;
    let occurrence = n.to_string();
    let id = ids.id(&[&content, &occurrence]);
    let draft = CheckInDraft {
        at: Some(clock::resolve(opts.zone, local)),
        mood,
        tags,
        note,
        source: Source::Import,
        scales: scale_values,
        ..CheckInDraft::default()
    };
    draft.into_checkin(id).map_err(|e| relabel(e, line))
}

/// The note (title, cleaned text, readings kept as text, unknown columns) and the
/// whole-number scale readings of a row. Readings the API would refuse (a name over
/// the label limit, a second reading of one scale, more than a check-in holds) go into
/// the note as written and are counted in `kept_as_text`.
fn note_and_scales(row: &RawRow, kept_as_text: &mut usize) -> (Vec<ScaleValue>, Option<String>) {
    let mut lines: Vec<String> = Vec::new();
    let title = html::to_plain(&row.note_title);
    if !title.is_empty() {
        lines.push(title);
    }
    let body = html::to_plain(&row.note);
    if !body.is_empty() {
        lines.push(body);
    }
    let mut values = Vec::new();
    for r in scales::parse_cell(&row.scales) {
        match r {
            Reading::Value(scale, value, _)
                if scale.chars().count() <= limits::MAX_LABEL_CHARS
                    && values.len() < limits::MAX_LABELS
                    && !values.iter().any(|v: &ScaleValue| v.scale == scale) =>
            {
                values.push(ScaleValue { scale, value })
            }
            Reading::Value(_, _, written) => {
                *kept_as_text += 1;
                lines.push(written);
            }
            Reading::Text(t) => lines.push(t),
        }
    }
    for (name, value) in &row.extra {
        lines.push(format!("{name}: {}", value.trim()));
    }
    let note = (!lines.is_empty()).then(|| lines.join("\n"));
    (values, note)
}

/// Names the line in a check-in rule's error: `note (line 7)`.
fn relabel(e: HearthError, line: u64) -> HearthError {
    match e {
        HearthError::InvalidInput { field, reason } => cell_error(&field, line, reason),
        other => other,
    }
}

impl Store {
    /// Imports a Daylio CSV export (see the [module docs](self)): checked first, then
    /// written in one transaction; re-importing the same file adds nothing. Counts are
    /// reported for `check_ins`, `tags` and `scales`.
    pub fn import_daylio(&mut self, bytes: &[u8], opts: &DaylioOptions) -> Result<ImportSummary> {
        self.in_transaction(|s| {
            let plan = plan_daylio(bytes, opts, &IdKey::for_store(s)?)?;
            let mut sum = ImportSummary::default();
            for kind in ["check_ins", "tags", "scales"] {
                sum.kind(kind);
            }
            let tags = s.tags()?;
            for name in &plan.activities {
                let c = sum.kind("tags");
                if tags.iter().any(|t| &t.name == name) {
                    c.unchanged += 1;
                    continue;
                }
                let t = Tag {
                    id: Store::new_id()?,
                    name: name.clone(),
                    kind: TagKind::Activity,
                    archived: false,
                };
                s.put_undated(Table::Tags, &t.id, &t)?;
                c.created += 1;
            }
            let existing = s.scales()?;
            for (name, &(lo, hi)) in &plan.scales {
                let c = sum.kind("scales");
                if let Some(x) = existing.iter().find(|x| &x.name == name) {
                    if lo < x.min || hi > x.max {
                        return Err(HearthError::invalid(
                            "scales",
                            format!(
                                "the file has {name} values from {lo} to {hi}, outside your \
                                 {name} scale's {} to {}; nothing was imported",
                                x.min, x.max
                            ),
                        ));
                    }
                    c.unchanged += 1;
                    continue;
                }
                let (min, max) = scales::range_for(lo, hi);
                let x = Scale {
                    id: Store::new_id()?,
                    name: name.clone(),
                    min,
                    max,
                    archived: false,
                };
                s.put_undated(Table::Scales, &x.id, &x)?;
                c.created += 1;
            }
            for c in plan.checkins {
                apply_entry(s, &StoredEntry::CheckIn(c), sum.kind("check_ins"))?;
            }
            if plan.readings_kept_as_text > 0 {
                sum.notes.push(format!(
                    "{} scale reading(s) were kept in the check-in's note as written: a \
                     check-in holds up to {} scales, one reading each, with names of up to \
                     {} characters",
                    plan.readings_kept_as_text,
                    limits::MAX_LABELS,
                    limits::MAX_LABEL_CHARS
                ));
            }
            Ok(sum)
        })
    }
}
