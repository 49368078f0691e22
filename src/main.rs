//! The `jcvm` command: `jcvm run FILE` executes a script, `jcvm dis FILE` prints its bytecode.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use jcvm::{JitMode, RunError, RunOptions, RunReport, TierUpPolicy};

/// The heap's list and dict buffers and the runtime's strings are many small,
/// short-lived allocations freed in bulk by the collector's sweep; mimalloc
/// serves that pattern much faster than the system allocator (BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "jcvm", version, about = "A tiered VM that makes Python classes native")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a Python script.
    Run {
        /// Tier policy: off (interpreter only), eager, or auto.
        #[arg(long, default_value = "auto")]
        jit: JitMode,
        /// Collect garbage at every allocation (also JCVM_GC_STRESS=1).
        #[arg(long)]
        gc_stress: bool,
        /// Print calls, allocations, collections and pauses to stderr at exit.
        #[arg(long)]
        stats: bool,
        /// The script.
        file: PathBuf,
        /// Arguments for the script (sys.argv[1:]).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print the bytecode of every function and method.
    Dis {
        /// The script.
        file: PathBuf,
    },
}

/// Exit status for a refused source, as CPython uses for usage and syntax problems.
const EXIT_COMPILE_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Run { jit, gc_stress, stats, file, args } => {
            let gc_stress = gc_stress || std::env::var("JCVM_GC_STRESS").is_ok_and(|v| v == "1");
            let Some((name, bytes)) = read(&file) else {
                return ExitCode::from(EXIT_COMPILE_ERROR);
            };
            let source = match jcvm::decode_source(&bytes) {
                Ok(s) => s,
                Err(message) => return source_error(&name, &bytes, &message),
            };
            let mut argv = vec![name.clone()];
            argv.extend(args);
            let options = RunOptions { jit, gc_stress, argv };
            let (result, report) = jcvm::with_engine_stack(|| {
                let stdout = std::io::stdout();
                let out = BufWriter::with_capacity(1 << 16, stdout.lock());
                jcvm::run_source(&name, source, &options, Box::new(out))
            });
            if stats && !matches!(result, Err(RunError::Compile(_))) {
                print_stats(&report, jit);
            }
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(RunError::Compile(diagnostic)) => {
                    eprint!("{diagnostic}");
                    ExitCode::from(EXIT_COMPILE_ERROR)
                }
                Err(RunError::Exception(traceback)) => {
                    eprint!("{traceback}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Dis { file } => {
            let Some((name, bytes)) = read(&file) else {
                return ExitCode::from(EXIT_COMPILE_ERROR);
            };
            let source = match jcvm::decode_source(&bytes) {
                Ok(s) => s,
                Err(message) => return source_error(&name, &bytes, &message),
            };
            match jcvm::with_engine_stack(|| jcvm::compile(&name, source)) {
                Ok(program) => {
                    let mut out = std::io::stdout().lock();
                    let _ = out.write_all(jcvm_vm::dis::disassemble(&program).as_bytes());
                    ExitCode::SUCCESS
                }
                Err(diagnostic) => {
                    eprint!("{diagnostic}");
                    ExitCode::from(EXIT_COMPILE_ERROR)
                }
            }
        }
    }
}

fn read(file: &PathBuf) -> Option<(String, Vec<u8>)> {
    let name = file.display().to_string();
    match std::fs::read(file) {
        Ok(bytes) => Some((name, bytes)),
        Err(e) => {
            eprintln!("jcvm: can't open file '{name}': {e}");
            None
        }
    }
}

fn source_error(name: &str, bytes: &[u8], message: &str) -> ExitCode {
    let offset = match std::str::from_utf8(bytes) {
        Ok(text) => text.find('\0').unwrap_or(0),
        Err(e) => e.valid_up_to(),
    };
    let (line, col) = jcvm::line_col(bytes, offset);
    eprintln!("{name}:{line}:{col}: error: {message}");
    ExitCode::from(EXIT_COMPILE_ERROR)
}

fn print_stats(report: &RunReport, jit: JitMode) {
    let heap = &report.stats.heap;
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    let policy = TierUpPolicy::default();
    eprintln!("jcvm stats:");
    eprintln!("  compile time      {:.3} ms ({} functions)", ms(report.compile_time), report.functions);
    eprintln!("  run time          {:.3} ms (tier 0 interpreter; jit={jit})", ms(report.run_time));
    eprintln!("  hot functions     {} (would tier up under jit={jit})", policy.hot_count(jit, &report.counters));
    eprintln!("  calls             {}", report.stats.calls);
    eprintln!("  allocations       {}", heap.allocations);
    eprintln!("  bytes allocated   {}", heap.bytes_allocated);
    eprintln!("  live objects      {}", heap.live_objects);
    eprintln!("  live bytes        {}", heap.live_bytes);
    eprintln!("  peak live bytes   {}", heap.peak_live_bytes);
    eprintln!("  heap reserved     {}", heap.reserved_bytes);
    eprintln!("  collections       {}", heap.collections);
    eprintln!("  objects freed     {}", heap.freed_objects);
    eprintln!("  gc pause total    {:.3} ms", ms(heap.total_pause));
    eprintln!("  gc pause max      {:.3} ms", ms(heap.max_pause));
}
