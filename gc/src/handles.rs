//! Handles: roots held from outside the heap.
//!
//! A [`Handle`] keeps one object alive until it is released; the Python
//! bridge gives every proxy one. The table is traced as part of every
//! collection's root set.

use crate::header::ObjRef;

/// An index into a [`HandleTable`]; keeps its object alive until released.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Handle(u32);

/// Slots of rooted objects, with a free list of released slots.
#[derive(Default)]
pub struct HandleTable {
    slots: Vec<Option<ObjRef>>,
    free: Vec<u32>,
}

impl HandleTable {
    /// Roots `obj` and returns the handle that keeps it alive.
    pub fn insert(&mut self, obj: ObjRef) -> Handle {
        if let Some(index) = self.free.pop() {
            self.slots[index as usize] = Some(obj);
            return Handle(index);
        }
        self.slots.push(Some(obj));
        Handle((self.slots.len() - 1) as u32)
    }

    /// The object a handle roots, or `None` if it was released.
    pub fn get(&self, handle: Handle) -> Option<ObjRef> {
        self.slots.get(handle.0 as usize).copied().flatten()
    }

    /// Releases a handle; its object may be collected once nothing else holds it.
    pub fn release(&mut self, handle: Handle) {
        if let Some(slot @ Some(_)) = self.slots.get_mut(handle.0 as usize) {
            *slot = None;
            self.free.push(handle.0);
        }
    }

    /// Every rooted object.
    pub fn iter(&self) -> impl Iterator<Item = ObjRef> + '_ {
        self.slots.iter().flatten().copied()
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
