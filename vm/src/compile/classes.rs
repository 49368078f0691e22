//! Class layouts: fields (parent's first), defaults, methods and vtables, and
//! the check that `__init__` gives every field a value.

use std::collections::HashSet;

use ruff_python_ast::{self as ast, Expr, Number, Stmt, StmtFunctionDef, UnaryOp};
use ruff_text_size::{Ranged, TextRange};

use super::decls::err;
use super::{param_defaults, Compiler, FuncDecl, RetTy};
use crate::error::CResult;
use crate::opcode::{ClassId, FuncId};
use crate::program::Field;
use crate::ty::Ty;
use ruff_python_ast::comparable::ComparableExpr;

impl<'a> Compiler<'a> {
    /// Lays out every class, in source order (a base must come before its subclasses).
    pub(super) fn build_classes(&mut self) -> CResult<()> {
        for index in 0..self.classes.len() {
            self.build_class(ClassId(index as u32))?;
        }
        Ok(())
    }

    fn build_class(&mut self, id: ClassId) -> CResult<()> {
        let Some(def) = self.classes[id.0 as usize].def else {
            return Ok(());
        };
        if let Some(args) = &def.arguments {
            if let Some(keyword) = args.keywords.first() {
                return err(keyword.range, "class keywords (metaclass=...) are not supported");
            }
            match &args.args[..] {
                [] => {}
                [Expr::Name(base)] if base.id.as_str() == "object" => {}
                [Expr::Name(base)] => {
                    let Some(&parent) = self.class_names.get(base.id.as_str()).filter(|p| p.0 < id.0) else {
                        return err(
                            base.range,
                            format!("base class '{}' must be a class defined before this one", base.id),
                        );
                    };
                    let p = &self.classes[parent.0 as usize];
                    let (fields, defaults, methods, vtable) =
                        (p.fields.clone(), p.defaults.clone(), p.methods.clone(), p.vtable.clone());
                    let (class_attrs, properties, statics, aliases) =
                        (p.class_attrs.clone(), p.properties.clone(), p.statics.clone(), p.aliases.clone());
                    let classmethods = p.classmethods.clone();
                    let c = &mut self.classes[id.0 as usize];
                    c.parent = Some(parent);
                    c.fields = fields;
                    c.defaults = defaults;
                    c.methods = methods;
                    c.vtable = vtable;
                    // Inherited class attributes are the parent's (reading them through the
                    // subclass reads the parent's global); the stored value is not repeated.
                    c.class_attrs = class_attrs.into_iter().map(|(k, (g, _))| (k, (g, None))).collect();
                    c.properties = properties;
                    c.statics = statics;
                    c.classmethods = classmethods;
                    c.aliases = aliases;
                }
                [_, second, ..] => return err(second.range(), "multiple inheritance is not supported"),
                [other] => return err(other.range(), "a base class must be a class name"),
            }
        }
        let mut methods: Vec<&'a StmtFunctionDef> = Vec::new();
        let mut aliases: Vec<(&'a ast::ExprName, &'a ast::ExprName)> = Vec::new();
        let inherited_fields = self.classes[id.0 as usize].fields.len();
        let mut slots: Option<(Vec<String>, TextRange)> = None;
        for stmt in &def.body {
            match stmt {
                Stmt::Assign(assign) if matches!(&assign.targets[..], [Expr::Name(_)]) => {
                    let [Expr::Name(name)] = &assign.targets[..] else { unreachable!("matched") };
                    if name.id.as_str() == "__slots__" {
                        // The layout comes from the fields; __slots__ must name exactly them
                        // (checked below), as CPython allows no other attribute.
                        slots = Some((slot_names(&assign.value)?, assign.value.range()));
                        continue;
                    }
                    if let Expr::Name(target) = &*assign.value {
                        if def.body.iter().any(|s| matches!(s, Stmt::FunctionDef(f) if f.name.id == target.id)) {
                            aliases.push((name, target));
                            continue;
                        }
                    }
                    let Some(ty) = self.simple_type(&assign.value, &[]) else {
                        return err(
                            assign.value.range(),
                            "the type of this class attribute is not known; annotate it (NAME: ClassVar[T] = ...)",
                        );
                    };
                    self.add_class_attr(id, name.id.as_str(), ty, &assign.value, name.range)?;
                }
                Stmt::AnnAssign(assign) if Self::is_class_var(&assign.annotation) => {
                    let (Expr::Name(name), Some(value)) = (&*assign.target, &assign.value) else {
                        return err(assign.range, "a ClassVar needs a name and a value");
                    };
                    let Expr::Subscript(sub) = &*assign.annotation else { unreachable!("a ClassVar annotation") };
                    let ty = self.parse_ty(&sub.slice)?;
                    self.add_class_attr(id, name.id.as_str(), ty, value, name.range)?;
                }
                Stmt::AnnAssign(assign) => {
                    let Expr::Name(name) = &*assign.target else {
                        return err(assign.target.range(), "class fields must be simple names");
                    };
                    let ty = self.parse_ty(&assign.annotation)?;
                    let slot = self.add_field(id, name.id.as_str(), ty.clone(), name.range)?;
                    if let Some(value) = &assign.value {
                        self.check_default(value, &ty)?;
                        self.classes[id.0 as usize].defaults.push((slot, value));
                    }
                }
                Stmt::FunctionDef(method) => {
                    if let [extra, _, ..] = &method.decorator_list[..] {
                        return err(extra.range, "more than one method decorator is not supported");
                    }
                    methods.push(method);
                }
                Stmt::Pass(_) => {}
                Stmt::Expr(e) if matches!(&*e.value, Expr::StringLiteral(_)) => {}
                other => {
                    return err(other.range(), "a class body may hold only field annotations, methods and a docstring")
                }
            }
        }
        let mut own = Vec::new();
        for method in &methods {
            own.push(self.declare_decorated(id, method)?);
        }
        for (alias, target) in aliases {
            let Some(&func) = self.classes[id.0 as usize].methods.get(target.id.as_str()) else {
                return err(target.range, "an alias must name a method of this class");
            };
            let c = &mut self.classes[id.0 as usize];
            c.methods.insert(alias.id.to_string(), func);
            c.aliases.insert(alias.id.to_string());
        }
        for (method, &fid) in methods.iter().zip(&own) {
            self.annotated_self_fields(id, &method.body, fid)?;
        }
        if let Some((init, &fid)) = methods.iter().zip(&own).find(|(m, _)| m.name.id.as_str() == "__init__") {
            self.inferred_self_fields(id, &init.body, fid)?;
        }
        for method in &methods {
            if let Some(field) = self.classes[id.0 as usize].fields.iter().find(|f| f.name == method.name.id.as_str()) {
                return err(method.name.range, format!("'{}' is both a field and a method", field.name));
            }
        }
        if let Some((names, at)) = slots {
            let c = &self.classes[id.0 as usize];
            for field in &c.fields[inherited_fields..] {
                if !names.contains(&field.name) {
                    return err(
                        at,
                        format!("field '{}' is not in __slots__ (an AttributeError in CPython)", field.name),
                    );
                }
                if c.defaults.iter().any(|(slot, _)| *slot == field.slot) {
                    return err(at, format!("'{}' in __slots__ conflicts with class variable", field.name));
                }
            }
            if let Some(name) = names.iter().find(|n| c.class_attrs.contains_key(*n)) {
                return err(at, format!("'{name}' in __slots__ conflicts with class variable"));
            }
        }
        self.check_init_assigns_fields(id)
    }

