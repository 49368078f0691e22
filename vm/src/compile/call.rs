//! Calls: functions, constructors, methods (virtual and super), list and
//! `math` methods, and the builtins (`print`, `len`, `min`, `round` ...).

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::decls::err;
use super::func::{FnBuilder, Val};
use super::imports::Imported;
use crate::error::CResult;
use crate::opcode::{ArgsId, ClassId, ElemKind, FindOp, FuncId, Instr, Reg, ReshapeOp, Slot};
use crate::ty::{RegKind, Ty};

/// How list items of type `ty` compare for `in`, `index`, `count` and `remove`:
/// by value for numbers and strs, by identity for instances (no `__eq__`).
pub(super) fn elem_kind(ty: &Ty) -> Option<ElemKind> {
    // (A class with `__eq__` is refused by the callers: see `FnBuilder::has_user_eq`.)
    match ty {
        Ty::Int | Ty::Bool => Some(ElemKind::Int),
        Ty::Float => Some(ElemKind::Float),
        Ty::Str => Some(ElemKind::Str),
        Ty::Class(_) => Some(ElemKind::Ref),
        _ => None,
    }
}

/// A call's arguments as written: positional, then keywords.
#[derive(Clone, Copy)]
pub(super) struct CallArgs<'a> {
    pub pos: &'a [Expr],
    pub kw: &'a [ast::Keyword],
}

