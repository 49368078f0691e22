//! Python's numeric semantics on 64-bit ints and floats: floor division and
//! modulo toward negative infinity, checked overflow, CPython's error messages.

use super::exception::{OpResult, Raised};
use super::mathlib::{self, MathError};
use crate::opcode::{Cond, ExcKind, MathFn, MathIntFn, MathListFn, UpdateOp};

/// The OverflowError for an int result outside i64 (where CPython would grow a big int).
#[cold]
pub fn int_overflow() -> Raised {
    Raised::new(ExcKind::OverflowError, "integer result out of 64-bit range")
}

/// `current op operand` for a fused `list[i] op= value` (`UpdateOp`), on item words.
#[inline]
pub fn update_item(op: UpdateOp, current: u64, operand: u64) -> OpResult<u64> {
    let (a, b) = (current as i64, operand as i64);
    let (x, y) = (f64::from_bits(current), f64::from_bits(operand));
    Ok(match op {
        UpdateOp::AddInt => a.checked_add(b).ok_or_else(int_overflow)? as u64,
        UpdateOp::SubInt => a.checked_sub(b).ok_or_else(int_overflow)? as u64,
        UpdateOp::AddFloat => (x + y).to_bits(),
        UpdateOp::SubFloat => (x - y).to_bits(),
        UpdateOp::MulFloat => (x * y).to_bits(),
    })
}

#[cold]
fn int_zero_div() -> Raised {
    Raised::new(ExcKind::ZeroDivisionError, "integer division or modulo by zero")
}

pub fn floor_div_int(a: i64, b: i64) -> OpResult<i64> {
    if b == 0 {
        return Err(int_zero_div());
    }
    let q = a.checked_div(b).ok_or_else(int_overflow)?;
    Ok(if (a % b != 0) && ((a < 0) != (b < 0)) { q - 1 } else { q })
}

pub fn mod_int(a: i64, b: i64) -> OpResult<i64> {
    if b == 0 {
        return Err(Raised::new(ExcKind::ZeroDivisionError, "integer modulo by zero"));
    }
    let r = a.wrapping_rem(b);
    Ok(if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r })
}

pub fn pow_int(base: i64, exp: i64) -> OpResult<i64> {
    if exp < 0 {
        return Err(Raised::new(
            ExcKind::ValueError,
            "negative exponent in int ** int (jcvm keeps int results int; use a float base)",
        ));
    }
    let (mut result, mut base, mut exp) = (1i64, base, exp as u64);
    while exp > 0 {
        if exp & 1 == 1 {
            result = result.checked_mul(base).ok_or_else(int_overflow)?;
        }
        exp >>= 1;
        if exp > 0 {
            base = base.checked_mul(base).ok_or_else(int_overflow)?;
        }
    }
    Ok(result)
}

/// `a / b` for ints: the correctly rounded quotient (exact above 2**53 too).
pub fn true_div_int(a: i64, b: i64) -> OpResult<f64> {
    mathlib::int_true_div(a, b).map_err(math_error)
}

pub fn shl_int(a: i64, b: i64) -> OpResult<i64> {
    if b < 0 {
        return Err(Raised::new(ExcKind::ValueError, "negative shift count"));
    }
    if a == 0 {
        return Ok(0);
    }
    if b >= 64 {
        return Err(int_overflow());
    }
    let shifted = a << b;
    if shifted >> b != a {
        return Err(int_overflow());
    }
    Ok(shifted)
}

pub fn shr_int(a: i64, b: i64) -> OpResult<i64> {
    if b < 0 {
        return Err(Raised::new(ExcKind::ValueError, "negative shift count"));
    }
    Ok(if b >= 64 {
        if a < 0 {
            -1
        } else {
            0
        }
    } else {
        a >> b
    })
}

pub fn div_float(a: f64, b: f64) -> OpResult<f64> {
    if b == 0.0 {
        return Err(Raised::new(ExcKind::ZeroDivisionError, "float division by zero"));
    }
    Ok(a / b)
}

/// `a // b` for floats (CPython's `float_divmod` quotient).
pub fn floor_div_float(a: f64, b: f64) -> OpResult<f64> {
    mathlib::float_floordiv(a, b).map_err(math_error)
}