    /// Fields of `class` (its own, not inherited) that `__init__` may leave
    /// unassigned get a bit in a hidden int slot, set by every store; reads check it.
    fn make_late(&mut self, class: ClassId, late: &[u16], at: ruff_text_size::TextRange) -> CResult<()> {
        if late.is_empty() {
            return Ok(());
        }
        if late.len() > 64 {
            return err(at, "more than 64 fields that __init__ may leave unassigned");
        }
        let name = format!("<assigned {}>", self.classes[class.0 as usize].name);
        let mask = self.add_field(class, &name, Ty::Int, at)?;
        let c = &mut self.classes[class.0 as usize];
        for (bit, &slot) in late.iter().enumerate() {
            c.fields[slot as usize].late = Some((mask, bit as u8));
        }
        Ok(())
    }

    fn add_field(&mut self, class: ClassId, name: &str, ty: Ty, at: ruff_text_size::TextRange) -> CResult<u16> {
        let c = &mut self.classes[class.0 as usize];
        if c.fields.iter().any(|f| f.name == name) {
            return err(at, format!("field '{name}' is declared twice"));
        }
        if c.fields.len() >= u16::MAX as usize {
            return err(at, "too many fields");
        }
        let slot = c.fields.len() as u16;
        c.fields.push(Field { name: name.to_string(), ty, slot, late: None });
        Ok(slot)
    }

