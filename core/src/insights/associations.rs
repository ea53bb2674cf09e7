//! Mood with and without each tag, emotion, scale and person. Below the minimum count
//! on either side the answer is "not enough data yet", never a pattern. Wording
//! describes co-occurrence only.

use std::collections::BTreeMap;

use serde::Serialize;

use super::stats::{cohens_d, mean, round2};
use super::tally::{MoodCounts, Tally};
use crate::journal::catalog::Scale;
use crate::journal::vocabulary;
use crate::l10n::words::decimal;

/// Check-ins needed on each side (with and without) before comparing.
pub const MIN_EACH_SIDE: usize = 5;

/// One comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Association {
    /// `tag`, `emotion`, `scale` or `person`.
    pub kind: String,
    /// What it is (a scale's name reads "sleep quality (high)").
    pub name: String,
    /// Check-ins with it.
    pub with_count: u32,
    /// Their mean mood.
    pub with_mean: Option<f64>,
    /// Check-ins without it.
    pub without_count: u32,
    /// Their mean mood.
    pub without_mean: Option<f64>,
    /// Cohen's d (with − without), when there is enough data.
    pub effect_size: Option<f64>,
    /// Whether both sides reach [`MIN_EACH_SIDE`].
    pub enough_data: bool,
    /// A plain, non-causal sentence.
    pub text: String,
}

/// Every association, strongest first, insufficient ones last.
pub(crate) fn all(
    tally: &Tally,
    people: &BTreeMap<String, String>,
    scales: &[Scale],
) -> Vec<Association> {
    let mut out = Vec::new();
    let everyone = &tally.all_moods;
    for (t, counts) in &tally.tags {
        out.push(compare("tag", t, counts, &everyone.minus(counts)));
    }
    for (e, counts) in &tally.emotions {
        out.push(compare("emotion", e, counts, &everyone.minus(counts)));
    }
    for (id, counts) in &tally.people {
        let name = people
            .get(id)
            .cloned()
            .unwrap_or_else(|| crate::tr!("insight-person-unlisted"));
        out.push(compare("person", &name, counts, &everyone.minus(counts)));
    }
    for s in scales {
        // Among check-ins that recorded the scale: readings in its upper half versus
        // its lower half.
        if let Some(c) = tally.scales.get(&s.name) {
            let name = crate::tr!("insight-scale-high", "scale" => &s.name);
            out.push(compare("scale", &name, &c.high, &c.rated.minus(&c.high)));
        }
    }
    out.sort_by(|a, b| {
        b.enough_data.cmp(&a.enough_data).then_with(|| {
            let (x, y) = (
                a.effect_size.unwrap_or(0.0).abs(),
                b.effect_size.unwrap_or(0.0).abs(),
            );
            y.partial_cmp(&x).unwrap_or(std::cmp::Ordering::Equal)
        })
    });
    out
}

fn compare(kind: &str, name: &str, with: &MoodCounts, without: &MoodCounts) -> Association {
    let (w, o) = (with.moods(), without.moods());
    let enough = w.len() >= MIN_EACH_SIDE && o.len() >= MIN_EACH_SIDE;
    let (mw, mo) = (mean(&w).map(round2), mean(&o).map(round2));
    let shown = match kind {
        "tag" => vocabulary::tag_label(name),
        "emotion" => vocabulary::emotion_label(name),
        _ => name.to_owned(),
    };
    let name = shown.as_str();
    let text = match (enough, mw, mo) {
        (true, Some(a), Some(b)) => crate::tr!("insight-association",
            "kind" => kind,
            "name" => name,
            "with" => decimal(a, 1),
            "without" => decimal(b, 1),
            "count_with" => w.len(),
            "count_without" => o.len()),
        _ => crate::tr!("insight-association-not-enough",
            "name" => name,
            "count_with" => w.len(),
            "count_without" => o.len(),
            "needed" => MIN_EACH_SIDE),
    };
    Association {
        kind: kind.into(),
        name: name.into(),
        with_count: w.len() as u32,
        with_mean: mw,
        without_count: o.len() as u32,
        without_mean: mo,
        effect_size: if enough {
            cohens_d(&w, &o).map(round2)
        } else {
            None
        },
        enough_data: enough,
        text,
    }
}
