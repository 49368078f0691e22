//! The `with` statement over instances of classes with `__enter__` and `__exit__`.
//!
//! `with m as v: body` is compiled as PEP 343 spells it: `m.__enter__()` is
//! called and its result stored in `v`, the body (with the store) is protected,
//! a normal exit or a `return`/`break`/`continue` out of it calls
//! `m.__exit__(None, None, None)`, and an exception calls
//! `m.__exit__(type(e), e, e.__traceback__)` while it is being handled: a true
//! result suppresses it, anything else raises it again.
//!
//! `__exit__`'s three parameters have fixed types whatever their annotations
//! say: [`Ty::ExcType`], `BaseException` (nullable) and [`Ty::Traceback`]. The
//! first and last are passed the exception object itself, which stands for its
//! class and its traceback.

use ruff_python_ast::{self as ast, Stmt, StmtFunctionDef};
use ruff_text_size::{Ranged, TextRange};

use super::decls::err;
use super::exceptions::Block;
use super::func::{FnBuilder, Val};
use crate::error::CResult;
use crate::opcode::{ClassId, ExcKind, FuncId, Instr, Reg};
use crate::ty::{RegKind, Ty};

/// How to call one `with` statement's `__exit__`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ExitCall {
    /// The context manager, in a register the body cannot change.
    mgr: Reg,
    class: ClassId,
    exit: FuncId,
    at: TextRange,
    /// The `with` statement, whose line the call's traceback entry shows.
    stmt: TextRange,
}

/// The types of `__exit__`'s parameters after `self`.
pub(super) fn exit_param_types() -> [Ty; 3] {
    [Ty::ExcType, Ty::Class(ExcKind::BaseException.class()), Ty::Traceback]
}

/// The parameters of an `__exit__` method (after `self`), checked for a shape jcvm
/// can call: three plain parameters, or `*args` that the body does not use.
pub(super) fn exit_params(def: &StmtFunctionDef) -> CResult<Vec<String>> {
    let p = &def.parameters;
    if p.posonlyargs.len() + p.args.len() == 1 && p.kwonlyargs.is_empty() && p.kwarg.is_none() {
        if let Some(vararg) = &p.vararg {
            if mentions(&def.body, vararg.name.id.as_str()) {
                return err(vararg.range, "using the *args of __exit__ is not supported (name the three parameters)");
            }
            return Ok(["<exc_type>", "<exc>", "<traceback>"].map(String::from).to_vec());
        }
    }
    let all: Vec<_> = p.posonlyargs.iter().chain(&p.args).collect();
    if all.len() != 4 || p.vararg.is_some() || p.kwarg.is_some() || !p.kwonlyargs.is_empty() {
        return err(def.name.range, "__exit__ must take (self, exc_type, exc, traceback)");
    }
    if let Some(with_default) = all.iter().find(|param| param.default.is_some()) {
        return err(with_default.range, "defaults in __exit__'s parameters are not supported");
    }
    Ok(all[1..].iter().map(|param| param.parameter.name.id.to_string()).collect())
}

/// Whether any statement of `body` mentions the name `name`.
fn mentions(body: &[Stmt], name: &str) -> bool {
    use ruff_python_ast::visitor::{walk_expr, Visitor};
    struct Finder<'n> {
        name: &'n str,
        found: bool,
    }
    impl<'x> Visitor<'x> for Finder<'_> {
        fn visit_expr(&mut self, expr: &'x ast::Expr) {
            match expr {
                ast::Expr::Name(n) if n.id.as_str() == self.name => self.found = true,
                other => walk_expr(self, other),
            }
        }
    }
    let mut finder = Finder { name, found: false };
    for stmt in body {
        finder.visit_stmt(stmt);
    }
    finder.found
}

impl<'c, 'a> FnBuilder<'c, 'a> {
    pub(super) fn with_stmt(&mut self, s: &'a ast::StmtWith) -> CResult<()> {
        if s.is_async {
            return err(s.range, "async with is not supported");
        }
        self.with_items(s.range, &s.items, &s.body)
    }

