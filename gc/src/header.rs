//! The object header and the raw object reference.
//!
//! Every heap object begins with a [`Header`]: 8 bytes holding the object's
//! kind, its mark bit and a kind-specific word (the layout id of an instance,
//! the element flags of a list). Field slots follow at 8-byte strides.

use std::ptr::NonNull;

use crate::layout::LayoutId;
use crate::list::{ListBuf, ListItems};
use crate::settable::SetTable;

/// What an object is; decides how it is traced and finalized.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjKind {
    /// A free cell on a size-class free list (never seen by the mutator).
    Free = 0,
    /// A class instance: `Layout::slots` 8-byte fields after the header.
    Instance = 1,
    /// A list: a `Vec<u64>` of raw element words after the header.
    List = 2,
    /// An immutable string: a `Box<str>` after the header.
    Str = 3,
    /// A dict: a boxed [`DictData`] after the header; `aux` bit 0 says the keys
    /// are references, bit 1 the values, and the bits above hold the embedder's
    /// key-type tag.
    Dict = 4,
    /// A set: a [`SetTable`] after the header; `aux` as for a dict (bit 0: the
    /// keys are references).
    Set = 5,
}

/// The entries of a dict in insertion order, with an
/// index from each key's canonical encoding (made by the embedder, which knows
/// what equal keys are) to its entry. A deleted entry stays as a hole
/// (`live` false) until the entries are compacted, which happens when CPython
/// 3.11 would resize the dict (`usable` is its insertion budget), so a loop
/// over a dict that its body changes meets the entries CPython's would.
#[derive(Debug, Default)]
pub struct DictData {
    pub keys: Vec<u64>,
    pub values: Vec<u64>,
    pub live: Vec<bool>,
    pub len: usize,
    /// New entries that fit before the next compaction (CPython's `dk_usable`).
    pub usable: usize,
    /// Entry numbers by canonical key encoding (FxHash: keys are short and the
    /// hash need not resist collisions chosen by an attacker).
    pub index: rustc_hash::FxHashMap<KeyCode, u32>,
}

/// A key's canonical encoding as a dict's index holds it: short encodings (ints,
/// floats, short strs) inline, so inserting them allocates nothing.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum KeyCode {
    Inline(u8, [u8; KeyCode::INLINE]),
    Boxed(Box<[u8]>),
}

impl KeyCode {
    /// Longest encoding kept inline.
    pub const INLINE: usize = 22;

    /// The index key of an encoding (one encoding always gives the same key).
    pub fn new(bytes: &[u8]) -> KeyCode {
        if bytes.len() <= KeyCode::INLINE {
            let mut inline = [0; KeyCode::INLINE];
            inline[..bytes.len()].copy_from_slice(bytes);
            KeyCode::Inline(bytes.len() as u8, inline)
        } else {
            KeyCode::Boxed(bytes.into())
        }
    }
}

impl DictData {
    /// Makes room for one new entry: when the budget is spent, compacts and
    /// sets the budget of a table sized as CPython 3.11 resizes one
    /// (`calculate_log2_keysize(3 * used)`, two thirds of it usable).
    pub fn reserve_entry(&mut self) {
        if self.usable == 0 {
            self.compact();
            let minsize = ((self.len * 3) | 8) - 1;
            let size = 1usize << (usize::BITS - (minsize | 7).leading_zeros());
            self.usable = size * 2 / 3 - self.len;
        }
        self.usable -= 1;
    }

    /// Removes the holes left by deletions (entry numbers change; the index is rebuilt).
    pub fn compact(&mut self) {
        if self.len == self.keys.len() {
            return;
        }
        let mut keep = self.live.iter().copied();
        self.keys.retain(|_| keep.next().unwrap_or(false));
        if !self.values.is_empty() {
            let mut keep = self.live.iter().copied();
            self.values.retain(|_| keep.next().unwrap_or(false));
        }
        let mut order: Vec<(KeyCode, u32)> = self.index.drain().collect();
        order.sort_by_key(|(_, at)| *at);
        let live = std::mem::take(&mut self.live);
        let mut new_at = 0u32;
        let mut renumber = vec![0u32; live.len()];
        for (old, alive) in live.iter().enumerate() {
            renumber[old] = new_at;
            if *alive {
                new_at += 1;
            }
        }
        self.index = order.into_iter().map(|(k, at)| (k, renumber[at as usize])).collect();
        self.live = vec![true; self.keys.len()];
    }
}

