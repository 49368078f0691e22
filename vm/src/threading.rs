//! Jump threading: a conditional jump whose target is a conditional jump on
//! the same register goes on to where that second jump sends it. The front
//! end compiles `a or b` (and `and`) in a condition as a jump over the second
//! operand to the test of the result: `if x is None or y is None: ...`
//!
//! ```text
//!     IsRef        t = x, None
//!     JumpIfTrue   t -> T          ; x is None: t is true, and the test at T
//!     IsRef        t = y, None     ; falls through, so this jump goes on to T+1
//! T:  JumpIfFalse  t -> body
//! ```
//!
//! Threaded, the jump goes to `T+1`, so `body` is reached only past both
//! tests, and the code generator's facts know there that `x` and `y` are not
//! None (no None check at their uses, such as the receivers of calls); the
//! interpreter runs one dispatch fewer on that way too.
//!
//! The skipped jump reads its register and writes nothing, so skipping it
//! changes nothing but the way taken. Only forward jumps are threaded (every
//! back-edge stays a `LoopBack`, which counts for tier-up and polls), and a
//! chain is followed a bounded number of steps.

use crate::opcode::Instr;
use crate::program::Function;

/// Steps a chain of jumps on one register is followed.
const MAX_CHAIN: usize = 8;

/// Threads every conditional jump of `function` through the conditional
/// jumps on its register that it lands on.
pub fn thread_jumps(function: &mut Function) {
    for pc in 0..function.code.len() {
        let (cond, truthy, first) = match function.code[pc] {
            Instr::JumpIfTrue { cond, target } => (cond, true, target.0 as usize),
            Instr::JumpIfFalse { cond, target } => (cond, false, target.0 as usize),
            _ => continue,
        };
        // Where the jump, when taken (`cond` is `truthy`), ends up.
        let mut to = first;
        for _ in 0..MAX_CHAIN {
            let next = match function.code.get(to) {
                Some(&Instr::JumpIfTrue { cond: c, target }) if c == cond => {
                    if truthy {
                        target.0 as usize
                    } else {
                        to + 1
                    }
                }
                Some(&Instr::JumpIfFalse { cond: c, target }) if c == cond => {
                    if truthy {
                        to + 1
                    } else {
                        target.0 as usize
                    }
                }
                _ => break,
            };
            if next <= pc || next >= function.code.len() {
                break;
            }
            to = next;
        }
        if to != first {
            if let Instr::JumpIfTrue { target, .. } | Instr::JumpIfFalse { target, .. } = &mut function.code[pc] {
                target.0 = to as u32;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::opcode::Instr;
    use crate::test_support::{compile, function};

    #[test]
    fn an_or_of_none_tests_jumps_past_the_test_of_its_result() {
        let program = compile(
            "def f(a: list[int] | None, b: list[int] | None) -> int:\n    if a is None or b is None:\n        return \
             0\n    return len(a) + len(b)\nprint(f([1], None), f([1], [2, 3]))\n",
        );
        let f = function(&program, "f");
        program.verify().expect("threaded code verifies");
        // The first test's jump (taken when `a` is None) skips the second test's
        // jump, which falls through then: no jump lands on another jump on its register.
        for (pc, instr) in f.code.iter().enumerate() {
            let (Instr::JumpIfTrue { cond, target } | Instr::JumpIfFalse { cond, target }) = *instr else { continue };
            let landed = f.code[target.0 as usize];
            let on_same =
                matches!(landed, Instr::JumpIfTrue { cond: c, .. } | Instr::JumpIfFalse { cond: c, .. } if c == cond);
            assert!(!on_same, "jump at {pc} lands on a jump on its register: {:#?}", f.code);
        }
        let or_jump = f.code.iter().position(|i| matches!(i, Instr::JumpIfTrue { .. })).expect("the `or` jumps");
        let Instr::JumpIfTrue { target, .. } = f.code[or_jump] else { unreachable!() };
        assert!(matches!(f.code[target.0 as usize - 1], Instr::JumpIfFalse { .. }), "{:#?}", f.code);
    }
}
