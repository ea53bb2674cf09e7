//! The summary page: one HTML document with inline CSS and an inline SVG chart. No
//! scripts, no fonts, no images or links to fetch, so it opens and prints offline.

use chrono::Datelike;
use std::fmt::Write;

use crate::assessments::AssessmentResult;

use super::chart;
use super::escape::html;
use super::stats::SummaryData;
use super::text::{day, mood_word};

const CSS: &str = "\
:root{color-scheme:light}\
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;\
color:#222;background:#fff;margin:0 auto;max-width:760px;padding:24px;line-height:1.45}\
h1{font-size:1.6em;margin:0 0 4px}h2{font-size:1.15em;margin:28px 0 8px;\
border-bottom:1px solid #ccc;padding-bottom:4px}h3{font-size:1em;margin:12px 0 4px}\
.period{font-size:1.05em;margin:0 0 12px}\
.notice{border:1px solid #999;border-radius:6px;padding:10px 12px;background:#f6f6f6}\
table{border-collapse:collapse;width:100%;margin:6px 0}\
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #e2e2e2;vertical-align:top}\
th{font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}\
.chart{max-width:100%;height:auto}.axis{font-size:12px;fill:#333}\
.cols{display:flex;gap:24px}.cols>div{flex:1}\
.note{white-space:pre-wrap;margin:2px 0 10px}.muted{color:#555}\
figure{margin:8px 0}figcaption{font-size:.9em;color:#444}\
@media print{body{padding:0;max-width:none}h2{break-after:avoid}\
table,figure,.entry{break-inside:avoid}@page{margin:16mm}}";

/// The page for `data`; notes and reflections only when `include_notes`.
pub fn render(data: &SummaryData, include_notes: bool) -> String {
    let mut s = String::with_capacity(16 * 1024);
    let period = format!("{} to {}", day(data.from), day(data.to));
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Mood journal summary, {p}</title><style>{CSS}</style></head><body>\
         <h1>Mood journal summary</h1><p class=\"period\">{p}</p>\
         <p class=\"notice\"><strong>A self-report summary, not a diagnosis.</strong> \
         Everything here was recorded by the person themselves in Hearth, a private mood \
         journal, and summarised by the app to share with a clinician. It is not a \
         clinical assessment. Questionnaire scores follow the published scoring; the \
         ranges are the questionnaires' own, not diagnoses.</p>",
        p = html(&period)
    );
    overview(&mut s, data);
    mood_chart(&mut s, data);
    periods(&mut s, data);
    assessments(&mut s, data);
    frequent(&mut s, data);
    notes(&mut s, data, include_notes);
    s.push_str(
        "<p class=\"muted\">Prepared with Hearth. The person chose what to include and \
         can say more about any of it.</p></body></html>\n",
    );
    s
}

fn overview(s: &mut String, d: &SummaryData) {
    s.push_str("<h2>Overview</h2>");
    let Some(avg) = d.mean_mood() else {
        s.push_str("<p>No mood check-ins were recorded in this period.</p>");
        return;
    };
    let (with, m_with, m_without) = d.connection();
    let _ = write!(
        s,
        "<table><tbody>\
         <tr><th>Mood check-ins</th><td>{} on {} of {} days</td></tr>\
         <tr><th>Average mood</th><td>{avg:.1} of 5 ({})</td></tr>\
         <tr><th>Connected with someone</th><td>{with} of {} check-ins</td></tr>",
        d.checkins.len(),
        d.daily.len(),
        (d.to - d.from).num_days() + 1,
        mood_word(avg.round() as u8),
        d.checkins.len()
    );
    if let (Some(a), Some(b)) = (m_with, m_without) {
        let _ = write!(
            s,
            "<tr><th>Average mood when connected / not</th><td>{a:.1} / {b:.1}</td></tr>"
        );
    }
    let _ = write!(
        s,
        "<tr><th>Questionnaires answered</th><td>{}</td></tr></tbody></table>",
        d.assessments.len()
    );
}

fn mood_chart(s: &mut String, d: &SummaryData) {
    s.push_str("<h2>Mood over time</h2><figure>");
    s.push_str(&chart::svg(d.from, d.to, &d.daily, d.mean_mood()));
    s.push_str(
        "<figcaption>Each point is one day's average mood (1 very low to 5 very good); \
         gaps are days without a check-in. The dashed line is the average for the \
         period.</figcaption></figure>",
    );
}

