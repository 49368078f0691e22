//! Bytecode inlining of small leaf functions.
//!
//! A direct call (`Call`, or `CallFinal` of a method no subclass overrides) of a
//! *leaf* (a few instructions that call nothing, jump only forward and end in a
//! return) is replaced by the callee's body, renamed into the caller's frame.
//! Getters, setters, small arithmetic methods and small functions of a few
//! branches then cost no frame push, no argument copy and no return:
//!
//! ```text
//! CallFinal dst=r12, func=#3 (r3)          EnterInline func=#3, recv=r3, check_none=true
//!   Counter.inc: AddFieldInt obj=r0 ..  =>  AddFieldInt obj=r3, slot=#0, src=r40, name=#3
//!                RetNone                     (r12 is overwritten next: no LoadNone)
//! ```
//!
//! What the call did, the inlined form keeps:
//! - `EnterInline` raises what the call would raise before running the body
//!   (AttributeError on a None receiver, RecursionError at the recursion limit)
//!   and counts the call for tier-up and `--stats`;
//! - parameters become the caller's argument registers (a leaf that writes a
//!   parameter is not inlined); the callee's constants become caller registers
//!   initialised at frame entry, one per value; every other callee register
//!   becomes a caller scratch register of the same kind, shared by all sites
//!   (a body's registers are dead when it ends), so the frame grows by the
//!   largest body and the caller's root map covers every body (a leaf that
//!   writes one of its initialised non-reference registers, such as a bound
//!   flag, is not inlined: those are set once per call);
//! - branches: the body's jumps are placed where their targets landed, and
//!   each return before the last writes the result and jumps past the body;
//!   a leaf that reads a register some path reaches unwritten (a closure cell
//!   made on first use) stays a call, since body registers are shared scratch;
//! - the result: `RetField` becomes a field load into the call's `dst`; `Ret src`
//!   renames `src` to `dst` when nothing after `src`'s first write can raise (so a
//!   raised exception never leaves `dst` written), else ends in a `Move`;
//!   `RetNone` becomes `LoadNone dst` unless nothing in the caller reads `dst`
//!   (the compiler sends dropped results to a register kept for them) or the
//!   next instruction overwrites it without reading it and cannot raise;
//! - tracebacks: the body keeps the callee's source lines, and an
//!   [`InlineSite`] makes the unwinder show the callee's frame under the caller's;
//! - register windows (a `%` format's arguments, a list display's items) get
//!   a block of consecutive scratch registers, shared by the sites like the
//!   pools; a window holding a parameter or a constant keeps the call;
//! - a `raise X` may end a branch of a leaf: the exception and its traceback
//!   are the call's;
//! - nesting: inlining runs in rounds (up to [`MAX_NESTING`]); a function whose
//!   calls were all inlined is a leaf in the next round, and its own sites
//!   move into the caller nested in its body. `EnterInline`'s `level` counts
//!   the bodies around it (a call from there is that much deeper), and the
//!   unwinder shows one frame per nested body.

use std::collections::HashMap;

use crate::liveness;
use crate::opcode::{FuncId, Instr, Reg, Target};
use crate::program::{Function, InlineSite, Program};
use crate::ty::RegKind;

/// Leaves longer than this (return included) stay calls.
const MAX_LEAF_INSTRS: usize = 32;

/// Registers a caller may grow to by inlining (operands are u16).
const MAX_CALLER_REGS: usize = u16::MAX as usize / 2;

/// Rounds of inlining: how deep inlined bodies may nest.
const MAX_NESTING: usize = 3;

