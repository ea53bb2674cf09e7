//! The safety net: a person's own safety plan, and crisis lines that work offline.
//!
//! Hearth never decides someone is fine, and never blocks anything. When an answer or a
//! pattern suggests risk (for example PHQ-9 item 9 above 0, see
//! [`crate::assessments::AssessmentResult::safety`]), shells show the person's
//! [`SafetyPlan`], their trusted people and the crisis lines for their region
//! ([`crisis_lines::lookup`]). The table is built in, so it needs no network.

pub mod crisis_lines;
pub mod plan;
mod store;

pub use crisis_lines::{lookup, CrisisLine, CrisisResources, Region};
pub use plan::{sections, PlanContact, SafetyPlan, Section, SectionKind};
