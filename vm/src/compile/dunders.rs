//! Special methods: operators, comparisons, `len`, truth, indexing, `in`,
//! calls and `str`/`repr` of instances dispatch statically to the class's
//! `__add__`, `__lt__`, `__len__` ... (virtually when a subclass overrides).

use ruff_python_ast::{CmpOp, Operator, UnaryOp};
use ruff_text_size::TextRange;

use super::decls::err;
use super::func::{FnBuilder, Val};
use crate::error::CResult;
use crate::opcode::{ClassId, FuncId, Instr, Reg};
use crate::ty::Ty;

/// What `__eq__`/`__ne__` put in their bool register for `return NotImplemented`.
pub(super) const NOT_IMPLEMENTED: u64 = 2;

/// The special methods jcvm calls.
pub(super) const SUPPORTED: &[&str] = &[
    "__repr__",
    "__str__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__add__",
    "__sub__",
    "__mul__",
    "__truediv__",
    "__floordiv__",
    "__mod__",
    "__pow__",
    "__radd__",
    "__rsub__",
    "__rmul__",
    "__rtruediv__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__len__",
    "__bool__",
    "__getitem__",
    "__setitem__",
    "__contains__",
    "__call__",
    "__enter__",
    "__exit__",
    "__next__",
];

/// The method implementing a binary operator, and its reflected form.
pub(super) fn operator_methods(op: Operator) -> Option<(&'static str, Option<&'static str>)> {
    Some(match op {
        Operator::Add => ("__add__", Some("__radd__")),
        Operator::Sub => ("__sub__", Some("__rsub__")),
        Operator::Mult => ("__mul__", Some("__rmul__")),
        Operator::Div => ("__truediv__", Some("__rtruediv__")),
        Operator::FloorDiv => ("__floordiv__", None),
        Operator::Mod => ("__mod__", None),
        Operator::Pow => ("__pow__", None),
        _ => return None,
    })
}

