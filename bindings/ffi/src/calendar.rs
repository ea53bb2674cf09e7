//! The calendar across the FFI: one call per month or year grid, reusing `Quadrant`.

use hearth_core::journal::calendar as cal;

use crate::catalog::Quadrant;
use crate::error::HearthError;
use crate::hearth::Hearth;

/// One local day of a calendar (a cell of the year in pixels or the month grid).
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct CalendarDay {
    /// Local date, `YYYY-MM-DD`: the day the entries were recorded in, wherever that was.
    pub date: String,
    /// Mean mood of the day's check-ins (two decimals); null/nil without check-ins.
    pub mood: Option<f64>,
    /// The mean as a mood level 1–5 (halves round up): pick colour and glyph from this.
    pub level: Option<i32>,
    /// Check-ins that day.
    pub count: u32,
    /// The quadrant most check-ins with an energy fell in (a tie goes to the latest).
    pub quadrant: Option<Quadrant>,
    /// Some check-in that day has a note.
    pub has_note: bool,
    /// A reflection was written that day.
    pub has_reflection: bool,
    /// A thought record was written that day.
    pub has_thought: bool,
    /// The day in words, for TalkBack and VoiceOver.
    pub accessibility_label: String,
}

impl From<cal::CalendarDay> for CalendarDay {
    fn from(d: cal::CalendarDay) -> Self {
        CalendarDay {
            date: d.date,
            mood: d.mood,
            level: d.level.map(i32::from),
            count: d.count,
            quadrant: d.quadrant.map(Quadrant::from),
            has_note: d.note,
            has_reflection: d.reflection,
            has_thought: d.thought,
            accessibility_label: d.label,
        }
    }
}

fn days(c: cal::Calendar) -> Vec<CalendarDay> {
    c.days.into_iter().map(CalendarDay::from).collect()
}

#[uniffi::export]
impl Hearth {
    /// Every day of `year` (1–9999), empty days included: the year in pixels; with
    /// `month` (1–12), every day of that month.
    #[uniffi::method(default(month = None))]
    pub fn calendar(&self, year: i32, month: Option<u32>) -> Result<Vec<CalendarDay>, HearthError> {
        self.with(|s| match month {
            Some(m) => s.calendar_month(year, m),
            None => s.calendar_year(year),
        })
        .map(days)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::file_key_vault;

    fn open(dir: &std::path::Path) -> std::sync::Arc<Hearth> {
        let vault = file_key_vault(dir.join("hearth.key").display().to_string());
        Hearth::open(dir.display().to_string(), vault).unwrap()
    }

    fn field(r: Result<impl std::fmt::Debug, HearthError>) -> String {
        match r {
            Err(HearthError::InvalidInput { field, .. }) => field,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn bad_input_is_refused_naming_the_field() {
        let dir = tempfile::tempdir().unwrap();
        let h = open(dir.path());
        assert_eq!(field(h.calendar(2026, Some(13))), "month");
        assert_eq!(field(h.calendar(0, None)), "year");
    }

    #[test]
    fn a_backfilled_checkin_is_on_its_own_day() {
        let dir = tempfile::tempdir().unwrap();
        let h = open(dir.path());
        let at = chrono::DateTime::parse_from_rfc3339("2025-02-10T22:30:00-08:00").unwrap();
        h.with(|s| {
            s.record_checkin(hearth_core::CheckInDraft {
                at: Some(at),
                mood: 2,
                energy: Some(4),
                ..Default::default()
            })
        })
        .unwrap();
        let feb = h.calendar(2025, Some(2)).unwrap();
        assert_eq!(feb.len(), 28);
        let day = &feb[9];
        assert_eq!(day.date, "2025-02-10");
        assert_eq!((day.count, day.level), (1, Some(2)));
        assert_eq!(day.quadrant, Some(Quadrant::HighEnergyUnpleasant));
        assert!(feb.iter().filter(|d| d.count > 0).count() == 1);
    }
}
