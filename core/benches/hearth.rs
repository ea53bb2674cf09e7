//! Hearth's benchmarks: `cargo bench -p hearth-core` (3–4 minutes on 2 cores).
//!
//! Every group carries its own baseline, measured in the same run, so the README can
//! quote ratios that do not depend on how fast this machine happens to be today:
//!
//! - `checkin`: `Store::record_checkin` (a widget tap, and a full check-in) vs plain
//!   rusqlite inserting a blob of the same size, same pragmas (WAL, synchronous=FULL,
//!   secure_delete, temp_store=MEMORY), one transaction each. On a real disk: the
//!   stores live under Cargo's target tmp dir, and the harness refuses tmpfs. Besides
//!   criterion's series, a paired run (2,000 alternating calls) gives the ratio, since
//!   fsync latency drifts between criterion's series; it is printed and saved to
//!   `criterion/hearth-paired/`. `checkin_cpu` times the same writes without fsync.
//! - `open_snapshot`: open + unlock + widget snapshot, 30 days vs 50 years of data
//!   (the 30-day figure is the baseline: the widget must not slow down with history).
//!   `snapshot_warm` is the same call on an already open store (the FFI comparison).
//! - `all_time_50y`: all-time insights and the JSON export (`Store::export_json`) vs a
//!   bare "select every row and decrypt it" loop.
//! - `reminders_64`: `Store::plan_reminders` for 64 instants on 50 years vs the pure
//!   planner `reminders::plan` on the same history.
//!
//! The 30-day and 50-year stores are seeded once per run with `hearth_core::demo::seed`
//! (fixed seed and fixed "now", so every run sees the same data), lazily: a filtered run
//! such as `cargo bench -p hearth-core -- checkin` does not seed 50 years.
//! Keys come from an in-memory vault (what Keystore/Keychain hand over), so the figures
//! are the core's own cost, not a desktop key file's or a passphrase's.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, NaiveTime, Utc};
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use hearth_core::crypto::{seal, DataKey};
use hearth_core::demo::{self, Rng};
use hearth_core::insights::Period;
use hearth_core::reminders::{self, History, ReminderSettings};
use hearth_core::store::DB_FILE;
use hearth_core::time::DayRange;
use hearth_core::Zone;
use hearth_core::{CheckInDraft, Source, Store};
use rusqlite::{params, Connection, TransactionBehavior};

/// "Now" for every benchmark: a Friday evening in Paris, nine days before the spring
/// daylight-saving change, so the 64-reminder plan crosses it.
const NOW: &str = "2026-03-20T18:30:00+01:00";
fn zone() -> Zone {
    Zone::parse("Europe/Paris").unwrap()
}
const DAYS_30: u32 = 30;
const DAYS_50Y: u32 = 18_250;
const SEED: u64 = 7;

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(NOW).expect("valid NOW")
}

fn now_utc() -> DateTime<Utc> {
    now().with_timezone(&Utc)
}

// ---------------------------------------------------------------------------------------
// Fixtures

mod support;
use support::{Fixture, MemVault};

/// Where benchmark stores live: Cargo's tmp dir under the target dir, unless that is a
/// RAM file system (then /var/tmp), because fsync on tmpfs costs nothing and would make
/// the check-in comparison meaningless.
fn bench_root() -> &'static Path {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        let mut root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("hearth-bench");
        std::fs::create_dir_all(&root).expect("create bench dir");
        let (mut fs, mut dev) = fs_type(&root);
        if matches!(fs.as_str(), "tmpfs" | "ramfs") {
            root = PathBuf::from("/var/tmp/hearth-bench");
            std::fs::create_dir_all(&root).expect("create /var/tmp/hearth-bench");
            (fs, dev) = fs_type(&root);
            assert!(
                !matches!(fs.as_str(), "tmpfs" | "ramfs"),
                "no disk-backed directory for the benchmark stores (both are {fs})"
            );
        }
        eprintln!(
            "hearth bench: stores in {} ({fs} on {dev}); {} CPUs",
            root.display(),
            std::thread::available_parallelism().map_or(0, |n| n.get())
        );
        root
    })
}

