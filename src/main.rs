//! The `dateline` command: parse arguments, run, map the outcome to an exit code.
use std::process::ExitCode;

/// The analysis makes many small short-lived allocations (sentence folds, candidate lists,
/// output rows) on every thread; mimalloc serves them from per-thread pages. Its huge-page
/// advice stays on: without it (`no_thp`) the kernel zeroes less, but user time rose by a
/// fifth (more TLB misses on 4 KiB pages), measured in `bench/README.md`.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    dateline::cli::main()
}
