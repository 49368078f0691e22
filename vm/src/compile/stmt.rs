//! Statements: assignment, control flow, loops, return, assert and raise.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::decls::err;
use super::func::{FnBuilder, Val};
use crate::error::CResult;
use crate::opcode::{ExcKind, Instr, Reg};
use crate::ty::{RegKind, Ty};

impl<'c, 'a> FnBuilder<'c, 'a> {
    pub(super) fn stmt_inner(&mut self, stmt: &'a Stmt) -> CResult<()> {
        match stmt {
            Stmt::Expr(s) => {
                if let Expr::Yield(y) = &*s.value {
                    return self.yield_stmt(y);
                }
                if !matches!(&*s.value, Expr::StringLiteral(_)) {
                    let val = self.expr(&s.value, None, None)?;
                    self.discard_result(&val);
                }
                Ok(())
            }
            Stmt::Assign(s) => {
                if let [single] = &s.targets[..] {
                    return self.assign(single, &s.value, None);
                }
                let val = self.expr(&s.value, None, None)?;
                for target in &s.targets {
                    self.store(target, val.clone(), None)?;
                }
                Ok(())
            }
            Stmt::AnnAssign(s) => {
                let ty = self.c.parse_ty(&s.annotation)?;
                match &s.value {
                    Some(value) => self.assign(&s.target, value, Some(ty)),
                    None => match &*s.target {
                        Expr::Name(name) if !self.module && !self.locals.contains_key(name.id.as_str()) => {
                            self.new_local(name.id.as_str(), ty);
                            Ok(())
                        }
                        _ => err(s.range, "an annotation without a value is only supported for new locals"),
                    },
                }
            }
            Stmt::AugAssign(s) => self.aug_assign(s),
            Stmt::If(s) => self.if_stmt(s),
            Stmt::While(_) | Stmt::For(_) | Stmt::Try(_) | Stmt::With(_) => {
                self.forget_unstable_facts();
                let result = match stmt {
                    Stmt::While(s) => self.while_stmt(s),
                    Stmt::For(s) => self.for_stmt(s),
                    Stmt::Try(s) => self.try_stmt(s),
                    Stmt::With(s) => self.with_stmt(s),
                    _ => unreachable!("matched above"),
                };
                self.forget_unstable_facts();
                result
            }
            Stmt::Break(s) => self.loop_jump(s.range, true),
            Stmt::Continue(s) => self.loop_jump(s.range, false),
            Stmt::Return(s) => self.return_stmt(s),
            Stmt::Pass(_) => Ok(()),
            Stmt::Assert(s) => self.assert_stmt(s),
            Stmt::Raise(s) => self.raise_stmt(s),
            Stmt::Global(s) => {
                if self.module {
                    return Ok(());
                }
                for name in &s.names {
                    if !self.c.global_names.contains_key(name.id.as_str()) {
                        return err(name.range, format!("global '{}' must be assigned at module level", name.id));
                    }
                    if self.locals.contains_key(name.id.as_str()) {
                        return err(name.range, format!("name '{}' is used before its global declaration", name.id));
                    }
                    self.declared_globals.insert(name.id.to_string());
                }
                Ok(())
            }
            Stmt::FunctionDef(s) if self.module => err(s.range, "functions must be defined at module level"),
            Stmt::FunctionDef(s) => self.nested_def(s),
            Stmt::ClassDef(s) => err(s.range, "classes must be defined at module level"),
            Stmt::Import(_) | Stmt::ImportFrom(_) => self.import_stmt(stmt),
            Stmt::Delete(s) => {
                for target in &s.targets {
                    self.delete(target)?;
                }
                Ok(())
            }
            Stmt::Nonlocal(s) => self.nonlocal_stmt(s),
            Stmt::Match(_) => err(stmt.range(), "match statements are not supported"),
            _ => err(stmt.range(), "this statement is not supported"),
        }
    }

    /// `target = value`, with an optional declared type.
    fn assign(&mut self, target: &'a Expr, value: &'a Expr, declared: Option<Ty>) -> CResult<()> {
        if let (
            Expr::Tuple(ast::ExprTuple { elts: targets, .. }) | Expr::List(ast::ExprList { elts: targets, .. }),
            Expr::Tuple(ast::ExprTuple { elts: values, .. }),
        ) = (target, value)
        {
            let plain = |es: &[Expr]| !es.iter().any(|e| matches!(e, Expr::Starred(_)));
            if targets.len() == values.len() && plain(targets) && plain(values) && declared.is_none() {
                return self.assign_parallel(targets, values);
            }
        }
        // Compile straight into an existing local's register when types allow.
        if let Expr::Name(name) = target {
            if let Some(local) = self.locals.get(name.id.as_str()).cloned() {
                // (An Optional number is boxed on the way in: see `store_name`.)
                if !self.module
                    && !self.declared_globals.contains(name.id.as_str())
                    && local.ty.boxed_number().is_none()
                {
                    if declared.as_ref().is_some_and(|d| *d != local.ty) {
                        return err(
                            target.range(),
                            format!("'{}' is already a {}", name.id, self.c.ty_name(&local.ty)),
                        );
                    }
                    if writes_dst_last(value) || !mentions_name(value, name.id.as_str()) {
                        let val = self.expr(value, Some(&local.ty), Some(local.reg))?;
                        let val = self.coerce(val, &local.ty);
                        self.check_assignable(&val.ty, &local.ty, value.range(), || format!("variable '{}'", name.id))?;
                        self.mark_bound(name.id.as_str());
                        return Ok(());
                    }
                }
            }
        }
        let hint = declared.clone().or_else(|| self.target_type(target));
        // A slice assignment copies its value: a slice (or sum) there can be a scratch list.
        let slice_target = matches!(target, Expr::Subscript(t) if matches!(&*t.slice, Expr::Slice(_)));
        let scratch = if slice_target { self.scratch_list(value)? } else { None };
        let val = match scratch {
            Some(slice) => slice,
            None => self.expr(value, hint.as_ref(), None)?,
        };
        self.store(target, val, declared)
    }

