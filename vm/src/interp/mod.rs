//! Tier 0: the register interpreter.
//!
//! Frames live on one register stack (`u64` words, sized once for the
//! recursion limit); a frame is a window `base .. base + nregs` plus its
//! function and pc. Calls copy arguments into the callee's first registers;
//! nothing recurses on the Rust stack, so deep Python recursion ends in
//! CPython's RecursionError, never a native stack overflow.
//!
//! GC safepoints are the points right after an instruction whose facts say
//! `alloc`: every live reference is then in a register of a live frame, a
//! global or the constant table, which is exactly [`roots::VmRoots`].
//!
//! Each function has call and loop back-edge [`Counters`] for tier-up.

pub mod dicts;
mod direct;
pub mod exception;
pub mod fmtspec;
pub mod format;
mod frames;
mod lists;
pub mod mathlib;
pub mod ops;
pub mod pyhash;
pub mod random;
mod roots;
mod sets;
mod strs;
mod text;
pub mod tier;
mod values;

use std::io::Write;
use std::sync::Arc;

use jcvm_gc::{Heap, HeapConfig, HeapStats, ObjKind, ObjRef};

use self::direct::cold_direct_instr;
use self::exception::{slot, PyException, Raised};
pub use self::frames::FrameOffsets;
pub(crate) use self::frames::FrameStack;
use self::values::{
    compare_strs, list_index, list_items_or, list_words_mut_or, list_words_or, none_attribute, type_error,
    unassigned_field,
};
use crate::opcode::{ExcKind, FuncId, Instr, Reg};
use crate::program::{generator_slot, Program};
use crate::ty::Ty;

/// CPython's default recursion limit: frames, `<module>` included.
pub const RECURSION_LIMIT: usize = 1000;

/// Tier-up counters of one function.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counters {
    /// Times the function was entered.
    pub calls: u64,
    /// Loop back-edges taken inside it.
    pub back_edges: u64,
}

/// An activation: which function, where it is, and its register window.
/// (`repr(C)`: compiled code pushes frames at the offsets `FrameStack::OFFSETS` names.)
/// `func` and `exhausted` fill the first 8 bytes, `ret` and `interpreted`
/// the start of the next 8 (`FrameOffsets::func_word`, `ret_word`): compiled
/// code writes each pair with one store.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub(crate) struct Frame {
    func: FuncId,
    /// For a generator's frame: where the resuming frame continues when it returns.
    exhausted: u32,
    /// The caller's register receiving the return value (or a generator's next value).
    ret: Reg,
    /// The frame fell back to the interpreter for good (see `tier::jit_finish`):
    /// its loop back-edges do not re-enter compiled code.
    interpreted: bool,
    pc: usize,
    base: usize,
    /// For a generator's frame: the generator object (else 0).
    gen: u64,
}

impl Frame {
    /// A placeholder (an unused slot of the frame stack).
    pub(crate) const EMPTY: Frame =
        Frame { func: FuncId(0), pc: 0, base: 0, ret: Reg(0), gen: 0, exhausted: 0, interpreted: false };
}

/// How a run of the interpreter over the frames from `base` up ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// The bottom frame returned this value (it is still on the frame stack).
    Returned(u64),
    /// In single-step mode: the bottom frame is to continue at this pc.
    Stepped(usize),
    /// An exception escaped the bottom frame: the frames from `base` up are
    /// gone and the exception is in `Vm::pending`.
    Escaped,
    /// The bottom frame, a generator's, yielded: it is gone, its registers are
    /// saved in the generator object and the value is in its caller's register.
    Yielded,
}

/// Why [`Vm::replace_program`] did not complete.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReplaceError {
    /// The new program does not extend the old one: nothing changed.
    Refused(String),
    /// The VM is on the new program, but its module code raised (this report).
    Raised(String),
}

/// How to run a program.
#[derive(Clone, Debug, Default)]
pub struct VmOptions {
    /// Collect at every allocation safepoint.
    pub gc_stress: bool,
    /// `sys.argv`.
    pub argv: Vec<String>,
}

/// Counters reported by `--stats`.
#[derive(Clone, Debug, Default)]
pub struct VmStats {
    pub calls: u64,
    pub heap: HeapStats,
}

/// Old class id → new class id between two generations of a program: user
/// and generator classes by position (and shape), tuple classes by element
/// types (the compiler appends those after the user classes, in an order a new
/// unit can change).
fn class_renumbering(old: &Program, new: &Program) -> Result<Vec<u32>, String> {
    use crate::program::ClassInfo;
    let synthetic = |c: &ClassInfo| c.name == "tuple" || c.name == "generator";
    let ids = |p: &Program, pred: &dyn Fn(&ClassInfo) -> bool| -> Vec<u32> {
        p.classes.iter().enumerate().filter(|(_, c)| pred(c)).map(|(i, _)| i as u32).collect()
    };
    let same_shape = |a: &ClassInfo, b: &ClassInfo| {
        a.name == b.name && a.layout.slots == b.layout.slots && a.layout.ref_slots == b.layout.ref_slots
    };
    let mut renumber = vec![0u32; old.classes.len()];
    // User classes keep their order (units are only appended); generator classes too.
    for pred in
        [&(|c: &ClassInfo| !synthetic(c)) as &dyn Fn(&ClassInfo) -> bool, &|c: &ClassInfo| c.name == "generator"]
    {
        let (olds, news) = (ids(old, pred), ids(new, pred));
        for (k, &o) in olds.iter().enumerate() {
            let a = &old.classes[o as usize];
            match news.get(k) {
                Some(&n) if same_shape(a, &new.classes[n as usize]) => renumber[o as usize] = n,
                _ => return Err(format!("class '{}' changed in the new program", a.name)),
            }
        }
    }
    // Tuple classes are found by their element types (user class ids in them are stable).
    // Element types naming functions (closure environments) fall back to the position.
    let new_tuples = ids(new, &|c: &ClassInfo| c.name == "tuple");
    for (k, o) in ids(old, &|c: &ClassInfo| c.name == "tuple").into_iter().enumerate() {
        let a = &old.classes[o as usize];
        let by_types = new_tuples.iter().copied().find(|&n| {
            let b = &new.classes[n as usize];
            a.fields.len() == b.fields.len() && a.fields.iter().zip(&b.fields).all(|(x, y)| x.ty == y.ty)
        });
        let by_position = new_tuples.get(k).copied().filter(|&n| same_shape(a, &new.classes[n as usize]));
        match by_types.or(by_position) {
            Some(n) => renumber[o as usize] = n,
            None => return Err("a tuple class is missing from the new program".into()),
        }
    }
    Ok(renumber)
}

/// Old function id → new function id between two generations of a program, by
/// qualified name (the k-th function of a name to the k-th); None where the new
/// program has no counterpart.
fn function_renumbering(old: &Program, new: &Program) -> Vec<Option<u32>> {
    let mut by_name: std::collections::HashMap<&str, Vec<u32>> = std::collections::HashMap::new();
    for (i, f) in new.functions.iter().enumerate().rev() {
        by_name.entry(f.qualname.as_str()).or_default().push(i as u32);
    }
    old.functions.iter().map(|f| by_name.get_mut(f.qualname.as_str()).and_then(Vec::pop)).collect()
}

/// Loop back-edges between two calls of the embedder's poll.
const POLL_INTERVAL: u32 = 1 << 16;

/// Room for the encoding of a typical key (see `dicts::encode_key`).
const KEY_BUF: usize = 24;

/// The tier-0 virtual machine: a program's heap, globals and frames, kept
/// between calls (module code once, then [`Vm::call`] any number of times).
pub struct Vm<'p> {
    program: Arc<Program>,
    heap: Heap,
    stack: Vec<u64>,
    frames: FrameStack,
    globals: Vec<u64>,
    /// Whether each global has been assigned (reading one that has not is a NameError).
    globals_bound: Vec<bool>,
    /// String constants as heap objects, by constant id.
    constants: Vec<u64>,
    /// The one-character strs U+0000..U+00FF, made once (as CPython shares
    /// them): what `chr()` and indexing return for those characters.
    latin1: Vec<u64>,
    counters: Vec<Counters>,
    /// Per function, the reference registers live at each instruction, made at
    /// the first collection that finds the function on the frame stack.
    live_refs: Vec<Option<crate::liveness::LiveRefs>>,
    /// The exceptions being handled (innermost last), for `raise` with no
    /// argument and for the context of an exception raised meanwhile.
    handling: Vec<Handling>,
    /// The `random` module's generator.
    rng: random::Random,
    /// The value the bottom frame returned (what [`Vm::call`] returns).
    returned: u64,
    /// The embedder's poll (see [`Vm::set_poll`]) and the back-edges until its next call.
    poll: Option<Box<dyn FnMut() -> bool + Send + 'p>>,
    poll_countdown: u32,
    /// Scratch space for dict key encodings.
    key_buf: Vec<u8>,
    /// Compiled entries of the program's functions (all null without a JIT).
    entries: Arc<tier::EntryTable>,
    tier: Option<tier::TierOptions>,
    /// Calls and back-edges after which a function is handed to the JIT
    /// (`u64::MAX`: never).
    call_threshold: u64,
    loop_threshold: u64,
    /// An exception escaping compiled frames, until a handler takes it (a GC root).
    pending: u64,
    /// Instructions compiled code ran through the interpreter, by opcode (`--stats`).
    steps: Vec<u64>,
    /// Calls of direct instructions from compiled code, by opcode.
    direct_calls: Box<[u64; OPCODE_COUNT]>,
    out: Box<dyn Write + 'p>,
    /// Whether `out` was written since the last flush (at the end of a call).
    unflushed: bool,
}

/// An `except` block running: in the frame at `depth` (frames below it + 1),
/// starting at instruction `start`, handling `exc`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Handling {
    depth: usize,
    start: u32,
    exc: u64,
}

/// How many instructions the table has.
const OPCODE_COUNT: usize = crate::opcode::OPCODE_NAMES.len();

/// The program's string constants as heap objects; a one-character constant
/// below U+0100 is the shared str `chr()` and `s[i]` return for it, so equal
/// one-character strs are mostly one object (compiled code compares those by
/// address first).
fn string_constants(program: &Program, heap: &mut Heap, latin1: &[u64]) -> Vec<u64> {
    let shared = |s: &str| {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => latin1.get(c as usize).copied(),
            _ => None,
        }
    };
    program.strs.iter().map(|s| shared(s).unwrap_or_else(|| heap.alloc_str(s.as_str()).to_raw())).collect()
}

