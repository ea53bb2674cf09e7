//! The figures a summary shows, computed from the entries of a period.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Duration, NaiveDate};

use crate::journal::assessment::AssessmentRecord;
use crate::journal::checkin::CheckIn;
use crate::journal::entry::StoredEntry;
use crate::journal::reflection::Reflection;
use crate::time::local_day;

/// How many tags and emotions to list.
pub const TOP: usize = 10;

/// Mean mood of one local day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DayMean {
    /// The day.
    pub day: NaiveDate,
    /// Mean mood, 1–5.
    pub mean: f64,
    /// Check-ins that day.
    pub count: usize,
}

/// Mood over a week or a month.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    /// First day of the week or month.
    pub start: NaiveDate,
    /// Check-ins.
    pub count: usize,
    /// Mean, lowest and highest mood.
    pub mean: f64,
    /// Lowest single mood.
    pub low: u8,
    /// Highest single mood.
    pub high: u8,
}

/// Everything a summary shows.
#[derive(Debug, Clone)]
pub struct SummaryData {
    /// First day of the period.
    pub from: NaiveDate,
    /// Last day of the period.
    pub to: NaiveDate,
    /// Check-ins, oldest first.
    pub checkins: Vec<CheckIn>,
    /// Reflections, oldest first.
    pub reflections: Vec<Reflection>,
    /// Questionnaire results, oldest first.
    pub assessments: Vec<AssessmentRecord>,
    /// Daily means, oldest first (days without check-ins are absent).
    pub daily: Vec<DayMean>,
    /// Weekly (or, over half a year, monthly) figures.
    pub periods: Vec<Period>,
    /// True when `periods` are months.
    pub monthly: bool,
    /// Most frequent tags with counts.
    pub top_tags: Vec<(String, usize)>,
    /// Most frequent emotions with counts.
    pub top_emotions: Vec<(String, usize)>,
}

impl SummaryData {
    /// Sorts `entries` into a summary of `from`..=`to`.
    pub fn new(from: NaiveDate, to: NaiveDate, entries: Vec<StoredEntry>) -> SummaryData {
        let mut checkins = Vec::new();
        let mut reflections = Vec::new();
        let mut assessments = Vec::new();
        for e in entries {
            match e {
                StoredEntry::CheckIn(c) => checkins.push(c),
                StoredEntry::Reflection(r) => reflections.push(r),
                StoredEntry::Assessment(a) => assessments.push(a),
                StoredEntry::Thought(_) => {}
            }
        }
        checkins.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
        reflections.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
        assessments.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
        let daily = daily_means(&checkins);
        let monthly = (to - from).num_days() > 182;
        SummaryData {
            from,
            to,
            periods: periods(&checkins, monthly),
            monthly,
            top_tags: top(checkins.iter().flat_map(|c| c.tags.iter())),
            top_emotions: top(checkins.iter().flat_map(|c| c.emotions.iter())),
            daily,
            checkins,
            reflections,
            assessments,
        }
    }

    /// Mean mood over every check-in, if any.
    pub fn mean_mood(&self) -> Option<f64> {
        mean(self.checkins.iter().map(|c| c.mood))
    }

    /// Mean mood of check-ins with and without connecting with someone.
    pub fn connection(&self) -> (usize, Option<f64>, Option<f64>) {
        let with: Vec<u8> = self
            .checkins
            .iter()
            .filter(|c| c.connected)
            .map(|c| c.mood)
            .collect();
        let without = self
            .checkins
            .iter()
            .filter(|c| !c.connected)
            .map(|c| c.mood);
        (with.len(), mean(with.iter().copied()), mean(without))
    }
}

fn mean(moods: impl Iterator<Item = u8>) -> Option<f64> {
    let (sum, n) = moods.fold((0u64, 0u64), |(s, n), m| (s + u64::from(m), n + 1));
    (n > 0).then(|| sum as f64 / n as f64)
}

fn daily_means(checkins: &[CheckIn]) -> Vec<DayMean> {
    let mut by_day: BTreeMap<NaiveDate, Vec<u8>> = BTreeMap::new();
    for c in checkins {
        by_day.entry(local_day(&c.at)).or_default().push(c.mood);
    }
    by_day
        .into_iter()
        .map(|(day, m)| DayMean {
            day,
            count: m.len(),
            mean: mean(m.into_iter()).unwrap_or(0.0),
        })
        .collect()
}

fn periods(checkins: &[CheckIn], monthly: bool) -> Vec<Period> {
    let mut by: BTreeMap<NaiveDate, Vec<u8>> = BTreeMap::new();
    for c in checkins {
        let d = local_day(&c.at);
        let start = if monthly {
            d.with_day(1).unwrap_or(d)
        } else {
            d - Duration::days(i64::from(d.weekday().num_days_from_monday()))
        };
        by.entry(start).or_default().push(c.mood);
    }
    by.into_iter()
        .map(|(start, m)| Period {
            start,
            count: m.len(),
            low: m.iter().copied().min().unwrap_or(0),
            high: m.iter().copied().max().unwrap_or(0),
            mean: mean(m.into_iter()).unwrap_or(0.0),
        })
        .collect()
}

fn top<'a>(names: impl Iterator<Item = &'a String>) -> Vec<(String, usize)> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for n in names {
        *counts.entry(n).or_default() += 1;
    }
    let mut v: Vec<(String, usize)> = counts.into_iter().map(|(k, n)| (k.to_owned(), n)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(TOP);
    v
}