    /// The type a target already has, as a hint for its value (`xs: list[int] = []` style).
    fn target_type(&mut self, target: &Expr) -> Option<Ty> {
        match target {
            Expr::Name(name) => {
                let name = name.id.as_str();
                if let Some(local) = self.locals.get(name) {
                    return Some(local.ty.clone());
                }
                let id = self.c.global_names.get(name)?;
                self.c.globals[id.0 as usize].ty.clone()
            }
            Expr::Attribute(attr) => {
                let obj_ty = self.static_type_of_simple(&attr.value)?;
                let Ty::Class(class) = obj_ty else {
                    return None;
                };
                let field = self.c.classes[class.0 as usize].fields.iter().find(|f| f.name == attr.attr.id.as_str())?;
                Some(field.ty.clone())
            }
            Expr::Subscript(sub) => match self.static_type_of_simple(&sub.value)? {
                Ty::List(_) if matches!(&*sub.slice, Expr::Slice(_)) => self.static_type_of_simple(&sub.value),
                Ty::List(elem) => Some(*elem),
                _ => None,
            },
            _ => None,
        }
    }

    /// Type of a name or `name.field` chain without emitting code.
    pub(super) fn static_type_of_simple(&self, e: &Expr) -> Option<Ty> {
        match e {
            Expr::Name(name) => {
                if let Some(local) = self.locals.get(name.id.as_str()) {
                    return Some(local.ty.clone());
                }
                if self.is_cell(name.id.as_str()) {
                    return self.cell_type(name.id.as_str());
                }
                let id = self.c.global_names.get(name.id.as_str())?;
                self.c.globals[id.0 as usize].ty.clone()
            }
            Expr::Attribute(attr) => {
                let Ty::Class(class) = self.static_type_of_simple(&attr.value)? else {
                    return None;
                };
                let field = self.c.classes[class.0 as usize].fields.iter().find(|f| f.name == attr.attr.id.as_str())?;
                Some(field.ty.clone())
            }
            _ => None,
        }
    }

    pub(super) fn check_assignable(
        &self,
        from: &Ty,
        to: &Ty,
        at: TextRange,
        what: impl FnOnce() -> String,
    ) -> CResult<()> {
        if self.c.assignable(from, to) {
            return Ok(());
        }
        if let (Ty::Func(_) | Ty::Closure(_), Ty::Fn(..)) = (from, to) {
            return err(
                at,
                format!(
                    "expected {} for {}: the function's parameter or return types differ (they must match exactly)",
                    self.c.ty_name(to),
                    what()
                ),
            );
        }
        if let (Ty::Func(_) | Ty::Closure(_), Ty::Func(_) | Ty::Closure(_)) = (from, to) {
            return err(
                at,
                format!("{} holds one function; another function cannot be stored there (each function is its own type in jcvm)", what()),
            );
        }
        let hint =
            if *from == Ty::Int && *to == Ty::Float { " (write a float literal such as 1.0, or float(x))" } else { "" };
        err(at, format!("expected {} for {}, found {}{hint}", self.c.ty_name(to), what(), self.c.ty_name(from)))
    }

    /// Converts an int where a float is expected to a float, and types a bool
    /// where an int is expected as an int (mypyc's rule); other values are
    /// returned as they are, for `check_assignable` to judge.
    pub(super) fn coerce(&mut self, val: Val, to: &Ty) -> Val {
        match (&val.ty, to) {
            (from, Ty::Float) if from.is_intlike() => Val { reg: self.float_reg(val), ty: Ty::Float },
            (Ty::Bool, Ty::Int) => Val { reg: val.reg, ty: Ty::Int },
            (from, Ty::Union(members)) if from.is_number() => {
                let number = if members.contains(&Ty::Int) && from.is_intlike() { Ty::Int } else { Ty::Float };
                if !members.contains(&number) {
                    return val;
                }
                let val = self.coerce(val, &number);
                self.box_number(Val { ty: number, ..val })
            }
            (from, Ty::Opt(inner)) if from.is_number() => {
                let val = self.coerce(val, inner);
                if self.c.assignable(&val.ty, inner) {
                    let val = Val { ty: (**inner).clone(), ..val };
                    self.box_number(val)
                } else {
                    val
                }
            }
            (Ty::Func(_) | Ty::Closure(_), Ty::Fn(params, ret)) => {
                let (params, ret) = (params.clone(), (**ret).clone());
                self.function_object(&val, &params, &ret).unwrap_or(val)
            }
            _ => val,
        }
    }

