//! jcvm-vm: the front end, the register bytecode and the tier-0 interpreter.
//!
//! - [`compile`]: Python source → checked, typed [`program::Program`];
//! - [`inline`]: inlines small leaf functions into their callers (bytecode to bytecode);
//! - [`moves`]: folds a copy into the instruction that made the copied value;
//! - [`threading`]: a conditional jump onto a jump on its register goes on past it;
//! - [`liveness`]: which registers are live before each instruction;
//! - [`opcode`]: the one instruction table every tier consumes;
//! - [`interp`]: runs a program over native objects in a [`jcvm_gc::Heap`];
//! - [`dis`]: prints the bytecode (`jcvm dis`);
//! - [`outline`]: what a definition in a source file declares, for the Python bridge.

pub mod compile;
pub mod dis;
pub mod error;
pub mod inline;
pub mod interp;
pub mod liveness;
pub mod moves;
pub mod opcode;
pub mod outline;
pub mod program;
#[cfg(test)]
mod test_support;
pub mod threading;
pub mod ty;

pub use compile::compile;
pub use error::CompileError;
pub use program::Program;
