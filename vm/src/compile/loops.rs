//! Loops: `while`, `for` over ranges, lists, strs, `enumerate`, `zip` and
//! `reversed` (none of which allocates an iterator), with `break`, `continue`
//! and `else`; the same loops drive comprehensions and the builtins that
//! consume an iterable (`sum`, `any`, `list` ...), which take each item from
//! [`FnBuilder::loop_item`] instead of a target.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::decls::err;
use super::func::{FnBuilder, LoopLabels, Val};
use crate::error::CResult;
use crate::opcode::{Cond, DictOp, Instr, Reg};
use crate::ty::{RegKind, Ty};

/// The body of a loop: a statement's block or a comprehension's element.
pub(super) type LoopBody<'f, 'c, 'a> = &'f mut dyn FnMut(&mut FnBuilder<'c, 'a>) -> CResult<()>;

impl<'c, 'a> FnBuilder<'c, 'a> {
    pub(super) fn while_stmt(&mut self, s: &'a ast::StmtWhile) -> CResult<()> {
        let top = self.here();
        // `while True:` and `while 1:` test nothing: only a break leaves them.
        let always = match &*s.test {
            Expr::BooleanLiteral(b) => b.value,
            other => super::stmt::const_int(other).is_some_and(|v| v != 0),
        };
        let exits = if always { Vec::new() } else { self.branch_if_false(&s.test)? };
        self.loop_body(&mut |b| b.block(&s.body), &s.orelse, top, exits)
    }

    /// Compiles a loop body that continues at `top`, then the back-edge; the loop's
    /// `exits` (its condition or iterator running out) run `orelse`, a `break` skips it.
    fn loop_body(
        &mut self,
        body: LoopBody<'_, 'c, 'a>,
        orelse: &'a [Stmt],
        top: usize,
        exits: Vec<usize>,
    ) -> CResult<()> {
        // A body may run no time at all: what it assigns is not surely assigned after it.
        let before = self.bound.clone();
        let result = self.loop_body_inner(body, orelse, top, exits);
        self.bound = before;
        result
    }

    fn loop_body_inner(
        &mut self,
        body: LoopBody<'_, 'c, 'a>,
        orelse: &'a [Stmt],
        top: usize,
        exits: Vec<usize>,
    ) -> CResult<()> {
        self.loops.push(LoopLabels { blocks: self.blocks.len(), ..LoopLabels::default() });
        let result = body(self);
        let labels = self.loops.pop().expect("pushed above");
        result?;
        let back = self.emit(Instr::LoopBack { target: Self::HOLE });
        self.patch(back, top);
        for site in labels.continues {
            self.patch(site, top);
        }
        self.patch_here(exits);
        self.block(orelse)?;
        self.patch_here(labels.breaks);
        Ok(())
    }

    pub(super) fn loop_jump(&mut self, at: TextRange, is_break: bool) -> CResult<()> {
        let Some(labels) = self.loops.last() else {
            return err(at, if is_break { "'break' outside loop" } else { "'continue' not properly in loop" });
        };
        self.unwind_blocks(labels.blocks)?;
        let site = self.emit(Instr::Jump { target: Self::HOLE });
        let labels = self.loops.last_mut().expect("checked above");
        if is_break {
            labels.breaks.push(site);
        } else {
            labels.continues.push(site);
        }
        Ok(())
    }

    pub(super) fn for_stmt(&mut self, s: &'a ast::StmtFor) -> CResult<()> {
        if s.is_async {
            return err(s.range, "async for is not supported");
        }
        self.for_loop(Some(&s.target), &s.iter, s.range, &mut |b| b.block(&s.body), &s.orelse)
    }

    /// Runs `body` once per item of `iterable` (a generator expression included),
    /// with the item in [`FnBuilder::loop_item`].
    pub(super) fn each_item(&mut self, iterable: &'a Expr, at: TextRange, body: LoopBody<'_, 'c, 'a>) -> CResult<()> {
        if let Expr::Generator(g) = iterable {
            self.merge_into = None;
            let mut inner = |b: &mut Self| -> CResult<()> {
                let v = b.expr(&g.elt, None, None)?;
                b.loop_item = Some(v);
                body(b)
            };
            return self.comprehension(&g.generators, 1, &mut inner);
        }
        self.for_loop(None, iterable, at, body, &[])
    }

