//! One pass over a range's check-ins, keeping only what the patterns need: sums and
//! counts per day and time of day, mood counts per label, quadrant counts, and the last
//! two weeks for the low-mood signal.
//!
//! Why not hold the check-ins: over 50 years they are 36,000 decoded rows, ~22 MiB with
//! their strings, for results that only ever need counts. The tally is a few hundred KB
//! whatever the range. Moods are whole numbers, so every mean comes out exactly as it
//! would from the full list.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Duration, NaiveDate, Timelike};

use super::signal::WINDOW_DAYS;
use crate::journal::catalog::Scale;
use crate::journal::checkin::CheckIn;
use crate::journal::vocabulary::Quadrant;

/// How many check-ins had each mood value (indexed by the mood itself).
#[derive(Clone)]
pub(crate) struct MoodCounts([u32; 256]);

impl Default for MoodCounts {
    fn default() -> Self {
        MoodCounts([0; 256])
    }
}

impl MoodCounts {
    fn add(&mut self, mood: u8) {
        self.0[mood as usize] += 1;
    }

    /// Their moods as a sum and a count.
    pub(crate) fn sum(&self) -> Sum {
        let mut total = Sum::default();
        for (mood, &n) in self.0.iter().enumerate() {
            total.sum += mood as u64 * u64::from(n);
            total.count += n;
        }
        total
    }

    /// The counts of `self` that are not in `part` (which must be a subset).
    pub(crate) fn minus(&self, part: &MoodCounts) -> MoodCounts {
        let mut out = self.clone();
        for (o, p) in out.0.iter_mut().zip(part.0.iter()) {
            *o = o.saturating_sub(*p);
        }
        out
    }

    /// Every mood, as the statistics take them (lowest first).
    pub(crate) fn moods(&self) -> Vec<f64> {
        let mut v = Vec::with_capacity(self.0.iter().map(|&n| n as usize).sum());
        for (mood, &n) in self.0.iter().enumerate() {
            v.resize(v.len() + n as usize, mood as f64);
        }
        v
    }
}

/// A mood sum and a count.
#[derive(Clone, Copy, Default)]
pub(crate) struct Sum {
    pub sum: u64,
    pub count: u32,
}

impl Sum {
    fn add(&mut self, mood: u8) {
        self.sum += u64::from(mood);
        self.count += 1;
    }

    pub(crate) fn merge(&mut self, other: Sum) {
        self.sum += other.sum;
        self.count += other.count;
    }

    pub(crate) fn mean(self) -> Option<f64> {
        (self.count > 0).then(|| self.sum as f64 / f64::from(self.count))
    }
}

/// One local day.
#[derive(Clone, Copy, Default)]
pub(crate) struct Day {
    pub moods: Sum,
    /// Some check-in that day noted contact with someone.
    pub connected: bool,
}

/// A scale's readings: every check-in that recorded it, and those in its upper half.
#[derive(Clone, Default)]
pub(crate) struct ScaleCounts {
    pub rated: MoodCounts,
    pub high: MoodCounts,
}

/// Everything the patterns need from a range of check-ins.
pub(crate) struct Tally {
    pub all_moods: MoodCounts,
    pub days: BTreeMap<NaiveDate, Day>,
    /// Night, morning, afternoon, evening.
    pub time_of_day: [Sum; 4],
    /// In [`QUADRANTS`] order, of the check-ins that have an energy.
    pub quadrants: [u32; 4],
    pub with_energy: u32,
    pub tags: BTreeMap<String, MoodCounts>,
    pub emotions: BTreeMap<String, MoodCounts>,
    /// By person id.
    pub people: BTreeMap<String, MoodCounts>,
    /// By scale name, for the scales in the catalog.
    pub scales: BTreeMap<String, ScaleCounts>,
    /// Check-ins of the low-mood signal's window (the last two weeks to `today`).
    pub recent: Vec<CheckIn>,
    scale_mids: BTreeMap<String, f64>,
    recent_from: NaiveDate,
    today: NaiveDate,
}

/// The order of [`Tally::quadrants`].
pub(crate) const QUADRANTS: [Quadrant; 4] = [
    Quadrant::HighEnergyPleasant,
    Quadrant::LowEnergyPleasant,
    Quadrant::HighEnergyUnpleasant,
    Quadrant::LowEnergyUnpleasant,
];

impl Tally {
    /// An empty tally for ranges ending on `today`, comparing the catalog's `scales`.
    pub(crate) fn new(today: NaiveDate, scales: &[Scale]) -> Tally {
        Tally {
            all_moods: MoodCounts::default(),
            days: BTreeMap::new(),
            time_of_day: [Sum::default(); 4],
            quadrants: [0; 4],
            with_energy: 0,
            tags: BTreeMap::new(),
            emotions: BTreeMap::new(),
            people: BTreeMap::new(),
            scales: BTreeMap::new(),
            recent: Vec::new(),
            // A scale is compared as readings in its upper half versus its lower half.
            scale_mids: scales
                .iter()
                .map(|s| (s.name.clone(), (s.min + s.max) as f64 / 2.0))
                .collect(),
            recent_from: today - Duration::days(WINDOW_DAYS - 1),
            today,
        }
    }

