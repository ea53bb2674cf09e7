//! Paged history: every kind of entry, newest first, a page at a time, so a phone can
//! scroll fifty years without decrypting them all.
//!
//! **Order.** By local day (the day the entry was recorded in, as the calendar and the
//! day index count it), newest first; within a day by instant, newest first; entries at
//! the same instant by id. Day first because the store can only find entries by day:
//! a page then reads the days just before the cursor and nothing else. (Outside trips
//! this is the same order as [`Store::entries`]; on a trip, two entries whose local dates
//! and instants disagree follow their dates.)
//!
//! **Cursor.** An opaque string naming a position (day, instant, id), not an entry, so
//! it survives that entry being deleted. The next page holds what comes after that
//! position *now*: an entry present throughout is visited exactly once, whatever is
//! added, edited or deleted in between; one added behind the reader (newer than the
//! cursor) is not visited by that reader, as a newly arrived letter is not in a pile
//! already read.
//!
//! **Cost.** A page reads day windows backwards from the cursor (7 days, then 14, 28, …
//! up to a year per query), each one an index lookup by day tag, and decrypts only the
//! entries of those days. Knowing that history has ended needs more: after a year with
//! no entry at all, the day tags of every entry (the index alone, no decryption) are
//! compared with those of the days from that year up to a year ahead; one entry of each
//! day left over is decrypted to date it: older days are where the walk jumps to,
//! later ones are entries dated over a year ahead (not paged; `list` shows them). That
//! check runs on the last page and across gaps of a year or more (where it decrypts an
//! entry per older day, once), not on the pages in between.

use std::collections::HashSet;

use crate::crypto::hex;

use chrono::{DateTime, Days, NaiveDate, Utc};
use rusqlite::params;

use super::entry::StoredEntry;
use crate::error::{HearthError, Result};
use crate::store::Store;
use crate::time::{local_day, DayRange};

/// Largest page a caller may ask for.
pub const MAX_PAGE: u32 = 500;

/// How far ahead of today (UTC) the first page looks for entries dated in the future.
const AHEAD_DAYS: u64 = 366;
/// First window, then doubled per window up to a year (below the store's 400-day limit
/// for index lookups).
const FIRST_SPAN: u64 = 7;
const MAX_SPAN: u64 = 366;

/// One page of history.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryPage {
    /// Up to `limit` entries, in history order (see the module documentation).
    pub entries: Vec<StoredEntry>,
    /// Where the next page starts; none once history is exhausted. A full page always
    /// has one, which may lead to an empty last page.
    pub next: Option<String>,
    /// Ids of damaged entries met on the way (see `Store::verify`).
    pub damaged: Vec<String>,
}

/// A position in history: entries after it come later in the order.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Position {
    day: NaiveDate,
    at: DateTime<Utc>,
    id: String,
}

impl Position {
    fn of(e: &StoredEntry) -> Position {
        Position {
            day: local_day(e.at()),
            at: e.at().to_utc(),
            id: e.id().to_owned(),
        }
    }

    /// History order: day desc, instant desc, id asc.
    fn order(&self, other: &Position) -> std::cmp::Ordering {
        other
            .day
            .cmp(&self.day)
            .then_with(|| other.at.cmp(&self.at))
            .then_with(|| self.id.cmp(&other.id))
    }

    fn encode(&self) -> String {
        let text = format!(
            "1|{}|{}|{}|{}",
            self.day,
            self.at.timestamp(),
            self.at.timestamp_subsec_nanos(),
            self.id
        );
        hex(text.as_bytes())
    }

    fn decode(s: &str) -> Result<Position> {
        let bad = || HearthError::invalid("before", "is not a cursor from this history");
        let bytes = crate::crypto::unhex(s.trim()).ok_or_else(bad)?;
        let text = std::str::from_utf8(&bytes).map_err(|_| bad())?;
        let mut parts = text.splitn(5, '|');
        let mut next = || parts.next().ok_or_else(bad);
        if next()? != "1" {
            return Err(bad());
        }
        let day = crate::time::ymd(next()?).ok_or_else(bad)?;
        let secs: i64 = next()?.parse().map_err(|_| bad())?;
        let nanos: u32 = next()?.parse().map_err(|_| bad())?;
        let id = next()?.to_owned();
        let at = DateTime::from_timestamp(secs, nanos).ok_or_else(bad)?;
        if id.is_empty() {
            return Err(bad());
        }
        Ok(Position { day, at, id })
    }
}

/// Checks a page size from the outside: 1 ..= [`MAX_PAGE`].
pub fn page_limit(limit: u32) -> Result<usize> {
    if (1..=MAX_PAGE).contains(&limit) {
        Ok(limit as usize)
    } else {
        Err(HearthError::invalid(
            "limit",
            format!("must be between 1 and {MAX_PAGE}, got {limit}"),
        ))
    }
}

