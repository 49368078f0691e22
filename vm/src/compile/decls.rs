//! Module-level declarations: imports, classes, functions, globals, and annotations.

use ruff_python_ast::{self as ast, Expr, Operator, Stmt, StmtFunctionDef};
use ruff_text_size::{Ranged, TextRange};

use super::imports::Imported;
use super::{ClassDecl, Compiler, FuncDecl, GlobalDecl, ParamShape, RetTy};
use crate::error::{CResult, CompileError};
use crate::opcode::{ClassId, FuncId, GlobalId};
use crate::ty::Ty;

/// A def's typed parameters (name and type, in order), its return type and
/// how its parameters bind (defaults, keywords).
type Signature = (Vec<(String, Ty)>, RetTy, ParamShape);

pub(super) fn err<T>(range: TextRange, message: impl Into<String>) -> CResult<T> {
    Err(CompileError::new(range, message))
}

impl<'a> Compiler<'a> {
    /// First pass over the module: names of everything, before any body is compiled.
    pub(super) fn declare(&mut self, body: &'a [Stmt]) -> CResult<()> {
        let mut functions = Vec::new();
        for stmt in body {
            match stmt {
                Stmt::Import(_) | Stmt::ImportFrom(_) => self.declare_import(stmt)?,
                Stmt::ClassDef(class) => {
                    self.check_decorators(&class.decorator_list, "jitclass")?;
                    if class.type_params.is_some() {
                        return err(class.range, "generic classes are not supported");
                    }
                    let name = class.name.id.to_string();
                    if self.class_names.contains_key(&name) || self.func_names.contains_key(&name) {
                        return err(class.name.range, format!("'{name}' is defined twice"));
                    }
                    let id = ClassId(self.classes.len() as u32);
                    self.class_names.insert(name.clone(), id);
                    self.classes.push(ClassDecl {
                        name,
                        def: Some(class),
                        parent: None,
                        fields: Vec::new(),
                        defaults: Vec::new(),
                        methods: Default::default(),
                        vtable: Vec::new(),
                        class_attrs: Default::default(),
                        properties: Default::default(),
                        statics: Default::default(),
                        classmethods: Default::default(),
                        aliases: Default::default(),
                    });
                }
                Stmt::FunctionDef(def) => {
                    self.check_decorators(&def.decorator_list, "jit")?;
                    let name = def.name.id.to_string();
                    if self.class_names.contains_key(&name) || self.func_names.contains_key(&name) {
                        return err(def.name.range, format!("'{name}' is defined twice"));
                    }
                    let id = FuncId(self.funcs.len() as u32);
                    self.func_names.insert(name.clone(), id);
                    self.funcs.push(FuncDecl {
                        name: name.clone(),
                        qualname: name,
                        def: Some(def),
                        class: None,
                        params: Vec::new(),
                        ret: RetTy::Infer,
                        shape: ParamShape::default(),
                        vslot: None,
                        subst: None,
                    });
                    self.compiled.push(None);
                    functions.push(id);
                }
                Stmt::Assign(assign) if type_alias(assign).is_some() => {
                    let (name, value) = type_alias(assign).expect("checked");
                    self.type_aliases.insert(name, value);
                }
                Stmt::Assign(assign) if type_var_decl(assign).is_some() => {
                    let name = type_var_decl(assign).expect("checked");
                    let id = self.type_vars.len() as u32;
                    self.type_vars.insert(name, id);
                }
                other => self.declare_globals(other)?,
            }
        }
        for id in functions {
            let def = self.funcs[id.0 as usize].def.expect("declared with a def");
            let (params, ret, shape) = self.signature(def, None)?;
            let decl = &mut self.funcs[id.0 as usize];
            decl.params = params;
            decl.ret = ret;
            decl.shape = shape;
        }
        Ok(())
    }

