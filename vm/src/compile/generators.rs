//! Generator functions: a function whose body holds `yield` returns a
//! generator object (`NewGen`) instead of running; `for` loops and the
//! builtins that consume an iterable resume it (`GenNext`), and each `yield`
//! statement suspends its frame into the object (`Yield`). The object is an
//! instance of a class made per generator function, with a slot per register
//! of its frame (see `program::generator_slot`), so the GC scans exactly its
//! references.

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt, StmtFunctionDef};
use ruff_text_size::{Ranged, TextRange};

use super::decls::err;
use super::func::FnBuilder;
use super::imports::Imported;
use super::Compiler;
use crate::error::CResult;
use crate::opcode::{ClassId, FuncId, Instr};
use crate::program::generator_slot;
use crate::ty::Ty;

/// Whether `def` is a generator function (`yield` in its own body, not in a
/// nested function, class or lambda).
pub(super) fn is_generator(def: &StmtFunctionDef) -> bool {
    struct Finder {
        found: bool,
    }
    impl<'x> Visitor<'x> for Finder {
        fn visit_stmt(&mut self, stmt: &'x Stmt) {
            if !matches!(stmt, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
                walk_stmt(self, stmt);
            }
        }
        fn visit_expr(&mut self, expr: &'x Expr) {
            match expr {
                Expr::Yield(_) | Expr::YieldFrom(_) => self.found = true,
                Expr::Lambda(_) => {}
                other => walk_expr(self, other),
            }
        }
    }
    let mut finder = Finder { found: false };
    for stmt in &def.body {
        finder.visit_stmt(stmt);
    }
    finder.found
}

impl Compiler<'_> {
    /// The type a generator function returns, from its annotation: `Iterator[T]`,
    /// `Iterable[T]` or `Generator[T, None, None]` give `Iterator[T]`.
    pub(super) fn generator_return(&self, def: &StmtFunctionDef) -> CResult<Ty> {
        let Some(annotation) = &def.returns else {
            return err(def.name.range, "annotate the return type of a generator function (-> Iterator[T])");
        };
        let annotation = match &**annotation {
            Expr::StringLiteral(text) => {
                return match ruff_python_parser::parse_expression(text.value.to_str()) {
                    Ok(parsed) => self.generator_elem(&parsed.syntax().body, annotation.range()),
                    Err(_) => err(annotation.range(), "invalid type in string annotation"),
                };
            }
            other => other,
        };
        self.generator_elem(annotation, annotation.range())
    }

    fn generator_elem(&self, annotation: &Expr, at: TextRange) -> CResult<Ty> {
        let Expr::Subscript(sub) = annotation else {
            return err(at, "a generator function returns Iterator[T]");
        };
        let Expr::Name(outer) = &*sub.value else {
            return err(at, "a generator function returns Iterator[T]");
        };
        let name = outer.id.as_str();
        let known = ["Iterator", "Iterable", "Generator"]
            .into_iter()
            .find(|&n| n == name && self.imports(n, Imported::Item("typing", n)));
        let elem = match (known, &*sub.slice) {
            (Some("Generator"), Expr::Tuple(t)) if t.elts.len() == 3 => {
                let none = |e: &Expr| matches!(e, Expr::NoneLiteral(_));
                if !none(&t.elts[1]) || !none(&t.elts[2]) {
                    return err(
                        at,
                        "generators that receive values or return one are not supported (Generator[T, None, None])",
                    );
                }
                &t.elts[0]
            }
            (Some("Iterator" | "Iterable"), elem) => elem,
            _ => return err(at, "a generator function returns Iterator[T]"),
        };
        Ok(Ty::Iter(Box::new(self.parse_ty(elem)?)))
    }

    /// Whether `func` is a generator function.
    pub(super) fn is_generator(&self, func: FuncId) -> bool {
        self.funcs[func.0 as usize].def.is_some_and(is_generator)
    }

    /// Reserves the generator class of each generator function (after every other
    /// class): `Function::generator` names it before the bytecode is verified.
    pub(super) fn reserve_generator_classes(&mut self) {
        let first = self.program.classes.len() as u32;
        let generators: Vec<usize> = (0..self.funcs.len())
            .filter(|&id| self.is_generator(FuncId(id as u32)) && !self.is_generic_template(FuncId(id as u32)))
            .collect();
        for (class, id) in (first..).zip(generators) {
            self.program.functions[id].generator = Some(ClassId(class));
        }
    }

    /// Adds the generator classes reserved above, sized by the final (inlined) frames.
    pub(super) fn add_generator_classes(&mut self) {
        let mut classes = Vec::new();
        for function in &self.program.functions {
            let Some(class) = function.generator else { continue };
            debug_assert_eq!(class.0 as usize, self.program.classes.len() + classes.len());
            let slots = generator_slot::REGS + function.nregs() as u32;
            let ref_slots = function.ref_regs.iter().map(|r| generator_slot::REGS + u32::from(r.0)).collect();
            let layout = jcvm_gc::Layout { name: "generator".into(), slots, ref_slots };
            classes.push(crate::program::ClassInfo {
                name: "generator".into(),
                parent: None,
                fields: Vec::new(),
                layout,
                vtable: Vec::new(),
                methods: Vec::new(),
            });
        }
        self.program.classes.extend(classes);
    }
}