/// Inlines every direct call of a small leaf function, in every function.
/// `program` must have passed [`Program::verify`].
pub fn inline_leaf_calls(program: &mut Program) {
    // A function whose calls were all inlined is a leaf for the next round, up
    // to MAX_NESTING rounds (bodies inside bodies).
    for _ in 0..MAX_NESTING {
        // Leaves call nothing, so inlining never changes one within a round: judge
        // them all up front.
        let leaves: Vec<bool> = program.functions.iter().map(is_inlinable_leaf).collect();
        let mut changed = false;
        for index in 0..program.functions.len() {
            let has_site = program.functions[index].code.iter().any(|instr| {
                matches!(instr, Instr::Call { func, .. } | Instr::CallFinal { func, .. } if leaves[func.0 as usize])
            });
            if has_site {
                let inlined = inline_into(program, &program.functions[index], &leaves);
                program.functions[index] = inlined;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}

/// Whether `f` is at most [`MAX_LEAF_INSTRS`] instructions that call nothing,
/// jump only forward (branches, no loops), end in a return (maybe one of
/// several; a `raise X` may end a branch, not a bare `raise`), never write a
/// parameter, never write an initialised non-reference register, refill no
/// scratch object (its register would be shared by the sites) and read no
/// register window that holds a parameter or a constant (a window's
/// registers must stay consecutive: the sites give them a block of their own).
fn is_inlinable_leaf(f: &Function) -> bool {
    let Some(last) = f.code.last() else { return false };
    if f.code.len() > MAX_LEAF_INSTRS || !f.handlers.is_empty() || !is_return(last) {
        return false;
    }
    let params = f.params.len();
    let written_init =
        |reg: Reg| f.frame_init.iter().any(|&(r, _)| r == reg && f.reg_kinds[r.0 as usize] != RegKind::Ref);
    let private = |reg: Reg| (reg.0 as usize) >= params && constant_word(f, reg).is_none();
    f.code.iter().enumerate().all(|(pc, instr)| {
        (is_return(instr)
            || matches!(instr, Instr::Jump { .. } | Instr::Raise { .. } | Instr::RaiseObj { .. })
            || !instr.is_terminator())
            && jumps_forward(instr, pc)
            && !instr.facts().call
            && !instr.facts().refill
            && instr.window().is_none_or(|(first, count)| (0..count).all(|i| private(Reg(first.0 + i as u16))))
            && instr.dst().is_none_or(|d| (d.0 as usize) >= params && !written_init(d))
    }) && writes_before_reads(f)
}

/// The value of `reg` when it is one of `f`'s constants: an initialised register
/// nothing writes (a written reference register starts as None only for the
/// GC, and is written before it is read).
fn constant_word(f: &Function, reg: Reg) -> Option<u64> {
    let word = f.frame_init.iter().find(|&&(r, _)| r == reg).map(|&(_, word)| word);
    word.filter(|_| f.code.iter().all(|i| i.dst() != Some(reg)))
}

/// The registers of `f`'s register windows, lowest first.
fn window_registers(f: &Function) -> Vec<u16> {
    let mut regs: Vec<u16> = f
        .code
        .iter()
        .filter_map(Instr::window)
        .flat_map(|(first, count)| (0..count as u16).map(move |i| first.0 + i))
        .collect();
    regs.sort_unstable();
    regs.dedup();
    regs
}

/// Whether every register `f` reads is a parameter, one nothing writes (a
/// constant), or one written on every path to the read. A body's other
/// registers are scratch registers other sites also use, so a register read
/// before it is written (a closure cell made on first use) would see another
/// site's value instead of the frame's initial None. `f` jumps only forward.
fn writes_before_reads(f: &Function) -> bool {
    let written_anywhere: Vec<bool> =
        (0..f.nregs()).map(|r| f.code.iter().any(|i| i.dst() == Some(Reg(r as u16)))).collect();
    let mut params = vec![false; f.nregs()];
    params[..f.params.len()].fill(true);
    // The registers written on every path to each instruction (None: none reaches it).
    let mut written: Vec<Option<Vec<bool>>> = vec![None; f.code.len() + 1];
    written[0] = Some(params);
    let merge = |into: &mut Option<Vec<bool>>, from: &[bool]| match into {
        Some(set) => set.iter_mut().zip(from).for_each(|(a, &b)| *a &= b),
        None => *into = Some(from.to_vec()),
    };
    for (pc, instr) in f.code.iter().enumerate() {
        let Some(mut set) = written[pc].take() else { continue };
        if liveness::reads(f, instr).iter().any(|r| written_anywhere[r.0 as usize] && !set[r.0 as usize]) {
            return false;
        }
        let mut copy = *instr;
        copy.map_targets(&mut |target| merge(&mut written[target.0 as usize], &set));
        if let Some(dst) = instr.dst() {
            set[dst.0 as usize] = true;
        }
        if !instr.is_terminator() {
            merge(&mut written[pc + 1], &set);
        }
    }
    true
}

fn is_return(instr: &Instr) -> bool {
    matches!(instr, Instr::Ret { .. } | Instr::RetField { .. } | Instr::RetNone {})
}

/// Whether every jump target of instruction `pc` lies after it.
fn jumps_forward(instr: &Instr, pc: usize) -> bool {
    let mut forward = true;
    let mut copy = *instr;
    copy.map_targets(&mut |target| forward &= target.0 as usize > pc);
    forward
}

/// A call site worth inlining: the callee, its argument registers and result register.
struct Site<'p> {
    callee_id: FuncId,
    callee: &'p Function,
    args: Vec<Reg>,
    dst: Reg,
    check_none: bool,
}

fn site<'p>(program: &'p Program, caller: &Function, pc: usize, leaves: &[bool], regs: usize) -> Option<Site<'p>> {
    let (dst, func, args, argc, check_none) = match caller.code[pc] {
        Instr::Call { dst, func, args, argc } => (dst, func, args, argc, false),
        Instr::CallFinal { dst, func, args, argc } => (dst, func, args, argc, true),
        _ => return None,
    };
    let callee = program.function(func);
    let args = caller.call_arg_regs(args, argc).to_vec();
    let fits = regs + callee.nregs() <= MAX_CALLER_REGS;
    // A result register that is also an argument would be overwritten while the body reads it.
    (leaves[func.0 as usize] && fits && !args.contains(&dst)).then_some(Site {
        callee_id: func,
        callee,
        args,
        dst,
        check_none,
    })
}