impl<'p> Vm<'p> {
    /// A VM for `program` that prints to `out`.
    pub fn new(program: Arc<Program>, options: VmOptions, out: Box<dyn Write + 'p>) -> Vm<'p> {
        let mut heap = Heap::new(HeapConfig { stress: options.gc_stress, ..HeapConfig::default() });
        for class in &program.classes {
            heap.register_layout(class.layout.clone());
        }
        let latin1: Vec<u64> = (0..=255u8).map(|b| heap.alloc_str(char::from(b).to_string()).to_raw()).collect();
        let constants = string_constants(&program, &mut heap, &latin1);
        let mut globals = vec![0u64; program.globals.len()];
        let mut globals_bound = vec![false; program.globals.len()];
        if let Some(argv) = program.globals.iter().position(|g| g.name == "sys.argv") {
            let items = options.argv.iter().map(|a| heap.alloc_str(a.as_str()).to_raw()).collect();
            globals[argv] = heap.alloc_list(items, true).to_raw();
            globals_bound[argv] = true;
        }
        let stack = vec![0u64; (RECURSION_LIMIT + 2) * program.max_frame().max(1)];
        let counters = vec![Counters::default(); program.functions.len()];
        let program_functions = program.functions.len();
        Vm {
            program,
            heap,
            stack,
            frames: FrameStack::with_capacity(RECURSION_LIMIT + 1),
            globals,
            globals_bound,
            constants,
            latin1,
            counters,
            live_refs: (0..program_functions).map(|_| None).collect(),
            handling: Vec::new(),
            rng: random::Random::from_entropy(),
            returned: 0,
            poll: None,
            poll_countdown: POLL_INTERVAL,
            key_buf: Vec::with_capacity(KEY_BUF),
            entries: Arc::new(tier::EntryTable::new(program_functions)),
            tier: None,
            call_threshold: u64::MAX,
            loop_threshold: u64::MAX,
            pending: 0,
            steps: vec![0; crate::opcode::OPCODE_NAMES.len()],
            direct_calls: Box::new([0; OPCODE_COUNT]),
            out,
            unflushed: false,
        }
    }

    /// Hands hot functions to `options.tiering` (the JIT); compiled code runs
    /// from the next call or loop back-edge on.
    pub fn set_tiering(&mut self, options: tier::TierOptions) {
        (self.call_threshold, self.loop_threshold) =
            if options.eager { (1, 1) } else { (options.call_threshold.max(1), options.loop_threshold.max(1)) };
        self.tier = Some(options);
    }

    /// How often compiled code ran each instruction through the interpreter
    /// (its slow path, or an instruction the code generator does not lower),
    /// most frequent first.
    pub fn jit_steps(&self) -> Vec<(&'static str, u64)> {
        by_opcode(&self.steps)
    }

    /// How often compiled code called each direct instruction's function
    /// (`tier::direct_helper`), most frequent first.
    pub fn jit_direct_calls(&self) -> Vec<(&'static str, u64)> {
        by_opcode(&self.direct_calls[..])
    }

    /// Uses `entries` (of another VM running the same program) as this VM's
    /// compiled code: code compiled for a program reads everything VM-specific
    /// (globals, constants, frames) through its context, so VMs of one program
    /// can share it (benchmarks measure steady-state compiled code this way).
    pub fn share_entries(&mut self, entries: Arc<tier::EntryTable>) {
        assert!(self.frames.is_empty(), "share_entries runs between calls");
        assert_eq!(entries.len(), self.program.functions.len(), "an entry table of another program");
        self.entries = entries;
    }

    /// The compiled entries of the current program's functions.
    pub fn entries(&self) -> &Arc<tier::EntryTable> {
        &self.entries
    }

    /// Compiles `func` now, on this thread, if a JIT is attached and it was not
    /// asked for before (`@jitclass(jit="eager")`).
    pub fn compile_now(&mut self, func: FuncId) {
        self.compile(func, false);
    }

    /// Keeps `func` in the interpreter for the current program (`jit="off"`).
    pub fn keep_interpreted(&mut self, func: FuncId) {
        self.entries.claim(func);
    }

    /// Asks the JIT for compiled code of `func` at its threshold: on a background
    /// thread, or under `eager` before going on.
    #[cold]
    fn request_compile(&mut self, func: FuncId) {
        let background = self.tier.as_ref().is_some_and(|options| !options.eager);
        self.compile(func, background);
    }

    /// Hands `func` to the JIT, once per function and program.
    fn compile(&mut self, func: FuncId, background: bool) {
        if let Some(options) = &self.tier {
            if self.entries.claim(func) {
                options.tiering.compile(&self.program, func, &self.entries, background);
            }
        }
    }

    /// Tier-up counters by function id.
    pub fn counters(&self) -> &[Counters] {
        &self.counters
    }

    /// Calls, allocations, collections and pauses so far.
    pub fn stats(&self) -> VmStats {
        VmStats { calls: self.counters.iter().map(|c| c.calls).sum(), heap: self.heap.stats() }
    }

    /// The program this VM runs.
    pub fn program(&self) -> &Arc<Program> {
        &self.program
    }

    /// The heap (for embedders: handles, allocation of arguments, statistics).
    pub fn heap(&mut self) -> &mut Heap {
        &mut self.heap
    }

    /// Has `poll` called every so many loop back-edges: it may let other threads
    /// run and check for signals; returning true raises KeyboardInterrupt there
    /// (so Ctrl-C stops a long loop, as in CPython). Code compiled before
    /// this call does not poll: a VM without a poll has its loops compiled
    /// without the countdown.
    pub fn set_poll(&mut self, poll: Box<dyn FnMut() -> bool + Send + 'p>) {
        self.poll = Some(poll);
        self.entries.set_polls(true);
    }

    /// The canonical encoding of `key` as `dict` indexes it.
    fn encoded_key(&self, dict: ObjRef, key: u64) -> Vec<u8> {
        let mut encoded = Vec::with_capacity(KEY_BUF);
        dicts::encode_key(&self.program, key, dicts::key_ty(&self.program, dict), &mut encoded);
        encoded
    }

    /// `dict[key]` for embedders: the value word, or None when the key is missing.
    ///
    /// # Safety
    /// `dict` is a live dict object of this VM (not a set) and `key` a word of its key type.
    pub unsafe fn dict_lookup(&self, dict: ObjRef, key: u64) -> Option<u64> {
        let encoded = self.encoded_key(dict, key);
        // SAFETY: per the contract, a live dict; this is the only borrow of its data.
        let data = unsafe { dict.dict_data() };
        dicts::find(data, &encoded).map(|at| data.values[at])
    }

    /// `dict[key] = value` for embedders.
    ///
    /// # Safety
    /// As [`Vm::dict_lookup`]; `value` is a word of the dict's value type.
    pub unsafe fn dict_store(&mut self, dict: ObjRef, key: u64, value: u64) {
        let encoded = self.encoded_key(dict, key);
        // SAFETY: per the contract.
        dicts::insert(unsafe { dict.dict_data() }, &encoded, key, value);
    }

    /// `del dict[key]` for embedders; whether the key was there.
    ///
    /// # Safety
    /// As [`Vm::dict_lookup`].
    pub unsafe fn dict_remove(&mut self, dict: ObjRef, key: u64) -> bool {
        let encoded = self.encoded_key(dict, key);
        // SAFETY: per the contract.
        dicts::remove(unsafe { dict.dict_data() }, &encoded).is_some()
    }

    /// A new empty dict whose keys are `key` (a type in the program's table) and
    /// whose values are references when `value_refs`; None if no code of the
    /// program makes dicts with such keys.
    pub fn new_dict(&mut self, key: &Ty, value_refs: bool) -> Option<ObjRef> {
        let key_id = self.program.types.iter().position(|t| t == key)? as u32;
        let mut flags = key_id << dicts::KEY_TY_SHIFT;
        if key.is_ref() {
            flags |= dicts::KEY_REFS;
        }
        if value_refs {
            flags |= dicts::VALUE_REFS;
        }
        Some(self.heap.alloc_dict(flags))
    }

    /// The object a handle roots, if it is live.
    pub fn peek_handle(&self, handle: jcvm_gc::Handle) -> Option<ObjRef> {
        self.heap.handle(handle)
    }

    /// Runs module-level code to the end.
    pub fn run(&mut self) -> Result<(), PyException> {
        let entry = self.program.entry.expect("a compiled program has an entry");
        // SAFETY: module code has no parameters.
        unsafe { self.call(entry, &[]) }.map(|_| ())
    }

    /// Calls function `func` with argument words `args` and runs until it returns,
    /// giving its result word. Not re-entrant: no other call may be running.
    ///
    /// # Safety
    ///
    /// `args` has one word per parameter of `func`, each of the parameter's kind:
    /// an int or float's bits, or for a reference parameter 0 or a live object of
    /// the parameter's type (so the interpreter's typed instructions hold).
    #[inline]
    pub unsafe fn call(&mut self, func: FuncId, args: &[u64]) -> Result<u64, PyException> {
        assert!(self.frames.is_empty(), "Vm::call is not re-entrant");
        let function = self.program.function(func);
        assert_eq!(args.len(), function.params.len(), "Vm::call: argument count of {}", function.qualname);
        assert!(function.generator.is_none(), "Vm::call: {} is a generator function", function.qualname);
        // SAFETY: the stack holds at least max_frame words, so a frame at 0 fits.
        unsafe { init_frame(function, self.stack.as_mut_ptr()) };
        self.stack[..args.len()].copy_from_slice(args);
        self.frames.push(Frame { func, pc: 0, base: 0, ret: Reg(0), gen: 0, exhausted: 0, interpreted: false });
        // Compiled code needs no call count (the count only asks for compilation): the
        // call from the embedder goes straight in.
        let entry = match self.entries.get(func) {
            Some(entry) => Some(entry),
            None => self.count_interpreted_call(func),
        };
        let (status, value) = match entry {
            Some(entry) => {
                let mut frames = std::mem::take(&mut self.frames);
                let fp = self.stack.as_mut_ptr();
                let ran = self.run_native(entry, &mut frames, fp, tier::CALL_ENTRY);
                // What is replaced is the empty stack `take` left, which owns no memory:
                // nothing to drop.
                std::mem::forget(std::mem::replace(&mut self.frames, frames));
                ran
            }
            None => (tier::status::NOT_ENTERED, 0),
        };
        if status == tier::status::FINISHED && !self.unflushed {
            self.frames.clear();
            return Ok(value);
        }
        self.returned = value;
        self.finish_call(status)
    }

    /// Counts a call of `func`, which has no compiled code, and asks for its
    /// compilation at the threshold; its entry if that installed one (an eager
    /// compilation does, before returning).
    #[cold]
    fn count_interpreted_call(&mut self, func: FuncId) -> Option<tier::NativeEntry> {
        let counters = &mut self.counters[func.0 as usize];
        counters.calls += 1;
        if counters.calls == self.call_threshold {
            self.request_compile(func);
        }
        self.entries.get(func)
    }

    /// The rest of [`Vm::call`] once its bottom frame is pushed and compiled code,
    /// if any, ran with `status`: interprets the frame when the code did not enter
    /// it, makes the report of an exception that escaped, and flushes output.
    #[cold]
    fn finish_call(&mut self, status: u32) -> Result<u64, PyException> {
        let result = match status {
            tier::status::FINISHED => Ok(()),
            tier::status::ESCAPED => Err(self.uncaught()),
            _ => self.execute(),
        };
        self.frames.clear();
        if std::mem::take(&mut self.unflushed) {
            let _ = self.out.flush();
        }
        result.map(|()| std::mem::take(&mut self.returned))
    }

    /// Moves the VM to `program`, a later generation of its program (the same
    /// source units plus new ones appended), keeping the heap: live instances are
    /// renumbered to the new class ids, globals the two share keep their values,
    /// and the new module code runs (for the new classes' attributes and defaults).
    ///
    /// Refused (nothing changes) unless every old class and function has a
    /// counterpart of the same shape, in the same order, in `program`. Once the
    /// module code runs the VM is on the new program, whether or not that code
    /// raises ([`ReplaceError::Raised`]).
    pub fn replace_program(&mut self, program: Arc<Program>) -> Result<(), ReplaceError> {
        assert!(self.frames.is_empty(), "replace_program runs between calls");
        let old = Arc::clone(&self.program);
        let renumber = class_renumbering(&old, &program).map_err(ReplaceError::Refused)?;
        let functions = function_renumbering(&old, &program);
        self.renumber_functions(&old, &functions).map_err(ReplaceError::Refused)?;
        // Globals both generations have (same name and type) keep their values; they are
        // rooted by handles while the new module code runs.
        let carried: Vec<(usize, u64, Option<jcvm_gc::Handle>)> = program
            .globals
            .iter()
            .enumerate()
            .filter_map(|(i, g)| {
                let j = old.globals.iter().position(|h| h.name == g.name && h.ty == g.ty)?;
                self.globals_bound[j].then_some((i, j))
            })
            .map(|(i, j)| {
                let word = self.globals[j];
                // SAFETY: a reference-typed global holds 0 or a live object.
                let handle = program.globals[i].ty.is_ref().then(|| unsafe { ObjRef::from_raw(word) }).flatten();
                (i, word, handle.map(|o| self.heap.root(o)))
            })
            .collect();
        self.heap.relayout(program.classes.iter().map(|c| c.layout.clone()).collect(), &renumber);
        self.constants = string_constants(&program, &mut self.heap, &self.latin1);
        self.globals = vec![0; program.globals.len()];
        self.globals_bound = vec![false; program.globals.len()];
        self.stack = vec![0u64; (RECURSION_LIMIT + 2) * program.max_frame().max(1)];
        // Compiled code belongs to one program: the new one tiers up afresh.
        self.counters = vec![Counters::default(); program.functions.len()];
        self.live_refs = (0..program.functions.len()).map(|_| None).collect();
        self.entries = Arc::new(tier::EntryTable::new(program.functions.len()));
        self.entries.set_polls(self.poll.is_some());
        self.program = program;
        let ran = self.run();
        for (i, word, handle) in carried {
            self.globals[i] = word;
            self.globals_bound[i] = true;
            if let Some(handle) = handle {
                self.heap.handles().release(handle);
            }
        }
        ran.map_err(|e| ReplaceError::Raised(e.render(&self.program)))
    }

    /// Rewrites the function ids the heap holds (function objects, exception
    /// tracebacks) to `renumber`'s; refused, changing nothing, if a live function
    /// object's function or a live generator's has no counterpart in place.
    fn renumber_functions(&mut self, old: &Program, renumber: &[Option<u32>]) -> Result<(), String> {
        let function_class = |c: &crate::program::ClassInfo| {
            c.name == "tuple"
                && c.fields.len() == 2
                && c.fields[0].ty == Ty::Int
                && c.fields[1].ty == Ty::Tuple(Vec::new())
        };
        let mut problem = None;
        self.heap.objects(|o| {
            if o.kind() != jcvm_gc::ObjKind::Instance {
                return;
            }
            let class = &old.classes[o.layout().0 as usize];
            // SAFETY: a live instance of `class`: generators and function objects have
            // their function id in the slot read.
            let (func, moved_is_fatal) = if class.name == "generator" {
                (unsafe { o.field(generator_slot::FUNC) }, true)
            } else if function_class(class) {
                (unsafe { o.field(0) }, false)
            } else {
                return;
            };
            let target = renumber.get(func as usize).copied().flatten();
            if target.is_none() || (moved_is_fatal && target != Some(func as u32)) {
                let name = old.functions.get(func as usize).map_or("?", |f| f.qualname.as_str());
                problem = Some(format!("a live {} of '{name}' cannot move to the new program", class.name));
            }
        });
        if let Some(problem) = problem {
            return Err(problem);
        }
        self.heap.objects(|o| {
            if o.kind() != jcvm_gc::ObjKind::Instance {
                return;
            }
            let class = &old.classes[o.layout().0 as usize];
            if function_class(class) {
                // SAFETY: a function object's slot 0 is its function id (checked above to map).
                unsafe { o.set_field(0, u64::from(renumber[o.field(0) as usize].expect("checked"))) };
            } else if old.is_exception(o) {
                // SAFETY: an exception's traceback slot holds 0 or a list of
                // `function, line` int pairs.
                if let Some(list) = unsafe { ObjRef::from_raw(o.field(u32::from(slot::TRACEBACK))) } {
                    for pair in unsafe { list.list_items() }.chunks_mut(2) {
                        if let Some(Some(new)) = renumber.get(pair[0] as usize) {
                            pair[0] = u64::from(*new);
                        }
                    }
                }
            }
        });
        Ok(())
    }

    /// Collects garbage now, outside any call: the roots are the globals,
    /// constants and handles. Returns the number of objects freed.
    pub fn collect_now(&mut self) -> u64 {
        assert!(self.frames.is_empty(), "collect_now runs between calls");
        let before = self.heap.stats().freed_objects;
        self.collect(&[]);
        self.heap.stats().freed_objects - before
    }

    /// Collects garbage now (a safepoint); `frames` are the live frames, the
    /// top one stopped before instruction `pc` (its next), every other inside
    /// the call at its `pc - 1`.
    fn collect(&mut self, frames: &[Frame]) {
        self.clear_dead_references(frames);
        let roots = roots::VmRoots {
            program: &self.program,
            stack: &self.stack,
            frames,
            globals: &self.globals,
            constants: &self.constants,
            latin1: &self.latin1,
            handling: &self.handling,
            pending: self.pending,
        };
        self.heap.collect(&roots);
    }

    /// Zeroes every reference register a frame will not read again, so only
    /// live values are roots (a temporary holding a finished tree does not keep
    /// it). The top frame keeps what is live before its next instruction; a
    /// frame inside a call keeps what is live before the call, which is what the
    /// call still reads and all it leaves live, but not its `dst`, still
    /// unwritten. A register is zeroed only where no path reads it before
    /// writing it, so no register a frame may still read holds a reference to
    /// a freed object. (A compiled direct call leaves the callee's registers
    /// not live at its entry as the stack had them: they are written before
    /// they are live, and a collection reaches them only here, zeroing them.)
    fn clear_dead_references(&mut self, frames: &[Frame]) {
        let top = frames.len().wrapping_sub(1);
        for (i, frame) in frames.iter().enumerate() {
            let pc = if i == top { frame.pc } else { frame.pc.wrapping_sub(1) };
            let function = self.program.function(frame.func);
            // (Every push writes the caller's pc past its call, so a frame below
            // the top never has pc 0, and the code ends in a terminator.)
            debug_assert!(pc < function.code.len(), "frame of {} at pc {pc}", function.name);
            if pc >= function.code.len() {
                continue;
            }
            let live =
                self.live_refs[frame.func.0 as usize].get_or_insert_with(|| crate::liveness::LiveRefs::of(function));
            for &r in &function.ref_regs {
                if !live.is_live(pc, r) {
                    self.stack[frame.base + r.0 as usize] = 0;
                }
            }
        }
    }

    /// The traceback of the current frames, as `function id, line` words
    /// (outermost first; an inlined call adds the callee's entry).
    fn traceback_words(&self, frames: &[Frame]) -> Vec<u64> {
        let mut words = Vec::with_capacity(2 * frames.len() + 2);
        for frame in frames {
            let function = self.program.function(frame.func);
            // A frame's pc already points past the instruction that raised or called.
            let at = frame.pc.saturating_sub(1).min(function.lines.len().saturating_sub(1));
            let line = u64::from(function.lines.get(at).copied().unwrap_or(0));
            // Inside inlined bodies (nested when an inlined callee had inlined calls
            // itself): the outermost call's line here, then an entry per callee.
            let sites = function.inline_sites(at);
            let here = sites.first().map_or(line, |s| u64::from(s.call_line));
            words.extend([u64::from(frame.func.0), here]);
            // Each comprehension around `at` is a frame of its own in CPython.
            let mut comps: Vec<_> =
                function.comprehensions.iter().filter(|c| (c.start as usize..c.end as usize).contains(&at)).collect();
            comps.sort_by_key(|c| c.start);
            for comp in comps {
                words.extend([exception::COMPREHENSION_FRAME - u64::from(comp.kind), here]);
            }
            for (i, site) in sites.iter().enumerate() {
                let callee_line = sites.get(i + 1).map_or(line, |inner| u64::from(inner.call_line));
                words.extend([u64::from(site.callee.0), callee_line]);
            }
        }
        words
    }

    /// The exception object for `raised`, with its traceback and context set.
    fn exception_object(&mut self, frames: &[Frame], raised: Raised) -> ObjRef {
        let (exc, reraise) = match raised {
            Raised::Native { kind, message } => {
                let exc = self.heap.alloc_instance(jcvm_gc::LayoutId(kind.class().0));
                if let Some(message) = message {
                    // A native KeyError's message is already the key's repr (str(e) is repr(key)).
                    // An errno-style error (`OverflowError(34, '...')`, from a float power) has two
                    // arguments: str(e) is their tuple's text and the repr shows both.
                    let errno_args = message.strip_prefix("(34, ").and_then(|m| m.strip_suffix(')'));
                    let repr = match errno_args {
                        Some(rest) => format!("34, {rest}"),
                        None if kind == ExcKind::KeyError => message.clone(),
                        None => format::str_repr(&message),
                    };
                    let text = self.heap.alloc_str(message).to_raw();
                    let repr = self.heap.alloc_str(repr).to_raw();
                    // SAFETY: a fresh exception object has the exception slots.
                    unsafe {
                        exc.set_field(u32::from(slot::STR), text);
                        exc.set_field(u32::from(slot::REPR), repr);
                    }
                }
                (exc, false)
            }
            // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
            Raised::Object(word) => (unsafe { ObjRef::from_raw(word) }.expect("raise checks for None"), false),
            // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
            Raised::Reraise(word) => (unsafe { ObjRef::from_raw(word) }.expect("raise checks for None"), true),
        };
        // SAFETY: `exc` is a live exception object; its slots are the exception layout's.
        unsafe {
            // A caught exception keeps the entries from the frame that caught it inwards
            // (see `find_handler`). Raised again, it gains the frames outside: with `raise`
            // alone those around this frame (its entry for this frame is the original
            // line), with `raise e` this frame's raise line as well.
            // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
            let old = ObjRef::from_raw(exc.field(u32::from(slot::TRACEBACK)));
            let outer = match (old, reraise) {
                (Some(_), true) => &frames[..frames.len() - 1],
                _ => frames,
            };
            let mut words = self.traceback_words(outer);
            if let Some(old) = old {
                words.extend_from_slice(old.list_words());
            }
            let list = self.heap.alloc_list(words, false);
            exc.set_field(u32::from(slot::TRACEBACK), list.to_raw());
            if let Some(handled) = self.handling.last() {
                if handled.exc != exc.to_raw() && !reraise {
                    // As CPython's `_PyErr_SetObject`: the exception being handled becomes
                    // the context, after cutting the link in its own context chain that
                    // leads back to this exception (no cycle is ever made).
                    // SAFETY: the handled exception and every context slot hold 0 or a live
                    // exception object (the handling stack is a GC root).
                    let mut o = ObjRef::from_raw(handled.exc);
                    while let Some(obj) = o {
                        let context = obj.field(u32::from(slot::CONTEXT));
                        if context == exc.to_raw() {
                            obj.set_field(u32::from(slot::CONTEXT), 0);
                            break;
                        }
                        o = ObjRef::from_raw(context);
                    }
                    exc.set_field(u32::from(slot::CONTEXT), handled.exc);
                }
            }
        }
        exc
    }

    /// The exception object for `raised` at `pc` of the top frame.
    #[cold]
    fn raise_at(&mut self, frames: &mut [Frame], raised: Raised, pc: usize) -> ObjRef {
        if let Some(top) = frames.last_mut() {
            top.pc = pc;
        }
        self.exception_object(frames, raised)
    }

    /// Looks for a handler of `exc` in `frames[base..]`, innermost first. Found:
    /// the frames above the handler's are dropped and its frame continues at the
    /// handler (`Ok`). Not found: `frames[base..]` are dropped and the exception
    /// (converted by PEP 479 where it left a generator) comes back (`Err`).
    #[cold]
    fn find_handler(&mut self, frames: &mut FrameStack, mut exc: ObjRef, base: usize) -> Result<(), ObjRef> {
        for depth in (base..frames.len()).rev() {
            let frame = frames[depth];
            let function = self.program.function(frame.func);
            let Some(handler) = function.handler_at(frame.pc.saturating_sub(1)) else {
                if frame.gen != 0 {
                    exc = self.generator_raised(&frames[..=depth], exc);
                }
                continue;
            };
            // The traceback keeps the entries from the catching frame inwards.
            let outer = self.traceback_words(&frames[..depth]).len();
            // SAFETY: `exc` is a live exception object whose traceback was just set.
            unsafe {
                // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
                if let Some(list) = ObjRef::from_raw(exc.field(u32::from(slot::TRACEBACK))) {
                    let mut items = list.list_items();
                    let outer = outer.min(items.len());
                    items.drain(..outer);
                }
            }
            Self::end_generators(&frames[depth + 1..]);
            frames.truncate(depth + 1);
            let level = depth + 1;
            // Except blocks left by this jump: those of dropped frames, and those inside the
            // protected code of the handler's try.
            self.handling.retain(|h| {
                h.depth < level || (h.depth == level && !(handler.start <= h.start && h.start < handler.end))
            });
            frames[depth].pc = handler.target as usize;
            self.stack[frame.base + handler.exc.0 as usize] = exc.to_raw();
            return Ok(());
        }
        Self::end_generators(&frames[base..]);
        frames.truncate(base);
        self.handling.retain(|h| h.depth <= base);
        Err(exc)
    }

    /// An exception escaped the frames of a run: pending for the compiled code
    /// below them, or (escaping every frame) the report `execute` makes.
    #[cold]
    fn escaped(&mut self, exc: ObjRef) -> Outcome {
        self.pending = exc.to_raw();
        Outcome::Escaped
    }

    /// `yield value` in the top frame, a generator's, which is to resume at
    /// `resume`: the frame is popped, its registers saved in the generator
    /// object, and the value written to the register its caller resumed it into.
    pub(crate) fn yield_frame(&mut self, frames: &mut FrameStack, resume: usize, value: u64) {
        let done = frames.pop().expect("a frame is running");
        let nregs = self.program.function(done.func).nregs();
        // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
        let gen = unsafe { ObjRef::from_raw(done.gen) }.expect("verified: Yield runs in a generator's frame");
        // SAFETY: the object has a slot per register of its function from `REGS`
        // on, and the frame's window (in the register stack) holds them.
        unsafe { gen.set_fields(generator_slot::REGS, &self.stack[done.base..done.base + nregs]) };
        // SAFETY: as above.
        unsafe { gen.set_field(generator_slot::STATE, resume as u64) };
        let caller = *frames.last().expect("a generator is resumed by a frame");
        self.stack[caller.base + done.ret.0 as usize] = value;
    }

    /// The embedder's poll at a loop back-edge of the top frame (compiled code's
    /// countdown reached zero): KeyboardInterrupt if it says so.
    pub(crate) fn poll_at_back_edge(&mut self, frames: &mut FrameStack, base: usize, pc: usize) -> Outcome {
        self.poll_countdown = POLL_INTERVAL;
        if !self.poll.as_mut().is_some_and(|poll| poll()) {
            return Outcome::Stepped(pc + 1);
        }
        let exc = self.raise_at(frames, Raised::bare(ExcKind::KeyboardInterrupt), pc + 1);
        match self.find_handler(frames, exc, base) {
            Ok(()) => Outcome::Stepped(frames[base].pc),
            Err(exc) => self.escaped(exc),
        }
    }

    /// PEP 479: a StopIteration leaving a generator's frame (the last of `frames`)
    /// becomes `RuntimeError: generator raised StopIteration`, caused by it.
    #[cold]
    fn generator_raised(&mut self, frames: &[Frame], exc: ObjRef) -> ObjRef {
        let class = crate::opcode::ClassId(exc.layout().0);
        if !self.program.is_subclass(class, ExcKind::StopIteration.class()) {
            return exc;
        }
        // The StopIteration keeps its entries from the generator's frame inwards.
        let outer = self.traceback_words(&frames[..frames.len() - 1]).len();
        // SAFETY: `exc` is a live exception object with the exception slots.
        unsafe {
            if let Some(list) = ObjRef::from_raw(exc.field(u32::from(slot::TRACEBACK))) {
                let mut items = list.list_items();
                let outer = outer.min(items.len());
                items.drain(..outer);
            }
        }
        // Raised where the generator was resumed (its own frame is not in the traceback).
        let runtime = self.exception_object(
            &frames[..frames.len() - 1],
            Raised::new(ExcKind::RuntimeError, "generator raised StopIteration"),
        );
        // SAFETY: a fresh exception object with the exception slots; `exc` stays live
        // through them.
        unsafe {
            runtime.set_field(u32::from(slot::CAUSE), exc.to_raw());
            runtime.set_field(u32::from(slot::CONTEXT), exc.to_raw());
            runtime.set_field(u32::from(slot::SUPPRESS), 1);
        }
        runtime
    }

    /// Marks the generators whose frames an exception unwinds as finished.
    fn end_generators(dropped: &[Frame]) {
        for frame in dropped {
            // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
            if let Some(gen) = unsafe { ObjRef::from_raw(frame.gen) } {
                // SAFETY: a generator frame's object is a live generator.
                unsafe { gen.set_field(generator_slot::STATE, generator_slot::GEN_DONE) };
            }
        }
    }

    /// The report of the pending exception, which escaped every frame.
    fn uncaught(&mut self) -> PyException {
        self.handling.clear();
        let exc = std::mem::take(&mut self.pending);
        // SAFETY: an escaped exception is a live exception object of this program.
        unsafe { PyException::from_object(&self.program, ObjRef::from_raw(exc).expect("an exception is pending")) }
    }

    fn execute(&mut self) -> Result<(), PyException> {
        // The frame stack lives in a local while running, so the compiler can keep
        // its length in a register across the stores into it.
        let mut frames = std::mem::take(&mut self.frames);
        let result = self.execute_frames::<false>(&mut frames, 0, 0);
        self.frames = frames;
        match result {
            Outcome::Returned(value) => {
                self.returned = value;
                Ok(())
            }
            Outcome::Escaped => Err(self.uncaught()),
            Outcome::Stepped(_) => unreachable!("only single steps stop at a pc"),
            Outcome::Yielded => unreachable!("the bottom frame is not a generator's"),
        }
    }

    /// Runs the frames from `frames[base]` (the bottom of this run) up, starting
    /// at the top frame's pc, until the bottom frame returns (it stays on the
    /// stack) or an exception escapes it. With `STEP`, a single step: stops as
    /// soon as the bottom frame is on top again at `stop_pc`, or an exception
    /// lands in one of its handlers (`stop_pc` is ignored otherwise; the check
    /// is compiled only into the stepping copy of the loop).
    pub(crate) fn execute_frames<const STEP: bool>(
        &mut self,
        frames: &mut FrameStack,
        base: usize,
        stop_pc: usize,
    ) -> Outcome {
        // The loop keeps few values live (the current function, its code, the next
        // instruction and the first register) so that they stay in machine
        // registers; the rest of the frame is in `frames`, read on calls and returns.
        // SAFETY: the program is replaced only between calls (`replace_program` asserts
        // that no frame is live), so it outlives this run; the Arc is not cloned because
        // compiled code enters here for single steps.
        let program: &Program = unsafe { &*Arc::as_ptr(&self.program) };
        let entry = *frames.last().expect("run pushed the entry frame");
        let mut func = program.function(entry.func);
        let mut code: *const Instr = func.code.as_ptr();
        // The next instruction. Kept as a pointer (the index, `pc!()`, is worked out
        // where one is needed): the dispatch then only loads and advances it.
        // SAFETY: a frame's pc is inside its function's code.
        let mut ip: *const Instr = unsafe { code.add(entry.pc) };
        // The index of the next instruction.
        macro_rules! pc {
            () => {
                // SAFETY: `ip` points into the running function's code, at `code` or after.
                (unsafe { ip.offset_from(code) } as usize)
            };
        }
        // Continues at instruction `target` of the running function.
        macro_rules! goto {
            ($target:expr) => {{
                let target: usize = $target;
                // SAFETY: `Function::verify` checked that every jump target, handler and
                // resume point is inside the code.
                ip = unsafe { code.add(target) };
            }};
        }
        let regs: *mut u64 = self.stack.as_mut_ptr();
        // The current frame's first register.
        // SAFETY: the entry frame's base is 0, inside the stack.
        let mut fp: *mut u64 = unsafe { regs.add(entry.base) };

        // SAFETY (for every register access below): `Function::verify` checked that each
        // register operand is below the function's `nregs`, and the stack holds
        // (RECURSION_LIMIT + 2) * max_frame words while at most RECURSION_LIMIT frames,
        // each at most max_frame wide, are live, so `base + reg` is in bounds. The stack
        // Vec is never resized, so `regs` stays valid.
        macro_rules! get {
            ($r:expr) => {{
                // (Also used inside other unsafe blocks, such as `ObjRef::from_raw(get!(r))`.)
                #[allow(unused_unsafe)]
                let word = unsafe { *fp.add($r.0 as usize) };
                word
            }};
        }
        macro_rules! set {
            ($r:expr, $v:expr) => {{
                let v: u64 = $v;
                unsafe { *fp.add($r.0 as usize) = v }
            }};
        }
        macro_rules! int {
            ($r:expr) => {
                get!($r) as i64
            };
        }
        macro_rules! float {
            ($r:expr) => {
                f64::from_bits(get!($r))
            };
        }
        macro_rules! set_int {
            ($r:expr, $v:expr) => {
                set!($r, ($v) as u64)
            };
        }
        macro_rules! set_float {
            ($r:expr, $v:expr) => {
                set!($r, f64::to_bits($v))
            };
        }
        // Runs on in the frame now on top, at its pc (a callee returned to it, a
        // generator yielded to it, or a handler caught an exception there).
        macro_rules! continue_in_top_frame {
            () => {{
                // SAFETY: a frame is running here (the run's bottom frame stays on the
                // stack until it returns), and a frame's function is the program's.
                let top = unsafe { frames.top_unchecked() };
                func = unsafe { program.function_unchecked(top.func) };
                code = func.code.as_ptr();
                // SAFETY: a live frame's base is inside the stack.
                fp = unsafe { regs.add(top.base) };
                goto!(top.pc);
            }};
        }
        // Raises: continues at the handler that catches it, or returns the uncaught exception.
        macro_rules! raise {
            ($e:expr) => {{
                let exc = self.raise_at(frames, $e, pc!());
                land!(exc)
            }};
        }
        // Continues at the handler that catches `exc`, or returns it as escaped.
        macro_rules! land {
            ($exc:expr) => {{
                if let Err(exc) = self.find_handler(frames, $exc, base) {
                    return self.escaped(exc);
                }
                if STEP && frames.len() == base + 1 {
                    return Outcome::Stepped(frames[base].pc);
                }
                continue_in_top_frame!();
                // (No `raise!` is used inside a nested loop, so this continues dispatching.)
                continue;
            }};
        }
        macro_rules! check {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => raise!(e),
                }
            };
        }
        macro_rules! obj {
            ($r:expr, $name:expr) => {
                // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
                match unsafe { ObjRef::from_raw(get!($r)) } {
                    Some(o) => o,
                    None => raise!(none_attribute(&program.names[$name.0 as usize])),
                }
            };
        }

