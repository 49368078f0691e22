//! One function being compiled: registers, locals, labels and the instruction stream.

use std::collections::{HashMap, HashSet};

use ruff_python_ast::{Expr, Stmt, StmtFunctionDef};
use ruff_text_size::{Ranged, TextRange};

use super::decls::err;
use super::{Compiler, RetTy, MAX_NESTING};
use crate::error::CResult;
use crate::opcode::{ArgsId, FuncId, Instr, Reg, Target};
use crate::program::Function;
use crate::ty::{RegKind, Ty};

/// A typed value in a register.
#[derive(Clone, Debug)]
pub(super) struct Val {
    pub reg: Reg,
    pub ty: Ty,
}

/// A local variable: one register of one type for the whole function.
#[derive(Clone, Debug)]
pub(super) struct Local {
    pub reg: Reg,
    pub ty: Ty,
}

/// Jumps waiting for the end (break) or the next iteration (continue) of a loop.
#[derive(Default)]
pub(super) struct LoopLabels {
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
    /// How many `try`/`except` blocks were open when the loop began.
    pub blocks: usize,
}

/// Compiles one function body to bytecode.
pub(super) struct FnBuilder<'c, 'a> {
    pub c: &'c mut Compiler<'a>,
    pub id: FuncId,
    /// Module-level code: names are globals.
    pub module: bool,
    code: Vec<Instr>,
    /// The furthest target a forward jump was patched to so far.
    furthest_target: usize,
    lines: Vec<u32>,
    pub(super) line: u32,
    reg_kinds: Vec<RegKind>,
    pub locals: HashMap<String, Local>,
    /// Variables kept in cells: the function's own that nested functions use, and
    /// those its environment brings (see `closures`).
    pub cells: super::closures::Cells,
    /// The `with` statements compiled so far whose `__exit__` returns None, so that
    /// control never continues after a body that did not finish.
    pub closed_withs: HashSet<TextRange>,
    /// Names the body assigns somewhere (Python makes them local).
    pub assigned: HashSet<String>,
    pub declared_globals: HashSet<String>,
    /// Names the function's own `import` statements bind.
    pub local_imports: HashMap<String, super::imports::Imported>,
    free_temps: [Vec<Reg>; 3],
    live_temps: Vec<Reg>,
    pub loops: Vec<LoopLabels>,
    /// The return type; `None` while inferring and no `return value` was seen.
    pub ret: Option<Ty>,
    pub inferring: bool,
    depth: usize,
    /// Registers that hold a constant for the whole function, by (kind, bits).
    const_regs: HashMap<(u8, u64), Reg>,
    /// Constant registers and bound flags with the word the frame starts with.
    initial: Vec<(Reg, u64)>,
    /// Argument registers of the calls emitted so far (`Function::call_args`).
    call_args: Vec<Reg>,
    /// Per kind, the register that receives call results nobody reads.
    discard: [Option<Reg>; 3],
    /// Locals surely assigned at the current point of the code.
    pub bound: HashSet<String>,
    /// Locals read somewhere they may be unassigned (found by a first pass).
    pub maybe_unbound: HashSet<String>,
    /// For those locals (second pass): a register set to 1 when they are assigned.
    pub bound_flags: HashMap<String, Reg>,
    /// Protected code ranges of the `try` statements compiled so far.
    pub protections: Vec<super::exceptions::Protection>,
    /// Comprehension bodies emitted so far.
    pub comprehensions: Vec<crate::program::ComprehensionSite>,
    /// Exception handlers emitted so far (see `Function::handlers`).
    pub handlers: Vec<crate::program::Handler>,
    /// The `try` statements and `except` blocks around the current point,
    /// innermost last (see `exceptions::Block`).
    pub blocks: Vec<super::exceptions::Block<'a>>,
    /// Set by `set(x)` and `s.update(x)` for the loop over `x` they compile: when
    /// `x` is a set or a dict (with keys of the given type, if one is expected),
    /// the loop becomes one `DictOp::Update` into this set, as CPython merges
    /// instead of adding one key at a time (which can lay the table out differently).
    pub merge_into: Option<(Reg, Option<Ty>)>,
    /// The key type of the collection a loop merged (see `merge_into`).
    pub merged: Option<Ty>,
    /// Set by a list comprehension with one `for` and no `if` for its loop:
    /// when that loop runs over a list, the comprehension's new list first
    /// gets room for as many items (`ListReserve`).
    pub reserve_into: Option<Reg>,
    /// Set while compiling a set display that is the right operand of `in`.
    pub only_searched: bool,
    /// Locals narrowed by `assert isinstance(x, C)` and the types to restore at the end of the block.
    pub narrowed: Vec<(String, Ty)>,
    /// The current item of a loop without a target (see `loops::each_item`).
    pub loop_item: Option<Val>,
    /// Local types known before compiling (annotations, simple first values), so a
    /// read that comes before the first assignment in the text can still be typed.
    pub foreseen: HashMap<String, Ty>,
    /// Optional-number locals never narrowed (found by an earlier pass; see `optional`).
    pub no_narrow: HashSet<String>,
    /// Optional-number locals this pass set to None inside a loop or `try` while narrowed.
    pub unnarrowable: HashSet<String>,
    /// Set while compiling the operands of `is`, which read Optional numbers boxed.
    pub raw_optional: bool,
    /// Whether this is a generator function (its `ret` is the generator's type).
    pub generator: bool,
    /// The expression (or statement) being compiled, for diagnostics raised by
    /// helpers that are not given a range.
    pub current: TextRange,
}