/// File system type and source of the mount holding `p`, from /proc/self/mountinfo.
fn fs_type(p: &Path) -> (String, String) {
    let p = p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    let info = std::fs::read_to_string("/proc/self/mountinfo").unwrap_or_default();
    let mut best: Option<(usize, String, String)> = None;
    for line in info.lines() {
        let f: Vec<&str> = line.split(' ').collect();
        let Some(sep) = f.iter().position(|x| *x == "-") else {
            continue;
        };
        let (Some(mnt), Some(fs), Some(src)) = (f.get(4), f.get(sep + 1), f.get(sep + 2)) else {
            continue;
        };
        if p.starts_with(mnt) && best.as_ref().is_none_or(|b| mnt.len() >= b.0) {
            best = Some((mnt.len(), fs.to_string(), src.to_string()));
        }
    }
    best.map_or(("unknown".into(), "unknown".into()), |b| (b.1, b.2))
}

/// A fresh directory under the bench root (removed first if a past run left it).
fn fresh_dir(name: &str) -> PathBuf {
    let dir = bench_root().join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// A new store seeded with `days` of demo data ending at [`NOW`].
fn seeded(name: &str, days: u32) -> Fixture {
    let fx = Fixture {
        dir: fresh_dir(name),
        vault: MemVault::default(),
    };
    let started = Instant::now();
    let mut s = fx.open();
    let n = demo::seed(&mut s, days, now(), SEED).expect("seed");
    drop(s);
    let db = std::fs::metadata(fx.dir.join(DB_FILE)).map_or(0, |m| m.len());
    eprintln!(
        "hearth bench: seeded {name}: {n} check-ins over {days} days, {:.1} MiB, in {:.1} s",
        db as f64 / 1048576.0,
        started.elapsed().as_secs_f64()
    );
    fx
}

fn store_30d() -> &'static Fixture {
    static FX: OnceLock<Fixture> = OnceLock::new();
    FX.get_or_init(|| seeded("store-30d", DAYS_30))
}

fn store_50y() -> &'static Fixture {
    static FX: OnceLock<Fixture> = OnceLock::new();
    FX.get_or_init(|| seeded("store-50y", DAYS_50Y))
}

/// The associated data a row is sealed with (mirrors the store's private helper).
fn aad(table: &str, id: &str, day_tag: &[u8]) -> Vec<u8> {
    let mut aad = Vec::with_capacity(64);
    aad.extend_from_slice(b"hearth/v1/");
    aad.extend_from_slice(table.as_bytes());
    aad.push(0);
    aad.extend_from_slice(id.as_bytes());
    aad.push(0);
    aad.extend_from_slice(day_tag);
    aad
}

/// The same connection setup as the store: WAL, synchronous=FULL, secure_delete,
/// temp_store=MEMORY, busy timeout.
fn plain_connection(db: &Path) -> Connection {
    let conn = Connection::open(db).expect("open plain db");
    conn.busy_timeout(Duration::from_secs(10)).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    conn.pragma_update(None, "synchronous", "FULL").unwrap();
    conn.pragma_update(None, "secure_delete", "ON").unwrap();
    conn.pragma_update(None, "temp_store", "MEMORY").unwrap();
    conn
}

// ---------------------------------------------------------------------------------------
// Check-in commit

/// Makes the draft for one check-in (the argument is a trusted person's id).
type Draft = fn(&str) -> CheckInDraft;

/// A widget tap: mood only.
fn widget_draft() -> CheckInDraft {
    CheckInDraft {
        mood: 4,
        source: Source::Widget,
        ..Default::default()
    }
}

/// A full check-in from the app: energy, two emotions, two tags, a note, a person.
fn full_draft(person: &str) -> CheckInDraft {
    CheckInDraft {
        mood: 3,
        energy: Some(2),
        emotions: vec!["calm".into(), "grateful".into()],
        tags: vec!["work".into(), "family".into()],
        note: Some("Long day, but dinner helped. Called my sister.".into()),
        source: Source::App,
        connected: true,
        with_people: vec![person.to_owned()],
        ..Default::default()
    }
}

