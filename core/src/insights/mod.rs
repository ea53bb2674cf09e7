//! Patterns from a person's own check-ins: honest, descriptive, and never causal.
//! Anything with too few check-ins on either side says "not enough data yet" instead of
//! claiming a pattern.

pub mod associations;
pub mod copy;
pub mod signal;
pub mod stats;
pub mod widget;

use std::collections::BTreeMap;

use crate::zone::Zone;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Timelike, Utc};
use serde::Serialize;

pub use associations::{Association, MIN_EACH_SIDE};
pub use signal::SafetySuggestion;
pub use widget::{QuickMood, WidgetSnapshot};

use crate::error::Result;
use crate::journal::checkin::CheckIn;
use crate::journal::vocabulary::Quadrant;
use crate::store::Store;
use crate::time::DayRange;
use stats::{mean, round2};

/// Which stretch of time to look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// The last N local days, today included.
    Days(u32),
    /// Everything.
    All,
}

/// A mean and a count.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bucket {
    /// What the bucket is (a date, weekday or time of day).
    pub key: String,
    /// Mean mood, if any check-ins.
    pub mean: Option<f64>,
    /// Check-ins in it.
    pub count: u32,
}

/// One day of the calendar ("year in pixels") series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DayPoint {
    /// Local date.
    pub date: String,
    /// Mean mood that day.
    pub mean: Option<f64>,
    /// Check-ins that day.
    pub count: u32,
    /// 7-day centred moving average.
    pub smoothed: Option<f64>,
}

/// Mood on days with and without contact with someone.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Connection {
    /// Days with at least one check-in noting a connection.
    pub days_with: u32,
    /// Their mean mood.
    pub mean_with: Option<f64>,
    /// Days without.
    pub days_without: u32,
    /// Their mean mood.
    pub mean_without: Option<f64>,
    /// Whether both sides have enough days to say anything.
    pub enough_data: bool,
    /// A plain sentence.
    pub text: String,
}

/// A share of check-ins in one circumplex quadrant.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuadrantShare {
    /// Which quadrant.
    pub quadrant: Quadrant,
    /// How many check-ins.
    pub count: u32,
    /// Share of check-ins that have energy, 0–1.
    pub share: f64,
}

/// Everything the insights screen shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Insights {
    /// First day included.
    pub from: Option<String>,
    /// Last day included (today).
    pub to: String,
    /// Check-ins in the range.
    pub checkins: u32,
    /// Mean mood in the range.
    pub mean_mood: Option<f64>,
    /// Short sentences, most important first; the connection comparison leads
    /// whenever there is enough data for it.
    pub highlights: Vec<String>,
    /// Mood with and without contact with someone.
    pub connection: Connection,
    /// Per-day series.
    pub daily: Vec<DayPoint>,
    /// Weekly means (weeks start on Monday).
    pub weekly: Vec<Bucket>,
    /// Monthly means.
    pub monthly: Vec<Bucket>,
    /// By weekday, Monday first.
    pub by_weekday: Vec<Bucket>,
    /// By time of day: night, morning, afternoon, evening.
    pub by_time_of_day: Vec<Bucket>,
    /// Tags, emotions, scales and people: mood with vs without.
    pub associations: Vec<Association>,
    /// Energy × mood quadrant distribution.
    pub quadrants: Vec<QuadrantShare>,
    /// Present when a sustained low mood suggests reaching out.
    pub suggestion: Option<SafetySuggestion>,
    /// A reminder of what these numbers are and are not.
    pub note: String,
}

/// Days with contact needed on each side before comparing.
pub const MIN_CONNECTION_DAYS: u32 = 5;

