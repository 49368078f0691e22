//! Copy folding: `op t = ...` followed by `Move d, t` becomes `op d = ...`
//! when nothing reads `t` afterwards, so the value is made where it is kept.
//! The front end computes an expression into a scratch register and copies it
//! where a statement needs it (a local, a call's argument window, a yield);
//! each copy folded is one dispatch less.
//!
//! The fold keeps what the two instructions did: `op` reads the same operands
//! (it must not read `d`, which it now writes first), raises the same way and
//! writes only when it completes, as every instruction does (so a raise leaves
//! `d` as it was); the `Move` must not be a jump target (a path that skips
//! `op` would no longer copy), `op` must not jump (its `dst` would be written
//! on one way out only) or refill the object `dst` holds (it reads `dst`), and
//! `t` and `d` are of one register kind. The removed instructions are dropped
//! and every jump target, handler, inlined-call and comprehension range is
//! moved with the rest.

use crate::liveness;
use crate::opcode::{Instr, Target};
use crate::program::Function;

/// Folds every foldable copy in `function`.
pub fn fold_moves(function: &mut Function) {
    let n = function.code.len();
    // The liveness analysis is only worth running where some copy follows its maker.
    let copies_a_fresh_value =
        |pc: usize| matches!(function.code[pc + 1], Instr::Move { src, .. } if function.code[pc].dst() == Some(src));
    if !(0..n.saturating_sub(1)).any(copies_a_fresh_value) {
        return;
    }
    let mut leader = vec![false; n + 1];
    for instr in &function.code {
        let mut copy = *instr;
        copy.map_targets(&mut |t| leader[t.0 as usize] = true);
    }
    for handler in &function.handlers {
        leader[handler.target as usize] = true;
    }
    let live = liveness::live_in(function);
    let is_live = |pc: usize, reg: u16| live.get(pc).is_some_and(|set| set[reg as usize / 64] & (1 << (reg % 64)) != 0);
    let mut removed = vec![false; n];
    for pc in 0..n.saturating_sub(1) {
        let Instr::Move { dst, src } = function.code[pc + 1] else { continue };
        let made = function.code[pc];
        let foldable = !removed[pc]
            && !leader[pc + 1]
            && made.dst() == Some(src)
            && dst != src
            && !liveness::jumps(&made)
            && !made.facts().refill
            && function.reg_kinds[src.0 as usize] == function.reg_kinds[dst.0 as usize]
            && !liveness::reads(function, &made).contains(&dst)
            && !is_live(pc + 2, src.0);
        if foldable {
            function.code[pc].set_dst(dst);
            removed[pc + 1] = true;
        }
    }
    if removed.iter().any(|&r| r) {
        drop_instructions(function, &removed);
    }
}

/// Removes the instructions marked in `removed` (none of them a jump target)
/// and moves every position that named the code.
fn drop_instructions(function: &mut Function, removed: &[bool]) {
    // New index of each old position (a removed one: the next kept instruction's).
    let mut moved_to = Vec::with_capacity(removed.len() + 1);
    let mut kept = 0u32;
    for &gone in removed {
        moved_to.push(kept);
        kept += u32::from(!gone);
    }
    moved_to.push(kept);
    let mut code = Vec::with_capacity(kept as usize);
    let mut lines = Vec::with_capacity(kept as usize);
    for (pc, (instr, line)) in function.code.iter().zip(&function.lines).enumerate() {
        if !removed[pc] {
            let mut instr = *instr;
            instr.map_targets(&mut |t| *t = Target(moved_to[t.0 as usize]));
            code.push(instr);
            lines.push(*line);
        }
    }
    function.code = code;
    function.lines = lines;
    let at = |pc: u32| moved_to[pc as usize];
    for handler in &mut function.handlers {
        (handler.start, handler.end, handler.target) = (at(handler.start), at(handler.end), at(handler.target));
    }
    for site in &mut function.inlined {
        (site.start, site.end) = (at(site.start), at(site.end));
    }
    for site in &mut function.comprehensions {
        (site.start, site.end) = (at(site.start), at(site.end));
    }
}

#[cfg(test)]
mod tests {
    use crate::opcode::Instr;
    use crate::program::Function;
    use crate::test_support::{compile, function};

    fn moves(f: &Function) -> usize {
        f.code.iter().filter(|i| matches!(i, Instr::Move { .. })).count()
    }

    #[test]
    fn a_copy_of_a_fresh_value_is_folded_into_its_maker() {
        // print(str(x)) copies the str into print's argument window.
        let program = compile("def f(x: int) -> None:\n    print(str(x))\nf(3)\n");
        let f = function(&program, "f");
        assert_eq!(moves(f), 0, "{:#?}", f.code);
        program.verify().expect("folded code verifies");
    }

    #[test]
    fn a_copy_whose_source_is_read_again_stays() {
        // `a = b = x + 1`: the sum is read by both stores.
        let program = compile("def f(x: int) -> int:\n    a = b = x + 1\n    return a * b\nprint(f(3))\n");
        let f = function(&program, "f");
        assert!(moves(f) >= 1, "{:#?}", f.code);
    }

    #[test]
    fn jumps_and_handlers_move_with_the_code() {
        let program = compile(
            "def f(xs: list[int]) -> str:\n    out = ''\n    for x in xs:\n        try:\n            out = out + str(10 // x)\n        \
             except ZeroDivisionError:\n            out = out + '!'\n    return out\nprint(f([1, 0, 5]))\n",
        );
        let f = function(&program, "f");
        program.verify().expect("folded code verifies");
        for handler in &f.handlers {
            assert!(handler.start <= handler.end && (handler.target as usize) < f.code.len());
        }
    }
}
