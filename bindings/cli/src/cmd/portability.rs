//! `hearth export`, `import`, `backup` and `restore`.

use std::io::{IsTerminal, Read};
use std::path::Path;
use std::process::ExitCode;

use hearth_core::portability::daylio::{parse_mood_map, DaylioOptions, MoodMap};
use hearth_core::portability::ImportSummary;
use hearth_core::time::{parse_date, DayRange};
use hearth_core::{tr, HearthError};
use zeroize::Zeroizing;

use crate::args::{BackupArgs, ExportArgs, ExportFormat, ImportArgs, ImportFormat, RestoreArgs};
use crate::{keys, output};

/// The environment variable a backup passphrase can come from.
pub const PASSPHRASE_VAR: &str = "HEARTH_BACKUP_PASSPHRASE";

/// `hearth export --format json|csv|summary`.
pub fn export(dir: &Path, a: ExportArgs) -> Result<ExitCode, HearthError> {
    if a.format != ExportFormat::Summary && (a.from.is_some() || a.to.is_some() || a.include_notes)
    {
        return Err(HearthError::invalid(
            "format",
            "--from, --to and --include-notes apply to --format summary only",
        ));
    }
    let mut store = keys::open(dir)?;
    let text = match a.format {
        ExportFormat::Json => {
            let exported = store.export_document()?;
            output::warn_damaged(&exported.damaged);
            exported.document.to_json()?
        }
        ExportFormat::Csv => store.export_csv()?,
        ExportFormat::Summary => {
            let range = DayRange {
                from: a
                    .from
                    .as_deref()
                    .map(|d| parse_date("from", d))
                    .transpose()?,
                to: a.to.as_deref().map(|d| parse_date("to", d)).transpose()?,
            };
            store.therapist_summary(range, a.include_notes)?
        }
    };
    match &a.out {
        Some(path) => {
            // Everything in plain text: the person's alone, and a failure (a full disk)
            // never destroys the previous export.
            hearth_core::files::write_output(path, text.as_bytes())?;
            eprintln!(
                "{}",
                tr!("cli-export-wrote", "path" => path.display().to_string())
            );
        }
        None => output::write_stdout(text.as_bytes()),
    }
    Ok(ExitCode::SUCCESS)
}

/// `hearth import --format json|daylio FILE`.
pub fn import(dir: &Path, a: ImportArgs) -> Result<ExitCode, HearthError> {
    let bytes = Zeroizing::new(read_input(&a.file)?);
    let summary = match a.format {
        ImportFormat::Json => {
            if a.tz.is_some() || !a.mood_map.is_empty() {
                return Err(HearthError::invalid(
                    "format",
                    "--tz and --mood-map apply to --format daylio only",
                ));
            }
            keys::open(dir)?.import_json(&bytes)?
        }
        ImportFormat::Daylio => {
            // Every --mood-map as one list, so a label given twice is caught across
            // flags as well as within one.
            let moods: MoodMap = parse_mood_map(&a.mood_map.join(","))?;
            let opts = DaylioOptions {
                zone: keys::zone(a.tz.as_deref())?,
                moods,
            };
            keys::open(dir)?
                .import_daylio(&bytes, &opts)
                .map_err(|e| with_cli_hint(e, "--mood-map"))?
        }
    };
    report(&summary, a.json, "imported");
    Ok(ExitCode::SUCCESS)
}

/// `hearth backup --out FILE`.
pub fn backup(dir: &Path, a: BackupArgs) -> Result<ExitCode, HearthError> {
    let mut store = keys::open(dir)?;
    let pass = passphrase(true)?;
    store.backup_to(&a.out, &pass)?;
    eprintln!(
        "{}",
        tr!("cli-backup-written", "path" => a.out.display().to_string())
    );
    Ok(ExitCode::SUCCESS)
}