/// The method of a comparison, and the one tried on the right operand instead.
pub(super) fn comparison_methods(op: CmpOp) -> Option<(&'static str, &'static str)> {
    Some(match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        _ => return None,
    })
}

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// The special method `name` of a class-typed value, if its class has one.
    pub(super) fn dunder(&self, ty: &Ty, name: &str) -> Option<FuncId> {
        match ty {
            Ty::Class(class) => self.c.classes[class.0 as usize].methods.get(name).copied(),
            _ => None,
        }
    }

    /// Whether instances of `ty` compare by a user `__eq__` (so identity is not equality).
    pub(super) fn has_user_eq(&self, ty: &Ty) -> bool {
        self.dunder(ty, "__eq__").is_some()
    }

    /// Calls method `func` on `receiver` with already evaluated arguments.
    pub(super) fn call_method_vals(
        &mut self,
        func: FuncId,
        receiver: Val,
        args: Vec<Val>,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        let decl = &self.c.funcs[func.0 as usize];
        let (params, name) = (decl.params.clone(), decl.name.clone());
        if params.len() != args.len() + 1 {
            return err(at, format!("{name}() takes {} arguments here, not {}", params.len() - 1, args.len()));
        }
        let generator = self.c.is_generator(func);
        if let (true, Ty::Class(class)) = (generator, &receiver.ty) {
            self.generator_receiver(*class, &name, func, &receiver, at)?;
        }
        let mut regs = vec![receiver.reg];
        for (v, (pname, pty)) in args.into_iter().zip(&params[1..]) {
            let v = self.coerce(v, pty);
            self.check_assignable(&v.ty, pty, at, || format!("parameter '{pname}' of {name}"))?;
            regs.push(if v.ty == Ty::None { self.const_none_reg() } else { v.reg });
        }
        let block = self.arg_list(&regs);
        let argc = params.len() as u8;
        if generator {
            return self.new_generator(func, block, argc, dst);
        }
        let ret = self.c.return_type(func, at)?;
        let reg = self.out(dst, ret.kind());
        let virtual_slot = self.c.funcs[func.0 as usize].vslot.is_some();
        let overridden = match &receiver.ty {
            Ty::Class(class) => virtual_slot && self.c.is_overridden_below(*class, &name, func),
            _ => false,
        };
        self.emit(if overridden {
            Instr::CallMethod { dst: reg, func, args: block, argc }
        } else {
            Instr::CallFinal { dst: reg, func, args: block, argc }
        });
        Ok(Val { reg, ty: ret })
    }

    /// Calls a function with already evaluated arguments.
    pub(super) fn call_function_vals(&mut self, func: FuncId, args: Vec<Val>, at: TextRange) -> CResult<Val> {
        if self.c.is_generic_template(func) {
            let types: Vec<Ty> = args.iter().map(|v| v.ty.clone()).collect();
            let instance = self.c.instantiate(func, &types, at)?;
            return self.call_function_vals(instance, args, at);
        }
        let decl = &self.c.funcs[func.0 as usize];
        let (params, name) = (decl.params.clone(), decl.name.clone());
        if params.len() != args.len() {
            return err(at, format!("{name}() takes {} arguments here, not {}", params.len(), args.len()));
        }
        let mut regs = Vec::new();
        for (v, (pname, pty)) in args.into_iter().zip(&params) {
            let v = self.coerce(v, pty);
            self.check_assignable(&v.ty, pty, at, || format!("parameter '{pname}' of {name}"))?;
            regs.push(if v.ty == Ty::None { self.const_none_reg() } else { v.reg });
        }
        let block = self.arg_list(&regs);
        let ret = self.c.return_type(func, at)?;
        let reg = self.out(None, ret.kind());
        self.emit(Instr::Call { dst: reg, func, args: block, argc: regs.len() as u8 });
        Ok(Val { reg, ty: ret })
    }

    /// `l op r` through `l.__op__(r)` or `r.__rop__(l)`, if either class defines it.
    pub(super) fn operator_dunder(
        &mut self,
        op: Operator,
        l: &Val,
        r: &Val,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Option<Val>> {
        let Some((method, reflected)) = operator_methods(op) else { return Ok(None) };
        if let Some(reflected) = reflected {
            self.refuse_subclass_reflection(l, r, reflected, false, at)?;
            if self.right_first(l, r, reflected, false) {
                let func = self.dunder(&r.ty, reflected).expect("right_first checked");
                return self.call_method_vals(func, r.clone(), vec![l.clone()], at, dst).map(Some);
            }
        }
        if let Some(func) = self.dunder(&l.ty, method) {
            return self.call_method_vals(func, l.clone(), vec![r.clone()], at, dst).map(Some);
        }
        if let Some(func) = reflected.and_then(|m| self.dunder(&r.ty, m)) {
            return self.call_method_vals(func, r.clone(), vec![l.clone()], at, dst).map(Some);
        }
        Ok(None)
    }

    /// `l op r` for a comparison through `__lt__` ... (or the right operand's mirror).
    pub(super) fn comparison_dunder(
        &mut self,
        op: CmpOp,
        l: &Val,
        r: &Val,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Option<Reg>> {
        let Some((method, mirror)) = comparison_methods(op) else { return Ok(None) };
        // Both operands instances of classes with the methods: which one CPython calls
        // first depends on their run-time classes, so the choice is made at run time.
        if let (Ty::Class(_), Ty::Class(_), Some(forward), Some(reflected)) =
            (&l.ty, &r.ty, self.dunder(&l.ty, method), self.dunder(&r.ty, mirror))
        {
            let out = self.out(dst, crate::ty::RegKind::Int);
            let right_first = self.temp(crate::ty::RegKind::Int);
            self.emit(Instr::SubclassOf { dst: right_first, a: l.reg, b: r.reg });
            let normal = self.emit(Instr::JumpIfFalse { cond: right_first, target: Self::HOLE });
            let t = if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                self.equality_call(op, reflected, r.clone(), l.clone(), at, None)?
            } else {
                let v = self.call_method_vals(reflected, r.clone(), vec![l.clone()], at, None)?;
                self.truthy(v)?
            };
            self.emit(Instr::Move { dst: out, src: t });
            let end = self.emit(Instr::Jump { target: Self::HOLE });
            self.patch_here(vec![normal]);
            let t = if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                self.equality_call(op, forward, l.clone(), r.clone(), at, None)?
            } else {
                let v = self.call_method_vals(forward, l.clone(), vec![r.clone()], at, None)?;
                self.truthy(v)?
            };
            self.emit(Instr::Move { dst: out, src: t });
            self.patch_here(vec![end]);
            return Ok(Some(out));
        }
        // Without a forward method only the reflected one can be called: no choice to make.
        if self.dunder(&l.ty, method).is_some() {
            self.refuse_subclass_reflection(l, r, mirror, true, at)?;
        }
        let call = if self.right_first(l, r, mirror, true) {
            self.dunder(&r.ty, mirror).map(|func| (func, r.clone(), l.clone()))
        } else if let Some(func) = self.dunder(&l.ty, method) {
            Some((func, l.clone(), r.clone()))
        } else {
            self.dunder(&r.ty, mirror).map(|func| (func, r.clone(), l.clone()))
        };
        if let Some((func, receiver, arg)) = call {
            if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                return self.equality_call(op, func, receiver, arg, at, dst).map(Some);
            }
            let v = self.call_method_vals(func, receiver, vec![arg], at, dst)?;
            return self.truthy(v).map(Some);
        }
        // `!=` without `__ne__` is `not __eq__`.
        if op == CmpOp::NotEq {
            if let Some(reg) = self.comparison_dunder(CmpOp::Eq, l, r, at, None)? {
                let out = self.out(dst, crate::ty::RegKind::Int);
                self.emit(Instr::NotBool { dst: out, src: reg });
                return Ok(Some(out));
            }
        }
        Ok(None)
    }

    /// `receiver == arg` (or `!=`) through `func`, the receiver's method, as CPython
    /// runs it: a method that returns NotImplemented (the word
    /// [`NOT_IMPLEMENTED`] in its bool register, see `stmt::return_not_implemented`)
    /// or a receiver that is None passes the question to the other operand's
    /// mirrored method, and when that declines too the answer is identity.
    fn equality_call(
        &mut self,
        op: CmpOp,
        func: FuncId,
        receiver: Val,
        arg: Val,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Reg> {
        use crate::ty::RegKind;
        let out = self.out(dst, RegKind::Int);
        let mut ends = Vec::new();
        let declined = self.equality_attempt(func, &receiver, &arg, out, &mut ends, at)?;
        self.patch_here(declined);
        let mirror = if op == CmpOp::Eq { "__eq__" } else { "__ne__" };
        if let Some(reflected) = self.dunder(&arg.ty, mirror).filter(|_| arg.ty.is_ref()) {
            let declined = self.equality_attempt(reflected, &arg, &receiver, out, &mut ends, at)?;
            self.patch_here(declined);
        }
        let b = if arg.ty.is_ref() { arg.reg } else { self.const_none_reg() };
        self.emit(Instr::IsRef { dst: out, a: receiver.reg, b });
        if op == CmpOp::NotEq {
            self.emit(Instr::NotBool { dst: out, src: out });
        }
        self.patch_here(ends);
        Ok(out)
    }

    /// One try of [`FnBuilder::equality_call`]: `func(receiver, arg)` unless the
    /// receiver is None; an answer goes to `out` and jumps to the end (pushed on
    /// `ends`). Returns the jumps taken when it declines (None, or NotImplemented).
    fn equality_attempt(
        &mut self,
        func: FuncId,
        receiver: &Val,
        arg: &Val,
        out: Reg,
        ends: &mut Vec<usize>,
        at: TextRange,
    ) -> CResult<Vec<usize>> {
        let declined = self.temp(crate::ty::RegKind::Int);
        self.emit(Instr::TruthyRef { dst: declined, src: receiver.reg });
        let no_receiver = self.emit(Instr::JumpIfFalse { cond: declined, target: Self::HOLE });
        let v = self.call_method_vals(func, receiver.clone(), vec![arg.clone()], at, None)?;
        let answer = self.truthy(v)?;
        let marker = self.const_int_reg(NOT_IMPLEMENTED as i64);
        self.emit(Instr::CmpInt { dst: declined, a: answer, b: marker, cond: crate::opcode::Cond::Eq });
        let not_implemented = self.emit(Instr::JumpIfTrue { cond: declined, target: Self::HOLE });
        self.emit(Instr::Move { dst: out, src: answer });
        ends.push(self.emit(Instr::Jump { target: Self::HOLE }));
        Ok(vec![no_receiver, not_implemented])
    }

    /// Whether CPython tries the right operand's reflected method first, for operands
    /// of exactly their static classes: the right one's class is a proper subclass of
    /// the left one's and has the method (for arithmetic: a different one).
    fn right_first(&self, l: &Val, r: &Val, reflected: &str, comparison: bool) -> bool {
        let (Ty::Class(left), Ty::Class(right)) = (&l.ty, &r.ty) else { return false };
        if right == left || !self.c.is_subclass(*right, *left) {
            return false;
        }
        match self.dunder(&r.ty, reflected) {
            None => false,
            Some(func) => comparison || Some(func) != self.dunder(&l.ty, reflected),
        }
    }

    /// CPython tries the right operand's reflected method first when the right
    /// operand's class is a proper subclass of the left's that overrides it; that
    /// depends on run-time types, so such a hierarchy is refused. (For comparisons
    /// CPython swaps for any proper subclass that has the mirrored method, inherited
    /// or not; for arithmetic only when the subclass overrides it.)
    fn refuse_subclass_reflection(
        &self,
        l: &Val,
        r: &Val,
        reflected: &str,
        comparison: bool,
        at: TextRange,
    ) -> CResult<()> {
        let (Ty::Class(left), Ty::Class(right)) = (&l.ty, &r.ty) else { return Ok(()) };
        for (index, class) in self.c.classes.iter().enumerate() {
            let id = crate::opcode::ClassId(index as u32);
            let defines_own = class.def.is_some_and(|def| {
                def.body
                    .iter()
                    .any(|s| matches!(s, ruff_python_ast::Stmt::FunctionDef(f) if f.name.id.as_str() == reflected))
            }) || (comparison && class.methods.contains_key(reflected));
            let proper_subclass_of_left = id != *left && self.c.is_subclass(id, *left);
            // The right operand's own static class is handled exactly (`right_first`);
            // a class below it might be the run-time type.
            let may_be_right = id != *right && self.c.is_subclass(id, *right);
            if defines_own && proper_subclass_of_left && may_be_right {
                return err(
                    at,
                    format!(
                        "'{reflected}' is overridden in '{}', a subclass of the left operand's class, which CPython would try first; not supported yet",
                        class.name
                    ),
                );
            }
        }
        Ok(())
    }

    /// `-x`, `+x`, `abs(x)` through `__neg__`, `__pos__`, `__abs__`.
    pub(super) fn unary_dunder(
        &mut self,
        op: Option<UnaryOp>,
        v: &Val,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Option<Val>> {
        let method = match op {
            Some(UnaryOp::USub) => "__neg__",
            Some(UnaryOp::UAdd) => "__pos__",
            None => "__abs__",
            _ => return Ok(None),
        };
        match self.dunder(&v.ty, method) {
            Some(func) => self.call_method_vals(func, v.clone(), Vec::new(), at, dst).map(Some),
            None => Ok(None),
        }
    }

    /// `v.__len__()`, with CPython's ValueError for a negative result.
    pub(super) fn call_len(&mut self, func: FuncId, v: Val, at: TextRange, dst: Option<Reg>) -> CResult<Val> {
        let n = self.call_method_vals(func, v, Vec::new(), at, dst)?;
        if !n.ty.is_intlike() {
            return err(at, "__len__ should return an int");
        }
        let zero = self.const_int_reg(0);
        let ok =
            self.emit(Instr::JumpIfNotCmpInt { a: n.reg, b: zero, cond: crate::opcode::Cond::Lt, target: Self::HOLE });
        let msg = self.str_literal("__len__() should return >= 0");
        self.emit(Instr::Raise { kind: crate::opcode::ExcKind::ValueError, msg });
        self.patch_here(vec![ok]);
        Ok(Val { reg: n.reg, ty: Ty::Int })
    }

    /// `str(v)` / `repr(v)` of an instance through `__str__` / `__repr__`, if defined.
    pub(super) fn text_dunder(&mut self, v: &Val, repr: bool, at: TextRange) -> CResult<Option<Reg>> {
        if !matches!(v.ty, Ty::Class(_)) {
            if self.needs_dunder_text(&v.ty) {
                return self.container_repr(v.clone(), at).map(Some);
            }
            return Ok(None);
        }
        let Ty::Class(class) = v.ty else { unreachable!("matched above") };
        let mine = self.text_method(class, repr);
        let subclasses: Vec<ClassId> = (0..self.c.classes.len() as u32)
            .map(ClassId)
            .filter(|&d| d != class && self.c.is_subclass(d, class))
            .collect();
        // A subclass may print through another method (its own `__str__` where the
        // static class has only `__repr__`, or one where the static class has none).
        if subclasses.iter().any(|&d| self.text_method(d, repr).map(|m| m.1) != mine.map(|m| m.1)) {
            return self.text_by_class(v, class, subclasses, repr, at).map(Some);
        }
        let Some((func, _)) = mine else { return Ok(None) };
        // An Optional instance that is None prints as None (its class's method is not called).
        let reg = self.temp(crate::ty::RegKind::Ref);
        let none = self.const_none_reg();
        let is_none = self.temp(crate::ty::RegKind::Int);
        self.emit(Instr::IsRef { dst: is_none, a: v.reg, b: none });
        let present = self.emit(Instr::JumpIfFalse { cond: is_none, target: Self::HOLE });
        let k = self.c.str_const("None");
        self.emit(Instr::LoadStr { dst: reg, k });
        let done = self.emit(Instr::Jump { target: Self::HOLE });
        self.patch_here(vec![present]);
        let s = self.call_method_vals(func, v.clone(), Vec::new(), at, None)?;
        if s.ty != Ty::Str {
            return err(at, "__str__ and __repr__ must return str");
        }
        self.emit(Instr::Move { dst: reg, src: s.reg });
        self.patch_here(vec![done]);
        Ok(Some(reg))
    }

    /// Whether `class`'s `method` (`__eq__`/`__ne__`), or a subclass's, says `return NotImplemented`.
    pub(super) fn may_return_not_implemented(&self, class: ClassId, method: &str) -> bool {
        use ruff_python_ast::visitor::{walk_expr, Visitor};
        struct Finder(bool);
        impl<'x> Visitor<'x> for Finder {
            fn visit_expr(&mut self, expr: &'x ruff_python_ast::Expr) {
                match expr {
                    ruff_python_ast::Expr::Name(n) if n.id.as_str() == "NotImplemented" => self.0 = true,
                    other => walk_expr(self, other),
                }
            }
        }
        (0..self.c.classes.len() as u32).map(ClassId).filter(|&d| self.c.is_subclass(d, class)).any(|d| {
            let Some(&f) = self.c.classes[d.0 as usize].methods.get(method) else { return false };
            self.c.funcs[f.0 as usize].def.is_some_and(|def| {
                let mut finder = Finder(false);
                def.body.iter().for_each(|s| finder.visit_stmt(s));
                finder.0
            })
        })
    }

    /// The method `str()` (or `repr()`) of an instance of `class` calls, and its name.
    fn text_method(&self, class: ClassId, repr: bool) -> Option<(FuncId, &'static str)> {
        let methods = &self.c.classes[class.0 as usize].methods;
        let repr_method = || methods.get("__repr__").map(|&f| (f, "__repr__"));
        if repr {
            repr_method()
        } else {
            methods.get("__str__").map(|&f| (f, "__str__")).or_else(repr_method)
        }
    }

    /// `str(v)` (or `repr(v)`) when the classes below `v`'s static class print through
    /// different methods: a test of the value's class, most derived first.
    fn text_by_class(
        &mut self,
        v: &Val,
        class: ClassId,
        mut subclasses: Vec<ClassId>,
        repr: bool,
        at: TextRange,
    ) -> CResult<Reg> {
        use crate::ty::RegKind;
        let depth = |this: &Self, mut c: ClassId| {
            let mut n = 0;
            while let Some(parent) = this.c.classes[c.0 as usize].parent {
                c = parent;
                n += 1;
            }
            n
        };
        subclasses.sort_by_key(|&d| std::cmp::Reverse(depth(self, d)));
        subclasses.push(class);
        let reg = self.temp(RegKind::Ref);
        let none = self.str_literal("None");
        self.emit(Instr::Move { dst: reg, src: none });
        let present = self.temp(RegKind::Int);
        self.emit(Instr::TruthyRef { dst: present, src: v.reg });
        let mut ends = vec![self.emit(Instr::JumpIfFalse { cond: present, target: Self::HOLE })];
        for d in subclasses {
            let next = (d != class).then(|| {
                self.emit(Instr::IsInstance { dst: present, obj: v.reg, class: d });
                self.emit(Instr::JumpIfFalse { cond: present, target: Self::HOLE })
            });
            let as_d = Val { reg: v.reg, ty: Ty::Class(d) };
            match self.text_method(d, repr) {
                Some((func, _)) => {
                    let s = self.call_method_vals(func, as_d, Vec::new(), at, None)?;
                    if s.ty != Ty::Str {
                        return err(at, "__str__ and __repr__ must return str");
                    }
                    self.emit(Instr::Move { dst: reg, src: s.reg });
                }
                None => {
                    let ty = self.c.ty_id(&as_d.ty);
                    self.emit(Instr::ToStr { dst: reg, src: v.reg, ty });
                }
            }
            ends.push(self.emit(Instr::Jump { target: Self::HOLE }));
            if let Some(next) = next {
                self.patch_here(vec![next]);
            }
        }
        self.patch_here(ends);
        Ok(reg)
    }

    /// `x in items` for a list (or `tuple[T, ...]`) of instances whose class has
    /// `__eq__`: the loop CPython's `list.__contains__` runs, `item is x or item == x`
    /// for each item in turn, into `dst`.
    pub(super) fn contains_by_eq(&mut self, x: &Val, items: &Val, elem: Ty, dst: Reg, at: TextRange) -> CResult<()> {
        use crate::ty::RegKind;
        self.emit(Instr::LoadInt { dst, value: 0 });
        let base = self.temp_block(&[RegKind::Ref, RegKind::Int], at)?;
        self.emit(Instr::Move { dst: base, src: items.reg });
        self.emit(Instr::LoadInt { dst: Reg(base.0 + 1), value: 0 });
        let item = self.temp(RegKind::Ref);
        let top = self.here();
        let exit = self.emit(Instr::ForList { var: item, base, target: Self::HOLE });
        self.emit(Instr::IsRef { dst, a: item, b: x.reg });
        let same = self.emit(Instr::JumpIfTrue { cond: dst, target: Self::HOLE });
        let item_val = Val { reg: item, ty: elem };
        let Some(equal) = self.comparison_dunder(CmpOp::Eq, &item_val, x, at, None)? else {
            return err(at, "cannot compare these objects with ==");
        };
        self.emit(Instr::Move { dst, src: equal });
        let found = self.emit(Instr::JumpIfTrue { cond: dst, target: Self::HOLE });
        let back = self.emit(Instr::LoopBack { target: Self::HOLE });
        self.patch(back, top);
        self.patch_here(vec![exit, same, found]);
        Ok(())
    }

    /// `a == b` for two lists (or `tuple[T, ...]`s) of instances whose class has
    /// `__eq__`: equal lengths, then `x is y or x == y` for each pair in turn, into
    /// `dst` (a None operand: identity).
    pub(super) fn sequence_eq_by_eq(&mut self, a: &Val, b: &Val, elem: Ty, dst: Reg, at: TextRange) -> CResult<()> {
        use crate::ty::RegKind;
        self.emit(Instr::IsRef { dst, a: a.reg, b: b.reg });
        let mut done = vec![self.emit(Instr::JumpIfTrue { cond: dst, target: Self::HOLE })];
        let present = self.temp(RegKind::Int);
        for side in [a.reg, b.reg] {
            self.emit(Instr::TruthyRef { dst: present, src: side });
            done.push(self.emit(Instr::JumpIfFalse { cond: present, target: Self::HOLE }));
        }
        let (la, lb) = (self.temp(RegKind::Int), self.temp(RegKind::Int));
        self.emit(Instr::ListLen { dst: la, list: a.reg });
        self.emit(Instr::ListLen { dst: lb, list: b.reg });
        self.emit(Instr::CmpInt { dst, a: la, b: lb, cond: crate::opcode::Cond::Eq });
        done.push(self.emit(Instr::JumpIfFalse { cond: dst, target: Self::HOLE }));
        let base = self.temp_block(&[RegKind::Ref, RegKind::Int], at)?;
        self.emit(Instr::Move { dst: base, src: a.reg });
        self.emit(Instr::LoadInt { dst: Reg(base.0 + 1), value: 0 });
        let (x, y) = (self.temp(RegKind::Ref), self.temp(RegKind::Ref));
        let index = self.temp(RegKind::Int);
        let one = self.const_int_reg(1);
        let top = self.here();
        // Every pair equal (lengths read again: an `__eq__` may change a list).
        self.emit(Instr::LoadInt { dst, value: 1 });
        let exit = self.emit(Instr::ForList { var: x, base, target: Self::HOLE });
        self.emit(Instr::SubInt { dst: index, a: Reg(base.0 + 1), b: one });
        self.emit(Instr::ListLen { dst: lb, list: b.reg });
        self.emit(Instr::CmpInt { dst, a: index, b: lb, cond: crate::opcode::Cond::Lt });
        done.push(self.emit(Instr::JumpIfFalse { cond: dst, target: Self::HOLE }));
        self.emit(Instr::ListGet { dst: y, list: b.reg, index });
        self.emit(Instr::IsRef { dst, a: x, b: y });
        let same = self.emit(Instr::JumpIfTrue { cond: dst, target: Self::HOLE });
        let (xv, yv) = (Val { reg: x, ty: elem.clone() }, Val { reg: y, ty: elem });
        let Some(equal) = self.comparison_dunder(CmpOp::Eq, &xv, &yv, at, None)? else {
            return err(at, "cannot compare these objects with ==");
        };
        self.emit(Instr::Move { dst, src: equal });
        done.push(self.emit(Instr::JumpIfFalse { cond: dst, target: Self::HOLE }));
        self.patch_here(vec![same]);
        let back = self.emit(Instr::LoopBack { target: Self::HOLE });
        self.patch(back, top);
        self.patch_here(vec![exit]);
        self.patch_here(done);
        Ok(())
    }

    /// `items.index(x)`, `.count(x)` or `.remove(x)` for a list of instances whose
    /// class has `__eq__`: the loop CPython runs (`item is x or item == x` for each
    /// item in turn), with its ValueError when `x` is not found.
    pub(super) fn find_by_eq(
        &mut self,
        method: &str,
        x: &Val,
        items: &Val,
        elem: Ty,
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        use crate::ty::RegKind;
        let count = self.temp(RegKind::Int);
        self.emit(Instr::LoadInt { dst: count, value: 0 });
        let base = self.temp_block(&[RegKind::Ref, RegKind::Int], at)?;
        self.emit(Instr::Move { dst: base, src: items.reg });
        self.emit(Instr::LoadInt { dst: Reg(base.0 + 1), value: 0 });
        let item = self.temp(RegKind::Ref);
        let matched = self.temp(RegKind::Int);
        let top = self.here();
        let exit = self.emit(Instr::ForList { var: item, base, target: Self::HOLE });
        self.emit(Instr::IsRef { dst: matched, a: item, b: x.reg });
        let same = self.emit(Instr::JumpIfTrue { cond: matched, target: Self::HOLE });
        let item_val = Val { reg: item, ty: elem };
        let Some(equal) = self.comparison_dunder(CmpOp::Eq, &item_val, x, at, None)? else {
            return err(at, "cannot compare these objects with ==");
        };
        self.emit(Instr::Move { dst: matched, src: equal });
        let miss = self.emit(Instr::JumpIfFalse { cond: matched, target: Self::HOLE });
        self.patch_here(vec![same]);
        let one = self.const_int_reg(1);
        let mut found = Vec::new();
        if method == "count" {
            self.emit(Instr::AddInt { dst: count, a: count, b: one });
        } else {
            // The item's index: the loop's cursor has moved past it.
            self.emit(Instr::SubInt { dst: count, a: Reg(base.0 + 1), b: one });
            found.push(self.emit(Instr::Jump { target: Self::HOLE }));
        }
        self.patch_here(vec![miss]);
        let back = self.emit(Instr::LoopBack { target: Self::HOLE });
        self.patch(back, top);
        self.patch_here(vec![exit]);
        if method == "count" {
            let out = self.out(dst, RegKind::Int);
            self.emit(Instr::Move { dst: out, src: count });
            return Ok(Val { reg: out, ty: Ty::Int });
        }
        let message = if method == "index" {
            let text = match self.text_dunder(x, true, at)? {
                Some(text) => text,
                None => return err(
                    at,
                    "list.index() of an object without __repr__ is not supported (the error message shows its address)",
                ),
            };
            let tail = self.str_literal(" is not in list");
            let msg = self.temp(RegKind::Ref);
            self.emit(Instr::StrConcat { dst: msg, a: text, b: tail });
            msg
        } else {
            self.str_literal("list.remove(x): x not in list")
        };
        self.emit(Instr::Raise { kind: crate::opcode::ExcKind::ValueError, msg: message });
        self.patch_here(found);
        if method == "remove" {
            self.emit(Instr::ListDel { list: items.reg, index: count });
            return Ok(Val { reg: self.const_none_reg(), ty: Ty::None });
        }
        let out = self.out(dst, RegKind::Int);
        self.emit(Instr::Move { dst: out, src: count });
        Ok(Val { reg: out, ty: Ty::Int })
    }

    /// Whether comparing values of `ty` with `==` would call a user `__eq__` (on
    /// them or on an element), which container equality does not support yet.
    pub(super) fn compares_by_user_eq(&self, ty: &Ty) -> bool {
        match ty {
            Ty::Class(_) => self.dunder(ty, "__eq__").is_some(),
            Ty::List(e) | Ty::Set(e) | Ty::TupleN(e) | Ty::Opt(e) => self.compares_by_user_eq(e),
            Ty::Tuple(es) | Ty::Union(es) => es.iter().any(|e| self.compares_by_user_eq(e)),
            Ty::Dict(k, v) => self.compares_by_user_eq(k) || self.compares_by_user_eq(v),
            Ty::Iter(_)
            | Ty::Func(_)
            | Ty::Closure(_)
            | Ty::Fn(..)
            | Ty::Method(..)
            | Ty::Var(_)
            | Ty::Iterable(_)
            | Ty::ExcType
            | Ty::Traceback => true,
            _ => false,
        }
    }

    /// Whether text of `ty` would need a user `__str__`/`__repr__` inside a container
    /// (which the runtime formatter cannot call).
    pub(super) fn needs_dunder_text(&self, ty: &Ty) -> bool {
        match ty {
            // (A subclass's methods count: the value may be an instance of it.)
            Ty::Class(class) => (0..self.c.classes.len() as u32).map(ClassId).any(|d| {
                self.c.is_subclass(d, *class) && {
                    let methods = &self.c.classes[d.0 as usize].methods;
                    methods.contains_key("__repr__") || methods.contains_key("__str__")
                }
            }),
            Ty::List(e) | Ty::Set(e) | Ty::TupleN(e) => self.needs_dunder_text(e),
            Ty::Tuple(es) | Ty::Union(es) => es.iter().any(|e| self.needs_dunder_text(e)),
            Ty::Dict(k, v) => self.needs_dunder_text(k) || self.needs_dunder_text(v),
            _ => false,
        }
    }
}
