//! Instance layouts: how many 8-byte slots an instance has and which hold references.

/// Index of a registered [`Layout`] in its heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LayoutId(pub u32);

/// The shape of a class instance: `slots` 8-byte fields after the header,
/// of which those listed in `ref_slots` are references the GC must trace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    /// The class name, for diagnostics and stats.
    pub name: String,
    /// Number of 8-byte field slots.
    pub slots: u32,
    /// Slot indices holding references (0 meaning None).
    pub ref_slots: Vec<u32>,
}

impl Layout {
    /// Bytes an instance occupies: header plus slots, at least two words so a
    /// freed cell can hold its free-list link.
    pub fn instance_bytes(&self) -> usize {
        (8 + 8 * self.slots as usize).max(16)
    }
}
