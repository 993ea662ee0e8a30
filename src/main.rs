//! The svcreview command line: parse arguments, run the command, map errors to exit
//! codes (0 ok, 1 invalid input, 2 usage, 3 template, 4 I/O, 5 the batch's gate).

use std::process::ExitCode;

use clap::Parser;

use svcreview::cli::Cli;
use svcreview::terminal::Style;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match Cli::parse().run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}", Style::stderr().error(&e));
            ExitCode::from(e.exit_code() as u8)
        }
    }
}
