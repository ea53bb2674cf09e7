//! People, tags, scales and the emotion vocabulary across the FFI.

use hearth_core::journal::{catalog as cat, people as ppl, vocabulary as voc};

use crate::error::HearthError;
use crate::hearth::Hearth;

/// Someone the person trusts.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Person {
    /// Stable id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Phone, for one-tap call or text.
    pub phone: Option<String>,
    /// How they help.
    pub how_they_help: Option<String>,
}

/// Fields for adding or editing a person.
#[derive(Debug, Clone, uniffi::Record)]
pub struct PersonInput {
    /// Name (required).
    pub name: String,
    /// Phone number.
    #[uniffi(default = None)]
    pub phone: Option<String>,
    /// How they help.
    #[uniffi(default = None)]
    pub how_they_help: Option<String>,
}

/// Context tag or activity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum TagKind {
    /// A context ("work").
    Context,
    /// Something done ("running").
    Activity,
}

/// A tag or activity.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Tag {
    /// Stable id.
    pub id: String,
    /// Current name.
    pub name: String,
    /// Context or activity.
    pub kind: TagKind,
    /// Hidden from pickers.
    pub archived: bool,
}

/// A custom scale.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Scale {
    /// Stable id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Smallest value.
    pub min: i32,
    /// Largest value.
    pub max: i32,
}

/// A quadrant of the mood circumplex.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum Quadrant {
    /// Pleasant, high energy.
    HighEnergyPleasant,
    /// Pleasant, low energy.
    LowEnergyPleasant,
    /// Unpleasant, high energy.
    HighEnergyUnpleasant,
    /// Unpleasant, low energy.
    LowEnergyUnpleasant,
}

/// An emotion in the person's vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct EmotionInfo {
    /// Name.
    pub name: String,
    /// Its quadrant; null/nil for the person's own emotions.
    pub quadrant: Option<Quadrant>,
    /// Added by the person.
    pub custom: bool,
}

impl From<voc::Quadrant> for Quadrant {
    fn from(q: voc::Quadrant) -> Self {
        match q {
            voc::Quadrant::HighEnergyPleasant => Quadrant::HighEnergyPleasant,
            voc::Quadrant::LowEnergyPleasant => Quadrant::LowEnergyPleasant,
            voc::Quadrant::HighEnergyUnpleasant => Quadrant::HighEnergyUnpleasant,
            voc::Quadrant::LowEnergyUnpleasant => Quadrant::LowEnergyUnpleasant,
        }
    }
}

impl From<ppl::Person> for Person {
    fn from(p: ppl::Person) -> Self {
        Person {
            id: p.id,
            name: p.name,
            phone: p.phone,
            how_they_help: p.how_they_help,
        }
    }
}

impl From<PersonInput> for ppl::PersonDraft {
    fn from(p: PersonInput) -> Self {
        ppl::PersonDraft {
            name: p.name,
            phone: p.phone,
            how_they_help: p.how_they_help,
        }
    }
}

impl From<cat::Tag> for Tag {
    fn from(t: cat::Tag) -> Self {
        Tag {
            id: t.id,
            name: t.name,
            kind: match t.kind {
                cat::TagKind::Context => TagKind::Context,
                cat::TagKind::Activity => TagKind::Activity,
            },
            archived: t.archived,
        }
    }
}

impl From<cat::Scale> for Scale {
    fn from(s: cat::Scale) -> Self {
        Scale {
            id: s.id,
            name: s.name,
            min: s.min,
            max: s.max,
        }
    }
}

#[uniffi::export]
impl Hearth {
    /// Trusted people, by name.
    pub fn people(&self) -> Result<Vec<Person>, HearthError> {
        self.with(|s| s.people())
            .map(|v| v.into_iter().map(Person::from).collect())
    }

    /// Adds a trusted person.
    pub fn add_person(&self, input: PersonInput) -> Result<Person, HearthError> {
        self.with(|s| s.add_person(input.into())).map(Person::from)
    }

    /// Edits a person.
    pub fn update_person(&self, id: String, input: PersonInput) -> Result<Person, HearthError> {
        self.with(|s| s.update_person(&id, input.into()))
            .map(Person::from)
    }

    /// Removes a person.
    pub fn remove_person(&self, id: String) -> Result<(), HearthError> {
        self.with(|s| s.remove_person(&id))
    }

    /// Tags and activities (defaults included), by name.
    pub fn tags(&self) -> Result<Vec<Tag>, HearthError> {
        self.with(|s| s.tags())
            .map(|v| v.into_iter().map(Tag::from).collect())
    }

    /// Creates a tag or activity.
    pub fn create_tag(&self, name: String, kind: TagKind) -> Result<Tag, HearthError> {
        let k = match kind {
            TagKind::Context => cat::TagKind::Context,
            TagKind::Activity => cat::TagKind::Activity,
        };
        self.with(|s| s.create_tag(&name, k)).map(Tag::from)
    }

    /// Renames a tag; old entries show the new name.
    pub fn rename_tag(&self, id: String, new_name: String) -> Result<Tag, HearthError> {
        self.with(|s| s.rename_tag(&id, &new_name)).map(Tag::from)
    }

    /// Archives or restores a tag.
    pub fn set_tag_archived(&self, id: String, archived: bool) -> Result<Tag, HearthError> {
        self.with(|s| s.set_tag_archived(&id, archived))
            .map(Tag::from)
    }

    /// Custom scales.
    pub fn scales(&self) -> Result<Vec<Scale>, HearthError> {
        self.with(|s| s.scales())
            .map(|v| v.into_iter().map(Scale::from).collect())
    }

    /// Creates a custom scale with an inclusive range.
    pub fn create_scale(&self, name: String, min: i32, max: i32) -> Result<Scale, HearthError> {
        self.with(|s| s.create_scale(&name, min, max))
            .map(Scale::from)
    }

    /// The built-in emotions followed by the person's own.
    pub fn emotions(&self) -> Result<Vec<EmotionInfo>, HearthError> {
        let custom = self.with(|s| s.custom_emotions())?;
        let mut v = emotion_vocabulary();
        v.extend(custom.into_iter().map(|e| EmotionInfo {
            name: e.name,
            quadrant: None,
            custom: true,
        }));
        Ok(v)
    }
}

/// The 38 built-in emotions with their circumplex quadrant.
#[uniffi::export]
pub fn emotion_vocabulary() -> Vec<EmotionInfo> {
    voc::EMOTIONS
        .iter()
        .map(|(n, q)| EmotionInfo {
            name: (*n).into(),
            quadrant: Some((*q).into()),
            custom: false,
        })
        .collect()
}