    /// Field defaults must be constants (they are evaluated once per construction).
    fn check_default(&self, value: &Expr, ty: &Ty) -> CResult<()> {
        let found = match value {
            Expr::NumberLiteral(n) => match n.value {
                Number::Int(_) => Ty::Int,
                Number::Float(_) => Ty::Float,
                Number::Complex { .. } => return err(value.range(), "complex numbers are not supported"),
            },
            Expr::UnaryOp(u) if u.op == UnaryOp::USub && matches!(&*u.operand, Expr::NumberLiteral(_)) => {
                return self.check_default(&u.operand, ty);
            }
            Expr::BooleanLiteral(_) => Ty::Bool,
            Expr::StringLiteral(_) => Ty::Str,
            Expr::NoneLiteral(_) => Ty::None,
            _ => return err(value.range(), "a field default must be a constant (number, string, bool or None)"),
        };
        if !self.assignable(&found, ty) {
            return err(
                value.range(),
                format!("default of type {} for a field of type {}", self.ty_name(&found), self.ty_name(ty)),
            );
        }
        Ok(())
    }

    /// A class attribute: a hidden global `Class.name`, stored when the class statement runs.
    fn add_class_attr(&mut self, class: ClassId, name: &str, ty: Ty, value: &'a Expr, at: TextRange) -> CResult<()> {
        let c = &self.classes[class.0 as usize];
        if c.class_attrs.contains_key(name) || c.fields.iter().any(|f| f.name == name) {
            // A subclass redefining it would need a lookup by the object's class.
            return err(
                at,
                format!("class attribute '{name}' is already defined (redefining it in a subclass is not supported)"),
            );
        }
        let global = self.global_id(&format!("{}.{name}", c.name), ty);
        self.classes[class.0 as usize].class_attrs.insert(name.to_string(), (global, Some(value)));
        Ok(())
    }

    /// A method with its decorator: `@staticmethod`, `@property`, `@name.setter`, or none.
    fn declare_decorated(&mut self, class: ClassId, def: &'a StmtFunctionDef) -> CResult<FuncId> {
        let name = def.name.id.to_string();
        {
            // Properties and static methods are called directly (not through the vtable),
            // so a subclass may not redefine one, nor turn an inherited method into one.
            let c = &self.classes[class.0 as usize];
            let parent = c.parent.map(|p| &self.classes[p.0 as usize]);
            let special_in_parent = parent.is_some_and(|p| {
                p.properties.contains_key(&name) || p.statics.contains(&name) || p.classmethods.contains(&name)
            });
            let is_setter = matches!(def.decorator_list.first().map(|d| &d.expression), Some(Expr::Attribute(_)));
            let method_in_parent = parent.is_some_and(|p| p.methods.contains_key(&name));
            if special_in_parent || (!def.decorator_list.is_empty() && !is_setter && method_in_parent) {
                return err(
                    def.name.range,
                    format!(
                        "redefining '{name}' of a base class as or over a property or static method is not supported"
                    ),
                );
            }
        }
        let Some(decorator) = def.decorator_list.first() else {
            return self.declare_method(class, def);
        };
        match &decorator.expression {
            Expr::Name(d) if d.id.as_str() == "staticmethod" => {
                let (params, ret, shape) = self.signature(def, None)?;
                let id = self.push_method(class, def, name.clone(), params, ret, shape);
                let c = &mut self.classes[class.0 as usize];
                c.methods.insert(name.clone(), id);
                c.statics.insert(name);
                Ok(id)
            }
            Expr::Name(d) if d.id.as_str() == "classmethod" => {
                let (mut params, ret, shape) = self.signature(def, Some(class))?;
                if params.is_empty() {
                    return err(def.name.range, "a class method needs a cls parameter");
                }
                // `cls` is a type variable: each call binds it to the class it names.
                params[0].1 = self.fresh_var();
                let id = self.push_method(class, def, name.clone(), params, ret, shape);
                let c = &mut self.classes[class.0 as usize];
                c.methods.insert(name.clone(), id);
                c.classmethods.insert(name);
                Ok(id)
            }
            Expr::Name(d) if d.id.as_str() == "property" => {
                let (params, ret, shape) = self.signature(def, Some(class))?;
                if params.len() != 1 {
                    return err(def.name.range, "a property getter takes only self");
                }
                let id = self.push_method(class, def, name.clone(), params, ret, shape);
                self.classes[class.0 as usize].properties.insert(name, (id, None));
                Ok(id)
            }
            Expr::Attribute(a)
                if a.attr.id.as_str() == "setter" && matches!(&*a.value, Expr::Name(p) if p.id == def.name.id) =>
            {
                let (params, ret, shape) = self.signature(def, Some(class))?;
                if params.len() != 2 {
                    return err(def.name.range, "a property setter takes self and the value");
                }
                let id = self.push_method(class, def, format!("{name}.setter"), params, ret, shape);
                let c = &mut self.classes[class.0 as usize];
                let Some(entry) = c.properties.get_mut(&name) else {
                    return err(decorator.range, format!("no property '{name}' defined before this setter"));
                };
                entry.1 = Some(id);
                Ok(id)
            }
            _ => err(
                decorator.range,
                "this method decorator is not supported (only @staticmethod, @classmethod, @property, @x.setter)",
            ),
        }
    }