/// Size of the sealed payload of row `id` in the store at `dir`.
fn payload_len(dir: &Path, id: &str) -> usize {
    let conn = Connection::open(dir.join(DB_FILE)).unwrap();
    conn.query_row(
        "SELECT length(payload) FROM entries WHERE id = ?1",
        [id],
        |r| r.get::<_, i64>(0),
    )
    .unwrap() as usize
}

/// Plain rusqlite: the store's table shape and pragmas, one row of `len` random bytes
/// per transaction, with a random 32-hex-digit id and a 16-byte day tag.
struct PlainInsert {
    conn: Connection,
    rng: Rng,
    tag: Vec<u8>,
    blob: Vec<u8>,
}

impl PlainInsert {
    fn new(dir: &Path, len: usize) -> Self {
        std::fs::create_dir_all(dir).unwrap();
        let conn = plain_connection(&dir.join("plain.db"));
        conn.execute_batch(
            "CREATE TABLE entries (id TEXT PRIMARY KEY, day_tag BLOB NOT NULL, payload BLOB NOT NULL) STRICT;
             CREATE INDEX entries_by_day ON entries(day_tag);",
        )
        .unwrap();
        let mut rng = Rng::new(99);
        let blob = (0..len).map(|_| rng.next_u64() as u8).collect();
        let tag = (0..16).map(|_| rng.next_u64() as u8).collect();
        PlainInsert {
            conn,
            rng,
            tag,
            blob,
        }
    }

    /// One row in its own transaction (BEGIN IMMEDIATE … COMMIT, like the store).
    fn insert(&mut self) {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .unwrap();
        Self::insert_row(&tx, &mut self.rng, &self.tag, &self.blob);
        tx.commit().unwrap();
    }

    /// One row inside a transaction the caller opened.
    fn insert_in_open_transaction(&mut self) {
        Self::insert_row(&self.conn, &mut self.rng, &self.tag, &self.blob);
    }

    fn insert_row(conn: &Connection, rng: &mut Rng, tag: &[u8], blob: &[u8]) {
        let id = format!("{:016x}{:016x}", rng.next_u64(), rng.next_u64());
        conn.prepare_cached(
            "INSERT OR REPLACE INTO entries (id, day_tag, payload) VALUES (?1, ?2, ?3)",
        )
        .unwrap()
        .execute(params![id, tag, blob])
        .unwrap();
    }
}

/// A paired A/B run: `a` and `b` alternate (ABBA…), each call timed, until
/// [`PAIRS_MAX`] pairs or [`PAIRS_TIME`] have passed. Both sides see the same moments of
/// the disk, which matters here: an fsync costs 0.1 ms or 3 ms depending on what else the
/// machine's ext4 journal is flushing, and that drifts over minutes.
struct Paired {
    a: Vec<f64>,
    b: Vec<f64>,
}

const PAIRS_MAX: usize = 2000;
const PAIRS_MIN: usize = 200;
const PAIRS_TIME: Duration = Duration::from_secs(12);

fn paired(mut a: impl FnMut(), mut b: impl FnMut()) -> Paired {
    fn time(f: &mut dyn FnMut(), into: &mut Vec<f64>) {
        let t = Instant::now();
        f();
        into.push(t.elapsed().as_secs_f64() * 1e6);
    }
    let (mut ta, mut tb) = (Vec::new(), Vec::new());
    let started = Instant::now();
    for i in 0..PAIRS_MAX {
        if i >= PAIRS_MIN && started.elapsed() > PAIRS_TIME {
            break;
        }
        if i % 2 == 0 {
            time(&mut a, &mut ta);
            time(&mut b, &mut tb);
        } else {
            time(&mut b, &mut tb);
            time(&mut a, &mut ta);
        }
    }
    Paired { a: ta, b: tb }
}

