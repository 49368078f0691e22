//! Outlines of the class and function definitions of a source file, read with
//! jcvm's own parser: the text the engine compiles for one decorated definition,
//! and what the Python bridge needs to build its proxy (fields and whether they
//! take None, methods and their signatures, the names the definition uses). The
//! bridge asks for these instead of importing Python's `ast`, whose types alone
//! cost a third of the bridge's cold start.

use std::collections::BTreeSet;

use ruff_python_ast::statement_visitor::{self, StatementVisitor};
use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Decorator, Expr, ModModule, Parameters, Stmt};
use ruff_source_file::LineIndex;
use ruff_text_size::{Ranged, TextSize};

/// A parsed source file, kept by the bridge for all the definitions it holds.
pub struct SourceFile {
    text: String,
    module: ModModule,
    lines: LineIndex,
}

/// The definition an outline is asked for.
#[derive(Clone, Copy, Debug)]
pub enum Target<'a> {
    /// The class of this qualified name (`f.<locals>.C`, `Outer.C`) holding
    /// the line of one of its methods' code, else the first of the name: the
    /// class definition that ran, as far as the file can tell.
    Class { qualname: &'a str, code_line: Option<usize> },
    /// The function of this name whose definition starts at this line (its
    /// code's first line: the first decorator's, or the `def`'s).
    Function { name: &'a str, first_line: usize },
}

/// What a definition declares and uses.
#[derive(Debug, PartialEq)]
pub struct Outline {
    /// The statement from its `class`/`def` line (from `@dataclass` when it has
    /// one, with other decorators' lines blanked), dedented.
    pub text: String,
    /// The file line `text` starts at, and the indentation removed from it.
    pub first_line: usize,
    pub indent: usize,
    pub is_dataclass: bool,
    /// Every name the definition uses (annotations included), sorted.
    pub used: Vec<String>,
    /// The names used in annotations and base classes (string annotations
    /// parsed), sorted: a forward reference is one of these.
    pub annotated: Vec<String>,
    pub kind: OutlineKind,
}

#[derive(Debug, PartialEq)]
pub enum OutlineKind {
    Function(Signature),
    Class(ClassOutline),
}

#[derive(Debug, PartialEq)]
pub struct ClassOutline {
    /// Fields in declaration order, and whether each admits None: class-level
    /// annotations (not `ClassVar`), then `self.x[: T] = ...` in methods.
    pub fields: Vec<(String, bool)>,
    /// The `def`s of the class body, in order (`async def`s are not methods).
    pub methods: Vec<Method>,
    /// `alias = method` assignments of the class body.
    pub aliases: Vec<(String, String)>,
    /// Class-level `name: T` annotations as source text (a dataclass's fields).
    pub annotations: Vec<(String, String)>,
}

#[derive(Debug, PartialEq)]
pub struct Method {
    pub name: String,
    pub kind: MethodKind,
    pub signature: Signature,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    /// No decorator.
    Plain,
    Static,
    Class,
    Getter,
    Setter,
    /// Another decorator, or several.
    Other,
}

impl MethodKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MethodKind::Plain => "method",
            MethodKind::Static => "static",
            MethodKind::Class => "classmethod",
            MethodKind::Getter => "getter",
            MethodKind::Setter => "setter",
            MethodKind::Other => "other",
        }
    }
}

/// A parameter list; annotations as source text.
#[derive(Debug, PartialEq, Default)]
pub struct Signature {
    pub posonly: Vec<Param>,
    pub args: Vec<Param>,
    pub vararg: Option<Param>,
    pub kwonly: Vec<Param>,
    pub has_kwarg: bool,
}

#[derive(Debug, PartialEq)]
pub struct Param {
    pub name: String,
    pub annotation: Option<String>,
    pub has_default: bool,
}

impl SourceFile {
    /// Parses a file's text; the error is the parser's message with its line.
    /// (The parser recurses on nesting: run it on a large stack, as the
    /// engine's compiler is.)
    pub fn parse(text: String) -> Result<SourceFile, String> {
        let lines = LineIndex::from_source_text(&text);
        let module = ruff_python_parser::parse_module(&text)
            .map_err(|e| format!("invalid syntax: {} (line {})", e.error, lines.line_index(e.location.start())))?
            .into_syntax();
        Ok(SourceFile { text, module, lines })
    }