/// Whether a default is a literal (a number, string, bool or None, maybe negated),
/// which may be evaluated at each call instead of once.
pub(super) fn is_literal(e: &Expr) -> bool {
    match e {
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) => true,
        Expr::UnaryOp(u) => matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd) && is_literal(&u.operand),
        _ => false,
    }
}

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// A call; `hint` is the type the context expects (for `list()`, `set()`, `dict()`).
    pub(super) fn call(&mut self, call: &'a ast::ExprCall, hint: Option<&Ty>, dst: Option<Reg>) -> CResult<Val> {
        let args = &call.arguments.args;
        if let Some(star) = args.iter().find(|a| matches!(a, Expr::Starred(_))) {
            return err(star.range(), "*args in calls are not supported");
        }
        match &*call.func {
            Expr::Name(name) => {
                let name = name.id.as_str();
                let shadowed = self.locals.contains_key(name)
                    || self.cells.contains_key(name)
                    || self.c.global_names.contains_key(name);
                if name == "print" && !shadowed {
                    return self.print(call);
                }
                let call_args = CallArgs { pos: args, kw: &call.arguments.keywords };
                match self.static_type_of_simple(&call.func) {
                    Some(Ty::Func(func)) => return self.call_function(func, None, call_args, call.range, dst),
                    Some(Ty::Closure(func)) => {
                        let env = self.expr(&call.func, None, None)?;
                        return self.call_closure(func, env, call_args, call.range, dst);
                    }
                    Some(Ty::Fn(..)) => {
                        let callee = self.expr(&call.func, None, None)?;
                        return self.call_function_object(callee, call_args, call.range, dst);
                    }
                    Some(Ty::ClassObj(class)) => return self.construct(class, call_args, call.range, dst),
                    Some(Ty::Method(recv, method)) => {
                        let bound = self.expr(&call.func, None, None)?;
                        let obj = Val { reg: bound.reg, ty: *recv };
                        return self.method_call_on(obj, &method, call_args, call.range, call.range, dst);
                    }
                    _ => {}
                }
                if self.static_type_of_simple(&call.func).is_some_and(|t| self.dunder(&t, "__call__").is_some()) {
                    let obj = self.expr(&call.func, None, None)?;
                    return self.method_call_on(obj, "__call__", call_args, call.range, call.range, dst);
                }
                let has_key =
                    call.arguments.keywords.iter().any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "key"));
                if matches!(name, "min" | "max") && has_key && self.is_builtin(name) {
                    return self.min_max_key(name == "max", call, dst);
                }
                if name == "sorted" && self.is_builtin(name) {
                    return self.sorted(call, dst);
                }
                if let Some(&func) = self.c.func_names.get(name) {
                    return self.call_function(func, None, call_args, call.range, dst);
                }
                if let Some(&class) = self.c.class_names.get(name) {
                    return self.construct(class, call_args, call.range, dst);
                }
                if let Some(Imported::Item("math", item)) = self.imported(name) {
                    return self.math(item, args, &call.arguments.keywords, call.range, dst);
                }
                self.no_keywords(call)?;
                if let Some(Imported::Item(module, item)) = self.imported(name) {
                    return self.module_call(module, item, args, call.range, dst);
                }
                if !shadowed {
                    if let Some(val) = self.builtin(name, args, hint, call.range, dst)? {
                        return Ok(val);
                    }
                }
                err(call.func.range(), format!("name '{name}' is not defined or not callable"))
            }
            Expr::Attribute(attr) => {
                let call_args = CallArgs { pos: args, kw: &call.arguments.keywords };
                self.method_call(attr, call_args, call.range, dst)
            }
            other => {
                let obj = self.expr(other, None, None)?;
                let call_args = CallArgs { pos: args, kw: &call.arguments.keywords };
                match obj.ty {
                    Ty::Func(func) => return self.call_function(func, None, call_args, call.range, dst),
                    Ty::Closure(func) => return self.call_closure(func, obj, call_args, call.range, dst),
                    Ty::Fn(..) => return self.call_function_object(obj, call_args, call.range, dst),
                    _ => {}
                }
                if self.dunder(&obj.ty, "__call__").is_none() {
                    return err(
                        other.range(),
                        "only functions, classes, methods and objects with __call__ can be called",
                    );
                }
                let call_args = CallArgs { pos: args, kw: &call.arguments.keywords };
                self.method_call_on(obj, "__call__", call_args, call.range, call.range, dst)
            }
        }
    }

    fn no_keywords(&self, call: &ast::ExprCall) -> CResult<()> {
        match call.arguments.keywords.first() {
            Some(keyword) => err(keyword.range, "keyword arguments are not supported yet"),
            None => Ok(()),
        }
    }

    /// Calls a known function with `receiver` (already in a register) as its first argument if given.
    pub(super) fn call_function(
        &mut self,
        func: FuncId,
        receiver: Option<Val>,
        args: CallArgs<'a>,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        if self.c.is_generic_template(func) {
            return self.call_generic(func, receiver, args, at, dst);
        }
        let block = self.arguments(func, receiver, args, at)?;
        let argc = self.c.funcs[func.0 as usize].params.len() as u8;
        if self.c.is_generator(func) {
            return self.new_generator(func, block, argc, dst);
        }
        let ret = self.c.return_type(func, at)?;
        let reg = self.out(dst, ret.kind());
        self.emit(Instr::Call { dst: reg, func, args: block, argc });
        Ok(Val { reg, ty: ret })
    }

    /// A call of a generic function: the arguments are evaluated first, their types
    /// pick (or make) the instance, which is then called with them.
    fn call_generic(
        &mut self,
        template: FuncId,
        receiver: Option<Val>,
        args: CallArgs<'a>,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        if !args.kw.is_empty() {
            return err(at, "keyword arguments to generic functions and class methods are not supported");
        }
        let decl = &self.c.funcs[template.0 as usize];
        if decl.shape.vararg {
            return err(at, "*args in a generic function is not supported");
        }
        let (params, name, def) = (decl.params.clone(), decl.name.clone(), decl.def);
        let skip = usize::from(receiver.is_some());
        if args.pos.len() + skip > params.len() {
            let n = params.len() - skip;
            return err(at, format!("{name}() takes {n} positional arguments but {} were given", args.pos.len()));
        }
        let mut vals: Vec<Val> = receiver.into_iter().collect();
        for (arg, (_, pty)) in args.pos.iter().zip(&params[skip..]) {
            // A parameter of a fixed type gives its argument a hint (an Optional number is boxed).
            let hint = (!pty.has_var()).then_some(pty);
            let v = self.expr(arg, hint, None)?;
            // Kept aside: a later argument cannot change it, but the instance is chosen after all are read.
            vals.push(v);
        }
        // Missing arguments take their literal defaults.
        let defaults = self.defaults_of(template, def);
        for (index, (pname, _)) in params.iter().enumerate().skip(vals.len()) {
            match defaults.get(index).copied().flatten() {
                Some(default) if is_literal(default) => {
                    let v = self.expr(default, None, None)?;
                    vals.push(v);
                }
                Some(default) => {
                    return err(
                        default.range(),
                        "a generic function's defaults must be literals (None, numbers, strings)",
                    )
                }
                None => return err(at, format!("{name}() missing required argument: '{pname}'")),
            }
        }
        let types: Vec<Ty> = vals.iter().map(|v| v.ty.clone()).collect();
        let instance = self.c.instantiate(template, &types, at)?;
        let instance_params = self.c.funcs[instance.0 as usize].params.clone();
        let mut regs = Vec::new();
        for (v, (pname, pty)) in vals.into_iter().zip(&instance_params) {
            let v = self.coerce(v, pty);
            self.check_assignable(&v.ty, pty, at, || format!("parameter '{pname}'"))?;
            regs.push(if v.ty == Ty::None { self.const_none_reg() } else { v.reg });
        }
        let block = self.arg_list(&regs);
        if self.c.is_generator(instance) {
            return self.new_generator(instance, block, regs.len() as u8, dst);
        }
        let ret = self.c.return_type(instance, at)?;
        let reg = self.out(dst, ret.kind());
        self.emit(Instr::Call { dst: reg, func: instance, args: block, argc: regs.len() as u8 });
        Ok(Val { reg, ty: ret })
    }

    /// Evaluates a call's arguments in source order (positional, then keywords),
    /// checking them against the parameters; a missing argument takes its
    /// parameter's default. The call reads each from wherever it is (a local's own
    /// register, a constant, a temporary).
    fn arguments(&mut self, func: FuncId, receiver: Option<Val>, args: CallArgs<'a>, at: TextRange) -> CResult<ArgsId> {
        let decl = &self.c.funcs[func.0 as usize];
        let (params, shape, name, def) = (decl.params.clone(), decl.shape, decl.name.clone(), decl.def);
        let skip = usize::from(receiver.is_some());
        let max_positional = shape.positional - skip;
        if args.pos.len() > max_positional && !shape.vararg {
            let given = args.pos.len();
            return err(
                at,
                format!(
                    "{name}() takes {max_positional} positional argument{} but {given} {} given",
                    if max_positional == 1 { "" } else { "s" },
                    if given == 1 { "was" } else { "were" }
                ),
            );
        }
        // Locals cannot change while later arguments are evaluated (no expression
        // assigns a local), so reading them in place at the call keeps Python's order.
        let mut regs: Vec<Option<Reg>> = vec![None; params.len()];
        if let Some(receiver) = receiver {
            regs[0] = Some(receiver.reg);
        }
        let (positional, extra) = args.pos.split_at(args.pos.len().min(max_positional));
        for (i, arg) in positional.iter().enumerate() {
            regs[skip + i] = Some(self.argument(arg, &params[skip + i])?);
        }
        if shape.vararg {
            // The extra positional arguments, in order, make the `*args` tuple.
            let (pname, ty) = params[shape.positional].clone();
            let Ty::TupleN(elem) = &ty else { unreachable!("*args is a tuple[T, ...]") };
            let block = self.temp_block(&vec![elem.kind(); extra.len()], at)?;
            for (i, arg) in extra.iter().enumerate() {
                let reg = self.argument(arg, &(pname.clone(), (**elem).clone()))?;
                self.emit(Instr::Move { dst: Reg(block.0 + i as u16), src: reg });
            }
            let list = self.temp(RegKind::Ref);
            self.emit(Instr::NewList { dst: list, items: block, count: extra.len() as u16, refs: elem.is_ref() });
            regs[shape.positional] = Some(list);
        }
        for keyword in args.kw {
            let Some(kw) = &keyword.arg else {
                return err(keyword.range, "**kwargs in calls are not supported");
            };
            let found = params
                .iter()
                .enumerate()
                .skip(skip.max(shape.posonly))
                .filter(|(i, _)| !(shape.vararg && *i == shape.positional))
                .find(|(_, (n, _))| n == kw.as_str());
            let Some((index, _)) = found else {
                return err(kw.range, format!("{name}() got an unexpected keyword argument '{kw}'"));
            };
            if regs[index].is_some() {
                return err(kw.range, format!("{name}() got multiple values for argument '{kw}'"));
            }
            regs[index] = Some(self.argument(&keyword.value, &params[index])?);
        }
        let defaults = self.defaults_of(func, def);
        let mut missing = Vec::new();
        for index in 0..params.len() {
            if regs[index].is_some() {
                continue;
            }
            match defaults.get(index).copied().flatten() {
                Some(default) => regs[index] = Some(self.default_argument(func, index, default)?),
                None => missing.push(format!("'{}'", params[index].0)),
            }
        }
        if !missing.is_empty() {
            let list = match missing.split_last() {
                Some((last, [])) => last.clone(),
                Some((last, rest)) if rest.len() == 1 => format!("{} and {last}", rest[0]),
                Some((last, rest)) => format!("{}, and {last}", rest.join(", ")),
                None => unreachable!("not empty"),
            };
            let n = missing.len();
            return err(at, format!("{name}() missing {n} required argument{}: {list}", if n == 1 { "" } else { "s" }));
        }
        let regs: Vec<Reg> = regs.into_iter().map(|r| r.expect("every parameter has an argument")).collect();
        Ok(self.arg_list(&regs))
    }

    /// Each parameter's default expression, in `FuncDecl::params` order (a closure's
    /// hidden environment parameter has none).
    fn defaults_of(&self, func: FuncId, def: Option<&'a ast::StmtFunctionDef>) -> Vec<Option<&'a Expr>> {
        let hidden = self.c.captures.contains_key(&func);
        let defaults = def.into_iter().flat_map(super::param_defaults);
        std::iter::repeat_n(None, usize::from(hidden)).chain(defaults).collect()
    }

    /// One argument for parameter `(name, ty)`.
    fn argument(&mut self, arg: &'a Expr, (pname, pty): &(String, Ty)) -> CResult<Reg> {
        if let Expr::Starred(star) = arg {
            return err(star.range, "*args in calls are not supported");
        }
        let v = self.expr(arg, Some(pty), None)?;
        let v = self.coerce(v, pty);
        self.check_assignable(&v.ty, pty, arg.range(), || format!("parameter '{pname}'"))?;
        Ok(v.reg)
    }

    /// The default of parameter `index` of `func`: a literal is compiled where it
    /// is needed (it cannot change); any other default was evaluated once, when
    /// the `def` ran, into a hidden global (CPython's semantics: a mutable default
    /// is shared by every call).
    fn default_argument(&mut self, func: FuncId, index: usize, default: &'a Expr) -> CResult<Reg> {
        let (pname, pty) = self.c.funcs[func.0 as usize].params[index].clone();
        if is_literal(default) {
            return self.argument(default, &(pname, pty));
        }
        let global = self.c.default_global(func, index);
        let reg = self.temp(pty.kind());
        self.emit(Instr::LoadGlobal { dst: reg, global });
        Ok(reg)
    }

    /// `C(args)`: allocate, store field defaults, run `__init__`.
    pub(super) fn construct(
        &mut self,
        class: ClassId,
        args: CallArgs<'a>,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        let obj = self.temp(RegKind::Ref);
        self.emit(Instr::New { dst: obj, class });
        let defaults = self.c.classes[class.0 as usize].defaults.clone();
        for (slot, value) in defaults {
            let field = self.c.classes[class.0 as usize].fields[slot as usize].clone();
            let v = self.expr(value, Some(&field.ty), None)?;
            let name = self.c.name_id(&field.name);
            let (o, s, src) = (obj, Slot(slot), v.reg);
            self.emit(match field.ty.kind() {
                RegKind::Int => Instr::StoreFieldInt { obj: o, slot: s, src, name },
                RegKind::Float => Instr::StoreFieldFloat { obj: o, slot: s, src, name },
                RegKind::Ref => Instr::StoreFieldRef { obj: o, slot: s, src, name },
            });
        }
        let ty = Ty::Class(class);
        match self.c.classes[class.0 as usize].methods.get("__init__").copied() {
            Some(init) if self.c.is_exception_class(class) => {
                // BaseException.__new__ records the positional arguments before __init__ runs.
                let block = self.arguments(init, Some(Val { reg: obj, ty: ty.clone() }), args, at)?;
                let params = self.c.funcs[init.0 as usize].params.clone();
                let regs = self.arg_regs(block, params.len());
                let positional: Vec<Val> =
                    (0..args.pos.len()).map(|i| Val { reg: regs[1 + i], ty: params[1 + i].1.clone() }).collect();
                self.exception_args(obj, positional)?;
                let ret = self.c.return_type(init, at)?;
                let reg = self.out(None, ret.kind());
                self.emit(Instr::Call { dst: reg, func: init, args: block, argc: params.len() as u8 });
                self.discard_result(&Val { reg, ty: ret });
            }
            Some(init) => {
                let result = self.call_function(init, Some(Val { reg: obj, ty: ty.clone() }), args, at, None)?;
                self.discard_result(&result);
            }
            None if self.c.is_exception_class(class) => {
                if let Some(keyword) = args.kw.first() {
                    return err(keyword.range, "exceptions take no keyword arguments");
                }
                self.exception_init(obj, args.pos)?;
            }
            None if !args.pos.is_empty() || !args.kw.is_empty() => {
                return err(at, format!("{}() takes no arguments", self.c.classes[class.0 as usize].name));
            }
            None => {}
        }
        let reg = dst.unwrap_or(obj);
        if reg != obj {
            self.emit(Instr::Move { dst: reg, src: obj });
        }
        Ok(Val { reg, ty })
    }

    fn method_call(
        &mut self,
        attr: &'a ast::ExprAttribute,
        call_args: CallArgs<'a>,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        let method = attr.attr.id.as_str();
        let args = call_args.pos;
        let no_keywords = |what: &str| match call_args.kw.first() {
            Some(keyword) => err(keyword.range, format!("{what} takes no keyword arguments")),
            None => Ok(()),
        };
        if let (Expr::StringLiteral(template), "format") = (&*attr.value, method) {
            return self.str_format(template, args, call_args.kw, at, dst);
        }
        // math.f(...)
        if let Expr::Name(module) = &*attr.value {
            let m = module.id.as_str();
            match self.imported(m) {
                Some(Imported::Module("math")) => return self.math(method, args, call_args.kw, at, dst),
                Some(Imported::Module(module)) => {
                    no_keywords(&format!("{module}.{method}()"))?;
                    return self.module_call(module, method, args, at, dst);
                }
                Some(Imported::Item(..)) => return err(attr.range, format!("'{m}' has no attribute '{method}'")),
                None => {}
            }
            // Base.method(self, ...): a direct, non-virtual call.
            if let Some(&class) = self.c.class_names.get(m).filter(|_| !self.locals.contains_key(m)) {
                let builtin_init = method == "__init__"
                    && self.c.is_exception_class(class)
                    && !self.c.classes[class.0 as usize].methods.contains_key("__init__");
                if let (true, [receiver, rest @ ..]) = (builtin_init, args) {
                    no_keywords("BaseException.__init__()")?;
                    let this = self.expr(receiver, None, None)?;
                    self.exception_init(this.reg, rest)?;
                    return Ok(Val { reg: self.const_none_reg(), ty: Ty::None });
                }
                let Some(&func) = self.c.classes[class.0 as usize].methods.get(method) else {
                    return err(attr.attr.range, format!("type object '{m}' has no attribute '{method}'"));
                };
                if self.c.classes[class.0 as usize].classmethods.contains(method) {
                    let cls = Val { reg: self.const_none_reg(), ty: Ty::ClassObj(class) };
                    return self.call_generic(func, Some(cls), call_args, at, dst);
                }
                return self.call_function(func, None, call_args, at, dst);
            }
        }
        // super().method(...)
        if let Expr::Call(sup) = &*attr.value {
            if matches!(&*sup.func, Expr::Name(n) if n.id.as_str() == "super") {
                return self.super_call(sup, method, call_args, at, dst);
            }
        }
        let obj = self.expr(&attr.value, None, None)?;
        self.method_call_on(obj, method, call_args, attr.attr.range, at, dst)
    }

    /// `obj.method(args)` on an evaluated receiver.
    pub(super) fn method_call_on(
        &mut self,
        obj: Val,
        method: &str,
        call_args: CallArgs<'a>,
        name_at: TextRange,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        let args = call_args.pos;
        let no_keywords = |what: &str| match call_args.kw.first() {
            Some(keyword) => err(keyword.range, format!("{what} takes no keyword arguments")),
            None => Ok(()),
        };
        match obj.ty.clone() {
            Ty::Class(class) if self.c.classes[class.0 as usize].classmethods.contains(method) => {
                // `obj.m()`: cls is the object's class, known statically only when no
                // subclass could be the object's class.
                if (0..self.c.classes.len() as u32).any(|c| c != class.0 && self.c.is_subclass(ClassId(c), class)) {
                    return err(at, format!("calling class method '{method}' through an instance of a class with subclasses is not supported (call it on the class)"));
                }
                self.check_receiver(&obj, method);
                let func = self.c.classes[class.0 as usize].methods[method];
                let cls = Val { reg: self.const_none_reg(), ty: Ty::ClassObj(class) };
                self.call_generic(func, Some(cls), call_args, at, dst)
            }
            Ty::ClassObj(class) => {
                let c = &self.c.classes[class.0 as usize];
                let Some(&func) = c.methods.get(method) else {
                    let name = c.name.clone();
                    return err(name_at, format!("type object '{name}' has no attribute '{method}'"));
                };
                if c.classmethods.contains(method) {
                    let cls = Val { reg: self.const_none_reg(), ty: Ty::ClassObj(class) };
                    return self.call_generic(func, Some(cls), call_args, at, dst);
                }
                if c.statics.contains(method) {
                    return self.call_function(func, None, call_args, at, dst);
                }
                err(name_at, format!("calling instance method '{method}' through cls is not supported"))
            }
            Ty::Class(class) if self.c.classes[class.0 as usize].statics.contains(method) => {
                let func = self.c.classes[class.0 as usize].methods[method];
                self.call_function(func, None, call_args, at, dst)
            }
            Ty::Class(class) if self.c.classes[class.0 as usize].aliases.contains(method) => {
                let func = self.c.classes[class.0 as usize].methods[method];
                self.call_function(func, Some(obj), call_args, at, dst)
            }
            Ty::Class(class)
                if !self.c.classes[class.0 as usize].methods.contains_key(method)
                    && self.c.classes[class.0 as usize]
                        .fields
                        .iter()
                        .any(|f| f.name == method && matches!(f.ty, Ty::Fn(..))) =>
            {
                // `obj.callback(args)`: a field holding a function object.
                let ident = ruff_python_ast::Identifier::new(method, name_at);
                let callee = self.load_field(obj, &ident, None)?;
                self.call_function_object(callee, call_args, at, dst)
            }
            Ty::Class(class) => {
                let Some(&func) = self.c.classes[class.0 as usize].methods.get(method) else {
                    let class_name = &self.c.classes[class.0 as usize].name;
                    return err(name_at, format!("'{class_name}' object has no attribute '{method}'"));
                };
                if matches!(method, "__eq__" | "__ne__") && self.may_return_not_implemented(class, method) {
                    return err(
                        at,
                        format!("calling {method} directly is not supported when it may return NotImplemented"),
                    );
                }
                if self.c.funcs[func.0 as usize].vslot.is_none() {
                    // __init__ is not virtual: call the statically known one.
                    return self.call_function(func, Some(obj), call_args, at, dst);
                }
                if self.c.is_generator(func) {
                    self.generator_receiver(class, method, func, &obj, at)?;
                    return self.call_function(func, Some(obj), call_args, at, dst);
                }
                self.check_receiver_before(&obj, method, &call_args);
                let block = self.arguments(func, Some(obj), call_args, at)?;
                let ret = self.c.return_type(func, at)?;
                let reg = self.out(dst, ret.kind());
                let argc = self.c.funcs[func.0 as usize].params.len() as u8;
                self.emit(if self.c.is_overridden_below(class, method, func) {
                    Instr::CallMethod { dst: reg, func, args: block, argc }
                } else {
                    Instr::CallFinal { dst: reg, func, args: block, argc }
                });
                Ok(Val { reg, ty: ret })
            }
            Ty::Union(members) => self.union_method_call(obj, &members, method, call_args, at, dst),
            Ty::Dict(..) | Ty::Set(_) => {
                no_keywords(&format!("{}.{method}()", self.c.ty_name(&obj.ty)))?;
                self.check_receiver_before(&obj, method, &call_args);
                self.dict_method(obj, method, args, at, dst)
            }
            Ty::Str => {
                no_keywords(&format!("str.{method}()"))?;
                self.check_receiver_before(&obj, method, &call_args);
                self.str_method(obj.reg, method, args, at, dst)
            }
            Ty::List(_) if method == "sort" && args.is_empty() => {
                self.check_receiver_before(&obj, method, &call_args);
                self.sort_list(&obj, call_args.kw, at)?;
                Ok(Val { reg: self.const_none_reg(), ty: Ty::None })
            }
            Ty::List(elem) => {
                no_keywords(&format!("list.{method}()"))?;
                self.check_receiver_before(&obj, method, &call_args);
                self.list_method(obj.reg, &elem, method, args, at, dst)
            }
            other => err(name_at, format!("'{}' object has no attribute '{method}'", self.c.ty_name(&other))),
        }
    }

    fn super_call(
        &mut self,
        sup: &ast::ExprCall,
        method: &str,
        args: CallArgs<'a>,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        let decl = &self.c.funcs[self.id.0 as usize];
        let (Some(class), Some((self_name, _))) = (decl.class, decl.params.first()) else {
            return err(sup.range, "super() is only supported inside methods");
        };
        let self_name = self_name.clone();
        // `super(C, self)`: the lookup starts after C, which must be this method's
        // class or one of its bases (the zero-argument form starts after the class).
        let start = match &sup.arguments.args[..] {
            [] => class,
            [Expr::Name(c), Expr::Name(obj)] if obj.id.as_str() == self_name => {
                match self.c.class_names.get(c.id.as_str()) {
                    Some(&named) if self.c.is_subclass(class, named) => named,
                    _ => return err(c.range, "super(C, self) needs C to be this class or one of its bases"),
                }
            }
            _ => return err(sup.range, "only super() and super(C, self) are supported"),
        };
        let Some(parent) = self.c.classes[start.0 as usize].parent else {
            // The base is `object`: its `__init__` does nothing (and takes no arguments).
            if method == "__init__" && args.pos.is_empty() && args.kw.is_empty() {
                return Ok(Val { reg: self.const_none_reg(), ty: Ty::None });
            }
            return err(at, format!("'super' object has no attribute '{method}' (the base class is object)"));
        };
        let Some(&func) = self.c.classes[parent.0 as usize].methods.get(method) else {
            if method == "__init__" && self.c.is_exception_class(parent) {
                if let Some(keyword) = args.kw.first() {
                    return err(keyword.range, "exceptions take no keyword arguments");
                }
                let this = self.load_name(&self_name, sup.range, None)?;
                self.exception_init(this.reg, args.pos)?;
                return Ok(Val { reg: self.const_none_reg(), ty: Ty::None });
            }
            return err(at, format!("'super' object has no attribute '{method}'"));
        };
        let this = self.load_name(&self_name, sup.range, None)?;
        self.call_function(func, Some(this), args, at, dst)
    }

    /// CPython looks a method up before it evaluates the arguments, so a None
    /// receiver raises AttributeError before any argument runs: checked here
    /// unless the order cannot show (no argument could run code or raise: only
    /// literals and names), or the receiver is the method's own `self` (which
    /// its body never assigns).
    fn check_receiver_before(&mut self, obj: &Val, method: &str, call_args: &CallArgs<'a>) {
        let quiet = |e: &Expr| is_literal(e) || matches!(e, Expr::Name(_));
        let quiet_args = call_args.pos.iter().all(quiet) && call_args.kw.iter().all(|k| quiet(&k.value));
        let decl = &self.c.funcs[self.id.0 as usize];
        let own_self = obj.reg == Reg(0)
            && decl.class.is_some_and(|c| !self.c.classes[c.0 as usize].statics.contains(&decl.name))
            && decl.params.first().is_some_and(|(name, _)| !self.assigned.contains(name));
        if !quiet_args && !own_self {
            self.check_receiver(obj, method);
        }
    }

    fn list_method(
        &mut self,
        list: Reg,
        elem: &Ty,
        method: &str,
        args: &'a [Expr],
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        match (method, args) {
            ("append", [item]) => {
                let v = self.expr(item, Some(elem), None)?;
                let v = self.coerce(v, elem);
                self.check_assignable(&v.ty, elem, item.range(), || "a list element".into())?;
                self.emit(Instr::ListAppend { list, src: v.reg });
                let reg = match dst.filter(|&d| self.reg_kind(d) == RegKind::Ref) {
                    Some(reg) => {
                        self.emit(Instr::LoadNone { dst: reg });
                        reg
                    }
                    None => self.const_none_reg(),
                };
                Ok(Val { reg, ty: Ty::None })
            }
            ("pop", []) => {
                let reg = self.out(dst, elem.kind());
                self.emit(Instr::ListPop { dst: reg, list });
                Ok(Val { reg, ty: elem.clone() })
            }
            ("pop", [index]) => {
                let index = self.int_expr(index)?;
                let reg = self.out(dst, elem.kind());
                self.emit(Instr::ListPopAt { dst: reg, list, index });
                Ok(Val { reg, ty: elem.clone() })
            }
            ("insert", [index, item]) => {
                let index = self.int_expr(index)?;
                let v = self.expr(item, Some(elem), None)?;
                let v = self.coerce(v, elem);
                self.check_assignable(&v.ty, elem, item.range(), || "a list element".into())?;
                self.emit(Instr::ListInsert { list, index, src: v.reg });
                Ok(Val { reg: self.const_none_reg(), ty: Ty::None })
            }
            ("extend", [items]) => {
                let list_ty = Ty::List(Box::new(elem.clone()));
                let iteration_builtin = matches!(items, Expr::Call(c) if matches!(&*c.func,
                    Expr::Name(n) if matches!(n.id.as_str(), "range" | "enumerate" | "zip" | "reversed") && self.is_builtin(n.id.as_str())));
                if !matches!(items, Expr::Generator(_)) && !iteration_builtin {
                    let v = self.expr(items, Some(&list_ty), None)?;
                    if v.ty == list_ty {
                        self.emit(Instr::ListExtend { list, src: v.reg });
                        return Ok(Val { reg: self.const_none_reg(), ty: Ty::None });
                    }
                }
                let mut append = |b: &mut Self| -> CResult<()> {
                    let item = b.loop_item.take().expect("the loop gives its item");
                    let item = b.coerce(item, elem);
                    b.check_assignable(&item.ty, elem, items.range(), || "a list element".into())?;
                    b.emit(Instr::ListAppend { list, src: item.reg });
                    Ok(())
                };
                self.each_item(items, at, &mut append)?;
                Ok(Val { reg: self.const_none_reg(), ty: Ty::None })
            }
            ("index" | "count" | "remove", [item]) => {
                let v = self.expr(item, Some(elem), None)?;
                if let (Ty::Class(_), Ty::Class(_)) = (elem, &v.ty) {
                    if self.has_user_eq(elem) {
                        let list = Val { reg: list, ty: Ty::List(Box::new(elem.clone())) };
                        return self.find_by_eq(method, &v, &list, elem.clone(), at, dst);
                    }
                }
                let Some(kind) = elem_kind(elem)
                    .filter(|_| !self.has_user_eq(elem))
                    .filter(|_| self.c.assignable(&v.ty, elem) || (v.ty.is_intlike() && elem.is_intlike()))
                else {
                    return err(
                        at,
                        format!(
                            "list.{method}() of {} in {} is not supported",
                            self.c.ty_name(&v.ty),
                            self.c.ty_name(elem)
                        ),
                    );
                };
                let op = match method {
                    "index" => FindOp::Index,
                    "count" => FindOp::Count,
                    _ => FindOp::Remove,
                };
                let reg = self.out(dst, RegKind::Int);
                self.emit(Instr::ListFind { dst: reg, list, item: v.reg, kind, op });
                if op == FindOp::Remove {
                    return Ok(Val { reg: self.const_none_reg(), ty: Ty::None });
                }
                Ok(Val { reg, ty: Ty::Int })
            }
            ("reverse" | "clear", []) => {
                let op = if method == "reverse" { ReshapeOp::Reverse } else { ReshapeOp::Clear };
                self.emit(Instr::ListReshape { list, op });
                Ok(Val { reg: self.const_none_reg(), ty: Ty::None })
            }
            ("copy", []) => {
                let reg = self.out(dst, RegKind::Ref);
                self.emit(Instr::ListCopy { dst: reg, list });
                Ok(Val { reg, ty: Ty::List(Box::new(elem.clone())) })
            }
            _ => err(at, format!("list.{method}() with {} argument(s) is not supported", args.len())),
        }
    }

    fn print(&mut self, call: &'a ast::ExprCall) -> CResult<Val> {
        let args = &call.arguments.args;
        if args.len() > 200 {
            return err(call.range, "too many arguments to print");
        }
        // CPython evaluates the arguments, then the keywords in the order written,
        // and only then converts the arguments to text.
        let mut vals = Vec::new();
        for arg in args {
            let v = self.expr(arg, None, None)?;
            // A local's register is read now: a later argument cannot change it, but
            // keep the value the argument had when it was evaluated.
            vals.push(v);
        }
        let (mut sep, mut end) = (None, None);
        for keyword in &call.arguments.keywords {
            let name = keyword.arg.as_ref().map(|a| a.id.as_str()).unwrap_or("**");
            let slot = match name {
                "sep" => &mut sep,
                "end" => &mut end,
                _ => return err(keyword.range, format!("print() keyword '{name}' is not supported")),
            };
            if slot.is_some() {
                return err(keyword.range, format!("print() got multiple values for keyword argument '{name}'"));
            }
            let v = self.expr(&keyword.value, Some(&Ty::Str), None)?;
            if !matches!(v.ty, Ty::Str | Ty::None) {
                return err(
                    keyword.value.range(),
                    format!("{name} must be None or a string, not {}", self.c.ty_name(&v.ty)),
                );
            }
            *slot = Some(v.reg);
        }
        let mut strs = Vec::new();
        for (v, arg) in vals.into_iter().zip(args) {
            strs.push(self.str_reg(v, arg.range())?);
        }
        let block = self.temp_block(&vec![RegKind::Ref; strs.len()], call.range)?;
        for (i, s) in strs.into_iter().enumerate() {
            self.emit(Instr::Move { dst: Reg(block.0 + i as u16), src: s });
        }
        let sep = sep.unwrap_or_else(|| self.const_none_reg());
        let end = end.unwrap_or_else(|| self.const_none_reg());
        self.emit(Instr::Print { args: block, argc: args.len() as u8, sep, end });
        Ok(Val { reg: self.const_none_reg(), ty: Ty::None })
    }

    /// The iterable of `set(iterable)` when `expr` is that call of the builtin
    /// (positional, no keywords).
    fn set_of_one_iterable(&self, expr: &'a Expr) -> Option<&'a Expr> {
        let Expr::Call(call) = expr else { return None };
        let Expr::Name(name) = &*call.func else { return None };
        match &call.arguments.args[..] {
            [iterable]
                if name.id.as_str() == "set"
                    && call.arguments.keywords.is_empty()
                    && !matches!(iterable, Expr::Starred(_))
                    && self.is_builtin("set") =>
            {
                Some(iterable)
            }
            _ => None,
        }
    }
    /// The builtin functions; `None` when `name` is not one.
    fn builtin(
        &mut self,
        name: &str,
        args: &'a [Expr],
        hint: Option<&Ty>,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Option<Val>> {
        let one = || -> CResult<&'a Expr> {
            match args {
                [arg] => Ok(arg),
                _ => err(at, format!("{name}() takes exactly one argument ({} given)", args.len())),
            }
        };
        let val = match name {
            "len" => {
                let arg = one()?;
                let v = match self.set_of_one_iterable(arg) {
                    Some(iterable) => self.collect_set(iterable, None, arg.range(), None, true)?,
                    None => self.expr(arg, None, None)?,
                };
                let reg = self.out(dst, RegKind::Int);
                match v.ty {
                    Ty::List(_) | Ty::TupleN(_) => self.emit(Instr::ListLen { dst: reg, list: v.reg }),
                    Ty::Str => self.emit(Instr::StrLen { dst: reg, s: v.reg }),
                    Ty::Dict(..) | Ty::Set(_) => self.emit(Instr::DictLen { dst: reg, dict: v.reg }),
                    Ty::Class(_) if self.dunder(&v.ty, "__len__").is_some() => {
                        let func = self.dunder(&v.ty, "__len__").expect("checked");
                        return self.call_len(func, v, at, dst).map(Some);
                    }
                    Ty::Tuple(ref elems) => {
                        // (An Optional tuple may be None.)
                        let message = "object of type 'NoneType' has no len()";
                        self.raise_if_none(v.reg, crate::opcode::ExcKind::TypeError, message);
                        self.emit(Instr::LoadInt { dst: reg, value: elems.len() as i32 })
                    }
                    Ty::Range => self.emit(Instr::RangeLen { dst: reg, range: v.reg }),
                    other => return err(at, format!("object of type '{}' has no len()", self.c.ty_name(&other))),
                };
                Val { reg, ty: Ty::Int }
            }
            "abs" => {
                let v = self.expr(one()?, None, None)?;
                if let Some(result) = self.unary_dunder(None, &v, at, dst)? {
                    return Ok(Some(result));
                }
                match v.ty {
                    Ty::Int | Ty::Bool => {
                        let reg = self.out(dst, RegKind::Int);
                        self.emit(Instr::AbsInt { dst: reg, src: v.reg });
                        Val { reg, ty: Ty::Int }
                    }
                    Ty::Float => {
                        let reg = self.out(dst, RegKind::Float);
                        self.emit(Instr::AbsFloat { dst: reg, src: v.reg });
                        Val { reg, ty: Ty::Float }
                    }
                    other => return err(at, format!("bad operand type for abs(): '{}'", self.c.ty_name(&other))),
                }
            }
            "min" | "max" => self.min_max(name == "max", args, at, dst)?,
            "sum" => self.sum(args, at, dst)?,
            "format" => self.format_builtin(args, at, dst)?,
            "repr" => {
                let v = self.expr(one()?, None, None)?;
                self.check_printable(&v.ty, at)?;
                if let Some(reg) = self.text_dunder(&v, true, at)? {
                    return Ok(Some(Val { reg, ty: Ty::Str }));
                }
                let spec = self.str_literal("");
                let ty = self.c.ty_id(&v.ty);
                let reg = self.out(dst, RegKind::Ref);
                self.emit(Instr::FormatValue { dst: reg, src: v.reg, ty, spec, conv: crate::opcode::Conv::Repr });
                Val { reg, ty: Ty::Str }
            }
            "hash" => {
                let v = self.expr(one()?, None, None)?;
                let hashable = |t: &Ty| matches!(t, Ty::Int | Ty::Bool | Ty::Float | Ty::Str);
                let ok = match &v.ty {
                    Ty::Tuple(elems) => elems.iter().all(hashable),
                    Ty::Class(_) => !self.has_user_eq(&v.ty),
                    other => hashable(other),
                };
                if !ok {
                    return err(at, format!("hash() of {} is not supported", self.c.ty_name(&v.ty)));
                }
                let ty = self.c.ty_id(&v.ty);
                let reg = self.out(dst, RegKind::Int);
                self.emit(Instr::Hash { dst: reg, src: v.reg, ty });
                Val { reg, ty: Ty::Int }
            }
            "ord" => {
                let v = self.expr(one()?, None, None)?;
                if v.ty != Ty::Str {
                    return err(at, format!("ord() expected string of length 1, but {} found", self.c.ty_name(&v.ty)));
                }
                let reg = self.out(dst, RegKind::Int);
                self.emit(Instr::Ord { dst: reg, s: v.reg });
                Val { reg, ty: Ty::Int }
            }
            "chr" => {
                let code = self.int_expr(one()?)?;
                let reg = self.out(dst, RegKind::Ref);
                self.emit(Instr::Chr { dst: reg, code });
                Val { reg, ty: Ty::Str }
            }
            "divmod" => {
                let [a, b] = args else {
                    return err(at, format!("divmod expected 2 arguments, got {}", args.len()));
                };
                let x = self.expr(a, None, None)?;
                let y = self.expr(b, None, None)?;
                if x.ty == Ty::Float || y.ty == Ty::Float {
                    // CPython's message for a float divisor of zero names divmod itself.
                    let divisor = self.float_reg(y.clone());
                    let zero = self.const_float_reg(0.0);
                    let is_zero = self.temp(RegKind::Int);
                    self.emit(Instr::CmpFloat { dst: is_zero, a: divisor, b: zero, cond: crate::opcode::Cond::Eq });
                    let ok = self.emit(Instr::JumpIfFalse { cond: is_zero, target: Self::HOLE });
                    let msg = self.str_literal("float divmod()");
                    self.emit(Instr::Raise { kind: crate::opcode::ExcKind::ZeroDivisionError, msg });
                    self.patch_here(vec![ok]);
                }
                let q = self.binop(ast::Operator::FloorDiv, x.clone(), y.clone(), at, None)?;
                let r = self.binop(ast::Operator::Mod, x, y, at, None)?;
                self.new_tuple(vec![q, r], dst)?
            }
            "any" | "all" => self.any_all(name == "all", args, at, dst)?,
            "next" => self.next_item(args, at, dst)?,
            "list" => self.list_of(args, hint, at, dst)?,
            "tuple" => {
                // A tuple of any length is a list object nothing changes.
                let list_hint = match hint {
                    Some(Ty::TupleN(elem)) => Some(Ty::List(elem.clone())),
                    _ => None,
                };
                let list = match args {
                    [] => err(at, "tuple() with no argument is not supported (write ())"),
                    [iterable] => self.collect_list(iterable, list_hint.as_ref(), at, dst),
                    _ => err(at, format!("tuple expected at most 1 argument, got {}", args.len())),
                }?;
                let Ty::List(elem) = list.ty else { unreachable!("collect_list makes a list") };
                Val { reg: list.reg, ty: Ty::TupleN(elem) }
            }
            "dict" | "set" => match (name, hint, args) {
                ("dict", Some(Ty::Dict(k, v)), []) => self.new_dict(k, Some(v), dst),
                ("set", Some(Ty::Set(e)), []) => self.new_dict(e, None, dst),
                ("set", hint, [iterable]) => self.collect_set(iterable, hint, at, dst, false)?,
                _ => return err(at, format!("cannot infer the type of {name}(); annotate it (s: set[int] = set())")),
            },
            "enumerate" | "zip" | "reversed" | "map" | "filter" => {
                return err(
                    at,
                    format!("{name}() is only supported where it is iterated (for loops, list(), comprehensions)"),
                )
            }
            "round" => self.round(args, at, dst)?,
            "int" => {
                let v = self.expr(one()?, None, None)?;
                let reg = self.out(dst, RegKind::Int);
                match v.ty {
                    Ty::Int | Ty::Bool => {
                        if reg != v.reg {
                            self.emit(Instr::Move { dst: reg, src: v.reg });
                        }
                    }
                    Ty::Float => {
                        self.emit(Instr::FloatToInt { dst: reg, src: v.reg });
                    }
                    Ty::Str => {
                        self.emit(Instr::StrToInt { dst: reg, s: v.reg });
                    }
                    other => {
                        return err(
                            at,
                            format!("int() argument must be a string or a number, not '{}'", self.c.ty_name(&other)),
                        )
                    }
                }
                Val { reg, ty: Ty::Int }
            }
            "float" => {
                let v = self.expr(one()?, None, None)?;
                let reg = self.out(dst, RegKind::Float);
                match v.ty {
                    Ty::Int | Ty::Bool => self.emit(Instr::IntToFloat { dst: reg, src: v.reg }),
                    Ty::Float => self.emit(Instr::Move { dst: reg, src: v.reg }),
                    Ty::Str => self.emit(Instr::StrToFloat { dst: reg, s: v.reg }),
                    other => {
                        return err(
                            at,
                            format!("float() argument must be a string or a number, not '{}'", self.c.ty_name(&other)),
                        )
                    }
                };
                Val { reg, ty: Ty::Float }
            }
            "str" => {
                let arg = one()?;
                let v = self.expr(arg, None, None)?;
                let s = self.str_reg(v, arg.range())?;
                let reg = self.out(dst, RegKind::Ref);
                if reg != s {
                    self.emit(Instr::Move { dst: reg, src: s });
                }
                Val { reg, ty: Ty::Str }
            }
            "bool" => {
                let v = self.expr(one()?, None, None)?;
                let t = self.truthy(v)?;
                let reg = self.out(dst, RegKind::Int);
                if reg != t {
                    self.emit(Instr::Move { dst: reg, src: t });
                }
                Val { reg, ty: Ty::Bool }
            }
            "isinstance" => self.isinstance(args, at, dst)?,
            "range" => {
                let (start, stop, step) = match args {
                    [stop] => (None, stop, None),
                    [start, stop] => (Some(start), stop, None),
                    [start, stop, step] => (Some(start), stop, Some(step)),
                    _ => return err(at, format!("range expected 1 to 3 arguments, got {}", args.len())),
                };
                let mut regs = Vec::new();
                for (bound, default) in [(start, 0), (Some(stop), 0), (step, 1)] {
                    regs.push(match bound {
                        Some(e) => self.int_expr(e)?,
                        None => self.const_int_reg(default),
                    });
                }
                if step.is_some() {
                    self.emit(Instr::CheckRangeStep { step: regs[2] });
                }
                let class = self.c.tuple_class(&[Ty::Int, Ty::Int, Ty::Int]);
                let obj = self.temp(RegKind::Ref);
                self.emit(Instr::New { dst: obj, class });
                let name = self.c.name_id("<range>");
                for (i, src) in regs.into_iter().enumerate() {
                    self.emit(Instr::StoreFieldInt { obj, slot: Slot(i as u16), src, name });
                }
                let reg = self.out(dst, RegKind::Ref);
                if reg != obj {
                    self.emit(Instr::Move { dst: reg, src: obj });
                }
                Val { reg, ty: Ty::Range }
            }
            _ => return Ok(None),
        };
        Ok(Some(val))
    }

    fn min_max(&mut self, max: bool, args: &'a [Expr], at: TextRange, dst: Option<Reg>) -> CResult<Val> {
        let which = if max { "max" } else { "min" };
        if let [single] = args {
            let plain_list = match single {
                Expr::Name(_) | Expr::Attribute(_) => matches!(self.static_type_of_simple(single), Some(Ty::List(_))),
                Expr::List(_) | Expr::ListComp(_) => true,
                _ => false,
            };
            if !plain_list {
                return self.min_max_iterable(max, single, at, dst);
            }
            let v = self.expr(single, None, None)?;
            let Ty::List(elem) = &v.ty else {
                return err(at, format!("'{}' object is not iterable", self.c.ty_name(&v.ty)));
            };
            let kind = match &**elem {
                Ty::Int | Ty::Bool => ElemKind::Int,
                Ty::Float => ElemKind::Float,
                Ty::Str => ElemKind::Str,
                other => return err(at, format!("{which}() of a list of {} is not supported", self.c.ty_name(other))),
            };
            let reg = self.out(dst, elem.kind());
            self.emit(Instr::ListMinMax { dst: reg, list: v.reg, kind, max });
            return Ok(Val { reg, ty: (**elem).clone() });
        }
        if args.len() < 2 {
            return err(at, format!("{which} expected at least 1 argument, got 0"));
        }
        let mut vals = Vec::new();
        for arg in args {
            vals.push(self.expr(arg, None, None)?);
        }
        let all_int = vals.iter().all(|v| v.ty.is_intlike());
        let all_float = vals.iter().all(|v| v.ty == Ty::Float);
        if !all_int && !all_float {
            return err(at, format!("{which}() arguments must all be int or all be float (convert with float())"));
        }
        let bools = vals.iter().filter(|v| v.ty == Ty::Bool).count();
        if bools != 0 && bools != vals.len() {
            // max(True, 1) is True in CPython: the winner keeps its own type.
            return err(at, format!("{which}() of bools and ints mixed is not supported"));
        }
        let ty = if all_int {
            if bools == vals.len() {
                Ty::Bool
            } else {
                Ty::Int
            }
        } else {
            Ty::Float
        };
        let reg = self.out(dst, ty.kind());
        let mut acc = vals[0].reg;
        for v in &vals[1..] {
            self.emit(if all_int {
                Instr::MinMaxInt { dst: reg, a: acc, b: v.reg, max }
            } else {
                Instr::MinMaxFloat { dst: reg, a: acc, b: v.reg, max }
            });
            acc = reg;
        }
        Ok(Val { reg, ty })
    }

    fn round(&mut self, args: &'a [Expr], at: TextRange, dst: Option<Reg>) -> CResult<Val> {
        match args {
            [x] => {
                let v = self.expr(x, None, None)?;
                let reg = self.out(dst, RegKind::Int);
                match v.ty {
                    Ty::Float => {
                        self.emit(Instr::RoundFloat { dst: reg, src: v.reg });
                    }
                    t if t.is_intlike() => {
                        if reg != v.reg {
                            self.emit(Instr::Move { dst: reg, src: v.reg });
                        }
                    }
                    other => {
                        return err(at, format!("type {} doesn't define __round__ method", self.c.ty_name(&other)))
                    }
                }
                Ok(Val { reg, ty: Ty::Int })
            }
            [x, digits] => {
                let v = self.expr(x, None, None)?;
                let digits = self.int_expr(digits)?;
                if v.ty != Ty::Float {
                    return err(at, "round(x, n) is only supported for floats");
                }
                let reg = self.out(dst, RegKind::Float);
                self.emit(Instr::RoundFloatDigits { dst: reg, src: v.reg, digits });
                Ok(Val { reg, ty: Ty::Float })
            }
            _ => err(at, format!("round() takes 1 or 2 arguments ({} given)", args.len())),
        }
    }

    fn isinstance(&mut self, args: &'a [Expr], at: TextRange, dst: Option<Reg>) -> CResult<Val> {
        let [obj, class] = args else {
            return err(at, format!("isinstance expected 2 arguments, got {}", args.len()));
        };
        let Expr::Name(class_name) = class else {
            return err(class.range(), "isinstance() needs a class name as its second argument");
        };
        let v = self.expr(obj, None, None)?;
        let reg = self.out(dst, RegKind::Int);
        if let Ty::Union(members) = &v.ty {
            let members = members.clone();
            self.union_isinstance(&v, &members, class_name.id.as_str(), reg, class.range())?;
            return Ok(Val { reg, ty: Ty::Bool });
        }
        if let Some(&id) = self.c.class_names.get(class_name.id.as_str()) {
            if matches!(v.ty, Ty::Class(_) | Ty::None) {
                let o = if v.ty == Ty::None { self.const_none_reg() } else { v.reg };
                self.emit(Instr::IsInstance { dst: reg, obj: o, class: id });
            } else {
                self.emit(Instr::LoadInt { dst: reg, value: 0 });
            }
            return Ok(Val { reg, ty: Ty::Bool });
        }
        let answer = match (class_name.id.as_str(), &v.ty) {
            ("int", Ty::Int | Ty::Bool)
            | ("float", Ty::Float)
            | ("bool", Ty::Bool)
            | ("str", Ty::Str)
            | ("list", Ty::List(_)) => {
                if v.ty.is_ref() {
                    // A str/list variable may hold None.
                    self.emit(Instr::TruthyRef { dst: reg, src: v.reg });
                    return Ok(Val { reg, ty: Ty::Bool });
                }
                1
            }
            ("int" | "float" | "bool" | "str" | "list", _) => 0,
            (other, _) => return err(class.range(), format!("isinstance() with '{other}' is not supported")),
        };
        self.emit(Instr::LoadInt { dst: reg, value: answer });
        Ok(Val { reg, ty: Ty::Bool })
    }
}
