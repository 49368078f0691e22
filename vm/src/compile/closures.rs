//! Nested functions and lambdas, and the variables they share with the
//! functions around them.
//!
//! A lambda is compiled as a nested `def` returning its body: [`lambda_defs`]
//! makes those defs once, before compiling. A nested function is a function of
//! its own. When it uses variables of the functions around it, its first,
//! hidden parameter is its *environment*: a tuple holding one *cell* per such
//! variable. A cell is a one-slot tuple object. A function keeps each variable
//! that a nested function uses in a cell, from the variable's first assignment
//! on, so the function and every closure made from it see each later
//! assignment, as CPython's cells do (`[lambda: i for ...]` binds late;
//! `nonlocal` assigns through the cell).
//!
//! Unannotated parameters (every lambda's) are type variables: the function is
//! compiled for each list of argument types it is called with, like the other
//! generic functions. A nested function that uses no outer variable is a plain
//! function value ([`Ty::Func`]); one that does is a [`Ty::Closure`], whose word
//! is its environment.

use std::collections::{HashMap, HashSet};

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt, StmtFunctionDef};
use ruff_text_size::{Ranged, TextRange};

use super::decls::err;
use super::func::{FnBuilder, Val};
use super::{FuncDecl, ParamShape, RetTy};
use crate::error::CResult;
use crate::opcode::{FuncId, Instr, Reg, Slot};
use crate::ty::{RegKind, Ty};

/// The def each lambda is compiled as, by the lambda's range.
pub(crate) type LambdaDefs = HashMap<TextRange, StmtFunctionDef>;

/// A variable of an enclosing function that a nested function uses.
#[derive(Clone, Debug)]
pub(crate) struct Capture {
    pub name: String,
    pub ty: Ty,
}

/// A variable kept in a cell, in the function compiled now.
#[derive(Clone, Debug)]
pub(crate) struct CellVar {
    /// The register holding the cell (None until the variable's first assignment).
    reg: Reg,
    /// The variable's type, once known (at its first assignment, for the function's own).
    ty: Option<Ty>,
    /// Whether the cell came with the environment (always assigned) rather than
    /// being the function's own variable.
    captured: bool,
}

/// Makes the def of every lambda in `body` (nested lambdas included).
pub(crate) fn lambda_defs(body: &[Stmt]) -> LambdaDefs {
    struct Collector {
        defs: LambdaDefs,
    }
    impl<'x> Visitor<'x> for Collector {
        fn visit_expr(&mut self, expr: &'x Expr) {
            if let Expr::Lambda(lambda) = expr {
                self.defs.insert(lambda.range, lambda_def(lambda));
            }
            walk_expr(self, expr);
        }
    }
    let mut collector = Collector { defs: HashMap::new() };
    for stmt in body {
        collector.visit_stmt(stmt);
    }
    collector.defs
}

/// `def <lambda>(params): return body`.
fn lambda_def(lambda: &ast::ExprLambda) -> StmtFunctionDef {
    let parameters = lambda.parameters.clone().unwrap_or_else(|| {
        Box::new(ast::Parameters {
            range: lambda.range,
            node_index: Default::default(),
            posonlyargs: Vec::new(),
            args: Vec::new(),
            vararg: None,
            kwonlyargs: Vec::new(),
            kwarg: None,
        })
    });
    StmtFunctionDef {
        node_index: Default::default(),
        range: lambda.range,
        is_async: false,
        decorator_list: Vec::new(),
        name: ast::Identifier::new("<lambda>", lambda.range),
        type_params: None,
        parameters,
        returns: None,
        body: vec![Stmt::Return(ast::StmtReturn {
            node_index: Default::default(),
            range: lambda.body.range(),
            value: Some(lambda.body.clone()),
        })],
    }
}

/// What one scope's body does with names (nested scopes summarized by their free names).
#[derive(Default)]
struct Scope {
    loads: HashSet<String>,
    stores: HashSet<String>,
    nonlocals: HashSet<String>,
    globals: HashSet<String>,
    /// The free names of the scopes nested in this one.
    nested_free: HashSet<String>,
}

