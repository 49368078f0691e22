//! Dicts and sets: literals, comprehensions, `d[k]` (get, set, del, `op=`),
//! `in`, `len`, their methods, and loops over keys, values and items.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::decls::err;
use super::func::{FnBuilder, Val};
use crate::error::{CResult, CompileError};
use crate::opcode::{DictOp, Instr, Reg};
use crate::ty::{RegKind, Ty};

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// Refuses keys that cannot be hashed the way CPython hashes them: instances of
    /// a class with `__eq__` (CPython makes them unhashable without `__hash__`),
    /// lists, dicts and sets.
    pub(super) fn check_key_type(&self, key: &Ty, at: TextRange) -> CResult<()> {
        let bad = match key {
            Ty::Class(_) => self.has_user_eq(key),
            Ty::List(_) | Ty::Dict(..) | Ty::Set(_) => true,
            Ty::Tuple(elems) => {
                return elems.iter().try_for_each(|e| self.check_key_type(e, at));
            }
            _ => false,
        };
        if bad {
            return err(at, format!("unhashable type: '{}'", self.c.ty_name(key)));
        }
        Ok(())
    }

    /// A new empty dict (`value` Some) or set (`value` None).
    pub(super) fn new_dict(&mut self, key: &Ty, value: Option<&Ty>, dst: Option<Reg>) -> Val {
        let key_ty = self.c.ty_id(key);
        let mut flags = u8::from(key.is_ref());
        match value {
            Some(v) => flags |= u8::from(v.is_ref()) << 1,
            None => flags |= 4,
        }
        let reg = self.out(dst, RegKind::Ref);
        self.emit(Instr::NewDict { dst: reg, key_ty, flags });
        let ty = match value {
            Some(v) => Ty::Dict(Box::new(key.clone()), Box::new(v.clone())),
            None => Ty::Set(Box::new(key.clone())),
        };
        Val { reg, ty }
    }

    /// An expression converted to `ty` (an int for a float, a bool for an int) or a diagnostic.
    pub(super) fn typed_expr(&mut self, e: &'a Expr, ty: &Ty, what: &str) -> CResult<Reg> {
        let v = self.expr(e, Some(ty), None)?;
        let v = self.coerce(v, ty);
        self.check_assignable(&v.ty, ty, e.range(), || what.to_string())?;
        Ok(if v.ty == Ty::None && ty.is_ref() { self.const_none_reg() } else { v.reg })
    }

    /// An item of a display: converted to the type in `ty`, or, for the first item
    /// of an unannotated display, giving that type.
    fn display_item(&mut self, e: &'a Expr, ty: &mut Option<Ty>, what: &str) -> CResult<Reg> {
        if let Some(ty) = ty {
            return self.typed_expr(e, ty, what);
        }
        let v = self.expr(e, None, None)?;
        if v.ty == Ty::None {
            return err(e.range(), "cannot infer a type from None; annotate it");
        }
        *ty = Some(v.ty);
        Ok(v.reg)
    }

    /// `{k: v, ...}`: the items are evaluated in order, then the dict is built (as
    /// CPython's BUILD_MAP does).
    pub(super) fn dict_literal(&mut self, d: &'a ast::ExprDict, hint: Option<&Ty>, dst: Option<Reg>) -> CResult<Val> {
        let (mut key, mut value) = match hint {
            Some(Ty::Dict(k, v)) => (Some((**k).clone()), Some((**v).clone())),
            _ => (None, None),
        };
        let mut items = Vec::new();
        for item in &d.items {
            let Some(k) = &item.key else {
                return err(item.value.range(), "** in dict literals is not supported");
            };
            let k = self.display_item(k, &mut key, "a dict key")?;
            let v = self.display_item(&item.value, &mut value, "a dict value")?;
            items.push((k, v));
        }
        let (Some(key), Some(value)) = (key, value) else {
            return err(d.range, "cannot infer the types of {}; annotate it (d: dict[str, int] = {})");
        };
        self.check_key_type(&key, d.range)?;
        let dict = self.new_dict(&key, Some(&value), None);
        for (k, v) in items {
            self.emit(Instr::DictSet { dict: dict.reg, key: k, value: v });
        }
        self.move_to(dict, dst)
    }

    /// `{a, b, ...}`: the elements are evaluated in order, then the set is built,
    /// and laid out as CPython lays out a display it turns into a constant (see
    /// `set_display`).
    pub(super) fn set_literal(&mut self, s: &'a ast::ExprSet, hint: Option<&Ty>, dst: Option<Reg>) -> CResult<Val> {
        let only_searched = std::mem::take(&mut self.only_searched);
        let (elements, fold) = match self.c.set_displays.get(&s.range.start()) {
            // Only searched: no one sees the order.
            Some(_) if only_searched => (&s.elts, None),
            Some(folding) if folding.ambiguous => return super::set_display::refuse_ambiguous(s),
            Some(folding) => {
                let op = if folding.frozen { DictOp::FoldFrozen } else { DictOp::FoldConstant };
                (&folding.canonical.elts, Some(op))
            }
            None => {
                if !only_searched {
                    super::set_display::check_unfolded(s)?;
                }
                (&s.elts, None)
            }
        };
        let mut elem = match hint {
            Some(Ty::Set(e)) => Some((**e).clone()),
            _ => None,
        };
        let mut items = Vec::new();
        for item in elements {
            items.push(self.display_item(item, &mut elem, "a set element")?);
        }
        let elem = elem.expect("a set display has an element");
        self.check_key_type(&elem, s.range)?;
        let set = self.new_dict(&elem, None, None);
        let none = self.const_none_reg();
        for k in items {
            let scratch = self.temp(RegKind::Int);
            self.emit(Instr::DictOp { dst: scratch, dict: set.reg, key: k, value: none, op: DictOp::Add });
        }
        if let Some(op) = fold {
            let scratch = self.temp(RegKind::Int);
            self.emit(Instr::DictOp { dst: scratch, dict: set.reg, key: none, value: none, op });
        }
        self.move_to(set, dst)
    }

    /// `s |= t`, `s &= t`, `s -= t`, `s ^= t` with a set `t`: `s` changes in
    /// place (aliases see it), as CPython's `set_ior` & co. change it.
    pub(super) fn set_in_place(&mut self, op: ast::Operator, set: Val, other: Val, at: TextRange) -> CResult<Val> {
        use ast::Operator::*;
        let update = match op {
            BitOr => DictOp::Update,
            BitAnd => DictOp::IntersectionUpdate,
            Sub => DictOp::DifferenceUpdate,
            BitXor => DictOp::SymmetricDifferenceUpdate,
            _ => return self.binop(op, set, other, at, None),
        };
        if other.ty != set.ty {
            let (ty, expected) = (self.c.ty_name(&other.ty), self.c.ty_name(&set.ty));
            return err(at, format!("'{}=' of {expected} with {ty} is not supported", op.as_str()));
        }
        let symbol = op.as_str();
        self.raise_if_either_none(set.reg, other.reg, "set", |l, r| {
            format!("unsupported operand type(s) for {symbol}=: '{l}' and '{r}'")
        });
        let none = self.const_none_reg();
        self.dict_op(set.reg, other.reg, none, update, &Ty::Int, None);
        Ok(set)
    }

    /// `set.update(other)`: a set or dict is merged; any other iterable's items are
    /// added in order.
    fn set_update(&mut self, set: Reg, elem: &Ty, other: &'a Expr, at: TextRange) -> CResult<()> {
        let elem = elem.clone();
        let mut add = |b: &mut Self| -> CResult<()> {
            let item = b.loop_item.take().expect("the loop gives its item");
            let item = b.coerce(item, &elem);
            b.check_assignable(&item.ty, &elem, at, || "a set element".into())?;
            let key = if item.ty == Ty::None { b.const_none_reg() } else { item.reg };
            let none = b.const_none_reg();
            b.dict_op(set, key, none, DictOp::Add, &Ty::Int, None);
            Ok(())
        };
        self.merge_into = Some((set, Some(elem.clone())));
        self.each_item(other, at, &mut add)?;
        self.merged = None;
        Ok(())
    }

    /// `set.method(other)` for union, intersection, difference and
    /// symmetric_difference: the `SetOp` of another set, or (`of_list`) of a list.
    fn set_method_op(&mut self, set: &Val, other: Reg, method: &str, of_list: bool, dst: Option<Reg>) -> Val {
        let op = match method {
            "union" => 0,
            "intersection" => 1,
            "difference" => 2,
            _ => 3,
        } + if of_list { 4 } else { 0 };
        let reg = self.out(dst, RegKind::Ref);
        self.emit(Instr::SetOp { dst: reg, a: set.reg, b: other, op });
        Val { reg, ty: set.ty.clone() }
    }

    /// Whether `e` is a list or tuple display, or a name holding a list or tuple.
    fn is_sequence(&self, e: &Expr) -> bool {
        match e {
            Expr::List(_) | Expr::Tuple(_) => true,
            Expr::Name(_) => matches!(self.static_type_of_simple(e), Some(Ty::List(_) | Ty::TupleN(_) | Ty::Tuple(_))),
            _ => false,
        }
    }

    /// Whether `e` is a name holding a set of type `ty`.
    fn is_set_name(&self, e: &Expr, ty: &Ty) -> bool {
        self.static_type_of_simple(e).as_ref() == Some(ty)
    }

    /// The argument of a set method that takes another set: a set of the same type.
    fn set_argument(&mut self, set: &Val, arg: &'a Expr, method: &str) -> CResult<Val> {
        let other = self.expr(arg, Some(&set.ty), None)?;
        if other.ty != set.ty {
            let (ty, expected) = (self.c.ty_name(&other.ty), self.c.ty_name(&set.ty));
            return err(arg.range(), format!("set.{method}() of {ty} is not supported (only a {expected})"));
        }
        Ok(other)
    }

    /// `{k: v for ...}` and `{x for ...}`.
    pub(super) fn dict_or_set_comp(
        &mut self,
        key: &'a Expr,
        value: Option<&'a Expr>,
        generators: &'a [ast::Comprehension],
        hint: Option<&Ty>,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        let (mut key_ty, mut value_ty) = match hint {
            Some(Ty::Dict(k, v)) => (Some((**k).clone()), Some((**v).clone())),
            Some(Ty::Set(e)) => (Some((**e).clone()), None),
            _ => (None, None),
        };
        let dict = self.temp(RegKind::Ref);
        let new_at = self.emit(Instr::NewDict { dst: dict, key_ty: crate::opcode::TyId(0), flags: 0 });
        let mut add = |b: &mut Self| -> CResult<()> {
            let k = b.expr(key, key_ty.as_ref(), None)?;
            let kt = key_ty.clone().unwrap_or_else(|| k.ty.clone());
            let k = b.coerce(k, &kt);
            b.check_assignable(&k.ty, &kt, key.range(), || "a key".into())?;
            key_ty = Some(kt);
            match value {
                Some(value) => {
                    let v = b.expr(value, value_ty.as_ref(), None)?;
                    let vt = value_ty.clone().unwrap_or_else(|| v.ty.clone());
                    let v = b.coerce(v, &vt);
                    b.check_assignable(&v.ty, &vt, value.range(), || "a dict value".into())?;
                    value_ty = Some(vt);
                    b.emit(Instr::DictSet { dict, key: k.reg, value: v.reg });
                }
                None => {
                    let none = b.const_none_reg();
                    let scratch = b.temp(RegKind::Int);
                    b.emit(Instr::DictOp { dst: scratch, dict, key: k.reg, value: none, op: DictOp::Add });
                }
            }
            Ok(())
        };
        self.comprehension(generators, if value.is_some() { 2 } else { 3 }, &mut add)?;
        let key_ty = key_ty.ok_or_else(|| CompileError::new(key.range(), "cannot infer the key type"))?;
        self.check_key_type(&key_ty, key.range())?;
        if key_ty == Ty::None || value_ty.as_ref() == Some(&Ty::None) {
            return err(key.range(), "cannot infer a type from None; annotate it");
        }
        let id = self.c.ty_id(&key_ty);
        let mut flags = u8::from(key_ty.is_ref());
        match &value_ty {
            Some(v) => flags |= u8::from(v.is_ref()) << 1,
            None => flags |= 4,
        }
        if let Instr::NewDict { key_ty: k, flags: f, .. } = &mut self.code_mut()[new_at] {
            *k = id;
            *f = flags;
        }
        let ty = match (value, value_ty) {
            (Some(_), Some(v)) => Ty::Dict(Box::new(key_ty), Box::new(v)),
            _ => Ty::Set(Box::new(key_ty)),
        };
        self.move_to(Val { reg: dict, ty }, dst)
    }

    /// `set(iterable)`; with `scratch`, a set of its own that this code empties
    /// and refills each time (`RefillSet`), for `len(set(...))`, which reads only
    /// its length.
    pub(super) fn collect_set(
        &mut self,
        iterable: &'a Expr,
        hint: Option<&Ty>,
        at: TextRange,
        dst: Option<Reg>,
        scratch: bool,
    ) -> CResult<Val> {
        let mut elem_ty = match hint {
            Some(Ty::Set(e)) => Some((**e).clone()),
            _ => None,
        };
        let (set, new_at) = if scratch {
            // A register of its own: no other instruction writes it (`OpFacts::refill`).
            let set = self.new_reg(RegKind::Ref);
            (set, self.emit(Instr::RefillSet { dst: set, key_ty: crate::opcode::TyId(0), flags: 4 }))
        } else {
            let set = self.temp(RegKind::Ref);
            (set, self.emit(Instr::NewDict { dst: set, key_ty: crate::opcode::TyId(0), flags: 4 }))
        };
        self.merge_into = Some((set, elem_ty.clone()));
        let mut add = |b: &mut Self| -> CResult<()> {
            let item = b.loop_item.take().expect("the loop gives its item");
            let ty = elem_ty.clone().unwrap_or_else(|| item.ty.clone());
            let item = b.coerce(item, &ty);
            b.check_assignable(&item.ty, &ty, iterable.range(), || "a set element".into())?;
            elem_ty = Some(ty);
            let none = b.const_none_reg();
            let scratch = b.temp(RegKind::Int);
            b.emit(Instr::DictOp { dst: scratch, dict: set, key: item.reg, value: none, op: DictOp::Add });
            Ok(())
        };
        self.each_item(iterable, at, &mut add)?;
        let elem = elem_ty
            .or_else(|| self.merged.take())
            .ok_or_else(|| CompileError::new(at, "cannot infer the element type"))?;
        if elem == Ty::None {
            return err(at, "cannot infer a set's element type from None; annotate it");
        }
        self.check_key_type(&elem, at)?;
        let id = self.c.ty_id(&elem);
        if let Instr::NewDict { key_ty, flags, .. } | Instr::RefillSet { key_ty, flags, .. } =
            &mut self.code_mut()[new_at]
        {
            *key_ty = id;
            *flags = 4 | u8::from(elem.is_ref());
        }
        let set = Val { reg: set, ty: Ty::Set(Box::new(elem)) };
        if scratch {
            return Ok(set);
        }
        self.move_to(set, dst)
    }

    /// `val` in `dst` when given.
    fn move_to(&mut self, val: Val, dst: Option<Reg>) -> CResult<Val> {
        let reg = self.out(dst, RegKind::Ref);
        if reg != val.reg {
            self.emit(Instr::Move { dst: reg, src: val.reg });
        }
        Ok(Val { reg, ty: val.ty })
    }

    /// `dict.op(key, value)` into a register of `result`'s kind.
    pub(super) fn dict_op(
        &mut self,
        dict: Reg,
        key: Reg,
        value: Reg,
        op: DictOp,
        result: &Ty,
        dst: Option<Reg>,
    ) -> Val {
        let reg = self.out(dst, result.kind());
        self.emit(Instr::DictOp { dst: reg, dict, key, value, op });
        Val { reg, ty: result.clone() }
    }

    /// `d[k]`.
    pub(super) fn dict_get(&mut self, d: Val, key: &'a Expr, dst: Option<Reg>) -> CResult<Val> {
        let Ty::Dict(k, v) = d.ty.clone() else { unreachable!("callers pass dicts") };
        let key = self.typed_expr(key, &k, "a dict key")?;
        let none = self.const_none_reg();
        Ok(self.dict_op(d.reg, key, none, DictOp::Get, &v, dst))
    }

    /// `d.method(args)` / `s.method(args)`.
    pub(super) fn dict_method(
        &mut self,
        d: Val,
        method: &str,
        args: &'a [Expr],
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        let none = self.const_none_reg();
        let none_val = |b: &mut Self| Val { reg: b.const_none_reg(), ty: Ty::None };
        match (&d.ty.clone(), method, args) {
            (Ty::Dict(k, v), "get", [key]) if v.is_number() => {
                // `get` with no default of a number: an Optional number (None, or the value boxed).
                let key = self.typed_expr(key, k, "a dict key")?;
                let present = self.dict_op(d.reg, key, none, DictOp::Contains, &Ty::Bool, None);
                let reg = self.out(dst, RegKind::Ref);
                self.emit(Instr::LoadNone { dst: reg });
                let absent = self.emit(Instr::JumpIfFalse { cond: present.reg, target: Self::HOLE });
                let value = self.dict_op(d.reg, key, none, DictOp::Get, v, None);
                let boxed = self.box_number(value);
                self.emit(Instr::Move { dst: reg, src: boxed.reg });
                self.patch_here(vec![absent]);
                Ok(Val { reg, ty: Ty::Opt(v.clone()) })
            }
            (Ty::Dict(k, v), "get", [key]) => {
                // `get` with no default returns None: reference values are nullable.
                if !v.is_ref() {
                    return err(at, "dict.get() without a default is only supported for numbers and references");
                }
                let key = self.typed_expr(key, k, "a dict key")?;
                Ok(self.dict_op(d.reg, key, none, DictOp::GetOr, v, dst))
            }
            (Ty::Dict(k, v), "get" | "pop" | "setdefault", [key, default]) => {
                let key = self.typed_expr(key, k, "a dict key")?;
                let default = self.typed_expr(default, v, "the default")?;
                let op = match method {
                    "get" => DictOp::GetOr,
                    "pop" => DictOp::PopOr,
                    _ => DictOp::SetDefault,
                };
                Ok(self.dict_op(d.reg, key, default, op, v, dst))
            }
            (Ty::Dict(k, v), "pop", [key]) => {
                let key = self.typed_expr(key, k, "a dict key")?;
                Ok(self.dict_op(d.reg, key, none, DictOp::Pop, v, dst))
            }
            (Ty::Set(e), "update", [other]) => {
                self.set_update(d.reg, e, other, at)?;
                Ok(none_val(self))
            }
            (Ty::Set(e), "intersection" | "difference" | "symmetric_difference", [other])
                if reads_only(other) && self.is_sequence(other) =>
            {
                // With a list or tuple: CPython's *_with_iter forms over its items in order.
                let list = self.collect_list(other, Some(&Ty::List(e.clone())), at, None)?;
                if list.ty != Ty::List(e.clone()) {
                    let ty = self.c.ty_name(&list.ty);
                    return err(other.range(), format!("set.{method}() of {ty} is not supported"));
                }
                Ok(self.set_method_op(&d, list.reg, method, true, dst))
            }
            (Ty::Set(e), "union", [other]) if reads_only(other) && !self.is_set_name(other, &d.ty) => {
                // CPython's union is a copy updated from the argument (merged when it is
                // a set or dict, else added item by item). Evaluating the argument runs
                // no code, so taking the copy before it changes nothing.
                let copy = self.dict_op(d.reg, none, none, DictOp::Copy, &d.ty, dst);
                self.set_update(copy.reg, e, other, at)?;
                Ok(copy)
            }
            (Ty::Dict(..), "update", [other]) => {
                let o = self.expr(other, Some(&d.ty), None)?;
                if o.ty != d.ty {
                    return err(other.range(), format!("update() with {} is not supported", self.c.ty_name(&o.ty)));
                }
                self.dict_op(d.reg, o.reg, none, DictOp::Update, &Ty::Int, None);
                Ok(none_val(self))
            }
            (Ty::Dict(..) | Ty::Set(_), "clear", []) => {
                self.dict_op(d.reg, none, none, DictOp::Clear, &Ty::Int, None);
                Ok(none_val(self))
            }
            (Ty::Dict(..) | Ty::Set(_), "copy", []) => Ok(self.dict_op(d.reg, none, none, DictOp::Copy, &d.ty, dst)),
            (Ty::Set(_), "union" | "intersection" | "difference" | "symmetric_difference", [other]) => {
                // With a set, each is its operator (CPython's methods and operators share
                // the code); other iterables lay the result out differently.
                let other = self.set_argument(&d, other, method)?;
                Ok(self.set_method_op(&d, other.reg, method, false, dst))
            }
            (Ty::Set(_), "issubset" | "issuperset" | "isdisjoint", [other]) => {
                // s <= t when s - t is empty; s >= t when t - s is; disjoint when s & t is.
                let other = self.set_argument(&d, other, method)?;
                let (a, b, op) = match method {
                    "issubset" => (d.reg, other.reg, 2),
                    "issuperset" => (other.reg, d.reg, 2),
                    _ => (d.reg, other.reg, 1),
                };
                let rest = self.temp(RegKind::Ref);
                self.emit(Instr::SetOp { dst: rest, a, b, op });
                let len = self.temp(RegKind::Int);
                self.emit(Instr::DictLen { dst: len, dict: rest });
                let zero = self.const_int_reg(0);
                let reg = self.out(dst, RegKind::Int);
                self.emit(Instr::CmpInt { dst: reg, a: len, b: zero, cond: crate::opcode::Cond::Eq });
                Ok(Val { reg, ty: Ty::Bool })
            }
            (Ty::Set(e), "pop", []) => Ok(self.dict_op(d.reg, none, none, DictOp::Pop, e, dst)),
            (Ty::Set(e), "add" | "discard" | "remove", [item]) => {
                let key = self.typed_expr(item, e, "a set element")?;
                let op = match method {
                    "add" => DictOp::Add,
                    "discard" => DictOp::Discard,
                    _ => DictOp::Remove,
                };
                self.dict_op(d.reg, key, none, op, &Ty::Int, None);
                Ok(none_val(self))
            }
            (Ty::Dict(..), "keys" | "values" | "items", []) => err(
                at,
                format!("dict.{method}() is only supported where it is iterated (for loops, list(), sorted() ...)"),
            ),
            _ => err(
                at,
                format!("{}.{method}() with {} argument(s) is not supported", self.c.ty_name(&d.ty), args.len()),
            ),
        }
    }

    /// `d.keys()`, `d.values()` or `d.items()` of a dict-typed receiver: the dict and which part.
    pub(super) fn dict_view(&mut self, iter: &'a Expr) -> CResult<Option<(Val, u8)>> {
        let Expr::Call(call) = iter else { return Ok(None) };
        let Expr::Attribute(attr) = &*call.func else { return Ok(None) };
        let part = match attr.attr.id.as_str() {
            "keys" => 0,
            "values" => 1,
            "items" => 2,
            _ => return Ok(None),
        };
        if !call.arguments.args.is_empty() || !call.arguments.keywords.is_empty() {
            return Ok(None);
        }
        match self.static_type_of_simple(&attr.value) {
            Some(Ty::Dict(..)) => {}
            _ => return Ok(None),
        }
        let d = self.expr(&attr.value, None, None)?;
        Ok(Some((d, part)))
    }
}

/// Whether evaluating `e` only reads names and constants (so no code of the
/// program runs): a name, a literal, or a list, tuple or set display of those.
fn reads_only(e: &Expr) -> bool {
    match e {
        Expr::Name(_)
        | Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NoneLiteral(_) => true,
        Expr::UnaryOp(u) => {
            matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd) && matches!(*u.operand, Expr::NumberLiteral(_))
        }
        Expr::List(l) => l.elts.iter().all(reads_only),
        Expr::Tuple(t) => t.elts.iter().all(reads_only),
        Expr::Set(s) => s.elts.iter().all(reads_only),
        _ => false,
    }
}
