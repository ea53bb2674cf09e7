//! A personal safety plan, following the six steps of safety-planning practice (plus
//! reasons for living), with headings and help text in Hearth's own words.
//!
//! The plan belongs to the person: every section is optional, nothing is required to
//! save, blank entries are simply dropped. Limits exist only so a phone never has to
//! handle an absurd record.

use serde::{Deserialize, Serialize};

use crate::error::{HearthError, Result};

/// Most entries in one section.
pub const MAX_ENTRIES: usize = 20;
/// Longest single entry (a warning sign, a reason, a place …), in characters.
pub const MAX_TEXT_CHARS: usize = 500;
/// Longest contact name, in characters.
pub const MAX_NAME_CHARS: usize = 100;
/// Longest phone number as typed, in characters.
pub const MAX_PHONE_CHARS: usize = 32;
/// Fewest digits a phone number must contain.
pub const MIN_PHONE_DIGITS: usize = 3;

/// Someone (or somewhere) on the plan, with an optional number to call or text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanContact {
    /// Who or where, e.g. `Sam` or `the library on Hill Street`.
    pub name: String,
    /// A number as the person typed it, e.g. `+44 7700 900123`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

impl PlanContact {
    /// A contact with a name and an optional phone number.
    pub fn new(name: impl Into<String>, phone: Option<&str>) -> Self {
        PlanContact {
            name: name.into(),
            phone: phone.map(str::to_string),
        }
    }
}

/// A person's safety plan. Field names match the section ids in [`sections`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SafetyPlan {
    /// Step 1: signs that a hard time is starting.
    #[serde(default)]
    pub warning_signs: Vec<String>,
    /// Step 2: things I can do on my own to feel a little steadier.
    #[serde(default)]
    pub on_my_own: Vec<String>,
    /// Step 3: people and places that take my mind off things.
    #[serde(default)]
    pub distractions: Vec<PlanContact>,
    /// Step 4: people I can ask for help.
    #[serde(default)]
    pub people_to_ask: Vec<PlanContact>,
    /// Step 5: professionals and services.
    #[serde(default)]
    pub professionals: Vec<PlanContact>,
    /// Step 6: making my surroundings safer.
    #[serde(default)]
    pub safer_surroundings: Vec<String>,
    /// Reasons for living: what matters to me.
    #[serde(default)]
    pub reasons_for_living: Vec<String>,
}

/// Whether a section holds plain lines or contacts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    /// One line of text per entry.
    Items,
    /// A name (who or where) and an optional phone number per entry.
    Contacts,
}

/// What a shell needs to draw one section of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Section {
    /// Stable id, equal to the [`SafetyPlan`] field name and to the `field` in errors.
    pub id: &'static str,
    /// Position on the plan, 1–7.
    pub step: u8,
    /// Plain lines or contacts.
    pub kind: SectionKind,
    /// Most entries allowed.
    pub max_entries: usize,
}

static SECTIONS: [Section; 7] = [
    Section {
        id: "warning_signs",
        step: 1,
        kind: SectionKind::Items,
        max_entries: MAX_ENTRIES,
    },
    Section {
        id: "on_my_own",
        step: 2,
        kind: SectionKind::Items,
        max_entries: MAX_ENTRIES,
    },
    Section {
        id: "distractions",
        step: 3,
        kind: SectionKind::Contacts,
        max_entries: MAX_ENTRIES,
    },
    Section {
        id: "people_to_ask",
        step: 4,
        kind: SectionKind::Contacts,
        max_entries: MAX_ENTRIES,
    },
    Section {
        id: "professionals",
        step: 5,
        kind: SectionKind::Contacts,
        max_entries: MAX_ENTRIES,
    },
    Section {
        id: "safer_surroundings",
        step: 6,
        kind: SectionKind::Items,
        max_entries: MAX_ENTRIES,
    },
    Section {
        id: "reasons_for_living",
        step: 7,
        kind: SectionKind::Items,
        max_entries: MAX_ENTRIES,
    },
];

impl Section {
    /// Heading to show, in the reader's language.
    pub fn heading(&self) -> String {
        crate::tr!("plan-heading", "id" => self.id)
    }

    /// A sentence or two of help under the heading, in the reader's language.
    pub fn help(&self) -> String {
        crate::tr!("plan-help", "id" => self.id)
    }
}

/// The plan's sections in order, with headings and help text for the UI.
pub fn sections() -> &'static [Section] {
    &SECTIONS
}

