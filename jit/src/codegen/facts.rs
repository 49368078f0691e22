//! What the translator knows at a point of the code beyond the register
//! kinds: reference registers known not to be None, globals known to be
//! bound, registers known to hold a set of ints, and float registers never
//! below zero. Each fact lets a fast path leave out a check.
//!
//! A fact about a register holds until the register is written ([`Facts::forget`]);
//! a global, once bound, stays bound (nothing unbinds a global while a program
//! runs). At a block start the translator keeps what every edge into it
//! knows ([`Facts::meet`]), and at the head of a loop entered only through
//! its head, what its entry edges know of the registers the loop never
//! writes ([`Facts::forget_all`]).

use jcvm_vm::opcode::Reg;

/// What [`Facts`] know of one register.
#[derive(Clone, Copy, Debug)]
pub(super) struct Known {
    not_none: bool,
    int_set: bool,
    never_negative: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Facts {
    not_none: Vec<Reg>,
    bound: Vec<u32>,
    /// Registers holding a set whose keys are ints (checked by kind and key
    /// type, or made so): their kind and key type need no test. Each is also
    /// in `not_none`.
    int_sets: Vec<Reg>,
    /// Float registers whose value is not below zero (at least +0.0, -0.0 or
    /// NaN: `x < 0.0` is false), such as a sum of squares: `math.sqrt` needs no
    /// domain test there.
    never_negative: Vec<Reg>,
}

impl Facts {
    /// Knows only that `r` is not None (an inlined callee's receiver).
    pub(super) fn with_not_none(r: Reg) -> Facts {
        Facts { not_none: vec![r], ..Facts::default() }
    }

    pub(super) fn is_not_none(&self, r: Reg) -> bool {
        self.not_none.contains(&r)
    }

    pub(super) fn learn_not_none(&mut self, r: Reg) {
        if !self.is_not_none(r) {
            self.not_none.push(r);
        }
    }

    pub(super) fn is_bound(&self, global: u32) -> bool {
        self.bound.contains(&global)
    }

    pub(super) fn learn_bound(&mut self, global: u32) {
        if !self.is_bound(global) {
            self.bound.push(global);
        }
    }

    pub(super) fn is_int_set(&self, r: Reg) -> bool {
        self.int_sets.contains(&r)
    }

    /// `r` holds a set of ints (so it is not None either).
    pub(super) fn learn_int_set(&mut self, r: Reg) {
        self.learn_not_none(r);
        if !self.is_int_set(r) {
            self.int_sets.push(r);
        }
    }

    pub(super) fn is_never_negative(&self, r: Reg) -> bool {
        self.never_negative.contains(&r)
    }

    pub(super) fn learn_never_negative(&mut self, r: Reg) {
        if !self.is_never_negative(r) {
            self.never_negative.push(r);
        }
    }

    /// What is known of register `r` (to hand on to a copy of it).
    pub(super) fn about(&self, r: Reg) -> Known {
        Known { not_none: self.is_not_none(r), int_set: self.is_int_set(r), never_negative: self.is_never_negative(r) }
    }

    /// `r` now holds a value of which `known` is true.
    pub(super) fn learn(&mut self, r: Reg, known: Known) {
        if known.not_none {
            self.learn_not_none(r);
        }
        if known.int_set {
            self.learn_int_set(r);
        }
        if known.never_negative {
            self.learn_never_negative(r);
        }
    }

    /// `r` was written: nothing is known of it any more.
    pub(super) fn forget(&mut self, r: Reg) {
        self.forget_all(&[r]);
    }

    /// Each register of `written` was (or may have been) written.
    pub(super) fn forget_all(&mut self, written: &[Reg]) {
        self.not_none.retain(|r| !written.contains(r));
        self.int_sets.retain(|r| !written.contains(r));
        self.never_negative.retain(|r| !written.contains(r));
    }

    /// Keeps only what `other` knows too (two edges meeting).
    pub(super) fn meet(&mut self, other: &Facts) {
        self.not_none.retain(|r| other.not_none.contains(r));
        self.bound.retain(|g| other.bound.contains(g));
        self.int_sets.retain(|r| other.int_sets.contains(r));
        self.never_negative.retain(|r| other.never_negative.contains(r));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_forgets_the_register_but_not_the_globals() {
        let mut facts = Facts::default();
        facts.learn_int_set(Reg(3));
        facts.learn_not_none(Reg(4));
        facts.learn_bound(7);
        facts.learn_never_negative(Reg(5));
        facts.forget(Reg(3));
        facts.forget(Reg(5));
        assert!(!facts.is_never_negative(Reg(5)));
        assert!(!facts.is_not_none(Reg(3)) && !facts.is_int_set(Reg(3)));
        assert!(facts.is_not_none(Reg(4)) && facts.is_bound(7));
        facts.forget_all(&[Reg(4)]);
        assert!(!facts.is_not_none(Reg(4)) && facts.is_bound(7));
    }

    #[test]
    fn meeting_edges_keep_what_both_know() {
        let mut a = Facts::default();
        a.learn_int_set(Reg(1));
        a.learn_not_none(Reg(2));
        a.learn_bound(5);
        a.learn_bound(6);
        let mut b = Facts::with_not_none(Reg(1));
        b.learn_not_none(Reg(2));
        b.learn_bound(6);
        a.meet(&b);
        assert!(a.is_not_none(Reg(1)) && !a.is_int_set(Reg(1)), "an int set on one edge only");
        assert!(a.is_not_none(Reg(2)) && !a.is_bound(5) && a.is_bound(6));
    }

    #[test]
    fn a_copy_knows_what_its_source_knew() {
        let mut facts = Facts::default();
        facts.learn_int_set(Reg(1));
        facts.learn_never_negative(Reg(2));
        let known = facts.about(Reg(1));
        facts.forget(Reg(3));
        facts.learn(Reg(3), known);
        assert!(facts.is_int_set(Reg(3)) && facts.is_not_none(Reg(3)) && !facts.is_never_negative(Reg(3)));
        let known = facts.about(Reg(2));
        facts.forget(Reg(2));
        facts.learn(Reg(2), known);
        assert!(facts.is_never_negative(Reg(2)), "a move onto itself keeps the facts");
        assert!(!facts.about(Reg(4)).not_none);
    }

    #[test]
    fn learning_twice_records_once() {
        let mut facts = Facts::default();
        facts.learn_int_set(Reg(9));
        facts.learn_int_set(Reg(9));
        facts.forget(Reg(9));
        assert_eq!(facts, Facts::default());
    }
}
