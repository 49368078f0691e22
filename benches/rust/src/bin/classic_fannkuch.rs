//! tests/corpus/classic_fannkuch.py (pyperformance "fannkuch"): the same
//! permutation walk over Vec<i64>, a prefix reversal where the Python assigns
//! a reversed slice, insert/remove where it calls insert/pop.
use jcvm_peers_rust::arg_or;

fn fannkuch(n: i64) -> i64 {
    let nu = n as usize;
    let mut count: Vec<i64> = (1..=n).collect();
    let mut max_flips = 0;
    let m = nu - 1;
    let mut r = nu;
    let mut perm1: Vec<i64> = (0..n).collect();
    let mut perm: Vec<i64>;

    loop {
        while r != 1 {
            count[r - 1] = r as i64;
            r -= 1;
        }

        if perm1[0] != 0 && perm1[m] != m as i64 {
            perm = perm1.clone();
            let mut flips_count = 0;
            let mut k = perm[0] as usize;
            while k != 0 {
                perm[..=k].reverse();
                flips_count += 1;
                k = perm[0] as usize;
            }
            if flips_count > max_flips {
                max_flips = flips_count;
            }
        }

        loop {
            if r == nu {
                return max_flips;
            }
            let first = perm1.remove(0);
            perm1.insert(r, first);
            count[r] -= 1;
            if count[r] > 0 {
                break;
            }
            r += 1;
        }
    }
}

fn main() {
    let arg = arg_or(7);
    println!("fannkuch({}) = {}", arg, fannkuch(arg));
}