/// The registers inlined bodies get in the caller's frame. A body's private
/// registers are dead once it ends, so every site draws from the same pools
/// (the frame grows by the largest body, not by their sum); constants get one
/// register per value, which nothing writes.
#[derive(Default)]
struct Registers {
    /// Scratch registers by kind (Int, Float, Ref), and how many this site took.
    pools: [Vec<Reg>; 3],
    taken: [usize; 3],
    constants: HashMap<(usize, u64), Reg>,
    /// Blocks of consecutive scratch registers for register windows, by the
    /// kinds of their registers (the first register of each).
    blocks: HashMap<Vec<usize>, Reg>,
}

fn kind_index(kind: RegKind) -> usize {
    match kind {
        RegKind::Int => 0,
        RegKind::Float => 1,
        RegKind::Ref => 2,
    }
}

impl Registers {
    fn new_reg(out: &mut Function, kind: RegKind) -> Reg {
        let reg = Reg(out.reg_kinds.len() as u16);
        out.reg_kinds.push(kind);
        if kind == RegKind::Ref {
            // The GC scans it: it starts as None.
            out.ref_regs.push(reg);
            out.frame_init.push((reg, 0));
        }
        reg
    }

    fn scratch(&mut self, out: &mut Function, kind: RegKind) -> Reg {
        let k = kind_index(kind);
        if self.taken[k] == self.pools[k].len() {
            let reg = Registers::new_reg(out, kind);
            self.pools[k].push(reg);
        }
        self.taken[k] += 1;
        self.pools[k][self.taken[k] - 1]
    }

    /// The first of consecutive scratch registers of `kinds` (shared by the sites,
    /// as the pools are: a body's registers are dead once it ends).
    fn block(&mut self, out: &mut Function, kinds: &[RegKind]) -> Reg {
        let key: Vec<usize> = kinds.iter().map(|&k| kind_index(k)).collect();
        if let Some(&first) = self.blocks.get(&key) {
            return first;
        }
        let first = Reg(out.reg_kinds.len() as u16);
        for &kind in kinds {
            Registers::new_reg(out, kind);
        }
        self.blocks.insert(key, first);
        first
    }

    fn constant(&mut self, out: &mut Function, kind: RegKind, word: u64) -> Reg {
        if let Some(&reg) = self.constants.get(&(kind_index(kind), word)) {
            return reg;
        }
        let reg = Registers::new_reg(out, kind);
        if kind != RegKind::Ref {
            // A reference register is already initialised (to None) by new_reg.
            out.frame_init.push((reg, word));
        }
        self.constants.insert((kind_index(kind), word), reg);
        reg
    }
}

