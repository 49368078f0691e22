//! A compiled program: functions of bytecode, class layouts, globals and constants.

use jcvm_gc::Layout;

use crate::opcode::{ArgsId, ClassId, FuncId, Instr, OperandVisitor, Reg, Target};
use crate::ty::{RegKind, Ty};

/// A compiled function or method.
#[derive(Clone, Debug)]
pub struct Function {
    /// Name shown in tracebacks (`step`, `<module>`).
    pub name: String,
    /// Qualified name for the disassembler (`Particle.step`).
    pub qualname: String,
    /// Parameter types (`self` first for methods).
    pub params: Vec<Ty>,
    /// Return type.
    pub ret: Ty,
    /// The kind of every register; parameters are registers `0..params.len()`.
    pub reg_kinds: Vec<RegKind>,
    /// Registers holding references: the frame's GC root map.
    pub ref_regs: Vec<Reg>,
    /// What a frame's registers start as, besides the parameters: None in every
    /// other reference register (the GC scans them), the function's constants in
    /// its constant registers, 0 in unbound-local flags. Sorted by register.
    /// Every other register is written before it is read.
    pub frame_init: Vec<(Reg, u64)>,
    /// The bytecode.
    pub code: Vec<Instr>,
    /// Argument registers of the calls, in runs named by each call's `ArgsId`.
    pub call_args: Vec<Reg>,
    /// The bodies of inlined calls in `code` (see `crate::inline`), in code order.
    pub inlined: Vec<InlineSite>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// The class a method belongs to.
    pub class: Option<ClassId>,
    /// The method's slot in its class's vtable.
    pub vslot: Option<u16>,
    /// Exception handlers: code ranges of `try` bodies and where their handlers start.
    pub handlers: Vec<Handler>,
    /// The bodies of comprehensions (CPython runs each in a frame of its own,
    /// which tracebacks show).
    pub comprehensions: Vec<ComprehensionSite>,
    /// For a generator function: the class of its generator objects (see
    /// [`generator_slot`]), which `NewGen` allocates.
    pub generator: Option<ClassId>,
}

/// The slots of a generator object: where it resumes (or one of the
/// `GEN_*` states), the function, then the function's registers.
pub mod generator_slot {
    /// The pc to resume at, or [`GEN_RUNNING`] / [`GEN_DONE`].
    pub const STATE: u32 = 0;
    /// The generator function's id.
    pub const FUNC: u32 = 1;
    /// Register `r` is saved in slot `REGS + r`.
    pub const REGS: u32 = 2;
    /// State of a generator whose frame is running.
    pub const GEN_RUNNING: u64 = u64::MAX;
    /// State of a generator that returned or raised.
    pub const GEN_DONE: u64 = u64::MAX - 1;
}

/// Instructions `start..end` are the body of a comprehension of kind `kind`, or
/// of a `key=` lambda compiled in place (see [`ComprehensionSite::frame_name`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ComprehensionSite {
    pub start: u32,
    pub end: u32,
    pub kind: u8,
}

impl ComprehensionSite {
    /// The kind of a `key=` lambda's body compiled in place (a `<lambda>` frame).
    pub const LAMBDA: u8 = 4;

    /// The traceback name of comprehension kind `kind`.
    pub fn frame_name(kind: u8) -> &'static str {
        match kind {
            0 => "<listcomp>",
            1 => "<genexpr>",
            2 => "<dictcomp>",
            3 => "<setcomp>",
            _ => "<lambda>",
        }
    }
}

/// A `try`'s protected code `start..end` (one of possibly several pieces): an
/// exception raised there (or in a call made there) continues at `target` with
/// the exception object in register `exc`. Nested tries have greater `depth`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub exc: Reg,
    pub depth: u16,
}

/// Where a callee's body was inlined into a function: its instructions
/// `start..end` carry the callee's source lines, and a traceback through them
/// shows the call at `call_line` and then the callee.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InlineSite {
    pub start: u32,
    pub end: u32,
    pub callee: FuncId,
    pub call_line: u32,
}

impl Function {
    /// The innermost handler whose protected code holds instruction `pc`.
    pub fn handler_at(&self, pc: usize) -> Option<&Handler> {
        let pc = pc as u32;
        self.handlers.iter().filter(|h| h.start <= pc && pc < h.end).max_by_key(|h| h.depth)
    }

    /// The inlined call whose body holds instruction `pc`, if any (the
    /// outermost, when bodies nest).
    pub fn inline_site(&self, pc: usize) -> Option<&InlineSite> {
        let holds = |site: &&InlineSite| (site.start as usize..site.end as usize).contains(&pc);
        self.inlined.iter().filter(holds).min_by_key(|site| (site.start, std::cmp::Reverse(site.end)))
    }

