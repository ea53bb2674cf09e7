//! Mood with and without each tag, emotion, scale and person. Below the minimum count
//! on either side the answer is "not enough data yet", never a pattern. Wording
//! describes co-occurrence only.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::copy::NOT_ENOUGH;
use super::stats::{cohens_d, mean, round2};
use crate::journal::catalog::Scale;
use crate::journal::checkin::CheckIn;

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
pub fn all(
    checkins: &[CheckIn],
    people: &BTreeMap<String, String>,
    scales: &[Scale],
) -> Vec<Association> {
    let mut out = Vec::new();
    let tags: BTreeSet<&String> = checkins.iter().flat_map(|c| &c.tags).collect();
    for t in tags {
        out.push(compare("tag", t, checkins, |c| c.tags.contains(t)));
    }
    let emotions: BTreeSet<&String> = checkins.iter().flat_map(|c| &c.emotions).collect();
    for e in emotions {
        out.push(compare("emotion", e, checkins, |c| c.emotions.contains(e)));
    }
    let named: BTreeSet<&String> = checkins.iter().flat_map(|c| &c.with_people).collect();
    for id in named {
        let name = people
            .get(id)
            .cloned()
            .unwrap_or_else(|| "someone no longer listed".into());
        out.push(compare("person", &name, checkins, |c| {
            c.with_people.contains(id)
        }));
    }
    for s in scales {
        // A scale is compared as readings in its upper half versus its lower half,
        // among check-ins that recorded it.
        let mid = (s.min + s.max) as f64 / 2.0;
        let rated: Vec<CheckIn> = checkins
            .iter()
            .filter(|c| c.scales.iter().any(|v| v.scale == s.name))
            .cloned()
            .collect();
        if rated.is_empty() {
            continue;
        }
        let name = format!("{} (high)", s.name);
        out.push(compare("scale", &name, &rated, |c| {
            c.scales
                .iter()
                .any(|v| v.scale == s.name && v.value as f64 > mid)
        }));
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

fn compare(
    kind: &str,
    name: &str,
    checkins: &[CheckIn],
    has: impl Fn(&CheckIn) -> bool,
) -> Association {
    let (with, without): (Vec<&CheckIn>, Vec<&CheckIn>) = checkins.iter().partition(|c| has(c));
    let w: Vec<f64> = with.iter().map(|c| c.mood as f64).collect();
    let o: Vec<f64> = without.iter().map(|c| c.mood as f64).collect();
    let enough = w.len() >= MIN_EACH_SIDE && o.len() >= MIN_EACH_SIDE;
    let (mw, mo) = (mean(&w).map(round2), mean(&o).map(round2));
    let text = match (enough, mw, mo) {
        (true, Some(a), Some(b)) => format!(
            "Check-ins {} averaged a mood of {a:.1}; others averaged {b:.1} ({} and {} check-ins).",
            match kind {
                "tag" => format!("tagged {name}"),
                "emotion" => format!("where you felt {name}"),
                "scale" => format!("with {name}"),
                _ => format!("with {name}"),
            },
            w.len(),
            o.len()
        ),
        _ => format!(
            "{NOT_ENOUGH} for {name} ({} with, {} without; {MIN_EACH_SIDE} of each needed).",
            w.len(),
            o.len()
        ),
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
