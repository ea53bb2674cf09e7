//! The CLI's stable JSON shapes and human renderings.

use hearth_core::CheckIn;
use serde_json::{json, Value};

/// One check-in as JSON: `{"id","at","mood","energy","emotions","tags","note","source"}`.
pub fn checkin_json(c: &CheckIn) -> Value {
    json!({
        "id": c.id,
        "at": c.at.to_rfc3339(),
        "mood": c.mood,
        "energy": c.energy,
        "emotions": c.emotions,
        "tags": c.tags,
        "note": c.note,
        "source": c.source,
    })
}

/// Prints pretty JSON to stdout.
pub fn print_json(v: &Value) {
    println!(
        "{}",
        serde_json::to_string_pretty(v).unwrap_or_else(|_| "null".into())
    );
}

/// Mood words without judgement.
pub fn mood_word(m: u8) -> &'static str {
    match m {
        1 => "very low",
        2 => "low",
        3 => "okay",
        4 => "good",
        _ => "very good",
    }
}

/// One line per check-in for people.
pub fn checkin_line(c: &CheckIn) -> String {
    let mut s = format!(
        "{}  mood {} ({})",
        c.at.format("%a %Y-%m-%d %H:%M"),
        c.mood,
        mood_word(c.mood)
    );
    if let Some(e) = c.energy {
        s.push_str(&format!(", energy {e}"));
    }
    if !c.emotions.is_empty() {
        s.push_str(&format!("  [{}]", c.emotions.join(", ")));
    }
    if !c.tags.is_empty() {
        s.push_str(&format!("  #{}", c.tags.join(" #")));
    }
    if let Some(n) = &c.note {
        s.push_str(&format!("\n    {n}"));
    }
    s
}

/// A Unicode sparkline for values in 1..=5 (`None` shows as a gap).
pub fn sparkline(values: &[Option<f64>]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    values
        .iter()
        .map(|v| match v {
            None => ' ',
            Some(x) => BARS[(((x - 1.0) / 4.0) * 7.0).round().clamp(0.0, 7.0) as usize],
        })
        .collect()
}

/// Warns on stderr (ids only, never content) when damaged records were skipped.
pub fn warn_damaged(ids: &[String]) {
    if !ids.is_empty() {
        eprintln!(
            "hearth: warning: {} damaged record(s) could not be read and were skipped: {}. Run `hearth verify`.",
            ids.len(),
            ids.join(", ")
        );
    }
}