    /// Stores a computed value into a target.
    pub(super) fn store(&mut self, target: &'a Expr, val: Val, declared: Option<Ty>) -> CResult<()> {
        let val = match &declared {
            Some(ty) => self.coerce(val, ty),
            None => val,
        };
        if let Some(ty) = &declared {
            self.check_assignable(&val.ty, ty, target.range(), || "this annotation".to_string())?;
        }
        match target {
            Expr::Name(name) => self.store_name(name.id.as_str(), target.range(), val, declared),
            Expr::Attribute(attr) => {
                if let Expr::Name(class_name) = &*attr.value {
                    let name = class_name.id.as_str();
                    let class = self.c.class_names.get(name).copied().filter(|_| !self.locals.contains_key(name));
                    if let Some(class) = class {
                        let Some(&(global, _)) =
                            self.c.classes[class.0 as usize].class_attrs.get(attr.attr.id.as_str())
                        else {
                            return err(
                                target.range(),
                                "assigning new class attributes after the class statement is not supported",
                            );
                        };
                        if self.c.classes[class.0 as usize].class_attrs[attr.attr.id.as_str()].1.is_none() {
                            // CPython would give the subclass an attribute of its own.
                            return err(
                                target.range(),
                                "assigning an inherited class attribute through a subclass is not supported",
                            );
                        }
                        let ty = self.c.globals[global.0 as usize].ty.clone().expect("typed");
                        let val = self.coerce(val, &ty);
                        self.check_assignable(&val.ty, &ty, target.range(), || "the class attribute".into())?;
                        let src = if val.ty == Ty::None { self.const_none_reg() } else { val.reg };
                        self.emit(Instr::StoreGlobal { global, src });
                        return Ok(());
                    }
                }
                let obj = self.expr(&attr.value, None, None)?;
                if let Ty::Union(members) = &obj.ty {
                    let members = members.clone();
                    return self.union_store_field(obj, &members, &attr.attr, val, target.range());
                }
                if let Ty::Class(class) = &obj.ty {
                    let c = &self.c.classes[class.0 as usize];
                    let name = attr.attr.id.as_str();
                    if let Some(&(_, setter)) = c.properties.get(name) {
                        let Some(setter) = setter else {
                            return err(target.range(), format!("property '{name}' has no setter"));
                        };
                        self.call_method_vals(setter, obj, vec![val], target.range(), None)?;
                        return Ok(());
                    }
                    if c.class_attrs.contains_key(name) && !c.fields.iter().any(|f| f.name == name) {
                        return err(target.range(), "assigning a class attribute through an instance is not supported");
                    }
                }
                self.store_field(obj, &attr.attr, val, target.range())
            }
            Expr::Subscript(sub) if matches!(&*sub.slice, Expr::Slice(_)) => {
                let Expr::Slice(slice) = &*sub.slice else { unreachable!("matched above") };
                let list = self.expr(&sub.value, None, None)?;
                if !matches!(list.ty, Ty::List(_)) {
                    return err(
                        sub.value.range(),
                        format!("'{}' object does not support slice assignment", self.c.ty_name(&list.ty)),
                    );
                }
                if val.ty != list.ty {
                    return err(
                        target.range(),
                        format!(
                            "expected {} for the slice, found {}",
                            self.c.ty_name(&list.ty),
                            self.c.ty_name(&val.ty)
                        ),
                    );
                }
                let (base, present) = self.slice_bounds(slice)?;
                self.emit(Instr::ListSetSlice { list: list.reg, base, present, src: val.reg });
                Ok(())
            }
            Expr::Subscript(sub) if matches!(self.static_type_of_simple(&sub.value), Some(Ty::Dict(..))) => {
                let d = self.expr(&sub.value, None, None)?;
                let Ty::Dict(k, v) = d.ty.clone() else { unreachable!("checked") };
                let val = self.coerce(val, &v);
                self.check_assignable(&val.ty, &v, target.range(), || "a dict value".into())?;
                let value = if val.ty == Ty::None { self.const_none_reg() } else { val.reg };
                let key = self.typed_expr(&sub.slice, &k, "a dict key")?;
                self.emit(Instr::DictSet { dict: d.reg, key, value });
                Ok(())
            }
            Expr::Subscript(sub) => {
                let list = self.expr(&sub.value, None, None)?;
                if let Some(func) = self.dunder(&list.ty, "__setitem__") {
                    let index = self.expr(&sub.slice, None, None)?;
                    self.call_method_vals(func, list, vec![index, val], target.range(), None)?;
                    return Ok(());
                }
                let Ty::List(elem) = &list.ty else {
                    return err(
                        sub.value.range(),
                        format!("'{}' object does not support item assignment", self.c.ty_name(&list.ty)),
                    );
                };
                let elem = (**elem).clone();
                let val = self.coerce(val, &elem);
                self.check_assignable(&val.ty, &elem, target.range(), || "a list item".into())?;
                let index = self.int_expr(&sub.slice)?;
                self.emit(Instr::ListSet { list: list.reg, index, src: val.reg });
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack(elts, val, target.range())
            }
            Expr::Starred(_) => err(target.range(), "starred assignment is not supported"),
            _ => err(target.range(), "cannot assign to this expression"),
        }
    }

    /// The hidden global of `Class.attr` when `attr` names a class attribute through the class.
    fn class_attr_target(&self, attr: &ast::ExprAttribute) -> Option<crate::opcode::GlobalId> {
        let Expr::Name(class_name) = &*attr.value else { return None };
        let name = class_name.id.as_str();
        if self.locals.contains_key(name) || self.c.global_names.contains_key(name) {
            return None;
        }
        let class = *self.c.class_names.get(name)?;
        // An inherited attribute (no value of its own) is not a target here: see `store`.
        self.c.classes[class.0 as usize]
            .class_attrs
            .get(attr.attr.id.as_str())
            .filter(|(_, v)| v.is_some())
            .map(|(g, _)| *g)
    }

    /// `del target` for list items and slices.
    fn delete(&mut self, target: &'a Expr) -> CResult<()> {
        let Expr::Subscript(sub) = target else {
            return err(target.range(), "only 'del xs[i]' and 'del xs[a:b]' are supported");
        };
        let list = self.expr(&sub.value, None, None)?;
        if let Ty::Dict(k, _) = list.ty.clone() {
            let key = self.typed_expr(&sub.slice, &k, "a dict key")?;
            let none = self.const_none_reg();
            self.dict_op(list.reg, key, none, crate::opcode::DictOp::Del, &Ty::Int, None);
            return Ok(());
        }
        if !matches!(list.ty, Ty::List(_)) {
            return err(
                sub.value.range(),
                format!("'{}' object doesn't support item deletion", self.c.ty_name(&list.ty)),
            );
        }
        match &*sub.slice {
            Expr::Slice(slice) => {
                let (base, present) = self.slice_bounds(slice)?;
                self.emit(Instr::ListDelSlice { list: list.reg, base, present });
            }
            index => {
                let index = self.int_expr(index)?;
                self.emit(Instr::ListDel { list: list.reg, index });
            }
        }
        Ok(())
    }

