//! jcvm-jit: tier 1.
//!
//! This crate owns the user-facing choice of tier ([`JitMode`]), the tier-up
//! thresholds ([`TierUpPolicy`]), the translation of bytecode to Cranelift IR
//! (`codegen`) and the compiler that runs it on rayon workers and installs
//! the code in the interpreter's entry table (`backend`). The interpreter's
//! side of the protocol (entry table, helpers) is `jcvm_vm::interp::tier`.

mod backend;
mod codegen;
mod divide;

pub use backend::{CompiledFunction, Jit, JitStats};

use std::fmt;
use std::str::FromStr;

/// Which tiers run a program.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum JitMode {
    /// Interpreter only.
    Off,
    /// Compile every function before its first call.
    Eager,
    /// Start interpreted; compile functions once they are hot.
    #[default]
    Auto,
}

impl FromStr for JitMode {
    type Err = String;

    fn from_str(s: &str) -> Result<JitMode, String> {
        match s {
            "off" => Ok(JitMode::Off),
            "eager" => Ok(JitMode::Eager),
            "auto" => Ok(JitMode::Auto),
            other => Err(format!("unknown JIT mode '{other}' (expected off, eager or auto)")),
        }
    }
}

impl fmt::Display for JitMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            JitMode::Off => "off",
            JitMode::Eager => "eager",
            JitMode::Auto => "auto",
        })
    }
}

/// When a function counts as hot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TierUpPolicy {
    /// Calls after which a function is compiled.
    pub call_threshold: u64,
    /// Loop back-edges after which a function is compiled.
    pub loop_threshold: u64,
}

impl Default for TierUpPolicy {
    fn default() -> Self {
        TierUpPolicy { call_threshold: 1_000, loop_threshold: 10_000 }
    }
}

impl TierUpPolicy {
    /// A policy compiling after `calls` calls or `10 * calls` loop back-edges
    /// (`--jit-threshold`, `JCVM_JIT_THRESHOLD`).
    pub fn with_threshold(calls: u64) -> TierUpPolicy {
        TierUpPolicy { call_threshold: calls.max(1), loop_threshold: calls.max(1).saturating_mul(10) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_parse_and_print() {
        for mode in [JitMode::Off, JitMode::Eager, JitMode::Auto] {
            assert_eq!(mode.to_string().parse::<JitMode>(), Ok(mode));
        }
        assert!("fast".parse::<JitMode>().is_err());
    }

    #[test]
    fn thresholds_scale_back_edges() {
        let policy = TierUpPolicy::with_threshold(50);
        assert_eq!((policy.call_threshold, policy.loop_threshold), (50, 500));
        assert_eq!(TierUpPolicy::with_threshold(0).call_threshold, 1);
    }
}
