//! What a reminder says. Warm, short, varied, and sometimes pointing toward a person
//! rather than the app. Never guilt, never "you missed", no streaks.
//!
//! Choice is deterministic (no randomness): each slot hashes its local date and time to
//! a message, so re-plans say the same thing for the same slot. A message is never used
//! for two reminders in a row: on a clash the slot takes an alternative, also chosen by
//! hash, so each choice depends on the one before it. The planner replays this chain
//! from a fixed point (two dozen slots before the day after the latest check-in), so
//! re-plans until the next check-in repeat it exactly. Without a check-in the replay
//! starts two dozen slots before today; two chains that start at different slots agree
//! from the first slot whose first choice clashes with neither (each slot does with
//! probability 10/12), so after two dozen slots they agree but for odds of about 1e-19.

use chrono::{NaiveDate, NaiveTime};

use super::backoff::Cadence;

/// One piece of reminder copy, with an id that stays the same across releases so a
/// shell can refer to it, and its message in the catalogue
/// (`core/l10n/<lang>/reminders.ftl`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Message {
    /// Stable id, e.g. `gentle.1` or `people.2`.
    pub id: &'static str,
    /// The catalogue message.
    pub message: &'static str,
}

impl Message {
    /// The text in the reader's language.
    pub fn text(self) -> String {
        crate::l10n::message(self.message, &[])
    }
}

const fn m(id: &'static str, message: &'static str) -> Message {
    Message { id, message }
}

/// The everyday messages. `gentle.*` invite a moment with oneself; `people.*` invite
/// reaching out to someone instead of opening the app.
pub const DAILY: &[Message] = &[
    m("gentle.1", "reminder-gentle-1"),
    m("gentle.2", "reminder-gentle-2"),
    m("gentle.3", "reminder-gentle-3"),
    m("gentle.4", "reminder-gentle-4"),
    m("gentle.5", "reminder-gentle-5"),
    m("gentle.6", "reminder-gentle-6"),
    m("gentle.7", "reminder-gentle-7"),
    m("gentle.8", "reminder-gentle-8"),
    m("people.1", "reminder-people-1"),
    m("people.2", "reminder-people-2"),
    m("people.3", "reminder-people-3"),
    m("people.4", "reminder-people-4"),
];

/// Said once, on the first reminder at every-other-day cadence.
pub const SLOWER_EVERY_OTHER_DAY: Message =
    m("slower.every_other_day", "reminder-slower-every-other-day");

/// Said once, on the first reminder at weekly cadence.
pub const SLOWER_WEEKLY: Message = m("slower.weekly", "reminder-slower-weekly");

/// Every message the reminder engine can produce, for copy review and tests.
pub fn all_messages() -> impl Iterator<Item = &'static Message> {
    DAILY
        .iter()
        .chain([&SLOWER_EVERY_OTHER_DAY, &SLOWER_WEEKLY])
}

/// The slow-down notice for a cadence, if it has one.
pub fn slow_down_notice(cadence: Cadence) -> Option<Message> {
    match cadence {
        Cadence::Daily => None,
        Cadence::EveryOtherDay => Some(SLOWER_EVERY_OTHER_DAY),
        Cadence::Weekly => Some(SLOWER_WEEKLY),
    }
}

/// FNV-1a, 64 bit: a hash that is the same on every platform and in every Rust release
/// (the std hasher promises neither).
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The two candidates of a slot: a first choice, and a different alternative for when
/// the first choice would repeat the previous reminder.
fn candidates(day: NaiveDate, time: NaiveTime) -> (usize, usize) {
    let key = format!("{day}T{}", crate::time::hm(&time));
    let h = fnv1a(key.as_bytes());
    let n = DAILY.len() as u64;
    let first = (h % n) as usize;
    let step = 1 + ((h >> 32) % (n - 1)) as usize;
    (first, (first + step) % DAILY.len())
}

/// Chooses messages for a run of reminders in order, never repeating the previous one.
#[derive(Debug, Clone, Default)]
pub(crate) struct CopyChain {
    previous: Option<&'static str>,
}