fn median(xs: &mut [f64]) -> f64 {
    let mid = xs.len() / 2;
    *xs.select_nth_unstable_by(mid, |x, y| x.total_cmp(y)).1
}

impl Paired {
    /// Median of each side, their ratio, and a 95% bootstrap interval of the ratio
    /// (pairs resampled together). Printed, and written as JSON to
    /// `<target>/criterion/hearth-paired/<name>.json` for the README and the Kotlin run.
    fn report(&self, name: &str, baseline: &str) {
        let n = self.a.len();
        let (ma, mb) = (median(&mut self.a.clone()), median(&mut self.b.clone()));
        let mut rng = Rng::new(12345);
        let mut ratios: Vec<f64> = (0..1000)
            .map(|_| {
                let idx: Vec<usize> = (0..n).map(|_| rng.below(n as u64) as usize).collect();
                let mut ra: Vec<f64> = idx.iter().map(|&i| self.a[i]).collect();
                let mut rb: Vec<f64> = idx.iter().map(|&i| self.b[i]).collect();
                median(&mut ra) / median(&mut rb)
            })
            .collect();
        ratios.sort_by(|x, y| x.total_cmp(y));
        let (lo, hi) = (ratios[25], ratios[974]);
        eprintln!(
            "hearth bench: paired {name}: store {ma:.1} us, {baseline} {mb:.1} us, \
             ratio {:.3} [95% CI {lo:.3}, {hi:.3}], {n} pairs",
            ma / mb
        );
        // Beside criterion's own results (it honours CRITERION_HOME, then CARGO_TARGET_DIR).
        let criterion = std::env::var_os("CRITERION_HOME")
            .map(PathBuf::from)
            .or_else(|| {
                std::env::var_os("CARGO_TARGET_DIR").map(|t| PathBuf::from(t).join("criterion"))
            })
            .unwrap_or_else(|| Path::new(env!("CARGO_TARGET_TMPDIR")).join("../criterion"));
        let dir = criterion.join("hearth-paired");
        let _ = std::fs::create_dir_all(&dir);
        let json = format!(
            "{{\"name\": \"{name}\", \"baseline\": \"{baseline}\", \"pairs\": {n}, \
             \"median_us\": {ma:.3}, \"baseline_median_us\": {mb:.3}, \"ratio\": {:.4}, \
             \"ratio_ci95\": [{lo:.4}, {hi:.4}]}}\n",
            ma / mb
        );
        let _ = std::fs::write(dir.join(format!("{name}.json")), json);
    }
}