    /// `a, b = value`: every item is read first, then stored left to right.
    fn unpack(&mut self, targets: &'a [Expr], val: Val, at: TextRange) -> CResult<()> {
        if let Some(star) = targets.iter().find(|t| matches!(t, Expr::Starred(_))) {
            return err(star.range(), "starred assignment is not supported");
        }
        let n = targets.len();
        let items: Vec<Val> = match &val.ty {
            Ty::Tuple(elems) => {
                if elems.len() != n {
                    let got = elems.len();
                    return err(
                        at,
                        if got > n {
                            format!("too many values to unpack (expected {n})")
                        } else {
                            format!("not enough values to unpack (expected {n}, got {got})")
                        },
                    );
                }
                (0..n).map(|i| self.tuple_item(&val, i, true)).collect()
            }
            Ty::List(elem) | Ty::TupleN(elem) => {
                let elem = (**elem).clone();
                if n > u16::MAX as usize {
                    return err(at, "too many targets");
                }
                self.emit(Instr::CheckUnpackLen { list: val.reg, count: n as u16 });
                (0..n)
                    .map(|i| {
                        let index = self.const_int_reg(i as i64);
                        let reg = self.temp(elem.kind());
                        self.emit(Instr::ListGet { dst: reg, list: val.reg, index });
                        Val { reg, ty: elem.clone() }
                    })
                    .collect()
            }
            Ty::Range => {
                if n > u16::MAX as usize {
                    return err(at, "too many targets");
                }
                let len = self.temp(RegKind::Int);
                self.emit(Instr::RangeLen { dst: len, range: val.reg });
                self.emit(Instr::CheckUnpackCount { len, count: n as u16 });
                // Item i is start + i * step (no overflow: it lies in the range).
                let (start, step) = (self.temp(RegKind::Int), self.temp(RegKind::Int));
                self.emit(Instr::TupleGet { dst: start, tuple: val.reg, slot: crate::opcode::Slot(0), unpack: true });
                self.emit(Instr::TupleGet { dst: step, tuple: val.reg, slot: crate::opcode::Slot(2), unpack: true });
                (0..n)
                    .map(|i| {
                        let index = self.const_int_reg(i as i64);
                        let reg = self.temp(RegKind::Int);
                        self.emit(Instr::MulInt { dst: reg, a: index, b: step });
                        self.emit(Instr::AddInt { dst: reg, a: reg, b: start });
                        Val { reg, ty: Ty::Int }
                    })
                    .collect()
            }
            other => return err(at, format!("cannot unpack a value of type {}", self.c.ty_name(other))),
        };
        for (target, item) in targets.iter().zip(items) {
            self.store(target, item, None)?;
        }
        Ok(())
    }

    /// `a, b = x, y` without building the tuple: the values are evaluated into
    /// fresh registers first (so `a, b = b, a` swaps), then stored left to right.
    fn assign_parallel(&mut self, targets: &'a [Expr], values: &'a [Expr]) -> CResult<()> {
        let mut vals = Vec::new();
        for (target, value) in targets.iter().zip(values) {
            let hint = self.target_type(target);
            let v = self.expr(value, hint.as_ref(), None)?;
            let kept = self.temp(v.ty.kind());
            self.emit(Instr::Move { dst: kept, src: v.reg });
            vals.push(Val { reg: kept, ty: v.ty });
        }
        for (target, v) in targets.iter().zip(vals) {
            self.store(target, v, None)?;
        }
        Ok(())
    }

    pub(super) fn store_name(&mut self, name: &str, at: TextRange, val: Val, declared: Option<Ty>) -> CResult<()> {
        let is_global = self.module || self.declared_globals.contains(name);
        if is_global {
            let id = *self.c.global_names.get(name).expect("module-level assignments are declared as globals");
            let existing = self.c.globals[id.0 as usize].ty.clone();
            let ty = match (&existing, declared) {
                (Some(existing), Some(d)) if *existing != d => {
                    return err(at, format!("global '{name}' is already a {}", self.c.ty_name(existing)));
                }
                (Some(existing), _) => existing.clone(),
                (None, Some(d)) => d,
                (None, None) => self.inferred_var_type(name, &val.ty, at)?,
            };
            self.c.globals[id.0 as usize].ty = Some(ty.clone());
            let val = self.coerce(val, &ty);
            self.check_assignable(&val.ty, &ty, at, || format!("global '{name}'"))?;
            self.emit(Instr::StoreGlobal { global: id, src: val.reg });
            return Ok(());
        }
        if self.is_cell(name) {
            return self.store_cell(name, at, val, declared);
        }
        let local = match self.locals.get(name) {
            Some(local) => {
                if declared.as_ref().is_some_and(|d| *d != local.ty) {
                    return err(at, format!("'{name}' is already a {}", self.c.ty_name(&local.ty)));
                }
                local.clone()
            }
            None => {
                let ty = match declared {
                    Some(d) => d,
                    None => self.inferred_var_type(name, &val.ty, at)?,
                };
                // A fresh scratch register holding the value becomes the variable itself.
                if ty.kind() == val.ty.kind() && self.adopt_temp(val.reg) {
                    self.locals.insert(name.to_string(), super::func::Local { reg: val.reg, ty });
                    self.mark_bound(name);
                    return Ok(());
                }
                let reg = self.new_local(name, ty.clone());
                super::func::Local { reg, ty }
            }
        };
        let stored = val.ty.clone();
        let val = self.coerce(val, &local.ty);
        self.check_assignable(&val.ty, &local.ty, at, || format!("variable '{name}'"))?;
        if local.reg != val.reg {
            self.emit(Instr::Move { dst: local.reg, src: val.reg });
        }
        self.mark_bound(name);
        self.note_optional_store(name, &local.ty, &stored);
        Ok(())
    }

    /// The type a new variable takes from its first value.
    fn inferred_var_type(&self, name: &str, ty: &Ty, at: TextRange) -> CResult<Ty> {
        if *ty == Ty::None {
            return err(
                at,
                format!("cannot infer the type of '{name}' from None; annotate it ({name}: Optional[T] = None)"),
            );
        }
        Ok(ty.clone())
    }

    pub(super) fn store_field(&mut self, obj: Val, attr: &ast::Identifier, val: Val, at: TextRange) -> CResult<()> {
        if matches!(attr.id.as_str(), "__context__" | "__cause__") {
            return err(attr.range, format!("assigning {} is not supported (use raise ... from ...)", attr.id));
        }
        let field = self.field_of(&obj.ty, attr)?;
        let val = self.coerce(val, &field.ty);
        self.check_assignable(&val.ty, &field.ty, at, || format!("field '{}'", field.name))?;
        let name = self.c.name_id(attr.id.as_str());
        let slot = crate::opcode::Slot(field.slot);
        let (o, src) = (obj.reg, val.reg);
        self.emit(match (field.late, field.ty.kind()) {
            (Some((mask, bit)), _) => {
                Instr::StoreLate { obj: o, slot, src, name, mask: crate::opcode::Slot(mask), bit }
            }
            (None, RegKind::Int) => Instr::StoreFieldInt { obj: o, slot, src, name },
            (None, RegKind::Float) => Instr::StoreFieldFloat { obj: o, slot, src, name },
            (None, RegKind::Ref) => Instr::StoreFieldRef { obj: o, slot, src, name },
        });
        Ok(())
    }

