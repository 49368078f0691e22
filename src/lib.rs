//! jcvm: the engine facade — compile a script, run it on the chosen tier,
//! report errors the way the `jcvm` binary shows them.
//!
//! - [`engine`]: compiled code grown one source unit at a time (shared, `Send + Sync`);
//! - [`runtime`]: a long-lived heap and frames entered by `Runtime::call` (the Python bridge's).

use std::io::Write;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub mod engine;
pub mod runtime;

pub use engine::{Compiled, Diagnostic, Engine, SourceLine, SourceMap, SourceUnit};
pub use runtime::{CallError, ClassMeta, Exception, FieldMeta, Frame, Runtime, Value};

pub use jcvm_jit::{CompiledFunction, Jit, JitMode, JitStats, TierUpPolicy};
pub use jcvm_vm::interp::exception::PyException;
pub use jcvm_vm::interp::{Counters, VmOptions, VmStats};
pub use jcvm_vm::{CompileError, Program};

/// Native stack for compiling and running: deep but legal nesting must never overflow it.
const ENGINE_STACK_BYTES: usize = 256 << 20;

/// How to run a script.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    pub jit: JitMode,
    /// Calls after which `auto` compiles a function (and ten times as many loop
    /// back-edges: `TierUpPolicy::with_threshold`); None for the default.
    pub jit_threshold: Option<u64>,
    pub gc_stress: bool,
    /// `sys.argv` (the script path first).
    pub argv: Vec<String>,
}

/// Why a run did not finish normally.
#[derive(Debug)]
pub enum RunError {
    /// The source was refused; the text is the rendered diagnostic.
    Compile(String),
    /// An uncaught Python exception; the text is the rendered traceback.
    Exception(String),
}