/// Registers a function may use: operands are u16, with headroom for one statement's scratch.
const MAX_REGS: usize = u16::MAX as usize - 1024;

fn kind_index(kind: RegKind) -> usize {
    match kind {
        RegKind::Int => 0,
        RegKind::Float => 1,
        RegKind::Ref => 2,
    }
}

impl<'c, 'a> FnBuilder<'c, 'a> {
    pub fn new(c: &'c mut Compiler<'a>, id: FuncId) -> FnBuilder<'c, 'a> {
        let (ret, inferring) = match &c.funcs[id.0 as usize].ret {
            RetTy::Known(ty) => (Some(ty.clone()), false),
            RetTy::Infer | RetTy::Inferring => (None, true),
        };
        if inferring {
            c.funcs[id.0 as usize].ret = RetTy::Inferring;
        }
        FnBuilder {
            c,
            id,
            module: false,
            code: Vec::new(),
            furthest_target: 0,
            lines: Vec::new(),
            line: 1,
            reg_kinds: Vec::new(),
            locals: HashMap::new(),
            cells: HashMap::new(),
            closed_withs: HashSet::new(),
            assigned: HashSet::new(),
            declared_globals: HashSet::new(),
            local_imports: HashMap::new(),
            free_temps: Default::default(),
            live_temps: Vec::new(),
            loops: Vec::new(),
            ret,
            inferring,
            depth: 0,
            const_regs: HashMap::new(),
            initial: Vec::new(),
            call_args: Vec::new(),
            discard: [None; 3],
            bound: HashSet::new(),
            maybe_unbound: HashSet::new(),
            bound_flags: HashMap::new(),
            foreseen: HashMap::new(),
            loop_item: None,
            narrowed: Vec::new(),
            merge_into: None,
            merged: None,
            reserve_into: None,
            only_searched: false,
            handlers: Vec::new(),
            comprehensions: Vec::new(),
            blocks: Vec::new(),
            protections: Vec::new(),
            no_narrow: HashSet::new(),
            unnarrowable: HashSet::new(),
            raw_optional: false,
            generator: false,
            current: TextRange::default(),
        }
    }

