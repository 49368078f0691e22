//! `@dataclass`: the methods the decorator writes.
//!
//! Before compiling, [`generated_source`] writes what `dataclasses` would
//! generate for each decorated class (`__init__` with the fields as
//! parameters, `__repr__`, `__eq__`; a method the class defines itself is
//! kept) as Python source, in a marker class per dataclass. That text is
//! appended to the script, which is parsed again, and [`attach`] moves the
//! generated methods into their classes, drops the decorator and leaves the
//! class-level field annotations without their defaults (the defaults are
//! the generated `__init__`'s). A traceback through a generated method shows
//! its line in the appended text, as CPython shows `<string>` lines.
//!
//! Supported: `@dataclass` and `@dataclass(init=..., repr=..., eq=...)`,
//! defaults, `field(default=..., default_factory=..., repr=...)`, fields
//! inherited from a dataclass base. `order=True`, `frozen=True` and the other
//! options are refused, as are mutable defaults (CPython refuses those too).

use std::collections::HashMap;

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::decls::err;
use crate::error::CResult;

/// The prefix of the marker classes holding generated methods.
const MARKER: &str = "__jcvm_dataclass__";

/// One field of a dataclass.
#[derive(Clone, Debug)]
struct Field {
    name: String,
    /// The annotation's source text.
    annotation: String,
    default: Default,
    repr: bool,
}

#[derive(Clone, Debug)]
enum Default {
    None,
    /// A default value's source text.
    Value(String),
    /// `field(default_factory=F)`: the text making a new value.
    Factory(String),
}

/// Whether a decorator is `dataclass` (imported from `dataclasses`), and its options.
fn dataclass_options(decorator: &ast::Decorator) -> Option<&[ast::Keyword]> {
    let is_name = |e: &Expr| match e {
        Expr::Name(n) => n.id.as_str() == "dataclass",
        Expr::Attribute(a) => {
            a.attr.id.as_str() == "dataclass" && matches!(&*a.value, Expr::Name(m) if m.id.as_str() == "dataclasses")
        }
        _ => false,
    };
    match &decorator.expression {
        e if is_name(e) => Some(&[]),
        Expr::Call(call) if is_name(&call.func) && call.arguments.args.is_empty() => Some(&call.arguments.keywords),
        _ => None,
    }
}

/// What [`generated_source`] found: the source to append, and for each dataclass
/// the fields it declares again with another default (the base's field stays the
/// one field; [`attach`] drops the class-level redeclaration).
pub(crate) struct Generated {
    pub source: String,
    redeclared: HashMap<String, Vec<String>>,
}

