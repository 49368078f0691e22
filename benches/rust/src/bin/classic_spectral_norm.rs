//! tests/corpus/classic_spectral_norm.py: the spectral norm of the infinite
//! matrix A, with the matrix-vector products over Vec<f64> and the row
//! function passed as a function value, as the Python passes it.
use jcvm_peers_rust::{arg_or, fmt_e};

fn eval_a(i: usize, j: usize) -> f64 {
    1.0 / ((((i + j) * (i + j + 1)) / 2 + i + 1) as f64)
}

fn eval_times_u(func: fn(usize, &[f64]) -> f64, u: &[f64]) -> Vec<f64> {
    (0..u.len()).map(|i| func(i, u)).collect()
}

fn eval_ata_times_u(u: &[f64]) -> Vec<f64> {
    eval_times_u(part_at_times_u, &eval_times_u(part_a_times_u, u))
}

fn part_a_times_u(i: usize, u: &[f64]) -> f64 {
    let mut partial_sum = 0.0;
    for (j, u_j) in u.iter().enumerate() {
        partial_sum += eval_a(i, j) * u_j;
    }
    partial_sum
}

fn part_at_times_u(i: usize, u: &[f64]) -> f64 {
    let mut partial_sum = 0.0;
    for (j, u_j) in u.iter().enumerate() {
        partial_sum += eval_a(j, i) * u_j;
    }
    partial_sum
}

fn bench_spectral_norm(n: usize) -> (f64, f64) {
    let mut u = vec![1.0; n];
    let mut v = Vec::new();
    for _ in 0..10 {
        v = eval_ata_times_u(&u);
        u = eval_ata_times_u(&v);
    }
    let (mut vbv, mut vv) = (0.0, 0.0);
    for (ue, ve) in u.iter().zip(&v) {
        vbv += ue * ve;
        vv += ve * ve;
    }
    (vbv, vv)
}

fn main() {
    let n = arg_or(25);
    let (vbv, vv) = bench_spectral_norm(n.max(0) as usize);
    println!("spectral_norm: N={}", n);
    println!("vBv={} vv={}", fmt_e(vbv, 12), fmt_e(vv, 12));
    println!("{:.9}", (vbv / vv).sqrt());
}
