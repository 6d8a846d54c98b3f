//! The `dateline` command: parse arguments, run, map the outcome to an exit code.
use std::process::ExitCode;

/// The analysis makes many small short-lived allocations (sentence folds, candidate lists,
/// output rows) on every thread; mimalloc serves them from per-thread pages.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    dateline::cli::main()
}
