//! `hearth crisis`: crisis lines that work offline, with or without a region.
//!
//! This is the command someone runs when things are bad, so it never answers with a
//! usage error: without `--region` it takes the region from the locale and says so, and
//! with no usable locale it shows every region Hearth has lines for. It needs no store.

use std::process::ExitCode;

use hearth_core::safety::crisis_lines::{lookup, CrisisResources, REGIONS};
use hearth_core::{tr, HearthError};

use crate::args::CrisisArgs;
use crate::{locale, output};

/// How the region was chosen, for the sentence that says so.
enum Choice {
    /// `--region` was given.
    Asked(String),
    /// From the locale: the variable and the territory it names.
    FromLocale(locale::EnvLocale, String),
    /// Nothing usable: the locale in force (if any) names no territory.
    Unknown(Option<locale::EnvLocale>),
}

pub fn run(a: CrisisArgs) -> Result<ExitCode, HearthError> {
    let choice = match a.region {
        Some(r) => Choice::Asked(r),
        None => match locale::from_env() {
            Some(l) => match l.territory() {
                Some(t) => Choice::FromLocale(l, t),
                None => Choice::Unknown(Some(l)),
            },
            None => Choice::Unknown(None),
        },
    };
    let one = match &choice {
        Choice::Asked(r) | Choice::FromLocale(_, r) => Some(lookup(r)),
        Choice::Unknown(_) => None,
    };
    if a.json {
        // One region: the object `--region` always printed. None: every region, in the
        // table's order, as an array.
        match &one {
            Some(r) => output::print_json(&serde_json::to_value(r).unwrap_or_default()),
            None => output::print_json(&serde_json::to_value(every_region()).unwrap_or_default()),
        }
        return Ok(ExitCode::SUCCESS);
    }
    match (&choice, &one) {
        (Choice::FromLocale(l, _), Some(r)) if r.known => {
            print_region(r);
            println!(
                "\n{}",
                tr!("cli-crisis-from-locale", "region" => region_title(r),
                    "setting" => format!("{}={}", l.var, l.value),
                    "command" => format!("hearth crisis --region CODE ({})", codes()))
            );
        }
        (_, Some(r)) if r.known => print_region(r),
        (_, Some(r)) => {
            // A region without stored lines: the careful fallback first, then every
            // region Hearth has, since the person may be travelling or have set another
            // language.
            println!("{}\n", r.message);
            let none_for = match &choice {
                Choice::FromLocale(l, t) => tr!("cli-crisis-none-for-locale", "region" => t,
                    "setting" => format!("{}={}", l.var, l.value)),
                _ => tr!("cli-crisis-none-for", "region" => format!("{:?}", r.region)),
            };
            println!("{none_for}\n");
            print_every_region();
        }
        // Only `Choice::Unknown` leaves no region to look up.
        (_, None) => {
            let unknown = match &choice {
                Choice::Unknown(Some(l)) => tr!("cli-crisis-unknown-locale",
                    "setting" => format!("{}={}", l.var, l.value)),
                _ => tr!("cli-crisis-unknown-no-locale"),
            };
            println!("{unknown}\n");
            print_every_region();
        }
    }
    println!("\n{}", tr!("cli-crisis-own-people"));
    Ok(ExitCode::SUCCESS)
}

fn every_region() -> Vec<CrisisResources> {
    REGIONS.iter().map(|r| lookup(r.code)).collect()
}

fn codes() -> String {
    REGIONS
        .iter()
        .map(|r| r.code)
        .collect::<Vec<_>>()
        .join(", ")
}

fn region_title(r: &CrisisResources) -> String {
    format!(
        "{} ({})",
        r.region_name.as_deref().unwrap_or(&r.region),
        r.region
    )
}

fn print_every_region() {
    for (i, r) in every_region().iter().enumerate() {
        if i > 0 {
            println!();
        }
        println!(
            "== {} ==",
            tr!("cli-crisis-region-heading", "region" => region_title(r),
                "numbers" => or_list(&r.emergency_numbers))
        );
        print_lines(r);
    }
    println!(
        "\n{}",
        tr!("cli-crisis-one-region",
            "command" => format!("hearth crisis --region CODE ({})", codes()))
    );
}

fn print_region(r: &CrisisResources) {
    println!("{}: {}\n", region_title(r), r.message);
    print_lines(r);
    if !r.emergency_numbers.is_empty() {
        println!(
            "\n{}",
            tr!("cli-crisis-emergency", "numbers" => or_list(&r.emergency_numbers))
        );
    }
}

fn print_lines(r: &CrisisResources) {
    for l in &r.lines {
        println!("{} — {}", l.name, l.how_text());
        if !l.phones.is_empty() {
            println!(
                "   {}",
                tr!("cli-crisis-call", "numbers" => or_list(l.phones))
            );
        }
        if let Some(sms) = l.sms {
            let text = match l.sms_keyword {
                Some(k) => tr!("cli-crisis-text-keyword", "keyword" => k, "number" => sms),
                None => tr!("cli-crisis-text", "number" => sms),
            };
            println!("   {text}");
        }
        println!(
            "   {}",
            tr!("cli-crisis-hours", "hours" => l.hours, "source" => l.source,
                "checked" => l.verified)
        );
    }
}

/// Numbers to choose from: "112", "999 or 112", "A, B or C" in the reader's language.
fn or_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            tr!("cli-or-list", "init" => init.join(", "), "last" => last.as_ref())
        }
    }
}