/// `a % b` for floats, with the sign of `b`.
pub fn mod_float(a: f64, b: f64) -> OpResult<f64> {
    mathlib::float_mod(a, b).map_err(math_error)
}

/// `a ** b` for floats (jcvm has no complex results: see the README).
pub fn pow_float(a: f64, b: f64) -> OpResult<f64> {
    mathlib::float_pow(a, b).map_err(math_error)
}

/// `a cond b` with Python's meaning for ints, floats (NaN compares false) and strs.
pub fn compare<T: PartialOrd + ?Sized>(a: &T, b: &T, cond: Cond) -> bool {
    match cond {
        Cond::Lt => a < b,
        Cond::Le => a <= b,
        Cond::Eq => a == b,
        Cond::Ne => a != b,
        Cond::Gt => a > b,
        Cond::Ge => a >= b,
    }
}

/// `int(x)` for a float: truncation, with CPython's errors for NaN and infinities.
pub fn float_to_int(x: f64) -> OpResult<i64> {
    if x.is_nan() {
        return Err(Raised::new(ExcKind::ValueError, "cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(Raised::new(ExcKind::OverflowError, "cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    // i64::MAX as f64 rounds up to 2^63, which does not fit.
    if !(-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&t) {
        return Err(int_overflow());
    }
    Ok(t as i64)
}

/// `round(x)`: nearest int, ties to even.
pub fn round_float(x: f64) -> OpResult<i64> {
    float_to_int(x.round_ties_even())
}

/// `round(x, digits)`: correctly rounded through the decimal text, as CPython does.
pub fn round_float_digits(x: f64, digits: i64) -> OpResult<f64> {
    mathlib::round_float(x, digits).map_err(math_error)
}

/// Python's `max(a, b)` / `min(a, b)`: the first argument unless the second is strictly beyond it.
pub fn min_max_float(a: f64, b: f64, max: bool) -> f64 {
    if (max && b > a) || (!max && b < a) {
        b
    } else {
        a
    }
}

/// `int(text)` in base 10.
pub fn str_to_int(text: &str) -> OpResult<i64> {
    let bad = || {
        Raised::new(
            ExcKind::ValueError,
            format!("invalid literal for int() with base 10: {}", super::format::str_repr(text)),
        )
    };
    let trimmed = text.trim();
    let (negative, digits) = match trimmed.as_bytes().first() {
        Some(b'-') => (true, &trimmed[1..]),
        Some(b'+') => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    if !valid_digit_groups(digits) {
        return Err(bad());
    }
    let mut value: i64 = 0;
    for c in digits.chars().filter(|c| *c != '_') {
        let d = i64::from(c.to_digit(10).ok_or_else(bad)?);
        value = value
            .checked_mul(10)
            .and_then(|v| if negative { v.checked_sub(d) } else { v.checked_add(d) })
            .ok_or_else(int_overflow)?;
    }
    Ok(value)
}

/// Digits with single underscores only between digits.
fn valid_digit_groups(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('_')
        && !s.ends_with('_')
        && !s.contains("__")
        && s.chars().all(|c| c == '_' || c.is_ascii_digit())
}

/// `float(text)`.
pub fn str_to_float(text: &str) -> OpResult<f64> {
    let bad = || {
        Raised::new(
            ExcKind::ValueError,
            format!("could not convert string to float: {}", super::format::str_repr(text)),
        )
    };
    let trimmed = text.trim();
    let body = trimmed.trim_start_matches(['+', '-']);
    if body.len() + 1 < trimmed.len() {
        return Err(bad());
    }
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity" | "nan") {
        return trimmed.to_ascii_lowercase().parse::<f64>().map_err(|_| bad());
    }
    if body.is_empty() || !body.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-' | '_')) {
        return Err(bad());
    }
    // Underscores must sit between digits.
    let bytes = body.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            let ok = i > 0 && i + 1 < bytes.len() && bytes[i - 1].is_ascii_digit() && bytes[i + 1].is_ascii_digit();
            if !ok {
                return Err(bad());
            }
        }
    }
    trimmed.replace('_', "").parse::<f64>().map_err(|_| bad())
}

