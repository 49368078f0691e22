//! tests/corpus/classic_nqueens.py (pyperformance "nqueens"): the same
//! permutation generator (the pure-Python itertools.permutations, as an
//! Iterator), each candidate checked with two HashSets of diagonals.
use jcvm_peers_rust::arg_or;
use std::collections::HashSet;

/// permutations(pool): the Python generator's algorithm, r = n.
struct Permutations {
    pool: Vec<i64>,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    first: bool,
    done: bool,
}

impl Permutations {
    fn new(pool: Vec<i64>) -> Permutations {
        let n = pool.len();
        Permutations { pool, indices: (0..n).collect(), cycles: (1..=n).rev().collect(), first: true, done: false }
    }

    fn current(&self) -> Vec<i64> {
        self.indices.iter().map(|&i| self.pool[i]).collect()
    }
}

impl Iterator for Permutations {
    type Item = Vec<i64>;

    fn next(&mut self) -> Option<Vec<i64>> {
        if self.done {
            return None;
        }
        if self.first {
            self.first = false;
            return Some(self.current());
        }
        let n = self.pool.len();
        if n == 0 {
            self.done = true;
            return None;
        }
        for i in (0..n).rev() {
            self.cycles[i] -= 1;
            if self.cycles[i] == 0 {
                // indices[i:] = indices[i + 1:] + indices[i:i + 1]
                self.indices[i..].rotate_left(1);
                self.cycles[i] = n - i;
            } else {
                let j = self.cycles[i];
                self.indices.swap(i, n - j);
                return Some(self.current());
            }
        }
        self.done = true;
        None
    }
}

fn n_queens(queen_count: i64) -> impl Iterator<Item = Vec<i64>> {
    let n = queen_count.max(0) as usize;
    Permutations::new((0..queen_count.max(0)).collect()).filter(move |vec| {
        let sums: HashSet<i64> = (0..n).map(|i| vec[i] + i as i64).collect();
        let diffs: HashSet<i64> = (0..n).map(|i| vec[i] - i as i64).collect();
        n == sums.len() && sums.len() == diffs.len()
    })
}

/// `str(t)` of a Python tuple of ints.
fn tuple_str(v: &[i64]) -> String {
    let items: Vec<String> = v.iter().map(|x| x.to_string()).collect();
    if items.len() == 1 {
        format!("({},)", items[0])
    } else {
        format!("({})", items.join(", "))
    }
}

fn main() {
    let queen_count = arg_or(6);
    let solutions: Vec<Vec<i64>> = n_queens(queen_count).collect();
    println!("nqueens: queen_count={}", queen_count);
    println!("solutions: {}", solutions.len());
    if let (Some(first), Some(last)) = (solutions.first(), solutions.last()) {
        println!("first: {}", tuple_str(first));
        println!("last: {}", tuple_str(last));
    }
    let mut checksum: i64 = 0;
    for vec in &solutions {
        for &q in vec {
            checksum = (checksum * 7 + q).rem_euclid(1000000007);
        }
    }
    println!("checksum: {}", checksum);
}
