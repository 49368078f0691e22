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
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
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
    let text = format!("{}{}e{}", if x.is_sign_negative() { "-" } else { "" }, t.to_decimal(), -ndigits);
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
        self.0.splice(0..0, std::iter::repeat(0).take(words));
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

    fn to_decimal(mut self) -> String {
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

/// `x ** y` for floats (the operator, not `math.pow`): CPython's `float_pow`.
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
