//! The offline crisis-line table: provenance of every row, emergency numbers for every
//! region, lookups and the fallback.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use hearth_core::safety::crisis_lines::{LINES, REGIONS, TABLE_VERIFIED};
use hearth_core::safety::lookup;

fn is_date(s: &str) -> bool {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
}

#[test]
fn every_row_has_an_https_source_a_verified_date_and_a_way_to_reach_it() {
    for l in &LINES {
        assert!(
            l.source.starts_with("https://") && l.source.len() > 12,
            "{l:?}"
        );
        assert!(is_date(l.verified), "{l:?}");
        assert!(!l.phones.is_empty() || l.sms.is_some(), "{l:?}");
        assert!(l.sms_keyword.is_none() || l.sms.is_some(), "{l:?}");
        assert!(
            !l.name.is_empty() && !l.hours.is_empty() && !l.how.is_empty(),
            "{l:?}"
        );
        assert_eq!(l.country.len(), 2);
        assert!(l.country.chars().all(|c| c.is_ascii_uppercase()));
        for p in l.phones.iter().chain(l.sms.iter()) {
            assert!(p.chars().all(|c| c.is_ascii_digit() || c == ' '), "{p}");
        }
    }
    assert!(is_date(TABLE_VERIFIED));
}

#[test]
fn every_country_in_the_table_has_an_emergency_number() {
    let countries: BTreeSet<&str> = LINES.iter().map(|l| l.country).collect();
    let regions: BTreeSet<&str> = REGIONS.iter().map(|r| r.code).collect();
    assert_eq!(
        countries, regions,
        "every region has lines and every line a region"
    );
    for r in &REGIONS {
        assert!(!r.emergency.is_empty(), "{r:?}");
        assert!(r.emergency_source.starts_with("https://"), "{r:?}");
        assert!(is_date(r.verified), "{r:?}");
        for n in r.emergency {
            assert!(n.len() == 3 && n.chars().all(|c| c.is_ascii_digit()), "{n}");
        }
    }
}

/// A line as (name, phones, sms, sms keyword), for comparison.
type Row = (String, Vec<String>, Option<String>, Option<String>);

#[test]
fn the_starting_table_is_exactly_as_briefed() {
    let numbers = |code: &str| -> Vec<Row> {
        LINES
            .iter()
            .filter(|l| l.country == code)
            .map(|l| {
                (
                    l.name.to_string(),
                    l.phones.iter().map(|s| s.to_string()).collect(),
                    l.sms.map(str::to_string),
                    l.sms_keyword.map(str::to_string),
                )
            })
            .collect()
    };
    let s = |x: &str| x.to_string();
    assert_eq!(
        numbers("US"),
        [
            (
                s("988 Suicide & Crisis Lifeline"),
                vec![s("988")],
                Some(s("988")),
                None
            ),
            (
                s("Crisis Text Line"),
                vec![],
                Some(s("741741")),
                Some(s("HOME"))
            ),
        ]
    );
    assert_eq!(
        numbers("CA"),
        [(
            s("9-8-8: Suicide Crisis Helpline"),
            vec![s("988")],
            Some(s("988")),
            None
        )]
    );
    assert_eq!(
        numbers("GB"),
        [
            (s("Samaritans"), vec![s("116 123")], None, None),
            (s("Shout"), vec![], Some(s("85258")), Some(s("SHOUT"))),
        ]
    );
    assert_eq!(
        numbers("IE"),
        [(s("Samaritans"), vec![s("116 123")], None, None)]
    );
    assert_eq!(
        numbers("AU"),
        [(s("Lifeline"), vec![s("13 11 14")], None, None)]
    );
    assert_eq!(
        numbers("NZ"),
        [(
            s("1737, Need to talk?"),
            vec![s("1737")],
            Some(s("1737")),
            None
        )]
    );
    assert_eq!(
        numbers("DE"),
        [(
            s("TelefonSeelsorge"),
            vec![s("0800 111 0 111"), s("0800 111 0 222")],
            None,
            None
        )]
    );
    let emergency = |code: &str| REGIONS.iter().find(|r| r.code == code).unwrap().emergency;
    assert_eq!(emergency("US"), ["911"]);
    assert_eq!(emergency("CA"), ["911"]);
    assert_eq!(emergency("GB"), ["999", "112"]);
    assert_eq!(emergency("IE"), ["112", "999"]);
    assert_eq!(emergency("AU"), ["000"]);
    assert_eq!(emergency("NZ"), ["111"]);
    assert_eq!(emergency("DE"), ["112"]);
}

#[test]
fn lookup_is_case_insensitive_and_reads_locales() {
    for input in ["GB", "gb", " Gb ", "UK", "en-GB", "en_GB", "cy-gb"] {
        let r = lookup(input);
        assert!(r.known, "{input}");
        assert_eq!(r.region, "GB", "{input}");
        assert_eq!(r.lines.len(), 2);
        assert_eq!(r.emergency_numbers, ["999", "112"]);
        assert!(r.message.contains("999 or 112"), "{}", r.message);
        assert!(r.show_trusted_people);
    }
    let ie = lookup("ie");
    assert_eq!(ie.lines[0].phones, ["116 123"]);
    assert_eq!(ie.region_name.as_deref(), Some("Ireland"));
    let au = lookup("en-AU");
    assert!(au.message.contains("call 000"), "{}", au.message);
}

#[test]
fn unknown_regions_get_the_careful_fallback() {
    let fallback = hearth_core::l10n::with_languages(&["en"], || lookup("FR").message);
    for input in ["FR", "zz", "", "   ", "usa", "en", "12", "en-"] {
        let r = lookup(input);
        assert!(!r.known, "{input}");
        assert!(r.lines.is_empty());
        assert!(r.emergency_numbers.is_empty());
        assert!(r.region_name.is_none());
        assert_eq!(r.message, fallback);
        assert!(r.show_trusted_people);
    }
    assert_eq!(lookup("fr").region, "FR");
    let m = fallback;
    assert!(m.contains("no crisis line stored for this region"));
    assert!(m.contains("local emergency number"));
    assert!(m.contains("112") && m.contains("not everywhere"));
    assert!(m.contains("people you trust"));
}

/// The table's English `how` and region `name` (what `--json` shows) are the English
/// catalogue's words, so the two never drift apart.
#[test]
fn the_tables_english_matches_the_english_catalogue() {
    hearth_core::l10n::with_languages(&["en"], || {
        for l in &LINES {
            assert_eq!(l.how, l.how_text(), "{}", l.id);
        }
        for r in &REGIONS {
            assert_eq!(r.name, r.name_text(), "{}", r.code);
        }
    });
}