        // Runs compiled code for the top frame from `pc`: as its return or its
        // exception when it ran, else (no entry there) on to interpret from `pc`.
        // In single-step mode, control back in the bottom frame at a jump target
        // (a generator or a dict loop ran out) ends the step there.
        macro_rules! stepped_to_target {
            () => {
                if STEP && frames.len() == base + 1 {
                    frames[base].pc = pc!();
                    return Outcome::Stepped(pc!());
                }
            };
        }
        // After frame `done` returned `value` to its caller (already the running
        // frame): the call's register gets it, or, for a generator's frame, the
        // generator is over and the loop resuming it exits.
        macro_rules! returned_to_caller {
            ($done:expr, $value:expr) => {{
                // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
                match unsafe { ObjRef::from_raw($done.gen) } {
                    None => set!($done.ret, $value),
                    Some(gen) => {
                        // SAFETY: a generator frame's object is a live generator.
                        unsafe { gen.set_field(generator_slot::STATE, generator_slot::GEN_DONE) };
                        goto!($done.exhausted as usize);
                        stepped_to_target!();
                    }
                }
            }};
        }

        macro_rules! native {
            ($entry:expr, $at:expr) => {{
                let (status, value) = self.run_native($entry, frames, fp, $at);
                match status {
                    tier::status::FINISHED => {
                        if frames.len() - 1 == base {
                            return Outcome::Returned(value);
                        }
                        let done = frames.pop().expect("a frame is running");
                        continue_in_top_frame!();
                        returned_to_caller!(done, value);
                        continue;
                    }
                    tier::status::YIELDED => {
                        // The generator's frame is gone and the value is in its caller's register.
                        if frames.len() == base {
                            return Outcome::Yielded;
                        }
                        continue_in_top_frame!();
                        continue;
                    }
                    tier::status::ESCAPED => {
                        // SAFETY: an escaped exception is a live exception object (rooted while pending).
                        let exc = unsafe { ObjRef::from_raw(std::mem::take(&mut self.pending)) }
                            .expect("an escaped exception is pending");
                        land!(exc)
                    }
                    _ => {}
                }
            }};
        }

