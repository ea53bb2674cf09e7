//! `hearth crisis`: crisis lines that work offline, with or without a region.
//!
//! This is the command someone runs when things are bad, so it never answers with a
//! usage error: without `--region` it takes the region from the locale and says so, and
//! with no usable locale it shows every region Hearth has lines for. It needs no store.

use std::process::ExitCode;

use hearth_core::safety::crisis_lines::{lookup, CrisisResources, REGIONS};
use hearth_core::HearthError;

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
                "\nShowing {} because your system language is set to {}={}. For another \
                 region: hearth crisis --region CODE ({}).",
                region_title(r),
                l.var,
                l.value,
                codes()
            );
        }
        (_, Some(r)) if r.known => print_region(r),
        (_, Some(r)) => {
            // A region without stored lines: the careful fallback first, then every
            // region Hearth has, since the person may be travelling or have set another
            // language.
            println!("{}\n", r.message);
            let from = match &choice {
                Choice::FromLocale(l, t) => format!("{t} (from {}={})", l.var, l.value),
                _ => format!("{:?}", r.region),
            };
            println!(
                "Hearth has no crisis line stored for {from}. These are the regions it \
                 has:\n"
            );
            print_every_region();
        }
        // Only `Choice::Unknown` leaves no region to look up.
        (_, None) => {
            let why = match &choice {
                Choice::Unknown(Some(l)) => {
                    format!("your system language ({}={}) names none", l.var, l.value)
                }
                _ => "no system language is set".to_string(),
            };
            println!(
                "Hearth could not tell your region ({why}), so here is every region it has \
                 crisis lines for. If you are in danger right now, call your local \
                 emergency number.\n"
            );
            print_every_region();
        }
    }
    println!("\nYour own people are here too: `hearth people list`.");
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
            "== {} — emergency: {} ==",
            region_title(r),
            r.emergency_numbers.join(" or ")
        );
        print_lines(r);
    }
    println!(
        "\nTo see one region: hearth crisis --region CODE ({}).",
        codes()
    );
}

fn print_region(r: &CrisisResources) {
    println!("{}: {}\n", region_title(r), r.message);
    print_lines(r);
    if !r.emergency_numbers.is_empty() {
        println!("\nEmergency: {}", r.emergency_numbers.join(" or "));
    }
}

fn print_lines(r: &CrisisResources) {
    for l in &r.lines {
        println!("{} — {}", l.name, l.how);
        if !l.phones.is_empty() {
            println!("   call: {}", l.phones.join(" or "));
        }
        if let Some(sms) = l.sms {
            println!(
                "   text: {}{}",
                l.sms_keyword
                    .map(|k| format!("{k} to "))
                    .unwrap_or_default(),
                sms
            );
        }
        println!(
            "   hours: {}   (source: {}, checked {})",
            l.hours, l.source, l.verified
        );
    }
}