    /// Compiles module-level code.
    pub fn build_module(mut self, body: &'a [Stmt]) -> CResult<Function> {
        self.module = true;
        let name = self.c.global_id("__name__", Ty::Str);
        let main = self.c.str_const("__main__");
        let reg = self.temp(RegKind::Ref);
        self.emit(Instr::LoadStr { dst: reg, k: main });
        self.emit(Instr::StoreGlobal { global: name, src: reg });
        for stmt in body {
            match stmt {
                Stmt::Assign(assign)
                    if super::decls::type_var_decl(assign).is_some() || super::decls::type_alias(assign).is_some() => {}
                Stmt::FunctionDef(def) => self.store_defaults(def)?,
                Stmt::ClassDef(class) => {
                    self.store_class_attrs(class)?;
                    for method in &class.body {
                        if let Stmt::FunctionDef(def) = method {
                            self.store_defaults(def)?;
                        }
                    }
                }
                Stmt::Import(_) | Stmt::ImportFrom(_) => {}
                _ => self.stmt(stmt)?,
            }
        }
        self.emit(Instr::RetNone {});
        Ok(self.finish())
    }

    /// Where a class statement runs: evaluates its class attributes, in order, into
    /// their hidden globals.
    fn store_class_attrs(&mut self, class: &'a ruff_python_ast::StmtClassDef) -> CResult<()> {
        let Some(&id) = self.c.class_names.get(class.name.id.as_str()) else {
            return Ok(());
        };
        let mut attrs: Vec<(crate::opcode::GlobalId, &'a Expr)> = self.c.classes[id.0 as usize]
            .class_attrs
            .values()
            .filter_map(|(g, value)| value.map(|v| (*g, v)))
            .collect();
        attrs.sort_by_key(|(_, value)| value.range().start());
        for (global, value) in attrs {
            self.set_line(value.range());
            let ty = self.c.globals[global.0 as usize].ty.clone().expect("class attributes are typed");
            let mark = self.live_temps.len();
            let val = self.expr(value, Some(&ty), None)?;
            let val = self.coerce(val, &ty);
            self.check_assignable(&val.ty, &ty, value.range(), || "the class attribute".to_string())?;
            let src = if val.ty == Ty::None { self.const_none_reg() } else { val.reg };
            self.emit(Instr::StoreGlobal { global, src });
            for reg in self.live_temps.drain(mark..) {
                self.free_temps[kind_index(self.reg_kinds[reg.0 as usize])].push(reg);
            }
        }
        Ok(())
    }

    /// Where a `def` runs: evaluates its defaults that are not literals, once, into
    /// their hidden globals (see [`Compiler::default_global`]).
    fn store_defaults(&mut self, def: &'a StmtFunctionDef) -> CResult<()> {
        let Some(func) = self.c.funcs.iter().position(|f| f.def.is_some_and(|d| std::ptr::eq(d, def))) else {
            return Ok(());
        };
        let func = FuncId(func as u32);
        let params = self.c.funcs[func.0 as usize].params.clone();
        let mark = self.live_temps.len();
        for (index, default) in super::param_defaults(def).enumerate() {
            let Some(default) = default.filter(|d| !super::call::is_literal(d)) else {
                continue;
            };
            self.set_line(default.range());
            let (pname, ty) = &params[index];
            let val = self.expr(default, Some(ty), None)?;
            let val = self.coerce(val, ty);
            self.check_assignable(&val.ty, ty, default.range(), || format!("the default of '{pname}'"))?;
            let global = self.c.default_global(func, index);
            self.emit(Instr::StoreGlobal { global, src: val.reg });
        }
        for reg in self.live_temps.drain(mark..) {
            self.free_temps[kind_index(self.reg_kinds[reg.0 as usize])].push(reg);
        }
        Ok(())
    }

    /// Compiles a function or method body. `flagged` are the locals that need a
    /// bound flag (see [`FnBuilder::maybe_unbound`]) and `no_narrow` the Optional
    /// numbers never narrowed; returns the function and, for the next pass, the
    /// locals found read where they may be unassigned and those found unnarrowable.
    pub fn build_function(
        mut self,
        def: &'a StmtFunctionDef,
        flagged: &HashSet<String>,
        no_narrow: &HashSet<String>,
    ) -> CResult<(Function, HashSet<String>, HashSet<String>)> {
        self.no_narrow = no_narrow.clone();
        self.generator = super::generators::is_generator(def);
        let params = self.c.funcs[self.id.0 as usize].params.clone();
        for (name, ty) in &params {
            let reg = self.new_reg(ty.kind());
            self.locals.insert(name.clone(), Local { reg, ty: ty.clone() });
            self.bound.insert(name.clone());
        }
        for name in flagged {
            let flag = self.new_reg(RegKind::Int);
            self.initial.push((flag, 0));
            self.bound_flags.insert(name.clone(), flag);
        }
        collect_assigned(&def.body, &mut self.assigned);
        self.line = self.c.line_of(def.range);
        self.setup_cells(def);
        let mut known = params.clone();
        self.c.foresee_local_types(&def.body, &mut known);
        self.foreseen = known.into_iter().skip(params.len()).collect();
        self.block(&def.body)?;
        let falls_through = !terminates(&def.body, &self.closed_withs);
        match (&self.ret, falls_through) {
            (Some(Ty::Iter(_)), true) if self.generator => {
                self.emit(Instr::RetNone {});
            }
            (Some(Ty::None) | None, _) => {
                self.ret = Some(Ty::None);
                if falls_through {
                    self.emit(Instr::RetNone {});
                }
            }
            (Some(ty), true) => {
                let name = self.c.ty_name(ty);
                return err(
                    def.name.range,
                    format!("function '{}' can reach its end without returning a {name}", def.name.id),
                );
            }
            (Some(_), false) => {}
        }
        // Every path returns, but jumps past the last statement (the end of an
        // if/else whose branches all return) still need an instruction to land on;
        // it is never reached.
        let end = self.here() as u32;
        let mut lands_at_end = false;
        for instr in &mut self.code {
            instr.map_targets(&mut |target| lands_at_end |= target.0 == end);
        }
        let falls_off = !self.code.last().is_some_and(Instr::is_terminator);
        if lands_at_end || falls_off {
            self.emit(Instr::RetNone {});
        }
        let maybe_unbound = std::mem::take(&mut self.maybe_unbound);
        let unnarrowable = std::mem::take(&mut self.unnarrowable);
        Ok((self.finish(), maybe_unbound, unnarrowable))
    }

    /// Records that local `name` now surely has a value (and sets its flag if it has one).
    pub fn mark_bound(&mut self, name: &str) {
        if let Some(&flag) = self.bound_flags.get(name) {
            self.emit(Instr::LoadInt { dst: flag, value: 1 });
        }
        self.bound.insert(name.to_string());
    }

    /// A register that holds `value` for the whole function (written at frame entry).
    pub fn const_int_reg(&mut self, value: i64) -> Reg {
        self.const_reg(RegKind::Int, value as u64)
    }

    /// A register that holds the float `value` for the whole function.
    pub fn const_float_reg(&mut self, value: f64) -> Reg {
        self.const_reg(RegKind::Float, value.to_bits())
    }

    /// The value of an int constant register (see [`FnBuilder::const_int_reg`]).
    pub fn int_const_value(&self, reg: Reg) -> Option<i64> {
        self.const_regs
            .iter()
            .find(|(&(kind, _), &r)| r == reg && kind == kind_index(RegKind::Int) as u8)
            .map(|(&(_, bits), _)| bits as i64)
    }

    /// A reference register that holds None for the whole function.
    pub fn const_none_reg(&mut self) -> Reg {
        self.const_reg(RegKind::Ref, 0)
    }

    fn const_reg(&mut self, kind: RegKind, bits: u64) -> Reg {
        let key = (kind_index(kind) as u8, bits);
        if let Some(&reg) = self.const_regs.get(&key) {
            return reg;
        }
        let reg = self.new_reg(kind);
        self.initial.push((reg, bits));
        self.const_regs.insert(key, reg);
        reg
    }

    /// Consecutive int registers of the function's own (a window), those given
    /// a value set to it at frame entry: nothing writes them, so a window whose
    /// constant parts are never rewritten.
    pub fn constant_window(&mut self, values: &[Option<i64>]) -> Reg {
        let base = self.new_reg(RegKind::Int);
        for _ in 1..values.len() {
            self.new_reg(RegKind::Int);
        }
        for (i, value) in values.iter().enumerate() {
            if let Some(v) = value {
                self.initial.push((Reg(base.0.wrapping_add(i as u16)), *v as u64));
            }
        }
        base
    }

    /// The argument registers recorded for a call (see [`FnBuilder::arg_list`]).
    pub fn arg_regs(&self, args: ArgsId, count: usize) -> Vec<Reg> {
        self.call_args[args.0 as usize..args.0 as usize + count].to_vec()
    }

    /// Records a call's argument registers; the call names them by the returned id.
    pub fn arg_list(&mut self, regs: &[Reg]) -> ArgsId {
        let id = ArgsId(self.call_args.len() as u32);
        self.call_args.extend_from_slice(regs);
        id
    }

    fn finish(self) -> Function {
        let decl = &mut self.c.funcs[self.id.0 as usize];
        let ret = self.ret.unwrap_or(Ty::None);
        decl.ret = RetTy::Known(ret.clone());
        let ref_regs: Vec<Reg> =
            (0..self.reg_kinds.len()).filter(|&r| self.reg_kinds[r] == RegKind::Ref).map(|r| Reg(r as u16)).collect();
        let params = decl.params.len();
        let mut frame_init: Vec<(Reg, u64)> =
            ref_regs.iter().filter(|r| r.0 as usize >= params).map(|&r| (r, 0)).chain(self.initial).collect();
        frame_init.sort_by_key(|&(reg, _)| reg);
        // A None constant is also a reference register: one entry each.
        frame_init.dedup_by_key(|&mut (reg, _)| reg);
        Function {
            name: decl.name.clone(),
            qualname: decl.qualname.clone(),
            params: decl.params.iter().map(|(_, t)| t.clone()).collect(),
            ret,
            reg_kinds: self.reg_kinds,
            ref_regs,
            frame_init,
            code: self.code,
            call_args: self.call_args,
            inlined: Vec::new(),
            lines: self.lines,
            class: decl.class,
            vslot: decl.vslot,
            handlers: self.handlers,
            comprehensions: self.comprehensions,
            generator: None,
        }
    }

    /// Appends an instruction at the current source line; returns its index.
    pub fn emit(&mut self, instr: Instr) -> usize {
        self.code.push(instr);
        self.lines.push(self.line);
        self.code.len() - 1
    }

    /// A jump taken when `truth` is false. When the test's last instruction
    /// negated into this temporary (`not x`, `x is not None`), that negation
    /// becomes the jump itself, taken when its operand is true: one instruction
    /// instead of two (a jump into the negation lands on the same test). Not
    /// when a jump already targets the spot after the negation: a short circuit
    /// (`a or not b`) lands there with `truth` set by another path.
    pub fn jump_if_false(&mut self, truth: Reg) -> usize {
        let last = self.code.len().wrapping_sub(1);
        if let Some(&Instr::NotBool { dst, src }) = self.code.get(last) {
            if dst == truth && self.live_temps.contains(&truth) && self.furthest_target < self.code.len() {
                self.code[last] = Instr::JumpIfTrue { cond: src, target: Self::HOLE };
                return last;
            }
        }
        self.emit(Instr::JumpIfFalse { cond: truth, target: Self::HOLE })
    }

    /// The instructions emitted so far (for patching).
    pub fn code_mut(&mut self) -> &mut [Instr] {
        &mut self.code
    }

    /// Index of the next instruction.
    pub fn here(&self) -> usize {
        self.code.len()
    }

    /// Points the jump at `at` to `target`.
    pub fn patch(&mut self, at: usize, to: usize) {
        self.furthest_target = self.furthest_target.max(to);
        self.code[at].map_targets(&mut |target| *target = Target(to as u32));
    }

    /// Patches every jump in `sites` to the next instruction.
    pub fn patch_here(&mut self, sites: Vec<usize>) {
        let here = self.here();
        for site in sites {
            self.patch(site, here);
        }
    }

    /// A placeholder target, patched later.
    pub const HOLE: Target = Target(u32::MAX);

    pub fn set_line(&mut self, range: TextRange) {
        self.line = self.c.line_of(range);
    }

    /// A register of `kind` for the whole function (a local, or one construct's own).
    pub fn new_reg(&mut self, kind: RegKind) -> Reg {
        self.reg_kinds.push(kind);
        // Past the operand range the index is wrong, but `check_regs` refuses the
        // function at the end of the statement, before any code can run.
        Reg(u16::try_from(self.reg_kinds.len() - 1).unwrap_or(u16::MAX))
    }

    /// Fails when a function needs more registers than an operand can name.
    pub fn check_regs(&self, at: TextRange) -> CResult<()> {
        if self.reg_kinds.len() > MAX_REGS {
            return err(at, "function is too large (too many registers)");
        }
        Ok(())
    }

    /// A scratch register of `kind`, freed at the end of the current statement.
    pub fn temp(&mut self, kind: RegKind) -> Reg {
        let reg = self.free_temps[kind_index(kind)].pop().unwrap_or_else(|| self.new_reg(kind));
        self.live_temps.push(reg);
        reg
    }

    /// `kinds.len()` consecutive scratch registers (call arguments, list items).
    pub fn temp_block(&mut self, kinds: &[RegKind], at: TextRange) -> CResult<Reg> {
        if self.reg_kinds.len() + kinds.len() > MAX_REGS {
            return err(at, "function is too large (too many registers)");
        }
        if kinds.is_empty() {
            return Ok(Reg(0));
        }
        let first = Reg(self.reg_kinds.len() as u16);
        for &kind in kinds {
            let reg = self.new_reg(kind);
            self.live_temps.push(reg);
        }
        Ok(first)
    }

    /// The string constant a scratch register of this statement was loaded with, if
    /// that is how it was written (only scratch registers: they have one writer).
    pub fn const_str_of(&self, reg: Reg) -> Option<crate::opcode::ConstId> {
        if !self.live_temps.contains(&reg) {
            return None;
        }
        match self.code.iter().rev().find(|i| i.dst() == Some(reg)) {
            Some(Instr::LoadStr { k, .. }) => Some(*k),
            _ => None,
        }
    }

    /// Turns a live scratch register into a permanent one (for a new local); false if `reg` is not scratch.
    pub fn adopt_temp(&mut self, reg: Reg) -> bool {
        match self.live_temps.iter().rposition(|&r| r == reg) {
            Some(index) => {
                self.live_temps.remove(index);
                true
            }
            None => false,
        }
    }

    /// `dst` if given and of `kind`, else a scratch register (an int value meant for
    /// a float register is computed aside and converted by [`FnBuilder::expr`]).
    pub fn out(&mut self, dst: Option<Reg>, kind: RegKind) -> Reg {
        match dst {
            Some(reg) if self.reg_kind(reg) == kind => reg,
            _ => self.temp(kind),
        }
    }

    /// Whether `name` means the builtin of that name here (nothing shadows it).
    pub fn is_builtin(&self, name: &str) -> bool {
        !self.locals.contains_key(name)
            && !self.cells.contains_key(name)
            && !self.assigned.contains(name)
            && !self.c.global_names.contains_key(name)
            && !self.c.func_names.contains_key(name)
            && !self.c.class_names.contains_key(name)
            && self.imported(name).is_none()
    }

    /// The kind of register `reg`.
    pub fn reg_kind(&self, reg: Reg) -> RegKind {
        self.reg_kinds[reg.0 as usize]
    }

    /// A register for a new local variable.
    pub fn new_local(&mut self, name: &str, ty: Ty) -> Reg {
        let reg = self.new_reg(ty.kind());
        self.locals.insert(name.to_string(), Local { reg, ty });
        reg
    }

    /// Compiles a statement list.
    pub fn block(&mut self, body: &'a [Stmt]) -> CResult<()> {
        // Narrowings made by `assert isinstance(...)` hold to the end of their block.
        let mark = self.narrowed.len();
        let result = body.iter().try_for_each(|stmt| self.stmt(stmt));
        for (name, ty) in self.narrowed.drain(mark..).rev().collect::<Vec<_>>() {
            if let Some(local) = self.locals.get_mut(&name) {
                local.ty = ty;
            }
        }
        result
    }

    /// Points the call that just produced `val` at a register nothing reads, when
    /// `val` is a scratch register the code drops (an expression statement, the
    /// result of `__init__`), so later passes can see the result is dead.
    pub fn discard_result(&mut self, val: &Val) {
        let produced_by_call = self.code.last().is_some_and(|i| i.facts().call && i.dst() == Some(val.reg));
        if !produced_by_call || !self.live_temps.contains(&val.reg) {
            return;
        }
        let kind = self.reg_kinds[val.reg.0 as usize];
        let discard = match self.discard[kind_index(kind)] {
            Some(reg) => reg,
            None => {
                let reg = self.new_reg(kind);
                self.discard[kind_index(kind)] = Some(reg);
                reg
            }
        };
        if let Some(Instr::Call { dst, .. } | Instr::CallMethod { dst, .. } | Instr::CallFinal { dst, .. }) =
            self.code.last_mut()
        {
            *dst = discard;
        }
    }

    /// Compiles a statement, releasing its scratch registers afterwards.
    pub fn stmt(&mut self, stmt: &'a Stmt) -> CResult<()> {
        self.enter(stmt.range())?;
        self.current = stmt.range();
        self.set_line(stmt.range());
        let mark = self.live_temps.len();
        let result = self.stmt_inner(stmt);
        for reg in self.live_temps.drain(mark..) {
            self.free_temps[kind_index(self.reg_kinds[reg.0 as usize])].push(reg);
        }
        self.depth -= 1;
        self.check_regs(stmt.range())?;
        result
    }

    /// Guards recursion depth over nested statements and expressions.
    pub fn enter(&mut self, at: TextRange) -> CResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return err(at, format!("code is nested too deeply (more than {MAX_NESTING} levels)"));
        }
        Ok(())
    }

    pub fn leave(&mut self) {
        self.depth -= 1;
    }
}