fn periods(s: &mut String, d: &SummaryData) {
    if d.periods.is_empty() {
        return;
    }
    let unit = if d.monthly { "Month" } else { "Week of" };
    let _ = write!(
        s,
        "<h2>{} averages</h2><table><thead><tr><th>{unit}</th><th>Check-ins</th>\
         <th>Average</th><th>Lowest</th><th>Highest</th></tr></thead><tbody>",
        if d.monthly { "Monthly" } else { "Weekly" }
    );
    for p in &d.periods {
        let label = if d.monthly {
            format!(
                "{} {}",
                crate::time::MONTHS[p.start.month0() as usize],
                p.start.year()
            )
        } else {
            day(p.start)
        };
        let _ = write!(
            s,
            "<tr><td>{label}</td><td class=\"n\">{}</td><td class=\"n\">{:.1}</td>\
             <td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            p.count, p.mean, p.low, p.high
        );
    }
    s.push_str("</tbody></table>");
}

fn assessments(s: &mut String, d: &SummaryData) {
    s.push_str("<h2>Questionnaires over time</h2>");
    if d.assessments.is_empty() {
        s.push_str("<p>No questionnaires were answered in this period.</p>");
        return;
    }
    s.push_str(
        "<table><thead><tr><th>Date</th><th>Questionnaire</th><th>Score</th>\
         <th>Range</th><th>Worth noting</th></tr></thead><tbody>",
    );
    for a in &d.assessments {
        let r = &a.result;
        let _ = write!(
            s,
            "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td>{}</td><td>{}</td></tr>",
            day(a.at.date_naive()),
            html(r.definition().short_title),
            score(r),
            html(&r.band.as_str().replace('_', " ")),
            html(&worth_noting(r))
        );
    }
    s.push_str("</tbody></table>");
}

fn score(r: &AssessmentResult) -> String {
    match r.percent {
        Some(p) => format!("{} of {} ({p}%)", r.score, r.max_score),
        None => format!("{} of {}", r.score, r.max_score),
    }
}

fn worth_noting(r: &AssessmentResult) -> String {
    if r.safety {
        let def = r.definition();
        let item9 = r.answers.get(8).copied().unwrap_or(0);
        let question = def.items.get(8).map(|i| i.text).unwrap_or("item 9");
        let label = def.label_for(item9).unwrap_or("above 0");
        format!("Item 9, \u{201c}{question}\u{201d}: {label}")
    } else {
        String::new()
    }
}

fn frequent(s: &mut String, d: &SummaryData) {
    s.push_str("<h2>Most frequent tags and emotions</h2><div class=\"cols\">");
    for (title, items) in [("Tags", &d.top_tags), ("Emotions", &d.top_emotions)] {
        let _ = write!(s, "<div><h3>{title}</h3>");
        if items.is_empty() {
            s.push_str("<p class=\"muted\">None recorded.</p></div>");
            continue;
        }
        s.push_str("<table><tbody>");
        for (name, n) in items.iter() {
            let _ = write!(
                s,
                "<tr><td>{}</td><td class=\"n\">{n} check-in{}</td></tr>",
                html(name),
                if *n == 1 { "" } else { "s" }
            );
        }
        s.push_str("</tbody></table></div>");
    }
    s.push_str("</div>");
}

fn notes(s: &mut String, d: &SummaryData, include: bool) {
    s.push_str("<h2>Notes</h2>");
    if !include {
        s.push_str(
            "<p class=\"muted\">Notes and reflections are not included in this summary.</p>",
        );
        return;
    }
    let mut any = false;
    for c in d.checkins.iter().filter(|c| c.note.is_some()) {
        any = true;
        let _ = write!(
            s,
            "<div class=\"entry\"><strong>{} {}</strong>, mood {} ({})\
             <p class=\"note\">{}</p></div>",
            day(c.at.date_naive()),
            crate::time::hm(&c.at),
            c.mood,
            mood_word(c.mood),
            html(c.note.as_deref().unwrap_or(""))
        );
    }
    for r in &d.reflections {
        any = true;
        let _ = write!(
            s,
            "<div class=\"entry\"><strong>{} {}</strong>, reflection<p class=\"note\">{}</p></div>",
            day(r.at.date_naive()),
            crate::time::hm(&r.at),
            html(&r.text)
        );
    }
    if !any {
        s.push_str("<p class=\"muted\">No notes were written in this period.</p>");
    }
}