/// What a finished run reports for `--stats`.
#[derive(Clone, Debug, Default)]
pub struct RunReport {
    pub compile_time: Duration,
    pub run_time: Duration,
    pub stats: VmStats,
    pub functions: usize,
    /// What the JIT compiled and refused (empty with `--jit off`).
    pub jit: JitStats,
    /// Instructions compiled code ran through the interpreter, most frequent first.
    pub jit_steps: Vec<(&'static str, u64)>,
    /// Direct instructions compiled code called the function of, most frequent first.
    pub jit_direct_calls: Vec<(&'static str, u64)>,
    /// Calls the interpreter made (entries into a function it ran or
    /// handed to compiled code; calls compiled code made are not counted),
    /// by function qualname, most frequent first.
    pub calls_by_function: Vec<(String, u64)>,
}

/// Compiles `source`, rendering a refusal as a diagnostic.
pub fn compile(file: &str, source: &str) -> Result<Arc<Program>, String> {
    let engine = Engine::for_script(file, source).map_err(|d| d.rendered)?;
    engine.compiled().map(|c| c.program).map_err(|d| d.rendered)
}

/// Compiles and runs a script, printing to `out`.
pub fn run_source(
    file: &str,
    source: &str,
    options: &RunOptions,
    out: Box<dyn Write + '_>,
) -> (Result<(), RunError>, RunReport) {
    // The compile thread starts (a new thread can take milliseconds to first
    // run here) and warms up while the source compiles.
    let jit = match new_jit(options.jit) {
        Ok(jit) => jit,
        Err(message) => return (Err(RunError::Exception(format!("jcvm: {message}\n"))), RunReport::default()),
    };
    let start = Instant::now();
    let program = match compile(file, source) {
        Ok(p) => p,
        Err(diagnostic) => return (Err(RunError::Compile(diagnostic)), RunReport::default()),
    };
    let compile_time = start.elapsed();
    let (result, mut report) = run_with_jit(&program, options, jit, out);
    report.compile_time = compile_time;
    (result, report)
}

/// Runs a compiled program, printing to `out`.
pub fn run_program(
    program: &Arc<Program>,
    options: &RunOptions,
    out: Box<dyn Write + '_>,
) -> (Result<(), RunError>, RunReport) {
    match new_jit(options.jit) {
        Ok(jit) => run_with_jit(program, options, jit, out),
        Err(message) => (Err(RunError::Exception(format!("jcvm: {message}\n"))), RunReport::default()),
    }
}

/// Runs a compiled program with `jit` (from [`new_jit`] for `options.jit`).
fn run_with_jit(
    program: &Arc<Program>,
    options: &RunOptions,
    jit: Option<Arc<Jit>>,
    out: Box<dyn Write + '_>,
) -> (Result<(), RunError>, RunReport) {
    let vm_options = VmOptions { gc_stress: options.gc_stress, argv: options.argv.clone() };
    let mut vm = jcvm_vm::interp::Vm::new(Arc::clone(program), vm_options, out);
    if let Some(jit) = &jit {
        install_jit(&mut vm, jit, options.jit, options.jit_threshold);
    }
    let start = Instant::now();
    let result = vm.run().map_err(|e| RunError::Exception(e.render(program)));
    // (Compilations still running are not waited for: the program never waits.)
    let run_time = start.elapsed();
    let report = RunReport {
        compile_time: Duration::ZERO,
        run_time,
        stats: vm.stats(),
        functions: program.functions.len(),
        jit: jit.map(|j| j.stats()).unwrap_or_default(),
        jit_steps: vm.jit_steps(),
        jit_direct_calls: vm.jit_direct_calls(),
        calls_by_function: calls_by_function(program, vm.counters()),
    };
    (result, report)
}

/// The functions' call counts, most frequent first, zero counts left out.
fn calls_by_function(program: &Program, counters: &[jcvm_vm::interp::Counters]) -> Vec<(String, u64)> {
    let mut calls: Vec<(String, u64)> = program
        .functions
        .iter()
        .zip(counters)
        .filter(|(_, c)| c.calls > 0)
        .map(|(f, c)| (f.qualname.clone(), c.calls))
        .collect();
    calls.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    calls
}

/// Gives `vm` a JIT under `mode` (none for `off`), with `threshold` calls for `auto`.
pub fn attach_jit(
    vm: &mut jcvm_vm::interp::Vm<'_>,
    mode: JitMode,
    threshold: Option<u64>,
) -> Result<Option<Arc<Jit>>, String> {
    let jit = new_jit(mode)?;
    if let Some(jit) = &jit {
        install_jit(vm, jit, mode, threshold);
    }
    Ok(jit)
}

/// A JIT for `mode` (none for `off`), its compile thread started.
fn new_jit(mode: JitMode) -> Result<Option<Arc<Jit>>, String> {
    if mode == JitMode::Off {
        return Ok(None);
    }
    Ok(Some(Arc::new(Jit::new(1)?)))
}

/// Has `vm` tier up through `jit` under `mode`, with `threshold` calls for `auto`.
fn install_jit(vm: &mut jcvm_vm::interp::Vm<'_>, jit: &Arc<Jit>, mode: JitMode, threshold: Option<u64>) {
    let policy = threshold.map_or_else(TierUpPolicy::default, TierUpPolicy::with_threshold);
    vm.set_tiering(jcvm_vm::interp::tier::TierOptions {
        tiering: Arc::clone(jit) as Arc<dyn jcvm_vm::interp::tier::Tiering>,
        eager: mode == JitMode::Eager,
        call_threshold: policy.call_threshold,
        loop_threshold: policy.loop_threshold,
    });
}

/// Runs `job` on a thread with a large native stack (the parser recurses on nesting).
pub fn with_engine_stack<T: Send>(job: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("jcvm-engine".into())
            .stack_size(ENGINE_STACK_BYTES)
            .spawn_scoped(scope, job)
            .expect("spawning the engine thread")
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// Decodes a source file: UTF-8 (an optional BOM is dropped), as CPython requires by default.
pub fn decode_source(bytes: &[u8]) -> Result<&str, String> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) if text.contains('\0') => Err("source code cannot contain null bytes".into()),
        Ok(text) => Ok(text),
        Err(e) => Err(format!("source is not valid UTF-8 (invalid byte at offset {})", e.valid_up_to())),
    }
}

