//! Data portability: everything a person recorded can leave Hearth, and come back, only
//! when they ask. Nothing here touches the network.
//!
//! - [`export`]: the full JSON export (every entry, catalog and setting) and a CSV of
//!   check-ins for spreadsheets.
//! - [`import`]: the JSON export read back, validated and applied atomically.
//! - [`backup`]: the JSON export encrypted with a passphrase in the age format.
//! - [`daylio`]: Daylio's CSV export turned into check-ins, tags and scales.
//! - [`summary`]: a printable, self-contained HTML summary to hand to a clinician.
//! - [`fuzz`]: pure entry points for fuzzing and property tests; they never panic.
//!
//! # The JSON export, format version 1
//!
//! One UTF-8 JSON object, pretty-printed, keys in a fixed order, arrays sorted so the
//! same journal always gives the same bytes:
//!
//! ```json
//! {
//!   "format": "hearth-export",
//!   "version": 1,
//!   "entries": [ … ],          // every kind, oldest first (by time, then id)
//!   "tags": [ … ],             // sorted by name
//!   "scales": [ … ],           // sorted by name
//!   "custom_emotions": [ … ],  // sorted by name
//!   "people": [ … ],           // sorted by name, then id
//!   "reminders": { … },
//!   "safety_plan": { … },
//!   "shell_settings": { … }    // name → text, sorted by name
//! }
//! ```
//!
//! Times are RFC 3339 with the UTC offset the person was in (`2026-11-28T21:30:00+01:00`,
//! `Z` for UTC, fractions of a second when recorded); dates are `YYYY-MM-DD`, wall-clock
//! times `HH:MM:SS`. Each entry carries `"kind"`:
//!
//! - `check_in`: `id`, `at`, `mood` (1–5), `energy` (1–5 or null), `emotions` and `tags`
//!   (lower-case names), `note` (or null), `source` (`app`, `widget`, `reminder`,
//!   `import`), `scales` (`[{"scale": name, "value": integer}]`), `connected` (bool),
//!   `with_people` (ids of people in `people`; removing a person removes their id
//!   here too, and on import an id that names nobody is left off, with a note).
//! - `reflection`: `id`, `at`, `prompt_id` (or null), `text`.
//! - `thought`: `id`, `at`, `situation`, `moods` and `moods_after`
//!   (`[{"name", "intensity" 0–100}]`), `thoughts` (`[{"text", "hot"}]`),
//!   `evidence_for`, `evidence_against`, `balanced_thought` (text or null),
//!   `balanced_belief` (0–100 or null), `distortions` (ids such as `mental_filter`).
//! - `assessment`: `id`, `at`, `result`: `instrument` (`phq9`, `gad7`, `who5`, `phq2`,
//!   `gad2`), `answers` (the raw item answers), `difficulty` (PHQ-9's unscored last
//!   question, when answered), and the scoring: `score`, `max_score`, `band`, `safety`,
//!   `percent` (WHO-5), `summary`.
//!
//! Catalogs: a tag is `{"id", "name", "kind": "context"|"activity", "archived"}`; a scale
//! `{"id", "name", "min", "max", "archived"}`; a custom emotion `{"id", "name"}`; a person
//! `{"id", "name", "phone", "how_they_help"}`. `reminders` holds `enabled`, `times`
//! (`["20:00:00"]`), `weekdays` (`["Mon", …]`, empty = every day), `quiet`
//! (`{"start", "end"}` or null), `pause_until` (date or null) and `back_off`.
//! `safety_plan` holds the seven sections (`warning_signs`, `on_my_own`, `distractions`,
//! `people_to_ask`, `professionals`, `safer_surroundings`, `reasons_for_living`); the
//! contact sections are `[{"name", "phone"?}]`, the others lists of text.
//! `shell_settings` holds the phone apps' own settings (`{"app-lock": "…"}`), whose
//! values only the apps interpret (see `crate::shell_settings`).
//!
//! ## Importing
//!
//! Only `format` and `version` are required; a missing section is left as it is in the
//! store. Import matches records by id: a new id is created, a known id with different
//! content is replaced, identical content is left untouched, so importing the same file
//! twice changes nothing. A tag, scale or custom emotion whose name already exists under
//! another id takes that name over (entries refer to them by name). Check-in tags that no
//! catalog knows are created, as recording a check-in would.
//!
//! Everything is checked before anything is written: the same rules as recording by hand
//! (ranges, lengths, known emotions and scales), every questionnaire re-scored from its
//! raw answers (a score or band that disagrees is refused), no duplicate ids, no unknown
//! fields. Then everything is written in one transaction. An error names the place in the
//! file, e.g. `entries[3].mood: must be between 1 and 5, got 6`, and nothing is written.
//! A file whose `version` is newer than this build understands is refused.
//!
//! Future versions add fields with defaults and bump `version` only for changes an older
//! reader would get wrong.
//!
//! # CSV of check-ins
//!
//! One row per check-in, oldest first, with the columns `id, date, time, utc_offset,
//! mood, energy, emotions, tags, scales, connected, with, note, source`. `date` and
//! `time` are the person's local wall clock, `utc_offset` like `+01:00`. Fields with
//! several values (`emotions`, `tags`, `scales` as `name=value`, `with` as people's
//! names) are joined with `" | "`. Text cells that a spreadsheet would run as a formula
//! (starting with `=`, `+`, `-`, `@`, tab or carriage return) get a leading `'`. The CSV
//! is for reading and charts; the JSON export is the lossless one.
//!
//! # Backups
//!
//! A backup is exactly the JSON export, encrypted to a passphrase with age v1 (scrypt,
//! work factor 2^18, ChaCha20-Poly1305 in 64 KiB authenticated chunks). Any age
//! implementation opens it (`age --decrypt backup.age`). Restoring decrypts and checks
//! the whole file before importing, so a wrong passphrase or a damaged or cut-off file
//! is an error and changes nothing.

pub mod age_file;
pub mod backup;
pub mod csv_export;
pub mod daylio;
pub mod document;
pub mod export;
pub mod fuzz;
pub mod ids;
pub mod import;
pub mod summary;

pub use document::{ExportDocument, FORMAT, VERSION};
pub use import::{Counts, ImportSummary};
