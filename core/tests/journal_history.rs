//! Paged history through the core API: fifty years with pages of 50 visit every entry
//! exactly once, in order; ties go by id; a page survives entries added and deleted
//! between pages; gaps of years and entries dated ahead are reached; bad input is refused.

use std::collections::BTreeSet;
use std::time::Instant;

use chrono::{DateTime, Duration, FixedOffset, Utc};
use hearth_core::journal::entry::StoredEntry;
use hearth_core::journal::history::HistoryPage;
use hearth_core::journal::reflection::ReflectionDraft;
use hearth_core::journal::thought::ThoughtDraft;
use hearth_core::time::DayRange;
use hearth_core::vault::FileKeyVault;
use hearth_core::{CheckInDraft, HearthError, Store};

fn open(dir: &std::path::Path) -> Store {
    Store::open(dir, &FileKeyVault::new(dir.join("k"))).unwrap()
}

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

const NOW: &str = "2026-12-06T15:00:00+00:00";

fn now() -> DateTime<Utc> {
    at(NOW).to_utc()
}

fn checkin(s: &mut Store, when: &str, mood: u8) -> String {
    s.record_checkin(CheckInDraft {
        at: Some(at(when)),
        mood,
        ..Default::default()
    })
    .unwrap()
    .id
}

/// Pages to the end with `limit`, returning every page.
fn all_pages(s: &mut Store, limit: u32) -> Vec<HistoryPage> {
    let mut pages = Vec::new();
    let mut before: Option<String> = None;
    loop {
        let page = s.history_page(before.as_deref(), limit, now()).unwrap();
        assert!(page.entries.len() <= limit as usize);
        before = page.next.clone();
        pages.push(page);
        if before.is_none() {
            return pages;
        }
        assert!(pages.len() < 100_000, "paging does not end");
    }
}

/// History order: local day desc, instant desc, id asc.
fn in_history_order(entries: &[StoredEntry]) -> bool {
    entries.windows(2).all(|w| {
        let key = |e: &StoredEntry| (e.at().date_naive(), e.at().to_utc());
        let (a, b) = (key(&w[0]), key(&w[1]));
        a > b || (a == b && w[0].id() < w[1].id())
    })
}

#[test]
fn paging_fifty_years_by_50_visits_every_entry_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let started = Instant::now();
    let n = hearth_core::demo::seed(&mut s, 18_250, at("2026-12-05T20:00:00+01:00"), 11).unwrap();
    // Every kind, a two-year gap before the demo years, and something a year ahead.
    s.add_reflection(ReflectionDraft {
        at: Some(at("1975-01-01T10:00:00+01:00")),
        text: "Before the gap.".into(),
        ..Default::default()
    })
    .unwrap();
    s.add_thought(ThoughtDraft {
        at: Some(at("2001-05-05T12:00:00-04:00")),
        situation: "A meeting".into(),
        ..Default::default()
    })
    .unwrap();
    // A check-in cannot be in the future; a reflection from a clock set wrong can.
    s.add_reflection(ReflectionDraft {
        at: Some(at("2027-06-01T09:00:00+02:00")),
        text: "From a clock a year fast.".into(),
        ..Default::default()
    })
    .unwrap();
    eprintln!("seeded {n} check-ins in {:?}", started.elapsed());
    let all: BTreeSet<String> = s
        .entries(DayRange::all())
        .unwrap()
        .items
        .iter()
        .map(|e| e.id().to_owned())
        .collect();
    assert_eq!(all.len(), n + 3);

    let started = Instant::now();
    let pages = all_pages(&mut s, 50);
    eprintln!("{} pages in {:?}", pages.len(), started.elapsed());
    let visited: Vec<StoredEntry> = pages.into_iter().flat_map(|p| p.entries).collect();
    let mut seen = BTreeSet::new();
    for e in &visited {
        assert!(seen.insert(e.id().to_owned()), "{} visited twice", e.id());
    }
    assert_eq!(seen, all, "every entry, none skipped");
    assert!(in_history_order(&visited));
    assert_eq!(visited[0].at().date_naive().to_string(), "2027-06-01");
    assert_eq!(visited.last().unwrap().kind(), "reflection");
}

#[test]
fn entries_at_the_same_instant_go_by_id_one_per_page() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let mut ids: Vec<String> = (0..6)
        .map(|i| checkin(&mut s, "2026-11-30T08:00:00+01:00", 1 + i % 5))
        .collect();
    ids.sort();
    let pages = all_pages(&mut s, 1);
    let got: Vec<String> = pages
        .iter()
        .flat_map(|p| p.entries.iter().map(|e| e.id().to_owned()))
        .collect();
    assert_eq!(got, ids);
    // A full last page still has a cursor; the page after it is empty and ends.
    assert_eq!(pages.len(), 7);
    assert!(pages[6].entries.is_empty());
}

