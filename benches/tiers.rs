//! Criterion benchmarks of each tier on the comparison programs
//! (`benches/programs/*.py`), compiled to bytecode once and run at a small
//! size:
//! - `interpreter`: `--jit off`;
//! - `jit_eager`: every function compiled by Cranelift before its first call,
//!   the compilation part of each run (as in `jcvm run --jit eager`);
//! - `jit_steady`: the same compiled code reused by every run (one JIT and
//!   entry table shared by the runs' VMs, warmed up once): the compiled
//!   tier's steady state.
//!
//! `cargo bench --bench tiers` (add `-- --quick` for a fast pass). The
//! side-by-side comparison with CPython and the peers is `benches/compare.py`
//! and `benches/peers.sh`.

use std::sync::Arc;

use criterion::{criterion_group, criterion_main, Criterion};
use jcvm::{Jit, JitMode, Program, RunOptions, TierUpPolicy, VmOptions};
use jcvm_vm::interp::tier::{EntryTable, TierOptions, Tiering};
use jcvm_vm::interp::Vm;

/// (program, size argument for a run of a few milliseconds)
const PROGRAMS: &[(&str, &str)] = &[("nbody", "2000"), ("methods", "20000"), ("binary_trees", "10"), ("points", "1")];

fn load(name: &str) -> (String, Arc<Program>) {
    let path = format!("{}/benches/programs/{name}.py", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    let program = jcvm::compile(&path, &source).unwrap_or_else(|d| panic!("{d}"));
    (path, program)
}

fn tiers(c: &mut Criterion) {
    for (group_name, mode) in [("interpreter", JitMode::Off), ("jit_eager", JitMode::Eager)] {
        let mut group = c.benchmark_group(group_name);
        for &(name, size) in PROGRAMS {
            let (path, program) = load(name);
            let options =
                RunOptions { jit: mode, jit_threshold: None, gc_stress: false, argv: vec![path, size.to_string()] };
            group.bench_function(name, |b| {
                b.iter(|| {
                    let (result, _) = jcvm::run_program(&program, &options, Box::new(std::io::sink()));
                    result.expect("benchmark program runs");
                })
            });
        }
        group.finish();
    }
    let mut group = c.benchmark_group("jit_steady");
    for &(name, size) in PROGRAMS {
        let (path, program) = load(name);
        let jit: Arc<dyn Tiering> = Arc::new(Jit::new(1).expect("a Cranelift backend for this host"));
        let entries = Arc::new(EntryTable::new(program.functions.len()));
        let policy = TierUpPolicy::default();
        let run = || {
            let options = VmOptions { gc_stress: false, argv: vec![path.clone(), size.to_string()] };
            let mut vm = Vm::new(Arc::clone(&program), options, Box::new(std::io::sink()));
            vm.share_entries(Arc::clone(&entries));
            vm.set_tiering(TierOptions {
                tiering: Arc::clone(&jit),
                eager: true,
                call_threshold: policy.call_threshold,
                loop_threshold: policy.loop_threshold,
            });
            vm.run().expect("benchmark program runs");
        };
        run();
        group.bench_function(name, |b| b.iter(run));
    }
    group.finish();
}

criterion_group!(benches, tiers);
criterion_main!(benches);