/// The Python exception for a `mathlib` error.
pub fn math_error(e: MathError) -> Raised {
    let kind = match e.exc {
        "OverflowError" => ExcKind::OverflowError,
        "ZeroDivisionError" => ExcKind::ZeroDivisionError,
        "TypeError" => ExcKind::TypeError,
        _ => ExcKind::ValueError,
    };
    Raised::new(kind, e.msg)
}

/// A `math` function of floats, with CPython's results and errors.
pub fn math(func: MathFn, a: f64, b: f64) -> OpResult<f64> {
    use mathlib as m;
    let bit = |v: bool| f64::from_bits(u64::from(v));
    let r = match func {
        MathFn::Sqrt => m::sqrt(a),
        MathFn::Sin => m::sin(a),
        MathFn::Cos => m::cos(a),
        MathFn::Tan => m::tan(a),
        MathFn::Asin => m::asin(a),
        MathFn::Acos => m::acos(a),
        MathFn::Atan => Ok(m::atan(a)),
        MathFn::Atan2 => Ok(m::atan2(a, b)),
        MathFn::Exp => m::exp(a),
        MathFn::Exp2 => m::exp2(a),
        MathFn::Expm1 => m::expm1(a),
        MathFn::Log => m::log(a, None),
        MathFn::LogBase => m::log(a, Some(b)),
        MathFn::Log2 => m::log2(a),
        MathFn::Log10 => m::log10(a),
        MathFn::Log1p => m::log1p(a),
        MathFn::Fabs => Ok(m::fabs(a)),
        MathFn::Hypot => Ok(m::hypot(&[a, b])),
        MathFn::Pow => m::pow(a, b),
        MathFn::Floor => Ok(a.floor()),
        MathFn::Ceil => Ok(a.ceil()),
        MathFn::Trunc => Ok(a.trunc()),
        MathFn::IsNan => Ok(bit(a.is_nan())),
        MathFn::IsInf => Ok(bit(a.is_infinite())),
        MathFn::IsFinite => Ok(bit(a.is_finite())),
        MathFn::Fmod => m::fmod(a, b),
        MathFn::Remainder => m::remainder(a, b),
        MathFn::CopySign => Ok(m::copysign(a, b)),
        MathFn::Sinh => m::sinh(a),
        MathFn::Cosh => m::cosh(a),
        MathFn::Tanh => Ok(m::tanh(a)),
        MathFn::Asinh => Ok(m::asinh(a)),
        MathFn::Acosh => m::acosh(a),
        MathFn::Atanh => m::atanh(a),
        MathFn::Erf => Ok(m::erf(a)),
        MathFn::Erfc => Ok(m::erfc(a)),
        MathFn::Gamma => m::gamma(a),
        MathFn::Lgamma => m::lgamma(a),
        MathFn::Degrees => Ok(m::degrees(a)),
        MathFn::Radians => Ok(m::radians(a)),
        MathFn::Cbrt => Ok(m::cbrt(a)),
        MathFn::NextAfter => Ok(m::nextafter(a, b)),
        MathFn::Ulp => Ok(m::ulp(a)),
        MathFn::Ldexp => m::ldexp(a, b as i64),
        MathFn::FrexpMantissa => Ok(m::frexp(a).0),
        MathFn::FrexpExponent => Ok(m::frexp(a).1 as f64),
        MathFn::ModfFrac => Ok(m::modf(a).0),
        MathFn::ModfInt => Ok(m::modf(a).1),
    };
    r.map_err(math_error)
}

/// A `math` function of ints.
pub fn math_int(func: MathIntFn, a: i64, b: i64) -> OpResult<i64> {
    use mathlib as m;
    let r = match func {
        MathIntFn::Gcd => m::gcd(&[a, b]),
        MathIntFn::Lcm => m::lcm(&[a, b]),
        MathIntFn::Isqrt => m::isqrt(a),
        MathIntFn::Factorial => m::factorial(a),
        MathIntFn::Comb => m::comb(a, b),
        MathIntFn::Perm => m::perm(a, Some(b)),
        MathIntFn::PermAll => m::perm(a, None),
    };
    r.map_err(math_error)
}