    fn aug_assign(&mut self, s: &'a ast::StmtAugAssign) -> CResult<()> {
        match &*s.target {
            Expr::Name(name) => {
                let current = self.load_name(name.id.as_str(), s.target.range(), None)?;
                let is_local = self.locals.get(name.id.as_str()).is_some_and(|l| l.reg == current.reg);
                let dst = if is_local { Some(current.reg) } else { None };
                let right = self.expr(&s.value, Some(&current.ty), None)?;
                let result = self.aug_binop(s.op, current.clone(), right, s.range, dst)?;
                let result = self.coerce(result, &current.ty);
                self.check_assignable(&result.ty, &current.ty, s.range, || format!("variable '{}'", name.id))?;
                if !is_local {
                    self.store_name(name.id.as_str(), s.target.range(), result, None)?;
                }
                Ok(())
            }
            Expr::Attribute(attr) if self.class_attr_target(attr).is_some() => {
                let global = self.class_attr_target(attr).expect("checked");
                let ty = self.c.globals[global.0 as usize].ty.clone().expect("typed");
                let reg = self.temp(ty.kind());
                self.emit(Instr::LoadGlobal { dst: reg, global });
                let right = self.expr(&s.value, Some(&ty), None)?;
                let result = self.aug_binop(s.op, Val { reg, ty: ty.clone() }, right, s.range, None)?;
                let result = self.coerce(result, &ty);
                self.check_assignable(&result.ty, &ty, s.range, || "the class attribute".into())?;
                self.emit(Instr::StoreGlobal { global, src: result.reg });
                Ok(())
            }
            Expr::Attribute(attr) => {
                let obj = self.expr(&attr.value, None, None)?;
                if let Ty::Union(members) = &obj.ty {
                    let members = members.clone();
                    let current = self.union_field(obj.clone(), &members, &attr.attr, None)?;
                    let right = self.expr(&s.value, Some(&current.ty), None)?;
                    let result = self.aug_binop(s.op, current, right, s.range, None)?;
                    return self.union_store_field(obj, &members, &attr.attr, result, s.range);
                }
                let field = self.field_of(&obj.ty, &attr.attr)?;
                if self.fused_field_update(s.op, &obj, &field, &attr.attr, &s.value)? {
                    return Ok(());
                }
                let current = self.load_field(obj.clone(), &attr.attr, None)?;
                let right = self.expr(&s.value, Some(&field.ty), None)?;
                let result = self.aug_binop(s.op, current, right, s.range, None)?;
                self.store_field(obj, &attr.attr, result, s.range)
            }
            Expr::Subscript(sub) if matches!(self.static_type_of_simple(&sub.value), Some(Ty::Dict(..))) => {
                let d = self.expr(&sub.value, None, None)?;
                let Ty::Dict(k, v) = d.ty.clone() else { unreachable!("checked") };
                let key = self.typed_expr(&sub.slice, &k, "a dict key")?;
                let none = self.const_none_reg();
                let current = self.dict_op(d.reg, key, none, crate::opcode::DictOp::Get, &v, None);
                let right = self.expr(&s.value, Some(&v), None)?;
                let result = self.aug_binop(s.op, current, right, s.range, None)?;
                let result = self.coerce(result, &v);
                self.check_assignable(&result.ty, &v, s.range, || "a dict value".into())?;
                self.emit(Instr::DictSet { dict: d.reg, key, value: result.reg });
                Ok(())
            }
            Expr::Subscript(sub) => {
                let list = self.expr(&sub.value, None, None)?;
                let Ty::List(elem) = list.ty.clone() else {
                    return err(
                        sub.value.range(),
                        format!("'{}' object does not support item assignment", self.c.ty_name(&list.ty)),
                    );
                };
                let index = self.int_expr(&sub.slice)?;
                if let Some(op) = self.item_update_op(s.op, &elem, &s.value) {
                    let right = self.expr(&s.value, Some(&elem), None)?;
                    let src = if *elem == Ty::Float { self.float_reg(right) } else { right.reg };
                    self.emit(Instr::ListUpdate { list: list.reg, index, src, op });
                    return Ok(());
                }
                let current = self.temp(elem.kind());
                self.emit(Instr::ListGet { dst: current, list: list.reg, index });
                let right = self.expr(&s.value, Some(&elem), None)?;
                let result = self.aug_binop(s.op, Val { reg: current, ty: (*elem).clone() }, right, s.range, None)?;
                let result = self.coerce(result, &elem);
                self.check_assignable(&result.ty, &elem, s.range, || "a list item".into())?;
                self.emit(Instr::ListSet { list: list.reg, index, src: result.reg });
                Ok(())
            }
            _ => err(s.target.range(), "cannot assign to this expression"),
        }
    }

    /// The operation of `target op= value` on the target's current value: lists
    /// extend in place (others alias them); everything else is the binary operator.
    fn aug_binop(
        &mut self,
        op: ast::Operator,
        current: Val,
        right: Val,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        if let Ty::Set(_) = current.ty {
            return self.set_in_place(op, current, right, at);
        }
        if !matches!(current.ty, Ty::List(_)) {
            return self.binop(op, current, right, at, dst);
        }
        match op {
            ast::Operator::Add if right.ty == current.ty || right.ty == Ty::None => {
                self.emit(Instr::ListExtend { list: current.reg, src: right.reg });
                Ok(current)
            }
            ast::Operator::Add => {
                err(at, format!("cannot extend {} with {}", self.c.ty_name(&current.ty), self.c.ty_name(&right.ty)))
            }
            _ => err(at, format!("'{}=' on a list is not supported yet", op.as_str())),
        }
    }

