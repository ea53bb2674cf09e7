//! The safety plan and offline crisis lines across the FFI.

use hearth_core::safety::{crisis_lines, plan as core};

use crate::error::HearthError;
use crate::hearth::Hearth;

/// Someone or somewhere in the safety plan.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PlanContact {
    /// Name.
    pub name: String,
    /// Phone, for one-tap calling.
    pub phone: Option<String>,
}

/// The person's safety plan, in the six steps plus reasons for living.
#[derive(Debug, Clone, PartialEq, Eq, Default, uniffi::Record)]
pub struct SafetyPlan {
    /// 1. Warning signs.
    #[uniffi(default = [])]
    pub warning_signs: Vec<String>,
    /// 2. Things I can do on my own.
    #[uniffi(default = [])]
    pub on_my_own: Vec<String>,
    /// 3. People and places that take my mind off things.
    #[uniffi(default = [])]
    pub distractions: Vec<PlanContact>,
    /// 4. People I can ask for help.
    #[uniffi(default = [])]
    pub people_to_ask: Vec<PlanContact>,
    /// 5. Professionals and services.
    #[uniffi(default = [])]
    pub professionals: Vec<PlanContact>,
    /// 6. Making my surroundings safer.
    #[uniffi(default = [])]
    pub safer_surroundings: Vec<String>,
    /// Reasons for living.
    #[uniffi(default = [])]
    pub reasons_for_living: Vec<String>,
}

/// A section's heading and help text, for drawing the plan.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SafetyPlanSection {
    /// Field name in `SafetyPlan`.
    pub id: String,
    /// Step number (reasons for living come last).
    pub step: u8,
    /// Heading.
    pub heading: String,
    /// Help text, in our own words.
    pub help: String,
}

/// One crisis line.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CrisisLine {
    /// Service name.
    pub name: String,
    /// Numbers to call.
    pub phones: Vec<String>,
    /// Number to text.
    pub sms: Option<String>,
    /// Word to text first.
    pub sms_keyword: Option<String>,
    /// Hours.
    pub hours: String,
    /// How to reach it, one sentence.
    pub how: String,
    /// Official source page.
    pub source: String,
    /// Date last verified.
    pub verified: String,
}

/// What to show for a region.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CrisisResources {
    /// Normalised region code.
    pub region: String,
    /// Whether Hearth has lines for it.
    pub known: bool,
    /// Region name.
    pub region_name: Option<String>,
    /// Lines.
    pub lines: Vec<CrisisLine>,
    /// Emergency numbers.
    pub emergency_numbers: Vec<String>,
    /// Words to show above them.
    pub message: String,
    /// Show the person's trusted people alongside (always true).
    pub show_trusted_people: bool,
}

fn contacts_out(v: Vec<core::PlanContact>) -> Vec<PlanContact> {
    v.into_iter()
        .map(|c| PlanContact {
            name: c.name,
            phone: c.phone,
        })
        .collect()
}

fn contacts_in(v: Vec<PlanContact>) -> Vec<core::PlanContact> {
    v.into_iter()
        .map(|c| core::PlanContact::new(c.name, c.phone.as_deref()))
        .collect()
}

impl From<core::SafetyPlan> for SafetyPlan {
    fn from(p: core::SafetyPlan) -> Self {
        SafetyPlan {
            warning_signs: p.warning_signs,
            on_my_own: p.on_my_own,
            distractions: contacts_out(p.distractions),
            people_to_ask: contacts_out(p.people_to_ask),
            professionals: contacts_out(p.professionals),
            safer_surroundings: p.safer_surroundings,
            reasons_for_living: p.reasons_for_living,
        }
    }
}

impl From<SafetyPlan> for core::SafetyPlan {
    fn from(p: SafetyPlan) -> Self {
        core::SafetyPlan {
            warning_signs: p.warning_signs,
            on_my_own: p.on_my_own,
            distractions: contacts_in(p.distractions),
            people_to_ask: contacts_in(p.people_to_ask),
            professionals: contacts_in(p.professionals),
            safer_surroundings: p.safer_surroundings,
            reasons_for_living: p.reasons_for_living,
        }
    }
}

/// The plan's sections with headings and help text.
#[uniffi::export]
pub fn safety_plan_sections() -> Vec<SafetyPlanSection> {
    core::sections()
        .iter()
        .map(|s| SafetyPlanSection {
            id: s.id.into(),
            step: s.step,
            heading: s.heading(),
            help: s.help(),
        })
        .collect()
}

/// Crisis lines and emergency numbers for a region code (e.g. "GB", "en-AU"), from
/// the built-in table: works offline. Unknown regions get a careful fallback.
#[uniffi::export]
pub fn crisis_resources(region: String) -> CrisisResources {
    let r = crisis_lines::lookup(&region);
    CrisisResources {
        region: r.region,
        known: r.known,
        region_name: r.region_name,
        lines: r
            .lines
            .into_iter()
            .map(|l| CrisisLine {
                name: l.name.into(),
                phones: l.phones.iter().map(|p| (*p).into()).collect(),
                sms: l.sms.map(Into::into),
                sms_keyword: l.sms_keyword.map(Into::into),
                hours: l.hours.into(),
                how: l.how_text(),
                source: l.source.into(),
                verified: l.verified.into(),
            })
            .collect(),
        emergency_numbers: r.emergency_numbers,
        message: r.message,
        show_trusted_people: r.show_trusted_people,
    }
}

#[uniffi::export]
impl Hearth {
    /// The safety plan (empty until written).
    pub fn safety_plan(&self) -> Result<SafetyPlan, HearthError> {
        self.with(|s| s.safety_plan()).map(SafetyPlan::from)
    }

    /// Replaces the safety plan; blank entries are dropped, limits are checked.
    pub fn save_safety_plan(&self, plan: SafetyPlan) -> Result<SafetyPlan, HearthError> {
        self.with(|s| s.save_safety_plan(plan.into()))
            .map(SafetyPlan::from)
    }
}
