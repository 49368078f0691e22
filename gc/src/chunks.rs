//! Size-class cell allocator: the memory under the heap.
//!
//! Small objects (up to [`MAX_SMALL`] bytes) live in 64 KiB chunks, each cut
//! into cells of one size class (multiples of 8 bytes). Free cells are
//! threaded on a per-class free list through their second word, and their
//! header says [`ObjKind::Free`], so a sweep can walk a chunk cell by cell.
//! Larger objects get a block of their own. Nothing here knows about marking:
//! the heap decides which cells die and hands them back with [`Cells::free`].

use std::alloc::{self, Layout as AllocLayout};
use std::ptr::NonNull;

use crate::header::{Header, ObjKind};

/// Largest object size served from size-class chunks.
pub(crate) const MAX_SMALL: usize = 512;
const CHUNK_BYTES: usize = 64 * 1024;
const CHUNK_ALIGN: usize = 4096;
const CLASSES: usize = MAX_SMALL / 8 + 1;

struct Chunk {
    base: NonNull<u8>,
}

/// One size class. `repr(C)`: compiled code pops `free` and counts in
/// `taken_inline` at the offsets [`INLINE_CLASS`] names.
#[repr(C)]
#[derive(Default)]
struct SizeClass {
    /// The first free cell; each free cell's second word links the next.
    free: Option<NonNull<Header>>,
    /// Cells compiled code took from `free` since the heap last counted them.
    taken_inline: u64,
    chunks: Vec<Chunk>,
}

/// Where compiled code finds a size class: class `i` starts `i * stride`
/// bytes into [`Cells::classes_base`], its free list and its count of cells
/// taken inline at these offsets.
#[derive(Clone, Copy, Debug)]
pub struct InlineClassOffsets {
    pub stride: usize,
    pub free: usize,
    pub taken: usize,
}

pub(crate) const INLINE_CLASS: InlineClassOffsets = InlineClassOffsets {
    stride: std::mem::size_of::<SizeClass>(),
    free: std::mem::offset_of!(SizeClass, free),
    taken: std::mem::offset_of!(SizeClass, taken_inline),
};

/// All cells of one heap.
pub(crate) struct Cells {
    classes: Vec<SizeClass>,
    large: Vec<(NonNull<Header>, usize)>,
    reserved: usize,
}

/// Rounds an object size up to its cell size.
pub(crate) fn cell_size(bytes: usize) -> usize {
    bytes.max(16).div_ceil(8) * 8
}

impl Cells {
    pub(crate) fn new() -> Cells {
        Cells { classes: (0..CLASSES).map(|_| SizeClass::default()).collect(), large: Vec::new(), reserved: 0 }
    }

    /// Bytes reserved from the system.
    pub(crate) fn reserved(&self) -> usize {
        self.reserved
    }

    /// The size classes' array (it is never resized, so this stays valid as
    /// long as the heap lives).
    pub(crate) fn classes_base(&mut self) -> *mut u8 {
        self.classes.as_mut_ptr() as *mut u8
    }