    /// `obj.field op= value` as one instruction (`+= -=` on int fields, `+= -= *=` on
    /// float fields). CPython reads the field (and fails on None) before evaluating
    /// `value`, the fused form after; so only when that order cannot be observed
    /// (see [`FnBuilder::unobservable_before_field`]).
    fn fused_field_update(
        &mut self,
        op: ast::Operator,
        obj: &Val,
        field: &crate::program::Field,
        attr: &ast::Identifier,
        value: &'a Expr,
    ) -> CResult<bool> {
        use ast::Operator::{Add, Mult, Sub};
        let fusable =
            matches!((&field.ty, op), (Ty::Int, Add | Sub) | (Ty::Float, Add | Sub | Mult)) && field.late.is_none();
        if !fusable || !self.unobservable_before_field(value, attr.id.as_str()) {
            return Ok(false);
        }
        let right = self.expr(value, Some(&field.ty), None)?;
        let src = match (&field.ty, &right.ty) {
            (Ty::Float, t) if t.is_number() => self.float_reg(right),
            (Ty::Int, t) if t.is_intlike() => right.reg,
            (_, t) => {
                let t = t.clone();
                return self
                    .check_assignable(&t, &field.ty, value.range(), || format!("field '{}'", field.name))
                    .map(|_| false);
            }
        };
        let (o, slot) = (obj.reg, crate::opcode::Slot(field.slot));
        let name = self.c.name_id(attr.id.as_str());
        self.emit(match (&field.ty, op) {
            (Ty::Int, Add) => Instr::AddFieldInt { obj: o, slot, src, name },
            (Ty::Int, _) => Instr::SubFieldInt { obj: o, slot, src, name },
            (_, Add) => Instr::AddFieldFloat { obj: o, slot, src, name },
            (_, Sub) => Instr::SubFieldFloat { obj: o, slot, src, name },
            _ => Instr::MulFieldFloat { obj: o, slot, src, name },
        });
        Ok(true)
    }

    /// `list[i] op= value` as one instruction (`+= -=` on int items, `+= -= *=` on
    /// float items) when evaluating `value` before the item is read cannot be
    /// observed: `value` runs no user code and raises nothing (a literal, a surely
    /// assigned local, or float arithmetic over those; no field read, which may
    /// raise). CPython reads the item first, and would raise its IndexError first.
    fn item_update_op(&self, op: ast::Operator, elem: &Ty, value: &Expr) -> Option<crate::opcode::UpdateOp> {
        use crate::opcode::UpdateOp;
        use ast::Operator::{Add, Mult, Sub};
        let int_value = match value {
            Expr::NumberLiteral(n) => matches!(n.value, ast::Number::Int(_)),
            Expr::BooleanLiteral(_) => true,
            Expr::Name(n) => matches!(self.plain_local(n.id.as_str()), Some(Ty::Int | Ty::Bool)),
            _ => false,
        };
        // No field reads: reading one raises on a None object.
        let float_value = int_value || self.float_arithmetic(value, None);
        match (elem, op) {
            (Ty::Int, Add) if int_value => Some(UpdateOp::AddInt),
            (Ty::Int, Sub) if int_value => Some(UpdateOp::SubInt),
            (Ty::Float, Add) if float_value => Some(UpdateOp::AddFloat),
            (Ty::Float, Sub) if float_value => Some(UpdateOp::SubFloat),
            (Ty::Float, Mult) if float_value => Some(UpdateOp::MulFloat),
            _ => None,
        }
    }

    /// Whether evaluating `e` before reading field `attr` of some object looks the
    /// same as after: `e` runs no user code and can raise nothing but the error that
    /// reading `attr` from None raises (`AttributeError: 'NoneType' object has no
    /// attribute 'attr'`, the very error the field read would raise first). So: a
    /// literal, an assigned local, `local.attr`, or float arithmetic (`+ - *`, unary
    /// minus) over those.
    fn unobservable_before_field(&self, e: &Expr, attr: &str) -> bool {
        match e {
            Expr::NumberLiteral(_) | Expr::BooleanLiteral(_) => true,
            Expr::Name(n) => self.plain_local(n.id.as_str()).is_some(),
            Expr::Attribute(_) => self.same_field_of_local(e, attr).is_some(),
            _ => self.float_arithmetic(e, Some(attr)),
        }
    }

    /// The type of local `name` if it is surely assigned here (reading it cannot raise).
    fn plain_local(&self, name: &str) -> Option<Ty> {
        if self.module || self.declared_globals.contains(name) || !self.bound.contains(name) {
            return None;
        }
        self.locals.get(name).map(|l| l.ty.clone())
    }

    /// The field type if `e` is `local.attr` for a surely assigned local.
    fn same_field_of_local(&self, e: &Expr, attr: &str) -> Option<Ty> {
        let Expr::Attribute(a) = e else { return None };
        let Expr::Name(n) = &*a.value else { return None };
        if a.attr.id.as_str() != attr {
            return None;
        }
        let ty = self.plain_local(n.id.as_str())?;
        self.field_of(&ty, &a.attr).ok().map(|f| f.ty)
    }