impl Scope {
    fn of(body: &[Stmt]) -> Scope {
        let mut scope = Scope::default();
        for stmt in body {
            scope.visit_stmt(stmt);
        }
        scope
    }

    /// The names this scope uses but does not bind, given its parameters.
    fn free(&self, params: &[String]) -> HashSet<String> {
        let bound: HashSet<&String> =
            params.iter().chain(self.stores.difference(&self.nonlocals)).chain(&self.globals).collect();
        self.loads
            .iter()
            .chain(&self.nested_free)
            .chain(&self.nonlocals)
            .filter(|name| !bound.contains(name) || self.nonlocals.contains(*name))
            .cloned()
            .collect()
    }
}

/// The names of a def's parameters.
fn param_names(def: &StmtFunctionDef) -> Vec<String> {
    let p = &def.parameters;
    let mut names: Vec<String> =
        p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs).map(|a| a.parameter.name.id.to_string()).collect();
    names.extend(p.vararg.iter().chain(&p.kwarg).map(|a| a.name.id.to_string()));
    names
}

/// The names a nested def (or lambda's def) uses from the scopes around it.
pub(super) fn free_names(def: &StmtFunctionDef) -> HashSet<String> {
    Scope::of(&def.body).free(&param_names(def))
}

/// The variables of a function (`params` and what its body binds) that a scope
/// nested in it uses: they are kept in cells.
pub(super) fn cell_names(def: &StmtFunctionDef) -> HashSet<String> {
    let scope = Scope::of(&def.body);
    let own: HashSet<String> = param_names(def).into_iter().chain(scope.stores.iter().cloned()).collect();
    scope.nested_free.into_iter().filter(|name| own.contains(name) && !scope.globals.contains(name)).collect()
}

/// Whether `call` inlines its `key=` lambda (see `reduce::apply_key`).
fn inlines_key(call: &ast::ExprCall) -> bool {
    match &*call.func {
        Expr::Name(n) => matches!(n.id.as_str(), "sorted" | "min" | "max"),
        Expr::Attribute(a) => a.attr.id.as_str() == "sort",
        _ => false,
    }
}

