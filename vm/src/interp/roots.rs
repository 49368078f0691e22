//! The interpreter's root set: live frames' reference registers, globals,
//! constant and shared one-character strings and the exceptions being handled.

use jcvm_gc::{RootSet, Tracer};

use super::Frame;
use crate::program::Program;

/// A view of everything the interpreter holds that the GC must treat as roots.
pub(super) struct VmRoots<'a> {
    pub program: &'a Program,
    pub stack: &'a [u64],
    pub frames: &'a [Frame],
    pub globals: &'a [u64],
    pub constants: &'a [u64],
    pub latin1: &'a [u64],
    pub handling: &'a [super::Handling],
    /// An exception escaping compiled frames (0 if none).
    pub pending: u64,
}

impl RootSet for VmRoots<'_> {
    fn trace_roots(&self, tracer: &mut Tracer<'_>) {
        for frame in self.frames {
            let function = self.program.function(frame.func);
            for reg in &function.ref_regs {
                // SAFETY: a live frame's reference register holds 0 or a live object.
                unsafe { tracer.mark_raw(self.stack[frame.base + reg.0 as usize]) };
            }
        }
        for (word, global) in self.globals.iter().zip(&self.program.globals) {
            if global.ty.is_ref() {
                // SAFETY: a reference-typed global holds 0 or a live object.
                unsafe { tracer.mark_raw(*word) };
            }
        }
        for &word in self.constants.iter().chain(self.latin1) {
            // SAFETY: constant and one-character strings are allocated at start and never freed.
            unsafe { tracer.mark_raw(word) };
        }
        // SAFETY: a pending exception is a live object (or 0).
        unsafe { tracer.mark_raw(self.pending) };
        for handled in self.handling {
            // SAFETY: an exception being handled is a live object.
            unsafe { tracer.mark_raw(handled.exc) };
        }
    }
}
