//! The engine: compiled code shared by every [`crate::Runtime`], grown one
//! source unit at a time.
//!
//! A unit is a piece of Python source from some file (a whole script, or one
//! decorated class or function with the imports it needs). The engine
//! compiles the concatenation of its units as one program, so later units may
//! name earlier ones and a unit may name one that arrives later (a forward
//! reference): compilation is lazy, at [`Engine::compiled`]. Each successful
//! compilation is a new generation; a unit is only ever appended, which keeps
//! the classes and functions of earlier generations at the same ids (see
//! `Vm::replace_program`). A [`SourceMap`] takes the program's lines back to
//! the files they came from.
//!
//! The engine is `Send + Sync` and shared through `Arc`, as wasmtime's
//! `Engine`; the heap and frames live in a `Runtime` (its `Store`).

use std::sync::{Arc, Mutex};

use jcvm_vm::{CompileError, Program};

/// A piece of source: `text` was taken from `file` starting at line
/// `first_line`, with `indent` columns of indentation removed from every line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceUnit {
    pub file: String,
    pub first_line: u32,
    pub indent: u32,
    pub text: String,
}

impl SourceUnit {
    /// A whole file.
    pub fn file(file: &str, text: &str) -> SourceUnit {
        SourceUnit { file: file.to_string(), first_line: 1, indent: 0, text: text.to_string() }
    }
}

/// A refusal as data: where (in the unit's own file) and why, plus the text
/// the runner prints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: u32,
    pub col: u32,
    pub message: String,
    /// `file:line:col`, the message and the source line with a caret.
    pub rendered: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.rendered)
    }
}

impl std::error::Error for Diagnostic {}

/// Where each line of a compiled program came from.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    /// (first program line, unit) in program order.
    segments: Vec<(u32, SourceUnit)>,
}

/// A program line traced back to its file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceLine {
    pub file: String,
    pub line: u32,
    /// Columns of indentation the unit's text had removed.
    pub indent: u32,
    /// The line's text (without the removed indentation).
    pub text: String,
}

impl SourceMap {
    /// The file and line of program line `line` (one-based), if a unit holds it.
    pub fn locate(&self, line: u32) -> Option<SourceLine> {
        let index = self.segments.partition_point(|(start, _)| *start <= line).checked_sub(1)?;
        let (start, unit) = &self.segments[index];
        let offset = line - start;
        let text = unit.text.lines().nth(offset as usize)?;
        Some(SourceLine {
            file: unit.file.clone(),
            line: unit.first_line + offset,
            indent: unit.indent,
            text: text.to_string(),
        })
    }
}

/// One generation of compiled code.
#[derive(Clone, Debug)]
pub struct Compiled {
    pub program: Arc<Program>,
    pub map: Arc<SourceMap>,
    /// Counts successful compilations (1 for the first).
    pub generation: u64,
}

#[derive(Default)]
struct State {
    units: Vec<SourceUnit>,
    /// How many of `units` the current generation holds.
    compiled_units: usize,
    current: Option<Compiled>,
}

/// Compiled code, grown by [`Engine::add_unit`] and compiled by [`Engine::compiled`].
#[derive(Default)]
pub struct Engine {
    state: Mutex<State>,
}

impl Engine {
    /// An engine with no code yet.
    pub fn new() -> Arc<Engine> {
        Arc::new(Engine::default())
    }

    /// An engine holding one script, compiled at once.
    pub fn for_script(file: &str, source: &str) -> Result<Arc<Engine>, Diagnostic> {
        let engine = Engine::new();
        engine.add_unit(SourceUnit::file(file, source));
        engine.compiled()?;
        Ok(engine)
    }

    /// Appends a unit; it is compiled with the next [`Engine::compiled`].
    pub fn add_unit(&self, unit: SourceUnit) {
        self.lock().units.push(unit);
    }

    /// Units added since the last successful compilation.
    pub fn pending_units(&self) -> usize {
        let state = self.lock();
        state.units.len() - state.compiled_units
    }