/// The body of a dict object.
#[repr(C)]
pub(crate) struct DictObj {
    pub(crate) header: Header,
    pub(crate) data: Box<DictData>,
}

/// The body of a set object: the table itself lives in the cell.
#[repr(C)]
pub(crate) struct SetObj {
    pub(crate) header: Header,
    pub(crate) table: SetTable,
}

/// The first 8 bytes of every object.
#[repr(C)]
#[derive(Debug)]
pub struct Header {
    /// For instances the [`LayoutId`]; for lists 1 when elements are references.
    pub(crate) aux: u32,
    pub(crate) kind: ObjKind,
    pub(crate) marked: bool,
    _pad: u16,
}

/// Where every object keeps its [`ObjKind`] (a byte; bytes from the object's
/// start): compiled code tests it.
pub const HEADER_KIND_OFFSET: i32 = std::mem::offset_of!(Header, kind) as i32;
/// Where every object keeps its `aux` word (an instance's layout id; a u32).
pub const HEADER_AUX_OFFSET: i32 = std::mem::offset_of!(Header, aux) as i32;

impl Header {
    pub(crate) fn new(kind: ObjKind, aux: u32) -> Header {
        Header { aux, kind, marked: false, _pad: 0 }
    }

    /// The header as the word compiled code stores.
    pub(crate) fn to_word(&self) -> u64 {
        const _: () = assert!(std::mem::size_of::<Header>() == 8);
        // SAFETY: `Header` is `repr(C)`, 8 bytes (checked above) with no padding
        // bytes (`_pad` fills the gap), every field initialized.
        unsafe { std::mem::transmute_copy::<Header, u64>(self) }
    }
}

/// The body of a list object.
#[repr(C)]
pub(crate) struct ListObj {
    pub(crate) header: Header,
    pub(crate) items: ListBuf,
}

/// The body of a string object: the UTF-8 bytes of a `Box<str>` it owns, as
/// a pointer and a length at fixed offsets (compiled code reads them, see
/// [`STR_DATA_OFFSET`]). The header's `aux` is [`STR_ASCII`] when every
/// character is ASCII (then byte `i` is character `i`).
#[repr(C)]
pub(crate) struct StrObj {
    pub(crate) header: Header,
    data: NonNull<u8>,
    len: usize,
}

/// A str object's `aux` when its text is all ASCII.
pub const STR_ASCII: u32 = 1;
/// Where a str object keeps the address of its bytes (bytes from its start).
pub const STR_DATA_OFFSET: i32 = std::mem::offset_of!(StrObj, data) as i32;
/// Where a str object keeps its length in bytes.
pub const STR_LEN_OFFSET: i32 = std::mem::offset_of!(StrObj, len) as i32;

impl StrObj {
    pub(crate) fn new(text: Box<str>) -> StrObj {
        let aux = if text.is_ascii() { STR_ASCII } else { 0 };
        let len = text.len();
        // `Box::into_raw` never returns null (an empty box's pointer is dangling, not null).
        let data = NonNull::new(Box::into_raw(text) as *mut u8).expect("a box is never null");
        StrObj { header: Header::new(ObjKind::Str, aux), data, len }
    }

    fn text(&self) -> &str {
        // SAFETY: `data` and `len` are the bytes of the `Box<str>` this object owns
        // (made in `new`, freed only by `drop`): valid UTF-8, alive as long as `self`.
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.data.as_ptr(), self.len)) }
    }
}

impl Drop for StrObj {
    fn drop(&mut self) {
        let bytes = std::ptr::slice_from_raw_parts_mut(self.data.as_ptr(), self.len) as *mut str;
        // SAFETY: the pointer and length of the box `new` leaked, dropped once.
        drop(unsafe { Box::from_raw(bytes) });
    }
}