impl Store {
    /// Insights over `period`, ending today in `zone`.
    pub fn insights(&mut self, period: Period, now: DateTime<Utc>, zone: Zone) -> Result<Insights> {
        let today = now.with_timezone(&zone).date_naive();
        let range = match period {
            Period::Days(n) => DayRange {
                from: Some(today - Duration::days(crate::time::day_count("days", n)? as i64 - 1)),
                to: Some(today),
            },
            Period::All => DayRange {
                from: None,
                to: Some(today),
            },
        };
        let checkins = self.checkins_without_notes(range)?.items;
        // The safety signal always looks at the last two weeks, whatever the range.
        let recent = match period {
            Period::Days(n) if n as i64 >= signal::WINDOW_DAYS => None,
            _ => Some(self.checkins_without_notes(DayRange {
                from: Some(today - Duration::days(signal::WINDOW_DAYS - 1)),
                to: Some(today),
            })?),
        };
        let suggestion = signal::low_mood(
            recent.as_ref().map(|l| &l.items[..]).unwrap_or(&checkins),
            today,
        );
        let people: BTreeMap<String, String> =
            self.people()?.into_iter().map(|p| (p.id, p.name)).collect();
        let scales = self.scales()?;
        Ok(compute(
            &checkins, range, today, &people, &scales, suggestion,
        ))
    }
}

fn compute(
    checkins: &[CheckIn],
    range: DayRange,
    today: NaiveDate,
    people: &BTreeMap<String, String>,
    scales: &[crate::journal::catalog::Scale],
    suggestion: Option<SafetySuggestion>,
) -> Insights {
    let first = range
        .from
        .or_else(|| checkins.iter().map(|c| c.at.date_naive()).min())
        .unwrap_or(today);
    let moods: Vec<f64> = checkins.iter().map(|c| c.mood as f64).collect();
    let daily = daily_series(checkins, first, today);
    let connection = connection(checkins);
    let associations = associations::all(checkins, people, scales);
    let mut highlights = Vec::new();
    if connection.enough_data {
        highlights.push(connection.text.clone());
    }
    highlights.extend(
        associations
            .iter()
            .filter(|a| a.enough_data)
            .take(3)
            .map(|a| a.text.clone()),
    );
    if checkins.is_empty() {
        highlights.push("No check-ins in this range yet. Patterns appear after a few.".into());
    }
    Insights {
        from: Some(first.to_string()),
        to: today.to_string(),
        checkins: checkins.len() as u32,
        mean_mood: mean(&moods).map(round2),
        highlights,
        connection,
        weekly: periods(checkins, |d| d - Duration::days(d.weekday().num_days_from_monday() as i64)),
        monthly: periods(checkins, |d| d.with_day(1).unwrap_or(d)),
        by_weekday: by_weekday(checkins),
        by_time_of_day: by_time_of_day(checkins),
        associations,
        quadrants: quadrants(checkins),
        daily,
        suggestion,
        note: "These are patterns in your own check-ins. They show what tends to go together, not what causes what.".into(),
    }
}

fn bucket(key: String, xs: &[f64]) -> Bucket {
    Bucket {
        key,
        mean: mean(xs).map(round2),
        count: xs.len() as u32,
    }
}

fn daily_series(checkins: &[CheckIn], first: NaiveDate, last: NaiveDate) -> Vec<DayPoint> {
    let mut by_day: BTreeMap<NaiveDate, Vec<f64>> = BTreeMap::new();
    for c in checkins {
        by_day
            .entry(c.at.date_naive())
            .or_default()
            .push(c.mood as f64);
    }
    let days: Vec<NaiveDate> = first.iter_days().take_while(|d| *d <= last).collect();
    let means: Vec<Option<f64>> = days
        .iter()
        .map(|d| by_day.get(d).and_then(|v| mean(v)))
        .collect();
    let smoothed = stats::smooth(&means, 7);
    days.iter()
        .zip(means.iter().zip(smoothed))
        .map(|(d, (m, s))| DayPoint {
            date: d.to_string(),
            mean: m.map(round2),
            count: by_day.get(d).map_or(0, |v| v.len() as u32),
            smoothed: s.map(round2),
        })
        .collect()
}

