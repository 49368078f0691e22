//! Handles: roots held from outside the heap.
//!
//! A [`Handle`] keeps one object alive until it is released; the Python
//! bridge gives every proxy one. The table is traced as part of every
//! collection's root set.
//!
//! A handle names a slot and the slot's generation: releasing a slot bumps
//! its generation, so a stale or doubled release (or a read through a
//! released handle) finds a mismatch and touches nothing, even after the
//! slot was reused for another object.

use crate::header::ObjRef;

/// A slot of a [`HandleTable`] and its generation; keeps its object alive until released.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Handle {
    index: u32,
    generation: u32,
}

impl Handle {
    /// The handle as one word (for embedders that store it in a foreign object).
    pub fn to_bits(self) -> u64 {
        u64::from(self.index) | (u64::from(self.generation) << 32)
    }

    /// The handle [`Handle::to_bits`] made.
    pub fn from_bits(bits: u64) -> Handle {
        Handle { index: bits as u32, generation: (bits >> 32) as u32 }
    }
}

#[derive(Clone, Copy)]
struct Slot {
    generation: u32,
    obj: Option<ObjRef>,
}

/// Slots of rooted objects, with a free list of released slots.
#[derive(Default)]
pub struct HandleTable {
    slots: Vec<Slot>,
    free: Vec<u32>,
}

impl HandleTable {
    /// Roots `obj` and returns the handle that keeps it alive.
    pub fn insert(&mut self, obj: ObjRef) -> Handle {
        if let Some(index) = self.free.pop() {
            let slot = &mut self.slots[index as usize];
            slot.obj = Some(obj);
            return Handle { index, generation: slot.generation };
        }
        self.slots.push(Slot { generation: 0, obj: Some(obj) });
        Handle { index: (self.slots.len() - 1) as u32, generation: 0 }
    }

    /// The object a handle roots, or `None` if it was released.
    pub fn get(&self, handle: Handle) -> Option<ObjRef> {
        self.slots.get(handle.index as usize).filter(|s| s.generation == handle.generation).and_then(|s| s.obj)
    }

    /// Releases a handle; its object may be collected once nothing else holds it.
    /// Returns whether the handle was live (a stale handle changes nothing).
    pub fn release(&mut self, handle: Handle) -> bool {
        match self.slots.get_mut(handle.index as usize) {
            Some(slot) if slot.generation == handle.generation && slot.obj.is_some() => {
                slot.obj = None;
                slot.generation = slot.generation.wrapping_add(1);
                self.free.push(handle.index);
                true
            }
            _ => false,
        }
    }

    /// Every rooted object.
    pub fn iter(&self) -> impl Iterator<Item = ObjRef> + '_ {
        self.slots.iter().filter_map(|s| s.obj)
    }

    /// Number of live handles.
    pub fn len(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    /// Whether no handle is live.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Heap, HeapConfig};

    #[test]
    fn a_stale_handle_neither_reads_nor_releases_the_slots_next_object() {
        let mut heap = Heap::new(HeapConfig::default());
        let a = heap.alloc_str("a");
        let b = heap.alloc_str("b");
        let table = heap.handles();
        let first = table.insert(a);
        assert!(table.release(first));
        assert!(!table.release(first), "a double release is refused");
        let second = table.insert(b);
        assert_eq!(Handle::from_bits(second.to_bits()), second);
        assert_eq!(table.get(first), None, "the released handle no longer reads");
        assert!(!table.release(first), "the stale handle does not release the reused slot");
        assert_eq!(table.get(second), Some(b));
        assert_eq!(table.len(), 1);
    }
}
