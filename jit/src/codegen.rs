//! Bytecode to Cranelift IR: one native function per bytecode function.
//!
//! Registers become Cranelift variables (i64 for int and reference kinds, f64
//! for floats), so the numeric code of a loop stays in machine registers.
//! The frame in the register stack stays the interpreter's frame:
//! - every write of a reference register is also stored to the frame, so the
//!   GC's scan of the frame stack is precise at every safepoint;
//! - int and float registers are stored to the frame only where the
//!   interpreter is about to read them: the operands of a stepped
//!   instruction, and every register before the frame is handed to the
//!   interpreter for good (`jit_finish`);
//! - entry (pc 0 or a loop header, for on-stack replacement) loads every
//!   register from the frame.
//!
//! Instructions lowered here run natively on their fast path; their slow path
//! (overflow, None, a zero divisor) and every other instruction are stepped
//! through the interpreter (`vm::interp::tier::jit_step`), which gives exactly
//! the interpreter's semantics, exceptions and messages — except the direct
//! instructions (`vm::interp::tier::is_direct`), whose one function is called
//! through its own helper (`tier::direct_helper`). Slow-path calls go through a trampoline that
//! preserves every register ([`build_slow_path_trampoline`]).

use std::collections::BTreeMap;
use std::ops::RangeInclusive;

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{
    self, types, AbiParam, Block, InstBuilder, MemFlagsData, SigRef, StackSlotData, StackSlotKind, Type, Value,
};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use jcvm_vm::interp::dicts::{self, KEY_TY_SHIFT};
use jcvm_vm::interp::tier::{self, EntryTable, JitCtx, FRAME_OFFSETS};
use jcvm_vm::interp::RECURSION_LIMIT;
use jcvm_vm::liveness;
use jcvm_vm::opcode::{ClassId, Cond, DictOp, FuncId, Instr, MathFn, Reg, UpdateOp};
use jcvm_vm::program::{Function, Program};
use jcvm_vm::ty::{RegKind, Ty};

use crate::divide::Magic;
use facts::Facts;
use slices::PendingSlice;

mod facts;
mod slices;

/// The signature of every compiled function (`tier::NativeEntry`).
pub fn entry_signature(call_conv: CallConv) -> ir::Signature {
    let mut sig = ir::Signature::new(call_conv);
    sig.params.extend([AbiParam::new(types::I64), AbiParam::new(types::I64), AbiParam::new(types::I32)]);
    // The status and the returned value (`tier::NativeResult`: two registers).
    sig.returns.extend([AbiParam::new(types::I32), AbiParam::new(types::I64)]);
    sig
}

/// Returns `status` from compiled code with the value a helper left in
/// `ctx.ret` (read only with `FINISHED`).
fn return_status(b: &mut FunctionBuilder, ctx: Value, status: Value) {
    let value = b.ins().load(types::I64, MemFlagsData::trusted(), ctx, JitCtx::OFFSETS.ret);
    b.ins().return_(&[status, value]);
}

/// The signature of the slow-path trampoline: `(ctx, pc, helper)`, no result.
fn slow_path_signature() -> ir::Signature {
    let mut sig = ir::Signature::new(CallConv::PreserveAll);
    sig.params.extend([AbiParam::new(types::I64), AbiParam::new(types::I32), AbiParam::new(types::I64)]);
    sig
}

/// Builds the slow-path trampoline into `out`: `(ctx, pc, helper)` calls
/// `helper(ctx, pc)` (a `jit_step`-shaped helper, in the host's convention)
/// and leaves its status in `ctx.status`. Its own convention preserves every
/// register, so a compiled function's values stay in registers across its
/// slow paths (a None, an overflow, a callee not compiled yet) instead of
/// being spilled on the fast path too; such a convention returns nothing,
/// hence the status in memory.
pub fn build_slow_path_trampoline(
    out: &mut ir::Function,
    builder_ctx: &mut FunctionBuilderContext,
    host: CallConv,
    frontend: TargetFrontendConfig,
) {
    out.signature = slow_path_signature();
    let mut b = FunctionBuilder::new(out, builder_ctx);
    let block = b.create_block();
    b.append_block_params_for_function_params(block);
    b.switch_to_block(block);
    let params = b.block_params(block).to_vec();
    let (ctx, pc, helper) = (params[0], params[1], params[2]);
    let mut sig = ir::Signature::new(host);
    sig.params.extend([AbiParam::new(types::I64), AbiParam::new(types::I32)]);
    sig.returns.push(AbiParam::new(types::I32));
    let sig = b.import_signature(sig);
    let call = b.ins().call_indirect(sig, helper, &[ctx, pc]);
    let status = b.inst_results(call)[0];
    b.ins().store(MemFlagsData::trusted(), status, ctx, JitCtx::OFFSETS.status);
    b.ins().return_(&[]);
    b.seal_all_blocks();
    b.finalize(frontend);
}

/// At most this many implementations, selected by at most this many class
/// tests, are dispatched inline at a virtual call.
const MAX_INLINE_TARGETS: usize = 8;
const MAX_CLASS_TESTS: usize = 16;

/// Registers loaded by all the on-stack-replacement entries of a function together.
const OSR_LOAD_BUDGET: usize = 2048;

/// Register pressure (the live registers summed over every instruction)
/// beyond which a function stays interpreted. Values live across the helper
/// calls of a long function with many locals make Cranelift's register
/// allocation grow with that sum (quadratically in the locals of a function
/// whose loops each use a few of them); the budget keeps a compile under
/// about a hundred milliseconds on this project's machines.
const MAX_PRESSURE: usize = 30_000;

/// Registers × instructions beyond which the pressure is not even measured.
const MAX_SIZE: usize = 4_000_000;

/// Why a function stays in the interpreter.
fn refusal(function: &Function) -> Option<String> {
    let size = function.code.len() * function.nregs();
    let pressure: usize = if size > MAX_SIZE {
        size
    } else {
        liveness::live_in(function).iter().map(|set| liveness::members(set).count()).sum()
    };
    if pressure > MAX_PRESSURE {
        return Some(format!(
            "too large to compile quickly ({} instructions, {} registers, register pressure {pressure}; the limit is \
             {MAX_PRESSURE})",
            function.code.len(),
            function.nregs()
        ));
    }
    None
}

/// Builds `function` (id `func`) into `out`, whose signature is already set.
pub fn translate(
    program: &Program,
    function: &Function,
    out: &mut ir::Function,
    builder_ctx: &mut FunctionBuilderContext,
    frontend: TargetFrontendConfig,
    entries: &EntryTable,
    slow_path: usize,
) -> Result<(), String> {
    if let Some(reason) = refusal(function) {
        return Err(reason);
    }
    let call_conv = out.signature.call_conv;
    let mut b = FunctionBuilder::new(out, builder_ctx);
    let helper_sig = |params: &[Type]| {
        let mut sig = ir::Signature::new(call_conv);
        sig.params.extend(params.iter().map(|&t| AbiParam::new(t)));
        sig.returns.push(AbiParam::new(types::I32));
        sig
    };
    let sig_step = b.import_signature(helper_sig(&[types::I64, types::I32]));
    let sig_pure = b.import_signature(helper_sig(&[types::I64, types::I64, types::I32, types::I64]));
    let sig_direct = b.import_signature(helper_sig(&[types::I64, types::I64, types::I64, types::I32]));
    let sig_entry = b.import_signature(entry_signature(call_conv));
    let sig_slow = b.import_signature(slow_path_signature());
    let sig_words = b.import_signature({
        let mut sig = ir::Signature::new(call_conv);
        sig.params.extend([AbiParam::new(types::I64), AbiParam::new(types::I64)]);
        sig.returns.push(AbiParam::new(types::I64));
        sig
    });
    let sig_words3 = b.import_signature({
        let mut sig = ir::Signature::new(call_conv);
        sig.params.extend([AbiParam::new(types::I64), AbiParam::new(types::I64), AbiParam::new(types::I64)]);
        sig.returns.push(AbiParam::new(types::I64));
        sig
    });
    let sig_floats = b.import_signature({
        let mut sig = ir::Signature::new(call_conv);
        sig.params.extend([AbiParam::new(types::F64), AbiParam::new(types::F64)]);
        sig.returns.push(AbiParam::new(types::F64));
        sig
    });
    let sig_isinstance = {
        let mut sig = ir::Signature::new(call_conv);
        sig.params.extend([AbiParam::new(types::I64), AbiParam::new(types::I64), AbiParam::new(types::I32)]);
        sig.returns.push(AbiParam::new(types::I64));
        b.import_signature(sig)
    };
    let out_slot = b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3));

    let kinds = function.reg_kinds.clone();
    let vars: Vec<Variable> = kinds.iter().map(|&k| b.declare_var(var_type(k))).collect();
    let constants = constant_registers(function);

    // Blocks start at pc 0, at jump targets and handlers, and after every
    // instruction that may not fall through.
    let code = &function.code;
    let mut starts: BTreeMap<usize, Block> = BTreeMap::new();
    starts.insert(0, b.create_block());
    // Entries other than a call's: a generator resumes at its start and after
    // each yield (its frame comes from the generator object); any frame enters
    // at a loop header (on-stack replacement).
    let mut resumes = Vec::new();
    let mut osr_entries = Vec::new();
    if function.generator.is_some() {
        resumes.push(0);
        for (pc, instr) in code.iter().enumerate() {
            if let Instr::Yield { .. } = instr {
                resumes.push(pc + 1);
                starts.entry(pc + 1).or_insert_with(|| b.create_block());
            }
        }
    }
    for (pc, instr) in code.iter().enumerate() {
        let mut targets = Vec::new();
        let mut copy = *instr;
        copy.map_targets(&mut |t| targets.push(t.0 as usize));
        if let Instr::LoopBack { target } = instr {
            osr_entries.push(target.0 as usize);
        }
        for t in targets {
            starts.entry(t).or_insert_with(|| b.create_block());
            starts.entry(pc + 1).or_insert_with(|| b.create_block());
        }
        if instr.is_terminator() {
            starts.entry(pc + 1).or_insert_with(|| b.create_block());
        }
    }
    for handler in &function.handlers {
        starts.entry(handler.target as usize).or_insert_with(|| b.create_block());
    }
    starts.retain(|&pc, _| pc < code.len());
    osr_entries.sort_unstable();
    osr_entries.dedup();
    // Resume points first: the load budget goes to them before loop headers.
    osr_entries.retain(|pc| !resumes.contains(pc));
    let osr_entries: Vec<usize> = resumes.into_iter().chain(osr_entries).collect();

    // Entry. At pc 0 (a call) only the parameters are read from the frame; the
    // frame_init registers are constants (the caller wrote the same values to
    // the frame), and every other register is written before it is read. At a
    // loop header (on-stack replacement) every register is loaded.
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let params = b.block_params(entry).to_vec();
    let (ctx, fp, entry_pc) = (params[0], params[1], params[2]);
    // Each constant register's value, defined once here (above every entry):
    // every read of the register is this IR value (`Translator::get`), so no
    // entry loads it and no block where entries meet needs a parameter for it
    // (Cranelift materializes a constant where it is used).
    let constant_values: Vec<Option<Value>> = constants
        .iter()
        .zip(&kinds)
        .map(|(word, &kind)| {
            word.map(|word| match kind {
                RegKind::Float => b.ins().f64const(f64::from_bits(word)),
                _ => b.ins().iconst(types::I64, word as i64),
            })
        })
        .collect();
    let call_entry = b.create_block();
    let osr_entry = b.create_block();
    let is_call = b.ins().icmp_imm_s(IntCC::Equal, entry_pc, i64::from(tier::CALL_ENTRY as i32));
    // A frame at the recursion limit can make no call that does not raise
    // RecursionError, and a frame's depth is fixed while it lives: such a frame
    // runs in the interpreter (a call from pc 0, any other entry not entered), so
    // the compiled code checks no depth at its calls.
    // (An inlined call `level` bodies deep is that much deeper than the frame.)
    let deepest =
        code.iter().filter_map(|i| if let Instr::EnterInline { level, .. } = i { Some(*level) } else { None });
    let limit = RECURSION_LIMIT as i64 - i64::from(deepest.max().unwrap_or(0));
    let depth = b.ins().load(types::I32, MemFlagsData::trusted(), ctx, JitCtx::OFFSETS.depth);
    let at_limit = b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, depth, limit);
    let (deep, shallow) = (b.create_block(), b.create_block());
    b.ins().brif(at_limit, deep, &[], shallow, &[]);
    b.set_cold_block(deep);
    b.switch_to_block(deep);
    let (deep_call, deep_other) = (b.create_block(), b.create_block());
    b.ins().brif(is_call, deep_call, &[], deep_other, &[]);
    b.switch_to_block(deep_call);
    // The caller wrote the parameters and cleared the reference registers live at
    // entry (`registers_to_clear`); the interpreter gets the whole `frame_init`.
    for &(reg, word) in &function.frame_init {
        let word = b.ins().iconst(types::I64, word as i64);
        b.ins().store(MemFlagsData::trusted(), word, fp, i32::from(reg.0) * 8);
    }
    let from_start = b.ins().iconst(types::I32, 0);
    let finish = b.ins().iconst(types::I64, tier::jit_finish as *const () as i64);
    let call = b.ins().call_indirect(sig_step, finish, &[ctx, from_start]);
    let status = b.inst_results(call)[0];
    return_status(&mut b, ctx, status);
    b.switch_to_block(deep_other);
    let code_not_entered = b.ins().iconst(types::I32, i64::from(tier::status::NOT_ENTERED));
    return_status(&mut b, ctx, code_not_entered);
    b.switch_to_block(shallow);
    b.ins().brif(is_call, call_entry, &[], osr_entry, &[]);

    b.switch_to_block(call_entry);
    for r in 0..function.params.len() {
        let value = b.ins().load(var_type(kinds[r]), MemFlagsData::trusted(), fp, (r * 8) as i32);
        b.def_var(vars[r], value);
    }
    // (Constant registers need no definition: they are read as their constant.)
    for &(reg, word) in function.frame_init.iter().filter(|(reg, _)| constant_values[reg.0 as usize].is_none()) {
        let r = reg.0 as usize;
        let value = match kinds[r] {
            RegKind::Float => b.ins().f64const(f64::from_bits(word)),
            _ => b.ins().iconst(types::I64, word as i64),
        };
        b.def_var(vars[r], value);
    }
    b.ins().jump(starts[&0], &[]);

    // Each resume point's and loop header's entry loads the registers live
    // there, within a budget (past it, the remaining ones get no entry: the
    // interpreter runs from there, and a loop runs compiled from the next call on).
    b.switch_to_block(osr_entry);
    let live = if osr_entries.is_empty() { Vec::new() } else { liveness::live_in(function) };
    let mut budget = OSR_LOAD_BUDGET;
    let not_entered = b.create_block();
    for &pc in &osr_entries {
        let Some(&target) = starts.get(&pc) else { continue };
        let regs: Vec<usize> = liveness::members(&live[pc]).collect();
        if regs.len() > budget {
            continue;
        }
        budget -= regs.len();
        let next = b.create_block();
        let load = b.create_block();
        let is = b.ins().icmp_imm_s(IntCC::Equal, entry_pc, pc as i64);
        b.ins().brif(is, load, &[], next, &[]);
        b.switch_to_block(load);
        for r in regs.into_iter().filter(|&r| constant_values[r].is_none()) {
            let value = b.ins().load(var_type(kinds[r]), MemFlagsData::trusted(), fp, (r * 8) as i32);
            b.def_var(vars[r], value);
        }
        b.ins().jump(target, &[]);
        b.switch_to_block(next);
    }
    b.ins().jump(not_entered, &[]);
    b.switch_to_block(not_entered);
    let code_not_entered = b.ins().iconst(types::I32, i64::from(tier::status::NOT_ENTERED));
    return_status(&mut b, ctx, code_not_entered);
    // Where a helper's ESCAPED or FINISHED status leaves the function.
    let leave = b.create_block();
    let status = b.append_block_param(leave, types::I32);
    b.set_cold_block(leave);
    b.switch_to_block(leave);
    return_status(&mut b, ctx, status);

    let mut t = Translator {
        program,
        function,
        b,
        vars,
        kinds,
        starts,
        ctx,
        fp,
        sig_step,
        sig_pure,
        sig_direct,
        sig_isinstance,
        sig_words,
        sig_words3,
        sig_floats,
        out_slot,
        leave,
        entries,
        sig_entry,
        sig_slow,
        slow_path,
        facts: Facts::default(),
        pending_slice: None,
        entry_points: osr_entries.clone(),
        constants,
        constant_values,
        loop_ends: closed_loops(function),
        live: (!live.is_empty()).then_some(live),
        cleared_at_call: BTreeMap::new(),
        inline_fallback: None,
    };
    t.lower_code();
    t.b.seal_all_blocks();
    t.b.finalize(frontend);
    Ok(())
}

