//! Copyright notices and citations shown with each questionnaire.
//!
//! The PHQ/GAD notice is the one printed on the published forms (and repeated in the
//! LOINC entries for PHQ-9 and GAD-7). WHO-5 is the 1998 version from the WHO
//! Collaborating Centre in Mental Health, Psychiatric Center North Zealand.

/// Notice for the PHQ-9, PHQ-2, GAD-7 and GAD-2, as printed on the forms.
pub const PHQ_GAD: &str = "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, \
Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission \
required to reproduce, translate, display or distribute.";

/// Notice for the WHO-5 (1998 version).
pub const WHO5: &str = "WHO-Five Well-Being Index (WHO-5), 1998 version. \
© Psychiatric Center North Zealand, WHO Collaborating Centre in Mental Health.";

/// Source of the PHQ-9 items and severity bands.
pub const PHQ9_CITATION: &str = "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity \
of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606–613.";

/// Source of the PHQ-2 and its cutoff of 3.
pub const PHQ2_CITATION: &str = "Kroenke K, Spitzer RL, Williams JBW. The Patient Health \
Questionnaire-2: validity of a two-item depression screener. Med Care. \
2003;41(11):1284–1292.";

/// Source of the GAD-7 items and severity bands.
pub const GAD7_CITATION: &str = "Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief \
measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. \
2006;166(10):1092–1097.";

/// Source of the GAD-2 and its cutoff of 3.
pub const GAD2_CITATION: &str = "Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. \
Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. \
Ann Intern Med. 2007;146(5):317–325.";

/// Source of the WHO-5 items, scoring and the ≤ 50 / ≤ 28 cut points.
pub const WHO5_CITATION: &str = "World Health Organization Regional Office for Europe. \
Wellbeing Measures in Primary Health Care: The DepCare Project. Copenhagen: WHO; 1998. \
Cut points: Topp CW, Østergaard SD, Søndergaard S, Bech P. The WHO-5 Well-Being Index: \
a systematic review of the literature. Psychother Psychosom. 2015;84(3):167–176.";
