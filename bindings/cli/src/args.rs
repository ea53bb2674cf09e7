//! Command-line grammar.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Hearth: a private mood journal (desktop harness).
#[derive(Parser, Debug)]
#[command(name = "hearth", version, about)]
pub struct Cli {
    /// Store directory. Defaults to $HEARTH_STORE, else ~/.local/share/hearth.
    #[arg(long, global = true, env = "HEARTH_STORE")]
    pub store: Option<PathBuf>,
    /// Language for messages, e.g. de, es-MX, en-XA (pseudo). Defaults to LC_ALL /
    /// LC_MESSAGES / LANG, else English. JSON output is the same in every language.
    #[arg(long, global = true, value_name = "TAG")]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Seed a store with realistic sample data and show a short tour.
    Demo(DemoArgs),
    /// Record a check-in.
    Checkin(CheckinArgs),
    /// List check-ins, newest first (every entry when no range is given).
    List(ListArgs),
    /// Today's check-ins.
    Today(TodayArgs),
    /// A year in pixels (--year YYYY) or a month (--month YYYY-MM): one cell per day.
    Calendar(CalendarArgs),
    /// Decrypt every record and report damaged ones (exit 1 if any).
    Verify(JsonFlag),
    /// Delete the key and every file of the store (crypto-shredding).
    Erase(EraseArgs),
    /// Write a reflection, optionally answering a prompt (see `hearth prompts`).
    Reflect(ReflectArgs),
    /// The built-in reflection prompts.
    Prompts(JsonFlag),
    /// Record a CBT thought record (seven columns).
    Thought(ThoughtArgs),
    /// Your trusted people.
    People {
        #[command(subcommand)]
        action: PeopleCommand,
    },
    /// Tags and activities: list, create, rename (history follows), archive.
    Tags {
        #[command(subcommand)]
        action: TagsCommand,
    },
    /// Custom scales such as sleep quality 0–10.
    Scales {
        #[command(subcommand)]
        action: ScalesCommand,
    },
    /// Find entries whose text contains a phrase.
    Search(SearchArgs),
    /// Show one entry of any kind.
    Show(IdArgs),
    /// Delete one entry of any kind.
    Delete(IdArgs),
    /// Answer a questionnaire (phq9, gad7, who5, phq2, gad2), or `history`, or
    /// `questions INSTRUMENT`, or `fhir ID`.
    Assess(AssessArgs),
    /// Your safety plan: `show`, `edit --file plan.json`, or `add SECTION TEXT`.
    Safety {
        #[command(subcommand)]
        action: SafetyCommand,
    },
    /// Crisis lines and emergency numbers (works offline; the region comes from your
    /// locale unless --region is given).
    Crisis(CrisisArgs),
    /// Patterns in your check-ins over the last N days (or all time).
    Insights(InsightsArgs),
    /// Gentle reminders: `set`, `show`, `plan`.
    Reminders {
        #[command(subcommand)]
        action: RemindersCommand,
    },
    /// Export: json (everything, lossless), csv (check-ins) or summary (HTML for a
    /// clinician).
    Export(ExportArgs),
    /// Import a Hearth JSON export or a Daylio CSV export.
    Import(ImportArgs),
    /// Write an encrypted backup (age format). The passphrase comes from
    /// $HEARTH_BACKUP_PASSPHRASE or is asked for on the terminal.
    Backup(BackupArgs),
    /// Restore an encrypted backup made by `hearth backup` (or `age -p`).
    Restore(RestoreArgs),
}

/// Export formats.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// Everything, as versioned JSON (lossless; `hearth import` reads it back).
    Json,
    /// Check-ins, one row each.
    Csv,
    /// A printable HTML summary to share with a clinician.
    Summary,
}

/// Import formats.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportFormat {
    /// A Hearth JSON export.
    Json,
    /// Daylio's CSV export.
    Daylio,
}

/// `hearth export`.
#[derive(Args, Debug)]
pub struct ExportArgs {
    /// What to export.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write to this file (created readable by you only) instead of standard output.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Summary: first local day, YYYY-MM-DD (default: the first entry).
    #[arg(long)]
    pub from: Option<String>,
    /// Summary: last local day, YYYY-MM-DD (default: the last entry).
    #[arg(long)]
    pub to: Option<String>,
    /// Summary: include notes and reflections (left out unless you ask).
    #[arg(long)]
    pub include_notes: bool,
}