impl CopyChain {
    /// The message for the reminder at local `day` and configured `time`.
    pub fn daily(&mut self, day: NaiveDate, time: NaiveTime) -> Message {
        let (first, alt) = candidates(day, time);
        let pick = if Some(DAILY[first].id) == self.previous {
            DAILY[alt]
        } else {
            DAILY[first]
        };
        self.previous = Some(pick.id);
        pick
    }

    /// Records a message chosen elsewhere (a slow-down notice) as the previous one.
    pub fn said(&mut self, message: Message) {
        self.previous = Some(message.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Words and phrases that carry guilt, pressure or streak mechanics. Matched on word
    /// boundaries, case-insensitively.
    const BANNED: &[&str] = &[
        "miss",
        "missed",
        "missing",
        "streak",
        "streaks",
        "fail",
        "failed",
        "failure",
        "should",
        "must",
        "forgot",
        "forget",
        "forgotten",
        "again",
        "yet",
        "behind",
        "late",
        "overdue",
        "haven't",
        "didn't",
        "don't",
        "sorry",
        "lost",
        "break",
        "broke",
        "in a row",
        "days in",
        "need to",
        "have to",
        "remember to",
        "ignored",
        "ignore",
        "skipped",
        "lapsed",
        "disappoint",
        "still",
        "why",
    ];

    fn words(text: &str) -> String {
        let lower = text.to_lowercase().replace('’', "'");
        let cleaned: String = lower
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '\'' {
                    c
                } else {
                    ' '
                }
            })
            .collect();
        format!(
            " {} ",
            cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
        )
    }

    #[test]
    fn no_guilt_in_any_copy() {
        for msg in all_messages() {
            let text = crate::l10n::with_languages(&["en"], || msg.text());
            let w = words(&text);
            for banned in BANNED {
                assert!(
                    !w.contains(&format!(" {banned} ")),
                    "{} says {banned:?}: {}",
                    msg.id,
                    text
                );
            }
            assert!(!text.contains('!'), "{} raises its voice", msg.id);
            assert!(text.chars().count() <= 100, "{} is not short", msg.id);
        }
    }

    #[test]
    fn the_scan_itself_catches_guilt() {
        // Guard against a scan that can never fail.
        let w = words("You missed a day! Keep your streak.");
        assert!(w.contains(" missed ") && w.contains(" streak "));
    }

    #[test]
    fn ids_are_unique_and_pool_is_varied() {
        let ids: BTreeSet<&str> = all_messages().map(|m| m.id).collect();
        assert_eq!(ids.len(), all_messages().count());
        let gentle = DAILY.iter().filter(|m| m.id.starts_with("gentle.")).count();
        let people = DAILY.iter().filter(|m| m.id.starts_with("people.")).count();
        assert!(gentle >= 8, "{gentle} gentle messages");
        assert!(people >= 3, "{people} people messages");
        let texts: BTreeSet<String> = all_messages().map(|m| m.text()).collect();
        assert_eq!(texts.len(), all_messages().count());
    }

    #[test]
    fn notices_say_how_to_change_it() {
        for n in [SLOWER_EVERY_OTHER_DAY, SLOWER_WEEKLY] {
            let text = crate::l10n::with_languages(&["en"], || n.text());
            assert!(text.contains("Reminder settings"), "{}", n.id);
            assert!(text.contains("less often") || text.contains("once a week"));
        }
    }

    #[test]
    fn chain_never_repeats_and_is_stable() {
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let times = [
            NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            NaiveTime::from_hms_opt(20, 30, 0).unwrap(),
        ];
        let mut chain = CopyChain::default();
        let mut prev = "";
        let mut seen = BTreeSet::new();
        for i in 0..2000 {
            for t in times {
                let m = chain.daily(start + chrono::Duration::days(i), t);
                assert_ne!(m.id, prev);
                prev = m.id;
                seen.insert(m.id);
            }
        }
        assert_eq!(seen.len(), DAILY.len(), "every message gets used");
        assert_eq!(candidates(start, times[0]), candidates(start, times[0]));
        let (a, b) = candidates(start, times[1]);
        assert_ne!(a, b);
    }
}
