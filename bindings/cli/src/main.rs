//! `hearth`: the desktop CLI over hearth-core. It is the development harness, the test
//! driver and the demo. Every read command takes `--json` with a stable shape (see the
//! README); errors go to stderr with a non-zero exit.

// Every command prints through this `println!`, which shadows std's for the whole crate
// (macro_rules are scoped textually, so it must come before the modules). When the reader
// has gone, as in `hearth list | head -1`, std's would panic on EPIPE; this one ends the
// command quietly with exit 0, as a Unix filter does.
macro_rules! println {
    () => {
        $crate::output::print_line(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::output::print_line(format_args!($($arg)*))
    };
}

mod args;
mod cmd;
mod keys;
mod lang;
mod locale;
mod output;
mod perms;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    lang::init(cli.lang.as_deref());
    match cmd::run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("hearth: {e}");
            ExitCode::FAILURE
        }
    }
}
