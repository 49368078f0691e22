//! The interpreter's side of tier 1: the table compiled entries are published
//! in, the hook told when a function is hot, the context compiled code runs
//! with, and the helpers it calls back into.
//!
//! The protocol (ARCHITECTURE.md, "Tier-up"):
//! - Compiled code keeps the interpreter's frame: registers live in the same
//!   register-stack window, every reference register is written through to it
//!   (so the GC's frame scan stays precise), and the frame is on the frame
//!   stack (so tracebacks and handlers see it).
//! - An instruction the code generator does not lower, and the slow path of
//!   one it does (an overflow, a None receiver, a zero divisor), is *stepped*:
//!   [`jit_step`] runs exactly that instruction in the interpreter, which
//!   raises the same exception with the same message. A raise lands in a
//!   handler of the compiled frame (execution continues there natively) or
//!   escapes it (the frame is gone and the compiled code returns
//!   [`status::ESCAPED`]).
//! - [`jit_finish`] runs the rest of a frame in the interpreter (instructions
//!   that jump from inside the interpreter, such as a generator's exhaustion).

use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU32, Ordering};
use std::sync::Arc;

pub use super::direct::is_direct;
use super::{init_frame, ops, Frame, FrameStack, Outcome, Vm, RECURSION_LIMIT};
use crate::opcode::{Cond, FuncId, Instr, Reg};
use crate::program::Program;

/// A compiled function: `entry(ctx, fp, pc)` runs the frame whose registers
/// start at `fp` from its start (`pc` = [`CALL_ENTRY`]: a fresh frame, its
/// parameters and frame_init registers written) or from loop header `pc`
/// (on-stack replacement), and returns a [`status`].
pub type NativeEntry = unsafe extern "C" fn(ctx: *mut JitCtx, fp: *mut u64, pc: u32) -> NativeResult;

/// What compiled code returns: a [`status`] and, with `FINISHED`, the
/// returned value (two registers in the C calling convention).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct NativeResult {
    pub status: u32,
    pub value: u64,
}

/// The `pc` argument of a call's entry into compiled code.
pub const CALL_ENTRY: u32 = u32::MAX;

/// What compiled code and the helpers it calls return.
pub mod status {
    /// A helper finished: continue at `ctx.next_pc` (the next instruction, or
    /// the handler an exception landed in).
    pub const CONTINUE: u32 = 0;
    /// An exception escaped the frame; the frame is popped and the exception
    /// is pending in the VM.
    pub const ESCAPED: u32 = 1;
    /// The frame returned a value (compiled code returns it beside the status,
    /// a helper leaves it in `ctx.ret`); the frame is still on the frame stack
    /// (its caller pops it).
    pub const FINISHED: u32 = 2;
    /// The compiled code has no entry at the requested pc; nothing ran.
    pub const NOT_ENTERED: u32 = 3;
    /// The frame, a generator's, yielded ([`super::jit_yield`]): it is popped,
    /// its registers are saved in the generator object, and the value is in
    /// the register its caller resumed it into.
    pub const YIELDED: u32 = 4;
}

/// What one run of compiled code sees. Field offsets are read by the code
/// generator through [`JitCtx::OFFSETS`].
#[repr(C)]
pub struct JitCtx {
    /// The value a helper returned with [`status::FINISHED`] (compiled code
    /// returns it beside the status: [`NativeResult`]).
    pub ret: u64,
    /// Where to continue (with [`status::CONTINUE`]).
    pub next_pc: u32,
    /// The depth of the frame being entered (its entry's recursion check):
    /// written before each entry, stale after the entered code returns.
    pub depth: u32,
    /// A helper's status, when compiled code called it through the JIT's
    /// register-preserving slow-path trampoline (which cannot return values).
    pub status: u32,
    pub globals: *mut u64,
    pub globals_bound: *mut bool,
    pub constants: *const u64,
    /// Back-edges until the embedder's poll (the VM's countdown).
    pub poll: *mut u32,
    /// The frame stack's buffer and length (compiled calls push and pop frames).
    pub frame_buf: *mut u8,
    pub frame_len: *mut usize,
    /// The heap's size classes, debt and inline limit (`jcvm_gc::InlineState`):
    /// compiled code allocates instances there without a call.
    pub alloc_classes: *mut u8,
    pub alloc_debt: *mut usize,
    pub alloc_limit: *const usize,
    /// The shared one-character strs, U+0000 to U+00FF (`chr`, `s[i]`).
    pub latin1: *const u64,
    vm: *mut (),
    frames: *mut FrameStack,
}