    /// `for target in iter: body else: orelse`, for a statement or a comprehension;
    /// with no target, each item goes to [`FnBuilder::loop_item`] for the body.
    pub(super) fn for_loop(
        &mut self,
        target: Option<&'a Expr>,
        iter: &'a Expr,
        at: TextRange,
        body: LoopBody<'_, 'c, 'a>,
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let merge_into = self.merge_into.take();
        let reserve_into = self.reserve_into.take();
        if let Expr::Call(call) = iter {
            if let Expr::Name(n) = &*call.func {
                let name = n.id.as_str();
                if matches!(name, "map" | "filter") && self.is_builtin(name) {
                    return self.for_map_filter(name == "map", target, call, body, orelse);
                }
                if matches!(name, "range" | "enumerate" | "zip" | "reversed") && self.is_builtin(name) {
                    if let Some(keyword) = call
                        .arguments
                        .keywords
                        .iter()
                        .find(|k| !(name == "enumerate" && k.arg.as_ref().is_some_and(|a| a.as_str() == "start")))
                    {
                        return err(keyword.range, format!("{name}() takes no keyword arguments"));
                    }
                    let args = &call.arguments.args;
                    return match name {
                        "range" => self.for_range(target, call, body, orelse),
                        "enumerate" => self.for_enumerate(target, call, body, orelse),
                        "zip" => self.for_zip(target, args, at, body, orelse),
                        _ => match &args[..] {
                            [seq] => self.for_reversed(target, seq, body, orelse),
                            _ => err(call.range, format!("reversed expected 1 argument, got {}", args.len())),
                        },
                    };
                }
            }
        }
        if let Some((d, part)) = self.dict_view(iter)? {
            return self.for_dict(target, d, part, at, body, orelse);
        }
        // An empty literal has no element type; looping over it runs no item.
        let empty_literal = matches!(iter, Expr::List(l) if l.elts.is_empty());
        let hint = empty_literal.then(|| Ty::List(Box::new(Ty::Int)));
        let mut seq = match self.scratch_list(iter)? {
            Some(slice) => slice,
            None => self.expr(iter, hint.as_ref(), None)?,
        };
        if let (Some((set, expected)), Ty::Set(key) | Ty::Dict(key, _)) = (merge_into, &seq.ty) {
            if expected.as_ref().is_none_or(|e| e == &**key) {
                self.merged = Some((**key).clone());
                let none = self.const_none_reg();
                self.dict_op(set, seq.reg, none, DictOp::Update, &Ty::Int, None);
                return Ok(());
            }
        }
        if let Some(func) = self.dunder(&seq.ty, "__iter__") {
            // `for x in obj`: `__iter__` is a generator method or returns an iterator.
            seq = self.call_method_vals(func, seq, Vec::new(), iter.range(), None)?;
            if let Some(next) = self.next_method(&seq.ty) {
                return self.for_iterator(target, seq, next, at, body, orelse);
            }
            if !matches!(seq.ty, Ty::Iter(_)) {
                let ty = self.c.ty_name(&seq.ty);
                return err(iter.range(), format!("iter() returned non-iterator of type '{ty}'"));
            }
        }
        let elem = match &seq.ty {
            Ty::List(elem) | Ty::TupleN(elem) => (**elem).clone(),
            Ty::Str => return self.for_str(target, seq, body, orelse),
            Ty::Dict(..) => return self.for_dict(target, seq, 0, at, body, orelse),
            Ty::Range => {
                // A range object: its three bounds into the window ForRange reads.
                let base = self.temp_block(&[RegKind::Int; 3], at)?;
                for i in 0..3u16 {
                    self.emit(Instr::TupleGet {
                        dst: Reg(base.0 + i),
                        tuple: seq.reg,
                        slot: crate::opcode::Slot(i),
                        unpack: false,
                    });
                }
                let (var, store) = self.loop_var(target, &Ty::Int);
                let top = self.here();
                let exit = self.emit(Instr::ForRange { var, base, target: Self::HOLE });
                return self.bind_and_run(target, Val { reg: var, ty: Ty::Int }, store, body, orelse, top, vec![exit]);
            }
            Ty::Iter(elem) => {
                // The loop holds the generator, so reassigning the source does not change it.
                let gen = self.temp(RegKind::Ref);
                self.emit(Instr::Move { dst: gen, src: seq.reg });
                let elem = (**elem).clone();
                let (var, store) = self.loop_var(target, &elem);
                let top = self.here();
                let exit = self.emit(Instr::GenNext { dst: var, gen, target: Self::HOLE });
                return self.bind_and_run(target, Val { reg: var, ty: elem }, store, body, orelse, top, vec![exit]);
            }
            Ty::Set(_) => {
                self.check_set_order(&seq.ty, iter.range())?;
                return self.for_dict(target, seq, 0, at, body, orelse);
            }
            Ty::Tuple(elems) if !elems.is_empty() && elems.iter().all(|t| *t == elems[0]) => {
                return self.for_tuple(target, seq, body, orelse)
            }
            other => return err(iter.range(), format!("'{}' object is not iterable", self.c.ty_name(other))),
        };
        // The loop holds the list itself, so reassigning the source does not change the loop.
        let base = self.temp_block(&[RegKind::Ref, RegKind::Int], at)?;
        self.emit(Instr::Move { dst: base, src: seq.reg });
        if let Some(list) = reserve_into {
            self.emit(Instr::ListReserve { list, like: base });
        }
        self.emit(Instr::LoadInt { dst: Reg(base.0 + 1), value: 0 });
        let (var, store) = self.loop_var(target, &elem);
        let top = self.here();
        let exit = self.emit(Instr::ForList { var, base, target: Self::HOLE });
        self.bind_and_run(target, Val { reg: var, ty: elem }, store, body, orelse, top, vec![exit])
    }

