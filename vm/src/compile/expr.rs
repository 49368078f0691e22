//! Expressions: literals, names, fields, operators, comparisons, conditions.

use ruff_python_ast::{self as ast, BoolOp, CmpOp, Expr, Number, Operator, UnaryOp};
use ruff_text_size::{Ranged, TextRange};

use super::decls::err;
use super::func::{FnBuilder, Val};
use super::imports::Imported;
use crate::error::CResult;
use crate::opcode::{Cond, ElemKind, ExcKind, Instr, Reg, Slot};
use crate::program::Field;
use crate::ty::{RegKind, Ty};

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// Compiles `e`, writing its value to `dst` when given; `hint` is the type the context expects.
    pub(super) fn expr(&mut self, e: &'a Expr, hint: Option<&Ty>, dst: Option<Reg>) -> CResult<Val> {
        self.enter(e.range())?;
        // Only a name that is itself an operand of `is` is read boxed.
        let keep = self.raw_optional && matches!(e, Expr::Name(_));
        let raw = std::mem::replace(&mut self.raw_optional, keep);
        let outer = std::mem::replace(&mut self.current, e.range());
        let result = self.expr_inner(e, hint, dst);
        self.current = outer;
        self.raw_optional = raw;
        self.leave();
        let mut val = result?;
        if let (Some(hint @ Ty::Fn(..)), Ty::Func(_) | Ty::Closure(_)) = (hint, &val.ty) {
            // A function where a Callable value is expected becomes a function object.
            val = self.coerce(val, hint);
        }
        match dst {
            Some(d)
                if val.ty.is_number()
                    && matches!(hint, Some(Ty::Opt(_) | Ty::Union(_)))
                    && self.reg_kind(d) == RegKind::Ref =>
            {
                // A number where an Optional number is expected is boxed.
                let boxed = self.coerce(val, hint.expect("matched"));
                self.emit(Instr::Move { dst: d, src: boxed.reg });
                Ok(Val { reg: d, ty: boxed.ty })
            }
            Some(d) if self.reg_kind(d) == RegKind::Float && val.ty.is_intlike() => {
                // An int where a float is expected becomes a float (as in mypyc).
                self.emit(Instr::IntToFloat { dst: d, src: val.reg });
                Ok(Val { reg: d, ty: Ty::Float })
            }
            Some(d) if d != val.reg && self.reg_kind(d) == val.ty.kind() => {
                self.emit(Instr::Move { dst: d, src: val.reg });
                Ok(Val { reg: d, ty: val.ty })
            }
            _ => Ok(val),
        }
    }

    fn expr_inner(&mut self, e: &'a Expr, hint: Option<&Ty>, dst: Option<Reg>) -> CResult<Val> {
        match e {
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => {
                    let Some(value) = i.as_i64() else {
                        return err(e.range(), "integer literal is too large for a 64-bit int");
                    };
                    Ok(Val { reg: self.load_int(value, dst), ty: Ty::Int })
                }
                Number::Float(f) => Ok(self.float_literal(*f, dst)),
                Number::Complex { .. } => err(e.range(), "complex numbers are not supported"),
            },
            Expr::BooleanLiteral(b) => Ok(Val { reg: self.load_int(i64::from(b.value), dst), ty: Ty::Bool }),
            Expr::NoneLiteral(_) => {
                let Some(reg) = dst.filter(|&d| self.reg_kind(d) == RegKind::Ref) else {
                    return Ok(Val { reg: self.const_none_reg(), ty: Ty::None });
                };
                self.emit(Instr::LoadNone { dst: reg });
                Ok(Val { reg, ty: Ty::None })
            }
            Expr::StringLiteral(s) => {
                let reg = self.out(dst, RegKind::Ref);
                let k = self.c.str_const(s.value.to_str());
                self.emit(Instr::LoadStr { dst: reg, k });
                Ok(Val { reg, ty: Ty::Str })
            }
            Expr::Name(name) => self.load_name(name.id.as_str(), e.range(), dst),
            Expr::Attribute(attr) => self.attribute(attr, dst),
            Expr::Subscript(sub) => self.subscript(sub, dst),
            Expr::BinOp(bin) => {
                let hint_float = hint == Some(&Ty::Float);
                // `[None] * n` where a list of T is expected: the literal takes the list's type.
                let list_hint = matches!(hint, Some(Ty::List(_))) && bin.op == Operator::Mult;
                let left_hint = if list_hint { hint } else { hint_float.then_some(&Ty::Float) };
                let left = self.expr(&bin.left, left_hint, None)?;
                // `xs + []`: the right operand of a list operation takes the left's type.
                let right_hint =
                    if matches!(left.ty, Ty::List(_)) { Some(&left.ty) } else { hint_float.then_some(&Ty::Float) };
                let right = self.expr(&bin.right, right_hint, None)?;
                let negative_exponent = super::stmt::const_int(&bin.right).is_some_and(|v| v < 0);
                if bin.op == Operator::Pow && left.ty.is_intlike() && right.ty.is_intlike() && negative_exponent {
                    // `2 ** -1` is 0.5 in Python: a negative literal exponent makes a float.
                    let (a, b) = (self.float_reg(left), self.float_reg(right));
                    let reg = self.out(dst, RegKind::Float);
                    self.emit(Instr::PowFloat { dst: reg, a, b });
                    return Ok(Val { reg, ty: Ty::Float });
                }
                self.binop(bin.op, left, right, e.range(), dst)
            }
            Expr::UnaryOp(u) => self.unary(u, dst),
            Expr::BoolOp(b) => self.bool_op(b, hint, dst),
            Expr::Compare(c) => self.compare(c, dst),
            Expr::If(ifexp) => {
                let else_jumps = self.branch_if_false(&ifexp.test)?;
                let before = self.bound.clone();
                self.assume(&ifexp.test, true);
                let body = self.expr(&ifexp.body, hint, None);
                self.bound = before.clone();
                let mut body = body?;
                // `x if c else None` of a number is an Optional number, as mypy infers it.
                let optional;
                let hint = match hint {
                    None if matches!(*ifexp.orelse, Expr::NoneLiteral(_)) && matches!(body.ty, Ty::Int | Ty::Float) => {
                        optional = Ty::Opt(Box::new(body.ty.clone()));
                        Some(&optional)
                    }
                    _ => hint,
                };
                if let Some(h @ (Ty::Opt(_) | Ty::Union(_))) = hint {
                    body = self.coerce(body, h);
                }
                let ty = match hint {
                    Some(h) if self.c.assignable(&body.ty, h) => h.clone(),
                    _ => body.ty.clone(),
                };
                let reg = self.out(dst, ty.kind());
                if reg != body.reg {
                    self.emit(Instr::Move { dst: reg, src: body.reg });
                }
                let end = self.emit(Instr::Jump { target: Self::HOLE });
                self.patch_here(else_jumps);
                self.assume(&ifexp.test, false);
                let orelse = self.expr(&ifexp.orelse, Some(&ty), None);
                self.bound = before;
                let orelse = orelse?;
                if ty == Ty::Float && orelse.ty.is_intlike() && hint != Some(&Ty::Float) {
                    // CPython keeps the int (`x if c else 0` prints 0).
                    return err(
                        ifexp.orelse.range(),
                        "the branches of a conditional expression are float and int; write a float (0.0)",
                    );
                }
                let orelse = self.coerce(orelse, &ty);
                if orelse.ty == Ty::None && ty.is_ref() {
                    self.emit(Instr::LoadNone { dst: reg });
                } else if orelse.reg != reg && orelse.ty.kind() == ty.kind() {
                    self.emit(Instr::Move { dst: reg, src: orelse.reg });
                }
                let ty = if body.ty == Ty::None && orelse.ty.is_ref() { orelse.ty.clone() } else { ty };
                self.check_assignable(&orelse.ty, &ty, ifexp.orelse.range(), || {
                    "both branches of a conditional expression".into()
                })?;
                self.patch_here(vec![end]);
                Ok(Val { reg, ty })
            }
            Expr::List(list) => self.list_literal(list, hint, dst),
            Expr::Call(call) => {
                self.call(call, hint, dst)
            }
            Expr::FString(f) => self.fstring(f, dst),
            Expr::Lambda(lambda) => self.lambda(lambda),
            Expr::Tuple(t) => self.tuple_literal(t, hint, dst),
            Expr::Dict(d) => self.dict_literal(d, hint, dst),
            Expr::Set(s) => self.set_literal(s, hint, dst),
            Expr::ListComp(comp) => self.list_comp(&comp.elt, &comp.generators, hint, dst),
            Expr::SetComp(c) => self.dict_or_set_comp(&c.elt, None, &c.generators, hint, dst),
            Expr::DictComp(c) => self.dict_or_set_comp(&c.key, Some(&c.value), &c.generators, hint, dst),
            Expr::Generator(g) => err(
                g.range,
                "generator expressions are only supported as the argument of sum, any, all, min, max, list, sorted and str.join",
            ),
            Expr::Named(_) => err(e.range(), "the walrus operator is not supported"),
            Expr::Slice(_) => err(e.range(), "slices are not supported yet"),
            Expr::Starred(_) => err(e.range(), "starred expressions are not supported"),
            Expr::Yield(_) => err(e.range(), "yield is only supported as a statement (its value is not supported)"),
            Expr::YieldFrom(_) => err(e.range(), "yield from is not supported yet"),
            Expr::Await(_) => err(e.range(), "async is not supported"),
            _ => err(e.range(), "this expression is not supported"),
        }
    }

    /// A register holding `value`: `dst` if given, else the function's constant register for it.
    pub(super) fn load_int(&mut self, value: i64, dst: Option<Reg>) -> Reg {
        let Some(reg) = dst.filter(|&d| self.reg_kind(d) == RegKind::Int) else {
            return self.const_int_reg(value);
        };
        match i32::try_from(value) {
            Ok(small) => self.emit(Instr::LoadInt { dst: reg, value: small }),
            Err(_) => {
                let k = self.c.int_const(value);
                self.emit(Instr::LoadConstInt { dst: reg, k })
            }
        };
        reg
    }

    /// Reads a variable: a local, or a global.
    pub(super) fn load_name(&mut self, name: &str, at: TextRange, dst: Option<Reg>) -> CResult<Val> {
        let global_here = self.module || self.declared_globals.contains(name);
        if !global_here {
            if let Some(local) = self.locals.get(name).cloned() {
                if !self.bound.contains(name) {
                    self.maybe_unbound.insert(name.to_string());
                    if let Some(&flag) = self.bound_flags.get(name) {
                        let name = self.c.name_id(name);
                        self.emit(Instr::CheckBound { flag, name });
                    }
                }
                let val = Val { reg: local.reg, ty: local.ty };
                return Ok(self.narrowed_read(name, &val).unwrap_or(val));
            }
            if self.is_cell(name) {
                return self.load_cell(name, at, dst);
            }
            if let Some(ty) = self.foreseen.get(name).cloned().filter(|_| self.assigned.contains(name)) {
                // Read before its first assignment in the text (a loop carrying a value
                // from one iteration to the next): declare it now; the read is checked.
                self.new_local(name, ty);
                return self.load_name(name, at, dst);
            }
            if self.assigned.contains(name) {
                return err(
                    at,
                    format!("local variable '{name}' is used before its first assignment; assign it earlier (e.g. {name}: int = 0)"),
                );
            }
        }
        if let Some(Imported::Item(module, item)) = self.imported(name) {
            let ident = ast::Identifier::new(item, at);
            return self.module_attribute(module, &ident, dst);
        }
        if let Some(&id) = self.c.global_names.get(name) {
            let Some(ty) = self.c.globals[id.0 as usize].ty.clone() else {
                return err(
                    at,
                    format!("the type of global '{name}' is not known here; assign or annotate it before this use"),
                );
            };
            let reg = self.out(dst, ty.kind());
            self.emit(Instr::LoadGlobal { dst: reg, global: id });
            return Ok(Val { reg, ty });
        }
        if let Some(&func) = self.c.func_names.get(name) {
            if !self.c.is_generic_template(func) {
                return Ok(Val { reg: self.const_int_reg(0), ty: Ty::Func(func) });
            }
        }
        if self.c.func_names.contains_key(name) || self.c.class_names.contains_key(name) {
            return err(at, format!("'{name}' can only be called here (functions and classes are not values yet)"));
        }
        err(at, format!("name '{name}' is not defined"))
    }

    /// The field `attr` of a class-typed value.
    pub(super) fn field_of(&self, ty: &Ty, attr: &ast::Identifier) -> CResult<Field> {
        let name = attr.id.as_str();
        match ty {
            Ty::Class(class) => {
                let c = &self.c.classes[class.0 as usize];
                // An exception's chain is in its hidden fields.
                let hidden = match name {
                    "__context__" if self.c.is_exception_class(*class) => "<context>",
                    "__cause__" if self.c.is_exception_class(*class) => "<cause>",
                    other => other,
                };
                match c.fields.iter().find(|f| f.name == hidden) {
                    Some(field) => Ok(field.clone()),
                    None if c.methods.contains_key(name) => {
                        err(attr.range, format!("method '{name}' must be called (bound methods are not values yet)"))
                    }
                    None => err(attr.range, format!("'{}' object has no attribute '{name}'", c.name)),
                }
            }
            Ty::None => err(attr.range, format!("'NoneType' object has no attribute '{name}'")),
            other => err(attr.range, format!("'{}' object has no attribute '{name}'", self.c.ty_name(other))),
        }
    }

    pub(super) fn load_field(&mut self, obj: Val, attr: &ast::Identifier, dst: Option<Reg>) -> CResult<Val> {
        let field = self.field_of(&obj.ty, attr)?;
        let name = self.c.name_id(attr.id.as_str());
        let reg = self.out(dst, field.ty.kind());
        let (o, slot) = (obj.reg, Slot(field.slot));
        if let Some((mask, bit)) = field.late {
            self.emit(Instr::LoadLate { dst: reg, obj: o, slot, name, mask: Slot(mask), bit });
            return Ok(Val { reg, ty: field.ty });
        }
        self.emit(match field.ty.kind() {
            RegKind::Int => Instr::LoadFieldInt { dst: reg, obj: o, slot, name },
            RegKind::Float => Instr::LoadFieldFloat { dst: reg, obj: o, slot, name },
            RegKind::Ref => Instr::LoadFieldRef { dst: reg, obj: o, slot, name },
        });
        Ok(Val { reg, ty: field.ty })
    }

    fn attribute(&mut self, attr: &'a ast::ExprAttribute, dst: Option<Reg>) -> CResult<Val> {
        // `type(x).__name__`
        if let Expr::Call(call) = &*attr.value {
            let is_type = matches!(&*call.func, Expr::Name(n) if n.id.as_str() == "type") && self.is_builtin("type");
            if let (true, "__name__", [value], []) =
                (is_type, attr.attr.id.as_str(), &call.arguments.args[..], &call.arguments.keywords[..])
            {
                let v = self.expr(value, None, None)?;
                let src = if v.ty == Ty::None { self.const_none_reg() } else { v.reg };
                let ty = self.c.ty_id(&v.ty);
                let reg = self.out(dst, RegKind::Ref);
                self.emit(Instr::TypeName { dst: reg, src, ty });
                return Ok(Val { reg, ty: Ty::Str });
            }
        }
        if let Expr::Name(module) = &*attr.value {
            match self.imported(module.id.as_str()) {
                Some(Imported::Module(name)) => return self.module_attribute(name, &attr.attr, dst),
                Some(Imported::Item(..)) => {
                    return err(attr.range, format!("'{}' has no attribute '{}'", module.id, attr.attr.id))
                }
                None => {}
            }
        }
        if let Expr::Name(class_name) = &*attr.value {
            let name = class_name.id.as_str();
            if !self.locals.contains_key(name) && !self.c.global_names.contains_key(name) {
                if let Some(&class) = self.c.class_names.get(name) {
                    if let Some(&(global, _)) = self.c.classes[class.0 as usize].class_attrs.get(attr.attr.id.as_str())
                    {
                        return self.load_global_id(global, dst);
                    }
                    return err(attr.range, format!("type object '{name}' has no attribute '{}'", attr.attr.id));
                }
            }
        }
        let obj = self.expr(&attr.value, None, None)?;
        if obj.ty == Ty::ExcType && attr.attr.id.as_str() == "__name__" {
            // `exc_type.__name__` in `__exit__`: the class of the exception standing for it.
            self.check_receiver(&obj, "__name__");
            let ty = self.c.ty_id(&Ty::Class(crate::opcode::ExcKind::BaseException.class()));
            let reg = self.out(dst, RegKind::Ref);
            self.emit(Instr::TypeName { dst: reg, src: obj.reg, ty });
            return Ok(Val { reg, ty: Ty::Str });
        }
        if let Ty::Union(members) = &obj.ty {
            let members = members.clone();
            return self.union_field(obj, &members, &attr.attr, dst);
        }
        if let Ty::ClassObj(class) = &obj.ty {
            // `cls.NAME` in a class method: the class attribute.
            let c = &self.c.classes[class.0 as usize];
            return match c.class_attrs.get(attr.attr.id.as_str()) {
                Some(&(global, _)) => self.load_global_id(global, dst),
                None => err(attr.range, format!("type object '{}' has no attribute '{}'", c.name, attr.attr.id)),
            };
        }
        if let Ty::Class(class) = &obj.ty {
            let c = &self.c.classes[class.0 as usize];
            let name = attr.attr.id.as_str();
            if !c.fields.iter().any(|f| f.name == name) {
                if let Some(&(getter, _)) = c.properties.get(name) {
                    return self.call_method_vals(getter, obj, Vec::new(), attr.range, dst);
                }
                if let Some(&(global, _)) = c.class_attrs.get(name) {
                    // `obj.X` reads the class attribute (after the None check a read would do).
                    return self.load_global_id(global, dst);
                }
                if c.methods.contains_key(name) && !c.statics.contains(name) {
                    return self.bound_method(obj, name, dst);
                }
            }
        }
        if matches!(obj.ty, Ty::List(_)) && LIST_METHODS.contains(&attr.attr.id.as_str()) {
            return self.bound_method(obj, attr.attr.id.as_str(), dst);
        }
        self.load_field(obj, &attr.attr, dst)
    }

    /// `obj.name` for a method: a bound method value holding the receiver, after the
    /// None check that binding does.
    fn bound_method(&mut self, obj: Val, name: &str, dst: Option<Reg>) -> CResult<Val> {
        self.check_receiver(&obj, name);
        let reg = self.out(dst, RegKind::Ref);
        if reg != obj.reg {
            self.emit(Instr::Move { dst: reg, src: obj.reg });
        }
        Ok(Val { reg, ty: Ty::Method(Box::new(obj.ty), name.to_string()) })
    }

    /// AttributeError (`'NoneType' object has no attribute 'name'`) if `obj` is None:
    /// the check of a method lookup that no call instruction makes for it.
    pub(super) fn check_receiver(&mut self, obj: &Val, name: &str) {
        let name = self.c.name_id(name);
        self.emit(Instr::CheckAttr { obj: obj.reg, name });
    }

    /// Raises `kind(message)` if the reference in `reg` is None.
    pub(super) fn raise_if_none(&mut self, reg: Reg, kind: crate::opcode::ExcKind, message: &str) {
        let present = self.temp(RegKind::Int);
        self.emit(Instr::TruthyRef { dst: present, src: reg });
        let ok = self.emit(Instr::JumpIfTrue { cond: present, target: Self::HOLE });
        self.raise_const(kind, message);
        self.patch_here(vec![ok]);
    }

    /// Raises CPython's TypeError of a binary operation on two `type_name`
    /// values when either is None: `message(left type, right type)`.
    pub(super) fn raise_if_either_none(
        &mut self,
        left: Reg,
        right: Reg,
        type_name: &str,
        message: impl Fn(&str, &str) -> String,
    ) {
        let present = self.temp(RegKind::Int);
        self.emit(Instr::TruthyRef { dst: present, src: left });
        let ok = self.emit(Instr::JumpIfTrue { cond: present, target: Self::HOLE });
        self.raise_if_none(right, ExcKind::TypeError, &message("NoneType", "NoneType"));
        self.raise_const(ExcKind::TypeError, &message("NoneType", type_name));
        self.patch_here(vec![ok]);
        self.raise_if_none(right, ExcKind::TypeError, &message(type_name, "NoneType"));
    }

    /// Raises `kind(message)`.
    pub(super) fn raise_const(&mut self, kind: crate::opcode::ExcKind, message: &str) {
        let msg = self.str_literal(message);
        self.emit(Instr::Raise { kind, msg });
    }

    /// Reads a global by id.
    fn load_global_id(&mut self, global: crate::opcode::GlobalId, dst: Option<Reg>) -> CResult<Val> {
        let ty = self.c.globals[global.0 as usize].ty.clone().expect("class attributes are typed");
        let reg = self.out(dst, ty.kind());
        self.emit(Instr::LoadGlobal { dst: reg, global });
        Ok(Val { reg, ty })
    }

    /// `module.name` for an imported module (or `name` imported from it).
    pub(super) fn module_attribute(&mut self, module: &str, attr: &ast::Identifier, dst: Option<Reg>) -> CResult<Val> {
        let name = attr.id.as_str();
        let constant = match (module, name) {
            ("math", "pi") => std::f64::consts::PI,
            ("math", "e") => std::f64::consts::E,
            ("math", "tau") => std::f64::consts::TAU,
            ("math", "inf") => f64::INFINITY,
            ("math", "nan") => f64::NAN,
            ("sys", "argv") => {
                let id = self.c.global_id("sys.argv", Ty::List(Box::new(Ty::Str)));
                let reg = self.out(dst, RegKind::Ref);
                self.emit(Instr::LoadGlobal { dst: reg, global: id });
                return Ok(Val { reg, ty: Ty::List(Box::new(Ty::Str)) });
            }
            _ => return err(attr.range, format!("'{module}.{name}' is not supported")),
        };
        let reg = self.out(dst, RegKind::Float);
        let k = self.c.float_const(constant);
        self.emit(Instr::LoadFloat { dst: reg, k });
        Ok(Val { reg, ty: Ty::Float })
    }

    /// A list value no program can name, whose one reader copies or iterates
    /// it (a slice assignment's source, a `for` loop's iterable), made in a
    /// scratch list of its own that is refilled instead of allocated each time:
    /// `seq[a:b:c]` of a list named by a local, global or field
    /// (`RefillSlice`), or `p + q` of such values or named lists
    /// (`RefillConcat`). None when `expr` is not of these forms.
    pub(super) fn scratch_list(&mut self, expr: &'a Expr) -> CResult<Option<Val>> {
        let Some(ty) = self.scratch_list_type(expr) else { return Ok(None) };
        // A register of its own: no other instruction writes it (`OpFacts::refill`).
        let reg = self.new_reg(RegKind::Ref);
        match expr {
            Expr::Subscript(sub) => {
                let Expr::Slice(slice) = &*sub.slice else { unreachable!("scratch_list_type checked") };
                let seq = self.expr(&sub.value, None, None)?;
                let (base, present) = self.slice_bounds(slice)?;
                self.emit(Instr::RefillSlice { dst: reg, seq: seq.reg, base, present });
            }
            Expr::BinOp(sum) => {
                let operand = |b: &mut Self, e: &'a Expr| -> CResult<Val> {
                    match b.scratch_list(e)? {
                        Some(v) => Ok(v),
                        None => b.expr(e, None, None),
                    }
                };
                let a = operand(self, &sum.left)?;
                let b = operand(self, &sum.right)?;
                self.emit(Instr::RefillConcat { dst: reg, a: a.reg, b: b.reg });
            }
            _ => unreachable!("scratch_list_type checked"),
        }
        Ok(Some(Val { reg, ty }))
    }

    /// The list type of a `scratch_list` form, or of a list named by a local,
    /// global or field (an operand of `+`); None for anything else.
    fn scratch_list_type(&self, expr: &Expr) -> Option<Ty> {
        let named_list = |ty: Option<Ty>| ty.filter(|t| matches!(t, Ty::List(_) | Ty::TupleN(_)));
        match expr {
            Expr::Subscript(sub) if matches!(&*sub.slice, Expr::Slice(_)) => {
                named_list(self.static_type_of_simple(&sub.value))
            }
            Expr::BinOp(sum) if sum.op == ast::Operator::Add => {
                let side = |e: &Expr| self.scratch_list_type(e).or_else(|| named_list(self.static_type_of_simple(e)));
                let (lt, rt) = (side(&sum.left)?, side(&sum.right)?);
                (lt == rt && matches!(lt, Ty::List(_))).then_some(lt)
            }
            _ => None,
        }
    }

    fn subscript(&mut self, sub: &'a ast::ExprSubscript, dst: Option<Reg>) -> CResult<Val> {
        let seq = self.expr(&sub.value, None, None)?;
        if let Ty::Dict(..) = &seq.ty {
            return self.dict_get(seq, &sub.slice, dst);
        }
        if let Some(func) = self.dunder(&seq.ty, "__getitem__") {
            let index = self.expr(&sub.slice, None, None)?;
            return self.call_method_vals(func, seq, vec![index], sub.range, dst);
        }
        if let Expr::Slice(slice) = &*sub.slice {
            let text = match &seq.ty {
                Ty::List(_) | Ty::TupleN(_) => false,
                Ty::Str => true,
                other => return err(sub.range, format!("slicing a {} is not supported", self.c.ty_name(other))),
            };
            let (base, present) = self.slice_bounds(slice)?;
            let reg = self.out(dst, RegKind::Ref);
            self.emit(Instr::Slice { dst: reg, seq: seq.reg, base, present, text });
            return Ok(Val { reg, ty: seq.ty });
        }
        if let Ty::Tuple(elems) = &seq.ty {
            let Some(index) = super::stmt::const_int(&sub.slice) else {
                return err(sub.slice.range(), "a tuple index must be an integer literal");
            };
            let len = elems.len() as i64;
            let slot = if index < 0 { index + len } else { index };
            if !(0..len).contains(&slot) {
                return err(sub.slice.range(), "tuple index out of range");
            }
            let ty = elems[slot as usize].clone();
            let reg = self.out(dst, ty.kind());
            self.emit(Instr::TupleGet { dst: reg, tuple: seq.reg, slot: Slot(slot as u16), unpack: false });
            return Ok(Val { reg, ty });
        }
        let index = self.int_expr(&sub.slice)?;
        match &seq.ty {
            Ty::List(elem) => {
                let reg = self.out(dst, elem.kind());
                self.emit(Instr::ListGet { dst: reg, list: seq.reg, index });
                Ok(Val { reg, ty: (**elem).clone() })
            }
            Ty::TupleN(elem) => {
                let reg = self.out(dst, elem.kind());
                self.emit(Instr::TupleNGet { dst: reg, tuple: seq.reg, index });
                Ok(Val { reg, ty: (**elem).clone() })
            }
            Ty::Str => {
                let reg = self.out(dst, RegKind::Ref);
                self.emit(Instr::StrGet { dst: reg, s: seq.reg, index });
                Ok(Val { reg, ty: Ty::Str })
            }
            other => err(sub.value.range(), format!("'{}' object is not subscriptable", self.c.ty_name(other))),
        }
    }

    /// The bounds of `[start:stop:step]` in three consecutive int registers, and
    /// the bits (1, 2, 4) of those present.
    /// The window of a slice's bounds and which of them are present. Constant
    /// bounds (`xs[k::-1]`) sit in a window of the slice's own, set at frame
    /// entry, so only the others are written each time.
    pub(super) fn slice_bounds(&mut self, slice: &'a ast::ExprSlice) -> CResult<(Reg, u8)> {
        let bounds = [&slice.lower, &slice.upper, &slice.step];
        let constants = bounds.map(|b| b.as_deref().and_then(super::stmt::const_int));
        let base = if constants.iter().any(Option::is_some) {
            self.constant_window(&constants)
        } else {
            self.temp_block(&[RegKind::Int; 3], slice.range)?
        };
        let mut present = 0u8;
        for (i, bound) in bounds.into_iter().enumerate() {
            if let Some(e) = bound {
                if matches!(&**e, Expr::NoneLiteral(_)) {
                    continue;
                }
                if constants[i].is_some() {
                    present |= 1 << i;
                    continue;
                }
                let v = self.expr(e, Some(&Ty::Int), Some(Reg(base.0 + i as u16)))?;
                if !v.ty.is_intlike() {
                    return err(e.range(), "slice indices must be integers or None or have an __index__ method");
                }
                present |= 1 << i;
            }
        }
        Ok((base, present))
    }

    /// An expression that must be an int (bools count).
    pub(super) fn int_expr(&mut self, e: &'a Expr) -> CResult<Reg> {
        let v = self.expr(e, Some(&Ty::Int), None)?;
        if !v.ty.is_intlike() {
            return err(e.range(), format!("expected an int, found {}", self.c.ty_name(&v.ty)));
        }
        Ok(v.reg)
    }

    /// A float register holding a number value.
    pub(super) fn float_reg(&mut self, v: Val) -> Reg {
        if v.ty == Ty::Float {
            return v.reg;
        }
        let reg = self.temp(RegKind::Float);
        self.emit(Instr::IntToFloat { dst: reg, src: v.reg });
        reg
    }

    /// Applies a binary operator.
    pub(super) fn binop(&mut self, op: Operator, l: Val, r: Val, at: TextRange, dst: Option<Reg>) -> CResult<Val> {
        use Operator::*;
        let (lt, rt) = (l.ty.clone(), r.ty.clone());
        if matches!(lt, Ty::Class(_)) || matches!(rt, Ty::Class(_)) {
            if let Some(v) = self.operator_dunder(op, &l, &r, at, dst)? {
                return Ok(v);
            }
        }
        if let (Ty::Set(_), true) = (&lt, lt == rt) {
            let code = match op {
                BitOr => 0,
                BitAnd => 1,
                Sub => 2,
                BitXor => 3,
                _ => return self.bad_operands(op, &lt, &rt, at),
            };
            let reg = self.out(dst, RegKind::Ref);
            self.emit(Instr::SetOp { dst: reg, a: l.reg, b: r.reg, op: code });
            return Ok(Val { reg, ty: lt });
        }
        if lt.is_intlike() && rt.is_intlike() {
            if matches!(op, BitAnd | BitOr | BitXor) && lt == Ty::Bool && rt == Ty::Bool {
                let reg = self.out(dst, RegKind::Int);
                let (a, b) = (l.reg, r.reg);
                self.emit(match op {
                    BitAnd => Instr::AndInt { dst: reg, a, b },
                    BitOr => Instr::OrInt { dst: reg, a, b },
                    _ => Instr::XorInt { dst: reg, a, b },
                });
                return Ok(Val { reg, ty: Ty::Bool });
            }
            if op == Div {
                let reg = self.out(dst, RegKind::Float);
                self.emit(Instr::TrueDivInt { dst: reg, a: l.reg, b: r.reg });
                return Ok(Val { reg, ty: Ty::Float });
            }
            let reg = self.out(dst, RegKind::Int);
            let (a, b) = (l.reg, r.reg);
            let instr = match op {
                Add => Instr::AddInt { dst: reg, a, b },
                Sub => Instr::SubInt { dst: reg, a, b },
                Mult => Instr::MulInt { dst: reg, a, b },
                FloorDiv => Instr::FloorDivInt { dst: reg, a, b },
                Mod => Instr::ModInt { dst: reg, a, b },
                Pow => Instr::PowInt { dst: reg, a, b },
                LShift => Instr::ShlInt { dst: reg, a, b },
                RShift => Instr::ShrInt { dst: reg, a, b },
                BitAnd => Instr::AndInt { dst: reg, a, b },
                BitOr => Instr::OrInt { dst: reg, a, b },
                BitXor => Instr::XorInt { dst: reg, a, b },
                _ => return self.bad_operands(op, &lt, &rt, at),
            };
            self.emit(instr);
            return Ok(Val { reg, ty: Ty::Int });
        }
        if lt.is_number() && rt.is_number() {
            let (a, b) = (self.float_reg(l), self.float_reg(r));
            let reg = self.out(dst, RegKind::Float);
            let instr = match op {
                Add => Instr::AddFloat { dst: reg, a, b },
                Sub => Instr::SubFloat { dst: reg, a, b },
                Mult => Instr::MulFloat { dst: reg, a, b },
                Div => Instr::DivFloat { dst: reg, a, b },
                FloorDiv => Instr::FloorDivFloat { dst: reg, a, b },
                Mod => Instr::ModFloat { dst: reg, a, b },
                Pow => Instr::PowFloat { dst: reg, a, b },
                _ => return self.bad_operands(op, &lt, &rt, at),
            };
            self.emit(instr);
            return Ok(Val { reg, ty: Ty::Float });
        }
        match (op, &lt, &rt) {
            (Add, Ty::Str, Ty::Str) => {
                let reg = self.out(dst, RegKind::Ref);
                self.emit(Instr::StrConcat { dst: reg, a: l.reg, b: r.reg });
                Ok(Val { reg, ty: Ty::Str })
            }
            (Mult, Ty::Str, n) | (Mult, n, Ty::Str) if n.is_intlike() => {
                let (s, count) = if lt == Ty::Str { (l.reg, r.reg) } else { (r.reg, l.reg) };
                let reg = self.out(dst, RegKind::Ref);
                self.emit(Instr::StrRepeat { dst: reg, s, count });
                Ok(Val { reg, ty: Ty::Str })
            }
            (Add, Ty::List(_), Ty::List(_)) if lt == rt => {
                let reg = self.out(dst, RegKind::Ref);
                self.emit(Instr::ListConcat { dst: reg, a: l.reg, b: r.reg });
                Ok(Val { reg, ty: lt })
            }
            (Mult, Ty::List(_), n) | (Mult, n, Ty::List(_)) if n.is_intlike() => {
                let count_first = !matches!(lt, Ty::List(_));
                let (list, count, ty) =
                    if count_first { (r.reg, l.reg, rt.clone()) } else { (l.reg, r.reg, lt.clone()) };
                let reg = self.out(dst, RegKind::Ref);
                self.emit(Instr::ListRepeat { dst: reg, list, count, count_first });
                Ok(Val { reg, ty })
            }
            (Mod, Ty::Str, _) => self.percent_format(l, r, at, dst),
            _ => self.bad_operands(op, &lt, &rt, at),
        }
    }

    fn bad_operands<T>(&self, op: Operator, l: &Ty, r: &Ty, at: TextRange) -> CResult<T> {
        err(
            at,
            format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.as_str(),
                self.c.ty_name(l),
                self.c.ty_name(r)
            ),
        )
    }

    /// A float constant: loaded into `dst` when that is a float register, else
    /// the function's constant register of that value.
    fn float_literal(&mut self, value: f64, dst: Option<Reg>) -> Val {
        let Some(reg) = dst.filter(|&d| self.reg_kind(d) == RegKind::Float) else {
            return Val { reg: self.const_float_reg(value), ty: Ty::Float };
        };
        let k = self.c.float_const(value);
        self.emit(Instr::LoadFloat { dst: reg, k });
        Val { reg, ty: Ty::Float }
    }

    fn unary(&mut self, u: &'a ast::ExprUnaryOp, dst: Option<Reg>) -> CResult<Val> {
        if u.op == UnaryOp::USub {
            if let Some(value) = super::stmt::const_int(&Expr::UnaryOp(u.clone())) {
                return Ok(Val { reg: self.load_int(value, dst), ty: Ty::Int });
            }
            // `-1.5` is a constant, as in CPython.
            if let Expr::NumberLiteral(ast::ExprNumberLiteral { value: Number::Float(f), .. }) = &*u.operand {
                return Ok(self.float_literal(-*f, dst));
            }
        }
        let v = self.expr(&u.operand, None, None)?;
        if matches!(v.ty, Ty::Class(_)) && u.op != UnaryOp::Not {
            if let Some(result) = self.unary_dunder(Some(u.op), &v, u.range, dst)? {
                return Ok(result);
            }
        }
        match (u.op, &v.ty) {
            (UnaryOp::Not, _) => {
                let truth = self.truthy(v)?;
                let reg = self.out(dst, RegKind::Int);
                self.emit(Instr::NotBool { dst: reg, src: truth });
                Ok(Val { reg, ty: Ty::Bool })
            }
            (UnaryOp::USub, t) if t.is_intlike() => {
                let reg = self.out(dst, RegKind::Int);
                self.emit(Instr::NegInt { dst: reg, src: v.reg });
                Ok(Val { reg, ty: Ty::Int })
            }
            (UnaryOp::USub, Ty::Float) => {
                let reg = self.out(dst, RegKind::Float);
                self.emit(Instr::NegFloat { dst: reg, src: v.reg });
                Ok(Val { reg, ty: Ty::Float })
            }
            (UnaryOp::UAdd, t) if t.is_number() => {
                let ty = if *t == Ty::Bool { Ty::Int } else { t.clone() };
                Ok(Val { reg: v.reg, ty })
            }
            (UnaryOp::Invert, t) if t.is_intlike() => {
                let reg = self.out(dst, RegKind::Int);
                self.emit(Instr::InvertInt { dst: reg, src: v.reg });
                Ok(Val { reg, ty: Ty::Int })
            }
            (op, t) => err(u.range, format!("bad operand type for unary {}: '{}'", op.as_str(), self.c.ty_name(t))),
        }
    }

    /// `a and b` / `a or b`: the value of the deciding operand (both of one type).
    fn bool_op(&mut self, b: &'a ast::ExprBoolOp, hint: Option<&Ty>, dst: Option<Reg>) -> CResult<Val> {
        let first = self.expr(&b.values[0], hint, None)?;
        // Where an int is expected, a bool operand is an int (mypyc's rule, as for stores).
        let ty = match (hint, &first.ty) {
            (Some(Ty::Int), Ty::Bool) => Ty::Int,
            _ => first.ty.clone(),
        };
        let reg = self.out(dst, ty.kind());
        if reg != first.reg {
            self.emit(Instr::Move { dst: reg, src: first.reg });
        }
        let mut ends = Vec::new();
        let before = self.bound.clone();
        for (prev, value) in b.values.iter().zip(&b.values[1..]) {
            self.assume(prev, b.op == BoolOp::And);
            let truth = self.truthy(Val { reg, ty: ty.clone() })?;
            ends.push(self.emit(match b.op {
                BoolOp::And => Instr::JumpIfFalse { cond: truth, target: Self::HOLE },
                BoolOp::Or => Instr::JumpIfTrue { cond: truth, target: Self::HOLE },
            }));
            let next = self.expr(value, Some(&ty), Some(reg))?;
            let next = self.coerce(next, &ty);
            if next.ty != ty {
                return err(
                    value.range(),
                    format!(
                        "operands of '{}' must have one type: {} and {}",
                        if b.op == BoolOp::And { "and" } else { "or" },
                        self.c.ty_name(&ty),
                        self.c.ty_name(&next.ty)
                    ),
                );
            }
        }
        self.bound = before;
        self.patch_here(ends);
        Ok(Val { reg, ty })
    }

    /// A bool register: Python truthiness of `v`.
    pub(super) fn truthy(&mut self, v: Val) -> CResult<Reg> {
        let instr = |dst| match &v.ty {
            Ty::Float => Some(Instr::TruthyFloat { dst, src: v.reg }),
            Ty::Str => Some(Instr::TruthyStr { dst, src: v.reg }),
            Ty::List(_) | Ty::TupleN(_) => Some(Instr::TruthyList { dst, src: v.reg }),
            Ty::Class(_) | Ty::ExcType | Ty::Traceback | Ty::Fn(..) => Some(Instr::TruthyRef { dst, src: v.reg }),
            _ => None,
        };
        match v.ty {
            Ty::Bool => Ok(v.reg),
            Ty::Int => {
                let zero = self.load_int(0, None);
                let reg = self.temp(RegKind::Int);
                self.emit(Instr::CmpInt { dst: reg, a: v.reg, b: zero, cond: Cond::Ne });
                Ok(reg)
            }
            Ty::None => Ok(self.load_int(0, None)),
            Ty::Func(_) | Ty::Closure(_) | Ty::Method(..) | Ty::Iter(_) | Ty::ClassObj(_) => Ok(self.load_int(1, None)),
            Ty::Opt(inner) => {
                // False for None, else the number's truth.
                let reg = self.temp(RegKind::Int);
                self.emit(Instr::TruthyRef { dst: reg, src: v.reg });
                let none = self.emit(Instr::JumpIfFalse { cond: reg, target: Self::HOLE });
                let number = self.temp(inner.kind());
                self.emit(Instr::TupleGet { dst: number, tuple: v.reg, slot: crate::opcode::Slot(0), unpack: false });
                let truth = self.truthy(Val { reg: number, ty: *inner })?;
                self.emit(Instr::Move { dst: reg, src: truth });
                self.patch_here(vec![none]);
                Ok(reg)
            }
            // A non-empty tuple is true, an Optional one only when it is not None.
            Ty::Tuple(elems) if elems.is_empty() => Ok(self.load_int(0, None)),
            Ty::Tuple(_) => {
                let reg = self.temp(RegKind::Int);
                self.emit(Instr::TruthyRef { dst: reg, src: v.reg });
                Ok(reg)
            }
            Ty::Class(_) if self.dunder(&v.ty, "__bool__").is_some() || self.dunder(&v.ty, "__len__").is_some() => {
                let at = self.current;
                // An Optional instance that is None is false (its methods are not called).
                let reg = self.temp(RegKind::Int);
                self.emit(Instr::TruthyRef { dst: reg, src: v.reg });
                let none = self.emit(Instr::JumpIfFalse { cond: reg, target: Self::HOLE });
                if let Some(func) = self.dunder(&v.ty, "__bool__") {
                    let b = self.call_method_vals(func, v.clone(), Vec::new(), at, None)?;
                    if b.ty != Ty::Bool {
                        return err(at, "__bool__ should return bool");
                    }
                    self.emit(Instr::Move { dst: reg, src: b.reg });
                } else {
                    let func = self.dunder(&v.ty, "__len__").expect("checked");
                    let n = self.call_len(func, v.clone(), at, None)?;
                    let zero = self.load_int(0, None);
                    self.emit(Instr::CmpInt { dst: reg, a: n.reg, b: zero, cond: Cond::Ne });
                }
                self.patch_here(vec![none]);
                Ok(reg)
            }
            Ty::Dict(..) | Ty::Set(_) => {
                let len = self.temp(RegKind::Int);
                self.emit(Instr::DictLen { dst: len, dict: v.reg });
                let zero = self.load_int(0, None);
                let reg = self.temp(RegKind::Int);
                self.emit(Instr::CmpInt { dst: reg, a: len, b: zero, cond: Cond::Ne });
                Ok(reg)
            }
            _ => {
                let reg = self.temp(RegKind::Int);
                let Some(instr) = instr(reg) else {
                    return err(self.current, format!("the truth of a {} is not supported", self.c.ty_name(&v.ty)));
                };
                self.emit(instr);
                Ok(reg)
            }
        }
    }

    /// Emits a test of `test` and returns the jumps taken when it is false.
    pub(super) fn branch_if_false(&mut self, test: &'a Expr) -> CResult<Vec<usize>> {
        match test {
            Expr::BoolOp(b) if b.op == BoolOp::And => {
                let mut exits = Vec::new();
                let before = self.bound.clone();
                for value in &b.values {
                    exits.extend(self.branch_if_false(value)?);
                    self.assume(value, true);
                }
                self.bound = before;
                Ok(exits)
            }
            Expr::Compare(c)
                if c.ops.len() == 1 && !matches!(c.ops[0], CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn) =>
            {
                let left = self.expr(&c.left, None, None)?;
                let right = self.expr(&c.comparators[0], None, None)?;
                if left.ty.is_intlike() && right.ty.is_intlike() {
                    let cond = cond_of(c.ops[0]);
                    return Ok(vec![self.emit(Instr::JumpIfNotCmpInt {
                        a: left.reg,
                        b: right.reg,
                        cond,
                        target: Self::HOLE,
                    })]);
                }
                let truth = self.compare_pair(c.ops[0], left, right, c.range, None)?;
                Ok(vec![self.jump_if_false(truth)])
            }
            _ => {
                let v = self.expr(test, None, None)?;
                if v.ty == Ty::Int {
                    // An int is its own truth for a jump (any non-zero word is true).
                    return Ok(vec![self.emit(Instr::JumpIfFalse { cond: v.reg, target: Self::HOLE })]);
                }
                let truth = self.truthy(v)?;
                Ok(vec![self.jump_if_false(truth)])
            }
        }
    }

    fn compare(&mut self, c: &'a ast::ExprCompare, dst: Option<Reg>) -> CResult<Val> {
        if super::optional::is_identity_test(c) {
            // `x is None` looks at the box, not at the number a narrowed `x` holds.
            let raw = std::mem::replace(&mut self.raw_optional, true);
            let result = self.compare_values(c, dst);
            self.raw_optional = raw;
            return result;
        }
        self.compare_values(c, dst)
    }

    /// The right operand of a comparison: a set display after `in` is only
    /// searched, so its order does not matter (see `set_display`).
    fn comparand(&mut self, op: CmpOp, e: &'a Expr) -> CResult<Val> {
        self.only_searched = matches!((op, e), (CmpOp::In | CmpOp::NotIn, Expr::Set(_)));
        let v = self.expr(e, None, None);
        self.only_searched = false;
        v
    }

    fn compare_values(&mut self, c: &'a ast::ExprCompare, dst: Option<Reg>) -> CResult<Val> {
        let mut left = self.expr(&c.left, None, None)?;
        if c.ops.len() == 1 {
            let right = self.comparand(c.ops[0], &c.comparators[0])?;
            let reg = self.compare_pair(c.ops[0], left, right, c.range, dst)?;
            return Ok(Val { reg, ty: Ty::Bool });
        }
        let reg = self.out(dst, RegKind::Int);
        let mut exits = Vec::new();
        for (i, (op, comparator)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            let right = self.comparand(*op, comparator)?;
            // Keep the right operand: it is the next comparison's left.
            let kept = self.temp(right.ty.kind());
            self.emit(Instr::Move { dst: kept, src: right.reg });
            let right = Val { reg: kept, ty: right.ty };
            self.compare_pair(*op, left, right.clone(), c.range, Some(reg))?;
            if i + 1 < c.ops.len() {
                exits.push(self.emit(Instr::JumpIfFalse { cond: reg, target: Self::HOLE }));
            }
            left = right;
        }
        self.patch_here(exits);
        Ok(Val { reg, ty: Ty::Bool })
    }

    /// One comparison into a bool register.
    pub(super) fn compare_pair(&mut self, op: CmpOp, l: Val, r: Val, at: TextRange, dst: Option<Reg>) -> CResult<Reg> {
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
            // A fixed tuple against a tuple of any length compares as two of any length.
            let as_n = |fixed: &Ty, other: &Ty| match (fixed, other) {
                (Ty::Tuple(elems), Ty::TupleN(elem)) => elems.iter().all(|e| e == &**elem),
                _ => false,
            };
            if as_n(&l.ty, &r.ty) {
                let l = self.tuple_as_n(l, &r.ty)?;
                return self.compare_pair(op, l, r, at, dst);
            }
            if as_n(&r.ty, &l.ty) {
                let r = self.tuple_as_n(r, &l.ty)?;
                return self.compare_pair(op, l, r, at, dst);
            }
        }
        if matches!(l.ty, Ty::Class(_)) || matches!(r.ty, Ty::Class(_)) {
            if let Some(reg) = self.comparison_dunder(op, &l, &r, at, dst)? {
                return Ok(reg);
            }
            if matches!(op, CmpOp::In | CmpOp::NotIn) {
                if let Some(func) = self.dunder(&r.ty, "__contains__") {
                    let v = self.call_method_vals(func, r.clone(), vec![l.clone()], at, None)?;
                    let truth = self.truthy(v)?;
                    let reg = self.out(dst, RegKind::Int);
                    self.emit(if op == CmpOp::In {
                        Instr::Move { dst: reg, src: truth }
                    } else {
                        Instr::NotBool { dst: reg, src: truth }
                    });
                    return Ok(reg);
                }
            }
        }
        let reg = self.out(dst, RegKind::Int);
        match op {
            CmpOp::Is | CmpOp::IsNot => {
                let refs = (l.ty.is_ref() || l.ty == Ty::None) && (r.ty.is_ref() || r.ty == Ty::None);
                let methods = matches!(l.ty, Ty::Method(..)) || matches!(r.ty, Ty::Method(..));
                // A boxed number's identity is its box's, not what CPython's is (small
                // ints and bools are shared there): only `is None` is supported.
                let boxed =
                    |t: &Ty| matches!(t, Ty::Opt(_)) || matches!(t, Ty::Union(ms) if ms.iter().any(Ty::is_number));
                let numbers = (boxed(&l.ty) && r.ty != Ty::None) || (boxed(&r.ty) && l.ty != Ty::None);
                if numbers {
                    return err(at, "'is' between numbers is not supported (use ==, or 'is None')");
                }
                // CPython shares some strs and tuples (one-character and empty strs, equal
                // constants, the empty tuple) and jcvm does not share the same ones.
                fn shared_by_value(t: &Ty) -> bool {
                    match t {
                        Ty::Str | Ty::Tuple(_) | Ty::TupleN(_) => true,
                        Ty::Opt(inner) => shared_by_value(inner),
                        Ty::Union(members) => members.iter().any(shared_by_value),
                        _ => false,
                    }
                }
                if (shared_by_value(&l.ty) && r.ty != Ty::None) || (shared_by_value(&r.ty) && l.ty != Ty::None) {
                    return err(at, "'is' between strs or tuples is not supported (use ==, or 'is None')");
                }
                if !refs || methods {
                    return err(at, "'is' is only supported between objects and None");
                }
                let (a, b) = (self.as_ref_reg(l), self.as_ref_reg(r));
                self.emit(Instr::IsRef { dst: reg, a, b });
                if op == CmpOp::IsNot {
                    self.emit(Instr::NotBool { dst: reg, src: reg });
                }
                return Ok(reg);
            }
            CmpOp::In | CmpOp::NotIn if matches!(r.ty, Ty::Dict(..) | Ty::Set(_)) => {
                let (Ty::Dict(key, _) | Ty::Set(key)) = &r.ty else { unreachable!("matched") };
                let key = (**key).clone();
                let l = self.coerce(l, &key);
                if !self.c.assignable(&l.ty, &key) {
                    return err(at, format!("cannot look for {} in {}", self.c.ty_name(&l.ty), self.c.ty_name(&r.ty)));
                }
                let k = if l.ty == Ty::None { self.const_none_reg() } else { l.reg };
                let none = self.const_none_reg();
                self.emit(Instr::DictOp {
                    dst: reg,
                    dict: r.reg,
                    key: k,
                    value: none,
                    op: crate::opcode::DictOp::Contains,
                });
                if op == CmpOp::NotIn {
                    self.emit(Instr::NotBool { dst: reg, src: reg });
                }
                return Ok(reg);
            }
            CmpOp::In | CmpOp::NotIn => {
                let (Ty::List(elem) | Ty::TupleN(elem)) = &r.ty else {
                    return err(at, format!("'in' is only supported on lists, not {}", self.c.ty_name(&r.ty)));
                };
                let kind = match (&**elem, &l.ty) {
                    (Ty::Int | Ty::Bool, t) if t.is_intlike() => ElemKind::Int,
                    (Ty::Float, Ty::Float) => ElemKind::Float,
                    (Ty::Str, Ty::Str) => ElemKind::Str,
                    (Ty::Class(_), _) if l.ty.is_ref() && !self.has_user_eq(elem) => ElemKind::Ref,
                    (Ty::Class(_), Ty::Class(_)) => {
                        let elem = (**elem).clone();
                        self.contains_by_eq(&l, &r, elem, reg, at)?;
                        if op == CmpOp::NotIn {
                            self.emit(Instr::NotBool { dst: reg, src: reg });
                        }
                        return Ok(reg);
                    }
                    _ => {
                        return err(
                            at,
                            format!("cannot look for {} in {}", self.c.ty_name(&l.ty), self.c.ty_name(&r.ty)),
                        )
                    }
                };
                self.emit(Instr::ListContains { dst: reg, list: r.reg, item: l.reg, kind });
                if op == CmpOp::NotIn {
                    self.emit(Instr::NotBool { dst: reg, src: reg });
                }
                return Ok(reg);
            }
            _ => {}
        }
        if let (Ty::Tuple(_), Ty::Tuple(_)) = (&l.ty, &r.ty) {
            return self.compare_tuples(op, l, r, at, reg);
        }
        let cond = cond_of(op);
        if let (Ty::Set(_), true, Cond::Lt | Cond::Le | Cond::Gt | Cond::Ge) = (&l.ty, l.ty == r.ty, cond) {
            self.set_subset_test(op, cond, l, r, reg);
            return Ok(reg);
        }
        if l.ty.is_intlike() && r.ty.is_intlike() {
            self.emit(Instr::CmpInt { dst: reg, a: l.reg, b: r.reg, cond });
        } else if l.ty.is_number() && r.ty.is_number() {
            // An int and a float compare exactly (not through float(int), which rounds
            // above 2**53); a small int constant is exact as a float.
            let exact = |b: &Self, v: &Val| {
                !v.ty.is_intlike() || b.int_const_value(v.reg).is_some_and(|c| c.unsigned_abs() <= 1 << 53)
            };
            if exact(self, &l) && exact(self, &r) {
                let (a, b) = (self.float_reg(l), self.float_reg(r));
                self.emit(Instr::CmpFloat { dst: reg, a, b, cond });
            } else if l.ty.is_intlike() {
                self.emit(Instr::CmpIntFloat { dst: reg, a: l.reg, b: r.reg, cond });
            } else {
                let mirrored = match cond {
                    Cond::Lt => Cond::Gt,
                    Cond::Le => Cond::Ge,
                    Cond::Gt => Cond::Lt,
                    Cond::Ge => Cond::Le,
                    other => other,
                };
                self.emit(Instr::CmpIntFloat { dst: reg, a: r.reg, b: l.reg, cond: mirrored });
            }
        } else if matches!((&l.ty, &r.ty), (Ty::Str | Ty::None, Ty::Str) | (Ty::Str, Ty::None)) {
            if l.ty != r.ty && !matches!(cond, Cond::Eq | Cond::Ne) {
                return err(at, "'<' and friends are not supported between str and None");
            }
            let (a, b) = (self.as_ref_reg(l), self.as_ref_reg(r));
            self.emit(Instr::CmpStr { dst: reg, a, b, cond });
        } else if matches!(cond, Cond::Eq | Cond::Ne)
            && l.ty == r.ty
            && matches!(l.ty, Ty::List(_) | Ty::TupleN(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Range)
            && !self.compares_by_user_eq(&l.ty)
        {
            let ty = self.c.ty_id(&l.ty);
            self.emit(Instr::EqValue { dst: reg, a: l.reg, b: r.reg, ty });
            if cond == Cond::Ne {
                self.emit(Instr::NotBool { dst: reg, src: reg });
            }
        } else if let (Cond::Eq | Cond::Ne, Ty::List(elem) | Ty::TupleN(elem), true) = (
            cond,
            &l.ty,
            l.ty == r.ty && matches!(l.ty, Ty::List(ref e) | Ty::TupleN(ref e) if matches!(**e, Ty::Class(_))),
        ) {
            let elem = (**elem).clone();
            self.sequence_eq_by_eq(&l, &r, elem, reg, at)?;
            if cond == Cond::Ne {
                self.emit(Instr::NotBool { dst: reg, src: reg });
            }
        } else if matches!(cond, Cond::Eq | Cond::Ne)
            && (matches!(l.ty, Ty::Class(_) | Ty::None) && matches!(r.ty, Ty::Class(_) | Ty::None))
        {
            // Without __eq__, == on instances is identity.
            let (a, b) = (self.as_ref_reg(l), self.as_ref_reg(r));
            self.emit(Instr::IsRef { dst: reg, a, b });
            if cond == Cond::Ne {
                self.emit(Instr::NotBool { dst: reg, src: reg });
            }
        } else {
            let symbol = match cond {
                Cond::Lt => "<",
                Cond::Le => "<=",
                Cond::Eq => "==",
                Cond::Ne => "!=",
                Cond::Gt => ">",
                Cond::Ge => ">=",
            };
            return err(
                at,
                format!(
                    "'{symbol}' is not supported between '{}' and '{}'",
                    self.c.ty_name(&l.ty),
                    self.c.ty_name(&r.ty)
                ),
            );
        }
        Ok(reg)
    }

    /// A value known to be a reference or None, in a ref register.
    fn as_ref_reg(&mut self, v: Val) -> Reg {
        if v.ty == Ty::None && !matches!(v.ty.kind(), RegKind::Ref) {
            return self.const_none_reg();
        }
        v.reg
    }

    fn list_literal(&mut self, list: &'a ast::ExprList, hint: Option<&Ty>, dst: Option<Reg>) -> CResult<Val> {
        let elem = match hint {
            Some(Ty::List(elem)) => Some((**elem).clone()),
            _ => None,
        };
        self.sequence_literal(&list.elts, list.range, elem, "list", dst)
    }

    /// A list object holding `elts` (of type `elem` when given, else the first's):
    /// a list display, or a tuple display where a `tuple[T, ...]` is expected.
    fn sequence_literal(
        &mut self,
        elts: &'a [Expr],
        range: TextRange,
        elem: Option<Ty>,
        what: &str,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        if elts.len() > u16::MAX as usize / 2 {
            return err(range, format!("{what} literal is too long"));
        }
        let (elem, first) = match elem {
            Some(elem) => (elem, None),
            None => match elts.first() {
                None => {
                    return err(range, "cannot infer the element type of []; annotate it (xs: list[int] = [])");
                }
                Some(first) => {
                    let v = self.expr(first, None, None)?;
                    if v.ty == Ty::None {
                        return err(first.range(), "cannot infer a list's element type from None; annotate it");
                    }
                    (v.ty.clone(), Some(v))
                }
            },
        };
        let block = self.temp_block(&vec![elem.kind(); elts.len()], range)?;
        for (i, item) in elts.iter().enumerate() {
            let reg = Reg(block.0 + i as u16);
            match (&first, i) {
                (Some(v), 0) => {
                    self.emit(Instr::Move { dst: reg, src: v.reg });
                }
                _ => {
                    let v = self.expr(item, Some(&elem), Some(reg))?;
                    self.check_assignable(&v.ty, &elem, item.range(), || format!("a {what} element"))?;
                }
            }
        }
        let reg = self.out(dst, RegKind::Ref);
        self.emit(Instr::NewList { dst: reg, items: block, count: elts.len() as u16, refs: elem.is_ref() });
        Ok(Val { reg, ty: Ty::List(Box::new(elem)) })
    }

    /// `(a, b, ...)`: a new tuple object (elements converted to the hinted types).
    fn tuple_literal(&mut self, t: &'a ast::ExprTuple, hint: Option<&Ty>, dst: Option<Reg>) -> CResult<Val> {
        if let Some(star) = t.elts.iter().find(|e| matches!(e, Expr::Starred(_))) {
            return err(star.range(), "starred expressions in tuples are not supported");
        }
        if let Some(Ty::TupleN(elem)) = hint {
            // A tuple of any length is a list object nothing changes.
            let list = self.sequence_literal(&t.elts, t.range, Some((**elem).clone()), "tuple", dst)?;
            return Ok(Val { reg: list.reg, ty: hint.cloned().expect("matched") });
        }
        let hints = match hint {
            Some(Ty::Tuple(elems)) if elems.len() == t.elts.len() => Some(elems.clone()),
            _ => None,
        };
        let mut vals = Vec::new();
        for (i, item) in t.elts.iter().enumerate() {
            let elem_hint = hints.as_ref().map(|h| &h[i]);
            let v = self.expr(item, elem_hint, None)?;
            let v = match elem_hint {
                // None where the annotation admits it takes the annotated type.
                Some(h) if v.ty == Ty::None && h.kind() == RegKind::Ref && self.c.assignable(&Ty::None, h) => {
                    Val { reg: v.reg, ty: h.clone() }
                }
                Some(h) => self.coerce(v, h),
                None => v,
            };
            // A value that is a local's own register is read now, as CPython evaluates it now.
            let kept = self.temp(v.ty.kind());
            self.emit(Instr::Move { dst: kept, src: v.reg });
            vals.push(Val { reg: kept, ty: v.ty });
        }
        self.new_tuple(vals, dst)
    }

    /// `a <= b` (a subset), `a < b` (a proper subset), `a >= b`, `a > b` on sets:
    /// the smaller side minus the larger is empty (and, strictly, the lengths differ).
    fn set_subset_test(&mut self, op: CmpOp, cond: Cond, l: Val, r: Val, reg: Reg) {
        let symbol = op.as_str();
        self.raise_if_either_none(l.reg, r.reg, "set", |a, b| {
            format!("'{symbol}' not supported between instances of '{a}' and '{b}'")
        });
        let (small, large) = if matches!(cond, Cond::Lt | Cond::Le) { (l.reg, r.reg) } else { (r.reg, l.reg) };
        let rest = self.temp(RegKind::Ref);
        self.emit(Instr::SetOp { dst: rest, a: small, b: large, op: 2 });
        let len = self.temp(RegKind::Int);
        self.emit(Instr::DictLen { dst: len, dict: rest });
        let zero = self.const_int_reg(0);
        self.emit(Instr::CmpInt { dst: reg, a: len, b: zero, cond: Cond::Eq });
        if matches!(cond, Cond::Lt | Cond::Gt) {
            let not_subset = self.emit(Instr::JumpIfFalse { cond: reg, target: Self::HOLE });
            let (a, b) = (self.temp(RegKind::Int), self.temp(RegKind::Int));
            self.emit(Instr::DictLen { dst: a, dict: small });
            self.emit(Instr::DictLen { dst: b, dict: large });
            self.emit(Instr::CmpInt { dst: reg, a, b, cond: Cond::Lt });
            self.patch_here(vec![not_subset]);
        }
    }

    /// The fixed tuple `t` as a tuple of any length of type `ty` (a new list object).
    fn tuple_as_n(&mut self, t: Val, ty: &Ty) -> CResult<Val> {
        let (Ty::Tuple(elems), Ty::TupleN(elem)) = (&t.ty, ty) else { unreachable!("callers pass a fixed tuple") };
        let count = elems.len();
        let block = self.temp_block(&vec![elem.kind(); count], self.current)?;
        // An Optional tuple's None stays None.
        let reg = self.temp(RegKind::Ref);
        self.emit(Instr::Move { dst: reg, src: t.reg });
        let present = self.temp(RegKind::Int);
        self.emit(Instr::TruthyRef { dst: present, src: t.reg });
        let none = self.emit(Instr::JumpIfFalse { cond: present, target: Self::HOLE });
        for i in 0..count {
            let dst = Reg(block.0 + i as u16);
            self.emit(Instr::TupleGet { dst, tuple: t.reg, slot: Slot(i as u16), unpack: false });
        }
        self.emit(Instr::NewList { dst: reg, items: block, count: count as u16, refs: elem.is_ref() });
        self.patch_here(vec![none]);
        Ok(Val { reg, ty: ty.clone() })
    }

    /// Allocates a tuple holding `vals`.
    pub(super) fn new_tuple(&mut self, vals: Vec<Val>, dst: Option<Reg>) -> CResult<Val> {
        let elems: Vec<Ty> = vals.iter().map(|v| v.ty.clone()).collect();
        if elems.contains(&Ty::None) {
            return err(self.current, "a tuple element cannot be just None (annotate the tuple)");
        }
        let class = self.c.tuple_class(&elems);
        let obj = self.temp(RegKind::Ref);
        self.emit(Instr::New { dst: obj, class });
        let name = self.c.name_id("<tuple>");
        for (i, v) in vals.iter().enumerate() {
            let (o, slot, src) = (obj, Slot(i as u16), v.reg);
            self.emit(match v.ty.kind() {
                RegKind::Int => Instr::StoreFieldInt { obj: o, slot, src, name },
                RegKind::Float => Instr::StoreFieldFloat { obj: o, slot, src, name },
                RegKind::Ref => Instr::StoreFieldRef { obj: o, slot, src, name },
            });
        }
        let reg = self.out(dst, RegKind::Ref);
        if reg != obj {
            self.emit(Instr::Move { dst: reg, src: obj });
        }
        Ok(Val { reg, ty: Ty::Tuple(elems) })
    }

    /// Element `i` of a tuple value (for unpacking and comparison).
    pub(super) fn tuple_item(&mut self, tuple: &Val, i: usize, unpack: bool) -> Val {
        let Ty::Tuple(elems) = &tuple.ty else { unreachable!("callers pass tuples") };
        let ty = elems[i].clone();
        let reg = self.temp(ty.kind());
        self.emit(Instr::TupleGet { dst: reg, tuple: tuple.reg, slot: Slot(i as u16), unpack });
        Val { reg, ty }
    }

    /// `a op b` for two tuples of one shape: element by element, as CPython compares.
    fn compare_tuples(&mut self, op: CmpOp, l: Val, r: Val, at: TextRange, reg: Reg) -> CResult<Reg> {
        let (Ty::Tuple(a), Ty::Tuple(b)) = (&l.ty, &r.ty) else { unreachable!("callers pass tuples") };
        if a.len() != b.len() {
            return err(at, "comparing tuples of different lengths is not supported");
        }
        let n = a.len();
        let mut done = Vec::new();
        // An Optional tuple may be None: `==` is then identity, an ordering a TypeError.
        let none = self.const_none_reg();
        let (l_none, r_none) = (self.temp(RegKind::Int), self.temp(RegKind::Int));
        self.emit(Instr::IsRef { dst: l_none, a: l.reg, b: none });
        self.emit(Instr::IsRef { dst: r_none, a: r.reg, b: none });
        let either = self.temp(RegKind::Int);
        self.emit(Instr::OrInt { dst: either, a: l_none, b: r_none });
        let values = self.emit(Instr::JumpIfFalse { cond: either, target: Self::HOLE });
        match op {
            CmpOp::Eq | CmpOp::NotEq => {
                self.emit(Instr::IsRef { dst: reg, a: l.reg, b: r.reg });
                if op == CmpOp::NotEq {
                    self.emit(Instr::NotBool { dst: reg, src: reg });
                }
                done.push(self.emit(Instr::Jump { target: Self::HOLE }));
            }
            _ => {
                let symbol = match op {
                    CmpOp::Lt => "<",
                    CmpOp::LtE => "<=",
                    CmpOp::Gt => ">",
                    _ => ">=",
                };
                let message = |left: &str, right: &str| {
                    format!("'{symbol}' not supported between instances of '{left}' and '{right}'")
                };
                let right_only = self.emit(Instr::JumpIfFalse { cond: l_none, target: Self::HOLE });
                let left_only = self.emit(Instr::JumpIfFalse { cond: r_none, target: Self::HOLE });
                for (left, right, jumps) in [
                    ("NoneType", "NoneType", vec![]),
                    ("NoneType", "tuple", vec![left_only]),
                    ("tuple", "NoneType", vec![right_only]),
                ] {
                    self.patch_here(jumps);
                    self.raise_const(crate::opcode::ExcKind::TypeError, &message(left, right));
                }
            }
        }
        self.patch_here(vec![values]);
        for i in 0..n {
            let x = self.tuple_item(&l, i, false);
            let y = self.tuple_item(&r, i, false);
            // Equal elements: go on to the next. A difference decides the result.
            let same = self.temp(RegKind::Int);
            // The same object is equal to itself without asking its `__eq__` (CPython's
            // element comparison tries identity first).
            let identical = match (&x.ty, &y.ty) {
                (Ty::Class(_), Ty::Class(_)) => {
                    self.emit(Instr::IsRef { dst: same, a: x.reg, b: y.reg });
                    Some(self.emit(Instr::JumpIfTrue { cond: same, target: Self::HOLE }))
                }
                _ => None,
            };
            self.compare_pair(CmpOp::Eq, x.clone(), y.clone(), at, Some(same))?;
            let mut next = vec![self.emit(Instr::JumpIfTrue { cond: same, target: Self::HOLE })];
            next.extend(identical);
            match op {
                CmpOp::Eq => self.load_int(0, Some(reg)),
                CmpOp::NotEq => self.load_int(1, Some(reg)),
                _ => self.compare_pair(op, x, y, at, Some(reg))?,
            };
            done.push(self.emit(Instr::Jump { target: Self::HOLE }));
            self.patch_here(next);
        }
        // Every element equal: the lengths (equal) decide.
        let all_equal = matches!(op, CmpOp::Eq | CmpOp::LtE | CmpOp::GtE);
        self.load_int(i64::from(all_equal), Some(reg));
        self.patch_here(done);
        Ok(reg)
    }

    /// `[elt for target in iter if cond ...]`: a loop appending to a new list. The
    /// targets are the comprehension's own variables (they shadow, and then
    /// leave untouched, variables of the same name).
    pub(super) fn list_comp(
        &mut self,
        elt: &'a Expr,
        generators: &'a [ast::Comprehension],
        hint: Option<&Ty>,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        let mut elem_ty = match hint {
            Some(Ty::List(elem)) => Some((**elem).clone()),
            _ => None,
        };
        let list = self.temp(RegKind::Ref);
        let new_at = self.emit(Instr::NewList { dst: list, items: Reg(0), count: 0, refs: false });
        let mut append = |b: &mut Self| -> CResult<()> {
            let v = b.expr(elt, elem_ty.as_ref(), None)?;
            let ty = match &elem_ty {
                Some(ty) => ty.clone(),
                None if v.ty == Ty::None => {
                    return err(elt.range(), "cannot infer a list's element type from None; annotate it")
                }
                None => v.ty.clone(),
            };
            let v = b.coerce(v, &ty);
            b.check_assignable(&v.ty, &ty, elt.range(), || "a list element".into())?;
            elem_ty = Some(ty);
            b.emit(Instr::ListAppend { list, src: v.reg });
            Ok(())
        };
        // One `for` and no `if`: as many items as its list holds (see `reserve_into`).
        if let [only] = generators {
            if only.ifs.is_empty() {
                self.reserve_into = Some(list);
            }
        }
        let looped = self.comprehension(generators, 0, &mut append);
        self.reserve_into = None;
        looped?;
        let elem =
            elem_ty.ok_or_else(|| crate::error::CompileError::new(elt.range(), "cannot infer the element type"))?;
        if let Instr::NewList { refs, .. } = &mut self.code_mut()[new_at] {
            *refs = elem.is_ref();
        }
        let reg = self.out(dst, RegKind::Ref);
        if reg != list {
            self.emit(Instr::Move { dst: reg, src: list });
        }
        Ok(Val { reg, ty: Ty::List(Box::new(elem)) })
    }

    /// The loops of a comprehension around `body`, with the targets scoped to it.
    pub(super) fn comprehension(
        &mut self,
        generators: &'a [ast::Comprehension],
        kind: u8,
        body: super::loops::LoopBody<'_, 'c, 'a>,
    ) -> CResult<()> {
        let mut names = Vec::new();
        for generator in generators {
            if generator.is_async {
                return err(generator.range, "async comprehensions are not supported");
            }
            target_names(&generator.target, &mut names);
        }
        // CPython evaluates the first iterable outside the comprehension's scope.
        if let Some(first) = generators.first() {
            let outer_name = names.iter().find(|n| reads_outside_lambdas(&first.iter, n));
            if let Some(name) = outer_name {
                return err(
                    first.iter.range(),
                    format!("a comprehension whose first iterable reads its own variable '{name}' is not supported; rename one"),
                );
            }
        }
        let saved: Vec<(String, Option<super::func::Local>, bool)> =
            names.iter().map(|n| (n.clone(), self.locals.remove(n), self.bound.remove(n))).collect();
        // The targets are the comprehension's own variables, never the cells of
        // same-named variables of the function.
        let shadowed_cells: Vec<_> = names.iter().filter_map(|n| self.cells.remove_entry(n)).collect();
        let was_module = std::mem::replace(&mut self.module, false);
        // The body (from the first item on) is the comprehension's own frame in CPython;
        // its first iterable is evaluated outside.
        let mut start = None;
        let result = self.comprehension_loops(generators, body, &mut start);
        if let Some(start) = start {
            let end = self.here() as u32;
            self.comprehensions.push(crate::program::ComprehensionSite { start: start as u32, end, kind });
        }
        self.module = was_module;
        for (name, local, bound) in saved {
            self.locals.remove(&name);
            self.bound.remove(&name);
            if let Some(local) = local {
                self.locals.insert(name.clone(), local);
            }
            if bound {
                self.bound.insert(name);
            }
        }
        self.cells.extend(shadowed_cells);
        result
    }

    fn comprehension_loops(
        &mut self,
        generators: &'a [ast::Comprehension],
        body: super::loops::LoopBody<'_, 'c, 'a>,
        start: &mut Option<usize>,
    ) -> CResult<()> {
        let Some((first, rest)) = generators.split_first() else {
            return body(self);
        };
        let mut inner = |b: &mut Self| -> CResult<()> {
            if start.is_none() {
                *start = Some(b.here());
            }
            for cond in &first.ifs {
                let skip = b.branch_if_false(cond)?;
                b.loops.last_mut().expect("inside the loop").continues.extend(skip);
            }
            b.comprehension_loops(rest, body, &mut Some(0))
        };
        self.for_loop(Some(&first.target), &first.iter, first.range, &mut inner, &[])
    }

    /// Refuses to iterate or print a set whose order jcvm cannot know: one of
    /// Optional numbers (CPython 3.11 hashes None by its address in the
    /// interpreter's binary).
    pub(super) fn check_set_order(&self, ty: &Ty, at: TextRange) -> CResult<()> {
        let may_hold_none = |t: &Ty| match t {
            Ty::Set(e) => matches!(&**e, Ty::Opt(_)) || matches!(&**e, Ty::Union(m) if m.contains(&Ty::None)),
            _ => false,
        };
        if ty.any_within(&may_hold_none) {
            return err(
                at,
                "the order of a set that may hold None is not supported (CPython hashes None by its address); use sorted() on the values or a set without None",
            );
        }
        Ok(())
    }

    /// Refuses to turn into text what CPython prints by address (functions,
    /// generators, tracebacks), alone or inside a container.
    pub(super) fn check_printable(&self, ty: &Ty, at: TextRange) -> CResult<()> {
        self.check_set_order(ty, at)?;
        let by_address = |t: &Ty| {
            matches!(
                t,
                Ty::Func(_)
                    | Ty::Closure(_)
                    | Ty::Fn(..)
                    | Ty::Method(..)
                    | Ty::Iter(_)
                    | Ty::ClassObj(_)
                    | Ty::Traceback
            )
        };
        if ty.any_within(&by_address) {
            return err(
                at,
                "printing a function, generator or traceback is not supported (CPython prints its address)",
            );
        }
        Ok(())
    }

    /// A str register holding `str(v)`.
    pub(super) fn str_reg(&mut self, v: Val, at: TextRange) -> CResult<Reg> {
        self.check_printable(&v.ty, at)?;
        if let Some(reg) = self.text_dunder(&v, false, at)? {
            return Ok(reg);
        }
        let reg = self.temp(RegKind::Ref);
        let ty = self.c.ty_id(&v.ty);
        self.emit(Instr::ToStr { dst: reg, src: v.reg, ty });
        Ok(reg)
    }
}

