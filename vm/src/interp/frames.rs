//! The frame stack: activations in a buffer allocated once for the recursion
//! limit, so it never moves and compiled code can push and pop frames at the
//! fixed offsets [`FrameStack::OFFSETS`] names.

use std::ops::{Deref, DerefMut};

use super::Frame;

/// A stack of at most `capacity` frames that never reallocates.
#[repr(C)]
#[derive(Debug, Default)]
pub(crate) struct FrameStack {
    frames: Box<[Frame]>,
    len: usize,
}

/// Byte offsets compiled code uses: of the stack's length, and of a frame's fields.
#[derive(Clone, Copy, Debug)]
pub struct FrameOffsets {
    /// Size of one frame.
    pub size: i32,
    /// The 8 bytes of `func` (low half) and `exhausted` (high half, 0 for a call).
    pub func_word: i32,
    /// The 8 bytes starting with `ret` (low 16 bits), then `interpreted` (false
    /// for a call) and padding: a call's frame has the register number there.
    pub ret_word: i32,
    pub pc: i32,
    pub base: i32,
    pub gen: i32,
}

// The pairs compiled code writes as one word (see `FrameOffsets`).
const _: () = {
    use std::mem::offset_of;
    assert!(offset_of!(Frame, func) % 8 == 0 && offset_of!(Frame, exhausted) == offset_of!(Frame, func) + 4);
    assert!(offset_of!(Frame, ret) % 8 == 0 && offset_of!(Frame, interpreted) == offset_of!(Frame, ret) + 2);
    assert!(offset_of!(Frame, pc) >= offset_of!(Frame, ret) + 8);
};

impl FrameStack {
    pub const OFFSETS: FrameOffsets = FrameOffsets {
        size: std::mem::size_of::<Frame>() as i32,
        func_word: std::mem::offset_of!(Frame, func) as i32,
        ret_word: std::mem::offset_of!(Frame, ret) as i32,
        pc: std::mem::offset_of!(Frame, pc) as i32,
        base: std::mem::offset_of!(Frame, base) as i32,
        gen: std::mem::offset_of!(Frame, gen) as i32,
    };

    /// An empty stack with room for `capacity` frames.
    pub fn with_capacity(capacity: usize) -> FrameStack {
        FrameStack { frames: vec![Frame::EMPTY; capacity].into_boxed_slice(), len: 0 }
    }

    /// Pushes `frame`; the caller has checked the recursion limit, which the
    /// capacity covers.
    #[inline]
    pub fn push(&mut self, frame: Frame) {
        self.frames[self.len] = frame;
        self.len += 1;
    }

    #[inline]
    pub fn pop(&mut self) -> Option<Frame> {
        self.len = self.len.checked_sub(1)?;
        Some(self.frames[self.len])
    }

    /// Pops the top frame, which the caller knows is there.
    ///
    /// # Safety
    /// The stack is not empty.
    #[inline(always)]
    pub unsafe fn pop_unchecked(&mut self) -> Frame {
        self.len -= 1;
        // SAFETY: per the contract, `len` was at least 1 and at most the capacity.
        unsafe { *self.frames.get_unchecked(self.len) }
    }

    /// The top frame, which the caller knows is there.
    ///
    /// # Safety
    /// The stack is not empty.
    #[inline(always)]
    pub unsafe fn top_unchecked(&self) -> Frame {
        // SAFETY: per the contract, `len - 1` is a pushed frame.
        unsafe { *self.frames.get_unchecked(self.len - 1) }
    }

    pub fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
    }

    pub fn clear(&mut self) {
        self.len = 0;
    }

    /// The first frame's address (stable for the stack's life).
    pub fn buffer(&mut self) -> *mut Frame {
        self.frames.as_mut_ptr()
    }

    /// The length's address, for compiled code's pushes and pops.
    pub fn len_address(&mut self) -> *mut usize {
        &mut self.len
    }
}

impl Deref for FrameStack {
    type Target = [Frame];

    #[inline]
    fn deref(&self) -> &[Frame] {
        // SAFETY: `len` never exceeds the buffer: `push` writes through a checked
        // index before it grows `len`, and compiled code (the only other writer,
        // through `len_address`) pushes only below the recursion limit, which the
        // capacity covers.
        unsafe { self.frames.get_unchecked(..self.len) }
    }
}

impl DerefMut for FrameStack {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Frame] {
        // SAFETY: as in `deref`.
        unsafe { self.frames.get_unchecked_mut(..self.len) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pushes_and_pops_in_place() {
        let mut stack = FrameStack::with_capacity(2);
        let first = stack.buffer();
        stack.push(Frame { pc: 7, ..Frame::EMPTY });
        stack.push(Frame { pc: 9, ..Frame::EMPTY });
        assert_eq!(stack.len(), 2);
        assert_eq!(stack.last().map(|f| f.pc), Some(9));
        assert_eq!(stack.pop().map(|f| f.pc), Some(9));
        assert_eq!(stack.buffer(), first);
        stack.truncate(0);
        assert!(stack.pop().is_none());
    }
}
