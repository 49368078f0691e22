//! The heap: allocation, the collection trigger, marking and sweeping.

use std::ptr::NonNull;
use std::time::Instant;

use crate::chunks::{cell_size, Cells, InlineClassOffsets, INLINE_CLASS};
use crate::handles::{Handle, HandleTable};
use crate::header::{DictData, DictObj, Header, ListObj, ObjKind, ObjRef, SetObj, StrObj};
use crate::layout::{Layout, LayoutId};
use crate::list::ListBuf;
use crate::settable::SetTable;
use crate::stats::HeapStats;

/// Supplies the embedder's roots to a collection.
pub trait RootSet {
    /// Marks every reference the embedder holds (frames, globals, constants).
    fn trace_roots(&self, tracer: &mut Tracer<'_>);
}

/// Collects marked objects whose slots still have to be scanned.
///
/// An object that can hold no reference (a str, an instance whose layout has
/// no reference slot, a list, dict or set of scalars) is marked but never
/// queued: a list of a million such objects would otherwise grow the queue by
/// a million words during the collection.
pub struct Tracer<'heap> {
    gray: Vec<NonNull<Header>>,
    layouts: &'heap [Layout],
}

impl Tracer<'_> {
    /// Marks the object behind a raw reference word (0 is None and ignored).
    ///
    /// # Safety
    /// `word` is 0 or a live object of this heap (see [`ObjRef::from_raw`]).
    #[inline]
    pub unsafe fn mark_raw(&mut self, word: u64) {
        // SAFETY: the caller's contract.
        if let Some(obj) = unsafe { ObjRef::from_raw(word) } {
            self.mark(obj);
        }
    }

    /// Marks `obj` live and queues it for scanning if it was not marked yet.
    #[inline]
    pub fn mark(&mut self, obj: ObjRef) {
        let ptr = obj.ptr();
        // SAFETY: roots and traced slots only hold pointers to live objects, whose
        // headers are initialized; marking only flips the mark flag.
        unsafe {
            if !(*ptr.as_ptr()).marked {
                (*ptr.as_ptr()).marked = true;
                if self.may_hold_references(obj) {
                    self.gray.push(ptr);
                }
            }
        }
    }

    /// Whether scanning `obj` could find a reference.
    #[inline]
    fn may_hold_references(&self, obj: ObjRef) -> bool {
        match obj.kind() {
            ObjKind::Instance => !self.layouts[obj.layout().0 as usize].ref_slots.is_empty(),
            ObjKind::List => obj.list_holds_refs(),
            ObjKind::Dict => obj.dict_flags() & 3 != 0,
            ObjKind::Set => obj.dict_flags() & 1 != 0,
            ObjKind::Str | ObjKind::Free => false,
        }
    }
}

/// Tuning of the collection trigger.
#[derive(Clone, Debug)]
pub struct HeapConfig {
    /// Collect at every safepoint that follows an allocation.
    pub stress: bool,
    /// Bytes to allocate before the first collection; later the trigger is
    /// the larger of this and the bytes that survived the last collection.
    pub min_threshold: usize,
}

impl Default for HeapConfig {
    fn default() -> Self {
        HeapConfig { stress: false, min_threshold: 8 << 20 }
    }
}

/// The native heap.
pub struct Heap {
    cells: Cells,
    layouts: Vec<Layout>,
    handles: HandleTable,
    config: HeapConfig,
    stats: HeapStats,
    debt: usize,
    threshold: usize,
    /// The debt at which compiled code stops allocating inline and calls the
    /// runtime (which collects): the threshold, or 0 under stress.
    inline_limit: usize,
}

/// What compiled code needs to allocate an instance of one layout inline
/// (see [`Heap::inline_state`]): pop a cell from the size class at
/// `class_offset` in the classes' array, add `size` to the debt, count the
/// cell in the class, write `header` and zero `slots` slots.
#[derive(Clone, Copy, Debug)]
pub struct InlineInstance {
    pub header: u64,
    pub size: usize,
    pub slots: u32,
    pub class_offset: usize,
    pub offsets: InlineClassOffsets,
}