#[test]
fn entries_added_and_deleted_between_pages_are_never_visited_twice_or_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let start = at("2026-06-01T12:00:00+02:00");
    let mut ids = Vec::new();
    for i in 0..120 {
        let when = start - Duration::hours(9 * i);
        ids.push(checkin(&mut s, &when.to_rfc3339(), 3));
    }
    let mut visited: Vec<String> = Vec::new();
    let mut deleted = BTreeSet::new();
    let mut before: Option<String> = None;
    let mut round = 0;
    loop {
        let page = s.history_page(before.as_deref(), 7, now()).unwrap();
        visited.extend(page.entries.iter().map(|e| e.id().to_owned()));
        round += 1;
        // Between pages: delete the entry just visited (the cursor's own), one not yet
        // visited, add one newer than the cursor and one older.
        if let Some(last) = page.entries.last() {
            s.delete_entry(last.id()).unwrap();
            deleted.insert(last.id().to_owned());
            let unvisited = ids
                .iter()
                .rev()
                .find(|id| !visited.contains(id) && !deleted.contains(*id))
                .cloned();
            if let Some(id) = unvisited.filter(|_| round % 2 == 0) {
                s.delete_entry(&id).unwrap();
                deleted.insert(id);
            }
            checkin(&mut s, "2026-11-01T10:00:00+00:00", 5);
            let older = start - Duration::days(400 + round);
            checkin(&mut s, &older.to_rfc3339(), 2);
        }
        before = page.next;
        if before.is_none() {
            break;
        }
    }
    let unique: BTreeSet<&String> = visited.iter().collect();
    assert_eq!(unique.len(), visited.len(), "nothing visited twice");
    for id in ids.iter().filter(|id| !deleted.contains(*id)) {
        assert!(visited.contains(id), "{id} skipped");
    }
}

#[test]
fn a_journal_that_starts_decades_ago_after_a_long_gap_is_reached() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let recent = checkin(&mut s, "2026-12-01T09:00:00+01:00", 4);
    let old: Vec<String> = (0..80)
        .map(|i| {
            checkin(
                &mut s,
                &format!("1990-03-{:02}T08:00:00+00:00", 1 + i % 28),
                3,
            )
        })
        .collect();
    let ancient = checkin(&mut s, "1921-01-01T08:00:00+00:00", 2);
    let pages = all_pages(&mut s, 50);
    let got: Vec<String> = pages
        .iter()
        .flat_map(|p| p.entries.iter().map(|e| e.id().to_owned()))
        .collect();
    assert_eq!(got.len(), 82);
    assert_eq!(got[0], recent);
    assert_eq!(got.last(), Some(&ancient));
    assert!(old.iter().all(|id| got.contains(id)));
    let empty = tempfile::tempdir().unwrap();
    let page = open(empty.path()).history_page(None, 50, now()).unwrap();
    assert!(page.entries.is_empty() && page.next.is_none());
}

#[test]
fn a_page_reads_only_nearby_days() {
    // Time is the observable here: a page deep in a long history costs about what the
    // first page costs, and both far less than reading everything.
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    hearth_core::demo::seed(&mut s, 3_650, at("2026-12-05T20:00:00+01:00"), 5).unwrap();
    let time = |s: &mut Store, f: &dyn Fn(&mut Store)| {
        let t = Instant::now();
        for _ in 0..5 {
            f(s);
        }
        t.elapsed()
    };
    let first = s.history_page(None, 50, now()).unwrap();
    let cursor = first.next.clone().unwrap();
    let page = time(&mut s, &|s| {
        s.history_page(Some(&cursor), 50, now()).unwrap();
    });
    let everything = time(&mut s, &|s| {
        s.entries(DayRange::all()).unwrap();
    });
    eprintln!("page {page:?}, everything {everything:?}");
    assert!(
        page * 5 < everything,
        "page {page:?} vs everything {everything:?}"
    );
}

#[test]
fn bad_input_is_refused_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = open(dir.path());
    let field = |r: Result<HistoryPage, HearthError>| match r {
        Err(HearthError::InvalidInput { field, .. }) => field,
        other => panic!("{other:?}"),
    };
    assert_eq!(field(s.history_page(None, 0, now())), "limit");
    assert_eq!(field(s.history_page(None, 501, now())), "limit");
    assert_eq!(field(s.history_page(Some("garbage"), 10, now())), "before");
    assert_eq!(field(s.history_page(Some(""), 10, now())), "before");
}