/// `caller` with its leaf calls inlined.
fn inline_into(program: &Program, caller: &Function, leaves: &[bool]) -> Function {
    let mut out = caller.clone();
    out.code.clear();
    out.lines.clear();
    // Bodies inlined in an earlier round move with their instructions (calls are
    // never inside one: bodies call nothing).
    let earlier_sites = std::mem::take(&mut out.inlined);
    let mut registers = Registers::default();
    let mut read_somewhere = vec![false; caller.nregs()];
    for instr in &caller.code {
        for reg in liveness::reads(caller, instr) {
            read_somewhere[reg.0 as usize] = true;
        }
    }
    // New index of each old instruction, for the jump targets.
    let mut moved_to = Vec::with_capacity(caller.code.len() + 1);
    for (pc, instr) in caller.code.iter().enumerate() {
        moved_to.push(out.code.len() as u32);
        let line = caller.lines[pc];
        let Some(site) = site(program, caller, pc, leaves, out.reg_kinds.len()) else {
            out.code.push(*instr);
            out.lines.push(line);
            continue;
        };
        // The None result need not be written if nothing reads it (a dropped result)
        // or the next instruction surely overwrites it.
        let next_overwrites_dst = caller.code.get(pc + 1).is_some_and(|n| {
            n.dst() == Some(site.dst) && !n.facts().raise && !liveness::reads(caller, n).contains(&site.dst)
        });
        let result_dead = !read_somewhere[site.dst.0 as usize] || next_overwrites_dst;
        emit_body(&mut out, &mut registers, &site, line, result_dead);
    }
    moved_to.push(out.code.len() as u32);
    // A body's own jumps were placed by `emit_body`; the caller's move.
    let mut in_body = vec![false; out.code.len()];
    for site in &out.inlined {
        in_body[site.start as usize..site.end as usize].fill(true);
    }
    for (instr, placed) in out.code.iter_mut().zip(in_body) {
        if !placed {
            instr.map_targets(&mut |target| target.0 = moved_to[target.0 as usize]);
        }
    }
    for mut site in earlier_sites {
        site.start = moved_to[site.start as usize];
        site.end = moved_to[site.end as usize];
        out.inlined.push(site);
    }
    // Code ranges move with their instructions (an inlined body lands inside the
    // range that held its call).
    for handler in &mut out.handlers {
        handler.start = moved_to[handler.start as usize];
        handler.end = moved_to[handler.end as usize];
        handler.target = moved_to[handler.target as usize];
    }
    for site in &mut out.comprehensions {
        site.start = moved_to[site.start as usize];
        site.end = moved_to[site.end as usize];
    }
    out.frame_init.sort_by_key(|&(reg, _)| reg);
    out
}

/// Appends the guard, the renamed body and the result of one inlined call.
/// Each return writes the result; one before the end then jumps past the body.
fn emit_body(out: &mut Function, registers: &mut Registers, site: &Site, call_line: u32, result_dead: bool) {
    let callee = site.callee;
    let (last, body) = callee.code.split_last().expect("a leaf has a return");
    let constant = |reg: Reg| constant_word(callee, reg);
    // Window registers get a block of consecutive registers, spanning the lowest to the highest.
    let windows = window_registers(callee);
    let span = windows.first().zip(windows.last()).map(|(&low, &high)| {
        let first = registers.block(out, &callee.reg_kinds[low as usize..=high as usize]);
        (low, first)
    });
    let in_window = |reg: Reg| windows.binary_search(&reg.0).is_ok();
    // In straight-line code, `Ret src` writes the call's dst directly when no
    // instruction after src's first write can raise.
    let straight = body.iter().all(|i| !liveness::jumps(i) && !is_return(i));
    let renamed_ret = match *last {
        Instr::Ret { src }
            if straight && src.0 as usize >= callee.params.len() && constant(src).is_none() && !in_window(src) =>
        {
            let first_write = body.iter().position(|i| i.dst() == Some(src));
            first_write.filter(|&k| body[k + 1..].iter().all(|i| !i.facts().raise)).map(|_| src)
        }
        _ => None,
    };
    registers.taken = [0; 3];
    let mut map: Vec<Reg> = Vec::with_capacity(callee.nregs());
    for (r, &kind) in callee.reg_kinds.iter().enumerate() {
        let reg = Reg(r as u16);
        map.push(match (site.args.get(r), constant(reg), span) {
            (Some(&arg), _, _) => arg,
            (_, _, Some((low, first))) if in_window(reg) => Reg(first.0 + (reg.0 - low)),
            _ if Some(reg) == renamed_ret => site.dst,
            (None, Some(word), _) => registers.constant(out, kind, word),
            (None, None, _) => registers.scratch(out, kind),
        });
    }
    let rename = |instr: &Instr| {
        let mut instr = *instr;
        instr.map_regs(&mut |r| *r = map[r.0 as usize]);
        instr
    };
    let dst = site.dst;
    let result = |ret: Instr| match ret {
        Instr::RetField { obj, slot, name } => Some(match callee.ret.kind() {
            RegKind::Int => Instr::LoadFieldInt { dst, obj, slot, name },
            RegKind::Float => Instr::LoadFieldFloat { dst, obj, slot, name },
            RegKind::Ref => Instr::LoadFieldRef { dst, obj, slot, name },
        }),
        Instr::Ret { .. } if renamed_ret.is_some() => None,
        Instr::Ret { src } => Some(Instr::Move { dst, src }),
        _ if result_dead => None,
        // A None-typed call result lives in an int register (as None-typed values do).
        _ if out.reg_kinds[dst.0 as usize] != RegKind::Ref => Some(Instr::LoadInt { dst, value: 0 }),
        _ => Some(Instr::LoadNone { dst }),
    };
    let recv = site.args.first().copied().unwrap_or(site.dst);
    out.code.push(Instr::EnterInline { func: site.callee_id, recv, check_none: site.check_none, level: 0 });
    out.lines.push(call_line);
    let start = out.code.len();
    // Where each callee instruction landed, the jumps inside the body, and the
    // jumps of early returns past its end.
    let mut landed = Vec::with_capacity(callee.code.len());
    let (mut branches, mut exits) = (Vec::new(), Vec::new());
    for (pc, (instr, &line)) in callee.code.iter().zip(&callee.lines).enumerate() {
        landed.push(out.code.len() as u32);
        if is_return(instr) {
            if let Some(result) = result(rename(instr)) {
                out.code.push(result);
                out.lines.push(line);
            }
            if pc + 1 < callee.code.len() {
                exits.push(out.code.len());
                out.code.push(Instr::Jump { target: Target(0) });
                out.lines.push(line);
            }
            continue;
        }
        if liveness::jumps(instr) {
            branches.push(out.code.len());
        }
        let mut renamed = rename(instr);
        if let Instr::EnterInline { level, .. } = &mut renamed {
            // A body inlined into the callee: one call deeper here.
            *level += 1;
        }
        out.code.push(renamed);
        out.lines.push(line);
    }
    let end = out.code.len() as u32;
    landed.push(end);
    for at in branches {
        out.code[at].map_targets(&mut |target| target.0 = landed[target.0 as usize]);
    }
    for at in exits {
        out.code[at] = Instr::Jump { target: Target(end) };
    }
    out.inlined.push(InlineSite { start: start as u32, end, callee: site.callee_id, call_line });
    // The callee's own inlined bodies, nested in this one (their call lines are the callee's).
    for inner in &callee.inlined {
        let (start, end) = (landed[inner.start as usize], landed[inner.end as usize]);
        out.inlined.push(InlineSite { start, end, ..*inner });
    }
}

