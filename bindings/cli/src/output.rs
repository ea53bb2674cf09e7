//! The CLI's stable JSON shapes and human renderings.

use chrono::{DateTime, Datelike, FixedOffset};
use hearth_core::journal::entry::StoredEntry;
use hearth_core::journal::prompts::prompt;
use hearth_core::journal::vocabulary;
use hearth_core::l10n::words;
use hearth_core::{tr, CheckIn};
use serde_json::Value;

/// Any entry as JSON: its serde form, tagged with `"kind"` (`check_in`, `reflection`,
/// `thought`). A check-in is `{"kind","id","at","mood","energy","emotions","tags","note",
/// "source","scales","connected","with_people"}`; times are RFC 3339 with offset.
pub fn entry_json(e: &StoredEntry) -> Value {
    let mut v = serde_json::to_value(e).unwrap_or(Value::Null);
    if let (StoredEntry::Reflection(r), Value::Object(map)) = (e, &mut v) {
        let text = r.prompt_id.as_deref().and_then(prompt).map(|p| p.text());
        map.insert("prompt".into(), text.into());
    }
    v
}

/// One check-in as JSON (see [`entry_json`]).
pub fn checkin_json(c: &CheckIn) -> Value {
    entry_json(&StoredEntry::CheckIn(c.clone()))
}

/// When an entry was made, for people: the short weekday in the reader's language, then
/// the ISO date and time ("Mon 2026-12-07 09:30", "Mo 2026-12-07 09:30").
pub fn when(at: &DateTime<FixedOffset>) -> String {
    format!(
        "{} {}",
        words::weekday_short(at.weekday()),
        at.format("%Y-%m-%d %H:%M")
    )
}

/// A weekday and a time of day, for people ("Mon 09:00").
pub fn weekday_time(at: &DateTime<FixedOffset>) -> String {
    format!(
        "{} {}",
        words::weekday_short(at.weekday()),
        at.format("%H:%M")
    )
}

/// One line (or a few) per entry of any kind, for people.
pub fn entry_line(e: &StoredEntry) -> String {
    match e {
        StoredEntry::CheckIn(c) => checkin_line(c),
        StoredEntry::Reflection(r) => {
            let when = when(&r.at);
            let mut s = match r.prompt_id.as_deref().and_then(prompt) {
                Some(p) => tr!("cli-line-reflection-prompt", "when" => when, "prompt" => p.text()),
                None => tr!("cli-line-reflection", "when" => when),
            };
            s.push_str(&format!("\n    {}", r.text));
            s
        }
        StoredEntry::Assessment(a) => {
            let r = &a.result;
            let when = when(&a.at);
            let title = r.instrument.definition().short_title;
            let band = hearth_core::assessments::band_word(r.band);
            match r.percent {
                Some(p) => tr!("cli-line-assessment-percent", "when" => when,
                    "title" => title, "score" => r.score, "max" => r.max_score,
                    "band" => band, "percent" => p),
                None => tr!("cli-line-assessment", "when" => when,
                    "title" => title, "score" => r.score, "max" => r.max_score,
                    "band" => band),
            }
        }
        StoredEntry::Thought(t) => {
            let mut s = tr!("cli-line-thought", "when" => when(&t.at), "situation" => &t.situation);
            if let Some(hot) = t.thoughts.iter().find(|x| x.hot) {
                s.push_str("\n    ");
                s.push_str(&tr!("cli-line-thought-hot", "text" => &hot.text));
            }
            if let Some(b) = &t.balanced_thought {
                s.push_str("\n    ");
                s.push_str(&tr!("cli-line-thought-balanced", "text" => b));
            }
            s
        }
    }
}

/// Prints pretty JSON to stdout.
///
/// Streams straight to stdout: a large result (all-time insights over decades) is never
/// held a second time as a JSON tree or string. A closed pipe ends the output quietly.
pub fn print_json<T: serde::Serialize + ?Sized>(v: &T) {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = serde_json::to_writer_pretty(&mut out, v)
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(out))
        .and_then(|()| out.flush());
    if let Err(e) = written {
        stdout_failed(e);
    }
}

/// One line to standard output (the crate's `println!`). See [`stdout_failed`].
pub fn print_line(args: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_fmt(args).and_then(|()| out.write_all(b"\n")) {
        stdout_failed(e);
    }
}

/// Raw bytes (an export) to standard output. See [`stdout_failed`].
pub fn write_stdout(bytes: &[u8]) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(bytes).and_then(|()| out.flush()) {
        stdout_failed(e);
    }
}

/// Output that cannot be written ends the command: quietly with exit 0 when the reader
/// has gone (EPIPE: `hearth list | head -1` got what it wanted), otherwise with the
/// reason and exit 1 (e.g. a full disk behind a redirect), never with a panic.
fn stdout_failed(e: std::io::Error) -> ! {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    eprintln!(
        "hearth: {}",
        tr!("cli-error-write-output", "reason" => e.to_string())
    );
    std::process::exit(1);
}

/// One line per check-in for people (and its note on the next).
pub fn checkin_line(c: &CheckIn) -> String {
    let mut s = match c.energy {
        Some(e) => tr!("cli-line-checkin-energy", "when" => when(&c.at), "mood" => c.mood,
            "word" => words::mood_word(c.mood), "energy" => e),
        None => tr!("cli-line-checkin", "when" => when(&c.at), "mood" => c.mood,
            "word" => words::mood_word(c.mood)),
    };
    // Emotion and tag names are shown as the core gives them.
    if !c.emotions.is_empty() {
        let shown: Vec<String> = c
            .emotions
            .iter()
            .map(|e| vocabulary::emotion_label(e))
            .collect();
        s.push_str(&format!("  [{}]", shown.join(", ")));
    }
    if !c.tags.is_empty() {
        let shown: Vec<String> = c.tags.iter().map(|t| vocabulary::tag_label(t)).collect();
        s.push_str(&format!("  #{}", shown.join(" #")));
    }
    if c.connected {
        s.push_str("  ");
        s.push_str(&tr!("cli-line-checkin-connected"));
    }
    for v in &c.scales {
        s.push_str(&format!("  {}={}", v.scale, v.value));
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
            "hearth: {}",
            tr!("cli-warn-damaged", "count" => ids.len(), "ids" => ids.join(", "))
        );
    }
}
