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
        // A list, or a generator expression with one `for` and no `if`: as many
        // items as the list iterated holds (see `reserve_into`).
        let one_item_per_item = match iterable {
            Expr::Generator(g) => matches!(&g.generators[..], [only] if only.ifs.is_empty()),
            _ => true,
        };
        if one_item_per_item {
            self.reserve_into = Some(list);
        }
        let looped = self.each_item(iterable, at, &mut append);
        self.reserve_into = None;
        looped?;
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

    /// `sorted(iterable, key=..., reverse=...)`: a new list, sorted stably.
    pub(super) fn sorted(&mut self, call: &'a ast::ExprCall, dst: Option<Reg>) -> CResult<Val> {
        let [iterable] = &call.arguments.args[..] else {
            return err(call.range, format!("sorted expected 1 argument, got {}", call.arguments.args.len()));
        };
        let list = self.collect_list(iterable, None, call.range, None)?;
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
        let elem = (**elem).clone();
        let mut reverse = None;
        let mut key = None;
        for keyword in keywords {
            match keyword.arg.as_ref().map(|a| a.as_str()) {
                Some("reverse") if reverse.is_none() => {
                    let v = self.expr(&keyword.value, None, None)?;
                    if !v.ty.is_intlike() {
                        return err(keyword.value.range(), "reverse must be a bool");
                    }
                    reverse = Some(v.reg);
                }
                Some("key") if key.is_none() => {
                    if !matches!(keyword.value, Expr::NoneLiteral(_)) {
                        key = Some(&keyword.value);
                    }
                }
                _ => return err(keyword.range, "sort() takes only the keyword arguments key and reverse"),
            }
        }
        let reverse = match reverse {
            Some(r) => r,
            None => self.const_int_reg(0),
        };
        let Some(key) = key else {
            let kind = match &elem {
                Ty::Int | Ty::Bool => Some(ElemKind::Int),
                Ty::Float => Some(ElemKind::Float),
                Ty::Str => Some(ElemKind::Str),
                _ => None,
            };
            if let Some(kind) = kind {
                self.emit(Instr::ListSort { list: list.reg, kind, reverse });
                return Ok(());
            }
            self.check_sortable(&elem, at)?;
            let ty = self.c.ty_id(&elem);
            self.emit(Instr::ListSortBy { list: list.reg, keys: list.reg, ty, reverse });
            return Ok(());
        };
        // As CPython does: the items are taken out of the list (which the key function
        // then sees empty), their keys computed in order, the items sorted by them and
        // put back, also when a key or a comparison raises; what the key function
        // added to the list meanwhile is dropped, with a ValueError.
        let saved = self.temp(RegKind::Ref);
        self.emit(Instr::ListTake { dst: saved, list: list.reg });
        let protection = self.protect();
        let keys = self.temp(RegKind::Ref);
        let new_at = self.emit(Instr::NewList { dst: keys, items: Reg(0), count: 0, refs: false });
        let base = self.temp_block(&[RegKind::Ref, RegKind::Int], at)?;
        self.emit(Instr::Move { dst: base, src: saved });
        self.emit(Instr::LoadInt { dst: Reg(base.0 + 1), value: 0 });
        let item = self.temp(elem.kind());
        let top = self.here();
        let exit = self.emit(Instr::ForList { var: item, base, target: Self::HOLE });
        let k = self.apply_key(key, Val { reg: item, ty: elem.clone() }, at)?;
        self.emit(Instr::ListAppend { list: keys, src: k.reg });
        let back = self.emit(Instr::LoopBack { target: Self::HOLE });
        self.patch(back, top);
        self.patch_here(vec![exit]);
        if let Instr::NewList { refs, .. } = &mut self.code_mut()[new_at] {
            *refs = k.ty.is_ref();
        }
        self.check_sortable(&k.ty, at)?;
        let ty = self.c.ty_id(&k.ty);
        self.emit(Instr::ListSortBy { list: saved, keys, ty, reverse });
        self.end_protection(protection);
        self.emit(Instr::ListPutBack { list: list.reg, saved, check: true });
        let over = self.emit(Instr::Jump { target: Self::HOLE });
        self.finish_protection(protection);
        let exc = self.protections[protection].exc;
        self.emit(Instr::ListPutBack { list: list.reg, saved, check: false });
        self.emit(Instr::Reraise { exc });
        self.patch_here(vec![over]);
        Ok(())
    }

    /// `min(iterable, key=f)` / `max(iterable, key=f)`: the first item whose key is
    /// least (greatest); ValueError for an empty iterable.
    pub(super) fn min_max_key(&mut self, max: bool, call: &'a ast::ExprCall, dst: Option<Reg>) -> CResult<Val> {
        let which = if max { "max" } else { "min" };
        let [iterable] = &call.arguments.args[..] else {
            return err(call.range, format!("{which}() with key= takes one iterable here"));
        };
        let mut key = None;
        for keyword in &call.arguments.keywords {
            match keyword.arg.as_ref().map(|a| a.as_str()) {
                Some("key") if key.is_none() => key = Some(&keyword.value),
                _ => return err(keyword.range, format!("{which}() takes only the keyword argument key here")),
            }
        }
        let key = key.expect("called with key=");
        let have = self.temp(RegKind::Int);
        self.emit(Instr::LoadInt { dst: have, value: 0 });
        let mut best: Option<(Val, Val)> = None;
        let at = call.range;
        let mut consider = |b: &mut Self| -> CResult<()> {
            let item = b.loop_item.take().expect("the loop gives its item");
            let k = b.apply_key(key, item.clone(), at)?;
            let (best_item, best_key) = match &best {
                Some(pair) => pair.clone(),
                None => {
                    let pair = (
                        Val { reg: b.new_reg(item.ty.kind()), ty: item.ty.clone() },
                        Val { reg: b.new_reg(k.ty.kind()), ty: k.ty.clone() },
                    );
                    best = Some(pair.clone());
                    pair
                }
            };
            if item.ty != best_item.ty || k.ty != best_key.ty {
                return err(at, "items and keys of one type are needed");
            }
            let first = b.emit(Instr::JumpIfFalse { cond: have, target: Self::HOLE });
            let op = if max { ast::CmpOp::Gt } else { ast::CmpOp::Lt };
            let beyond = b.compare_pair(op, k.clone(), best_key.clone(), at, None)?;
            let skip = b.emit(Instr::JumpIfFalse { cond: beyond, target: Self::HOLE });
            b.patch_here(vec![first]);
            b.emit(Instr::Move { dst: best_item.reg, src: item.reg });
            b.emit(Instr::Move { dst: best_key.reg, src: k.reg });
            b.emit(Instr::LoadInt { dst: have, value: 1 });
            b.patch_here(vec![skip]);
            Ok(())
        };
        self.each_item(iterable, at, &mut consider)?;
        let Some((best_item, _)) = best else {
            return err(at, format!("{which}() of an iterable whose item type is unknown"));
        };
        let found = self.emit(Instr::JumpIfTrue { cond: have, target: Self::HOLE });
        let msg = self.str_literal(&format!("{which}() arg is an empty sequence"));
        self.emit(Instr::Raise { kind: crate::opcode::ExcKind::ValueError, msg });
        self.patch_here(vec![found]);
        let reg = self.out(dst, best_item.ty.kind());
        if reg != best_item.reg {
            self.emit(Instr::Move { dst: reg, src: best_item.reg });
        }
        Ok(Val { reg, ty: best_item.ty })
    }

    /// Refuses sort keys the runtime cannot order as CPython does.
    fn check_sortable(&self, ty: &Ty, at: TextRange) -> CResult<()> {
        match ty {
            Ty::Int | Ty::Bool | Ty::Float | Ty::Str => Ok(()),
            Ty::Tuple(elems) => elems.iter().try_for_each(|e| self.check_sortable(e, at)),
            other => err(at, format!("sorting by {} is not supported yet", self.c.ty_name(other))),
        }
    }

    /// `f(item)` for `map`/`filter`: what `key=` takes, plus `int`, `float` and a
    /// function passed as a `Callable` argument.
    pub(super) fn apply_function(&mut self, f: &'a Expr, item: Val, at: TextRange) -> CResult<Val> {
        if let Expr::Name(n) = f {
            let name = n.id.as_str();
            if matches!(name, "int" | "float") && self.is_builtin(name) {
                let kind = if name == "int" { RegKind::Int } else { RegKind::Float };
                let reg = self.temp(kind);
                match (name, &item.ty) {
                    ("int", t) if t.is_intlike() => self.emit(Instr::Move { dst: reg, src: item.reg }),
                    ("int", Ty::Float) => self.emit(Instr::FloatToInt { dst: reg, src: item.reg }),
                    ("int", Ty::Str) => self.emit(Instr::StrToInt { dst: reg, s: item.reg }),
                    ("float", t) if t.is_intlike() => self.emit(Instr::IntToFloat { dst: reg, src: item.reg }),
                    ("float", Ty::Float) => self.emit(Instr::Move { dst: reg, src: item.reg }),
                    ("float", Ty::Str) => self.emit(Instr::StrToFloat { dst: reg, s: item.reg }),
                    (_, other) => {
                        let other = self.c.ty_name(other);
                        return err(at, format!("{name}() argument must be a string or a number, not '{other}'"));
                    }
                };
                let ty = if name == "int" { Ty::Int } else { Ty::Float };
                return Ok(Val { reg, ty });
            }
            match self.static_type_of_simple(f) {
                Some(Ty::Func(func)) => return self.call_function_vals(func, vec![item], at),
                Some(Ty::Fn(..)) => {
                    let callee = self.expr(f, None, None)?;
                    return self.call_function_object_vals(callee, vec![item], at, None);
                }
                Some(Ty::Closure(func)) => {
                    let env = self.expr(f, None, None)?;
                    let env_ty = self.c.funcs[func.0 as usize].params[0].1.clone();
                    return self.call_function_vals(func, vec![Val { reg: env.reg, ty: env_ty }, item], at);
                }
                _ => {}
            }
        }
        self.apply_key(f, item, at)
    }

    /// `key(item)` for a `key=` argument: a one-parameter lambda (its body compiled
    /// here, the parameter its own variable) or a function's name.
    pub(super) fn apply_key(&mut self, key: &'a Expr, item: Val, at: TextRange) -> CResult<Val> {
        match key {
            Expr::Lambda(lambda) => {
                let params = lambda.parameters.as_deref();
                let [param] = params.map(|p| &p.args[..]).unwrap_or(&[]) else {
                    return err(lambda.range, "a key lambda takes exactly one parameter");
                };
                let p = params.expect("one parameter");
                if param.default.is_some()
                    || !p.posonlyargs.is_empty()
                    || !p.kwonlyargs.is_empty()
                    || p.vararg.is_some()
                    || p.kwarg.is_some()
                {
                    return err(lambda.range, "a key lambda takes exactly one plain parameter");
                }
                let name = param.parameter.name.id.to_string();
                let saved = (self.locals.remove(&name), self.bound.remove(&name));
                let reg = self.new_local(&name, item.ty.clone());
                self.emit(Instr::Move { dst: reg, src: item.reg });
                self.bound.insert(name.clone());
                let was_module = std::mem::replace(&mut self.module, false);
                let start = self.here() as u32;
                let result = self.expr(&lambda.body, None, None);
                let kind = crate::program::ComprehensionSite::LAMBDA;
                self.comprehensions.push(crate::program::ComprehensionSite { start, end: self.here() as u32, kind });
                self.module = was_module;
                self.locals.remove(&name);
                self.bound.remove(&name);
                if let Some(local) = saved.0 {
                    self.locals.insert(name.clone(), local);
                }
                if saved.1 {
                    self.bound.insert(name);
                }
                let v = result?;
                // The key may be a local's own register, which the next item overwrites.
                let kept = self.temp(v.ty.kind());
                self.emit(Instr::Move { dst: kept, src: v.reg });
                Ok(Val { reg: kept, ty: v.ty })
            }
            Expr::Name(_)
                if matches!(self.static_type_of_simple(key), Some(Ty::Func(_) | Ty::Closure(_) | Ty::Fn(..))) =>
            {
                self.apply_function(key, item, at)
            }
            Expr::Name(n)
                if self.c.func_names.contains_key(n.id.as_str()) && !self.locals.contains_key(n.id.as_str()) =>
            {
                let func = self.c.func_names[n.id.as_str()];
                self.call_function_vals(func, vec![item], at)
            }
            Expr::Name(n) if matches!(n.id.as_str(), "len" | "abs" | "str") && self.is_builtin(n.id.as_str()) => {
                let reg = match (n.id.as_str(), &item.ty) {
                    ("len", Ty::List(_)) | ("len", Ty::Str) => {
                        let reg = self.temp(RegKind::Int);
                        self.emit(if item.ty == Ty::Str {
                            Instr::StrLen { dst: reg, s: item.reg }
                        } else {
                            Instr::ListLen { dst: reg, list: item.reg }
                        });
                        Val { reg, ty: Ty::Int }
                    }
                    ("abs", t) if t.is_intlike() => {
                        let reg = self.temp(RegKind::Int);
                        self.emit(Instr::AbsInt { dst: reg, src: item.reg });
                        Val { reg, ty: Ty::Int }
                    }
                    ("abs", Ty::Float) => {
                        let reg = self.temp(RegKind::Float);
                        self.emit(Instr::AbsFloat { dst: reg, src: item.reg });
                        Val { reg, ty: Ty::Float }
                    }
                    ("str", _) => Val { reg: self.str_reg(item, at)?, ty: Ty::Str },
                    _ => return err(n.range, format!("key={} of {} is not supported", n.id, self.c.ty_name(&item.ty))),
                };
                Ok(reg)
            }
            other => err(other.range(), "key= must be a lambda, len, abs, str or the name of a function here"),
        }
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
        let list = self.collect_list(iterable, None, at, None)?;
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