    /// Whether `e` is float arithmetic (`+ - *`, unary minus) over float literals,
    /// surely assigned float locals and, when `attr` is given, `local.attr` float fields.
    fn float_arithmetic(&self, e: &Expr, attr: Option<&str>) -> bool {
        use ast::Operator::{Add, Mult, Sub};
        match e {
            Expr::NumberLiteral(n) => matches!(n.value, ast::Number::Float(_)),
            Expr::Name(n) => self.plain_local(n.id.as_str()) == Some(Ty::Float),
            Expr::Attribute(_) => attr.is_some_and(|a| self.same_field_of_local(e, a) == Some(Ty::Float)),
            Expr::BinOp(b) => {
                matches!(b.op, Add | Sub | Mult)
                    && self.float_arithmetic(&b.left, attr)
                    && self.float_arithmetic(&b.right, attr)
            }
            Expr::UnaryOp(u) => {
                matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd) && self.float_arithmetic(&u.operand, attr)
            }
            _ => false,
        }
    }

    fn if_stmt(&mut self, s: &'a ast::StmtIf) -> CResult<()> {
        let mut to_end = Vec::new();
        let mut next = self.branch_if_false(&s.test)?;
        let before = self.bound.clone();
        // The locals surely assigned at the end of each branch that falls through.
        let mut branch_ends = Vec::new();
        let narrowed = self.narrow_isinstance(&s.test);
        let union = self.union_narrowing(&s.test);
        let restore = match &union {
            Some((name, Some(yes), _)) => self.retype_local(name, yes.clone()).map(|ty| (name.clone(), ty)),
            _ => None,
        };
        self.assume(&s.test, true);
        let body = self.block(&s.body);
        for (name, ty) in narrowed.into_iter().chain(restore) {
            if let Some(local) = self.locals.get_mut(&name) {
                local.ty = ty;
            }
        }
        body?;
        // Where the test was false, a Union local is what the test did not match: in
        // the other clauses, and after the statement when the body always leaves.
        let otherwise = match union {
            Some((name, _, Some(no))) => Some((name, no)),
            _ => None,
        };
        let body_leaves = leaves(&s.body, &self.closed_withs);
        if !body_leaves {
            branch_ends.push(std::mem::replace(&mut self.bound, before.clone()));
        }
        // What holds when the tests so far were false.
        self.bound = before.clone();
        self.assume(&s.test, false);
        let restore_else = match &otherwise {
            Some((name, no)) => self.retype_local(name, no.clone()).map(|ty| (name.clone(), ty)),
            None => None,
        };
        let mut before = self.bound.clone();
        for clause in &s.elif_else_clauses {
            to_end.push(self.emit(Instr::Jump { target: Self::HOLE }));
            self.patch_here(next);
            next = Vec::new();
            let mut narrowed = None;
            let mut union = None;
            if let Some(test) = &clause.test {
                self.set_line(test.range());
                next = self.branch_if_false(test)?;
                narrowed = self.narrow_isinstance(test);
                if let Some((name, Some(yes), _)) = self.union_narrowing(test) {
                    union = self.retype_local(&name, yes).map(|ty| (name, ty));
                }
                self.assume(test, true);
            }
            let body = self.block(&clause.body);
            for (name, ty) in narrowed.into_iter().chain(union) {
                if let Some(local) = self.locals.get_mut(&name) {
                    local.ty = ty;
                }
            }
            body?;
            if !leaves(&clause.body, &self.closed_withs) {
                branch_ends.push(std::mem::replace(&mut self.bound, before.clone()));
            }
            self.bound = before.clone();
            if let Some(test) = &clause.test {
                self.assume(test, false);
                before = self.bound.clone();
            }
        }
        if s.elif_else_clauses.last().is_none_or(|c| c.test.is_some()) {
            branch_ends.push(before.clone());
        }
        self.bound = match branch_ends.split_first() {
            Some((first, rest)) => first.iter().filter(|n| rest.iter().all(|set| set.contains(*n))).cloned().collect(),
            None => before,
        };
        if let Some((name, ty)) = restore_else {
            match self.locals.get_mut(&name) {
                // `if isinstance(x, C): return ...` with nothing else: x is not a C after it.
                Some(local) if body_leaves && s.elif_else_clauses.is_empty() => {
                    if local.ty.boxed_number().is_some() {
                        self.bound.insert(super::optional::fact_key(&name));
                    }
                    self.narrowed.push((name, ty));
                }
                Some(local) => local.ty = ty,
                None => {}
            }
        }
        self.patch_here(next);
        self.patch_here(to_end);
        Ok(())
    }

    /// `return NotImplemented` in `__eq__`/`__ne__`: the method returns the word
    /// `NOT_IMPLEMENTED` in its bool register, and the comparison that called it
    /// goes on as CPython's does (`dunders::equality_call`).
    fn return_not_implemented(&mut self, s: &'a ast::StmtReturn) -> CResult<()> {
        let decl = &self.c.funcs[self.id.0 as usize];
        if !matches!((decl.name.as_str(), decl.class, &decl.params[..]), ("__eq__" | "__ne__", Some(_), [_, _])) {
            return err(s.range, "NotImplemented is supported as the result of __eq__ and __ne__ only");
        }
        let marker = self.const_int_reg(super::dunders::NOT_IMPLEMENTED as i64);
        let same = self.temp(RegKind::Int);
        self.emit(Instr::Move { dst: same, src: marker });
        if self.ret.as_ref().is_some_and(|t| *t != Ty::Bool) {
            return err(s.range, "NotImplemented needs __eq__ to return bool");
        }
        self.ret = Some(Ty::Bool);
        self.unwind_blocks(0)?;
        self.emit(Instr::Ret { src: same });
        Ok(())
    }

    /// Inside `if isinstance(x, C):`, a local `x` of a base class of `C` is typed `C`
    /// (same register, same object). Returns the variable and its type to restore.
    fn narrow_isinstance(&mut self, test: &Expr) -> Option<(String, Ty)> {
        let Expr::Call(call) = test else { return None };
        let Expr::Name(func) = &*call.func else {
            return None;
        };
        let [Expr::Name(var), Expr::Name(class)] = &call.arguments.args[..] else {
            return None;
        };
        if func.id.as_str() != "isinstance" || self.module || self.declared_globals.contains(var.id.as_str()) {
            return None;
        }
        let &target = self.c.class_names.get(class.id.as_str())?;
        let local = self.locals.get_mut(var.id.as_str())?;
        let Ty::Class(current) = local.ty else {
            return None;
        };
        if current == target || !self.c.is_subclass(target, current) {
            return None;
        }
        let previous = std::mem::replace(&mut local.ty, Ty::Class(target));
        Some((var.id.to_string(), previous))
    }

    fn return_stmt(&mut self, s: &'a ast::StmtReturn) -> CResult<()> {
        if self.module {
            return err(s.range, "'return' outside function");
        }
        let Some(value) = &s.value else {
            match &self.ret {
                Some(Ty::None) => {}
                Some(Ty::Iter(_)) if self.generator => {}
                None if self.inferring => self.ret = Some(Ty::None),
                Some(ty) => {
                    return err(
                        s.range,
                        format!("return without a value in a function returning {}", self.c.ty_name(ty)),
                    )
                }
                None => unreachable!("a known return type is set"),
            }
            self.unwind_blocks(0)?;
            self.emit(Instr::RetNone {});
            return Ok(());
        };
        if self.generator {
            return err(s.range, "returning a value from a generator is not supported");
        }
        if let Expr::Name(n) = &**value {
            if n.id.as_str() == "NotImplemented" && self.is_builtin("NotImplemented") {
                return self.return_not_implemented(s);
            }
        }
        let hint = self.ret.clone();
        if self.blocks.is_empty() && self.return_field(value, hint.as_ref())? {
            return Ok(());
        }
        let mut val = self.expr(value, hint.as_ref(), None)?;
        if !self.blocks.is_empty() {
            // `finally` code runs before the return and may reassign the variable returned.
            let kept = self.temp(val.ty.kind());
            self.emit(Instr::Move { dst: kept, src: val.reg });
            val.reg = kept;
            self.unwind_blocks(0)?;
        }
        match hint {
            Some(ty) => {
                val = self.coerce(val, &ty);
                self.check_assignable(&val.ty, &ty, value.range(), || "the return value".into())?
            }
            None => {
                // A lambda has one return: a None body makes it a function returning None.
                let lambda = self.c.funcs[self.id.0 as usize].name == "<lambda>";
                if val.ty == Ty::None && !lambda {
                    return err(value.range(), "cannot infer a return type from None; annotate the function");
                }
                self.ret = Some(val.ty.clone());
            }
        }
        if val.ty == Ty::None && self.ret == Some(Ty::None) {
            self.emit(Instr::RetNone {});
        } else {
            self.emit(Instr::Ret { src: val.reg });
        }
        Ok(())
    }

    /// `return obj.field` as one `RetField` (getters are the commonest methods).
    fn return_field(&mut self, value: &'a Expr, hint: Option<&Ty>) -> CResult<bool> {
        let Expr::Attribute(attr) = value else {
            return Ok(false);
        };
        if let Expr::Name(module) = &*attr.value {
            let name = module.id.as_str();
            if self.imported(name).is_some() {
                return Ok(false);
            }
        }
        let Some(obj_ty) = self.static_type_of_simple(&attr.value) else {
            return Ok(false);
        };
        if !matches!(obj_ty, Ty::Class(_)) {
            // (`cls.NAME` in a class method is a class attribute, not a field.)
            return Ok(false);
        }
        if let (Ty::Class(class), Some(hint)) = (&obj_ty, hint) {
            let field_ty = self.c.classes[class.0 as usize]
                .fields
                .iter()
                .find(|f| f.name == attr.attr.id.as_str())
                .map(|f| f.ty.clone());
            if field_ty.is_some_and(|t| t != *hint && !self.c.assignable(&t, hint)) {
                return Ok(false);
            }
        }
        if let Ty::Class(class) = &obj_ty {
            let late = self.c.classes[class.0 as usize]
                .fields
                .iter()
                .any(|f| f.name == attr.attr.id.as_str() && f.late.is_some());
            if late {
                return Ok(false);
            }
        }
        let obj = self.expr(&attr.value, None, None)?;
        let field = self.field_of(&obj.ty, &attr.attr)?;
        match hint {
            Some(ty) => self.check_assignable(&field.ty, ty, value.range(), || "the return value".into())?,
            None => self.ret = Some(field.ty.clone()),
        }
        let name = self.c.name_id(attr.attr.id.as_str());
        self.emit(Instr::RetField { obj: obj.reg, slot: crate::opcode::Slot(field.slot), name });
        Ok(true)
    }

    fn assert_stmt(&mut self, s: &'a ast::StmtAssert) -> CResult<()> {
        let cond = self.expr(&s.test, None, None)?;
        let truth = self.truthy(cond)?;
        let skip = self.emit(Instr::JumpIfTrue { cond: truth, target: Self::HOLE });
        let msg = match &s.msg {
            Some(m) => {
                let v = self.expr(m, None, None)?;
                self.str_reg(v, m.range())?
            }
            None => self.const_none_reg(),
        };
        self.emit(Instr::Raise { kind: ExcKind::AssertionError, msg });
        self.patch_here(vec![skip]);
        self.assume(&s.test, true);
        // After `assert isinstance(x, C)`, x is a C for the rest of the block.
        if let Some(narrowing) = self.narrow_isinstance(&s.test) {
            self.narrowed.push(narrowing);
        }
        if let Some((name, Some(yes), _)) = self.union_narrowing(&s.test) {
            if let Some(previous) = self.retype_local(&name, yes) {
                self.narrowed.push((name, previous));
            }
        }
        Ok(())
    }
}