/// The line and column of a byte offset, for errors found before parsing.
pub fn line_col(text: &[u8], offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(source: &str) -> (String, Result<(), RunError>) {
        let mut out = Vec::new();
        let (result, _) = run_source("t.py", source, &RunOptions::default(), Box::new(&mut out));
        (String::from_utf8(out).unwrap(), result)
    }

    #[test]
    fn runs_a_class_program() {
        let source = "class P:\n    x: float\n    def __init__(self, x: float) -> None:\n        self.x = x\n\
                      p = P(1.5)\np.x += 1.0\nprint(p.x, p.x * 2)\n";
        let (out, result) = run(source);
        assert!(result.is_ok(), "{result:?}");
        assert_eq!(out, "2.5 5.0\n");
    }

    #[test]
    fn refusals_carry_a_location() {
        let (_, result) = run("x = 1\nwith x:\n    pass\n");
        match result {
            Err(RunError::Compile(text)) => assert!(text.contains("t.py:2:6"), "{text}"),
            other => panic!("expected a compile error, got {other:?}"),
        }
    }

    #[test]
    fn exceptions_render_a_traceback() {
        let (out, result) = run("print(1)\nprint(1 // 0)\n");
        assert_eq!(out, "1\n");
        match result {
            Err(RunError::Exception(text)) => {
                assert!(
                    text.starts_with("Traceback (most recent call last):\n  File \"t.py\", line 2, in <module>\n"),
                    "{text}"
                );
                assert!(text.ends_with("ZeroDivisionError: integer division or modulo by zero\n"), "{text}");
            }
            other => panic!("expected an exception, got {other:?}"),
        }
    }

    /// Objects live at the last collection of `source` run under GC stress.
    fn live_at_last_collection(source: &str, jit: JitMode) -> u64 {
        let options = RunOptions { jit, gc_stress: true, ..RunOptions::default() };
        let mut out = Vec::new();
        let (result, report) = run_source("t.py", source, &options, Box::new(&mut out));
        assert!(result.is_ok(), "{result:?}");
        assert_eq!(String::from_utf8(out).unwrap(), "True\n");
        report.stats.heap.live_objects
    }

    #[test]
    fn a_dead_local_is_not_a_root() {
        // After `length(c)` nothing reads `c` again: the collection at
        // `Node(None)` frees the chain (CPython would free it at main's end,
        // which no program can tell apart).
        let program = |n: u32| {
            format!(
                "class Node:\n    next: 'Node | None'\n\
                 \x20   def __init__(self, next: 'Node | None') -> None:\n        self.next = next\n\
                 def chain(n: int) -> Node:\n    head = Node(None)\n    for i in range(n):\n        head = Node(head)\n    return head\n\
                 def length(node: 'Node | None') -> int:\n    k = 0\n    while node is not None:\n        k += 1\n        node = node.next\n    return k\n\
                 def main() -> None:\n    c = chain({n})\n    k = length(c)\n    keep = Node(None)\n    print(k == {n} + 1 and keep.next is None)\n\
                 main()\n"
            )
        };
        for jit in [JitMode::Off, JitMode::Eager] {
            let (short, long) =
                (live_at_last_collection(&program(1), jit), live_at_last_collection(&program(1000), jit));
            assert!(long < short + 10, "{jit:?}: {long} objects live with a chain of 1001 dead, {short} with 2");
        }
    }

    #[test]
    fn sources_must_be_utf8_without_nul() {
        assert!(decode_source(b"\xff\xfe").is_err());
        assert!(decode_source(b"x = 1\0").is_err());
        assert_eq!(decode_source(b"\xef\xbb\xbfx = 1"), Ok("x = 1"));
        assert_eq!(line_col(b"ab\ncd", 4), (2, 2));
    }
}