    /// The cells taken inline per cell size since the last reset, as `(cell
    /// size, count)`.
    pub(crate) fn taken_inline(&self) -> impl Iterator<Item = (usize, u64)> + '_ {
        self.classes.iter().enumerate().filter(|(_, c)| c.taken_inline != 0).map(|(i, c)| (i * 8, c.taken_inline))
    }

    /// Zeroes the counts of cells taken inline (the heap has counted them).
    pub(crate) fn reset_taken_inline(&mut self) {
        for class in &mut self.classes {
            class.taken_inline = 0;
        }
    }

    /// The class index of cells of `size` bytes, if it is a small size.
    pub(crate) fn class_of(size: usize) -> Option<usize> {
        (size <= MAX_SMALL).then_some(size / 8)
    }

    /// A cell of at least `bytes` bytes whose header is still `Free`; the caller initializes it.
    pub(crate) fn alloc(&mut self, bytes: usize) -> NonNull<Header> {
        let size = cell_size(bytes);
        if size > MAX_SMALL {
            return self.alloc_large(size);
        }
        let class = &mut self.classes[size / 8];
        if class.free.is_none() {
            self.reserved += CHUNK_BYTES;
            Self::add_chunk(class, size);
        }
        let cell = class.free.expect("a fresh chunk has free cells");
        // SAFETY: a cell on the free list is a Free cell of this class whose second
        // word holds the next free cell (or null), written by `push_free`.
        class.free = NonNull::new(unsafe { *(cell.as_ptr() as *const *mut Header).add(1) });
        cell
    }

    fn alloc_large(&mut self, size: usize) -> NonNull<Header> {
        let layout = AllocLayout::from_size_align(size, 16).expect("object size fits a Layout");
        // SAFETY: the layout has non-zero size.
        let ptr = unsafe { alloc::alloc(layout) } as *mut Header;
        let Some(cell) = NonNull::new(ptr) else { alloc::handle_alloc_error(layout) };
        // SAFETY: the block is freshly allocated, large enough and aligned for a Header.
        unsafe { cell.as_ptr().write(Header::new(ObjKind::Free, 0)) };
        self.large.push((cell, size));
        self.reserved += size;
        cell
    }

    fn add_chunk(class: &mut SizeClass, size: usize) {
        let layout = AllocLayout::from_size_align(CHUNK_BYTES, CHUNK_ALIGN).expect("constant chunk layout");
        // SAFETY: the layout has non-zero size.
        let base = unsafe { alloc::alloc(layout) };
        let Some(base) = NonNull::new(base) else { alloc::handle_alloc_error(layout) };
        let cells = CHUNK_BYTES / size;
        // Thread the cells in reverse so allocation proceeds in address order.
        for i in (0..cells).rev() {
            // SAFETY: cell i lies wholly inside the chunk (i * size + size <= CHUNK_BYTES)
            // and is 8-aligned because size is a multiple of 8.
            let cell = unsafe { NonNull::new_unchecked(base.as_ptr().add(i * size) as *mut Header) };
            Self::push_free(class, cell);
        }
        class.chunks.push(Chunk { base });
    }

    fn push_free(class: &mut SizeClass, cell: NonNull<Header>) {
        // SAFETY: cells are at least 8 bytes, so the header fits; the cell is not in
        // use by any object.
        unsafe { cell.as_ptr().write(Header::new(ObjKind::Free, 0)) };
        Self::link_free(class, cell);
    }

    /// Puts a cell whose header already says `Free` on its class's free list.
    fn link_free(class: &mut SizeClass, cell: NonNull<Header>) {
        // SAFETY: cells are at least 16 bytes, so the link word fits after the header;
        // the cell is free.
        unsafe {
            *(cell.as_ptr() as *mut *mut Header).add(1) = class.free.map_or(std::ptr::null_mut(), |p| p.as_ptr());
        }
        class.free = Some(cell);
    }

    /// Visits every cell in use (header kind not `Free`). The visitor returns
    /// `false` to have the cell freed; it must already have finalized it.
    pub(crate) fn sweep(&mut self, mut keep: impl FnMut(NonNull<Header>, usize) -> bool) {
        for (index, class) in self.classes.iter_mut().enumerate() {
            let size = index * 8;
            if class.chunks.is_empty() {
                continue;
            }
            class.free = None;
            let cells = CHUNK_BYTES / size;
            // Rebuild the free list from the highest address down so it hands out low addresses first.
            for c in (0..class.chunks.len()).rev() {
                let base = class.chunks[c].base;
                for i in (0..cells).rev() {
                    // SAFETY: as in `add_chunk`, cell i lies inside the chunk.
                    let cell = unsafe { NonNull::new_unchecked(base.as_ptr().add(i * size) as *mut Header) };
                    // SAFETY: every cell of a chunk has an initialized header.
                    let kind = unsafe { (*cell.as_ptr()).kind };
                    if kind == ObjKind::Free {
                        Self::link_free(class, cell);
                    } else if !keep(cell, size) {
                        Self::push_free(class, cell);
                    }
                }
            }
        }
        let reserved = &mut self.reserved;
        self.large.retain(|&(cell, size)| {
            if keep(cell, size) {
                return true;
            }
            *reserved -= size;
            // SAFETY: the block came from `alloc_large` with this size and alignment and is dead.
            unsafe { alloc::dealloc(cell.as_ptr() as *mut u8, AllocLayout::from_size_align_unchecked(size, 16)) };
            false
        });
    }
}

impl Drop for Cells {
    fn drop(&mut self) {
        let chunk_layout = AllocLayout::from_size_align(CHUNK_BYTES, CHUNK_ALIGN).expect("constant chunk layout");
        for class in &self.classes {
            for chunk in &class.chunks {
                // SAFETY: each chunk was allocated in `add_chunk` with this layout.
                unsafe { alloc::dealloc(chunk.base.as_ptr(), chunk_layout) };
            }
        }
        for &(cell, size) in &self.large {
            // SAFETY: each block was allocated in `alloc_large` with this size and alignment.
            unsafe { alloc::dealloc(cell.as_ptr() as *mut u8, AllocLayout::from_size_align_unchecked(size, 16)) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_round_to_words() {
        assert_eq!(cell_size(8), 16);
        assert_eq!(cell_size(32), 32);
        assert_eq!(cell_size(33), 40);
    }

    #[test]
    fn freed_cells_are_reused() {
        let mut cells = Cells::new();
        let a = cells.alloc(32);
        // SAFETY: a is a fresh 32-byte cell.
        unsafe { a.as_ptr().write(Header::new(ObjKind::Str, 0)) };
        cells.sweep(|_, _| false);
        assert_eq!(cells.alloc(32), a);
    }
}
