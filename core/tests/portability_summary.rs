//! The clinician summary is one self-contained page: no scripts, nothing fetched, a
//! chart with a text alternative, notes only when asked for, everything escaped.

mod portability_support;

use chrono::NaiveDate;
use hearth_core::time::DayRange;
use hearth_core::{CheckInDraft, Store};
use portability_support::{at, fill, open};

/// Fails with a reason when `html` could reach outside itself or run code.
pub fn assert_self_contained(html: &str) {
    let lower = html.to_ascii_lowercase();
    for banned in [
        "<script",
        "javascript:",
        "http:",
        "https:",
        "<link",
        "<img",
        "<iframe",
        "<object",
        "<embed",
        "@import",
        "url(",
        "src=",
        "href=",
        " on",
        "<base",
        "<meta http-equiv",
    ] {
        if banned == " on" {
            // Event-handler attributes such as onload= inside a tag.
            let inside_tags = lower
                .split('<')
                .skip(1)
                .map(|t| t.split('>').next().unwrap_or(""));
            for tag in inside_tags {
                let attrs = tag.split_whitespace().skip(1);
                for a in attrs {
                    assert!(!a.starts_with("on"), "event handler attribute in <{tag}>");
                }
            }
            continue;
        }
        assert!(!lower.contains(banned), "the page contains {banned:?}");
    }
    assert!(lower.starts_with("<!doctype html>"));
    assert!(lower.contains("<meta charset=\"utf-8\">"));
}

fn store_with_data(dir: &std::path::Path) -> Store {
    let mut s = open(dir);
    fill(&mut s);
    for (i, mood) in [2u8, 3, 3, 4, 5, 4, 2, 3].iter().enumerate() {
        s.record_checkin(CheckInDraft {
            at: Some(at(&format!("2026-11-{:02}T20:00:00+01:00", 10 + i))),
            mood: *mood,
            tags: vec!["work".into()],
            emotions: vec!["calm".into()],
            note: Some(format!("<script>alert({i})</script> day {i}")),
            ..Default::default()
        })
        .unwrap();
    }
    s
}

#[test]
fn the_summary_is_self_contained_and_says_what_it_is() {
    let d = tempfile::tempdir().unwrap();
    let mut s = store_with_data(d.path());
    let html = s.therapist_summary(DayRange::all(), false).unwrap();
    assert_self_contained(&html);
    assert!(html.contains("not a diagnosis"));
    assert!(html.contains("<svg") && html.contains("</svg>"));
    assert!(html.contains("<title id=\"chart-title\">Daily average mood"));
    assert!(html.contains("<desc id=\"chart-desc\">"));
    assert!(
        html.contains("stroke-dasharray"),
        "the average is dashed, not colour-only"
    );
    assert!(html.contains("<circle"), "points are marked");
    assert!(html.contains("PHQ-9") && html.contains("WHO-5") && html.contains("GAD-2"));
    assert!(
        html.contains("Item 9"),
        "the PHQ-9 item 9 answer is worth noting"
    );
    assert!(html.contains("<td>work</td>") && html.contains("<td>calm</td>"));
    assert!(!html.contains("alert("), "notes stay out unless asked for");
    assert!(html.contains("Notes and reflections are not included"));
    assert!(!html.contains("My sister"), "reflections too");
}

#[test]
fn notes_appear_only_when_included_and_are_escaped() {
    let d = tempfile::tempdir().unwrap();
    let mut s = store_with_data(d.path());
    let html = s.therapist_summary(DayRange::all(), true).unwrap();
    assert_self_contained(&html);
    assert!(html.contains("&lt;script&gt;alert(3)&lt;/script&gt; day 3"));
    assert!(html.contains("My sister, on the phone."));
    assert!(html.contains("Tea &amp; toast &lt;b&gt;&quot;quoted&quot;&lt;/b&gt;"));
}

#[test]
fn a_range_limits_what_is_shown() {
    let d = tempfile::tempdir().unwrap();
    let mut s = store_with_data(d.path());
    let range = DayRange {
        from: NaiveDate::from_ymd_opt(2026, 11, 12),
        to: NaiveDate::from_ymd_opt(2026, 11, 14),
    };
    let html = s.therapist_summary(range, true).unwrap();
    assert_self_contained(&html);
    assert!(html.contains("12 Nov 2026 to 14 Nov 2026"));
    assert!(html.contains("day 2") && html.contains("day 4"));
    assert!(!html.contains("day 1<") && !html.contains("day 5"));
    assert!(
        !html.contains("PHQ-9"),
        "the questionnaires were on another day"
    );
    let empty = s
        .therapist_summary(
            DayRange::day(NaiveDate::from_ymd_opt(2020, 1, 1).unwrap()),
            false,
        )
        .unwrap();
    assert_self_contained(&empty);
    assert!(empty.contains("No mood check-ins were recorded in this period."));
}