/// Every register `instr` may write: its `dst`, and what a loop head writes
/// besides (its variable, counter or index, a dict loop's key and value).
fn written_registers(instr: &Instr) -> Vec<Reg> {
    let mut regs: Vec<Reg> = instr.dst().into_iter().collect();
    match *instr {
        Instr::ForRange { var, base, .. } => regs.extend([var, base]),
        Instr::ForList { var, base, .. } => regs.extend([var, Reg(base.0 + 1)]),
        Instr::ForDict { key, value, .. } => {
            let (first, count) = instr.window().expect("a loop head reads a window");
            regs.extend((0..count as u16).map(|i| Reg(first.0 + i)));
            regs.extend([key, value]);
        }
        _ => {}
    }
    regs
}

/// The value of each of `function`'s constants: registers that only ever
/// hold one value. Either set at frame entry (`frame_init`: an int or float
/// constant, or None in a reference register) and written by nothing — no
/// instruction's `dst`, no loop head's counter, no handler's exception
/// register — or an int register every write of which is a `LoadInt` of one
/// value (as a `for` loop's step: bytecode writes a register before reading
/// it). Reads of them are constants, after an on-stack-replacement entry too.
fn constant_registers(function: &Function) -> Vec<Option<u64>> {
    /// What is known of a register's value: nothing written yet, one value, or several.
    #[derive(Clone, Copy, PartialEq)]
    enum Known {
        Unwritten,
        One(u64),
        Varies,
    }
    let mut known = vec![Known::Unwritten; function.nregs()];
    // A parameter holds whatever the caller passed.
    known[..function.params.len()].fill(Known::Varies);
    let mut write = |reg: Reg, value: Option<u64>| {
        let k = &mut known[reg.0 as usize];
        *k = match (*k, value) {
            (Known::Unwritten, Some(v)) => Known::One(v),
            (Known::One(old), Some(v)) if old == v => Known::One(v),
            _ => Known::Varies,
        };
    };
    for &(reg, word) in &function.frame_init {
        write(reg, Some(word));
    }
    for instr in &function.code {
        match *instr {
            Instr::LoadInt { dst, value } => write(dst, Some(i64::from(value) as u64)),
            _ => written_registers(instr).into_iter().for_each(|r| write(r, None)),
        }
    }
    for handler in &function.handlers {
        write(handler.exc, None);
    }
    known
        .iter()
        .map(|k| match k {
            Known::One(v) => Some(*v),
            _ => None,
        })
        .collect()
}

/// The loops of `function` that are entered only through their head: for
/// each head `h` (a pc some later instruction jumps back to), the last pc `e`
/// that jumps back to it, provided nothing outside `h..=e` (no jump, and no
/// handler protecting code outside) goes into `h+1..=e`. Control then reaches
/// `h` only from before it or from `h..=e`, and a register nothing in
/// `h..=e` writes holds on the back-edges what it held on entry.
fn closed_loops(function: &Function) -> Vec<Option<usize>> {
    let code = &function.code;
    let mut end: Vec<Option<usize>> = vec![None; code.len()];
    for (pc, instr) in code.iter().enumerate() {
        let mut copy = *instr;
        copy.map_targets(&mut |t| {
            let head = t.0 as usize;
            if head <= pc {
                end[head] = Some(end[head].map_or(pc, |e| e.max(pc)));
            }
        });
    }
    for (head, loop_end) in end.iter_mut().enumerate() {
        let Some(last) = *loop_end else { continue };
        let body = head + 1..=last;
        let jumped_into = jumped_to_from_outside(code, head..=last, |t| body.contains(&t));
        let handled_into = function.handlers.iter().any(|handler| {
            body.contains(&(handler.target as usize))
                && ((handler.start as usize) < head || (handler.end as usize) > last + 1)
        });
        if jumped_into || handled_into {
            *loop_end = None;
        }
    }
    end
}

/// Whether an instruction outside `pcs` jumps to a target `to` accepts.
fn jumped_to_from_outside(code: &[Instr], pcs: RangeInclusive<usize>, to: impl Fn(usize) -> bool) -> bool {
    code.iter().enumerate().filter(|&(pc, _)| !pcs.contains(&pc)).any(|(_, instr)| {
        let mut jumps = false;
        let mut copy = *instr;
        copy.map_targets(&mut |t| jumps |= to(t.0 as usize));
        jumps
    })
}

/// The reference registers that always hold None: set to None at frame entry
/// (every reference register but the parameters is) and written by nothing.
fn none_registers(function: &Function) -> Vec<bool> {
    let mut none: Vec<bool> = function.reg_kinds.iter().map(|&k| k == RegKind::Ref).collect();
    none[..function.params.len()].iter_mut().for_each(|n| *n = false);
    for r in function.code.iter().flat_map(written_registers) {
        none[r.0 as usize] = false;
    }
    for handler in &function.handlers {
        none[handler.exc.0 as usize] = false;
    }
    none
}

/// For conditional jump `jump` at `pc` right after `prev`, an `IsRef t = x
/// is None` (the None a register of `none`) whose `t` it tests: the edge taken
/// when `x` is not None (the fall-through of a `JumpIfTrue`, the target of a
/// `JumpIfFalse`) and `x`.
fn none_test(prev: Instr, jump: Instr, pc: usize, none: &[bool]) -> Option<(usize, Reg)> {
    let Instr::IsRef { dst, a, b } = prev else { return None };
    let x = match (none[a.0 as usize], none[b.0 as usize]) {
        (false, true) => a,
        (true, false) => b,
        _ => return None,
    };
    match jump {
        Instr::JumpIfTrue { cond, target } if cond == dst && x != dst && target.0 as usize != pc + 1 => {
            Some((pc + 1, x))
        }
        // (A jump to the next instruction has one edge, taken whatever x is.)
        Instr::JumpIfFalse { cond, target } if cond == dst && x != dst && target.0 as usize != pc + 1 => {
            Some((target.0 as usize, x))
        }
        _ => None,
    }
}

fn var_type(kind: RegKind) -> Type {
    match kind {
        RegKind::Float => types::F64,
        _ => types::I64,
    }
}

struct Translator<'a, 'b> {
    program: &'a Program,
    function: &'a Function,
    b: FunctionBuilder<'b>,
    vars: Vec<Variable>,
    kinds: Vec<RegKind>,
    starts: BTreeMap<usize, Block>,
    ctx: Value,
    fp: Value,
    sig_step: SigRef,
    sig_pure: SigRef,
    sig_direct: SigRef,
    sig_isinstance: SigRef,
    /// `(word, word) -> word`, in the host's convention.
    sig_words: SigRef,
    /// `(word, word, word) -> word`, in the host's convention.
    sig_words3: SigRef,
    /// `(f64, f64) -> f64`, in the host's convention.
    sig_floats: SigRef,
    out_slot: ir::StackSlot,
    leave: Block,
    /// The program's entry table: direct calls load their callee's entry from it.
    entries: &'a EntryTable,
    sig_entry: SigRef,
    /// The slow-path trampoline (see [`build_slow_path_trampoline`]) and its signature.
    sig_slow: SigRef,
    slow_path: usize,
    /// What is known here (see [`Facts`]): learned since the last block start
    /// (a jump target) and not forgotten by a write since, or known on every
    /// edge into that block (see `lower_code`). The checks it answers are left out.
    facts: Facts,
    /// The pcs entered from outside the code (loop headers for on-stack
    /// replacement, a generator's resume points).
    entry_points: Vec<usize>,
    /// The constants of the function being lowered (the callee's while one
    /// is inlined): see [`constant_registers`].
    constants: Vec<Option<u64>>,
    /// The IR values of `constants`, defined in the entry block (none while a
    /// callee is inlined: its loads make their own).
    constant_values: Vec<Option<Value>>,
    /// For each loop head entered only through itself, its loop's last pc
    /// (see [`closed_loops`]).
    loop_ends: Vec<Option<usize>>,
    /// The registers live into each instruction, once a yield needs them.
    live: Option<Vec<Vec<u64>>>,
    /// While a callee's body is inlined (`vars`, `kinds` and `facts` are
    /// then the callee's): where its slow paths go, the real call.
    inline_fallback: Option<Block>,
    /// A slice read deferred to the assignment it feeds (see `slices`).
    pending_slice: Option<PendingSlice>,
    /// Per direct callee, the reference registers a call clears (see
    /// [`Translator::registers_to_clear`]).
    cleared_at_call: BTreeMap<u32, Vec<Reg>>,
}

/// Callees longer than this have every reference register cleared at a
/// direct call (their liveness is not worth computing in a caller's compile).
const MAX_CLEARED_CALLEE: usize = 1024;

/// Instructions a callee inlined at a virtual call may hold before its return:
/// lowered natively, with no side effect, so a slow path can still make the
/// real call instead (which then raises, with the callee's frame in the traceback).
fn inlinable(instr: &Instr) -> bool {
    matches!(
        instr,
        Instr::LoadInt { .. }
            | Instr::LoadConstInt { .. }
            | Instr::LoadFloat { .. }
            | Instr::LoadNone { .. }
            | Instr::Move { .. }
            | Instr::AddInt { .. }
            | Instr::SubInt { .. }
            | Instr::MulInt { .. }
            | Instr::FloorDivInt { .. }
            | Instr::ModInt { .. }
            | Instr::AndInt { .. }
            | Instr::OrInt { .. }
            | Instr::XorInt { .. }
            | Instr::NegInt { .. }
            | Instr::AbsInt { .. }
            | Instr::CmpInt { .. }
            | Instr::MinMaxInt { .. }
            | Instr::AddFloat { .. }
            | Instr::SubFloat { .. }
            | Instr::MulFloat { .. }
            | Instr::DivFloat { .. }
            | Instr::LoadFieldInt { .. }
            | Instr::LoadFieldFloat { .. }
            | Instr::LoadFieldRef { .. }
    )
}

/// How far back from a `range` loop's head its step's `LoadInt` is looked for.
const MAX_PREAMBLE: usize = 8;

/// Callees of at most this many instructions are inlined at virtual calls.
const MAX_INLINED: usize = 12;

/// Whether `callee` can be inlined at a virtual call with arguments of `kinds`:
/// a short straight-line body of [`inlinable`] instructions ending in its
/// only return.
fn inlinable_callee(callee: &Function, kinds: &[RegKind]) -> bool {
    let Some((last, body)) = callee.code.split_last() else { return false };
    callee.code.len() <= MAX_INLINED
        && callee.generator.is_none()
        && callee.handlers.is_empty()
        && matches!(last, Instr::Ret { .. } | Instr::RetNone {} | Instr::RetField { .. })
        && body.iter().all(inlinable)
        && callee.reg_kinds.get(..kinds.len()) == Some(kinds)
}

