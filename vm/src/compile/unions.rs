//! `Union[...]` values: `isinstance` tests on them, narrowing a Union local
//! by such a test, and methods and fields shared by every member class,
//! dispatched on the value's class at run time.
//!
//! A Union's word is None, a box of a number (a one-slot tuple object), a
//! str, or an instance, so `isinstance(x, C)` is `IsInstance` against `C` (or
//! the box class of `int`/`float`), and `isinstance(x, str)` is "present and
//! none of the others".

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::call::CallArgs;
use super::decls::err;
use super::func::{FnBuilder, Val};
use crate::error::CResult;
use crate::opcode::{ClassId, ExcKind, FuncId, Instr, Reg};
use crate::ty::{RegKind, Ty};

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// `isinstance(v, name)` for a Union value `v`, into `dst`.
    pub(super) fn union_isinstance(
        &mut self,
        v: &Val,
        members: &[Ty],
        name: &str,
        dst: Reg,
        at: TextRange,
    ) -> CResult<()> {
        if let Some(&class) = self.c.class_names.get(name) {
            self.emit(Instr::IsInstance { dst, obj: v.reg, class });
            return Ok(());
        }
        match name {
            "int" | "float" => {
                let number = if name == "int" { Ty::Int } else { Ty::Float };
                let class = self.c.tuple_class(std::slice::from_ref(&number));
                self.emit(Instr::IsInstance { dst, obj: v.reg, class });
            }
            "str" if members.contains(&Ty::Str) => {
                // A str is what is present and is no box and no instance.
                self.emit(Instr::TruthyRef { dst, src: v.reg });
                let mut outs = vec![self.emit(Instr::JumpIfFalse { cond: dst, target: Self::HOLE })];
                let other = self.temp(RegKind::Int);
                for member in members {
                    let class = match member {
                        Ty::Class(class) => *class,
                        Ty::Int | Ty::Float => self.c.tuple_class(std::slice::from_ref(member)),
                        _ => continue,
                    };
                    self.emit(Instr::IsInstance { dst: other, obj: v.reg, class });
                    let not = self.emit(Instr::JumpIfFalse { cond: other, target: Self::HOLE });
                    self.emit(Instr::LoadInt { dst, value: 0 });
                    outs.push(self.emit(Instr::Jump { target: Self::HOLE }));
                    self.patch_here(vec![not]);
                }
                self.patch_here(outs);
            }
            "str" | "bool" | "list" => {
                self.emit(Instr::LoadInt { dst, value: 0 });
            }
            other => return err(at, format!("isinstance() with '{other}' is not supported")),
        }
        Ok(())
    }

    /// For `isinstance(x, C)` (or `not isinstance(x, C)`) on a Union local `x`: the
    /// types `x` has where the test is true and where it is false (None: not
    /// narrowed there).
    pub(super) fn union_narrowing(&self, test: &Expr) -> Option<(String, Option<Ty>, Option<Ty>)> {
        let (call, negated) = match test {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => (&*u.operand, true),
            other => (other, false),
        };
        let Expr::Call(call) = call else { return None };
        let Expr::Name(func) = &*call.func else { return None };
        let [Expr::Name(var), Expr::Name(class)] = &call.arguments.args[..] else { return None };
        if func.id.as_str() != "isinstance" || !self.is_builtin("isinstance") || self.module {
            return None;
        }
        if self.declared_globals.contains(var.id.as_str()) {
            return None;
        }
        let Ty::Union(members) = &self.locals.get(var.id.as_str())?.ty else { return None };
        let target = match self.c.class_names.get(class.id.as_str()) {
            Some(&id) => Ty::Class(id),
            None => match class.id.as_str() {
                "str" => Ty::Str,
                "int" => Ty::Int,
                "float" => Ty::Float,
                _ => return None,
            },
        };
        // A number stays in its box: the local is read as an Optional number known
        // not to be None (see `retype_local`).
        let narrowed = |ty: &Ty| if ty.is_number() { Ty::Opt(Box::new(ty.clone())) } else { ty.clone() };
        let is_member = members.contains(&target);
        let yes = (is_member || self.subclass_of_member(&target, members)).then(|| narrowed(&target));
        let rest: Vec<Ty> = members.iter().filter(|m| **m != target).cloned().collect();
        let no = match &rest[..] {
            _ if !is_member => None,
            [] => None,
            [single] => Some(narrowed(single)),
            several => Some(Ty::Union(several.to_vec())),
        };
        let (yes, no) = if negated { (no, yes) } else { (yes, no) };
        Some((var.id.to_string(), yes, no))
    }

    fn subclass_of_member(&self, target: &Ty, members: &[Ty]) -> bool {
        let Ty::Class(target) = target else { return false };
        members.iter().any(|m| matches!(m, Ty::Class(member) if self.c.is_subclass(*target, *member)))
    }

    /// Gives local `name` type `ty` (an Optional number: one known not to be None);
    /// returns the type it had.
    pub(super) fn retype_local(&mut self, name: &str, ty: Ty) -> Option<Ty> {
        let boxed = ty.boxed_number().is_some();
        let local = self.locals.get_mut(name)?;
        let previous = std::mem::replace(&mut local.ty, ty);
        if boxed {
            self.bound.insert(super::optional::fact_key(name));
        }
        Some(previous)
    }

    /// The member classes of a Union of classes (None if another type is in it).
    fn member_classes(members: &[Ty]) -> Option<Vec<ClassId>> {
        members.iter().map(|m| if let Ty::Class(c) = m { Some(*c) } else { None }).collect()
    }

    /// `obj.method(args)` on a Union of classes that all have `method` with the
    /// same signature: a test of the value's class picks the method to call.
    pub(super) fn union_method_call(
        &mut self,
        obj: Val,
        members: &[Ty],
        method: &str,
        args: CallArgs<'a>,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        let union_name = self.c.ty_name(&obj.ty);
        let Some(classes) = Self::member_classes(members) else {
            return err(at, format!("calling '{method}' on a {union_name} is supported when every member is a class"));
        };
        let mut funcs: Vec<FuncId> = Vec::new();
        for class in &classes {
            let c = &self.c.classes[class.0 as usize];
            match c.methods.get(method) {
                Some(&f) if !c.statics.contains(method) && !c.classmethods.contains(method) => funcs.push(f),
                _ => return err(at, format!("'{}' (a member of {union_name}) has no method '{method}'", c.name)),
            }
        }
        if let Some(keyword) = args.kw.first() {
            return err(keyword.range, format!("keyword arguments to a method of a {union_name} are not supported"));
        }
        let signature = |this: &Self, f: FuncId| {
            let decl = &this.c.funcs[f.0 as usize];
            decl.params[1..].iter().map(|(_, t)| t.clone()).collect::<Vec<_>>()
        };
        let params = signature(self, funcs[0]);
        if funcs.iter().any(|&f| signature(self, f) != params || self.c.is_generator(f)) {
            return err(at, format!("the members of {union_name} define '{method}' with different parameters"));
        }
        if args.pos.len() != params.len() {
            return err(at, format!("{method}() takes {} arguments here, not {}", params.len(), args.pos.len()));
        }
        let mut ret = None;
        for &f in &funcs {
            let r = self.c.return_type(f, at)?;
            if ret.as_ref().is_some_and(|prev| *prev != r) {
                return err(at, format!("the members of {union_name} define '{method}' with different return types"));
            }
            ret = Some(r);
        }
        let ret = ret.expect("a Union has members");
        let mut regs = vec![obj.reg];
        for (arg, pty) in args.pos.iter().zip(&params) {
            let v = self.expr(arg, Some(pty), None)?;
            let v = self.coerce(v, pty);
            self.check_assignable(&v.ty, pty, arg.range(), || format!("an argument of {method}()"))?;
            regs.push(if v.ty == Ty::None { self.const_none_reg() } else { v.reg });
        }
        let block = self.arg_list(&regs);
        let argc = regs.len() as u8;
        let out = self.out(dst, ret.kind());
        self.by_member_class(obj.reg, &classes, method, |b, i, class| {
            let func = funcs[i];
            b.emit(if b.c.is_overridden_below(class, method, func) {
                Instr::CallMethod { dst: out, func, args: block, argc }
            } else {
                Instr::CallFinal { dst: out, func, args: block, argc }
            });
            Ok(())
        })?;
        Ok(Val { reg: out, ty: ret })
    }

    /// `obj.field = val` on a Union of classes that all have `field` of one type.
    pub(super) fn union_store_field(
        &mut self,
        obj: Val,
        members: &[Ty],
        attr: &ast::Identifier,
        val: Val,
        at: TextRange,
    ) -> CResult<()> {
        let (classes, _) = self.shared_field(&obj, members, attr)?;
        self.by_member_class(obj.reg, &classes, attr.id.as_str(), |b, _, class| {
            b.store_field(Val { reg: obj.reg, ty: Ty::Class(class) }, attr, val.clone(), at)
        })
    }

    /// `obj.field` on a Union of classes that all have `field` of one type.
    pub(super) fn union_field(
        &mut self,
        obj: Val,
        members: &[Ty],
        attr: &ast::Identifier,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        let (classes, ty) = self.shared_field(&obj, members, attr)?;
        let out = self.out(dst, ty.kind());
        self.by_member_class(obj.reg, &classes, attr.id.as_str(), |b, _, class| {
            let v = b.load_field(Val { reg: obj.reg, ty: Ty::Class(class) }, attr, Some(out))?;
            if v.reg != out {
                b.emit(Instr::Move { dst: out, src: v.reg });
            }
            Ok(())
        })?;
        Ok(Val { reg: out, ty })
    }

    /// The member classes of a Union value's type, when every one has field `attr`
    /// of one type, and that type.
    fn shared_field(&self, obj: &Val, members: &[Ty], attr: &ast::Identifier) -> CResult<(Vec<ClassId>, Ty)> {
        let union_name = self.c.ty_name(&obj.ty);
        let Some(classes) = Self::member_classes(members) else {
            return err(attr.range, format!("'{union_name}' object has no attribute '{}'", attr.id));
        };
        let mut ty: Option<Ty> = None;
        for &class in &classes {
            let field = self.field_of(&Ty::Class(class), attr)?;
            if ty.as_ref().is_some_and(|t| *t != field.ty) {
                return err(
                    attr.range,
                    format!("the members of {union_name} have field '{}' of different types", attr.id),
                );
            }
            ty = Some(field.ty);
        }
        Ok((classes, ty.expect("a Union has members")))
    }

    /// A test of the value in `obj` against each class in turn, running `each` for
    /// the one it is an instance of (with its index); None raises AttributeError
    /// for `name`, as reaching it on None does.
    fn by_member_class(
        &mut self,
        obj: Reg,
        classes: &[ClassId],
        name: &str,
        mut each: impl FnMut(&mut Self, usize, ClassId) -> CResult<()>,
    ) -> CResult<()> {
        let is = self.temp(RegKind::Int);
        let mut ends = Vec::new();
        for (i, &class) in classes.iter().enumerate() {
            self.emit(Instr::IsInstance { dst: is, obj, class });
            let next = self.emit(Instr::JumpIfFalse { cond: is, target: Self::HOLE });
            each(self, i, class)?;
            ends.push(self.emit(Instr::Jump { target: Self::HOLE }));
            self.patch_here(vec![next]);
        }
        self.raise_const(ExcKind::AttributeError, &format!("'NoneType' object has no attribute '{name}'"));
        self.patch_here(ends);
        Ok(())
    }
}
