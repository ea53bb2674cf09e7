//! Property tests for the importers' pure entry points (the same ones `fuzz/` drives):
//! arbitrary bytes and strings never panic, and well-formed Daylio rows always import.

mod portability_support;

use hearth_core::Zone;
use std::collections::HashSet;
use std::sync::OnceLock;

use hearth_core::portability::daylio::{plan_daylio, DaylioOptions, MoodMap};
use hearth_core::portability::fuzz::{fuzz_daylio, fuzz_import_json};
use hearth_core::portability::ids::IdKey;
use proptest::collection::vec;
use proptest::prelude::*;
use serde_json::Value;

/// A valid export with every kind of record, made once.
fn valid_export() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| {
        let d = tempfile::tempdir().unwrap();
        let mut s = portability_support::open(d.path());
        portability_support::fill(&mut s);
        serde_json::from_str(&s.export_json().unwrap()).unwrap()
    })
}

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| n.into()),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "[ -~]{0,12}".prop_map(Value::String),
        Just(Value::String("2026-02-30T25:61:00+99:00".into())),
        Just(Value::String("phq9".into())),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Value::Array),
            vec(("[a-z_]{1,8}", inner), 0..4)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// Replaces the value at a pseudo-random place in `v` (chosen by `pick`) with `new`.
fn mutate(v: &mut Value, mut pick: usize, new: Value) {
    let mut cur = v;
    loop {
        let n = match cur {
            Value::Array(a) if !a.is_empty() => a.len(),
            Value::Object(o) if !o.is_empty() => o.len(),
            _ => {
                *cur = new;
                return;
            }
        };
        let i = pick % (n + 1);
        pick /= n + 1;
        if i == n || pick == 0 {
            *cur = new;
            return;
        }
        cur = match cur {
            Value::Array(a) => &mut a[i],
            Value::Object(o) => o.values_mut().nth(i).unwrap(),
            _ => unreachable!(),
        };
    }
}

fn daylio_row() -> impl Strategy<Value = (String, String, String, String, String)> {
    (
        (2015i32..2030, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
        prop_oneof![
            (
                1u32..=12,
                0u32..60,
                prop_oneof![Just("am"), Just("PM"), Just(" pm")]
            )
                .prop_map(|(h, m, s)| format!("{h}:{m:02} {s}")),
            (0u32..24, 0u32..60).prop_map(|(h, m)| format!("{h:02}:{m:02}")),
        ],
        prop_oneof![
            Just("rad"),
            Just("Good"),
            Just("MEH"),
            Just("bad"),
            Just("awful"),
            Just("sleepy")
        ]
        .prop_map(str::to_owned),
        vec("[a-z]{1,10}", 0..4).prop_map(|v| v.join(" | ")),
        "[ -~]{0,40}",
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn daylio_never_panics_on_bytes(data in vec(any::<u8>(), 0..2048)) {
        fuzz_daylio(&data);
    }

    #[test]
    fn daylio_never_panics_on_csv_like_text(body in "[ -~\n\"|<>&;,]{0,600}") {
        let text = format!("full_date,date,weekday,time,mood,activities,scales,note_title,note\n{body}");
        fuzz_daylio(text.as_bytes());
    }

    #[test]
    fn import_json_never_panics_on_bytes(data in vec(any::<u8>(), 0..2048)) {
        fuzz_import_json(&data);
    }

    #[test]
    fn import_json_never_panics_on_json_like_text(
        s in r#"\{"format":"hearth-export","version":1,"entries":\[\{"kind":"(check_in|reflection|thought|assessment)",[ -~]{0,300}"#
    ) {
        fuzz_import_json(s.as_bytes());
    }

    #[test]
    fn import_json_never_panics_on_mutated_exports(pick in any::<usize>(), new in any_json()) {
        let mut doc = valid_export().clone();
        mutate(&mut doc, pick, new);
        fuzz_import_json(doc.to_string().as_bytes());
    }

    #[test]
    fn well_formed_daylio_rows_always_import(rows in vec(daylio_row(), 1..30)) {
        let mut csv = String::from("full_date,date,weekday,time,mood,activities,note_title,note\n");
        for (date, time, mood, acts, note) in &rows {
            let q = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
            csv.push_str(&format!("{date},,,{time},{mood},{},,{}\n", q(acts), q(note)));
        }
        let opts = DaylioOptions {
            zone: Zone::parse("America/New_York").unwrap(),
            moods: MoodMap::from([("sleepy".to_string(), 2)]),
        };
        let plan = plan_daylio(csv.as_bytes(), &opts, &IdKey::from_secret(&[7; 32])).unwrap();
        prop_assert_eq!(plan.checkins.len(), rows.len());
        let ids: HashSet<&str> = plan.checkins.iter().map(|c| c.id.as_str()).collect();
        prop_assert_eq!(ids.len(), rows.len(), "every row gets its own id");
        for (c, (date, _, mood, _, _)) in plan.checkins.iter().zip(&rows) {
            let want = match mood.to_lowercase().as_str() {
                "rad" => 5, "good" => 4, "meh" => 3, "bad" | "sleepy" => 2, _ => 1,
            };
            prop_assert_eq!(c.mood, want);
            prop_assert_eq!(&c.at.date_naive().to_string(), date, "the local date is kept");
        }
        let again = plan_daylio(csv.as_bytes(), &opts, &IdKey::from_secret(&[7; 32])).unwrap();
        prop_assert_eq!(again.checkins, plan.checkins, "deterministic");
    }
}