    /// The outline of `target`, or why it cannot be found.
    pub fn outline(&self, target: Target<'_>) -> Result<Outline, String> {
        let stmt = self.find(target).ok_or_else(|| {
            let (Target::Class { qualname: name, .. } | Target::Function { name, .. }) = target;
            format!("could not find the definition of {name}")
        })?;
        let (name_line, decorators) = match stmt {
            Stmt::ClassDef(class) => (self.line(class.name.start()), &class.decorator_list),
            Stmt::FunctionDef(function) => (self.line(function.name.start()), &function.decorator_list),
            _ => unreachable!("find returns definitions"),
        };
        let first = self.start_line(stmt);
        let kept: Vec<&Decorator> = decorators.iter().filter(|d| decorator_name(d) == "dataclass").collect();
        let skip = kept.first().map_or(name_line, |d| self.line(d.expression.start())) - first;
        let file_lines = self.file_lines(first, self.line(stmt.end()));
        let indent = file_lines[0].chars().count() - file_lines[0].trim_start().chars().count();
        let dropped: BTreeSet<usize> = decorators
            .iter()
            .filter(|d| !kept.is_empty() && decorator_name(d) != "dataclass")
            .flat_map(|d| self.line(d.expression.start()) - first..=self.line(d.end()) - first)
            .collect();
        let mut strings = StringRanges::default();
        strings.visit_stmt(stmt);
        let starts = self.lines.line_starts();
        let mut text = String::new();
        for (i, line) in file_lines.iter().enumerate().skip(skip) {
            let start = starts[first - 1 + i];
            if strings.ranges.iter().any(|r| r.start() < start && start < r.end()) {
                // A line inside a string literal is its text: kept as it is.
                text.push_str(line);
            } else if line.trim().is_empty() || dropped.contains(&i) {
                text.push('\n');
            } else {
                text.push_str(dedent(line, indent));
            }
        }

        let mut names = Names::default();
        let mut walker = NameWalker { names: &mut names, root_decorators: decorators, in_annotation: false };
        walker.visit_stmt(stmt);
        let Names { mut used, annotated } = names;
        used.extend(annotated.iter().cloned());
        let kind = match stmt {
            Stmt::ClassDef(class) => OutlineKind::Class(self.class_outline(class)),
            Stmt::FunctionDef(function) => OutlineKind::Function(self.signature(&function.parameters)),
            _ => unreachable!("find returns definitions"),
        };
        Ok(Outline {
            text,
            first_line: first + skip,
            indent,
            is_dataclass: !kept.is_empty(),
            used: used.into_iter().collect(),
            annotated: annotated.into_iter().collect(),
            kind,
        })
    }

    /// The definition `target` names: one at the module level first, else the
    /// first found breadth first.
    fn find(&self, target: Target<'_>) -> Option<&Stmt> {
        let mut all = Definitions::default();
        all.visit_body(&self.module.body);
        let mut definitions = all.found;
        definitions.sort_by_key(|found| found.depth);
        match target {
            Target::Class { qualname, code_line } => {
                let holds_code = |stmt: &Stmt| {
                    code_line.is_some_and(|line| self.start_line(stmt) <= line && line <= self.line(stmt.end()))
                };
                let name = qualname.rsplit('.').next().unwrap_or(qualname);
                let named: Vec<&Found> = definitions
                    .iter()
                    .filter(|found| matches!(found.stmt, Stmt::ClassDef(class) if class.name.as_str() == name))
                    .collect();
                let qualified: Vec<&Found> = named.iter().copied().filter(|found| found.qualname == qualname).collect();
                let candidates = if qualified.is_empty() { named } else { qualified };
                candidates
                    .iter()
                    .find(|found| holds_code(found.stmt))
                    .or_else(|| candidates.iter().min_by_key(|found| self.start_line(found.stmt)))
                    .map(|found| found.stmt)
            }
            Target::Function { name, first_line } => definitions.into_iter().map(|found| found.stmt).find(|stmt| {
                matches!(stmt, Stmt::FunctionDef(function) if function.name.as_str() == name)
                    && self.start_line(stmt) == first_line
            }),
        }
    }

