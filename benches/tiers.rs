//! Criterion benchmarks of each tier on the comparison programs
//! (`benches/programs/*.py`), compiled to bytecode once and run at a small
//! size: `interpreter` (`--jit off`) and `jit_eager` (every function compiled
//! by Cranelift before its first call; the compilation is part of each run,
//! as it is of a real one).
//!
//! `cargo bench --bench tiers` (add `-- --quick` for a fast pass). The
//! side-by-side comparison with CPython and the peers is `benches/compare.py`
//! and `benches/peers.sh`.

use criterion::{criterion_group, criterion_main, Criterion};
use jcvm::{JitMode, RunOptions};

/// (program, size argument for a run of a few milliseconds)
const PROGRAMS: &[(&str, &str)] = &[("nbody", "2000"), ("methods", "20000"), ("binary_trees", "10"), ("points", "1")];

fn tiers(c: &mut Criterion) {
    for (group_name, mode) in [("interpreter", JitMode::Off), ("jit_eager", JitMode::Eager)] {
        let mut group = c.benchmark_group(group_name);
        for &(name, size) in PROGRAMS {
            let path = format!("{}/benches/programs/{name}.py", env!("CARGO_MANIFEST_DIR"));
            let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
            let program = jcvm::compile(&path, &source).unwrap_or_else(|d| panic!("{d}"));
            let options = RunOptions {
                jit: mode,
                jit_threshold: None,
                gc_stress: false,
                argv: vec![path.clone(), size.to_string()],
            };
            group.bench_function(name, |b| {
                b.iter(|| {
                    let (result, _) = jcvm::run_program(&program, &options, Box::new(std::io::sink()));
                    result.expect("benchmark program runs");
                })
            });
        }
        group.finish();
    }
}

criterion_group!(benches, tiers);
criterion_main!(benches);
