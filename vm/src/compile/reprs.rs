//! The text of lists, tuples and dicts whose items print through user
//! `__repr__` methods (`print([Node(1), Node(2)])`).
//!
//! The runtime formatter cannot call back into user code, so the compiler
//! emits the loop CPython's `list.__repr__` runs: each item's repr (the
//! class's `__repr__`, or the runtime's for other types), joined with `", "`
//! between the brackets. The list's length is read on every step, so a
//! `__repr__` that changes the list is seen as CPython sees it.

use ruff_text_size::TextRange;

use super::decls::err;
use super::func::{FnBuilder, Val};
use crate::error::CResult;
use crate::opcode::{Conv, Instr, Reg};
use crate::ty::{RegKind, Ty};

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// `repr(v)` (which is also `str(v)`) of a container that [`FnBuilder::needs_dunder_text`].
    pub(super) fn container_repr(&mut self, v: Val, at: TextRange) -> CResult<Reg> {
        let out = self.temp(RegKind::Ref);
        let none_text = self.str_literal("None");
        self.emit(Instr::Move { dst: out, src: none_text });
        let present = self.temp(RegKind::Int);
        self.emit(Instr::TruthyRef { dst: present, src: v.reg });
        let is_none = self.emit(Instr::JumpIfFalse { cond: present, target: Self::HOLE });
        match v.ty.clone() {
            Ty::List(elem) | Ty::TupleN(elem) => {
                let tuple = matches!(v.ty, Ty::TupleN(_));
                self.load_text(out, if tuple { "(" } else { "[" });
                let count = self.temp(RegKind::Int);
                self.emit(Instr::LoadInt { dst: count, value: 0 });
                let base = self.temp_block(&[RegKind::Ref, RegKind::Int], at)?;
                self.emit(Instr::Move { dst: base, src: v.reg });
                self.emit(Instr::LoadInt { dst: Reg(base.0 + 1), value: 0 });
                let var = self.temp(elem.kind());
                let top = self.here();
                let exit = self.emit(Instr::ForList { var, base, target: Self::HOLE });
                self.separator(out, count);
                let text = self.item_repr(Val { reg: var, ty: *elem }, at)?;
                self.emit(Instr::StrConcat { dst: out, a: out, b: text });
                let back = self.emit(Instr::LoopBack { target: Self::HOLE });
                self.patch(back, top);
                self.patch_here(vec![exit]);
                if tuple {
                    self.one_item_comma(out, count);
                }
                self.append_text(out, if tuple { ")" } else { "]" });
            }
            Ty::Tuple(elems) => {
                self.load_text(out, "(");
                for i in 0..elems.len() {
                    if i > 0 {
                        self.append_text(out, ", ");
                    }
                    let item = self.tuple_item(&v, i, false);
                    let text = self.item_repr(item, at)?;
                    self.emit(Instr::StrConcat { dst: out, a: out, b: text });
                }
                if elems.len() == 1 {
                    self.append_text(out, ",");
                }
                self.append_text(out, ")");
            }
            Ty::Dict(..) => {
                self.load_text(out, "{");
                let count = self.temp(RegKind::Int);
                self.emit(Instr::LoadInt { dst: count, value: 0 });
                let mut body = |b: &mut Self| -> CResult<()> {
                    let pair = b.loop_item.take().expect("a dict items loop without a target sets loop_item");
                    b.separator(out, count);
                    let key = b.tuple_item(&pair, 0, false);
                    let text = b.item_repr(key, at)?;
                    b.emit(Instr::StrConcat { dst: out, a: out, b: text });
                    b.append_text(out, ": ");
                    let value = b.tuple_item(&pair, 1, false);
                    let text = b.item_repr(value, at)?;
                    b.emit(Instr::StrConcat { dst: out, a: out, b: text });
                    Ok(())
                };
                self.for_dict(None, v, 2, at, &mut body, &[])?;
                self.append_text(out, "}");
            }
            other => {
                let name = self.c.ty_name(&other);
                return err(at, format!("printing a {name} of objects with __repr__ is not supported yet"));
            }
        }
        self.patch_here(vec![is_none]);
        Ok(out)
    }

    /// The repr of one item: its class's `__repr__`, else the runtime's.
    fn item_repr(&mut self, item: Val, at: TextRange) -> CResult<Reg> {
        if let Some(reg) = self.text_dunder(&item, true, at)? {
            return Ok(reg);
        }
        if matches!(item.ty, Ty::Class(_)) {
            return err(
                at,
                "printing a container of objects without __repr__ is not supported (CPython prints their addresses)",
            );
        }
        self.check_printable(&item.ty, at)?;
        let spec = self.str_literal("");
        let ty = self.c.ty_id(&item.ty);
        let reg = self.temp(RegKind::Ref);
        self.emit(Instr::FormatValue { dst: reg, src: item.reg, ty, spec, conv: Conv::Repr });
        Ok(reg)
    }

    /// `out = text`.
    fn load_text(&mut self, out: Reg, text: &str) {
        let reg = self.str_literal(text);
        self.emit(Instr::Move { dst: out, src: reg });
    }

    /// `out += text`.
    fn append_text(&mut self, out: Reg, text: &str) {
        let reg = self.str_literal(text);
        self.emit(Instr::StrConcat { dst: out, a: out, b: reg });
    }

    /// `", "` before every item but the first, counting the items in `count`.
    fn separator(&mut self, out: Reg, count: Reg) {
        let first = self.emit(Instr::JumpIfFalse { cond: count, target: Self::HOLE });
        self.append_text(out, ", ");
        self.patch_here(vec![first]);
        let one = self.const_int_reg(1);
        self.emit(Instr::AddInt { dst: count, a: count, b: one });
    }

    /// The comma of a one-item tuple: `(x,)`.
    fn one_item_comma(&mut self, out: Reg, count: Reg) {
        let one = self.const_int_reg(1);
        let single = self.temp(RegKind::Int);
        self.emit(Instr::CmpInt { dst: single, a: count, b: one, cond: crate::opcode::Cond::Eq });
        let skip = self.emit(Instr::JumpIfFalse { cond: single, target: Self::HOLE });
        self.append_text(out, ",");
        self.patch_here(vec![skip]);
    }
}