/// The list methods that may be taken as bound method values.
const LIST_METHODS: &[&str] =
    &["append", "extend", "insert", "pop", "remove", "index", "count", "reverse", "clear", "copy"];

/// Whether `e` reads variable `name` outside the lambdas in it (a lambda's
/// parameter of that name is its own variable).
fn reads_outside_lambdas(e: &Expr, name: &str) -> bool {
    use ruff_python_ast::visitor::{walk_expr, Visitor};
    struct Finder<'n> {
        name: &'n str,
        found: bool,
    }
    impl<'x> Visitor<'x> for Finder<'_> {
        fn visit_expr(&mut self, expr: &'x Expr) {
            match expr {
                Expr::Lambda(_) => {}
                Expr::Name(n) if n.id.as_str() == self.name => self.found = true,
                other => walk_expr(self, other),
            }
        }
    }
    let mut finder = Finder { name, found: false };
    finder.visit_expr(e);
    finder.found
}

/// The variable names an assignment target binds (`a`, `(a, (b, c))`).
pub(super) fn target_names(target: &Expr, out: &mut Vec<String>) {
    match target {
        Expr::Name(n) => out.push(n.id.to_string()),
        Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
            elts.iter().for_each(|e| target_names(e, out))
        }
        Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}

/// The bytecode condition for a comparison operator.
pub(super) fn cond_of(op: CmpOp) -> Cond {
    match op {
        CmpOp::Lt => Cond::Lt,
        CmpOp::LtE => Cond::Le,
        CmpOp::Eq => Cond::Eq,
        CmpOp::NotEq => Cond::Ne,
        CmpOp::Gt => Cond::Gt,
        CmpOp::GtE => Cond::Ge,
        CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn => {
            unreachable!("handled by the caller")
        }
    }
}
