//! `Optional[int]`, `Optional[float]` and `Optional[bool]`: boxing a number
//! into one, and the flow facts that narrow a local of such a type to its
//! number, as mypy narrows it (`if x is None: x = 0`, `if x is not None:`,
//! `x is not None and ...`, `assert x is not None`).
//!
//! A fact "x is not None" is kept in [`FnBuilder::bound`] under a key no
//! variable can have, so it flows through branches and merges exactly as
//! "x is assigned" does. That analysis assumes facts only grow along a path
//! (a loop's head and exit, and a `try`'s handlers, reuse the state from
//! before it). A store of None into a narrowed local inside a loop or `try`
//! breaks that assumption, so such a local is recorded and the function is
//! compiled again with the local's facts dropped at every loop and `try`
//! boundary; inside them it is still narrowed by tests and assignments.

use ruff_python_ast::{self as ast, BoolOp, CmpOp, Expr, UnaryOp};

use super::func::{FnBuilder, Val};
use crate::opcode::{Instr, Slot};
use crate::ty::{RegKind, Ty};

/// The key of the fact "local `name` is not None" in the bound set.
pub(super) fn fact_key(name: &str) -> String {
    format!("{name}\0not-none")
}

impl<'a> FnBuilder<'_, 'a> {
    /// Boxes a number as an `Optional` of its type.
    pub(super) fn box_number(&mut self, val: Val) -> Val {
        let class = self.c.tuple_class(std::slice::from_ref(&val.ty));
        self.c.program.boxes.insert(class.0, val.ty.clone());
        let obj = self.temp(RegKind::Ref);
        self.emit(Instr::New { dst: obj, class });
        let name = self.c.name_id("<tuple>");
        let (slot, src) = (Slot(0), val.reg);
        self.emit(match val.ty.kind() {
            RegKind::Float => Instr::StoreFieldFloat { obj, slot, src, name },
            _ => Instr::StoreFieldInt { obj, slot, src, name },
        });
        Val { reg: obj, ty: Ty::Opt(Box::new(val.ty)) }
    }

    /// The number in a local narrowed to not None, read from its box.
    pub(super) fn narrowed_read(&mut self, name: &str, local: &Val) -> Option<Val> {
        let inner = local.ty.boxed_number()?.clone();
        if self.raw_optional || !self.bound.contains(&fact_key(name)) {
            return None;
        }
        let reg = self.temp(inner.kind());
        self.emit(Instr::TupleGet { dst: reg, tuple: local.reg, slot: Slot(0), unpack: false });
        Some(Val { reg, ty: inner })
    }

    /// Updates the facts after storing a value of type `stored` into local `name`.
    pub(super) fn note_optional_store(&mut self, name: &str, local_ty: &Ty, stored: &Ty) {
        if local_ty.boxed_number().is_none() {
            return;
        }
        let key = fact_key(name);
        if stored.is_number() {
            self.bound.insert(key);
        } else if self.bound.remove(&key) && (!self.loops.is_empty() || !self.blocks.is_empty()) {
            self.unnarrowable.insert(name.to_string());
        }
    }

    /// Adds the facts that hold when `test` evaluates to `truth`.
    pub(super) fn assume(&mut self, test: &Expr, truth: bool) {
        let mut names = Vec::new();
        self.facts_of(test, truth, &mut names);
        for name in names {
            self.bound.insert(fact_key(&name));
        }
    }

    /// Drops the facts of the locals that are set to None inside loops or `try`
    /// (called at the boundaries of those statements).
    pub(super) fn forget_unstable_facts(&mut self) {
        for name in &self.no_narrow {
            self.bound.remove(&fact_key(name));
        }
    }

    /// The Optional-number locals known not None when `test` is `truth`.
    fn facts_of(&self, test: &Expr, truth: bool, out: &mut Vec<String>) {
        match test {
            Expr::Compare(c) if c.ops.len() == 1 && matches!(c.ops[0], CmpOp::Is | CmpOp::IsNot) => {
                let not_none = (c.ops[0] == CmpOp::IsNot) == truth;
                let name = match (&*c.left, &c.comparators[0]) {
                    (Expr::Name(n), Expr::NoneLiteral(_)) | (Expr::NoneLiteral(_), Expr::Name(n)) => n,
                    _ => return,
                };
                if not_none && self.is_optional_local(name.id.as_str()) {
                    out.push(name.id.to_string());
                }
            }
            Expr::Name(n) if truth && self.is_optional_local(n.id.as_str()) => out.push(n.id.to_string()),
            Expr::BoolOp(b) if (b.op == BoolOp::And) == truth => {
                for value in &b.values {
                    self.facts_of(value, truth, out);
                }
            }
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => self.facts_of(&u.operand, !truth, out),
            _ => {}
        }
    }

    fn is_optional_local(&self, name: &str) -> bool {
        !self.module
            && !self.declared_globals.contains(name)
            && self.locals.get(name).is_some_and(|l| l.ty.boxed_number().is_some())
    }
}

/// Whether a comparison is `is`/`is not` (whose operands are read boxed).
pub(super) fn is_identity_test(c: &ast::ExprCompare) -> bool {
    c.ops.iter().any(|op| matches!(op, CmpOp::Is | CmpOp::IsNot))
}