    /// The inlined calls whose bodies hold instruction `pc`, outermost first.
    pub fn inline_sites(&self, pc: usize) -> Vec<&InlineSite> {
        let mut sites: Vec<&InlineSite> =
            self.inlined.iter().filter(|site| (site.start as usize..site.end as usize).contains(&pc)).collect();
        sites.sort_by_key(|site| (site.start, std::cmp::Reverse(site.end)));
        sites
    }

    /// The argument registers of a call instruction.
    pub fn call_arg_regs(&self, args: ArgsId, argc: u8) -> &[Reg] {
        &self.call_args[args.0 as usize..args.0 as usize + argc as usize]
    }

    /// Number of registers a frame needs.
    /// The receiver's slot when the whole function returns one field of its
    /// first parameter (`return self.x`, with no check that the field was
    /// assigned): an embedder may read the slot instead of calling.
    pub fn field_accessor(&self) -> Option<u16> {
        match self.code.as_slice() {
            [crate::opcode::Instr::RetField { obj: crate::opcode::Reg(0), slot, .. }] => Some(slot.0),
            _ => None,
        }
    }

    pub fn nregs(&self) -> usize {
        self.reg_kinds.len()
    }

    /// Checks that every register operand is in the frame and every target in the code.
    ///
    /// The interpreter indexes registers without bounds checks on the strength of this.
    pub fn verify(&self) -> Result<(), String> {
        struct Check {
            nregs: usize,
            ncode: usize,
            bad: Option<String>,
        }
        impl OperandVisitor for Check {
            fn reg(&mut self, reg: Reg) {
                if reg.0 as usize >= self.nregs {
                    self.bad = Some(format!("register r{} out of {}", reg.0, self.nregs));
                }
            }
            fn target(&mut self, target: Target) {
                if target.0 as usize >= self.ncode {
                    self.bad = Some(format!("target @{} out of {}", target.0, self.ncode));
                }
            }
        }
        let mut check = Check { nregs: self.nregs(), ncode: self.code.len(), bad: None };
        for &reg in self.frame_init.iter().map(|(reg, _)| reg).chain(&self.call_args) {
            check.reg(reg);
            if let Some(bad) = check.bad.take() {
                return Err(format!("{}: frame_init or call_args: {bad}", self.qualname));
            }
        }
        for (pc, instr) in self.code.iter().enumerate() {
            instr.visit_operands(&mut check);
            if let Some(bad) = check.bad.take() {
                return Err(format!("{}: pc {pc}: {bad}", self.qualname));
            }
            let mut wrong = None;
            instr.visit_reg_kinds(&mut |reg, declared| {
                let actual = self.reg_kinds[reg.0 as usize];
                if declared.is_some_and(|kind| kind != actual) && wrong.is_none() {
                    wrong = Some(format!("{} reads or writes r{} ({actual:?}) as {declared:?}", instr.name(), reg.0));
                }
            });
            if let Some(wrong) = wrong {
                let line = self.lines.get(pc).copied().unwrap_or(0);
                return Err(format!("{}: pc {pc} (line {line}): {wrong}", self.qualname));
            }
            if let Instr::Call { args, argc, .. }
            | Instr::CallMethod { args, argc, .. }
            | Instr::CallFinal { args, argc, .. } = instr
            {
                if args.0 as usize + *argc as usize > self.call_args.len() {
                    return Err(format!("{}: pc {pc}: call arguments overrun call_args", self.qualname));
                }
                if *argc == 0 && !matches!(instr, Instr::Call { .. }) {
                    return Err(format!("{}: pc {pc}: a method call without a receiver", self.qualname));
                }
            }
            if let Instr::NewGen { args, argc, .. } | Instr::CallFn { args, argc, .. } = instr {
                if args.0 as usize + *argc as usize > self.call_args.len() {
                    return Err(format!("{}: pc {pc}: generator arguments overrun call_args", self.qualname));
                }
            }
            if matches!(instr, Instr::Yield { .. }) && self.generator.is_none() {
                return Err(format!("{}: pc {pc}: yield outside a generator function", self.qualname));
            }
            if let Some((base, width)) = instr.window() {
                if base.0 as usize + width > self.nregs() {
                    return Err(format!("{}: pc {pc}: a register window overruns the frame", self.qualname));
                }
            }
        }
        for handler in &self.handlers {
            let in_code = |pc: u32| (pc as usize) < self.code.len();
            let exc_is_ref = self.reg_kinds.get(handler.exc.0 as usize) == Some(&RegKind::Ref);
            if handler.start > handler.end
                || handler.end as usize > self.code.len()
                || !in_code(handler.target)
                || !exc_is_ref
            {
                return Err(format!("{}: a handler lies outside the code or frame", self.qualname));
            }
        }
        if self.inlined.iter().any(|site| site.start > site.end || site.end as usize > self.code.len()) {
            return Err(format!("{}: an inline site lies outside the code", self.qualname));
        }
        match self.code.last() {
            Some(last) if last.is_terminator() => Ok(()),
            _ => Err(format!("{}: code can run off its end", self.qualname)),
        }
    }
}