impl Translator<'_, '_> {
    fn lower_code(&mut self) {
        let code = &self.function.code;
        // The None checks a block can skip: the registers known not None on
        // every edge into it (see the recording below), when all its edges come from
        // instructions before it. Entries, loop headers reached by a back-edge
        // and handlers know nothing.
        let mut edges = vec![0u32; code.len() + 1];
        let mut back_edges = vec![0u32; code.len() + 1];
        for (pc, instr) in code.iter().enumerate() {
            if !instr.is_terminator() {
                edges[pc + 1] += 1;
            }
            let mut copy = *instr;
            copy.map_targets(&mut |t| {
                edges[t.0 as usize] += 1;
                if t.0 as usize <= pc {
                    back_edges[t.0 as usize] += 1;
                }
            });
        }
        let mut unknown = vec![false; code.len() + 1];
        unknown[0] = true;
        for &pc in &self.entry_points {
            unknown[pc] = true;
        }
        // A loop head entered only through itself (an on-stack-replacement
        // entry too: the interpreter got there the same ways) keeps what its
        // entry edges know of the registers the loop never writes.
        let mut loop_head = vec![false; code.len() + 1];
        for (pc, end) in self.loop_ends.iter().enumerate() {
            loop_head[pc] = end.is_some() && pc > 0;
        }
        // (A generator's resume points, after its yields, are entries of
        // their own: left out.)
        for (pc, instr) in code.iter().enumerate() {
            if let Instr::Yield { .. } = instr {
                loop_head[pc + 1] = false;
            }
        }
        for handler in &self.function.handlers {
            unknown[handler.target as usize] = true;
            loop_head[handler.target as usize] = false;
        }
        let mut incoming: Vec<Option<(u32, Facts)>> = vec![None; code.len() + 1];
        let none_registers = none_registers(self.function);
        let mut open = false;
        for pc in 0..code.len() {
            if let Some(&block) = self.starts.get(&pc) {
                if open {
                    self.b.ins().jump(block, &[]);
                }
                self.b.switch_to_block(block);
                self.facts = match incoming[pc].take() {
                    Some((seen, facts)) if seen == edges[pc] && !unknown[pc] => facts,
                    Some((seen, mut facts)) if seen + back_edges[pc] == edges[pc] && loop_head[pc] => {
                        let last = self.loop_ends[pc].expect("a loop head has a loop");
                        facts.forget_all(&self.loop_writes(pc, last));
                        facts
                    }
                    _ => Facts::default(),
                };
            } else if !open {
                // Unreachable code after a terminator: give it a block of its own.
                let block = self.b.create_block();
                self.b.switch_to_block(block);
                self.facts = Facts::default();
            }
            let instr = self.function.code[pc];
            let mut facts = self.facts.clone();
            open = self.lower(pc, instr);
            // What holds on every edge out of the instruction, wherever in it the edge leaves.
            facts.meet(&self.facts);
            // `if x is None` / `while x is not None`: the edge taken when the test
            // failed knows x is not None.
            // (Only when nothing else jumps to the test: there `t` could come from elsewhere.)
            let tested = pc
                .checked_sub(1)
                .filter(|_| !self.starts.contains_key(&pc))
                .and_then(|prev| none_test(code[prev], instr, pc, &none_registers));
            let mut record = |to: usize| {
                let mut facts = facts.clone();
                if let Some((_, x)) = tested.filter(|&(edge, _)| edge == to) {
                    facts.learn_not_none(x);
                }
                let entry = incoming[to].get_or_insert_with(|| (0, facts.clone()));
                if entry.0 > 0 {
                    entry.1.meet(&facts);
                }
                entry.0 += 1;
            };
            if !instr.is_terminator() {
                record(pc + 1);
            }
            let mut copy = instr;
            copy.map_targets(&mut |t| record(t.0 as usize));
        }
        if open {
            // Verified bytecode never falls off its end; stay defined anyway.
            self.finish_in_interpreter(self.function.code.len() - 1);
        }
    }

    /// The step of the `range` loop whose head is `pc` (its counter, stop
    /// and step registers from `base`), when it is a known constant: a
    /// constant register, or else the value a `LoadInt` gives it just before
    /// the head, on the only way into the loop from outside, when nothing in
    /// the loop writes it. (The compiler may reuse the step's register after
    /// the loop: then it is no constant of the function, yet one of the loop.)
    fn range_step(&self, pc: usize, base: Reg) -> Option<i64> {
        let step = Reg(base.0 + 2);
        if let Some(word) = self.constants[step.0 as usize] {
            return Some(word as i64);
        }
        let last = self.entered_from_preamble(pc)?;
        if self.loop_writes(pc, last).contains(&step) {
            return None;
        }
        self.preamble_value(pc, step)
    }

    /// The last pc of the loop whose head is `pc` when the loop is entered
    /// only from the code just before the head (and from itself): a closed
    /// loop that nothing outside jumps to the head of, and no handler lands on.
    fn entered_from_preamble(&self, pc: usize) -> Option<usize> {
        let last = self.loop_ends[pc]?;
        let jumped_to_head = jumped_to_from_outside(&self.function.code, pc..=last, |t| t == pc);
        let handled = self.function.handlers.iter().any(|h| h.target as usize == pc);
        (!jumped_to_head && !handled).then_some(last)
    }

    /// The value a `LoadInt` just before `pc` gives `reg`, when the code
    /// between them is straight-line code nothing else enters or writes it.
    fn preamble_value(&self, pc: usize, reg: Reg) -> Option<i64> {
        let code = &self.function.code;
        for at in (pc.saturating_sub(MAX_PREAMBLE)..pc).rev() {
            let instr = code[at];
            if written_registers(&instr).contains(&reg) {
                return match instr {
                    Instr::LoadInt { dst, value } if dst == reg => Some(i64::from(value)),
                    _ => None,
                };
            }
            if self.starts.contains_key(&at) || liveness::jumps(&instr) || instr.is_terminator() {
                return None;
            }
        }
        None
    }

    /// Whether `reg`, read at `pc`, is the variable of a `range` loop around
    /// `pc` that counts up by 1 from a start of at least 0 and that nothing in
    /// the loop's body writes: then it is at least 0 there.
    fn counts_up_from_zero(&self, pc: usize, reg: Reg) -> bool {
        self.counts_up_by_one(pc, reg, true)
    }

    /// Whether `reg`, at `pc`, is the variable of a `range` loop around it
    /// that counts up by 1 (from a start of at least 0 if `from_zero`) and
    /// that the body does not write: then it is below the loop's stop.
    fn counts_up_by_one(&self, pc: usize, reg: Reg, from_zero: bool) -> bool {
        // (An inlined callee's pc and registers are not the function's.)
        self.inline_fallback.is_none()
            && (0..pc).any(|head| {
                let Instr::ForRange { var, base, .. } = self.function.code[head] else { return false };
                if var != reg {
                    return false;
                }
                let Some(last) = self.entered_from_preamble(head).filter(|&last| pc <= last) else { return false };
                self.range_step(head, base) == Some(1)
                    && (!from_zero || self.preamble_value(head, base).is_some_and(|start| start >= 0))
                    && !self.loop_writes(head + 1, last).contains(&reg)
            })
    }

    /// Whether `AddInt`/`SubInt` at `pc` surely stays in range: a `range`
    /// variable counting up by 1 plus 0 or 1 (it is below the stop, an int),
    /// or one counting up from 0 minus a constant of at least 0.
    fn cannot_overflow(&self, pc: usize, instr: Instr) -> bool {
        let constant = |r: Reg| self.constants[r.0 as usize].map(|word| word as i64);
        match instr {
            Instr::AddInt { a, b, .. } => [(a, b), (b, a)].into_iter().any(|(var, k)| {
                constant(k).is_some_and(|k| (0..=1).contains(&k)) && self.counts_up_by_one(pc, var, false)
            }),
            Instr::SubInt { a, b, .. } => constant(b).is_some_and(|k| k >= 0) && self.counts_up_by_one(pc, a, true),
            _ => false,
        }
    }

    /// The registers the loop `head..=last` may write (a handler in it
    /// writes its exception register).
    fn loop_writes(&self, head: usize, last: usize) -> Vec<Reg> {
        let mut written: Vec<Reg> = self.function.code[head..=last].iter().flat_map(written_registers).collect();
        let handlers = self.function.handlers.iter().filter(|h| (head..=last).contains(&(h.target as usize)));
        written.extend(handlers.map(|h| h.exc));
        written
    }

    fn kind(&self, r: Reg) -> RegKind {
        self.kinds[r.0 as usize]
    }

    fn get(&mut self, r: Reg) -> Value {
        // A constant is read as itself: no variable lookup through the blocks
        // (which can leave a block parameter behind that every edge fills alike).
        match self.constant_values[r.0 as usize] {
            Some(v) => v,
            None => self.b.use_var(self.vars[r.0 as usize]),
        }
    }

    /// The register's value as a raw 64-bit word.
    fn word(&mut self, r: Reg) -> Value {
        let v = self.get(r);
        if self.kind(r) == RegKind::Float {
            self.b.ins().bitcast(types::I64, MemFlagsData::new(), v)
        } else {
            v
        }
    }

    /// Writes register `r`; a reference is written through to the frame.
    fn set(&mut self, r: Reg, v: Value) {
        self.facts.forget(r);
        self.b.def_var(self.vars[r.0 as usize], v);
        // (An inlined callee's registers have no frame; it cannot collect.)
        if self.kind(r) == RegKind::Ref && self.inline_fallback.is_none() {
            self.store_to_frame(r, v);
        }
    }

    /// Writes `v` into register `r`'s slot of the frame.
    fn store_to_frame(&mut self, r: Reg, v: Value) {
        self.b.ins().store(MemFlagsData::trusted(), v, self.fp, i32::from(r.0) * 8);
    }

    /// Writes `r` from a raw word (converting for a float register).
    fn set_word(&mut self, r: Reg, word: Value) {
        let v = if self.kind(r) == RegKind::Float {
            self.b.ins().bitcast(types::F64, MemFlagsData::new(), word)
        } else {
            word
        };
        self.set(r, v);
    }

    fn spill(&mut self, r: Reg) {
        if self.kind(r) != RegKind::Ref {
            let v = self.get(r);
            self.store_to_frame(r, v);
        }
    }

    fn reload(&mut self, r: Reg) {
        let ty = var_type(self.kind(r));
        let v = self.b.ins().load(ty, MemFlagsData::trusted(), self.fp, i32::from(r.0) * 8);
        self.facts.forget(r);
        self.b.def_var(self.vars[r.0 as usize], v);
    }

    fn iconst(&mut self, v: i64) -> Value {
        self.b.ins().iconst(types::I64, v)
    }

    fn field_offset(slot: u16) -> i32 {
        8 + 8 * i32::from(slot)
    }

    fn call_helper(&mut self, sig: SigRef, address: usize, args: &[Value]) -> Value {
        let callee = self.b.ins().iconst(types::I64, address as i64);
        let call = self.b.ins().call_indirect(sig, callee, args);
        self.b.inst_results(call)[0]
    }

    /// Writes the registers `instr` reads to the frame, for a helper to read.
    fn spill_operands(&mut self, instr: &Instr) {
        for r in liveness::reads(self.function, instr) {
            self.spill(r);
        }
    }

    /// Runs instruction `pc` in the interpreter, then continues at `pc + 1`
    /// (with its result reloaded) or where an exception landed.
    fn step(&mut self, pc: usize) {
        self.run_in_interpreter(pc, tier::jit_step as *const () as usize);
    }

    /// Calls `helper(ctx, pc)`, which runs instruction `pc` with the
    /// interpreter's semantics (`jit_step`, or `jit_call` for calls).
    fn run_in_interpreter(&mut self, pc: usize, helper: usize) {
        let instr = self.function.code[pc];
        self.spill_operands(&instr);
        let at = self.b.ins().iconst(types::I32, pc as i64);
        let status = self.call_helper(self.sig_step, helper, &[self.ctx, at]);
        self.after_helper(pc, status, instr.dst(), !instr.is_terminator(), None);
    }

    /// Runs direct instruction `pc` through its helper, which is given the
    /// frame's registers and the instruction's address (the program outlives
    /// its compiled code), then continues at `pc + 1` or where an exception landed.
    fn call_direct(&mut self, pc: usize) {
        let instr = &self.function.code[pc];
        self.spill_operands(instr);
        let address = self.iconst(instr as *const Instr as i64);
        let at = self.b.ins().iconst(types::I32, pc as i64);
        let helper = tier::direct_helper(instr).expect("a direct instruction") as *const () as usize;
        let status = self.call_helper(self.sig_direct, helper, &[self.ctx, self.fp, address, at]);
        self.after_helper(pc, status, instr.dst(), true, None);
    }

    /// As [`Self::run_in_interpreter`], for a slow path: through the
    /// register-preserving trampoline, so the fast path keeps its values in
    /// registers across this call.
    fn run_in_interpreter_cold(&mut self, pc: usize, helper: usize) {
        let falls_through = !self.function.code[pc].is_terminator();
        self.call_cold(pc, helper, falls_through);
    }

    /// Calls `helper(ctx, pc)` through the trampoline (the operands of
    /// instruction `pc` written to the frame first), then goes on as
    /// [`Self::after_helper`] says.
    fn call_cold(&mut self, pc: usize, helper: usize, falls_through: bool) {
        let instr = self.function.code[pc];
        self.spill_operands(&instr);
        let at = self.b.ins().iconst(types::I32, pc as i64);
        let (trampoline, helper) = (self.iconst(self.slow_path as i64), self.iconst(helper as i64));
        self.b.ins().call_indirect(self.sig_slow, trampoline, &[self.ctx, at, helper]);
        let status = self.b.ins().load(types::I32, MemFlagsData::trusted(), self.ctx, JitCtx::OFFSETS.status);
        self.after_helper(pc, status, instr.dst(), falls_through, None);
    }

    /// Steps an instruction that continues at the next one or jumps to
    /// `target` (`GenNext`, `ForDict`), writing `writes` (spilled first, so
    /// the ones it leaves alone reload their own values).
    fn step_jumping(&mut self, pc: usize, target: usize, writes: &[Reg]) {
        let instr = self.function.code[pc];
        self.spill_operands(&instr);
        for &r in writes {
            self.spill(r);
        }
        let at = self.b.ins().iconst(types::I32, pc as i64);
        let status = self.call_helper(self.sig_step, tier::jit_step as *const () as usize, &[self.ctx, at]);
        self.after_helper(pc, status, None, true, Some(target));
        for &r in writes {
            self.reload(r);
        }
    }

