//! The person's catalogs (tags, scales, custom emotions, people) and settings from an
//! export: checked by the same rules as creating them by hand, and merged with what
//! the store already holds.

use std::collections::{BTreeSet, HashSet};

use crate::error::{HearthError, Result};
use crate::journal::catalog::{CustomEmotion, Scale, Tag};
use crate::journal::limits;
use crate::journal::people::{Person, MAX_HELP_CHARS, MAX_NAME_CHARS};
use crate::portability::document::ExportDocument;

use super::validate::{at, check_id, Known};

/// What the store holds before the import.
#[derive(Debug, Clone, Default)]
pub struct Existing {
    /// Tags, defaults included.
    pub tags: Vec<Tag>,
    /// Custom scales.
    pub scales: Vec<Scale>,
    /// Custom emotions.
    pub emotions: Vec<CustomEmotion>,
    /// Ids of trusted people.
    pub people: Vec<String>,
}

/// Normalises a catalog name (trimmed, lower case, length-checked).
fn name(path: &str, raw: &str) -> Result<String> {
    let mut v = limits::labels("name", &[raw.to_owned()]).map_err(|e| at(path, e))?;
    Ok(v.remove(0))
}

/// Ids and names must each be unique within one list.
fn unique(
    path: &str,
    seen_ids: &mut HashSet<String>,
    seen: &mut HashSet<String>,
    id: &str,
    n: &str,
) -> Result<()> {
    if !seen_ids.insert(id.to_owned()) {
        return Err(HearthError::invalid(
            format!("{path}.id"),
            format!("{id:?} appears twice in this list"),
        ));
    }
    if !seen.insert(n.to_owned()) {
        return Err(HearthError::invalid(
            format!("{path}.name"),
            format!("{n:?} appears twice in this list"),
        ));
    }
    Ok(())
}

/// Checks every catalog of `doc` in place and returns what the catalogs will hold once
/// applied over `existing`.
pub fn check(doc: &mut ExportDocument, existing: &Existing) -> Result<Known> {
    let (mut ids, mut names) = (HashSet::new(), HashSet::new());
    for (i, t) in doc.tags.iter_mut().enumerate() {
        let p = format!("tags[{i}]");
        check_id(&p, &t.id)?;
        t.name = name(&p, &t.name)?;
        unique(&p, &mut ids, &mut names, &t.id, &t.name)?;
    }
    let (mut ids, mut names) = (HashSet::new(), HashSet::new());
    for (i, s) in doc.scales.iter_mut().enumerate() {
        let p = format!("scales[{i}]");
        check_id(&p, &s.id)?;
        s.name = name(&p, &s.name)?;
        if s.min >= s.max {
            return Err(HearthError::invalid(
                format!("{p}.max"),
                format!("must be greater than min ({}), got {}", s.min, s.max),
            ));
        }
        unique(&p, &mut ids, &mut names, &s.id, &s.name)?;
    }
    let (mut ids, mut names) = (HashSet::new(), HashSet::new());
    for (i, e) in doc.custom_emotions.iter_mut().enumerate() {
        let p = format!("custom_emotions[{i}]");
        check_id(&p, &e.id)?;
        e.name = name(&p, &e.name)?;
        unique(&p, &mut ids, &mut names, &e.id, &e.name)?;
    }
    let mut ids = HashSet::new();
    for (i, person) in doc.people.iter_mut().enumerate() {
        let p = format!("people[{i}]");
        check_id(&p, &person.id)?;
        *person = checked_person(&p, person.clone())?;
        if !ids.insert(person.id.clone()) {
            return Err(HearthError::invalid(
                format!("{p}.id"),
                format!("{:?} appears twice in this list", person.id),
            ));
        }
    }
    if let Some(r) = &doc.reminders {
        r.validate().map_err(|e| at("reminders", e))?;
    }
    if let Some(plan) = doc.safety_plan.take() {
        doc.safety_plan = Some(plan.normalized().map_err(|e| at("safety_plan", e))?);
    }
    if let Some(settings) = &doc.shell_settings {
        crate::shell_settings::check_all(settings).map_err(|e| at("shell_settings", e))?;
    }
    Ok(known(doc, existing))
}

/// A catalog record: matched by id, and by name (names are unique per catalog).
pub(crate) trait Named {
    fn id(&self) -> &str;
    fn name(&self) -> &str;
}

macro_rules! named {
    ($($t:ty),*) => {$(
        impl Named for $t {
            fn id(&self) -> &str {
                &self.id
            }
            fn name(&self) -> &str {
                &self.name
            }
        }
    )*};
}
named!(Tag, Scale, CustomEmotion);

/// The store's records that the file takes over: same name under another id.
pub(crate) fn taken_over<'a, T: Named>(old: &'a [T], new: &'a T) -> impl Iterator<Item = &'a T> {
    old.iter()
        .filter(move |o| o.name() == new.name() && o.id() != new.id())
}

/// The store's records that stay as they are beside the file's.
fn kept<'a, T: Named>(old: &'a [T], new: &'a [T]) -> impl Iterator<Item = &'a T> {
    old.iter()
        .filter(move |o| !new.iter().any(|n| n.id() == o.id() || n.name() == o.name()))
}

/// The catalogs after the import: the file's records, plus the store's records whose
/// id and name the file does not take over.
fn known(doc: &ExportDocument, existing: &Existing) -> Known {
    Known {
        tags: kept(&existing.tags, &doc.tags)
            .chain(&doc.tags)
            .map(|t| t.name.clone())
            .collect::<BTreeSet<_>>(),
        scales: kept(&existing.scales, &doc.scales)
            .chain(&doc.scales)
            .map(|s| (s.name.clone(), (s.min, s.max)))
            .collect(),
        emotions: kept(&existing.emotions, &doc.custom_emotions)
            .chain(&doc.custom_emotions)
            .map(|e| e.name.clone())
            .collect(),
        people: existing
            .people
            .iter()
            .chain(doc.people.iter().map(|p| &p.id))
            .cloned()
            .collect(),
    }
}

/// A person, by the rules of `Store::add_person`.
fn checked_person(path: &str, p: Person) -> Result<Person> {
    let name = p.name.trim().to_owned();
    if name.is_empty() {
        return Err(HearthError::invalid(format!("{path}.name"), "is empty"));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(HearthError::invalid(
            format!("{path}.name"),
            format!("is longer than {MAX_NAME_CHARS} characters"),
        ));
    }
    let phone = limits::text("phone", p.phone.as_deref(), 32)
        .map_err(|e| at(path, e))?
        .map(|s| s.trim().to_owned());
    if let Some(ph) = &phone {
        let ok = ph
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
            && ph.chars().any(|c| c.is_ascii_digit());
        if !ok {
            return Err(HearthError::invalid(
                format!("{path}.phone"),
                format!("{ph:?} is not a phone number"),
            ));
        }
    }
    Ok(Person {
        id: p.id,
        name,
        phone,
        how_they_help: limits::text("how_they_help", p.how_they_help.as_deref(), MAX_HELP_CHARS)
            .map_err(|e| at(path, e))?,
    })
}
