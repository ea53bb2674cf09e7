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
//! compared with those of the days from the cursor's window up to a year ahead; what is
//! left are older days (the walk goes on) or entries dated over a year ahead (not paged;
//! `list` shows them). That check runs on the last page and across gaps of a year or
//! more, not on the pages in between.

use std::collections::HashSet;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, Days, NaiveDate, Utc};
use rusqlite::params;

use super::entry::StoredEntry;
use crate::error::{HearthError, Result};
use crate::store::{Store, Table};
use crate::time::{local_day, DayRange};

/// Largest page a caller may ask for.
pub const MAX_PAGE: u32 = 500;

/// How far ahead of today (UTC) the first page looks for entries dated in the future.
const AHEAD_DAYS: u64 = 366;
/// First window, then doubled per window up to a year (below the store's 400-day limit
/// for index lookups).
const FIRST_SPAN: u64 = 7;
const MAX_SPAN: u64 = 366;
/// Left-over day tags few enough to decrypt one entry each, to date them, rather than
/// walking on day by day.
const DATE_BY_DECRYPTING: usize = 64;
/// Empty years walked before the left-over tags are dated by decrypting however many.
const LONG_GAP_YEARS: u32 = 10;

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
        URL_SAFE_NO_PAD.encode(text)
    }

    fn decode(s: &str) -> Result<Position> {
        let bad = || HearthError::invalid("before", "is not a cursor from this history");
        let bytes = URL_SAFE_NO_PAD.decode(s.trim()).map_err(|_| bad())?;
        let text = String::from_utf8(bytes).map_err(|_| bad())?;
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

/// What the walk knows about entries not yet reached.
enum Older {
    /// Not checked yet.
    Unknown,
    /// Day tags present in the store that are not those of days walked (nor of the
    /// days above the walk); shrinks as the walk goes on.
    Tags(HashSet<Vec<u8>>),
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
        let mut older = Older::Unknown;
        let mut empty_years = 0u32;
        let ended = loop {
            let range = DayRange {
                from: Some(lo),
                to: Some(hi),
            };
            let mut rows = 0usize;
            self.scan_each::<StoredEntry>(Table::Entries, range, |row| {
                rows += 1;
                match row.value {
                    Ok(e) => {
                        let p = Position::of(&e);
                        let after = cursor.as_ref().is_none_or(|c| c.order(&p).is_lt());
                        if range.contains(p.day) && after {
                            found.push((p, e));
                        }
                    }
                    Err(_) => damaged.push(row.id),
                }
                Ok(())
            })?;
            if found.len() >= limit {
                break false;
            }
            if lo == NaiveDate::MIN {
                break true;
            }
            if let Older::Tags(tags) = &mut older {
                for d in lo.iter_days().take_while(|d| *d <= hi) {
                    tags.remove(&self.keys()?.day_tag(&d.to_string()));
                }
            }
            // A year without a single entry: has history ended?
            if rows == 0 && span == MAX_SPAN {
                empty_years += 1;
                if let Older::Unknown = older {
                    older = Older::Tags(self.tags_outside(lo, top)?);
                }
                if let Older::Tags(tags) = &older {
                    if tags.is_empty() {
                        break true;
                    }
                    // Few left, or a long gap: date them rather than walk on (the rest
                    // could be entries dated far ahead, which no walk back reaches).
                    if tags.len() <= DATE_BY_DECRYPTING || empty_years >= LONG_GAP_YEARS {
                        match self.newest_day_before(tags, lo)? {
                            None => break true,
                            Some(day) => {
                                // Jump straight to the newest older day.
                                hi = day;
                                lo = back(day, FIRST_SPAN);
                                span = FIRST_SPAN;
                                empty_years = 0;
                                continue;
                            }
                        }
                    }
                }
            }
            hi = lo.pred_opt().unwrap_or(NaiveDate::MIN);
            span = (span * 2).min(MAX_SPAN);
            lo = back(hi, span);
        };
        found.sort_unstable_by(|a, b| a.0.order(&b.0));
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
    fn tags_outside(&mut self, lo: NaiveDate, top: NaiveDate) -> Result<HashSet<Vec<u8>>> {
        let mut tags = HashSet::new();
        {
            let conn = self.conn()?;
            let mut stmt = conn.prepare("SELECT DISTINCT day_tag FROM entries")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                tags.insert(r.get::<_, Vec<u8>>(0)?);
            }
        }
        if tags.is_empty() {
            return Ok(tags);
        }
        let keys = self.keys()?;
        for d in lo.iter_days().take_while(|d| *d <= top) {
            tags.remove(&keys.day_tag(&d.to_string()));
        }
        Ok(tags)
    }

    /// The newest local day before `lo` among the days of `tags`, dated by decrypting
    /// one readable entry per tag (tags of days after the walk's top are skipped).
    fn newest_day_before(
        &mut self,
        tags: &HashSet<Vec<u8>>,
        lo: NaiveDate,
    ) -> Result<Option<NaiveDate>> {
        let mut newest: Option<NaiveDate> = None;
        for tag in tags {
            let ids: Vec<String> = {
                let conn = self.conn()?;
                let mut stmt = conn.prepare_cached("SELECT id FROM entries WHERE day_tag = ?1")?;
                let ids = stmt
                    .query_map(params![tag], |r| r.get(0))?
                    .collect::<std::result::Result<_, _>>()?;
                ids
            };
            for id in ids {
                if let Some(Ok(e)) = self
                    .get::<StoredEntry>(Table::Entries, &id)?
                    .map(|r| r.value)
                {
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
        for bad in [
            "",
            "garbage!",
            "MXwy",
            &URL_SAFE_NO_PAD.encode("2|2026-03-03|1|0|x"),
        ] {
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
