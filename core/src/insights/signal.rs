//! The gentle safety signal: a sustained low mood brings up a suggestion to reach out,
//! with the safety plan and crisis lines one tap away. It never diagnoses or blocks.

use chrono::{Duration, NaiveDate};
use serde::Serialize;

use super::copy::LOW_MOOD;
use crate::journal::checkin::CheckIn;

/// Days looked back for the low-mood signal.
pub const WINDOW_DAYS: i64 = 14;
/// The window's mean mood at or below this raises the signal …
pub const LOW_MEAN: f64 = 2.0;
/// … provided there are at least this many check-ins in it.
pub const MIN_CHECKINS: usize = 7;

/// What the shells show when the signal is raised.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SafetySuggestion {
    /// Why, as a stable id: `sustained_low_mood`.
    pub reason: String,
    /// Stable id of the message.
    pub message_id: String,
    /// The message.
    pub message: String,
    /// Mean mood over the window.
    pub mean_mood: f64,
    /// Check-ins in the window.
    pub checkins: usize,
    /// Actions the shell offers, as stable ids: `contact_trusted_person`,
    /// `open_safety_plan`, `open_crisis_lines`, `find_professional`.
    pub actions: Vec<String>,
}

/// The signal for the `WINDOW_DAYS` days ending on `today`, given check-ins that cover
/// at least that window (others are ignored).
pub fn low_mood(checkins: &[CheckIn], today: NaiveDate) -> Option<SafetySuggestion> {
    let first = today - Duration::days(WINDOW_DAYS - 1);
    let moods: Vec<f64> = checkins
        .iter()
        .filter(|c| (first..=today).contains(&c.at.date_naive()))
        .map(|c| c.mood as f64)
        .collect();
    if moods.len() < MIN_CHECKINS {
        return None;
    }
    let mean = moods.iter().sum::<f64>() / moods.len() as f64;
    (mean <= LOW_MEAN).then(|| SafetySuggestion {
        reason: "sustained_low_mood".into(),
        message_id: LOW_MOOD.id.into(),
        message: LOW_MOOD.text(),
        mean_mood: super::stats::round2(mean),
        checkins: moods.len(),
        actions: [
            "contact_trusted_person",
            "open_safety_plan",
            "open_crisis_lines",
            "find_professional",
        ]
        .map(String::from)
        .to_vec(),
    })
}