    fn class_outline(&self, class: &ast::StmtClassDef) -> ClassOutline {
        let mut fields: Vec<(String, Option<&Expr>)> = Vec::new();
        let mut annotations = Vec::new();
        for stmt in &class.body {
            if let Stmt::AnnAssign(assign) = stmt {
                if let Expr::Name(target) = &*assign.target {
                    let annotation = self.source(&*assign.annotation);
                    if !annotation.contains("ClassVar") {
                        set_field(&mut fields, target.id.as_str(), Some(&assign.annotation));
                    }
                    annotations.push((target.id.to_string(), annotation.to_string()));
                }
            }
        }
        for stmt in &class.body {
            let Stmt::FunctionDef(function) = stmt else { continue };
            if method_kind(&function.decorator_list) == MethodKind::Static {
                continue;
            }
            let parameters = &function.parameters;
            let Some(receiver) = parameters.posonlyargs.iter().chain(&parameters.args).next() else { continue };
            let mut assignments = SelfAssignments { receiver: receiver.parameter.name.as_str(), fields: &mut fields };
            assignments.visit_stmt(stmt);
        }
        let methods: Vec<Method> = class
            .body
            .iter()
            .filter_map(|stmt| match stmt {
                Stmt::FunctionDef(function) if !function.is_async => Some(Method {
                    name: function.name.to_string(),
                    kind: method_kind(&function.decorator_list),
                    signature: self.signature(&function.parameters),
                }),
                _ => None,
            })
            .collect();
        let aliases = class
            .body
            .iter()
            .filter_map(|stmt| match stmt {
                Stmt::Assign(assign) => match (assign.targets.as_slice(), &*assign.value) {
                    ([Expr::Name(alias)], Expr::Name(target))
                        if methods.iter().any(|m| m.name == target.id.as_str()) =>
                    {
                        Some((alias.id.to_string(), target.id.to_string()))
                    }
                    _ => None,
                },
                _ => None,
            })
            .collect();
        ClassOutline {
            fields: fields.into_iter().map(|(name, annotation)| (name, annotation.is_none_or(admits_none))).collect(),
            methods,
            aliases,
            annotations,
        }
    }

    fn signature(&self, parameters: &Parameters) -> Signature {
        let param = |p: &ast::Parameter, has_default: bool| Param {
            name: p.name.to_string(),
            annotation: p.annotation.as_deref().map(|a| self.source(a).to_string()),
            has_default,
        };
        let with_default = |p: &ast::ParameterWithDefault| param(&p.parameter, p.default.is_some());
        Signature {
            posonly: parameters.posonlyargs.iter().map(with_default).collect(),
            args: parameters.args.iter().map(with_default).collect(),
            vararg: parameters.vararg.as_deref().map(|p| param(p, false)),
            kwonly: parameters.kwonlyargs.iter().map(with_default).collect(),
            has_kwarg: parameters.kwarg.is_some(),
        }
    }

    /// The 1-based line of an offset.
    fn line(&self, offset: TextSize) -> usize {
        self.lines.line_index(offset).get()
    }

    /// The first line of a definition: its first decorator's or its name's.
    fn start_line(&self, stmt: &Stmt) -> usize {
        let (name, decorators) = match stmt {
            Stmt::ClassDef(class) => (class.name.start(), &class.decorator_list),
            Stmt::FunctionDef(function) => (function.name.start(), &function.decorator_list),
            _ => return self.line(stmt.start()),
        };
        decorators.iter().map(|d| self.line(d.expression.start())).fold(self.line(name), usize::min)
    }

    /// Lines `first..=last` of the file, each with its line end.
    fn file_lines(&self, first: usize, last: usize) -> Vec<&str> {
        let starts = self.lines.line_starts();
        (first..=last)
            .map(|line| {
                let start = starts[line - 1].to_usize();
                let end = starts.get(line).map_or(self.text.len(), |s| s.to_usize());
                &self.text[start..end]
            })
            .collect()
    }