/// The value of an integer literal or a negated one (`-5`).
pub(super) fn const_int(e: &Expr) -> Option<i64> {
    match e {
        Expr::NumberLiteral(n) => match &n.value {
            ast::Number::Int(i) => i.as_i64(),
            _ => None,
        },
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => match &*u.operand {
            Expr::NumberLiteral(_) => const_int(&u.operand).and_then(i64::checked_neg),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `e` reads the variable `name` anywhere.
fn mentions_name(e: &Expr, name: &str) -> bool {
    ruff_python_ast::helpers::any_over_expr(e, &|sub| matches!(sub, Expr::Name(n) if n.id.as_str() == name))
}

/// Whether compiling `e` into a register writes it only with its last
/// instruction, after every operand is read, so `x = <e>` may compile straight
/// into `x` even when `e` reads `x`. `x = a or x`, `x = min(a, b, x)` and
/// chained comparisons write their destination early, so they may not.
fn writes_dst_last(e: &Expr) -> bool {
    match e {
        Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => true,
        Expr::Compare(c) => c.ops.len() == 1,
        _ => false,
    }
}

/// Whether control never falls off the end of a branch (it returns, raises, breaks or continues).
fn leaves(body: &[Stmt], closed_withs: &std::collections::HashSet<TextRange>) -> bool {
    super::func::terminates(body, closed_withs) || matches!(body.last(), Some(Stmt::Break(_) | Stmt::Continue(_)))
}
