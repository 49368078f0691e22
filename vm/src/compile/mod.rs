//! The front end: Python source → checked, typed register bytecode.
//!
//! [`compile`] parses with the RustPython (ruff) parser, then
//! - [`decls`] collects imports, classes, functions and globals and resolves
//!   annotations into [`Ty`]s;
//! - [`classes`] builds each class's layout (parent fields first), vtable and
//!   field defaults, and checks `__init__` assigns every field;
//! - [`func`] type-checks and lowers one function body at a time (its
//!   statements in [`stmt`], expressions in [`expr`], calls and builtins in
//!   [`call`]). Type checking and lowering are one walk: every expression is
//!   given its static type as its instructions are emitted.
//!
//! Module-level code becomes the `<module>` function; names it assigns are
//! globals. Functions whose return type is not annotated are compiled on
//! demand when a caller first needs their signature.

mod call;
mod classes;
mod closures;
mod context;
mod dataclasses;
mod decls;
mod dicts;
mod dunders;
mod exceptions;
mod expr;
mod func;
mod generators;
mod imports;
mod iterators;
mod loops;
mod modules;
mod optional;
mod reduce;
mod reprs;
mod set_display;
mod stmt;
mod text;
mod unions;

use std::collections::{HashMap, HashSet};

use ruff_python_ast::{Expr, StmtClassDef, StmtFunctionDef};
use ruff_source_file::LineIndex;
use ruff_text_size::{TextRange, TextSize};

use crate::error::{CResult, CompileError};
use crate::opcode::{ClassId, ConstId, FuncId, GlobalId, NameId, TyId};
use crate::program::{Function, Program};
use crate::ty::{Ty, TyDisplay};

/// Deepest expression or block nesting accepted (CPython refuses 200 nested parentheses too).
const MAX_NESTING: usize = 150;

/// Compiles a whole script.
pub fn compile(file: &str, source: &str) -> CResult<Program> {
    if let Some(error) = nesting_error(source) {
        return Err(error);
    }
    let parse = |text: &str| {
        ruff_python_parser::parse_module(text)
            .map_err(|e| CompileError::new(e.location, format!("invalid syntax: {}", e.error)))
    };
    let parsed = parse(source)?;
    // `@dataclass` methods are written as source appended to the script (see `dataclasses`).
    let generated = dataclasses::generated_source(parsed.syntax(), source)?;
    let (source, parsed) = match &generated {
        Some(generated) => {
            let full = format!("{source}{}", generated.source);
            let parsed = parse(&full)?;
            (std::borrow::Cow::Owned(full), parsed)
        }
        None => (std::borrow::Cow::Borrowed(source), parsed),
    };
    let mut module = parsed.into_syntax();
    if let Some(generated) = &generated {
        dataclasses::attach(&mut module.body, generated);
    }
    let module = &module;
    let lambdas = closures::lambda_defs(&module.body);
    let mut compiler = Compiler::new(file, &source, &lambdas);
    compiler.set_displays = set_display::constant_displays(&module.body);
    compiler.declare_builtin_exceptions();
    compiler.declare(&module.body)?;
    compiler.build_classes()?;
    compiler.compile_all(&module.body)?;
    compiler.finish()
}