/// Byte offsets of the [`JitCtx`] fields compiled code reads.
#[derive(Clone, Copy, Debug)]
pub struct CtxOffsets {
    pub ret: i32,
    pub next_pc: i32,
    pub depth: i32,
    pub status: i32,
    pub globals: i32,
    pub globals_bound: i32,
    pub constants: i32,
    pub poll: i32,
    pub frame_buf: i32,
    pub frame_len: i32,
    pub alloc_classes: i32,
    pub alloc_debt: i32,
    pub alloc_limit: i32,
    pub latin1: i32,
}

impl JitCtx {
    pub const OFFSETS: CtxOffsets = CtxOffsets {
        ret: std::mem::offset_of!(JitCtx, ret) as i32,
        next_pc: std::mem::offset_of!(JitCtx, next_pc) as i32,
        depth: std::mem::offset_of!(JitCtx, depth) as i32,
        status: std::mem::offset_of!(JitCtx, status) as i32,
        globals: std::mem::offset_of!(JitCtx, globals) as i32,
        globals_bound: std::mem::offset_of!(JitCtx, globals_bound) as i32,
        constants: std::mem::offset_of!(JitCtx, constants) as i32,
        poll: std::mem::offset_of!(JitCtx, poll) as i32,
        frame_buf: std::mem::offset_of!(JitCtx, frame_buf) as i32,
        frame_len: std::mem::offset_of!(JitCtx, frame_len) as i32,
        alloc_classes: std::mem::offset_of!(JitCtx, alloc_classes) as i32,
        alloc_debt: std::mem::offset_of!(JitCtx, alloc_debt) as i32,
        alloc_limit: std::mem::offset_of!(JitCtx, alloc_limit) as i32,
        latin1: std::mem::offset_of!(JitCtx, latin1) as i32,
    };
}

/// Offsets in the frame stack's frames (see [`JitCtx::frame_buf`]).
pub const FRAME_OFFSETS: super::FrameOffsets = FrameStack::OFFSETS;

impl JitCtx {}

/// One entry per function of a program: null until its compiled code is
/// installed (once; entries never change after that).
pub struct EntryTable {
    entries: Box<[AtomicPtr<u8>]>,
    requested: Box<[AtomicBool]>,
    installed: AtomicU32,
    /// Whether the VM has an embedder's poll, which compiled loops then call
    /// every so many back-edges (without one, they count nothing).
    polls: AtomicBool,
}

impl EntryTable {
    pub fn new(functions: usize) -> EntryTable {
        EntryTable {
            entries: (0..functions).map(|_| AtomicPtr::new(std::ptr::null_mut())).collect(),
            requested: (0..functions).map(|_| AtomicBool::new(false)).collect(),
            installed: AtomicU32::new(0),
            polls: AtomicBool::new(false),
        }
    }

    /// Whether code compiled from now on calls the embedder's poll at back-edges.
    pub fn polls(&self) -> bool {
        self.polls.load(Ordering::Relaxed)
    }

    pub fn set_polls(&self, polls: bool) {
        self.polls.store(polls, Ordering::Relaxed);
    }

    /// The compiled entry of `func`, if installed.
    #[inline]
    pub fn get(&self, func: FuncId) -> Option<NativeEntry> {
        let ptr = self.entries.get(func.0 as usize)?.load(Ordering::Acquire);
        // SAFETY: only `install` stores non-null pointers, and its contract is that
        // they are finalized code with the `NativeEntry` signature.
        (!ptr.is_null()).then(|| unsafe { std::mem::transmute::<*mut u8, NativeEntry>(ptr) })
    }

    /// Marks `func` as requested; false if it already was (each function is
    /// compiled at most once).
    pub fn claim(&self, func: FuncId) -> bool {
        self.requested.get(func.0 as usize).is_some_and(|r| !r.swap(true, Ordering::AcqRel))
    }

    /// Publishes compiled code for `func`; the next call (or loop back-edge) runs it.
    ///
    /// # Safety
    /// `code` is finalized, executable code with the [`NativeEntry`] signature,
    /// compiled from this table's program's `func`, and it stays mapped for as
    /// long as this table is used.
    pub unsafe fn install(&self, func: FuncId, code: *const u8) {
        self.entries[func.0 as usize].store(code as *mut u8, Ordering::Release);
        self.installed.fetch_add(1, Ordering::Relaxed);
    }

    /// The address of `func`'s entry slot (compiled callers load it to call
    /// the callee's code directly; null: not compiled yet).
    pub fn slot_address(&self, func: FuncId) -> *const AtomicPtr<u8> {
        &self.entries[func.0 as usize]
    }

    /// How many functions the table has an entry for (compiled or not).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the program has no functions.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// How many functions have compiled code.
    pub fn installed(&self) -> u32 {
        self.installed.load(Ordering::Relaxed)
    }
}

