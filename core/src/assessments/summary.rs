//! The words a person reads after answering a questionnaire.
//!
//! Rules for this copy (tested in `tests/assessments_copy.rs`):
//! - Say what range the score is in, and that it is not a diagnosis.
//! - Never name a condition, never say "you have …", never call any score "safe" or
//!   "normal" or "no risk"; a low score can still sit beside a hard time.
//! - Point toward people: someone the person trusts, and a professional.
//! - When the safety flag is set, open with that, before any number.

use super::scoring::{Band, TWO_ITEM_CUTOFF};
use super::Instrument;

/// Opening used whenever PHQ-9 item 9 is above 0, whatever the total.
pub(crate) const SAFETY_OPENING: &str = "You said you have had thoughts that you would be \
better off dead or of hurting yourself. Thank you for being honest about that; you don't \
have to carry it alone. Your safety plan and crisis lines are here, and reaching out today \
to someone you trust or to a crisis line can help. If you are in danger right now, call \
your local emergency number.";

/// The full summary for a scored result.
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
        format!("{SAFETY_OPENING} {body}")
    } else {
        body
    }
}

fn severity(band: Band) -> String {
    match band {
        Band::Minimal => "This score is in the minimal range. It is not a diagnosis, and it \
can change from one week to the next. If something is weighing on you anyway, it is worth \
talking it over with someone you trust."
            .into(),
        Band::Mild => "This score is in the mild range. It is not a diagnosis; a professional \
can help you make sense of it."
            .into(),
        Band::Moderate => "This score is in the moderate range. It is not a diagnosis, but it \
may help to talk it over with a doctor or therapist, and to let someone close to you know \
how things have been."
            .into(),
        Band::ModeratelySevere => "This score is in the moderately severe range. It is not a \
diagnosis. Please consider talking with a doctor or therapist soon, and with someone you \
trust; you don't have to work through this alone."
            .into(),
        Band::Severe => "This score is in the severe range. It is not a diagnosis, but it \
suggests the last two weeks have been very hard. Please reach out to a doctor or therapist \
soon, and to someone you trust today."
            .into(),
        other => format!(
            "This score is in the {} range. It is not a diagnosis.",
            other.as_str()
        ),
    }
}

fn wellbeing(band: Band, percent: u8) -> String {
    match band {
        Band::VeryLow => format!(
            "Your well-being score is {percent} out of 100, which is very low. It is not a \
diagnosis, but it suggests the last two weeks have been hard. Please consider talking with \
a doctor or therapist soon, and let someone close to you know how you are doing."
        ),
        Band::Low => format!(
            "Your well-being score is {percent} out of 100, at or below the 50 that is often \
used as a point to look more closely. It is not a diagnosis, but it may help to talk with \
someone you trust, and a doctor or therapist can help you look at how you have been \
feeling."
        ),
        _ => format!(
            "Your well-being score is {percent} out of 100, above the 50 that is often used as \
a point to look more closely. It is a snapshot of the last two weeks, not a diagnosis."
        ),
    }
}

fn short_form(band: Band, total: u8, full: &str) -> String {
    if band == Band::CutoffReached {
        format!(
            "This short check scored {total} out of 6, at or above the usual cutoff of \
{TWO_ITEM_CUTOFF}. It is not a diagnosis. The longer {full} can give a fuller picture, and \
a doctor or therapist can help you make sense of it."
        )
    } else {
        format!(
            "This short check scored {total} out of 6, below the usual cutoff of \
{TWO_ITEM_CUTOFF}. It is not a diagnosis. If things still feel heavy, the longer {full} \
asks about more, and talking with someone you trust can help."
        )
    }
}