        // The running frame returns `$value`: the run ends if it is the bottom frame,
        // else its caller continues.
        macro_rules! return_value {
            ($value:expr) => {{
                let value: u64 = $value;
                if frames.len() - 1 == base {
                    return Outcome::Returned(value);
                }
                // SAFETY: the frame returning is above the run's bottom frame.
                let done = unsafe { frames.pop_unchecked() };
                continue_in_top_frame!();
                returned_to_caller!(done, value);
            }};
        }

        // Copies the argument registers `$args` to the words from `$to` (a call's
        // window). The usual one to four arguments take straight-line code (a loop
        // costs more to set up than to run for them). The caller ensures the words
        // are inside the register stack.
        macro_rules! copy_args {
            ($args:expr, $to:expr) => {{
                let to: *mut u64 = $to;
                match *$args {
                    [] => {}
                    [a] => *to = get!(a),
                    [a, b] => {
                        *to = get!(a);
                        *to.add(1) = get!(b);
                    }
                    [a, b, c] => {
                        *to = get!(a);
                        *to.add(1) = get!(b);
                        *to.add(2) = get!(c);
                    }
                    [a, b, c, d] => {
                        *to = get!(a);
                        *to.add(1) = get!(b);
                        *to.add(2) = get!(c);
                        *to.add(3) = get!(d);
                    }
                    ref many => {
                        for (i, reg) in many.iter().enumerate() {
                            *to.add(i) = get!(reg);
                        }
                    }
                }
            }};
        }