    /// The reference registers of `target`, other than its parameters, that a
    /// direct call clears to None: those live at its entry (read before written
    /// on some path). A collection zeroes every register not live where a
    /// frame stands and scans only live ones, and a register not live at entry
    /// is written on every path before it is live, so the others may keep
    /// whatever an earlier frame left there. (A generator's frame is not made
    /// by a call.)
    fn registers_to_clear(&mut self, target: FuncId) -> Vec<Reg> {
        let callee = self.program.function(target);
        let params = callee.params.len();
        self.cleared_at_call
            .entry(target.0)
            .or_insert_with(|| {
                let others = callee.ref_regs.iter().copied().filter(|r| (r.0 as usize) >= params);
                if callee.code.len() > MAX_CLEARED_CALLEE {
                    return others.collect();
                }
                let live = liveness::LiveRefs::of(callee);
                others.filter(|&r| live.is_live(0, r)).collect()
            })
            .clone()
    }

    /// A call whose callee is known: when the callee has compiled code, the
    /// frame is pushed and the callee's entry called right here; otherwise (not
    /// compiled yet, a None receiver) `jit_call` runs it. (Compiled code runs
    /// below the recursion limit only: see the entry in `translate`.)
    fn direct_call(&mut self, pc: usize, dst: Reg, target: FuncId, args: Vec<Reg>, receiver: Option<Reg>, done: Block) {
        let flags = MemFlagsData::trusted();
        let entries = self.entries;
        // The slot is published with a release store by the installer; an aligned
        // 8-byte load sees either null or the finished entry.
        let slot = self.iconst(entries.slot_address(target) as i64);
        let entry = self.b.ins().load(types::I64, flags, slot, 0);
        let mut slow = vec![self.b.ins().icmp_imm_s(IntCC::Equal, entry, 0)];
        if let Some(r) = receiver.filter(|&r| !self.facts.is_not_none(r)) {
            slow.push(self.is_null(r));
        }
        self.run_cold_if(pc, &slow, tier::jit_call as *const () as usize, done);
        let caller_regs = self.function.nregs();
        let callee_fp = self.b.ins().iadd_imm_s(self.fp, (caller_regs * 8) as i64);
        for (i, &r) in args.iter().enumerate() {
            let w = self.word(r);
            self.b.ins().store(flags, w, callee_fp, (i * 8) as i32);
        }
        let zero = self.iconst(0);
        for r in self.registers_to_clear(target) {
            self.b.ins().store(flags, zero, callee_fp, i32::from(r.0) * 8);
        }
        // Push the callee's frame (the caller's pc first, for tracebacks).
        let f = FRAME_OFFSETS;
        let len_ptr = self.b.ins().load(types::I64, flags, self.ctx, JitCtx::OFFSETS.frame_len);
        let buf = self.b.ins().load(types::I64, flags, self.ctx, JitCtx::OFFSETS.frame_buf);
        let len = self.b.ins().load(types::I64, flags, len_ptr, 0);
        let at = self.b.ins().imul_imm_s(len, i64::from(f.size));
        let callee_frame = self.b.ins().iadd(buf, at);
        let caller_frame = self.b.ins().iadd_imm_s(callee_frame, -i64::from(f.size));
        let next_pc = self.iconst(pc as i64 + 1);
        self.b.ins().store(flags, next_pc, caller_frame, f.pc);
        let caller_base = self.b.ins().load(types::I64, flags, caller_frame, f.base);
        let callee_base = self.b.ins().iadd_imm_s(caller_base, caller_regs as i64);
        // func with exhausted 0, ret with interpreted false: a word each.
        let func_word = self.iconst(i64::from(target.0));
        self.b.ins().store(flags, func_word, callee_frame, f.func_word);
        let ret_word = self.iconst(i64::from(dst.0));
        self.b.ins().store(flags, ret_word, callee_frame, f.ret_word);
        self.b.ins().store(flags, zero, callee_frame, f.pc);
        self.b.ins().store(flags, callee_base, callee_frame, f.base);
        self.b.ins().store(flags, zero, callee_frame, f.gen);
        let pushed = self.b.ins().iadd_imm_s(len, 1);
        self.b.ins().store(flags, pushed, len_ptr, 0);
        // The callee's depth is the pushed length (only entries read it).
        let callee_depth = self.b.ins().ireduce(types::I32, pushed);
        self.b.ins().store(flags, callee_depth, self.ctx, JitCtx::OFFSETS.depth);
        let call_entry = self.b.ins().iconst(types::I32, i64::from(tier::CALL_ENTRY as i32));
        let call = self.b.ins().call_indirect(self.sig_entry, entry, &[self.ctx, callee_fp, call_entry]);
        let (status, value) = (self.b.inst_results(call)[0], self.b.inst_results(call)[1]);
        let finished = self.b.ins().icmp_imm_s(IntCC::Equal, status, i64::from(tier::status::FINISHED));
        let returned = self.b.create_block();
        let escaped = self.b.create_block();
        self.b.ins().brif(finished, returned, &[], escaped, &[]);

        // The callee returned: pop its frame, take the value.
        self.b.switch_to_block(returned);
        self.b.ins().store(flags, len, len_ptr, 0);
        self.set_word(dst, value);
        self.b.ins().jump(done, &[]);

        // An exception escaped the callee (its frame is gone): look for a handler here.
        self.b.set_cold_block(escaped);
        self.b.switch_to_block(escaped);
        let at_pc = self.b.ins().iconst(types::I32, pc as i64);
        let landed = self.call_helper(self.sig_step, tier::jit_land as *const () as usize, &[self.ctx, at_pc]);
        self.after_helper(pc, landed, None, true, None);
    }

    /// When any of `slow` holds, instruction `pc` runs through `helper` on the
    /// slow path (`jit_call` for a call, which also raises what the call
    /// raises) and goes on to `done`; the fast path continues in a new block.
    /// (A branch per condition: cheaper than combining them into one.)
    fn run_cold_if(&mut self, pc: usize, slow: &[Value], helper: usize, done: Block) {
        let slow_block = self.b.create_block();
        for &cond in slow {
            let fast = self.b.create_block();
            self.b.ins().brif(cond, slow_block, &[], fast, &[]);
            self.b.switch_to_block(fast);
        }
        let fast = self.b.current_block().expect("a block is open");
        self.b.set_cold_block(slow_block);
        self.b.switch_to_block(slow_block);
        self.run_in_interpreter_cold(pc, helper);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(fast);
    }

    /// The implementations a virtual call of method `func` can reach, each with
    /// the classes (layout ids) that select it; None when there are too many to
    /// test inline (the call then goes through `jit_call`'s vtable lookup).
    fn method_targets(&self, func: FuncId) -> Option<Vec<(FuncId, Vec<u32>)>> {
        let method = self.program.function(func);
        let (vslot, class) = (method.vslot? as usize, method.class?);
        let mut targets: Vec<(FuncId, Vec<u32>)> = Vec::new();
        for (id, info) in self.program.classes.iter().enumerate() {
            let id = ClassId(id as u32);
            if !self.program.is_subclass(id, class) {
                continue;
            }
            let target = *info.vtable.get(vslot)?;
            match targets.iter_mut().find(|(t, _)| *t == target) {
                Some((_, classes)) => classes.push(id.0),
                None => targets.push((target, vec![id.0])),
            }
        }
        let tests: usize = targets.iter().map(|(_, classes)| classes.len()).sum();
        (!targets.is_empty() && targets.len() <= MAX_INLINE_TARGETS && tests <= MAX_CLASS_TESTS).then_some(targets)
    }

    /// A virtual call dispatched inline on the receiver's class (the layout id
    /// in its header), each implementation called as a direct call.
    fn dispatch_call(&mut self, pc: usize, dst: Reg, targets: &[(FuncId, Vec<u32>)], args: Vec<Reg>, done: Block) {
        let flags = MemFlagsData::trusted();
        let receiver = args[0];
        if !self.facts.is_not_none(receiver) {
            let none = self.is_null(receiver);
            self.run_cold_if(pc, &[none], tier::jit_call as *const () as usize, done);
            self.facts.learn_not_none(receiver);
        }
        let object = self.get(receiver);
        let class = self.b.ins().load(types::I32, flags, object, jcvm_gc::HEADER_AUX_OFFSET);
        for (target, classes) in targets {
            let mut selected = None;
            for &k in classes {
                let is = self.b.ins().icmp_imm_s(IntCC::Equal, class, i64::from(k));
                selected = Some(match selected {
                    Some(prior) => self.b.ins().bor(prior, is),
                    None => is,
                });
            }
            let call = self.b.create_block();
            let next = self.b.create_block();
            self.b.ins().brif(selected.expect("each target has a class"), call, &[], next, &[]);
            self.b.switch_to_block(call);
            let callee = self.program.function(*target);
            let arg_kinds: Vec<RegKind> = args.iter().map(|&r| self.kind(r)).collect();
            if inlinable_callee(callee, &arg_kinds) {
                let fallback = self.b.create_block();
                self.inline_callee(*target, &args, dst, fallback);
                self.b.ins().jump(done, &[]);
                self.b.set_cold_block(fallback);
                self.b.switch_to_block(fallback);
            }
            self.direct_call(pc, dst, *target, args.clone(), None, done);
            self.b.ins().jump(done, &[]);
            self.b.switch_to_block(next);
        }
        // No listed class (not expected: every subclass was listed): the helper decides.
        self.run_in_interpreter(pc, tier::jit_call as *const () as usize);
    }

    /// The body of `target` (an [`inlinable_callee`]) with `args` (the
    /// receiver, known not None, first), its result in `dst`; any slow path
    /// jumps to `fallback`, which makes the real call. (The recursion limit
    /// needs no check: compiled code runs below it.)
    fn inline_callee(&mut self, target: FuncId, args: &[Reg], dst: Reg, fallback: Block) {
        let callee = self.program.function(target);
        let arg_values: Vec<Value> = args.iter().map(|&r| self.get(r)).collect();
        let kinds = callee.reg_kinds.clone();
        let vars: Vec<Variable> = kinds.iter().map(|&k| self.b.declare_var(var_type(k))).collect();
        for (&var, value) in vars.iter().zip(arg_values) {
            self.b.def_var(var, value);
        }
        for &(reg, word) in &callee.frame_init {
            let r = reg.0 as usize;
            let value = match kinds[r] {
                RegKind::Float => self.b.ins().f64const(f64::from_bits(word)),
                _ => self.b.ins().iconst(types::I64, word as i64),
            };
            self.b.def_var(vars[r], value);
        }
        let caller_vars = std::mem::replace(&mut self.vars, vars);
        let caller_kinds = std::mem::replace(&mut self.kinds, kinds);
        let caller_facts = std::mem::replace(&mut self.facts, Facts::with_not_none(Reg(0)));
        let caller_constants = std::mem::replace(&mut self.constants, constant_registers(callee));
        let caller_constant_values = std::mem::replace(&mut self.constant_values, vec![None; callee.nregs()]);
        self.inline_fallback = Some(fallback);
        let (last, code) = callee.code.split_last().expect("an inlinable callee has a return");
        for (pc, &instr) in code.iter().enumerate() {
            let done = self.b.create_block();
            let flow = self.lower_fast(pc, instr, done);
            debug_assert_eq!(flow, Some(Flow::Falls), "inlinable instructions fall through");
            self.b.ins().jump(done, &[]);
            self.b.switch_to_block(done);
        }
        let value = match *last {
            Instr::Ret { src } => self.word(src),
            Instr::RetField { obj, slot, .. } => {
                self.guard_not_none(0, obj, fallback);
                let o = self.get(obj);
                self.b.ins().load(types::I64, MemFlagsData::trusted(), o, Self::field_offset(slot.0))
            }
            _ => self.iconst(0),
        };
        self.inline_fallback = None;
        self.vars = caller_vars;
        self.kinds = caller_kinds;
        self.facts = caller_facts;
        self.constants = caller_constants;
        self.constant_values = caller_constant_values;
        self.set_word(dst, value);
    }

    /// The length of the list in `list`; None steps `pc`.
    fn list_len(&mut self, pc: usize, list: Reg, done: Block) -> Value {
        self.guard_not_none(pc, list, done);
        let l = self.get(list);
        self.b.ins().load(types::I64, MemFlagsData::trusted(), l, jcvm_gc::LIST_LEN_OFFSET)
    }

    /// The address of element `list[index]` (a negative index counts from the
    /// end); None or an index out of range steps `pc`, which raises.
    ///
    /// An index in `0..len` takes one unsigned compare; a negative one is
    /// counted from the end in a cold block. There `index + len` is below
    /// `len`, unsigned, exactly when the index was in `-len..0`: any other
    /// index gives a sum at or past `len`, or one that wrapped around to a
    /// negative (a huge unsigned) value.
    fn list_element(&mut self, pc: usize, list: Reg, index: Reg, done: Block) -> Value {
        let len = self.list_len(pc, list, done);
        let i = self.get(index);
        let (found, at, counted, outside) = self.index_position(i, len);
        self.guard(pc, outside, done);
        self.b.ins().jump(found, &[counted.into()]);
        self.b.switch_to_block(found);
        self.element_address(list, at)
    }

