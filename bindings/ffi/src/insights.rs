//! Insights and the widget snapshot across the FFI. The shells only draw these.

use std::time::SystemTime;

use chrono::{DateTime, Utc};
use hearth_core::insights as core;

use crate::catalog::Quadrant;
use crate::checkin::{CheckIn, CheckInInput, EntrySource};
use crate::error::HearthError;
use crate::hearth::Hearth;

/// A suggestion to reach out, raised by a sustained low mood. Never a diagnosis.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct SafetySuggestion {
    /// Why: `sustained_low_mood`.
    pub reason: String,
    /// Stable message id.
    pub message_id: String,
    /// The words to show.
    pub message: String,
    /// Mean mood over the window.
    pub mean_mood: f64,
    /// Check-ins in the window.
    pub checkins: u32,
    /// Actions to offer: contact_trusted_person, open_safety_plan, open_crisis_lines,
    /// find_professional.
    pub actions: Vec<String>,
}

/// One quick-pick mood button.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct QuickMood {
    /// 1–5.
    pub mood: i32,
    /// Visible label.
    pub label: String,
    /// TalkBack / VoiceOver label.
    pub accessibility_label: String,
}

/// Everything a widget draws.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct WidgetSnapshot {
    /// Today's local date.
    pub date: String,
    /// At least one check-in today.
    pub checked_in_today: bool,
    /// Check-ins today.
    pub count_today: u32,
    /// Latest mood today.
    pub last_mood: Option<i32>,
    /// Latest check-in time today, HH:MM local.
    pub last_time: Option<String>,
    /// The five buttons.
    pub quick_moods: Vec<QuickMood>,
    /// Stable id of the line.
    pub line_id: String,
    /// One short, kind line.
    pub line: String,
    /// Present after a sustained low mood.
    pub suggestion: Option<SafetySuggestion>,
}

/// A mean and count for a key (date, weekday, time of day).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct MoodBucket {
    /// The key.
    pub key: String,
    /// Mean mood.
    pub mean: Option<f64>,
    /// Check-ins.
    pub count: u32,
}

/// One day of the calendar series.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct DayPoint {
    /// Local date.
    pub date: String,
    /// Mean mood.
    pub mean: Option<f64>,
    /// Check-ins.
    pub count: u32,
    /// 7-day moving average.
    pub smoothed: Option<f64>,
}

/// Mood with vs without contact with someone.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ConnectionInsight {
    /// Days with contact.
    pub days_with: u32,
    /// Their mean.
    pub mean_with: Option<f64>,
    /// Days without.
    pub days_without: u32,
    /// Their mean.
    pub mean_without: Option<f64>,
    /// Enough days on both sides.
    pub enough_data: bool,
    /// A plain sentence.
    pub text: String,
}

/// Mood with vs without a tag, emotion, scale or person.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Association {
    /// tag, emotion, scale or person.
    pub kind: String,
    /// Name.
    pub name: String,
    /// Check-ins with it.
    pub with_count: u32,
    /// Their mean.
    pub with_mean: Option<f64>,
    /// Without.
    pub without_count: u32,
    /// Their mean.
    pub without_mean: Option<f64>,
    /// Cohen's d when there is enough data.
    pub effect_size: Option<f64>,
    /// At least 5 on each side.
    pub enough_data: bool,
    /// A plain, non-causal sentence ("Not enough data yet …" below the minimum).
    pub text: String,
}

/// A quadrant's share.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct QuadrantShare {
    /// Which.
    pub quadrant: Quadrant,
    /// Count.
    pub count: u32,
    /// Share 0–1.
    pub share: f64,
}

/// The insights screen.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Insights {
    /// First day.
    pub from: Option<String>,
    /// Last day (today).
    pub to: String,
    /// Check-ins.
    pub checkins: u32,
    /// Mean mood.
    pub mean_mood: Option<f64>,
    /// Sentences, most important first (connection leads when there's enough data).
    pub highlights: Vec<String>,
    /// Connection comparison.
    pub connection: ConnectionInsight,
    /// Daily series.
    pub daily: Vec<DayPoint>,
    /// Weekly means.
    pub weekly: Vec<MoodBucket>,
    /// Monthly means.
    pub monthly: Vec<MoodBucket>,
    /// By weekday, Monday first.
    pub by_weekday: Vec<MoodBucket>,
    /// By time of day.
    pub by_time_of_day: Vec<MoodBucket>,
    /// Associations, strongest first.
    pub associations: Vec<Association>,
    /// Energy × mood quadrants.
    pub quadrants: Vec<QuadrantShare>,
    /// Present after a sustained low mood.
    pub suggestion: Option<SafetySuggestion>,
    /// What the numbers are and are not.
    pub note: String,
}

fn bucket(b: core::Bucket) -> MoodBucket {
    MoodBucket {
        key: b.key,
        mean: b.mean,
        count: b.count,
    }
}