fn bench_checkin(c: &mut Criterion) {
    let mut g = c.benchmark_group("checkin");
    g.sample_size(40)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(8));

    // Widget and full check-ins go into a store that already has 30 days (so the
    // catalogs hold the default tags and three people), created fresh each run.
    let fx = seeded("checkin-store", DAYS_30);
    let mut store = fx.open();
    let person = store.people().unwrap()[0].id.clone();
    let person = &person;
    let widget_len = {
        let c = store.record_checkin(widget_draft()).unwrap();
        payload_len(&fx.dir, &c.id)
    };
    let full_len = {
        let c = store.record_checkin(full_draft(person)).unwrap();
        payload_len(&fx.dir, &c.id)
    };
    eprintln!("hearth bench: sealed payload: widget {widget_len} B, full {full_len} B");

    // Disk latency drifts (other processes' writes share the ext4 journal), so each
    // pair is measured interleaved: every timed write of one side follows an untimed
    // write of the other, and both sides see the same disk.
    let mut plain_widget = PlainInsert::new(&fresh_dir("checkin-plain"), widget_len);
    let mut plain_full = PlainInsert::new(&fresh_dir("checkin-plain-full"), full_len);
    let pairs: [(&str, Draft, &mut PlainInsert, usize); 2] = [
        ("widget", |_| widget_draft(), &mut plain_widget, widget_len),
        ("full", full_draft, &mut plain_full, full_len),
    ];
    for (name, draft, plain, len) in pairs {
        // The ratio the README quotes comes from a paired run (see `paired`), done once
        // when this benchmark is selected; criterion's own figures give the absolute
        // times, but its two series are taken minutes apart.
        let mut ab: Option<Paired> = None;
        g.bench_function(format!("store_{name}"), |b| {
            if ab.is_none() {
                ab = Some(paired(
                    || {
                        black_box(store.record_checkin(draft(person)).unwrap());
                    },
                    || plain.insert(),
                ));
            }
            b.iter_custom(|iters| {
                let mut timed = Duration::ZERO;
                for _ in 0..iters {
                    plain.insert();
                    let d = draft(person);
                    let t = Instant::now();
                    black_box(store.record_checkin(d).unwrap());
                    timed += t.elapsed();
                }
                timed
            })
        });
        g.bench_function(format!("baseline_rusqlite_{name}_{len}B"), |b| {
            b.iter_custom(|iters| {
                let mut timed = Duration::ZERO;
                for _ in 0..iters {
                    store.record_checkin(draft(person)).unwrap();
                    let t = Instant::now();
                    plain.insert();
                    timed += t.elapsed();
                }
                timed
            })
        });
        if let Some(ab) = ab {
            ab.report(
                &format!("checkin_{name}"),
                &format!("baseline_rusqlite_{len}B"),
            );
        }
    }
    g.finish();

    // The same writes without the disk: many per transaction, so no fsync per write.
    // This isolates the CPU cost that the core adds on top of SQLite.
    let mut g = c.benchmark_group("checkin_cpu");
    g.sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    for (name, draft) in [
        ("widget", (|_| widget_draft()) as Draft),
        ("full", full_draft),
    ] {
        g.bench_function(format!("store_{name}"), |b| {
            b.iter_custom(|iters| {
                let mut timed = Duration::ZERO;
                store
                    .in_transaction(|s| {
                        for _ in 0..iters {
                            let d = draft(person);
                            let t = Instant::now();
                            black_box(s.record_checkin(d)?);
                            timed += t.elapsed();
                        }
                        Ok(())
                    })
                    .unwrap();
                timed
            })
        });
    }
    g.bench_function(format!("baseline_rusqlite_{widget_len}B"), |b| {
        b.iter_custom(|iters| {
            plain_widget.conn.execute_batch("BEGIN IMMEDIATE").unwrap();
            let t = Instant::now();
            for _ in 0..iters {
                plain_widget.insert_in_open_transaction();
            }
            let timed = t.elapsed();
            plain_widget.conn.execute_batch("COMMIT").unwrap();
            timed
        })
    });
    g.finish();
}

// ---------------------------------------------------------------------------------------
// Open + unlock + widget snapshot