impl Compiler<'_> {
    /// Types of locals that can be told without compiling, in source order:
    /// annotations, `for` targets over `range`, and simple first values.
    /// `known` starts with the parameters and gains the locals found.
    pub(super) fn foresee_local_types(&self, body: &[Stmt], known: &mut Vec<(String, Ty)>) {
        for stmt in body {
            let learn = |name: &str, ty: Option<Ty>, known: &mut Vec<(String, Ty)>| {
                if let Some(ty) = ty.filter(|t| *t != Ty::None) {
                    if !known.iter().any(|(n, _)| n == name) {
                        known.push((name.to_string(), ty));
                    }
                }
            };
            match stmt {
                Stmt::AnnAssign(s) => {
                    if let Expr::Name(n) = &*s.target {
                        learn(n.id.as_str(), self.parse_ty(&s.annotation).ok(), known);
                    }
                }
                Stmt::Assign(s) => {
                    for target in &s.targets {
                        if let Expr::Name(n) = target {
                            let ty = self.simple_type(&s.value, known);
                            learn(n.id.as_str(), ty, known);
                        }
                    }
                }
                Stmt::For(s) => {
                    let over_range = matches!(&*s.iter, Expr::Call(c) if matches!(&*c.func, Expr::Name(f) if f.id.as_str() == "range"));
                    if let (Expr::Name(n), true) = (&*s.target, over_range) {
                        learn(n.id.as_str(), Some(Ty::Int), known);
                    }
                    self.foresee_local_types(&s.body, known);
                }
                Stmt::While(s) => self.foresee_local_types(&s.body, known),
                Stmt::If(s) => {
                    self.foresee_local_types(&s.body, known);
                    for clause in &s.elif_else_clauses {
                        self.foresee_local_types(&clause.body, known);
                    }
                }
                Stmt::Try(s) => {
                    for body in [&s.body, &s.orelse, &s.finalbody] {
                        self.foresee_local_types(body, known);
                    }
                    for handler in &s.handlers {
                        let ruff_python_ast::ExceptHandler::ExceptHandler(h) = handler;
                        self.foresee_local_types(&h.body, known);
                    }
                }
                Stmt::With(s) => self.foresee_local_types(&s.body, known),
                _ => {}
            }
        }
    }
}

