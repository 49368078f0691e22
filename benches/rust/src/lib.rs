//! Shared helpers for the hand-written Rust versions of the benchmark
//! programs: Python's float formatting, so that each binary prints exactly
//! what CPython prints.

/// `repr(x)` (= `str(x)`) of a Python float: the shortest string that reads
/// back as `x`, in fixed notation when the decimal exponent is in -4..=15,
/// otherwise in scientific notation with a signed two-digit-minimum exponent
/// (`1e+16`, `1.5e-05`); integral values keep a `.0` (`1.0`, `1e+16`).
pub fn repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0" } else { "0.0" }.to_string();
    }
    // Rust's `{:e}` without a precision is the shortest round-trip form,
    // like Python's repr: "d[.ddd]e[-]N".
    let s = format!("{:e}", x);
    let (mantissa, exp) = s.split_once('e').expect("exponent");
    let exp: i32 = exp.parse().expect("exponent digits");
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let n = digits.len() as i32;
    let mut out = String::from(sign);
    if (-4..16).contains(&exp) {
        if exp < 0 {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        } else if exp + 1 >= n {
            out.push_str(&digits);
            for _ in 0..(exp + 1 - n) {
                out.push('0');
            }
            out.push_str(".0");
        } else {
            let point = (exp + 1) as usize;
            out.push_str(&digits[..point]);
            out.push('.');
            out.push_str(&digits[point..]);
        }
    } else {
        out.push_str(&digits[..1]);
        if n > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(&py_exponent(exp));
    }
    out
}

fn py_exponent(exp: i32) -> String {
    format!("e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// `"%.{prec}e" % x`: scientific notation with `prec` digits after the point
/// and a signed exponent of at least two digits (`1.500000e+02`).
pub fn fmt_e(x: f64, prec: usize) -> String {
    if !x.is_finite() {
        return repr(x);
    }
    let s = format!("{:.*e}", prec, x);
    let (mantissa, exp) = s.split_once('e').expect("exponent");
    let exp: i32 = exp.parse().expect("exponent digits");
    format!("{}{}", mantissa, py_exponent(exp))
}

/// `round(x, ndigits)` of a Python float (correctly rounded, half to even on
/// the exact binary value, as CPython's dtoa-based rounding).
pub fn round(x: f64, ndigits: usize) -> f64 {
    if !x.is_finite() {
        return x;
    }
    format!("{:.*}", ndigits, x).parse().expect("a float")
}

/// `str(b)` of a Python bool.
pub fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

/// `sys.argv[1]` as an int, or `default` when there is no argument.
pub fn arg_or(default: i64) -> i64 {
    match std::env::args().nth(1) {
        Some(a) => a.trim().parse().unwrap_or_else(|_| {
            eprintln!("ValueError: invalid literal for int() with base 10: {a:?}");
            std::process::exit(1)
        }),
        None => default,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        let cases: &[(f64, &str)] = &[
            (1.0, "1.0"),
            (0.1, "0.1"),
            (-2.5, "-2.5"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345680.0, "1.2345678901234568e+17"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (1e300, "1e+300"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (12345.678, "12345.678"),
            (1e-310, "1e-310"),
        ];
        for (x, want) in cases {
            assert_eq!(repr(*x), *want, "{x:e}");
        }
        assert_eq!(fmt_e(150.0, 6), "1.500000e+02");
        assert_eq!(fmt_e(1.5e-100, 2), "1.50e-100");
        assert_eq!(round(2.675, 2), 2.67);
    }
}
