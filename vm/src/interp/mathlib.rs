//! CPython 3.11's `math` module over `i64`/`f64`, plus the exact int/float helpers behind
//! `int / int`, `round`, `**`, `%`, `//`, `divmod` and mixed int/float comparison.
//!
//! Every function returns what CPython 3.11 on Linux/glibc returns, bit for bit, and raises the
//! same exception class with the same message ([`MathError`]). How each part gets there:
//!
//! - Thin libm wrappers (`sin`, `exp`, `log`, ...): Rust's `f64` methods call the same glibc
//!   functions CPython calls; the checks around them are CPython's `math_1`/`math_2` rules
//!   (a NaN from non-NaN input is a domain error, an infinity from finite input a range or
//!   domain error).
//! - CPython's own algorithms, ported line by line: `gamma`, `lgamma` (Lanczos), `fsum`
//!   (Shewchuk partials), `hypot`/`dist` (scaled compensated `vector_norm`), `remainder`,
//!   `atan2`'s special cases, `pow`, `ulp`, float `**`, `%`, `//`, `divmod`.
//! - glibc algorithms, ported line by line because Rust has no stable binding to the libm
//!   function (`erf`, `erfc`) or its `f64` method is not libm's (`asinh`, `acosh`, `atanh`):
//!   they call the same glibc `exp`/`log`/`log1p`/`sqrt` underneath, so the results agree.
//! - Exact arithmetic where CPython is exact: `int / int` is correctly rounded, `round(x, n)`
//!   rounds the exact binary value half-even at a decimal position (as `_Py_dg_dtoa` mode 3
//!   does) and converts back correctly rounded, `int == float` compares exactly.
//!
//! jcvm ints are `i64`: an int result outside that range raises OverflowError with
//! [`INT_OVERFLOW`] where CPython would return a big int; intermediate values never overflow
//! when the final result fits.

// Constants are copied digit for digit from the C sources (and the tests' from `repr`).
#![allow(clippy::excessive_precision, clippy::approx_constant)]

use std::cmp::Ordering;
use std::f64::consts::PI;
use std::fmt;

/// A Python exception: class name ("ValueError", "OverflowError", "TypeError",
/// "ZeroDivisionError") and CPython's exact message.
#[derive(Debug, Clone, PartialEq)]
pub struct MathError {
    /// The exception class name.
    pub exc: &'static str,
    /// The message, as `str(exception)` prints it.
    pub msg: String,
}

impl fmt::Display for MathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.exc, self.msg)
    }
}

impl std::error::Error for MathError {}

/// The result of a `math` operation: a value or the Python exception CPython raises.
pub type MathResult<T> = Result<T, MathError>;

/// The OverflowError message for an int result outside i64 (CPython would return a big int).
pub const INT_OVERFLOW: &str = "integer result out of 64-bit range";

/// jcvm's ValueError message for `int ** negative int` (CPython returns a float there).
pub const NEGATIVE_INT_EXPONENT: &str = "negative exponent requires float result (jcvm uses 64-bit ints)";

/// jcvm's ValueError message for `negative float ** fractional float` (CPython returns a complex).
pub const NEGATIVE_FRACTIONAL_POWER: &str = "negative number cannot be raised to a fractional power";

impl MathError {
    fn new(exc: &'static str, msg: impl Into<String>) -> Self {
        MathError { exc, msg: msg.into() }
    }
}

#[cold]
fn value_error(msg: &str) -> MathError {
    MathError::new("ValueError", msg)
}

#[cold]
fn overflow_error(msg: &str) -> MathError {
    MathError::new("OverflowError", msg)
}

#[cold]
fn zero_division(msg: &str) -> MathError {
    MathError::new("ZeroDivisionError", msg)
}

#[cold]
fn domain() -> MathError {
    value_error("math domain error")
}

#[cold]
fn range() -> MathError {
    overflow_error("math range error")
}

#[cold]
fn int_overflow() -> MathError {
    overflow_error(INT_OVERFLOW)
}

/// 2**63 as a float: the first float above the i64 range.
const TWO_63: f64 = 9_223_372_036_854_775_808.0;

/// CPython's `math_1` checks on `r = f(x)`: NaN from non-NaN is a domain error; an infinity
/// from a finite `x` is a range error when `f` can overflow, else a domain error (a pole).
fn math_1(x: f64, r: f64, can_overflow: bool) -> MathResult<f64> {
    if r.is_nan() && !x.is_nan() {
        Err(domain())
    } else if r.is_infinite() && x.is_finite() {
        Err(if can_overflow { range() } else { domain() })
    } else {
        Ok(r)
    }
}

/// CPython's `math_2` checks on `r = f(x, y)`.
fn math_2(x: f64, y: f64, r: f64) -> MathResult<f64> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        Err(domain())
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        Err(range())
    } else {
        Ok(r)
    }
}

// ---------------------------------------------------------------------------------------------
// Powers, exponentials and logarithms
// ---------------------------------------------------------------------------------------------

/// `math.sqrt(x)`.
pub fn sqrt(x: f64) -> MathResult<f64> {
    math_1(x, x.sqrt(), false)
}

/// `math.exp(x)`.
pub fn exp(x: f64) -> MathResult<f64> {
    math_1(x, x.exp(), true)
}

/// `math.exp2(x)`.
pub fn exp2(x: f64) -> MathResult<f64> {
    math_1(x, x.exp2(), true)
}

/// `math.expm1(x)`.
pub fn expm1(x: f64) -> MathResult<f64> {
    math_1(x, x.exp_m1(), true)
}

/// Natural log with `math.log`'s checks (0 and negatives are domain errors).
fn ln_checked(x: f64) -> MathResult<f64> {
    math_1(x, x.ln(), false)
}

/// `math.log(x)` or `math.log(x, base)`: `log(x) / log(base)`, with the float division's
/// ZeroDivisionError when `log(base)` is 0 (base 1).
pub fn log(x: f64, base: Option<f64>) -> MathResult<f64> {
    let num = ln_checked(x)?;
    match base {
        None => Ok(num),
        Some(base) => {
            let den = ln_checked(base)?;
            if den == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            Ok(num / den)
        }
    }
}

/// `math.log2(x)`.
pub fn log2(x: f64) -> MathResult<f64> {
    math_1(x, x.log2(), false)
}

/// `math.log10(x)`.
pub fn log10(x: f64) -> MathResult<f64> {
    math_1(x, x.log10(), false)
}

/// `math.log1p(x)` (keeps the sign of a zero argument, as CPython's `_Py_log1p` does).
pub fn log1p(x: f64) -> MathResult<f64> {
    math_1(x, if x == 0.0 { x } else { x.ln_1p() }, false)
}

/// `fmod(|y|, 2) == 1`: `y` is an odd integer.
fn is_odd_integer(y: f64) -> bool {
    y.abs() % 2.0 == 1.0
}

/// `math.pow(x, y)`: IEEE special values handled directly, `0 ** negative` and
/// `negative ** fractional` are domain errors, overflow is a range error.
pub fn pow(x: f64, y: f64) -> MathResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && is_odd_integer(y);
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = x.powf(y);
    if r.is_nan() || (r.is_infinite() && x == 0.0) {
        Err(domain())
    } else if r.is_infinite() {
        Err(range())
    } else {
        Ok(r)
    }
}

/// `math.ldexp(x, i)`: `x * 2**i`, exact (correctly rounded when the result is subnormal).
pub fn ldexp(x: f64, i: i64) -> MathResult<f64> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    if i > i64::from(i32::MAX) {
        return Err(range());
    }
    if i < i64::from(i32::MIN) {
        return Ok(0.0f64.copysign(x));
    }
    let r = scalbn(x, i as i32);
    if r.is_infinite() {
        Err(range())
    } else {
        Ok(r)
    }
}

/// `x * 2**n` with a single rounding (musl's `scalbn`).
fn scalbn(x: f64, mut n: i32) -> f64 {
    let mut y = x;
    if n > 1023 {
        y *= pow2(1023);
        n -= 1023;
        if n > 1023 {
            y *= pow2(1023);
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        // Keep the intermediate normal so that only the last product rounds.
        y *= pow2(-1022 + 53);
        n += 1022 - 53;
        if n < -1022 {
            y *= pow2(-1022 + 53);
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    y * pow2(n)
}

/// 2**n for -1022 <= n <= 1023, exactly.
fn pow2(n: i32) -> f64 {
    f64::from_bits(((1023 + n) as u64) << 52)
}

/// `math.frexp(x)`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1`; `(x, 0)` for zeros,
/// infinities and NaN.
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    if biased == 0 {
        // Subnormal: scale into the normal range first (exact).
        let (m, e) = frexp(x * pow2(54));
        return (m, e - 54);
    }
    (f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)), biased - 1022)
}

/// `math.modf(x)`: `(fractional part, integer part)`, both with the sign of `x`.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let int_part = x.trunc();
    ((x - int_part).copysign(x), int_part)
}

// ---------------------------------------------------------------------------------------------
// Float arithmetic helpers
// ---------------------------------------------------------------------------------------------

/// `math.fmod(x, y)`: C's `fmod`, with `fmod(x, ±inf) == x` for finite `x`.
pub fn fmod(x: f64, y: f64) -> MathResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        Err(domain())
    } else {
        Ok(r)
    }
}

/// `math.remainder(x, y)`: IEEE 754 remainder `x - n*y`, `n` the nearest integer to `x/y`
/// (ties to even); always exact.
pub fn remainder(x: f64, y: f64) -> MathResult<f64> {
    math_2(x, y, m_remainder(x, y))
}

fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        // Compare m with absy - m rather than 0.5 * absy, which may not be representable.
        let c = absy - m;
        let r = match m.partial_cmp(&c) {
            Some(Ordering::Less) => m,
            Some(Ordering::Greater) => -c,
            // Halfway: choose the even multiple.
            _ => m - 2.0 * ((0.5 * (absx - m)) % absy),
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// `math.copysign(x, y)`.
pub fn copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

/// `math.fabs(x)`.
pub fn fabs(x: f64) -> f64 {
    x.abs()
}

/// `math.isclose(a, b, rel_tol=..., abs_tol=...)` (Python's defaults are 1e-09 and 0.0).
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> MathResult<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

/// `math.isnan(x)`.
pub fn isnan(x: f64) -> bool {
    x.is_nan()
}

/// `math.isinf(x)`.
pub fn isinf(x: f64) -> bool {
    x.is_infinite()
}

/// `math.isfinite(x)`.
pub fn isfinite(x: f64) -> bool {
    x.is_finite()
}

/// `math.nextafter(x, y)`: the next float after `x` towards `y` (glibc semantics: `y` when
/// `x == y`, NaN when either is NaN).
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        x + y
    } else if x == y {
        y
    } else if x < y {
        x.next_up()
    } else {
        x.next_down()
    }
}

/// `math.ulp(x)`: the value of the least significant bit of `x`.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let up = nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        // x is the largest finite float.
        return x - nextafter(x, f64::NEG_INFINITY);
    }
    up - x
}

// ---------------------------------------------------------------------------------------------
// Trigonometric and hyperbolic functions
// ---------------------------------------------------------------------------------------------

/// `math.sin(x)`.
pub fn sin(x: f64) -> MathResult<f64> {
    math_1(x, x.sin(), false)
}

/// `math.cos(x)`.
pub fn cos(x: f64) -> MathResult<f64> {
    math_1(x, x.cos(), false)
}

/// `math.tan(x)`.
pub fn tan(x: f64) -> MathResult<f64> {
    math_1(x, x.tan(), false)
}

/// `math.asin(x)`.
pub fn asin(x: f64) -> MathResult<f64> {
    math_1(x, x.asin(), false)
}

/// `math.acos(x)`.
pub fn acos(x: f64) -> MathResult<f64> {
    math_1(x, x.acos(), false)
}

/// `math.atan(x)`.
pub fn atan(x: f64) -> f64 {
    x.atan()
}

/// `math.atan2(y, x)`, with CPython's explicit handling of infinities and zeros.
pub fn atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            let angle = if x.is_sign_positive() { 0.25 * PI } else { 0.75 * PI };
            return angle.copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() { 0.0f64.copysign(y) } else { PI.copysign(y) };
    }
    y.atan2(x)
}

/// `math.sinh(x)`.
pub fn sinh(x: f64) -> MathResult<f64> {
    math_1(x, x.sinh(), true)
}

/// `math.cosh(x)`.
pub fn cosh(x: f64) -> MathResult<f64> {
    math_1(x, x.cosh(), true)
}

/// `math.tanh(x)`.
pub fn tanh(x: f64) -> f64 {
    x.tanh()
}

/// High 32 bits of a float's representation, as fdlibm's `GET_HIGH_WORD`.
fn high_word(x: f64) -> i32 {
    (x.to_bits() >> 32) as i32
}

/// `math.asinh(x)` (glibc's fdlibm algorithm).
pub fn asinh(x: f64) -> f64 {
    const LN2: f64 = 6.93147180559945286227e-01;
    let ix = high_word(x) & 0x7fff_ffff;
    if ix < 0x3e30_0000 {
        // |x| < 2**-28: asinh(x) rounds to x.
        return x;
    }
    let w = if ix > 0x41b0_0000 {
        // |x| > 2**28
        if ix >= 0x7ff0_0000 {
            return x + x;
        }
        x.abs().ln() + LN2
    } else {
        let xa = x.abs();
        if ix > 0x4000_0000 {
            (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
        } else {
            let t = xa * xa;
            (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
        }
    };
    w.copysign(x)
}

/// glibc's `acosh` (fdlibm algorithm); NaN below 1.
#[allow(clippy::eq_op)] // (x - x) / (x - x): fdlibm's NaN, keeping a NaN argument's payload
fn m_acosh(x: f64) -> f64 {
    const LN2: f64 = 6.93147180559945286227e-01;
    let bits = x.to_bits();
    let hx = (bits >> 32) as i32;
    let lx = bits as u32;
    if hx < 0x3ff0_0000 {
        (x - x) / (x - x)
    } else if hx >= 0x41b0_0000 {
        if hx >= 0x7ff0_0000 {
            x + x
        } else {
            x.ln() + LN2
        }
    } else if hx == 0x3ff0_0000 && lx == 0 {
        0.0
    } else if hx > 0x4000_0000 {
        let t = x * x;
        (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln()
    } else {
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    }
}

/// `math.acosh(x)`.
pub fn acosh(x: f64) -> MathResult<f64> {
    math_1(x, m_acosh(x), false)
}

/// glibc's `atanh`; NaN outside [-1, 1], infinite at ±1.
#[allow(clippy::eq_op)] // (x - x) / (x - x): glibc's NaN
fn m_atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < f64::from_bits(0x3e30_0000_0000_0000) {
            // |x| < 2**-28
            return x;
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else if xa < 1.0 {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    } else if xa > 1.0 {
        return (x - x) / (x - x);
    } else {
        return x / 0.0;
    };
    t.copysign(x)
}

/// `math.atanh(x)`.
pub fn atanh(x: f64) -> MathResult<f64> {
    math_1(x, m_atanh(x), false)
}

const DEG_TO_RAD: f64 = PI / 180.0;
const RAD_TO_DEG: f64 = 180.0 / PI;

/// `math.degrees(x)`: `x * (180 / pi)`.
pub fn degrees(x: f64) -> f64 {
    x * RAD_TO_DEG
}

/// `math.radians(x)`: `x * (pi / 180)`.
pub fn radians(x: f64) -> f64 {
    x * DEG_TO_RAD
}

/// `math.cbrt(x)` (glibc's algorithm: Rust's `f64::cbrt` rounds differently).
pub fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    // |x| = xm * 2**xe with 0.5 <= xm < 1: a polynomial guess, one Halley step, and the
    // cube root of 2**(xe % 3) from the table.
    let (xm, xe) = frexp(x.abs());
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430
                    + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    scalbn(if x > 0.0 { ym } else { -ym }, (xe / 3) as i32)
}

// ---------------------------------------------------------------------------------------------
// Error function (glibc's fdlibm-based s_erf.c)
// ---------------------------------------------------------------------------------------------

const ERX: f64 = 8.45062911510467529297e-01;
const EFX: f64 = 1.28379167095512586316e-01;
const PP: [f64; 5] = [
    1.28379167095512558561e-01,
    -3.25042107247001499370e-01,
    -2.84817495755985104766e-02,
    -5.77027029648944159157e-03,
    -2.37630166566501626084e-05,
];
const QQ: [f64; 6] = [
    0.0,
    3.97917223959155352819e-01,
    6.50222499887672944485e-02,
    5.08130628187576562776e-03,
    1.32494738004321644526e-04,
    -3.96022827877536812320e-06,
];
const PA: [f64; 7] = [
    -2.36211856075265944077e-03,
    4.14856118683748331666e-01,
    -3.72207876035701323847e-01,
    3.18346619901161753674e-01,
    -1.10894694282396677476e-01,
    3.54783043256182359371e-02,
    -2.16637559486879084300e-03,
];
const QA: [f64; 7] = [
    0.0,
    1.06420880400844228286e-01,
    5.40397917702171048937e-01,
    7.18286544141962662868e-02,
    1.26171219808761642112e-01,
    1.36370839120290507362e-02,
    1.19844998467991074170e-02,
];
const RA: [f64; 8] = [
    -9.86494403484714822705e-03,
    -6.93858572707181764372e-01,
    -1.05586262253232909814e+01,
    -6.23753324503260060396e+01,
    -1.62396669462573470355e+02,
    -1.84605092906711035994e+02,
    -8.12874355063065934246e+01,
    -9.81432934416914548592e+00,
];
const SA: [f64; 9] = [
    0.0,
    1.96512716674392571292e+01,
    1.37657754143519042600e+02,
    4.34565877475229228821e+02,
    6.45387271733267880336e+02,
    4.29008140027567833386e+02,
    1.08635005541779435134e+02,
    6.57024977031928170135e+00,
    -6.04244152148580987438e-02,
];
const RB: [f64; 7] = [
    -9.86494292470009928597e-03,
    -7.99283237680523006574e-01,
    -1.77579549177547519889e+01,
    -1.60636384855821916062e+02,
    -6.37566443368389627722e+02,
    -1.02509513161107724954e+03,
    -4.83519191608651397019e+02,
];
const SB: [f64; 8] = [
    0.0,
    3.03380607434824582924e+01,
    3.25792512996573918826e+02,
    1.53672958608443695994e+03,
    3.19985821950859553908e+03,
    2.55305040643316442583e+03,
    4.74528541206955367215e+02,
    -2.24409524465858183362e+01,
];
const TINY: f64 = 1e-300;

/// `x * R(x^2)` with the rational approximation of `erf(x) - x` on `|x| < 0.84375`.
fn erf_small_ratio(x: f64) -> f64 {
    let z = x * x;
    let r1 = PP[0] + z * PP[1];
    let z2 = z * z;
    let r2 = PP[2] + z * PP[3];
    let z4 = z2 * z2;
    let s1 = 1.0 + z * QQ[1];
    let s2 = QQ[2] + z * QQ[3];
    let s3 = QQ[4] + z * QQ[5];
    let r = r1 + z2 * r2 + z4 * PP[4];
    let s = s1 + z2 * s2 + z4 * s3;
    r / s
}

/// `P/Q` approximating `erf(1 + s) - ERX` on `0.84375 <= |x| < 1.25`.
fn erf_mid_ratio(x: f64) -> f64 {
    let s = x.abs() - 1.0;
    let p1 = PA[0] + s * PA[1];
    let s2 = s * s;
    let q1 = 1.0 + s * QA[1];
    let s4 = s2 * s2;
    let p2 = PA[2] + s * PA[3];
    let s6 = s4 * s2;
    let q2 = QA[2] + s * QA[3];
    let p3 = PA[4] + s * PA[5];
    let q3 = QA[4] + s * QA[5];
    let p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
    let q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
    p / q
}

/// `|x| * erfc(|x|)` for `1.25 <= |x| < 28`, with `ix` the masked high word of `x`
/// and `cutoff` the high word where the second rational approximation starts.
fn erfc_tail(x: f64, ix: i32, cutoff: i32) -> f64 {
    let x = x.abs();
    let s = 1.0 / (x * x);
    let (r, q) = if ix < cutoff {
        let r1 = RA[0] + s * RA[1];
        let s2 = s * s;
        let q1 = 1.0 + s * SA[1];
        let s4 = s2 * s2;
        let r2 = RA[2] + s * RA[3];
        let s6 = s4 * s2;
        let q2 = SA[2] + s * SA[3];
        let s8 = s4 * s4;
        let r3 = RA[4] + s * RA[5];
        let q3 = SA[4] + s * SA[5];
        let r4 = RA[6] + s * RA[7];
        let q4 = SA[6] + s * SA[7];
        (r1 + s2 * r2 + s4 * r3 + s6 * r4, q1 + s2 * q2 + s4 * q3 + s6 * q4 + s8 * SA[8])
    } else {
        let r1 = RB[0] + s * RB[1];
        let s2 = s * s;
        let q1 = 1.0 + s * SB[1];
        let s4 = s2 * s2;
        let r2 = RB[2] + s * RB[3];
        let s6 = s4 * s2;
        let q2 = SB[2] + s * SB[3];
        let r3 = RB[4] + s * RB[5];
        let q3 = SB[4] + s * SB[5];
        let q4 = SB[6] + s * SB[7];
        (r1 + s2 * r2 + s4 * r3 + s6 * RB[6], q1 + s2 * q2 + s4 * q3 + s6 * q4)
    };
    // exp(-x*x - 0.5625 + r/q) computed as exp(-z*z - 0.5625) * exp((z-x)*(z+x) + r/q)
    // with z = x truncated to its high word.
    let z = f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000);
    let e = (-z * z - 0.5625).exp() * ((z - x) * (z + x) + r / q).exp();
    e / x
}

/// `math.erf(x)`.
pub fn erf(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        // erf(nan) = nan, erf(±inf) = ±1
        let sign = if hx < 0 { -1.0 } else { 1.0 };
        return sign + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        // |x| < 0.84375
        if ix < 0x3e30_0000 {
            // |x| < 2**-28
            if ix < 0x0080_0000 {
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
            }
            return x + EFX * x;
        }
        return x + x * erf_small_ratio(x);
    }
    if ix < 0x3ff4_0000 {
        // 0.84375 <= |x| < 1.25
        let pq = erf_mid_ratio(x);
        return if hx >= 0 { ERX + pq } else { -ERX - pq };
    }
    if ix >= 0x4018_0000 {
        // |x| >= 6
        return if hx >= 0 { 1.0 - TINY } else { TINY - 1.0 };
    }
    let r = erfc_tail(x, ix, 0x4006_DB6E);
    if hx >= 0 {
        1.0 - r
    } else {
        r - 1.0
    }
}