    fn source(&self, node: &impl Ranged) -> &str {
        &self.text[node.range()]
    }
}

/// `line` without up to `indent` characters of leading whitespace.
fn dedent(line: &str, indent: usize) -> &str {
    let cut = line
        .char_indices()
        .take(indent)
        .take_while(|(_, c)| c.is_whitespace() && *c != '\n' && *c != '\r')
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    &line[cut..]
}

fn set_field<'a>(fields: &mut Vec<(String, Option<&'a Expr>)>, name: &str, annotation: Option<&'a Expr>) {
    match fields.iter_mut().find(|(field, _)| field == name) {
        Some((_, seen)) => {
            if seen.is_none() {
                *seen = annotation;
            }
        }
        None => fields.push((name.to_string(), annotation)),
    }
}

/// The name a decorator goes by: `dataclass` for `@dataclass`,
/// `@dataclasses.dataclass` and `@dataclass(frozen=True)`. (Broader than the
/// compiler's `dataclass_options` on purpose: a decorator of that name is kept
/// in the text, and the compiler refuses the forms it does not take, instead
/// of the class compiling as a plain one.)
fn decorator_name(decorator: &Decorator) -> &str {
    let target = match &decorator.expression {
        Expr::Call(call) => &*call.func,
        other => other,
    };
    match target {
        Expr::Attribute(attribute) => attribute.attr.as_str(),
        Expr::Name(name) => name.id.as_str(),
        _ => "",
    }
}

fn method_kind(decorators: &[Decorator]) -> MethodKind {
    match decorators {
        [] => MethodKind::Plain,
        [only] => match &only.expression {
            Expr::Name(name) if name.id.as_str() == "staticmethod" => MethodKind::Static,
            Expr::Name(name) if name.id.as_str() == "classmethod" => MethodKind::Class,
            Expr::Name(name) if name.id.as_str() == "property" => MethodKind::Getter,
            Expr::Attribute(attribute) if attribute.attr.as_str() == "setter" => MethodKind::Setter,
            _ => MethodKind::Other,
        },
        _ => MethodKind::Other,
    }
}

/// Whether a field annotation admits None: `Optional[T]`, `T | None`,
/// `Union[..., None]`, `None`, the same in a string; an unannotated field too.
fn admits_none(annotation: &Expr) -> bool {
    match annotation {
        Expr::StringLiteral(text) => {
            ruff_python_parser::parse_expression(text.value.to_str()).is_ok_and(|parsed| admits_none(parsed.expr()))
        }
        Expr::NoneLiteral(_) => true,
        Expr::BinOp(op) if op.op == ast::Operator::BitOr => admits_none(&op.left) || admits_none(&op.right),
        Expr::Subscript(subscript) => {
            let head = match &*subscript.value {
                Expr::Attribute(attribute) => attribute.attr.as_str(),
                Expr::Name(name) => name.id.as_str(),
                _ => "",
            };
            match (head, &*subscript.slice) {
                ("Optional", _) => true,
                ("Union", Expr::Tuple(items)) => items.elts.iter().any(admits_none),
                ("Union", item) => admits_none(item),
                _ => false,
            }
        }
        _ => false,
    }
}

/// A class or function definition, its nesting depth (a stable sort by depth
/// gives the breadth-first order) and its qualified name as Python makes it.
struct Found<'a> {
    depth: usize,
    qualname: String,
    stmt: &'a Stmt,
}

/// Class and function definitions at any depth.
#[derive(Default)]
struct Definitions<'a> {
    depth: usize,
    /// The qualified name prefix of the current scope (`f.<locals>.`, `C.`).
    prefix: String,
    found: Vec<Found<'a>>,
}

