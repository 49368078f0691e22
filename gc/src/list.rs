//! The element buffer of a list object, at offsets compiled code can read.
//!
//! A `Vec`'s field order is not fixed by Rust, so a list keeps its buffer as
//! a `repr(C)` triple (data pointer, length, capacity) instead. Compiled code
//! reads the length and the data pointer at [`LIST_LEN_OFFSET`] and
//! [`LIST_DATA_OFFSET`], and appends in place below [`LIST_CAP_OFFSET`];
//! Rust code borrows the buffer as a `Vec` through
//! [`ListItems`], which writes the triple back when it is dropped.

use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};

/// A list's element words: the parts of a `Vec<u64>` in a fixed order.
#[repr(C)]
pub(crate) struct ListBuf {
    data: *mut u64,
    len: usize,
    cap: usize,
}

impl ListBuf {
    pub(crate) fn new(items: Vec<u64>) -> ListBuf {
        let mut buf = ListBuf { data: std::ptr::NonNull::dangling().as_ptr(), len: 0, cap: 0 };
        buf.set(items);
        buf
    }

    /// The elements, to read.
    pub(crate) fn words(&self) -> &[u64] {
        // SAFETY: `data`/`len` are the parts of a live Vec (non-null, even when
        // empty), kept current by every `ListItems` that changed them.
        unsafe { std::slice::from_raw_parts(self.data, self.len) }
    }

    /// The elements, to change in place.
    pub(crate) fn words_mut(&mut self) -> &mut [u64] {
        // SAFETY: as in `words`; the exclusive borrow of the buffer makes this the
        // only view of the elements.
        unsafe { std::slice::from_raw_parts_mut(self.data, self.len) }
    }

    /// The elements as a `Vec` for as long as the borrow lasts.
    ///
    /// # Safety
    /// The borrow is dropped, not forgotten: until it is, the list still
    /// names the parts the `Vec` may reallocate.
    pub(crate) unsafe fn items(&mut self) -> ListItems<'_> {
        // SAFETY: the parts came from a `Vec<u64>` of the global allocator; the
        // `ListItems` owns them until its drop writes them back (the caller
        // guarantees the drop runs).
        let vec = unsafe { Vec::from_raw_parts(self.data, self.len, self.cap) };
        ListItems { vec: ManuallyDrop::new(vec), buf: self }
    }

    fn set(&mut self, items: Vec<u64>) {
        let mut items = ManuallyDrop::new(items);
        (self.data, self.len, self.cap) = (items.as_mut_ptr(), items.len(), items.capacity());
    }
}

impl Drop for ListBuf {
    fn drop(&mut self) {
        // SAFETY: as in `items`; this is the last owner of the parts.
        drop(unsafe { Vec::from_raw_parts(self.data, self.len, self.cap) });
    }
}

/// A list's elements borrowed as a `Vec<u64>`; the list sees every change
/// when it is dropped (also on unwinding, so the list stays consistent).
pub struct ListItems<'a> {
    vec: ManuallyDrop<Vec<u64>>,
    buf: &'a mut ListBuf,
}

impl Deref for ListItems<'_> {
    type Target = Vec<u64>;

    fn deref(&self) -> &Vec<u64> {
        &self.vec
    }
}

impl DerefMut for ListItems<'_> {
    fn deref_mut(&mut self) -> &mut Vec<u64> {
        &mut self.vec
    }
}

impl Drop for ListItems<'_> {
    fn drop(&mut self) {
        // The list's old parts belong to the Vec (they may be freed already), so
        // they are overwritten, not dropped; the Vec left behind is empty.
        self.buf.set(std::mem::take(&mut *self.vec));
    }
}

/// Where a list object keeps its data pointer (bytes from the object's start).
pub const LIST_DATA_OFFSET: i32 = 8 + std::mem::offset_of!(ListBuf, data) as i32;
/// Where a list object keeps its length (bytes from the object's start).
pub const LIST_LEN_OFFSET: i32 = 8 + std::mem::offset_of!(ListBuf, len) as i32;
/// Where a list object keeps its capacity (bytes from the object's start):
/// compiled code appends in place below it.
pub const LIST_CAP_OFFSET: i32 = 8 + std::mem::offset_of!(ListBuf, cap) as i32;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_through_the_borrow_are_seen_and_the_buffer_is_freed_once() {
        let mut buf = ListBuf::new(vec![1, 2, 3]);
        {
            // SAFETY: (in each test) the borrow is dropped.
            let mut items = unsafe { buf.items() };
            items.push(4);
            items.remove(0);
        }
        assert_eq!(buf.words(), &[2, 3, 4]);
        // SAFETY: a temporary borrow, dropped at the end of the statement.
        unsafe { buf.items() }.clear();
        assert!(buf.words().is_empty());
        // SAFETY: as above.
        unsafe { buf.items() }.extend(0..1000);
        assert_eq!(buf.words().len(), 1000);
        assert_eq!(buf.words()[999], 999);
    }

    #[test]
    fn a_panic_inside_the_borrow_leaves_the_list_consistent() {
        let mut buf = ListBuf::new(vec![7; 4]);
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            // SAFETY: the borrow is dropped by the unwinding.
            let mut items = unsafe { buf.items() };
            items.push(8);
            panic!("inside the borrow");
        }));
        assert!(result.is_err());
        assert_eq!(buf.words(), &[7, 7, 7, 7, 8]);
    }
}