/// A reference to a live heap object; the raw word 0 stands for `None`.
///
/// `ObjRef` is a plain pointer: it does not keep the object alive. Whoever
/// holds one across a safepoint must make it reachable from a root.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ObjRef(NonNull<Header>);

impl ObjRef {
    /// The reference stored in a raw register or slot word; `None` for 0.
    ///
    /// # Safety
    /// `word` is 0 or the address of a live object of this heap (a word read
    /// from a reference register, field, element or global): every method of
    /// the `ObjRef` reads its header.
    #[inline]
    pub unsafe fn from_raw(word: u64) -> Option<ObjRef> {
        NonNull::new(word as usize as *mut Header).map(ObjRef)
    }

    /// The raw word for a register or slot.
    #[inline]
    pub fn to_raw(self) -> u64 {
        self.0.as_ptr() as usize as u64
    }

    pub(crate) fn from_ptr(ptr: NonNull<Header>) -> ObjRef {
        ObjRef(ptr)
    }

    pub(crate) fn ptr(self) -> NonNull<Header> {
        self.0
    }

    /// The object's kind.
    #[inline]
    pub fn kind(self) -> ObjKind {
        // SAFETY: an ObjRef is only made from a pointer to an allocated cell
        // whose header is initialized; callers hold it only while the object is live.
        unsafe { (*self.0.as_ptr()).kind }
    }

    /// The layout of an instance.
    #[inline]
    pub fn layout(self) -> LayoutId {
        debug_assert_eq!(self.kind(), ObjKind::Instance);
        // SAFETY: as in `kind`.
        LayoutId(unsafe { (*self.0.as_ptr()).aux })
    }

    /// Reads field `slot` of an instance.
    ///
    /// # Safety
    /// The object is a live instance with more than `slot` slots.
    #[inline]
    pub unsafe fn field(self, slot: u32) -> u64 {
        // SAFETY: the caller guarantees the slot lies inside the instance's cell.
        unsafe { *self.slot_ptr(slot) }
    }

    /// Writes field `slot` of an instance.
    ///
    /// # Safety
    /// The object is a live instance with more than `slot` slots.
    #[inline]
    pub unsafe fn set_field(self, slot: u32, value: u64) {
        // SAFETY: the caller guarantees the slot lies inside the instance's cell.
        unsafe { *self.slot_ptr(slot) = value }
    }

    /// Writes `words` to the fields from slot `first` on, in one copy.
    ///
    /// # Safety
    /// The object is a live instance with at least `first + words.len()`
    /// slots, and `words` does not lie inside it.
    #[inline]
    pub unsafe fn set_fields(self, first: u32, words: &[u64]) {
        // SAFETY: the caller guarantees the slots lie inside the instance's cell
        // and do not overlap `words`.
        unsafe { std::ptr::copy_nonoverlapping(words.as_ptr(), self.slot_ptr(first), words.len()) }
    }

    /// Copies the fields from slot `first` on into `out`, in one copy.
    ///
    /// # Safety
    /// The object is a live instance with at least `first + out.len()`
    /// slots, and `out` does not lie inside it.
    #[inline]
    pub unsafe fn fields_into(self, first: u32, out: &mut [u64]) {
        // SAFETY: as in `set_fields`.
        unsafe { std::ptr::copy_nonoverlapping(self.slot_ptr(first), out.as_mut_ptr(), out.len()) }
    }

    #[inline]
    unsafe fn slot_ptr(self, slot: u32) -> *mut u64 {
        // SAFETY: fields start right after the 8-byte header; the caller
        // guarantees `slot` is in bounds.
        unsafe { (self.0.as_ptr() as *mut u64).add(1 + slot as usize) }
    }

