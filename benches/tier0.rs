//! Criterion benchmarks of the tier-0 interpreter on the comparison programs
//! (`benches/programs/*.py`), compiled once and run at a small size.
//!
//! `cargo bench --bench tier0` (add `-- --quick` for a fast pass). The
//! side-by-side comparison with CPython is `benches/compare.py`.

use criterion::{criterion_group, criterion_main, Criterion};
use jcvm::{JitMode, RunOptions};

/// (program, size argument for a run of a few milliseconds)
const PROGRAMS: &[(&str, &str)] = &[("nbody", "2000"), ("methods", "20000"), ("binary_trees", "10"), ("points", "1")];

fn tier0(c: &mut Criterion) {
    let mut group = c.benchmark_group("tier0");
    for &(name, size) in PROGRAMS {
        let path = format!("{}/benches/programs/{name}.py", env!("CARGO_MANIFEST_DIR"));
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
        let program = jcvm::compile(&path, &source).unwrap_or_else(|d| panic!("{d}"));
        let options = RunOptions {
            jit: JitMode::Off,
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

criterion_group!(benches, tier0);
criterion_main!(benches);
