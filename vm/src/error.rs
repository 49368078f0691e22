//! Compile errors and how they are shown: `file:line:col`, the source line and a caret.

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term;
use ruff_source_file::{LineIndex, PositionEncoding};
use ruff_text_size::{TextRange, TextSize};

/// A source the compiler refuses, with where and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// Byte range of the offending code.
    pub range: TextRange,
    /// What is wrong, in one sentence.
    pub message: String,
}

/// Result of a compiler step.
pub type CResult<T> = Result<T, CompileError>;

impl CompileError {
    /// An error at `range`.
    pub fn new(range: TextRange, message: impl Into<String>) -> CompileError {
        CompileError { range, message: message.into() }
    }

    /// One-based line and column of the error's start.
    pub fn line_col(&self, source: &str) -> (usize, usize) {
        let start = self.range.start().min(TextSize::try_from(source.len()).unwrap_or(TextSize::new(0)));
        let location = LineIndex::from_source_text(source).source_location(start, source, PositionEncoding::Utf32);
        (location.line.get(), location.character_offset.get())
    }

    /// The diagnostic as printed on stderr: `error: message`, then
    /// `file:line:col` and the source line with a caret under the offending code.
    pub fn render(&self, file: &str, source: &str) -> String {
        let mut out = String::new();
        let files = SimpleFile::new(file, source);
        let start = (usize::from(self.range.start())).min(source.len());
        let end = (usize::from(self.range.end())).clamp(start, source.len());
        let diagnostic =
            Diagnostic::error().with_message(&self.message).with_labels(vec![Label::primary((), start..end)]);
        let config = term::Config::default();
        match term::emit_into_string(&config, &files, &diagnostic) {
            Ok(text) => out.push_str(&text),
            Err(_) => {
                let (line, col) = self.line_col(source);
                out.push_str(&format!("error: {}\n  at {file}:{line}:{col}\n", self.message));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_names_file_line_and_column() {
        let source = "x = 1\ny = lambda: 2\n";
        let error = CompileError::new(TextRange::new(TextSize::new(10), TextSize::new(19)), "lambda is not supported");
        let text = error.render("t.py", source);
        assert!(text.starts_with("error: lambda is not supported"), "{text}");
        assert!(text.contains("t.py:2:5"), "{text}");
        assert!(text.contains("y = lambda: 2"), "{text}");
        assert!(text.contains('^'), "{text}");
    }
}
