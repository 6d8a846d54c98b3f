//! The `dateline` command: parse arguments, run, map the outcome to an exit code.
use std::process::ExitCode;

fn main() -> ExitCode {
    dateline::cli::main()
}
