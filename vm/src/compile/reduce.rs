//! Builtins that consume an iterable: `sum`, `any`, `all`, `list`, `sorted`, and
//! `min`/`max` over anything iterable. Each compiles to a loop (see
//! [`FnBuilder::each_item`]) with no iterator object; `any`/`all` stop at the
//! first deciding item, as CPython's do.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::decls::err;
use super::func::{FnBuilder, Val};
use crate::error::{CResult, CompileError};
use crate::opcode::{ElemKind, Instr, Reg};
use crate::ty::{RegKind, Ty};

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// `sum(iterable[, start])`: ints add with overflow checks; a float item or
    /// start makes the total a float (added left to right, as CPython 3.11).
    pub(super) fn sum(&mut self, args: &'a [Expr], at: TextRange, dst: Option<Reg>) -> CResult<Val> {
        let (iterable, start) = match args {
            [it] => (it, None),
            [it, start] => (it, Some(start)),
            _ => return err(at, format!("sum() takes at most 2 arguments ({} given)", args.len())),
        };
        let start = match start {
            Some(e) => {
                let v = self.expr(e, None, None)?;
                if !v.ty.is_number() {
                    return err(e.range(), format!("sum() of {} is not supported", self.c.ty_name(&v.ty)));
                }
                Some(v)
            }
            None => None,
        };
        // The total's type is the items' type (or the start's, if it is a float).
        let mut total: Option<Val> = None;
        let start_is_float = start.as_ref().is_some_and(|s| s.ty == Ty::Float);
        let mut add = |b: &mut Self| -> CResult<()> {
            let item = b.loop_item.take().expect("the loop gives its item");
            if !item.ty.is_number() {
                return err(iterable.range(), format!("sum() of {} is not supported", b.c.ty_name(&item.ty)));
            }
            let acc = match &total {
                Some(acc) => acc.clone(),
                None => {
                    let float = item.ty == Ty::Float || start_is_float;
                    let acc = b.temp(if float { RegKind::Float } else { RegKind::Int });
                    total = Some(Val { reg: acc, ty: if float { Ty::Float } else { Ty::Int } });
                    total.clone().expect("just set")
                }
            };
            let result = b.binop(ast::Operator::Add, acc.clone(), item, iterable.range(), Some(acc.reg))?;
            if result.reg != acc.reg || result.ty.kind() != acc.ty.kind() {
                return err(iterable.range(), "sum() of ints and floats mixed is not supported (use floats)");
            }
            Ok(())
        };
        // The accumulator register is created when the item type is known, but it
        // must be initialised before the loop: initialise after, then move the
        // initialisation in front of the loop.
        let init_at = self.here();
        self.emit(Instr::Jump { target: Self::HOLE });
        let loop_start = self.here();
        self.each_item(iterable, at, &mut add)?;
        let after_loop = self.emit(Instr::Jump { target: Self::HOLE });
        let Some(total) = total else {
            return err(at, "sum() of an iterable whose item type is unknown");
        };
        let init = self.here();
        self.patch(init_at, init);
        match (&start, total.ty.kind()) {
            (Some(s), RegKind::Float) => {
                let f = self.float_reg(s.clone());
                self.emit(Instr::Move { dst: total.reg, src: f });
            }
            (Some(s), _) => {
                self.emit(Instr::Move { dst: total.reg, src: s.reg });
            }
            (None, RegKind::Float) => {
                let zero = self.const_float_reg(0.0);
                self.emit(Instr::Move { dst: total.reg, src: zero });
            }
            (None, _) => {
                self.emit(Instr::LoadInt { dst: total.reg, value: 0 });
            }
        }
        let back = self.emit(Instr::Jump { target: Self::HOLE });
        self.patch(back, loop_start);
        self.patch_here(vec![after_loop]);
        let reg = self.out(dst, total.ty.kind());
        if reg != total.reg {
            self.emit(Instr::Move { dst: reg, src: total.reg });
        }
        Ok(Val { reg, ty: total.ty })
    }

    /// `any(iterable)` / `all(iterable)`, stopping at the first deciding item.
    pub(super) fn any_all(&mut self, is_all: bool, args: &'a [Expr], at: TextRange, dst: Option<Reg>) -> CResult<Val> {
        let [iterable] = args else {
            let name = if is_all { "all" } else { "any" };
            return err(at, format!("{name}() takes exactly one argument ({} given)", args.len()));
        };
        let reg = self.out(dst, RegKind::Int);
        let result = self.temp(RegKind::Int);
        self.emit(Instr::LoadInt { dst: result, value: i32::from(is_all) });
        let mut decided = Vec::new();
        let mut test = |b: &mut Self| -> CResult<()> {
            let item = b.loop_item.take().expect("the loop gives its item");
            let truth = b.truthy(item)?;
            let keep_going = b.emit(if is_all {
                Instr::JumpIfTrue { cond: truth, target: Self::HOLE }
            } else {
                Instr::JumpIfFalse { cond: truth, target: Self::HOLE }
            });
            b.emit(Instr::LoadInt { dst: result, value: i32::from(!is_all) });
            decided.push(b.emit(Instr::Jump { target: Self::HOLE }));
            b.patch_here(vec![keep_going]);
            Ok(())
        };
        self.each_item(iterable, at, &mut test)?;
        self.patch_here(decided);
        if reg != result {
            self.emit(Instr::Move { dst: reg, src: result });
        }
        Ok(Val { reg, ty: Ty::Bool })
    }

    /// `list(iterable)` (a new list of its items), or `list()` with a known element type.
    pub(super) fn list_of(
        &mut self,
        args: &'a [Expr],
        hint: Option<&Ty>,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        match args {
            [] => match hint {
                Some(Ty::List(elem)) => {
                    let reg = self.out(dst, RegKind::Ref);
                    self.emit(Instr::NewList { dst: reg, items: Reg(0), count: 0, refs: elem.is_ref() });
                    Ok(Val { reg, ty: Ty::List(elem.clone()) })
                }
                _ => err(at, "cannot infer the element type of list(); annotate it (xs: list[int] = list())"),
            },
            [iterable] => self.collect_list(iterable, hint, at, dst),
            _ => err(at, format!("list expected at most 1 argument, got {}", args.len())),
        }
    }

    /// A new list of the items of `iterable`.
    pub(super) fn collect_list(
        &mut self,
        iterable: &'a Expr,
        hint: Option<&Ty>,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        let mut elem_ty = match hint {
            Some(Ty::List(elem)) => Some((**elem).clone()),
            _ => None,
        };
        let list = self.temp(RegKind::Ref);
        let new_at = self.emit(Instr::NewList { dst: list, items: Reg(0), count: 0, refs: false });
        let mut append = |b: &mut Self| -> CResult<()> {
            let item = b.loop_item.take().expect("the loop gives its item");
            let ty = elem_ty.clone().unwrap_or_else(|| item.ty.clone());
            let item = b.coerce(item, &ty);
            b.check_assignable(&item.ty, &ty, iterable.range(), || "a list element".into())?;
            elem_ty = Some(ty);
            b.emit(Instr::ListAppend { list, src: item.reg });
            Ok(())
        };
        self.each_item(iterable, at, &mut append)?;
        let elem = elem_ty.ok_or_else(|| CompileError::new(at, "cannot infer the element type"))?;
        if elem == Ty::None {
            return err(at, "cannot infer a list's element type from None; annotate it");
        }
        if let Instr::NewList { refs, .. } = &mut self.code_mut()[new_at] {
            *refs = elem.is_ref();
        }
        let reg = self.out(dst, RegKind::Ref);
        if reg != list {
            self.emit(Instr::Move { dst: reg, src: list });
        }
        Ok(Val { reg, ty: Ty::List(Box::new(elem)) })
    }

    /// `sorted(iterable, reverse=...)`: a new list, sorted stably.
    pub(super) fn sorted(&mut self, call: &'a ast::ExprCall, dst: Option<Reg>) -> CResult<Val> {
        let [iterable] = &call.arguments.args[..] else {
            return err(call.range, format!("sorted expected 1 argument, got {}", call.arguments.args.len()));
        };
        let was = std::mem::replace(&mut self.order_free, true);
        let list = self.collect_list(iterable, None, call.range, None);
        self.order_free = was;
        let list = list?;
        self.sort_list(&list, &call.arguments.keywords, call.range)?;
        let reg = self.out(dst, RegKind::Ref);
        if reg != list.reg {
            self.emit(Instr::Move { dst: reg, src: list.reg });
        }
        Ok(Val { reg, ty: list.ty })
    }

    /// Sorts a list in place (`xs.sort(reverse=...)`, and `sorted`).
    pub(super) fn sort_list(&mut self, list: &Val, keywords: &'a [ast::Keyword], at: TextRange) -> CResult<()> {
        let Ty::List(elem) = &list.ty else { unreachable!("callers pass lists") };
        let kind = match &**elem {
            Ty::Int | Ty::Bool => ElemKind::Int,
            Ty::Float => ElemKind::Float,
            Ty::Str => ElemKind::Str,
            other => return err(at, format!("sorting a list of {} is not supported yet", self.c.ty_name(other))),
        };
        let mut reverse = None;
        for keyword in keywords {
            match keyword.arg.as_ref().map(|a| a.as_str()) {
                Some("reverse") if reverse.is_none() => {
                    let v = self.expr(&keyword.value, None, None)?;
                    if !v.ty.is_intlike() {
                        return err(keyword.value.range(), "reverse must be a bool");
                    }
                    reverse = Some(v.reg);
                }
                Some("key") => return err(keyword.range, "sorting with key= is not supported yet"),
                _ => return err(keyword.range, "sort() takes only the keyword arguments key and reverse"),
            }
        }
        let reverse = match reverse {
            Some(r) => r,
            None => self.const_int_reg(0),
        };
        self.emit(Instr::ListSort { list: list.reg, kind, reverse });
        Ok(())
    }

    /// `min(iterable)` / `max(iterable)` over something other than a list: its items
    /// collected into a list first (they are all consumed either way).
    pub(super) fn min_max_iterable(
        &mut self,
        max: bool,
        iterable: &'a Expr,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        let was = std::mem::replace(&mut self.order_free, true);
        let list = self.collect_list(iterable, None, at, None);
        self.order_free = was;
        let list = list?;
        let Ty::List(elem) = &list.ty else { unreachable!("collect_list makes a list") };
        let which = if max { "max" } else { "min" };
        let kind = match &**elem {
            Ty::Int | Ty::Bool => ElemKind::Int,
            Ty::Float => ElemKind::Float,
            Ty::Str => ElemKind::Str,
            other => return err(at, format!("{which}() of {} items is not supported", self.c.ty_name(other))),
        };
        let reg = self.out(dst, elem.kind());
        self.emit(Instr::ListMinMax { dst: reg, list: list.reg, kind, max });
        Ok(Val { reg, ty: (**elem).clone() })
    }
}