impl InlineInstance {
    /// How an instance of `layout` (registered as `id`) is allocated inline;
    /// None for one too large for a size class.
    pub fn of(layout: &Layout, id: LayoutId) -> Option<InlineInstance> {
        let size = cell_size(layout.instance_bytes());
        let class = Cells::class_of(size)?;
        Some(InlineInstance {
            header: Header::new(ObjKind::Instance, id.0).to_word(),
            size,
            slots: layout.slots,
            class_offset: class * INLINE_CLASS.stride,
            offsets: INLINE_CLASS,
        })
    }
}

/// The addresses compiled code allocates through, valid while the heap is
/// neither moved nor otherwise used (the interpreter hands them to compiled
/// code for one run). Compiled code may pop a size class's free list and
/// count the cell there, and add to `debt` while it stays below `*limit`:
/// exactly what [`Heap::alloc_instance`] does, its statistics aside, which
/// the heap catches up on from the per-class counts.
#[derive(Clone, Copy, Debug)]
pub struct InlineState {
    pub classes: *mut u8,
    pub debt: *mut usize,
    pub limit: *const usize,
}

impl Heap {
    /// An empty heap.
    pub fn new(config: HeapConfig) -> Heap {
        let mut heap = Heap {
            cells: Cells::new(),
            layouts: Vec::new(),
            handles: HandleTable::default(),
            config,
            stats: HeapStats::default(),
            debt: 0,
            threshold: 0,
            inline_limit: 0,
        };
        heap.set_threshold(heap.config.min_threshold);
        heap
    }

    /// Sets the collection trigger, and with it the limit of inline allocation.
    fn set_threshold(&mut self, threshold: usize) {
        self.threshold = threshold;
        self.inline_limit = if self.config.stress { 0 } else { threshold };
    }

    /// Registers an instance layout.
    pub fn register_layout(&mut self, layout: Layout) -> LayoutId {
        self.layouts.push(layout);
        LayoutId((self.layouts.len() - 1) as u32)
    }

    /// Visits every live object (and any not yet swept); the visitor must not free.
    pub fn objects(&mut self, mut visit: impl FnMut(ObjRef)) {
        self.cells.sweep(|cell, _| {
            visit(ObjRef::from_ptr(cell));
            true
        });
    }

    /// Replaces the layout table by `layouts` (a new generation of the program)
    /// and renumbers every live instance: one whose layout was `old` becomes
    /// `renumber[old]`.
    ///
    /// Panics unless every renumbered layout has the same shape (slot count and
    /// reference slots) as the one it replaces, so no live object changes shape.
    pub fn relayout(&mut self, layouts: Vec<Layout>, renumber: &[u32]) {
        assert_eq!(renumber.len(), self.layouts.len(), "relayout: one new id per old layout");
        for (old, &new) in renumber.iter().enumerate() {
            let (before, after) = (&self.layouts[old], &layouts[new as usize]);
            assert!(
                before.slots == after.slots && before.ref_slots == after.ref_slots,
                "relayout: {} changes shape",
                before.name
            );
        }
        self.cells.sweep(|cell, _| {
            // SAFETY: the sweep visits only cells in use, whose headers are initialized;
            // nothing else reads the heap meanwhile (`&mut self`).
            let header = unsafe { &mut *cell.as_ptr() };
            if header.kind == ObjKind::Instance {
                header.aux = renumber[header.aux as usize];
            }
            true
        });
        self.layouts = layouts;
    }

    /// A registered layout.
    pub fn layout(&self, id: LayoutId) -> &Layout {
        &self.layouts[id.0 as usize]
    }

    /// The counters so far.
    pub fn stats(&self) -> HeapStats {
        let mut stats = self.stats.clone();
        for (size, count) in self.cells.taken_inline() {
            stats.count_allocations(size, count);
        }
        stats.reserved_bytes = self.cells.reserved() as u64;
        stats
    }

    /// Where compiled code allocates inline (see [`InlineState`]).
    pub fn inline_state(&mut self) -> InlineState {
        InlineState { classes: self.cells.classes_base(), debt: &mut self.debt, limit: &self.inline_limit }
    }

