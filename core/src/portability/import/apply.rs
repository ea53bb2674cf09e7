//! Writing a checked import: upsert by id, identical records untouched.

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::error::{HearthError, Result};
use crate::journal::catalog::{Tag, TagKind};
use crate::journal::entry::StoredEntry;
use crate::store::{Row, Store, Table};
use crate::time::local_day;

use super::catalogs::taken_over;
use super::validate::at;
use super::{Counts, Existing, ImportPlan, ImportSummary};

/// Writes `plan`. Runs inside the caller's transaction.
pub(super) fn apply(s: &mut Store, plan: ImportPlan, existing: &Existing) -> Result<ImportSummary> {
    let mut sum = ImportSummary::default();
    if plan.unknown_people > 0 {
        sum.notes.push(format!(
            "{} check-in(s) named a person who is in neither this journal nor the file; \
             that name was left off them",
            plan.unknown_people
        ));
    }
    let doc = plan.document;
    for t in &doc.tags {
        for o in taken_over(&existing.tags, t) {
            s.remove(Table::Tags, &o.id)?;
        }
        upsert(s, Table::Tags, &t.id, t, sum.kind("tags"))?;
    }
    for name in plan.new_tags {
        let t = Tag {
            id: Store::new_id()?,
            name,
            kind: TagKind::Context,
            archived: false,
        };
        s.put_undated(Table::Tags, &t.id, &t)?;
        sum.kind("tags").created += 1;
    }
    for x in &doc.scales {
        for o in taken_over(&existing.scales, x) {
            s.remove(Table::Scales, &o.id)?;
        }
        upsert(s, Table::Scales, &x.id, x, sum.kind("scales"))?;
    }
    for e in &doc.custom_emotions {
        for o in taken_over(&existing.emotions, e) {
            s.remove(Table::Emotions, &o.id)?;
        }
        upsert(s, Table::Emotions, &e.id, e, sum.kind("custom_emotions"))?;
    }
    for p in &doc.people {
        upsert(s, Table::People, &p.id, p, sum.kind("people"))?;
    }
    for (i, e) in doc.entries.iter().enumerate() {
        upsert_entry(s, e, sum.kind(kind_name(e)))
            .map_err(|err| at(&format!("entries[{i}]"), err))?;
    }
    if let Some(r) = doc.reminders {
        let c = sum.kind("reminders");
        if s.reminder_settings()? == r {
            c.unchanged += 1;
        } else {
            s.save_reminder_settings(r)?;
            c.updated += 1;
        }
    }
    if let Some(p) = doc.safety_plan {
        let c = sum.kind("safety_plan");
        if s.safety_plan()? == p {
            c.unchanged += 1;
        } else {
            s.save_safety_plan(p)?;
            c.updated += 1;
        }
    }
    if let Some(settings) = doc.shell_settings {
        let c = sum.kind("shell_settings");
        if s.shell_settings()? == settings {
            c.unchanged += 1;
        } else {
            s.save_shell_settings(&settings)?;
            c.updated += 1;
        }
    }
    Ok(sum)
}

/// An entry's kind in words, for messages.
fn kind_word(e: &StoredEntry) -> &'static str {
    match e {
        StoredEntry::CheckIn(_) => "check-in",
        StoredEntry::Reflection(_) => "reflection",
        StoredEntry::Thought(_) => "thought record",
        StoredEntry::Assessment(_) => "questionnaire result",
    }
}

/// The summary kind of an entry.
pub(crate) fn kind_name(e: &StoredEntry) -> &'static str {
    match e {
        StoredEntry::CheckIn(_) => "check_ins",
        StoredEntry::Reflection(_) => "reflections",
        StoredEntry::Thought(_) => "thoughts",
        StoredEntry::Assessment(_) => "assessments",
    }
}

fn upsert<T: Serialize + DeserializeOwned + PartialEq>(
    s: &mut Store,
    table: Table,
    id: &str,
    value: &T,
    counts: &mut Counts,
) -> Result<()> {
    match s.get::<T>(table, id)? {
        Some(Row { value: Ok(old), .. }) if &old == value => counts.unchanged += 1,
        Some(_) => {
            s.put_undated(table, id, value)?;
            counts.updated += 1;
        }
        None => {
            s.put_undated(table, id, value)?;
            counts.created += 1;
        }
    }
    Ok(())
}

/// Inserts or replaces an entry by id (filed under its own local day); identical
/// content is left untouched. An id that belongs to an entry of another kind is refused
/// (field `id`): replacing a check-in with a reflection is not an update of either.
pub(crate) fn upsert_entry(s: &mut Store, e: &StoredEntry, counts: &mut Counts) -> Result<()> {
    match s.get::<StoredEntry>(Table::Entries, e.id())? {
        Some(Row { value: Ok(old), .. }) if &old == e => {
            counts.unchanged += 1;
            return Ok(());
        }
        Some(Row { value: Ok(old), .. }) if kind_name(&old) != kind_name(e) => {
            return Err(HearthError::invalid(
                "id",
                format!(
                    "{:?} is already a {} in this journal, so it cannot become a {}; \
                     nothing was imported",
                    e.id(),
                    kind_word(&old),
                    kind_word(e)
                ),
            ));
        }
        Some(_) => counts.updated += 1,
        None => counts.created += 1,
    }
    s.put(Table::Entries, e.id(), local_day(e.at()), e)
}