/// The methods the dataclasses of `module` need, as Python source to append to
/// it (None when there is no dataclass).
pub(crate) fn generated_source(module: &ast::ModModule, source: &str) -> CResult<Option<Generated>> {
    let text = |r: TextRange| source[r.start().to_usize()..r.end().to_usize()].to_string();
    let mut out = String::new();
    let mut known: HashMap<String, Vec<Field>> = HashMap::new();
    let mut redeclared: HashMap<String, Vec<String>> = HashMap::new();
    for stmt in &module.body {
        let Stmt::ClassDef(class) = stmt else { continue };
        let Some(options) = class.decorator_list.iter().find_map(dataclass_options) else { continue };
        let (mut init, mut repr, mut eq) = (true, true, true);
        for keyword in options {
            let value = match &keyword.value {
                Expr::BooleanLiteral(b) => b.value,
                other => return err(other.range(), "dataclass options must be True or False"),
            };
            match keyword.arg.as_ref().map(|a| a.as_str()) {
                Some("init") => init = value,
                Some("repr") => repr = value,
                Some("eq") => eq = value,
                Some(option @ ("order" | "frozen" | "unsafe_hash" | "slots" | "kw_only" | "match_args")) if value => {
                    return err(keyword.range, format!("@dataclass({option}=True) is not supported yet"));
                }
                Some("order" | "frozen" | "unsafe_hash" | "slots" | "kw_only" | "match_args") => {}
                _ => return err(keyword.range, "unknown dataclass option"),
            }
        }
        let mut fields: Vec<Field> = match class.arguments.as_deref().map(|a| &a.args[..]) {
            Some([Expr::Name(base)]) => known.get(base.id.as_str()).cloned().unwrap_or_default(),
            _ => Vec::new(),
        };
        for item in &class.body {
            let Stmt::AnnAssign(a) = item else { continue };
            let Expr::Name(name) = &*a.target else { continue };
            if is_class_var(&a.annotation) {
                continue;
            }
            let mut field = Field {
                name: name.id.to_string(),
                annotation: text(a.annotation.range()),
                default: Default::None,
                repr: true,
            };
            if let Some(value) = &a.value {
                field_default(value, &mut field, &text, name.id.as_str())?;
            }
            match fields.iter_mut().find(|f| f.name == field.name) {
                Some(inherited) => {
                    redeclared.entry(class.name.id.to_string()).or_default().push(field.name.clone());
                    *inherited = field;
                }
                None => fields.push(field),
            }
        }
        let mut seen_default = false;
        for f in &fields {
            match f.default {
                Default::None if seen_default => {
                    return err(
                        class.name.range,
                        format!("non-default argument '{}' follows default argument", f.name),
                    );
                }
                Default::None => {}
                _ => seen_default = true,
            }
        }
        known.insert(class.name.id.to_string(), fields.clone());
        let defines =
            |method: &str| class.body.iter().any(|s| matches!(s, Stmt::FunctionDef(d) if d.name.id.as_str() == method));
        out.push_str(&format!("\n\nclass {MARKER}{}:\n    pass\n", class.name.id));
        if init && !defines("__init__") {
            out.push_str(&init_source(&fields));
        }
        if repr && !defines("__repr__") {
            out.push_str(&repr_source(&fields));
        }
        if eq && !defines("__eq__") {
            out.push_str(&eq_source(class.name.id.as_str(), &fields));
        }
    }
    Ok((!out.is_empty()).then_some(Generated { source: out, redeclared }))
}

fn is_class_var(annotation: &Expr) -> bool {
    let head = match annotation {
        Expr::Subscript(s) => &*s.value,
        other => other,
    };
    matches!(head, Expr::Name(n) if n.id.as_str() == "ClassVar")
}

/// A field's default: a value, or what `field(...)` says.
fn field_default(value: &Expr, field: &mut Field, text: &dyn Fn(TextRange) -> String, name: &str) -> CResult<()> {
    let mutable = |e: &Expr| matches!(e, Expr::List(_) | Expr::Dict(_) | Expr::Set(_));
    let Expr::Call(call) = value else {
        if mutable(value) {
            return err(value.range(), format!("mutable default for field {name} is not allowed: use default_factory"));
        }
        field.default = Default::Value(text(value.range()));
        return Ok(());
    };
    if !matches!(&*call.func, Expr::Name(n) if n.id.as_str() == "field") {
        field.default = Default::Value(text(value.range()));
        return Ok(());
    }
    if let Some(arg) = call.arguments.args.first() {
        return err(arg.range(), "field() takes keyword arguments only");
    }
    for keyword in &call.arguments.keywords {
        match (keyword.arg.as_ref().map(|a| a.as_str()), &keyword.value) {
            (Some("default"), v) if mutable(v) => {
                return err(v.range(), format!("mutable default for field {name} is not allowed: use default_factory"));
            }
            (Some("default"), v) => field.default = Default::Value(text(v.range())),
            (Some("default_factory"), Expr::Name(f)) => {
                field.default = Default::Factory(match f.id.as_str() {
                    "list" => "[]".to_string(),
                    "dict" => "{}".to_string(),
                    other => format!("{other}()"),
                });
            }
            (Some("default_factory"), v) => {
                return err(v.range(), "default_factory must name a class or function (list, dict, set, ...)");
            }
            (Some("repr"), Expr::BooleanLiteral(b)) => field.repr = b.value,
            _ => {
                return err(
                    keyword.range,
                    "field() options other than default, default_factory and repr are not supported",
                )
            }
        }
    }
    Ok(())
}

