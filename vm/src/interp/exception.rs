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
        Raised { kind, message: Some(message.into()) }
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
        // Like CPython, show a run of identical entries three times, then count the rest.
        let mut index = 0;
        while index < self.traceback.len() {
            let entry = &self.traceback[index];
            let run = self.traceback[index..].iter().take_while(|e| *e == entry).count();
            for _ in 0..run.min(3) {
                Self::render_entry(program, entry, &mut out);
            }
            if run > 3 {
                let more = run - 3;
                out.push_str(&format!(
                    "  [Previous line repeated {more} more time{}]\n",
                    if more == 1 { "" } else { "s" }
                ));
            }
            index += run;
        }
        out.push_str(&self.summary());
        out.push('\n');
        out
    }

    fn render_entry(program: &Program, entry: &TraceEntry, out: &mut String) {
        {
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", program.file, entry.line, entry.function));
            if let Some(text) = (entry.line as usize).checked_sub(1).and_then(|i| program.lines.get(i)) {
                let text = text.trim();
                if !text.is_empty() {
                    out.push_str(&format!("    {text}\n"));
                }
            }
        }
    }
}
