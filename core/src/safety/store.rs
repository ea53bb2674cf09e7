//! The safety plan, kept encrypted in the settings table.

use super::plan::SafetyPlan;
use crate::error::Result;
use crate::store::{Store, Table};

const ID: &str = "safety_plan";

impl Store {
    /// The person's safety plan (empty until they write one).
    pub fn safety_plan(&mut self) -> Result<SafetyPlan> {
        match self.get::<SafetyPlan>(Table::Settings, &self.keys()?.settings_id(ID))? {
            Some(row) => row.value.map_err(|reason| crate::HearthError::Damaged {
                id: ID.into(),
                reason,
            }),
            None => Ok(SafetyPlan::default()),
        }
    }

    /// Replaces the safety plan after trimming blank entries and checking limits.
    pub fn save_safety_plan(&mut self, plan: SafetyPlan) -> Result<SafetyPlan> {
        let plan = plan.normalized()?;
        let id = self.keys()?.settings_id(ID);
        self.put_undated(Table::Settings, &id, &plan)?;
        Ok(plan)
    }
}