    /// Counts the cells compiled code allocated inline since the last time
    /// (their bytes are already in the debt).
    fn catch_up_inline(&mut self) {
        for (size, count) in self.cells.taken_inline() {
            self.stats.count_allocations(size, count);
        }
        self.cells.reset_taken_inline();
    }

    /// The handle table (the bridge's roots).
    pub fn handles(&mut self) -> &mut HandleTable {
        &mut self.handles
    }

    /// The object a handle roots, or `None` if it was released.
    pub fn handle(&self, handle: Handle) -> Option<ObjRef> {
        self.handles.get(handle)
    }

    /// Roots `obj` through a new handle.
    pub fn root(&mut self, obj: ObjRef) -> Handle {
        self.handles.insert(obj)
    }

    fn account(&mut self, bytes: usize) {
        self.stats.count_allocations(bytes, 1);
        self.debt += bytes;
    }

    /// Counts memory an object owns outside its cell (a list's buffer growing),
    /// so it advances the collection trigger.
    pub fn note_external_bytes(&mut self, bytes: usize) {
        self.debt += bytes;
    }

    /// A new instance of `layout` with every slot zero (0, 0.0, False, None).
    pub fn alloc_instance(&mut self, layout: LayoutId) -> ObjRef {
        let l = &self.layouts[layout.0 as usize];
        let bytes = cell_size(l.instance_bytes());
        let slots = l.slots as usize;
        let cell = self.cells.alloc(bytes);
        // SAFETY: the cell holds at least 8 + 8 * slots bytes and is ours until freed.
        unsafe {
            cell.as_ptr().write(Header::new(ObjKind::Instance, layout.0));
            std::ptr::write_bytes((cell.as_ptr() as *mut u64).add(1), 0, slots);
        }
        self.account(bytes);
        ObjRef::from_ptr(cell)
    }

    /// A new list owning `items`; `holds_refs` says whether they are references.
    pub fn alloc_list(&mut self, items: Vec<u64>, holds_refs: bool) -> ObjRef {
        let bytes = std::mem::size_of::<ListObj>();
        self.debt += items.capacity() * 8;
        let cell = self.cells.alloc(bytes);
        // SAFETY: the cell is a fresh ListObj-sized cell.
        unsafe {
            (cell.as_ptr() as *mut ListObj).write(ListObj {
                header: Header::new(ObjKind::List, u32::from(holds_refs)),
                items: ListBuf::new(items),
            })
        };
        self.account(cell_size(bytes));
        ObjRef::from_ptr(cell)
    }

    /// A new empty dict; `flags` as in [`ObjKind::Dict`].
    pub fn alloc_dict(&mut self, flags: u32) -> ObjRef {
        let bytes = std::mem::size_of::<DictObj>();
        self.debt += std::mem::size_of::<DictData>();
        let cell = self.cells.alloc(bytes);
        // SAFETY: the cell is a fresh DictObj-sized cell.
        unsafe {
            (cell.as_ptr() as *mut DictObj)
                .write(DictObj { header: Header::new(ObjKind::Dict, flags), data: Box::default() })
        };
        self.account(cell_size(bytes));
        ObjRef::from_ptr(cell)
    }

    /// A new empty set; `flags` as in [`ObjKind::Set`].
    pub fn alloc_set(&mut self, flags: u32) -> ObjRef {
        self.alloc_set_with(flags, SetTable::new())
    }

    /// A new set holding `table`; `flags` as in [`ObjKind::Set`].
    pub fn alloc_set_with(&mut self, flags: u32, table: SetTable) -> ObjRef {
        let bytes = std::mem::size_of::<SetObj>();
        self.debt += table.table_size() * SetTable::SLOT_BYTES;
        let cell = self.cells.alloc(bytes);
        // SAFETY: the cell is a fresh SetObj-sized cell.
        unsafe { (cell.as_ptr() as *mut SetObj).write(SetObj { header: Header::new(ObjKind::Set, flags), table }) };
        self.account(cell_size(bytes));
        ObjRef::from_ptr(cell)
    }