/// Refuses sources nested deeper than [`MAX_NESTING`] brackets before the parser recurses into them.
fn nesting_error(source: &str) -> Option<CompileError> {
    let mut depth = 0usize;
    for (offset, byte) in source.bytes().enumerate() {
        match byte {
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    let at = TextSize::try_from(offset).unwrap_or_default();
                    return Some(CompileError::new(
                        TextRange::at(at, TextSize::new(1)),
                        format!("too many nested parentheses (more than {MAX_NESTING})"),
                    ));
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// What is known of a function's return type.
#[derive(Clone, Debug)]
enum RetTy {
    Known(Ty),
    /// Not annotated: found by compiling the body.
    Infer,
    /// Being inferred right now (a recursive call cannot use it).
    Inferring,
}

/// A function or method before and while it is compiled.
struct FuncDecl<'a> {
    name: String,
    qualname: String,
    def: Option<&'a StmtFunctionDef>,
    class: Option<ClassId>,
    params: Vec<(String, Ty)>,
    ret: RetTy,
    shape: ParamShape,
    vslot: Option<u16>,
    /// For an instance of a generic function: the bindings of its type variables.
    subst: Option<HashMap<u32, Ty>>,
}

/// How a function's parameters take arguments: `params[..posonly]` only by
/// position, `params[posonly..positional]` either way, the rest only by keyword.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct ParamShape {
    posonly: usize,
    positional: usize,
    /// `*args`: the parameter right after the positional ones holds the extra
    /// positional arguments, as a `tuple[T, ...]`.
    vararg: bool,
}

/// Each parameter's default expression, in `FuncDecl::params` order.
fn param_defaults(def: &StmtFunctionDef) -> impl Iterator<Item = Option<&Expr>> {
    let p = &def.parameters;
    let positional = p.posonlyargs.iter().chain(&p.args).map(|param| param.default.as_deref());
    let vararg = p.vararg.iter().map(|_| None);
    positional.chain(vararg).chain(p.kwonlyargs.iter().map(|param| param.default.as_deref()))
}

/// A class before its layout is final.
struct ClassDecl<'a> {
    name: String,
    /// The class statement (None for the builtin exception classes).
    def: Option<&'a StmtClassDef>,
    parent: Option<ClassId>,
    fields: Vec<crate::program::Field>,
    /// Field defaults (including the parent's), evaluated at construction.
    defaults: Vec<(u16, &'a Expr)>,
    /// Methods by name, inherited ones included.
    methods: HashMap<String, FuncId>,
    vtable: Vec<FuncId>,
    /// Class attributes (`NAME = value` or `NAME: ClassVar[T] = value` in the body):
    /// the hidden global holding each and the value to store when the class statement runs.
    class_attrs: HashMap<String, (GlobalId, Option<&'a Expr>)>,
    /// `@property` getters and their setters, by name (inherited ones included).
    properties: HashMap<String, (FuncId, Option<FuncId>)>,
    /// `@staticmethod` methods (no self), by name.
    statics: HashSet<String>,
    /// `@classmethod` methods, by name: generic templates whose `cls` is bound to
    /// the class each call names.
    classmethods: HashSet<String>,
    /// Method aliases (`incr = bump`): calls through them are not virtual.
    aliases: HashSet<String>,
}

/// The methods of a class by name, for [`crate::program::ClassInfo::methods`].
fn class_methods(class: &ClassDecl<'_>) -> Vec<crate::program::MethodInfo> {
    use crate::program::{MethodInfo, MethodKind};
    let mut methods: Vec<MethodInfo> = class
        .methods
        .iter()
        .filter(|(name, _)| !class.aliases.contains(*name))
        .map(|(name, &func)| {
            let kind = if class.statics.contains(name) {
                MethodKind::Static
            } else if class.classmethods.contains(name) {
                MethodKind::Class
            } else {
                MethodKind::Method
            };
            MethodInfo { name: name.clone(), kind, func }
        })
        .collect();
    for (name, &(getter, setter)) in &class.properties {
        methods.push(MethodInfo { name: name.clone(), kind: MethodKind::Getter, func: getter });
        if let Some(setter) = setter {
            methods.push(MethodInfo { name: name.clone(), kind: MethodKind::Setter, func: setter });
        }
    }
    methods.sort_by(|a, b| (&a.name, a.kind as u8).cmp(&(&b.name, b.kind as u8)));
    methods
}

/// A module-level global.
struct GlobalDecl {
    name: String,
    ty: Option<Ty>,
}

/// Whole-program compiler state shared by every function being compiled.
pub(crate) struct Compiler<'a> {
    lines: LineIndex,
    funcs: Vec<FuncDecl<'a>>,
    compiled: Vec<Option<Function>>,
    func_names: HashMap<String, FuncId>,
    classes: Vec<ClassDecl<'a>>,
    class_names: HashMap<String, ClassId>,
    globals: Vec<GlobalDecl>,
    global_names: HashMap<String, GlobalId>,
    /// Names bound by module-level imports: `math`, `sys`, `Optional`, `jitclass` ...
    imported: HashMap<String, imports::Imported>,
    program: Program,
    /// Tuple shapes in use; shape `i` is laid out as class `classes.len() + i`.
    tuples: Vec<Vec<Ty>>,
    tuple_ids: HashMap<Vec<Ty>, ClassId>,
    /// Type aliases (`Vector = tuple[float, float]`) and what they stand for.
    type_aliases: HashMap<String, &'a Expr>,
    /// `T = TypeVar("T")` names, by their variable number.
    type_vars: HashMap<String, u32>,
    /// Variables made for `object` annotations (each occurrence its own).
    next_var: std::cell::Cell<u32>,
    /// The bindings of the generic function instance being compiled.
    subst: HashMap<u32, Ty>,
    /// Instances of generic functions by (template, parameter types).
    instances: HashMap<(FuncId, Vec<Ty>), FuncId>,
    str_ids: HashMap<String, ConstId>,
    ty_ids: HashMap<Ty, TyId>,
    name_ids: HashMap<String, NameId>,
    /// The def each lambda is compiled as.
    lambdas: &'a closures::LambdaDefs,
    /// The outer variables each nested function with an environment uses, in its order.
    captures: HashMap<FuncId, Vec<closures::Capture>>,
    /// Nested functions by (enclosing function, def range).
    nested: HashMap<(FuncId, TextRange), FuncId>,
    /// The set displays CPython turns into constants (see `set_display`).
    set_displays: HashMap<TextSize, set_display::Folding<'a>>,
}

impl<'a> Compiler<'a> {
    fn new(file: &str, source: &str, lambdas: &'a closures::LambdaDefs) -> Compiler<'a> {
        let program = Program {
            file: file.to_string(),
            lines: source.lines().map(str::to_string).collect(),
            ..Program::default()
        };
        Compiler {
            lines: LineIndex::from_source_text(source),
            funcs: Vec::new(),
            compiled: Vec::new(),
            func_names: HashMap::new(),
            classes: Vec::new(),
            class_names: HashMap::new(),
            globals: Vec::new(),
            global_names: HashMap::new(),
            imported: HashMap::new(),
            program,
            tuples: Vec::new(),
            tuple_ids: HashMap::new(),
            type_vars: HashMap::new(),
            type_aliases: HashMap::new(),
            next_var: std::cell::Cell::new(1 << 16),
            subst: HashMap::new(),
            instances: HashMap::new(),
            str_ids: HashMap::new(),
            ty_ids: HashMap::new(),
            name_ids: HashMap::new(),
            lambdas,
            captures: HashMap::new(),
            nested: HashMap::new(),
            set_displays: HashMap::new(),
        }
    }

    /// One-based line of a source offset.
    fn line_of(&self, range: TextRange) -> u32 {
        self.lines.line_index(range.start()).get() as u32
    }

    /// A type as the user would write it.
    fn ty_name(&self, ty: &Ty) -> String {
        let names = |id: ClassId| self.classes[id.0 as usize].name.clone();
        TyDisplay { ty, class_names: &names }.to_string()
    }

    /// The heap layout of tuples of `elems` (an anonymous class with a slot per element).
    fn tuple_class(&mut self, elems: &[Ty]) -> ClassId {
        if let Some(&id) = self.tuple_ids.get(elems) {
            return id;
        }
        let id = ClassId((self.classes.len() + self.tuples.len()) as u32);
        self.tuples.push(elems.to_vec());
        self.tuple_ids.insert(elems.to_vec(), id);
        id
    }

    fn str_const(&mut self, text: &str) -> ConstId {
        if let Some(&id) = self.str_ids.get(text) {
            return id;
        }
        let id = ConstId(self.program.strs.len() as u32);
        self.program.strs.push(text.to_string());
        self.str_ids.insert(text.to_string(), id);
        id
    }

    fn int_const(&mut self, value: i64) -> ConstId {
        self.program.ints.push(value);
        ConstId(self.program.ints.len() as u32 - 1)
    }

    fn float_const(&mut self, value: f64) -> ConstId {
        self.program.floats.push(value);
        ConstId(self.program.floats.len() as u32 - 1)
    }

    fn ty_id(&mut self, ty: &Ty) -> TyId {
        if let Some(&id) = self.ty_ids.get(ty) {
            return id;
        }
        let id = TyId(self.program.types.len() as u32);
        self.program.types.push(ty.clone());
        self.ty_ids.insert(ty.clone(), id);
        id
    }

    fn name_id(&mut self, name: &str) -> NameId {
        if let Some(&id) = self.name_ids.get(name) {
            return id;
        }
        // Past the operand range the id is wrong, but `finish` refuses the program.
        let id = NameId(u16::try_from(self.program.names.len()).unwrap_or(u16::MAX));
        self.program.names.push(name.to_string());
        self.name_ids.insert(name.to_string(), id);
        id
    }

    /// Whether a value of type `from` may be stored where `to` is expected.
    fn assignable(&self, from: &Ty, to: &Ty) -> bool {
        match (from, to) {
            _ if from == to => true,
            (Ty::None, to) => to.is_ref(),
            (Ty::Bool, Ty::Int) => true,
            (Ty::Class(a), Ty::Class(b)) => self.is_subclass(*a, *b),
            // A union holds its numbers boxed, as an Optional number does.
            (Ty::Union(from), Ty::Union(members)) => {
                from.iter().all(|f| if f.is_number() { members.contains(f) } else { self.assignable(f, to) })
            }
            (Ty::Opt(inner), Ty::Union(members)) => members.contains(inner),
            (Ty::Str | Ty::Class(_), Ty::Union(members)) => members.iter().any(|m| self.assignable(from, m)),
            _ => false,
        }
    }

    /// Whether `class` is an exception class (derives from BaseException).
    fn is_exception_class(&self, class: ClassId) -> bool {
        self.is_subclass(class, crate::opcode::ExcKind::BaseException.class())
    }

    /// Declares the builtin exception classes (the first classes: see [`crate::opcode::ExcKind`]).
    fn declare_builtin_exceptions(&mut self) {
        use crate::interp::exception::slot;
        let base = crate::opcode::ExcKind::BaseException.class();
        let hidden = [
            ("<str>", Ty::Str, slot::STR),
            ("<repr>", Ty::Str, slot::REPR),
            ("<traceback>", Ty::List(Box::new(Ty::Int)), slot::TRACEBACK),
            ("<context>", Ty::Class(base), slot::CONTEXT),
            ("<cause>", Ty::Class(base), slot::CAUSE),
            ("<suppress>", Ty::Int, slot::SUPPRESS),
        ];
        let fields: Vec<crate::program::Field> = hidden
            .into_iter()
            .map(|(name, ty, slot)| crate::program::Field { name: name.into(), ty, slot, late: None })
            .collect();
        debug_assert_eq!(fields.len(), slot::COUNT as usize);
        for kind in crate::opcode::ExcKind::ALL {
            let id = kind.class();
            debug_assert_eq!(id.0 as usize, self.classes.len());
            self.class_names.insert(kind.name().to_string(), id);
            self.classes.push(ClassDecl {
                name: kind.name().to_string(),
                def: None,
                parent: kind.parent().map(crate::opcode::ExcKind::class),
                fields: fields.clone(),
                defaults: Vec::new(),
                methods: HashMap::new(),
                vtable: Vec::new(),
                class_attrs: HashMap::new(),
                properties: HashMap::new(),
                statics: HashSet::new(),
                classmethods: HashSet::new(),
                aliases: HashSet::new(),
            });
        }
    }

    fn is_subclass(&self, mut class: ClassId, ancestor: ClassId) -> bool {
        loop {
            if class == ancestor {
                return true;
            }
            match self.classes[class.0 as usize].parent {
                Some(parent) => class = parent,
                None => return false,
            }
        }
    }

    /// Compiles `<module>` and then every function not compiled on demand already.
    fn compile_all(&mut self, body: &'a [ruff_python_ast::Stmt]) -> CResult<()> {
        let entry = FuncId(self.funcs.len() as u32);
        self.funcs.push(FuncDecl {
            name: "<module>".into(),
            qualname: "<module>".into(),
            def: None,
            class: None,
            params: Vec::new(),
            ret: RetTy::Known(Ty::None),
            shape: ParamShape::default(),
            vslot: None,
            subst: None,
        });
        self.compiled.push(None);
        self.program.entry = Some(entry);
        let module = func::FnBuilder::new(self, entry).build_module(body)?;
        self.compiled[entry.0 as usize] = Some(module);
        // Instances of generic functions are added while compiling: the list grows.
        let mut index = 0;
        while index < self.funcs.len() {
            if self.compiled[index].is_none() {
                if self.is_generic_template(FuncId(index as u32)) {
                    self.compiled[index] = Some(self.template_stub(FuncId(index as u32)));
                } else {
                    self.compile_function(FuncId(index as u32))?;
                }
            }
            index += 1;
        }
        Ok(())
    }

    /// The layout of function objects (`Ty::Fn` values): a function id and a
    /// closure's environment (None for a function without one).
    /// Makes the tuple classes (and number boxes) that values of `ty` may hold.
    fn ensure_tuple_classes(&mut self, ty: &Ty) {
        match ty {
            Ty::Tuple(elems) => {
                self.tuple_class(elems);
                elems.iter().for_each(|e| self.ensure_tuple_classes(e));
            }
            Ty::Opt(inner) => {
                self.tuple_class(std::slice::from_ref(inner));
            }
            Ty::List(e) | Ty::TupleN(e) | Ty::Set(e) | Ty::Iter(e) => self.ensure_tuple_classes(e),
            Ty::Dict(k, v) => {
                self.ensure_tuple_classes(k);
                self.ensure_tuple_classes(v);
            }
            _ => {}
        }
    }

    fn function_object_class(&mut self) -> ClassId {
        self.tuple_class(&[Ty::Int, Ty::Tuple(Vec::new())])
    }

    /// A new type variable (an `object` or `Callable` parameter, an unannotated one of a
    /// nested function or lambda, the `cls` of a class method).
    fn fresh_var(&self) -> Ty {
        let var = self.next_var.get();
        self.next_var.set(var + 1);
        Ty::Var(var)
    }

    /// Whether `id` is a generic function's template (type variables in its parameters).
    fn is_generic_template(&self, id: FuncId) -> bool {
        let decl = &self.funcs[id.0 as usize];
        decl.subst.is_none() && decl.params.iter().any(|(_, t)| t.has_var())
    }

    /// What a generic template compiles to: nothing calls it (calls go to its instances).
    fn template_stub(&self, id: FuncId) -> Function {
        let decl = &self.funcs[id.0 as usize];
        Function {
            name: decl.name.clone(),
            qualname: format!("{} (generic template)", decl.qualname),
            params: Vec::new(),
            ret: Ty::None,
            reg_kinds: Vec::new(),
            ref_regs: Vec::new(),
            frame_init: Vec::new(),
            code: vec![crate::opcode::Instr::RetNone {}],
            call_args: Vec::new(),
            inlined: Vec::new(),
            lines: vec![0],
            class: decl.class,
            vslot: None,
            handlers: Vec::new(),
            comprehensions: Vec::new(),
            generator: None,
        }
    }

    /// The instance of generic function `template` for arguments of types `args`.
    fn instantiate(&mut self, template: FuncId, args: &[Ty], at: TextRange) -> CResult<FuncId> {
        let decl = &self.funcs[template.0 as usize];
        let mut subst = HashMap::new();
        // Parameters without type variables take their arguments as any call does
        // (the caller converts and checks them against the instance).
        for ((name, param), arg) in decl.params.iter().zip(args) {
            if param.has_var() && !param.unify(arg, &mut subst) {
                return Err(CompileError::new(
                    at,
                    format!("argument of type {} does not fit parameter '{name}' of {}", self.ty_name(arg), decl.name),
                ));
            }
        }
        // An Iterable[T] parameter takes the argument's own type.
        let params: Vec<(String, Ty)> = decl
            .params
            .iter()
            .zip(args)
            .map(|((n, t), arg)| match t {
                Ty::Iterable(_) => (n.clone(), arg.clone()),
                _ => (n.clone(), t.substitute(&subst)),
            })
            .collect();
        let key = (template, params.iter().map(|(_, t)| t.clone()).collect::<Vec<_>>());
        if let Some(&id) = self.instances.get(&key) {
            return Ok(id);
        }
        let ret = match &decl.ret {
            RetTy::Known(t) if t.has_var() => {
                let t = t.substitute(&subst);
                if t.has_var() {
                    return Err(CompileError::new(
                        at,
                        format!("the return type of {} is not fixed by its arguments", decl.name),
                    ));
                }
                RetTy::Known(t)
            }
            other => other.clone(),
        };
        let id = FuncId(self.funcs.len() as u32);
        let instance = FuncDecl {
            name: decl.name.clone(),
            qualname: format!(
                "{}[{}]",
                decl.qualname,
                key.1.iter().map(|t| self.ty_name(t)).collect::<Vec<_>>().join(", ")
            ),
            def: decl.def,
            class: decl.class,
            params,
            ret,
            shape: decl.shape,
            vslot: None,
            subst: Some(subst),
        };
        self.funcs.push(instance);
        self.compiled.push(None);
        self.instances.insert(key, id);
        if let Some(captures) = self.captures.get(&template).cloned() {
            self.captures.insert(id, captures);
        }
        Ok(id)
    }

    /// Compiles one function body (once).
    fn compile_function(&mut self, id: FuncId) -> CResult<()> {
        if self.compiled[id.0 as usize].is_some() {
            return Ok(());
        }
        let outer = self.funcs[id.0 as usize].subst.clone().map(|s| std::mem::replace(&mut self.subst, s));
        let result = self.compile_function_body(id);
        if let Some(outer) = outer {
            self.subst = outer;
        }
        result
    }

    fn compile_function_body(&mut self, id: FuncId) -> CResult<()> {
        let def = self.funcs[id.0 as usize].def.expect("only <module> has no def, and it is compiled first");
        let (mut flagged, mut no_narrow) = (HashSet::new(), HashSet::new());
        loop {
            let (function, maybe_unbound, unnarrowable) =
                func::FnBuilder::new(self, id).build_function(def, &flagged, &no_narrow)?;
            // Some locals are read where they may be unassigned: compile again with
            // bound flags for exactly those, so such a read raises UnboundLocalError;
            // likewise without narrowing the Optional numbers that cannot be narrowed.
            if maybe_unbound.is_subset(&flagged) && unnarrowable.is_subset(&no_narrow) {
                self.compiled[id.0 as usize] = Some(function);
                return Ok(());
            }
            flagged.extend(maybe_unbound);
            no_narrow.extend(unnarrowable);
        }
    }

    /// The return type of `id`, compiling its body first if it is not annotated.
    fn return_type(&mut self, id: FuncId, at: TextRange) -> CResult<Ty> {
        match &self.funcs[id.0 as usize].ret {
            RetTy::Known(ty) => Ok(ty.clone()),
            RetTy::Inferring => Err(CompileError::new(
                at,
                format!(
                    "cannot infer the return type of recursive function '{}'; annotate it (def {}(...) -> T)",
                    self.funcs[id.0 as usize].name, self.funcs[id.0 as usize].name
                ),
            )),
            RetTy::Infer => {
                self.compile_function(id)?;
                match &self.funcs[id.0 as usize].ret {
                    RetTy::Known(ty) => Ok(ty.clone()),
                    _ => unreachable!("compiling a function fixes its return type"),
                }
            }
        }
    }

    fn finish(mut self) -> CResult<Program> {
        // Every tuple and Optional-number box a signature or field names has a class,
        // even if no code here builds one: an embedder may pass one in.
        let mut named = Vec::new();
        for f in &self.funcs {
            named.extend(f.params.iter().map(|(_, t)| t.clone()));
            if let RetTy::Known(t) = &f.ret {
                named.push(t.clone());
            }
        }
        for class in &self.classes {
            named.extend(class.fields.iter().map(|f| f.ty.clone()));
        }
        for ty in &named {
            self.ensure_tuple_classes(ty);
        }
        // Class ids index both `classes` and the heap's layouts, in declaration order.
        for class in &self.classes {
            let layout = jcvm_gc::Layout {
                name: class.name.clone(),
                slots: class.fields.len() as u32,
                ref_slots: class.fields.iter().filter(|f| f.ty.is_ref()).map(|f| u32::from(f.slot)).collect(),
            };
            let methods = class_methods(class);
            self.program.classes.push(crate::program::ClassInfo {
                name: class.name.clone(),
                parent: class.parent,
                fields: class.fields.clone(),
                layout,
                vtable: class.vtable.clone(),
                methods,
            });
        }
        for elems in &self.tuples {
            let fields: Vec<crate::program::Field> = elems
                .iter()
                .enumerate()
                .map(|(i, ty)| crate::program::Field {
                    name: i.to_string(),
                    ty: ty.clone(),
                    slot: i as u16,
                    late: None,
                })
                .collect();
            let layout = jcvm_gc::Layout {
                name: "tuple".into(),
                slots: fields.len() as u32,
                ref_slots: fields.iter().filter(|f| f.ty.is_ref()).map(|f| u32::from(f.slot)).collect(),
            };
            self.program.classes.push(crate::program::ClassInfo {
                name: "tuple".into(),
                parent: None,
                fields,
                layout,
                vtable: Vec::new(),
                methods: Vec::new(),
            });
        }
        for global in &self.globals {
            self.program.globals.push(crate::program::GlobalInfo {
                name: global.name.clone(),
                ty: global.ty.clone().unwrap_or(Ty::None),
            });
        }
        for function in std::mem::take(&mut self.compiled) {
            self.program.functions.push(function.expect("every declared function was compiled"));
        }
        // Verified before inlining (the inliner relies on it) and after (it checks the inliner,
        // the copy folding and the jump threading).
        let bad = |problem| CompileError::new(TextRange::default(), format!("internal error: bad bytecode: {problem}"));
        if self.program.names.len() > usize::from(u16::MAX) {
            return Err(CompileError::new(
                TextRange::default(),
                "the program uses too many attribute names (at most 65535)",
            ));
        }
        self.reserve_generator_classes();
        self.program.verify().map_err(bad)?;
        crate::inline::inline_leaf_calls(&mut self.program);
        for function in &mut self.program.functions {
            crate::moves::fold_moves(function);
            crate::threading::thread_jumps(function);
        }
        self.add_generator_classes();
        self.program.verify().map_err(bad)?;
        Ok(self.program)
    }
}