    /// `with a, b: body` is `with a: with b: body`.
    fn with_items(&mut self, stmt: TextRange, items: &'a [ast::WithItem], body: &'a [Stmt]) -> CResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.block(body);
        };
        let at = item.context_expr.range();
        let v = self.expr(&item.context_expr, None, None)?;
        let protocol_error = |ty: &str| err(at, format!("'{ty}' object does not support the context manager protocol"));
        let Ty::Class(class) = v.ty else {
            let name = self.c.ty_name(&v.ty);
            return protocol_error(if v.ty == Ty::None { "NoneType" } else { &name });
        };
        let (Some(enter), Some(exit)) = (self.dunder(&v.ty, "__enter__"), self.dunder(&v.ty, "__exit__")) else {
            return protocol_error(&self.c.classes[class.0 as usize].name);
        };
        let mgr = self.new_reg(RegKind::Ref);
        self.emit(Instr::Move { dst: mgr, src: v.reg });
        self.raise_if_none(mgr, ExcKind::TypeError, "'NoneType' object does not support the context manager protocol");
        let mgr_val = Val { reg: mgr, ty: Ty::Class(class) };
        let value = self.call_method_vals(enter, mgr_val, Vec::new(), at, None)?;
        let exit = ExitCall { mgr, class, exit, at, stmt };
        let before = self.bound.clone();
        self.blocks.push(Block::With { exit });
        let protection = self.protect();
        if let Some(target) = &item.optional_vars {
            let value = if value.ty == Ty::None { Val { reg: self.const_none_reg(), ty: Ty::None } } else { value };
            self.store(target, value, None)?;
        }
        self.with_items(stmt, rest, body)?;
        self.end_protection(protection);
        let popped = self.blocks.pop();
        debug_assert!(matches!(popped, Some(Block::With { .. })));
        let result = self.call_exit(&exit, None)?;
        self.discard_result(&result);
        let over = self.emit(Instr::Jump { target: Self::HOLE });
        let after_body = std::mem::replace(&mut self.bound, before.clone());
        self.finish_protection(protection);
        let exc = self.protections[protection].exc;
        self.emit(Instr::EnterHandler { exc });
        self.blocks.push(Block::Except);
        let result = self.call_exit(&exit, Some(exc));
        self.blocks.pop();
        let result = result?;
        // Only an `__exit__` that can return true lets control continue after a body
        // that did not finish.
        let may_suppress = result.ty != Ty::None;
        let mut suppressed = Vec::new();
        if may_suppress {
            let suppress = self.truthy(result)?;
            suppressed.push(self.emit(Instr::JumpIfTrue { cond: suppress, target: Self::HOLE }));
        }
        self.emit(Instr::ExitHandler {});
        self.emit(Instr::Reraise { exc });
        // The statement is closed when no manager of it suppresses (the innermost
        // level is compiled first).
        if may_suppress {
            self.patch_here(suppressed);
            self.emit(Instr::ExitHandler {});
            self.closed_withs.remove(&stmt);
        } else if rest.is_empty() {
            self.closed_withs.insert(stmt);
        }
        self.patch_here(vec![over]);
        self.bound = if may_suppress { before } else { after_body };
        Ok(())
    }

    /// Calls `__exit__` with the exception being handled, or with three Nones.
    pub(super) fn call_exit(&mut self, exit: &ExitCall, exc: Option<Reg>) -> CResult<Val> {
        let [exc_type, exc_ty, traceback] = exit_param_types();
        let args = match exc {
            Some(reg) => vec![Val { reg, ty: exc_type }, Val { reg, ty: exc_ty }, Val { reg, ty: traceback }],
            None => {
                let none = Val { reg: self.const_none_reg(), ty: Ty::None };
                vec![none.clone(), none.clone(), none]
            }
        };
        let mgr = Val { reg: exit.mgr, ty: Ty::Class(exit.class) };
        let line = self.line;
        self.set_line(exit.stmt);
        let result = self.call_method_vals(exit.exit, mgr, args, exit.at, None);
        self.line = line;
        result
    }
}