fn periods(checkins: &[CheckIn], start_of: impl Fn(NaiveDate) -> NaiveDate) -> Vec<Bucket> {
    let mut m: BTreeMap<NaiveDate, Vec<f64>> = BTreeMap::new();
    for c in checkins {
        m.entry(start_of(c.at.date_naive()))
            .or_default()
            .push(c.mood as f64);
    }
    m.into_iter()
        .map(|(k, v)| bucket(k.to_string(), &v))
        .collect()
}

fn by_weekday(checkins: &[CheckIn]) -> Vec<Bucket> {
    const NAMES: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let mut v: Vec<Vec<f64>> = vec![vec![]; 7];
    for c in checkins {
        v[c.at.weekday().num_days_from_monday() as usize].push(c.mood as f64);
    }
    NAMES
        .iter()
        .zip(v)
        .map(|(n, xs)| bucket((*n).into(), &xs))
        .collect()
}

/// Night 22–05, morning 05–12, afternoon 12–17, evening 17–22 (local time).
fn by_time_of_day(checkins: &[CheckIn]) -> Vec<Bucket> {
    const NAMES: [&str; 4] = ["night", "morning", "afternoon", "evening"];
    let mut v: Vec<Vec<f64>> = vec![vec![]; 4];
    for c in checkins {
        let i = match c.at.hour() {
            5..=11 => 1,
            12..=16 => 2,
            17..=21 => 3,
            _ => 0,
        };
        v[i].push(c.mood as f64);
    }
    NAMES
        .iter()
        .zip(v)
        .map(|(n, xs)| bucket((*n).into(), &xs))
        .collect()
}

fn quadrants(checkins: &[CheckIn]) -> Vec<QuadrantShare> {
    let with_energy: Vec<Quadrant> = checkins
        .iter()
        .filter_map(|c| c.energy.map(|e| Quadrant::of(c.mood, e)))
        .collect();
    [
        Quadrant::HighEnergyPleasant,
        Quadrant::LowEnergyPleasant,
        Quadrant::HighEnergyUnpleasant,
        Quadrant::LowEnergyUnpleasant,
    ]
    .into_iter()
    .map(|q| {
        let count = with_energy.iter().filter(|x| **x == q).count() as u32;
        let share = if with_energy.is_empty() {
            0.0
        } else {
            round2(count as f64 / with_energy.len() as f64)
        };
        QuadrantShare {
            quadrant: q,
            count,
            share,
        }
    })
    .collect()
}

fn connection(checkins: &[CheckIn]) -> Connection {
    let mut days: BTreeMap<NaiveDate, (Vec<f64>, bool)> = BTreeMap::new();
    for c in checkins {
        let e = days.entry(c.at.date_naive()).or_default();
        e.0.push(c.mood as f64);
        e.1 |= c.connected;
    }
    let (mut with, mut without) = (vec![], vec![]);
    for (moods, connected) in days.values() {
        let m = mean(moods).unwrap_or_default();
        if *connected {
            with.push(m)
        } else {
            without.push(m)
        }
    }
    let enough =
        with.len() as u32 >= MIN_CONNECTION_DAYS && without.len() as u32 >= MIN_CONNECTION_DAYS;
    let (mw, mo) = (mean(&with).map(round2), mean(&without).map(round2));
    let text = match (enough, mw, mo) {
        (true, Some(a), Some(b)) => format!(
            "On days you connected with someone, your mood averaged {a:.1}, compared with {b:.1} on other days ({} and {} days).",
            with.len(),
            without.len()
        ),
        _ => format!(
            "{}: connection is compared once there are {MIN_CONNECTION_DAYS} days with and {MIN_CONNECTION_DAYS} days without contact noted ({} and {} so far).",
            copy::NOT_ENOUGH,
            with.len(),
            without.len()
        ),
    };
    Connection {
        days_with: with.len() as u32,
        mean_with: mw,
        days_without: without.len() as u32,
        mean_without: mo,
        enough_data: enough,
        text,
    }
}