    /// Starts finding the position of index `i` among `len` items (see
    /// [`Self::list_element`]). Returns the block where the position is known
    /// and its parameter, the position; an index in `0..len` goes there. The
    /// builder is left in a cold block for the other indices, with the two
    /// values returned last: the index counted from the end, and whether that
    /// is still outside. The caller ends that block (to the returned block
    /// with the counted index, or to its slow path) and goes on in the first.
    fn index_position(&mut self, i: Value, len: Value) -> (Block, Value, Value, Value) {
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        let (found, from_end) = (self.b.create_block(), self.b.create_block());
        let at = self.b.append_block_param(found, types::I64);
        self.b.ins().brif(inside, found, &[i.into()], from_end, &[]);
        self.b.set_cold_block(from_end);
        self.b.switch_to_block(from_end);
        let counted = self.b.ins().iadd(i, len);
        let outside = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, counted, len);
        (found, at, counted, outside)
    }

    /// `New`: a cell popped from its size class's free list, inline, while
    /// the heap's debt stays below its limit (the runtime's `alloc_instance`,
    /// statistics aside: the class counts the cell, and the heap catches up);
    /// otherwise `jit_new_at`, which allocates and runs the GC safepoint.
    fn new_instance(&mut self, pc: usize, dst: Reg, class: ClassId, done: Block) {
        let flags = MemFlagsData::trusted();
        let layout = &self.program.classes[class.0 as usize].layout;
        let Some(inline) = jcvm_gc::InlineInstance::of(layout, jcvm_gc::LayoutId(class.0)) else {
            self.run_in_interpreter_cold(pc, tier::jit_new_at as *const () as usize);
            self.facts.learn_not_none(dst);
            return;
        };
        let debt_at = self.b.ins().load(types::I64, flags, self.ctx, JitCtx::OFFSETS.alloc_debt);
        let limit_at = self.b.ins().load(types::I64, flags, self.ctx, JitCtx::OFFSETS.alloc_limit);
        let debt = self.b.ins().load(types::I64, flags, debt_at, 0);
        let limit = self.b.ins().load(types::I64, flags, limit_at, 0);
        let new_debt = self.b.ins().iadd_imm_s(debt, inline.size as i64);
        let due = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, new_debt, limit);
        let classes = self.b.ins().load(types::I64, flags, self.ctx, JitCtx::OFFSETS.alloc_classes);
        let class_at = self.b.ins().iadd_imm_s(classes, inline.class_offset as i64);
        let free_at = inline.offsets.free as i32;
        let cell = self.b.ins().load(types::I64, flags, class_at, free_at);
        let empty = self.b.ins().icmp_imm_s(IntCC::Equal, cell, 0);
        self.run_cold_if(pc, &[due, empty], tier::jit_new_at as *const () as usize, done);
        let next = self.b.ins().load(types::I64, flags, cell, 8);
        self.b.ins().store(flags, next, class_at, free_at);
        self.b.ins().store(flags, new_debt, debt_at, 0);
        let taken_at = inline.offsets.taken as i32;
        let taken = self.b.ins().load(types::I64, flags, class_at, taken_at);
        let taken = self.b.ins().iadd_imm_s(taken, 1);
        self.b.ins().store(flags, taken, class_at, taken_at);
        let header = self.iconst(inline.header as i64);
        self.b.ins().store(flags, header, cell, 0);
        let zero = self.iconst(0);
        for slot in 0..inline.slots {
            self.b.ins().store(flags, zero, cell, Self::field_offset(slot as u16));
        }
        self.set(dst, cell);
        self.facts.learn_not_none(dst);
    }

    /// The address of element `at` (in bounds) of the list in `list`.
    fn element_address(&mut self, list: Reg, at: Value) -> Value {
        let l = self.get(list);
        let data = self.b.ins().load(types::I64, MemFlagsData::trusted(), l, jcvm_gc::LIST_DATA_OFFSET);
        let offset = self.b.ins().ishl_imm_s(at, 3);
        self.b.ins().iadd(data, offset)
    }

    /// A helper's status: leave on anything but CONTINUE; continue at `pc + 1`
    /// (reloading `dst`), at `jump` when given and the helper went there, or at
    /// the handler an exception landed in.
    fn after_helper(&mut self, pc: usize, status: Value, dst: Option<Reg>, falls_through: bool, jump: Option<usize>) {
        // After a helper called on a slow path, the way back is slow too: its
        // blocks are laid out with the cold ones, not between fast blocks.
        let cold = self.b.current_block().is_some_and(|block| self.b.func.layout.is_cold(block));
        let continued = self.create_block_cold_if(cold);
        self.b.ins().brif(status, self.leave, &[status.into()], continued, &[]);
        self.b.switch_to_block(continued);
        if let Some(target) = jump {
            let next_pc = self.b.ins().load(types::I32, MemFlagsData::trusted(), self.ctx, JitCtx::OFFSETS.next_pc);
            let jumped = self.b.ins().icmp_imm_s(IntCC::Equal, next_pc, target as i64);
            let rest = self.create_block_cold_if(cold);
            self.b.ins().brif(jumped, self.starts[&target], &[], rest, &[]);
            self.b.switch_to_block(rest);
        }
        let handler = self.function.handler_at(pc).copied();
        if handler.is_none() {
            // No handler here: the helper can only continue at the next instruction
            // (after a terminator, nothing continues: the caller closes the block).
            if falls_through {
                self.reload_dst(dst);
            }
            return;
        }
        let next_pc = self.b.ins().load(types::I32, MemFlagsData::trusted(), self.ctx, JitCtx::OFFSETS.next_pc);
        let landed = self.b.create_block();
        let next = self.create_block_cold_if(cold);
        if falls_through {
            let is_next = self.b.ins().icmp_imm_s(IntCC::Equal, next_pc, pc as i64 + 1);
            self.b.ins().brif(is_next, next, &[], landed, &[]);
        } else {
            self.b.ins().jump(landed, &[]);
        }

        // An exception landed in this frame: by construction (the interpreter's
        // `find_handler` on this frame at pc + 1) at the handler around `pc`.
        self.b.set_cold_block(landed);
        self.b.switch_to_block(landed);
        match handler {
            Some(handler) => {
                let there = self.starts[&(handler.target as usize)];
                let is_handler = self.b.ins().icmp_imm_s(IntCC::Equal, next_pc, i64::from(handler.target));
                let take = self.create_block_cold_if(true);
                self.b.ins().trapz(is_handler, UNREACHABLE);
                self.b.ins().jump(take, &[]);
                self.b.switch_to_block(take);
                self.reload(handler.exc);
                self.b.ins().jump(there, &[]);
            }
            None => {
                self.b.ins().trap(UNREACHABLE);
            }
        }

        self.b.switch_to_block(next);
        self.reload_dst(dst);
    }

    /// A new block, laid out with the cold ones when `cold`.
    fn create_block_cold_if(&mut self, cold: bool) -> Block {
        let block = self.b.create_block();
        if cold {
            self.b.set_cold_block(block);
        }
        block
    }

    fn reload_dst(&mut self, dst: Option<Reg>) {
        if let Some(dst) = dst {
            self.reload(dst);
        }
    }

    /// Hands the frame to the interpreter at `pc` (a value) for the rest of its run.
    fn finish_at(&mut self, pc: Value) {
        for r in 0..self.vars.len() {
            self.spill(Reg(r as u16));
        }
        let status = self.call_helper(self.sig_step, tier::jit_finish as *const () as usize, &[self.ctx, pc]);
        return_status(&mut self.b, self.ctx, status);
    }

    fn finish_in_interpreter(&mut self, pc: usize) {
        let at = self.b.ins().iconst(types::I32, pc as i64);
        self.finish_at(at);
    }

    /// Steps instruction `pc` (its slow path) when `cond` holds, then goes to
    /// `done`; the fast path continues in a new block.
    fn guard(&mut self, pc: usize, cond: Value, done: Block) {
        let fast = self.b.create_block();
        if let Some(fallback) = self.inline_fallback {
            self.b.ins().brif(cond, fallback, &[], fast, &[]);
            self.b.switch_to_block(fast);
            return;
        }
        let slow = self.b.create_block();
        self.b.ins().brif(cond, slow, &[], fast, &[]);
        self.b.set_cold_block(slow);
        self.b.switch_to_block(slow);
        self.run_in_interpreter_cold(pc, tier::jit_step as *const () as usize);
        if self.function.code[pc].is_terminator() {
            self.b.ins().trap(UNREACHABLE);
        } else {
            self.b.ins().jump(done, &[]);
        }
        self.b.switch_to_block(fast);
    }

    /// Steps `pc` (which raises) when reference register `r` is None, unless
    /// `r` is known not to be; from here on it is known not to be.
    fn guard_not_none(&mut self, pc: usize, r: Reg, done: Block) {
        if self.facts.is_not_none(r) {
            return;
        }
        let none = self.is_null(r);
        self.guard(pc, none, done);
        self.facts.learn_not_none(r);
    }

    fn is_null(&mut self, r: Reg) -> Value {
        let v = self.get(r);
        self.b.ins().icmp_imm_s(IntCC::Equal, v, 0)
    }

    fn bool_value(&mut self, cond: Value) -> Value {
        self.b.ins().uextend(types::I64, cond)
    }

    fn jump_to(&mut self, target: usize) {
        let block = self.starts[&target];
        self.b.ins().jump(block, &[]);
    }

    /// The block of the instruction after `pc` (a block start after any branch).
    fn next_block(&self, pc: usize) -> Block {
        self.starts[&(pc + 1)]
    }

    fn ret(&mut self, word: Value) {
        let finished = self.b.ins().iconst(types::I32, i64::from(tier::status::FINISHED));
        self.b.ins().return_(&[finished, word]);
    }

    /// Lowers instruction `pc`; whether control falls through to the next one.
    fn lower(&mut self, pc: usize, instr: Instr) -> bool {
        let first_inst = self.b.func.dfg.num_insts();
        let done = self.b.create_block();
        let flow = match self.lower_fast(pc, instr, done) {
            Some(flow) => flow,
            None if tier::is_direct(&instr) => {
                self.call_direct(pc);
                self.learn_result(&instr);
                Flow::Falls
            }
            None => {
                self.step(pc);
                Flow::Falls
            }
        };
        if flow == Flow::Falls && !instr.is_terminator() {
            // With no slow path coming back, the next instruction goes on in the
            // same block (Cranelift folds a load into its use only within a block).
            if self.branches_to(done, first_inst) {
                self.b.ins().jump(done, &[]);
                self.b.switch_to_block(done);
            }
            return true;
        }
        if flow == Flow::Falls {
            // A stepped terminator (a raise) continues only where it landed.
            self.b.ins().trap(UNREACHABLE);
        }
        // Slow paths that stepped the instruction continue at the next one.
        self.b.switch_to_block(done);
        match self.starts.get(&(pc + 1)) {
            Some(&next) => {
                self.b.ins().jump(next, &[]);
            }
            None => {
                self.b.ins().trap(UNREACHABLE);
            }
        }
        false
    }

    /// Whether an instruction made since `first_inst` branches to `block`.
    fn branches_to(&self, block: Block, first_inst: usize) -> bool {
        let dfg = &self.b.func.dfg;
        (first_inst..dfg.num_insts()).any(|i| {
            let inst = ir::Inst::from_u32(i as u32);
            dfg.insts[inst]
                .branch_destination(&dfg.jump_tables, &dfg.exception_tables)
                .iter()
                .any(|call| call.block(&dfg.value_lists) == block)
        })
    }

    /// Lowers `instr` natively (slow paths stepped); None to step it whole.
    fn lower_fast(&mut self, pc: usize, instr: Instr, done: Block) -> Option<Flow> {
        let flags = MemFlagsData::trusted();
        match instr {
            Instr::LoadInt { dst, value } => {
                let v = match self.constant_values[dst.0 as usize] {
                    Some(v) => v,
                    None => self.iconst(i64::from(value)),
                };
                self.set(dst, v);
            }
            Instr::LoadConstInt { dst, k } => {
                let v = self.iconst(self.program.ints[k.0 as usize]);
                self.set(dst, v);
            }
            Instr::LoadFloat { dst, k } => {
                let value = self.program.floats[k.0 as usize];
                let v = self.b.ins().f64const(value);
                self.set(dst, v);
                if value >= 0.0 || value.is_nan() {
                    self.facts.learn_never_negative(dst);
                }
            }
            Instr::LoadStr { dst, k } => {
                let table = self.b.ins().load(types::I64, flags, self.ctx, JitCtx::OFFSETS.constants);
                let v = self.b.ins().load(types::I64, flags, table, (k.0 * 8) as i32);
                self.set(dst, v);
            }
            Instr::LoadNone { dst } => {
                let v = self.iconst(0);
                self.set(dst, v);
            }
            Instr::Move { dst, src } => {
                let v = self.get(src);
                let known = self.facts.about(src);
                self.set(dst, v);
                self.facts.learn(dst, known);
            }
            Instr::CheckBound { flag, .. } => {
                let unbound = self.is_null(flag);
                self.guard(pc, unbound, done);
            }
            Instr::LoadGlobal { dst, global } => {
                if !self.facts.is_bound(global.0) {
                    let bound_table = self.b.ins().load(types::I64, flags, self.ctx, JitCtx::OFFSETS.globals_bound);
                    let bound = self.b.ins().load(types::I8, flags, bound_table, global.0 as i32);
                    let unbound = self.b.ins().icmp_imm_s(IntCC::Equal, bound, 0);
                    self.guard(pc, unbound, done);
                    self.facts.learn_bound(global.0);
                }
                let table = self.b.ins().load(types::I64, flags, self.ctx, JitCtx::OFFSETS.globals);
                let ty = var_type(self.kind(dst));
                let v = self.b.ins().load(ty, flags, table, (global.0 * 8) as i32);
                self.set(dst, v);
            }
            Instr::StoreGlobal { global, src } => {
                let v = self.get(src);
                let table = self.b.ins().load(types::I64, flags, self.ctx, JitCtx::OFFSETS.globals);
                self.b.ins().store(flags, v, table, (global.0 * 8) as i32);
                if !self.facts.is_bound(global.0) {
                    let bound_table = self.b.ins().load(types::I64, flags, self.ctx, JitCtx::OFFSETS.globals_bound);
                    let one = self.b.ins().iconst(types::I8, 1);
                    self.b.ins().store(flags, one, bound_table, global.0 as i32);
                    self.facts.learn_bound(global.0);
                }
            }
            Instr::AddInt { dst, a, b } | Instr::SubInt { dst, a, b } if self.cannot_overflow(pc, instr) => {
                let (x, y) = (self.get(a), self.get(b));
                let v =
                    if let Instr::AddInt { .. } = instr { self.b.ins().iadd(x, y) } else { self.b.ins().isub(x, y) };
                self.set(dst, v);
            }
            Instr::AddInt { dst, a, b } | Instr::SubInt { dst, a, b } | Instr::MulInt { dst, a, b } => {
                let (x, y) = (self.get(a), self.get(b));
                let (v, overflow) = match instr {
                    Instr::AddInt { .. } => self.b.ins().sadd_overflow(x, y),
                    Instr::SubInt { .. } => self.b.ins().ssub_overflow(x, y),
                    _ => self.b.ins().smul_overflow(x, y),
                };
                self.guard(pc, overflow, done);
                self.set(dst, v);
            }
            Instr::FloorDivInt { dst, a, b } | Instr::ModInt { dst, a, b } => {
                let floor = matches!(instr, Instr::FloorDivInt { .. });
                let divisor = self.constants[b.0 as usize].map(|word| word as i64);
                let x = self.get(a);
                if let Some(d) = divisor.filter(|&d| d > 0 && d & (d - 1) == 0) {
                    // A power of two: floor division is an arithmetic shift, the
                    // modulus (with the divisor's sign, positive) a mask.
                    let v = if floor {
                        self.b.ins().sshr_imm_s(x, i64::from(d.trailing_zeros()))
                    } else {
                        self.b.ins().band_imm_s(x, d - 1)
                    };
                    self.set(dst, v);
                    return Some(Flow::Falls);
                }
                let y = self.get(b);
                if divisor.is_none_or(|d| d == 0 || d == -1) {
                    let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                    let minus_one = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                    let min = self.b.ins().icmp_imm_s(IntCC::Equal, x, i64::MIN);
                    let overflow = self.b.ins().band(minus_one, min);
                    let slow = self.b.ins().bor(zero, overflow);
                    self.guard(pc, slow, done);
                }
                // One division (none for a divisor of at least 2: a multiplication
                // by its magic number); the remainder from the quotient.
                // A dividend at least 0 (a loop counter) by a divisor of at least
                // 2: the quotient and remainder need no correction for signs.
                let counter = divisor.is_some_and(|d| d >= 2) && self.counts_up_from_zero(pc, a);
                let q = match divisor.filter(|&d| d >= 2) {
                    Some(d) => {
                        let magic = Magic::of(d);
                        let m = self.iconst(magic.multiplier);
                        let high = self.b.ins().smulhi(x, m);
                        let high = if magic.add_dividend { self.b.ins().iadd(high, x) } else { high };
                        let shifted = self.b.ins().sshr_imm_s(high, i64::from(magic.shift));
                        if counter {
                            shifted
                        } else {
                            let negative = self.b.ins().ushr_imm_s(x, 63);
                            self.b.ins().iadd(shifted, negative)
                        }
                    }
                    None => self.b.ins().sdiv(x, y),
                };
                let qy = self.b.ins().imul(q, y);
                let r = self.b.ins().isub(x, qy);
                if counter {
                    self.set(dst, if floor { q } else { r });
                    return Some(Flow::Falls);
                }
                // Python rounds toward negative infinity: adjust when the remainder
                // is nonzero and its sign differs from the divisor's.
                let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
                let signs = self.b.ins().bxor(r, y);
                let differ = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, signs, 0);
                let adjust = self.b.ins().band(nonzero, differ);
                let v = if floor {
                    let one = self.b.ins().uextend(types::I64, adjust);
                    self.b.ins().isub(q, one)
                } else {
                    let zero = self.iconst(0);
                    let add = self.b.ins().select(adjust, y, zero);
                    self.b.ins().iadd(r, add)
                };
                self.set(dst, v);
            }
            Instr::AndInt { dst, a, b } | Instr::OrInt { dst, a, b } | Instr::XorInt { dst, a, b } => {
                let (x, y) = (self.get(a), self.get(b));
                let v = match instr {
                    Instr::AndInt { .. } => self.b.ins().band(x, y),
                    Instr::OrInt { .. } => self.b.ins().bor(x, y),
                    _ => self.b.ins().bxor(x, y),
                };
                self.set(dst, v);
            }
            Instr::NegInt { dst, src } | Instr::AbsInt { dst, src } => {
                let x = self.get(src);
                let min = self.b.ins().icmp_imm_s(IntCC::Equal, x, i64::MIN);
                self.guard(pc, min, done);
                let neg = self.b.ins().ineg(x);
                let v = if let Instr::AbsInt { .. } = instr {
                    let negative = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, x, 0);
                    self.b.ins().select(negative, neg, x)
                } else {
                    neg
                };
                self.set(dst, v);
            }
            Instr::InvertInt { dst, src } => {
                let x = self.get(src);
                let v = self.b.ins().bnot(x);
                self.set(dst, v);
            }
            Instr::CmpInt { dst, a, b, cond } => {
                let (x, y) = (self.get(a), self.get(b));
                let c = self.b.ins().icmp(int_cc(cond), x, y);
                let v = self.bool_value(c);
                self.set(dst, v);
            }
            Instr::MinMaxInt { dst, a, b, max } => {
                let (x, y) = (self.get(a), self.get(b));
                let cc = if max { IntCC::SignedGreaterThan } else { IntCC::SignedLessThan };
                let beyond = self.b.ins().icmp(cc, y, x);
                let v = self.b.ins().select(beyond, y, x);
                self.set(dst, v);
            }
            Instr::AddFloat { dst, a, b } | Instr::SubFloat { dst, a, b } | Instr::MulFloat { dst, a, b } => {
                let (x, y) = (self.get(a), self.get(b));
                let v = match instr {
                    Instr::AddFloat { .. } => self.b.ins().fadd(x, y),
                    Instr::SubFloat { .. } => self.b.ins().fsub(x, y),
                    _ => self.b.ins().fmul(x, y),
                };
                // A square, or a sum or product of values never below zero, is never below zero.
                let both = self.facts.is_never_negative(a) && self.facts.is_never_negative(b);
                let square = matches!(instr, Instr::MulFloat { .. }) && a == b;
                let never_negative = square || (both && !matches!(instr, Instr::SubFloat { .. }));
                self.set(dst, v);
                if never_negative {
                    self.facts.learn_never_negative(dst);
                }
            }
            Instr::DivFloat { dst, a, b } => {
                let (x, y) = (self.get(a), self.get(b));
                let zero = self.b.ins().f64const(0.0);
                let by_zero = self.b.ins().fcmp(FloatCC::Equal, y, zero);
                self.guard(pc, by_zero, done);
                let v = self.b.ins().fdiv(x, y);
                let never_negative = self.facts.is_never_negative(a) && self.facts.is_never_negative(b);
                self.set(dst, v);
                if never_negative {
                    self.facts.learn_never_negative(dst);
                }
            }
            Instr::NegFloat { dst, src } | Instr::AbsFloat { dst, src } => {
                let x = self.get(src);
                let v = if let Instr::NegFloat { .. } = instr { self.b.ins().fneg(x) } else { self.b.ins().fabs(x) };
                self.set(dst, v);
                if let Instr::AbsFloat { .. } = instr {
                    self.facts.learn_never_negative(dst);
                }
            }
            Instr::CmpFloat { dst, a, b, cond } => {
                let (x, y) = (self.get(a), self.get(b));
                let c = self.b.ins().fcmp(float_cc(cond), x, y);
                let v = self.bool_value(c);
                self.set(dst, v);
            }
            Instr::MinMaxFloat { dst, a, b, max } => {
                let (x, y) = (self.get(a), self.get(b));
                let cc = if max { FloatCC::GreaterThan } else { FloatCC::LessThan };
                let beyond = self.b.ins().fcmp(cc, y, x);
                let v = self.b.ins().select(beyond, y, x);
                self.set(dst, v);
            }
            Instr::IntToFloat { dst, src } => {
                let x = self.get(src);
                let v = self.b.ins().fcvt_from_sint(types::F64, x);
                self.set(dst, v);
            }
            Instr::Math { dst, func: MathFn::Sqrt, a, .. }
                if self.kind(dst) == RegKind::Float && self.kind(a) == RegKind::Float =>
            {
                let x = self.get(a);
                // (A sum of squares needs no domain test.)
                if !self.facts.is_never_negative(a) {
                    let zero = self.b.ins().f64const(0.0);
                    let negative = self.b.ins().fcmp(FloatCC::LessThan, x, zero);
                    self.guard(pc, negative, done);
                }
                let v = self.b.ins().sqrt(x);
                self.set(dst, v);
                self.facts.learn_never_negative(dst);
            }
            Instr::NotBool { dst, src } | Instr::TruthyRef { dst, src } => {
                let x = self.get(src);
                let cc = if let Instr::NotBool { .. } = instr { IntCC::Equal } else { IntCC::NotEqual };
                let c = self.b.ins().icmp_imm_s(cc, x, 0);
                let v = self.bool_value(c);
                self.set(dst, v);
            }
            Instr::TruthyFloat { dst, src } => {
                let x = self.get(src);
                let zero = self.b.ins().f64const(0.0);
                let c = self.b.ins().fcmp(FloatCC::NotEqual, x, zero);
                let v = self.bool_value(c);
                self.set(dst, v);
            }
            Instr::IsRef { dst, a, b } => {
                let (x, y) = (self.get(a), self.get(b));
                let c = self.b.ins().icmp(IntCC::Equal, x, y);
                let v = self.bool_value(c);
                self.set(dst, v);
            }
            Instr::Jump { target } => {
                self.jump_to(target.0 as usize);
                return Some(Flow::Ends);
            }
            Instr::LoopBack { target } if !self.entries.polls() => {
                // No embedder's poll to call (the `jcvm` binary has none).
                self.jump_to(target.0 as usize);
                return Some(Flow::Ends);
            }
            Instr::LoopBack { target } => {
                // The embedder's poll every so many back-edges, on the VM's countdown
                // (shared with the interpreter and every compiled frame).
                let counter = self.b.ins().load(types::I64, flags, self.ctx, JitCtx::OFFSETS.poll);
                let left = self.b.ins().load(types::I32, flags, counter, 0);
                let left = self.b.ins().iadd_imm_s(left, -1);
                self.b.ins().store(flags, left, counter, 0);
                let due = self.b.ins().icmp_imm_s(IntCC::Equal, left, 0);
                let poll = self.b.create_block();
                let back = self.starts[&(target.0 as usize)];
                self.b.ins().brif(due, poll, &[], back, &[]);
                self.b.set_cold_block(poll);
                self.b.switch_to_block(poll);
                // Through the trampoline: the loop's values stay in registers around it.
                // (The poll continues at this back-edge's target, or raises.)
                self.call_cold(pc, tier::jit_poll as *const () as usize, true);
                self.jump_to(target.0 as usize);
                return Some(Flow::Ends);
            }
            Instr::JumpIfFalse { cond, target } | Instr::JumpIfTrue { cond, target } => {
                let c = self.get(cond);
                let (taken, next) = (self.starts[&(target.0 as usize)], self.next_block(pc));
                if let Instr::JumpIfTrue { .. } = instr {
                    self.b.ins().brif(c, taken, &[], next, &[]);
                } else {
                    self.b.ins().brif(c, next, &[], taken, &[]);
                }
                return Some(Flow::Ends);
            }
            Instr::JumpIfNotCmpInt { a, b, cond, target } => {
                let (x, y) = (self.get(a), self.get(b));
                let c = self.b.ins().icmp(int_cc(cond), x, y);
                let (taken, next) = (self.starts[&(target.0 as usize)], self.next_block(pc));
                self.b.ins().brif(c, next, &[], taken, &[]);
                return Some(Flow::Ends);
            }
            Instr::ForRange { var, base, target } => {
                let counter = self.get(base);
                let stop = self.get(Reg(base.0 + 1));
                if let Some(step @ (1 | -1)) = self.range_step(pc, base) {
                    // A unit step: the counter stays short of `stop`, so stepping never overflows.
                    let cc = if step == 1 { IntCC::SignedLessThan } else { IntCC::SignedGreaterThan };
                    let go = self.b.ins().icmp(cc, counter, stop);
                    let body = self.b.create_block();
                    let exit = self.starts[&(target.0 as usize)];
                    self.b.ins().brif(go, body, &[], exit, &[]);
                    self.b.switch_to_block(body);
                    self.set(var, counter);
                    let next = self.b.ins().iadd_imm_s(counter, step);
                    self.set(base, next);
                    let after = self.next_block(pc);
                    self.b.ins().jump(after, &[]);
                    return Some(Flow::Ends);
                }
                let step = self.get(Reg(base.0 + 2));
                let up = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, step, 0);
                let below = self.b.ins().icmp(IntCC::SignedLessThan, counter, stop);
                let down = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, step, 0);
                let above = self.b.ins().icmp(IntCC::SignedGreaterThan, counter, stop);
                let go_up = self.b.ins().band(up, below);
                let go_down = self.b.ins().band(down, above);
                let go = self.b.ins().bor(go_up, go_down);
                let body = self.b.create_block();
                let exit = self.starts[&(target.0 as usize)];
                self.b.ins().brif(go, body, &[], exit, &[]);
                self.b.switch_to_block(body);
                self.set(var, counter);
                // Saturating: a counter that would pass i64's end has passed `stop` too.
                let (sum, overflow) = self.b.ins().sadd_overflow(counter, step);
                let max = self.iconst(i64::MAX);
                let min = self.iconst(i64::MIN);
                let limit = self.b.ins().select(up, max, min);
                let next = self.b.ins().select(overflow, limit, sum);
                self.set(base, next);
                let after = self.next_block(pc);
                self.b.ins().jump(after, &[]);
                return Some(Flow::Ends);
            }
            Instr::ForList { var, base, target } => {
                self.guard_not_none(pc, base, done);
                let list = self.get(base);
                let len = self.b.ins().load(types::I64, MemFlagsData::trusted(), list, jcvm_gc::LIST_LEN_OFFSET);
                let index = self.get(Reg(base.0 + 1));
                let more = self.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
                let body = self.b.create_block();
                let exit = self.starts[&(target.0 as usize)];
                self.b.ins().brif(more, body, &[], exit, &[]);
                self.b.switch_to_block(body);
                let at = self.element_address(base, index);
                let ty = var_type(self.kind(var));
                let item = self.b.ins().load(ty, MemFlagsData::trusted(), at, 0);
                self.set(var, item);
                let next = self.b.ins().iadd_imm_s(index, 1);
                self.set(Reg(base.0 + 1), next);
                let after = self.next_block(pc);
                self.b.ins().jump(after, &[]);
                return Some(Flow::Ends);
            }
            Instr::GenNext { dst, target, .. } => {
                // The generator runs (compiled or interpreted) until it yields into
                // `dst` or is over (then the loop exits to `target`).
                self.step_jumping(pc, target.0 as usize, &[dst]);
            }
            Instr::ForDict { key, value, base, target } => {
                self.step_jumping(pc, target.0 as usize, &[key, value, Reg(base.0 + 1), Reg(base.0 + 3)]);
            }
            Instr::Yield { .. } => {
                let instr = self.function.code[pc];
                let live = self.live.get_or_insert_with(|| liveness::live_in(self.function));
                let kept: Vec<Reg> = liveness::members(&live[pc + 1]).map(|r| Reg(r as u16)).collect();
                for r in liveness::reads(self.function, &instr).into_iter().chain(kept) {
                    self.spill(r);
                }
                let at = self.b.ins().iconst(types::I32, pc as i64);
                let status = self.call_helper(self.sig_step, tier::jit_yield as *const () as usize, &[self.ctx, at]);
                return_status(&mut self.b, self.ctx, status);
                return Some(Flow::Ends);
            }
            Instr::LoadFieldInt { dst, obj, slot, .. }
            | Instr::LoadFieldFloat { dst, obj, slot, .. }
            | Instr::LoadFieldRef { dst, obj, slot, .. } => {
                self.guard_not_none(pc, obj, done);
                let o = self.get(obj);
                let ty = var_type(self.kind(dst));
                let v = self.b.ins().load(ty, flags, o, Self::field_offset(slot.0));
                self.set(dst, v);
            }
            Instr::TupleGet { dst, tuple, slot, .. } => {
                self.guard_not_none(pc, tuple, done);
                let o = self.get(tuple);
                let ty = var_type(self.kind(dst));
                let v = self.b.ins().load(ty, flags, o, Self::field_offset(slot.0));
                self.set(dst, v);
            }
            Instr::StoreFieldInt { obj, slot, src, .. }
            | Instr::StoreFieldFloat { obj, slot, src, .. }
            | Instr::StoreFieldRef { obj, slot, src, .. } => {
                self.guard_not_none(pc, obj, done);
                let (o, v) = (self.get(obj), self.get(src));
                self.b.ins().store(flags, v, o, Self::field_offset(slot.0));
            }
            Instr::AddFieldInt { obj, slot, src, .. } | Instr::SubFieldInt { obj, slot, src, .. } => {
                self.guard_not_none(pc, obj, done);
                let (o, y) = (self.get(obj), self.get(src));
                let x = self.b.ins().load(types::I64, flags, o, Self::field_offset(slot.0));
                let (v, overflow) = if let Instr::AddFieldInt { .. } = instr {
                    self.b.ins().sadd_overflow(x, y)
                } else {
                    self.b.ins().ssub_overflow(x, y)
                };
                self.guard(pc, overflow, done);
                self.b.ins().store(flags, v, o, Self::field_offset(slot.0));
            }
            Instr::AddFieldFloat { obj, slot, src, .. }
            | Instr::SubFieldFloat { obj, slot, src, .. }
            | Instr::MulFieldFloat { obj, slot, src, .. } => {
                self.guard_not_none(pc, obj, done);
                let (o, y) = (self.get(obj), self.get(src));
                let x = self.b.ins().load(types::F64, flags, o, Self::field_offset(slot.0));
                let v = match instr {
                    Instr::AddFieldFloat { .. } => self.b.ins().fadd(x, y),
                    Instr::SubFieldFloat { .. } => self.b.ins().fsub(x, y),
                    _ => self.b.ins().fmul(x, y),
                };
                self.b.ins().store(flags, v, o, Self::field_offset(slot.0));
            }
            Instr::EnterInline { recv, check_none, .. } => {
                // (No depth check: see the entry in `translate`.)
                if check_none && !self.facts.is_not_none(recv) {
                    let none = self.is_null(recv);
                    self.guard(pc, none, done);
                }
                if check_none {
                    self.facts.learn_not_none(recv);
                }
            }
            Instr::Call { dst, func, args, argc } | Instr::CallFinal { dst, func, args, argc } => {
                let receiver =
                    matches!(instr, Instr::CallFinal { .. }).then(|| self.function.call_arg_regs(args, argc)[0]);
                self.direct_call(pc, dst, func, self.function.call_arg_regs(args, argc).to_vec(), receiver, done);
            }
            Instr::CallMethod { dst, func, args, argc } => {
                let arg_regs = self.function.call_arg_regs(args, argc).to_vec();
                match self.method_targets(func) {
                    Some(targets) => self.dispatch_call(pc, dst, &targets, arg_regs, done),
                    None => self.run_in_interpreter(pc, tier::jit_call as *const () as usize),
                }
            }
            Instr::ListGet { dst, list, index } | Instr::TupleNGet { dst, tuple: list, index } => {
                let at = self.list_element(pc, list, index, done);
                let ty = var_type(self.kind(dst));
                let v = self.b.ins().load(ty, MemFlagsData::trusted(), at, 0);
                self.set(dst, v);
            }
            Instr::ListSet { list, index, src } => {
                let at = self.list_element(pc, list, index, done);
                let v = self.word(src);
                self.b.ins().store(MemFlagsData::trusted(), v, at, 0);
            }
            Instr::ListUpdate { list, index, src, op } => {
                let at = self.list_element(pc, list, index, done);
                let y = self.get(src);
                let v = match op {
                    UpdateOp::AddInt | UpdateOp::SubInt => {
                        let x = self.b.ins().load(types::I64, MemFlagsData::trusted(), at, 0);
                        let (v, overflow) = if op == UpdateOp::AddInt {
                            self.b.ins().sadd_overflow(x, y)
                        } else {
                            self.b.ins().ssub_overflow(x, y)
                        };
                        // The interpreter raises the OverflowError; the item is unchanged.
                        self.guard(pc, overflow, done);
                        v
                    }
                    UpdateOp::AddFloat | UpdateOp::SubFloat | UpdateOp::MulFloat => {
                        let x = self.b.ins().load(types::F64, MemFlagsData::trusted(), at, 0);
                        match op {
                            UpdateOp::AddFloat => self.b.ins().fadd(x, y),
                            UpdateOp::SubFloat => self.b.ins().fsub(x, y),
                            _ => self.b.ins().fmul(x, y),
                        }
                    }
                };
                self.b.ins().store(MemFlagsData::trusted(), v, at, 0);
            }
            Instr::ListLen { dst, list } => {
                let v = self.list_len(pc, list, done);
                self.set(dst, v);
            }
            Instr::New { dst, class } => self.new_instance(pc, dst, class, done),
            Instr::IsInstance { dst, obj, class } => {
                let classes: Vec<u32> = (0..self.program.classes.len() as u32)
                    .filter(|&k| self.program.is_subclass(ClassId(k), class))
                    .collect();
                if classes.len() <= MAX_CLASS_TESTS {
                    // An instance (by its header's kind) of one of the classes (its layout id).
                    let o = self.get(obj);
                    let (test, join) = (self.b.create_block(), self.b.create_block());
                    let result = self.b.append_block_param(join, types::I64);
                    if self.facts.is_not_none(obj) {
                        self.b.ins().jump(test, &[]);
                    } else {
                        let none = self.is_null(obj);
                        let no = self.iconst(0);
                        self.b.ins().brif(none, join, &[no.into()], test, &[]);
                    }
                    self.b.switch_to_block(test);
                    let kind = self.b.ins().load(types::I8, flags, o, jcvm_gc::HEADER_KIND_OFFSET);
                    let layout = self.b.ins().load(types::I32, flags, o, jcvm_gc::HEADER_AUX_OFFSET);
                    let mut is = self.b.ins().icmp_imm_s(IntCC::Equal, kind, jcvm_gc::ObjKind::Instance as i64);
                    let mut any = self.b.ins().iconst(types::I8, 0);
                    for k in classes {
                        let this = self.b.ins().icmp_imm_s(IntCC::Equal, layout, i64::from(k));
                        any = self.b.ins().bor(any, this);
                    }
                    is = self.b.ins().band(is, any);
                    let word = self.bool_value(is);
                    self.b.ins().jump(join, &[word.into()]);
                    self.b.switch_to_block(join);
                    self.set(dst, result);
                    return Some(Flow::Falls);
                }
                let helper = tier::jit_isinstance as *const () as usize;
                let o = self.get(obj);
                let class = self.b.ins().iconst(types::I32, i64::from(class.0));
                let callee = self.iconst(helper as i64);
                let call = self.b.ins().call_indirect(self.sig_isinstance, callee, &[self.ctx, o, class]);
                let v = self.b.inst_results(call)[0];
                self.set(dst, v);
            }
            Instr::CheckAttr { obj, .. } => self.guard_not_none(pc, obj, done),
            Instr::LoadLate { dst, obj, slot, mask, bit, .. } => {
                self.guard_not_none(pc, obj, done);
                let o = self.get(obj);
                let bits = self.b.ins().load(types::I64, flags, o, Self::field_offset(mask.0));
                let assigned = self.b.ins().band_imm_s(bits, (1u64 << bit) as i64);
                let unset = self.b.ins().icmp_imm_s(IntCC::Equal, assigned, 0);
                self.guard(pc, unset, done);
                let ty = var_type(self.kind(dst));
                let v = self.b.ins().load(ty, flags, o, Self::field_offset(slot.0));
                self.set(dst, v);
            }
            Instr::StoreLate { obj, slot, src, mask, bit, .. } => {
                self.guard_not_none(pc, obj, done);
                let (o, v) = (self.get(obj), self.get(src));
                self.b.ins().store(flags, v, o, Self::field_offset(slot.0));
                let bits = self.b.ins().load(types::I64, flags, o, Self::field_offset(mask.0));
                let set = self.b.ins().bor_imm_s(bits, (1u64 << bit) as i64);
                self.b.ins().store(flags, set, o, Self::field_offset(mask.0));
            }
            Instr::CheckUnpackLen { list, count } => {
                let len = self.list_len(pc, list, done);
                let wrong = self.b.ins().icmp_imm_s(IntCC::NotEqual, len, i64::from(count));
                self.guard(pc, wrong, done);
            }
            Instr::ListAppend { list, src } => {
                // In place while the buffer has room; `jit_list_append_at` grows it.
                self.guard_not_none(pc, list, done);
                let (l, v) = (self.get(list), self.word(src));
                let len = self.b.ins().load(types::I64, flags, l, jcvm_gc::LIST_LEN_OFFSET);
                let cap = self.b.ins().load(types::I64, flags, l, jcvm_gc::LIST_CAP_OFFSET);
                let room = self.b.ins().icmp(IntCC::UnsignedLessThan, len, cap);
                let in_place = self.b.create_block();
                let grow = self.b.create_block();
                self.b.ins().brif(room, in_place, &[], grow, &[]);
                self.b.switch_to_block(in_place);
                let at = self.element_address(list, len);
                self.b.ins().store(flags, v, at, 0);
                let longer = self.b.ins().iadd_imm_s(len, 1);
                self.b.ins().store(flags, longer, l, jcvm_gc::LIST_LEN_OFFSET);
                self.b.ins().jump(done, &[]);
                self.b.set_cold_block(grow);
                self.b.switch_to_block(grow);
                self.run_in_interpreter_cold(pc, tier::jit_list_append_at as *const () as usize);
            }
            Instr::Ret { src } => {
                let w = self.word(src);
                self.ret(w);
                return Some(Flow::Ends);
            }
            Instr::RetNone {} => {
                let zero = self.iconst(0);
                self.ret(zero);
                return Some(Flow::Ends);
            }
            Instr::RetField { obj, slot, .. } => {
                self.guard_not_none(pc, obj, done);
                let o = self.get(obj);
                let v = self.b.ins().load(types::I64, flags, o, Self::field_offset(slot.0));
                self.ret(v);
                return Some(Flow::Ends);
            }
            Instr::RefillSlice { dst, seq, base, present } => self.lower_refill(pc, dst, seq, base, present, done)?,
            Instr::ListSetSlice { list, base, present, .. }
                if self.pending_slice.is_some_and(|read| read.consumer == pc) =>
            {
                let read = self.pending_slice.take().expect("checked");
                self.lower_fused_slices(pc, read, list, base, present);
            }
            Instr::ListSetSlice { list, base, present, src } if self.unit_step(base, present) == Some(1) => {
                self.lower_list_set_slice(pc, list, base, present, src);
            }
            Instr::CmpStr { dst, a, b, cond } => {
                // Two strs of one ASCII byte each compare by that byte, and one str
                // with itself as equal; anything else (None included) through the helper.
                // Each test branches on its own; a str known not None is not tested.
                let (x, y) = (self.get(a), self.get(b));
                let (fast, slow, lengths) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
                let join = self.b.create_block();
                let result = self.b.append_block_param(join, types::I64);
                self.branch_if_none(a, slow);
                self.branch_if_none(b, slow);
                let same = self.b.ins().icmp(IntCC::Equal, x, y);
                let equal = matches!(cond, Cond::Eq | Cond::Le | Cond::Ge);
                let when_same = self.iconst(i64::from(equal));
                self.b.ins().brif(same, join, &[when_same.into()], lengths, &[]);
                self.b.switch_to_block(lengths);
                let (x_len, y_len) = (self.str_len(x), self.str_len(y));
                let x_longer = self.b.ins().icmp_imm_s(IntCC::NotEqual, x_len, 1);
                self.fast_path_unless_to(x_longer, slow);
                let y_longer = self.b.ins().icmp_imm_s(IntCC::NotEqual, y_len, 1);
                self.b.ins().brif(y_longer, slow, &[], fast, &[]);
                self.b.switch_to_block(fast);
                // (A str of one byte is that ASCII character: byte order is code point order.)
                let (x_byte, y_byte) = (self.str_byte(x, None), self.str_byte(y, None));
                let holds = self.b.ins().icmp(int_cc(cond).unsigned(), x_byte, y_byte);
                let word = self.bool_value(holds);
                self.b.ins().jump(join, &[word.into()]);
                self.b.set_cold_block(slow);
                self.b.switch_to_block(slow);
                let word = self.pure_call(pc, instr, done).expect("CmpStr is a pure operation");
                self.b.ins().jump(join, &[word.into()]);
                self.b.switch_to_block(join);
                self.set(dst, result);
            }
            Instr::Ord { dst, s } => {
                // A str of one byte: that byte; else the direct instruction.
                let (x, slow, join) = self.str_fast_path(s);
                let len = self.str_len(x);
                let one = self.b.ins().icmp_imm_s(IntCC::Equal, len, 1);
                let fast = self.b.create_block();
                self.b.ins().brif(one, fast, &[], slow, &[]);
                self.b.switch_to_block(fast);
                // (One byte of UTF-8 is an ASCII character.)
                let byte = self.str_byte(x, None);
                self.b.ins().jump(join, &[byte.into()]);
                self.direct_fallback(pc, slow, dst, join);
            }
            Instr::DictOp { dst, dict, key, op: op @ (DictOp::Add | DictOp::Contains), .. }
                if self.kind(key) == RegKind::Int =>
            {
                // A set of ints: the insertion or the lookup, called straight
                // away; anything else (None, a dict, another key type) takes
                // the direct instruction. A register known to hold a set of
                // ints (it was made one and not written since) is not tested.
                let helper = match op {
                    DictOp::Add => tier::jit_set_add_int as *const () as usize,
                    _ => tier::jit_set_contains_int as *const () as usize,
                };
                if self.facts.is_int_set(dict) {
                    let (d, k) = (self.get(dict), self.get(key));
                    let result = self.call_helper(self.sig_words, helper, &[d, k]);
                    self.set_word(dst, result);
                    return Some(Flow::Falls);
                }
                let int_keys = self.int_key_type()?;
                let d = self.get(dict);
                let (slow, join) = self.fast_path_unless_none(dict);
                let kind = self.b.ins().load(types::I8, flags, d, jcvm_gc::HEADER_KIND_OFFSET);
                let not_set = self.b.ins().icmp_imm_s(IntCC::NotEqual, kind, jcvm_gc::ObjKind::Set as i64);
                self.fast_path_unless_to(not_set, slow);
                let aux = self.b.ins().load(types::I32, flags, d, jcvm_gc::HEADER_AUX_OFFSET);
                let key_ty = self.b.ins().ushr_imm_s(aux, i64::from(KEY_TY_SHIFT));
                let other_keys = self.b.ins().icmp_imm_s(IntCC::NotEqual, key_ty, int_keys as i64);
                self.fast_path_unless_to(other_keys, slow);
                let k = self.get(key);
                let result = self.call_helper(self.sig_words, helper, &[d, k]);
                self.b.ins().jump(join, &[result.into()]);
                self.direct_fallback(pc, slow, dst, join);
                // (The direct instruction raised for None.)
                self.facts.learn_not_none(dict);
            }
            Instr::ListInsert { list, index, src } => {
                // Not None: the insertion, called straight away (it never raises).
                let (slow, join) = self.fast_path_unless_none(list);
                let (l, i, v) = (self.get(list), self.get(index), self.word(src));
                self.call_helper(self.sig_words3, tier::jit_list_insert as *const () as usize, &[l, i, v]);
                self.direct_tail(pc, slow, join);
                self.facts.learn_not_none(list);
            }
            Instr::ListPopAt { dst, list, .. } | Instr::ListPop { dst, list } => {
                // An index in range (from the end when negative; the last item for
                // `pop()`): the removal, called straight away; None, an empty list
                // or an index out of range take the direct instruction, which raises.
                let (slow, join) = self.fast_path_unless_none(list);
                let l = self.get(list);
                let len = self.b.ins().load(types::I64, flags, l, jcvm_gc::LIST_LEN_OFFSET);
                let i = match instr {
                    Instr::ListPopAt { index, .. } => self.get(index),
                    _ => self.iconst(-1),
                };
                let (found, at, counted, outside) = self.index_position(i, len);
                self.b.ins().brif(outside, slow, &[], found, &[counted.into()]);
                self.b.switch_to_block(found);
                let helper = tier::jit_list_remove_at as *const () as usize;
                let item = self.call_helper(self.sig_words, helper, &[l, at]);
                self.b.ins().jump(join, &[item.into()]);
                self.direct_fallback(pc, slow, dst, join);
                // (The direct instruction raised for None.)
                self.facts.learn_not_none(list);
            }
            Instr::PowFloat { dst, a, b }
                if self.constants[b.0 as usize].map(f64::from_bits).is_some_and(f64::is_finite) =>
            {
                // A positive finite base and a finite constant exponent: the C
                // library's pow, called straight away, unless it overflows; any
                // other base (zero, negative, infinite, NaN) takes the pure op,
                // which has every special case and exception.
                let (x, y) = (self.get(a), self.get(b));
                let bits = self.b.ins().bitcast(types::I64, MemFlagsData::new(), x);
                let below = self.b.ins().iadd_imm_s(bits, -1);
                let largest = f64::MAX.to_bits() as i64;
                let special = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, below, largest);
                let (slow, join) = self.fast_path_unless(special);
                let helper = self.iconst(tier::jit_pow_positive as *const () as i64);
                let call = self.b.ins().call_indirect(self.sig_floats, helper, &[x, y]);
                let r = self.b.inst_results(call)[0];
                let infinity = self.b.ins().f64const(f64::INFINITY);
                let overflow = self.b.ins().fcmp(FloatCC::Equal, r, infinity);
                let word = self.b.ins().bitcast(types::I64, MemFlagsData::new(), r);
                self.b.ins().brif(overflow, slow, &[], join, &[word.into()]);
                self.b.set_cold_block(slow);
                self.b.switch_to_block(slow);
                let word = self.pure_call(pc, instr, done).expect("** of floats is a pure op");
                self.b.ins().jump(join, &[word.into()]);
                self.b.switch_to_block(join);
                let result = self.b.block_params(join)[0];
                self.set_word(dst, result);
            }
            Instr::Chr { dst, code } => {
                // Below 256: the shared str; else the direct instruction.
                let c = self.get(code);
                let large = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, c, 256);
                let (slow, join) = self.fast_path_unless(large);
                let shared = self.latin1_str(c);
                self.b.ins().jump(join, &[shared.into()]);
                self.direct_fallback(pc, slow, dst, join);
                self.facts.learn_not_none(dst);
            }
            Instr::StrGet { dst, s, index } => {
                // An ASCII str: byte `index` (from the end when negative) is the
                // character, a shared str; else the direct instruction (which raises).
                let (x, slow, join) = self.str_fast_path(s);
                let len = self.str_len(x);
                let i = self.get(index);
                let (found, at, counted, outside) = self.index_position(i, len);
                self.b.ins().brif(outside, slow, &[], found, &[counted.into()]);
                self.b.switch_to_block(found);
                let ascii = self.str_is_ascii(x);
                let fast = self.b.create_block();
                self.b.ins().brif(ascii, fast, &[], slow, &[]);
                self.b.switch_to_block(fast);
                let byte = self.str_byte(x, Some(at));
                let shared = self.latin1_str(byte);
                self.b.ins().jump(join, &[shared.into()]);
                self.direct_fallback(pc, slow, dst, join);
                self.facts.learn_not_none(dst);
            }
            _ => {
                let word = self.pure_call(pc, instr, done)?;
                let dst = instr.dst().expect("pure ops have a result");
                self.set_word(dst, word);
            }
        }
        Some(Flow::Falls)
    }

    /// Calls pure operation `instr` (see `tier::pure_op`; None when it is not
    /// one): its result word, after stepping the instruction when it fails
    /// (which raises).
    fn pure_call(&mut self, pc: usize, instr: Instr, done: Block) -> Option<Value> {
        let (op, extra) = tier::pure_op(&instr)?;
        let (a, b) = tier::pure_operands(&instr).expect("pure ops name their operands");
        let x = self.word(a);
        let y = match b {
            Some(b) => self.word(b),
            None => self.iconst(0),
        };
        let extra = self.b.ins().iconst(types::I32, i64::from(extra));
        let slot = self.b.ins().stack_addr(types::I64, self.out_slot, 0);
        let failed = self.call_helper(self.sig_pure, op as usize, &[x, y, extra, slot]);
        self.guard(pc, failed, done);
        Some(self.b.ins().stack_load(types::I64, types::I64, self.out_slot, 0))
    }

    /// Goes on in the fast path unless `slow_if` holds (then to `slow`).
    fn fast_path_unless_to(&mut self, slow_if: Value, slow: Block) {
        let fast = self.b.create_block();
        self.b.ins().brif(slow_if, slow, &[], fast, &[]);
        self.b.switch_to_block(fast);
    }

    /// Ends a fast path with no result: to `join`; and block `slow` (made cold)
    /// runs direct instruction `pc` through its helper, then goes to `join`.
    fn direct_tail(&mut self, pc: usize, slow: Block, join: Block) {
        let nothing = self.iconst(0);
        self.b.ins().jump(join, &[nothing.into()]);
        self.b.set_cold_block(slow);
        self.b.switch_to_block(slow);
        self.call_direct(pc);
        let nothing = self.iconst(0);
        self.b.ins().jump(join, &[nothing.into()]);
        self.b.switch_to_block(join);
    }

    /// The start of an inline fast path on str register `s`: its value, a
    /// `slow` block (taken already when it is None) and a `join` block with
    /// one parameter, the result; the builder is in the block for a str.
    fn str_fast_path(&mut self, s: Reg) -> (Value, Block, Block) {
        let x = self.get(s);
        let (slow, join) = self.fast_path_unless_none(s);
        (x, slow, join)
    }

    /// [`Self::fast_path_unless`] reference register `r` is None; with no
    /// test when it is known not to be (then only later tests go to `slow`).
    fn fast_path_unless_none(&mut self, r: Reg) -> (Block, Block) {
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, types::I64);
        self.branch_if_none(r, slow);
        (slow, join)
    }

    /// Goes on in the fast path unless reference register `r` is None (then
    /// to `slow`); no test when it is known not to be.
    fn branch_if_none(&mut self, r: Reg, slow: Block) {
        if !self.facts.is_not_none(r) {
            let none = self.is_null(r);
            self.fast_path_unless_to(none, slow);
        }
    }

    /// The start of an inline fast path: a `slow` block taken when `slow_if`
    /// holds, and a `join` block with one parameter, the result; the builder
    /// continues in the fast path.
    fn fast_path_unless(&mut self, slow_if: Value) -> (Block, Block) {
        let (fast, slow, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, types::I64);
        self.b.ins().brif(slow_if, slow, &[], fast, &[]);
        self.b.switch_to_block(fast);
        (slow, join)
    }

    /// Ends an inline fast path: in block `slow` (made cold), direct instruction
    /// `pc` through its helper, then to `join`, whose parameter is the result
    /// written to `dst`.
    fn direct_fallback(&mut self, pc: usize, slow: Block, dst: Reg, join: Block) {
        self.b.set_cold_block(slow);
        self.b.switch_to_block(slow);
        self.call_direct(pc);
        let word = self.word(dst);
        self.b.ins().jump(join, &[word.into()]);
        self.b.switch_to_block(join);
        let result = self.b.block_params(join)[0];
        self.set_word(dst, result);
    }

    /// What the result of direct instruction `instr` is known to be: an
    /// object (its `object` fact), and a set of ints when it makes one.
    fn learn_result(&mut self, instr: &Instr) {
        let Some(dst) = instr.dst().filter(|_| instr.facts().object) else { return };
        self.facts.learn_not_none(dst);
        if let Instr::NewDict { key_ty, flags, .. } | Instr::RefillSet { key_ty, flags, .. } = *instr {
            if u32::from(flags) & dicts::SET != 0 && self.int_key_type() == Some(key_ty.0 as usize) {
                self.facts.learn_int_set(dst);
            }
        }
    }

    /// The type id of `int`, which the header of a set of ints holds as its key type.
    fn int_key_type(&self) -> Option<usize> {
        self.program.types.iter().position(|t| *t == Ty::Int)
    }

    /// The byte length of str `s` (not None).
    fn str_len(&mut self, s: Value) -> Value {
        self.b.ins().load(types::I64, MemFlagsData::trusted(), s, jcvm_gc::STR_LEN_OFFSET)
    }

    /// Whether str `s` (not None) is all ASCII, as an i8 truth value.
    fn str_is_ascii(&mut self, s: Value) -> Value {
        let aux = self.b.ins().load(types::I32, MemFlagsData::trusted(), s, jcvm_gc::HEADER_AUX_OFFSET);
        self.b.ins().icmp_imm_s(IntCC::Equal, aux, i64::from(jcvm_gc::STR_ASCII))
    }

    /// Byte `at` (the first when None; in bounds) of str `s`, zero-extended.
    fn str_byte(&mut self, s: Value, at: Option<Value>) -> Value {
        let flags = MemFlagsData::trusted();
        let data = self.b.ins().load(types::I64, flags, s, jcvm_gc::STR_DATA_OFFSET);
        let address = match at {
            Some(at) => self.b.ins().iadd(data, at),
            None => data,
        };
        self.b.ins().uload8(types::I64, flags, address, 0)
    }

    /// The shared one-character str of code point `c` (below 256).
    fn latin1_str(&mut self, c: Value) -> Value {
        let flags = MemFlagsData::trusted();
        let table = self.b.ins().load(types::I64, flags, self.ctx, JitCtx::OFFSETS.latin1);
        let offset = self.b.ins().ishl_imm_s(c, 3);
        let address = self.b.ins().iadd(table, offset);
        self.b.ins().load(types::I64, flags, address, 0)
    }
}