    /// Records a non-virtual method (static method, property accessor).
    fn push_method(
        &mut self,
        class: ClassId,
        def: &'a StmtFunctionDef,
        name: String,
        params: Vec<(String, Ty)>,
        ret: RetTy,
        shape: super::ParamShape,
    ) -> FuncId {
        let id = FuncId(self.funcs.len() as u32);
        let class_name = self.classes[class.0 as usize].name.clone();
        self.funcs.push(FuncDecl {
            name: def.name.id.to_string(),
            qualname: format!("{class_name}.{name}"),
            def: Some(def),
            class: Some(class),
            params,
            ret,
            shape,
            vslot: None,
            subst: None,
        });
        self.compiled.push(None);
        id
    }

    fn declare_method(&mut self, class: ClassId, def: &'a StmtFunctionDef) -> CResult<FuncId> {
        let (params, mut ret, shape) = self.signature(def, Some(class))?;
        let name = def.name.id.to_string();
        let class_name = self.classes[class.0 as usize].name.clone();
        let dunder = name.len() > 4 && name.starts_with("__") && name.ends_with("__");
        if dunder && name != "__init__" && name != "__iter__" && !super::dunders::SUPPORTED.contains(&name.as_str()) {
            // Python calls these implicitly (`==`, `print`, `if obj:`, `len`): accepting one
            // that jcvm does not call would silently change what the program prints.
            return err(def.name.range, format!("special method '{name}' is not supported yet"));
        }
        if name == "__init__" {
            match &ret {
                RetTy::Known(Ty::None) => {}
                RetTy::Known(_) => return err(def.name.range, "__init__() should return None"),
                RetTy::Infer | RetTy::Inferring => ret = RetTy::Known(Ty::None),
            }
        }
        let id = FuncId(self.funcs.len() as u32);
        let c = &self.classes[class.0 as usize];
        if c.methods.get(&name).is_some_and(|m| self.funcs[m.0 as usize].class == Some(class)) {
            return err(def.name.range, format!("method '{name}' is defined twice"));
        }
        // Constructors are called directly, never through the vtable, so their signatures may differ.
        let vslot = match c.methods.get(&name) {
            _ if name == "__init__" => None,
            Some(&overridden) => {
                let base = &self.funcs[overridden.0 as usize];
                let same_params = base.params.len() == params.len()
                    && base.params.iter().zip(&params).skip(1).all(|((_, a), (_, b))| a == b);
                let same_ret = match (&base.ret, &ret) {
                    (RetTy::Known(a), RetTy::Known(b)) => a == b,
                    _ => true,
                };
                let base_def = base.def.expect("methods have a def");
                let same_defaults = param_defaults(base_def).zip(param_defaults(def)).all(|(a, b)| match (a, b) {
                    (None, None) => true,
                    (Some(a), Some(b)) => ComparableExpr::from(a) == ComparableExpr::from(b),
                    _ => false,
                });
                // A call through the base class uses the override's defaults and names.
                let same_shape = base.shape == shape && same_defaults;
                if !same_params || !same_ret || !same_shape {
                    return err(
                        def.name.range,
                        format!("'{class_name}.{name}' overrides a method with a different signature"),
                    );
                }
                base.vslot
            }
            None => Some(self.classes[class.0 as usize].vtable.len() as u16),
        };
        let c = &mut self.classes[class.0 as usize];
        match vslot {
            Some(slot) if slot as usize == c.vtable.len() => c.vtable.push(id),
            Some(slot) => c.vtable[slot as usize] = id,
            None => {}
        }
        c.methods.insert(name.clone(), id);
        self.funcs.push(FuncDecl {
            name: name.clone(),
            qualname: format!("{class_name}.{name}"),
            def: Some(def),
            class: Some(class),
            params,
            ret,
            shape,
            vslot,
            subst: None,
        });
        self.compiled.push(None);
        Ok(id)
    }