/// `hearth restore FILE`.
pub fn restore(dir: &Path, a: RestoreArgs) -> Result<ExitCode, HearthError> {
    if !a.file.is_file() {
        return Err(HearthError::invalid(
            "backup",
            format!("{} is not a file", a.file.display()),
        ));
    }
    let pass = passphrase(false)?;
    let summary = keys::open(dir)?.restore_from(&a.file, &pass)?;
    report(&summary, a.json, "restored");
    Ok(ExitCode::SUCCESS)
}

/// The backup passphrase: from the environment, else asked twice (for a new backup) or
/// once on the terminal. With neither, a clear error.
fn passphrase(new_backup: bool) -> Result<Zeroizing<String>, HearthError> {
    if let Some(p) = std::env::var_os(PASSPHRASE_VAR) {
        let p = Zeroizing::new(p.into_string().map_err(|_| {
            HearthError::invalid("passphrase", format!("{PASSPHRASE_VAR} is not valid UTF-8"))
        })?);
        if !p.is_empty() {
            return Ok(p);
        }
    }
    let no_tty = || {
        HearthError::invalid(
            "passphrase",
            format!(
                "no passphrase given: set {PASSPHRASE_VAR}, or run this in a terminal to be \
                 asked for one"
            ),
        )
    };
    if !std::io::stdin().is_terminal() && std::fs::File::open("/dev/tty").is_err() {
        return Err(no_tty());
    }
    let ask = |prompt: &str| {
        rpassword::prompt_password(prompt)
            .map(Zeroizing::new)
            .map_err(|_| no_tty())
    };
    let first = ask(&format!("{} ", tr!("cli-backup-passphrase-prompt")))?;
    if new_backup {
        let again = ask(&format!("{} ", tr!("cli-backup-passphrase-again")))?;
        if *again != *first {
            return Err(HearthError::invalid(
                "passphrase",
                "the two passphrases differ; nothing was written",
            ));
        }
    }
    Ok(first)
}

/// Prints what an import did: one line per kind, or JSON.
/// The kinds an import counts, each named in the catalogue (`cli-record-kind`).
const RECORD_KINDS: [&str; 11] = [
    "check_ins",
    "reflections",
    "thoughts",
    "assessments",
    "tags",
    "scales",
    "custom_emotions",
    "people",
    "reminders",
    "safety_plan",
    "shell_settings",
];

/// `action` is `imported` or `restored`, selecting the catalogue's wording.
fn report(s: &ImportSummary, json: bool, action: &str) {
    if json {
        output::print_json(&serde_json::to_value(s).unwrap_or_default());
        return;
    }
    let t = s.totals();
    if t.created + t.updated == 0 {
        println!(
            "{}",
            tr!("cli-import-nothing-new", "action" => action, "count" => t.unchanged)
        );
    } else {
        println!("{}", tr!("cli-import-heading", "action" => action));
    }
    for (kind, c) in &s.kinds {
        let name = if RECORD_KINDS.contains(&kind.as_str()) {
            tr!("cli-record-kind", "kind" => kind.as_str())
        } else {
            kind.replace('_', " ")
        };
        let pad = 16usize.saturating_sub(name.chars().count());
        println!(
            "  {name}{} {}",
            " ".repeat(pad),
            tr!("cli-import-counts", "created" => c.created, "updated" => c.updated,
                "unchanged" => c.unchanged)
        );
    }
    for note in &s.notes {
        println!("{}", tr!("cli-import-note", "note" => note.as_str()));
    }
}

/// The core says "a mood map"; on the command line that is `--mood-map`.
fn with_cli_hint(e: HearthError, flag: &str) -> HearthError {
    match e {
        HearthError::InvalidInput { field, reason } if field == "mood" => {
            HearthError::InvalidInput {
                field,
                reason: reason.replace("a mood map such as ", &format!("{flag} ")),
            }
        }
        other => other,
    }
}

fn read_input(path: &Path) -> Result<Vec<u8>, HearthError> {
    let mut buf = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut buf).map_err(|e| {
            HearthError::invalid("file", format!("could not read standard input: {e}"))
        })?;
    } else {
        buf = std::fs::read(path).map_err(|e| {
            HearthError::invalid("file", format!("could not read {}: {e}", path.display()))
        })?;
    }
    Ok(buf)
}