    /// The current generation, compiling the units added since the last one.
    /// If they do not compile, they are dropped (earlier generations stay
    /// valid) and the refusal is returned.
    pub fn compiled(&self) -> Result<Compiled, Diagnostic> {
        let mut state = self.lock();
        if let (Some(current), true) = (&state.current, state.compiled_units == state.units.len()) {
            return Ok(current.clone());
        }
        let (source, map) = combine(&state.units);
        let file = match state.units.as_slice() {
            [only] => only.file.clone(),
            _ => "<jcvm>".to_string(),
        };
        match jcvm_vm::compile(&file, &source) {
            Ok(program) => {
                let generation = state.current.as_ref().map_or(1, |c| c.generation + 1);
                let compiled = Compiled { program: Arc::new(program), map: Arc::new(map), generation };
                state.compiled_units = state.units.len();
                state.current = Some(compiled.clone());
                Ok(compiled)
            }
            Err(error) => {
                let keep = state.compiled_units;
                let mut refused = diagnostic(&error, &source, &map);
                if let [only] = state.units.as_slice() {
                    if only.first_line == 1 && only.indent == 0 {
                        // A whole file: the runner's rendering, with the source around the error.
                        refused.rendered = error.render(&only.file, &source);
                    }
                }
                state.units.truncate(keep);
                Err(refused)
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave the state half-changed
        // (every update is a push, a truncate or a whole assignment).
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The program source of `units` (each starting on a line of its own) and its map.
fn combine(units: &[SourceUnit]) -> (String, SourceMap) {
    let mut source = String::new();
    let mut map = SourceMap::default();
    let mut line = 1u32;
    for unit in units {
        map.segments.push((line, unit.clone()));
        source.push_str(&unit.text);
        if !unit.text.ends_with('\n') {
            source.push('\n');
        }
        line += unit.text.lines().count().max(1) as u32;
    }
    (source, map)
}

/// A compile error of the combined source, placed in the unit's own file.
fn diagnostic(error: &CompileError, source: &str, map: &SourceMap) -> Diagnostic {
    let (line, col) = error.line_col(source);
    let Some(at) = map.locate(line as u32) else {
        // Past every unit: code the compiler generated (it points at the end).
        let rendered = format!("error: {}\n", error.message);
        return Diagnostic { file: "<jcvm>".into(), line: 0, col: 0, message: error.message.clone(), rendered };
    };
    let col = col as u32 + at.indent;
    let width = usize::from(error.range.len())
        .clamp(1, at.text.chars().count().saturating_sub(col as usize - 1 - at.indent as usize).max(1));
    let pad = " ".repeat(at.indent as usize);
    let caret = format!("{}{}", " ".repeat(col as usize - 1), "^".repeat(width));
    let rendered = format!(
        "error: {}\n  --> {}:{}:{}\n   |\n   | {pad}{}\n   | {caret}\n",
        error.message, at.file, at.line, col, at.text
    );
    Diagnostic { file: at.file, line: at.line, col, message: error.message.clone(), rendered }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(file: &str, first_line: u32, indent: u32, text: &str) -> SourceUnit {
        SourceUnit { file: file.into(), first_line, indent, text: text.into() }
    }

    #[test]
    fn units_compile_lazily_and_may_name_later_ones() {
        let engine = Engine::new();
        engine.add_unit(unit(
            "a.py",
            10,
            0,
            "class A:\n    b: 'B'\n    def __init__(self, b: 'B') -> None:\n        self.b = b\n",
        ));
        engine.add_unit(unit("b.py", 3, 4, "class B:\n    x: int\n"));
        let compiled = engine.compiled().expect("both units compile together");
        assert_eq!(compiled.generation, 1);
        assert!(compiled.program.classes.iter().any(|c| c.name == "A"));
        let located = compiled.map.locate(6).expect("line 6 is B's second line");
        assert_eq!((located.file.as_str(), located.line, located.text.as_str()), ("b.py", 4, "    x: int"));
        assert_eq!(engine.compiled().unwrap().generation, 1, "nothing new: the same generation");
    }

    #[test]
    fn a_refused_unit_is_dropped_and_its_error_names_its_file() {
        let engine = Engine::new();
        engine.add_unit(unit("a.py", 1, 0, "class A:\n    x: int\n"));
        engine.compiled().unwrap();
        engine.add_unit(unit("b.py", 20, 4, "class B:\n    def f(self) -> int:\n        return undefined_name\n"));
        let error = engine.compiled().expect_err("an unknown name is refused");
        assert_eq!((error.file.as_str(), error.line, error.col), ("b.py", 22, 20), "{error}");
        assert!(error.rendered.contains("b.py:22:20"), "{}", error.rendered);
        assert_eq!(engine.pending_units(), 0);
        assert_eq!(engine.compiled().unwrap().generation, 1, "the earlier generation stays");
    }
}
