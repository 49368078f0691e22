//! The iterator protocol of user classes: `__iter__` returning an object whose
//! class defines `__next__`, which raises StopIteration when it is done.
//!
//! Each step calls `__next__` in a protected range whose handler ends the loop
//! (or gives `next()` its default) on StopIteration and raises anything else
//! again, as CPython's `for` does.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::TextRange;

use super::func::{FnBuilder, Val};
use super::loops::LoopBody;
use crate::error::CResult;
use crate::opcode::{ExcKind, FuncId, Instr, Reg};
use crate::ty::{RegKind, Ty};

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// The `__next__` of an iterator value's class, if it has one.
    pub(super) fn next_method(&self, ty: &Ty) -> Option<FuncId> {
        self.dunder(ty, "__next__")
    }

    /// `it.__next__()` into `dst`; the returned jumps are taken when it raised
    /// StopIteration (handled: the exception is done with).
    pub(super) fn next_or_stop(&mut self, it: &Val, next: FuncId, dst: Reg, at: TextRange) -> CResult<Vec<usize>> {
        let protection = self.protect();
        let item = self.call_method_vals(next, it.clone(), Vec::new(), at, Some(dst));
        let item = item?;
        if item.reg != dst {
            self.emit(Instr::Move { dst, src: item.reg });
        }
        self.end_protection(protection);
        let got = self.emit(Instr::Jump { target: Self::HOLE });
        self.finish_protection(protection);
        let exc = self.protections[protection].exc;
        let stop = self.temp(RegKind::Int);
        self.emit(Instr::IsInstance { dst: stop, obj: exc, class: ExcKind::StopIteration.class() });
        let other = self.emit(Instr::JumpIfFalse { cond: stop, target: Self::HOLE });
        self.emit(Instr::EnterHandler { exc });
        self.emit(Instr::ExitHandler {});
        let stopped = self.emit(Instr::Jump { target: Self::HOLE });
        self.patch_here(vec![other]);
        self.emit(Instr::Reraise { exc });
        self.patch_here(vec![got]);
        Ok(vec![stopped])
    }

    /// `for target in it` over an iterator object (the result of `__iter__`).
    pub(super) fn for_iterator(
        &mut self,
        target: Option<&'a Expr>,
        it: Val,
        next: FuncId,
        at: TextRange,
        body: LoopBody<'_, 'c, 'a>,
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let elem = self.c.return_type(next, at)?;
        // The loop holds the iterator, so reassigning the source does not change it.
        let held = self.temp(RegKind::Ref);
        self.emit(Instr::Move { dst: held, src: it.reg });
        let it = Val { reg: held, ty: it.ty };
        let (var, store) = self.loop_var(target, &elem);
        let top = self.here();
        let exits = self.next_or_stop(&it, next, var, at)?;
        self.bind_and_run(target, Val { reg: var, ty: elem }, store, body, orelse, top, exits)
    }

    /// `next(it)` / `next(it, default)` for an iterator object.
    pub(super) fn next_of_iterator(
        &mut self,
        it: Val,
        next: FuncId,
        default: Option<&'a Expr>,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        let elem = self.c.return_type(next, at)?;
        let Some(default) = default else {
            return self.call_method_vals(next, it, Vec::new(), at, dst);
        };
        // The default is evaluated first, as CPython evaluates arguments.
        let d = self.expr(default, Some(&elem), None)?;
        let d = self.coerce(d, &elem);
        self.check_assignable(&d.ty, &elem, at, || "the default of next()".into())?;
        let d = if d.ty == Ty::None { self.const_none_reg() } else { d.reg };
        let reg = self.temp(elem.kind());
        let stopped = self.next_or_stop(&it, next, reg, at)?;
        let done = self.emit(Instr::Jump { target: Self::HOLE });
        self.patch_here(stopped);
        self.emit(Instr::Move { dst: reg, src: d });
        self.patch_here(vec![done]);
        Ok(Val { reg, ty: elem })
    }
}
