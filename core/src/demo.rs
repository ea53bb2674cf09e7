//! Realistic sample data for the demo, scale tests and benchmarks. Deterministic for a
//! given seed, so figures are reproducible. Nothing here is a real person's data.
//!
//! The sample notes and people are written in the current language
//! (`core/l10n/<lang>/demo.ftl`), so a German demo reads German; which entries get a
//! note, and which note, depends only on the seed.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone};

use crate::error::Result;
use crate::journal::checkin::{CheckInDraft, Source};
use crate::store::Store;
use crate::tr;

const CALM: &[&str] = &[
    "calm",
    "content",
    "grateful",
    "peaceful",
    "relieved",
    "satisfied",
];
const BRIGHT: &[&str] = &[
    "happy",
    "hopeful",
    "excited",
    "proud",
    "joyful",
    "confident",
];
const HEAVY: &[&str] = &["sad", "drained", "lonely", "discouraged", "disappointed"];
const TENSE: &[&str] = &[
    "stressed",
    "anxious",
    "worried",
    "overwhelmed",
    "frustrated",
];
const TAGS: &[&str] = &[
    "work",
    "family",
    "friends",
    "fitness",
    "self-care",
    "health",
    "hobbies",
    "partner",
    "tasks",
    "weather",
    "community",
    "money",
];
/// How many sample notes `demo-note` in core/l10n/<lang>/demo.ftl has (numbered from 1).
const NOTES: u64 = 7;

/// Sample note `n` (1-based) in the current language.
fn note(n: u64) -> String {
    tr!("demo-note", "n" => n)
}

/// A small deterministic generator (xorshift64*), so the demo needs no `rand` crate.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (0 is replaced by a constant).
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// Next raw value.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len() as u64) as usize]
    }
}

/// The check-ins the demo would record for `days` days ending on `last_day`, in `offset`.
/// `people` are ids of trusted people that social check-ins may name.
pub fn drafts(
    days: u32,
    last_day: NaiveDate,
    offset: FixedOffset,
    seed: u64,
    people: &[String],
) -> Vec<CheckInDraft> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::with_capacity(days as usize * 2);
    for back in (0..days).rev() {
        let day = last_day - Duration::days(back as i64);
        // A gentle seasonal wave plus a weekend lift, then per-entry noise.
        let season = ((day.ordinal() as f64) / 365.0 * std::f64::consts::TAU).sin();
        let weekend = matches!(day.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun);
        let base = 3.2 + 0.6 * season + if weekend { 0.4 } else { 0.0 };
        let per_day = 1 + rng.below(3);
        for i in 0..per_day {
            let social = rng.chance(0.45);
            let noise = (rng.below(5) as f64 - 2.0) * 0.5;
            let mood = (base + noise + if social { 0.5 } else { 0.0 })
                .round()
                .clamp(1.0, 5.0) as u8;
            let energy = ((base + (rng.below(5) as f64 - 2.0) * 0.6)
                .round()
                .clamp(1.0, 5.0)) as u8;
            let hour = 8 + (i as u32 * 5) + rng.below(4) as u32;
            let minute = rng.below(60) as u32;
            let at = offset
                .from_local_datetime(
                    &day.and_hms_opt(hour.min(23), minute, 0)
                        .expect("valid hour and minute"),
                )
                .single()
                .expect("a fixed offset has no gaps");
            let pool = match (mood >= 3, energy >= 3) {
                (true, true) => BRIGHT,
                (true, false) => CALM,
                (false, true) => TENSE,
                (false, false) => HEAVY,
            };
            let mut emotions = vec![rng.pick(pool).to_owned()];
            if rng.chance(0.4) {
                emotions.push(rng.pick(pool).to_owned());
            }
            let mut tags = vec![rng.pick(TAGS).to_owned()];
            if social {
                tags.push(
                    rng.pick(&["friends", "family", "partner", "community"])
                        .to_owned(),
                );
            }
            let note = rng.chance(0.3).then(|| note(1 + rng.below(NOTES)));
            out.push(CheckInDraft {
                at: Some(at),
                mood,
                energy: Some(energy),
                emotions,
                tags,
                note,
                source: if rng.chance(0.6) {
                    Source::Widget
                } else {
                    Source::App
                },
                connected: social,
                with_people: match (social, people.is_empty()) {
                    (true, false) => vec![people[rng.below(people.len() as u64) as usize].clone()],
                    _ => vec![],
                },
                ..Default::default()
            });
        }
    }
    out
}

/// Seeds `days` days of sample check-ins ending on `now`'s local day into `store`.
/// Writes in one transaction per 500 entries so seeding 50 years takes seconds, not an
/// fsync per entry. Returns how many check-ins were written.
pub fn seed(store: &mut Store, days: u32, now: DateTime<FixedOffset>, seed: u64) -> Result<usize> {
    let days = crate::time::day_count("days", days)?;
    // Today's later slots would be in the future; a journal never holds those.
    let mut people: Vec<String> = store.people()?.into_iter().map(|p| p.id).collect();
    if people.is_empty() {
        // Three sample people, named and described in the current language.
        for n in 1..=3u8 {
            let p = store.add_person(crate::journal::people::PersonDraft {
                name: tr!("demo-person-name", "n" => n),
                phone: None,
                how_they_help: Some(tr!("demo-person-help", "n" => n)),
            })?;
            people.push(p.id);
        }
    }
    let drafts: Vec<CheckInDraft> = drafts(days, now.date_naive(), *now.offset(), seed, &people)
        .into_iter()
        .filter(|d| d.at.is_none_or(|at| at <= now))
        .collect();
    let n = drafts.len();
    for chunk in drafts.chunks(500) {
        store.in_transaction(|s| {
            for d in chunk {
                s.record_checkin(d.clone())?;
            }
            Ok(())
        })?;
    }
    Ok(n)
}

use chrono::Datelike;
