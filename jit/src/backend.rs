//! Compiling on rayon workers and installing the code.
//!
//! A worker builds the IR and runs `Context::compile` (Cranelift's
//! `Context`, IR and ISA are `Send`); the code calls helpers through
//! constant addresses, so it has no relocations, and installing it is a copy
//! into the `JITModule` under a short lock (`define_function_bytes`,
//! `finalize_definitions`) followed by an atomic store into the program's
//! `EntryTable`. The interpreter never takes that lock: the running program
//! never waits for a compilation (except under `--jit eager`, which compiles
//! each function before its first call by definition).

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir;
use cranelift_codegen::isa::{OwnedTargetIsa, TargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::FunctionBuilderContext;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::Module;
use jcvm_vm::interp::tier::{EntryTable, Tiering};
use jcvm_vm::opcode::FuncId;
use jcvm_vm::program::Program;

use crate::codegen;

/// One compiled function, for `--stats`.
#[derive(Clone, Debug)]
pub struct CompiledFunction {
    pub name: String,
    /// Building and compiling the IR.
    pub compile_time: Duration,
    /// From the request (the threshold crossed) to the installed entry.
    pub latency: Duration,
    pub code_bytes: usize,
}

/// What the JIT did so far.
#[derive(Clone, Debug, Default)]
pub struct JitStats {
    pub compiled: Vec<CompiledFunction>,
    /// Functions left in the interpreter, with the reason.
    pub refused: Vec<(String, String)>,
}

/// The tier-1 compiler: hand it to `Vm::set_tiering` (through `TierOptions`).
pub struct Jit {
    inner: Arc<Inner>,
}

struct Inner {
    isa: OwnedTargetIsa,
    module: Mutex<JITModule>,
    pool: rayon::ThreadPool,
    stats: Mutex<JitStats>,
    /// Every entry table code was compiled for: compiled calls load their
    /// callees' entries from slots of these, so they live as long as the code.
    tables: Mutex<Vec<Arc<EntryTable>>>,
    /// `JCVM_JIT_LOG=1`: a line on stderr per function compiled or refused.
    log: bool,
    /// `JCVM_PERF_MAP=1`: `/tmp/perf-PID.map`, naming compiled code for `perf report`.
    perf_map: Option<Mutex<std::fs::File>>,
    /// The slow-path trampoline's code (`codegen::build_slow_path_trampoline`),
    /// compiled by the first job on the compile thread (`Jit::new` queues it),
    /// so that a program's start does not wait for Cranelift's first compile.
    slow_path: OnceLock<Result<usize, String>>,
}

impl Jit {
    /// A JIT for this machine, compiling on `threads` background workers.
    pub fn new(threads: usize) -> Result<Jit, String> {
        let mut flags = settings::builder();
        // Cranelift's IR verifier costs a quarter to a third of the compile time: it runs when
        // `JCVM_JIT_VERIFY=1` (the test suite sets it), not in production.
        let verify = if std::env::var_os("JCVM_JIT_VERIFY").is_some_and(|v| v == "1") { "true" } else { "false" };
        // No e-graph pass: the bytecode arrives optimized, and measured under callgrind
        // (BENCHMARKS.md, "JIT compile time") the pass cost 15-20% of the compile time
        // while the compiled code ran within ±3% of the code compiled without it.
        let settings = [
            ("opt_level", "none"),
            ("use_colocated_libcalls", "false"),
            ("is_pic", "false"),
            ("enable_verifier", verify),
        ];
        for (name, value) in settings {
            flags.set(name, value).map_err(|e| format!("cranelift setting {name}: {e}"))?;
        }
        let isa = cranelift_native::builder()
            .map_err(|e| format!("this host has no Cranelift backend: {e}"))?
            .finish(settings::Flags::new(flags))
            .map_err(|e| format!("cranelift: {e}"))?;
        let builder = JITBuilder::with_isa(isa.clone(), cranelift_module::default_libcall_names());
        let module = JITModule::new(builder);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads.max(1))
            .thread_name(|i| format!("jcvm-jit-{i}"))
            .build()
            .map_err(|e| format!("starting the compile threads: {e}"))?;
        let inner = Arc::new(Inner {
            isa,
            module: Mutex::new(module),
            pool,
            stats: Mutex::new(JitStats::default()),
            tables: Mutex::new(Vec::new()),
            log: std::env::var("JCVM_JIT_LOG").is_ok_and(|v| v == "1"),
            perf_map: perf_map_file(),
            slow_path: OnceLock::new(),
        });
        // The first compile (Cranelift's code and tables paged in) off the main thread.
        let warm = Arc::clone(&inner);
        inner.pool.spawn(move || {
            let _ = warm.slow_path();
        });
        Ok(Jit { inner })
    }

    /// What was compiled and refused so far.
    pub fn stats(&self) -> JitStats {
        self.inner.stats.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The Cranelift IR of `func`, as text (`jcvm dis --ir`): the code a run
    /// compiles (calls load their callee's entry from an entry table, here an
    /// empty one made for the listing).
    pub fn ir_text(&self, program: &Program, func: FuncId) -> Result<String, String> {
        let ctx = self.inner.build(program, func, &EntryTable::new(program.functions.len()))?;
        Ok(ctx.func.display().to_string())
    }

    /// The machine code of `func`, disassembled (`jcvm dis --asm`), or its bytes in hex.
    pub fn asm_text(&self, program: &Program, func: FuncId) -> Result<String, String> {
        let mut ctx = self.inner.build(program, func, &EntryTable::new(program.functions.len()))?;
        ctx.set_disasm(true);
        let code = ctx
            .compile(&*self.inner.isa, &mut ControlPlane::default())
            .map_err(|e| format!("cranelift: {:?}", e.inner))?;
        Ok(match &code.vcode {
            Some(text) => text.clone(),
            None => code.code_buffer().iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(" "),
        })
    }
}

impl Inner {
    /// The slow-path trampoline's address, compiled and installed on first use.
    fn slow_path(&self) -> Result<usize, String> {
        self.slow_path
            .get_or_init(|| {
                let mut ctx = Context::new();
                let (conv, frontend) = (self.isa.default_call_conv(), self.isa.frontend_config());
                codegen::build_slow_path_trampoline(&mut ctx.func, &mut FunctionBuilderContext::new(), conv, frontend);
                let (bytes, alignment) = compile(&*self.isa, &mut ctx)?;
                let mut module = self.module.lock().unwrap_or_else(|e| e.into_inner());
                Ok(install(&mut module, &ctx.func.signature, &bytes, alignment)? as usize)
            })
            .clone()
    }

    fn build(&self, program: &Program, func: FuncId, entries: &EntryTable) -> Result<Context, String> {
        let slow_path = self.slow_path()?;
        let function = program.function(func);
        let mut ctx = Context::new();
        ctx.func.signature = codegen::entry_signature(self.isa.default_call_conv());
        let mut builder_ctx = FunctionBuilderContext::new();
        let frontend = self.isa.frontend_config();
        codegen::translate(program, function, &mut ctx.func, &mut builder_ctx, frontend, entries, slow_path)?;
        Ok(ctx)
    }

    /// Compiles `func` and installs it; a refusal is recorded in the stats.
    fn compile_and_install(&self, program: &Program, func: FuncId, entries: &EntryTable, requested: Instant) {
        let name = program.function(func).qualname.clone();
        // The trampoline first, if the warm-up job has not made it yet: its compile is
        // the JIT's start-up, not this function's (its error, if any, is `build`'s).
        let _ = self.slow_path();
        let start = Instant::now();
        let queued = start - requested;
        match self.compile_code(program, func, entries) {
            Ok((code, code_bytes)) => {
                let compile_time = start.elapsed();
                // SAFETY: `code` is finalized code of `func` with the NativeEntry signature
                // (codegen::entry_signature, the host's default call convention = "C"), and
                // the module that owns it lives as long as this JIT, which the VM holds.
                unsafe { entries.install(func, code) };
                let latency = requested.elapsed();
                if let Some(file) = &self.perf_map {
                    let mut file = file.lock().unwrap_or_else(|e| e.into_inner());
                    // A profiler's aid: a failed write loses a name, not the run.
                    let _ = writeln!(file, "{:x} {code_bytes:x} jit:{name}", code as usize);
                }
                if self.log {
                    eprintln!(
                        "jcvm jit: {name}: queued {:.3} ms, compiled in {:.3} ms ({code_bytes} bytes at {code:p}), \
                         installed {:.3} ms after the request",
                        queued.as_secs_f64() * 1e3,
                        compile_time.as_secs_f64() * 1e3,
                        latency.as_secs_f64() * 1e3
                    );
                }
                let mut stats = self.stats.lock().unwrap_or_else(|e| e.into_inner());
                stats.compiled.push(CompiledFunction { name, compile_time, latency, code_bytes });
            }
            Err(reason) => {
                if self.log {
                    eprintln!("jcvm jit: {name}: stays in the interpreter: {reason}");
                }
                self.stats.lock().unwrap_or_else(|e| e.into_inner()).refused.push((name, reason));
            }
        }
    }

    fn compile_code(
        &self,
        program: &Program,
        func: FuncId,
        entries: &EntryTable,
    ) -> Result<(*const u8, usize), String> {
        let mut ctx = self.build(program, func, entries)?;
        let (bytes, alignment) = compile(&*self.isa, &mut ctx)?;
        let mut module = self.module.lock().unwrap_or_else(|e| e.into_inner());
        Ok((install(&mut module, &ctx.func.signature, &bytes, alignment)?, bytes.len()))
    }
}

/// `/tmp/perf-PID.map` when `JCVM_PERF_MAP=1` (perf's convention for
/// naming JIT code: one `START SIZE NAME` line per function, in hex).
fn perf_map_file() -> Option<Mutex<std::fs::File>> {
    if !std::env::var("JCVM_PERF_MAP").is_ok_and(|v| v == "1") {
        return None;
    }
    let path = format!("/tmp/perf-{}.map", std::process::id());
    match std::fs::File::create(&path) {
        Ok(file) => Some(Mutex::new(file)),
        Err(e) => {
            eprintln!("jcvm: JCVM_PERF_MAP: can't create {path}: {e}");
            None
        }
    }
}

/// Compiles `ctx`'s function: its code and alignment.
fn compile(isa: &dyn TargetIsa, ctx: &mut Context) -> Result<(Vec<u8>, u64), String> {
    let code = ctx.compile(isa, &mut ControlPlane::default()).map_err(|e| format!("cranelift: {:?}", e.inner))?;
    if !code.buffer.relocs().is_empty() {
        return Err("internal: compiled code needs relocations".into());
    }
    Ok((code.code_buffer().to_vec(), u64::from(code.buffer.alignment)))
}

/// Copies compiled code into `module` (under its lock): its address.
fn install(
    module: &mut JITModule,
    signature: &ir::Signature,
    bytes: &[u8],
    alignment: u64,
) -> Result<*const u8, String> {
    let id = module.declare_anonymous_function(signature).map_err(|e| e.to_string())?;
    module.define_function_bytes(id, alignment, bytes, &[]).map_err(|e| e.to_string())?;
    module.finalize_definitions().map_err(|e| e.to_string())?;
    Ok(module.get_finalized_function(id))
}

impl Tiering for Jit {
    fn compile(&self, program: &Arc<Program>, func: FuncId, entries: &Arc<EntryTable>, background: bool) {
        let requested = Instant::now();
        {
            let mut tables = self.inner.tables.lock().unwrap_or_else(|e| e.into_inner());
            if !tables.iter().any(|t| Arc::ptr_eq(t, entries)) {
                tables.push(Arc::clone(entries));
            }
        }
        if !background {
            self.inner.compile_and_install(program, func, entries, requested);
            return;
        }
        let (inner, program, entries) = (Arc::clone(&self.inner), Arc::clone(program), Arc::clone(entries));
        self.inner.pool.spawn(move || inner.compile_and_install(&program, func, &entries, requested));
    }
}
