//! The safety plan, kept encrypted in the settings table.

use super::plan::SafetyPlan;
use crate::error::Result;
use crate::store::Store;

const ID: &str = "safety_plan";

impl Store {
    /// The person's safety plan (empty until they write one).
    pub fn safety_plan(&mut self) -> Result<SafetyPlan> {
        Ok(self.setting(ID)?.unwrap_or_default())
    }

    /// Replaces the safety plan after trimming blank entries and checking limits.
    pub fn save_safety_plan(&mut self, plan: SafetyPlan) -> Result<SafetyPlan> {
        let plan = plan.normalized()?;
        self.save_setting(ID, &plan)?;
        Ok(plan)
    }
}