    fn check_decorators(&self, decorators: &[ast::Decorator], allowed: &'static str) -> CResult<()> {
        for decorator in decorators {
            let ok = match &decorator.expression {
                Expr::Name(name) => {
                    name.id.as_str() == allowed
                        && self.imported.get(allowed).is_some_and(|i| *i == Imported::Item("jcvm", allowed))
                }
                Expr::Attribute(attr) => {
                    attr.attr.id.as_str() == allowed
                        && matches!(&*attr.value, Expr::Name(m) if self.imports(m.id.as_str(), Imported::Module("jcvm")))
                }
                _ => false,
            };
            if !ok {
                return err(decorator.range, format!("decorator is not supported here (only @{allowed} from jcvm)"));
            }
        }
        Ok(())
    }

    /// Records the globals a module-level statement assigns, and refuses
    /// definitions nested in control flow.
    fn declare_globals(&mut self, stmt: &'a Stmt) -> CResult<()> {
        let add = |this: &mut Self, target: &Expr| {
            let mut names = Vec::new();
            super::expr::target_names(target, &mut names);
            for name in names {
                if !this.global_names.contains_key(&name) {
                    this.global_names.insert(name.clone(), GlobalId(this.globals.len() as u32));
                    this.globals.push(GlobalDecl { name, ty: None });
                }
            }
        };
        match stmt {
            Stmt::Assign(assign) => assign.targets.iter().for_each(|t| add(self, t)),
            Stmt::AnnAssign(assign) => add(self, &assign.target),
            Stmt::AugAssign(assign) => add(self, &assign.target),
            Stmt::For(for_) => {
                add(self, &for_.target);
                for s in for_.body.iter().chain(&for_.orelse) {
                    self.declare_globals(s)?;
                }
            }
            Stmt::While(while_) => {
                for s in while_.body.iter().chain(&while_.orelse) {
                    self.declare_globals(s)?;
                }
            }
            Stmt::If(if_) => {
                for s in if_.body.iter().chain(if_.elif_else_clauses.iter().flat_map(|c| &c.body)) {
                    self.declare_globals(s)?;
                }
            }
            Stmt::Try(try_) => {
                for handler in &try_.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = handler;
                    if let Some(name) = &h.name {
                        let target = Expr::Name(ast::ExprName {
                            range: name.range,
                            node_index: Default::default(),
                            id: name.id.clone(),
                            ctx: ast::ExprContext::Store,
                        });
                        add(self, &target);
                    }
                    for s in &h.body {
                        self.declare_globals(s)?;
                    }
                }
                for s in try_.body.iter().chain(&try_.orelse).chain(&try_.finalbody) {
                    self.declare_globals(s)?;
                }
            }
            Stmt::With(with) => {
                for item in &with.items {
                    if let Some(var) = &item.optional_vars {
                        add(self, var);
                    }
                }
                for s in &with.body {
                    self.declare_globals(s)?;
                }
            }
            Stmt::FunctionDef(def) => return err(def.range, "functions must be defined at module level"),
            Stmt::ClassDef(def) => return err(def.range, "classes must be defined at module level"),
            Stmt::Import(_) | Stmt::ImportFrom(_) => self.declare_import(stmt)?,
            _ => {}
        }
        Ok(())
    }

    /// The hidden global that holds the default of parameter `index` of `func`
    /// (a default that is not a literal is evaluated once, when the `def` runs).
    pub(super) fn default_global(&mut self, func: FuncId, index: usize) -> GlobalId {
        let decl = &self.funcs[func.0 as usize];
        let (pname, ty) = decl.params[index].clone();
        let name = format!("{}.<default {pname}>", decl.qualname);
        self.global_id(&name, ty)
    }

    /// The id of global `name`, declaring it with `ty` if needed.
    pub(super) fn global_id(&mut self, name: &str, ty: Ty) -> GlobalId {
        if let Some(&id) = self.global_names.get(name) {
            self.globals[id.0 as usize].ty.get_or_insert(ty);
            return id;
        }
        let id = GlobalId(self.globals.len() as u32);
        self.global_names.insert(name.to_string(), id);
        self.globals.push(GlobalDecl { name: name.to_string(), ty: Some(ty) });
        id
    }

    /// Parameter and return types of a def; methods get `self` typed as their class.
    pub(super) fn signature(&self, def: &StmtFunctionDef, class: Option<ClassId>) -> CResult<Signature> {
        let params = &def.parameters;
        if def.is_async {
            return err(def.range, "async functions are not supported");
        }
        if def.type_params.is_some() {
            return err(def.range, "generic functions are not supported");
        }
        if let (Some(class), "__exit__") = (class, def.name.id.as_str()) {
            return self.exit_signature(def, class);
        }
        if let Some(p) = &params.kwarg {
            return err(p.range, "**kwargs is not supported");
        }
        let mut out = Vec::new();
        let all = params.posonlyargs.iter().chain(&params.args).chain(&params.kwonlyargs);
        for (index, param) in all.enumerate() {
            if let (Some(_), Some(_), 0) = (&param.default, class, index) {
                return err(param.range, "the self parameter of a method cannot have a default");
            }
            let name = param.parameter.name.id.to_string();
            let ty = match (&param.parameter.annotation, class) {
                (None, Some(class)) if index == 0 => Ty::Class(class),
                // `__eq__(self, other: object)`: jcvm compares instances of one class
                // hierarchy, so `other` is typed as the class (see `return_not_implemented`).
                (Some(annotation), Some(class))
                    if index == 1
                        && matches!(&**annotation, Expr::Name(n) if n.id.as_str() == "object")
                        && matches!(def.name.id.as_str(), "__eq__" | "__ne__") =>
                {
                    // An override takes what the method it overrides takes.
                    let parent = self.classes[class.0 as usize].parent;
                    let overridden = parent.and_then(|p| self.classes[p.0 as usize].methods.get(def.name.id.as_str()));
                    match overridden.and_then(|&f| self.funcs[f.0 as usize].params.get(1)) {
                        Some((_, ty)) => ty.clone(),
                        None => Ty::Class(class),
                    }
                }
                // A method's Callable parameter is a function object (it is often kept in
                // a field); a function's is a type variable (see `param_ty`).
                (Some(annotation), Some(_)) => {
                    let ty = self.parse_ty(annotation)?;
                    if let (Some(class), 0) = (class, index) {
                        if ty != Ty::Class(class) {
                            return err(
                                annotation.range(),
                                "the first parameter of a method must be self of its class",
                            );
                        }
                    }
                    ty
                }
                (Some(annotation), None) => self.param_ty(annotation)?,
                (None, _) => {
                    return err(param.range, format!("parameter '{name}' needs a type annotation (e.g. {name}: int)"))
                }
            };
            if out.iter().any(|(n, _)| *n == name) {
                return err(param.range, format!("duplicate parameter '{name}'"));
            }
            out.push((name, ty));
        }
        if class.is_some() && out.is_empty() {
            return err(def.name.range, "a method needs a self parameter");
        }
        let positional = params.posonlyargs.len() + params.args.len();
        if let Some(vararg) = &params.vararg {
            // `*args: T`: a `tuple[T, ...]` of the extra positional arguments.
            let name = vararg.name.id.to_string();
            let Some(annotation) = &vararg.annotation else {
                return err(vararg.range, format!("parameter '{name}' needs a type annotation (e.g. *{name}: int)"));
            };
            let elem = self.parse_ty(annotation)?;
            if elem.has_var() || matches!(elem, Ty::Fn(..)) {
                return err(annotation.range(), "*args of a type variable or Callable is not supported");
            }
            if out.iter().any(|(n, _)| *n == name) {
                return err(vararg.range, format!("duplicate parameter '{name}'"));
            }
            out.insert(positional, (name, Ty::TupleN(Box::new(elem))));
        }
        if out.len() > 200 {
            return err(def.name.range, "too many parameters (more than 200)");
        }
        let ret = match &def.returns {
            _ if super::generators::is_generator(def) => RetTy::Known(self.generator_return(def)?),
            Some(annotation) => match self.parse_ty(annotation)? {
                // `-> Callable[...]`: the function (or closure) returned decides the type.
                Ty::Var(var) if !out.iter().any(|(_, t)| mentions_var(t, var)) => RetTy::Infer,
                ty => RetTy::Known(ty),
            },
            None => RetTy::Infer,
        };
        let shape = ParamShape { posonly: params.posonlyargs.len(), positional, vararg: params.vararg.is_some() };
        Ok((out, ret, shape))
    }

    /// `__exit__`'s signature: its parameters' types are fixed (see [`super::context`]).
    fn exit_signature(&self, def: &StmtFunctionDef, class: ClassId) -> CResult<Signature> {
        let names = super::context::exit_params(def)?;
        let params = &def.parameters;
        let Some(self_param) = params.posonlyargs.iter().chain(&params.args).next() else {
            return err(def.name.range, "a method needs a self parameter");
        };
        let mut out = vec![(self_param.parameter.name.id.to_string(), Ty::Class(class))];
        out.extend(names.into_iter().zip(super::context::exit_param_types()));
        let ret = match &def.returns {
            Some(annotation) => RetTy::Known(self.parse_ty(annotation)?),
            None => RetTy::Infer,
        };
        Ok((out, ret, ParamShape { posonly: 0, positional: 4, vararg: false }))
    }

    /// A parameter's type: a `Callable` parameter is a type variable, so the
    /// function is compiled for each function passed and calls through it are
    /// direct (a function object passed binds it to its `Callable` type).
    pub(super) fn param_ty(&self, annotation: &Expr) -> CResult<Ty> {
        match self.parse_ty(annotation)? {
            Ty::Fn(..) => Ok(self.fresh_var()),
            ty => Ok(ty),
        }
    }

    /// Resolves an annotation to a type.
    pub(super) fn parse_ty(&self, e: &Expr) -> CResult<Ty> {
        match e {
            Expr::NoneLiteral(_) => Ok(Ty::None),
            Expr::Name(name) => match name.id.as_str() {
                other if self.type_aliases.contains_key(other) => self.parse_ty(self.type_aliases[other]),
                other if self.type_vars.contains_key(other) => {
                    let var = self.type_vars[other];
                    Ok(self.subst.get(&var).cloned().unwrap_or(Ty::Var(var)))
                }
                "object" => {
                    // Each `object` annotation is its own type variable: the function is
                    // compiled for the type each call passes.
                    Ok(self.fresh_var())
                }
                "int" => Ok(Ty::Int),
                "float" => Ok(Ty::Float),
                "bool" => Ok(Ty::Bool),
                "str" => Ok(Ty::Str),
                "None" => Ok(Ty::None),
                "range" if !self.class_names.contains_key("range") => Ok(Ty::Range),
                "list" | "List" => err(e.range(), "a list annotation needs its element type (list[int])"),
                other => match self.class_names.get(other) {
                    Some(&id) => Ok(Ty::Class(id)),
                    None => err(e.range(), format!("unknown type '{other}'")),
                },
            },
            Expr::StringLiteral(text) => {
                let inner = ruff_python_parser::parse_expression(text.value.to_str())
                    .map_err(|_| CompileError::new(e.range(), "invalid type in string annotation"))?;
                self.parse_ty(&inner.syntax().body).map_err(|mut error| {
                    error.range = e.range();
                    error
                })
            }
            Expr::Subscript(sub) => {
                let Expr::Name(outer) = &*sub.value else {
                    return err(e.range(), "unsupported type annotation");
                };
                match outer.id.as_str() {
                    "list" | "List" => Ok(Ty::List(Box::new(self.parse_ty(&sub.slice)?))),
                    "set" | "Set" => {
                        let elem = self.parse_ty(&sub.slice)?;
                        self.check_hashable(&elem, sub.slice.range())?;
                        Ok(Ty::Set(Box::new(elem)))
                    }
                    "dict" | "Dict" => match &*sub.slice {
                        Expr::Tuple(t) if t.elts.len() == 2 => {
                            let key = self.parse_ty(&t.elts[0])?;
                            self.check_hashable(&key, t.elts[0].range())?;
                            Ok(Ty::Dict(Box::new(key), Box::new(self.parse_ty(&t.elts[1])?)))
                        }
                        _ => err(e.range(), "a dict annotation needs key and value types (dict[str, int])"),
                    },
                    "tuple" | "Tuple" => {
                        let elems: &[Expr] = match &*sub.slice {
                            Expr::Tuple(t) => &t.elts,
                            single => std::slice::from_ref(single),
                        };
                        if let [elem, Expr::EllipsisLiteral(_)] = elems {
                            return Ok(Ty::TupleN(Box::new(self.parse_ty(elem)?)));
                        }
                        if elems.iter().any(|e| matches!(e, Expr::EllipsisLiteral(_))) {
                            return err(sub.slice.range(), "'...' is only supported as tuple[T, ...]");
                        }
                        Ok(Ty::Tuple(elems.iter().map(|e| self.parse_ty(e)).collect::<CResult<_>>()?))
                    }
                    "Iterable" if self.imports("Iterable", Imported::Item("typing", "Iterable")) => {
                        Ok(Ty::Iterable(Box::new(self.parse_ty(&sub.slice)?)))
                    }
                    "Sequence" if self.imports("Sequence", Imported::Item("typing", "Sequence")) => {
                        Ok(Ty::Iterable(Box::new(self.parse_ty(&sub.slice)?)))
                    }
                    "Iterator" if self.imports("Iterator", Imported::Item("typing", "Iterator")) => {
                        Ok(Ty::Iter(Box::new(self.parse_ty(&sub.slice)?)))
                    }
                    "Union" if self.imports("Union", Imported::Item("typing", "Union")) => {
                        let members: &[Expr] = match &*sub.slice {
                            Expr::Tuple(t) => &t.elts,
                            single => std::slice::from_ref(single),
                        };
                        self.union(members, e.range())
                    }
                    "Callable" if self.imports("Callable", Imported::Item("typing", "Callable")) => {
                        if let Expr::Tuple(t) = &*sub.slice {
                            if let [Expr::List(params), ret] = &t.elts[..] {
                                let params = params.elts.iter().map(|p| self.parse_ty(p)).collect::<CResult<_>>()?;
                                return Ok(Ty::Fn(params, Box::new(self.parse_ty(ret)?)));
                            }
                        }
                        // `Callable[..., R]`: a type variable, bound to the function a call
                        // passes (only a parameter can be one).
                        Ok(self.fresh_var())
                    }
                    "Optional" if self.imports("Optional", Imported::Item("typing", "Optional")) => {
                        self.optional(&sub.slice)
                    }
                    _ => err(e.range(), "unsupported type annotation"),
                }
            }
            Expr::BinOp(bin) if bin.op == Operator::BitOr => match (&*bin.left, &*bin.right) {
                (inner, Expr::NoneLiteral(_)) | (Expr::NoneLiteral(_), inner) => self.optional(inner),
                (left, right) => self.union(&[left.clone(), right.clone()], e.range()),
            },
            _ => err(e.range(), "unsupported type annotation"),
        }
    }

    /// Refuses dict keys and set elements CPython cannot hash: lists, dicts, sets,
    /// and instances of a class that defines `__eq__` (without `__hash__`).
    fn check_hashable(&self, ty: &Ty, at: TextRange) -> CResult<()> {
        let bad = match ty {
            Ty::List(_) | Ty::Dict(..) | Ty::Set(_) => true,
            Ty::Class(id) => self.classes[id.0 as usize].def.is_some_and(|def| {
                def.body.iter().any(|s| matches!(s, Stmt::FunctionDef(f) if f.name.id.as_str() == "__eq__"))
            }),
            Ty::Tuple(elems) => return elems.iter().try_for_each(|e| self.check_hashable(e, at)),
            _ => false,
        };
        if bad {
            return err(at, format!("unhashable type: '{}'", self.ty_name(ty)));
        }
        Ok(())
    }

    /// `Union[A, B, ...]` (or `A | B`): of numbers, str, classes and None. A union
    /// of one type and None is that type's Optional.
    fn union(&self, members: &[Expr], at: TextRange) -> CResult<Ty> {
        let mut types: Vec<Ty> = Vec::new();
        let mut none = false;
        for member in members {
            let ty = self.parse_ty(member)?;
            let flat = match ty {
                Ty::Union(inner) => inner,
                Ty::Opt(inner) => {
                    none = true;
                    vec![*inner]
                }
                Ty::None => {
                    none = true;
                    Vec::new()
                }
                other => vec![other],
            };
            for ty in flat {
                if !matches!(ty, Ty::Int | Ty::Float | Ty::Str | Ty::Class(_)) {
                    return err(
                        member.range(),
                        format!("a Union of {} is not supported (only int, float, str and classes)", self.ty_name(&ty)),
                    );
                }
                if !types.contains(&ty) {
                    types.push(ty);
                }
            }
        }
        match &types[..] {
            [] => err(at, "a Union needs a type other than None"),
            [single] if none => self.optional_of(single.clone(), at),
            [single] => Ok(single.clone()),
            _ => Ok(Ty::Union(types)),
        }
    }

    fn optional(&self, inner: &Expr) -> CResult<Ty> {
        let ty = self.parse_ty(inner)?;
        self.optional_of(ty, inner.range())
    }

    fn optional_of(&self, ty: Ty, at: TextRange) -> CResult<Ty> {
        if ty.is_number() {
            return Ok(Ty::Opt(Box::new(ty)));
        }
        if let Ty::Opt(_) | Ty::Union(_) = ty {
            return Ok(ty);
        }
        if !ty.is_ref() {
            return err(
                at,
                format!(
                    "Optional[{}] is not supported: only numbers, str, lists and class instances can be None",
                    self.ty_name(&ty)
                ),
            );
        }
        Ok(ty)
    }
}

