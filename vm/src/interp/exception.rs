//! Python exceptions at run time: what an instruction raises ([`Raised`]), the
//! exception objects on the heap (builtin and user exception classes share one
//! prefix layout, [`slot`]), and the CPython-format report of an uncaught one
//! ([`PyException`]), chained causes and contexts included.

use jcvm_gc::ObjRef;

use crate::opcode::ExcKind;
use crate::program::Program;

/// The slots every exception object starts with (the builtin exception
/// classes' fields; a user exception class adds its own after them).
pub mod slot {
    /// `str(e)` as a str, or None when raised with no argument.
    pub const STR: u16 = 0;
    /// `repr(e.args[0])` as a str, or None.
    pub const REPR: u16 = 1;
    /// The traceback: a list of ints, `function id, line` per entry, outermost first.
    pub const TRACEBACK: u16 = 2;
    /// `__context__`: the exception being handled when this one was raised.
    pub const CONTEXT: u16 = 3;
    /// `__cause__`: the `from` exception.
    pub const CAUSE: u16 = 4;
    /// `__suppress_context__` (1 after `raise ... from ...`).
    pub const SUPPRESS: u16 = 5;
    /// How many there are.
    pub const COUNT: u16 = 6;
}

/// A traceback entry's function word for a comprehension (or in-place `key=`
/// lambda) frame of kind `k` is `COMPREHENSION_FRAME - k` (function ids are far below).
pub const COMPREHENSION_FRAME: u64 = u64::MAX;

/// One traceback line: which function, at which source line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TraceEntry {
    pub function: String,
    pub line: u32,
}

/// An uncaught exception, ready to print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PyException {
    /// The class name (`ValueError`, or a user class's name).
    pub name: String,
    /// `str(e)`.
    pub message: String,
    /// Outermost call first, as CPython prints it.
    pub traceback: Vec<TraceEntry>,
    /// The exception this one was raised from (`raise ... from cause`).
    pub cause: Option<Box<PyException>>,
    /// The exception being handled when this one was raised (unless suppressed).
    pub context: Option<Box<PyException>>,
}

/// An exception raised by an instruction: a builtin one described natively (the
/// object is made only if a handler catches it), or an exception object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Raised {
    Native {
        kind: ExcKind,
        message: Option<String>,
    },
    /// `raise exc`: the traceback starts here (or continues one it has).
    Object(u64),
    /// `raise` with no argument: the exception goes on with its traceback.
    Reraise(u64),
}

impl Raised {
    /// A builtin exception with a message.
    #[cold]
    pub fn new(kind: ExcKind, message: impl Into<String>) -> Raised {
        Raised::Native { kind, message: Some(message.into()) }
    }

    /// A builtin exception with no argument.
    #[cold]
    pub fn bare(kind: ExcKind) -> Raised {
        Raised::Native { kind, message: None }
    }
}

/// Result of an operation that may raise.
pub type OpResult<T> = Result<T, Raised>;

/// The str in an exception slot, if set.
///
/// # Safety
/// `exc` is a live exception object.
unsafe fn text_slot(exc: ObjRef, slot: u16) -> Option<String> {
    // SAFETY: per the contract, the slot holds 0 or a live str.
    unsafe { ObjRef::from_raw(exc.field(u32::from(slot))) }.map(|s| unsafe { s.str() }.to_string())
}

impl PyException {
    /// The report of the live exception object `exc` (and of its chain).
    ///
    /// # Safety
    /// `exc` is a live exception object of `program`.
    pub unsafe fn from_object(program: &Program, exc: ObjRef) -> PyException {
        let class = &program.classes[exc.layout().0 as usize];
        // SAFETY: per the contract; the slots are the exception layout's.
        let message = unsafe { text_slot(exc, slot::STR) }.unwrap_or_default();
        let mut traceback = Vec::new();
        // SAFETY: the traceback slot holds 0 or a live list of ints.
        if let Some(list) = unsafe { ObjRef::from_raw(exc.field(u32::from(slot::TRACEBACK))) } {
            // SAFETY: as above.
            let words = unsafe { list.list_words() };
            for pair in words.chunks(2) {
                if let [func, line] = pair {
                    let function = if *func
                        >= COMPREHENSION_FRAME - u64::from(crate::program::ComprehensionSite::LAMBDA)
                    {
                        crate::program::ComprehensionSite::frame_name((COMPREHENSION_FRAME - *func) as u8).to_string()
                    } else {
                        program.functions.get(*func as usize).map_or_else(String::new, |f| f.name.clone())
                    };
                    traceback.push(TraceEntry { function, line: *line as u32 });
                }
            }
        }
        let chained = |slot: u16| -> Option<Box<PyException>> {
            // SAFETY: the chain slots hold 0 or live exception objects.
            unsafe { ObjRef::from_raw(exc.field(u32::from(slot))) }
                .filter(|other| *other != exc)
                .map(|other| Box::new(unsafe { PyException::from_object(program, other) }))
        };
        // SAFETY: the suppress slot is an int.
        let suppress = unsafe { exc.field(u32::from(slot::SUPPRESS)) } != 0;
        let cause = chained(slot::CAUSE);
        let context = if suppress { None } else { chained(slot::CONTEXT) };
        PyException { name: class.name.clone(), message, traceback, cause, context }
    }

    /// The last line CPython prints: `Name: message` (just the name for an empty message).
    pub fn summary(&self) -> String {
        if self.message.is_empty() {
            self.name.clone()
        } else {
            format!("{}: {}", self.name, self.message)
        }
    }

    /// The whole report as CPython prints it on stderr: chained exceptions first.
    pub fn render(&self, program: &Program) -> String {
        let mut out = String::new();
        if let Some(cause) = &self.cause {
            out.push_str(&cause.render(program));
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if let Some(context) = &self.context {
            out.push_str(&context.render(program));
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        if !self.traceback.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
        }
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
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", program.file, entry.line, entry.function));
        if let Some(text) = (entry.line as usize).checked_sub(1).and_then(|i| program.lines.get(i)) {
            let text = text.trim();
            if !text.is_empty() {
                out.push_str(&format!("    {text}\n"));
            }
        }
    }
}