impl Store {
    /// The page of history after `before` (a cursor from an earlier page; none for the
    /// newest entries), at most `limit` entries (1 ..= [`MAX_PAGE`]). `now` decides how
    /// far ahead the first page looks (a year past today, for clocks set wrong).
    pub fn history_page(
        &mut self,
        before: Option<&str>,
        limit: u32,
        now: DateTime<Utc>,
    ) -> Result<HistoryPage> {
        let limit = page_limit(limit)?;
        let cursor = before.map(Position::decode).transpose()?;
        let today = now.date_naive();
        let top = today
            .checked_add_days(Days::new(AHEAD_DAYS))
            .unwrap_or(today);
        let (mut hi, mut lo) = match &cursor {
            Some(c) => (c.day, back(c.day, FIRST_SPAN)),
            None => (top, back(today, FIRST_SPAN)),
        };
        let mut span = FIRST_SPAN;
        let mut found: Vec<(Position, StoredEntry)> = Vec::new();
        let mut damaged = Vec::new();
        let ended = loop {
            let range = DayRange {
                from: Some(lo),
                to: Some(hi),
            };
            // Through `entries` (already sorted within the window, which does not
            // matter here): reusing its code keeps the shipped library small.
            let listing = self.entries(range)?;
            let rows = listing.items.len() + listing.damaged.len();
            damaged.extend(listing.damaged);
            for e in listing.items {
                let p = Position::of(&e);
                if cursor.as_ref().is_some_and(|c| !c.order(&p).is_lt()) {
                    continue;
                }
                // Kept in order, and only the first `limit + 1`: no sort.
                let i = found.partition_point(|(q, _)| q.order(&p).is_lt());
                if i <= limit {
                    found.insert(i, (p, e));
                    found.truncate(limit + 1);
                }
            }
            if found.len() >= limit {
                break false;
            }
            if lo == NaiveDate::MIN {
                break true;
            }
            // A year without a single entry: has history ended, or is there a gap?
            if rows == 0 && span == MAX_SPAN {
                let left = self.tags_outside(lo, top)?;
                match self.newest_day_before(&left, lo)? {
                    None => break true,
                    Some(day) => {
                        // Jump straight to the newest older day.
                        hi = day;
                        lo = back(day, FIRST_SPAN);
                        span = FIRST_SPAN;
                        continue;
                    }
                }
            }
            hi = lo.pred_opt().unwrap_or(NaiveDate::MIN);
            span = (span * 2).min(MAX_SPAN);
            lo = back(hi, span);
        };
        found.truncate(limit);
        let next = if ended && found.len() < limit {
            None
        } else {
            found.last().map(|(p, _)| p.encode())
        };
        damaged.sort();
        damaged.dedup();
        Ok(HistoryPage {
            entries: found.into_iter().map(|(_, e)| e).collect(),
            next,
            damaged,
        })
    }

    /// Day tags present in the store other than those of the days `lo ..= top`: the
    /// index alone, no decryption.
    fn tags_outside(&mut self, lo: NaiveDate, top: NaiveDate) -> Result<Vec<Vec<u8>>> {
        let keys = self.keys()?;
        let known: HashSet<String> = lo
            .iter_days()
            .take_while(|d| *d <= top)
            .map(|d| hex(&keys.day_tag(&d.to_string())))
            .collect();
        let conn = self.conn()?;
        let mut stmt = conn.prepare("SELECT DISTINCT day_tag FROM entries")?;
        let mut rows = stmt.query([])?;
        let mut left = Vec::new();
        while let Some(r) = rows.next()? {
            let tag: Vec<u8> = r.get(0)?;
            if !known.contains(&hex(&tag)) {
                left.push(tag);
            }
        }
        Ok(left)
    }

    /// The newest local day before `lo` among the days of `tags`, dated by decrypting
    /// one readable entry per tag (tags of days after the walk's top are skipped).
    fn newest_day_before(&mut self, tags: &[Vec<u8>], lo: NaiveDate) -> Result<Option<NaiveDate>> {
        let mut newest: Option<NaiveDate> = None;
        for tag in tags {
            let ids: Vec<String> = {
                let conn = self.conn()?;
                let mut stmt = conn.prepare_cached("SELECT id FROM entries WHERE day_tag = ?1")?;
                let mut rows = stmt.query(params![tag])?;
                let mut ids = Vec::new();
                while let Some(r) = rows.next()? {
                    ids.push(r.get(0)?);
                }
                ids
            };
            for id in ids {
                if let Ok(e) = self.entry(&id) {
                    let day = local_day(e.at());
                    if day < lo && newest.is_none_or(|n| day > n) {
                        newest = Some(day);
                    }
                    break;
                }
            }
        }
        Ok(newest)
    }
}

/// The first day of a window of `span` days ending on `hi`.
fn back(hi: NaiveDate, span: u64) -> NaiveDate {
    hi.checked_sub_days(Days::new(span - 1))
        .unwrap_or(NaiveDate::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_round_trips_and_garbage_names_the_field() {
        let p = Position {
            day: NaiveDate::from_ymd_opt(2026, 3, 3).unwrap(),
            at: DateTime::from_timestamp(1_772_568_000, 5).unwrap(),
            id: "ab|cd".into(),
        };
        assert_eq!(Position::decode(&p.encode()).unwrap(), p);
        for bad in ["", "garbage!", "317c32", "zz", &hex(b"2|2026-03-03|1|0|x")] {
            match Position::decode(bad) {
                Err(HearthError::InvalidInput { field, .. }) => assert_eq!(field, "before"),
                other => panic!("{bad:?}: {other:?}"),
            }
        }
        for bad in [0, MAX_PAGE + 1] {
            assert!(matches!(
                page_limit(bad),
                Err(HearthError::InvalidInput { field, .. }) if field == "limit"
            ));
        }
    }
}
