//! Words Hearth shows around insights and the widget. Plain and warm; never guilt,
//! never a diagnosis, never a claim that one thing causes another.

/// A line with a stable id (part of the API: shells and exports name lines by it) and
/// its message in the catalogue (`core/l10n/<lang>/insights.ftl`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Stable id.
    pub id: &'static str,
    /// The catalogue message.
    pub message: &'static str,
}

impl Line {
    /// The line in the reader's language.
    pub fn text(self) -> String {
        crate::l10n::message(self.message, &[])
    }
}

const fn line(id: &'static str, message: &'static str) -> Line {
    Line { id, message }
}

/// Widget lines before today's first check-in.
pub const NOT_YET: [Line; 5] = [
    line("widget.ask.1", "widget-ask-1"),
    line("widget.ask.2", "widget-ask-2"),
    line("widget.ask.3", "widget-ask-3"),
    line("widget.ask.4", "widget-ask-4"),
    line("widget.ask.5", "widget-ask-5"),
];

/// Widget lines after a check-in today.
pub const DONE: [Line; 5] = [
    line("widget.thanks.1", "widget-thanks-1"),
    line("widget.thanks.2", "widget-thanks-2"),
    line("widget.thanks.3", "widget-thanks-3"),
    line("widget.thanks.4", "widget-thanks-4"),
    line("widget.thanks.5", "widget-thanks-5"),
];

/// The gentle suggestion after a sustained low mood.
pub const LOW_MOOD: Line = line("safety.low_mood", "safety-low-mood");

/// The word for a mood level (1–5; anything else reads as the nearest level), in the
/// reader's language: the widget's labels, the CLI, the clinician summary.
pub fn mood_word(mood: u8) -> String {
    crate::l10n::words::mood_word(mood)
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
        let all: Vec<String> = NOT_YET
            .iter()
            .chain(DONE.iter())
            .chain([&LOW_MOOD])
            .map(|l| crate::l10n::with_languages(&["en"], || l.text()))
            .collect();
        for text in all {
            let lower = text.to_lowercase();
            for b in banned {
                assert!(!lower.contains(b), "{text:?} contains {b:?}");
            }
        }
    }
}