/// `math.erfc(x)`.
pub fn erfc(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        // erfc(nan) = nan, erfc(+inf) = 0, erfc(-inf) = 2
        let base = if hx < 0 { 2.0 } else { 0.0 };
        return base + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        // |x| < 0.84375
        if ix < 0x3c70_0000 {
            // |x| < 2**-56
            return 1.0 - x;
        }
        let y = erf_small_ratio(x);
        if hx < 0x3fd0_0000 {
            // x < 1/4
            return 1.0 - (x + x * y);
        }
        let r = x * y + (x - 0.5);
        return 0.5 - r;
    }
    if ix < 0x3ff4_0000 {
        // 0.84375 <= |x| < 1.25
        let pq = erf_mid_ratio(x);
        return if hx >= 0 { (1.0 - ERX) - pq } else { 1.0 + (ERX + pq) };
    }
    if ix < 0x403c_0000 {
        // |x| < 28
        if hx < 0 && ix >= 0x4018_0000 {
            // x <= -6
            return 2.0 - TINY;
        }
        let r = erfc_tail(x, ix, 0x4006_DB6D);
        return if hx > 0 { r } else { 2.0 - r };
    }
    if hx > 0 {
        TINY * TINY
    } else {
        2.0 - TINY
    }
}

// ---------------------------------------------------------------------------------------------
// Gamma functions (CPython's own Lanczos implementation)
// ---------------------------------------------------------------------------------------------

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];
const LOG_PI: f64 = 1.144729885849400174143427351353058711647;

/// `sin(pi * x)`, accurate for integral and near-integral `x` (finite `x` only).
fn m_sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        // -sin(pi*(y-1.0)) would give -0.0 instead of 0.0 at y == 1.0.
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// Lanczos' sum L_g(x) for positive `x`, as a rational function.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        // Rescaled by x**(1-N) to avoid overflow for large x.
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `math.gamma(x)`.
pub fn gamma(x: f64) -> MathResult<f64> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { Ok(x) } else { Err(domain()) };
    }
    if x == 0.0 {
        return Err(domain());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain());
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    let finish = |r: f64| if r.is_infinite() { Err(range()) } else { Ok(r) };
    if absx < 1e-20 {
        return finish(1.0 / x);
    }
    if absx > 200.0 {
        return if x < 0.0 { Ok(0.0 / m_sinpi(x)) } else { Err(range()) };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error in y, scaled: a correction applied below.
    let z =
        if absx > LANCZOS_G_MINUS_HALF { (y - absx) - LANCZOS_G_MINUS_HALF } else { (y - LANCZOS_G_MINUS_HALF) - absx };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI / m_sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
        r
    };
    finish(r)
}

/// `math.lgamma(x)`: `log(|gamma(x)|)`.
pub fn lgamma(x: f64) -> MathResult<f64> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(domain()) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // Reflection formula.
        r = LOG_PI - m_sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        Err(range())
    } else {
        Ok(r)
    }
}

// ---------------------------------------------------------------------------------------------
// Sums, products and norms
// ---------------------------------------------------------------------------------------------

