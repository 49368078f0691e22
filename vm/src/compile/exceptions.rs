//! `try`/`except`/`else`/`finally` and `raise`.
//!
//! A `try` body is *protected*: its code ranges go to the function's handler
//! table ([`crate::program::Handler`]) with the instruction where its handler
//! code starts. The handler code tests the exception against each `except`
//! clause (`IsInstance`), runs the first that matches between `EnterHandler`
//! and `ExitHandler`, or raises it again. A `finally` body is compiled once on
//! each way out: after the normal path, in a handler that re-raises, and
//! before every `return`, `break` or `continue` that leaves it; while such a
//! copy runs, the protections it leaves are paused (a protection is a list of
//! code ranges).

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::decls::err;
use super::func::{FnBuilder, Val};
use crate::error::CResult;
use crate::opcode::{ClassId, ExcKind, Instr, Reg};
use crate::program::Handler;
use crate::ty::{RegKind, Ty};

/// A statement around the current point that a jump out of it must wind up.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Block<'a> {
    /// The protected part of a `try` (its body, or everything a `finally` covers).
    Protected { protection: usize },
    /// A `try` with a `finally`: leaving it runs `body` first.
    Finally { body: &'a [Stmt] },
    /// A running `except` block: leaving it ends the handling (`ExitHandler`).
    Except,
    /// The body of a `with`: leaving it calls the context manager's `__exit__`
    /// with three Nones.
    With { exit: super::context::ExitCall },
}