/// Whether control continues after a lowered instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Flow {
    Falls,
    Ends,
}

/// The trap of code no path reaches: a block after a terminator, or an
/// exception landing in a compiled frame anywhere but the handler around the
/// instruction that raised (the interpreter's `find_handler` never does).
const UNREACHABLE: ir::TrapCode = ir::TrapCode::unwrap_user(1);

fn int_cc(cond: Cond) -> IntCC {
    match cond {
        Cond::Lt => IntCC::SignedLessThan,
        Cond::Le => IntCC::SignedLessThanOrEqual,
        Cond::Eq => IntCC::Equal,
        Cond::Ne => IntCC::NotEqual,
        Cond::Gt => IntCC::SignedGreaterThan,
        Cond::Ge => IntCC::SignedGreaterThanOrEqual,
    }
}

/// Python's float comparisons: false with a NaN operand, except `!=`.
fn float_cc(cond: Cond) -> FloatCC {
    match cond {
        Cond::Lt => FloatCC::LessThan,
        Cond::Le => FloatCC::LessThanOrEqual,
        Cond::Eq => FloatCC::Equal,
        Cond::Ne => FloatCC::NotEqual,
        Cond::Gt => FloatCC::GreaterThan,
        Cond::Ge => FloatCC::GreaterThanOrEqual,
    }
}