    /// Counts one check-in.
    pub(crate) fn add(&mut self, c: CheckIn) {
        let day = c.at.date_naive();
        self.all_moods.add(c.mood);
        let d = self.days.entry(day).or_default();
        d.moods.add(c.mood);
        d.connected |= c.connected;
        let slot = match c.at.hour() {
            5..=11 => 1,
            12..=16 => 2,
            17..=21 => 3,
            _ => 0,
        };
        self.time_of_day[slot].add(c.mood);
        if let Some(e) = c.energy {
            let q = Quadrant::of(c.mood, e);
            if let Some(i) = QUADRANTS.iter().position(|x| *x == q) {
                self.quadrants[i] += 1;
            }
            self.with_energy += 1;
        }
        // A label named twice in one check-in still counts that check-in once.
        for (labels, map) in [
            (&c.tags, &mut self.tags),
            (&c.emotions, &mut self.emotions),
            (&c.with_people, &mut self.people),
        ] {
            let distinct: BTreeSet<&String> = labels.iter().collect();
            for label in distinct {
                match map.get_mut(label) {
                    Some(counts) => counts.add(c.mood),
                    None => {
                        let mut counts = MoodCounts::default();
                        counts.add(c.mood);
                        map.insert(label.clone(), counts);
                    }
                }
            }
        }
        for (name, mid) in &self.scale_mids {
            let mut values = c.scales.iter().filter(|v| &v.scale == name).peekable();
            if values.peek().is_none() {
                continue;
            }
            let high = values.any(|v| v.value as f64 > *mid);
            let counts = self.scales.entry(name.clone()).or_default();
            counts.rated.add(c.mood);
            if high {
                counts.high.add(c.mood);
            }
        }
        if (self.recent_from..=self.today).contains(&day) {
            self.recent.push(c);
        }
    }

    /// The first day with a check-in.
    pub(crate) fn first_day(&self) -> Option<NaiveDate> {
        self.days.keys().next().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::checkin::ScaleValue;

    fn checkin(at: &str, mood: u8, tags: &[&str], scales: &[(&str, i32)]) -> CheckIn {
        serde_json::from_value(serde_json::json!({
            "id": at,
            "at": at,
            "mood": mood,
            "tags": tags,
            "source": "app",
        }))
        .map(|mut c: CheckIn| {
            c.scales = scales
                .iter()
                .map(|(s, v)| ScaleValue {
                    scale: (*s).into(),
                    value: *v,
                })
                .collect();
            c
        })
        .unwrap()
    }

    #[test]
    fn counts_what_the_patterns_need_and_nothing_twice() {
        let sleep = Scale {
            id: "s".into(),
            name: "sleep".into(),
            min: 0,
            max: 10,
            archived: false,
        };
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let mut t = Tally::new(today, &[sleep]);
        t.add(checkin(
            "2026-11-28T08:00:00+01:00",
            4,
            &["work", "work"],
            &[("sleep", 8)],
        ));
        t.add(checkin(
            "2026-11-28T23:30:00+01:00",
            2,
            &[],
            &[("sleep", 3), ("sleep", 9)],
        ));
        t.add(checkin("2026-01-02T13:00:00-05:00", 5, &["work"], &[]));

        let total = t.all_moods.sum();
        assert_eq!((total.sum, total.count), (11, 3));
        assert_eq!(t.all_moods.moods(), [2.0, 4.0, 5.0]);
        // "work" twice in one check-in counts that check-in once.
        assert_eq!(t.tags["work"].moods(), [4.0, 5.0]);
        assert_eq!(t.all_moods.minus(&t.tags["work"]).moods(), [2.0]);
        // Both check-ins rated sleep; each has a reading above the middle (5).
        assert_eq!(t.scales["sleep"].rated.moods(), [2.0, 4.0]);
        assert_eq!(t.scales["sleep"].high.moods(), [2.0, 4.0]);
        // Days are local days; time of day is the local hour.
        assert_eq!(t.first_day(), NaiveDate::from_ymd_opt(2026, 1, 2));
        assert_eq!(t.days[&today].moods.count, 2);
        let counts: Vec<u32> = t.time_of_day.iter().map(|s| s.count).collect();
        assert_eq!(counts, [1, 1, 1, 0]);
        // Only the signal's window is kept whole.
        assert_eq!(t.recent.len(), 2);
    }
}