/// A field of a class.
#[derive(Clone, Debug)]
pub struct Field {
    pub name: String,
    pub ty: Ty,
    pub slot: u16,
    /// For a field `__init__` may leave unassigned: the int slot holding the
    /// class's assigned-field bits and this field's bit. Reading it while its bit
    /// is clear raises AttributeError, as in CPython.
    pub late: Option<(u16, u8)>,
}

/// A compiled class.
#[derive(Clone, Debug)]
pub struct ClassInfo {
    pub name: String,
    pub parent: Option<ClassId>,
    /// Fields, the parent's first (so a subclass instance is a parent instance).
    pub fields: Vec<Field>,
    /// The heap layout (slot count and reference slots).
    pub layout: Layout,
    /// Method implementations by vtable slot.
    pub vtable: Vec<FuncId>,
    /// Methods by name, inherited ones included, sorted by name.
    pub methods: Vec<MethodInfo>,
}

/// A method of a class, for embedders (the Python bridge) that call it by name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodInfo {
    pub name: String,
    pub kind: MethodKind,
    /// The implementation in this class (a virtual method is called through the
    /// receiver's vtable at `Function::vslot`).
    pub func: FuncId,
}

/// How a method is called.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    /// `obj.m(...)`, virtual unless it has no vtable slot (`__init__`).
    Method,
    /// `@staticmethod`.
    Static,
    /// `@classmethod`: compiled per class it is called on, so only from jcvm code.
    Class,
    /// A `@property` getter.
    Getter,
    /// A `@x.setter`.
    Setter,
}

/// A module-level global.
#[derive(Clone, Debug)]
pub struct GlobalInfo {
    pub name: String,
    pub ty: Ty,
}

/// Everything the interpreter needs to run a script.
#[derive(Clone, Debug, Default)]
pub struct Program {
    /// The script's path as given.
    pub file: String,
    /// The script's source lines, for tracebacks.
    pub lines: Vec<String>,
    pub functions: Vec<Function>,
    pub classes: Vec<ClassInfo>,
    pub globals: Vec<GlobalInfo>,
    /// The function holding module-level code.
    pub entry: Option<FuncId>,
    pub ints: Vec<i64>,
    pub floats: Vec<f64>,
    pub strs: Vec<String>,
    /// Type descriptors for `ToStr`.
    pub types: Vec<Ty>,
    /// Attribute names for error messages.
    pub names: Vec<String>,
    /// The classes of boxed numbers (the one-slot tuples that `Optional` and
    /// `Union` values hold their numbers in), by class id, with the number type.
    pub boxes: std::collections::HashMap<u32, Ty>,
}

impl Program {
    /// A function by id.
    pub fn function(&self, id: FuncId) -> &Function {
        &self.functions[id.0 as usize]
    }

    /// A function by id, without the bounds check (the interpreter's calls and
    /// returns, whose ids `Program::verify` checked).
    ///
    /// # Safety
    /// `id` is one of this program's functions.
    #[inline(always)]
    pub unsafe fn function_unchecked(&self, id: FuncId) -> &Function {
        // SAFETY: per the contract.
        unsafe { self.functions.get_unchecked(id.0 as usize) }
    }

    /// A class by id.
    pub fn class(&self, id: ClassId) -> &ClassInfo {
        &self.classes[id.0 as usize]
    }

    /// Whether `class` is `ancestor` or derives from it.
    /// Whether `obj` is an exception object.
    pub fn is_exception(&self, obj: jcvm_gc::ObjRef) -> bool {
        self.is_subclass(ClassId(obj.layout().0), crate::opcode::ExcKind::BaseException.class())
    }

    pub fn is_subclass(&self, mut class: ClassId, ancestor: ClassId) -> bool {
        loop {
            if class == ancestor {
                return true;
            }
            match self.class(class).parent {
                Some(parent) => class = parent,
                None => return false,
            }
        }
    }

