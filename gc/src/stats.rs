//! Counters the heap keeps for `--stats` and the benchmarks.

use std::time::Duration;

/// Allocation and collection counters.
#[derive(Clone, Debug, Default)]
pub struct HeapStats {
    /// Objects allocated since start.
    pub allocations: u64,
    /// Bytes of heap cells allocated since start (list buffers not included).
    pub bytes_allocated: u64,
    /// Completed collections.
    pub collections: u64,
    /// Sum of collection pauses.
    pub total_pause: Duration,
    /// Longest collection pause.
    pub max_pause: Duration,
    /// Objects live now (allocated and not yet swept).
    pub live_objects: u64,
    /// Bytes of cells live now.
    pub live_bytes: u64,
    /// Most bytes of cells ever live at once.
    pub peak_live_bytes: u64,
    /// Bytes reserved from the system for chunks and large objects.
    pub reserved_bytes: u64,
    /// Objects freed by collections.
    pub freed_objects: u64,
}

impl HeapStats {
    /// Counts `count` new objects of `bytes` each (live until a sweep says
    /// otherwise). Live bytes only grow between collections, so the peak is
    /// exact even when counts arrive late (inline allocations are counted at
    /// the next collection or `Heap::stats`).
    pub(crate) fn count_allocations(&mut self, bytes: usize, count: u64) {
        let total = bytes as u64 * count;
        self.allocations += count;
        self.bytes_allocated += total;
        self.live_objects += count;
        self.live_bytes += total;
        self.peak_live_bytes = self.peak_live_bytes.max(self.live_bytes);
    }
}