    /// The element words of a list, borrowed as a `Vec`.
    ///
    /// # Safety
    /// The object is a live list, no other borrow of its items is alive, and
    /// the borrow is dropped (not forgotten).
    #[inline]
    pub unsafe fn list_items<'a>(self) -> ListItems<'a> {
        debug_assert_eq!(self.kind(), ObjKind::List);
        // SAFETY: the caller guarantees this is a live ListObj with no other
        // borrow, and that the borrow is dropped.
        unsafe { (*(self.0.as_ptr() as *mut ListObj)).items.items() }
    }

    /// The element words of a list, to read.
    ///
    /// # Safety
    /// The object is a live list and no mutable borrow of its items is alive
    /// (shared borrows may be: `xs + xs` reads one list twice).
    #[inline]
    pub unsafe fn list_words<'a>(self) -> &'a [u64] {
        debug_assert_eq!(self.kind(), ObjKind::List);
        // SAFETY: the caller guarantees this is a live ListObj not borrowed mutably.
        unsafe { (*(self.0.as_ptr() as *const ListObj)).items.words() }
    }

    /// The element words of a list, to change in place (not its length).
    ///
    /// # Safety
    /// The object is a live list and no other borrow of its items is alive.
    #[inline]
    pub unsafe fn list_words_mut<'a>(self) -> &'a mut [u64] {
        debug_assert_eq!(self.kind(), ObjKind::List);
        // SAFETY: the caller guarantees this is a live ListObj borrowed by nothing else.
        unsafe { (*(self.0.as_ptr() as *mut ListObj)).items.words_mut() }
    }

    /// Whether a list's elements are references.
    #[inline]
    pub fn list_holds_refs(self) -> bool {
        // SAFETY: as in `kind`.
        unsafe { (*self.0.as_ptr()).aux == 1 }
    }

    /// The entries of a dict or set.
    ///
    /// # Safety
    /// The object is a live dict and no other borrow of its data is alive.
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn dict_data<'a>(self) -> &'a mut DictData {
        debug_assert_eq!(self.kind(), ObjKind::Dict);
        // SAFETY: the caller guarantees this is a live DictObj with no other borrow.
        unsafe { &mut (*(self.0.as_ptr() as *mut DictObj)).data }
    }

    /// The table of a set, to read.
    ///
    /// # Safety
    /// The object is a live set and no mutable borrow of its table exists while
    /// the returned one is used.
    #[inline]
    pub unsafe fn set_table<'a>(self) -> &'a SetTable {
        debug_assert_eq!(self.kind(), ObjKind::Set);
        // SAFETY: the caller guarantees this is a live SetObj with no mutable borrow.
        unsafe { &(*(self.0.as_ptr() as *const SetObj)).table }
    }

    /// The table of a set, to change.
    ///
    /// # Safety
    /// The object is a live set and no other borrow of its table exists while the
    /// returned one is used.
    #[inline]
    pub unsafe fn set_table_mut<'a>(self) -> &'a mut SetTable {
        debug_assert_eq!(self.kind(), ObjKind::Set);
        // SAFETY: the caller guarantees this is a live SetObj with no other borrow.
        unsafe { &mut (*(self.0.as_ptr() as *mut SetObj)).table }
    }

    /// A dict's or set's flags word (`aux`): reference bits and the embedder's key-type tag.
    #[inline]
    pub fn dict_flags(self) -> u32 {
        // SAFETY: as in `kind`.
        unsafe { (*self.0.as_ptr()).aux }
    }

    /// The text of a string.
    ///
    /// # Safety
    /// The object is a live string; the returned borrow must end before it can be freed.
    #[inline]
    pub unsafe fn str<'a>(self) -> &'a str {
        debug_assert_eq!(self.kind(), ObjKind::Str);
        // SAFETY: the caller guarantees this is a live StrObj.
        unsafe { (*(self.0.as_ptr() as *const StrObj)).text() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_is_one_word() {
        assert_eq!(std::mem::size_of::<Header>(), 8);
        assert_eq!(std::mem::size_of::<ListObj>(), 32);
        assert_eq!(std::mem::size_of::<StrObj>(), 24);
    }

    #[test]
    fn zero_is_none() {
        // SAFETY: 0 is None.
        assert!(unsafe { ObjRef::from_raw(0) }.is_none());
    }
}