/// The JIT as the interpreter sees it: told about hot functions.
pub trait Tiering: Send + Sync {
    /// Compiles `func` of `program` and installs it in `entries` — on a
    /// background thread when `background`, else before returning. A function
    /// the code generator refuses stays interpreted.
    fn compile(&self, program: &Arc<Program>, func: FuncId, entries: &Arc<EntryTable>, background: bool);
}

/// When the interpreter asks for compiled code.
#[derive(Clone)]
pub struct TierOptions {
    pub tiering: Arc<dyn Tiering>,
    /// Compile every function before its first call, on the calling thread.
    pub eager: bool,
    /// Calls after which a function is compiled (background).
    pub call_threshold: u64,
    /// Loop back-edges after which a function is compiled (background).
    pub loop_threshold: u64,
}

impl Vm<'_> {
    /// Runs compiled `entry` on the top frame (registers at `fp`) from `pc`.
    #[inline]
    pub(super) fn run_native(
        &mut self,
        entry: NativeEntry,
        frames: &mut FrameStack,
        fp: *mut u64,
        pc: u32,
    ) -> (u32, u64) {
        let alloc = self.heap.inline_state();
        let mut ctx = JitCtx {
            ret: 0,
            next_pc: 0,
            depth: frames.len() as u32,
            status: 0,
            globals: self.globals.as_mut_ptr(),
            globals_bound: self.globals_bound.as_mut_ptr(),
            constants: self.constants.as_ptr(),
            poll: &mut self.poll_countdown,
            frame_buf: frames.buffer() as *mut u8,
            frame_len: frames.len_address(),
            alloc_classes: alloc.classes,
            alloc_debt: alloc.debt,
            alloc_limit: alloc.limit,
            latin1: self.latin1.as_ptr(),
            vm: self as *mut Self as *mut (),
            frames,
        };
        // SAFETY: `entry` was installed for the top frame's function (its contract),
        // `fp` is that frame's window, and the context points at this VM and its
        // frame stack, which nothing else touches until the call returns.
        let result = unsafe { entry(&mut ctx, fp, pc) };
        (result.status, result.value)
    }
}

/// The VM and frame stack behind a context.
///
/// # Safety
/// `ctx` is the context `run_native` made, during the native call.
unsafe fn parts<'c>(ctx: *mut JitCtx) -> (&'c mut JitCtx, &'c mut Vm<'static>, &'c mut FrameStack) {
    // SAFETY: per the contract the pointers are live and unaliased while compiled code
    // runs (the interpreter that made them waits for it). The VM's lifetime parameter
    // only bounds its output and poll boxes, which are used, not stored, here.
    unsafe {
        let ctx = &mut *ctx;
        let vm = &mut *(ctx.vm as *mut Vm<'static>);
        let frames = &mut *ctx.frames;
        (ctx, vm, frames)
    }
}

/// Runs instruction `pc` of the top frame in the interpreter.
///
/// # Safety
/// Called by compiled code with its context, after writing the instruction's
/// operand registers to the frame.
pub unsafe extern "C" fn jit_step(ctx: *mut JitCtx, pc: u32) -> u32 {
    // SAFETY: per the contract.
    let (ctx, vm, frames) = unsafe { parts(ctx) };
    let base = frames.len() - 1;
    frames[base].pc = pc as usize;
    let opcode = vm.program.function(frames[base].func).code[pc as usize].opcode();
    vm.steps[opcode] += 1;
    finish(ctx, vm.execute_frames::<true>(frames, base, pc as usize + 1))
}

/// A direct instruction's helper for compiled code: `(ctx, fp, instr, pc)`.
pub type DirectHelper = unsafe extern "C" fn(*mut JitCtx, *mut u64, *const Instr, u32) -> u32;

