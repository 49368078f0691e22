//! Imports: the modules a program may import, what `from X import` may take
//! from them, and how an imported name resolves where it is used (module-level
//! imports everywhere, a function's own imports inside it).

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::Ranged;

use super::decls::err;
use super::func::FnBuilder;
use super::Compiler;
use crate::error::CResult;

/// What an imported name stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Imported {
    /// `import math` (or `import math as m`).
    Module(&'static str),
    /// `from math import sqrt`: the module and the item.
    Item(&'static str, &'static str),
}

/// Modules a script may import, and the names `from X import` may take from them.
const MODULES: &[(&str, &[&str])] = &[
    ("math", super::modules::MATH_NAMES),
    ("sys", &["argv"]),
    ("time", &["perf_counter", "time", "monotonic"]),
    (
        "random",
        &[
            "seed",
            "random",
            "uniform",
            "gauss",
            "normalvariate",
            "expovariate",
            "triangular",
            "randint",
            "randrange",
            "getrandbits",
            "choice",
            "shuffle",
            "sample",
        ],
    ),
    (
        "typing",
        &[
            "Optional",
            "List",
            "Dict",
            "Tuple",
            "Set",
            "Union",
            "Callable",
            "Iterator",
            "Iterable",
            "Sequence",
            "Final",
            "ClassVar",
            "TypeVar",
            "Any",
            "Generator",
            "Type",
        ],
    ),
    ("types", &["TracebackType"]),
    ("dataclasses", &["dataclass", "field"]),
    ("jcvm", &["jitclass", "jit"]),
    ("__future__", &["annotations"]),
];

/// The interned name of a supported module.
fn module_name(name: &str) -> Option<(&'static str, &'static [&'static str])> {
    MODULES.iter().find(|(m, _)| *m == name).copied()
}

/// The names an import statement binds, or a diagnostic for an unsupported one.
pub(crate) fn bindings(stmt: &Stmt) -> CResult<Vec<(String, Imported)>> {
    let mut out = Vec::new();
    match stmt {
        Stmt::Import(import) => {
            for alias in &import.names {
                let name = alias.name.id.as_str();
                let Some((module, _)) = module_name(name) else {
                    return err(
                        alias.range,
                        format!(
                            "import of '{name}' is not supported (only math, random, sys, time, typing, types, dataclasses, jcvm)"
                        ),
                    );
                };
                let bound = alias.asname.as_ref().map_or(name, |a| a.id.as_str());
                out.push((bound.to_string(), Imported::Module(module)));
            }
        }
        Stmt::ImportFrom(import) => {
            let module = import.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
            let Some((module, names)) = module_name(module).filter(|_| import.level == 0) else {
                return err(import.range, format!("import from '{module}' is not supported"));
            };
            for alias in &import.names {
                let name = alias.name.id.as_str();
                let Some(&item) = names.iter().find(|n| **n == name) else {
                    return err(alias.range, format!("'from {module} import {name}' is not supported"));
                };
                let bound = alias.asname.as_ref().map_or(name, |a| a.id.as_str());
                out.push((bound.to_string(), Imported::Item(module, item)));
            }
        }
        other => return err(other.range(), "not an import"),
    }
    Ok(out)
}

impl Compiler<'_> {
    /// Records a module-level import.
    pub(super) fn declare_import(&mut self, stmt: &ast::Stmt) -> CResult<()> {
        for (name, imported) in bindings(stmt)? {
            self.imported.insert(name, imported);
        }
        Ok(())
    }

    /// Whether `name` is bound at module level to `what`.
    pub(super) fn imports(&self, name: &str, what: Imported) -> bool {
        self.imported.get(name) == Some(&what)
    }
}

impl FnBuilder<'_, '_> {
    /// What `name` stands for here if it is an imported name that no variable shadows.
    pub(super) fn imported(&self, name: &str) -> Option<Imported> {
        if self.locals.contains_key(name) || self.c.global_names.contains_key(name) || self.assigned.contains(name) {
            return None;
        }
        self.local_imports.get(name).or_else(|| self.c.imported.get(name)).copied()
    }

    /// `import` / `from ... import` inside a function: the names are the function's own.
    pub(super) fn import_stmt(&mut self, stmt: &ast::Stmt) -> CResult<()> {
        for (name, imported) in bindings(stmt)? {
            if self.module {
                self.c.imported.insert(name, imported);
            } else {
                self.local_imports.insert(name, imported);
            }
        }
        Ok(())
    }
}
