//! One file per command. Each returns the process exit code or an error for stderr.

mod assess;
mod calendar;
mod checkin;
mod crisis;
mod demo;
mod erase;
mod history;
mod insights;
mod list;
mod people;
mod portability;
mod reflect;
mod reminders;
mod safety;
mod search;
mod verify;

use std::process::ExitCode;

use crate::args::{Cli, Command};
use crate::keys;

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode, hearth_core::HearthError> {
    // Only `demo` without --store works on a throwaway store; the rest need a real one.
    if let Command::Demo(a) = &cli.command {
        return demo::run(cli.store.clone(), a);
    }
    let dir = keys::store_dir(cli.store);
    match cli.command {
        Command::Demo(_) => unreachable!("handled above"),
        Command::Checkin(a) => checkin::run(&dir, a),
        Command::List(a) => list::list(&dir, a),
        Command::Today(a) => list::today(&dir, a),
        Command::Calendar(a) => calendar::run(&dir, a),
        Command::Verify(a) => verify::run(&dir, a.json),
        Command::Erase(a) => erase::run(&dir, a.yes),
        Command::Reflect(a) => reflect::reflect(&dir, a),
        Command::Prompts(a) => reflect::prompts(a.json),
        Command::Thought(a) => reflect::thought(&dir, a),
        Command::People { action } => people::people(&dir, action),
        Command::Tags { action } => people::tags(&dir, action),
        Command::Scales { action } => people::scales(&dir, action),
        Command::Search(a) => search::search(&dir, a),
        Command::Show(a) => search::show(&dir, a),
        Command::Delete(a) => search::delete(&dir, a),
        Command::Assess(a) => assess::run(&dir, a),
        Command::Safety { action } => safety::run(&dir, action),
        Command::Crisis(a) => crisis::run(a),
        Command::Insights(a) => insights::run(&dir, a),
        Command::Reminders { action } => reminders::run(&dir, action),
        Command::Export(a) => portability::export(&dir, a),
        Command::Import(a) => portability::import(&dir, a),
        Command::Backup(a) => portability::backup(&dir, a),
        Command::Restore(a) => portability::restore(&dir, a),
    }
}