    /// Gives the loop's item to its target (or to `loop_item`) and compiles the body.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn bind_and_run(
        &mut self,
        target: Option<&'a Expr>,
        item: Val,
        store: bool,
        body: LoopBody<'_, 'c, 'a>,
        orelse: &'a [Stmt],
        top: usize,
        exits: Vec<usize>,
    ) -> CResult<()> {
        let before = self.bound.clone();
        match (target, store) {
            (None, _) => self.loop_item = Some(item),
            (Some(t), true) => self.store(t, item, None)?,
            (Some(Expr::Name(name)), false) => self.mark_bound(name.id.as_str()),
            (Some(_), false) => {}
        }
        let result = self.loop_body(body, orelse, top, exits);
        self.bound = before;
        result
    }

    /// The register a loop writes each item to: the target variable's own when it
    /// is a local of exactly the item type (or a new one), else a scratch register
    /// that is then stored to the target (`true`).
    pub(super) fn loop_var(&mut self, target: Option<&Expr>, ty: &Ty) -> (Reg, bool) {
        if let Some(Expr::Name(name)) = target {
            let name = name.id.as_str();
            if !self.module && !self.declared_globals.contains(name) && !self.is_cell(name) {
                match self.locals.get(name) {
                    Some(local) if local.ty == *ty => return (local.reg, false),
                    Some(_) => {}
                    None => return (self.new_local(name, ty.clone()), false),
                }
            }
        }
        (self.temp(ty.kind()), true)
    }

    /// `for k in d`, `for v in d.values()`, `for k, v in d.items()` (`part` 0, 1, 2):
    /// the items pair binds straight to a two-name target, as a tuple otherwise.
    pub(super) fn for_dict(
        &mut self,
        target: Option<&'a Expr>,
        d: Val,
        part: u8,
        at: TextRange,
        body: LoopBody<'_, 'c, 'a>,
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let (key_ty, value_ty) = match &d.ty {
            Ty::Dict(k, v) => ((**k).clone(), (**v).clone()),
            Ty::Set(k) => ((**k).clone(), Ty::Int),
            _ => unreachable!("callers pass dicts and sets"),
        };
        let base = self.temp_block(&[RegKind::Ref, RegKind::Int, RegKind::Int, RegKind::Int], at)?;
        self.emit(Instr::Move { dst: base, src: d.reg });
        self.emit(Instr::LoadInt { dst: Reg(base.0 + 1), value: 0 });
        self.emit(Instr::DictLen { dst: Reg(base.0 + 2), dict: base });
        self.emit(Instr::Move { dst: Reg(base.0 + 3), src: Reg(base.0 + 2) });
        let key = self.temp(key_ty.kind());
        let value = self.temp(value_ty.kind());
        let top = self.here();
        let exit = self.emit(Instr::ForDict { key, value, base, target: Self::HOLE });
        let before = self.bound.clone();
        let (k, v) = (Val { reg: key, ty: key_ty }, Val { reg: value, ty: value_ty });
        match part {
            0 => self.bind_item(target, k)?,
            1 => self.bind_item(target, v)?,
            _ => self.bind_pair(target, k, v)?,
        }
        let result = self.loop_body(body, orelse, top, vec![exit]);
        self.bound = before;
        result
    }

    /// Gives one loop item to the target, or to `loop_item`.
    fn bind_item(&mut self, target: Option<&'a Expr>, item: Val) -> CResult<()> {
        match target {
            Some(t) => self.store(t, item, None),
            None => {
                self.loop_item = Some(item);
                Ok(())
            }
        }
    }

    /// `for ch in text`: one-character strings.
    fn for_str(
        &mut self,
        target: Option<&'a Expr>,
        seq: Val,
        body: LoopBody<'_, 'c, 'a>,
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let held = self.temp(RegKind::Ref);
        self.emit(Instr::Move { dst: held, src: seq.reg });
        let index = self.temp(RegKind::Int);
        let len = self.temp(RegKind::Int);
        let one = self.const_int_reg(1);
        self.emit(Instr::LoadInt { dst: index, value: 0 });
        let top = self.here();
        self.emit(Instr::StrLen { dst: len, s: held });
        let exit = self.emit(Instr::JumpIfNotCmpInt { a: index, b: len, cond: Cond::Lt, target: Self::HOLE });
        let item = self.temp(RegKind::Ref);
        self.emit(Instr::StrGet { dst: item, s: held, index });
        self.emit(Instr::AddInt { dst: index, a: index, b: one });
        self.bind_and_run(target, Val { reg: item, ty: Ty::Str }, true, body, orelse, top, vec![exit])
    }

    /// `for x in (a, b, c)` over a tuple of one element type.
    fn for_tuple(
        &mut self,
        target: Option<&'a Expr>,
        seq: Val,
        body: LoopBody<'_, 'c, 'a>,
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let Ty::Tuple(elems) = &seq.ty else { unreachable!("called for tuples") };
        let (n, elem) = (elems.len(), elems[0].clone());
        let held = self.temp(RegKind::Ref);
        self.emit(Instr::Move { dst: held, src: seq.reg });
        let index = self.temp(RegKind::Int);
        let len = self.const_int_reg(n as i64);
        let one = self.const_int_reg(1);
        self.emit(Instr::LoadInt { dst: index, value: 0 });
        let top = self.here();
        let exit = self.emit(Instr::JumpIfNotCmpInt { a: index, b: len, cond: Cond::Lt, target: Self::HOLE });
        let item = self.temp(elem.kind());
        self.emit(Instr::TupleItem { dst: item, tuple: held, index });
        self.emit(Instr::AddInt { dst: index, a: index, b: one });
        self.bind_and_run(target, Val { reg: item, ty: elem }, true, body, orelse, top, vec![exit])
    }

    /// `for i, x in enumerate(seq, start)`: a counter beside the loop over `seq`;
    /// the pair is built only when the target is not a two-name unpacking.
    fn for_enumerate(
        &mut self,
        target: Option<&'a Expr>,
        call: &'a ast::ExprCall,
        body: LoopBody<'_, 'c, 'a>,
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let start = call.arguments.keywords.first().map(|k| &k.value);
        let (seq, start) = match (&call.arguments.args[..], start) {
            ([seq], start) => (seq, start),
            ([seq, start], None) => (seq, Some(start)),
            (args, _) => return err(call.range, format!("enumerate() takes 1 or 2 arguments ({} given)", args.len())),
        };
        let counter = self.temp(RegKind::Int);
        match start {
            Some(e) => self.int_expr_into(e, counter)?,
            None => {
                self.emit(Instr::LoadInt { dst: counter, value: 0 });
            }
        }
        let one = self.const_int_reg(1);
        let mut inner = |b: &mut Self| -> CResult<()> {
            let item = b.loop_item.take().expect("the loop gives its item");
            let index = Val { reg: b.temp(RegKind::Int), ty: Ty::Int };
            b.emit(Instr::Move { dst: index.reg, src: counter });
            b.emit(Instr::AddInt { dst: counter, a: counter, b: one });
            b.bind_pair(target, index, item)?;
            body(b)
        };
        self.for_loop(None, seq, call.range, &mut inner, orelse)
    }

    /// `map(f, xs)` / `filter(f, xs)` iterated: each item of `xs` goes through `f`
    /// (a lambda, a function, a Callable parameter or `int float str abs len`)
    /// right before the body runs, as CPython's lazy map and filter interleave.
    fn for_map_filter(
        &mut self,
        is_map: bool,
        target: Option<&'a Expr>,
        call: &'a ast::ExprCall,
        body: LoopBody<'_, 'c, 'a>,
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let name = if is_map { "map" } else { "filter" };
        if let Some(keyword) = call.arguments.keywords.first() {
            return err(keyword.range, format!("{name}() takes no keyword arguments"));
        }
        let [func, seq] = &call.arguments.args[..] else {
            return err(call.range, format!("{name}() with other than two arguments is not supported"));
        };
        let at = call.range;
        let mut inner = |b: &mut Self| -> CResult<()> {
            let item = b.loop_item.take().expect("the loop gives its item");
            if is_map {
                let mapped = b.apply_function(func, item, at)?;
                b.bind_item(target, mapped)?;
                return body(b);
            }
            // filter: the item itself, when f(item) (or the item, for None) is true.
            let kept = b.temp(item.ty.kind());
            b.emit(Instr::Move { dst: kept, src: item.reg });
            let item = Val { reg: kept, ty: item.ty };
            let test = match func {
                Expr::NoneLiteral(_) => item.clone(),
                f => b.apply_function(f, item.clone(), at)?,
            };
            let truth = b.truthy(test)?;
            let skip = b.emit(Instr::JumpIfFalse { cond: truth, target: Self::HOLE });
            b.bind_item(target, item)?;
            body(b)?;
            b.patch_here(vec![skip]);
            Ok(())
        };
        self.for_loop(None, seq, call.range, &mut inner, orelse)
    }

    /// Binds `(a, b)` to a loop target: straight into `x, y` targets, as a tuple otherwise.
    fn bind_pair(&mut self, target: Option<&'a Expr>, a: Val, b: Val) -> CResult<()> {
        match target {
            Some(Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }))
                if elts.len() == 2 && !elts.iter().any(|e| matches!(e, Expr::Starred(_))) =>
            {
                self.store(&elts[0], a, None)?;
                self.store(&elts[1], b, None)
            }
            Some(t) => {
                let pair = self.new_tuple(vec![a, b], None)?;
                self.store(t, pair, None)
            }
            None => {
                self.loop_item = Some(self.new_tuple(vec![a, b], None)?);
                Ok(())
            }
        }
    }

    /// `for a, b in zip(xs, ys)` over lists: an index into each, checked against
    /// each list's current length at every step (zip stops at the shortest).
    fn for_zip(
        &mut self,
        target: Option<&'a Expr>,
        args: &'a [Expr],
        at: TextRange,
        body: LoopBody<'_, 'c, 'a>,
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        if args.len() < 2 {
            return err(at, "zip() needs at least two iterables here");
        }
        // Each argument is held by the loop (reassigning its source does not change it).
        let mut sources = Vec::new();
        for arg in args {
            let v = self.expr(arg, None, None)?;
            let elem = match &v.ty {
                Ty::List(elem) | Ty::TupleN(elem) | Ty::Iter(elem) => (**elem).clone(),
                Ty::Str => Ty::Str,
                Ty::Range => Ty::Int,
                other => {
                    let ty = self.c.ty_name(other);
                    return err(
                        arg.range(),
                        format!("zip() over {ty} is not supported (lists, tuples, strs, ranges and iterators)"),
                    );
                }
            };
            let held = self.temp(RegKind::Ref);
            self.emit(Instr::Move { dst: held, src: v.reg });
            // A range's length, start and step are read once: it cannot change.
            let range = if v.ty == Ty::Range {
                let bounds = [self.temp(RegKind::Int), self.temp(RegKind::Int), self.temp(RegKind::Int)];
                self.emit(Instr::RangeLen { dst: bounds[0], range: held });
                for (reg, slot) in [(bounds[1], 0), (bounds[2], 2)] {
                    self.emit(Instr::TupleGet {
                        dst: reg,
                        tuple: held,
                        slot: crate::opcode::Slot(slot),
                        unpack: false,
                    });
                }
                Some(bounds)
            } else {
                None
            };
            sources.push((held, v.ty, elem, range));
        }
        let index = self.temp(RegKind::Int);
        let len = self.temp(RegKind::Int);
        let one = self.const_int_reg(1);
        self.emit(Instr::LoadInt { dst: index, value: 0 });
        let top = self.here();
        let mut exits = Vec::new();
        let mut items = Vec::new();
        // As CPython's zip: one item from each source in turn, stopping at the first
        // that has none (items taken from the sources before it are dropped). Each
        // item is taken into a scratch register and copied out only once every
        // source had one: the copy's register may become the loop variable itself,
        // which must keep the last round's value when the loop ends.
        let mut taken = Vec::new();
        for (source, ty, elem, range) in &sources {
            let (source, reg) = (*source, self.temp(elem.kind()));
            let in_bounds = |b: &mut Self, len: Reg| {
                b.emit(Instr::JumpIfNotCmpInt { a: index, b: len, cond: Cond::Lt, target: Self::HOLE })
            };
            match (ty, range) {
                (Ty::Iter(_), _) => exits.push(self.emit(Instr::GenNext { dst: reg, gen: source, target: Self::HOLE })),
                (Ty::Str, _) => {
                    self.emit(Instr::StrLen { dst: len, s: source });
                    exits.push(in_bounds(self, len));
                    self.emit(Instr::StrGet { dst: reg, s: source, index });
                }
                (_, Some([count, start, step])) => {
                    exits.push(in_bounds(self, *count));
                    self.emit(Instr::MulInt { dst: reg, a: index, b: *step });
                    self.emit(Instr::AddInt { dst: reg, a: reg, b: *start });
                }
                _ => {
                    self.emit(Instr::ListLen { dst: len, list: source });
                    exits.push(in_bounds(self, len));
                    self.emit(Instr::ListGet { dst: reg, list: source, index });
                }
            }
            taken.push((reg, elem.clone()));
        }
        for (reg, elem) in taken {
            let copy = self.temp(elem.kind());
            self.emit(Instr::Move { dst: copy, src: reg });
            items.push(Val { reg: copy, ty: elem });
        }
        self.emit(Instr::AddInt { dst: index, a: index, b: one });
        let before = self.bound.clone();
        let bound = match (target, items.len()) {
            (Some(Expr::Tuple(ast::ExprTuple { elts, .. })), n)
                if elts.len() == n && !elts.iter().any(|e| matches!(e, Expr::Starred(_))) =>
            {
                for (t, item) in elts.iter().zip(items) {
                    self.store(t, item, None)?;
                }
                Ok(())
            }
            (Some(t), _) => {
                let tuple = self.new_tuple(items, None)?;
                self.store(t, tuple, None)
            }
            (None, _) => {
                self.loop_item = Some(self.new_tuple(items, None)?);
                Ok(())
            }
        };
        bound?;
        let result = self.loop_body(body, orelse, top, exits);
        self.bound = before;
        result
    }

    /// `for x in reversed(xs)` over a list (from the end, as CPython's reverse
    /// iterator: it stops when the index falls outside the list) or a range.
    fn for_reversed(
        &mut self,
        target: Option<&'a Expr>,
        seq: &'a Expr,
        body: LoopBody<'_, 'c, 'a>,
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        if let Expr::Call(call) = seq {
            if matches!(&*call.func, Expr::Name(n) if n.id.as_str() == "range" && self.is_builtin("range")) {
                return self.for_reversed_range(target, call, body, orelse);
            }
        }
        let v = self.expr(seq, None, None)?;
        let Ty::List(elem) = &v.ty else {
            return err(seq.range(), format!("reversed() over {} is not supported", self.c.ty_name(&v.ty)));
        };
        let elem = (**elem).clone();
        let held = self.temp(RegKind::Ref);
        self.emit(Instr::Move { dst: held, src: v.reg });
        let index = self.temp(RegKind::Int);
        let len = self.temp(RegKind::Int);
        let zero = self.const_int_reg(0);
        let one = self.const_int_reg(1);
        self.emit(Instr::ListLen { dst: index, list: held });
        let top = self.here();
        self.emit(Instr::SubInt { dst: index, a: index, b: one });
        let below = self.emit(Instr::JumpIfNotCmpInt { a: index, b: zero, cond: Cond::Ge, target: Self::HOLE });
        self.emit(Instr::ListLen { dst: len, list: held });
        let beyond = self.emit(Instr::JumpIfNotCmpInt { a: index, b: len, cond: Cond::Lt, target: Self::HOLE });
        let (var, store) = self.loop_var(target, &elem);
        self.emit(Instr::ListGet { dst: var, list: held, index });
        self.bind_and_run(target, Val { reg: var, ty: elem }, store, body, orelse, top, vec![below, beyond])
    }

    /// `reversed(range(a, b))`: the range `b-1, b-2, ..., a`, stepped as
    /// `b, b-1, ..., a+1` with one subtracted from each (so neither bound needs
    /// a value past i64: `a` may be i64's least).
    fn for_reversed_range(
        &mut self,
        target: Option<&'a Expr>,
        call: &'a ast::ExprCall,
        body: LoopBody<'_, 'c, 'a>,
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let (start, stop) = match &call.arguments.args[..] {
            [stop] => (None, stop),
            [start, stop] => (Some(start), stop),
            _ => return err(call.range, "reversed() of a range with a step is not supported"),
        };
        let base = self.temp_block(&[RegKind::Int; 3], call.range)?;
        let (counter, stop_reg, step_reg) = (base, Reg(base.0 + 1), Reg(base.0 + 2));
        let one = self.const_int_reg(1);
        // Evaluated in source order: start, then stop.
        match start {
            Some(e) => self.int_expr_into(e, stop_reg)?,
            None => {
                self.emit(Instr::LoadInt { dst: stop_reg, value: 0 });
            }
        }
        self.int_expr_into(stop, counter)?;
        self.emit(Instr::LoadInt { dst: step_reg, value: -1 });
        let (var, store) = self.loop_var(target, &Ty::Int);
        let above = self.temp(RegKind::Int);
        let top = self.here();
        let exit = self.emit(Instr::ForRange { var: above, base, target: Self::HOLE });
        // (Never overflows: `above` is more than `a`.)
        self.emit(Instr::SubInt { dst: var, a: above, b: one });
        self.bind_and_run(target, Val { reg: var, ty: Ty::Int }, store, body, orelse, top, vec![exit])
    }

    fn for_range(
        &mut self,
        target: Option<&'a Expr>,
        call: &'a ast::ExprCall,
        body: LoopBody<'_, 'c, 'a>,
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let args = &call.arguments.args;
        let (start, stop, step) = match &args[..] {
            [stop] => (None, stop, None),
            [start, stop] => (Some(start), stop, None),
            [start, stop, step] => (Some(start), stop, Some(step)),
            _ => return err(call.range, format!("range expected 1 to 3 arguments, got {}", args.len())),
        };
        // counter, stop, step: the window ForRange reads.
        let base = self.temp_block(&[RegKind::Int; 3], call.range)?;
        let (counter, stop_reg, step_reg) = (base, Reg(base.0 + 1), Reg(base.0 + 2));
        match start {
            Some(e) => self.int_expr_into(e, counter)?,
            None => {
                self.emit(Instr::LoadInt { dst: counter, value: 0 });
            }
        }
        self.int_expr_into(stop, stop_reg)?;
        match step {
            Some(e) => self.int_expr_into(e, step_reg)?,
            None => {
                self.emit(Instr::LoadInt { dst: step_reg, value: 1 });
            }
        }
        let constant_step = step.map_or(Some(1), super::stmt::const_int);
        if constant_step.is_none_or(|v| v == 0) {
            self.emit(Instr::CheckRangeStep { step: step_reg });
        }
        let (var, store) = self.loop_var(target, &Ty::Int);
        let top = self.here();
        let exit = self.emit(Instr::ForRange { var, base, target: Self::HOLE });
        self.bind_and_run(target, Val { reg: var, ty: Ty::Int }, store, body, orelse, top, vec![exit])
    }

    /// Evaluates an int expression into `dst`.
    fn int_expr_into(&mut self, e: &'a Expr, dst: Reg) -> CResult<()> {
        let v = self.expr(e, Some(&Ty::Int), Some(dst))?;
        if !v.ty.is_intlike() {
            return err(e.range(), format!("'{}' object cannot be interpreted as an integer", self.c.ty_name(&v.ty)));
        }
        Ok(())
    }
}