    /// A new string.
    pub fn alloc_str(&mut self, text: impl Into<Box<str>>) -> ObjRef {
        let text = text.into();
        let bytes = std::mem::size_of::<StrObj>();
        self.debt += text.len();
        let cell = self.cells.alloc(bytes);
        // SAFETY: the cell is a fresh StrObj-sized cell.
        unsafe { (cell.as_ptr() as *mut StrObj).write(StrObj::new(text)) };
        self.account(cell_size(bytes));
        ObjRef::from_ptr(cell)
    }

    /// Whether the embedder should call [`Heap::collect`] at its next safepoint.
    #[inline]
    pub fn should_collect(&self) -> bool {
        self.debt >= self.threshold || (self.config.stress && self.debt > 0)
    }

    /// Marks from `roots` and the handle table, then frees every unmarked object.
    pub fn collect(&mut self, roots: &dyn RootSet) {
        let start = Instant::now();
        self.catch_up_inline();
        let mut tracer = Tracer { gray: Vec::new(), layouts: &self.layouts };
        roots.trace_roots(&mut tracer);
        for obj in self.handles.iter() {
            tracer.mark(obj);
        }
        while let Some(ptr) = tracer.gray.pop() {
            self.scan(ptr, &mut tracer);
        }
        drop(tracer);
        let (mut live_objects, mut live_bytes, mut freed) = (0u64, 0u64, 0u64);
        self.cells.sweep(|cell, size| {
            // SAFETY: the sweep only visits cells in use, whose headers are initialized.
            let header = unsafe { &mut *cell.as_ptr() };
            if header.marked {
                header.marked = false;
                live_objects += 1;
                live_bytes += size as u64;
                return true;
            }
            // (An instance owns nothing outside its cell: no finalizer to dispatch on.)
            if header.kind != ObjKind::Instance {
                // SAFETY: the object is unreachable, so nothing can observe it being finalized.
                unsafe { finalize(cell) };
            }
            freed += 1;
            false
        });
        self.stats.live_objects = live_objects;
        self.stats.live_bytes = live_bytes;
        self.stats.freed_objects += freed;
        self.stats.collections += 1;
        self.debt = 0;
        self.set_threshold(self.config.min_threshold.max(live_bytes as usize));
        let pause = start.elapsed();
        self.stats.total_pause += pause;
        self.stats.max_pause = self.stats.max_pause.max(pause);
    }

    fn scan(&self, ptr: NonNull<Header>, tracer: &mut Tracer<'_>) {
        let obj = ObjRef::from_ptr(ptr);
        match obj.kind() {
            ObjKind::Instance => {
                for &slot in &self.layouts[obj.layout().0 as usize].ref_slots {
                    // SAFETY: the layout's ref slots lie inside the instance and hold 0 or
                    // live objects (the embedder stores only references there).
                    unsafe { tracer.mark_raw(obj.field(slot)) };
                }
            }
            ObjKind::List if obj.list_holds_refs() => {
                // SAFETY: a marked list is live; the mutator is stopped, so no other borrow exists.
                for &word in unsafe { obj.list_words() } {
                    // SAFETY: a list of references holds 0 or live objects.
                    unsafe { tracer.mark_raw(word) };
                }
            }
            ObjKind::Dict => {
                let flags = obj.dict_flags();
                // SAFETY: a marked dict is live; the mutator is stopped, so no other borrow exists.
                let data = unsafe { obj.dict_data() };
                for (i, alive) in data.live.iter().enumerate() {
                    // SAFETY: keys and values flagged as references are 0 or live objects.
                    if *alive && flags & 1 != 0 {
                        unsafe { tracer.mark_raw(data.keys[i]) };
                    }
                    // SAFETY: as above.
                    if *alive && flags & 2 != 0 {
                        unsafe { tracer.mark_raw(data.values[i]) };
                    }
                }
            }
            ObjKind::Set if obj.dict_flags() & 1 != 0 => {
                // SAFETY: a marked set is live; the mutator is stopped, so no other borrow exists.
                for word in unsafe { obj.set_table() }.iter() {
                    // SAFETY: a set of references holds 0 or live objects.
                    unsafe { tracer.mark_raw(word) };
                }
            }
            ObjKind::List | ObjKind::Set | ObjKind::Str | ObjKind::Free => {}
        }
    }
}