impl<'a> StatementVisitor<'a> for Definitions<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        let scope = match stmt {
            Stmt::ClassDef(class) => Some((class.name.as_str(), ".")),
            Stmt::FunctionDef(function) => Some((function.name.as_str(), ".<locals>.")),
            _ => None,
        };
        let outer = self.prefix.len();
        if let Some((name, inside)) = scope {
            let qualname = format!("{}{name}", self.prefix);
            self.found.push(Found { depth: self.depth, qualname: qualname.clone(), stmt });
            self.prefix = qualname + inside;
        }
        self.depth += 1;
        statement_visitor::walk_stmt(self, stmt);
        self.depth -= 1;
        self.prefix.truncate(outer);
    }
}

/// `recv.x = ...`, `recv.x: T = ...` and `recv.x = recv.y = ...` anywhere in
/// a method whose receiver is `recv` (as the compiler finds fields: an
/// unpacking does not make one).
struct SelfAssignments<'f, 'a> {
    receiver: &'f str,
    fields: &'f mut Vec<(String, Option<&'a Expr>)>,
}

impl<'a> SelfAssignments<'_, 'a> {
    fn target(&mut self, target: &'a Expr, annotation: Option<&'a Expr>) {
        if let Expr::Attribute(attribute) = target {
            if matches!(&*attribute.value, Expr::Name(object) if object.id.as_str() == self.receiver) {
                set_field(self.fields, attribute.attr.as_str(), annotation);
            }
        }
    }
}

impl<'a> StatementVisitor<'a> for SelfAssignments<'_, 'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::AnnAssign(assign) => self.target(&assign.target, Some(&assign.annotation)),
            Stmt::Assign(assign) => assign.targets.iter().for_each(|target| self.target(target, None)),
            _ => {}
        }
        statement_visitor::walk_stmt(self, stmt);
    }
}

/// The ranges of the string literals in a statement that span lines.
#[derive(Default)]
struct StringRanges {
    ranges: Vec<ruff_text_size::TextRange>,
}

impl<'a> Visitor<'a> for StringRanges {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if matches!(expr, Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::FString(_) | Expr::TString(_)) {
            self.ranges.push(expr.range());
        }
        visitor::walk_expr(self, expr);
    }
}

#[derive(Default)]
struct Names {
    used: BTreeSet<String>,
    annotated: BTreeSet<String>,
}

/// Collects names, skipping the root definition's decorators other than
/// `@dataclass` (the bridge's business, like `@jitclass`).
struct NameWalker<'n, 'r> {
    names: &'n mut Names,
    root_decorators: &'r [Decorator],
    in_annotation: bool,
}

impl NameWalker<'_, '_> {
    fn annotation<'p>(&mut self, expr: &'p Expr) {
        let was = std::mem::replace(&mut self.in_annotation, true);
        Visitor::<'p>::visit_expr(self, expr);
        self.in_annotation = was;
    }
}

