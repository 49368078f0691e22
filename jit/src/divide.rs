//! Signed division by a constant without a division instruction: the
//! quotient rounded toward zero is the high half of a multiplication by a
//! "magic" number, shifted (Hacker's Delight, 2nd ed., section 10-4). A
//! 64-bit `idiv` costs tens of cycles; this costs a multiplication and a few
//! one-cycle instructions. The code generator emits [`Magic::apply`]'s steps
//! as Cranelift instructions (`codegen.rs`, `FloorDivInt` and `ModInt`).

/// The multiplier and shift that divide by one divisor `d` (`d >= 2`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Magic {
    /// Multiply by this (as a signed 64-bit number) and keep the high half.
    pub multiplier: i64,
    /// Then add the dividend back (the multiplier, read unsigned, exceeded 2^63).
    pub add_dividend: bool,
    /// Then shift right arithmetically by this.
    pub shift: u32,
}

impl Magic {
    /// The magic numbers of divisor `d`, which must be at least 2.
    pub fn of(d: i64) -> Magic {
        assert!(d >= 2, "magic numbers are for divisors of at least 2");
        const TWO63: u64 = 1 << 63;
        let ad = d as u64;
        // |nc|: the largest value with nc mod d = d - 1 (d is positive).
        let anc = TWO63 - 1 - TWO63 % ad;
        let mut p = 63u32;
        let (mut q1, mut r1) = (TWO63 / anc, TWO63 % anc);
        let (mut q2, mut r2) = (TWO63 / ad, TWO63 % ad);
        loop {
            p += 1;
            q1 = q1.wrapping_mul(2);
            r1 = r1.wrapping_mul(2);
            if r1 >= anc {
                q1 = q1.wrapping_add(1);
                r1 = r1.wrapping_sub(anc);
            }
            q2 = q2.wrapping_mul(2);
            r2 = r2.wrapping_mul(2);
            if r2 >= ad {
                q2 = q2.wrapping_add(1);
                r2 = r2.wrapping_sub(ad);
            }
            let delta = ad - r2;
            if !(q1 < delta || (q1 == delta && r1 == 0)) {
                break;
            }
        }
        let multiplier = q2.wrapping_add(1) as i64;
        Magic { multiplier, add_dividend: multiplier < 0, shift: p - 64 }
    }

    /// `x / d` rounded toward zero, computed as the generated code does (the
    /// tests check it against `/`).
    #[cfg(test)]
    fn apply(self, x: i64) -> i64 {
        let high = ((i128::from(x) * i128::from(self.multiplier)) >> 64) as i64;
        let q = if self.add_dividend { high.wrapping_add(x) } else { high };
        let q = q >> self.shift;
        q + ((x as u64) >> 63) as i64
    }
}

#[cfg(test)]
mod tests {
    use super::Magic;

    /// Dividends at the edges of i64 and around multiples of `d`.
    fn dividends(d: i64) -> Vec<i64> {
        let mut xs = vec![0, 1, -1, 2, -2, i64::MAX, i64::MIN, i64::MAX - 1, i64::MIN + 1];
        for k in [1i64, 2, 3, 1000, i64::MAX / d] {
            for offset in [-1, 0, 1] {
                xs.push((k * d).wrapping_add(offset));
                xs.push((-k * d).wrapping_add(offset));
            }
        }
        xs.extend([d - 1, d, d + 1, -d + 1, -d, -d - 1].iter().map(|&v: &i64| v));
        xs
    }

    #[test]
    fn quotients_match_division_for_small_and_large_divisors() {
        let mut divisors: Vec<i64> = (2..=2000).collect();
        divisors.extend([641, 6700417, 1 << 31, (1 << 31) + 1, 1 << 40, 1_000_000_007, i64::MAX - 1, i64::MAX]);
        divisors.extend((1..62).map(|k| (1i64 << k) + 1));
        divisors.extend((1..62).map(|k| (1i64 << k) - 1));
        // A simple xorshift for more dividends, reproducibly.
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as i64
        };
        for d in divisors.into_iter().filter(|&d| d >= 2) {
            let magic = Magic::of(d);
            let mut xs = dividends(d);
            xs.extend((0..64).map(|_| next()));
            xs.extend((0..64).map(|_| next() >> (next() & 63)));
            for x in xs {
                assert_eq!(magic.apply(x), x / d, "{x} / {d} with {magic:?}");
            }
        }
    }

    #[test]
    fn known_magic_numbers() {
        // Hacker's Delight, table 10-2 (64-bit): 3 and 7.
        assert_eq!(Magic::of(3), Magic { multiplier: 0x5555555555555556, add_dividend: false, shift: 0 });
        assert_eq!(Magic::of(7), Magic { multiplier: 0x4924924924924925, add_dividend: false, shift: 1 });
    }
}
