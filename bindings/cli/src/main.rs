//! `hearth`: the desktop CLI over hearth-core. It is the development harness, the test
//! driver and the demo. Every read command takes `--json` with a stable shape (see the
//! README); errors go to stderr with a non-zero exit.

mod args;
mod cmd;
mod keys;
mod output;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    match cmd::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("hearth: {e}");
            ExitCode::FAILURE
        }
    }
}