/// A `math` function over the words of a list (floats, or ints for `prod` of ints).
pub fn math_list(func: MathListFn, words: &[u64], ints: bool) -> OpResult<u64> {
    use mathlib as m;
    if ints {
        let values: Vec<i64> = words.iter().map(|&w| w as i64).collect();
        return m::prod_int(&values).map(|v| v as u64).map_err(math_error);
    }
    let values: Vec<f64> = words.iter().map(|&w| f64::from_bits(w)).collect();
    let r = match func {
        MathListFn::Fsum => m::fsum(&values),
        MathListFn::Prod => Ok(m::prod_float(&values)),
        MathListFn::Hypot => Ok(m::hypot(&values)),
    };
    r.map(f64::to_bits).map_err(math_error)
}

/// `a cond b` for an int and a float, exactly (CPython compares the values, not float(a)).
pub fn compare_int_float(a: i64, b: f64, cond: Cond) -> bool {
    use std::cmp::Ordering;
    match mathlib::cmp_int_float(a, b) {
        None => cond == Cond::Ne,
        Some(ord) => match cond {
            Cond::Lt => ord == Ordering::Less,
            Cond::Le => ord != Ordering::Greater,
            Cond::Eq => ord == Ordering::Equal,
            Cond::Ne => ord != Ordering::Equal,
            Cond::Gt => ord == Ordering::Greater,
            Cond::Ge => ord != Ordering::Less,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_division_rounds_down() {
        assert_eq!(floor_div_int(-7, 2), Ok(-4));
        assert_eq!(floor_div_int(7, -2), Ok(-4));
        assert_eq!(mod_int(-7, 2), Ok(1));
        assert_eq!(mod_int(7, -2), Ok(-1));
        assert_eq!(mod_int(i64::MIN, -1), Ok(0));
        assert!(floor_div_int(i64::MIN, -1).is_err());
        assert_eq!(floor_div_float(-7.0, 2.0), Ok(-4.0));
        assert_eq!(mod_float(-7.5, 2.0), Ok(0.5));
        assert_eq!(mod_float(7.5, -2.0), Ok(-0.5));
        assert!(mod_float(-0.0, 1.0).unwrap().is_sign_positive());
    }

    #[test]
    fn overflow_is_detected() {
        assert_eq!(pow_int(2, 62), Ok(1 << 62));
        assert!(pow_int(2, 63).is_err());
        assert_eq!(pow_int(-2, 63), Ok(i64::MIN));
        assert!(shl_int(1, 63).is_err());
        assert_eq!(shl_int(-1, 63), Ok(i64::MIN));
        assert_eq!(shr_int(-5, 100), Ok(-1));
    }

    #[test]
    fn conversions_follow_cpython() {
        assert_eq!(str_to_int(" -1_000 "), Ok(-1000));
        assert!(str_to_int("1__0").is_err());
        assert_eq!(str_to_float("1e3"), Ok(1000.0));
        assert!(str_to_float("abc").is_err());
        assert_eq!(round_float(2.5), Ok(2));
        assert_eq!(round_float(-1.5), Ok(-2));
        assert_eq!(round_float_digits(2.675, 2), Ok(2.67));
        assert_eq!(round_float_digits(1234.5, -2), Ok(1200.0));
        assert_eq!(float_to_int(-3.9), Ok(-3));
        assert!(float_to_int(9.3e18).is_err());
    }
}

/// Seconds on one of the `time` module's clocks.
pub fn clock(clock: crate::opcode::Clock) -> f64 {
    use std::sync::OnceLock;
    use std::time::{Instant, SystemTime, UNIX_EPOCH};
    static START: OnceLock<Instant> = OnceLock::new();
    match clock {
        crate::opcode::Clock::Wall => SystemTime::now().duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64()),
        crate::opcode::Clock::Perf | crate::opcode::Clock::Monotonic => {
            START.get_or_init(Instant::now).elapsed().as_secs_f64()
        }
    }
}
