//! Which registers are live before each instruction. The JIT loads only those
//! at an on-stack-replacement entry (loading every register at every loop
//! header makes a function with many locals and many loops compile in time and
//! memory quadratic in their product) and spills only those around a slow
//! path; the compiler's copy folding (`crate::moves`) asks whether a value is
//! read again.
//!
//! A backward dataflow over instructions, conservative where it must be: every
//! register operand counts as read (loop heads and calls read what they also
//! write), only an instruction's `dst` kills, and only when the instruction
//! cannot jump (`GenNext` leaves its `dst` alone when the generator is over,
//! so the loop variable keeps its last value), and the registers live at a
//! handler are live throughout the code it protects.

use crate::opcode::{Instr, Reg};
use crate::program::Function;

/// The registers an instruction may read (what a stepped instruction needs
/// in the frame).
pub fn reads(function: &Function, instr: &Instr) -> Vec<Reg> {
    let mut regs = Vec::new();
    let mut copy = *instr;
    copy.map_regs(&mut |r| regs.push(*r));
    if let Some(dst) = instr.dst().filter(|_| !instr.facts().refill) {
        // `dst` is written, not read (a Move's source is a separate operand), but
        // by the instructions that refill the object it holds.
        if let Some(at) = regs.iter().position(|&r| r == dst) {
            regs.remove(at);
        }
    }
    if let Some((first, count)) = instr.window() {
        regs.extend((0..count as u16).map(|i| Reg(first.0 + i)));
    }
    match *instr {
        Instr::Call { args, argc, .. }
        | Instr::CallMethod { args, argc, .. }
        | Instr::CallFinal { args, argc, .. }
        | Instr::CallFn { args, argc, .. }
        | Instr::NewGen { args, argc, .. } => regs.extend_from_slice(function.call_arg_regs(args, argc)),
        _ => {}
    }
    regs
}

/// The registers live on entry to each instruction, as bitsets (one `u64` word
/// per 64 registers).
pub fn live_in(function: &Function) -> Vec<Vec<u64>> {
    let n = function.code.len();
    let words = function.nregs().div_ceil(64).max(1);
    let mut live = vec![vec![0u64; words]; n];
    let successors: Vec<Vec<usize>> = (0..n).map(|pc| successors(function, pc)).collect();
    let handlers: Vec<Option<usize>> = (0..n).map(|pc| function.handler_at(pc).map(|h| h.target as usize)).collect();
    let effects: Vec<(Vec<Reg>, Option<Reg>)> =
        function.code.iter().map(|i| (reads(function, i), i.dst().filter(|_| !jumps(i)))).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for pc in (0..n).rev() {
            let mut out = vec![0u64; words];
            for &s in &successors[pc] {
                for (o, l) in out.iter_mut().zip(&live[s]) {
                    *o |= l;
                }
            }
            let (reads, dst) = &effects[pc];
            if let Some(d) = dst {
                out[d.0 as usize / 64] &= !(1 << (d.0 % 64));
            }
            // An exception leaves before `dst` is written: what the handler reads
            // stays live through the instruction.
            if let Some(h) = handlers[pc] {
                for (o, l) in out.iter_mut().zip(&live[h]) {
                    *o |= l;
                }
            }
            for r in reads {
                out[r.0 as usize / 64] |= 1 << (r.0 % 64);
            }
            if out != live[pc] {
                live[pc] = out;
                changed = true;
            }
        }
    }
    live
}

/// The reference registers live before each instruction of a function: what
/// a collection keeps of a frame stopped there (`Vm::collect` zeroes the
/// others), and what a direct call must clear at the callee's entry.
#[derive(Debug)]
pub struct LiveRefs {
    words: usize,
    bits: Vec<u64>,
}

impl LiveRefs {
    pub fn of(function: &Function) -> LiveRefs {
        let live = live_in(function);
        let words = function.nregs().div_ceil(64).max(1);
        let mut refs = vec![0u64; words];
        for r in &function.ref_regs {
            refs[r.0 as usize / 64] |= 1 << (r.0 % 64);
        }
        let bits = live.iter().flat_map(|set| set.iter().zip(&refs).map(|(l, m)| l & m)).collect();
        LiveRefs { words, bits }
    }

    /// Whether reference register `r` is live before instruction `pc`.
    #[inline]
    pub fn is_live(&self, pc: usize, r: Reg) -> bool {
        self.bits[pc * self.words + r.0 as usize / 64] & (1 << (r.0 % 64)) != 0
    }
}

/// Whether `instr` has a jump target (a `dst` it writes is then written on
/// one way out only).
pub fn jumps(instr: &Instr) -> bool {
    let mut any = false;
    let mut copy = *instr;
    copy.map_targets(&mut |_| any = true);
    any
}

/// Where control may go after instruction `pc` when it completes: the next
/// instruction and jump targets (the handler around it is added apart).
fn successors(function: &Function, pc: usize) -> Vec<usize> {
    let instr = function.code[pc];
    let mut next = Vec::new();
    let mut copy = instr;
    copy.map_targets(&mut |t| next.push(t.0 as usize));
    if !instr.is_terminator() && pc + 1 < function.code.len() {
        next.push(pc + 1);
    }
    next
}

/// The registers set in a bitset.
pub fn members(set: &[u64]) -> impl Iterator<Item = usize> + '_ {
    set.iter().enumerate().flat_map(|(w, &bits)| (0..64).filter(move |b| bits & (1 << b) != 0).map(move |b| w * 64 + b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generator_loop_keeps_its_variable_live_past_the_loop() {
        // for v in g: pass / print(v): at the loop's exit v still holds the last
        // value, so it is live into GenNext, which writes it only when a value comes.
        use crate::opcode::Target;
        let code = vec![
            Instr::GenNext { dst: Reg(1), gen: Reg(0), target: Target(2) },
            Instr::LoopBack { target: Target(0) },
            Instr::Ret { src: Reg(1) },
        ];
        let function = test_function(code);
        let live = live_in(&function);
        assert_eq!(members(&live[0]).collect::<Vec<_>>(), vec![0, 1]);
    }

    fn test_function(code: Vec<Instr>) -> Function {
        let lines = vec![1; code.len()];
        Function {
            name: "f".into(),
            qualname: "f".into(),
            params: vec![crate::ty::Ty::Int],
            ret: crate::ty::Ty::Int,
            reg_kinds: vec![crate::ty::RegKind::Ref, crate::ty::RegKind::Int],
            ref_regs: vec![Reg(0)],
            frame_init: Vec::new(),
            code,
            call_args: Vec::new(),
            inlined: Vec::new(),
            lines,
            class: None,
            vslot: None,
            handlers: Vec::new(),
            comprehensions: Vec::new(),
            generator: None,
        }
    }

    #[test]
    fn a_call_that_raises_into_a_handler_keeps_its_destination_live() {
        // try: x = f() / except: return x: the handler reads the old x.
        use crate::opcode::Target;
        let code = vec![
            Instr::Move { dst: Reg(1), src: Reg(0) },
            Instr::Jump { target: Target(0) },
            Instr::Ret { src: Reg(1) },
        ];
        let mut function = test_function(code);
        function.handlers.push(crate::program::Handler { start: 0, end: 1, target: 2, exc: Reg(0), depth: 0 });
        let live = live_in(&function);
        assert_eq!(members(&live[0]).collect::<Vec<_>>(), vec![0, 1]);
    }

    #[test]
    fn members_lists_set_bits() {
        assert_eq!(members(&[0b1010, 1]).collect::<Vec<_>>(), vec![1, 3, 64]);
    }
}