/// The body of every [`DirectHelper`]: runs direct instruction `instr`, at
/// `pc` of the top frame, through `run` (its function), without the
/// interpreter's loop; then the GC safepoint if it allocates. An exception
/// it raises lands as the interpreter's would.
///
/// # Safety
/// As [`jit_step`], with the instruction's operand registers written to the
/// frame; `fp` is the top frame's register window and `instr` points at
/// instruction `pc` of its function, in the running program.
#[inline(always)]
unsafe fn run_direct(
    ctx: *mut JitCtx,
    fp: *mut u64,
    instr: *const Instr,
    pc: u32,
    opcode: usize,
    allocates: bool,
    run: impl FnOnce(&mut Vm<'static>, &Program, *mut u64, &Instr) -> super::exception::OpResult<()>,
) -> u32 {
    // SAFETY: per the contract.
    let (ctx, vm, frames) = unsafe { parts(ctx) };
    // SAFETY: the program is replaced only while no frame is live (see `execute_frames`).
    let program: &Program = unsafe { &*Arc::as_ptr(&vm.program) };
    // SAFETY: per the contract, `instr` is an instruction of that program.
    let instr = unsafe { &*instr };
    vm.direct_calls[opcode] += 1;
    match run(vm, program, fp, instr) {
        Ok(()) => {
            if allocates && vm.heap.should_collect() {
                let base = frames.len() - 1;
                frames[base].pc = pc as usize + 1;
                vm.collect(frames);
            }
            ctx.next_pc = pc + 1;
            status::CONTINUE
        }
        Err(raised) => raise_in_top_frame(ctx, vm, frames, raised, pc),
    }
}

/// `direct_helper`, from the list of direct instructions: one helper per
/// instruction, which calls its function with no dispatch on the opcode.
macro_rules! direct_helpers {
    (; $($name:ident => $function:ident $(($p:ident))?,)*) => {
        /// The helper compiled code calls for `instr` when it is a direct
        /// instruction ([`is_direct`]); None otherwise.
        pub fn direct_helper(instr: &Instr) -> Option<DirectHelper> {
            Some(match instr {
                $( Instr::$name { .. } => {
                    /// # Safety
                    /// As [`run_direct`].
                    unsafe extern "C" fn helper(ctx: *mut JitCtx, fp: *mut u64, instr: *const Instr, pc: u32) -> u32 {
                        const OPCODE: usize = crate::opcode::Opcode::$name as usize;
                        const ALLOCATES: bool = crate::opcode::OPCODE_FACTS[OPCODE].alloc;
                        // SAFETY: per the contract.
                        unsafe {
                            run_direct(ctx, fp, instr, pc, OPCODE, ALLOCATES, |vm, _program, fp, instr| {
                                super::direct::call_direct_function!(vm, _program, fp, instr, $function $(, $p)?)
                            })
                        }
                    }
                    helper
                } )*
                _ => return None,
            })
        }
    };
}
super::direct::with_direct_functions!(direct_helpers!());

/// Raises `raised` at `pc` of the top frame, a compiled one: CONTINUE at the
/// handler it landed in there, or ESCAPED.
#[cold]
fn raise_in_top_frame(
    ctx: &mut JitCtx,
    vm: &mut Vm<'static>,
    frames: &mut FrameStack,
    raised: super::exception::Raised,
    pc: u32,
) -> u32 {
    let base = frames.len() - 1;
    let exc = vm.raise_at(frames, raised, pc as usize + 1);
    let outcome = match vm.find_handler(frames, exc, base) {
        Ok(()) => Outcome::Stepped(frames[base].pc),
        Err(exc) => vm.escaped(exc),
    };
    finish(ctx, outcome)
}

/// Runs the rest of the top frame in the interpreter (and never re-enters
/// compiled code for it).
///
/// # Safety
/// As [`jit_step`], with every register of the frame written.
pub unsafe extern "C" fn jit_finish(ctx: *mut JitCtx, pc: u32) -> u32 {
    // SAFETY: per the contract.
    let (ctx, vm, frames) = unsafe { parts(ctx) };
    let base = frames.len() - 1;
    frames[base].pc = pc as usize;
    frames[base].interpreted = true;
    finish(ctx, vm.execute_frames::<false>(frames, base, 0))
}

/// Calls the embedder's poll at loop back-edge `pc` (KeyboardInterrupt if it says so).
///
/// # Safety
/// As [`jit_step`].
pub unsafe extern "C" fn jit_poll(ctx: *mut JitCtx, pc: u32) -> u32 {
    // SAFETY: per the contract.
    let (ctx, vm, frames) = unsafe { parts(ctx) };
    let base = frames.len() - 1;
    frames[base].pc = pc as usize;
    let outcome = vm.poll_at_back_edge(frames, base, pc as usize);
    finish(ctx, outcome)
}

fn finish(ctx: &mut JitCtx, outcome: Outcome) -> u32 {
    match outcome {
        Outcome::Stepped(next) => {
            ctx.next_pc = next as u32;
            status::CONTINUE
        }
        Outcome::Returned(value) => {
            ctx.ret = value;
            status::FINISHED
        }
        Outcome::Escaped => status::ESCAPED,
        Outcome::Yielded => status::YIELDED,
    }
}

/// `yield` at `pc` of the top frame, a generator's (see [`status::YIELDED`]).
///
/// # Safety
/// As [`jit_step`], with the registers live after the yield and its operand
/// written to the frame.
pub unsafe extern "C" fn jit_yield(ctx: *mut JitCtx, pc: u32) -> u32 {
    // SAFETY: per the contract.
    let (_, vm, frames) = unsafe { parts(ctx) };
    let frame = frames[frames.len() - 1];
    let Instr::Yield { src } = vm.program.function(frame.func).code[pc as usize] else {
        unreachable!("jit_yield is emitted for yields only")
    };
    let value = vm.stack[frame.base + src.0 as usize];
    vm.yield_frame(frames, pc as usize + 1, value);
    status::YIELDED
}

/// A call (`Call`, `CallFinal`, `CallMethod`) at `pc` of the top frame: the
/// callee runs compiled (directly) or in the interpreter, and its result is
/// written to the call's destination register in the frame.
///
/// # Safety
/// As [`jit_step`]: the argument registers are written to the frame.
pub unsafe extern "C" fn jit_call(ctx_ptr: *mut JitCtx, pc: u32) -> u32 {
    // SAFETY: per the contract.
    let (ctx, vm, frames) = unsafe { parts(ctx_ptr) };
    let caller = frames.len() - 1;
    let frame = frames[caller];
    // SAFETY: as in `execute_frames`: the program outlives every frame.
    let program: &Program = unsafe { &*Arc::as_ptr(&vm.program) };
    let function = program.function(frame.func);
    let pc = pc as usize;
    let instr = function.code[pc];
    let (dst, callee, args, argc) = match instr {
        Instr::Call { dst, func, args, argc }
        | Instr::CallFinal { dst, func, args, argc }
        | Instr::CallMethod { dst, func, args, argc } => (dst, func, args, argc),
        _ => unreachable!("jit_call is emitted for calls only"),
    };
    let arg_regs = function.call_arg_regs(args, argc);
    // SAFETY: a live frame's window is inside the register stack.
    let fp = unsafe { vm.stack.as_mut_ptr().add(frame.base) };
    let read = |r: Reg| -> u64 {
        // SAFETY: verified register operands are inside the frame.
        unsafe { *fp.add(r.0 as usize) }
    };
    let target = match instr {
        Instr::Call { .. } => callee,
        _ => {
            let receiver = read(arg_regs[0]);
            if receiver == 0 {
                // SAFETY: per the contract; the interpreter raises the AttributeError.
                return unsafe { jit_step(ctx_ptr, pc as u32) };
            }
            match instr {
                Instr::CallMethod { .. } => {
                    // SAFETY: a non-None receiver register holds a live instance.
                    let class = unsafe { jcvm_gc::ObjRef::from_raw(receiver).expect("checked").layout().0 };
                    let vslot = program.function(callee).vslot.expect("methods have vtable slots");
                    program.classes[class as usize].vtable[vslot as usize]
                }
                _ => callee,
            }
        }
    };
    if frames.len() >= RECURSION_LIMIT {
        // SAFETY: per the contract; the interpreter raises the RecursionError.
        return unsafe { jit_step(ctx_ptr, pc as u32) };
    }
    let callee_fn = program.function(target);
    // SAFETY: the callee's window starts right past the caller's and fits the stack,
    // as for the interpreter's calls; argc is the callee's parameter count (verified).
    let callee_regs = unsafe { fp.add(function.nregs()) };
    // SAFETY: the callee's window holds its nregs registers (frame_init's are below
    // nregs, verified) and its parameters, one per argument.
    unsafe {
        init_frame(callee_fn, callee_regs);
        for (i, &r) in arg_regs.iter().enumerate() {
            *callee_regs.add(i) = read(r);
        }
    }
    frames[caller].pc = pc + 1;
    let base = frame.base + function.nregs();
    frames.push(Frame { func: target, pc: 0, base, ret: dst, gen: 0, exhausted: 0, interpreted: false });
    let counters = &mut vm.counters[target.0 as usize];
    counters.calls += 1;
    if counters.calls == vm.call_threshold {
        vm.request_compile(target);
    }
    let outcome = match vm.entries.get(target) {
        Some(entry) => match vm.run_native(entry, frames, callee_regs, CALL_ENTRY) {
            (status::FINISHED, value) => Outcome::Returned(value),
            (status::ESCAPED, _) => Outcome::Escaped,
            _ => vm.execute_frames::<false>(frames, caller + 1, 0),
        },
        None => vm.execute_frames::<false>(frames, caller + 1, 0),
    };
    match outcome {
        Outcome::Returned(value) => {
            frames.pop();
            // SAFETY: `dst` is a verified register of the caller's frame.
            unsafe { *fp.add(dst.0 as usize) = value };
            ctx.next_pc = pc as u32 + 1;
            status::CONTINUE
        }
        Outcome::Escaped => land_in_top_frame(ctx, vm, frames),
        Outcome::Stepped(_) => unreachable!("only single steps stop at a pc"),
        Outcome::Yielded => unreachable!("a call's frame is not a generator's"),
    }
}

/// After a compiled callee that compiled code called directly let an
/// exception escape (its frame is gone): the handler search continues in the
/// top frame, the caller (whose pc already points past the call; `_pc` keeps
/// the helpers' common signature).
///
/// # Safety
/// As [`jit_step`]; an exception is pending.
pub unsafe extern "C" fn jit_land(ctx: *mut JitCtx, _pc: u32) -> u32 {
    // SAFETY: per the contract.
    let (ctx, vm, frames) = unsafe { parts(ctx) };
    land_in_top_frame(ctx, vm, frames)
}

/// Continues the search for a handler of the pending exception in the top frame.
fn land_in_top_frame(ctx: &mut JitCtx, vm: &mut Vm<'static>, frames: &mut FrameStack) -> u32 {
    let caller = frames.len() - 1;
    let exc = std::mem::take(&mut vm.pending);
    // SAFETY: an escaped exception is a live exception object.
    let exc = unsafe { jcvm_gc::ObjRef::from_raw(exc) }.expect("an escaped exception is pending");
    match vm.find_handler(frames, exc, caller) {
        Ok(()) => {
            ctx.next_pc = frames[caller].pc as u32;
            status::CONTINUE
        }
        Err(exc) => {
            vm.pending = exc.to_raw();
            status::ESCAPED
        }
    }
}

/// `isinstance(obj, class)` for an instance register's word (None and strs are
/// not instances).
///
/// # Safety
/// As [`jit_step`]; `obj` is a reference register's word.
pub unsafe extern "C" fn jit_isinstance(ctx: *mut JitCtx, obj: u64, class: u32) -> u64 {
    // SAFETY: per the contract.
    let (_, vm, _) = unsafe { parts(ctx) };
    // SAFETY: a reference register holds 0 or a live object.
    let is = unsafe { jcvm_gc::ObjRef::from_raw(obj) }.is_some_and(|o| {
        o.kind() == jcvm_gc::ObjKind::Instance
            && vm.program.is_subclass(crate::opcode::ClassId(o.layout().0), crate::opcode::ClassId(class))
    });
    u64::from(is)
}

/// `set.add(n)` for a set of ints, which compiled code has checked (a set
/// object whose key type is int): no heap object is allocated (the table
/// grows in place) and nothing can raise. Returns `DictOp`'s result, 0.
///
/// # Safety
/// `set` is a live set of ints that nothing else borrows during the call.
pub unsafe extern "C" fn jit_set_add_int(set: u64, n: i64) -> u64 {
    // SAFETY: per the contract, a live object.
    let set = unsafe { jcvm_gc::ObjRef::from_raw(set) }.expect("compiled code checked the set for None");
    super::sets::add_int(set, n);
    0
}

/// `n in set` for a set of ints, which compiled code has checked (as for
/// [`jit_set_add_int`]): 1 or 0.
///
/// # Safety
/// `set` is a live set of ints that nothing borrows mutably during the call.
pub unsafe extern "C" fn jit_set_contains_int(set: u64, n: i64) -> u64 {
    // SAFETY: per the contract, a live object.
    let set = unsafe { jcvm_gc::ObjRef::from_raw(set) }.expect("compiled code checked the set for None");
    u64::from(super::sets::contains_int(set, n))
}

/// `x ** y` for a positive finite `x` and a finite `y`, which compiled code
/// has checked: the C library's `pow`, as `mathlib::float_pow` computes it
/// there (an infinite result, an overflow, is the caller's to raise).
pub extern "C" fn jit_pow_positive(x: f64, y: f64) -> f64 {
    x.powf(y)
}

/// `list.insert(index, value)` for a list compiled code has checked is not
/// None (an insertion never raises: the index is clamped). The buffer may
/// grow; no heap object is allocated.
///
/// # Safety
/// `list` is a live list whose items nothing else borrows during the call.
pub unsafe extern "C" fn jit_list_insert(list: u64, index: i64, value: u64) -> u64 {
    // SAFETY: per the contract, a live object.
    let list = unsafe { jcvm_gc::ObjRef::from_raw(list) }.expect("compiled code checked the list for None");
    // SAFETY: a live list, borrowed for this call only.
    let mut items = unsafe { list.list_items() };
    super::lists::insert(&mut items, index, value);
    0
}

/// `list.pop(at)` for an index compiled code has checked (`0 <= at < len`):
/// the item, whose place the ones after it close up.
///
/// # Safety
/// `list` is a live list whose items nothing else borrows during the call,
/// and `at` is in bounds.
pub unsafe extern "C" fn jit_list_remove_at(list: u64, at: i64) -> u64 {
    // SAFETY: per the contract, a live object.
    let list = unsafe { jcvm_gc::ObjRef::from_raw(list) }.expect("compiled code checked the list for None");
    // SAFETY: a live list, borrowed for this call only.
    let mut items = unsafe { list.list_items() };
    items.remove(at as usize)
}

/// `New` at `pc` of the top frame, when compiled code cannot allocate inline
/// (the size class has no free cell, or a collection is due): a fresh
/// instance in the instruction's register, then a GC safepoint (the frame's
/// references are all in the frame).
///
/// # Safety
/// As [`jit_step`].
pub unsafe extern "C" fn jit_new_at(ctx: *mut JitCtx, pc: u32) -> u32 {
    // SAFETY: per the contract.
    let (ctx, vm, frames) = unsafe { parts(ctx) };
    let frame = frames[frames.len() - 1];
    let Instr::New { dst, class } = vm.program.function(frame.func).code[pc as usize] else {
        unreachable!("jit_new_at is emitted for New only")
    };
    let obj = vm.heap.alloc_instance(jcvm_gc::LayoutId(class.0)).to_raw();
    vm.stack[frame.base + dst.0 as usize] = obj;
    if vm.heap.should_collect() {
        let top = frames.len() - 1;
        frames[top].pc = pc as usize + 1;
        vm.collect(frames);
    }
    ctx.next_pc = pc + 1;
    status::CONTINUE
}

/// `ListAppend` at `pc` of the top frame when the list's buffer is full
/// (compiled code appends in place while it has room): grows the buffer.
///
/// # Safety
/// As [`jit_step`]; the list register holds a list (compiled code checked it
/// for None).
pub unsafe extern "C" fn jit_list_append_at(ctx: *mut JitCtx, pc: u32) -> u32 {
    // SAFETY: per the contract.
    let (ctx, vm, frames) = unsafe { parts(ctx) };
    let frame = frames[frames.len() - 1];
    let Instr::ListAppend { list, src } = vm.program.function(frame.func).code[pc as usize] else {
        unreachable!("jit_list_append_at is emitted for ListAppend only")
    };
    let (list, value) = (vm.stack[frame.base + list.0 as usize], vm.stack[frame.base + src.0 as usize]);
    // SAFETY: a list register holds a live list or None, and compiled code checked for None.
    let list = unsafe { jcvm_gc::ObjRef::from_raw(list) }.expect("checked for None");
    // SAFETY: a live list, no other borrow of its items.
    let mut items = unsafe { list.list_items() };
    super::lists::charging_growth(&mut vm.heap, &mut items, |items| items.push(value));
    ctx.next_pc = pc + 1;
    status::CONTINUE
}

/// An operation compiled code calls directly (no interpreter involved): the
/// operand words `a`, `b` and an immediate `extra` in, 0 and the result word
/// in `out`, or 1 when it would raise (the caller then steps the instruction,
/// which raises the exception).
pub type PureOp = unsafe extern "C" fn(a: u64, b: u64, extra: u32, out: *mut u64) -> u32;

macro_rules! pure_ops {
    ($($name:ident($a:ident: $ta:ty, $b:ident: $tb:ty, $extra:ident) => $body:expr;)*) => {
        $(
            unsafe extern "C" fn $name(a: u64, b: u64, extra: u32, out: *mut u64) -> u32 {
                let ($a, $b, $extra): ($ta, $tb, u32) = (<$ta>::from_word(a), <$tb>::from_word(b), extra);
                let _ = $extra;
                match $body {
                    Ok(value) => {
                        // SAFETY: `out` is the calling compiled code's result slot.
                        unsafe { *out = Word::to_word(value) };
                        0
                    }
                    Err(_) => 1,
                }
            }
        )*
    };
}

/// Register words as the values they hold.
trait Word: Sized {
    fn from_word(word: u64) -> Self;
    fn to_word(self) -> u64;
}

impl Word for i64 {
    fn from_word(word: u64) -> i64 {
        word as i64
    }
    fn to_word(self) -> u64 {
        self as u64
    }
}

impl Word for f64 {
    fn from_word(word: u64) -> f64 {
        f64::from_bits(word)
    }
    fn to_word(self) -> u64 {
        self.to_bits()
    }
}

impl Word for u64 {
    fn from_word(word: u64) -> u64 {
        word
    }
    fn to_word(self) -> u64 {
        self
    }
}

impl Word for bool {
    fn from_word(word: u64) -> bool {
        word != 0
    }
    fn to_word(self) -> u64 {
        u64::from(self)
    }
}

const CONDS: [Cond; 6] = [Cond::Lt, Cond::Le, Cond::Eq, Cond::Ne, Cond::Gt, Cond::Ge];

pure_ops! {
    floor_div_float(a: f64, b: f64, _e) => ops::floor_div_float(a, b);
    mod_float(a: f64, b: f64, _e) => ops::mod_float(a, b);
    pow_float(a: f64, b: f64, _e) => ops::pow_float(a, b);
    pow_int(a: i64, b: i64, _e) => ops::pow_int(a, b);
    true_div_int(a: i64, b: i64, _e) => ops::true_div_int(a, b);
    shl_int(a: i64, b: i64, _e) => ops::shl_int(a, b);
    shr_int(a: i64, b: i64, _e) => ops::shr_int(a, b);
    float_to_int(a: f64, _b: i64, _e) => ops::float_to_int(a);
    round_float(a: f64, _b: i64, _e) => ops::round_float(a);
    compare_int_float(a: i64, b: f64, cond) =>
        Ok::<bool, ()>(ops::compare_int_float(a, b, CONDS[cond as usize]));
    compare_strs(a: u64, b: u64, cond) => super::values::compare_strs(a, b, CONDS[cond as usize]);
    math(a: f64, b: f64, func) => {
        let func = crate::opcode::MathFn::from_index(func as u8).expect("pure_op passes a MathFn");
        ops::math(func, a, b)
    };
}

/// The direct operation for `instr` and its immediate, if it has one.
pub fn pure_op(instr: &Instr) -> Option<(PureOp, u32)> {
    let op: PureOp = match instr {
        Instr::FloorDivFloat { .. } => floor_div_float,
        Instr::ModFloat { .. } => mod_float,
        Instr::PowFloat { .. } => pow_float,
        Instr::PowInt { .. } => pow_int,
        Instr::TrueDivInt { .. } => true_div_int,
        Instr::ShlInt { .. } => shl_int,
        Instr::ShrInt { .. } => shr_int,
        Instr::FloatToInt { .. } => float_to_int,
        Instr::RoundFloat { .. } => round_float,
        Instr::CmpIntFloat { cond, .. } => return Some((compare_int_float, cond_index(*cond))),
        Instr::CmpStr { cond, .. } => return Some((compare_strs, cond_index(*cond))),
        // A word-level operation (the predicates' results are the bits 0 and 1).
        Instr::Math { func, .. } => return Some((math, u32::from(*func as u8))),
        _ => return None,
    };
    Some((op, 0))
}

fn cond_index(cond: Cond) -> u32 {
    CONDS.iter().position(|&c| c == cond).expect("every condition is listed") as u32
}

/// The operands `pure_op` instructions read: `(a, b)` (`b` absent for one operand).
pub fn pure_operands(instr: &Instr) -> Option<(crate::opcode::Reg, Option<crate::opcode::Reg>)> {
    match *instr {
        Instr::FloorDivFloat { a, b, .. }
        | Instr::ModFloat { a, b, .. }
        | Instr::PowFloat { a, b, .. }
        | Instr::PowInt { a, b, .. }
        | Instr::TrueDivInt { a, b, .. }
        | Instr::ShlInt { a, b, .. }
        | Instr::ShrInt { a, b, .. }
        | Instr::CmpIntFloat { a, b, .. }
        | Instr::CmpStr { a, b, .. }
        | Instr::Math { a, b, .. } => Some((a, Some(b))),
        Instr::FloatToInt { src, .. } | Instr::RoundFloat { src, .. } => Some((src, None)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{direct_helper, is_direct};
    use std::collections::BTreeSet;

    /// Every instruction of every corpus program has a helper exactly when it
    /// is a direct instruction (the interpreter's list and the helpers' list agree).
    #[test]
    fn every_direct_instruction_has_a_helper() {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus");
        let mut direct_opcodes = BTreeSet::new();
        for entry in std::fs::read_dir(&corpus).expect("the corpus") {
            let path = entry.expect("a corpus entry").path();
            if path.extension().is_none_or(|e| e != "py") {
                continue;
            }
            let source = std::fs::read_to_string(&path).expect("a corpus program");
            let program = crate::compile("t.py", &source).expect("corpus programs compile");
            for instr in program.functions.iter().flat_map(|f| f.code.iter()) {
                assert_eq!(is_direct(instr), direct_helper(instr).is_some(), "{instr:?}");
                if is_direct(instr) {
                    direct_opcodes.insert(instr.opcode());
                }
            }
        }
        assert!(direct_opcodes.len() >= 40, "only {} direct instructions in the corpus", direct_opcodes.len());
    }
}
