//! jcvm-pybridge: the pyo3 extension module behind `import jcvm`.
//!
//! Not built yet: the bridge issue adds `@jitclass`/`@jit`, proxies whose
//! descriptors read native slots, and handle-based GC roots
//! (the `gc` crate's `Handle`s, through the engine). Until then this crate only
//! re-exports the engine facade it will wrap, so the workspace keeps its
//! dependency order (gc ← vm ← jit ← jcvm ← pybridge).

pub use jcvm::{run_source, RunError, RunOptions};