    /// Fields declared in method bodies as `self.name: T = ...`.
    fn annotated_self_fields(&mut self, class: ClassId, body: &'a [Stmt], method: FuncId) -> CResult<()> {
        for stmt in body {
            if let Stmt::AnnAssign(assign) = stmt {
                if let Some(name) = self_attr(&assign.target, &self.funcs[method.0 as usize]) {
                    let ty = self.parse_ty(&assign.annotation)?;
                    match self.classes[class.0 as usize].fields.iter().find(|f| f.name == name) {
                        Some(field) if field.ty == ty => {}
                        Some(_) => {
                            return err(assign.target.range(), format!("field '{name}' is declared with another type"))
                        }
                        None => {
                            self.add_field(class, name, ty, assign.target.range())?;
                        }
                    }
                }
            }
            for inner in nested_bodies(stmt) {
                self.annotated_self_fields(class, inner, method)?;
            }
        }
        Ok(())
    }

    /// Fields first assigned in `__init__` as `self.name = value`, typed from the value.
    fn inferred_self_fields(&mut self, class: ClassId, body: &'a [Stmt], init: FuncId) -> CResult<()> {
        for stmt in body {
            if let Stmt::Assign(assign) = stmt {
                for target in &assign.targets {
                    let Some(name) = self_attr(target, &self.funcs[init.0 as usize]) else {
                        continue;
                    };
                    if self.classes[class.0 as usize].fields.iter().any(|f| f.name == name) {
                        continue;
                    }
                    let Some(ty) = self.simple_type(&assign.value, &self.funcs[init.0 as usize].params) else {
                        return err(
                            target.range(),
                            format!("cannot infer the type of field '{name}'; annotate it (self.{name}: T = ...) or at class level"),
                        );
                    };
                    self.add_field(class, name, ty, target.range())?;
                }
            }
            for inner in nested_bodies(stmt) {
                self.inferred_self_fields(class, inner, init)?;
            }
        }
        Ok(())
    }

