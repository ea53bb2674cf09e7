//! Built-in reflection prompts, written for Hearth. Several turn toward other people,
//! because connection is what most reliably helps.

/// A prompt with a stable id (stored with a reflection that answers it) and its message
/// in the catalogue (`core/l10n/<lang>/journal.ftl`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prompt {
    /// Stable id, e.g. `people.close`.
    pub id: &'static str,
    /// The catalogue message.
    pub message: &'static str,
}

impl Prompt {
    /// The prompt in the reader's language.
    pub fn text(self) -> String {
        crate::l10n::message(self.message, &[])
    }
}

/// The built-in prompts.
pub const PROMPTS: [Prompt; 10] = [
    Prompt {
        id: "people.close",
        message: "prompt-people-close",
    },
    Prompt {
        id: "people.reach_out",
        message: "prompt-people-reach-out",
    },
    Prompt {
        id: "people.kindness",
        message: "prompt-people-kindness",
    },
    Prompt {
        id: "day.notice",
        message: "prompt-day-notice",
    },
    Prompt {
        id: "day.energy",
        message: "prompt-day-energy",
    },
    Prompt {
        id: "feel.name",
        message: "prompt-feel-name",
    },
    Prompt {
        id: "feel.body",
        message: "prompt-feel-body",
    },
    Prompt {
        id: "care.small",
        message: "prompt-care-small",
    },
    Prompt {
        id: "care.enough",
        message: "prompt-care-enough",
    },
    Prompt {
        id: "ahead.look",
        message: "prompt-ahead-look",
    },
];

/// The prompt with this id.
pub fn prompt(id: &str) -> Option<Prompt> {
    PROMPTS.iter().copied().find(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_some_turn_toward_people() {
        let mut ids: Vec<_> = PROMPTS.iter().map(|p| p.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), PROMPTS.len());
        assert!(
            PROMPTS
                .iter()
                .filter(|p| p.id.starts_with("people."))
                .count()
                >= 2
        );
        assert_eq!(
            crate::l10n::with_languages(&["en"], || prompt("people.close").unwrap().text()),
            "Who did you feel close to today?"
        );
    }
}
