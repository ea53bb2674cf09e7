//! The words a person reads after answering a questionnaire.
//!
//! The copy itself is in `core/l10n/<lang>/assessments.ftl`.
//! Rules for this copy (tested in `tests/assessments_copy.rs`):
//! - Say what range the score is in, and that it is not a diagnosis.
//! - Never name a condition, never say "you have …", never call any score "safe" or
//!   "normal" or "no risk"; a low score can still sit beside a hard time.
//! - Point toward people: someone the person trusts, and a professional.
//! - When the safety flag is set, open with that, before any number.

use super::scoring::{Band, TWO_ITEM_CUTOFF};
use super::Instrument;
use crate::tr;

/// Opening used whenever PHQ-9 item 9 is above 0, whatever the total.
pub(crate) fn safety_opening() -> String {
    tr!("assessment-safety-opening")
}

/// The full summary for a scored result, in the current language.
pub(crate) fn summary(
    instrument: Instrument,
    band: Band,
    total: u8,
    percent: Option<u8>,
    safety: bool,
) -> String {
    let body = match instrument {
        Instrument::Phq9 | Instrument::Gad7 => severity(band),
        Instrument::Who5 => wellbeing(band, percent.unwrap_or(0)),
        Instrument::Phq2 => short_form(band, total, "PHQ-9"),
        Instrument::Gad2 => short_form(band, total, "GAD-7"),
    };
    if safety {
        format!("{} {body}", safety_opening())
    } else {
        body
    }
}

fn severity(band: Band) -> String {
    tr!("assessment-summary-severity", "band" => band.as_str())
}

fn wellbeing(band: Band, percent: u8) -> String {
    tr!("assessment-summary-wellbeing", "band" => band.as_str(), "percent" => percent)
}

fn short_form(band: Band, total: u8, full: &str) -> String {
    tr!("assessment-summary-short", "band" => band.as_str(), "total" => total,
        "cutoff" => TWO_ITEM_CUTOFF, "full" => full)
}
