//! Built-in reflection prompts, written for Hearth. Several turn toward other people,
//! because connection is what most reliably helps.

/// A prompt with a stable id (so shells can localise it later).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prompt {
    /// Stable id, e.g. `people.close`.
    pub id: &'static str,
    /// The English text.
    pub text: &'static str,
}

/// The built-in prompts.
pub const PROMPTS: [Prompt; 10] = [
    Prompt {
        id: "people.close",
        text: "Who did you feel close to today?",
    },
    Prompt {
        id: "people.reach_out",
        text: "Is there someone you'd like to reach out to?",
    },
    Prompt {
        id: "people.kindness",
        text: "What is something kind someone did, or you did for someone?",
    },
    Prompt {
        id: "day.notice",
        text: "What stood out to you today?",
    },
    Prompt {
        id: "day.energy",
        text: "What gave you energy today, and what took it away?",
    },
    Prompt {
        id: "feel.name",
        text: "If this feeling could speak, what would it say?",
    },
    Prompt {
        id: "feel.body",
        text: "Where do you notice this feeling in your body?",
    },
    Prompt {
        id: "care.small",
        text: "What is one small thing that would help you right now?",
    },
    Prompt {
        id: "care.enough",
        text: "What did you manage today, however small?",
    },
    Prompt {
        id: "ahead.look",
        text: "What is something you are looking forward to?",
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
            prompt("people.close").unwrap().text,
            "Who did you feel close to today?"
        );
    }
}
