//! jcvm-gc: the native heap that owns every jcvm object.
//!
//! A precise, non-moving mark-sweep collector. Objects live in size-class
//! chunks (no per-object malloc header, so a 3-float instance costs exactly
//! its 32-byte cell); each object starts with an 8-byte [`Header`] naming its
//! kind and, for instances, the [`Layout`] that says which slots hold
//! references. Roots come from the embedder through [`RootSet`] (interpreter
//! frames, globals, constants) plus the heap's own [`HandleTable`], which is
//! how the Python bridge keeps an object alive from outside.
//!
//! Collection only happens when the embedder calls [`Heap::collect`], at a
//! safepoint where every live reference is visible to its `RootSet`;
//! allocation merely reports through [`Heap::should_collect`] that it is time.
//! Stress mode makes that true after every allocation.

mod chunks;
mod handles;
mod header;
mod heap;
mod layout;
mod list;
mod settable;
mod stats;

pub use chunks::InlineClassOffsets;
pub use handles::{Handle, HandleTable};
pub use header::{
    DictData, Header, KeyCode, ObjKind, ObjRef, HEADER_AUX_OFFSET, HEADER_KIND_OFFSET, STR_ASCII, STR_DATA_OFFSET,
    STR_LEN_OFFSET,
};
pub use heap::{Heap, HeapConfig, InlineInstance, InlineState, RootSet, Tracer};
pub use layout::{Layout, LayoutId};
pub use list::{ListItems, LIST_CAP_OFFSET, LIST_DATA_OFFSET, LIST_LEN_OFFSET};
pub use settable::SetTable;
pub use stats::HeapStats;