    /// Checks every function (see [`Function::verify`]), every global an
    /// instruction names (it exists), and every call against its callee: the
    /// function exists, a virtual call has a vtable slot, and the call passes
    /// exactly the parameters of every function it can reach.
    pub fn verify(&self) -> Result<(), String> {
        for function in &self.functions {
            function.verify()?;
            if function.inlined.iter().any(|site| self.functions.get(site.callee.0 as usize).is_none()) {
                return Err(format!("{}: inline site of a missing function", function.qualname));
            }
            for (pc, instr) in function.code.iter().enumerate() {
                let (callee, argc, virtual_call) = match *instr {
                    Instr::EnterInline { func, .. } if self.functions.get(func.0 as usize).is_none() => {
                        return Err(format!("{}: pc {pc}: inlined call of a missing function", function.qualname));
                    }
                    Instr::NewGen { func, argc, .. } => {
                        let generator = self.functions.get(func.0 as usize).filter(|f| f.generator.is_some());
                        match generator {
                            Some(f) if f.params.len() == argc as usize => continue,
                            _ => return Err(format!("{}: pc {pc}: NewGen of a non-generator", function.qualname)),
                        }
                    }
                    Instr::LoadGlobal { global, .. } | Instr::StoreGlobal { global, .. }
                        if global.0 as usize >= self.globals.len() =>
                    {
                        return Err(format!("{}: pc {pc}: a missing global", function.qualname));
                    }
                    Instr::Call { func, argc, .. } | Instr::CallFinal { func, argc, .. } => (func, argc, false),
                    Instr::CallMethod { func, argc, .. } => (func, argc, true),
                    _ => continue,
                };
                let bad = |what: &str| Err(format!("{}: pc {pc}: {what}", function.qualname));
                let Some(target) = self.functions.get(callee.0 as usize) else {
                    return bad("call to a missing function");
                };
                let mut reachable = vec![target];
                if virtual_call {
                    let (Some(vslot), Some(owner)) = (target.vslot, target.class) else {
                        return bad("virtual call without a vtable slot");
                    };
                    let below = (0..self.classes.len() as u32).filter(|&c| self.is_subclass(ClassId(c), owner));
                    for class in below.map(|c| self.class(ClassId(c))) {
                        if let Some(&imp) = class.vtable.get(vslot as usize) {
                            match self.functions.get(imp.0 as usize) {
                                Some(f) => reachable.push(f),
                                None => return bad("vtable entry for a missing function"),
                            }
                        }
                    }
                }
                if reachable.iter().any(|f| f.params.len() != argc as usize) {
                    return bad("call passes the wrong number of arguments");
                }
            }
        }
        Ok(())
    }

    /// Largest frame of any function.
    pub fn max_frame(&self) -> usize {
        self.functions.iter().map(Function::nregs).max().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use crate::opcode::{Instr, Reg};
    use crate::ty::RegKind;

    fn compile(source: &str) -> super::Program {
        crate::compile("t.py", source).unwrap_or_else(|e| panic!("{}", e.render("t.py", source)))
    }

    #[test]
    fn verify_checks_the_register_kinds_the_table_declares() {
        let mut program = compile("def f(x: float, n: int) -> float:\n    return x * 2.0\n\n\nprint(f(1.5, 2))\n");
        program.verify().expect("compiled code verifies");
        let f = program.functions.iter_mut().find(|f| f.name == "f").expect("f exists");
        let (float, int) = (Reg(0), Reg(1));
        assert_eq!((f.reg_kinds[0], f.reg_kinds[1]), (RegKind::Float, RegKind::Int));
        // An int operation on a float register is caught before anything runs it.
        f.code.insert(0, Instr::AddInt { dst: int, a: float, b: int });
        f.lines.insert(0, 1);
        let error = program.verify().expect_err("AddInt on a float register");
        assert!(error.contains("AddInt") && error.contains("r0 (Float) as Some(Int)"), "{error}");
    }

    #[test]
    fn plain_reg_operands_take_any_kind() {
        let mut seen = Vec::new();
        Instr::Move { dst: Reg(1), src: Reg(2) }.visit_reg_kinds(&mut |reg, kind| seen.push((reg, kind)));
        assert_eq!(seen, vec![(Reg(1), None), (Reg(2), None)]);
        seen.clear();
        Instr::IntToFloat { dst: Reg(3), src: Reg(4) }.visit_reg_kinds(&mut |reg, kind| seen.push((reg, kind)));
        assert_eq!(seen, vec![(Reg(3), Some(RegKind::Float)), (Reg(4), Some(RegKind::Int))]);
    }
}
