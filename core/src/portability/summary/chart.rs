//! The mood chart: daily means as an inline SVG line with point markers, labelled axes
//! and a dashed average line, so nothing depends on colour alone. The SVG has a
//! `<title>` and `<desc>` for screen readers.

use std::fmt::Write;

use chrono::NaiveDate;

use super::escape::html;
use super::stats::DayMean;
use super::text::{day, mood_word};

/// The line and marker colour. The browser test looks for this colour to know the
/// chart was drawn; it is used nowhere else on the page.
pub const STROKE: &str = "#1b6ca8";
const STROKE_RGB: (u8, u8, u8) = (0x1b, 0x6c, 0xa8);

/// Canvas size and plot margins, in SVG units.
const W: f64 = 720.0;
const H: f64 = 280.0;
const LEFT: f64 = 92.0;
const RIGHT: f64 = 84.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 44.0;
/// Above this many days the markers are left out (the line stays readable).
const MAX_MARKERS: usize = 120;

/// The chart colour as RGB, for tests that look for it in a screenshot.
pub fn stroke_rgb() -> (u8, u8, u8) {
    STROKE_RGB
}

/// The SVG for `daily` means over `from`..=`to`.
pub fn svg(from: NaiveDate, to: NaiveDate, daily: &[DayMean], overall: Option<f64>) -> String {
    let span = (to - from).num_days().max(1) as f64;
    let x = |d: NaiveDate| {
        if from == to {
            LEFT + (W - LEFT - RIGHT) / 2.0
        } else {
            LEFT + (d - from).num_days() as f64 / span * (W - LEFT - RIGHT)
        }
    };
    let y = |m: f64| TOP + (5.0 - m) / 4.0 * (H - TOP - BOTTOM);
    let mut s = String::new();
    let title = format!("Daily average mood, {} to {}", day(from), day(to));
    let _ = write!(
        s,
        "<svg class=\"chart\" viewBox=\"0 0 {W} {H}\" width=\"{W}\" height=\"{H}\" role=\"img\" \
         aria-labelledby=\"chart-title chart-desc\">\
         <title id=\"chart-title\">{}</title><desc id=\"chart-desc\">{}</desc>",
        html(&title),
        html(&describe(daily, overall))
    );
    for level in 1..=5u8 {
        let yy = y(f64::from(level));
        let _ = write!(
            s,
            "<line x1=\"{LEFT}\" y1=\"{yy:.1}\" x2=\"{:.1}\" y2=\"{yy:.1}\" stroke=\"#d9d9d9\" \
             stroke-width=\"1\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" \
             class=\"axis\">{level} {}</text>",
            W - RIGHT,
            LEFT - 8.0,
            yy + 4.0,
            mood_word(level)
        );
    }
    for (d, anchor) in ticks(from, to) {
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\" class=\"axis\">{}</text>",
            x(d),
            H - BOTTOM + 20.0,
            day(d)
        );
    }
    if let Some(m) = overall {
        let yy = y(m);
        let _ = write!(
            s,
            "<line x1=\"{LEFT}\" y1=\"{yy:.1}\" x2=\"{:.1}\" y2=\"{yy:.1}\" stroke=\"#555555\" \
             stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/><text x=\"{:.1}\" y=\"{:.1}\" \
             class=\"axis\">average {m:.1}</text>",
            W - RIGHT,
            W - RIGHT + 6.0,
            yy + 4.0
        );
    }
    for run in runs(daily) {
        let points: Vec<String> = run
            .iter()
            .map(|p| format!("{:.1},{:.1}", x(p.day), y(p.mean)))
            .collect();
        if points.len() > 1 {
            let _ = write!(
                s,
                "<polyline points=\"{}\" fill=\"none\" stroke=\"{STROKE}\" stroke-width=\"3\" \
                 stroke-linejoin=\"round\" stroke-linecap=\"round\"/>",
                points.join(" ")
            );
        }
    }
    if daily.len() <= MAX_MARKERS {
        for p in daily {
            let _ = write!(
                s,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"4\" fill=\"#ffffff\" stroke=\"{STROKE}\" \
                 stroke-width=\"2.5\"/>",
                x(p.day),
                y(p.mean)
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// Consecutive days; a day without a check-in breaks the line.
fn runs(daily: &[DayMean]) -> Vec<&[DayMean]> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=daily.len() {
        let gap = i == daily.len() || (daily[i].day - daily[i - 1].day).num_days() > 1;
        if gap {
            out.push(&daily[start..i]);
            start = i;
        }
    }
    out
}

/// Up to five dates along the x axis, first and last included.
fn ticks(from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, &'static str)> {
    let span = (to - from).num_days();
    if span == 0 {
        return vec![(from, "middle")];
    }
    let n = span.min(4);
    (0..=n)
        .map(|i| {
            let d = from + chrono::Duration::days(span * i / n);
            let anchor = match i {
                0 => "start",
                i if i == n => "end",
                _ => "middle",
            };
            (d, anchor)
        })
        .collect()
}

/// A sentence that says what the chart shows, for people who cannot see it.
fn describe(daily: &[DayMean], overall: Option<f64>) -> String {
    let (Some(lo), Some(hi), Some(avg)) = (
        daily
            .iter()
            .min_by(|a, b| a.mean.total_cmp(&b.mean).then(a.day.cmp(&b.day))),
        daily
            .iter()
            .max_by(|a, b| a.mean.total_cmp(&b.mean).then(b.day.cmp(&a.day))),
        overall,
    ) else {
        return "No check-ins in this period.".into();
    };
    format!(
        "Mood from 1 (very low) to 5 (very good), averaged per day, on {} days with \
         check-ins. Average {avg:.1}. Lowest day {} ({:.1}); highest day {} ({:.1}).",
        daily.len(),
        day(lo.day),
        lo.mean,
        day(hi.day),
        hi.mean
    )
}
