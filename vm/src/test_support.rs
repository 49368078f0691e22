//! Helpers for the crate's unit tests: compiling a source and finding a function.

use crate::program::{Function, Program};

/// `source` compiled as `t.py` (panics with the rendered diagnostic if refused).
pub(crate) fn compile(source: &str) -> Program {
    crate::compile("t.py", source).unwrap_or_else(|e| panic!("{}", e.render("t.py", source)))
}

/// The function of `program` named `qualname`.
pub(crate) fn function<'p>(program: &'p Program, qualname: &str) -> &'p Function {
    program.functions.iter().find(|f| f.qualname == qualname).expect("function exists")
}