/// The code ranges a handler covers, while they are being emitted.
#[derive(Clone, Debug)]
pub(crate) struct Protection {
    pub(super) exc: Reg,
    depth: u16,
    open: Option<u32>,
    pieces: Vec<(u32, u32)>,
}

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// Starts protecting the code that follows; the exception will be in the returned register.
    pub(super) fn protect(&mut self) -> usize {
        let exc = self.new_reg(RegKind::Ref);
        let depth = self.protections.iter().filter(|p| p.open.is_some()).count() as u16;
        self.protections.push(Protection { exc, depth, open: Some(self.here() as u32), pieces: Vec::new() });
        let index = self.protections.len() - 1;
        self.blocks.push(Block::Protected { protection: index });
        index
    }

    fn pause(&mut self, index: usize) {
        let here = self.here() as u32;
        let p = &mut self.protections[index];
        if let Some(start) = p.open.take() {
            if start < here {
                p.pieces.push((start, here));
            }
        }
    }

    fn resume(&mut self, index: usize) {
        self.protections[index].open = Some(self.here() as u32);
    }

    /// Stops protecting (the `Protected` block must be the innermost) and records
    /// the handler table entries, whose handler code starts at `target` (patched
    /// by [`FnBuilder::finish_protection`]).
    pub(super) fn end_protection(&mut self, index: usize) {
        self.pause(index);
        let popped = self.blocks.pop();
        debug_assert!(matches!(popped, Some(Block::Protected { protection }) if protection == index));
    }

    /// The handler code of protection `index` starts here.
    pub(super) fn finish_protection(&mut self, index: usize) {
        let target = self.here() as u32;
        let p = &self.protections[index];
        for &(start, end) in &p.pieces {
            self.handlers.push(Handler { start, end, target, exc: p.exc, depth: p.depth });
        }
    }

    /// Before a jump out of the blocks above `down_to`: ends running `except`
    /// blocks and runs `finally` bodies, innermost first, with the protections
    /// they leave paused.
    pub(super) fn unwind_blocks(&mut self, down_to: usize) -> CResult<()> {
        let saved = self.blocks.clone();
        let result = self.unwind_blocks_inner(down_to);
        self.blocks = saved;
        result
    }

    fn unwind_blocks_inner(&mut self, down_to: usize) -> CResult<()> {
        let mut paused = Vec::new();
        while self.blocks.len() > down_to {
            let block = self.blocks.pop().expect("above down_to");
            match block {
                Block::Protected { protection } => {
                    self.pause(protection);
                    paused.push(protection);
                }
                Block::Except => {
                    self.emit(Instr::ExitHandler {});
                }
                Block::Finally { body } => self.block(body)?,
                Block::With { exit } => {
                    let result = self.call_exit(&exit, None)?;
                    self.discard_result(&result);
                }
            }
        }
        for protection in paused {
            self.resume(protection);
        }
        Ok(())
    }

    pub(super) fn try_stmt(&mut self, s: &'a ast::StmtTry) -> CResult<()> {
        if s.is_star {
            return err(s.range, "except* is not supported");
        }
        let before = self.bound.clone();
        let finally = (!s.finalbody.is_empty()).then(|| {
            self.blocks.push(Block::Finally { body: &s.finalbody });
            self.protect()
        });
        let mut to_end = Vec::new();
        if s.handlers.is_empty() {
            self.block(&s.body)?;
            self.block(&s.orelse)?;
        } else {
            let protection = self.protect();
            self.block(&s.body)?;
            self.end_protection(protection);
            self.bound = before.clone();
            self.block(&s.orelse)?;
            to_end.push(self.emit(Instr::Jump { target: Self::HOLE }));
            self.finish_protection(protection);
            let exc = self.protections[protection].exc;
            for handler in &s.handlers {
                let ast::ExceptHandler::ExceptHandler(clause) = handler;
                self.bound = before.clone();
                let (classes, ty) = match &clause.type_ {
                    Some(t) => self.except_classes(t)?,
                    None => (Vec::new(), Ty::Class(ExcKind::BaseException.class())),
                };
                let mut next = Vec::new();
                if !classes.is_empty() {
                    let matched = self.temp(RegKind::Int);
                    let mut hits = Vec::new();
                    for (i, class) in classes.iter().enumerate() {
                        self.emit(Instr::IsInstance { dst: matched, obj: exc, class: *class });
                        if i + 1 < classes.len() {
                            hits.push(self.emit(Instr::JumpIfTrue { cond: matched, target: Self::HOLE }));
                        }
                    }
                    next.push(self.emit(Instr::JumpIfFalse { cond: matched, target: Self::HOLE }));
                    self.patch_here(hits);
                }
                self.emit(Instr::EnterHandler { exc });
                self.blocks.push(Block::Except);
                // In a function, `as name` gets its own variable for the block (CPython
                // deletes the name when the block ends), so clauses may bind different types.
                let scoped = clause.name.as_ref().filter(|_| {
                    !self.module && !self.declared_globals.contains(clause.name.as_ref().map_or("", |n| n.as_str()))
                });
                let outer = scoped.map(|name| self.locals.remove(name.as_str()));
                if let Some(name) = &clause.name {
                    self.store_name(name.as_str(), name.range, Val { reg: exc, ty: ty.clone() }, None)?;
                }
                let body = self.block(&clause.body);
                self.blocks.pop();
                body?;
                self.emit(Instr::ExitHandler {});
                if let (Some(name), Some(outer)) = (scoped, outer) {
                    self.locals.remove(name.as_str());
                    if let Some(local) = outer {
                        self.locals.insert(name.to_string(), local);
                    }
                }
                if let Some(name) = &clause.name {
                    self.unbind(name.as_str());
                }
                to_end.push(self.emit(Instr::Jump { target: Self::HOLE }));
                self.patch_here(next);
            }
            self.emit(Instr::Reraise { exc });
        }
        self.patch_here(to_end);
        self.bound = before;
        if let Some(protection) = finally {
            self.end_protection(protection);
            let popped = self.blocks.pop();
            debug_assert!(matches!(popped, Some(Block::Finally { .. })));
            // The normal way out, then the handler: the same body, then raise again.
            self.block(&s.finalbody)?;
            let over = self.emit(Instr::Jump { target: Self::HOLE });
            self.finish_protection(protection);
            let exc = self.protections[protection].exc;
            let saved = self.bound.clone();
            // The exception in flight is being handled while the body runs (it becomes the
            // context of anything the body raises).
            self.emit(Instr::EnterHandler { exc });
            self.blocks.push(Block::Except);
            let body = self.block(&s.finalbody);
            self.blocks.pop();
            body?;
            self.emit(Instr::ExitHandler {});
            self.bound = saved;
            self.emit(Instr::Reraise { exc });
            self.patch_here(vec![over]);
        }
        Ok(())
    }

    /// Marks a local as unassigned again (`except ... as e` deletes `e`).
    fn unbind(&mut self, name: &str) {
        self.bound.remove(name);
        if let Some(&flag) = self.bound_flags.get(name) {
            self.emit(Instr::LoadInt { dst: flag, value: 0 });
        }
    }

    /// The classes an `except` clause names, and the static type of the exception.
    fn except_classes(&mut self, t: &'a Expr) -> CResult<(Vec<ClassId>, Ty)> {
        let names: Vec<&Expr> = match t {
            Expr::Tuple(tuple) => tuple.elts.iter().collect(),
            single => vec![single],
        };
        let mut classes = Vec::new();
        for e in names {
            let Expr::Name(n) = e else {
                return err(e.range(), "an except clause must name exception classes");
            };
            let Some(&class) = self.c.class_names.get(n.id.as_str()) else {
                return err(e.range(), format!("name '{}' is not defined", n.id));
            };
            if !self.c.is_exception_class(class) {
                return err(e.range(), "catching classes that do not inherit from BaseException is not allowed");
            }
            classes.push(class);
        }
        let mut common = classes[0];
        for &class in &classes[1..] {
            while !self.c.is_subclass(class, common) {
                common = self.c.classes[common.0 as usize].parent.expect("BaseException is every exception's root");
            }
        }
        Ok((classes, Ty::Class(common)))
    }

    /// `raise`, `raise E`, `raise E(args)`, `raise e`, `raise X from Y`.
    pub(super) fn raise_stmt(&mut self, s: &'a ast::StmtRaise) -> CResult<()> {
        let Some(exc) = &s.exc else {
            if s.cause.is_some() {
                return err(s.range, "a bare 'raise' cannot have 'from'");
            }
            self.emit(Instr::ReraiseCurrent {});
            return Ok(());
        };
        let exc = self.exception_value(exc)?;
        let (cause, from) = match s.cause.as_deref() {
            None => (self.const_none_reg(), false),
            Some(Expr::NoneLiteral(_)) => (self.const_none_reg(), true),
            Some(cause) => (self.exception_value(cause)?.reg, true),
        };
        self.emit(Instr::RaiseObj { exc: exc.reg, cause, from });
        Ok(())
    }

    /// An exception object from `E` (a class: instantiated), `E(args)` or an expression.
    fn exception_value(&mut self, e: &'a Expr) -> CResult<Val> {
        if let Expr::Name(n) = e {
            if let Some(&class) = self.c.class_names.get(n.id.as_str()) {
                if !self.is_shadowed(n.id.as_str()) {
                    if !self.c.is_exception_class(class) {
                        return err(e.range(), "exceptions must derive from BaseException");
                    }
                    let none: &'a [Expr] = &[];
                    return self.construct_exception(class, none, e.range());
                }
            }
        }
        let v = self.expr(e, None, None)?;
        match &v.ty {
            Ty::Class(class) if self.c.is_exception_class(*class) => Ok(v),
            other => {
                err(e.range(), format!("exceptions must derive from BaseException, not {}", self.c.ty_name(other)))
            }
        }
    }

    /// Whether `name` is a variable here (so not a class name).
    fn is_shadowed(&self, name: &str) -> bool {
        self.locals.contains_key(name) || self.c.global_names.contains_key(name)
    }

    /// `E()` for an exception class, with no arguments.
    fn construct_exception(&mut self, class: ClassId, args: &'a [Expr], at: TextRange) -> CResult<Val> {
        let call_args = super::call::CallArgs { pos: args, kw: &[] };
        self.construct(class, call_args, at, None)
    }

    /// `BaseException.__init__(exc, *args)` (the builtin one): at most one argument.
    pub(super) fn exception_init(&mut self, exc: Reg, args: &'a [Expr]) -> CResult<()> {
        match args {
            [] => {
                let none = self.const_none_reg();
                let ty = self.c.ty_id(&Ty::None);
                self.emit(Instr::ExcInit { exc, arg: none, ty, args: 0 });
            }
            [arg] => {
                let v = self.expr(arg, None, None)?;
                let reg = if v.ty == Ty::None { self.const_none_reg() } else { v.reg };
                let ty = self.c.ty_id(&v.ty);
                self.emit(Instr::ExcInit { exc, arg: reg, ty, args: 1 });
            }
            several => {
                let mut vals = Vec::new();
                for arg in several {
                    let v = self.expr(arg, None, None)?;
                    if v.ty == Ty::None {
                        return err(arg.range(), "None as one of several exception arguments is not supported");
                    }
                    vals.push(v);
                }
                self.exception_args(exc, vals)?;
            }
        }
        Ok(())
    }

    /// Sets an exception's arguments from evaluated values (what `BaseException.__new__`
    /// records before a user `__init__` runs).
    pub(super) fn exception_args(&mut self, exc: Reg, vals: Vec<Val>) -> CResult<()> {
        match vals.len() {
            0 => {
                let none = self.const_none_reg();
                let ty = self.c.ty_id(&Ty::None);
                self.emit(Instr::ExcInit { exc, arg: none, ty, args: 0 });
            }
            1 => {
                let v = vals.into_iter().next().expect("one");
                let reg = if v.ty == Ty::None { self.const_none_reg() } else { v.reg };
                let ty = self.c.ty_id(&v.ty);
                self.emit(Instr::ExcInit { exc, arg: reg, ty, args: 1 });
            }
            _ => {
                let tuple = self.new_tuple(vals, None)?;
                let ty = self.c.ty_id(&tuple.ty);
                self.emit(Instr::ExcInit { exc, arg: tuple.reg, ty, args: 2 });
            }
        }
        Ok(())
    }
}
