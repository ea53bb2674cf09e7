//! Importing a Hearth export: parse, check everything, then write everything in one
//! transaction (see the [module docs](super) for the rules).

mod apply;
pub mod catalogs;
pub mod parse;
pub mod validate;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::error::{HearthError, Result};
use crate::store::Store;

use super::document::ExportDocument;
pub(crate) use apply::upsert_entry as apply_entry;
pub use catalogs::Existing;

/// How many records of one kind an import created, changed or found identical.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// New ids.
    pub created: usize,
    /// Known ids whose content changed.
    pub updated: usize,
    /// Known ids with identical content: nothing written.
    pub unchanged: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.created += o.created;
        self.updated += o.updated;
        self.unchanged += o.unchanged;
    }
}

/// What an import did, per kind: `check_ins`, `reflections`, `thoughts`,
/// `assessments`, `tags`, `scales`, `custom_emotions`, `people`, `reminders`,
/// `safety_plan`, `shell_settings`. Serialises as `{"created", "updated", "unchanged", "kinds": {…}}`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Counts by kind; kinds the import did not touch are absent.
    pub kinds: BTreeMap<String, Counts>,
    /// What the import changed to fit Hearth's limits, in plain sentences (empty when
    /// everything came in exactly as written).
    pub notes: Vec<String>,
}

impl ImportSummary {
    /// The counts of `kind` (zero if untouched).
    pub fn get(&self, kind: &str) -> Counts {
        self.kinds.get(kind).copied().unwrap_or_default()
    }

    /// Counts over every kind.
    pub fn totals(&self) -> Counts {
        let mut t = Counts::default();
        for c in self.kinds.values() {
            t.add(*c);
        }
        t
    }

    pub(crate) fn kind(&mut self, kind: &str) -> &mut Counts {
        self.kinds.entry(kind.to_owned()).or_default()
    }
}

impl Serialize for ImportSummary {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let t = self.totals();
        let mut st = s.serialize_struct("ImportSummary", 5)?;
        st.serialize_field("created", &t.created)?;
        st.serialize_field("updated", &t.updated)?;
        st.serialize_field("unchanged", &t.unchanged)?;
        st.serialize_field("kinds", &self.kinds)?;
        if !self.notes.is_empty() {
            st.serialize_field("notes", &self.notes)?;
        }
        st.end()
    }
}

/// A checked export, ready to write.
#[derive(Debug, Clone)]
pub struct ImportPlan {
    /// The document, every record normalised.
    pub document: ExportDocument,
    /// Check-in tags no catalog knows; created on import.
    pub new_tags: BTreeSet<String>,
    /// Check-ins that named a person found neither in the journal nor in the file
    /// (left by a removal in an older Hearth); those ids were left off.
    pub unknown_people: usize,
}

/// Parses and checks an export against what the store holds, without writing.
pub fn plan_import(json: &[u8], existing: &Existing) -> Result<ImportPlan> {
    plan_document(parse::parse(json)?, existing)
}

/// [`plan_import`] for a document already parsed.
fn plan_document(mut doc: ExportDocument, existing: &Existing) -> Result<ImportPlan> {
    let known = catalogs::check(&mut doc, existing)?;
    let mut new_tags = BTreeSet::new();
    let mut unknown_people = 0;
    let mut seen: HashMap<String, usize> = HashMap::new();
    let entries = std::mem::take(&mut doc.entries);
    doc.entries.reserve(entries.len());
    for (i, e) in entries.into_iter().enumerate() {
        let path = format!("entries[{i}]");
        if let Some(j) = seen.insert(e.id().to_owned(), i) {
            return Err(HearthError::invalid(
                format!("{path}.id"),
                format!("is the same as the id of entries[{j}]"),
            ));
        }
        doc.entries.push(validate::entry(
            e,
            &path,
            &known,
            &mut new_tags,
            &mut unknown_people,
        )?);
    }
    Ok(ImportPlan {
        document: doc,
        new_tags,
        unknown_people,
    })
}

impl Store {
    /// Imports a Hearth export (see [`super`]): everything is checked first, then
    /// written in one transaction; on any error nothing changes.
    pub fn import_json(&mut self, json: &[u8]) -> Result<ImportSummary> {
        let doc = parse::parse(json)?;
        self.in_transaction(|s| {
            if !doc.tags.is_empty() {
                // A journal restored into a new store has the file's tags, not the
                // defaults on top: a renamed default would otherwise come back twice.
                s.skip_default_tags_if_new()?;
            }
            let existing = Existing::load(s)?;
            let plan = plan_document(doc, &existing)?;
            apply::apply(s, plan, &existing)
        })
    }
}

impl Existing {
    /// The store's catalogs (default tags are seeded first, so they can never be added
    /// again after an import).
    pub fn load(s: &mut Store) -> Result<Existing> {
        Ok(Existing {
            tags: s.tags()?,
            scales: s.scales()?,
            emotions: s.custom_emotions()?,
            people: s.people()?.into_iter().map(|p| p.id).collect(),
        })
    }
}
