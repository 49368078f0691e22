//! Python exceptions raised at run time, and their CPython-format tracebacks.

use crate::opcode::ExcKind;
use crate::program::Program;

/// One traceback line: which function, at which source line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceEntry {
    pub function: String,
    pub line: u32,
}

/// An uncaught exception.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PyException {
    pub kind: ExcKind,
    /// The argument, if any (`raise ValueError` has none).
    pub message: Option<String>,
    /// Outermost call first, as CPython prints it.
    pub traceback: Vec<TraceEntry>,
}

/// An exception before the interpreter attaches its traceback.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Raised {
    pub kind: ExcKind,
    pub message: Option<String>,
}

impl Raised {
    /// An exception with a message.
    #[cold]
    pub fn new(kind: ExcKind, message: impl Into<String>) -> Raised {
        Raised {
            kind,
            message: Some(message.into()),
        }
    }
}

/// Result of an operation that may raise.
pub type OpResult<T> = Result<T, Raised>;

impl PyException {
    /// The last line CPython prints: `Kind: message`.
    pub fn summary(&self) -> String {
        match &self.message {
            None => self.kind.name().to_string(),
            Some(m) if self.kind == ExcKind::KeyError => {
                format!("{}: {}", self.kind.name(), super::format::str_repr(m))
            }
            Some(m) if m.is_empty() => self.kind.name().to_string(),
            Some(m) => format!("{}: {m}", self.kind.name()),
        }
    }

    /// The full traceback as CPython prints it on stderr.
    pub fn render(&self, program: &Program) -> String {
        let mut out = String::from("Traceback (most recent call last):\n");
        for entry in &self.traceback {
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                program.file, entry.line, entry.function
            ));
            if let Some(text) = program.lines.get(entry.line as usize - 1) {
                let text = text.trim();
                if !text.is_empty() {
                    out.push_str(&format!("    {text}\n"));
                }
            }
        }
        out.push_str(&self.summary());
        out.push('\n');
        out
    }
}
