//! Patterns from a person's own check-ins: honest, descriptive, and never causal.
//! Anything with too few check-ins on either side says "not enough data yet" instead of
//! claiming a pattern.

pub mod associations;
pub mod copy;
pub mod signal;
pub mod stats;
mod tally;
pub mod widget;

use std::collections::BTreeMap;

use crate::zone::Zone;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use serde::Serialize;

pub use associations::{Association, MIN_EACH_SIDE};
pub use signal::SafetySuggestion;
pub use widget::{QuickMood, WidgetSnapshot};

use crate::error::Result;
use crate::journal::vocabulary::Quadrant;
use crate::store::Store;
use crate::time::DayRange;
use stats::{mean, round2};
use tally::{Day, Sum, Tally, QUADRANTS};

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
        let scales = self.scales()?;
        let mut tally = Tally::new(today, &scales);
        self.each_checkin(range, |c| tally.add(c))?;
        // The safety signal always looks at the last two weeks, whatever the range.
        let covers_window = match period {
            Period::Days(n) => n as i64 >= signal::WINDOW_DAYS,
            Period::All => true,
        };
        let recent = if covers_window {
            std::mem::take(&mut tally.recent)
        } else {
            self.checkins(DayRange {
                from: Some(today - Duration::days(signal::WINDOW_DAYS - 1)),
                to: Some(today),
            })?
            .items
        };
        let suggestion = signal::low_mood(&recent, today);
        let people: BTreeMap<String, String> =
            self.people()?.into_iter().map(|p| (p.id, p.name)).collect();
        Ok(compute(&tally, range, today, &people, &scales, suggestion))
    }
}

fn compute(
    tally: &Tally,
    range: DayRange,
    today: NaiveDate,
    people: &BTreeMap<String, String>,
    scales: &[crate::journal::catalog::Scale],
    suggestion: Option<SafetySuggestion>,
) -> Insights {
    let first = range.from.or_else(|| tally.first_day()).unwrap_or(today);
    let daily = daily_series(&tally.days, first, today);
    let connection = connection(&tally.days);
    let associations = associations::all(tally, people, scales);
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
    let all = tally.all_moods.sum();
    if all.count == 0 {
        highlights.push(crate::tr!("insight-none-yet"));
    }
    Insights {
        from: Some(first.to_string()),
        to: today.to_string(),
        checkins: all.count,
        mean_mood: all.mean().map(round2),
        highlights,
        connection,
        weekly: periods(&tally.days, |d| {
            d - Duration::days(d.weekday().num_days_from_monday() as i64)
        }),
        monthly: periods(&tally.days, |d| d.with_day(1).unwrap_or(d)),
        by_weekday: by_weekday(&tally.days),
        by_time_of_day: by_time_of_day(&tally.time_of_day),
        associations,
        quadrants: quadrants(tally),
        daily,
        suggestion,
        note: crate::tr!("insight-note"),
    }
}

fn bucket(key: String, moods: Sum) -> Bucket {
    Bucket {
        key,
        mean: moods.mean().map(round2),
        count: moods.count,
    }
}

fn daily_series(
    days: &BTreeMap<NaiveDate, Day>,
    first: NaiveDate,
    last: NaiveDate,
) -> Vec<DayPoint> {
    let dates: Vec<NaiveDate> = first.iter_days().take_while(|d| *d <= last).collect();
    let means: Vec<Option<f64>> = dates
        .iter()
        .map(|d| days.get(d).and_then(|day| day.moods.mean()))
        .collect();
    let smoothed = stats::smooth(&means, 7);
    dates
        .iter()
        .zip(means.iter().zip(smoothed))
        .map(|(d, (m, s))| DayPoint {
            date: d.to_string(),
            mean: m.map(round2),
            count: days.get(d).map_or(0, |day| day.moods.count),
            smoothed: s.map(round2),
        })
        .collect()
}

fn periods(
    days: &BTreeMap<NaiveDate, Day>,
    start_of: impl Fn(NaiveDate) -> NaiveDate,
) -> Vec<Bucket> {
    let mut m: BTreeMap<NaiveDate, Sum> = BTreeMap::new();
    for (d, day) in days {
        m.entry(start_of(*d)).or_default().merge(day.moods);
    }
    m.into_iter()
        .map(|(k, v)| bucket(k.to_string(), v))
        .collect()
}

fn by_weekday(days: &BTreeMap<NaiveDate, Day>) -> Vec<Bucket> {
    const NAMES: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let mut v = [Sum::default(); 7];
    for (d, day) in days {
        v[d.weekday().num_days_from_monday() as usize].merge(day.moods);
    }
    NAMES
        .iter()
        .zip(v)
        .map(|(n, moods)| bucket((*n).into(), moods))
        .collect()
}

/// Night 22–05, morning 05–12, afternoon 12–17, evening 17–22 (local time).
fn by_time_of_day(slots: &[Sum; 4]) -> Vec<Bucket> {
    const NAMES: [&str; 4] = ["night", "morning", "afternoon", "evening"];
    NAMES
        .iter()
        .zip(slots)
        .map(|(n, moods)| bucket((*n).into(), *moods))
        .collect()
}

fn quadrants(tally: &Tally) -> Vec<QuadrantShare> {
    QUADRANTS
        .into_iter()
        .zip(tally.quadrants)
        .map(|(quadrant, count)| QuadrantShare {
            quadrant,
            count,
            share: if tally.with_energy == 0 {
                0.0
            } else {
                round2(count as f64 / tally.with_energy as f64)
            },
        })
        .collect()
}

fn connection(days: &BTreeMap<NaiveDate, Day>) -> Connection {
    let (mut with, mut without) = (vec![], vec![]);
    for day in days.values() {
        let m = day.moods.mean().unwrap_or_default();
        if day.connected {
            with.push(m)
        } else {
            without.push(m)
        }
    }
    let enough =
        with.len() as u32 >= MIN_CONNECTION_DAYS && without.len() as u32 >= MIN_CONNECTION_DAYS;
    let (mw, mo) = (mean(&with).map(round2), mean(&without).map(round2));
    let text = match (enough, mw, mo) {
        (true, Some(a), Some(b)) => crate::tr!("insight-connection",
            "with" => crate::l10n::words::decimal(a, 1),
            "without" => crate::l10n::words::decimal(b, 1),
            "days_with" => with.len(),
            "days_without" => without.len()),
        _ => crate::tr!("insight-connection-not-enough",
            "needed" => MIN_CONNECTION_DAYS,
            "days_with" => with.len(),
            "days_without" => without.len()),
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
