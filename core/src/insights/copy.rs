//! Words Hearth shows around insights and the widget. Plain and warm; never guilt,
//! never a diagnosis, never a claim that one thing causes another.

/// A line with a stable id, so shells can localise later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Stable id.
    pub id: &'static str,
    /// English text.
    pub text: &'static str,
}

/// Widget lines before today's first check-in.
pub const NOT_YET: [Line; 5] = [
    Line {
        id: "widget.ask.1",
        text: "How are you, right now?",
    },
    Line {
        id: "widget.ask.2",
        text: "One tap is enough, whenever you like.",
    },
    Line {
        id: "widget.ask.3",
        text: "How is today treating you?",
    },
    Line {
        id: "widget.ask.4",
        text: "A moment to notice how you feel.",
    },
    Line {
        id: "widget.ask.5",
        text: "However today is going, it counts.",
    },
];

/// Widget lines after a check-in today.
pub const DONE: [Line; 5] = [
    Line {
        id: "widget.thanks.1",
        text: "Thanks for checking in.",
    },
    Line {
        id: "widget.thanks.2",
        text: "Noted. Be gentle with yourself.",
    },
    Line {
        id: "widget.thanks.3",
        text: "Thank you. Tap again any time.",
    },
    Line {
        id: "widget.thanks.4",
        text: "Checked in. Maybe say hi to someone today?",
    },
    Line {
        id: "widget.thanks.5",
        text: "Got it. You're doing the noticing.",
    },
];

/// The gentle suggestion after a sustained low mood.
pub const LOW_MOOD: Line = Line {
    id: "safety.low_mood",
    text: "Things seem to have felt heavy for a while. It could help to reach out to someone you trust, or to talk it over with a professional. Your safety plan and crisis lines are one tap away.",
};

/// Shown instead of a pattern when there are too few check-ins.
pub const NOT_ENOUGH: &str = "Not enough data yet";

/// Words for mood levels 1–5 (never a judgement): the widget's labels, the CLI, the
/// clinician summary.
pub const MOOD_WORDS: [&str; 5] = ["very low", "low", "okay", "good", "very good"];

/// The word for a mood level (1–5; anything else reads as the nearest level).
pub fn mood_word(mood: u8) -> &'static str {
    MOOD_WORDS[usize::from(mood.clamp(1, 5) - 1)]
}

/// Picks a line deterministically for a day, so the widget doesn't flicker on refresh.
pub fn pick(lines: &[Line], day_number: i64) -> Line {
    lines[day_number.rem_euclid(lines.len() as i64) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_never_guilts_or_diagnoses() {
        let banned = [
            "missed", "streak", "fail", "should", "forgot", "depress", "disorder", "diagnos",
            "you must",
        ];
        let all: Vec<&str> = NOT_YET
            .iter()
            .chain(DONE.iter())
            .map(|l| l.text)
            .chain([LOW_MOOD.text])
            .collect();
        for text in all {
            let lower = text.to_lowercase();
            for b in banned {
                assert!(!lower.contains(b), "{text:?} contains {b:?}");
            }
        }
    }
}