fn suggestion(s: core::SafetySuggestion) -> SafetySuggestion {
    SafetySuggestion {
        reason: s.reason,
        message_id: s.message_id,
        message: s.message,
        mean_mood: s.mean_mood,
        checkins: s.checkins as u32,
        actions: s.actions,
    }
}

impl From<core::WidgetSnapshot> for WidgetSnapshot {
    fn from(w: core::WidgetSnapshot) -> Self {
        WidgetSnapshot {
            date: w.date,
            checked_in_today: w.checked_in_today,
            count_today: w.count_today,
            last_mood: w.last_mood.map(i32::from),
            last_time: w.last_time,
            quick_moods: w
                .quick_moods
                .into_iter()
                .map(|q| QuickMood {
                    mood: q.mood.into(),
                    label: q.label,
                    accessibility_label: q.accessibility_label,
                })
                .collect(),
            line_id: w.line_id,
            line: w.line,
            suggestion: w.suggestion.map(suggestion),
        }
    }
}

impl From<core::Insights> for Insights {
    fn from(i: core::Insights) -> Self {
        Insights {
            from: i.from,
            to: i.to,
            checkins: i.checkins,
            mean_mood: i.mean_mood,
            highlights: i.highlights,
            connection: ConnectionInsight {
                days_with: i.connection.days_with,
                mean_with: i.connection.mean_with,
                days_without: i.connection.days_without,
                mean_without: i.connection.mean_without,
                enough_data: i.connection.enough_data,
                text: i.connection.text,
            },
            daily: i
                .daily
                .into_iter()
                .map(|d| DayPoint {
                    date: d.date,
                    mean: d.mean,
                    count: d.count,
                    smoothed: d.smoothed,
                })
                .collect(),
            weekly: i.weekly.into_iter().map(bucket).collect(),
            monthly: i.monthly.into_iter().map(bucket).collect(),
            by_weekday: i.by_weekday.into_iter().map(bucket).collect(),
            by_time_of_day: i.by_time_of_day.into_iter().map(bucket).collect(),
            associations: i
                .associations
                .into_iter()
                .map(|a| Association {
                    kind: a.kind,
                    name: a.name,
                    with_count: a.with_count,
                    with_mean: a.with_mean,
                    without_count: a.without_count,
                    without_mean: a.without_mean,
                    effect_size: a.effect_size,
                    enough_data: a.enough_data,
                    text: a.text,
                })
                .collect(),
            quadrants: i
                .quadrants
                .into_iter()
                .map(|q| QuadrantShare {
                    quadrant: q.quadrant.into(),
                    count: q.count,
                    share: q.share,
                })
                .collect(),
            suggestion: i.suggestion.map(suggestion),
            note: i.note,
        }
    }
}

fn utc(now: SystemTime) -> DateTime<Utc> {
    now.into()
}

#[uniffi::export]
impl Hearth {
    /// What the widget shows at `now` in IANA `zone` (e.g. "Europe/Paris"). Reads only
    /// the last two weeks, so it is as fast after decades as on day one.
    pub fn widget_snapshot(
        &self,
        now: SystemTime,
        zone: String,
    ) -> Result<WidgetSnapshot, HearthError> {
        let tz = hearth_core::Zone::parse(&zone)?;
        self.with(|s| s.widget_snapshot(utc(now), tz))
            .map(WidgetSnapshot::from)
    }

    /// One call for a widget tap: records `mood` with source = widget, now, and returns
    /// the refreshed snapshot to draw.
    pub fn widget_checkin(
        &self,
        mood: i32,
        now: SystemTime,
        zone: String,
    ) -> Result<WidgetSnapshot, HearthError> {
        let tz = hearth_core::Zone::parse(&zone)?;
        let offset = {
            use chrono::Offset;
            utc(now).with_timezone(&tz).offset().fix().local_minus_utc()
        };
        let _saved: CheckIn = self.record_checkin(CheckInInput {
            mood,
            source: EntrySource::Widget,
            energy: None,
            emotions: vec![],
            tags: vec![],
            note: None,
            at: Some(now),
            utc_offset_seconds: Some(offset),
            custom_emotions: vec![],
            scales: vec![],
            connected: false,
            with_people: vec![],
        })?;
        self.widget_snapshot(now, zone)
    }

    /// Insights over the last `days` local days (null/nil: all time), ending at `now`
    /// in `zone`.
    pub fn insights(
        &self,
        days: Option<u32>,
        now: SystemTime,
        zone: String,
    ) -> Result<Insights, HearthError> {
        let tz = hearth_core::Zone::parse(&zone)?;
        let period = match days {
            Some(n) => core::Period::Days(n),
            None => core::Period::All,
        };
        self.with(|s| s.insights(period, utc(now), tz))
            .map(Insights::from)
    }
}