fn bench_open_snapshot(c: &mut Criterion) {
    let mut g = c.benchmark_group("open_snapshot");
    g.sample_size(40)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    for (name, fx) in [
        ("30d", store_30d as fn() -> &'static Fixture),
        ("50y", store_50y),
    ] {
        g.bench_function(name, |b| {
            let fx = fx();
            b.iter(|| {
                let mut s = fx.open();
                let snap = s.widget_snapshot(now_utc(), zone()).unwrap();
                drop(s);
                black_box(snap)
            })
        });
    }
    g.finish();

    let mut g = c.benchmark_group("snapshot_warm");
    g.sample_size(40)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    for (name, fx) in [
        ("30d", store_30d as fn() -> &'static Fixture),
        ("50y", store_50y),
    ] {
        let mut open: Option<Store> = None;
        g.bench_function(name, |b| {
            let s = open.get_or_insert_with(|| fx().open());
            b.iter(|| black_box(s.widget_snapshot(now_utc(), zone()).unwrap()))
        });
    }
    g.finish();
}

// ---------------------------------------------------------------------------------------
// All-time insights and export at 50 years

/// The floor any all-time feature has to pay: select every entry row and decrypt it
/// (no JSON parsing, no sorting, nothing kept).
fn scan_and_decrypt(conn: &Connection, record_key: &[u8; 32]) -> usize {
    let mut stmt = conn
        .prepare_cached("SELECT id, day_tag, payload FROM entries")
        .unwrap();
    let mut rows = stmt.query([]).unwrap();
    let mut bytes = 0;
    while let Some(r) = rows.next().unwrap() {
        let id: String = r.get(0).unwrap();
        let tag: Vec<u8> = r.get(1).unwrap();
        let payload: Vec<u8> = r.get(2).unwrap();
        let plain = seal::open(record_key, &aad("entries", &id, &tag), &payload).unwrap();
        bytes += plain.len();
    }
    bytes
}

fn bench_all_time(c: &mut Criterion) {
    let mut g = c.benchmark_group("all_time_50y");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(12));

    g.bench_function("baseline_scan_decrypt", |b| {
        let fx = store_50y();
        let keys = DataKey::from_bytes(&fx.vault.key()).unwrap().derive();
        let conn = plain_connection(&fx.dir.join(DB_FILE));
        b.iter(|| black_box(scan_and_decrypt(&conn, keys.record())))
    });

    let mut open: Option<Store> = None;
    g.bench_function("insights_all", |b| {
        let s = open.get_or_insert_with(|| store_50y().open());
        b.iter(|| black_box(s.insights(Period::All, now_utc(), zone()).unwrap()))
    });
    // The real export (portability, `Store::export_json`: every entry and catalog as
    // the export file's JSON text) …
    g.bench_function("export_json", |b| {
        let s = open.get_or_insert_with(|| store_50y().open());
        b.iter(|| black_box(s.export_json().unwrap().len()))
    });
    // … and the proxy used before it existed: every entry, decrypted, parsed, sorted
    // and serialised, with no catalogs and no document around it.
    g.bench_function("entries_all_to_json", |b| {
        let s = open.get_or_insert_with(|| store_50y().open());
        b.iter(|| {
            let all = s.entries(DayRange::all()).unwrap();
            black_box(serde_json::to_vec(&all.items).unwrap().len())
        })
    });
    g.finish();
}

// ---------------------------------------------------------------------------------------
// Reminder plan

fn bench_reminders(c: &mut Criterion) {
    let mut g = c.benchmark_group("reminders_64");
    g.sample_size(30)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    let settings = ReminderSettings {
        times: vec![
            NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
            NaiveTime::from_hms_opt(20, 30, 0).unwrap(),
        ],
        ..ReminderSettings::default()
    };

    let init = |state: &mut Option<(Store, History)>| {
        state.get_or_insert_with(|| {
            let mut s = store_50y().open();
            s.save_reminder_settings(settings.clone()).unwrap();
            // The same history plan_reminders reads: the last HISTORY_DAYS of check-ins.
            let today = now_utc().with_timezone(&zone()).date_naive();
            let window = DayRange {
                from: Some(today - chrono::Duration::days(reminders::HISTORY_DAYS)),
                to: Some(today + chrono::Duration::days(1)),
            };
            let items = s.checkins(window).unwrap().items;
            let history = History::from_instants(items.iter().map(|c| c.at), zone());
            (s, history)
        });
    };
    let mut state: Option<(Store, History)> = None;
    g.bench_function("baseline_pure_plan", |b| {
        init(&mut state);
        let (_, history) = state.as_ref().unwrap();
        b.iter(|| {
            let p = reminders::plan(&settings, history, zone(), now_utc(), 64);
            assert_eq!(p.len(), 64);
            black_box(p)
        })
    });
    g.bench_function("store_plan_reminders_50y", |b| {
        init(&mut state);
        let (s, _) = state.as_mut().unwrap();
        b.iter(|| {
            let p = s.plan_reminders(now_utc(), zone(), 64).unwrap();
            assert_eq!(p.len(), 64);
            black_box(p)
        })
    });
    g.finish();
}

criterion_group!(
    benches,
    bench_checkin,
    bench_open_snapshot,
    bench_all_time,
    bench_reminders
);
criterion_main!(benches);