impl<'a> Visitor<'a> for NameWalker<'_, '_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        visitor::walk_stmt(self, stmt);
        if let Stmt::ClassDef(class) = stmt {
            for base in class.bases() {
                self.annotation(base);
            }
        }
    }

    fn visit_decorator(&mut self, decorator: &'a Decorator) {
        let is_root = self.root_decorators.iter().any(|d| std::ptr::eq(d, decorator));
        if !is_root || decorator_name(decorator) == "dataclass" {
            visitor::walk_decorator(self, decorator);
        }
    }

    fn visit_annotation(&mut self, expr: &'a Expr) {
        self.annotation(expr);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(name) => {
                self.names.used.insert(name.id.to_string());
                if self.in_annotation {
                    self.names.annotated.insert(name.id.to_string());
                }
            }
            Expr::StringLiteral(text) if self.in_annotation => {
                if let Ok(parsed) = ruff_python_parser::parse_expression(text.value.to_str()) {
                    self.annotation(parsed.expr());
                }
            }
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline(source: &str, target: Target<'_>) -> Outline {
        SourceFile::parse(source.to_string()).unwrap().outline(target).unwrap()
    }

    fn class(outline: &Outline) -> &ClassOutline {
        match &outline.kind {
            OutlineKind::Class(class) => class,
            OutlineKind::Function(_) => panic!("a function"),
        }
    }

    const NODES: &str = "\
import typing
from typing import Optional

if True:
    @jitclass(jit='eager')
    class Node:
        \"\"\"A node.\"\"\"
        value: int
        limit: typing.ClassVar[int] = 3
        def __init__(self, value: int, next: Optional[\"Node\"] = None) -> None:
            self.value = value
            self.next: Optional[\"Node\"] = next
            self.tag = 'x'
            self.tag: str = 'y'

        @staticmethod
        def make(*values: int, scale: float = 1.0, **rest) -> 'Node':
            return Node(values[0])

        @property
        def double(self) -> int:
            return self.value * 2

        @double.setter
        def double(self, v: int, /) -> None:
            self.value = v // 2

        twice = make
";

    #[test]
    fn a_class_outline_has_its_text_fields_methods_and_names() {
        let got = outline(NODES, Target::Class { qualname: "Node", code_line: Some(11) });
        assert_eq!(got.first_line, 6);
        assert_eq!(got.indent, 4);
        assert!(got.text.starts_with("class Node:\n    \"\"\"A node.\"\"\"\n"), "{}", got.text);
        assert!(got.text.ends_with("    twice = make\n"), "{}", got.text);
        assert!(!got.is_dataclass);
        assert!(!got.used.contains(&"jitclass".to_string()), "the bridge's own decorator is not a name it uses");
        for name in ["Node", "Optional", "int", "float", "str", "typing", "staticmethod", "property", "values"] {
            assert!(got.used.contains(&name.to_string()), "{name} in {:?}", got.used);
        }
        assert_eq!(got.annotated, ["Node", "Optional", "float", "int", "str", "typing"]);
        let class = class(&got);
        let fields: Vec<(&str, bool)> = class.fields.iter().map(|(n, none)| (n.as_str(), *none)).collect();
        assert_eq!(fields, [("value", false), ("next", true), ("tag", false)]);
        let kinds: Vec<(&str, &str)> = class.methods.iter().map(|m| (m.name.as_str(), m.kind.as_str())).collect();
        assert_eq!(kinds, [("__init__", "method"), ("make", "static"), ("double", "getter"), ("double", "setter")]);
        let init = &class.methods[0].signature;
        assert_eq!(init.args.len(), 3);
        assert_eq!(init.args[2].annotation.as_deref(), Some("Optional[\"Node\"]"));
        assert!(init.args[2].has_default && !init.args[1].has_default);
        let make = &class.methods[1].signature;
        assert_eq!(make.vararg.as_ref().map(|p| p.name.as_str()), Some("values"));
        assert_eq!(make.kwonly[0].name, "scale");
        assert!(make.kwonly[0].has_default && make.has_kwarg);
        assert_eq!(class.methods[3].signature.posonly.len(), 2);
        assert_eq!(class.aliases, [("twice".to_string(), "make".to_string())]);
        assert_eq!(class.annotations[0], ("value".to_string(), "int".to_string()));
    }

    #[test]
    fn a_dataclass_keeps_its_decorator_and_blanks_the_others() {
        let source = "@jitclass\n@dataclass(frozen=True)\n@other\nclass P:\n    x: float = 0.0\n";
        let got = outline(source, Target::Class { qualname: "P", code_line: None });
        assert!(got.is_dataclass);
        assert_eq!(got.first_line, 2);
        assert_eq!(got.text, "@dataclass(frozen=True)\n\nclass P:\n    x: float = 0.0\n");
        assert!(got.used.contains(&"dataclass".to_string()) && !got.used.contains(&"other".to_string()));
    }

    #[test]
    fn a_class_is_the_one_holding_its_code_else_the_first() {
        let source = "class A:\n    x = 1\n\ndef f():\n    class A:\n        def m(self): pass\n";
        let got = outline(source, Target::Class { qualname: "f.<locals>.A", code_line: Some(6) });
        assert_eq!(got.first_line, 5);
        assert_eq!(got.text, "class A:\n    def m(self): pass\n");
        let got = outline(source, Target::Class { qualname: "A", code_line: None });
        assert_eq!(got.first_line, 1);
    }

    #[test]
    fn a_function_is_found_by_its_first_line_at_any_depth() {
        let source = "def f(a, b=2):\n    return a\n\nif x:\n    @jit\n    def f(a: int, *, c: int) -> int:\n        return g(a)\n";
        let got = outline(source, Target::Function { name: "f", first_line: 5 });
        assert_eq!((got.first_line, got.indent), (6, 4));
        assert_eq!(got.text, "def f(a: int, *, c: int) -> int:\n    return g(a)\n");
        assert_eq!(got.used, ["a", "g", "int"]);
        let OutlineKind::Function(signature) = &got.kind else { panic!("a class") };
        assert_eq!(signature.kwonly[0].name, "c");
        let first = outline(source, Target::Function { name: "f", first_line: 1 });
        let OutlineKind::Function(signature) = &first.kind else { panic!("a class") };
        assert!(signature.args[1].has_default);
    }

    #[test]
    fn none_is_admitted_by_optional_union_and_or_none_in_any_spelling() {
        let source = "class C:\n    a: Optional[int]\n    b: 'int | None'\n    c: typing.Union[int, None]\n    d: Union[int, str]\n    e: 'not valid ('\n    f: None\n";
        let got = outline(source, Target::Class { qualname: "C", code_line: None });
        let admits: Vec<bool> = class(&got).fields.iter().map(|(_, none)| *none).collect();
        assert_eq!(admits, [true, true, true, false, false, true]);
    }

    #[test]
    fn missing_definitions_and_bad_syntax_are_errors() {
        let file = SourceFile::parse("def f(): pass\n".to_string()).unwrap();
        let error = file.outline(Target::Function { name: "f", first_line: 2 }).unwrap_err();
        assert_eq!(error, "could not find the definition of f");
        let error = SourceFile::parse("def f(:\n".to_string()).err().unwrap();
        assert!(error.starts_with("invalid syntax") && error.ends_with("(line 1)"), "{error}");
    }

    #[test]
    fn a_class_without_code_is_found_by_its_qualified_name() {
        let source = "def helper():\n    class P:\n        y: str\n    return P\n\n@dataclass\nclass P:\n    x: int\n";
        let got = outline(source, Target::Class { qualname: "P", code_line: None });
        assert_eq!(got.first_line, 6);
        let got = outline(source, Target::Class { qualname: "helper.<locals>.P", code_line: None });
        assert_eq!(got.first_line, 2);
        let nested = "class Outer:\n    class P:\n        z: int\nclass P:\n    x: int\n";
        assert_eq!(outline(nested, Target::Class { qualname: "Outer.P", code_line: None }).first_line, 2);
    }

    #[test]
    fn lines_inside_a_string_keep_their_text_and_dropped_decorators_all_their_lines() {
        let source = "if True:\n    @dataclass\n    @register(\n        'p',\n    )\n    class S:\n        x: int = 1\n        def text(self) -> str:\n            return \"\"\"a\n  two\n\n        eight\"\"\"\n";
        let got = outline(source, Target::Class { qualname: "S", code_line: Some(8) });
        assert_eq!(
            got.text,
            "@dataclass\n\n\n\nclass S:\n    x: int = 1\n    def text(self) -> str:\n        return \"\"\"a\n  two\n\n        eight\"\"\"\n"
        );
    }

    #[test]
    fn fields_are_assigned_through_the_receiver_whatever_its_name() {
        let source = "class T:\n    def __init__(this, x: int) -> None:\n        this.a = this.b = x\n        this.c = self.e = 1\n        this.d, this.g = 1, 2\n    @staticmethod\n    def make(self) -> None:\n        self.f = 1\n";
        let got = outline(source, Target::Class { qualname: "T", code_line: None });
        let names: Vec<&str> = class(&got).fields.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["a", "b", "c"]);
    }

    #[test]
    fn dedent_removes_only_leading_whitespace() {
        assert_eq!(dedent("    x = 1\n", 4), "x = 1\n");
        assert_eq!(dedent("  x\n", 4), "x\n");
        assert_eq!(dedent("\tx\n", 4), "x\n");
        assert_eq!(dedent("\n", 4), "\n");
    }
}