#[cfg(test)]
mod tests {
    use crate::opcode::{Instr, Reg};
    use crate::program::Function;
    use crate::test_support::{compile, function};

    fn count(f: &Function, pred: impl Fn(&Instr) -> bool) -> usize {
        f.code.iter().filter(|i| pred(i)).count()
    }

    const POINT: &str = "class P:\n    x: float\n    def __init__(self, x: float) -> None:\n        self.x = x\n    def get(self) -> float:\n        return self.x\n    def scaled(self, k: float) -> float:\n        y = self.x * k\n        return y + 1.0\n";

    #[test]
    fn leaf_calls_become_bodies_with_sites() {
        let program = compile(&format!(
            "{POINT}def main() -> None:\n    p = P(2.0)\n    print(p.get() + p.scaled(3.0))\nmain()\n"
        ));
        let main = function(&program, "main");
        assert_eq!(count(main, |i| i.facts().call), 0, "every call in main is to a leaf");
        assert_eq!(count(main, |i| matches!(i, Instr::EnterInline { .. })), 3);
        assert_eq!(main.inlined.len(), 3);
        // The getter's return became a field load; `y + 1.0` writes the call's result directly.
        assert_eq!(count(main, |i| matches!(i, Instr::LoadFieldFloat { .. })), 2);
        let moves_in_bodies = (0..main.code.len())
            .filter(|&pc| main.inline_site(pc).is_some() && matches!(main.code[pc], Instr::Move { .. }))
            .count();
        assert_eq!(moves_in_bodies, 0, "{:#?}", main.code);
        program.verify().expect("inlined code verifies");
    }