        // Enters function `target` (`callee_fn`), whose arguments are already in
        // its window at `callee_regs` (right past the caller's); its result goes to
        // the caller's `dst`.
        macro_rules! enter_frame {
            ($target:expr, $callee_fn:expr, $callee_regs:expr, $dst:expr) => {{
                // SAFETY: the callee's window holds its nregs registers: it starts right
                // past the caller's and fits the stack (see the register-access note).
                unsafe { init_frame($callee_fn, $callee_regs) };
                // SAFETY: both pointers are into the register stack.
                let base = unsafe { $callee_regs.offset_from(regs) } as usize;
                frames.last_mut().expect("a frame is running").pc = pc!();
                frames.push(Frame { func: $target, pc: 0, base, ret: $dst, gen: 0, exhausted: 0, interpreted: false });
                // SAFETY: there is a counter per function of the program, and the target
                // is one (`Program::verify`).
                let counters = unsafe { self.counters.get_unchecked_mut($target.0 as usize) };
                counters.calls += 1;
                if counters.calls == self.call_threshold {
                    self.request_compile($target);
                }
                func = $callee_fn;
                code = func.code.as_ptr();
                fp = $callee_regs;
                ip = code;
                if let Some(entry) = self.entries.get($target) {
                    native!(entry, tier::CALL_ENTRY);
                }
            }};
        }

        // A GC safepoint: only after instructions whose table facts say `alloc`,
        // once their result is in its register.
        macro_rules! safepoint {
            () => {
                if self.heap.should_collect() {
                    frames.last_mut().expect("a frame is running").pc = pc!();
                    self.collect(frames);
                }
            };
        }