/// Names a function body assigns (and so makes local), nested blocks included.
fn collect_assigned(body: &[Stmt], out: &mut HashSet<String>) {
    for stmt in body {
        let mut target = |e: &Expr| {
            let mut names = Vec::new();
            super::expr::target_names(e, &mut names);
            out.extend(names);
        };
        match stmt {
            Stmt::Assign(s) => s.targets.iter().for_each(&mut target),
            Stmt::AnnAssign(s) => target(&s.target),
            Stmt::AugAssign(s) => target(&s.target),
            Stmt::For(s) => {
                target(&s.target);
                collect_assigned(&s.body, out);
                collect_assigned(&s.orelse, out);
            }
            Stmt::While(s) => {
                collect_assigned(&s.body, out);
                collect_assigned(&s.orelse, out);
            }
            Stmt::If(s) => {
                collect_assigned(&s.body, out);
                for clause in &s.elif_else_clauses {
                    collect_assigned(&clause.body, out);
                }
            }
            Stmt::Try(s) => {
                for body in [&s.body, &s.orelse, &s.finalbody] {
                    collect_assigned(body, out);
                }
                for handler in &s.handlers {
                    let ruff_python_ast::ExceptHandler::ExceptHandler(h) = handler;
                    if let Some(name) = &h.name {
                        out.insert(name.id.to_string());
                    }
                    collect_assigned(&h.body, out);
                }
            }
            Stmt::With(s) => {
                for item in &s.items {
                    if let Some(var) = &item.optional_vars {
                        target(var);
                    }
                }
                collect_assigned(&s.body, out);
            }
            Stmt::FunctionDef(def) => {
                out.insert(def.name.id.to_string());
            }
            _ => {}
        }
    }
}