impl SafetyPlan {
    /// An empty plan.
    pub fn new() -> Self {
        Self::default()
    }

    /// True when nothing but whitespace has been written anywhere.
    pub fn is_empty(&self) -> bool {
        let blank = |s: &String| s.trim().is_empty();
        let blank_contact =
            |c: &PlanContact| blank(&c.name) && c.phone.as_deref().unwrap_or("").trim().is_empty();
        self.warning_signs.iter().all(blank)
            && self.on_my_own.iter().all(blank)
            && self.distractions.iter().all(blank_contact)
            && self.people_to_ask.iter().all(blank_contact)
            && self.professionals.iter().all(blank_contact)
            && self.safer_surroundings.iter().all(blank)
            && self.reasons_for_living.iter().all(blank)
    }

    /// Everyone on the plan with a phone number (people to ask first, then
    /// professionals, then distractions), for a "call someone" shortcut.
    pub fn reachable_contacts(&self) -> Vec<&PlanContact> {
        self.people_to_ask
            .iter()
            .chain(&self.professionals)
            .chain(&self.distractions)
            .filter(|c| c.phone.as_ref().is_some_and(|p| !p.trim().is_empty()))
            .collect()
    }

    /// Checks the limits without changing anything. Errors name the section id as the
    /// field and the 1-based entry, e.g. field `people_to_ask`, `entry 2: the phone
    /// number needs at least 3 digits`.
    pub fn validate(&self) -> Result<()> {
        self.clone().normalized().map(|_| ())
    }

    /// Trims every entry, drops blank ones, and checks the limits. This is what to store.
    pub fn normalized(self) -> Result<SafetyPlan> {
        Ok(SafetyPlan {
            warning_signs: lines("warning_signs", self.warning_signs)?,
            on_my_own: lines("on_my_own", self.on_my_own)?,
            distractions: contacts("distractions", self.distractions)?,
            people_to_ask: contacts("people_to_ask", self.people_to_ask)?,
            professionals: contacts("professionals", self.professionals)?,
            safer_surroundings: lines("safer_surroundings", self.safer_surroundings)?,
            reasons_for_living: lines("reasons_for_living", self.reasons_for_living)?,
        })
    }
}

fn too_many(field: &str, n: usize) -> HearthError {
    HearthError::invalid(
        field,
        format!("has {n} entries; the limit is {MAX_ENTRIES}"),
    )
}

fn check_len(field: &str, entry: usize, what: &str, s: &str, max: usize) -> Result<()> {
    let n = s.chars().count();
    if n > max {
        return Err(HearthError::invalid(
            field,
            format!("entry {entry}: the {what} is {n} characters; the limit is {max}"),
        ));
    }
    if s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(HearthError::invalid(
            field,
            format!("entry {entry}: the {what} contains control characters"),
        ));
    }
    Ok(())
}

fn lines(field: &str, raw: Vec<String>) -> Result<Vec<String>> {
    let kept: Vec<String> = raw
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    if kept.len() > MAX_ENTRIES {
        return Err(too_many(field, kept.len()));
    }
    for (i, s) in kept.iter().enumerate() {
        check_len(field, i + 1, "text", s, MAX_TEXT_CHARS)?;
    }
    Ok(kept)
}

fn contacts(field: &str, raw: Vec<PlanContact>) -> Result<Vec<PlanContact>> {
    let kept: Vec<PlanContact> = raw
        .into_iter()
        .map(|c| PlanContact {
            name: c.name.trim().to_string(),
            phone: c
                .phone
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty()),
        })
        .filter(|c| !c.name.is_empty() || c.phone.is_some())
        .collect();
    if kept.len() > MAX_ENTRIES {
        return Err(too_many(field, kept.len()));
    }
    for (i, c) in kept.iter().enumerate() {
        check_len(field, i + 1, "name", &c.name, MAX_NAME_CHARS)?;
        if let Some(p) = &c.phone {
            check_len(field, i + 1, "phone number", p, MAX_PHONE_CHARS)?;
            let digits = p.chars().filter(char::is_ascii_digit).count();
            if digits < MIN_PHONE_DIGITS {
                return Err(HearthError::invalid(
                    field,
                    format!(
                        "entry {}: the phone number needs at least {MIN_PHONE_DIGITS} digits",
                        i + 1
                    ),
                ));
            }
        }
    }
    Ok(kept)
}