/// Drops what an object owns outside its cell.
///
/// # Safety
/// `cell` holds an initialized, unreachable object that is finalized only once.
unsafe fn finalize(cell: NonNull<Header>) {
    // SAFETY: per the contract, the header is initialized and the object is dead.
    unsafe {
        match (*cell.as_ptr()).kind {
            ObjKind::List => std::ptr::drop_in_place(&mut (*(cell.as_ptr() as *mut ListObj)).items),
            ObjKind::Str => std::ptr::drop_in_place(cell.as_ptr() as *mut StrObj),
            ObjKind::Dict => std::ptr::drop_in_place(&mut (*(cell.as_ptr() as *mut DictObj)).data),
            ObjKind::Set => std::ptr::drop_in_place(&mut (*(cell.as_ptr() as *mut SetObj)).table),
            ObjKind::Instance | ObjKind::Free => {}
        }
    }
}

// SAFETY: a heap owns its chunks and objects outright; nothing in it is tied to
// the thread that made it (no thread-locals, no shared counters), so moving it to
// another thread is sound. It is not `Sync`: every use needs `&mut` or one owner.
unsafe impl Send for Heap {}

impl Drop for Heap {
    fn drop(&mut self) {
        self.cells.sweep(|cell, _| {
            // SAFETY: the heap is going away; each object is finalized exactly once here.
            unsafe { finalize(cell) };
            false
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A root set listing raw words, standing in for interpreter frames.
    struct Roots(Vec<u64>);

    impl RootSet for Roots {
        fn trace_roots(&self, tracer: &mut Tracer<'_>) {
            for &word in &self.0 {
                // SAFETY: the tests list only words of objects they allocated and keep.
                unsafe { tracer.mark_raw(word) };
            }
        }
    }

    fn node_layout(heap: &mut Heap) -> LayoutId {
        // slot 0: value (int), slot 1: next (ref)
        heap.register_layout(Layout { name: "Node".into(), slots: 2, ref_slots: vec![1] })
    }

    /// Allocates an instance the way compiled code does (`InlineInstance`
    /// through `InlineState`), or None when it would call the runtime.
    fn alloc_inline(heap: &mut Heap, layout: LayoutId) -> Option<ObjRef> {
        let inline = InlineInstance::of(&heap.layouts[layout.0 as usize].clone(), layout)?;
        let state = heap.inline_state();
        // SAFETY: what the JIT's inline allocation does, on a heap nothing else uses meanwhile.
        unsafe {
            if *state.debt + inline.size >= *state.limit {
                return None;
            }
            let class = state.classes.add(inline.class_offset);
            let free = class.add(inline.offsets.free) as *mut *mut u64;
            let cell = *free;
            if cell.is_null() {
                return None;
            }
            *free = *cell.add(1) as *mut u64;
            *state.debt += inline.size;
            *(class.add(inline.offsets.taken) as *mut u64) += 1;
            *cell = inline.header;
            for slot in 0..inline.slots as usize {
                *cell.add(1 + slot) = 0;
            }
            ObjRef::from_raw(cell as u64)
        }
    }

    #[test]
    fn inline_allocations_are_objects_and_are_counted() {
        let mut heap = Heap::new(HeapConfig::default());
        let layout = node_layout(&mut heap);
        let first = node(&mut heap, layout, 1, None);
        let second = alloc_inline(&mut heap, layout).expect("a free cell after the first allocation's chunk");
        assert_eq!(second.kind(), ObjKind::Instance);
        assert_eq!(second.layout(), layout);
        // SAFETY: a fresh two-slot instance.
        unsafe {
            assert_eq!((second.field(0), second.field(1)), (0, 0));
            second.set_field(1, first.to_raw());
        }
        let dropped = alloc_inline(&mut heap, layout).expect("more free cells");
        assert_ne!(dropped, second);
        let stats = heap.stats();
        assert_eq!((stats.allocations, stats.live_objects), (3, 3));
        assert_eq!(stats.bytes_allocated, 3 * 24);
        assert_eq!(stats.peak_live_bytes, 3 * 24);
        heap.collect(&Roots(vec![second.to_raw()]));
        let stats = heap.stats();
        assert_eq!((stats.allocations, stats.live_objects, stats.freed_objects), (3, 2, 1));
        assert_eq!(stats.peak_live_bytes, 3 * 24);
    }

    #[test]
    fn stress_mode_never_allocates_inline() {
        let mut heap = Heap::new(HeapConfig { stress: true, ..HeapConfig::default() });
        let layout = node_layout(&mut heap);
        node(&mut heap, layout, 1, None);
        assert!(alloc_inline(&mut heap, layout).is_none());
    }

    fn node(heap: &mut Heap, layout: LayoutId, value: u64, next: Option<ObjRef>) -> ObjRef {
        let obj = heap.alloc_instance(layout);
        // SAFETY: obj is a fresh two-slot instance.
        unsafe {
            obj.set_field(0, value);
            obj.set_field(1, next.map_or(0, ObjRef::to_raw));
        }
        obj
    }

    #[test]
    fn unreachable_objects_are_freed_and_reachable_kept() {
        let mut heap = Heap::new(HeapConfig::default());
        let layout = node_layout(&mut heap);
        let tail = node(&mut heap, layout, 2, None);
        let head = node(&mut heap, layout, 1, Some(tail));
        let _garbage = node(&mut heap, layout, 3, None);
        heap.alloc_str("garbage text");
        heap.collect(&Roots(vec![head.to_raw()]));
        let stats = heap.stats();
        assert_eq!(stats.live_objects, 2);
        assert_eq!(stats.freed_objects, 2);
        // SAFETY: head and tail were kept alive by the root.
        unsafe {
            assert_eq!(head.field(0), 1);
            assert_eq!(ObjRef::from_raw(head.field(1)), Some(tail));
            assert_eq!(tail.field(0), 2);
        }
    }

    #[test]
    fn cycles_are_freed() {
        let mut heap = Heap::new(HeapConfig::default());
        let layout = node_layout(&mut heap);
        let a = node(&mut heap, layout, 1, None);
        let b = node(&mut heap, layout, 2, Some(a));
        // SAFETY: a is a live two-slot instance.
        unsafe { a.set_field(1, b.to_raw()) };
        heap.collect(&Roots(vec![a.to_raw()]));
        assert_eq!(heap.stats().live_objects, 2);
        heap.collect(&Roots(vec![]));
        assert_eq!(heap.stats().live_objects, 0);
        assert_eq!(heap.stats().freed_objects, 2);
    }

    #[test]
    fn relayout_renumbers_live_instances() {
        let mut heap = Heap::new(HeapConfig::default());
        let layout = node_layout(&mut heap);
        let obj = node(&mut heap, layout, 7, None);
        let other = Layout { name: "Other".into(), slots: 1, ref_slots: vec![] };
        let node_shape = heap.layout(layout).clone();
        heap.relayout(vec![other, node_shape], &[1]);
        assert_eq!(obj.layout(), LayoutId(1));
        // SAFETY: a live node instance has two slots.
        assert_eq!(unsafe { obj.field(0) }, 7);
    }

    #[test]
    fn handles_keep_objects_alive_until_released() {
        let mut heap = Heap::new(HeapConfig::default());
        let layout = node_layout(&mut heap);
        let obj = node(&mut heap, layout, 7, None);
        let handle = heap.root(obj);
        heap.collect(&Roots(vec![]));
        assert_eq!(heap.stats().live_objects, 1);
        assert_eq!(heap.handles().get(handle), Some(obj));
        heap.handles().release(handle);
        heap.collect(&Roots(vec![]));
        assert_eq!(heap.stats().live_objects, 0);
        assert_eq!(heap.handles().get(handle), None);
    }

    #[test]
    fn lists_trace_their_elements_and_strings_survive() {
        let mut heap = Heap::new(HeapConfig::default());
        let s = heap.alloc_str("hello");
        let list = heap.alloc_list(vec![s.to_raw(), 0], true);
        let ints = heap.alloc_list(vec![s.to_raw()], false);
        heap.collect(&Roots(vec![list.to_raw(), ints.to_raw()]));
        assert_eq!(heap.stats().live_objects, 3);
        // SAFETY: s is reachable from the rooted list.
        assert_eq!(unsafe { s.str() }, "hello");
        heap.collect(&Roots(vec![ints.to_raw()]));
        assert_eq!(heap.stats().live_objects, 1, "a non-ref list must not keep its words alive");
    }

    #[test]
    fn leaves_are_marked_and_containers_beside_them_still_scanned() {
        let mut heap = Heap::new(HeapConfig::default());
        let nodes = node_layout(&mut heap);
        let point = heap.register_layout(Layout { name: "P".into(), slots: 3, ref_slots: vec![] });
        let tail = node(&mut heap, nodes, 2, None);
        let head = node(&mut heap, nodes, 1, Some(tail));
        let leaf = heap.alloc_instance(point);
        let scalars = heap.alloc_list(vec![7, 8], false);
        let inner = heap.alloc_list(vec![head.to_raw()], true);
        let outer = heap.alloc_list(vec![leaf.to_raw(), scalars.to_raw(), inner.to_raw()], true);
        heap.alloc_instance(point);
        heap.collect(&Roots(vec![outer.to_raw()]));
        assert_eq!(heap.stats().live_objects, 6, "everything but the unrooted point survives");
        // SAFETY: head and tail are reachable through `inner`.
        assert_eq!(unsafe { (head.field(1), tail.field(0)) }, (tail.to_raw(), 2));
        heap.collect(&Roots(vec![outer.to_raw()]));
        assert_eq!(heap.stats().live_objects, 6, "marks are cleared for the next collection");
    }

    #[test]
    fn fields_copy_in_and_out_as_a_range() {
        let mut heap = Heap::new(HeapConfig::default());
        let layout = heap.register_layout(Layout { name: "G".into(), slots: 5, ref_slots: vec![] });
        let obj = heap.alloc_instance(layout);
        let mut out = [0u64; 5];
        // SAFETY: a fresh five-slot instance; the slices are outside it.
        unsafe {
            obj.set_fields(1, &[7, 8, 9]);
            obj.set_field(4, 10);
            obj.fields_into(0, &mut out);
        }
        assert_eq!(out, [0, 7, 8, 9, 10]);
    }

    #[test]
    fn three_float_instance_takes_32_bytes() {
        let mut heap = Heap::new(HeapConfig::default());
        let layout = heap.register_layout(Layout { name: "P".into(), slots: 3, ref_slots: vec![] });
        let roots: Vec<u64> = (0..100_000).map(|_| heap.alloc_instance(layout).to_raw()).collect();
        let stats = heap.stats();
        assert_eq!(stats.live_bytes, 32 * 100_000);
        assert!(stats.reserved_bytes < 35 * 100_000, "chunk overhead stays small: {}", stats.reserved_bytes);
        heap.collect(&Roots(roots));
        assert_eq!(heap.stats().live_objects, 100_000);
    }

    #[test]
    fn stress_mode_asks_after_every_allocation() {
        let mut heap = Heap::new(HeapConfig { stress: true, ..HeapConfig::default() });
        assert!(!heap.should_collect());
        heap.alloc_str("x");
        assert!(heap.should_collect());
        heap.collect(&Roots(vec![]));
        assert!(!heap.should_collect());
    }

    #[test]
    fn large_instances_live_outside_chunks() {
        let mut heap = Heap::new(HeapConfig::default());
        let layout = heap.register_layout(Layout { name: "Big".into(), slots: 100, ref_slots: vec![99] });
        let inner = heap.alloc_str("inner");
        let big = heap.alloc_instance(layout);
        // SAFETY: big has 100 slots.
        unsafe { big.set_field(99, inner.to_raw()) };
        heap.collect(&Roots(vec![big.to_raw()]));
        assert_eq!(heap.stats().live_objects, 2);
        heap.collect(&Roots(vec![]));
        assert_eq!(heap.stats().live_objects, 0);
    }
}