/// Whether control surely leaves a statement list by return or raise
/// (`closed_withs`: the `with` statements whose managers never suppress).
pub(super) fn terminates(body: &[Stmt], closed_withs: &HashSet<TextRange>) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::Return(_) | Stmt::Raise(_) => true,
        Stmt::If(s) => {
            s.elif_else_clauses.last().is_some_and(|c| c.test.is_none())
                && terminates(&s.body, closed_withs)
                && s.elif_else_clauses.iter().all(|c| terminates(&c.body, closed_withs))
        }
        Stmt::While(s) => always_true(&s.test) && !has_break(&s.body),
        Stmt::Try(s) => {
            terminates(&s.finalbody, closed_withs)
                || ((terminates(&s.body, closed_withs) || terminates(&s.orelse, closed_withs))
                    && s.handlers.iter().all(|h| {
                        let ruff_python_ast::ExceptHandler::ExceptHandler(h) = h;
                        terminates(&h.body, closed_withs)
                    }))
        }
        Stmt::With(s) => closed_withs.contains(&s.range) && terminates(&s.body, closed_withs),
        _ => false,
    })
}

fn has_break(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match stmt {
        Stmt::Break(_) => true,
        Stmt::If(s) => has_break(&s.body) || s.elif_else_clauses.iter().any(|c| has_break(&c.body)),
        Stmt::Try(s) => {
            has_break(&s.body)
                || has_break(&s.orelse)
                || has_break(&s.finalbody)
                || s.handlers.iter().any(|h| {
                    let ruff_python_ast::ExceptHandler::ExceptHandler(h) = h;
                    has_break(&h.body)
                })
        }
        _ => false,
    })
}

/// Whether a loop condition is a literal that is always true (`True`, `1`).
fn always_true(test: &Expr) -> bool {
    match test {
        Expr::BooleanLiteral(b) => b.value,
        Expr::NumberLiteral(n) => matches!(&n.value, ruff_python_ast::Number::Int(i) if i.as_i64() != Some(0)),
        _ => false,
    }
}
