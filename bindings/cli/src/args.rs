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
    /// Decrypt every record and report damaged ones (exit 1 if any).
    Verify(JsonFlag),
    /// Delete the key and every file of the store (crypto-shredding).
    Erase(EraseArgs),
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
    /// An emotion (repeatable).
    #[arg(long = "emotion")]
    pub emotions: Vec<String>,
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
    /// Print JSON.
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