/// `hearth import`.
#[derive(Args, Debug)]
pub struct ImportArgs {
    /// What the file is.
    #[arg(long, value_enum)]
    pub format: ImportFormat,
    /// The file (`-` for standard input).
    pub file: PathBuf,
    /// Daylio: the IANA zone the times were recorded in (default: the system's, else UTC).
    #[arg(long)]
    pub tz: Option<String>,
    /// Daylio: levels for your own mood labels, LABEL=LEVEL,... with 1 = awful … 5 = rad
    /// (repeatable).
    #[arg(long = "mood-map")]
    pub mood_map: Vec<String>,
    /// Print what was imported as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `hearth backup`.
#[derive(Args, Debug)]
pub struct BackupArgs {
    /// The backup file to write, e.g. hearth-2026-11-28.age.
    #[arg(long)]
    pub out: PathBuf,
}

/// `hearth restore`.
#[derive(Args, Debug)]
pub struct RestoreArgs {
    /// The backup file.
    pub file: PathBuf,
    /// Print what was restored as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `hearth reminders …`.
#[derive(Subcommand, Debug)]
pub enum RemindersCommand {
    /// Change settings; anything not given keeps its current value.
    Set {
        /// Local times, e.g. 09:00,20:30.
        #[arg(long)]
        times: Option<String>,
        /// Weekdays, e.g. mon,wed,fri (or `all`).
        #[arg(long)]
        days: Option<String>,
        /// Quiet hours, e.g. 22:00-07:00 (or `none`).
        #[arg(long)]
        quiet: Option<String>,
        /// No reminders on or before this date, e.g. 2026-12-24 (or `none`).
        #[arg(long)]
        pause_until: Option<String>,
        /// Turn reminders off.
        #[arg(long, conflicts_with = "on")]
        off: bool,
        /// Turn reminders on.
        #[arg(long)]
        on: bool,
        /// Keep the chosen cadence even when reminders go unanswered.
        #[arg(long)]
        no_backoff: bool,
        /// Print the saved settings as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show the settings.
    Show(JsonFlag),
    /// Plan the next reminders, as a shell would schedule them.
    Plan {
        /// IANA time zone, e.g. America/New_York.
        #[arg(long)]
        tz: String,
        /// Plan from this instant, RFC 3339 (default: now).
        #[arg(long)]
        now: Option<String>,
        /// How many (iOS allows at most 64 pending).
        #[arg(long, default_value_t = 10)]
        count: usize,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// `hearth insights`.
#[derive(Args, Debug)]
pub struct InsightsArgs {
    /// Days to look back, today included (default 30).
    #[arg(long, conflicts_with = "all")]
    pub days: Option<u32>,
    /// All time.
    #[arg(long)]
    pub all: bool,
    /// IANA time zone deciding what "today" is (default: the system's, else UTC).
    #[arg(long)]
    pub tz: Option<String>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `hearth assess`.
#[derive(Args, Debug)]
pub struct AssessArgs {
    /// phq9, gad7, who5, phq2, gad2 — or `history`, `questions`, `fhir`.
    pub what: String,
    /// For `questions`: the instrument; for `fhir`: the saved result's id.
    pub target: Option<String>,
    /// Answers in item order, e.g. 1,0,2,… (PHQ-9 accepts a 10th: the difficulty question).
    #[arg(long)]
    pub answers: Option<String>,
    /// When, RFC 3339 (default: now).
    #[arg(long)]
    pub at: Option<String>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `hearth safety …`.
#[derive(Subcommand, Debug)]
pub enum SafetyCommand {
    /// Show the plan with each step's heading.
    Show(JsonFlag),
    /// Replace the plan with a JSON file (`-` for stdin); see `safety show --json`.
    Edit {
        /// The plan as JSON.
        #[arg(long)]
        file: PathBuf,
        /// Print the saved plan as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Add one line (or contact) to a section, e.g. `safety add warning_signs "can't sleep"`.
    Add {
        /// Section id: warning_signs, on_my_own, distractions, people_to_ask,
        /// professionals, safer_surroundings, reasons_for_living.
        section: String,
        /// The text, or a contact's name.
        text: String,
        /// A contact's phone number.
        #[arg(long)]
        phone: Option<String>,
        /// Print the saved plan as JSON.
        #[arg(long)]
        json: bool,
    },
}

/// `hearth crisis`.
#[derive(Args, Debug)]
pub struct CrisisArgs {
    /// Region code such as GB, US or en-AU. Without it, the region comes from
    /// LC_ALL / LC_MESSAGES / LANG (e.g. de_DE.UTF-8 → DE); with none usable, every
    /// region is shown.
    #[arg(long)]
    pub region: Option<String>,
    /// Print JSON: one region's object, or an array of every region when none could be
    /// told.
    #[arg(long)]
    pub json: bool,
}

/// An entry id, with `--json`.
#[derive(Args, Debug)]
pub struct IdArgs {
    /// The entry's id.
    pub id: String,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `hearth reflect`.
#[derive(Args, Debug)]
pub struct ReflectArgs {
    /// The reflection text.
    #[arg(long, conflicts_with = "text_file")]
    pub text: Option<String>,
    /// Read the text from a file (`-` for standard input).
    #[arg(long)]
    pub text_file: Option<PathBuf>,
    /// A built-in prompt id, e.g. people.close.
    #[arg(long)]
    pub prompt: Option<String>,
    /// When, RFC 3339 (default: now).
    #[arg(long)]
    pub at: Option<String>,
    /// Print the saved entry as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `hearth thought`.
#[derive(Args, Debug)]
pub struct ThoughtArgs {
    /// 1. The situation.
    #[arg(long, default_value = "")]
    pub situation: String,
    /// 2. A mood with its intensity 0–100, e.g. anxious=80 (repeatable).
    #[arg(long = "mood")]
    pub moods: Vec<String>,
    /// 3. An automatic thought (repeatable).
    #[arg(long = "thought")]
    pub thoughts: Vec<String>,
    /// Which thought (1-based) is the hot thought.
    #[arg(long)]
    pub hot: Option<usize>,
    /// 4. Evidence for the hot thought.
    #[arg(long = "for")]
    pub evidence_for: Option<String>,
    /// 5. Evidence against it.
    #[arg(long = "against")]
    pub evidence_against: Option<String>,
    /// 6. A balanced thought.
    #[arg(long)]
    pub balanced: Option<String>,
    /// How much you believe the balanced thought, 0–100.
    #[arg(long)]
    pub belief: Option<i64>,
    /// 7. A mood re-rated, e.g. anxious=40 (repeatable).
    #[arg(long = "after")]
    pub moods_after: Vec<String>,
    /// A cognitive distortion you noticed, e.g. mental_filter (repeatable).
    #[arg(long = "distortion")]
    pub distortions: Vec<String>,
    /// When, RFC 3339 (default: now).
    #[arg(long)]
    pub at: Option<String>,
    /// Print the saved entry as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `hearth people …`.
#[derive(Subcommand, Debug)]
pub enum PeopleCommand {
    /// List everyone.
    List(JsonFlag),
    /// Add someone.
    Add(PersonArgs),
    /// Change someone's details (by id or name).
    Edit {
        /// Id or current name.
        who: String,
        #[command(flatten)]
        person: PersonArgs,
    },
    /// Remove someone (by id or name).
    Remove {
        /// Id or name.
        who: String,
    },
}

/// A person's fields.
#[derive(Args, Debug)]
pub struct PersonArgs {
    /// Name.
    pub name: String,
    /// Phone number.
    #[arg(long)]
    pub phone: Option<String>,
    /// How they help, e.g. "good listener".
    #[arg(long = "how")]
    pub how_they_help: Option<String>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `hearth tags …`.
#[derive(Subcommand, Debug)]
pub enum TagsCommand {
    /// List tags and activities.
    List {
        /// Include archived ones.
        #[arg(long)]
        all: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Create a tag (or an activity with --activity).
    Create {
        /// Name.
        name: String,
        /// It's something you do, not a context.
        #[arg(long)]
        activity: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Rename a tag (by id or name); old entries show the new name.
    Rename {
        /// Id or current name.
        tag: String,
        /// New name.
        new_name: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Hide a tag from pickers; old entries keep it.
    Archive {
        /// Id or name.
        tag: String,
    },
    /// Bring an archived tag back.
    Restore {
        /// Id or name.
        tag: String,
    },
}

/// `hearth scales …`.
#[derive(Subcommand, Debug)]
pub enum ScalesCommand {
    /// List custom scales.
    List(JsonFlag),
    /// Create a scale, e.g. `scales create "sleep quality" --min 0 --max 10`.
    Create {
        /// Name.
        name: String,
        /// Smallest value.
        #[arg(long, default_value_t = 0, allow_negative_numbers = true)]
        min: i32,
        /// Largest value.
        #[arg(long, default_value_t = 10, allow_negative_numbers = true)]
        max: i32,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// `hearth search`.
#[derive(Args, Debug)]
pub struct SearchArgs {
    /// Text to look for (case-insensitive).
    pub query: String,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `--json` alone.
#[derive(Args, Debug)]
pub struct JsonFlag {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// `hearth demo`.
#[derive(Args, Debug)]
pub struct DemoArgs {
    /// Days of data to seed (default 90). With --store, seeds into that store.
    #[arg(long, default_value_t = 90)]
    pub days: u32,
    /// Seed for the deterministic sample generator.
    #[arg(long, default_value_t = 7)]
    pub seed: u64,
    /// Print a JSON summary instead of the tour.
    #[arg(long)]
    pub json: bool,
}

/// `hearth checkin`.
#[derive(Args, Debug)]
pub struct CheckinArgs {
    /// Mood, 1 (very low) to 5 (very good).
    #[arg(long)]
    pub mood: i64,
    /// Energy, 1 to 5.
    #[arg(long)]
    pub energy: Option<i64>,
    /// An emotion from the built-in list (repeatable; see the README).
    #[arg(long = "emotion")]
    pub emotions: Vec<String>,
    /// An emotion of your own, added to your list (repeatable).
    #[arg(long = "custom-emotion")]
    pub custom_emotions: Vec<String>,
    /// A custom scale reading, NAME=VALUE (repeatable).
    #[arg(long = "scale")]
    pub scales: Vec<String>,
    /// Someone you connected with, by name (repeatable; added to your people if new).
    #[arg(long = "with")]
    pub with: Vec<String>,
    /// You connected with someone (implied by --with).
    #[arg(long)]
    pub connected: bool,
    /// A context tag (repeatable).
    #[arg(long = "tag")]
    pub tags: Vec<String>,
    /// A note.
    #[arg(long, conflicts_with = "note_file")]
    pub note: Option<String>,
    /// Read the note from a file (`-` for standard input), for long entries.
    #[arg(long)]
    pub note_file: Option<PathBuf>,
    /// When, as RFC 3339 with offset (default: now).
    #[arg(long)]
    pub at: Option<String>,
    /// Where it was made: app, widget, reminder, import.
    #[arg(long, default_value = "app")]
    pub source: String,
    /// Print the saved entry as JSON.
    #[arg(long)]
    pub json: bool,
}

/// `hearth list`.
#[derive(Args, Debug)]
pub struct ListArgs {
    /// First local day, YYYY-MM-DD.
    #[arg(long)]
    pub from: Option<String>,
    /// Last local day, YYYY-MM-DD.
    #[arg(long)]
    pub to: Option<String>,
    /// Page through all history instead: at most N entries (1–500), newest first, and
    /// the cursor of the next page (JSON: {"entries": [...], "next": CURSOR or null}).
    #[arg(long, conflicts_with_all = ["from", "to"])]
    pub limit: Option<u32>,
    /// With --limit: the page after this cursor (printed by the previous page).
    #[arg(long, requires = "limit")]
    pub before: Option<String>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `hearth calendar`.
#[derive(Args, Debug)]
#[command(group(clap::ArgGroup::new("span").required(true).args(["year", "month"])))]
pub struct CalendarArgs {
    /// A whole year, YYYY.
    #[arg(long)]
    pub year: Option<String>,
    /// One month, YYYY-MM.
    #[arg(long)]
    pub month: Option<String>,
    /// Print JSON: every day of the range, empty days included.
    #[arg(long)]
    pub json: bool,
}

/// `hearth today`.
#[derive(Args, Debug)]
pub struct TodayArgs {
    /// IANA time zone deciding what "today" is (default: the system's).
    #[arg(long)]
    pub tz: Option<String>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `hearth erase`.
#[derive(Args, Debug)]
pub struct EraseArgs {
    /// Confirm: this cannot be undone.
    #[arg(long)]
    pub yes: bool,
}