impl<'a> FnBuilder<'_, 'a> {
    /// A `yield value` statement.
    pub(super) fn yield_stmt(&mut self, y: &'a ast::ExprYield) -> CResult<()> {
        let Some(Ty::Iter(elem)) = self.ret.clone() else {
            return err(y.range, "'yield' outside a generator function");
        };
        // In a `try` body with handlers the handler table (by pc) covers the resumed
        // frame as it covered the suspended one. A `finally`, an `except` block or a
        // `with` would need the generator's close() to run them when it is dropped.
        if !self.blocks.iter().all(|b| matches!(b, super::exceptions::Block::Protected { .. })) {
            return err(y.range, "yield inside finally, except or with (or a try with finally) is not supported yet");
        }
        let Some(value) = &y.value else {
            return err(y.range, "a bare yield is not supported (yield a value)");
        };
        let v = self.expr(value, Some(&elem), None)?;
        let v = self.coerce(v, &elem);
        self.check_assignable(&v.ty, &elem, value.range(), || "the yielded value".into())?;
        let src = if v.ty == Ty::None { self.const_none_reg() } else { v.reg };
        self.emit(Instr::Yield { src });
        Ok(())
    }

    /// Before a call of generator method `func` on `obj` (of static class `class`):
    /// the receiver's None check a method call makes; a generator method a
    /// subclass overrides is refused (`NewGen` does not dispatch).
    pub(super) fn generator_receiver(
        &mut self,
        class: ClassId,
        method: &str,
        func: FuncId,
        obj: &super::func::Val,
        at: TextRange,
    ) -> CResult<()> {
        if self.c.is_overridden_below(class, method, func) {
            return err(at, format!("generator method '{method}' is overridden in a subclass (not supported yet)"));
        }
        self.check_receiver(obj, method);
        Ok(())
    }

    /// `next(gen)` (StopIteration when it is exhausted) or `next(gen, default)`.
    pub(super) fn next_item(
        &mut self,
        args: &'a [Expr],
        at: TextRange,
        dst: Option<crate::opcode::Reg>,
    ) -> CResult<super::func::Val> {
        let (gen, default) = match args {
            [gen] => (gen, None),
            [gen, default] => (gen, Some(default)),
            _ => return err(at, format!("next expected 1 or 2 arguments, got {}", args.len())),
        };
        let g = self.expr(gen, None, None)?;
        if let Some(next) = self.next_method(&g.ty) {
            return self.next_of_iterator(g, next, default, at, dst);
        }
        let Ty::Iter(elem) = g.ty.clone() else {
            return err(gen.range(), format!("'{}' object is not an iterator", self.c.ty_name(&g.ty)));
        };
        let elem = *elem;
        // The default is evaluated before the generator runs, as CPython evaluates arguments.
        let default = match default {
            Some(d) => {
                let v = self.expr(d, Some(&elem), None)?;
                let v = self.coerce(v, &elem);
                self.check_assignable(&v.ty, &elem, d.range(), || "the default of next()".into())?;
                Some(if v.ty == Ty::None { self.const_none_reg() } else { v.reg })
            }
            None => None,
        };
        let reg = self.out(dst, elem.kind());
        let exhausted = self.emit(Instr::GenNext { dst: reg, gen: g.reg, target: Self::HOLE });
        let done = self.emit(Instr::Jump { target: Self::HOLE });
        self.patch_here(vec![exhausted]);
        match default {
            Some(d) => {
                self.emit(Instr::Move { dst: reg, src: d });
            }
            None => {
                let none = self.const_none_reg();
                self.emit(Instr::Raise { kind: crate::opcode::ExcKind::StopIteration, msg: none });
            }
        }
        self.patch_here(vec![done]);
        Ok(super::func::Val { reg, ty: elem })
    }

    /// A call of generator function `func`: a new generator object.
    pub(super) fn new_generator(
        &mut self,
        func: FuncId,
        args: crate::opcode::ArgsId,
        argc: u8,
        dst: Option<crate::opcode::Reg>,
    ) -> CResult<super::func::Val> {
        let ret = self.c.return_type(func, TextRange::default())?;
        let reg = self.out(dst, crate::ty::RegKind::Ref);
        self.emit(Instr::NewGen { dst: reg, func, args, argc });
        Ok(super::func::Val { reg, ty: ret })
    }
}