/// `math.fsum(values)`: the correctly rounded sum (CPython's partials algorithm, including
/// its OverflowError for intermediate overflow and ValueError for `inf + -inf`).
pub fn fsum(values: &[f64]) -> MathResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for &item in values {
        let mut x = item;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From intermediate overflow, or from a NaN or infinity among the summands.
                if item.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if item.is_infinite() {
                    inf_sum += item;
                }
                special_sum += item;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        return if inf_sum.is_nan() { Err(value_error("-inf + inf in fsum")) } else { Ok(special_sum) };
    }
    let Some((&top, rest)) = partials.split_last() else {
        return Ok(0.0);
    };
    // Sum from the top, stopping when the sum becomes inexact.
    let mut hi = top;
    let mut lo = 0.0;
    let mut n = rest.len();
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = rest[n];
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    // Half-even rounding across partials: when the rest pushes the same way as lo,
    // the tie in hi + lo is not a tie.
    if n > 0 && ((lo < 0.0 && rest[n - 1] < 0.0) || (lo > 0.0 && rest[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        let yr = x - hi;
        if y == yr {
            hi = x;
        }
    }
    Ok(hi)
}

/// `math.prod(values)` for floats: the left-to-right product from the int start 1.
/// (For an empty sequence Python returns the *int* 1; this returns 1.0.)
pub fn prod_float(values: &[f64]) -> f64 {
    values.iter().fold(1.0, |acc, &v| acc * v)
}

/// Neumaier step: `csum += x`, accumulating the rounding error into `frac`.
fn compensated_add(csum: &mut f64, frac: &mut f64, x: f64) {
    let old = *csum;
    *csum += x;
    *frac += (old - *csum) + x;
}

/// Veltkamp-Dekker split of `x` into a 26-bit `hi` and the exact rest `lo`.
fn veltkamp_split(x: f64) -> (f64, f64) {
    const T27: f64 = 134217729.0; // 2**27 + 1
    let t = x * T27;
    let hi = t - (t - x);
    (hi, x - hi)
}

/// CPython's `vector_norm`: `sqrt(sum(x*x))` of non-negative `vec` with `max` its largest
/// element, using power-of-two scaling, exact squaring and compensated summation.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    if max_e < -1023 {
        // 2**-max_e would overflow: divide by max instead.
        for &v in vec {
            let x = v / max;
            compensated_add(&mut csum, &mut frac1, x * x);
        }
        return max * (csum - 1.0 + frac1).sqrt();
    }
    let scale = scalbn(1.0, -max_e as i32);
    for &v in vec {
        let (hi, lo) = veltkamp_split(v * scale);
        compensated_add(&mut csum, &mut frac1, hi * hi);
        compensated_add(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    // Differential correction of the square root.
    let (hi, lo) = veltkamp_split(h);
    compensated_add(&mut csum, &mut frac1, -hi * hi);
    compensated_add(&mut csum, &mut frac2, -2.0 * hi * lo);
    compensated_add(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// `math.hypot(*coordinates)`: the Euclidean norm (0.0 for no coordinates).
pub fn hypot(coordinates: &[f64]) -> f64 {
    let abs: Vec<f64> = coordinates.iter().map(|c| c.abs()).collect();
    let max = abs.iter().fold(0.0f64, |m, &x| if x > m { x } else { m });
    vector_norm(&abs, max, abs.iter().any(|x| x.is_nan()))
}

/// `math.dist(p, q)`: the Euclidean distance between two points of the same dimension.
pub fn dist(p: &[f64], q: &[f64]) -> MathResult<f64> {
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let diffs: Vec<f64> = p.iter().zip(q).map(|(a, b)| (a - b).abs()).collect();
    let max = diffs.iter().fold(0.0f64, |m, &x| if x > m { x } else { m });
    Ok(vector_norm(&diffs, max, diffs.iter().any(|x| x.is_nan())))
}

// ---------------------------------------------------------------------------------------------
// Float to int
// ---------------------------------------------------------------------------------------------

/// CPython's `PyLong_FromDouble` for an integral float, limited to i64.
fn integral_float_to_int(x: f64) -> MathResult<i64> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    if !(-TWO_63..TWO_63).contains(&x) {
        return Err(int_overflow());
    }
    Ok(x as i64)
}

/// `math.floor(x)` for a float.
pub fn floor(x: f64) -> MathResult<i64> {
    integral_float_to_int(x.floor())
}

/// `math.ceil(x)` for a float.
pub fn ceil(x: f64) -> MathResult<i64> {
    integral_float_to_int(x.ceil())
}

/// `math.trunc(x)` (and `int(x)`) for a float.
pub fn trunc(x: f64) -> MathResult<i64> {
    integral_float_to_int(x.trunc())
}

/// `round(x)` for a float: the nearest int, ties to even.
pub fn round_float_to_int(x: f64) -> MathResult<i64> {
    integral_float_to_int(x.round_ties_even())
}

// ---------------------------------------------------------------------------------------------
// Integer functions
// ---------------------------------------------------------------------------------------------

fn gcd_u128(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// `math.gcd(*integers)`: 0 for no arguments.
pub fn gcd(values: &[i64]) -> MathResult<i64> {
    let g = values.iter().fold(0u128, |g, &v| gcd_u128(g, u128::from(v.unsigned_abs())));
    i64::try_from(g).map_err(|_| int_overflow())
}

/// `math.lcm(*integers)`: 1 for no arguments, 0 if any argument is 0.
pub fn lcm(values: &[i64]) -> MathResult<i64> {
    if values.contains(&0) {
        return Ok(0);
    }
    let mut acc: u128 = 1;
    for &v in values {
        let v = u128::from(v.unsigned_abs());
        acc = acc / gcd_u128(acc, v) * v;
        // The lcm never shrinks, so past i64 it stays past.
        if acc > i64::MAX as u128 {
            return Err(int_overflow());
        }
    }
    Ok(acc as i64)
}

/// `math.isqrt(n)`: the floor of the exact square root.
pub fn isqrt(n: i64) -> MathResult<i64> {
    if n < 0 {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    let n = n as u128;
    let mut a = (n as f64).sqrt() as u128;
    while a * a > n {
        a -= 1;
    }
    while (a + 1) * (a + 1) <= n {
        a += 1;
    }
    Ok(a as i64)
}

/// `math.factorial(n)`: exact up to 20!.
pub fn factorial(n: i64) -> MathResult<i64> {
    if n < 0 {
        return Err(value_error("factorial() not defined for negative values"));
    }
    (1..=n).try_fold(1i64, |acc, k| acc.checked_mul(k)).ok_or_else(int_overflow)
}

fn check_n_k(n: i64, k: i64) -> MathResult<()> {
    if n < 0 {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k < 0 {
        return Err(value_error("k must be a non-negative integer"));
    }
    Ok(())
}

/// `math.comb(n, k)`: n choose k (0 when k > n).
pub fn comb(n: i64, k: i64) -> MathResult<i64> {
    check_n_k(n, k)?;
    if k > n {
        return Ok(0);
    }
    let (n, k) = (n as u128, k.min(n - k) as u128);
    // C(n, i+1) = C(n, i) * (n-i) / (i+1) is exact and increases with i <= n/2.
    let mut c: u128 = 1;
    for i in 0..k {
        c = c * (n - i) / (i + 1);
        if c > i64::MAX as u128 {
            return Err(int_overflow());
        }
    }
    Ok(c as i64)
}

/// `math.perm(n, k)`: `n! / (n-k)!` (0 when k > n); `k = None` means `factorial(n)`.
pub fn perm(n: i64, k: Option<i64>) -> MathResult<i64> {
    let Some(k) = k else {
        return factorial(n);
    };
    check_n_k(n, k)?;
    if k > n {
        return Ok(0);
    }
    if k == 0 {
        return Ok(1);
    }
    // Every factor is >= 1, so the running product never shrinks.
    ((n - k + 1)..=n).try_fold(1i64, |acc, f| acc.checked_mul(f)).ok_or_else(int_overflow)
}

/// `math.prod(values)` for ints (1 for no values); OverflowError only when the exact product
/// is outside i64.
pub fn prod_int(values: &[i64]) -> MathResult<i64> {
    if values.contains(&0) {
        return Ok(0);
    }
    let limit = 1i128 << 63;
    let mut acc: i128 = 1;
    for &v in values {
        acc *= i128::from(v);
        // |acc| never shrinks from here on; only -2**63 might still be reached from +2**63.
        if acc.abs() > limit {
            return Err(int_overflow());
        }
    }
    i64::try_from(acc).map_err(|_| int_overflow())
}

/// `base ** exp` for ints with `exp >= 0` (jcvm raises ValueError for a negative exponent).
pub fn int_pow(base: i64, exp: i64) -> MathResult<i64> {
    if exp < 0 {
        return Err(value_error(NEGATIVE_INT_EXPONENT));
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

/// The inverse of `a` modulo `m` (`0 <= a < m`, `m > 1`), by the extended Euclidean algorithm.
fn invmod(a: u128, m: u128) -> MathResult<u128> {
    let (mut r0, mut r1) = (a as i128, m as i128);
    let (mut s0, mut s1) = (1i128, 0i128);
    while r1 != 0 {
        let q = r0.div_euclid(r1);
        (r0, r1) = (r1, r0 - q * r1);
        (s0, s1) = (s1, s0 - q * s1);
    }
    if r0 != 1 {
        return Err(value_error("base is not invertible for the given modulus"));
    }
    Ok(s0.rem_euclid(m as i128) as u128)
}

/// `pow(base, exp, modulus)` for ints: a negative `exp` uses the modular inverse; the result
/// has the sign of `modulus` (CPython's semantics).
pub fn int_pow_mod(base: i64, exp: i64, modulus: i64) -> MathResult<i64> {
    if modulus == 0 {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let m = u128::from(modulus.unsigned_abs());
    if m == 1 {
        return Ok(0);
    }
    let mut b = i128::from(base).rem_euclid(m as i128) as u128;
    if exp < 0 {
        b = invmod(b, m)?;
    }
    let mut e = exp.unsigned_abs();
    let mut r: u128 = 1;
    while e > 0 {
        if e & 1 == 1 {
            r = r * b % m;
        }
        e >>= 1;
        b = b * b % m;
    }
    let r = r as i128;
    Ok((if modulus < 0 && r != 0 { r - m as i128 } else { r }) as i64)
}

// ---------------------------------------------------------------------------------------------
// Exact int/float helpers
// ---------------------------------------------------------------------------------------------

/// `i` compared with `f` exactly, as CPython does (None when `f` is NaN):
/// `9007199254740993 == 9007199254740992.0` is False.
pub fn cmp_int_float(i: i64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f >= TWO_63 {
        return Some(Ordering::Less);
    }
    if f < -TWO_63 {
        return Some(Ordering::Greater);
    }
    let fl = f.floor();
    Some(match i.cmp(&(fl as i64)) {
        Ordering::Equal if f > fl => Ordering::Less,
        ord => ord,
    })
}

/// `float(i)`: round-half-even, which is what `as f64` does.
pub fn int_to_float(i: i64) -> f64 {
    i as f64
}

/// `a / b` for ints: the correctly rounded quotient, as CPython computes it.
pub fn int_true_div(a: i64, b: i64) -> MathResult<f64> {
    if b == 0 {
        return Err(zero_division("division by zero"));
    }
    let (n, d) = (a.unsigned_abs(), b.unsigned_abs());
    const EXACT: u64 = 1 << 53;
    let q = if n <= EXACT && d <= EXACT {
        // Both convert exactly, and IEEE division rounds correctly.
        n as f64 / d as f64
    } else {
        let bits = |v: u64| 64 - v.leading_zeros() as i32;
        // Shift so the integer quotient has 56 or more bits; fold the remainder into a
        // sticky bit well below the rounding position, then let the u128 -> f64 conversion
        // round half-even. Scaling back by a power of two is exact (no subnormals here).
        let k = (56 + bits(d) - bits(n)).max(0);
        let num = u128::from(n) << k;
        let (q, r) = (num / u128::from(d), num % u128::from(d));
        ((q | u128::from(r != 0)) as f64) * pow2(-k)
    };
    Ok(if (a < 0) != (b < 0) { -q } else { q })
}

/// `round(x, ndigits)` for a float, as CPython: the exact binary value of `x` rounded
/// half-even to `ndigits` decimal places (negative: tens, hundreds, ...), then converted back
/// to the nearest float.
pub fn round_float(x: f64, ndigits: i64) -> MathResult<f64> {
    // CPython's NDIGITS_MAX and NDIGITS_MIN: beyond them x rounds to itself or to ±0.
    if !x.is_finite() || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 { (fraction, -1074) } else { (fraction | 1 << 52, biased - 1075) };
    // t = floor(2 * |x| * 10**ndigits), computed as P // Q with
    // P = 2 * mantissa * 2**max(e, 0) * 10**max(nd, 0) and Q = 2**max(-e, 0) * 10**max(-nd, 0).
    let mut t = Nat::from(mantissa);
    t.shl(1 + exponent.max(0) as u32);
    t.mul_pow10(ndigits.max(0) as u32);
    let exact = t.shr((-exponent).max(0) as u32) & t.div_pow10((-ndigits).max(0) as u32);
    // |x| * 10**ndigits lies in [t/2, (t+1)/2): odd t means at or past the halfway point.
    let past_half = t.is_odd();
    t.shr(1);
    if past_half && (!exact || t.is_odd()) {
        t.add_one();
    }
    let text = format!("{}{}e{}", if x.is_sign_negative() { "-" } else { "" }, t.into_decimal(), -ndigits);
    let rounded: f64 = text.parse().unwrap_or(f64::NAN);
    if rounded.is_infinite() {
        return Err(overflow_error("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// A natural number in little-endian base-2**32 limbs: just the arithmetic `round_float` needs.
struct Nat(Vec<u32>);

impl From<u64> for Nat {
    fn from(v: u64) -> Self {
        Nat(vec![v as u32, (v >> 32) as u32])
    }
}

impl Nat {
    fn mul_small(&mut self, m: u32) {
        let mut carry = 0u64;
        for limb in &mut self.0 {
            let t = u64::from(*limb) * u64::from(m) + carry;
            *limb = t as u32;
            carry = t >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }

    /// Divides in place, returning the remainder.
    fn div_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let t = (rem << 32) | u64::from(*limb);
            *limb = (t / u64::from(d)) as u32;
            rem = t % u64::from(d);
        }
        rem as u32
    }

    fn mul_pow10(&mut self, k: u32) {
        for _ in 0..k / 9 {
            self.mul_small(1_000_000_000);
        }
        self.mul_small(10u32.pow(k % 9));
    }

    /// Divides by 10**k rounding down; true when the division was exact.
    fn div_pow10(&mut self, k: u32) -> bool {
        let mut exact = true;
        for _ in 0..k / 9 {
            exact &= self.div_small(1_000_000_000) == 0;
        }
        exact & (self.div_small(10u32.pow(k % 9)) == 0)
    }

    fn shl(&mut self, bits: u32) {
        let (words, bits) = ((bits / 32) as usize, bits % 32);
        if bits != 0 {
            let mut carry = 0u32;
            for limb in &mut self.0 {
                let t = (u64::from(*limb) << bits) | u64::from(carry);
                *limb = t as u32;
                carry = (t >> 32) as u32;
            }
            if carry != 0 {
                self.0.push(carry);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, words));
    }

    /// Divides by 2**bits rounding down; true when no 1 bit was shifted out.
    fn shr(&mut self, bits: u32) -> bool {
        let words = ((bits / 32) as usize).min(self.0.len());
        let bits = bits % 32;
        let mut exact = self.0.drain(..words).all(|w| w == 0);
        if bits != 0 {
            let mut carry = 0u32;
            for limb in self.0.iter_mut().rev() {
                let t = (u64::from(carry) << 32) | u64::from(*limb);
                carry = *limb & ((1 << bits) - 1);
                *limb = (t >> bits) as u32;
            }
            exact &= carry == 0;
        }
        exact
    }

    fn is_odd(&self) -> bool {
        self.0.first().is_some_and(|w| w & 1 == 1)
    }

    fn add_one(&mut self) {
        for limb in &mut self.0 {
            let (v, carry) = limb.overflowing_add(1);
            *limb = v;
            if !carry {
                return;
            }
        }
        self.0.push(1);
    }

    fn into_decimal(mut self) -> String {
        let mut chunks = Vec::new();
        while self.0.iter().any(|&w| w != 0) {
            chunks.push(self.div_small(1_000_000_000));
        }
        let Some((top, rest)) = chunks.split_last() else {
            return "0".to_string();
        };
        let mut text = top.to_string();
        for chunk in rest.iter().rev() {
            text.push_str(&format!("{chunk:09}"));
        }
        text
    }
}

/// `x ** y` for floats (the operator, not `math.pow`): CPython's `float_pow`. Where CPython
/// returns a complex (negative `x`, fractional `y`) jcvm raises ValueError
/// [`NEGATIVE_FRACTIONAL_POWER`]; when that complex power would overflow, CPython's
/// OverflowError("complex exponentiation") is raised as CPython does.
pub fn float_pow(x: f64, y: f64) -> MathResult<f64> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            y.abs()
        } else {
            0.0
        });
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        });
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(y) { x } else { 0.0 });
    }
    let (base, negate) = if x < 0.0 {
        if y != y.floor() {
            // CPython computes a complex power here, which overflows exactly when |x| ** y does.
            if (-x).powf(y).is_infinite() {
                return Err(overflow_error("complex exponentiation"));
            }
            return Err(value_error(NEGATIVE_FRACTIONAL_POWER));
        }
        (-x, is_odd_integer(y))
    } else {
        (x, false)
    };
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(y);
    if r.is_infinite() {
        // CPython raises OverflowError(errno, strerror) from ERANGE.
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

/// CPython's `_float_div_mod`: the floor quotient and the modulo with the sign of `w`.
fn float_div_mod(v: f64, w: f64) -> (f64, f64) {
    let mut m = v % w;
    let mut div = (v - m) / w;
    if m != 0.0 {
        if (w < 0.0) != (m < 0.0) {
            m += w;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(w);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(v / w)
    };
    (floordiv, m)
}

/// `a % b` for floats: the result has the sign of `b`.
pub fn float_mod(a: f64, b: f64) -> MathResult<f64> {
    if b == 0.0 {
        return Err(zero_division("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// `a // b` for floats.
pub fn float_floordiv(a: f64, b: f64) -> MathResult<f64> {
    if b == 0.0 {
        return Err(zero_division("float floor division by zero"));
    }
    Ok(float_div_mod(a, b).0)
}

/// `divmod(a, b)` for floats.
pub fn float_divmod(a: f64, b: f64) -> MathResult<(f64, f64)> {
    if b == 0.0 {
        return Err(zero_division("float divmod()"));
    }
    Ok(float_div_mod(a, b))
}

#[cfg(test)]
mod tests {
    //! Table-driven checks against CPython 3.11: every expected value and message in `CASES`
    //! was printed by `python3` (floats by `repr`, which round-trips exactly).

    use super::*;

    const NAN: f64 = f64::NAN;
    const INF: f64 = f64::INFINITY;

    /// An argument.
    #[derive(Clone, Copy, Debug)]
    enum A {
        F(f64),
        I(i64),
    }
    use A::{F, I};

    /// An expected result.
    #[derive(Debug)]
    enum R {
        F(f64),
        I(i64),
        B(bool),
        T(f64, f64),
        FI(f64, i64),
        /// -1, 0, 1 for less, equal, greater; 2 for unordered.
        O(i8),
        E(&'static str, &'static str),
    }

    const DOM: R = R::E("ValueError", "math domain error");
    const RNG: R = R::E("OverflowError", "math range error");

    fn f(args: &[A], i: usize) -> f64 {
        match args[i] {
            A::F(x) => x,
            A::I(_) => panic!("argument {i} is not a float"),
        }
    }

    fn n(args: &[A], i: usize) -> i64 {
        match args[i] {
            A::I(x) => x,
            A::F(_) => panic!("argument {i} is not an int"),
        }
    }

    fn floats(args: &[A]) -> Vec<f64> {
        (0..args.len()).map(|i| f(args, i)).collect()
    }

    fn ints(args: &[A]) -> Vec<i64> {
        (0..args.len()).map(|i| n(args, i)).collect()
    }

    /// Calls `name` with `args`, the result wrapped as an `R`.
    fn call(name: &str, args: &[A]) -> MathResult<R> {
        let unary: Option<fn(f64) -> MathResult<f64>> = match name {
            "sqrt" => Some(sqrt),
            "exp" => Some(exp),
            "exp2" => Some(exp2),
            "expm1" => Some(expm1),
            "log" => Some(|x| log(x, None)),
            "log2" => Some(log2),
            "log10" => Some(log10),
            "log1p" => Some(log1p),
            "sin" => Some(sin),
            "cos" => Some(cos),
            "tan" => Some(tan),
            "asin" => Some(asin),
            "acos" => Some(acos),
            "sinh" => Some(sinh),
            "cosh" => Some(cosh),
            "acosh" => Some(acosh),
            "atanh" => Some(atanh),
            "gamma" => Some(gamma),
            "lgamma" => Some(lgamma),
            "atan" => Some(|x| Ok(atan(x))),
            "tanh" => Some(|x| Ok(tanh(x))),
            "asinh" => Some(|x| Ok(asinh(x))),
            "erf" => Some(|x| Ok(erf(x))),
            "erfc" => Some(|x| Ok(erfc(x))),
            "degrees" => Some(|x| Ok(degrees(x))),
            "radians" => Some(|x| Ok(radians(x))),
            "cbrt" => Some(|x| Ok(cbrt(x))),
            "ulp" => Some(|x| Ok(ulp(x))),
            "fabs" => Some(|x| Ok(fabs(x))),
            _ => None,
        };
        if let Some(func) = unary {
            return func(f(args, 0)).map(R::F);
        }
        let binary: Option<fn(f64, f64) -> MathResult<f64>> = match name {
            "pow" => Some(pow),
            "float_pow" => Some(float_pow),
            "fmod" => Some(fmod),
            "remainder" => Some(remainder),
            "atan2" => Some(|y, x| Ok(atan2(y, x))),
            "copysign" => Some(|x, y| Ok(copysign(x, y))),
            "nextafter" => Some(|x, y| Ok(nextafter(x, y))),
            "log_base" => Some(|x, b| log(x, Some(b))),
            "float_mod" => Some(float_mod),
            "float_floordiv" => Some(float_floordiv),
            _ => None,
        };
        if let Some(func) = binary {
            return func(f(args, 0), f(args, 1)).map(R::F);
        }
        let to_int: Option<fn(f64) -> MathResult<i64>> = match name {
            "floor" => Some(floor),
            "ceil" => Some(ceil),
            "trunc" => Some(trunc),
            "round_int" => Some(round_float_to_int),
            _ => None,
        };
        if let Some(func) = to_int {
            return func(f(args, 0)).map(R::I);
        }
        Ok(match name {
            "isnan" => R::B(isnan(f(args, 0))),
            "isinf" => R::B(isinf(f(args, 0))),
            "isfinite" => R::B(isfinite(f(args, 0))),
            "frexp" => {
                let (m, e) = frexp(f(args, 0));
                R::FI(m, e)
            }
            "modf" => {
                let (frac, int) = modf(f(args, 0));
                R::T(frac, int)
            }
            "float_divmod" => {
                let (q, r) = float_divmod(f(args, 0), f(args, 1))?;
                R::T(q, r)
            }
            "ldexp" => R::F(ldexp(f(args, 0), n(args, 1))?),
            "round" => R::F(round_float(f(args, 0), n(args, 1))?),
            "isclose" => R::B(isclose(f(args, 0), f(args, 1), f(args, 2), f(args, 3))?),
            "hypot" => R::F(hypot(&floats(args))),
            "fsum" => R::F(fsum(&floats(args))?),
            "prod_float" => R::F(prod_float(&floats(args))),
            "dist" => {
                let split = n(args, 0) as usize + 1;
                R::F(dist(&floats(&args[1..split]), &floats(&args[split..]))?)
            }
            "gcd" => R::I(gcd(&ints(args))?),
            "lcm" => R::I(lcm(&ints(args))?),
            "prod_int" => R::I(prod_int(&ints(args))?),
            "isqrt" => R::I(isqrt(n(args, 0))?),
            "factorial" => R::I(factorial(n(args, 0))?),
            "comb" => R::I(comb(n(args, 0), n(args, 1))?),
            "perm" => R::I(perm(n(args, 0), Some(n(args, 1)))?),
            "perm1" => R::I(perm(n(args, 0), None)?),
            "int_pow" => R::I(int_pow(n(args, 0), n(args, 1))?),
            "int_pow_mod" => R::I(int_pow_mod(n(args, 0), n(args, 1), n(args, 2))?),
            "int_true_div" => R::F(int_true_div(n(args, 0), n(args, 1))?),
            "int_to_float" => R::F(int_to_float(n(args, 0))),
            "cmp_int_float" => R::O(match cmp_int_float(n(args, 0), f(args, 1)) {
                Some(ord) => ord as i8,
                None => 2,
            }),
            _ => panic!("no function {name}"),
        })
    }

    /// Floats are equal when their bits are, or when both are NaN.
    fn same(a: f64, b: f64) -> bool {
        a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
    }

    fn matches(got: &MathResult<R>, want: &R) -> bool {
        match (got, want) {
            (Err(e), R::E(exc, msg)) => e.exc == *exc && e.msg == *msg,
            (Ok(R::F(a)), R::F(b)) => same(*a, *b),
            (Ok(R::I(a)), R::I(b)) => a == b,
            (Ok(R::B(a)), R::B(b)) => a == b,
            (Ok(R::O(a)), R::O(b)) => a == b,
            (Ok(R::T(a, b)), R::T(c, d)) => same(*a, *c) && same(*b, *d),
            (Ok(R::FI(a, b)), R::FI(c, d)) => same(*a, *c) && b == d,
            _ => false,
        }
    }

    #[test]
    fn matches_cpython() {
        let mut failures = Vec::new();
        for (name, args, want) in CASES {
            // black_box keeps LLVM from constant-folding libm calls with its own routines.
            let got = call(name, std::hint::black_box(args));
            if !matches(&got, want) {
                failures.push(format!("{name}{args:?}: got {got:?}, want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), CASES.len(), failures.join("\n"));
    }

    #[test]
    fn messages_and_defaults() {
        assert_eq!(
            dist(&[1.0], &[1.0, 2.0]),
            Err(MathError { exc: "ValueError", msg: "both points must have the same number of dimensions".into() })
        );
        assert_eq!(int_to_float(9_007_199_254_740_993), 9_007_199_254_740_992.0);
        assert_eq!(int_to_float(i64::MAX), 9_223_372_036_854_775_808.0);
        assert_eq!(prod_float(&[]), 1.0);
        assert_eq!(MathError::new("ValueError", "math domain error").to_string(), "ValueError: math domain error");
        assert_eq!(isclose(1.0, 1.0 + 1e-10, 1e-9, 0.0), Ok(true));
    }

    // BEGIN GENERATED CASES: each expectation printed by CPython 3.11; regenerate, do not hand-edit.
    #[rustfmt::skip]
    const CASES: &[(&str, &[A], R)] = &[
    ("sqrt", &[F(0.1)], R::F(0.31622776601683794)),
    ("sqrt", &[F(100.5)], R::F(10.024968827881711)),
    ("sqrt", &[F(3.141592653589793)], R::F(1.7724538509055159)),
    ("sqrt", &[F(2.2250738585072014e-308)], R::F(1.4916681462400413e-154)),
    ("sqrt", &[F(-9.223372036854776e+18)], DOM),
    ("sqrt", &[F(-INF)], DOM),
    ("sqrt", &[F(1.0)], R::F(1.0)),
    ("sqrt", &[F(0.0)], R::F(0.0)),
    ("sqrt", &[F(-9.999211359497787e+107)], DOM),
    ("sqrt", &[F(6809.784332309228)], R::F(82.52141741577897)),
    ("exp", &[F(3.141592653589793)], R::F(23.140692632779267)),
    ("exp", &[F(-INF)], R::F(0.0)),
    ("exp", &[F(2.718281828459045)], R::F(15.154262241479262)),
    ("exp", &[F(-9.223372036854776e+18)], R::F(0.0)),
    ("exp", &[F(1e+300)], RNG),
    ("exp", &[F(710.0)], RNG),
    ("exp", &[F(709.78)], R::F(1.7928227943945155e+308)),
    ("exp", &[F(2.0)], R::F(7.38905609893065)),
    ("exp", &[F(1070.7373626839899)], RNG),
    ("exp", &[F(-304.6614485091293)], R::F(4.86647014992649e-133)),
    ("exp2", &[F(4503599627370496.0)], RNG),
    ("exp2", &[F(9007199254740992.0)], RNG),
    ("exp2", &[F(-745.2)], R::F(4.70378249109362e-225)),
    ("exp2", &[F(9.223372036854776e+18)], RNG),
    ("exp2", &[F(3.0)], R::F(8.0)),
    ("exp2", &[F(2.5)], R::F(5.656854249492381)),
    ("exp2", &[F(2.2250738585072014e-308)], R::F(1.0)),
    ("exp2", &[F(1.5)], R::F(2.8284271247461903)),
    ("exp2", &[F(823.6307479691263)], R::F(8.660849459276151e+247)),
    ("exp2", &[F(-6.7654606296403416e-12)], R::F(0.9999999999953105)),
    ("expm1", &[F(0.0)], R::F(0.0)),
    ("expm1", &[F(5e-324)], R::F(5e-324)),
    ("expm1", &[F(9007199254740992.0)], RNG),
    ("expm1", &[F(1.0)], R::F(1.718281828459045)),
    ("expm1", &[F(9.223372036854776e+18)], RNG),
    ("expm1", &[F(-1.0)], R::F(-0.6321205588285577)),
    ("expm1", &[F(1.5)], R::F(3.481689070338065)),
    ("expm1", &[F(-2.5)], R::F(-0.9179150013761013)),
    ("expm1", &[F(87.71476629187282)], R::F(1.2417637625079435e+38)),
    ("expm1", &[F(-54.67226942447799)], R::F(-1.0)),
    ("log", &[F(0.0)], DOM),
    ("log", &[F(-0.0)], DOM),
    ("log", &[F(5e-324)], R::F(-744.4400719213812)),
    ("log", &[F(-5e-324)], DOM),
    ("log", &[F(1e-310)], R::F(-713.8013788281542)),
    ("log", &[F(2.2250738585072014e-308)], R::F(-708.3964185322641)),
    ("log", &[F(1e-300)], R::F(-690.7755278982137)),
    ("log", &[F(1e-20)], R::F(-46.051701859880914)),
    ("log", &[F(1e-10)], R::F(-23.025850929940457)),
    ("log", &[F(0.1)], R::F(-2.3025850929940455)),
    ("log", &[F(0.5)], R::F(-0.6931471805599453)),
    ("log", &[F(-0.5)], DOM),
    ("log", &[F(1.0)], R::F(0.0)),
    ("log", &[F(-1.0)], DOM),
    ("log", &[F(1.5)], R::F(0.4054651081081644)),
    ("log", &[F(2.0)], R::F(0.6931471805599453)),
    ("log", &[F(2.5)], R::F(0.9162907318741551)),
    ("log", &[F(-2.5)], DOM),
    ("log", &[F(3.0)], R::F(1.0986122886681098)),
    ("log", &[F(10.0)], R::F(2.302585092994046)),
    ("log", &[F(100.5)], R::F(4.61015772749913)),
    ("log", &[F(709.78)], R::F(6.564955062864165)),
    ("log", &[F(710.0)], R::F(6.565264970035361)),
    ("log", &[F(-745.2)], DOM),
    ("log", &[F(10000000000.0)], R::F(23.025850929940457)),
    ("log", &[F(4503599627370496.0)], R::F(36.04365338911715)),
    ("log", &[F(9007199254740992.0)], R::F(36.7368005696771)),
    ("log", &[F(9007199254740994.0)], R::F(36.7368005696771)),
    ("log", &[F(9.223372036854776e+18)], R::F(43.66827237527655)),
    ("log", &[F(-9.223372036854776e+18)], DOM),
    ("log", &[F(1e+300)], R::F(690.7755278982137)),
    ("log", &[F(1.7976931348623157e+308)], R::F(709.782712893384)),
    ("log", &[F(-1.7976931348623157e+308)], DOM),
    ("log", &[F(INF)], R::F(INF)),
    ("log", &[F(-INF)], DOM),
    ("log", &[F(NAN)], R::F(NAN)),
    ("log", &[F(3.141592653589793)], R::F(1.1447298858494002)),
    ("log", &[F(2.718281828459045)], R::F(1.0)),
    ("log", &[F(0.00014541423216310164)], R::F(-8.835924114827682)),
    ("log", &[F(3.133049450802645e-151)], R::F(-346.54834224640524)),
    ("log2", &[F(10.0)], R::F(3.321928094887362)),
    ("log2", &[F(-INF)], DOM),
    ("log2", &[F(-0.0)], DOM),
    ("log2", &[F(-9.223372036854776e+18)], DOM),
    ("log2", &[F(3.141592653589793)], R::F(1.6514961294723187)),
    ("log2", &[F(2.5)], R::F(1.3219280948873624)),
    ("log2", &[F(5e-324)], R::F(-1074.0)),
    ("log2", &[F(0.5)], R::F(-1.0)),
    ("log2", &[F(-0.7093143675932477)], DOM),
    ("log2", &[F(2.7938793881551622e-05)], R::F(-15.127370733527048)),
    ("log10", &[F(-5e-324)], DOM),
    ("log10", &[F(9.223372036854776e+18)], R::F(18.964889726830815)),
    ("log10", &[F(709.78)], R::F(2.8511237577447224)),
    ("log10", &[F(0.0)], DOM),
    ("log10", &[F(1e-20)], R::F(-20.0)),
    ("log10", &[F(1e-310)], R::F(-310.0)),
    ("log10", &[F(10000000000.0)], R::F(10.0)),
    ("log10", &[F(9007199254740992.0)], R::F(15.954589770191003)),
    ("log10", &[F(771.7618165573421)], R::F(2.887483287750973)),
    ("log10", &[F(0.016709577599277745)], R::F(-1.7770345284801259)),
    ("log1p", &[F(4503599627370496.0)], R::F(36.04365338911715)),
    ("log1p", &[F(710.0)], R::F(6.566672429803241)),
    ("log1p", &[F(-745.2)], DOM),
    ("log1p", &[F(1.5)], R::F(0.9162907318741551)),
    ("log1p", &[F(10.0)], R::F(2.3978952727983707)),
    ("log1p", &[F(-INF)], DOM),
    ("log1p", &[F(1e-310)], R::F(1e-310)),
    ("log1p", &[F(-5e-324)], R::F(-5e-324)),
    ("log1p", &[F(5.484350546174602e-05)], R::F(5.484200161168438e-05)),
    ("log1p", &[F(-0.11922243803269135)], R::F(-0.12695016850383967)),
    ("sin", &[F(1e-20)], R::F(1e-20)),
    ("sin", &[F(0.0)], R::F(0.0)),
    ("sin", &[F(-0.0)], R::F(-0.0)),
    ("sin", &[F(709.78)], R::F(-0.2181707870892095)),
    ("sin", &[F(710.0)], R::F(6.0288706691585265e-05)),
    ("sin", &[F(1.7976931348623157e+308)], R::F(0.004961954789184062)),
    ("sin", &[F(-5e-324)], R::F(-5e-324)),
    ("sin", &[F(10000000000.0)], R::F(-0.4875060250875107)),
    ("sin", &[F(-4.660954295378152e-225)], R::F(-4.660954295378152e-225)),
    ("sin", &[F(-10.245642634132022)], R::F(0.7317354548345224)),
    ("cos", &[F(9.223372036854776e+18)], R::F(0.011800076512800236)),
    ("cos", &[F(709.78)], R::F(0.9759106043387759)),
    ("cos", &[F(10.0)], R::F(-0.8390715290764524)),
    ("cos", &[F(710.0)], R::F(0.999999998182636)),
    ("cos", &[F(-745.2)], R::F(-0.8005756370087409)),
    ("cos", &[F(10000000000.0)], R::F(0.873119622676856)),
    ("cos", &[F(NAN)], R::F(NAN)),
    ("cos", &[F(-5e-324)], R::F(1.0)),
    ("cos", &[F(-0.00032669110817038573)], R::F(0.9999999466364604)),
    ("cos", &[F(-0.4646578716085421)], R::F(0.893974931463752)),
    ("tan", &[F(709.78)], R::F(-0.22355611888962945)),
    ("tan", &[F(100.5)], R::F(-0.030974815325197236)),
    ("tan", &[F(-745.2)], R::F(-0.7485010638245828)),
    ("tan", &[F(1e-10)], R::F(1e-10)),
    ("tan", &[F(-1.7976931348623157e+308)], R::F(0.004962015874444895)),
    ("tan", &[F(10000000000.0)], R::F(-0.5583496378112418)),
    ("tan", &[F(1.7976931348623157e+308)], R::F(-0.004962015874444895)),
    ("tan", &[F(2.718281828459045)], R::F(-0.4505495340698077)),
    ("tan", &[F(6.265813871344518)], R::F(-0.017373183420116595)),
    ("tan", &[F(3.700006537840381e+60)], R::F(-0.2794957553224397)),
    ("asin", &[F(0.1)], R::F(0.1001674211615598)),
    ("asin", &[F(INF)], DOM),
    ("asin", &[F(709.78)], DOM),
    ("asin", &[F(-1.0)], R::F(-1.5707963267948966)),
    ("asin", &[F(9007199254740992.0)], DOM),
    ("asin", &[F(0.5)], R::F(0.5235987755982989)),
    ("asin", &[F(9007199254740994.0)], DOM),
    ("asin", &[F(1.0)], R::F(1.5707963267948966)),
    ("asin", &[F(0.2731709346303186)], R::F(0.2766878041274105)),
    ("asin", &[F(-0.6024343656188248)], R::F(-0.6465475508297683)),
    ("acos", &[F(710.0)], DOM),
    ("acos", &[F(9007199254740994.0)], DOM),
    ("acos", &[F(9.223372036854776e+18)], DOM),
    ("acos", &[F(5e-324)], R::F(1.5707963267948966)),
    ("acos", &[F(4503599627370496.0)], DOM),
    ("acos", &[F(-INF)], DOM),
    ("acos", &[F(-745.2)], DOM),
    ("acos", &[F(INF)], DOM),
    ("acos", &[F(-0.40022431358973587)], R::F(1.9825579321291462)),
    ("acos", &[F(-0.525376697212583)], R::F(2.1239540995974027)),
    ("sinh", &[F(710.0)], R::F(1.1169973830808557e+308)),
    ("sinh", &[F(1e-10)], R::F(1e-10)),
    ("sinh", &[F(1.0)], R::F(1.1752011936438014)),
    ("sinh", &[F(2.0)], R::F(3.626860407847019)),
    ("sinh", &[F(2.2250738585072014e-308)], R::F(2.2250738585072014e-308)),
    ("sinh", &[F(1e-300)], R::F(1e-300)),
    ("sinh", &[F(1e+300)], RNG),
    ("sinh", &[F(9007199254740994.0)], RNG),
    ("sinh", &[F(1.1671670435322285e-13)], R::F(1.1671670435322285e-13)),
    ("sinh", &[F(-166.9764952445788)], R::F(-1.6441464405833113e+72)),
    ("cosh", &[F(5e-324)], R::F(1.0)),
    ("cosh", &[F(-745.2)], RNG),
    ("cosh", &[F(2.718281828459045)], R::F(7.610125138662288)),
    ("cosh", &[F(9.223372036854776e+18)], RNG),
    ("cosh", &[F(3.0)], R::F(10.067661995777765)),
    ("cosh", &[F(1.5)], R::F(2.352409615243247)),
    ("cosh", &[F(2.2250738585072014e-308)], R::F(1.0)),
    ("cosh", &[F(1e-300)], R::F(1.0)),
    ("cosh", &[F(-222.9674197288997)], R::F(3.4079250655300055e+96)),
    ("cosh", &[F(9.650369967969335e-15)], R::F(1.0)),
    ("acosh", &[F(5e-324)], DOM),
    ("acosh", &[F(-0.0)], DOM),
    ("acosh", &[F(-9.223372036854776e+18)], DOM),
    ("acosh", &[F(NAN)], R::F(NAN)),
    ("acosh", &[F(2.718281828459045)], R::F(1.6574544541530771)),
    ("acosh", &[F(1e-20)], DOM),
    ("acosh", &[F(-1.0)], DOM),
    ("acosh", &[F(100.5)], R::F(5.3032801552774655)),
    ("acosh", &[F(10.0)], R::F(2.993222846126381)),
    ("acosh", &[F(-INF)], DOM),
    ("acosh", &[F(3.0)], R::F(1.762747174039086)),
    ("acosh", &[F(INF)], R::F(INF)),
    ("acosh", &[F(0.1)], DOM),
    ("acosh", &[F(1e-300)], DOM),
    ("acosh", &[F(3.141592653589793)], R::F(1.811526272460853)),
    ("acosh", &[F(1.5)], R::F(0.9624236501192069)),
    ("acosh", &[F(3.8867220770269764e+144)], R::F(333.6229667203801)),
    ("acosh", &[F(2.2424195549170717e+246)], R::F(567.9366354984558)),
    ("acosh", &[F(6.818077229404747e+38)], R::F(90.11095821526666)),
    ("acosh", &[F(1.0000000005188605)], R::F(3.221367753199402e-05)),
    ("acosh", &[F(2.1024405778214196e+203)], R::F(468.86101990818725)),
    ("acosh", &[F(43.722011268317)], R::F(4.470868041018411)),
    ("atanh", &[F(2.718281828459045)], DOM),
    ("atanh", &[F(0.1)], R::F(0.10033534773107558)),
    ("atanh", &[F(-1.0)], DOM),
    ("atanh", &[F(2.5)], DOM),
    ("atanh", &[F(-INF)], DOM),
    ("atanh", &[F(2.2250738585072014e-308)], R::F(2.2250738585072014e-308)),
    ("atanh", &[F(1.5)], DOM),
    ("atanh", &[F(-0.0)], R::F(-0.0)),
    ("atanh", &[F(1e-310)], R::F(1e-310)),
    ("atanh", &[F(100.5)], DOM),
    ("atanh", &[F(709.78)], DOM),
    ("atanh", &[F(1.0)], DOM),
    ("atanh", &[F(9007199254740992.0)], DOM),
    ("atanh", &[F(9.223372036854776e+18)], DOM),
    ("atanh", &[F(0.5)], R::F(0.5493061443340548)),
    ("atanh", &[F(710.0)], DOM),
    ("atanh", &[F(0.933239814238862)], R::F(1.682922826719861)),
    ("atanh", &[F(-0.23556013596399694)], R::F(-0.24006816793336852)),
    ("atanh", &[F(0.7550622529171676)], R::F(0.9846277611502489)),
    ("atanh", &[F(-0.9263813434640209)], R::F(-1.632250045624001)),
    ("atanh", &[F(1.878683826863521e-23)], R::F(1.878683826863521e-23)),
    ("atanh", &[F(0.9492883040155455)], R::F(1.8245315193092504)),
    ("gamma", &[F(0.0)], DOM),
    ("gamma", &[F(-0.0)], DOM),
    ("gamma", &[F(5e-324)], RNG),
    ("gamma", &[F(-5e-324)], RNG),
    ("gamma", &[F(1e-310)], RNG),
    ("gamma", &[F(2.2250738585072014e-308)], R::F(4.49423283715579e+307)),
    ("gamma", &[F(1e-300)], R::F(9.999999999999999e+299)),
    ("gamma", &[F(1e-20)], R::F(1.0000000000000002e+20)),
    ("gamma", &[F(1e-10)], R::F(9999999999.422785)),
    ("gamma", &[F(0.1)], R::F(9.513507698668732)),
    ("gamma", &[F(0.5)], R::F(1.7724538509055159)),
    ("gamma", &[F(-0.5)], R::F(-3.544907701811032)),
    ("gamma", &[F(1.0)], R::F(1.0)),
    ("gamma", &[F(-1.0)], DOM),
    ("gamma", &[F(1.5)], R::F(0.886226925452758)),
    ("gamma", &[F(2.0)], R::F(1.0)),
    ("gamma", &[F(2.5)], R::F(1.3293403881791372)),
    ("gamma", &[F(-2.5)], R::F(-0.9453087204829417)),
    ("gamma", &[F(3.0)], R::F(2.0)),
    ("gamma", &[F(10.0)], R::F(362880.0)),
    ("gamma", &[F(100.5)], R::F(9.320963104082718e+156)),
    ("gamma", &[F(709.78)], RNG),
    ("gamma", &[F(710.0)], RNG),
    ("gamma", &[F(-745.2)], R::F(0.0)),
    ("gamma", &[F(10000000000.0)], RNG),
    ("gamma", &[F(4503599627370496.0)], RNG),
    ("gamma", &[F(9007199254740992.0)], RNG),
    ("gamma", &[F(9007199254740994.0)], RNG),
    ("gamma", &[F(9.223372036854776e+18)], RNG),
    ("gamma", &[F(-9.223372036854776e+18)], DOM),
    ("gamma", &[F(1e+300)], RNG),
    ("gamma", &[F(1.7976931348623157e+308)], RNG),
    ("gamma", &[F(-1.7976931348623157e+308)], DOM),
    ("gamma", &[F(INF)], R::F(INF)),
    ("gamma", &[F(-INF)], DOM),
    ("gamma", &[F(NAN)], R::F(NAN)),
    ("gamma", &[F(3.141592653589793)], R::F(2.288037795340032)),
    ("gamma", &[F(2.718281828459045)], R::F(1.5674682557740531)),
    ("gamma", &[F(133.4002758042039)], R::F(7.911753993902596e+224)),
    ("gamma", &[F(6.386463958955072)], R::F(235.11635952183792)),
    ("gamma", &[F(5.409802865442578)], R::F(45.30030418314018)),
    ("gamma", &[F(-0.18171851161616656)], R::F(-6.297130982348897)),
    ("gamma", &[F(165.02892949645747)], R::F(3.8101517355511926e+293)),
    ("gamma", &[F(-174.38475267669898)], R::F(-7.1719414e-317)),
    ("gamma", &[F(-1.0)], DOM),
    ("gamma", &[F(-2.0)], DOM),
    ("gamma", &[F(1e-21)], R::F(1.0000000000000001e+21)),
    ("gamma", &[F(-1e-21)], R::F(-1.0000000000000001e+21)),
    ("gamma", &[F(23.0)], R::F(1.1240007277776077e+21)),
    ("gamma", &[F(24.0)], R::F(2.585201673888497e+22)),
    ("gamma", &[F(171.5)], R::F(9.483367566824801e+307)),
    ("gamma", &[F(172.0)], RNG),
    ("gamma", &[F(-170.5)], R::F(-3.312739521538607e-308)),
    ("gamma", &[F(-200.5)], R::F(-0.0)),
    ("gamma", &[F(200.5)], RNG),
    ("gamma", &[F(-1e+17)], DOM),
    ("gamma", &[F(0.5)], R::F(1.7724538509055159)),
    ("gamma", &[F(-0.5)], R::F(-3.544907701811032)),
    ("lgamma", &[F(0.0)], DOM),
    ("lgamma", &[F(-0.0)], DOM),
    ("lgamma", &[F(5e-324)], R::F(744.4400719213812)),
    ("lgamma", &[F(-5e-324)], R::F(744.4400719213812)),
    ("lgamma", &[F(1e-310)], R::F(713.8013788281542)),
    ("lgamma", &[F(2.2250738585072014e-308)], R::F(708.3964185322641)),
    ("lgamma", &[F(1e-300)], R::F(690.7755278982137)),
    ("lgamma", &[F(1e-20)], R::F(46.051701859880914)),
    ("lgamma", &[F(1e-10)], R::F(23.025850929882736)),
    ("lgamma", &[F(0.1)], R::F(2.2527126517342055)),
    ("lgamma", &[F(0.5)], R::F(0.5723649429247004)),
    ("lgamma", &[F(-0.5)], R::F(1.265512123484645)),
    ("lgamma", &[F(1.0)], R::F(0.0)),
    ("lgamma", &[F(-1.0)], DOM),
    ("lgamma", &[F(1.5)], R::F(-0.12078223763524543)),
    ("lgamma", &[F(2.0)], R::F(0.0)),
    ("lgamma", &[F(2.5)], R::F(0.2846828704729196)),
    ("lgamma", &[F(-2.5)], R::F(-0.05624371649767457)),
    ("lgamma", &[F(3.0)], R::F(0.693147180559945)),
    ("lgamma", &[F(10.0)], R::F(12.801827480081467)),
    ("lgamma", &[F(100.5)], R::F(361.4355404677776)),
    ("lgamma", &[F(709.78)], R::F(3947.530382928763)),
    ("lgamma", &[F(710.0)], R::F(3948.9745521441773)),
    ("lgamma", &[F(-745.2)], R::F(-4185.843699558218)),
    ("lgamma", &[F(10000000000.0)], R::F(220258509288.81058)),
    ("lgamma", &[F(4503599627370496.0)], R::F(1.5782258434492883e+17)),
    ("lgamma", &[F(9007199254740992.0)], R::F(3.2188848345802304e+17)),
    ("lgamma", &[F(9007199254740994.0)], R::F(3.218884834580231e+17)),
    ("lgamma", &[F(9.223372036854776e+18)], R::F(3.9354535028702885e+20)),
    ("lgamma", &[F(-9.223372036854776e+18)], DOM),
    ("lgamma", &[F(1e+300)], R::F(6.897755278982137e+302)),
    ("lgamma", &[F(1.7976931348623157e+308)], RNG),
    ("lgamma", &[F(-1.7976931348623157e+308)], DOM),
    ("lgamma", &[F(INF)], R::F(INF)),
    ("lgamma", &[F(-INF)], R::F(INF)),
    ("lgamma", &[F(NAN)], R::F(NAN)),
    ("lgamma", &[F(3.141592653589793)], R::F(0.8276945923234376)),
    ("lgamma", &[F(2.718281828459045)], R::F(0.4494617418200675)),
    ("lgamma", &[F(-9.020743722266296e+111)], DOM),
    ("lgamma", &[F(-2.337878261425402e+248)], DOM),
    ("lgamma", &[F(1.5691774381870038e+182)], R::F(6.567337709929546e+184)),
    ("lgamma", &[F(7.659503828699777e+266)], R::F(4.699286224895751e+269)),
    ("lgamma", &[F(-20.268259745785997)], R::F(-41.71053822983183)),
    ("lgamma", &[F(146.636605051405)], R::F(583.2060699081944)),
    ("lgamma", &[F(-1.0)], DOM),
    ("lgamma", &[F(-2.0)], DOM),
    ("lgamma", &[F(1e-21)], R::F(48.35428695287496)),
    ("lgamma", &[F(-1e-21)], R::F(48.35428695287496)),
    ("lgamma", &[F(23.0)], R::F(48.47118135183522)),
    ("lgamma", &[F(24.0)], R::F(51.60667556776438)),
    ("lgamma", &[F(171.5)], R::F(709.1431630309282)),
    ("lgamma", &[F(172.0)], R::F(711.71472580229)),
    ("lgamma", &[F(-170.5)], R::F(-707.9984331450788)),
    ("lgamma", &[F(-200.5)], R::F(-864.7382878706798)),
    ("lgamma", &[F(200.5)], R::F(860.5822035097825)),
    ("lgamma", &[F(-1e+17)], DOM),
    ("lgamma", &[F(0.5)], R::F(0.5723649429247004)),
    ("lgamma", &[F(-0.5)], R::F(1.265512123484645)),
    ("atan", &[F(10.0)], R::F(1.4711276743037347)),
    ("atan", &[F(9007199254740992.0)], R::F(1.5707963267948966)),
    ("atan", &[F(1e-310)], R::F(1e-310)),
    ("atan", &[F(3.0)], R::F(1.2490457723982544)),
    ("atan", &[F(-9.223372036854776e+18)], R::F(-1.5707963267948966)),
    ("atan", &[F(1e-20)], R::F(1e-20)),
    ("atan", &[F(3.141592653589793)], R::F(1.2626272556789118)),
    ("atan", &[F(9.223372036854776e+18)], R::F(1.5707963267948966)),
    ("atan", &[F(0.010878723005933823)], R::F(0.010878293883059553)),
    ("atan", &[F(-4.192107991816837)], R::F(-1.3366290007215376)),
    ("tanh", &[F(1e-20)], R::F(1e-20)),
    ("tanh", &[F(-0.0)], R::F(-0.0)),
    ("tanh", &[F(1.5)], R::F(0.9051482536448664)),
    ("tanh", &[F(-1.0)], R::F(-0.7615941559557649)),
    ("tanh", &[F(0.5)], R::F(0.46211715726000974)),
    ("tanh", &[F(10.0)], R::F(0.9999999958776927)),
    ("tanh", &[F(-9.223372036854776e+18)], R::F(-1.0)),
    ("tanh", &[F(-INF)], R::F(-1.0)),
    ("tanh", &[F(-4.3260711601128794e-05)], R::F(-4.3260711574141484e-05)),
    ("tanh", &[F(-9.181667359559352e+267)], R::F(-1.0)),
    ("asinh", &[F(1.7976931348623157e+308)], R::F(710.4758600739439)),
    ("asinh", &[F(1.0)], R::F(0.881373587019543)),
    ("asinh", &[F(-INF)], R::F(-INF)),
    ("asinh", &[F(-1.7976931348623157e+308)], R::F(-710.4758600739439)),
    ("asinh", &[F(1.5)], R::F(1.1947632172871094)),
    ("asinh", &[F(NAN)], R::F(NAN)),
    ("asinh", &[F(709.78)], R::F(7.258102739664569)),
    ("asinh", &[F(2.2250738585072014e-308)], R::F(2.2250738585072014e-308)),
    ("asinh", &[F(1e+300)], R::F(691.4686750787736)),
    ("asinh", &[F(2.5)], R::F(1.6472311463710958)),
    ("asinh", &[F(-0.5)], R::F(-0.48121182505960347)),
    ("asinh", &[F(10.0)], R::F(2.99822295029797)),
    ("asinh", &[F(1e-20)], R::F(1e-20)),
    ("asinh", &[F(INF)], R::F(INF)),
    ("asinh", &[F(-5e-324)], R::F(-5e-324)),
    ("asinh", &[F(0.1)], R::F(0.09983407889920758)),
    ("asinh", &[F(-1.268644737510336e+239)], R::F(-551.2489336009938)),
    ("asinh", &[F(-2.0710066455040503e+283)], R::F(-653.0527632891213)),
    ("asinh", &[F(-5.024273614638265e+155)], R::F(-359.2081174838323)),
    ("asinh", &[F(-4.627694076160022e+195)], R::F(-451.2292990187278)),
    ("asinh", &[F(1.712399722073373)], R::F(1.3070903521961403)),
    ("asinh", &[F(3.806320192368117e-23)], R::F(3.806320192368117e-23)),
    ("erf", &[F(0.0)], R::F(0.0)),
    ("erf", &[F(-0.0)], R::F(-0.0)),
    ("erf", &[F(5e-324)], R::F(5e-324)),
    ("erf", &[F(-5e-324)], R::F(-5e-324)),
    ("erf", &[F(1e-310)], R::F(1.1283791670955e-310)),
    ("erf", &[F(2.2250738585072014e-308)], R::F(2.5107269871883543e-308)),
    ("erf", &[F(1e-300)], R::F(1.1283791670955126e-300)),
    ("erf", &[F(1e-20)], R::F(1.1283791670955125e-20)),
    ("erf", &[F(1e-10)], R::F(1.1283791670955126e-10)),
    ("erf", &[F(0.1)], R::F(0.1124629160182849)),
    ("erf", &[F(0.5)], R::F(0.5204998778130465)),
    ("erf", &[F(-0.5)], R::F(-0.5204998778130465)),
    ("erf", &[F(1.0)], R::F(0.8427007929497149)),
    ("erf", &[F(-1.0)], R::F(-0.8427007929497149)),
    ("erf", &[F(1.5)], R::F(0.9661051464753108)),
    ("erf", &[F(2.0)], R::F(0.9953222650189527)),
    ("erf", &[F(2.5)], R::F(0.999593047982555)),
    ("erf", &[F(-2.5)], R::F(-0.999593047982555)),
    ("erf", &[F(3.0)], R::F(0.9999779095030014)),
    ("erf", &[F(10.0)], R::F(1.0)),
    ("erf", &[F(100.5)], R::F(1.0)),
    ("erf", &[F(709.78)], R::F(1.0)),
    ("erf", &[F(710.0)], R::F(1.0)),
    ("erf", &[F(-745.2)], R::F(-1.0)),
    ("erf", &[F(10000000000.0)], R::F(1.0)),
    ("erf", &[F(4503599627370496.0)], R::F(1.0)),
    ("erf", &[F(9007199254740992.0)], R::F(1.0)),
    ("erf", &[F(9007199254740994.0)], R::F(1.0)),
    ("erf", &[F(9.223372036854776e+18)], R::F(1.0)),
    ("erf", &[F(-9.223372036854776e+18)], R::F(-1.0)),
    ("erf", &[F(1e+300)], R::F(1.0)),
    ("erf", &[F(1.7976931348623157e+308)], R::F(1.0)),
    ("erf", &[F(-1.7976931348623157e+308)], R::F(-1.0)),
    ("erf", &[F(INF)], R::F(1.0)),
    ("erf", &[F(-INF)], R::F(-1.0)),
    ("erf", &[F(NAN)], R::F(NAN)),
    ("erf", &[F(3.141592653589793)], R::F(0.9999911238536323)),
    ("erf", &[F(2.718281828459045)], R::F(0.9998790689599072)),
    ("erf", &[F(3.3005056063996108)], R::F(0.9999969529090236)),
    ("erf", &[F(-24.498673970325534)], R::F(-1.0)),
    ("erf", &[F(-4.636201136370886)], R::F(-0.9999999999449437)),
    ("erf", &[F(0.41704997918715314)], R::F(0.4446737397828473)),
    ("erf", &[F(-5.15629430415683)], R::F(-0.9999999999996948)),
    ("erf", &[F(2.910543107675011)], R::F(0.9999614712180999)),
    ("erf", &[F(0.84375)], R::F(0.7672256612323416)),
    ("erf", &[F(-0.84375)], R::F(-0.7672256612323416)),
    ("erf", &[F(1.25)], R::F(0.9229001282564582)),
    ("erf", &[F(-1.25)], R::F(-0.9229001282564582)),
    ("erf", &[F(2.857142857142857)], R::F(0.9999466876886117)),
    ("erf", &[F(6.0)], R::F(1.0)),
    ("erf", &[F(-6.0)], R::F(-1.0)),
    ("erf", &[F(28.0)], R::F(1.0)),
    ("erf", &[F(-28.0)], R::F(-1.0)),
    ("erf", &[F(1e-29)], R::F(1.1283791670955125e-29)),
    ("erf", &[F(-1e-300)], R::F(-1.1283791670955126e-300)),
    ("erfc", &[F(1e-10)], R::F(0.999999999887162)),
    ("erfc", &[F(-0.5)], R::F(1.5204998778130465)),
    ("erfc", &[F(-0.0)], R::F(1.0)),
    ("erfc", &[F(-745.2)], R::F(2.0)),
    ("erfc", &[F(3.141592653589793)], R::F(8.876146367641612e-06)),
    ("erfc", &[F(-2.5)], R::F(1.999593047982555)),
    ("erfc", &[F(10000000000.0)], R::F(0.0)),
    ("erfc", &[F(100.5)], R::F(0.0)),
    ("erfc", &[F(0.5)], R::F(0.4795001221869535)),
    ("erfc", &[F(INF)], R::F(0.0)),
    ("erfc", &[F(1e-20)], R::F(1.0)),
    ("erfc", &[F(5e-324)], R::F(1.0)),
    ("erfc", &[F(4503599627370496.0)], R::F(0.0)),
    ("erfc", &[F(1.5)], R::F(0.033894853524689274)),
    ("erfc", &[F(1e-310)], R::F(1.0)),
    ("erfc", &[F(-1.0)], R::F(1.842700792949715)),
    ("erfc", &[F(5.62563948028798)], R::F(1.7789771686560233e-15)),
    ("erfc", &[F(-5.322688500738217)], R::F(1.9999999999999483)),
    ("erfc", &[F(0.4027663393943186)], R::F(0.5689506433122793)),
    ("erfc", &[F(1.5039542742089692e-203)], R::F(1.0)),
    ("erfc", &[F(-3.052319010443367e-184)], R::F(1.0)),
    ("erfc", &[F(-5.302938893334416)], R::F(1.9999999999999358)),
    ("erfc", &[F(0.84375)], R::F(0.23277433876765835)),
    ("erfc", &[F(-0.84375)], R::F(1.7672256612323416)),
    ("erfc", &[F(1.25)], R::F(0.07709987174354177)),
    ("erfc", &[F(-1.25)], R::F(1.9229001282564582)),
    ("erfc", &[F(2.857142857142857)], R::F(5.331231138832279e-05)),
    ("erfc", &[F(6.0)], R::F(2.1519736712498916e-17)),
    ("erfc", &[F(-6.0)], R::F(2.0)),
    ("erfc", &[F(28.0)], R::F(0.0)),
    ("erfc", &[F(-28.0)], R::F(2.0)),
    ("erfc", &[F(1e-29)], R::F(1.0)),
    ("erfc", &[F(-1e-300)], R::F(1.0)),
    ("degrees", &[F(9007199254740992.0)], R::F(5.160745025300393e+17)),
    ("degrees", &[F(10000000000.0)], R::F(572957795130.8232)),
    ("degrees", &[F(3.0)], R::F(171.88733853924697)),
    ("degrees", &[F(1.5)], R::F(85.94366926962348)),
    ("degrees", &[F(-9.223372036854776e+18)], R::F(-5.2846029059076024e+20)),
    ("degrees", &[F(710.0)], R::F(40680.003454288446)),
    ("degrees", &[F(9007199254740994.0)], R::F(5.160745025300394e+17)),
    ("degrees", &[F(-5e-324)], R::F(-2.8e-322)),
    ("degrees", &[F(2.5082226792772756e+50)], R::F(1.437105736015834e+52)),
    ("degrees", &[F(33.62443995287115)], R::F(1926.5384977905815)),
    ("radians", &[F(10000000000.0)], R::F(174532925.19943297)),
    ("radians", &[F(100.5)], R::F(1.7540558982543013)),
    ("radians", &[F(-1.7976931348623157e+308)], R::F(-3.1375664143845866e+306)),
    ("radians", &[F(3.141592653589793)], R::F(0.05483113556160755)),
    ("radians", &[F(4503599627370496.0)], R::F(78602641689204.89)),
    ("radians", &[F(-2.5)], R::F(-0.04363323129985824)),
    ("radians", &[F(-0.0)], R::F(-0.0)),
    ("radians", &[F(1e-20)], R::F(1.7453292519943296e-22)),
    ("radians", &[F(0.09898417120527914)], R::F(0.0017275996948898848)),
    ("radians", &[F(-7.767266381347897e+111)], R::F(-1.3556437223398628e+110)),
    ("cbrt", &[F(2.5)], R::F(1.3572088082974532)),
    ("cbrt", &[F(1e-20)], R::F(2.1544346900318838e-07)),
    ("cbrt", &[F(1.5)], R::F(1.1447142425533317)),
    ("cbrt", &[F(-0.0)], R::F(-0.0)),
    ("cbrt", &[F(-0.5)], R::F(-0.7937005259840998)),
    ("cbrt", &[F(3.141592653589793)], R::F(1.4645918875615231)),
    ("cbrt", &[F(-5e-324)], R::F(-1.7031839360032601e-108)),
    ("cbrt", &[F(-2.5)], R::F(-1.3572088082974532)),
    ("cbrt", &[F(1e-10)], R::F(0.0004641588833612778)),
    ("cbrt", &[F(2.0)], R::F(1.2599210498948734)),
    ("cbrt", &[F(1.7976931348623157e+308)], R::F(5.643803094122362e+102)),
    ("cbrt", &[F(9007199254740992.0)], R::F(208063.83068357586)),
    ("cbrt", &[F(10.0)], R::F(2.1544346900318834)),
    ("cbrt", &[F(100.5)], R::F(4.649311957395599)),
    ("cbrt", &[F(1e+300)], R::F(1e+100)),
    ("cbrt", &[F(9.223372036854776e+18)], R::F(2097152.0)),
    ("cbrt", &[F(-1.3767589097005765e+95)], R::F(-5.163600472851662e+31)),
    ("cbrt", &[F(7.173294651050424e+27)], R::F(1928588428.9598918)),
    ("cbrt", &[F(1.2810412568374184e+145)], R::F(2.3398483214547496e+48)),
    ("cbrt", &[F(-39.35018289878025)], R::F(-3.401331165571029)),
    ("cbrt", &[F(-1.4965774626707743e-05)], R::F(-0.0246433493416831)),
    ("cbrt", &[F(3.4512910148635275e-83)], R::F(3.25582105171192e-28)),
    ("ulp", &[F(710.0)], R::F(1.1368683772161603e-13)),
    ("ulp", &[F(709.78)], R::F(1.1368683772161603e-13)),
    ("ulp", &[F(3.141592653589793)], R::F(4.440892098500626e-16)),
    ("ulp", &[F(2.2250738585072014e-308)], R::F(5e-324)),
    ("ulp", &[F(100.5)], R::F(1.4210854715202004e-14)),
    ("ulp", &[F(-1.0)], R::F(2.220446049250313e-16)),
    ("ulp", &[F(-0.5)], R::F(1.1102230246251565e-16)),
    ("ulp", &[F(-INF)], R::F(INF)),
    ("ulp", &[F(0.13713110839041917)], R::F(2.7755575615628914e-17)),
    ("ulp", &[F(-0.032427053238320944)], R::F(6.938893903907228e-18)),
    ("fabs", &[F(1e-310)], R::F(1e-310)),
    ("fabs", &[F(-0.0)], R::F(0.0)),
    ("fabs", &[F(-2.5)], R::F(2.5)),
    ("fabs", &[F(4503599627370496.0)], R::F(4503599627370496.0)),
    ("fabs", &[F(1.0)], R::F(1.0)),
    ("fabs", &[F(1e-20)], R::F(1e-20)),
    ("fabs", &[F(0.5)], R::F(0.5)),
    ("fabs", &[F(-1.0)], R::F(1.0)),
    ("fabs", &[F(-535.4772390197882)], R::F(535.4772390197882)),
    ("fabs", &[F(8.818507960307486e-236)], R::F(8.818507960307486e-236)),
    ("isnan", &[F(4503599627370496.0)], R::B(false)),
    ("isnan", &[F(2.0)], R::B(false)),
    ("isnan", &[F(10000000000.0)], R::B(false)),
    ("isnan", &[F(9.223372036854776e+18)], R::B(false)),
    ("isnan", &[F(1e-310)], R::B(false)),
    ("isnan", &[F(-745.2)], R::B(false)),
    ("isnan", &[F(-INF)], R::B(false)),
    ("isnan", &[F(5e-324)], R::B(false)),
    ("isnan", &[F(472.90473087768925)], R::B(false)),
    ("isnan", &[F(17.182142062990053)], R::B(false)),
    ("isinf", &[F(1e+300)], R::B(false)),
    ("isinf", &[F(INF)], R::B(true)),
    ("isinf", &[F(1e-10)], R::B(false)),
    ("isinf", &[F(1e-310)], R::B(false)),
    ("isinf", &[F(9007199254740992.0)], R::B(false)),
    ("isinf", &[F(9007199254740994.0)], R::B(false)),
    ("isinf", &[F(1e-300)], R::B(false)),
    ("isinf", &[F(-745.2)], R::B(false)),
    ("isinf", &[F(-0.00014570786329105658)], R::B(false)),
    ("isinf", &[F(-1.36590986034115e-85)], R::B(false)),
    ("isfinite", &[F(2.718281828459045)], R::B(true)),
    ("isfinite", &[F(2.2250738585072014e-308)], R::B(true)),
    ("isfinite", &[F(10.0)], R::B(true)),
    ("isfinite", &[F(-1.7976931348623157e+308)], R::B(true)),
    ("isfinite", &[F(9007199254740994.0)], R::B(true)),
    ("isfinite", &[F(-1.0)], R::B(true)),
    ("isfinite", &[F(1.7976931348623157e+308)], R::B(true)),
    ("isfinite", &[F(0.0)], R::B(true)),
    ("isfinite", &[F(-3.922409475033121e+280)], R::B(true)),
    ("isfinite", &[F(0.0022520501511796615)], R::B(true)),
    ("floor", &[F(-5e-324)], R::I(-1)),
    ("floor", &[F(2.0)], R::I(2)),
    ("floor", &[F(-0.0)], R::I(0)),
    ("floor", &[F(9.223372036854776e+18)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("floor", &[F(5e-324)], R::I(0)),
    ("floor", &[F(9007199254740992.0)], R::I(9007199254740992)),
    ("floor", &[F(1.7976931348623157e+308)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("floor", &[F(3.0)], R::I(3)),
    ("floor", &[F(26086.681368889876)], R::I(26086)),
    ("floor", &[F(-6.191287573218098e+17)], R::I(-619128757321809792)),
    ("ceil", &[F(1.0)], R::I(1)),
    ("ceil", &[F(709.78)], R::I(710)),
    ("ceil", &[F(9007199254740994.0)], R::I(9007199254740994)),
    ("ceil", &[F(1e+300)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("ceil", &[F(2.2250738585072014e-308)], R::I(1)),
    ("ceil", &[F(5e-324)], R::I(1)),
    ("ceil", &[F(1e-310)], R::I(1)),
    ("ceil", &[F(INF)], R::E("OverflowError", "cannot convert float infinity to integer")),
    ("ceil", &[F(-2.496088121232928)], R::I(-2)),
    ("ceil", &[F(-19916.5)], R::I(-19916)),
    ("trunc", &[F(9.223372036854776e+18)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("trunc", &[F(2.718281828459045)], R::I(2)),
    ("trunc", &[F(INF)], R::E("OverflowError", "cannot convert float infinity to integer")),
    ("trunc", &[F(-5e-324)], R::I(0)),
    ("trunc", &[F(-9.223372036854776e+18)], R::I(i64::MIN)),
    ("trunc", &[F(1.7976931348623157e+308)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("trunc", &[F(1e-10)], R::I(0)),
    ("trunc", &[F(9007199254740992.0)], R::I(9007199254740992)),
    ("trunc", &[F(4.4331406275888374e+18)], R::I(4433140627588837376)),
    ("trunc", &[F(47473.02002228728)], R::I(47473)),
    ("round_int", &[F(9.223372036854776e+18)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("round_int", &[F(0.5)], R::I(0)),
    ("round_int", &[F(9007199254740994.0)], R::I(9007199254740994)),
    ("round_int", &[F(-INF)], R::E("OverflowError", "cannot convert float infinity to integer")),
    ("round_int", &[F(10000000000.0)], R::I(10000000000)),
    ("round_int", &[F(-9.223372036854776e+18)], R::I(i64::MIN)),
    ("round_int", &[F(5e-324)], R::I(0)),
    ("round_int", &[F(INF)], R::E("OverflowError", "cannot convert float infinity to integer")),
    ("round_int", &[F(5.105402911636438e+16)], R::I(51054029116364384)),
    ("round_int", &[F(0.5)], R::I(0)),
    ("round_int", &[F(0.5)], R::I(0)),
    ("round_int", &[F(1.5)], R::I(2)),
    ("round_int", &[F(2.5)], R::I(2)),
    ("round_int", &[F(-0.5)], R::I(0)),
    ("round_int", &[F(-1.5)], R::I(-2)),
    ("round_int", &[F(9.2e+18)], R::I(9200000000000000000)),
    ("round_int", &[F(-9.223372036854775e+18)], R::I(-9223372036854774784)),
    ("frexp", &[F(-5e-324)], R::FI(-0.5, -1073)),
    ("frexp", &[F(1e-300)], R::FI(0.6696928794914171, -996)),
    ("frexp", &[F(1.5)], R::FI(0.75, 1)),
    ("frexp", &[F(-9.223372036854776e+18)], R::FI(-0.5, 64)),
    ("frexp", &[F(10.0)], R::FI(0.625, 4)),
    ("frexp", &[F(2.2250738585072014e-308)], R::FI(0.5, -1021)),
    ("frexp", &[F(2.718281828459045)], R::FI(0.6795704571147613, 2)),
    ("frexp", &[F(10000000000.0)], R::FI(0.5820766091346741, 34)),
    ("frexp", &[F(2.3256202674912527e-05)], R::FI(0.7620592492515337, -15)),
    ("frexp", &[F(-8007.583532279121)], R::FI(-0.9774882241551661, 13)),
    ("modf", &[F(9.223372036854776e+18)], R::T(0.0, 9.223372036854776e+18)),
    ("modf", &[F(0.0)], R::T(0.0, 0.0)),
    ("modf", &[F(3.141592653589793)], R::T(0.14159265358979312, 3.0)),
    ("modf", &[F(INF)], R::T(0.0, INF)),
    ("modf", &[F(NAN)], R::T(NAN, NAN)),
    ("modf", &[F(2.718281828459045)], R::T(0.7182818284590451, 2.0)),
    ("modf", &[F(1e-310)], R::T(1e-310, 0.0)),
    ("modf", &[F(3.0)], R::T(0.0, 3.0)),
    ("modf", &[F(2.9414243450118274e-277)], R::T(2.9414243450118274e-277, 0.0)),
    ("modf", &[F(1.2759035499914965e+124)], R::T(0.0, 1.2759035499914965e+124)),
    ("pow", &[F(NAN), F(2.0)], R::F(NAN)),
    ("pow", &[F(-5.0), F(INF)], R::F(INF)),
    ("pow", &[F(INF), F(INF)], R::F(INF)),
    ("pow", &[F(-INF), F(INF)], R::F(INF)),
    ("pow", &[F(-8.0), F(0.3333333333333333)], DOM),
    ("pow", &[F(-0.0), F(3.0)], R::F(-0.0)),
    ("pow", &[F(-2.0), F(0.5)], DOM),
    ("pow", &[F(1.0), F(NAN)], R::F(1.0)),
    ("pow", &[F(5.0), F(INF)], R::F(INF)),
    ("pow", &[F(1.7976931348623157e+308), F(INF)], R::F(INF)),
    ("pow", &[F(-2.0), F(1025.0)], RNG),
    ("pow", &[F(0.0), F(5e-324)], R::F(0.0)),
    ("pow", &[F(5.0), F(-INF)], R::F(0.0)),
    ("pow", &[F(-0.0), F(1.0)], R::F(-0.0)),
    ("pow", &[F(0.5), F(INF)], R::F(0.0)),
    ("pow", &[F(1e-320), F(3e-320)], R::F(1.0)),
    ("pow", &[F(1.0), F(-2.0)], R::F(1.0)),
    ("pow", &[F(3.0), F(2.0)], R::F(9.0)),
    ("pow", &[F(2.0), F(10.0)], R::F(1024.0)),
    ("pow", &[F(-7.5), F(2.5)], DOM),
    ("pow", &[F(1e+300), F(2.0)], RNG),
    ("pow", &[F(-3.0), F(2.0)], R::F(9.0)),
    ("pow", &[F(8.0), F(2.0)], R::F(64.0)),
    ("pow", &[F(1.5), F(2.5)], R::F(2.7556759606310752)),
    ("pow", &[F(0.5), F(1.0)], R::F(0.5)),
    ("pow", &[F(2.0), F(-1074.0)], R::F(5e-324)),
    ("pow", &[F(5.0), F(2.0)], R::F(25.0)),
    ("pow", &[F(5.0), F(-3.0)], R::F(0.008)),
    ("pow", &[F(1.0), F(0.1)], R::F(1.0)),
    ("pow", &[F(0.1), F(0.01)], R::F(0.9772372209558107)),
    ("pow", &[F(-INF), F(3.0)], R::F(-INF)),
    ("pow", &[F(7.5), F(2.5)], R::F(154.04696929832798)),
    ("pow", &[F(0.0), F(-1.0)], DOM),
    ("pow", &[F(2.0), F(0.5)], R::F(1.4142135623730951)),
    ("pow", &[F(2.0), F(INF)], R::F(INF)),
    ("pow", &[F(-1.0), F(INF)], R::F(1.0)),
    ("pow", &[F(10.0), F(400.0)], RNG),
    ("pow", &[F(-5.0), F(-3.0)], R::F(-0.008)),
    ("pow", &[F(-1.0), F(1e+300)], R::F(1.0)),
    ("pow", &[F(0.5), F(-INF)], R::F(INF)),
    ("pow", &[F(0.006611444001909445), F(0.03806867087284151)], R::F(0.8260789927330157)),
    ("pow", &[F(-0.0009154150217310309), F(-2.7836330523468016)], DOM),
    ("pow", &[F(0.00010092156756030551), F(771.5595922438457)], R::F(0.0)),
    ("float_pow", &[F(0.5), F(INF)], R::F(0.0)),
    ("float_pow", &[F(2.0), F(10.0)], R::F(1024.0)),
    ("float_pow", &[F(-3.0), F(2.0)], R::F(9.0)),
    ("float_pow", &[F(8.0), F(2.0)], R::F(64.0)),
    ("float_pow", &[F(3.0), F(2.0)], R::F(9.0)),
    ("float_pow", &[F(-1.0), F(1e+300)], R::F(1.0)),
    ("float_pow", &[F(0.9), F(7000.0)], R::F(4.985e-321)),
    ("float_pow", &[F(5.0), F(3.0)], R::F(125.0)),
    ("float_pow", &[F(1.0), F(2.0)], R::F(1.0)),
    ("float_pow", &[F(-0.0), F(1.0)], R::F(-0.0)),
    ("float_pow", &[F(-0.0), F(-0.0)], R::F(1.0)),
    ("float_pow", &[F(0.0), F(5e-324)], R::F(0.0)),
    ("float_pow", &[F(0.0), F(-1.0)], R::E("ZeroDivisionError", "0.0 cannot be raised to a negative power")),
    ("float_pow", &[F(1.0), F(0.1)], R::F(1.0)),
    ("float_pow", &[F(NAN), F(2.0)], R::F(NAN)),
    ("float_pow", &[F(1e+300), F(2.0)], R::E("OverflowError", "(34, 'Numerical result out of range')")),
    ("float_pow", &[F(5.0), F(INF)], R::F(INF)),
    ("float_pow", &[F(INF), F(2.0)], R::F(INF)),
    ("float_pow", &[F(5.0), F(-3.0)], R::F(0.008)),
    ("float_pow", &[F(NAN), F(0.0)], R::F(1.0)),
    ("float_pow", &[F(-1.0), F(0.5)], R::E("ValueError", "negative number cannot be raised to a fractional power")),
    ("float_pow", &[F(0.0), F(-1.0)], R::E("ZeroDivisionError", "0.0 cannot be raised to a negative power")),
    ("float_pow", &[F(1.7976931348623157e+308), F(INF)], R::F(INF)),
    ("float_pow", &[F(1.0), F(-2.0)], R::F(1.0)),
    ("float_pow", &[F(0.1), F(0.01)], R::F(0.9772372209558107)),
    ("float_pow", &[F(1e+308), F(1e-308)], R::F(1.0)),
    ("float_pow", &[F(-8.0), F(0.3333333333333333)], R::E("ValueError", "negative number cannot be raised to a fractional power")),
    ("float_pow", &[F(0.0), F(0.0)], R::F(1.0)),
    ("float_pow", &[F(10.0), F(400.0)], R::E("OverflowError", "(34, 'Numerical result out of range')")),
    ("float_pow", &[F(-2.0), F(1025.0)], R::E("OverflowError", "(34, 'Numerical result out of range')")),
    ("float_pow", &[F(1e-300), F(1e+300)], R::F(0.0)),
    ("float_pow", &[F(-5.0), F(3.0)], R::F(-125.0)),
    ("float_pow", &[F(5.0), F(2.0)], R::F(25.0)),
    ("float_pow", &[F(2.0), F(-1080.0)], R::F(0.0)),
    ("float_pow", &[F(-8.0), F(3.0)], R::F(-512.0)),
    ("float_pow", &[F(-INF), F(3.0)], R::F(-INF)),
    ("float_pow", &[F(-2.0), F(0.5)], R::E("ValueError", "negative number cannot be raised to a fractional power")),
    ("float_pow", &[F(1.0), F(1.0)], R::F(1.0)),
    ("float_pow", &[F(-1e-300), F(7.0)], R::F(-0.0)),
    ("float_pow", &[F(INF), F(-INF)], R::F(0.0)),
    ("float_pow", &[F(91.01726721411418), F(8.0)], R::F(4709668437277116.0)),
    ("float_pow", &[F(-8.028240497933313), F(0.0010565040843245573)], R::E("ValueError", "negative number cannot be raised to a fractional power")),
    ("float_pow", &[F(0.3180546878325196), F(-2.5341909155811537)], R::F(18.228688193267402)),
    ("fmod", &[F(1.7976931348623157e+308), F(INF)], R::F(1.7976931348623157e+308)),
    ("fmod", &[F(NAN), F(2.0)], R::F(NAN)),
    ("fmod", &[F(2.0), F(INF)], R::F(2.0)),
    ("fmod", &[F(1.0), F(-2.0)], R::F(1.0)),
    ("fmod", &[F(5.0), F(-INF)], R::F(5.0)),
    ("fmod", &[F(-5.0), F(3.0)], R::F(-2.0)),
    ("fmod", &[F(-5.0), F(INF)], R::F(-5.0)),
    ("fmod", &[F(2.0), F(-1074.0)], R::F(2.0)),
    ("fmod", &[F(-INF), F(INF)], DOM),
    ("fmod", &[F(100.0), F(10.0)], R::F(0.0)),
    ("fmod", &[F(2.0), F(10.0)], R::F(2.0)),
    ("fmod", &[F(-1.0), F(0.5)], R::F(-0.0)),
    ("fmod", &[F(13412.1077928953), F(2.509375329351825)], R::F(2.006032839148091)),
    ("fmod", &[F(-19.699239801686236), F(0.8401378785178564)], R::F(-0.3760685957755394)),
    ("fmod", &[F(29087.241998590136), F(-131.66765959346986)], R::F(120.356888026766)),
    ("remainder", &[F(-INF), F(-2.0)], DOM),
    ("remainder", &[F(1.7976931348623157e+308), F(INF)], R::F(1.7976931348623157e+308)),
    ("remainder", &[F(5.0), F(-INF)], R::F(5.0)),
    ("remainder", &[F(5.0), F(INF)], R::F(5.0)),
    ("remainder", &[F(INF), F(-INF)], DOM),
    ("remainder", &[F(1.5), F(2.5)], R::F(-1.0)),
    ("remainder", &[F(-2.0), F(0.5)], R::F(-0.0)),
    ("remainder", &[F(-8.0), F(3.0)], R::F(1.0)),
    ("remainder", &[F(INF), F(INF)], DOM),
    ("remainder", &[F(-0.0), F(3.0)], R::F(-0.0)),
    ("remainder", &[F(0.0), F(-1.0)], R::F(0.0)),
    ("remainder", &[F(NAN), F(1.0)], R::F(NAN)),
    ("remainder", &[F(-4827.257319929238), F(-0.016380577441185026)], R::F(0.0005685233418609992)),
    ("remainder", &[F(5672.050510438927), F(-0.0020959216874359937)], R::F(0.00017040564261494237)),
    ("remainder", &[F(-1.724369392073237e-05), F(0.16807293732591333)], R::F(-1.724369392073237e-05)),
    ("atan2", &[F(1e+300), F(2.0)], R::F(1.5707963267948966)),
    ("atan2", &[F(5.0), F(-3.0)], R::F(2.1112158270654806)),
    ("atan2", &[F(-5.0), F(-3.0)], R::F(-2.1112158270654806)),
    ("atan2", &[F(1.0), F(NAN)], R::F(NAN)),
    ("atan2", &[F(0.5), F(-INF)], R::F(3.141592653589793)),
    ("atan2", &[F(1.7976931348623157e+308), F(INF)], R::F(0.0)),
    ("atan2", &[F(INF), F(2.0)], R::F(1.5707963267948966)),
    ("atan2", &[F(-INF), F(INF)], R::F(-0.7853981633974483)),
    ("atan2", &[F(0.5), F(1.0)], R::F(0.4636476090008061)),
    ("atan2", &[F(0.5), F(INF)], R::F(0.0)),
    ("atan2", &[F(-2.0), F(1025.0)], R::F(-0.001951217035935683)),
    ("atan2", &[F(-8.0), F(0.3333333333333333)], R::F(-1.5291537476963082)),
    ("atan2", &[F(-6.842506900063907e-05), F(28.0)], R::F(-2.4437524643036737e-06)),
    ("atan2", &[F(-240.56286753206248), F(31.0)], R::F(-1.4426381691550079)),
    ("atan2", &[F(-0.002941038626712848), F(-23.0)], R::F(-3.1414647823458504)),
    ("copysign", &[F(NAN), F(1.0)], R::F(NAN)),
    ("copysign", &[F(-8.0), F(0.3333333333333333)], R::F(8.0)),
    ("copysign", &[F(1e-300), F(1e+300)], R::F(1e-300)),
    ("copysign", &[F(0.0), F(5e-324)], R::F(0.0)),
    ("copysign", &[F(1e-320), F(3e-320)], R::F(1e-320)),
    ("copysign", &[F(-3.0), F(2.0)], R::F(3.0)),
    ("copysign", &[F(3.0), F(2.0)], R::F(3.0)),
    ("copysign", &[F(0.1), F(0.01)], R::F(0.1)),
    ("copysign", &[F(8.0), F(2.0)], R::F(8.0)),
    ("copysign", &[F(-1e-300), F(7.0)], R::F(1e-300)),
    ("copysign", &[F(NAN), F(0.0)], R::F(NAN)),
    ("copysign", &[F(-7.5), F(2.5)], R::F(7.5)),
    ("copysign", &[F(0.32193662460425754), F(-1.8029932557489596)], R::F(-0.32193662460425754)),
    ("copysign", &[F(-2.3631285060075413e-05), F(-39.0)], R::F(-2.3631285060075413e-05)),
    ("copysign", &[F(-3.6821278748648227), F(-500.49034766695354)], R::F(-3.6821278748648227)),
    ("nextafter", &[F(0.5), F(INF)], R::F(0.5000000000000001)),
    ("nextafter", &[F(NAN), F(1.0)], R::F(NAN)),
    ("nextafter", &[F(5.0), F(-INF)], R::F(4.999999999999999)),
    ("nextafter", &[F(-1.0), F(1e+300)], R::F(-0.9999999999999999)),
    ("nextafter", &[F(7.5), F(2.5)], R::F(7.499999999999999)),
    ("nextafter", &[F(-2.0), F(1025.0)], R::F(-1.9999999999999998)),
    ("nextafter", &[F(2.0), F(-1080.0)], R::F(1.9999999999999998)),
    ("nextafter", &[F(INF), F(5.0)], R::F(1.7976931348623157e+308)),
    ("nextafter", &[F(5.0), F(INF)], R::F(5.000000000000001)),
    ("nextafter", &[F(1e+308), F(1e-308)], R::F(9.999999999999998e+307)),
    ("nextafter", &[F(1.7976931348623157e+308), F(INF)], R::F(INF)),
    ("nextafter", &[F(-INF), F(INF)], R::F(-1.7976931348623157e+308)),
    ("nextafter", &[F(5407.1509910607865), F(-0.4404766951460344)], R::F(5407.150991060786)),
    ("nextafter", &[F(-0.13606843788923884), F(-11.0)], R::F(-0.13606843788923886)),
    ("nextafter", &[F(31.308612407037234), F(-0.648141576255084)], R::F(31.30861240703723)),
    ("log_base", &[F(-2.0), F(1025.0)], DOM),
    ("log_base", &[F(1.0), F(1.0)], R::E("ZeroDivisionError", "float division by zero")),
    ("log_base", &[F(5.0), F(3.0)], R::F(1.4649735207179269)),
    ("log_base", &[F(INF), F(-0.5)], DOM),
    ("log_base", &[F(-8.0), F(0.3333333333333333)], DOM),
    ("log_base", &[F(5.5), F(0.0)], DOM),
    ("log_base", &[F(1e+300), F(2.0)], R::F(996.5784284662087)),
    ("log_base", &[F(-1.0), F(INF)], DOM),
    ("log_base", &[F(0.0), F(0.0)], DOM),
    ("log_base", &[F(5.0), F(2.0)], R::F(2.321928094887362)),
    ("log_base", &[F(-5.0), F(3.0)], DOM),
    ("log_base", &[F(INF), F(5.0)], R::F(INF)),
    ("log_base", &[F(77.71985406522366), F(21.0)], R::F(1.4298172655490218)),
    ("log_base", &[F(-43551.92977223464), F(-20.0)], DOM),
    ("log_base", &[F(1.3234721676330399), F(-1.9328373108508758)], DOM),
    ("float_mod", &[F(2.0), F(1.0)], R::F(0.0)),
    ("float_mod", &[F(0.0), F(5e-324)], R::F(0.0)),
    ("float_mod", &[F(-2.0), F(0.5)], R::F(0.0)),
    ("float_mod", &[F(2.0), F(0.5)], R::F(0.0)),
    ("float_mod", &[F(-1.0), F(INF)], R::F(INF)),
    ("float_mod", &[F(2.0), F(-1074.0)], R::F(-1072.0)),
    ("float_mod", &[F(5.0), F(INF)], R::F(5.0)),
    ("float_mod", &[F(-1.0), F(1e+300)], R::F(1e+300)),
    ("float_mod", &[F(1.0), F(0.1)], R::F(0.09999999999999995)),
    ("float_mod", &[F(-INF), F(-3.0)], R::F(NAN)),
    ("float_mod", &[F(2.0), F(-1080.0)], R::F(-1078.0)),
    ("float_mod", &[F(NAN), F(0.0)], R::E("ZeroDivisionError", "float modulo")),
    ("float_mod", &[F(-5.0), F(INF)], R::F(INF)),
    ("float_mod", &[F(10.0), F(400.0)], R::F(10.0)),
    ("float_mod", &[F(INF), F(2.0)], R::F(NAN)),
    ("float_mod", &[F(1e-320), F(3e-320)], R::F(1e-320)),
    ("float_mod", &[F(0.0), F(0.0)], R::E("ZeroDivisionError", "float modulo")),
    ("float_mod", &[F(-1.0), F(0.5)], R::F(0.0)),
    ("float_mod", &[F(2.0), F(10.0)], R::F(2.0)),
    ("float_mod", &[F(0.1), F(0.01)], R::F(3.469446951953614e-18)),
    ("float_mod", &[F(1.0), F(NAN)], R::F(NAN)),
    ("float_mod", &[F(1e+300), F(2.0)], R::F(0.0)),
    ("float_mod", &[F(NAN), F(2.0)], R::F(NAN)),
    ("float_mod", &[F(-0.0), F(-0.0)], R::E("ZeroDivisionError", "float modulo")),
    ("float_mod", &[F(-3.0), F(2.0)], R::F(1.0)),
    ("float_mod", &[F(0.5), F(1.0)], R::F(0.5)),
    ("float_mod", &[F(1e+308), F(1e-308)], R::F(3.498445546245627e-309)),
    ("float_mod", &[F(NAN), F(1.0)], R::F(NAN)),
    ("float_mod", &[F(2.0), F(INF)], R::F(2.0)),
    ("float_mod", &[F(-INF), F(INF)], R::F(NAN)),
    ("float_mod", &[F(5.0), F(-3.0)], R::F(-1.0)),
    ("float_mod", &[F(1.0), F(1.0)], R::F(0.0)),
    ("float_mod", &[F(-0.0), F(1.0)], R::F(0.0)),
    ("float_mod", &[F(INF), F(5.0)], R::F(NAN)),
    ("float_mod", &[F(0.0), F(-1.0)], R::F(-0.0)),
    ("float_mod", &[F(-INF), F(-2.0)], R::F(NAN)),
    ("float_mod", &[F(5.0), F(2.0)], R::F(1.0)),
    ("float_mod", &[F(-2.0), F(1025.0)], R::F(1023.0)),
    ("float_mod", &[F(7.5), F(2.5)], R::F(0.0)),
    ("float_mod", &[F(1.7976931348623157e+308), F(INF)], R::F(1.7976931348623157e+308)),
    ("float_mod", &[F(-0.5972217982939066), F(40.0)], R::F(39.40277820170609)),
    ("float_mod", &[F(-0.00020329660969330035), F(21.42940498991844)], R::F(21.429201693308745)),
    ("float_mod", &[F(1.8101194214847036e-05), F(2.8285546356192324)], R::F(1.8101194214847036e-05)),
    ("float_floordiv", &[F(2.0), F(1.0)], R::F(2.0)),
    ("float_floordiv", &[F(2.0), F(0.5)], R::F(4.0)),
    ("float_floordiv", &[F(-0.0), F(-0.0)], R::E("ZeroDivisionError", "float floor division by zero")),
    ("float_floordiv", &[F(INF), F(2.0)], R::F(NAN)),
    ("float_floordiv", &[F(NAN), F(2.0)], R::F(NAN)),
    ("float_floordiv", &[F(1.0), F(-2.0)], R::F(-1.0)),
    ("float_floordiv", &[F(1.5), F(2.5)], R::F(0.0)),
    ("float_floordiv", &[F(5.0), F(INF)], R::F(0.0)),
    ("float_floordiv", &[F(0.9), F(7000.0)], R::F(0.0)),
    ("float_floordiv", &[F(3.0), F(2.0)], R::F(1.0)),
    ("float_floordiv", &[F(-8.0), F(0.3333333333333333)], R::F(-25.0)),
    ("float_floordiv", &[F(1.0), F(NAN)], R::F(NAN)),
    ("float_floordiv", &[F(-1.0), F(0.5)], R::F(-2.0)),
    ("float_floordiv", &[F(5.0), F(2.0)], R::F(2.0)),
    ("float_floordiv", &[F(5.0), F(3.0)], R::F(1.0)),
    ("float_floordiv", &[F(1.0), F(1.0)], R::F(1.0)),
    ("float_floordiv", &[F(1e-300), F(1e+300)], R::F(0.0)),
    ("float_floordiv", &[F(5.0), F(-INF)], R::F(-1.0)),
    ("float_floordiv", &[F(0.1), F(0.01)], R::F(10.0)),
    ("float_floordiv", &[F(NAN), F(0.0)], R::E("ZeroDivisionError", "float floor division by zero")),
    ("float_floordiv", &[F(INF), F(-INF)], R::F(NAN)),
    ("float_floordiv", &[F(100.0), F(10.0)], R::F(10.0)),
    ("float_floordiv", &[F(2.0), F(-1074.0)], R::F(-1.0)),
    ("float_floordiv", &[F(INF), F(5.0)], R::F(NAN)),
    ("float_floordiv", &[F(-1.0), F(INF)], R::F(-1.0)),
    ("float_floordiv", &[F(1.7976931348623157e+308), F(INF)], R::F(0.0)),
    ("float_floordiv", &[F(1e+300), F(2.0)], R::F(5e+299)),
    ("float_floordiv", &[F(1e+308), F(1e-308)], R::F(INF)),
    ("float_floordiv", &[F(1.0), F(0.1)], R::F(9.0)),
    ("float_floordiv", &[F(-INF), F(-3.0)], R::F(NAN)),
    ("float_floordiv", &[F(-0.0), F(-3.0)], R::F(0.0)),
    ("float_floordiv", &[F(-8.0), F(3.0)], R::F(-3.0)),
    ("float_floordiv", &[F(2.0), F(10.0)], R::F(0.0)),
    ("float_floordiv", &[F(5.5), F(0.0)], R::E("ZeroDivisionError", "float floor division by zero")),
    ("float_floordiv", &[F(-1.0), F(1e+300)], R::F(-1.0)),
    ("float_floordiv", &[F(2.0), F(-1080.0)], R::F(-1.0)),
    ("float_floordiv", &[F(-INF), F(-2.0)], R::F(NAN)),
    ("float_floordiv", &[F(1.0), F(2.0)], R::F(0.0)),
    ("float_floordiv", &[F(-7.5), F(2.5)], R::F(-3.0)),
    ("float_floordiv", &[F(-INF), F(3.0)], R::F(NAN)),
    ("float_floordiv", &[F(-3075.358867941439), F(-24.0)], R::F(128.0)),
    ("float_floordiv", &[F(-0.0004991679454983947), F(2.274080938758046)], R::F(-1.0)),
    ("float_floordiv", &[F(8187.876056361501), F(1.004059516787251)], R::F(8154.0)),
    ("float_divmod", &[F(0.0), F(5e-324)], R::T(0.0, 0.0)),
    ("float_divmod", &[F(1.0), F(1.0)], R::T(1.0, 0.0)),
    ("float_divmod", &[F(5.0), F(INF)], R::T(0.0, 5.0)),
    ("float_divmod", &[F(INF), F(2.0)], R::T(NAN, NAN)),
    ("float_divmod", &[F(2.0), F(1.0)], R::T(2.0, 0.0)),
    ("float_divmod", &[F(-5.0), F(INF)], R::T(-1.0, INF)),
    ("float_divmod", &[F(NAN), F(2.0)], R::T(NAN, NAN)),
    ("float_divmod", &[F(-1e-300), F(7.0)], R::T(-1.0, 7.0)),
    ("float_divmod", &[F(0.1), F(0.01)], R::T(10.0, 3.469446951953614e-18)),
    ("float_divmod", &[F(1e+300), F(2.0)], R::T(5e+299, 0.0)),
    ("float_divmod", &[F(5.0), F(2.0)], R::T(2.0, 1.0)),
    ("float_divmod", &[F(2.0), F(10.0)], R::T(0.0, 2.0)),
    ("float_divmod", &[F(2.0), F(-1080.0)], R::T(-1.0, -1078.0)),
    ("float_divmod", &[F(1e+308), F(1e-308)], R::T(INF, 3.498445546245627e-309)),
    ("float_divmod", &[F(2.0), F(0.5)], R::T(4.0, 0.0)),
    ("float_divmod", &[F(1.0), F(NAN)], R::T(NAN, NAN)),
    ("float_divmod", &[F(-INF), F(3.0)], R::T(NAN, NAN)),
    ("float_divmod", &[F(10.0), F(400.0)], R::T(0.0, 10.0)),
    ("float_divmod", &[F(-1.0), F(INF)], R::T(-1.0, INF)),
    ("float_divmod", &[F(2.0), F(-1074.0)], R::T(-1.0, -1072.0)),
    ("float_divmod", &[F(NAN), F(0.0)], R::E("ZeroDivisionError", "float divmod()")),
    ("float_divmod", &[F(0.5), F(INF)], R::T(0.0, 0.5)),
    ("float_divmod", &[F(-1.0), F(0.5)], R::T(-2.0, 0.0)),
    ("float_divmod", &[F(2.0), F(INF)], R::T(0.0, 2.0)),
    ("float_divmod", &[F(INF), F(-0.5)], R::T(NAN, NAN)),
    ("float_divmod", &[F(8.0), F(2.0)], R::T(4.0, 0.0)),
    ("float_divmod", &[F(1.7976931348623157e+308), F(INF)], R::T(0.0, 1.7976931348623157e+308)),
    ("float_divmod", &[F(100.0), F(10.0)], R::T(10.0, 0.0)),
    ("float_divmod", &[F(-2.0), F(1025.0)], R::T(-1.0, 1023.0)),
    ("float_divmod", &[F(-0.0), F(3.0)], R::T(-0.0, 0.0)),
    ("float_divmod", &[F(-0.0), F(-3.0)], R::T(0.0, -0.0)),
    ("float_divmod", &[F(0.5), F(-INF)], R::T(-1.0, -INF)),
    ("float_divmod", &[F(1.0), F(2.0)], R::T(0.0, 1.0)),
    ("float_divmod", &[F(-INF), F(INF)], R::T(NAN, NAN)),
    ("float_divmod", &[F(1.5), F(2.5)], R::T(0.0, 1.5)),
    ("float_divmod", &[F(-7.5), F(2.5)], R::T(-3.0, 0.0)),
    ("float_divmod", &[F(-5.0), F(-3.0)], R::T(1.0, -2.0)),
    ("float_divmod", &[F(3.0), F(2.0)], R::T(1.0, 1.0)),
    ("float_divmod", &[F(7.5), F(2.5)], R::T(3.0, 0.0)),
    ("float_divmod", &[F(1e-320), F(3e-320)], R::T(0.0, 1e-320)),
    ("float_divmod", &[F(6943.844226148764), F(1.7413190309684392)], R::T(3987.0, 1.205249677597271)),
    ("float_divmod", &[F(-3.6869724673903255), F(17.02798274812869)], R::T(-1.0, 13.341010280738363)),
    ("float_divmod", &[F(0.014490999469293253), F(19.0)], R::T(0.0, 0.014490999469293253)),
    ("ldexp", &[F(1.0), I(1024)], RNG),
    ("ldexp", &[F(1.0), I(1023)], R::F(8.98846567431158e+307)),
    ("ldexp", &[F(0.75), I(1025)], RNG),
    ("ldexp", &[F(1.0), I(-1074)], R::F(5e-324)),
    ("ldexp", &[F(1.0), I(-1075)], R::F(0.0)),
    ("ldexp", &[F(1.5), I(-1075)], R::F(5e-324)),
    ("ldexp", &[F(3.0), I(-1075)], R::F(1e-323)),
    ("ldexp", &[F(1.0), I(-1076)], R::F(0.0)),
    ("ldexp", &[F(0.0), I(1000000)], R::F(0.0)),
    ("ldexp", &[F(-0.0), I(-5)], R::F(-0.0)),
    ("ldexp", &[F(INF), I(-10)], R::F(INF)),
    ("ldexp", &[F(NAN), I(3)], R::F(NAN)),
    ("ldexp", &[F(5.0), I(1099511627776)], RNG),
    ("ldexp", &[F(5.0), I(-1099511627776)], R::F(0.0)),
    ("ldexp", &[F(-5.0), I(-1099511627776)], R::F(-0.0)),
    ("ldexp", &[F(1.7976931348623157e+308), I(-2098)], R::F(5e-324)),
    ("ldexp", &[F(5e-324), I(2098)], RNG),
    ("ldexp", &[F(5e-324), I(1)], R::F(1e-323)),
    ("ldexp", &[F(1.5), I(3)], R::F(12.0)),
    ("ldexp", &[F(2.5), I(-1073)], R::F(2.5e-323)),
    ("ldexp", &[F(-2.5), I(-1073)], R::F(-2.5e-323)),
    ("ldexp", &[F(1e-310), I(100)], R::F(1.2676506002282255e-280)),
    ("ldexp", &[F(1e+300), I(60)], RNG),
    ("ldexp", &[F(-7.0), I(i64::MIN)], R::F(-0.0)),
    ("ldexp", &[F(7.0), I(i64::MAX)], RNG),
    ("ldexp", &[F(5.8047557728166605e-267), I(262)], R::F(4.301726710059604e-188)),
    ("ldexp", &[F(7.577762523339922e-264), I(313)], R::F(1.2645314461829216e-169)),
    ("ldexp", &[F(1.5965689408415023e-167), I(456)], R::F(2.970747218460738e-30)),
    ("round", &[F(2.675), I(2)], R::F(2.67)),
    ("round", &[F(2.5), I(0)], R::F(2.0)),
    ("round", &[F(3.5), I(0)], R::F(4.0)),
    ("round", &[F(-2.5), I(0)], R::F(-2.0)),
    ("round", &[F(0.125), I(2)], R::F(0.12)),
    ("round", &[F(0.375), I(2)], R::F(0.38)),
    ("round", &[F(-0.4), I(0)], R::F(-0.0)),
    ("round", &[F(1e+300), I(-299)], R::F(1e+300)),
    ("round", &[F(5e-324), I(400)], R::F(5e-324)),
    ("round", &[F(5e-324), I(323)], R::F(0.0)),
    ("round", &[F(5e-324), I(324)], R::F(5e-324)),
    ("round", &[F(1.2345678901234568e+17), I(-5)], R::F(1.234567890123e+17)),
    ("round", &[F(1.7976931348623157e+308), I(-308)], R::E("OverflowError", "rounded value too large to represent")),
    ("round", &[F(1.7976931348623157e+308), I(-307)], R::E("OverflowError", "rounded value too large to represent")),
    ("round", &[F(1.5e+308), I(-308)], R::E("OverflowError", "rounded value too large to represent")),
    ("round", &[F(-1.7976931348623157e+308), I(-308)], R::E("OverflowError", "rounded value too large to represent")),
    ("round", &[F(1e+308), I(-309)], R::F(0.0)),
    ("round", &[F(-1e+308), I(-309)], R::F(-0.0)),
    ("round", &[F(-0.0), I(3)], R::F(-0.0)),
    ("round", &[F(0.0), I(-400)], R::F(0.0)),
    ("round", &[F(INF), I(2)], R::F(INF)),
    ("round", &[F(-INF), I(-2)], R::F(-INF)),
    ("round", &[F(NAN), I(0)], R::F(NAN)),
    ("round", &[F(1234.5), I(-2)], R::F(1200.0)),
    ("round", &[F(1250.0), I(-2)], R::F(1200.0)),
    ("round", &[F(1350.0), I(-2)], R::F(1400.0)),
    ("round", &[F(0.5), I(0)], R::F(0.0)),
    ("round", &[F(1.5), I(0)], R::F(2.0)),
    ("round", &[F(-1.5), I(0)], R::F(-2.0)),
    ("round", &[F(9.223372036854776e+18), I(-3)], R::F(9.223372036854776e+18)),
    ("round", &[F(9007199254740992.0), I(-1)], R::F(9007199254740990.0)),
    ("round", &[F(0.1), I(1)], R::F(0.1)),
    ("round", &[F(0.15), I(1)], R::F(0.1)),
    ("round", &[F(0.25), I(1)], R::F(0.2)),
    ("round", &[F(0.35), I(1)], R::F(0.3)),
    ("round", &[F(1e-05), I(5)], R::F(1e-05)),
    ("round", &[F(1e-05), I(4)], R::F(0.0)),
    ("round", &[F(-123.456), I(1)], R::F(-123.5)),
    ("round", &[F(-123.456), I(-1)], R::F(-120.0)),
    ("round", &[F(-123.456), I(-3)], R::F(-0.0)),
    ("round", &[F(1e+22), I(-22)], R::F(1e+22)),
    ("round", &[F(5e+22), I(-23)], R::F(0.0)),
    ("round", &[F(5e-324), I(323)], R::F(0.0)),
    ("round", &[F(1e-310), I(310)], R::F(1e-310)),
    ("round", &[F(1e-310), I(315)], R::F(1e-310)),
    ("round", &[F(2.2250738585072014e-308), I(308)], R::F(2e-308)),
    ("round", &[F(3.14159), I(1000000000000000000)], R::F(3.14159)),
    ("round", &[F(3.14159), I(-1000000000000000000)], R::F(0.0)),
    ("round", &[F(1.0000000000000002), I(15)], R::F(1.0)),
    ("round", &[F(1.0000000000000002), I(16)], R::F(1.0000000000000002)),
    ("round", &[F(0.5), I(1)], R::F(0.5)),
    ("round", &[F(1.6658971429940006e-112), I(17)], R::F(0.0)),
    ("round", &[F(-2.618567016751845e-07), I(309)], R::F(-2.618567016751845e-07)),
    ("round", &[F(6.368799679264866e+21), I(1)], R::F(6.368799679264866e+21)),
    ("round", &[F(-32122.305838680728), I(1)], R::F(-32122.3)),
    ("round", &[F(-2.992011210269885e-21), I(-202)], R::F(-0.0)),
    ("round", &[F(-1.0715773967794714e+61), I(52)], R::F(-1.0715773967794714e+61)),
    ("round", &[F(-35565.625), I(0)], R::F(-35566.0)),
    ("round", &[F(-83488.375), I(1)], R::F(-83488.4)),
    ("round", &[F(38503.625), I(1)], R::F(38503.6)),
    ("isclose", &[F(1.0), F(1.0000000001), F(1e-09), F(0.0)], R::B(true)),
    ("isclose", &[F(1.0), F(1.1), F(1e-09), F(0.0)], R::B(false)),
    ("isclose", &[F(INF), F(INF), F(1e-09), F(0.0)], R::B(true)),
    ("isclose", &[F(INF), F(-INF), F(1e-09), F(0.0)], R::B(false)),
    ("isclose", &[F(NAN), F(NAN), F(1e-09), F(0.0)], R::B(false)),
    ("isclose", &[F(0.0), F(1e-10), F(1e-09), F(0.0)], R::B(false)),
    ("isclose", &[F(0.0), F(1e-10), F(1e-09), F(1e-09)], R::B(true)),
    ("isclose", &[F(1.0), F(2.0), F(-1.0), F(0.0)], R::E("ValueError", "tolerances must be non-negative")),
    ("isclose", &[F(1.0), F(2.0), F(0.0), F(-1.0)], R::E("ValueError", "tolerances must be non-negative")),
    ("isclose", &[F(1.0), F(1.5), F(0.5), F(0.0)], R::B(true)),
    ("isclose", &[F(1.0), F(INF), F(INF), F(INF)], R::B(false)),
    ("isclose", &[F(1.0), F(2.0), F(NAN), F(0.0)], R::B(false)),
    ("hypot", &[], R::F(0.0)),
    ("hypot", &[F(3.0)], R::F(3.0)),
    ("hypot", &[F(-3.0)], R::F(3.0)),
    ("hypot", &[F(3.0), F(4.0)], R::F(5.0)),
    ("hypot", &[F(-3.0), F(-4.0)], R::F(5.0)),
    ("hypot", &[F(1e+308), F(1e+308)], R::F(1.4142135623730951e+308)),
    ("hypot", &[F(1e-320), F(1e-320)], R::F(1.414e-320)),
    ("hypot", &[F(5e-324), F(5e-324)], R::F(5e-324)),
    ("hypot", &[F(INF), F(NAN)], R::F(INF)),
    ("hypot", &[F(NAN), F(1.0)], R::F(NAN)),
    ("hypot", &[F(-INF), F(1.0)], R::F(INF)),
    ("hypot", &[F(0.0), F(-0.0)], R::F(0.0)),
    ("hypot", &[F(1.0), F(2.0), F(3.0), F(4.0), F(5.0)], R::F(7.416198487095663)),
    ("hypot", &[F(1e+200), F(1e-200), F(1.0)], R::F(1e+200)),
    ("hypot", &[F(2.2250738585072014e-308), F(1e-310)], R::F(2.2250963295579194e-308)),
    ("hypot", &[F(1.7976931348623157e+308), F(1.7976931348623157e+308), F(1.0)], R::F(INF)),
    ("hypot", &[F(-5.637798283949944e-205), F(-2.3061629593422368e-207), F(-2.373436699677845e-219), F(2.3532179851632166e-213), F(1.1926307929391873e-218), F(-1.7563096892417742e-210)], R::F(5.637845451019113e-205)),
    ("hypot", &[F(3.730304135499151e-142), F(4.724194665508129e-136), F(-1.4566219616064006e-142), F(-4.056427243291625e-141), F(-6.896024662374655e-139)], R::F(4.724199698830809e-136)),
    ("hypot", &[F(1.3237284964644584e-154), F(1.1439667026158428e-139), F(-1.4111059838470153e-154)], R::F(1.1439667026158428e-139)),
    ("fsum", &[], R::F(0.0)),
    ("fsum", &[F(1e+308), F(1e+308)], R::E("OverflowError", "intermediate overflow in fsum")),
    ("fsum", &[F(1e+308), F(1e+308), F(-1e+308)], R::E("OverflowError", "intermediate overflow in fsum")),
    ("fsum", &[F(INF), F(-INF)], R::E("ValueError", "-inf + inf in fsum")),
    ("fsum", &[F(INF), F(INF)], R::F(INF)),
    ("fsum", &[F(-INF), F(NAN)], R::F(NAN)),
    ("fsum", &[F(NAN), F(INF)], R::F(NAN)),
    ("fsum", &[F(INF), F(1.0)], R::F(INF)),
    ("fsum", &[F(1e-16), F(1.0), F(1e+16)], R::F(1.0000000000000002e+16)),
    ("fsum", &[F(1.0), F(1e+100), F(1.0), F(-1e+100)], R::F(2.0)),
    ("fsum", &[F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1), F(0.1)], R::F(1.0)),
    ("fsum", &[F(-0.0), F(-0.0)], R::F(0.0)),
    ("fsum", &[F(-0.0), F(0.0)], R::F(0.0)),
    ("fsum", &[F(1e+308), F(-1e+308), F(1e+308)], R::F(1e+308)),
    ("fsum", &[F(1.7976931348623157e+308), F(-1.0), F(1.7976931348623157e+308)], R::E("OverflowError", "intermediate overflow in fsum")),
    ("fsum", &[F(9007199254740992.0), F(1.0), F(-1.1102230246251565e-16)], R::F(9007199254740992.0)),
    ("fsum", &[F(9007199254740992.0), F(1.0), F(1.1102230246251565e-16)], R::F(9007199254740994.0)),
    ("fsum", &[F(1.0), F(1.1102230246251565e-16), F(1.232595164407831e-32)], R::F(1.0000000000000002)),
    ("fsum", &[F(5e-324), F(5e-324)], R::F(1e-323)),
    ("fsum", &[F(-1.0), F(1.0), F(-5e-324)], R::F(-5e-324)),
    ("fsum", &[F(-7.103535243437615e-19), F(0.021978988778166862), F(18707763.972179938), F(39704263179.11923), F(8695638.30080752), F(-646663994076.9243)], R::F(-606932327495.5101)),
    ("fsum", &[F(-3.750981653896501e-11), F(4885538159.323897), F(-0.9033831134728028)], R::F(4885538158.420514)),
    ("fsum", &[F(-0.0007830960226856602), F(0.0014136487937435474), F(-324363.1653766471), F(459222072885.8666), F(6.767870166222921e-17), F(2.3819033635997544e-14), F(102.46628307172932)], R::F(459221748625.1681)),
    ("fsum", &[F(-1.536311672713728e-08), F(3.6470909702687516e-05), F(301045.5468532501), F(-1866309521.5818906), F(-481704.9435764542), F(4.651817099058125e-06), F(-8.258799096626205e-10), F(-24504838062.02604), F(123415284.600807), F(-67360.34344396662), F(-1.4227110705451972e-08), F(-4157054846105.26)], R::F(-4183302826424.007)),
    ("fsum", &[F(-0.33742630651129896), F(3.3889024891341175e-10), F(17.738340251767752), F(-45232898271.03033)], R::F(-45232898253.62941)),
    ("fsum", &[F(-4.8859684545098485), F(-3281184327983.476), F(-8.066181188993546e-11), F(-0.9694535014094037), F(-1.4234115657322683e-24), F(-236.87561813609642), F(132.13678270294656), F(242183062.53786835)], R::F(-3280942145031.532)),
    ("prod_float", &[], R::F(1.0)),
    ("prod_float", &[F(2.0), F(3.0)], R::F(6.0)),
    ("prod_float", &[F(-0.0), F(5.0)], R::F(-0.0)),
    ("prod_float", &[F(1e+200), F(1e+200)], R::F(INF)),
    ("prod_float", &[F(INF), F(0.0)], R::F(NAN)),
    ("prod_float", &[F(NAN)], R::F(NAN)),
    ("prod_float", &[F(0.1), F(0.2), F(0.3)], R::F(0.006000000000000001)),
    ("dist", &[I(1), F(1.0), F(1.0), F(2.0)], R::E("ValueError", "both points must have the same number of dimensions")),
    ("dist", &[I(2), F(0.0), F(0.0), F(3.0), F(4.0)], R::F(5.0)),
    ("dist", &[I(0)], R::F(0.0)),
    ("dist", &[I(1), F(1e+308), F(-1e+308)], R::F(INF)),
    ("dist", &[I(2), F(1.0), F(2.0), F(NAN), F(2.0)], R::F(NAN)),
    ("dist", &[I(2), F(INF), F(0.0), F(INF), F(1.0)], R::F(NAN)),
    ("dist", &[I(3), F(-1.5), F(2.5), F(7.0), F(4.0), F(-1.0), F(0.5)], R::F(9.205976319760984)),
    ("isqrt", &[I(0)], R::I(0)),
    ("factorial", &[I(0)], R::I(1)),
    ("perm1", &[I(0)], R::I(1)),
    ("int_to_float", &[I(0)], R::F(0.0)),
    ("gcd", &[I(0)], R::I(0)),
    ("lcm", &[I(0)], R::I(0)),
    ("isqrt", &[I(1)], R::I(1)),
    ("factorial", &[I(1)], R::I(1)),
    ("perm1", &[I(1)], R::I(1)),
    ("int_to_float", &[I(1)], R::F(1.0)),
    ("gcd", &[I(1)], R::I(1)),
    ("lcm", &[I(1)], R::I(1)),
    ("isqrt", &[I(-1)], R::E("ValueError", "isqrt() argument must be nonnegative")),
    ("factorial", &[I(-1)], R::E("ValueError", "factorial() not defined for negative values")),
    ("perm1", &[I(-1)], R::E("ValueError", "factorial() not defined for negative values")),
    ("int_to_float", &[I(-1)], R::F(-1.0)),
    ("gcd", &[I(-1)], R::I(1)),
    ("lcm", &[I(-1)], R::I(1)),
    ("isqrt", &[I(2)], R::I(1)),
    ("factorial", &[I(2)], R::I(2)),
    ("perm1", &[I(2)], R::I(2)),
    ("int_to_float", &[I(2)], R::F(2.0)),
    ("gcd", &[I(2)], R::I(2)),
    ("lcm", &[I(2)], R::I(2)),
    ("isqrt", &[I(3)], R::I(1)),
    ("factorial", &[I(3)], R::I(6)),
    ("perm1", &[I(3)], R::I(6)),
    ("int_to_float", &[I(3)], R::F(3.0)),
    ("gcd", &[I(3)], R::I(3)),
    ("lcm", &[I(3)], R::I(3)),
    ("isqrt", &[I(6)], R::I(2)),
    ("factorial", &[I(6)], R::I(720)),
    ("perm1", &[I(6)], R::I(720)),
    ("int_to_float", &[I(6)], R::F(6.0)),
    ("gcd", &[I(6)], R::I(6)),
    ("lcm", &[I(6)], R::I(6)),
    ("isqrt", &[I(12)], R::I(3)),
    ("factorial", &[I(12)], R::I(479001600)),
    ("perm1", &[I(12)], R::I(479001600)),
    ("int_to_float", &[I(12)], R::F(12.0)),
    ("gcd", &[I(12)], R::I(12)),
    ("lcm", &[I(12)], R::I(12)),
    ("isqrt", &[I(-12)], R::E("ValueError", "isqrt() argument must be nonnegative")),
    ("factorial", &[I(-12)], R::E("ValueError", "factorial() not defined for negative values")),
    ("perm1", &[I(-12)], R::E("ValueError", "factorial() not defined for negative values")),
    ("int_to_float", &[I(-12)], R::F(-12.0)),
    ("gcd", &[I(-12)], R::I(12)),
    ("lcm", &[I(-12)], R::I(12)),
    ("isqrt", &[I(2147483648)], R::I(46340)),
    ("factorial", &[I(2147483648)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("perm1", &[I(2147483648)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("int_to_float", &[I(2147483648)], R::F(2147483648.0)),
    ("gcd", &[I(2147483648)], R::I(2147483648)),
    ("lcm", &[I(2147483648)], R::I(2147483648)),
    ("isqrt", &[I(4294967297)], R::I(65536)),
    ("factorial", &[I(4294967297)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("perm1", &[I(4294967297)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("int_to_float", &[I(4294967297)], R::F(4294967297.0)),
    ("gcd", &[I(4294967297)], R::I(4294967297)),
    ("lcm", &[I(4294967297)], R::I(4294967297)),
    ("isqrt", &[I(4611686018427387904)], R::I(2147483648)),
    ("factorial", &[I(4611686018427387904)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("perm1", &[I(4611686018427387904)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("int_to_float", &[I(4611686018427387904)], R::F(4.611686018427388e+18)),
    ("gcd", &[I(4611686018427387904)], R::I(4611686018427387904)),
    ("lcm", &[I(4611686018427387904)], R::I(4611686018427387904)),
    ("isqrt", &[I(4052555153018976267)], R::I(2013095912)),
    ("factorial", &[I(4052555153018976267)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("perm1", &[I(4052555153018976267)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("int_to_float", &[I(4052555153018976267)], R::F(4.052555153018976e+18)),
    ("gcd", &[I(4052555153018976267)], R::I(4052555153018976267)),
    ("lcm", &[I(4052555153018976267)], R::I(4052555153018976267)),
    ("isqrt", &[I(i64::MAX)], R::I(3037000499)),
    ("factorial", &[I(i64::MAX)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("perm1", &[I(i64::MAX)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("int_to_float", &[I(i64::MAX)], R::F(9.223372036854776e+18)),
    ("gcd", &[I(i64::MAX)], R::I(i64::MAX)),
    ("lcm", &[I(i64::MAX)], R::I(i64::MAX)),
    ("isqrt", &[I(i64::MIN)], R::E("ValueError", "isqrt() argument must be nonnegative")),
    ("factorial", &[I(i64::MIN)], R::E("ValueError", "factorial() not defined for negative values")),
    ("perm1", &[I(i64::MIN)], R::E("ValueError", "factorial() not defined for negative values")),
    ("int_to_float", &[I(i64::MIN)], R::F(-9.223372036854776e+18)),
    ("gcd", &[I(i64::MIN)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("lcm", &[I(i64::MIN)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("isqrt", &[I(-4611686018427387904)], R::E("ValueError", "isqrt() argument must be nonnegative")),
    ("factorial", &[I(-4611686018427387904)], R::E("ValueError", "factorial() not defined for negative values")),
    ("perm1", &[I(-4611686018427387904)], R::E("ValueError", "factorial() not defined for negative values")),
    ("int_to_float", &[I(-4611686018427387904)], R::F(-4.611686018427388e+18)),
    ("gcd", &[I(-4611686018427387904)], R::I(4611686018427387904)),
    ("lcm", &[I(-4611686018427387904)], R::I(4611686018427387904)),
    ("isqrt", &[I(1000000000000000000)], R::I(1000000000)),
    ("factorial", &[I(1000000000000000000)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("perm1", &[I(1000000000000000000)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("int_to_float", &[I(1000000000000000000)], R::F(1e+18)),
    ("gcd", &[I(1000000000000000000)], R::I(1000000000000000000)),
    ("lcm", &[I(1000000000000000000)], R::I(1000000000000000000)),
    ("isqrt", &[I(4)], R::I(2)),
    ("factorial", &[I(4)], R::I(24)),
    ("int_to_float", &[I(4)], R::F(4.0)),
    ("isqrt", &[I(15)], R::I(3)),
    ("factorial", &[I(15)], R::I(1307674368000)),
    ("int_to_float", &[I(15)], R::F(15.0)),
    ("isqrt", &[I(16)], R::I(4)),
    ("factorial", &[I(16)], R::I(20922789888000)),
    ("int_to_float", &[I(16)], R::F(16.0)),
    ("isqrt", &[I(24)], R::I(4)),
    ("factorial", &[I(24)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("int_to_float", &[I(24)], R::F(24.0)),
    ("isqrt", &[I(4611686018427387903)], R::I(2147483647)),
    ("factorial", &[I(4611686018427387903)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("int_to_float", &[I(4611686018427387903)], R::F(4.611686018427388e+18)),
    ("isqrt", &[I(4611686014132420609)], R::I(2147483647)),
    ("factorial", &[I(4611686014132420609)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("int_to_float", &[I(4611686014132420609)], R::F(4.6116860141324206e+18)),
    ("isqrt", &[I(4611686014132420608)], R::I(2147483646)),
    ("factorial", &[I(4611686014132420608)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("int_to_float", &[I(4611686014132420608)], R::F(4.6116860141324206e+18)),
    ("isqrt", &[I(4503599694479360)], R::I(67108864)),
    ("factorial", &[I(4503599694479360)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("int_to_float", &[I(4503599694479360)], R::F(4503599694479360.0)),
    ("isqrt", &[I(20)], R::I(4)),
    ("factorial", &[I(20)], R::I(2432902008176640000)),
    ("int_to_float", &[I(20)], R::F(20.0)),
    ("isqrt", &[I(21)], R::I(4)),
    ("factorial", &[I(21)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("int_to_float", &[I(21)], R::F(21.0)),
    ("isqrt", &[I(9007199254740993)], R::I(94906265)),
    ("factorial", &[I(9007199254740993)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("int_to_float", &[I(9007199254740993)], R::F(9007199254740992.0)),
    ("comb", &[I(5), I(2)], R::I(10)),
    ("perm", &[I(5), I(2)], R::I(20)),
    ("comb", &[I(5), I(0)], R::I(1)),
    ("perm", &[I(5), I(0)], R::I(1)),
    ("comb", &[I(5), I(5)], R::I(1)),
    ("perm", &[I(5), I(5)], R::I(120)),
    ("comb", &[I(5), I(6)], R::I(0)),
    ("perm", &[I(5), I(6)], R::I(0)),
    ("comb", &[I(-1), I(2)], R::E("ValueError", "n must be a non-negative integer")),
    ("perm", &[I(-1), I(2)], R::E("ValueError", "n must be a non-negative integer")),
    ("comb", &[I(1), I(-2)], R::E("ValueError", "k must be a non-negative integer")),
    ("perm", &[I(1), I(-2)], R::E("ValueError", "k must be a non-negative integer")),
    ("comb", &[I(-1), I(-2)], R::E("ValueError", "n must be a non-negative integer")),
    ("perm", &[I(-1), I(-2)], R::E("ValueError", "n must be a non-negative integer")),
    ("comb", &[I(100), I(3)], R::I(161700)),
    ("perm", &[I(100), I(3)], R::I(970200)),
    ("comb", &[I(66), I(33)], R::I(7219428434016265740)),
    ("perm", &[I(66), I(33)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("comb", &[I(67), I(33)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("perm", &[I(67), I(33)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("comb", &[I(68), I(34)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("perm", &[I(68), I(34)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("comb", &[I(62), I(31)], R::I(465428353255261088)),
    ("perm", &[I(62), I(31)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("comb", &[I(1000000000000000000), I(2)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("perm", &[I(1000000000000000000), I(2)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("comb", &[I(4611686018427387904), I(1)], R::I(4611686018427387904)),
    ("perm", &[I(4611686018427387904), I(1)], R::I(4611686018427387904)),
    ("comb", &[I(4611686018427387904), I(2)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("perm", &[I(4611686018427387904), I(2)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("comb", &[I(i64::MAX), I(1)], R::I(i64::MAX)),
    ("perm", &[I(i64::MAX), I(1)], R::I(i64::MAX)),
    ("comb", &[I(i64::MAX), I(9223372036854775806)], R::I(i64::MAX)),
    ("perm", &[I(i64::MAX), I(9223372036854775806)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("comb", &[I(i64::MAX), I(i64::MAX)], R::I(1)),
    ("perm", &[I(i64::MAX), I(i64::MAX)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("comb", &[I(20), I(20)], R::I(1)),
    ("perm", &[I(20), I(20)], R::I(2432902008176640000)),
    ("comb", &[I(21), I(21)], R::I(1)),
    ("perm", &[I(21), I(21)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("comb", &[I(25), I(13)], R::I(5200300)),
    ("perm", &[I(25), I(13)], R::I(32382376266240000)),
    ("comb", &[I(1000), I(998)], R::I(499500)),
    ("perm", &[I(1000), I(998)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("comb", &[I(4000000), I(3)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("perm", &[I(4000000), I(3)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("comb", &[I(3037000500), I(2)], R::I(4611686016981624750)),
    ("perm", &[I(3037000500), I(2)], R::I(9223372033963249500)),
    ("comb", &[I(3037000499), I(2)], R::I(4611686013944624251)),
    ("perm", &[I(3037000499), I(2)], R::I(9223372027889248502)),
    ("comb", &[I(57), I(36)], R::I(2132379668729310)),
    ("perm", &[I(57), I(1)], R::I(57)),
    ("comb", &[I(93), I(33)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("perm", &[I(93), I(22)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("comb", &[I(87), I(36)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("perm", &[I(87), I(7)], R::I(29450514023280)),
    ("comb", &[I(94), I(12)], R::I(477542747740513)),
    ("perm", &[I(94), I(12)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("comb", &[I(27), I(27)], R::I(1)),
    ("perm", &[I(27), I(6)], R::I(213127200)),
    ("comb", &[I(62), I(31)], R::I(465428353255261088)),
    ("perm", &[I(62), I(12)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("gcd", &[], R::I(0)),
    ("lcm", &[], R::I(1)),
    ("prod_int", &[], R::I(1)),
    ("gcd", &[I(0)], R::I(0)),
    ("lcm", &[I(0)], R::I(0)),
    ("prod_int", &[I(0)], R::I(0)),
    ("gcd", &[I(12), I(18)], R::I(6)),
    ("lcm", &[I(12), I(18)], R::I(36)),
    ("prod_int", &[I(12), I(18)], R::I(216)),
    ("gcd", &[I(-12), I(18)], R::I(6)),
    ("lcm", &[I(-12), I(18)], R::I(36)),
    ("prod_int", &[I(-12), I(18)], R::I(-216)),
    ("gcd", &[I(12), I(-18), I(27)], R::I(3)),
    ("lcm", &[I(12), I(-18), I(27)], R::I(108)),
    ("prod_int", &[I(12), I(-18), I(27)], R::I(-5832)),
    ("gcd", &[I(i64::MIN)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("lcm", &[I(i64::MIN)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("prod_int", &[I(i64::MIN)], R::I(i64::MIN)),
    ("gcd", &[I(i64::MIN), I(0)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("lcm", &[I(i64::MIN), I(0)], R::I(0)),
    ("prod_int", &[I(i64::MIN), I(0)], R::I(0)),
    ("gcd", &[I(i64::MIN), I(6)], R::I(2)),
    ("lcm", &[I(i64::MIN), I(6)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("prod_int", &[I(i64::MIN), I(6)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("gcd", &[I(i64::MIN), I(i64::MIN)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("lcm", &[I(i64::MIN), I(i64::MIN)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("prod_int", &[I(i64::MIN), I(i64::MIN)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("gcd", &[I(4611686018427387904), I(3), I(0)], R::I(1)),
    ("lcm", &[I(4611686018427387904), I(3), I(0)], R::I(0)),
    ("prod_int", &[I(4611686018427387904), I(3), I(0)], R::I(0)),
    ("gcd", &[I(4611686018427387904), I(3)], R::I(1)),
    ("lcm", &[I(4611686018427387904), I(3)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("prod_int", &[I(4611686018427387904), I(3)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("gcd", &[I(1099511627776), I(1099511627776), I(0)], R::I(1099511627776)),
    ("lcm", &[I(1099511627776), I(1099511627776), I(0)], R::I(0)),
    ("prod_int", &[I(1099511627776), I(1099511627776), I(0)], R::I(0)),
    ("gcd", &[I(i64::MIN), I(-1)], R::I(1)),
    ("lcm", &[I(i64::MIN), I(-1)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("prod_int", &[I(i64::MIN), I(-1)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("gcd", &[I(i64::MIN), I(-1), I(-1)], R::I(1)),
    ("lcm", &[I(i64::MIN), I(-1), I(-1)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("prod_int", &[I(i64::MIN), I(-1), I(-1)], R::I(i64::MIN)),
    ("gcd", &[I(-1), I(i64::MIN)], R::I(1)),
    ("lcm", &[I(-1), I(i64::MIN)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("prod_int", &[I(-1), I(i64::MIN)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("gcd", &[I(i64::MAX), I(1)], R::I(1)),
    ("lcm", &[I(i64::MAX), I(1)], R::I(i64::MAX)),
    ("prod_int", &[I(i64::MAX), I(1)], R::I(i64::MAX)),
    ("gcd", &[I(2147483648), I(2147483648)], R::I(2147483648)),
    ("lcm", &[I(2147483648), I(2147483648)], R::I(2147483648)),
    ("prod_int", &[I(2147483648), I(2147483648)], R::I(4611686018427387904)),
    ("gcd", &[I(2147483648), I(-2147483648)], R::I(2147483648)),
    ("lcm", &[I(2147483648), I(-2147483648)], R::I(2147483648)),
    ("prod_int", &[I(2147483648), I(-2147483648)], R::I(-4611686018427387904)),
    ("gcd", &[I(4294967296), I(-2147483648)], R::I(2147483648)),
    ("lcm", &[I(4294967296), I(-2147483648)], R::I(4294967296)),
    ("prod_int", &[I(4294967296), I(-2147483648)], R::I(i64::MIN)),
    ("gcd", &[I(3), I(5), I(7), I(11), I(13), I(17), I(19), I(23), I(29), I(31), I(37), I(41), I(43), I(47)], R::I(1)),
    ("lcm", &[I(3), I(5), I(7), I(11), I(13), I(17), I(19), I(23), I(29), I(31), I(37), I(41), I(43), I(47)], R::I(307444891294245705)),
    ("prod_int", &[I(3), I(5), I(7), I(11), I(13), I(17), I(19), I(23), I(29), I(31), I(37), I(41), I(43), I(47)], R::I(307444891294245705)),
    ("gcd", &[I(1), I(1), I(1)], R::I(1)),
    ("lcm", &[I(1), I(1), I(1)], R::I(1)),
    ("prod_int", &[I(1), I(1), I(1)], R::I(1)),
    ("gcd", &[I(-5)], R::I(5)),
    ("lcm", &[I(-5)], R::I(5)),
    ("prod_int", &[I(-5)], R::I(-5)),
    ("gcd", &[I(6), I(10), I(15)], R::I(1)),
    ("lcm", &[I(6), I(10), I(15)], R::I(30)),
    ("prod_int", &[I(6), I(10), I(15)], R::I(900)),
    ("gcd", &[I(7), I(0), I(-7)], R::I(7)),
    ("lcm", &[I(7), I(0), I(-7)], R::I(0)),
    ("prod_int", &[I(7), I(0), I(-7)], R::I(0)),
    ("gcd", &[I(9), I(-1)], R::I(1)),
    ("lcm", &[I(9), I(-1)], R::I(9)),
    ("prod_int", &[I(9), I(-1)], R::I(-9)),
    ("gcd", &[I(418283), I(-835103), I(-182923), I(-3468), I(984609)], R::I(1)),
    ("lcm", &[I(418283), I(-835103), I(-182923), I(-3468), I(984609)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("prod_int", &[I(418283), I(-835103), I(-182923), I(-3468), I(984609)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("gcd", &[I(152244), I(-333483), I(82580), I(915501)], R::I(1)),
    ("lcm", &[I(152244), I(-333483), I(82580), I(915501)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("prod_int", &[I(152244), I(-333483), I(82580), I(915501)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("gcd", &[I(696056), I(-15506), I(-840388)], R::I(2)),
    ("lcm", &[I(696056), I(-15506), I(-840388)], R::I(1133793117930296)),
    ("prod_int", &[I(696056), I(-15506), I(-840388)], R::I(9070344943442368)),
    ("gcd", &[I(-966124), I(372364), I(795675), I(-657730)], R::I(1)),
    ("lcm", &[I(-966124), I(372364), I(795675), I(-657730)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("prod_int", &[I(-966124), I(372364), I(795675), I(-657730)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("gcd", &[], R::I(0)),
    ("lcm", &[], R::I(1)),
    ("prod_int", &[], R::I(1)),
    ("gcd", &[I(-741700)], R::I(741700)),
    ("lcm", &[I(-741700)], R::I(741700)),
    ("prod_int", &[I(-741700)], R::I(-741700)),
    ("int_pow", &[I(2), I(62)], R::I(4611686018427387904)),
    ("int_pow", &[I(2), I(63)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("int_pow", &[I(-2), I(63)], R::I(i64::MIN)),
    ("int_pow", &[I(-2), I(64)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("int_pow", &[I(3), I(39)], R::I(4052555153018976267)),
    ("int_pow", &[I(3), I(40)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("int_pow", &[I(0), I(0)], R::I(1)),
    ("int_pow", &[I(0), I(5)], R::I(0)),
    ("int_pow", &[I(-1), I(i64::MAX)], R::I(-1)),
    ("int_pow", &[I(1), I(i64::MAX)], R::I(1)),
    ("int_pow", &[I(2), I(-1)], R::E("ValueError", "negative exponent requires float result (jcvm uses 64-bit ints)")),
    ("int_pow", &[I(0), I(-1)], R::E("ValueError", "negative exponent requires float result (jcvm uses 64-bit ints)")),
    ("int_pow", &[I(7), I(1)], R::I(7)),
    ("int_pow", &[I(-3), I(3)], R::I(-27)),
    ("int_pow", &[I(i64::MIN), I(1)], R::I(i64::MIN)),
    ("int_pow", &[I(i64::MIN), I(2)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("int_pow", &[I(10), I(18)], R::I(1000000000000000000)),
    ("int_pow", &[I(10), I(19)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("int_pow", &[I(-10), I(19)], R::E("OverflowError", "integer result out of 64-bit range")),
    ("int_pow_mod", &[I(3), I(5), I(7)], R::I(5)),
    ("int_pow_mod", &[I(3), I(-1), I(7)], R::I(5)),
    ("int_pow_mod", &[I(3), I(-1), I(6)], R::E("ValueError", "base is not invertible for the given modulus")),
    ("int_pow_mod", &[I(0), I(-1), I(1)], R::I(0)),
    ("int_pow_mod", &[I(0), I(-1), I(7)], R::E("ValueError", "base is not invertible for the given modulus")),
    ("int_pow_mod", &[I(5), I(0), I(-3)], R::I(-2)),
    ("int_pow_mod", &[I(5), I(0), I(3)], R::I(1)),
    ("int_pow_mod", &[I(5), I(3), I(0)], R::E("ValueError", "pow() 3rd argument cannot be 0")),
    ("int_pow_mod", &[I(2), I(10), I(-7)], R::I(-5)),
    ("int_pow_mod", &[I(-2), I(3), I(5)], R::I(2)),
    ("int_pow_mod", &[I(-2), I(3), I(-5)], R::I(-3)),
    ("int_pow_mod", &[I(i64::MAX), I(i64::MAX), I(i64::MIN)], R::I(-1)),
    ("int_pow_mod", &[I(i64::MIN), I(3), I(i64::MAX)], R::I(9223372036854775806)),
    ("int_pow_mod", &[I(i64::MIN), I(-1), I(i64::MAX)], R::I(9223372036854775806)),
    ("int_pow_mod", &[I(2), I(100), I(1)], R::I(0)),
    ("int_pow_mod", &[I(2), I(100), I(-1)], R::I(0)),
    ("int_pow_mod", &[I(12), I(-2), I(25)], R::I(4)),
    ("int_pow_mod", &[I(10), I(-3), I(-7)], R::I(-1)),
    ("int_pow_mod", &[I(0), I(0), I(5)], R::I(1)),
    ("int_pow_mod", &[I(4), I(2), I(-16)], R::I(0)),
    ("int_pow_mod", &[I(3), I(i64::MAX), I(1000000007)], R::I(123764908)),
    ("int_pow_mod", &[I(243674412150268958), I(745297), I(-1)], R::I(0)),
    ("int_pow_mod", &[I(-900133564352370886), I(282953), I(142237729732953113)], R::I(118672834741885810)),
    ("int_pow_mod", &[I(402189086324436468), I(498998), I(30)], R::I(24)),
    ("int_pow_mod", &[I(33642554154134530), I(323864), I(-37656947951944061)], R::I(-20971510990337619)),
    ("int_pow_mod", &[I(-761025788756772508), I(658827), I(-25)], R::I(-2)),
    ("int_pow_mod", &[I(-51845697361189487), I(193993), I(3)], R::I(1)),
    ("int_true_div", &[I(1), I(3)], R::F(0.3333333333333333)),
    ("int_true_div", &[I(-1), I(3)], R::F(-0.3333333333333333)),
    ("int_true_div", &[I(0), I(-5)], R::F(-0.0)),
    ("int_true_div", &[I(0), I(5)], R::F(0.0)),
    ("int_true_div", &[I(5), I(0)], R::E("ZeroDivisionError", "division by zero")),
    ("int_true_div", &[I(i64::MAX), I(3)], R::F(3.0744573456182584e+18)),
    ("int_true_div", &[I(9007199254740993), I(1)], R::F(9007199254740992.0)),
    ("int_true_div", &[I(i64::MIN), I(3)], R::F(-3.0744573456182584e+18)),
    ("int_true_div", &[I(i64::MIN), I(-1)], R::F(9.223372036854776e+18)),
    ("int_true_div", &[I(i64::MIN), I(i64::MIN)], R::F(1.0)),
    ("int_true_div", &[I(i64::MAX), I(i64::MIN)], R::F(-1.0)),
    ("int_true_div", &[I(1), I(i64::MIN)], R::F(-1.0842021724855044e-19)),
    ("int_true_div", &[I(1000000000000000001), I(1000000000000000000)], R::F(1.0)),
    ("int_true_div", &[I(9007199254740993), I(2)], R::F(4503599627370496.0)),
    ("int_true_div", &[I(9007199254740995), I(2)], R::F(4503599627370498.0)),
    ("int_true_div", &[I(27021597764222977), I(4)], R::F(6755399441055744.0)),
    ("int_true_div", &[I(12345678901234567), I(7)], R::F(1763668414462081.0)),
    ("int_true_div", &[I(7), I(12345678901234567)], R::F(5.670000051030001e-16)),
    ("int_true_div", &[I(1), I(9007199254740993)], R::F(1.1102230246251564e-16)),
    ("int_true_div", &[I(-99474), I(924521012464814508)], R::F(-1.0759517486227582e-13)),
    ("int_true_div", &[I(-3), I(143)], R::F(-0.02097902097902098)),
    ("int_true_div", &[I(3393260098625), I(-560119863520204591)], R::F(-6.058096346198582e-06)),
    ("int_true_div", &[I(-74844300015706), I(-126922002086)], R::F(589.6873574763885)),
    ("int_true_div", &[I(299404938), I(-1417316853661089284)], R::F(-2.1124770881444277e-10)),
    ("int_true_div", &[I(365), I(364832875)], R::F(1.0004580864594508e-06)),
    ("cmp_int_float", &[I(9007199254740993), F(9007199254740992.0)], R::O(1)),
    ("cmp_int_float", &[I(9007199254740992), F(9007199254740992.0)], R::O(0)),
    ("cmp_int_float", &[I(1), F(NAN)], R::O(2)),
    ("cmp_int_float", &[I(0), F(-0.0)], R::O(0)),
    ("cmp_int_float", &[I(i64::MAX), F(9.223372036854776e+18)], R::O(-1)),
    ("cmp_int_float", &[I(i64::MIN), F(-9.223372036854776e+18)], R::O(0)),
    ("cmp_int_float", &[I(i64::MIN), F(-9.223372036854778e+18)], R::O(1)),
    ("cmp_int_float", &[I(i64::MIN), F(INF)], R::O(-1)),
    ("cmp_int_float", &[I(i64::MAX), F(-INF)], R::O(1)),
    ("cmp_int_float", &[I(3), F(2.5)], R::O(1)),
    ("cmp_int_float", &[I(-3), F(-2.5)], R::O(-1)),
    ("cmp_int_float", &[I(-3), F(-3.5)], R::O(1)),
    ("cmp_int_float", &[I(2), F(2.0000000000000004)], R::O(-1)),
    ("cmp_int_float", &[I(-1), F(-0.9999999999999999)], R::O(-1)),
    ("cmp_int_float", &[I(5), F(1e+300)], R::O(-1)),
    ("cmp_int_float", &[I(-334020004369900630), F(-3.340200043699006e+17)], R::O(-1)),
    ("cmp_int_float", &[I(461171883989542), F(461171883989542.5)], R::O(-1)),
    ("cmp_int_float", &[I(-13361), F(-13360.0)], R::O(-1)),
    ("cmp_int_float", &[I(1464578065571998), F(1464578065571997.0)], R::O(1)),
    ("cmp_int_float", &[I(-58450261595026), F(-58450261595026.5)], R::O(1)),
    ("cmp_int_float", &[I(8007266), F(8007266.5)], R::O(-1)),
    ];
    // END GENERATED CASES
}
