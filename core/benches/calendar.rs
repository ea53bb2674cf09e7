//! The calendar and paged history against the size of the history around them:
//! `cargo bench -p hearth-core --bench calendar`.
//!
//! - `calendar_year`: `Store::calendar_year` for the year of "now" on a 30-day and a
//!   50-year store (both hold that January only). The 30-day figure is the baseline: a year's calendar reads that
//!   year's day tags only, so the ratio should stay near 1 (goal: within 1.5×).
//! - `history_page`: a page of 50 on both stores, the first and one 25 years back,
//!   against reading every entry (`Store::entries(all)`) on the 50-year store.
//!
//! Stores are seeded as in `benches/hearth.rs` (`demo::seed`, fixed seed and "now",
//! keys from an in-memory vault, on a disk-backed directory under Cargo's tmp dir).

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Instant;

use chrono::{DateTime, Datelike, FixedOffset, Utc};
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use hearth_core::demo;
use hearth_core::time::DayRange;

/// "Now": the end of January, so the 30-day store's whole history lies in this year and
/// both stores hold the same month of entries in the year measured; only the history
/// around it differs.
const NOW: &str = "2026-01-31T20:00:00+01:00";
const SEED: u64 = 7;

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(NOW).expect("valid NOW")
}

mod support;
use support::{Fixture, MemVault};

/// A store seeded with `days` of demo data ending at [`NOW`], on disk (not tmpfs).
fn seeded(name: &str, days: u32) -> Fixture {
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("hearth-bench-calendar");
    let dir = root.join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&root).expect("bench dir");
    let fx = Fixture {
        dir,
        vault: MemVault::default(),
    };
    let started = Instant::now();
    let n = demo::seed(&mut fx.open(), days, now(), SEED).expect("seed");
    eprintln!(
        "calendar bench: seeded {name}: {n} check-ins in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    fx
}

fn store_30d() -> &'static Fixture {
    static FX: OnceLock<Fixture> = OnceLock::new();
    FX.get_or_init(|| seeded("store-30d", 30))
}

fn store_50y() -> &'static Fixture {
    static FX: OnceLock<Fixture> = OnceLock::new();
    FX.get_or_init(|| seeded("store-50y", 18_250))
}

fn bench_calendar(c: &mut Criterion) {
    let year = now().year();
    let mut g = c.benchmark_group("calendar_year");
    for (name, fx) in [("30d", store_30d()), ("50y", store_50y())] {
        let mut s = fx.open();
        let days = s.calendar_year(year).expect("calendar").days;
        assert_eq!(days.len(), 365);
        g.bench_function(name, |b| {
            b.iter(|| black_box(s.calendar_year(black_box(year)).expect("calendar")))
        });
    }
    // For scale: a year full of entries (2025, ~730 check-ins) on the 50-year store.
    let mut s = store_50y().open();
    g.bench_function("full_year_50y", |b| {
        b.iter(|| black_box(s.calendar_year(black_box(year - 1)).expect("calendar")))
    });
    g.finish();
}

fn bench_history(c: &mut Criterion) {
    let now_utc: DateTime<Utc> = now().to_utc();
    let mut g = c.benchmark_group("history_page");
    for (name, fx) in [("30d", store_30d()), ("50y", store_50y())] {
        let mut s = fx.open();
        g.bench_function(format!("first_{name}"), |b| {
            b.iter(|| black_box(s.history_page(None, 50, now_utc).expect("page")))
        });
    }
    let mut s = store_50y().open();
    // A cursor 25 years back: page until the entries reach 2001.
    let mut cursor = None;
    loop {
        let p = s
            .history_page(cursor.as_deref(), 500, now_utc)
            .expect("page");
        cursor = p.next;
        if p.entries.last().is_none_or(|e| e.at().year() <= 2001) {
            break;
        }
    }
    let cursor = cursor.expect("history goes back past 2001");
    g.bench_function("deep_50y", |b| {
        b.iter(|| black_box(s.history_page(Some(&cursor), 50, now_utc).expect("page")))
    });
    g.sample_size(10);
    g.bench_function("everything_50y", |b| {
        b.iter(|| black_box(s.entries(DayRange::all()).expect("entries")))
    });
    g.finish();
}

criterion_group!(benches, bench_calendar, bench_history);
criterion_main!(benches);