impl<'x> Visitor<'x> for Scope {
    fn visit_stmt(&mut self, stmt: &'x Stmt) {
        match stmt {
            Stmt::FunctionDef(def) => {
                self.stores.insert(def.name.id.to_string());
                for decorator in &def.decorator_list {
                    self.visit_expr(&decorator.expression);
                }
                for param in def.parameters.iter_non_variadic_params() {
                    if let Some(default) = &param.default {
                        self.visit_expr(default);
                    }
                }
                self.nested_free.extend(free_names(def));
            }
            Stmt::ClassDef(class) => {
                self.stores.insert(class.name.id.to_string());
            }
            Stmt::Nonlocal(s) => self.nonlocals.extend(s.names.iter().map(|n| n.id.to_string())),
            Stmt::Global(s) => self.globals.extend(s.names.iter().map(|n| n.id.to_string())),
            Stmt::Import(s) => {
                for alias in &s.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.stores.insert(bound.id.split('.').next().unwrap_or_default().to_string());
                }
            }
            Stmt::ImportFrom(s) => {
                for alias in &s.names {
                    self.stores.insert(alias.asname.as_ref().unwrap_or(&alias.name).id.to_string());
                }
            }
            Stmt::Try(s) => {
                for handler in &s.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = handler;
                    if let Some(name) = &h.name {
                        self.stores.insert(name.id.to_string());
                    }
                }
                walk_stmt(self, stmt);
            }
            other => walk_stmt(self, other),
        }
    }

    fn visit_expr(&mut self, expr: &'x Expr) {
        match expr {
            Expr::Name(n) => {
                match n.ctx {
                    ExprContext::Load => self.loads.insert(n.id.to_string()),
                    _ => self.stores.insert(n.id.to_string()),
                };
            }
            Expr::Lambda(lambda) => {
                if let Some(params) = &lambda.parameters {
                    for param in params.iter_non_variadic_params() {
                        if let Some(default) = &param.default {
                            self.visit_expr(default);
                        }
                    }
                }
                self.nested_free.extend(free_names(&lambda_def(lambda)));
            }
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
                // A comprehension is a scope of its own: its targets are not this scope's.
                let mut inner = Scope::default();
                walk_expr(&mut inner, expr);
                self.loads.extend(inner.loads.difference(&inner.stores).cloned());
                self.nested_free.extend(inner.nested_free.difference(&inner.stores).cloned());
            }
            Expr::Call(call) if inlines_key(call) => {
                // A `key=` lambda of sorted/min/max/sort is compiled inline, in this scope.
                self.visit_expr(&call.func);
                for arg in &call.arguments.args {
                    self.visit_expr(arg);
                }
                for keyword in &call.arguments.keywords {
                    match (&keyword.value, keyword.arg.as_ref().map(|a| a.as_str())) {
                        (Expr::Lambda(lambda), Some("key")) => {
                            let def = lambda_def(lambda);
                            let params = param_names(&def);
                            let inner = Scope::of(&def.body);
                            self.loads.extend(inner.free(&params));
                            self.nested_free.extend(inner.nested_free.into_iter().filter(|n| !params.contains(n)));
                        }
                        (value, _) => self.visit_expr(value),
                    }
                }
            }
            other => walk_expr(self, other),
        }
    }
}

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// At the start of a function: the cells of its variables that nested functions
    /// use (a parameter's is made now), and those its environment brings.
    pub(super) fn setup_cells(&mut self, def: &'a StmtFunctionDef) {
        if let Some(captures) = self.c.captures.get(&self.id).cloned() {
            let env = self.locals["<env>"].reg;
            for (i, capture) in captures.into_iter().enumerate() {
                let reg = self.new_reg(RegKind::Ref);
                self.emit(Instr::TupleGet { dst: reg, tuple: env, slot: Slot(i as u16), unpack: false });
                self.cells.insert(capture.name, CellVar { reg, ty: Some(capture.ty), captured: true });
            }
        }
        let mut names: Vec<String> = cell_names(def).into_iter().collect();
        names.sort();
        for name in names {
            let reg = self.new_reg(RegKind::Ref);
            match self.locals.remove(&name) {
                Some(param) => {
                    let class = self.c.tuple_class(std::slice::from_ref(&param.ty));
                    self.emit(Instr::New { dst: reg, class });
                    self.store_cell_slot(reg, param.reg, &param.ty);
                    self.cells.insert(name, CellVar { reg, ty: Some(param.ty), captured: false });
                }
                None => {
                    self.cells.insert(name, CellVar { reg, ty: None, captured: false });
                }
            }
        }
    }

    fn store_cell_slot(&mut self, cell: Reg, src: Reg, ty: &Ty) {
        let (obj, slot, name) = (cell, Slot(0), self.c.name_id("<cell>"));
        self.emit(match ty.kind() {
            RegKind::Int => Instr::StoreFieldInt { obj, slot, src, name },
            RegKind::Float => Instr::StoreFieldFloat { obj, slot, src, name },
            RegKind::Ref => Instr::StoreFieldRef { obj, slot, src, name },
        });
    }

    /// Whether `name` is a variable kept in a cell here (and no local shadows it).
    pub(super) fn is_cell(&self, name: &str) -> bool {
        self.cells.contains_key(name) && !self.locals.contains_key(name)
    }

    /// The static type of a cell variable, if known yet.
    pub(super) fn cell_type(&self, name: &str) -> Option<Ty> {
        self.cells.get(name).and_then(|c| c.ty.clone())
    }

    /// Reads a variable kept in a cell.
    pub(super) fn load_cell(&mut self, name: &str, at: TextRange, dst: Option<Reg>) -> CResult<Val> {
        let cell = self.cells[name].clone();
        let ty = match cell.ty {
            Some(ty) if cell.captured || self.bound.contains(name) => ty,
            _ => {
                return err(
                    at,
                    format!("variable '{name}', which a nested function uses, may be read here before it is assigned (assign it first)"),
                )
            }
        };
        let reg = self.out(dst, ty.kind());
        self.emit(Instr::TupleGet { dst: reg, tuple: cell.reg, slot: Slot(0), unpack: false });
        Ok(Val { reg, ty })
    }

    /// Assigns a variable kept in a cell (making the cell at its first assignment).
    pub(super) fn store_cell(&mut self, name: &str, at: TextRange, val: Val, declared: Option<Ty>) -> CResult<()> {
        let cell = self.cells[name].clone();
        let ty = match (&cell.ty, declared) {
            (Some(ty), Some(d)) if *ty != d => {
                return err(at, format!("'{name}' is already a {}", self.c.ty_name(ty)));
            }
            (Some(ty), _) => ty.clone(),
            (None, Some(d)) => d,
            (None, None) if val.ty == Ty::None => {
                return err(
                    at,
                    format!("cannot infer the type of '{name}' from None; annotate it ({name}: Optional[T] = None)"),
                );
            }
            (None, None) => val.ty.clone(),
        };
        let val = self.coerce(val, &ty);
        self.check_assignable(&val.ty, &ty, at, || format!("variable '{name}'"))?;
        let src = if val.ty == Ty::None { self.const_none_reg() } else { val.reg };
        if let Some(c) = self.cells.get_mut(name) {
            c.ty = Some(ty.clone());
        }
        if !cell.captured && !self.bound.contains(name) {
            // Maybe the first assignment: make the cell if there is none yet.
            let exists = self.temp(RegKind::Int);
            self.emit(Instr::TruthyRef { dst: exists, src: cell.reg });
            let skip = self.emit(Instr::JumpIfTrue { cond: exists, target: Self::HOLE });
            let class = self.c.tuple_class(std::slice::from_ref(&ty));
            self.emit(Instr::New { dst: cell.reg, class });
            self.patch_here(vec![skip]);
        }
        self.store_cell_slot(cell.reg, src, &ty);
        self.mark_bound(name);
        Ok(())
    }

    /// `nonlocal x`: `x` must be a variable of an enclosing function.
    pub(super) fn nonlocal_stmt(&mut self, s: &ast::StmtNonlocal) -> CResult<()> {
        for name in &s.names {
            if !self.cells.get(name.id.as_str()).is_some_and(|c| c.captured) {
                return err(name.range, format!("no binding for nonlocal '{}' found", name.id));
            }
        }
        Ok(())
    }

    /// A `def` inside a function: binds its name to the new function value.
    pub(super) fn nested_def(&mut self, def: &'a StmtFunctionDef) -> CResult<()> {
        let val = self.make_function(def)?;
        self.store_name(def.name.id.as_str(), def.name.range, val, None)
    }

    /// A lambda expression: a new function value.
    pub(super) fn lambda(&mut self, lambda: &ast::ExprLambda) -> CResult<Val> {
        let def: &'a StmtFunctionDef =
            self.c.lambdas.get(&lambda.range).expect("every lambda has its def (lambda_defs)");
        self.make_function(def)
    }

    /// The function value of a nested def: its declaration (made once per def and
    /// enclosing function), and the environment of the cells it uses.
    fn make_function(&mut self, def: &'a StmtFunctionDef) -> CResult<Val> {
        if let Some(decorator) = def.decorator_list.first() {
            return err(decorator.range, "decorators on nested functions are not supported");
        }
        if def.is_async {
            return err(def.range, "async functions are not supported");
        }
        if super::generators::is_generator(def) {
            return err(def.name.range, "nested generator functions are not supported (define it at module level)");
        }
        if let Some(param) = def
            .parameters
            .iter_non_variadic_params()
            .find(|p| p.default.as_deref().is_some_and(|d| !super::call::is_literal(d)))
        {
            return err(param.range, "a default that is not a literal is not supported in a nested function or lambda");
        }
        let mut free: Vec<String> = free_names(def).into_iter().collect();
        free.sort();
        if free.iter().any(|n| *n == def.name.id.as_str()) && def.name.id.as_str() != "<lambda>" {
            return err(
                def.name.range,
                format!("nested function '{}' refers to itself; recursion is supported at module level", def.name.id),
            );
        }
        let mut captures = Vec::new();
        for name in free {
            if self.is_cell(&name) {
                let Some(ty) = self.cell_type(&name) else {
                    return err(def.range, format!("the nested function uses '{name}' before it is assigned"));
                };
                if !self.cells[&name].captured && !self.bound.contains(&name) {
                    return err(
                        def.range,
                        format!("the nested function uses '{name}', which may not be assigned yet here"),
                    );
                }
                captures.push(Capture { name, ty });
            } else if self.locals.contains_key(&name) {
                return err(
                    def.range,
                    format!("a nested function or lambda using '{name}' here (a comprehension variable or key parameter) is not supported"),
                );
            }
        }
        let key = (self.id, def.range);
        let id = match self.c.nested.get(&key) {
            Some(&id) => id,
            None => {
                let id = self.declare_nested(def, &captures)?;
                self.c.nested.insert(key, id);
                id
            }
        };
        if captures.is_empty() {
            return Ok(Val { reg: self.const_int_reg(0), ty: Ty::Func(id) });
        }
        let cells: Vec<Ty> = captures.iter().map(|c| Ty::Tuple(vec![c.ty.clone()])).collect();
        let class = self.c.tuple_class(&cells);
        let env = self.temp(RegKind::Ref);
        self.emit(Instr::New { dst: env, class });
        let name = self.c.name_id("<env>");
        for (i, capture) in captures.iter().enumerate() {
            let src = self.cells[&capture.name].reg;
            self.emit(Instr::StoreFieldRef { obj: env, slot: Slot(i as u16), src, name });
        }
        Ok(Val { reg: env, ty: Ty::Closure(id) })
    }

    fn declare_nested(&mut self, def: &'a StmtFunctionDef, captures: &[Capture]) -> CResult<FuncId> {
        let p = &def.parameters;
        if let Some(star) = p.vararg.as_ref().or(p.kwarg.as_ref()) {
            return err(star.range, "*args and **kwargs are not supported");
        }
        let mut params = Vec::new();
        if !captures.is_empty() {
            let cells = captures.iter().map(|c| Ty::Tuple(vec![c.ty.clone()])).collect();
            params.push(("<env>".to_string(), Ty::Tuple(cells)));
        }
        for param in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            let name = param.parameter.name.id.to_string();
            if params.iter().any(|(n, _)| *n == name) {
                return err(param.range, format!("duplicate parameter '{name}'"));
            }
            let ty = match &param.parameter.annotation {
                Some(annotation) => self.c.param_ty(annotation)?,
                None => self.c.fresh_var(),
            };
            params.push((name, ty));
        }
        let ret = match &def.returns {
            Some(annotation) => match self.c.parse_ty(annotation)? {
                // `-> Callable[..., R]`: the function returned decides.
                Ty::Var(_) => RetTy::Infer,
                ty => RetTy::Known(ty),
            },
            None => RetTy::Infer,
        };
        let env = usize::from(!captures.is_empty());
        let shape = ParamShape {
            posonly: p.posonlyargs.len() + env,
            positional: p.posonlyargs.len() + p.args.len() + env,
            vararg: false,
        };
        let outer = self.c.funcs[self.id.0 as usize].qualname.clone();
        let qualname = if self.module { def.name.id.to_string() } else { format!("{outer}.<locals>.{}", def.name.id) };
        let id = FuncId(self.c.funcs.len() as u32);
        self.c.funcs.push(FuncDecl {
            name: def.name.id.to_string(),
            qualname,
            def: Some(def),
            class: None,
            params,
            ret,
            shape,
            vslot: None,
            subst: None,
        });
        self.c.compiled.push(None);
        if !captures.is_empty() {
            self.c.captures.insert(id, captures.to_vec());
        }
        Ok(id)
    }

    /// A function object of type `Callable[[params], ret]` for a function or closure
    /// value, if its signature is that (a generic one is instantiated for `params`).
    pub(super) fn function_object(&mut self, val: &Val, params: &[Ty], ret: &Ty) -> Option<Val> {
        let (func, env) = match val.ty {
            Ty::Func(func) => (func, None),
            Ty::Closure(func) => (func, Some(val.reg)),
            _ => return None,
        };
        let hidden: Vec<Ty> = match env {
            Some(_) => vec![self.c.funcs[func.0 as usize].params[0].1.clone()],
            None => Vec::new(),
        };
        let all: Vec<Ty> = hidden.iter().chain(params).cloned().collect();
        let func =
            if self.c.is_generic_template(func) { self.c.instantiate(func, &all, self.current).ok()? } else { func };
        let decl = &self.c.funcs[func.0 as usize];
        let declared: Vec<Ty> = decl.params.iter().map(|(_, t)| t.clone()).collect();
        if declared != all || self.c.is_generator(func) {
            return None;
        }
        if self.c.return_type(func, self.current).ok()? != *ret {
            return None;
        }
        let class = self.c.function_object_class();
        let obj = self.temp(RegKind::Ref);
        self.emit(Instr::New { dst: obj, class });
        let id = self.const_int_reg(i64::from(func.0));
        let name = self.c.name_id("<function>");
        self.emit(Instr::StoreFieldInt { obj, slot: Slot(0), src: id, name });
        let env = env.unwrap_or_else(|| self.const_none_reg());
        self.emit(Instr::StoreFieldRef { obj, slot: Slot(1), src: env, name });
        Some(Val { reg: obj, ty: Ty::Fn(params.to_vec(), Box::new(ret.clone())) })
    }

    /// `f(args)` for a function object `f` (a `Callable` value): positional
    /// arguments of the declared parameter types, an indirect call.
    pub(super) fn call_function_object(
        &mut self,
        callee: Val,
        args: super::call::CallArgs<'a>,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        let Ty::Fn(params, _) = callee.ty.clone() else { unreachable!("callers pass function objects") };
        if let Some(keyword) = args.kw.first() {
            return err(keyword.range, "keyword arguments to a Callable value are not supported");
        }
        if args.pos.len() != params.len() {
            return err(
                at,
                format!("a {} takes {} arguments, not {}", self.c.ty_name(&callee.ty), params.len(), args.pos.len()),
            );
        }
        let mut vals = Vec::new();
        for (arg, pty) in args.pos.iter().zip(&params) {
            vals.push(self.expr(arg, Some(pty), None)?);
        }
        self.call_function_object_vals(callee, vals, at, dst)
    }

    /// `f(args)` for a function object `f`, with evaluated arguments.
    pub(super) fn call_function_object_vals(
        &mut self,
        callee: Val,
        args: Vec<Val>,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        let Ty::Fn(params, ret) = callee.ty.clone() else { unreachable!("callers pass function objects") };
        if args.len() != params.len() {
            return err(
                at,
                format!("a {} takes {} arguments, not {}", self.c.ty_name(&callee.ty), params.len(), args.len()),
            );
        }
        let mut regs = Vec::new();
        for (v, pty) in args.into_iter().zip(&params) {
            let v = self.coerce(v, pty);
            self.check_assignable(&v.ty, pty, at, || "the argument of a Callable".into())?;
            regs.push(if v.ty == Ty::None { self.const_none_reg() } else { v.reg });
        }
        let block = self.arg_list(&regs);
        let reg = self.out(dst, ret.kind());
        self.emit(Instr::CallFn { dst: reg, callee: callee.reg, args: block, argc: regs.len() as u8 });
        Ok(Val { reg, ty: *ret })
    }

    /// Calls a closure value: its environment is the hidden first argument.
    pub(super) fn call_closure(
        &mut self,
        func: FuncId,
        env: Val,
        args: super::call::CallArgs<'a>,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        let env_ty = self.c.funcs[func.0 as usize].params[0].1.clone();
        self.call_function(func, Some(Val { reg: env.reg, ty: env_ty }), args, at, dst)
    }
}

/// Cells by name, for [`FnBuilder::cells`].
pub(crate) type Cells = HashMap<String, CellVar>;
