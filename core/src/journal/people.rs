//! The person's private list of trusted people: who they can turn to, and how.

use serde::{Deserialize, Serialize};

use super::catalog::not_found;
use super::limits;
use crate::error::{HearthError, Result};
use crate::store::{Store, Table};

/// Longest name.
pub const MAX_NAME_CHARS: usize = 80;
/// Longest "how they help" text.
pub const MAX_HELP_CHARS: usize = 500;

/// Someone the person trusts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Stable id.
    pub id: String,
    /// Name as the person writes it.
    pub name: String,
    /// Phone number, if they want one-tap calling or texting.
    #[serde(default)]
    pub phone: Option<String>,
    /// How this person helps ("good listener", "makes me laugh").
    #[serde(default)]
    pub how_they_help: Option<String>,
}

/// Fields for creating or updating a person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonDraft {
    /// Name (required).
    pub name: String,
    /// Phone number.
    pub phone: Option<String>,
    /// How they help.
    pub how_they_help: Option<String>,
}

impl PersonDraft {
    fn into_person(self, id: String) -> Result<Person> {
        let name = self.name.trim().to_owned();
        if name.is_empty() {
            return Err(HearthError::invalid("name", "is empty"));
        }
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(HearthError::invalid(
                "name",
                format!("is longer than {MAX_NAME_CHARS} characters"),
            ));
        }
        let phone = limits::text("phone", self.phone.as_deref(), 32)?.map(|p| p.trim().to_owned());
        if let Some(p) = &phone {
            let ok = p
                .chars()
                .all(|c| c.is_ascii_digit() || " +-().".contains(c))
                && p.chars().any(|c| c.is_ascii_digit());
            if !ok {
                return Err(HearthError::invalid(
                    "phone",
                    format!("{p:?} is not a phone number"),
                ));
            }
        }
        Ok(Person {
            id,
            name,
            phone,
            how_they_help: limits::text(
                "how_they_help",
                self.how_they_help.as_deref(),
                MAX_HELP_CHARS,
            )?,
        })
    }
}

impl Store {
    /// Everyone on the list, sorted by name.
    pub fn people(&mut self) -> Result<Vec<Person>> {
        let mut v: Vec<Person> = self.catalog(Table::People)?;
        v.sort_by_key(|p| p.name.to_lowercase());
        Ok(v)
    }

    /// Adds a person.
    pub fn add_person(&mut self, draft: PersonDraft) -> Result<Person> {
        let p = draft.into_person(Store::new_id()?)?;
        self.put_undated(Table::People, &p.id, &p)?;
        Ok(p)
    }

    /// Replaces a person's details.
    pub fn update_person(&mut self, id: &str, draft: PersonDraft) -> Result<Person> {
        self.person(id)?;
        let p = draft.into_person(id.to_owned())?;
        self.put_undated(Table::People, id, &p)?;
        Ok(p)
    }

    /// One person by id.
    pub fn person(&mut self, id: &str) -> Result<Person> {
        self.people()?
            .into_iter()
            .find(|p| p.id == id)
            .ok_or_else(|| not_found("person", id))
    }

    /// Removes a person. Past check-ins keep the connection but no longer name them.
    pub fn remove_person(&mut self, id: &str) -> Result<()> {
        self.in_transaction(|s| {
            if !s.remove(Table::People, id)? {
                return Err(not_found("person", id));
            }
            // Past check-ins forget them too, so that every id a check-in names is a
            // person in the list (and an export comes back through import unchanged).
            s.rewrite_checkins(|c| {
                let before = c.with_people.len();
                c.with_people.retain(|p| p != id);
                c.with_people.len() < before
            })
        })
    }

    /// Finds a person by name (case-insensitive), adding them if they aren't listed yet.
    pub fn person_named(&mut self, name: &str) -> Result<Person> {
        let wanted = name.trim().to_lowercase();
        match self
            .people()?
            .into_iter()
            .find(|p| p.name.to_lowercase() == wanted)
        {
            Some(p) => Ok(p),
            None => self.add_person(PersonDraft {
                name: name.to_owned(),
                ..Default::default()
            }),
        }
    }
}
