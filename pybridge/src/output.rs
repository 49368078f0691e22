//! `print` in compiled code: its bytes go to Python's `sys.stdout` when the
//! interpreter flushes (at the end of every call), so they interleave with
//! Python's own output in order and pytest's `capsys` sees them.

use std::io::Write;

use pyo3::prelude::*;

/// A writer that forwards to `sys.stdout` on flush.
#[derive(Default)]
pub struct PyStdout {
    buffer: Vec<u8>,
}

impl Write for PyStdout {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let text = String::from_utf8_lossy(&self.buffer).into_owned();
        self.buffer.clear();
        // SAFETY: the interpreter flushes inside calls from Python, which hold the GIL
        // (no GIL-state guard is made, so none can be released out of turn).
        let py = unsafe { Python::assume_attached() };
        if crate::state::finalizing(py) {
            // Shutting down: a daemon thread's output is dropped, as CPython drops it.
            return Ok(());
        }
        let written =
            py.import("sys").and_then(|sys| sys.getattr("stdout")).and_then(|out| out.call_method1("write", (text,)));
        written.map(|_| ()).map_err(|e| std::io::Error::other(e.to_string()))
    }
}