/// Whether type variable `var` occurs in `ty`.
fn mentions_var(ty: &Ty, var: u32) -> bool {
    let mut probe = std::collections::HashMap::new();
    probe.insert(var, Ty::None);
    ty.substitute(&probe) != *ty
}

/// `T = TypeVar("T")`: the name it declares.
pub(super) fn type_var_decl(assign: &ast::StmtAssign) -> Option<String> {
    let [Expr::Name(target)] = &assign.targets[..] else { return None };
    let Expr::Call(call) = &*assign.value else { return None };
    let Expr::Name(func) = &*call.func else { return None };
    (func.id.as_str() == "TypeVar").then(|| target.id.to_string())
}

/// `Name = list[...]` (or tuple, dict, set, Optional, Union) at module level: a type alias.
pub(super) fn type_alias(assign: &ast::StmtAssign) -> Option<(String, &Expr)> {
    let [Expr::Name(target)] = &assign.targets[..] else { return None };
    let Expr::Subscript(sub) = &*assign.value else { return None };
    let Expr::Name(base) = &*sub.value else { return None };
    let generic = matches!(
        base.id.as_str(),
        "list" | "List" | "tuple" | "Tuple" | "dict" | "Dict" | "set" | "Set" | "Optional" | "Union"
    );
    generic.then(|| (target.id.to_string(), &*assign.value))
}