        loop {
            if STEP && pc!() == stop_pc && frames.len() == base + 1 {
                frames[base].pc = pc!();
                return Outcome::Stepped(pc!());
            }
            // SAFETY: `Function::verify` checked that every jump target is inside the code
            // and that the code ends in an instruction that does not fall through, so pc
            // never runs past the end; `code` points at the running function's code, which
            // the program owns for the whole run.
            let instr: &Instr = unsafe { &*ip };
            // SAFETY: as above; at most one past the last instruction.
            ip = unsafe { ip.add(1) };
            match *instr {
                Instr::LoadInt { dst, value } => set_int!(dst, value as i64),
                Instr::LoadConstInt { dst, k } => set_int!(dst, program.ints[k.0 as usize]),
                Instr::LoadFloat { dst, k } => set_float!(dst, program.floats[k.0 as usize]),
                Instr::LoadStr { dst, k } => set!(dst, self.constants[k.0 as usize]),
                Instr::LoadNone { dst } => set!(dst, 0),
                Instr::Move { dst, src } => set!(dst, get!(src)),
                Instr::CheckBound { flag, name } => {
                    if get!(flag) == 0 {
                        let name = &program.names[name.0 as usize];
                        raise!(Raised::new(
                            ExcKind::UnboundLocalError,
                            format!("cannot access local variable '{name}' where it is not associated with a value")
                        ));
                    }
                }
                Instr::LoadGlobal { dst, global } => {
                    let g = global.0 as usize;
                    // SAFETY: `Program::verify` checked that the global exists, and the VM
                    // keeps a word and a bound flag per global of the program.
                    if !unsafe { *self.globals_bound.get_unchecked(g) } {
                        raise!(values::unbound_global(&program.globals[g].name));
                    }
                    // SAFETY: as above.
                    set!(dst, unsafe { *self.globals.get_unchecked(g) })
                }
                Instr::StoreGlobal { global, src } => {
                    let g = global.0 as usize;
                    // SAFETY: as for `LoadGlobal`.
                    unsafe {
                        *self.globals.get_unchecked_mut(g) = get!(src);
                        *self.globals_bound.get_unchecked_mut(g) = true;
                    }
                }

                Instr::AddInt { dst, a, b } => {
                    set_int!(dst, check!(int!(a).checked_add(int!(b)).ok_or_else(ops::int_overflow)))
                }
                Instr::SubInt { dst, a, b } => {
                    set_int!(dst, check!(int!(a).checked_sub(int!(b)).ok_or_else(ops::int_overflow)))
                }
                Instr::MulInt { dst, a, b } => {
                    set_int!(dst, check!(int!(a).checked_mul(int!(b)).ok_or_else(ops::int_overflow)))
                }
                Instr::FloorDivInt { dst, a, b } => {
                    set_int!(dst, check!(ops::floor_div_int(int!(a), int!(b))))
                }
                Instr::ModInt { dst, a, b } => {
                    set_int!(dst, check!(ops::mod_int(int!(a), int!(b))))
                }
                Instr::PowInt { dst, a, b } => {
                    set_int!(dst, check!(ops::pow_int(int!(a), int!(b))))
                }
                Instr::TrueDivInt { dst, a, b } => {
                    set_float!(dst, check!(ops::true_div_int(int!(a), int!(b))))
                }
                Instr::ShlInt { dst, a, b } => {
                    set_int!(dst, check!(ops::shl_int(int!(a), int!(b))))
                }
                Instr::ShrInt { dst, a, b } => {
                    set_int!(dst, check!(ops::shr_int(int!(a), int!(b))))
                }
                Instr::AndInt { dst, a, b } => set!(dst, get!(a) & get!(b)),
                Instr::OrInt { dst, a, b } => set!(dst, get!(a) | get!(b)),
                Instr::XorInt { dst, a, b } => set!(dst, get!(a) ^ get!(b)),
                Instr::NegInt { dst, src } => {
                    set_int!(dst, check!(int!(src).checked_neg().ok_or_else(ops::int_overflow)))
                }
                Instr::InvertInt { dst, src } => set_int!(dst, !int!(src)),
                Instr::AbsInt { dst, src } => {
                    set_int!(dst, check!(int!(src).checked_abs().ok_or_else(ops::int_overflow)))
                }
                Instr::CmpInt { dst, a, b, cond } => {
                    set!(dst, u64::from(ops::compare(&int!(a), &int!(b), cond)))
                }
                Instr::MinMaxInt { dst, a, b, max } => {
                    let (x, y) = (int!(a), int!(b));
                    set_int!(dst, if (max && y > x) || (!max && y < x) { y } else { x });
                }

                Instr::AddFloat { dst, a, b } => set_float!(dst, float!(a) + float!(b)),
                Instr::SubFloat { dst, a, b } => set_float!(dst, float!(a) - float!(b)),
                Instr::MulFloat { dst, a, b } => set_float!(dst, float!(a) * float!(b)),
                Instr::DivFloat { dst, a, b } => {
                    set_float!(dst, check!(ops::div_float(float!(a), float!(b))))
                }
                Instr::FloorDivFloat { dst, a, b } => {
                    set_float!(dst, check!(ops::floor_div_float(float!(a), float!(b))))
                }
                Instr::ModFloat { dst, a, b } => {
                    set_float!(dst, check!(ops::mod_float(float!(a), float!(b))))
                }
                Instr::PowFloat { dst, a, b } => {
                    set_float!(dst, check!(ops::pow_float(float!(a), float!(b))))
                }
                Instr::NegFloat { dst, src } => set_float!(dst, -float!(src)),
                Instr::AbsFloat { dst, src } => set_float!(dst, float!(src).abs()),
                Instr::CmpFloat { dst, a, b, cond } => {
                    set!(dst, u64::from(ops::compare(&float!(a), &float!(b), cond)))
                }
                Instr::MinMaxFloat { dst, a, b, max } => {
                    set_float!(dst, ops::min_max_float(float!(a), float!(b), max))
                }
                Instr::IntToFloat { dst, src } => set_float!(dst, int!(src) as f64),
                Instr::FloatToInt { dst, src } => {
                    set_int!(dst, check!(ops::float_to_int(float!(src))))
                }
                Instr::RoundFloat { dst, src } => {
                    set_int!(dst, check!(ops::round_float(float!(src))))
                }
                // Direct instructions (`direct.rs`): the frequent ones call their function
                // from an arm of their own, the rest go through `exec_direct`; a safepoint
                // follows those whose facts say `alloc`.
                Instr::Slice { .. } => {
                    check!(self.exec_slice(fp, instr));
                    safepoint!();
                }
                Instr::RefillSlice { .. } => {
                    check!(self.exec_refill_slice(fp, instr));
                    safepoint!();
                }
                Instr::RefillSet { .. } => {
                    check!(self.exec_refill_set(fp, instr));
                    safepoint!();
                }
                Instr::RefillConcat { .. } => {
                    check!(self.exec_refill_concat(fp, instr));
                    safepoint!();
                }
                Instr::ListSetSlice { .. } => check!(self.exec_list_set_slice(fp, instr)),
                Instr::ListInsert { .. } => check!(self.exec_list_insert(fp, instr)),
                Instr::ListPopAt { .. } => check!(self.exec_list_pop_at(fp, instr)),
                Instr::ListConcat { .. } => {
                    check!(self.exec_list_concat(fp, instr));
                    safepoint!();
                }
                Instr::NewList { .. } => {
                    check!(self.exec_new_list(fp, instr));
                    safepoint!();
                }
                Instr::NewDict { .. } => {
                    check!(self.exec_new_dict(fp, instr));
                    safepoint!();
                }
                Instr::DictOp { .. } => {
                    check!(self.exec_dict_op(program, fp, instr));
                    safepoint!();
                }
                Instr::DictLen { .. } => check!(self.exec_dict_len(fp, instr)),
                Instr::DictSet { .. } => check!(self.exec_dict_set(program, fp, instr)),
                Instr::StrGet { .. } => {
                    check!(self.exec_str_get(fp, instr));
                    safepoint!();
                }
                Instr::Ord { .. } => check!(self.exec_ord(fp, instr)),
                Instr::Chr { .. } => {
                    check!(self.exec_chr(fp, instr));
                    safepoint!();
                }
                Instr::StrLen { .. } => check!(self.exec_str_len(fp, instr)),
                Instr::TruthyStr { .. } => check!(self.exec_truthy_str(fp, instr)),
                Instr::TruthyList { .. } => check!(self.exec_truthy_list(fp, instr)),
                Instr::ListPop { .. } => check!(self.exec_list_pop(fp, instr)),
                Instr::ListContains { .. } => check!(self.exec_list_contains(fp, instr)),
                Instr::ListExtend { .. } => check!(self.exec_list_extend(fp, instr)),
                Instr::StrConcat { .. } => {
                    check!(self.exec_str_concat(fp, instr));
                    safepoint!();
                }
                Instr::TupleItem { .. } => check!(self.exec_tuple_item(fp, instr)),
                Instr::SetOp { .. } => {
                    check!(self.exec_set_op(program, fp, instr));
                    safepoint!();
                }
                Instr::EqValue { .. } => check!(self.exec_eq_value(program, fp, instr)),
                Instr::ToStr { .. } => {
                    check!(self.exec_to_str(program, fp, instr));
                    safepoint!();
                }
                cold_direct_instr!() => {
                    check!(self.exec_direct(program, fp, instr));
                    if instr.facts().alloc {
                        safepoint!();
                    }
                }
                Instr::CmpIntFloat { dst, a, b, cond } => {
                    set!(dst, u64::from(ops::compare_int_float(int!(a), float!(b), cond)))
                }
                Instr::Math { .. } => check!(self.exec_math(fp, instr)),

                Instr::NotBool { dst, src } => set!(dst, u64::from(get!(src) == 0)),
                Instr::TruthyFloat { dst, src } => set!(dst, u64::from(float!(src) != 0.0)),
                Instr::TruthyRef { dst, src } => set!(dst, u64::from(get!(src) != 0)),
                Instr::IsRef { dst, a, b } => set!(dst, u64::from(get!(a) == get!(b))),

                Instr::Jump { target } => goto!(target.0 as usize),
                Instr::LoopBack { target } => {
                    let top = frames.last().expect("a frame is running");
                    let (current, interpreted) = (top.func, top.interpreted);
                    let counters = &mut self.counters[current.0 as usize];
                    counters.back_edges += 1;
                    if counters.back_edges == self.loop_threshold {
                        self.request_compile(current);
                    }
                    goto!(target.0 as usize);
                    self.poll_countdown -= 1;
                    if self.poll_countdown == 0 {
                        self.poll_countdown = POLL_INTERVAL;
                        if self.poll.as_mut().is_some_and(|poll| poll()) {
                            raise!(Raised::bare(ExcKind::KeyboardInterrupt));
                        }
                    }
                    // On-stack replacement: a compiled loop continues natively.
                    if !interpreted {
                        if let Some(entry) = self.entries.get(current) {
                            native!(entry, pc!() as u32);
                        }
                    }
                }
                Instr::JumpIfFalse { cond, target } => {
                    if get!(cond) == 0 {
                        goto!(target.0 as usize);
                    }
                }
                Instr::JumpIfTrue { cond, target } => {
                    if get!(cond) != 0 {
                        goto!(target.0 as usize);
                    }
                }
                Instr::JumpIfNotCmpInt { a, b, cond, target } => {
                    if !ops::compare(&int!(a), &int!(b), cond) {
                        goto!(target.0 as usize);
                    }
                }
                Instr::ForRange { var, base, target } => {
                    let (counter, stop, step) = (int!(base), int!(Reg(base.0 + 1)), int!(Reg(base.0 + 2)));
                    if (step > 0 && counter < stop) || (step < 0 && counter > stop) {
                        set_int!(var, counter);
                        // Saturating: a counter that would pass i64's end has passed `stop` too.
                        set_int!(base, counter.saturating_add(step));
                    } else {
                        goto!(target.0 as usize);
                    }
                }
                Instr::ForList { var, base, target } => {
                    let word = get!(base);
                    // SAFETY: the loop's list register holds a live list or None.
                    let items = check!(unsafe { list_words_or(word, type_error("'NoneType' object is not iterable")) });
                    let index = get!(Reg(base.0 + 1)) as usize;
                    if index < items.len() {
                        set!(var, items[index]);
                        set!(Reg(base.0 + 1), index as u64 + 1);
                    } else {
                        goto!(target.0 as usize);
                    }
                }
                Instr::ForDict { key, value, base, target } => {
                    let (word, position, size) = (get!(base), get!(Reg(base.0 + 1)) as usize, get!(Reg(base.0 + 2)));
                    // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
                    let Some(d) = (unsafe { ObjRef::from_raw(word) }) else {
                        raise!(Raised::new(ExcKind::TypeError, "'NoneType' object is not iterable"));
                    };
                    if d.kind() == ObjKind::Set {
                        // SAFETY: the loop's set register holds a live set; only read here.
                        let table = unsafe { d.set_table() };
                        if table.len() as u64 != size {
                            raise!(Raised::new(ExcKind::RuntimeError, "Set changed size during iteration"));
                        }
                        match table.next_entry(position) {
                            Some((slot, k)) => {
                                set!(key, k);
                                set!(Reg(base.0 + 1), slot as u64 + 1);
                            }
                            None => {
                                goto!(target.0 as usize);
                                stepped_to_target!();
                            }
                        }
                    } else {
                        // SAFETY: the loop's dict register holds a live dict; only read here.
                        let data = unsafe { d.dict_data() };
                        if data.len as u64 != size {
                            raise!(Raised::new(ExcKind::RuntimeError, "dictionary changed size during iteration"));
                        }
                        match (position..data.keys.len()).find(|&i| data.live[i]) {
                            Some(i) => {
                                let remaining = get!(Reg(base.0 + 3));
                                if remaining == 0 {
                                    raise!(Raised::new(
                                        ExcKind::RuntimeError,
                                        "dictionary keys changed during iteration"
                                    ));
                                }
                                set!(Reg(base.0 + 3), remaining.saturating_sub(1));
                                set!(key, data.keys[i]);
                                set!(value, data.values[i]);
                                set!(Reg(base.0 + 1), i as u64 + 1);
                            }
                            None => {
                                goto!(target.0 as usize);
                                stepped_to_target!();
                            }
                        }
                    }
                }
                Instr::CheckRangeStep { step } => {
                    if int!(step) == 0 {
                        raise!(Raised::new(ExcKind::ValueError, "range() arg 3 must not be zero"));
                    }
                }

                Instr::New { dst, class } => {
                    let obj = self.heap.alloc_instance(jcvm_gc::LayoutId(class.0));
                    set!(dst, obj.to_raw());
                    safepoint!();
                }
                Instr::LoadFieldInt { dst, obj, slot, name }
                | Instr::LoadFieldFloat { dst, obj, slot, name }
                | Instr::LoadFieldRef { dst, obj, slot, name } => {
                    let o = obj!(obj, name);
                    // SAFETY: the compiler emits field loads only for slots of the
                    // static class, and every instance of it or a subclass has them.
                    set!(dst, unsafe { o.field(u32::from(slot.0)) });
                }
                Instr::LoadLate { dst, obj, slot, name, mask, bit } => {
                    let o = obj!(obj, name);
                    // SAFETY: the compiler names the assigned-bits slot and a field slot of
                    // the static class (see field loads).
                    let (bits, value) = unsafe { (o.field(u32::from(mask.0)), o.field(u32::from(slot.0))) };
                    if bits & (1 << bit) == 0 {
                        raise!(unassigned_field(program, o, name));
                    }
                    set!(dst, value);
                }
                Instr::StoreLate { obj, slot, src, name, mask, bit } => {
                    let o = obj!(obj, name);
                    let (mask, value) = (u32::from(mask.0), get!(src));
                    // SAFETY: as for LoadLate.
                    unsafe {
                        o.set_field(u32::from(slot.0), value);
                        o.set_field(mask, o.field(mask) | (1 << bit));
                    }
                }
                Instr::StoreFieldInt { obj, slot, src, name }
                | Instr::StoreFieldFloat { obj, slot, src, name }
                | Instr::StoreFieldRef { obj, slot, src, name } => {
                    let o = obj!(obj, name);
                    // SAFETY: as for loads.
                    let value = get!(src);
                    unsafe { o.set_field(u32::from(slot.0), value) };
                }
                Instr::AddFieldInt { obj, slot, src, name } | Instr::SubFieldInt { obj, slot, src, name } => {
                    let o = obj!(obj, name);
                    // SAFETY: as for field loads.
                    let current = unsafe { o.field(u32::from(slot.0)) } as i64;
                    let result = if let Instr::AddFieldInt { .. } = instr {
                        current.checked_add(int!(src))
                    } else {
                        current.checked_sub(int!(src))
                    };
                    let value = check!(result.ok_or_else(ops::int_overflow)) as u64;
                    // SAFETY: as for field stores.
                    unsafe { o.set_field(u32::from(slot.0), value) };
                }
                Instr::AddFieldFloat { obj, slot, src, name }
                | Instr::SubFieldFloat { obj, slot, src, name }
                | Instr::MulFieldFloat { obj, slot, src, name } => {
                    let o = obj!(obj, name);
                    // SAFETY: as for field loads.
                    let current = f64::from_bits(unsafe { o.field(u32::from(slot.0)) });
                    let operand = float!(src);
                    let value = match instr {
                        Instr::AddFieldFloat { .. } => current + operand,
                        Instr::SubFieldFloat { .. } => current - operand,
                        _ => current * operand,
                    };
                    // SAFETY: as for field stores.
                    unsafe { o.set_field(u32::from(slot.0), value.to_bits()) };
                }
                Instr::TupleGet { dst, tuple, slot, unpack } => {
                    // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
                    let Some(t) = (unsafe { ObjRef::from_raw(get!(tuple)) }) else {
                        raise!(values::none_tuple(unpack));
                    };
                    // SAFETY: the compiler emits TupleGet only with a slot of the tuple's static shape.
                    set!(dst, unsafe { t.field(u32::from(slot.0)) });
                }
                Instr::CheckUnpackLen { list, count } => {
                    let word = get!(list);
                    // SAFETY: a list register holds a live list or None.
                    let items = check!(unsafe { list_words_or(word, || values::none_tuple(true)) });
                    check!(values::unpack_len(items.len(), usize::from(count)));
                }
                Instr::IsInstance { dst, obj, class } => {
                    // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
                    // (A Union's word may be a str, which has no class.)
                    let is = unsafe { ObjRef::from_raw(get!(obj)) }.is_some_and(|o| {
                        o.kind() == jcvm_gc::ObjKind::Instance
                            && program.is_subclass(crate::opcode::ClassId(o.layout().0), class)
                    });
                    set!(dst, u64::from(is));
                }

                Instr::Call { dst, func: callee, args, argc }
                | Instr::CallMethod { dst, func: callee, args, argc }
                | Instr::CallFinal { dst, func: callee, args, argc } => {
                    // SAFETY: `Function::verify` checked that the run lies inside call_args.
                    let arg_list =
                        unsafe { func.call_args.get_unchecked(args.0 as usize..args.0 as usize + argc as usize) };
                    let target = match instr {
                        Instr::Call { .. } => callee,
                        _ => {
                            // Verified: a method call has its receiver as first argument.
                            // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
                            let Some(receiver) = (unsafe { ObjRef::from_raw(get!(arg_list[0])) }) else {
                                raise!(none_attribute(&program.function(callee).name));
                            };
                            if let Instr::CallMethod { .. } = instr {
                                let vslot = program.function(callee).vslot.expect("methods have vtable slots");
                                program.classes[receiver.layout().0 as usize].vtable[vslot as usize]
                            } else {
                                callee
                            }
                        }
                    };
                    if frames.len() >= RECURSION_LIMIT {
                        raise!(Raised::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
                    }
                    // SAFETY: `Program::verify` checked that the callee exists and that so does
                    // every vtable entry of the classes a virtual call's receiver can have.
                    let callee_fn = unsafe { program.function_unchecked(target) };
                    // SAFETY: the callee's window starts right past the caller's, so the two
                    // do not overlap, and it fits the stack (see the register-access note).
                    let callee_regs = unsafe { fp.add(func.nregs()) };
                    // SAFETY: argc is the callee's parameter count (Program::verify), so
                    // each argument lands inside the callee's window.
                    unsafe { copy_args!(arg_list, callee_regs) };
                    enter_frame!(target, callee_fn, callee_regs, dst);
                }
                Instr::CallFn { dst, callee, args, argc } => {
                    // SAFETY: a reference-kind register (kinds are verified): 0 or a live object.
                    let Some(object) = (unsafe { ObjRef::from_raw(get!(callee)) }) else {
                        raise!(Raised::new(ExcKind::TypeError, "'NoneType' object is not callable"));
                    };
                    // SAFETY: a `Callable`-typed register holds a function object (slot 0 the
                    // function id, slot 1 the environment or 0): the compiler makes them only
                    // in `function_object`, after checking the function's signature.
                    let (target, env) = unsafe { (FuncId(object.field(0) as u32), object.field(1)) };
                    let hidden = usize::from(env != 0);
                    let Some(callee_fn) = program.functions.get(target.0 as usize) else {
                        raise!(Raised::new(
                            ExcKind::RuntimeError,
                            "internal error: a function object of a missing function"
                        ));
                    };
                    if callee_fn.params.len() != argc as usize + hidden {
                        raise!(Raised::new(
                            ExcKind::RuntimeError,
                            "internal error: a function object of another signature"
                        ));
                    }
                    if frames.len() >= RECURSION_LIMIT {
                        raise!(Raised::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
                    }
                    // SAFETY: `Function::verify` checked that the run lies inside call_args.
                    let arg_list =
                        unsafe { func.call_args.get_unchecked(args.0 as usize..args.0 as usize + argc as usize) };
                    // SAFETY: as for `Call`: the callee's window starts right past the caller's
                    // and holds its parameters (their count was checked above).
                    let callee_regs = unsafe { fp.add(func.nregs()) };
                    if hidden == 1 {
                        // SAFETY: as above; slot 0 is the environment parameter.
                        unsafe { *callee_regs = env };
                    }
                    // SAFETY: hidden + argc is the callee's parameter count (checked above).
                    unsafe { copy_args!(arg_list, callee_regs.add(hidden)) };
                    enter_frame!(target, callee_fn, callee_regs, dst);
                }
                Instr::EnterInline { func: callee, recv, check_none, level } => {
                    if check_none && get!(recv) == 0 {
                        raise!(none_attribute(&program.function(callee).name));
                    }
                    if frames.len() + usize::from(level) >= RECURSION_LIMIT {
                        raise!(Raised::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
                    }
                    self.counters[callee.0 as usize].calls += 1;
                }
                Instr::Ret { src } => return_value!(get!(src)),
                Instr::RetField { obj, slot, name } => {
                    let o = obj!(obj, name);
                    // SAFETY: as for field loads.
                    return_value!(unsafe { o.field(u32::from(slot.0)) })
                }
                Instr::RetNone {} => return_value!(0),
                Instr::NewGen { dst, func: callee, args, argc } => {
                    // SAFETY: `Function::verify` checked that the run lies inside call_args.
                    let arg_list =
                        unsafe { func.call_args.get_unchecked(args.0 as usize..args.0 as usize + argc as usize) };
                    let callee_fn = program.function(callee);
                    let class = callee_fn.generator.expect("verified: NewGen makes generators");
                    let gen = self.heap.alloc_instance(jcvm_gc::LayoutId(class.0));
                    // SAFETY: a generator object has its two state slots and one per register
                    // of its function; frame_init registers and the arguments (as many as
                    // the parameters, verified) are registers of the function.
                    unsafe {
                        gen.set_field(generator_slot::FUNC, u64::from(callee.0));
                        for &(reg, word) in &callee_fn.frame_init {
                            gen.set_field(generator_slot::REGS + u32::from(reg.0), word);
                        }
                    }
                    for (i, reg) in arg_list.iter().enumerate() {
                        let word = get!(reg);
                        // SAFETY: as above.
                        unsafe { gen.set_field(generator_slot::REGS + i as u32, word) };
                    }
                    set!(dst, gen.to_raw());
                    safepoint!();
                }
                Instr::GenNext { dst, gen, target } => {
                    // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
                    let Some(g) = (unsafe { ObjRef::from_raw(get!(gen)) }) else {
                        raise!(Raised::new(ExcKind::TypeError, "'NoneType' object is not an iterator"));
                    };
                    // SAFETY: a generator register holds a live generator object.
                    let state = unsafe { g.field(generator_slot::STATE) };
                    if state == generator_slot::GEN_DONE {
                        goto!(target.0 as usize);
                        stepped_to_target!();
                        continue;
                    }
                    if state == generator_slot::GEN_RUNNING {
                        raise!(Raised::new(ExcKind::ValueError, "generator already executing"));
                    }
                    if frames.len() >= RECURSION_LIMIT {
                        raise!(Raised::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
                    }
                    // SAFETY: the FUNC slot holds the id of the generator's function.
                    let gen_func = FuncId(unsafe { g.field(generator_slot::FUNC) } as u32);
                    let callee_fn = program.function(gen_func);
                    // SAFETY: the generator's window starts right past this frame's and fits
                    // the stack, as a callee's does (see the register-access note).
                    let callee_regs = unsafe { fp.add(func.nregs()) };
                    // SAFETY: the object has a slot per register from `REGS` on; the
                    // window (in the register stack, past this frame's) holds nregs.
                    unsafe {
                        g.fields_into(
                            generator_slot::REGS,
                            std::slice::from_raw_parts_mut(callee_regs, callee_fn.nregs()),
                        )
                    };
                    // SAFETY: as above.
                    unsafe { g.set_field(generator_slot::STATE, generator_slot::GEN_RUNNING) };
                    // SAFETY: both pointers are into the register stack.
                    let base = unsafe { callee_regs.offset_from(regs) } as usize;
                    frames.last_mut().expect("a frame is running").pc = pc!();
                    frames.push(Frame {
                        func: gen_func,
                        pc: state as usize,
                        base,
                        ret: dst,
                        gen: g.to_raw(),
                        exhausted: target.0,
                        interpreted: false,
                    });
                    let counters = &mut self.counters[gen_func.0 as usize];
                    counters.calls += 1;
                    if counters.calls == self.call_threshold {
                        self.request_compile(gen_func);
                    }
                    func = callee_fn;
                    code = func.code.as_ptr();
                    fp = callee_regs;
                    goto!(state as usize);
                    if let Some(entry) = self.entries.get(gen_func) {
                        native!(entry, pc!() as u32);
                    }
                }
                Instr::Yield { src } => {
                    self.yield_frame(frames, pc!(), get!(src));
                    if frames.len() == base {
                        return Outcome::Yielded;
                    }
                    continue_in_top_frame!();
                }

                Instr::ListGet { dst, list, index } => {
                    let word = get!(list);
                    // SAFETY: a list register holds a live list or None.
                    let items =
                        check!(unsafe { list_words_or(word, type_error("'NoneType' object is not subscriptable")) });
                    let i = check!(list_index(int!(index), items.len(), "list index out of range"));
                    set!(dst, items[i]);
                }
                Instr::CheckAttr { obj, name } => {
                    if get!(obj) == 0 {
                        raise!(none_attribute(&program.names[name.0 as usize]));
                    }
                }
                Instr::TupleNGet { dst, tuple, index } => {
                    let word = get!(tuple);
                    // SAFETY: a tuple[T, ...] register holds a live list object or None.
                    let items =
                        check!(unsafe { list_words_or(word, type_error("'NoneType' object is not subscriptable")) });
                    let i = check!(list_index(int!(index), items.len(), "tuple index out of range"));
                    set!(dst, items[i]);
                }
                Instr::ListSet { list, index, src } => {
                    let none = type_error("'NoneType' object does not support item assignment");
                    let word = get!(list);
                    // SAFETY: a list register holds a live list or None, borrowed by nothing else.
                    let items = check!(unsafe { list_words_mut_or(word, none) });
                    let i = check!(list_index(int!(index), items.len(), "list assignment index out of range"));
                    items[i] = get!(src);
                }
                Instr::ListUpdate { list, index, src, op } => {
                    let none = type_error("'NoneType' object is not subscriptable");
                    let word = get!(list);
                    // SAFETY: as for ListSet.
                    let items = check!(unsafe { list_words_mut_or(word, none) });
                    let i = check!(list_index(int!(index), items.len(), "list index out of range"));
                    items[i] = check!(ops::update_item(op, items[i], get!(src)));
                }
                Instr::ListAppend { list, src } => {
                    let word = get!(list);
                    // SAFETY: a list register holds a live list or None.
                    let mut items = check!(unsafe { list_items_or(word, || none_attribute("append")) });
                    let value = get!(src);
                    lists::charging_growth(&mut self.heap, &mut items, |items| items.push(value));
                }
                Instr::ListLen { dst, list } => {
                    let word = get!(list);
                    // SAFETY: a list register holds a live list or None.
                    let items =
                        check!(unsafe { list_words_or(word, type_error("object of type 'NoneType' has no len()")) });
                    set_int!(dst, items.len() as i64);
                }

                Instr::CmpStr { dst, a, b, cond } => {
                    let r = check!(compare_strs(get!(a), get!(b), cond));
                    set!(dst, u64::from(r));
                }
                Instr::Raise { kind, msg } => {
                    // SAFETY: the message register holds a live string or 0.
                    let message = unsafe { ObjRef::from_raw(get!(msg)) }.map(|s| unsafe { s.str() }.to_string());
                    raise!(Raised::Native { kind, message });
                }
                Instr::RaiseObj { exc, cause, from } => {
                    let (word, cause_word) = (get!(exc), get!(cause));
                    // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
                    let Some(obj) = (unsafe { ObjRef::from_raw(word) }) else {
                        raise!(Raised::new(ExcKind::TypeError, "exceptions must derive from BaseException"));
                    };
                    if from {
                        // SAFETY: `raise` is compiled only for exception objects.
                        unsafe {
                            obj.set_field(u32::from(slot::CAUSE), cause_word);
                            obj.set_field(u32::from(slot::SUPPRESS), 1);
                        }
                    }
                    raise!(Raised::Object(word));
                }
                Instr::Reraise { exc } => raise!(Raised::Reraise(get!(exc))),
                Instr::ReraiseCurrent {} => match self.handling.last() {
                    Some(h) => raise!(Raised::Reraise(h.exc)),
                    None => raise!(Raised::new(ExcKind::RuntimeError, "No active exception to reraise")),
                },
                Instr::EnterHandler { exc } => {
                    let word = get!(exc);
                    self.handling.push(Handling { depth: frames.len(), start: (pc!() - 1) as u32, exc: word });
                }
                Instr::ExitHandler {} => {
                    self.handling.pop();
                }
                Instr::ExcInit { exc, arg, ty, args } => {
                    let word = get!(exc);
                    // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
                    let o = unsafe { ObjRef::from_raw(word) }.expect("a constructed exception");
                    let (text, repr) = if args == 0 {
                        (0, 0)
                    } else {
                        let ty = &program.types[ty.0 as usize];
                        let arg_word = get!(arg);
                        let mut text = String::new();
                        format::write_value(program, arg_word, ty, false, &mut text);
                        let mut repr = String::new();
                        format::write_value(program, arg_word, ty, true, &mut repr);
                        let is_key_error =
                            program.is_subclass(crate::opcode::ClassId(o.layout().0), ExcKind::KeyError.class());
                        if args == 2 {
                            // Several arguments: str(e) is repr(e.args); repr(e) lists them.
                            text = repr.clone();
                            repr = repr[1..repr.len() - 1].to_string();
                        } else if is_key_error {
                            // str(KeyError(k)) is repr(k).
                            text = repr.clone();
                        }
                        (self.heap.alloc_str(text).to_raw(), self.heap.alloc_str(repr).to_raw())
                    };
                    // SAFETY: ExcInit is emitted only for exception objects.
                    unsafe {
                        o.set_field(u32::from(slot::STR), text);
                        o.set_field(u32::from(slot::REPR), repr);
                    }
                    safepoint!();
                }
            }
        }
    }
}

impl Vm<'_> {
    /// `dict.op(key, value)` (see [`crate::opcode::DictOp`]); the result word.
    fn dict_op(
        &mut self,
        program: &Program,
        d: ObjRef,
        k: u64,
        v: u64,
        op: crate::opcode::DictOp,
    ) -> exception::OpResult<u64> {
        // The key's encoding goes in a buffer kept between operations (no allocation).
        let mut encoded = std::mem::take(&mut self.key_buf);
        encoded.clear();
        let result = self.dict_op_with(program, d, k, v, op, &mut encoded);
        self.key_buf = encoded;
        result
    }

    fn dict_op_with(
        &mut self,
        program: &Program,
        d: ObjRef,
        k: u64,
        v: u64,
        op: crate::opcode::DictOp,
        encoded: &mut Vec<u8>,
    ) -> exception::OpResult<u64> {
        use crate::opcode::DictOp;
        let key_ty = dicts::key_ty(program, d);
        if !matches!(op, DictOp::Update | DictOp::Clear | DictOp::Copy) {
            dicts::encode_key(program, k, key_ty, encoded);
        }
        let encoded: &[u8] = encoded;
        // SAFETY: `d` is a live dict; this is the only borrow of its data.
        let data = unsafe { d.dict_data() };
        let found = || dicts::find(data, encoded);
        let missing = || dicts::key_error(program, k, key_ty);
        Ok(match op {
            DictOp::Contains => u64::from(found().is_some()),
            DictOp::Get => data.values[found().ok_or_else(missing)?],
            DictOp::GetOr => found().map_or(v, |at| data.values[at]),
            DictOp::Pop => dicts::remove(data, encoded).ok_or_else(missing)?,
            DictOp::PopOr => dicts::remove(data, encoded).unwrap_or(v),
            DictOp::SetDefault => match found() {
                Some(at) => data.values[at],
                None => {
                    dicts::insert(data, encoded, k, v);
                    v
                }
            },
            DictOp::Del => {
                dicts::remove(data, encoded).ok_or_else(missing)?;
                0
            }
            DictOp::Add
            | DictOp::Discard
            | DictOp::Remove
            | DictOp::FoldConstant
            | DictOp::FoldFrozen
            | DictOp::IntersectionUpdate
            | DictOp::DifferenceUpdate
            | DictOp::SymmetricDifferenceUpdate => {
                unreachable!("the compiler emits set operations only on sets")
            }
            DictOp::Update => {
                // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
                let other = unsafe { ObjRef::from_raw(k) }
                    .ok_or_else(|| Raised::new(ExcKind::TypeError, "'NoneType' object is not iterable"))?;
                // SAFETY: a live dict, read while `data` (another object, or the same one: then
                // nothing changes) is updated from a copy of its entries.
                let (keys, values, live): (Vec<u64>, Vec<u64>, Vec<bool>) = {
                    let src = unsafe { other.dict_data() };
                    (src.keys.clone(), src.values.clone(), src.live.clone())
                };
                // SAFETY: as above.
                let data = unsafe { d.dict_data() };
                for (i, key) in keys.into_iter().enumerate() {
                    if live[i] {
                        let mut encoded = Vec::with_capacity(KEY_BUF);
                        dicts::encode_key(program, key, key_ty, &mut encoded);
                        dicts::insert(data, &encoded, key, values[i]);
                    }
                }
                0
            }
            DictOp::Clear => {
                *data = jcvm_gc::DictData::default();
                0
            }
            DictOp::Copy => {
                let (keys, values, live) = (data.keys.clone(), data.values.clone(), data.live.clone());
                let copy = self.heap.alloc_dict(d.dict_flags());
                // SAFETY: a fresh dict.
                let target = unsafe { copy.dict_data() };
                for (i, key) in keys.into_iter().enumerate() {
                    if live[i] {
                        let mut encoded = Vec::with_capacity(KEY_BUF);
                        dicts::encode_key(program, key, key_ty, &mut encoded);
                        dicts::insert(target, &encoded, key, values[i]);
                    }
                }
                copy.to_raw()
            }
        })
    }

    /// `list(d.keys())` / `list(d.values())` / `list(d.items())`.
    fn dict_list(&mut self, d: ObjRef, part: u8, pair: crate::opcode::ClassId) -> u64 {
        let flags = d.dict_flags();
        if d.kind() == ObjKind::Set {
            return self.heap.alloc_list(sets::keys(d), flags & dicts::KEY_REFS != 0).to_raw();
        }
        // SAFETY: a live dict; its words are copied out before allocating.
        let (keys, values, live) = {
            let data = unsafe { d.dict_data() };
            (data.keys.clone(), data.values.clone(), data.live.clone())
        };
        let live_entries = (0..keys.len()).filter(|&i| live[i]);
        let (words, refs): (Vec<u64>, bool) = match part {
            0 => (live_entries.map(|i| keys[i]).collect(), flags & dicts::KEY_REFS != 0),
            1 => (live_entries.map(|i| values[i]).collect(), flags & dicts::VALUE_REFS != 0),
            _ => {
                let mut pairs = Vec::with_capacity(keys.len());
                for i in live_entries {
                    let t = self.heap.alloc_instance(jcvm_gc::LayoutId(pair.0));
                    // SAFETY: a fresh pair tuple has two slots.
                    unsafe {
                        t.set_field(0, keys[i]);
                        t.set_field(1, values[i]);
                    }
                    pairs.push(t.to_raw());
                }
                (pairs, true)
            }
        };
        self.heap.alloc_list(words, refs).to_raw()
    }
}

/// The nonzero counts of a per-opcode table, by mnemonic, most frequent first.
fn by_opcode(counts: &[u64]) -> Vec<(&'static str, u64)> {
    let mut named: Vec<_> = crate::opcode::OPCODE_NAMES
        .iter()
        .zip(counts)
        .filter(|(_, &count)| count > 0)
        .map(|(&name, &count)| (name, count))
        .collect();
    named.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    named
}

/// Writes a new frame's initial registers (see [`crate::program::Function::frame_init`]).
///
/// # Safety
/// `regs` must point at a window of at least `function.nregs()` writable words.
#[inline(always)]
pub(crate) unsafe fn init_frame(function: &crate::program::Function, regs: *mut u64) {
    for &(reg, word) in &function.frame_init {
        // SAFETY: `Function::verify` checked that every frame_init register is below
        // nregs, and the caller guarantees the window is that wide.
        unsafe { *regs.add(reg.0 as usize) = word };
    }
}