    /// The type of an expression that needs no compilation to know: literals,
    /// parameters, constructor calls, conversions and arithmetic on those.
    pub(super) fn simple_type(&self, e: &Expr, params: &[(String, Ty)]) -> Option<Ty> {
        match e {
            Expr::NumberLiteral(n) => match n.value {
                Number::Int(_) => Some(Ty::Int),
                Number::Float(_) => Some(Ty::Float),
                Number::Complex { .. } => None,
            },
            Expr::BooleanLiteral(_) => Some(Ty::Bool),
            Expr::StringLiteral(_) => Some(Ty::Str),
            Expr::Name(name) => params.iter().find(|(n, _)| n == name.id.as_str()).map(|(_, t)| t.clone()),
            Expr::UnaryOp(u) => match u.op {
                UnaryOp::Not => Some(Ty::Bool),
                _ => self.simple_type(&u.operand, params).filter(Ty::is_number).map(|t| {
                    if t == Ty::Bool {
                        Ty::Int
                    } else {
                        t
                    }
                }),
            },
            Expr::BinOp(bin) => {
                let (l, r) = (self.simple_type(&bin.left, params)?, self.simple_type(&bin.right, params)?);
                match (l, r) {
                    (Ty::Str, Ty::Str) => Some(Ty::Str),
                    (l, r) if l.is_number() && r.is_number() => {
                        if l == Ty::Float || r == Ty::Float || bin.op == ruff_python_ast::Operator::Div {
                            Some(Ty::Float)
                        } else {
                            Some(Ty::Int)
                        }
                    }
                    _ => None,
                }
            }
            Expr::List(list) => {
                let first = self.simple_type(list.elts.first()?, params)?;
                Some(Ty::List(Box::new(first)))
            }
            Expr::Call(call) => match &*call.func {
                Expr::Name(f) => match f.id.as_str() {
                    "int" | "len" | "round" if call.arguments.args.len() == 1 => Some(Ty::Int),
                    "float" => Some(Ty::Float),
                    "str" => Some(Ty::Str),
                    "bool" => Some(Ty::Bool),
                    name => self.class_names.get(name).map(|&c| Ty::Class(c)),
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether some subclass of `class` implements `method` other than by `func`
    /// (then calls on a `class`-typed value must dispatch through the vtable).
    pub(super) fn is_overridden_below(&self, class: ClassId, method: &str, func: FuncId) -> bool {
        (0..self.classes.len() as u32).map(ClassId).any(|other| {
            other != class
                && self.is_subclass(other, class)
                && self.classes[other.0 as usize].methods.get(method) != Some(&func)
        })
    }

    /// Whether an annotation is `ClassVar[T]`.
    fn is_class_var(annotation: &Expr) -> bool {
        matches!(annotation, Expr::Subscript(sub) if matches!(&*sub.value, Expr::Name(n) if n.id.as_str() == "ClassVar"))
    }

    /// Every field without a default must be assigned by `__init__` on every path.
    fn check_init_assigns_fields(&mut self, class: ClassId) -> CResult<()> {
        let c = &self.classes[class.0 as usize];
        let Some(def) = c.def else {
            return Ok(());
        };
        let init = c.methods.get("__init__").copied();
        let assigned = match init {
            Some(init) => self.fields_assigned_by(init),
            None => HashSet::new(),
        };
        // A field without a default read by `__init__` before the statement that first
        // assigns it would be an AttributeError in CPython (jcvm would read 0).
        if let Some(init_def) = init.and_then(|f| self.funcs[f.0 as usize].def).filter(|d| {
            init.is_some_and(|f| self.funcs[f.0 as usize].class == Some(class)) && !d.parameters.args.is_empty()
        }) {
            let self_name = init_def.parameters.args[0].parameter.name.id.as_str();
            let mut assigned_so_far: HashSet<&str> = HashSet::new();
            for stmt in &init_def.body {
                for field in &c.fields {
                    let name = field.name.as_str();
                    let has_default = c.defaults.iter().any(|(slot, _)| *slot == field.slot);
                    if has_default || name.starts_with('<') || assigned_so_far.contains(name) {
                        continue;
                    }
                    if reads_self_field(stmt, self_name, name) {
                        return err(
                            stmt.range(),
                            format!("field '{name}' is read before __init__ assigns it (AttributeError in CPython)"),
                        );
                    }
                }
                if let Stmt::Assign(assign) = stmt {
                    for target in &assign.targets {
                        if let Expr::Attribute(a) = target {
                            if matches!(&*a.value, Expr::Name(n) if n.id.as_str() == self_name) {
                                assigned_so_far.insert(a.attr.id.as_str());
                            }
                        }
                    }
                }
                if let Stmt::AnnAssign(assign) = stmt {
                    if let Expr::Attribute(a) = &*assign.target {
                        if matches!(&*a.value, Expr::Name(n) if n.id.as_str() == self_name) {
                            assigned_so_far.insert(a.attr.id.as_str());
                        }
                    }
                }
            }
        }
        // Fields a subclass inherits were placed by its parent.
        let inherited = c.parent.map_or(0, |p| self.classes[p.0 as usize].fields.len());
        let mut late = Vec::new();
        for field in &c.fields {
            // The exception slots start unset (`New` zeroes them) and are set by raising.
            let hidden = field.name.starts_with('<');
            if hidden
                || field.late.is_some()
                || c.defaults.iter().any(|(slot, _)| *slot == field.slot)
                || assigned.contains(field.name.as_str())
            {
                continue;
            }
            if (field.slot as usize) < inherited {
                // The parent's __init__ assigns it, but this class's does not call it.
                return err(
                    def.name.range,
                    format!(
                        "field '{}' of class '{}' is not assigned on every path through __init__ before `self` is \
                         handed to other code (call the base __init__ on every path, and before any call that takes `self`)",
                        field.name, c.name
                    ),
                );
            }
            late.push(field.slot);
        }
        let at = def.name.range;
        self.make_late(class, &late, at)?;
        Ok(())
    }

    /// Fields an `__init__` surely assigns, following `super().__init__` and `Base.__init__(self, ...)`.
    fn fields_assigned_by(&self, init: FuncId) -> HashSet<&str> {
        let decl = &self.funcs[init.0 as usize];
        let Some(def) = decl.def else {
            return HashSet::new();
        };
        let mut set = HashSet::new();
        self.assigned_in(&def.body, decl, &mut set);
        set
    }

    fn assigned_in<'s>(&'s self, body: &'s [Stmt], decl: &FuncDecl<'a>, set: &mut HashSet<&'s str>) {
        for stmt in body {
            // A statement that hands `self` to other code (a method call on it, a
            // property, or `self` itself as a value) may read any field: what is
            // assigned after it is not assigned yet then. (The parent's `__init__`
            // is followed.)
            let parent_init = match stmt {
                Stmt::Expr(e) => self.parent_init_call(&e.value, decl),
                _ => None,
            };
            if parent_init.is_none() && self.lets_self_escape(stmt, decl) {
                return;
            }
            match stmt {
                Stmt::Assign(assign) => {
                    set.extend(assign.targets.iter().filter_map(|t| self_attr(t, decl)));
                }
                Stmt::AnnAssign(assign) if assign.value.is_some() => set.extend(self_attr(&assign.target, decl)),
                Stmt::Expr(_) => {
                    if let Some(parent_init) = parent_init {
                        set.extend(self.fields_assigned_by(parent_init));
                        // The parent's `__init__` may hand `self` to code (an overriding
                        // method) that reads this class's fields before they are assigned.
                        if self.init_lets_self_escape(parent_init) {
                            return;
                        }
                    }
                }
                Stmt::If(if_) if if_.elif_else_clauses.last().is_some_and(|c| c.test.is_none()) => {
                    let mut common: Option<HashSet<&str>> = None;
                    for branch in std::iter::once(&if_.body).chain(if_.elif_else_clauses.iter().map(|c| &c.body)) {
                        let mut inner = set.clone();
                        self.assigned_in(branch, decl, &mut inner);
                        common = Some(match common {
                            None => inner,
                            Some(prev) => prev.intersection(&inner).copied().collect(),
                        });
                    }
                    *set = common.unwrap_or_default();
                }
                Stmt::Return(_) | Stmt::Raise(_) => return,
                _ => {}
            }
            // A `return` inside leaves `__init__` with only what was assigned before
            // (and in the branches that ran): nothing after counts.
            if contains_return(stmt) {
                return;
            }
        }
    }

    /// Whether `__init__` `init` (or a parent `__init__` it calls) hands `self` to other code.
    fn init_lets_self_escape(&self, init: FuncId) -> bool {
        let decl = &self.funcs[init.0 as usize];
        let Some(def) = decl.def else { return false };
        def.body.iter().any(|stmt| {
            let parent_init = match stmt {
                Stmt::Expr(e) => self.parent_init_call(&e.value, decl),
                _ => None,
            };
            match parent_init {
                Some(parent) => self.init_lets_self_escape(parent),
                None => self.lets_self_escape(stmt, decl),
            }
        })
    }

    /// Whether a statement of method `method` hands `self` to other code, which
    /// may then read any field: a method call on it, `self` as a value, or an
    /// attribute of it that is not a field (a property runs its getter or setter).
    fn lets_self_escape(&self, stmt: &Stmt, method: &FuncDecl<'_>) -> bool {
        let fields: Vec<&str> = method
            .class
            .map(|c| self.classes[c.0 as usize].fields.iter().map(|f| f.name.as_str()).collect())
            .unwrap_or_default();
        lets_self_escape(stmt, method, &fields)
    }

    /// The parent `__init__` a statement calls: `super().__init__(...)` or `Base.__init__(self, ...)`.
    fn parent_init_call(&self, e: &Expr, decl: &FuncDecl<'a>) -> Option<FuncId> {
        let Expr::Call(call) = e else { return None };
        let Expr::Attribute(attr) = &*call.func else {
            return None;
        };
        if attr.attr.id.as_str() != "__init__" {
            return None;
        }
        let parent = self.classes[decl.class?.0 as usize].parent?;
        let target = match &*attr.value {
            Expr::Call(sup) if matches!(&*sup.func, Expr::Name(n) if n.id.as_str() == "super") => {
                match &sup.arguments.args[..] {
                    // `super(C, self)` starts after C.
                    [Expr::Name(c), _] => self.classes[self.class_names.get(c.id.as_str())?.0 as usize].parent?,
                    _ => parent,
                }
            }
            Expr::Name(base) => *self.class_names.get(base.id.as_str())?,
            _ => return None,
        };
        self.classes[target.0 as usize].methods.get("__init__").copied()
    }
}

/// `name` when `target` is `self.name` in a method whose first parameter is `self`.
fn self_attr<'e>(target: &'e Expr, method: &FuncDecl<'_>) -> Option<&'e str> {
    let Expr::Attribute(attr) = target else {
        return None;
    };
    let Expr::Name(obj) = &*attr.value else {
        return None;
    };
    let self_name = &method.params.first()?.0;
    (obj.id.as_str() == self_name).then(|| attr.attr.id.as_str())
}

/// The statement lists nested in a compound statement.
fn nested_bodies(stmt: &Stmt) -> Vec<&[Stmt]> {
    match stmt {
        Stmt::If(s) => std::iter::once(&s.body[..]).chain(s.elif_else_clauses.iter().map(|c| &c.body[..])).collect(),
        Stmt::While(s) => vec![&s.body, &s.orelse],
        Stmt::For(s) => vec![&s.body, &s.orelse],
        _ => Vec::new(),
    }
}

/// Whether `stmt` lets `self` (the method's first parameter) reach other
/// code: it calls a method on `self` (`self.m(...)`), reads or assigns an
/// attribute of it that is not one of `fields` (a property), or uses `self`
/// other than through its attributes (passes it, stores it, returns it).
/// Nested functions and classes count too (they may capture it).
fn lets_self_escape(stmt: &Stmt, method: &FuncDecl<'_>, fields: &[&str]) -> bool {
    use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
    let Some(self_name) = method.params.first().map(|(name, _)| name.as_str()) else { return false };
    struct Finder<'n> {
        self_name: &'n str,
        fields: &'n [&'n str],
        found: bool,
    }
    impl<'x> Visitor<'x> for Finder<'_> {
        fn visit_expr(&mut self, expr: &'x Expr) {
            let is_self = |e: &Expr| matches!(e, Expr::Name(n) if n.id.as_str() == self.self_name);
            match expr {
                Expr::Call(call) if matches!(&*call.func, Expr::Attribute(a) if is_self(&a.value)) => self.found = true,
                // `self.field`: a field read or write, not `self` itself; any other
                // attribute (a property) runs code.
                Expr::Attribute(a) if is_self(&a.value) => {
                    if !self.fields.contains(&a.attr.id.as_str()) {
                        self.found = true;
                    }
                }
                e if is_self(e) => self.found = true,
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut finder = Finder { self_name, fields, found: false };
    walk_stmt(&mut finder, stmt);
    finder.found
}

/// Whether a compound statement has a `return` inside (not in a nested
/// function or class).
fn contains_return(stmt: &Stmt) -> bool {
    use ruff_python_ast::visitor::{walk_stmt, Visitor};
    struct Finder {
        found: bool,
    }
    impl<'x> Visitor<'x> for Finder {
        fn visit_stmt(&mut self, stmt: &'x Stmt) {
            match stmt {
                Stmt::Return(_) => self.found = true,
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, stmt),
            }
        }
    }
    let mut finder = Finder { found: false };
    walk_stmt(&mut finder, stmt);
    finder.found
}

/// Whether a statement reads `self_name.field` (loads only; the value of an
/// assignment to it counts, its target does not).
fn reads_self_field(stmt: &Stmt, self_name: &str, field: &str) -> bool {
    use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
    struct Finder<'n> {
        self_name: &'n str,
        field: &'n str,
        found: bool,
    }
    impl<'x> Visitor<'x> for Finder<'_> {
        fn visit_stmt(&mut self, stmt: &'x Stmt) {
            match stmt {
                // `self.f = value`: only the value is read.
                Stmt::Assign(assign) => {
                    self.visit_expr(&assign.value);
                    for target in &assign.targets {
                        if !matches!(target, Expr::Attribute(_)) {
                            self.visit_expr(target);
                        }
                    }
                }
                Stmt::AnnAssign(assign) => {
                    if let Some(value) = &assign.value {
                        self.visit_expr(value);
                    }
                }
                // Nested function bodies are not run here.
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                other => walk_stmt(self, other),
            }
        }
        fn visit_expr(&mut self, expr: &'x Expr) {
            if let Expr::Attribute(a) = expr {
                if a.attr.id.as_str() == self.field
                    && matches!(&*a.value, Expr::Name(n) if n.id.as_str() == self.self_name)
                {
                    self.found = true;
                    return;
                }
            }
            if !matches!(expr, Expr::Lambda(_)) {
                walk_expr(self, expr);
            }
        }
    }
    let mut finder = Finder { self_name, field, found: false };
    finder.visit_stmt(stmt);
    finder.found
}

/// The names a `__slots__` value lists: a str, or a tuple or list of strs.
fn slot_names(value: &Expr) -> CResult<Vec<String>> {
    let elems: &[Expr] = match value {
        Expr::Tuple(t) => &t.elts,
        Expr::List(l) => &l.elts,
        single @ Expr::StringLiteral(_) => std::slice::from_ref(single),
        other => return err(other.range(), "__slots__ must be a literal tuple or list of names"),
    };
    elems
        .iter()
        .map(|e| match e {
            Expr::StringLiteral(s) => Ok(s.value.to_str().to_string()),
            other => err(other.range(), "__slots__ must list names as string literals"),
        })
        .collect()
}