    #[test]
    fn branching_leaves_inline_with_their_jumps_placed() {
        let program = compile(
            "def sign(x: int) -> int:\n    if x > 0:\n        return 1\n    elif x < 0:\n        return -1\n    return 0\n\
             def main() -> None:\n    print(sign(3) + sign(-2) * 10)\nmain()\n",
        );
        let main = function(&program, "main");
        assert_eq!(count(main, |i| i.facts().call), 0, "{:#?}", main.code);
        assert_eq!(main.inlined.len(), 2);
        for site in &main.inlined {
            // Every jump in a body stays inside it or lands right after it.
            for pc in site.start..site.end {
                let mut instr = main.code[pc as usize];
                instr.map_targets(&mut |t| assert!(site.start < t.0 && t.0 <= site.end, "{t:?} at {pc}"));
            }
        }
        program.verify().expect("inlined code verifies");
    }

    #[test]
    fn a_leaf_reading_a_register_before_writing_it_stays_a_call() {
        // The closure cell is made on first use: the body reads its register first.
        let program = compile(
            "from typing import Callable\n\
             def make(n: int) -> Callable[[], int]:\n    count = n\n    def get() -> int:\n        return count\n    return get\n\
             def main() -> None:\n    a = make(1)\n    b = make(2)\n    print(a(), b())\nmain()\n",
        );
        let main = function(&program, "main");
        assert!(main.inlined.iter().all(|site| program.function(site.callee).name != "make"));
    }

    #[test]
    fn sites_share_scratch_registers() {
        let calls = "    t = t + p.scaled(1.0)\n".repeat(40);
        let program =
            compile(&format!("{POINT}def main() -> None:\n    p = P(2.0)\n    t = 0.0\n{calls}    print(t)\nmain()\n"));
        let main = function(&program, "main");
        assert_eq!(main.inlined.len(), 41);
        assert!(main.nregs() < 30, "frame grew to {} registers for 40 sites", main.nregs());
    }

    #[test]
    fn loops_calls_windows_and_aliased_results_stay_calls() {
        let program = compile(
            "def f(n: int) -> int:\n    return n + 1\n\
             def g(n: int) -> int:\n    return f(n)\n\
             def h(n: int) -> int:\n    while n > 0:\n        n -= 1\n    return n\n\
             def w(n: int) -> list[int]:\n    return [n, n]\n\
             def s(xs: list[int]) -> list[int]:\n    return xs[1:]\n\
             def main() -> None:\n    x = 1\n    x = f(x)\n    y = g(x) + h(x) + len(w(x)) + len(s([x]))\n    print(x, y)\nmain()\n",
        );
        let main = function(&program, "main");
        let called: Vec<&str> = main
            .code
            .iter()
            .filter_map(|i| match *i {
                Instr::Call { func, .. } => Some(program.function(func).name.as_str()),
                _ => None,
            })
            .collect();
        // x = f(x) computes into a scratch register (the call reads x), so f inlines;
        // h loops, s's slice window holds a constant (the bound 1).
        assert_eq!(called, ["h", "s"]);
        let g = function(&program, "g");
        assert_eq!(g.inlined.len(), 1, "f is inlined into g");
        // g called only f: in the next round g inlines into main, f's body nested in it.
        let levels: Vec<(&str, u8)> = main
            .code
            .iter()
            .filter_map(|i| match *i {
                Instr::EnterInline { func, level, .. } => Some((program.function(func).name.as_str(), level)),
                _ => None,
            })
            .collect();
        assert_eq!(levels, [("f", 0), ("g", 0), ("f", 1), ("w", 0)], "{:#?}", main.code);
        let g_site = main.inlined.iter().find(|s| program.function(s.callee).name == "g").expect("g inlined");
        let f_in_g = main
            .inlined
            .iter()
            .find(|s| program.function(s.callee).name == "f" && s.start > g_site.start)
            .expect("f nested in g");
        assert!(g_site.start < f_in_g.start && f_in_g.end <= g_site.end, "{:#?}", main.inlined);
        let pc = f_in_g.start as usize;
        let names: Vec<&str> = main.inline_sites(pc).iter().map(|s| program.function(s.callee).name.as_str()).collect();
        assert_eq!(names, ["g", "f"]);
        // w's list display reads a window of copies: it inlines, the window on
        // consecutive registers whose copies land where the display reads them.
        let display = main.code.iter().position(|i| matches!(i, Instr::NewList { .. })).expect("w's body");
        let Instr::NewList { items, count: 2, .. } = main.code[display] else { panic!("{:#?}", main.code) };
        let copies: Vec<Reg> = main.code[..display].iter().rev().take(2).filter_map(Instr::dst).collect();
        assert_eq!(copies, [Reg(items.0 + 1), items], "{:#?}", main.code);
        program.verify().expect("inlined code verifies");
    }
}