fn init_source(fields: &[Field]) -> String {
    let mut params = vec!["self".to_string()];
    let mut body = Vec::new();
    for f in fields {
        let (name, ann) = (&f.name, &f.annotation);
        match &f.default {
            Default::None => {
                params.push(format!("{name}: {ann}"));
                body.push(format!("        self.{name} = {name}"));
            }
            Default::Value(v) => {
                params.push(format!("{name}: {ann} = {v}"));
                body.push(format!("        self.{name} = {name}"));
            }
            Default::Factory(make) => {
                params.push(format!("{name}: {ann} | None = None"));
                // The factory runs only when the argument is missing, as in CPython; the
                // field's type is the new value's hint (`set()` needs one).
                body.push(format!(
                    "        if {name} is None:\n            self.{name} = {make}\n        else:\n            self.{name} = {name}"
                ));
            }
        }
    }
    if body.is_empty() {
        body.push("        pass".to_string());
    }
    format!("    def __init__({}) -> None:\n{}\n", params.join(", "), body.join("\n"))
}

fn repr_source(fields: &[Field]) -> String {
    let parts: Vec<String> =
        fields.iter().filter(|f| f.repr).map(|f| format!("\"{}=\" + repr(self.{})", f.name, f.name)).collect();
    let inner = if parts.is_empty() { "\"\"".to_string() } else { parts.join(" + \", \" + ") };
    format!("    def __repr__(self) -> str:\n        return type(self).__name__ + \"(\" + {inner} + \")\"\n")
}

fn eq_source(class: &str, fields: &[Field]) -> String {
    let tuple = |side: &str| {
        let items: Vec<String> = fields.iter().map(|f| format!("{side}.{}", f.name)).collect();
        match items.len() {
            1 => format!("({},)", items[0]),
            _ => format!("({})", items.join(", ")),
        }
    };
    let result =
        if fields.is_empty() { "True".to_string() } else { format!("{} == {}", tuple("self"), tuple("other")) };
    // CPython compares only instances of exactly one class, as tuples of their fields
    // (an object is equal to itself whatever its fields' `__eq__` say).
    format!(
        "    def __eq__(self, other: object) -> bool:\n        if other is self:\n            return True\n        if isinstance(other, {class}):\n            if type(other).__name__ == type(self).__name__:\n                return {result}\n        return NotImplemented\n"
    )
}

/// Moves the generated methods (parsed from the appended source) into their
/// dataclasses, drops the decorators and the class-level field defaults.
pub(crate) fn attach(body: &mut Vec<Stmt>, generated_by: &Generated) {
    let mut generated: HashMap<String, Vec<Stmt>> = HashMap::new();
    body.retain_mut(|stmt| match stmt {
        Stmt::ClassDef(class) if class.name.id.as_str().starts_with(MARKER) => {
            let target = class.name.id.as_str()[MARKER.len()..].to_string();
            let methods = std::mem::take(&mut class.body).into_iter().filter(|s| matches!(s, Stmt::FunctionDef(_)));
            generated.entry(target).or_default().extend(methods);
            false
        }
        _ => true,
    });
    for stmt in body.iter_mut() {
        let Stmt::ClassDef(class) = stmt else { continue };
        let Some(methods) = generated.remove(class.name.id.as_str()) else { continue };
        class.decorator_list.retain(|d| dataclass_options(d).is_none());
        if let Some(names) = generated_by.redeclared.get(class.name.id.as_str()) {
            class.body.retain(
                |s| !matches!(s, Stmt::AnnAssign(a) if matches!(&*a.target, Expr::Name(n) if names.contains(&n.id.to_string()))),
            );
        }
        for item in class.body.iter_mut() {
            if let Stmt::AnnAssign(a) = item {
                if !is_class_var(&a.annotation) {
                    a.value = None;
                }
            }
        }
        class.body.extend(methods);
    }
}
