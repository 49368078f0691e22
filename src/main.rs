//! The `jcvm` command: `jcvm run FILE` executes a script, `jcvm dis FILE` prints its bytecode.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use jcvm::{JitMode, RunError, RunOptions, RunReport};

/// The heap's list and dict buffers and the runtime's strings are many small,
/// short-lived allocations freed in bulk by the collector's sweep; mimalloc
/// serves that pattern much faster than the system allocator (BENCHMARKS.md).
/// Built with `no_thp`: mimalloc would otherwise advise huge pages for its
/// 1 GiB arena, so a small script's RSS was 40 MB of 2 MB pages instead of
/// 12 MB, and each fresh huge page is zeroed at first touch (BENCHMARKS.md,
/// "Start-up").
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
        /// Calls after which `auto` compiles a function (ten times as many loop
        /// back-edges); default 1000.
        #[arg(long, env = "JCVM_JIT_THRESHOLD")]
        jit_threshold: Option<u64>,
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
        /// Print the Cranelift IR of each function instead.
        #[arg(long, conflicts_with = "asm")]
        ir: bool,
        /// Print the machine code of each function instead.
        #[arg(long)]
        asm: bool,
        /// The script.
        file: PathBuf,
    },
}

/// Exit status for a refused source, as CPython uses for usage and syntax problems.
const EXIT_COMPILE_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Run { jit, jit_threshold, gc_stress, stats, file, args } => {
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
            let options = RunOptions { jit, jit_threshold, gc_stress, argv };
            // Tracebacks name the script by its absolute path, as CPython's do
            // (`sys.argv[0]` stays as given).
            let shown = std::path::absolute(&file).map_or(name, |p| p.display().to_string());
            let (result, report) = jcvm::with_engine_stack(|| {
                let stdout = std::io::stdout();
                let out = BufWriter::with_capacity(1 << 16, stdout.lock());
                jcvm::run_source(&shown, source, &options, Box::new(out))
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
        Command::Dis { ir, asm, file } => {
            let Some((name, bytes)) = read(&file) else {
                return ExitCode::from(EXIT_COMPILE_ERROR);
            };
            let source = match jcvm::decode_source(&bytes) {
                Ok(s) => s,
                Err(message) => return source_error(&name, &bytes, &message),
            };
            match jcvm::with_engine_stack(|| jcvm::compile(&name, source)) {
                Ok(program) => {
                    let text = if ir || asm {
                        match native_listing(&program, asm) {
                            Ok(text) => text,
                            Err(message) => {
                                eprintln!("jcvm: {message}");
                                return ExitCode::FAILURE;
                            }
                        }
                    } else {
                        jcvm_vm::dis::disassemble(&program)
                    };
                    let _ = std::io::stdout().lock().write_all(text.as_bytes());
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

/// The Cranelift IR (or machine code) of every function, or why it stays interpreted.
fn native_listing(program: &jcvm::Program, asm: bool) -> Result<String, String> {
    let jit = jcvm::Jit::new(1)?;
    let mut text = String::new();
    for (i, function) in program.functions.iter().enumerate() {
        let id = jcvm_vm::opcode::FuncId(i as u32);
        let listing = if asm { jit.asm_text(program, id) } else { jit.ir_text(program, id) };
        match listing {
            Ok(body) => text.push_str(&format!("; {}\n{body}\n", function.qualname)),
            Err(reason) => text.push_str(&format!("; {}: stays in the interpreter: {reason}\n\n", function.qualname)),
        }
    }
    Ok(text)
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

/// One `--stats` line with the total of `counts` and `what` they are, then the
/// eight largest counts by instruction.
fn print_by_instruction(label: &str, what: &str, counts: &[(&'static str, u64)]) {
    let total: u64 = counts.iter().map(|c| c.1).sum();
    eprintln!("  {label}{total} {what}");
    for (name, count) in counts.iter().take(8) {
        eprintln!("    {name:<18} {count}");
    }
}

fn print_stats(report: &RunReport, jit: JitMode) {
    let heap = &report.stats.heap;
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    eprintln!("jcvm stats:");
    eprintln!("  compile time      {:.3} ms ({} functions)", ms(report.compile_time), report.functions);
    eprintln!("  run time          {:.3} ms (jit={jit})", ms(report.run_time));
    let compiled = &report.jit.compiled;
    eprintln!("  jit compiled      {} functions", compiled.len());
    if !compiled.is_empty() {
        let median_and_max = |mut times: Vec<std::time::Duration>| {
            times.sort_unstable();
            (times[times.len() / 2], times[times.len() - 1])
        };
        let (compile_median, compile_max) = median_and_max(compiled.iter().map(|c| c.compile_time).collect());
        let (latency_median, latency_max) = median_and_max(compiled.iter().map(|c| c.latency).collect());
        eprintln!("  jit compile time  median {:.3} ms, max {:.3} ms", ms(compile_median), ms(compile_max));
        eprintln!(
            "  jit install after median {:.3} ms, max {:.3} ms (request to installed code)",
            ms(latency_median),
            ms(latency_max)
        );
        eprintln!("  jit code bytes    {}", compiled.iter().map(|c| c.code_bytes).sum::<usize>());
    }
    eprintln!("  jit interpreted   {} functions refused", report.jit.refused.len());
    for (name, reason) in &report.jit.refused {
        eprintln!("    {name}: {reason}");
    }
    print_by_instruction(
        "jit steps         ",
        "instructions run by the interpreter for compiled code",
        &report.jit_steps,
    );
    print_by_instruction(
        "jit direct calls  ",
        "direct instructions compiled code called the function of",
        &report.jit_direct_calls,
    );
    eprintln!("  calls             {} by the interpreter", report.stats.calls);
    for (name, count) in report.calls_by_function.iter().take(8) {
        eprintln!("    {name:<18} {count}");
    }
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
