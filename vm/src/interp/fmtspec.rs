//! CPython 3.11's text formatting of scalars, byte for byte.
//!
//! This module owns:
//! - the format-spec mini-language (`format(value, spec)`, f-string `{x:spec}`) for `int`, `bool`,
//!   `float` and `str`: parsing, validation with CPython's exact error messages, sign, fill and
//!   alignment, digit grouping (`,` / `_`), zero padding and the `e f g n %` presentations;
//! - printf-style formatting (`fmt % args`);
//! - `repr()` of floats (shortest round-trip digits) and strings (quote choice, escapes), `ascii()`
//!   escaping, and `str.isprintable()` for single characters.
//!
//! The float code is a port of CPython's `PyOS_double_to_string`/`format_float_short`; its digit
//! strings come from Rust's `{:e}` / `{:.N}` / `{:.Ne}` formatting, which like David Gay's dtoa are
//! correctly rounded from the exact binary value with ties to even. It is std-only and has no
//! dependencies on the rest of the VM.
//!
//! Output longer than [`MAX_FORMATTED_LEN`] characters is refused with a `MemoryError` instead of
//! being allocated (CPython would try, and usually fail the same way).

use std::cmp::Ordering;
use std::fmt::Write as _;

/// Longest text (in characters) this module will build; longer results raise `MemoryError`.
pub const MAX_FORMATTED_LEN: i64 = 1 << 28;

/// A formatting error: the Python exception class name and CPython's exact message.
#[derive(Debug, Clone, PartialEq)]
pub struct FmtError {
    /// Exception class: "ValueError", "TypeError", "OverflowError", "MemoryError" (empty message)
    /// or "UnicodeEncodeError" (a lone surrogate, which a Rust string cannot hold).
    pub exc: &'static str,
    /// The message exactly as CPython words it.
    pub msg: String,
}

impl FmtError {
    fn new(exc: &'static str, msg: impl Into<String>) -> Self {
        FmtError { exc, msg: msg.into() }
    }
}

impl std::fmt::Display for FmtError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.msg.is_empty() {
            f.write_str(self.exc)
        } else {
            write!(f, "{}: {}", self.exc, self.msg)
        }
    }
}

impl std::error::Error for FmtError {}

fn value_error(msg: impl Into<String>) -> FmtError {
    FmtError::new("ValueError", msg)
}

fn type_error(msg: impl Into<String>) -> FmtError {
    FmtError::new("TypeError", msg)
}

fn overflow_error(msg: impl Into<String>) -> FmtError {
    FmtError::new("OverflowError", msg)
}

fn memory_error() -> FmtError {
    FmtError::new("MemoryError", "")
}

/// A value handed to `%`-formatting. For objects/containers the caller passes their str() and repr() text.
#[derive(Debug, Clone, PartialEq)]
pub enum FmtArg<'a> {
    /// A Python `int`.
    Int(i64),
    /// A Python `float`.
    Float(f64),
    /// A Python `bool` (an `int` subclass: `%d` gives 1/0, `%s` gives True/False).
    Bool(bool),
    /// A Python `str`.
    Str(&'a str),
    /// Python's `None`.
    None,
    /// Any other object, described by its type name and its `str()` and `repr()` text.
    Other {
        /// `type(obj).__name__`, used in error messages.
        type_name: &'a str,
        /// `str(obj)`, for `%s`.
        str: String,
        /// `repr(obj)`, for `%r` and `%a`.
        repr: String,
    },
}

impl FmtArg<'_> {
    fn type_name(&self) -> &str {
        match self {
            FmtArg::Int(_) => "int",
            FmtArg::Float(_) => "float",
            FmtArg::Bool(_) => "bool",
            FmtArg::Str(_) => "str",
            FmtArg::None => "NoneType",
            FmtArg::Other { type_name, .. } => type_name,
        }
    }

    fn to_str(&self) -> String {
        match self {
            FmtArg::Str(s) => (*s).to_string(),
            FmtArg::Other { str, .. } => str.clone(),
            _ => self.to_repr(),
        }
    }

    fn to_repr(&self) -> String {
        match self {
            FmtArg::Int(v) => v.to_string(),
            FmtArg::Float(x) => float_repr(*x),
            FmtArg::Bool(b) => bool_text(*b).to_string(),
            FmtArg::Str(s) => str_repr(s),
            FmtArg::None => "None".to_string(),
            FmtArg::Other { repr, .. } => repr.clone(),
        }
    }
}

fn bool_text(value: bool) -> &'static str {
    if value {
        "True"
    } else {
        "False"
    }
}

// Floats to digits: a port of CPython's PyOS_double_to_string / format_float_short.

/// Which digits dtoa is asked for (Gay's modes 0, 2 and 3).
#[derive(Clone, Copy, PartialEq)]
enum DigitMode {
    /// The shortest digits that read back as the same float.
    Shortest,
    /// This many significant digits, correctly rounded.
    Significant,
    /// This many digits after the decimal point, correctly rounded.
    Fractional,
}

/// The `Py_DTSF_*` flags of `PyOS_double_to_string` that formatting uses.
#[derive(Clone, Copy, Default)]
struct DtoaFlags {
    /// Keep `.0` on integral values (repr, and format with no presentation type).
    add_dot_0: bool,
    /// `#`: keep the decimal point and, for `g`, trailing zeros.
    alternate: bool,
    /// `z`: print a negative value that rounds to zero without its minus sign.
    no_negative_zero: bool,
}

/// Gay's `_Py_dg_dtoa` for a finite, non-negative `magnitude`: the digits (no leading zeros,
/// trailing zeros stripped) and the position of the decimal point relative to their start.
fn decimal_digits(magnitude: f64, mode: DigitMode, ndigits: i64) -> (String, i64) {
    if magnitude == 0.0 {
        return ("0".to_string(), 1);
    }
    match mode {
        DigitMode::Shortest => {
            // `{:e}` is the shortest round-trip string, but when two are equally short it may not
            // pick the one nearest the value as dtoa does; the correctly rounded string of that
            // length is the nearest, so prefer it whenever it round-trips.
            let shortest = format!("{magnitude:e}");
            let length = shortest.split('e').next().map_or(1, |m| m.bytes().filter(u8::is_ascii_digit).count());
            let nearest = format!("{:.*e}", length.saturating_sub(1), magnitude);
            let chosen = if nearest.parse::<f64>() == Ok(magnitude) { nearest } else { shortest };
            scientific_digits(&chosen)
        }
        DigitMode::Significant => {
            // A double has at most 767 significant decimal digits; asking for more only adds zeros.
            let count = ndigits.clamp(1, 800) as usize;
            scientific_digits(&format!("{:.*e}", count - 1, magnitude))
        }
        DigitMode::Fractional => {
            // A double has at most 1074 digits after the point; asking for more only adds zeros.
            let text = format!("{:.*}", ndigits.clamp(0, 1100) as usize, magnitude);
            let integer_len = text.find('.').unwrap_or(text.len());
            let all: String = text.chars().filter(|&c| c != '.').collect();
            let leading_zeros = all.bytes().take_while(|&b| b == b'0').count();
            if leading_zeros == all.len() {
                // Rounds to zero: dtoa returns no digits, with the point after the requested ones.
                return (String::new(), -ndigits);
            }
            let digits = all[leading_zeros..].trim_end_matches('0').to_string();
            (digits, integer_len as i64 - leading_zeros as i64)
        }
    }
}

/// Digits and decimal-point position of Rust's `d.ddde±x` output, trailing zeros stripped.
fn scientific_digits(text: &str) -> (String, i64) {
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    (digits.to_string(), exponent.parse::<i64>().unwrap_or(0) + 1)
}

fn push_repeated(out: &mut String, ch: char, count: i64) {
    out.extend(std::iter::repeat_n(ch, count.max(0) as usize));
}

/// `PyOS_double_to_string(value, code, precision, flags)`: `code` is one of `eEfFgG` or `r`
/// (repr, precision 0). Fails only when the text would be longer than [`MAX_FORMATTED_LEN`].
fn double_to_string(value: f64, code: char, precision: i64, flags: DtoaFlags) -> Result<String, FmtError> {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let (mode, precision) = match code {
        'e' => (DigitMode::Significant, precision + 1),
        'f' => (DigitMode::Fractional, precision),
        'g' => (DigitMode::Significant, precision.max(1)),
        _ => (DigitMode::Shortest, 0),
    };
    if value.is_nan() {
        return Ok(if upper { "NAN" } else { "nan" }.to_string());
    }
    if value.is_infinite() {
        let text = if upper { "INF" } else { "inf" };
        return Ok(if value < 0.0 { format!("-{text}") } else { text.to_string() });
    }
    let (digits, mut decpt) = decimal_digits(value.abs(), mode, precision);
    let rounds_to_zero = digits.is_empty() || digits == "0";
    let negative = value.is_sign_negative() && !(flags.no_negative_zero && rounds_to_zero);
    let digits_len = digits.len() as i64;

    // Output the slice [vdigits_start, vdigits_end) of the digits padded with zeros both ways.
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alternate {
                vdigits_end = precision;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exponent = 0;
    if use_exp {
        exponent = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    let min_end = if !use_exp && flags.add_dot_0 { decpt + 1 } else { decpt };
    vdigits_end = vdigits_end.max(min_end);
    if 3 + (vdigits_end - vdigits_start) + 5 > MAX_FORMATTED_LEN {
        return Err(memory_error());
    }

    let mut out = String::with_capacity((8 + vdigits_end - vdigits_start) as usize);
    if negative {
        out.push('-');
    }
    if decpt <= 0 {
        push_repeated(&mut out, '0', decpt - vdigits_start);
        out.push('.');
        push_repeated(&mut out, '0', -decpt);
    } else {
        push_repeated(&mut out, '0', -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if digits_len < decpt {
        push_repeated(&mut out, '0', decpt - digits_len);
        out.push('.');
        push_repeated(&mut out, '0', vdigits_end - decpt);
    } else {
        push_repeated(&mut out, '0', vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alternate {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        let _ = write!(out, "{}{:02}", if exponent < 0 { '-' } else { '+' }, exponent.abs());
    }
    Ok(out)
}

/// `repr(x)` (and `str(x)`) for a float: shortest round-trip digits, positional for exponents
/// in -4..16 with at least one digit after the point, otherwise scientific (`1e+16`, `1e-05`);
/// `inf`, `-inf`, `nan`, `-0.0`.
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags { add_dot_0: true, ..DtoaFlags::default() };
    double_to_string(x, 'r', 0, flags).unwrap_or_else(|_| unreachable!("a float repr is at most 24 characters"))
}

// The format-spec mini-language.

/// Thousands separators requested by a format spec.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Grouping {
    None,
    /// `,`: a comma every three digits.
    Comma,
    /// `_` with a decimal presentation: an underscore every three digits.
    Underscore,
    /// `_` with `b`, `o`, `x` or `X`: an underscore every four digits.
    UnderscoreEveryFour,
}

impl Grouping {
    /// The spec character that asked for this grouping.
    fn spec_char(self) -> char {
        if self == Grouping::Comma {
            ','
        } else {
            '_'
        }
    }
}

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug)]
struct FormatSpec {
    fill: char,
    /// One of `<`, `>`, `=`, `^`.
    align: char,
    /// `+`, `-`, ` `, or `\0` when not given.
    sign: char,
    no_negative_zero: bool,
    alternate: bool,
    /// -1 when not given.
    width: i64,
    grouping: Grouping,
    /// -1 when not given.
    precision: i64,
    /// The presentation type, `\0` when absent and the type has no default.
    kind: char,
}

/// The numeric value of a Unicode decimal digit (what `Py_UNICODE_TODECIMAL` accepts).
fn decimal_digit_value(c: char) -> Option<i64> {
    if c.is_ascii_digit() {
        return Some(i64::from(c as u32 - '0' as u32));
    }
    let cp = c as u32;
    let run = DECIMAL_DIGIT_ZEROS.partition_point(|&zero| zero <= cp).checked_sub(1)?;
    let value = cp - DECIMAL_DIGIT_ZEROS[run];
    (value < 10).then_some(i64::from(value))
}

/// Reads a run of decimal digits at `*pos`; `None` when there are none.
fn parse_spec_integer(chars: &[char], pos: &mut usize) -> Result<Option<i64>, FmtError> {
    let start = *pos;
    let mut value: i64 = 0;
    while let Some(digit) = chars.get(*pos).and_then(|&c| decimal_digit_value(c)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit))
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

/// How CPython names a presentation type in messages: the character, or `\x..` when it is not
/// a printable ASCII character other than space.
fn describe_code(code: char) -> String {
    if (33..128).contains(&(code as u32)) {
        code.to_string()
    } else {
        format!("\\x{:x}", code as u32)
    }
}

fn unknown_code(code: char, type_name: &str) -> FmtError {
    value_error(format!("Unknown format code '{}' for object of type '{}'", describe_code(code), type_name))
}

/// CPython's `parse_internal_render_format_spec`: everything that can be checked without
/// knowing the value's type beyond its name.
fn parse_spec(spec: &str, default_kind: char, default_align: char, type_name: &str) -> Result<FormatSpec, FmtError> {
    let chars: Vec<char> = spec.chars().collect();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut parsed = FormatSpec {
        fill: ' ',
        align: default_align,
        sign: '\0',
        no_negative_zero: false,
        alternate: false,
        width: -1,
        grouping: Grouping::None,
        precision: -1,
        kind: default_kind,
    };
    let mut pos = 0;
    let mut fill_given = false;
    let mut align_given = false;
    if chars.len() >= 2 && is_align(chars[1]) {
        parsed.fill = chars[0];
        parsed.align = chars[1];
        fill_given = true;
        align_given = true;
        pos = 2;
    } else if chars.first().is_some_and(|&c| is_align(c)) {
        parsed.align = chars[0];
        align_given = true;
        pos = 1;
    }
    let at = |pos: usize| chars.get(pos).copied();
    if let Some(sign @ ('+' | '-' | ' ')) = at(pos) {
        parsed.sign = sign;
        pos += 1;
    }
    if at(pos) == Some('z') {
        parsed.no_negative_zero = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        parsed.alternate = true;
        pos += 1;
    }
    if !fill_given && at(pos) == Some('0') {
        parsed.fill = '0';
        if !align_given && default_align == '>' {
            parsed.align = '=';
        }
        pos += 1;
    }
    parsed.width = parse_spec_integer(&chars, &mut pos)?.unwrap_or(-1);
    let both_separators = || value_error("Cannot specify both ',' and '_'.");
    if at(pos) == Some(',') {
        parsed.grouping = Grouping::Comma;
        pos += 1;
    }
    if at(pos) == Some('_') {
        if parsed.grouping != Grouping::None {
            return Err(both_separators());
        }
        parsed.grouping = Grouping::Underscore;
        pos += 1;
    }
    if at(pos) == Some(',') && parsed.grouping == Grouping::Underscore {
        return Err(both_separators());
    }
    if at(pos) == Some('.') {
        pos += 1;
        parsed.precision =
            parse_spec_integer(&chars, &mut pos)?.ok_or_else(|| value_error("Format specifier missing precision"))?;
    }
    match chars.len() - pos {
        0 => {}
        1 => parsed.kind = chars[pos],
        _ => {
            return Err(value_error(format!("Invalid format specifier '{spec}' for object of type '{type_name}'")));
        }
    }
    if parsed.grouping != Grouping::None {
        match parsed.kind {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if parsed.grouping == Grouping::Underscore => {
                parsed.grouping = Grouping::UnderscoreEveryFour;
            }
            kind => {
                let separator = parsed.grouping.spec_char();
                return Err(value_error(format!("Cannot specify '{separator}' with '{}'.", describe_code(kind))));
            }
        }
    }
    Ok(parsed)
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: `digits` with separators inserted, zero
/// padded on the left (zeros are grouped too) to at least `min_width` characters.
fn group_digits(digits: &str, min_width: i64, grouping: Grouping) -> String {
    let (group_len, separator) = match grouping {
        Grouping::None => (0, ','),
        Grouping::Comma => (3, ','),
        Grouping::Underscore => (3, '_'),
        Grouping::UnderscoreEveryFour => (4, '_'),
    };
    let digits = digits.as_bytes();
    let mut reversed: Vec<u8> = Vec::with_capacity(digits.len() + min_width.max(0) as usize);
    let mut digits_end = digits.len();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    let mut use_separator = false;
    // Emits one group, right to left: separator, then digits, then the zeros left of them.
    let mut emit = |len: i64, remaining: i64, use_separator: bool, reversed: &mut Vec<u8>| {
        let zeros = (len - remaining).max(0);
        let taken = remaining.min(len).max(0) as usize;
        if use_separator {
            reversed.push(separator as u8);
        }
        reversed.extend(digits[digits_end - taken..digits_end].iter().rev());
        digits_end -= taken;
        reversed.extend(std::iter::repeat_n(b'0', zeros as usize));
        taken as i64
    };
    let mut finished = false;
    if group_len > 0 {
        loop {
            let len = remaining.max(min_width).max(1).min(group_len);
            remaining -= emit(len, remaining, use_separator, &mut reversed);
            use_separator = true;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let len = remaining.max(min_width).max(1);
        emit(len, remaining, use_separator, &mut reversed);
    }
    reversed.reverse();
    String::from_utf8(reversed).unwrap_or_default()
}

/// The pieces of a formatted number, without its sign.
struct NumberParts<'a> {
    negative: bool,
    /// `0x`, `0o`, `0b` (or `0X`) with `#`.
    prefix: &'a str,
    /// The integer digits, grouped and zero padded; empty for `c`, `inf` and `nan`.
    digits: &'a str,
    /// Whether a decimal point follows the digits.
    has_decimal: bool,
    /// Everything after the digits and point: fraction, exponent, `%`, `inf`, or the `c` character.
    remainder: &'a str,
    grouping: Grouping,
}

/// CPython's `calc_number_widths` + `fill_number`: sign, prefix, padding and grouping.
fn render_number(spec: &FormatSpec, parts: &NumberParts) -> Result<String, FmtError> {
    if spec.width > MAX_FORMATTED_LEN {
        return Err(memory_error());
    }
    let sign = match spec.sign {
        '+' => Some(if parts.negative { '-' } else { '+' }),
        ' ' => Some(if parts.negative { '-' } else { ' ' }),
        _ => parts.negative.then_some('-'),
    };
    let non_digit_len = i64::from(sign.is_some())
        + parts.prefix.len() as i64
        + i64::from(parts.has_decimal)
        + parts.remainder.chars().count() as i64;
    let min_width = if spec.fill == '0' && spec.align == '=' { spec.width - non_digit_len } else { 0 };
    let grouped =
        if parts.digits.is_empty() { String::new() } else { group_digits(parts.digits, min_width, parts.grouping) };
    let padding = (spec.width - (non_digit_len + grouped.len() as i64)).max(0);
    let (left, inner, right) = match spec.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::with_capacity((non_digit_len + grouped.len() as i64 + padding) as usize);
    push_repeated(&mut out, spec.fill, left);
    out.extend(sign);
    out.push_str(parts.prefix);
    push_repeated(&mut out, spec.fill, inner);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_repeated(&mut out, spec.fill, right);
    Ok(out)
}

/// The character for code point `value` (`%c`, format type `c`), with CPython's range error.
fn char_from_code(value: i64) -> Result<char, FmtError> {
    if !(0..=0x10FFFF).contains(&value) {
        return Err(overflow_error("%c arg not in range(0x110000)"));
    }
    char::from_u32(value as u32).ok_or_else(|| {
        FmtError::new(
            "UnicodeEncodeError",
            format!("'utf-8' codec can't encode character '\\u{value:x}' in position 0: surrogates not allowed"),
        )
    })
}

/// `format(v, spec)` for an int.
pub fn format_int(v: i64, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    format_integer_typed(v, spec, "int")
}

/// `format(v, spec)` for a bool: the empty spec gives `True`/`False`, any other formats 1/0 as
/// an int (errors name the type `bool`).
pub fn format_bool(v: bool, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(bool_text(v).to_string());
    }
    format_integer_typed(i64::from(v), spec, "bool")
}

/// `int.__format__` with a non-empty spec, for a value whose type is named `type_name`.
fn format_integer_typed(v: i64, spec: &str, type_name: &str) -> Result<String, FmtError> {
    let spec = parse_spec(spec, 'd', '>', type_name)?;
    match spec.kind {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_integer_spec(v, &spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_spec(v as f64, &spec),
        kind => Err(unknown_code(kind, type_name)),
    }
}

/// CPython's `format_long_internal`.
fn format_integer_spec(v: i64, spec: &FormatSpec) -> Result<String, FmtError> {
    if spec.precision != -1 {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    if spec.no_negative_zero {
        return Err(value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if spec.kind == 'c' {
        if spec.sign != '\0' {
            return Err(value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let ch = char_from_code(v)?.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &ch,
            grouping: Grouping::None,
        };
        return render_number(spec, &parts);
    }
    let magnitude = v.unsigned_abs();
    let (digits, prefix) = match spec.kind {
        'b' => (format!("{magnitude:b}"), "0b"),
        'o' => (format!("{magnitude:o}"), "0o"),
        'x' => (format!("{magnitude:x}"), "0x"),
        'X' => (format!("{magnitude:X}"), "0X"),
        _ => (magnitude.to_string(), ""),
    };
    let parts = NumberParts {
        negative: v < 0,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
        grouping: if spec.kind == 'n' { Grouping::None } else { spec.grouping },
    };
    render_number(spec, &parts)
}

/// `format(v, spec)` for a float.
pub fn format_float(v: f64, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(float_repr(v));
    }
    let spec = parse_spec(spec, '\0', '>', "float")?;
    match spec.kind {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_spec(v, &spec),
        kind => Err(unknown_code(kind, "float")),
    }
}

/// CPython's `format_float_internal`.
fn format_float_spec(value: f64, spec: &FormatSpec) -> Result<String, FmtError> {
    if spec.precision > i64::from(i32::MAX) {
        return Err(value_error("precision too big"));
    }
    let mut flags = DtoaFlags { add_dot_0: false, alternate: spec.alternate, no_negative_zero: spec.no_negative_zero };
    let mut code = spec.kind;
    let mut default_precision = 6;
    if code == '\0' {
        // Like repr, or like 'g' but keeping a '.0' when a precision is given.
        flags.add_dot_0 = true;
        code = 'r';
        default_precision = 0;
    }
    if code == 'n' {
        code = 'g';
    }
    let mut value = value;
    let percent = code == '%';
    if percent {
        code = 'f';
        value *= 100.0;
    }
    let precision = if spec.precision < 0 {
        default_precision
    } else {
        if code == 'r' {
            code = 'g';
        }
        spec.precision
    };
    let mut text = double_to_string(value, code, precision, flags)?;
    if percent {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let integer_len = body.bytes().take_while(u8::is_ascii_digit).count();
    let after_digits = &body[integer_len..];
    let (has_decimal, remainder) = match after_digits.strip_prefix('.') {
        Some(rest) => (true, rest),
        None => (false, after_digits),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits: &body[..integer_len],
        has_decimal,
        remainder,
        grouping: if spec.kind == 'n' { Grouping::None } else { spec.grouping },
    };
    render_number(spec, &parts)
}

/// `format(v, spec)` for a str: type `s` (or none), fill/align/width, precision truncates.
pub fn format_str(v: &str, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let spec = parse_spec(spec, 's', '<', "str")?;
    if spec.kind != 's' {
        return Err(unknown_code(spec.kind, "str"));
    }
    match spec.sign {
        ' ' => return Err(value_error("Space not allowed in string format specifier")),
        '+' | '-' => return Err(value_error("Sign not allowed in string format specifier")),
        _ => {}
    }
    if spec.no_negative_zero {
        return Err(value_error("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == '=' {
        return Err(value_error("'=' alignment not allowed in string format specifier"));
    }
    let mut len = v.chars().count() as i64;
    if (spec.width == -1 || spec.width <= len) && (spec.precision == -1 || spec.precision >= len) {
        return Ok(v.to_string());
    }
    if spec.width > MAX_FORMATTED_LEN {
        return Err(memory_error());
    }
    let mut text = v;
    if spec.precision >= 0 && len >= spec.precision {
        len = spec.precision;
        text = v.char_indices().nth(len as usize).map_or(v, |(end, _)| &v[..end]);
    }
    let total = spec.width.max(len);
    let left = match spec.align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(text.len() + (total - len) as usize);
    push_repeated(&mut out, spec.fill, left);
    out.push_str(text);
    push_repeated(&mut out, spec.fill, total - len - left);
    Ok(out)
}

// repr(), ascii() and isprintable().

/// `str.isprintable()` for one character (what `repr` leaves unescaped): false for categories
/// Cc, Cf, Cs, Co, Cn, Zl, Zp and for Zs other than the ASCII space.
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x7F {
        return cp >= 0x20;
    }
    NON_PRINTABLE_RANGES
        .binary_search_by(|&(low, high)| {
            if high < cp {
                Ordering::Less
            } else if low > cp {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .is_err()
}

/// Appends `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for `c`, the shortest that fits.
fn push_code_point_escape(out: &mut String, c: char) {
    let cp = c as u32;
    let _ = match cp {
        0..=0xFF => write!(out, "\\x{cp:02x}"),
        0x100..=0xFFFF => write!(out, "\\u{cp:04x}"),
        _ => write!(out, "\\U{cp:08x}"),
    };
}

/// `repr(s)` for a str: single quotes unless the text has a `'` and no `"`; backslash, the
/// quote, `\t \n \r` escaped, other non-printable characters as `\x..`, `\u....`, `\U........`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => push_code_point_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// What `ascii()` does to a repr: every non-ASCII character becomes `\xhh`, `\uhhhh` or
/// `\Uhhhhhhhh` (the `backslashreplace` error handler).
pub fn escape_non_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_code_point_escape(&mut out, c);
        }
    }
    out
}

/// `ascii(s)` for a str: its repr with every non-ASCII character escaped.
pub fn ascii_repr(s: &str) -> String {
    escape_non_ascii(&str_repr(s))
}

// printf-style formatting: fmt % args.

/// One parsed `%` conversion.
struct Conversion {
    left_justify: bool,
    plus: bool,
    blank: bool,
    alternate: bool,
    zero: bool,
    /// -1 when not given.
    width: i64,
    /// -1 when not given.
    precision: i64,
    /// The conversion character.
    code: char,
}

/// The state of CPython's `unicode_formatter_t`, whose character counting it mirrors so that
/// truncated specs fail exactly where CPython's do.
struct PercentFormatter<'f, 'a> {
    chars: Vec<char>,
    pos: usize,
    /// `fmtcnt`: characters left, decremented before each read.
    left: i64,
    args: &'f [FmtArg<'a>],
    next_arg: usize,
    out: String,
}

/// `fmt % args`, with `args` the tuple's items (a single non-tuple operand is a one-item slice).
/// Mapping keys (`%(name)s`) are not supported and fail as they do for a tuple operand.
pub fn percent_format(fmt: &str, args: &[FmtArg]) -> Result<String, FmtError> {
    let chars: Vec<char> = fmt.chars().collect();
    let left = chars.len() as i64;
    let mut formatter = PercentFormatter { chars, pos: 0, left, args, next_arg: 0, out: String::new() };
    formatter.run()?;
    Ok(formatter.out)
}

impl<'f, 'a> PercentFormatter<'f, 'a> {
    fn char_at(&self, pos: usize) -> char {
        self.chars.get(pos).copied().unwrap_or('\0')
    }

    /// CPython's `--fmtcnt >= 0` followed by reading the next character into `code`.
    fn step(&mut self, code: &mut char) -> bool {
        self.left -= 1;
        if self.left < 0 {
            return false;
        }
        *code = self.chars[self.pos];
        self.pos += 1;
        true
    }

    fn run(&mut self) -> Result<(), FmtError> {
        loop {
            self.left -= 1;
            if self.left < 0 {
                break;
            }
            if self.chars[self.pos] == '%' {
                self.pos += 1;
                self.format_one()?;
                continue;
            }
            let start = self.pos;
            self.pos += 1;
            while self.left >= 0 && self.char_at(self.pos) != '%' {
                self.pos += 1;
                self.left -= 1;
            }
            if self.left < 0 {
                self.pos -= 1;
            }
            self.out.extend(&self.chars[start..self.pos]);
        }
        if self.next_arg < self.args.len() {
            return Err(type_error("not all arguments converted during string formatting"));
        }
        Ok(())
    }

    fn next_arg(&mut self) -> Result<&'f FmtArg<'a>, FmtError> {
        let args: &'f [FmtArg<'a>] = self.args;
        let arg = args.get(self.next_arg).ok_or_else(|| type_error("not enough arguments for format string"))?;
        self.next_arg += 1;
        Ok(arg)
    }

    /// A `*` width or precision: the next argument, which must be an int.
    fn star_arg(&mut self) -> Result<i64, FmtError> {
        match *self.next_arg()? {
            FmtArg::Int(v) => Ok(v),
            FmtArg::Bool(b) => Ok(i64::from(b)),
            _ => Err(type_error("* wants int")),
        }
    }

    /// CPython's `unicode_format_arg_parse`: flags, width, precision, length modifier.
    fn parse_conversion(&mut self) -> Result<Conversion, FmtError> {
        let mut conv = Conversion {
            left_justify: false,
            plus: false,
            blank: false,
            alternate: false,
            zero: false,
            width: -1,
            precision: -1,
            code: self.char_at(self.pos),
        };
        let mut code = conv.code;
        if code == '(' {
            return Err(type_error("format requires a mapping"));
        }
        while self.step(&mut code) {
            match code {
                '-' => conv.left_justify = true,
                '+' => conv.plus = true,
                ' ' => conv.blank = true,
                '#' => conv.alternate = true,
                '0' => conv.zero = true,
                _ => break,
            }
        }
        if code == '*' {
            let width = self.star_arg()?;
            if width < 0 {
                conv.left_justify = true;
            }
            // Like CPython's `-width`: -i64::MIN stays negative, which means no padding.
            conv.width = width.wrapping_abs();
            self.step(&mut code);
        } else if code.is_ascii_digit() {
            conv.width = i64::from(code as u32 - '0' as u32);
            while self.step(&mut code) && code.is_ascii_digit() {
                conv.width = conv
                    .width
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(i64::from(code as u32 - '0' as u32)))
                    .ok_or_else(|| value_error("width too big"))?;
            }
        }
        if code == '.' {
            conv.precision = 0;
            self.step(&mut code);
            if code == '*' {
                let precision = self.star_arg()?;
                if i32::try_from(precision).is_err() {
                    return Err(overflow_error("Python int too large to convert to C int"));
                }
                conv.precision = precision.max(0);
                self.step(&mut code);
            } else if code.is_ascii_digit() {
                conv.precision = i64::from(code as u32 - '0' as u32);
                while self.step(&mut code) && code.is_ascii_digit() {
                    conv.precision = conv.precision * 10 + i64::from(code as u32 - '0' as u32);
                    if conv.precision > i64::from(i32::MAX) {
                        return Err(value_error("precision too big"));
                    }
                }
            }
        }
        if self.left >= 0 && matches!(code, 'h' | 'l' | 'L') {
            self.step(&mut code);
        }
        if self.left < 0 {
            return Err(value_error("incomplete format"));
        }
        conv.code = code;
        Ok(conv)
    }

    /// CPython's `unicode_format_arg`: one `%...` conversion, `self.pos` just past the `%`.
    fn format_one(&mut self) -> Result<(), FmtError> {
        if self.char_at(self.pos) == '%' {
            self.pos += 1;
            self.left -= 1;
            self.out.push('%');
            return Ok(());
        }
        let conv = self.parse_conversion()?;
        let index = self.pos - 1;
        let arg = self.next_arg()?;
        let (text, numeric) = match conv.code {
            's' => (arg.to_str(), false),
            'r' => (arg.to_repr(), false),
            'a' => (escape_non_ascii(&arg.to_repr()), false),
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => (percent_integer(arg, &conv)?, true),
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => (percent_float(arg, &conv)?, true),
            'c' => (percent_char(arg)?.to_string(), false),
            code => {
                let shown = if (31..=126).contains(&(code as u32)) { code } else { '?' };
                return Err(value_error(format!(
                    "unsupported format character '{shown}' (0x{:x}) at index {index}",
                    code as u32
                )));
            }
        };
        write_conversion(&mut self.out, &conv, &text, numeric)
    }
}

/// `%c`: an int code point or a one-character str.
fn percent_char(arg: &FmtArg) -> Result<char, FmtError> {
    let requires = || type_error("%c requires int or char");
    match *arg {
        FmtArg::Str(s) => {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(requires()),
            }
        }
        FmtArg::Int(v) => char_from_code(v),
        FmtArg::Bool(b) => char_from_code(i64::from(b)),
        _ => Err(requires()),
    }
}

/// `%d %i %u %o %x %X`: CPython's `mainformatlong` + `_PyUnicode_FormatLong`.
fn percent_integer(arg: &FmtArg, conv: &Conversion) -> Result<String, FmtError> {
    let code = conv.code;
    let wants_index = matches!(code, 'o' | 'x' | 'X');
    let (negative, magnitude): (bool, u64) = match *arg {
        FmtArg::Int(v) => (v < 0, v.unsigned_abs()),
        FmtArg::Bool(b) => (false, u64::from(b)),
        FmtArg::Float(_) if wants_index => {
            return Err(type_error(format!("%{code} format: an integer is required, not float")));
        }
        FmtArg::Float(x) if x.is_nan() => return Err(value_error("cannot convert float NaN to integer")),
        FmtArg::Float(x) if x.is_infinite() => {
            return Err(overflow_error("cannot convert float infinity to integer"));
        }
        FmtArg::Float(x) => {
            // int(x): the exact integer part, which may not fit in 64 bits.
            let truncated = x.trunc();
            let digits = format!("{:.0}", truncated.abs());
            return pad_integer_digits(truncated < 0.0, "", &digits, conv.precision);
        }
        _ if wants_index => {
            return Err(type_error(format!("%{code} format: an integer is required, not {}", arg.type_name())));
        }
        _ => return Err(type_error(format!("%{code} format: a real number is required, not {}", arg.type_name()))),
    };
    let (digits, prefix) = match code {
        'o' => (format!("{magnitude:o}"), "0o"),
        'x' => (format!("{magnitude:x}"), "0x"),
        'X' => (format!("{magnitude:X}"), "0X"),
        _ => (magnitude.to_string(), ""),
    };
    pad_integer_digits(negative, if conv.alternate { prefix } else { "" }, &digits, conv.precision)
}

/// Sign, prefix, then `digits` zero padded to `precision` digits.
fn pad_integer_digits(negative: bool, prefix: &str, digits: &str, precision: i64) -> Result<String, FmtError> {
    if precision > i64::from(i32::MAX) - 3 {
        return Err(overflow_error("precision too large"));
    }
    if precision > MAX_FORMATTED_LEN {
        return Err(memory_error());
    }
    let mut out = String::with_capacity(3 + digits.len().max(precision.max(0) as usize));
    if negative {
        out.push('-');
    }
    out.push_str(prefix);
    push_repeated(&mut out, '0', precision - digits.len() as i64);
    out.push_str(digits);
    Ok(out)
}

/// `%e %E %f %F %g %G`: CPython's `formatfloat`.
fn percent_float(arg: &FmtArg, conv: &Conversion) -> Result<String, FmtError> {
    let value = match *arg {
        FmtArg::Float(x) => x,
        FmtArg::Int(v) => v as f64,
        FmtArg::Bool(b) => f64::from(u8::from(b)),
        _ => return Err(type_error(format!("must be real number, not {}", arg.type_name()))),
    };
    let precision = if conv.precision < 0 { 6 } else { conv.precision };
    let flags = DtoaFlags { alternate: conv.alternate, ..DtoaFlags::default() };
    double_to_string(value, conv.code, precision, flags)
}

/// CPython's `unicode_format_arg_output`: truncation, sign, `0x` prefix, padding.
fn write_conversion(out: &mut String, conv: &Conversion, text: &str, numeric: bool) -> Result<(), FmtError> {
    let fill = if numeric && conv.zero { '0' } else { ' ' };
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len() as i64;
    if matches!(conv.code, 's' | 'r' | 'a') && conv.precision >= 0 && len > conv.precision {
        len = conv.precision;
    }
    let mut start = 0usize;
    let mut sign = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign = Some(c);
                len -= 1;
                start = 1;
            }
            _ if conv.plus => sign = Some('+'),
            _ if conv.blank => sign = Some(' '),
            _ => {}
        }
    }
    let mut width = conv.width.max(len);
    if width > MAX_FORMATTED_LEN {
        return Err(memory_error());
    }
    let has_prefix = conv.alternate && matches!(conv.code, 'x' | 'X' | 'o');
    if let Some(sign) = sign {
        if fill != ' ' {
            out.push(sign);
        }
        if width > len {
            width -= 1;
        }
    }
    if has_prefix {
        if fill != ' ' {
            out.extend(&chars[start..start + 2]);
            start += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !conv.left_justify {
        push_repeated(out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        out.extend(sign);
        if has_prefix {
            out.extend(&chars[start..start + 2]);
            start += 2;
        }
    }
    out.extend(&chars[start..start + len.max(0) as usize]);
    push_repeated(out, ' ', width - len);
    Ok(())
}

/// Inclusive ranges of the code points `str.isprintable()` rejects (Unicode 14.0.0, as in CPython 3.11):
/// categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs except U+0020. Generated from `unicodedata`.
#[rustfmt::skip]
const NON_PRINTABLE_RANGES: [(u32, u32); 701] = [
    (0x0, 0x1F), (0x7F, 0xA0), (0xAD, 0xAD), (0x378, 0x379), (0x380, 0x383), (0x38B, 0x38B), (0x38D, 0x38D),
    (0x3A2, 0x3A2), (0x530, 0x530), (0x557, 0x558), (0x58B, 0x58C), (0x590, 0x590), (0x5C8, 0x5CF), (0x5EB, 0x5EE),
    (0x5F5, 0x605), (0x61C, 0x61C), (0x6DD, 0x6DD), (0x70E, 0x70F), (0x74B, 0x74C), (0x7B2, 0x7BF), (0x7FB, 0x7FC),
    (0x82E, 0x82F), (0x83F, 0x83F), (0x85C, 0x85D), (0x85F, 0x85F), (0x86B, 0x86F), (0x88F, 0x897), (0x8E2, 0x8E2),
    (0x984, 0x984), (0x98D, 0x98E), (0x991, 0x992), (0x9A9, 0x9A9), (0x9B1, 0x9B1), (0x9B3, 0x9B5), (0x9BA, 0x9BB),
    (0x9C5, 0x9C6), (0x9C9, 0x9CA), (0x9CF, 0x9D6), (0x9D8, 0x9DB), (0x9DE, 0x9DE), (0x9E4, 0x9E5), (0x9FF, 0xA00),
    (0xA04, 0xA04), (0xA0B, 0xA0E), (0xA11, 0xA12), (0xA29, 0xA29), (0xA31, 0xA31), (0xA34, 0xA34), (0xA37, 0xA37),
    (0xA3A, 0xA3B), (0xA3D, 0xA3D), (0xA43, 0xA46), (0xA49, 0xA4A), (0xA4E, 0xA50), (0xA52, 0xA58), (0xA5D, 0xA5D),
    (0xA5F, 0xA65), (0xA77, 0xA80), (0xA84, 0xA84), (0xA8E, 0xA8E), (0xA92, 0xA92), (0xAA9, 0xAA9), (0xAB1, 0xAB1),
    (0xAB4, 0xAB4), (0xABA, 0xABB), (0xAC6, 0xAC6), (0xACA, 0xACA), (0xACE, 0xACF), (0xAD1, 0xADF), (0xAE4, 0xAE5),
    (0xAF2, 0xAF8), (0xB00, 0xB00), (0xB04, 0xB04), (0xB0D, 0xB0E), (0xB11, 0xB12), (0xB29, 0xB29), (0xB31, 0xB31),
    (0xB34, 0xB34), (0xB3A, 0xB3B), (0xB45, 0xB46), (0xB49, 0xB4A), (0xB4E, 0xB54), (0xB58, 0xB5B), (0xB5E, 0xB5E),
    (0xB64, 0xB65), (0xB78, 0xB81), (0xB84, 0xB84), (0xB8B, 0xB8D), (0xB91, 0xB91), (0xB96, 0xB98), (0xB9B, 0xB9B),
    (0xB9D, 0xB9D), (0xBA0, 0xBA2), (0xBA5, 0xBA7), (0xBAB, 0xBAD), (0xBBA, 0xBBD), (0xBC3, 0xBC5), (0xBC9, 0xBC9),
    (0xBCE, 0xBCF), (0xBD1, 0xBD6), (0xBD8, 0xBE5), (0xBFB, 0xBFF), (0xC0D, 0xC0D), (0xC11, 0xC11), (0xC29, 0xC29),
    (0xC3A, 0xC3B), (0xC45, 0xC45), (0xC49, 0xC49), (0xC4E, 0xC54), (0xC57, 0xC57), (0xC5B, 0xC5C), (0xC5E, 0xC5F),
    (0xC64, 0xC65), (0xC70, 0xC76), (0xC8D, 0xC8D), (0xC91, 0xC91), (0xCA9, 0xCA9), (0xCB4, 0xCB4), (0xCBA, 0xCBB),
    (0xCC5, 0xCC5), (0xCC9, 0xCC9), (0xCCE, 0xCD4), (0xCD7, 0xCDC), (0xCDF, 0xCDF), (0xCE4, 0xCE5), (0xCF0, 0xCF0),
    (0xCF3, 0xCFF), (0xD0D, 0xD0D), (0xD11, 0xD11), (0xD45, 0xD45), (0xD49, 0xD49), (0xD50, 0xD53), (0xD64, 0xD65),
    (0xD80, 0xD80), (0xD84, 0xD84), (0xD97, 0xD99), (0xDB2, 0xDB2), (0xDBC, 0xDBC), (0xDBE, 0xDBF), (0xDC7, 0xDC9),
    (0xDCB, 0xDCE), (0xDD5, 0xDD5), (0xDD7, 0xDD7), (0xDE0, 0xDE5), (0xDF0, 0xDF1), (0xDF5, 0xE00), (0xE3B, 0xE3E),
    (0xE5C, 0xE80), (0xE83, 0xE83), (0xE85, 0xE85), (0xE8B, 0xE8B), (0xEA4, 0xEA4), (0xEA6, 0xEA6), (0xEBE, 0xEBF),
    (0xEC5, 0xEC5), (0xEC7, 0xEC7), (0xECE, 0xECF), (0xEDA, 0xEDB), (0xEE0, 0xEFF), (0xF48, 0xF48), (0xF6D, 0xF70),
    (0xF98, 0xF98), (0xFBD, 0xFBD), (0xFCD, 0xFCD), (0xFDB, 0xFFF), (0x10C6, 0x10C6), (0x10C8, 0x10CC),
    (0x10CE, 0x10CF), (0x1249, 0x1249), (0x124E, 0x124F), (0x1257, 0x1257), (0x1259, 0x1259), (0x125E, 0x125F),
    (0x1289, 0x1289), (0x128E, 0x128F), (0x12B1, 0x12B1), (0x12B6, 0x12B7), (0x12BF, 0x12BF), (0x12C1, 0x12C1),
    (0x12C6, 0x12C7), (0x12D7, 0x12D7), (0x1311, 0x1311), (0x1316, 0x1317), (0x135B, 0x135C), (0x137D, 0x137F),
    (0x139A, 0x139F), (0x13F6, 0x13F7), (0x13FE, 0x13FF), (0x1680, 0x1680), (0x169D, 0x169F), (0x16F9, 0x16FF),
    (0x1716, 0x171E), (0x1737, 0x173F), (0x1754, 0x175F), (0x176D, 0x176D), (0x1771, 0x1771), (0x1774, 0x177F),
    (0x17DE, 0x17DF), (0x17EA, 0x17EF), (0x17FA, 0x17FF), (0x180E, 0x180E), (0x181A, 0x181F), (0x1879, 0x187F),
    (0x18AB, 0x18AF), (0x18F6, 0x18FF), (0x191F, 0x191F), (0x192C, 0x192F), (0x193C, 0x193F), (0x1941, 0x1943),
    (0x196E, 0x196F), (0x1975, 0x197F), (0x19AC, 0x19AF), (0x19CA, 0x19CF), (0x19DB, 0x19DD), (0x1A1C, 0x1A1D),
    (0x1A5F, 0x1A5F), (0x1A7D, 0x1A7E), (0x1A8A, 0x1A8F), (0x1A9A, 0x1A9F), (0x1AAE, 0x1AAF), (0x1ACF, 0x1AFF),
    (0x1B4D, 0x1B4F), (0x1B7F, 0x1B7F), (0x1BF4, 0x1BFB), (0x1C38, 0x1C3A), (0x1C4A, 0x1C4C), (0x1C89, 0x1C8F),
    (0x1CBB, 0x1CBC), (0x1CC8, 0x1CCF), (0x1CFB, 0x1CFF), (0x1F16, 0x1F17), (0x1F1E, 0x1F1F), (0x1F46, 0x1F47),
    (0x1F4E, 0x1F4F), (0x1F58, 0x1F58), (0x1F5A, 0x1F5A), (0x1F5C, 0x1F5C), (0x1F5E, 0x1F5E), (0x1F7E, 0x1F7F),
    (0x1FB5, 0x1FB5), (0x1FC5, 0x1FC5), (0x1FD4, 0x1FD5), (0x1FDC, 0x1FDC), (0x1FF0, 0x1FF1), (0x1FF5, 0x1FF5),
    (0x1FFF, 0x200F), (0x2028, 0x202F), (0x205F, 0x206F), (0x2072, 0x2073), (0x208F, 0x208F), (0x209D, 0x209F),
    (0x20C1, 0x20CF), (0x20F1, 0x20FF), (0x218C, 0x218F), (0x2427, 0x243F), (0x244B, 0x245F), (0x2B74, 0x2B75),
    (0x2B96, 0x2B96), (0x2CF4, 0x2CF8), (0x2D26, 0x2D26), (0x2D28, 0x2D2C), (0x2D2E, 0x2D2F), (0x2D68, 0x2D6E),
    (0x2D71, 0x2D7E), (0x2D97, 0x2D9F), (0x2DA7, 0x2DA7), (0x2DAF, 0x2DAF), (0x2DB7, 0x2DB7), (0x2DBF, 0x2DBF),
    (0x2DC7, 0x2DC7), (0x2DCF, 0x2DCF), (0x2DD7, 0x2DD7), (0x2DDF, 0x2DDF), (0x2E5E, 0x2E7F), (0x2E9A, 0x2E9A),
    (0x2EF4, 0x2EFF), (0x2FD6, 0x2FEF), (0x2FFC, 0x3000), (0x3040, 0x3040), (0x3097, 0x3098), (0x3100, 0x3104),
    (0x3130, 0x3130), (0x318F, 0x318F), (0x31E4, 0x31EF), (0x321F, 0x321F), (0xA48D, 0xA48F), (0xA4C7, 0xA4CF),
    (0xA62C, 0xA63F), (0xA6F8, 0xA6FF), (0xA7CB, 0xA7CF), (0xA7D2, 0xA7D2), (0xA7D4, 0xA7D4), (0xA7DA, 0xA7F1),
    (0xA82D, 0xA82F), (0xA83A, 0xA83F), (0xA878, 0xA87F), (0xA8C6, 0xA8CD), (0xA8DA, 0xA8DF), (0xA954, 0xA95E),
    (0xA97D, 0xA97F), (0xA9CE, 0xA9CE), (0xA9DA, 0xA9DD), (0xA9FF, 0xA9FF), (0xAA37, 0xAA3F), (0xAA4E, 0xAA4F),
    (0xAA5A, 0xAA5B), (0xAAC3, 0xAADA), (0xAAF7, 0xAB00), (0xAB07, 0xAB08), (0xAB0F, 0xAB10), (0xAB17, 0xAB1F),
    (0xAB27, 0xAB27), (0xAB2F, 0xAB2F), (0xAB6C, 0xAB6F), (0xABEE, 0xABEF), (0xABFA, 0xABFF), (0xD7A4, 0xD7AF),
    (0xD7C7, 0xD7CA), (0xD7FC, 0xF8FF), (0xFA6E, 0xFA6F), (0xFADA, 0xFAFF), (0xFB07, 0xFB12), (0xFB18, 0xFB1C),
    (0xFB37, 0xFB37), (0xFB3D, 0xFB3D), (0xFB3F, 0xFB3F), (0xFB42, 0xFB42), (0xFB45, 0xFB45), (0xFBC3, 0xFBD2),
    (0xFD90, 0xFD91), (0xFDC8, 0xFDCE), (0xFDD0, 0xFDEF), (0xFE1A, 0xFE1F), (0xFE53, 0xFE53), (0xFE67, 0xFE67),
    (0xFE6C, 0xFE6F), (0xFE75, 0xFE75), (0xFEFD, 0xFF00), (0xFFBF, 0xFFC1), (0xFFC8, 0xFFC9), (0xFFD0, 0xFFD1),
    (0xFFD8, 0xFFD9), (0xFFDD, 0xFFDF), (0xFFE7, 0xFFE7), (0xFFEF, 0xFFFB), (0xFFFE, 0xFFFF), (0x1000C, 0x1000C),
    (0x10027, 0x10027), (0x1003B, 0x1003B), (0x1003E, 0x1003E), (0x1004E, 0x1004F), (0x1005E, 0x1007F),
    (0x100FB, 0x100FF), (0x10103, 0x10106), (0x10134, 0x10136), (0x1018F, 0x1018F), (0x1019D, 0x1019F),
    (0x101A1, 0x101CF), (0x101FE, 0x1027F), (0x1029D, 0x1029F), (0x102D1, 0x102DF), (0x102FC, 0x102FF),
    (0x10324, 0x1032C), (0x1034B, 0x1034F), (0x1037B, 0x1037F), (0x1039E, 0x1039E), (0x103C4, 0x103C7),
    (0x103D6, 0x103FF), (0x1049E, 0x1049F), (0x104AA, 0x104AF), (0x104D4, 0x104D7), (0x104FC, 0x104FF),
    (0x10528, 0x1052F), (0x10564, 0x1056E), (0x1057B, 0x1057B), (0x1058B, 0x1058B), (0x10593, 0x10593),
    (0x10596, 0x10596), (0x105A2, 0x105A2), (0x105B2, 0x105B2), (0x105BA, 0x105BA), (0x105BD, 0x105FF),
    (0x10737, 0x1073F), (0x10756, 0x1075F), (0x10768, 0x1077F), (0x10786, 0x10786), (0x107B1, 0x107B1),
    (0x107BB, 0x107FF), (0x10806, 0x10807), (0x10809, 0x10809), (0x10836, 0x10836), (0x10839, 0x1083B),
    (0x1083D, 0x1083E), (0x10856, 0x10856), (0x1089F, 0x108A6), (0x108B0, 0x108DF), (0x108F3, 0x108F3),
    (0x108F6, 0x108FA), (0x1091C, 0x1091E), (0x1093A, 0x1093E), (0x10940, 0x1097F), (0x109B8, 0x109BB),
    (0x109D0, 0x109D1), (0x10A04, 0x10A04), (0x10A07, 0x10A0B), (0x10A14, 0x10A14), (0x10A18, 0x10A18),
    (0x10A36, 0x10A37), (0x10A3B, 0x10A3E), (0x10A49, 0x10A4F), (0x10A59, 0x10A5F), (0x10AA0, 0x10ABF),
    (0x10AE7, 0x10AEA), (0x10AF7, 0x10AFF), (0x10B36, 0x10B38), (0x10B56, 0x10B57), (0x10B73, 0x10B77),
    (0x10B92, 0x10B98), (0x10B9D, 0x10BA8), (0x10BB0, 0x10BFF), (0x10C49, 0x10C7F), (0x10CB3, 0x10CBF),
    (0x10CF3, 0x10CF9), (0x10D28, 0x10D2F), (0x10D3A, 0x10E5F), (0x10E7F, 0x10E7F), (0x10EAA, 0x10EAA),
    (0x10EAE, 0x10EAF), (0x10EB2, 0x10EFF), (0x10F28, 0x10F2F), (0x10F5A, 0x10F6F), (0x10F8A, 0x10FAF),
    (0x10FCC, 0x10FDF), (0x10FF7, 0x10FFF), (0x1104E, 0x11051), (0x11076, 0x1107E), (0x110BD, 0x110BD),
    (0x110C3, 0x110CF), (0x110E9, 0x110EF), (0x110FA, 0x110FF), (0x11135, 0x11135), (0x11148, 0x1114F),
    (0x11177, 0x1117F), (0x111E0, 0x111E0), (0x111F5, 0x111FF), (0x11212, 0x11212), (0x1123F, 0x1127F),
    (0x11287, 0x11287), (0x11289, 0x11289), (0x1128E, 0x1128E), (0x1129E, 0x1129E), (0x112AA, 0x112AF),
    (0x112EB, 0x112EF), (0x112FA, 0x112FF), (0x11304, 0x11304), (0x1130D, 0x1130E), (0x11311, 0x11312),
    (0x11329, 0x11329), (0x11331, 0x11331), (0x11334, 0x11334), (0x1133A, 0x1133A), (0x11345, 0x11346),
    (0x11349, 0x1134A), (0x1134E, 0x1134F), (0x11351, 0x11356), (0x11358, 0x1135C), (0x11364, 0x11365),
    (0x1136D, 0x1136F), (0x11375, 0x113FF), (0x1145C, 0x1145C), (0x11462, 0x1147F), (0x114C8, 0x114CF),
    (0x114DA, 0x1157F), (0x115B6, 0x115B7), (0x115DE, 0x115FF), (0x11645, 0x1164F), (0x1165A, 0x1165F),
    (0x1166D, 0x1167F), (0x116BA, 0x116BF), (0x116CA, 0x116FF), (0x1171B, 0x1171C), (0x1172C, 0x1172F),
    (0x11747, 0x117FF), (0x1183C, 0x1189F), (0x118F3, 0x118FE), (0x11907, 0x11908), (0x1190A, 0x1190B),
    (0x11914, 0x11914), (0x11917, 0x11917), (0x11936, 0x11936), (0x11939, 0x1193A), (0x11947, 0x1194F),
    (0x1195A, 0x1199F), (0x119A8, 0x119A9), (0x119D8, 0x119D9), (0x119E5, 0x119FF), (0x11A48, 0x11A4F),
    (0x11AA3, 0x11AAF), (0x11AF9, 0x11BFF), (0x11C09, 0x11C09), (0x11C37, 0x11C37), (0x11C46, 0x11C4F),
    (0x11C6D, 0x11C6F), (0x11C90, 0x11C91), (0x11CA8, 0x11CA8), (0x11CB7, 0x11CFF), (0x11D07, 0x11D07),
    (0x11D0A, 0x11D0A), (0x11D37, 0x11D39), (0x11D3B, 0x11D3B), (0x11D3E, 0x11D3E), (0x11D48, 0x11D4F),
    (0x11D5A, 0x11D5F), (0x11D66, 0x11D66), (0x11D69, 0x11D69), (0x11D8F, 0x11D8F), (0x11D92, 0x11D92),
    (0x11D99, 0x11D9F), (0x11DAA, 0x11EDF), (0x11EF9, 0x11FAF), (0x11FB1, 0x11FBF), (0x11FF2, 0x11FFE),
    (0x1239A, 0x123FF), (0x1246F, 0x1246F), (0x12475, 0x1247F), (0x12544, 0x12F8F), (0x12FF3, 0x12FFF),
    (0x1342F, 0x143FF), (0x14647, 0x167FF), (0x16A39, 0x16A3F), (0x16A5F, 0x16A5F), (0x16A6A, 0x16A6D),
    (0x16ABF, 0x16ABF), (0x16ACA, 0x16ACF), (0x16AEE, 0x16AEF), (0x16AF6, 0x16AFF), (0x16B46, 0x16B4F),
    (0x16B5A, 0x16B5A), (0x16B62, 0x16B62), (0x16B78, 0x16B7C), (0x16B90, 0x16E3F), (0x16E9B, 0x16EFF),
    (0x16F4B, 0x16F4E), (0x16F88, 0x16F8E), (0x16FA0, 0x16FDF), (0x16FE5, 0x16FEF), (0x16FF2, 0x16FFF),
    (0x187F8, 0x187FF), (0x18CD6, 0x18CFF), (0x18D09, 0x1AFEF), (0x1AFF4, 0x1AFF4), (0x1AFFC, 0x1AFFC),
    (0x1AFFF, 0x1AFFF), (0x1B123, 0x1B14F), (0x1B153, 0x1B163), (0x1B168, 0x1B16F), (0x1B2FC, 0x1BBFF),
    (0x1BC6B, 0x1BC6F), (0x1BC7D, 0x1BC7F), (0x1BC89, 0x1BC8F), (0x1BC9A, 0x1BC9B), (0x1BCA0, 0x1CEFF),
    (0x1CF2E, 0x1CF2F), (0x1CF47, 0x1CF4F), (0x1CFC4, 0x1CFFF), (0x1D0F6, 0x1D0FF), (0x1D127, 0x1D128),
    (0x1D173, 0x1D17A), (0x1D1EB, 0x1D1FF), (0x1D246, 0x1D2DF), (0x1D2F4, 0x1D2FF), (0x1D357, 0x1D35F),
    (0x1D379, 0x1D3FF), (0x1D455, 0x1D455), (0x1D49D, 0x1D49D), (0x1D4A0, 0x1D4A1), (0x1D4A3, 0x1D4A4),
    (0x1D4A7, 0x1D4A8), (0x1D4AD, 0x1D4AD), (0x1D4BA, 0x1D4BA), (0x1D4BC, 0x1D4BC), (0x1D4C4, 0x1D4C4),
    (0x1D506, 0x1D506), (0x1D50B, 0x1D50C), (0x1D515, 0x1D515), (0x1D51D, 0x1D51D), (0x1D53A, 0x1D53A),
    (0x1D53F, 0x1D53F), (0x1D545, 0x1D545), (0x1D547, 0x1D549), (0x1D551, 0x1D551), (0x1D6A6, 0x1D6A7),
    (0x1D7CC, 0x1D7CD), (0x1DA8C, 0x1DA9A), (0x1DAA0, 0x1DAA0), (0x1DAB0, 0x1DEFF), (0x1DF1F, 0x1DFFF),
    (0x1E007, 0x1E007), (0x1E019, 0x1E01A), (0x1E022, 0x1E022), (0x1E025, 0x1E025), (0x1E02B, 0x1E0FF),
    (0x1E12D, 0x1E12F), (0x1E13E, 0x1E13F), (0x1E14A, 0x1E14D), (0x1E150, 0x1E28F), (0x1E2AF, 0x1E2BF),
    (0x1E2FA, 0x1E2FE), (0x1E300, 0x1E7DF), (0x1E7E7, 0x1E7E7), (0x1E7EC, 0x1E7EC), (0x1E7EF, 0x1E7EF),
    (0x1E7FF, 0x1E7FF), (0x1E8C5, 0x1E8C6), (0x1E8D7, 0x1E8FF), (0x1E94C, 0x1E94F), (0x1E95A, 0x1E95D),
    (0x1E960, 0x1EC70), (0x1ECB5, 0x1ED00), (0x1ED3E, 0x1EDFF), (0x1EE04, 0x1EE04), (0x1EE20, 0x1EE20),
    (0x1EE23, 0x1EE23), (0x1EE25, 0x1EE26), (0x1EE28, 0x1EE28), (0x1EE33, 0x1EE33), (0x1EE38, 0x1EE38),
    (0x1EE3A, 0x1EE3A), (0x1EE3C, 0x1EE41), (0x1EE43, 0x1EE46), (0x1EE48, 0x1EE48), (0x1EE4A, 0x1EE4A),
    (0x1EE4C, 0x1EE4C), (0x1EE50, 0x1EE50), (0x1EE53, 0x1EE53), (0x1EE55, 0x1EE56), (0x1EE58, 0x1EE58),
    (0x1EE5A, 0x1EE5A), (0x1EE5C, 0x1EE5C), (0x1EE5E, 0x1EE5E), (0x1EE60, 0x1EE60), (0x1EE63, 0x1EE63),
    (0x1EE65, 0x1EE66), (0x1EE6B, 0x1EE6B), (0x1EE73, 0x1EE73), (0x1EE78, 0x1EE78), (0x1EE7D, 0x1EE7D),
    (0x1EE7F, 0x1EE7F), (0x1EE8A, 0x1EE8A), (0x1EE9C, 0x1EEA0), (0x1EEA4, 0x1EEA4), (0x1EEAA, 0x1EEAA),
    (0x1EEBC, 0x1EEEF), (0x1EEF2, 0x1EFFF), (0x1F02C, 0x1F02F), (0x1F094, 0x1F09F), (0x1F0AF, 0x1F0B0),
    (0x1F0C0, 0x1F0C0), (0x1F0D0, 0x1F0D0), (0x1F0F6, 0x1F0FF), (0x1F1AE, 0x1F1E5), (0x1F203, 0x1F20F),
    (0x1F23C, 0x1F23F), (0x1F249, 0x1F24F), (0x1F252, 0x1F25F), (0x1F266, 0x1F2FF), (0x1F6D8, 0x1F6DC),
    (0x1F6ED, 0x1F6EF), (0x1F6FD, 0x1F6FF), (0x1F774, 0x1F77F), (0x1F7D9, 0x1F7DF), (0x1F7EC, 0x1F7EF),
    (0x1F7F1, 0x1F7FF), (0x1F80C, 0x1F80F), (0x1F848, 0x1F84F), (0x1F85A, 0x1F85F), (0x1F888, 0x1F88F),
    (0x1F8AE, 0x1F8AF), (0x1F8B2, 0x1F8FF), (0x1FA54, 0x1FA5F), (0x1FA6E, 0x1FA6F), (0x1FA75, 0x1FA77),
    (0x1FA7D, 0x1FA7F), (0x1FA87, 0x1FA8F), (0x1FAAD, 0x1FAAF), (0x1FABB, 0x1FABF), (0x1FAC6, 0x1FACF),
    (0x1FADA, 0x1FADF), (0x1FAE8, 0x1FAEF), (0x1FAF7, 0x1FAFF), (0x1FB93, 0x1FB93), (0x1FBCB, 0x1FBEF),
    (0x1FBFA, 0x1FFFF), (0x2A6E0, 0x2A6FF), (0x2B739, 0x2B73F), (0x2B81E, 0x2B81F), (0x2CEA2, 0x2CEAF),
    (0x2EBE1, 0x2F7FF), (0x2FA1E, 0x2FFFF), (0x3134B, 0xE00FF), (0xE01F0, 0x10FFFF),
];

/// The digit zero of every run of Unicode decimal digits (category Nd), which CPython accepts
/// in format-spec widths and precisions; each run holds the digits 0-9 in order.
#[rustfmt::skip]
const DECIMAL_DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
    0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0,
    0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60,
    0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The tables below were printed by CPython 3.11 itself (`format(v, spec)`, `fmt % args`, `repr`,
/// `ascii`), so every expected string and error message is CPython's.
#[cfg(test)]
mod tests {
    use super::*;

    /// Compares a result with an expected (exception class, text): an empty class means success
    /// with that text, otherwise the error's message.
    fn check(what: &str, got: Result<String, FmtError>, exc: &str, text: &str) -> bool {
        let ok = match &got {
            Ok(out) => exc.is_empty() && out == text,
            Err(err) => err.exc == exc && err.msg == text,
        };
        if !ok {
            eprintln!("MISMATCH {what}: got {got:?}, want {exc:?} {text:?}");
        }
        ok
    }

    fn run_table<T: std::fmt::Debug + Copy>(
        cases: &[(T, &str, &str, &str)],
        format: impl Fn(T, &str) -> Result<String, FmtError>,
    ) {
        let failures = cases
            .iter()
            .filter(|&&(value, spec, exc, text)| !check(&format!("{value:?} {spec:?}"), format(value, spec), exc, text))
            .count();
        assert_eq!(failures, 0, "{failures} of {} cases differ from CPython", cases.len());
    }

    #[test]
    fn format_int_matches_cpython() {
        run_table(INT_CASES, format_int);
    }

    #[test]
    fn format_bool_matches_cpython() {
        run_table(BOOL_CASES, format_bool);
    }

    #[test]
    fn format_float_matches_cpython() {
        run_table(FLOAT_CASES, format_float);
    }

    #[test]
    fn format_str_matches_cpython() {
        run_table(STR_CASES, format_str);
    }

    #[test]
    fn float_repr_matches_cpython() {
        let failures = FLOAT_REPR_CASES
            .iter()
            .filter(|&&(x, want)| !check(&format!("{x:?}"), Ok(float_repr(x)), "", want))
            .count();
        assert_eq!(failures, 0);
    }

    #[test]
    fn str_repr_and_ascii_match_cpython() {
        for &(s, repr, ascii) in STR_REPR_CASES {
            assert_eq!(str_repr(s), repr, "repr of {s:?}");
            assert_eq!(ascii_repr(s), ascii, "ascii of {s:?}");
        }
    }

    #[test]
    fn percent_format_matches_cpython() {
        let cases = percent_cases();
        let failures = cases
            .iter()
            .filter(|(fmt, args, exc, text)| {
                !check(&format!("{fmt:?} % {args:?}"), percent_format(fmt, args), exc, text)
            })
            .count();
        assert_eq!(failures, 0, "{failures} of {} cases differ from CPython", cases.len());
    }

    #[test]
    fn huge_sizes_fail_without_allocating() {
        let memory = Err(FmtError { exc: "MemoryError", msg: String::new() });
        assert_eq!(format_float(1.0, ".2000000000f"), memory);
        assert_eq!(format_float(1.0, "#.2000000000g"), memory);
        assert_eq!(format_float(1.0, ".2000000000e"), memory);
        assert_eq!(format_int(1, "2000000000"), memory);
        assert_eq!(format_str("a", "2000000000"), memory);
        assert_eq!(percent_format("%.2000000000f", &[FmtArg::Float(1.0)]), memory);
        assert_eq!(percent_format("%2000000000d", &[FmtArg::Int(1)]), memory);
        assert_eq!(percent_format("%.2000000000d", &[FmtArg::Int(1)]), memory);
        assert_eq!(percent_format("%*s|", &[FmtArg::Int(i64::MIN), FmtArg::Str("a")]).as_deref(), Ok("a|"));
        // Only the digits that exist are materialised: a huge 'g' precision is cheap.
        assert_eq!(format_float(1.0, ".2000000000g").as_deref(), Ok("1"));
        assert_eq!(
            format_float(0.1, ".2000000000").as_deref(),
            Ok("0.1000000000000000055511151231257827021181583404541015625")
        );
    }

    #[test]
    fn printable_table_is_sorted_and_disjoint() {
        for pair in NON_PRINTABLE_RANGES.windows(2) {
            assert!(pair[0].0 <= pair[0].1 && pair[0].1 + 1 < pair[1].0, "{pair:?}");
        }
        assert!(is_printable(' ') && !is_printable('\u{a0}') && !is_printable('\u{10ffff}'));
    }

    #[rustfmt::skip]
    const INT_CASES: &[(i64, &str, &str, &str)] = &[
        (0, "", "", "0"),
        (0, "x", "", "0"),
        (0, "#b", "", "0b0"),
        (0, ",", "", "0"),
        (0, "_x", "", "0"),
        (0, "012,", "", "0,000,000,000"),
        (0, "+", "", "+0"),
        (0, "^10", "", "    0     "),
        (0, "e", "", "0.000000e+00"),
        (0, "%", "", "0.000000%"),
        (0, "#o", "", "0o0"),
        (0, "=+8", "", "+      0"),
        (1, "", "", "1"),
        (1, "x", "", "1"),
        (1, "#b", "", "0b1"),
        (1, ",", "", "1"),
        (1, "_x", "", "1"),
        (1, "012,", "", "0,000,000,001"),
        (1, "+", "", "+1"),
        (1, "^10", "", "    1     "),
        (1, "e", "", "1.000000e+00"),
        (1, "%", "", "100.000000%"),
        (1, "#o", "", "0o1"),
        (1, "=+8", "", "+      1"),
        (-1, "", "", "-1"),
        (-1, "x", "", "-1"),
        (-1, "#b", "", "-0b1"),
        (-1, ",", "", "-1"),
        (-1, "_x", "", "-1"),
        (-1, "012,", "", "-000,000,001"),
        (-1, "+", "", "-1"),
        (-1, "^10", "", "    -1    "),
        (-1, "e", "", "-1.000000e+00"),
        (-1, "%", "", "-100.000000%"),
        (-1, "#o", "", "-0o1"),
        (-1, "=+8", "", "-      1"),
        (5, "", "", "5"),
        (5, "d", "", "5"),
        (5, "b", "", "101"),
        (5, "o", "", "5"),
        (5, "x", "", "5"),
        (5, "X", "", "5"),
        (5, "n", "", "5"),
        (5, "#b", "", "0b101"),
        (5, "#o", "", "0o5"),
        (5, "#x", "", "0x5"),
        (5, "#X", "", "0X5"),
        (5, "010", "", "0000000005"),
        (5, "#010b", "", "0b00000101"),
        (5, "=+8", "", "+      5"),
        (5, "+", "", "+5"),
        (5, " ", "", " 5"),
        (5, "-", "", "5"),
        (5, "<10", "", "5         "),
        (5, ">10", "", "         5"),
        (5, "^10", "", "    5     "),
        (5, "*^11", "", "*****5*****"),
        (5, "0=10", "", "0000000005"),
        (5, ",", "", "5"),
        (5, "_", "", "5"),
        (5, "_x", "", "5"),
        (5, "_b", "", "101"),
        (5, "_o", "", "5"),
        (5, "#_x", "", "0x5"),
        (5, "#_X", "", "0X5"),
        (5, "012,", "", "0,000,000,005"),
        (5, "09,", "", "0,000,005"),
        (5, "010,", "", "00,000,005"),
        (5, "015_", "", "000_000_000_005"),
        (5, "+012_d", "", "+000_000_005"),
        (5, ",d", "", "5"),
        (5, "e", "", "5.000000e+00"),
        (5, ".2e", "", "5.00e+00"),
        (5, "E", "", "5.000000E+00"),
        (5, "f", "", "5.000000"),
        (5, ".2f", "", "5.00"),
        (5, ",.2f", "", "5.00"),
        (5, "g", "", "5"),
        (5, "G", "", "5"),
        (5, "%", "", "500.000000%"),
        (5, ".1%", "", "500.0%"),
        (5, "zf", "", "5.000000"),
        (5, "0<10,", "", "5000000000"),
        (5, ">+#10x", "", "      +0x5"),
        (5, "^#12_b", "", "   0b101    "),
        (5, "=#012x", "", "0x0000000005"),
        (5, "x=12,", "", "xxxxxxxxxxx5"),
        (5, " 08,", "", " 000,005"),
        (5, "+025_b", "", "+0000_0000_0000_0000_0101"),
        (5, "#022_o", "", "0o0_0000_0000_0000_0005"),
        (5, "040,", "", "0,000,000,000,000,000,000,000,000,000,005"),
        (5, "<#10o", "", "0o5       "),
        (5, "^-9", "", "    5    "),
        (5, "_<9,", "", "5________"),
        (-5, "", "", "-5"),
        (-5, "x", "", "-5"),
        (-5, "#b", "", "-0b101"),
        (-5, ",", "", "-5"),
        (-5, "_x", "", "-5"),
        (-5, "012,", "", "-000,000,005"),
        (-5, "+", "", "-5"),
        (-5, "^10", "", "    -5    "),
        (-5, "e", "", "-5.000000e+00"),
        (-5, "%", "", "-500.000000%"),
        (-5, "#o", "", "-0o5"),
        (-5, "=+8", "", "-      5"),
        (42, "", "", "42"),
        (42, "x", "", "2a"),
        (42, "#b", "", "0b101010"),
        (42, ",", "", "42"),
        (42, "_x", "", "2a"),
        (42, "012,", "", "0,000,000,042"),
        (42, "+", "", "+42"),
        (42, "^10", "", "    42    "),
        (42, "e", "", "4.200000e+01"),
        (42, "%", "", "4200.000000%"),
        (42, "#o", "", "0o52"),
        (42, "=+8", "", "+     42"),
        (255, "", "", "255"),
        (255, "x", "", "ff"),
        (255, "#b", "", "0b11111111"),
        (255, ",", "", "255"),
        (255, "_x", "", "ff"),
        (255, "012,", "", "0,000,000,255"),
        (255, "+", "", "+255"),
        (255, "^10", "", "   255    "),
        (255, "e", "", "2.550000e+02"),
        (255, "%", "", "25500.000000%"),
        (255, "#o", "", "0o377"),
        (255, "=+8", "", "+    255"),
        (-255, "", "", "-255"),
        (-255, "x", "", "-ff"),
        (-255, "#b", "", "-0b11111111"),
        (-255, ",", "", "-255"),
        (-255, "_x", "", "-ff"),
        (-255, "012,", "", "-000,000,255"),
        (-255, "+", "", "-255"),
        (-255, "^10", "", "   -255   "),
        (-255, "e", "", "-2.550000e+02"),
        (-255, "%", "", "-25500.000000%"),
        (-255, "#o", "", "-0o377"),
        (-255, "=+8", "", "-    255"),
        (1234, "", "", "1234"),
        (1234, "x", "", "4d2"),
        (1234, "#b", "", "0b10011010010"),
        (1234, ",", "", "1,234"),
        (1234, "_x", "", "4d2"),
        (1234, "012,", "", "0,000,001,234"),
        (1234, "+", "", "+1234"),
        (1234, "^10", "", "   1234   "),
        (1234, "e", "", "1.234000e+03"),
        (1234, "%", "", "123400.000000%"),
        (1234, "#o", "", "0o2322"),
        (1234, "=+8", "", "+   1234"),
        (-1234, "", "", "-1234"),
        (-1234, "d", "", "-1234"),
        (-1234, "b", "", "-10011010010"),
        (-1234, "o", "", "-2322"),
        (-1234, "x", "", "-4d2"),
        (-1234, "X", "", "-4D2"),
        (-1234, "n", "", "-1234"),
        (-1234, "#b", "", "-0b10011010010"),
        (-1234, "#o", "", "-0o2322"),
        (-1234, "#x", "", "-0x4d2"),
        (-1234, "#X", "", "-0X4D2"),
        (-1234, "010", "", "-000001234"),
        (-1234, "#010b", "", "-0b10011010010"),
        (-1234, "=+8", "", "-   1234"),
        (-1234, "+", "", "-1234"),
        (-1234, " ", "", "-1234"),
        (-1234, "-", "", "-1234"),
        (-1234, "<10", "", "-1234     "),
        (-1234, ">10", "", "     -1234"),
        (-1234, "^10", "", "  -1234   "),
        (-1234, "*^11", "", "***-1234***"),
        (-1234, "0=10", "", "-000001234"),
        (-1234, ",", "", "-1,234"),
        (-1234, "_", "", "-1_234"),
        (-1234, "_x", "", "-4d2"),
        (-1234, "_b", "", "-100_1101_0010"),
        (-1234, "_o", "", "-2322"),
        (-1234, "#_x", "", "-0x4d2"),
        (-1234, "#_X", "", "-0X4D2"),
        (-1234, "012,", "", "-000,001,234"),
        (-1234, "09,", "", "-0,001,234"),
        (-1234, "010,", "", "-0,001,234"),
        (-1234, "015_", "", "-00_000_001_234"),
        (-1234, "+012_d", "", "-000_001_234"),
        (-1234, ",d", "", "-1,234"),
        (-1234, "e", "", "-1.234000e+03"),
        (-1234, ".2e", "", "-1.23e+03"),
        (-1234, "E", "", "-1.234000E+03"),
        (-1234, "f", "", "-1234.000000"),
        (-1234, ".2f", "", "-1234.00"),
        (-1234, ",.2f", "", "-1,234.00"),
        (-1234, "g", "", "-1234"),
        (-1234, "G", "", "-1234"),
        (-1234, "%", "", "-123400.000000%"),
        (-1234, ".1%", "", "-123400.0%"),
        (-1234, "zf", "", "-1234.000000"),
        (-1234, "0<10,", "", "-1,2340000"),
        (-1234, ">+#10x", "", "    -0x4d2"),
        (-1234, "^#12_b", "", "-0b100_1101_0010"),
        (-1234, "=#012x", "", "-0x0000004d2"),
        (-1234, "x=12,", "", "-xxxxxx1,234"),
        (-1234, " 08,", "", "-001,234"),
        (-1234, "+025_b", "", "-0000_0000_0100_1101_0010"),
        (-1234, "#022_o", "", "-0o0000_0000_0000_2322"),
        (-1234, "040,", "", "-000,000,000,000,000,000,000,000,001,234"),
        (-1234, "<#10o", "", "-0o2322   "),
        (-1234, "^-9", "", "  -1234  "),
        (-1234, "_<9,", "", "-1,234___"),
        (1234567, "", "", "1234567"),
        (1234567, "d", "", "1234567"),
        (1234567, "b", "", "100101101011010000111"),
        (1234567, "o", "", "4553207"),
        (1234567, "x", "", "12d687"),
        (1234567, "X", "", "12D687"),
        (1234567, "n", "", "1234567"),
        (1234567, "#b", "", "0b100101101011010000111"),
        (1234567, "#o", "", "0o4553207"),
        (1234567, "#x", "", "0x12d687"),
        (1234567, "#X", "", "0X12D687"),
        (1234567, "010", "", "0001234567"),
        (1234567, "#010b", "", "0b100101101011010000111"),
        (1234567, "=+8", "", "+1234567"),
        (1234567, "+", "", "+1234567"),
        (1234567, " ", "", " 1234567"),
        (1234567, "-", "", "1234567"),
        (1234567, "<10", "", "1234567   "),
        (1234567, ">10", "", "   1234567"),
        (1234567, "^10", "", " 1234567  "),
        (1234567, "*^11", "", "**1234567**"),
        (1234567, "0=10", "", "0001234567"),
        (1234567, ",", "", "1,234,567"),
        (1234567, "_", "", "1_234_567"),
        (1234567, "_x", "", "12_d687"),
        (1234567, "_b", "", "1_0010_1101_0110_1000_0111"),
        (1234567, "_o", "", "455_3207"),
        (1234567, "#_x", "", "0x12_d687"),
        (1234567, "#_X", "", "0X12_D687"),
        (1234567, "012,", "", "0,001,234,567"),
        (1234567, "09,", "", "1,234,567"),
        (1234567, "010,", "", "01,234,567"),
        (1234567, "015_", "", "000_001_234_567"),
        (1234567, "+012_d", "", "+001_234_567"),
        (1234567, ",d", "", "1,234,567"),
        (1234567, "e", "", "1.234567e+06"),
        (1234567, ".2e", "", "1.23e+06"),
        (1234567, "E", "", "1.234567E+06"),
        (1234567, "f", "", "1234567.000000"),
        (1234567, ".2f", "", "1234567.00"),
        (1234567, ",.2f", "", "1,234,567.00"),
        (1234567, "g", "", "1.23457e+06"),
        (1234567, "G", "", "1.23457E+06"),
        (1234567, "%", "", "123456700.000000%"),
        (1234567, ".1%", "", "123456700.0%"),
        (1234567, "zf", "", "1234567.000000"),
        (1234567, "0<10,", "", "1,234,5670"),
        (1234567, ">+#10x", "", " +0x12d687"),
        (1234567, "^#12_b", "", "0b1_0010_1101_0110_1000_0111"),
        (1234567, "=#012x", "", "0x000012d687"),
        (1234567, "x=12,", "", "xxx1,234,567"),
        (1234567, " 08,", "", " 1,234,567"),
        (1234567, "+025_b", "", "+1_0010_1101_0110_1000_0111"),
        (1234567, "#022_o", "", "0o0_0000_0000_0455_3207"),
        (1234567, "040,", "", "0,000,000,000,000,000,000,000,001,234,567"),
        (1234567, "<#10o", "", "0o4553207 "),
        (1234567, "^-9", "", " 1234567 "),
        (1234567, "_<9,", "", "1,234,567"),
        (-98765432, "", "", "-98765432"),
        (-98765432, "x", "", "-5e30a78"),
        (-98765432, "#b", "", "-0b101111000110000101001111000"),
        (-98765432, ",", "", "-98,765,432"),
        (-98765432, "_x", "", "-5e3_0a78"),
        (-98765432, "012,", "", "-098,765,432"),
        (-98765432, "+", "", "-98765432"),
        (-98765432, "^10", "", "-98765432 "),
        (-98765432, "e", "", "-9.876543e+07"),
        (-98765432, "%", "", "-9876543200.000000%"),
        (-98765432, "#o", "", "-0o570605170"),
        (-98765432, "=+8", "", "-98765432"),
        (2147483648, "", "", "2147483648"),
        (2147483648, "x", "", "80000000"),
        (2147483648, "#b", "", "0b10000000000000000000000000000000"),
        (2147483648, ",", "", "2,147,483,648"),
        (2147483648, "_x", "", "8000_0000"),
        (2147483648, "012,", "", "2,147,483,648"),
        (2147483648, "+", "", "+2147483648"),
        (2147483648, "^10", "", "2147483648"),
        (2147483648, "e", "", "2.147484e+09"),
        (2147483648, "%", "", "214748364800.000000%"),
        (2147483648, "#o", "", "0o20000000000"),
        (2147483648, "=+8", "", "+2147483648"),
        (9223372036854775807, "", "", "9223372036854775807"),
        (9223372036854775807, "x", "", "7fffffffffffffff"),
        (9223372036854775807, "#b", "", "0b111111111111111111111111111111111111111111111111111111111111111"),
        (9223372036854775807, ",", "", "9,223,372,036,854,775,807"),
        (9223372036854775807, "_x", "", "7fff_ffff_ffff_ffff"),
        (9223372036854775807, "012,", "", "9,223,372,036,854,775,807"),
        (9223372036854775807, "+", "", "+9223372036854775807"),
        (9223372036854775807, "^10", "", "9223372036854775807"),
        (9223372036854775807, "e", "", "9.223372e+18"),
        (9223372036854775807, "%", "", "922337203685477580800.000000%"),
        (9223372036854775807, "#o", "", "0o777777777777777777777"),
        (9223372036854775807, "=+8", "", "+9223372036854775807"),
        (i64::MIN, "", "", "-9223372036854775808"),
        (i64::MIN, "d", "", "-9223372036854775808"),
        (i64::MIN, "b", "", "-1000000000000000000000000000000000000000000000000000000000000000"),
        (i64::MIN, "o", "", "-1000000000000000000000"),
        (i64::MIN, "x", "", "-8000000000000000"),
        (i64::MIN, "X", "", "-8000000000000000"),
        (i64::MIN, "n", "", "-9223372036854775808"),
        (i64::MIN, "#b", "", "-0b1000000000000000000000000000000000000000000000000000000000000000"),
        (i64::MIN, "#o", "", "-0o1000000000000000000000"),
        (i64::MIN, "#x", "", "-0x8000000000000000"),
        (i64::MIN, "#X", "", "-0X8000000000000000"),
        (i64::MIN, "010", "", "-9223372036854775808"),
        (i64::MIN, "#010b", "", "-0b1000000000000000000000000000000000000000000000000000000000000000"),
        (i64::MIN, "=+8", "", "-9223372036854775808"),
        (i64::MIN, "+", "", "-9223372036854775808"),
        (i64::MIN, " ", "", "-9223372036854775808"),
        (i64::MIN, "-", "", "-9223372036854775808"),
        (i64::MIN, "<10", "", "-9223372036854775808"),
        (i64::MIN, ">10", "", "-9223372036854775808"),
        (i64::MIN, "^10", "", "-9223372036854775808"),
        (i64::MIN, "*^11", "", "-9223372036854775808"),
        (i64::MIN, "0=10", "", "-9223372036854775808"),
        (i64::MIN, ",", "", "-9,223,372,036,854,775,808"),
        (i64::MIN, "_", "", "-9_223_372_036_854_775_808"),
        (i64::MIN, "_x", "", "-8000_0000_0000_0000"),
        (i64::MIN, "_b", "", "-1000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"),
        (i64::MIN, "_o", "", "-10_0000_0000_0000_0000_0000"),
        (i64::MIN, "#_x", "", "-0x8000_0000_0000_0000"),
        (i64::MIN, "#_X", "", "-0X8000_0000_0000_0000"),
        (i64::MIN, "012,", "", "-9,223,372,036,854,775,808"),
        (i64::MIN, "09,", "", "-9,223,372,036,854,775,808"),
        (i64::MIN, "010,", "", "-9,223,372,036,854,775,808"),
        (i64::MIN, "015_", "", "-9_223_372_036_854_775_808"),
        (i64::MIN, "+012_d", "", "-9_223_372_036_854_775_808"),
        (i64::MIN, ",d", "", "-9,223,372,036,854,775,808"),
        (i64::MIN, "e", "", "-9.223372e+18"),
        (i64::MIN, ".2e", "", "-9.22e+18"),
        (i64::MIN, "E", "", "-9.223372E+18"),
        (i64::MIN, "f", "", "-9223372036854775808.000000"),
        (i64::MIN, ".2f", "", "-9223372036854775808.00"),
        (i64::MIN, ",.2f", "", "-9,223,372,036,854,775,808.00"),
        (i64::MIN, "g", "", "-9.22337e+18"),
        (i64::MIN, "G", "", "-9.22337E+18"),
        (i64::MIN, "%", "", "-922337203685477580800.000000%"),
        (i64::MIN, ".1%", "", "-922337203685477580800.0%"),
        (i64::MIN, "zf", "", "-9223372036854775808.000000"),
        (i64::MIN, "0<10,", "", "-9,223,372,036,854,775,808"),
        (i64::MIN, ">+#10x", "", "-0x8000000000000000"),
        (i64::MIN, "^#12_b", "", "-0b1000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"),
        (i64::MIN, "=#012x", "", "-0x8000000000000000"),
        (i64::MIN, "x=12,", "", "-9,223,372,036,854,775,808"),
        (i64::MIN, " 08,", "", "-9,223,372,036,854,775,808"),
        (i64::MIN, "+025_b", "", "-1000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"),
        (i64::MIN, "#022_o", "", "-0o10_0000_0000_0000_0000_0000"),
        (i64::MIN, "040,", "", "-000,000,000,009,223,372,036,854,775,808"),
        (i64::MIN, "<#10o", "", "-0o1000000000000000000000"),
        (i64::MIN, "^-9", "", "-9223372036854775808"),
        (i64::MIN, "_<9,", "", "-9,223,372,036,854,775,808"),
        (1234, "_x", "", "4d2"),
        (255, "#010b", "", "0b11111111"),
        (-5, "=+8", "", "-      5"),
        (123, "g", "", "123"),
        (3, "%", "", "300.000000%"),
        (1234567, ",.2f", "", "1,234,567.00"),
        (0, "#x", "", "0x0"),
        (1, ".2d", "ValueError", "Precision not allowed in integer format specifier"),
        (1, ",c", "ValueError", "Cannot specify ',' with 'c'."),
        (1, "z.1f", "", "1.0"),
        (1000000000000000, "_d", "", "1_000_000_000_000_000"),
        (-1, "#b", "", "-0b1"),
        (4611686018427387904, "_X", "", "4000_0000_0000_0000"),
        (65, "c", "", "A"),
        (0, "c", "", "\u{0}"),
        (8364, "c", "", "\u{20ac}"),
        (128512, "c", "", "\u{1f600}"),
        (1114111, "c", "", "\u{10ffff}"),
        (1114112, "c", "OverflowError", "%c arg not in range(0x110000)"),
        (-1, "c", "OverflowError", "%c arg not in range(0x110000)"),
        (65, "5c", "", "    A"),
        (65, "<5c", "", "A    "),
        (65, "^5c", "", "  A  "),
        (65, "05c", "", "0000A"),
        (65, "*>4c", "", "***A"),
        (65, ",c", "ValueError", "Cannot specify ',' with 'c'."),
        (65, "_c", "ValueError", "Cannot specify '_' with 'c'."),
        (65, "+c", "ValueError", "Sign not allowed with integer format specifier 'c'"),
        (65, "#c", "ValueError", "Alternate form (#) not allowed with integer format specifier 'c'"),
        (65, ".2c", "ValueError", "Precision not allowed in integer format specifier"),
        (65, "zc", "ValueError", "Negative zero coercion (z) not allowed in integer format specifier"),
        (65, " c", "ValueError", "Sign not allowed with integer format specifier 'c'"),
        (65, "=5c", "", "    A"),
        (7, "z", "ValueError", "Negative zero coercion (z) not allowed in integer format specifier"),
        (-7, "z", "ValueError", "Negative zero coercion (z) not allowed in integer format specifier"),
        (-7, "zd", "ValueError", "Negative zero coercion (z) not allowed in integer format specifier"),
        (-7, ".2d", "ValueError", "Precision not allowed in integer format specifier"),
        (-7, ".2", "ValueError", "Precision not allowed in integer format specifier"),
        (7, ",x", "ValueError", "Cannot specify ',' with 'x'."),
        (-7, ",x", "ValueError", "Cannot specify ',' with 'x'."),
        (-7, ",b", "ValueError", "Cannot specify ',' with 'b'."),
        (-7, ",o", "ValueError", "Cannot specify ',' with 'o'."),
        (-7, ",n", "ValueError", "Cannot specify ',' with 'n'."),
        (7, "_n", "ValueError", "Cannot specify '_' with 'n'."),
        (-7, "_n", "ValueError", "Cannot specify '_' with 'n'."),
        (-7, "y", "ValueError", "Unknown format code 'y' for object of type 'int'"),
        (-7, "s", "ValueError", "Unknown format code 's' for object of type 'int'"),
        (-7, "xx", "ValueError", "Invalid format specifier 'xx' for object of type 'int'"),
        (7, ",_", "ValueError", "Cannot specify both ',' and '_'."),
        (-7, ",_", "ValueError", "Cannot specify both ',' and '_'."),
        (-7, "_,", "ValueError", "Cannot specify both ',' and '_'."),
        (-7, ",,", "ValueError", "Cannot specify ',' with ','."),
        (-7, ".", "ValueError", "Format specifier missing precision"),
        (7, ".x", "ValueError", "Format specifier missing precision"),
        (-7, ".x", "ValueError", "Format specifier missing precision"),
        (-7, "x<05", "", "-7xxx"),
        (-7, "0", "", "-7"),
        (-7, "00", "", "-7"),
        (7, "\u{663}", "", "  7"),
        (-7, "\u{663}", "", " -7"),
        (-7, "\u{663}\u{663}", "", "                               -7"),
        (-7, "\u{663}.\u{662}f", "", "-7.00"),
        (-7, ", ", "ValueError", "Cannot specify ',' with '\\x20'."),
        (7, "\u{1}", "ValueError", "Unknown format code '\\x1' for object of type 'int'"),
        (-7, "\u{1}", "ValueError", "Unknown format code '\\x1' for object of type 'int'"),
        (-7, "=", "", "-7"),
        (-7, "^", "", "-7"),
        (-7, "<<", "", "-7"),
        (7, "99999999999999999999", "ValueError", "Too many decimal digits in format string"),
        (-7, "99999999999999999999", "ValueError", "Too many decimal digits in format string"),
        (-7, "9223372036854775807", "MemoryError", ""),
        (-7, ".9999999999999999999f", "ValueError", "Too many decimal digits in format string"),
        (-7, ".3000000000f", "ValueError", "precision too big"),
        (7, "1,000", "ValueError", "Invalid format specifier '1,000' for object of type 'int'"),
        (-7, "1,000", "ValueError", "Invalid format specifier '1,000' for object of type 'int'"),
        (-7, "+-", "ValueError", "Unknown format code '-' for object of type 'int'"),
        (-7, "Z", "ValueError", "Unknown format code 'Z' for object of type 'int'"),
        (-7, "\u{20ac}", "ValueError", "Unknown format code '\\x20ac' for object of type 'int'"),
        (7, "%x", "ValueError", "Invalid format specifier '%x' for object of type 'int'"),
        (-7, "%x", "ValueError", "Invalid format specifier '%x' for object of type 'int'"),
        (-7, "F", "", "-7.000000"),
        (-7, ".0e", "", "-7e+00"),
        (-7, "n,", "ValueError", "Invalid format specifier 'n,' for object of type 'int'"),
        (7, "=^10", "", "====7====="),
        (-7, "=^10", "", "====-7===="),
        (-7, ".%", "ValueError", "Format specifier missing precision"),
    ];

    #[rustfmt::skip]
    const BOOL_CASES: &[(bool, &str, &str, &str)] = &[
        (true, "", "", "True"),
        (true, "d", "", "1"),
        (true, ">5", "", "    1"),
        (true, "x", "", "1"),
        (true, "#x", "", "0x1"),
        (true, "f", "", "1.000000"),
        (true, ".2f", "", "1.00"),
        (true, "c", "", "\u{1}"),
        (true, "s", "ValueError", "Unknown format code 's' for object of type 'bool'"),
        (true, "y", "ValueError", "Unknown format code 'y' for object of type 'bool'"),
        (true, "xx", "ValueError", "Invalid format specifier 'xx' for object of type 'bool'"),
        (true, "+", "", "+1"),
        (true, ",", "", "1"),
        (true, "%", "", "100.000000%"),
        (true, "n", "", "1"),
        (true, "e", "", "1.000000e+00"),
        (true, "b", "", "1"),
        (true, "05", "", "00001"),
        (true, "^7", "", "   1   "),
        (true, ".2", "ValueError", "Precision not allowed in integer format specifier"),
        (true, "z", "ValueError", "Negative zero coercion (z) not allowed in integer format specifier"),
        (false, "", "", "False"),
        (false, "d", "", "0"),
        (false, ">5", "", "    0"),
        (false, "x", "", "0"),
        (false, "#x", "", "0x0"),
        (false, "f", "", "0.000000"),
        (false, ".2f", "", "0.00"),
        (false, "c", "", "\u{0}"),
        (false, "s", "ValueError", "Unknown format code 's' for object of type 'bool'"),
        (false, "y", "ValueError", "Unknown format code 'y' for object of type 'bool'"),
        (false, "xx", "ValueError", "Invalid format specifier 'xx' for object of type 'bool'"),
        (false, "+", "", "+0"),
        (false, ",", "", "0"),
        (false, "%", "", "0.000000%"),
        (false, "n", "", "0"),
        (false, "e", "", "0.000000e+00"),
        (false, "b", "", "0"),
        (false, "05", "", "00000"),
        (false, "^7", "", "   0   "),
        (false, ".2", "ValueError", "Precision not allowed in integer format specifier"),
        (false, "z", "ValueError", "Negative zero coercion (z) not allowed in integer format specifier"),
    ];

    #[rustfmt::skip]
    const FLOAT_CASES: &[(f64, &str, &str, &str)] = &[
        (0.0, "", "", "0.0"),
        (0.0, "e", "", "0.000000e+00"),
        (0.0, ".2f", "", "0.00"),
        (0.0, "g", "", "0"),
        (0.0, ".3", "", "0.0"),
        (0.0, "%", "", "0.000000%"),
        (0.0, ",.2f", "", "0.00"),
        (0.0, "012,.3f", "", "0,000,000.000"),
        (0.0, ".0f", "", "0"),
        (0.0, "z.1f", "", "0.0"),
        (-0.0, "", "", "-0.0"),
        (-0.0, "e", "", "-0.000000e+00"),
        (-0.0, "E", "", "-0.000000E+00"),
        (-0.0, ".0e", "", "-0e+00"),
        (-0.0, ".3e", "", "-0.000e+00"),
        (-0.0, "f", "", "-0.000000"),
        (-0.0, "F", "", "-0.000000"),
        (-0.0, ".0f", "", "-0"),
        (-0.0, ".1f", "", "-0.0"),
        (-0.0, ".20f", "", "-0.00000000000000000000"),
        (-0.0, "g", "", "-0"),
        (-0.0, "G", "", "-0"),
        (-0.0, ".0g", "", "-0"),
        (-0.0, ".3g", "", "-0"),
        (-0.0, ".17g", "", "-0"),
        (-0.0, "#g", "", "-0.00000"),
        (-0.0, "#.3g", "", "-0.00"),
        (-0.0, "n", "", "-0"),
        (-0.0, ".3n", "", "-0"),
        (-0.0, "%", "", "-0.000000%"),
        (-0.0, ".0%", "", "-0%"),
        (-0.0, ".2", "", "-0.0"),
        (-0.0, ".10", "", "-0.0"),
        (-0.0, "#", "", "-0.0"),
        (-0.0, "#.0f", "", "-0."),
        (-0.0, "#.0e", "", "-0.e+00"),
        (-0.0, "z.1f", "", "0.0"),
        (-0.0, "z", "", "0.0"),
        (-0.0, "+", "", "-0.0"),
        (-0.0, " .2f", "", "-0.00"),
        (-0.0, ",", "", "-0.0"),
        (-0.0, ",.2f", "", "-0.00"),
        (-0.0, "_.3f", "", "-0.000"),
        (-0.0, ",g", "", "-0"),
        (-0.0, "015,.3f", "", "-00,000,000.000"),
        (-0.0, "=+12.3f", "", "-      0.000"),
        (-0.0, "*^15.3e", "", "**-0.000e+00***"),
        (-0.0, "<12g", "", "-0          "),
        (-0.0, "010", "", "-0000000.0"),
        (-0.0, "#010.0f", "", "-00000000."),
        (-0.0, "x=12,.1f", "", "-xxxxxxxx0.0"),
        (-0.0, "z+.2e", "ValueError", "Invalid format specifier 'z+.2e' for object of type 'float'"),
        (-0.0, "#.3G", "", "-0.00"),
        (-0.0, "^#9.2%", "", " -0.00%  "),
        (-0.0, "08.3F", "", "-000.000"),
        (1.0, "", "", "1.0"),
        (1.0, "e", "", "1.000000e+00"),
        (1.0, ".2f", "", "1.00"),
        (1.0, "g", "", "1"),
        (1.0, ".3", "", "1.0"),
        (1.0, "%", "", "100.000000%"),
        (1.0, ",.2f", "", "1.00"),
        (1.0, "012,.3f", "", "0,000,001.000"),
        (1.0, ".0f", "", "1"),
        (1.0, "z.1f", "", "1.0"),
        (-1.0, "", "", "-1.0"),
        (-1.0, "e", "", "-1.000000e+00"),
        (-1.0, ".2f", "", "-1.00"),
        (-1.0, "g", "", "-1"),
        (-1.0, ".3", "", "-1.0"),
        (-1.0, "%", "", "-100.000000%"),
        (-1.0, ",.2f", "", "-1.00"),
        (-1.0, "012,.3f", "", "-000,001.000"),
        (-1.0, ".0f", "", "-1"),
        (-1.0, "z.1f", "", "-1.0"),
        (0.5, "", "", "0.5"),
        (0.5, "e", "", "5.000000e-01"),
        (0.5, ".2f", "", "0.50"),
        (0.5, "g", "", "0.5"),
        (0.5, ".3", "", "0.5"),
        (0.5, "%", "", "50.000000%"),
        (0.5, ",.2f", "", "0.50"),
        (0.5, "012,.3f", "", "0,000,000.500"),
        (0.5, ".0f", "", "0"),
        (0.5, "z.1f", "", "0.5"),
        (1.5, "", "", "1.5"),
        (1.5, "e", "", "1.500000e+00"),
        (1.5, ".2f", "", "1.50"),
        (1.5, "g", "", "1.5"),
        (1.5, ".3", "", "1.5"),
        (1.5, "%", "", "150.000000%"),
        (1.5, ",.2f", "", "1.50"),
        (1.5, "012,.3f", "", "0,000,001.500"),
        (1.5, ".0f", "", "2"),
        (1.5, "z.1f", "", "1.5"),
        (2.5, "", "", "2.5"),
        (2.5, "e", "", "2.500000e+00"),
        (2.5, "E", "", "2.500000E+00"),
        (2.5, ".0e", "", "2e+00"),
        (2.5, ".3e", "", "2.500e+00"),
        (2.5, "f", "", "2.500000"),
        (2.5, "F", "", "2.500000"),
        (2.5, ".0f", "", "2"),
        (2.5, ".1f", "", "2.5"),
        (2.5, ".20f", "", "2.50000000000000000000"),
        (2.5, "g", "", "2.5"),
        (2.5, "G", "", "2.5"),
        (2.5, ".0g", "", "2"),
        (2.5, ".3g", "", "2.5"),
        (2.5, ".17g", "", "2.5"),
        (2.5, "#g", "", "2.50000"),
        (2.5, "#.3g", "", "2.50"),
        (2.5, "n", "", "2.5"),
        (2.5, ".3n", "", "2.5"),
        (2.5, "%", "", "250.000000%"),
        (2.5, ".0%", "", "250%"),
        (2.5, ".2", "", "2.5"),
        (2.5, ".10", "", "2.5"),
        (2.5, "#", "", "2.5"),
        (2.5, "#.0f", "", "2."),
        (2.5, "#.0e", "", "2.e+00"),
        (2.5, "z.1f", "", "2.5"),
        (2.5, "z", "", "2.5"),
        (2.5, "+", "", "+2.5"),
        (2.5, " .2f", "", " 2.50"),
        (2.5, ",", "", "2.5"),
        (2.5, ",.2f", "", "2.50"),
        (2.5, "_.3f", "", "2.500"),
        (2.5, ",g", "", "2.5"),
        (2.5, "015,.3f", "", "000,000,002.500"),
        (2.5, "=+12.3f", "", "+      2.500"),
        (2.5, "*^15.3e", "", "***2.500e+00***"),
        (2.5, "<12g", "", "2.5         "),
        (2.5, "010", "", "00000002.5"),
        (2.5, "#010.0f", "", "000000002."),
        (2.5, "x=12,.1f", "", "xxxxxxxxx2.5"),
        (2.5, "z+.2e", "ValueError", "Invalid format specifier 'z+.2e' for object of type 'float'"),
        (2.5, "#.3G", "", "2.50"),
        (2.5, "^#9.2%", "", " 250.00% "),
        (2.5, "08.3F", "", "0002.500"),
        (-2.5, "", "", "-2.5"),
        (-2.5, "e", "", "-2.500000e+00"),
        (-2.5, ".2f", "", "-2.50"),
        (-2.5, "g", "", "-2.5"),
        (-2.5, ".3", "", "-2.5"),
        (-2.5, "%", "", "-250.000000%"),
        (-2.5, ",.2f", "", "-2.50"),
        (-2.5, "012,.3f", "", "-000,002.500"),
        (-2.5, ".0f", "", "-2"),
        (-2.5, "z.1f", "", "-2.5"),
        (0.125, "", "", "0.125"),
        (0.125, "e", "", "1.250000e-01"),
        (0.125, ".2f", "", "0.12"),
        (0.125, "g", "", "0.125"),
        (0.125, ".3", "", "0.125"),
        (0.125, "%", "", "12.500000%"),
        (0.125, ",.2f", "", "0.12"),
        (0.125, "012,.3f", "", "0,000,000.125"),
        (0.125, ".0f", "", "0"),
        (0.125, "z.1f", "", "0.1"),
        (0.375, "", "", "0.375"),
        (0.375, "e", "", "3.750000e-01"),
        (0.375, ".2f", "", "0.38"),
        (0.375, "g", "", "0.375"),
        (0.375, ".3", "", "0.375"),
        (0.375, "%", "", "37.500000%"),
        (0.375, ",.2f", "", "0.38"),
        (0.375, "012,.3f", "", "0,000,000.375"),
        (0.375, ".0f", "", "0"),
        (0.375, "z.1f", "", "0.4"),
        (2.675, "", "", "2.675"),
        (2.675, "e", "", "2.675000e+00"),
        (2.675, ".2f", "", "2.67"),
        (2.675, "g", "", "2.675"),
        (2.675, ".3", "", "2.67"),
        (2.675, "%", "", "267.500000%"),
        (2.675, ",.2f", "", "2.67"),
        (2.675, "012,.3f", "", "0,000,002.675"),
        (2.675, ".0f", "", "3"),
        (2.675, "z.1f", "", "2.7"),
        (0.3333333333333333, "", "", "0.3333333333333333"),
        (0.3333333333333333, "e", "", "3.333333e-01"),
        (0.3333333333333333, "E", "", "3.333333E-01"),
        (0.3333333333333333, ".0e", "", "3e-01"),
        (0.3333333333333333, ".3e", "", "3.333e-01"),
        (0.3333333333333333, "f", "", "0.333333"),
        (0.3333333333333333, "F", "", "0.333333"),
        (0.3333333333333333, ".0f", "", "0"),
        (0.3333333333333333, ".1f", "", "0.3"),
        (0.3333333333333333, ".20f", "", "0.33333333333333331483"),
        (0.3333333333333333, "g", "", "0.333333"),
        (0.3333333333333333, "G", "", "0.333333"),
        (0.3333333333333333, ".0g", "", "0.3"),
        (0.3333333333333333, ".3g", "", "0.333"),
        (0.3333333333333333, ".17g", "", "0.33333333333333331"),
        (0.3333333333333333, "#g", "", "0.333333"),
        (0.3333333333333333, "#.3g", "", "0.333"),
        (0.3333333333333333, "n", "", "0.333333"),
        (0.3333333333333333, ".3n", "", "0.333"),
        (0.3333333333333333, "%", "", "33.333333%"),
        (0.3333333333333333, ".0%", "", "33%"),
        (0.3333333333333333, ".2", "", "0.33"),
        (0.3333333333333333, ".10", "", "0.3333333333"),
        (0.3333333333333333, "#", "", "0.3333333333333333"),
        (0.3333333333333333, "#.0f", "", "0."),
        (0.3333333333333333, "#.0e", "", "3.e-01"),
        (0.3333333333333333, "z.1f", "", "0.3"),
        (0.3333333333333333, "z", "", "0.3333333333333333"),
        (0.3333333333333333, "+", "", "+0.3333333333333333"),
        (0.3333333333333333, " .2f", "", " 0.33"),
        (0.3333333333333333, ",", "", "0.3333333333333333"),
        (0.3333333333333333, ",.2f", "", "0.33"),
        (0.3333333333333333, "_.3f", "", "0.333"),
        (0.3333333333333333, ",g", "", "0.333333"),
        (0.3333333333333333, "015,.3f", "", "000,000,000.333"),
        (0.3333333333333333, "=+12.3f", "", "+      0.333"),
        (0.3333333333333333, "*^15.3e", "", "***3.333e-01***"),
        (0.3333333333333333, "<12g", "", "0.333333    "),
        (0.3333333333333333, "010", "", "0.3333333333333333"),
        (0.3333333333333333, "#010.0f", "", "000000000."),
        (0.3333333333333333, "x=12,.1f", "", "xxxxxxxxx0.3"),
        (0.3333333333333333, "z+.2e", "ValueError", "Invalid format specifier 'z+.2e' for object of type 'float'"),
        (0.3333333333333333, "#.3G", "", "0.333"),
        (0.3333333333333333, "^#9.2%", "", " 33.33%  "),
        (0.3333333333333333, "08.3F", "", "0000.333"),
        (123.0, "", "", "123.0"),
        (123.0, "e", "", "1.230000e+02"),
        (123.0, ".2f", "", "123.00"),
        (123.0, "g", "", "123"),
        (123.0, ".3", "", "1.23e+02"),
        (123.0, "%", "", "12300.000000%"),
        (123.0, ",.2f", "", "123.00"),
        (123.0, "012,.3f", "", "0,000,123.000"),
        (123.0, ".0f", "", "123"),
        (123.0, "z.1f", "", "123.0"),
        (123.456, "", "", "123.456"),
        (123.456, "e", "", "1.234560e+02"),
        (123.456, ".2f", "", "123.46"),
        (123.456, "g", "", "123.456"),
        (123.456, ".3", "", "1.23e+02"),
        (123.456, "%", "", "12345.600000%"),
        (123.456, ",.2f", "", "123.46"),
        (123.456, "012,.3f", "", "0,000,123.456"),
        (123.456, ".0f", "", "123"),
        (123.456, "z.1f", "", "123.5"),
        (1234567.0, "", "", "1234567.0"),
        (1234567.0, "e", "", "1.234567e+06"),
        (1234567.0, ".2f", "", "1234567.00"),
        (1234567.0, "g", "", "1.23457e+06"),
        (1234567.0, ".3", "", "1.23e+06"),
        (1234567.0, "%", "", "123456700.000000%"),
        (1234567.0, ",.2f", "", "1,234,567.00"),
        (1234567.0, "012,.3f", "", "1,234,567.000"),
        (1234567.0, ".0f", "", "1234567"),
        (1234567.0, "z.1f", "", "1234567.0"),
        (1234567.891, "", "", "1234567.891"),
        (1234567.891, "e", "", "1.234568e+06"),
        (1234567.891, "E", "", "1.234568E+06"),
        (1234567.891, ".0e", "", "1e+06"),
        (1234567.891, ".3e", "", "1.235e+06"),
        (1234567.891, "f", "", "1234567.891000"),
        (1234567.891, "F", "", "1234567.891000"),
        (1234567.891, ".0f", "", "1234568"),
        (1234567.891, ".1f", "", "1234567.9"),
        (1234567.891, ".20f", "", "1234567.89100000006146728992"),
        (1234567.891, "g", "", "1.23457e+06"),
        (1234567.891, "G", "", "1.23457E+06"),
        (1234567.891, ".0g", "", "1e+06"),
        (1234567.891, ".3g", "", "1.23e+06"),
        (1234567.891, ".17g", "", "1234567.8910000001"),
        (1234567.891, "#g", "", "1.23457e+06"),
        (1234567.891, "#.3g", "", "1.23e+06"),
        (1234567.891, "n", "", "1.23457e+06"),
        (1234567.891, ".3n", "", "1.23e+06"),
        (1234567.891, "%", "", "123456789.100000%"),
        (1234567.891, ".0%", "", "123456789%"),
        (1234567.891, ".2", "", "1.2e+06"),
        (1234567.891, ".10", "", "1234567.891"),
        (1234567.891, "#", "", "1234567.891"),
        (1234567.891, "#.0f", "", "1234568."),
        (1234567.891, "#.0e", "", "1.e+06"),
        (1234567.891, "z.1f", "", "1234567.9"),
        (1234567.891, "z", "", "1234567.891"),
        (1234567.891, "+", "", "+1234567.891"),
        (1234567.891, " .2f", "", " 1234567.89"),
        (1234567.891, ",", "", "1,234,567.891"),
        (1234567.891, ",.2f", "", "1,234,567.89"),
        (1234567.891, "_.3f", "", "1_234_567.891"),
        (1234567.891, ",g", "", "1.23457e+06"),
        (1234567.891, "015,.3f", "", "001,234,567.891"),
        (1234567.891, "=+12.3f", "", "+1234567.891"),
        (1234567.891, "*^15.3e", "", "***1.235e+06***"),
        (1234567.891, "<12g", "", "1.23457e+06 "),
        (1234567.891, "010", "", "1234567.891"),
        (1234567.891, "#010.0f", "", "001234568."),
        (1234567.891, "x=12,.1f", "", "x1,234,567.9"),
        (1234567.891, "z+.2e", "ValueError", "Invalid format specifier 'z+.2e' for object of type 'float'"),
        (1234567.891, "#.3G", "", "1.23E+06"),
        (1234567.891, "^#9.2%", "", "123456789.10%"),
        (1234567.891, "08.3F", "", "1234567.891"),
        (0.0001, "", "", "0.0001"),
        (0.0001, "e", "", "1.000000e-04"),
        (0.0001, "E", "", "1.000000E-04"),
        (0.0001, ".0e", "", "1e-04"),
        (0.0001, ".3e", "", "1.000e-04"),
        (0.0001, "f", "", "0.000100"),
        (0.0001, "F", "", "0.000100"),
        (0.0001, ".0f", "", "0"),
        (0.0001, ".1f", "", "0.0"),
        (0.0001, ".20f", "", "0.00010000000000000000"),
        (0.0001, "g", "", "0.0001"),
        (0.0001, "G", "", "0.0001"),
        (0.0001, ".0g", "", "0.0001"),
        (0.0001, ".3g", "", "0.0001"),
        (0.0001, ".17g", "", "0.0001"),
        (0.0001, "#g", "", "0.000100000"),
        (0.0001, "#.3g", "", "0.000100"),
        (0.0001, "n", "", "0.0001"),
        (0.0001, ".3n", "", "0.0001"),
        (0.0001, "%", "", "0.010000%"),
        (0.0001, ".0%", "", "0%"),
        (0.0001, ".2", "", "0.0001"),
        (0.0001, ".10", "", "0.0001"),
        (0.0001, "#", "", "0.0001"),
        (0.0001, "#.0f", "", "0."),
        (0.0001, "#.0e", "", "1.e-04"),
        (0.0001, "z.1f", "", "0.0"),
        (0.0001, "z", "", "0.0001"),
        (0.0001, "+", "", "+0.0001"),
        (0.0001, " .2f", "", " 0.00"),
        (0.0001, ",", "", "0.0001"),
        (0.0001, ",.2f", "", "0.00"),
        (0.0001, "_.3f", "", "0.000"),
        (0.0001, ",g", "", "0.0001"),
        (0.0001, "015,.3f", "", "000,000,000.000"),
        (0.0001, "=+12.3f", "", "+      0.000"),
        (0.0001, "*^15.3e", "", "***1.000e-04***"),
        (0.0001, "<12g", "", "0.0001      "),
        (0.0001, "010", "", "00000.0001"),
        (0.0001, "#010.0f", "", "000000000."),
        (0.0001, "x=12,.1f", "", "xxxxxxxxx0.0"),
        (0.0001, "z+.2e", "ValueError", "Invalid format specifier 'z+.2e' for object of type 'float'"),
        (0.0001, "#.3G", "", "0.000100"),
        (0.0001, "^#9.2%", "", "  0.01%  "),
        (0.0001, "08.3F", "", "0000.000"),
        (1e-05, "", "", "1e-05"),
        (1e-05, "e", "", "1.000000e-05"),
        (1e-05, ".2f", "", "0.00"),
        (1e-05, "g", "", "1e-05"),
        (1e-05, ".3", "", "1e-05"),
        (1e-05, "%", "", "0.001000%"),
        (1e-05, ",.2f", "", "0.00"),
        (1e-05, "012,.3f", "", "0,000,000.000"),
        (1e-05, ".0f", "", "0"),
        (1e-05, "z.1f", "", "0.0"),
        (1e+16, "", "", "1e+16"),
        (1e+16, "e", "", "1.000000e+16"),
        (1e+16, "E", "", "1.000000E+16"),
        (1e+16, ".0e", "", "1e+16"),
        (1e+16, ".3e", "", "1.000e+16"),
        (1e+16, "f", "", "10000000000000000.000000"),
        (1e+16, "F", "", "10000000000000000.000000"),
        (1e+16, ".0f", "", "10000000000000000"),
        (1e+16, ".1f", "", "10000000000000000.0"),
        (1e+16, ".20f", "", "10000000000000000.00000000000000000000"),
        (1e+16, "g", "", "1e+16"),
        (1e+16, "G", "", "1E+16"),
        (1e+16, ".0g", "", "1e+16"),
        (1e+16, ".3g", "", "1e+16"),
        (1e+16, ".17g", "", "10000000000000000"),
        (1e+16, "#g", "", "1.00000e+16"),
        (1e+16, "#.3g", "", "1.00e+16"),
        (1e+16, "n", "", "1e+16"),
        (1e+16, ".3n", "", "1e+16"),
        (1e+16, "%", "", "1000000000000000000.000000%"),
        (1e+16, ".0%", "", "1000000000000000000%"),
        (1e+16, ".2", "", "1e+16"),
        (1e+16, ".10", "", "1e+16"),
        (1e+16, "#", "", "1.e+16"),
        (1e+16, "#.0f", "", "10000000000000000."),
        (1e+16, "#.0e", "", "1.e+16"),
        (1e+16, "z.1f", "", "10000000000000000.0"),
        (1e+16, "z", "", "1e+16"),
        (1e+16, "+", "", "+1e+16"),
        (1e+16, " .2f", "", " 10000000000000000.00"),
        (1e+16, ",", "", "1e+16"),
        (1e+16, ",.2f", "", "10,000,000,000,000,000.00"),
        (1e+16, "_.3f", "", "10_000_000_000_000_000.000"),
        (1e+16, ",g", "", "1e+16"),
        (1e+16, "015,.3f", "", "10,000,000,000,000,000.000"),
        (1e+16, "=+12.3f", "", "+10000000000000000.000"),
        (1e+16, "*^15.3e", "", "***1.000e+16***"),
        (1e+16, "<12g", "", "1e+16       "),
        (1e+16, "010", "", "000001e+16"),
        (1e+16, "#010.0f", "", "10000000000000000."),
        (1e+16, "x=12,.1f", "", "10,000,000,000,000,000.0"),
        (1e+16, "z+.2e", "ValueError", "Invalid format specifier 'z+.2e' for object of type 'float'"),
        (1e+16, "#.3G", "", "1.00E+16"),
        (1e+16, "^#9.2%", "", "1000000000000000000.00%"),
        (1e+16, "08.3F", "", "10000000000000000.000"),
        (1000000000000000.0, "", "", "1000000000000000.0"),
        (1000000000000000.0, "e", "", "1.000000e+15"),
        (1000000000000000.0, ".2f", "", "1000000000000000.00"),
        (1000000000000000.0, "g", "", "1e+15"),
        (1000000000000000.0, ".3", "", "1e+15"),
        (1000000000000000.0, "%", "", "100000000000000000.000000%"),
        (1000000000000000.0, ",.2f", "", "1,000,000,000,000,000.00"),
        (1000000000000000.0, "012,.3f", "", "1,000,000,000,000,000.000"),
        (1000000000000000.0, ".0f", "", "1000000000000000"),
        (1000000000000000.0, "z.1f", "", "1000000000000000.0"),
        (1e+100, "", "", "1e+100"),
        (1e+100, "e", "", "1.000000e+100"),
        (1e+100, ".2f", "", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.00"),
        (1e+100, "g", "", "1e+100"),
        (1e+100, ".3", "", "1e+100"),
        (1e+100, "%", "", "999999999999999977049513265245336628446842719924150006129995974731993452180789911303261294481511546880.000000%"),
        (1e+100, ",.2f", "", "10,000,000,000,000,000,159,028,911,097,599,180,468,360,808,563,945,281,389,781,327,557,747,838,772,170,381,060,813,469,985,856,815,104.00"),
        (1e+100, "012,.3f", "", "10,000,000,000,000,000,159,028,911,097,599,180,468,360,808,563,945,281,389,781,327,557,747,838,772,170,381,060,813,469,985,856,815,104.000"),
        (1e+100, ".0f", "", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104"),
        (1e+100, "z.1f", "", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.0"),
        (1.7976931348623157e+308, "", "", "1.7976931348623157e+308"),
        (1.7976931348623157e+308, "e", "", "1.797693e+308"),
        (1.7976931348623157e+308, ".2f", "", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00"),
        (1.7976931348623157e+308, "g", "", "1.79769e+308"),
        (1.7976931348623157e+308, ".3", "", "1.8e+308"),
        (1.7976931348623157e+308, "%", "", "inf%"),
        (1.7976931348623157e+308, ",.2f", "", "179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.00"),
        (1.7976931348623157e+308, "012,.3f", "", "179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368.000"),
        (1.7976931348623157e+308, ".0f", "", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"),
        (1.7976931348623157e+308, "z.1f", "", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.0"),
        (5e-324, "", "", "5e-324"),
        (5e-324, "e", "", "4.940656e-324"),
        (5e-324, ".2f", "", "0.00"),
        (5e-324, "g", "", "4.94066e-324"),
        (5e-324, ".3", "", "4.94e-324"),
        (5e-324, "%", "", "0.000000%"),
        (5e-324, ",.2f", "", "0.00"),
        (5e-324, "012,.3f", "", "0,000,000.000"),
        (5e-324, ".0f", "", "0"),
        (5e-324, "z.1f", "", "0.0"),
        (2.2250738585072014e-308, "", "", "2.2250738585072014e-308"),
        (2.2250738585072014e-308, "e", "", "2.225074e-308"),
        (2.2250738585072014e-308, ".2f", "", "0.00"),
        (2.2250738585072014e-308, "g", "", "2.22507e-308"),
        (2.2250738585072014e-308, ".3", "", "2.23e-308"),
        (2.2250738585072014e-308, "%", "", "0.000000%"),
        (2.2250738585072014e-308, ",.2f", "", "0.00"),
        (2.2250738585072014e-308, "012,.3f", "", "0,000,000.000"),
        (2.2250738585072014e-308, ".0f", "", "0"),
        (2.2250738585072014e-308, "z.1f", "", "0.0"),
        (12345.6789, "", "", "12345.6789"),
        (12345.6789, "e", "", "1.234568e+04"),
        (12345.6789, ".2f", "", "12345.68"),
        (12345.6789, "g", "", "12345.7"),
        (12345.6789, ".3", "", "1.23e+04"),
        (12345.6789, "%", "", "1234567.890000%"),
        (12345.6789, ",.2f", "", "12,345.68"),
        (12345.6789, "012,.3f", "", "0,012,345.679"),
        (12345.6789, ".0f", "", "12346"),
        (12345.6789, "z.1f", "", "12345.7"),
        (-0.0001, "", "", "-0.0001"),
        (-0.0001, "e", "", "-1.000000e-04"),
        (-0.0001, ".2f", "", "-0.00"),
        (-0.0001, "g", "", "-0.0001"),
        (-0.0001, ".3", "", "-0.0001"),
        (-0.0001, "%", "", "-0.010000%"),
        (-0.0001, ",.2f", "", "-0.00"),
        (-0.0001, "012,.3f", "", "-000,000.000"),
        (-0.0001, ".0f", "", "-0"),
        (-0.0001, "z.1f", "", "0.0"),
        (9.995, "", "", "9.995"),
        (9.995, "e", "", "9.995000e+00"),
        (9.995, ".2f", "", "9.99"),
        (9.995, "g", "", "9.995"),
        (9.995, ".3", "", "9.99"),
        (9.995, "%", "", "999.500000%"),
        (9.995, ",.2f", "", "9.99"),
        (9.995, "012,.3f", "", "0,000,009.995"),
        (9.995, ".0f", "", "10"),
        (9.995, "z.1f", "", "10.0"),
        (0.05, "", "", "0.05"),
        (0.05, "e", "", "5.000000e-02"),
        (0.05, ".2f", "", "0.05"),
        (0.05, "g", "", "0.05"),
        (0.05, ".3", "", "0.05"),
        (0.05, "%", "", "5.000000%"),
        (0.05, ",.2f", "", "0.05"),
        (0.05, "012,.3f", "", "0,000,000.050"),
        (0.05, ".0f", "", "0"),
        (0.05, "z.1f", "", "0.1"),
        (1e+22, "", "", "1e+22"),
        (1e+22, "e", "", "1.000000e+22"),
        (1e+22, ".2f", "", "10000000000000000000000.00"),
        (1e+22, "g", "", "1e+22"),
        (1e+22, ".3", "", "1e+22"),
        (1e+22, "%", "", "999999999999999983222784.000000%"),
        (1e+22, ",.2f", "", "10,000,000,000,000,000,000,000.00"),
        (1e+22, "012,.3f", "", "10,000,000,000,000,000,000,000.000"),
        (1e+22, ".0f", "", "10000000000000000000000"),
        (1e+22, "z.1f", "", "10000000000000000000000.0"),
        (1e+23, "", "", "1e+23"),
        (1e+23, "e", "", "1.000000e+23"),
        (1e+23, ".2f", "", "99999999999999991611392.00"),
        (1e+23, "g", "", "1e+23"),
        (1e+23, ".3", "", "1e+23"),
        (1e+23, "%", "", "9999999999999998758486016.000000%"),
        (1e+23, ",.2f", "", "99,999,999,999,999,991,611,392.00"),
        (1e+23, "012,.3f", "", "99,999,999,999,999,991,611,392.000"),
        (1e+23, ".0f", "", "99999999999999991611392"),
        (1e+23, "z.1f", "", "99999999999999991611392.0"),
        (9007199254740992.0, "", "", "9007199254740992.0"),
        (9007199254740992.0, "e", "", "9.007199e+15"),
        (9007199254740992.0, ".2f", "", "9007199254740992.00"),
        (9007199254740992.0, "g", "", "9.0072e+15"),
        (9007199254740992.0, ".3", "", "9.01e+15"),
        (9007199254740992.0, "%", "", "900719925474099200.000000%"),
        (9007199254740992.0, ",.2f", "", "9,007,199,254,740,992.00"),
        (9007199254740992.0, "012,.3f", "", "9,007,199,254,740,992.000"),
        (9007199254740992.0, ".0f", "", "9007199254740992"),
        (9007199254740992.0, "z.1f", "", "9007199254740992.0"),
        (100.0, "", "", "100.0"),
        (100.0, "e", "", "1.000000e+02"),
        (100.0, ".2f", "", "100.00"),
        (100.0, "g", "", "100"),
        (100.0, ".3", "", "1e+02"),
        (100.0, "%", "", "10000.000000%"),
        (100.0, ",.2f", "", "100.00"),
        (100.0, "012,.3f", "", "0,000,100.000"),
        (100.0, ".0f", "", "100"),
        (100.0, "z.1f", "", "100.0"),
        (-1e-07, "", "", "-1e-07"),
        (-1e-07, "e", "", "-1.000000e-07"),
        (-1e-07, ".2f", "", "-0.00"),
        (-1e-07, "g", "", "-1e-07"),
        (-1e-07, ".3", "", "-1e-07"),
        (-1e-07, "%", "", "-0.000010%"),
        (-1e-07, ",.2f", "", "-0.00"),
        (-1e-07, "012,.3f", "", "-000,000.000"),
        (-1e-07, ".0f", "", "-0"),
        (-1e-07, "z.1f", "", "0.0"),
        (f64::INFINITY, "", "", "inf"),
        (f64::INFINITY, "e", "", "inf"),
        (f64::INFINITY, "E", "", "INF"),
        (f64::INFINITY, ".0e", "", "inf"),
        (f64::INFINITY, ".3e", "", "inf"),
        (f64::INFINITY, "f", "", "inf"),
        (f64::INFINITY, "F", "", "INF"),
        (f64::INFINITY, ".0f", "", "inf"),
        (f64::INFINITY, ".1f", "", "inf"),
        (f64::INFINITY, ".20f", "", "inf"),
        (f64::INFINITY, "g", "", "inf"),
        (f64::INFINITY, "G", "", "INF"),
        (f64::INFINITY, ".0g", "", "inf"),
        (f64::INFINITY, ".3g", "", "inf"),
        (f64::INFINITY, ".17g", "", "inf"),
        (f64::INFINITY, "#g", "", "inf"),
        (f64::INFINITY, "#.3g", "", "inf"),
        (f64::INFINITY, "n", "", "inf"),
        (f64::INFINITY, ".3n", "", "inf"),
        (f64::INFINITY, "%", "", "inf%"),
        (f64::INFINITY, ".0%", "", "inf%"),
        (f64::INFINITY, ".2", "", "inf"),
        (f64::INFINITY, ".10", "", "inf"),
        (f64::INFINITY, "#", "", "inf"),
        (f64::INFINITY, "#.0f", "", "inf"),
        (f64::INFINITY, "#.0e", "", "inf"),
        (f64::INFINITY, "z.1f", "", "inf"),
        (f64::INFINITY, "z", "", "inf"),
        (f64::INFINITY, "+", "", "+inf"),
        (f64::INFINITY, " .2f", "", " inf"),
        (f64::INFINITY, ",", "", "inf"),
        (f64::INFINITY, ",.2f", "", "inf"),
        (f64::INFINITY, "_.3f", "", "inf"),
        (f64::INFINITY, ",g", "", "inf"),
        (f64::INFINITY, "015,.3f", "", "000000000000inf"),
        (f64::INFINITY, "=+12.3f", "", "+        inf"),
        (f64::INFINITY, "*^15.3e", "", "******inf******"),
        (f64::INFINITY, "<12g", "", "inf         "),
        (f64::INFINITY, "010", "", "0000000inf"),
        (f64::INFINITY, "#010.0f", "", "0000000inf"),
        (f64::INFINITY, "x=12,.1f", "", "xxxxxxxxxinf"),
        (f64::INFINITY, "z+.2e", "ValueError", "Invalid format specifier 'z+.2e' for object of type 'float'"),
        (f64::INFINITY, "#.3G", "", "INF"),
        (f64::INFINITY, "^#9.2%", "", "  inf%   "),
        (f64::INFINITY, "08.3F", "", "00000INF"),
        (f64::NEG_INFINITY, "", "", "-inf"),
        (f64::NEG_INFINITY, "e", "", "-inf"),
        (f64::NEG_INFINITY, ".2f", "", "-inf"),
        (f64::NEG_INFINITY, "g", "", "-inf"),
        (f64::NEG_INFINITY, ".3", "", "-inf"),
        (f64::NEG_INFINITY, "%", "", "-inf%"),
        (f64::NEG_INFINITY, ",.2f", "", "-inf"),
        (f64::NEG_INFINITY, "012,.3f", "", "-00000000inf"),
        (f64::NEG_INFINITY, ".0f", "", "-inf"),
        (f64::NEG_INFINITY, "z.1f", "", "-inf"),
        (f64::NAN, "", "", "nan"),
        (f64::NAN, "e", "", "nan"),
        (f64::NAN, "E", "", "NAN"),
        (f64::NAN, ".0e", "", "nan"),
        (f64::NAN, ".3e", "", "nan"),
        (f64::NAN, "f", "", "nan"),
        (f64::NAN, "F", "", "NAN"),
        (f64::NAN, ".0f", "", "nan"),
        (f64::NAN, ".1f", "", "nan"),
        (f64::NAN, ".20f", "", "nan"),
        (f64::NAN, "g", "", "nan"),
        (f64::NAN, "G", "", "NAN"),
        (f64::NAN, ".0g", "", "nan"),
        (f64::NAN, ".3g", "", "nan"),
        (f64::NAN, ".17g", "", "nan"),
        (f64::NAN, "#g", "", "nan"),
        (f64::NAN, "#.3g", "", "nan"),
        (f64::NAN, "n", "", "nan"),
        (f64::NAN, ".3n", "", "nan"),
        (f64::NAN, "%", "", "nan%"),
        (f64::NAN, ".0%", "", "nan%"),
        (f64::NAN, ".2", "", "nan"),
        (f64::NAN, ".10", "", "nan"),
        (f64::NAN, "#", "", "nan"),
        (f64::NAN, "#.0f", "", "nan"),
        (f64::NAN, "#.0e", "", "nan"),
        (f64::NAN, "z.1f", "", "nan"),
        (f64::NAN, "z", "", "nan"),
        (f64::NAN, "+", "", "+nan"),
        (f64::NAN, " .2f", "", " nan"),
        (f64::NAN, ",", "", "nan"),
        (f64::NAN, ",.2f", "", "nan"),
        (f64::NAN, "_.3f", "", "nan"),
        (f64::NAN, ",g", "", "nan"),
        (f64::NAN, "015,.3f", "", "000000000000nan"),
        (f64::NAN, "=+12.3f", "", "+        nan"),
        (f64::NAN, "*^15.3e", "", "******nan******"),
        (f64::NAN, "<12g", "", "nan         "),
        (f64::NAN, "010", "", "0000000nan"),
        (f64::NAN, "#010.0f", "", "0000000nan"),
        (f64::NAN, "x=12,.1f", "", "xxxxxxxxxnan"),
        (f64::NAN, "z+.2e", "ValueError", "Invalid format specifier 'z+.2e' for object of type 'float'"),
        (f64::NAN, "#.3G", "", "NAN"),
        (f64::NAN, "^#9.2%", "", "  nan%   "),
        (f64::NAN, "08.3F", "", "00000NAN"),
        (-f64::NAN, "", "", "nan"),
        (-f64::NAN, "e", "", "nan"),
        (-f64::NAN, ".2f", "", "nan"),
        (-f64::NAN, "g", "", "nan"),
        (-f64::NAN, ".3", "", "nan"),
        (-f64::NAN, "%", "", "nan%"),
        (-f64::NAN, ",.2f", "", "nan"),
        (-f64::NAN, "012,.3f", "", "000000000nan"),
        (-f64::NAN, ".0f", "", "nan"),
        (-f64::NAN, "z.1f", "", "nan"),
        (123.0, "g", "", "123"),
        (0.0001, "g", "", "0.0001"),
        (1234567.0, ",.2f", "", "1,234,567.00"),
        (3.0, "%", "", "300.000000%"),
        (1.5, "n", "", "1.5"),
        (1e+16, "", "", "1e+16"),
        (-0.0, ".1f", "", "-0.0"),
        (-0.0, "z.1f", "", "0.0"),
        (-0.04, "z.1f", "", "0.0"),
        (-0.04, "z.1e", "", "-4.0e-02"),
        (0.5, ".0f", "", "0"),
        (1.5, ".0f", "", "2"),
        (2.5, ".0f", "", "2"),
        (0.125, ".2f", "", "0.12"),
        (0.375, ".2f", "", "0.38"),
        (1e+16, "#", "", "1.e+16"),
        (1e+16, ".3", "", "1e+16"),
        (123.0, ".3", "", "1.23e+02"),
        (1.0, ".3", "", "1.0"),
        (1e-05, "", "", "1e-05"),
        (1.5, "d", "ValueError", "Unknown format code 'd' for object of type 'float'"),
        (1.5, "x", "ValueError", "Unknown format code 'x' for object of type 'float'"),
        (1.5, "s", "ValueError", "Unknown format code 's' for object of type 'float'"),
        (1.5, "c", "ValueError", "Unknown format code 'c' for object of type 'float'"),
        (1.5, "b", "ValueError", "Unknown format code 'b' for object of type 'float'"),
        (1.5, "o", "ValueError", "Unknown format code 'o' for object of type 'float'"),
        (1.5, ",n", "ValueError", "Cannot specify ',' with 'n'."),
        (1.5, "_n", "ValueError", "Cannot specify '_' with 'n'."),
        (1.5, "y", "ValueError", "Unknown format code 'y' for object of type 'float'"),
        (1.5, "xx", "ValueError", "Invalid format specifier 'xx' for object of type 'float'"),
        (1.5, ".", "ValueError", "Format specifier missing precision"),
        (1.5, ",_", "ValueError", "Cannot specify both ',' and '_'."),
        (1.5, "99999999999999999999", "ValueError", "Too many decimal digits in format string"),
        (1.5, ".3000000000f", "ValueError", "precision too big"),
        (1.5, ".2147483648e", "ValueError", "precision too big"),
        (1.5, "\u{1}", "ValueError", "Unknown format code '\\x1' for object of type 'float'"),
        (1.5, " ", "", " 1.5"),
        (1.5, "Z", "ValueError", "Unknown format code 'Z' for object of type 'float'"),
        (1.5, "=^", "", "1.5"),
        (1.0, ".2147483647g", "", "1"),
        (0.1, ".1000000000g", "", "0.1000000000000000055511151231257827021181583404541015625"),
        (1.0, ".800e", "", "1.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000e+00"),
        (5e-324, ".1100f", "", "0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000494065645841246544176568792868221372365059802614324764425585682500675507270208751865299836361635992379796564695445717730926656710355939796398774796010781878126300713190311404527845817167848982103688718636056998730723050006387409153564984387312473397273169615140031715385398074126238565591171026658556686768187039560310624931945271591492455329305456544401127480129709999541931989409080416563324524757147869014726780159355238611550134803526493472019379026810710749170333222684475333572083243193609238289345836806010601150616980975307834227731832924790498252473077637592724787465608477820373446969953364701797267771758512566055119913150489110145103786273816725095583738973359899366480994116420570263709027924276754456522908753868250641971826553344726562500000000000000000000000000"),
        (1e+300, ",.2f", "", "1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00"),
        (-1e+300, ".0f", "", "-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"),
        (5e-324, ".770e", "", "4.94065645841246544176568792868221372365059802614324764425585682500675507270208751865299836361635992379796564695445717730926656710355939796398774796010781878126300713190311404527845817167848982103688718636056998730723050006387409153564984387312473397273169615140031715385398074126238565591171026658556686768187039560310624931945271591492455329305456544401127480129709999541931989409080416563324524757147869014726780159355238611550134803526493472019379026810710749170333222684475333572083243193609238289345836806010601150616980975307834227731832924790498252473077637592724787465608477820373446969953364701797267771758512566055119913150489110145103786273816725095583738973359899366480994116420570263709027924276754456522908753868250641971826553344726562500000000000000000000e-324"),
        (123456.0, "\u{663}\u{660},.\u{661}f", "", "                     123,456.0"),
    ];

    #[rustfmt::skip]
    const STR_CASES: &[(&str, &str, &str, &str)] = &[
        ("", "", "", ""),
        ("", "s", "", ""),
        ("", "5", "", "     "),
        ("", ">5", "", "     "),
        ("", "^6", "", "      "),
        ("", "*^9", "", "*********"),
        ("", ".2", "", ""),
        ("", ".0", "", ""),
        ("", ">10.3s", "", "          "),
        ("", "05", "", "00000"),
        ("", "0>5", "", "00000"),
        ("", "\u{663}", "", "   "),
        ("", "\u{e9}^7", "", "\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"),
        ("", ".100", "", ""),
        ("a", "", "", "a"),
        ("a", "s", "", "a"),
        ("a", "5", "", "a    "),
        ("a", ">5", "", "    a"),
        ("a", "^6", "", "  a   "),
        ("a", "*^9", "", "****a****"),
        ("a", ".2", "", "a"),
        ("a", ".0", "", ""),
        ("a", ">10.3s", "", "         a"),
        ("a", "05", "", "a0000"),
        ("a", "0>5", "", "0000a"),
        ("a", "\u{663}", "", "a  "),
        ("a", "\u{e9}^7", "", "\u{e9}\u{e9}\u{e9}a\u{e9}\u{e9}\u{e9}"),
        ("a", ".100", "", "a"),
        ("abc", "", "", "abc"),
        ("abc", "s", "", "abc"),
        ("abc", "5", "", "abc  "),
        ("abc", ">5", "", "  abc"),
        ("abc", "^6", "", " abc  "),
        ("abc", "*^9", "", "***abc***"),
        ("abc", ".2", "", "ab"),
        ("abc", ".0", "", ""),
        ("abc", ">10.3s", "", "       abc"),
        ("abc", "05", "", "abc00"),
        ("abc", "0>5", "", "00abc"),
        ("abc", "\u{663}", "", "abc"),
        ("abc", "\u{e9}^7", "", "\u{e9}\u{e9}abc\u{e9}\u{e9}"),
        ("abc", ".100", "", "abc"),
        ("hello world", "", "", "hello world"),
        ("hello world", "s", "", "hello world"),
        ("hello world", "5", "", "hello world"),
        ("hello world", ">5", "", "hello world"),
        ("hello world", "^6", "", "hello world"),
        ("hello world", "*^9", "", "hello world"),
        ("hello world", ".2", "", "he"),
        ("hello world", ".0", "", ""),
        ("hello world", ">10.3s", "", "       hel"),
        ("hello world", "05", "", "hello world"),
        ("hello world", "0>5", "", "hello world"),
        ("hello world", "\u{663}", "", "hello world"),
        ("hello world", "\u{e9}^7", "", "hello world"),
        ("hello world", ".100", "", "hello world"),
        ("na\u{ef}ve", "", "", "na\u{ef}ve"),
        ("na\u{ef}ve", "s", "", "na\u{ef}ve"),
        ("na\u{ef}ve", "5", "", "na\u{ef}ve"),
        ("na\u{ef}ve", ">5", "", "na\u{ef}ve"),
        ("na\u{ef}ve", "^6", "", "na\u{ef}ve "),
        ("na\u{ef}ve", "*^9", "", "**na\u{ef}ve**"),
        ("na\u{ef}ve", ".2", "", "na"),
        ("na\u{ef}ve", ".0", "", ""),
        ("na\u{ef}ve", ">10.3s", "", "       na\u{ef}"),
        ("na\u{ef}ve", "05", "", "na\u{ef}ve"),
        ("na\u{ef}ve", "0>5", "", "na\u{ef}ve"),
        ("na\u{ef}ve", "\u{663}", "", "na\u{ef}ve"),
        ("na\u{ef}ve", "\u{e9}^7", "", "\u{e9}na\u{ef}ve\u{e9}"),
        ("na\u{ef}ve", ".100", "", "na\u{ef}ve"),
        ("\u{65e5}\u{672c}\u{8a9e}", "", "", "\u{65e5}\u{672c}\u{8a9e}"),
        ("\u{65e5}\u{672c}\u{8a9e}", "s", "", "\u{65e5}\u{672c}\u{8a9e}"),
        ("\u{65e5}\u{672c}\u{8a9e}", "5", "", "\u{65e5}\u{672c}\u{8a9e}  "),
        ("\u{65e5}\u{672c}\u{8a9e}", ">5", "", "  \u{65e5}\u{672c}\u{8a9e}"),
        ("\u{65e5}\u{672c}\u{8a9e}", "^6", "", " \u{65e5}\u{672c}\u{8a9e}  "),
        ("\u{65e5}\u{672c}\u{8a9e}", "*^9", "", "***\u{65e5}\u{672c}\u{8a9e}***"),
        ("\u{65e5}\u{672c}\u{8a9e}", ".2", "", "\u{65e5}\u{672c}"),
        ("\u{65e5}\u{672c}\u{8a9e}", ".0", "", ""),
        ("\u{65e5}\u{672c}\u{8a9e}", ">10.3s", "", "       \u{65e5}\u{672c}\u{8a9e}"),
        ("\u{65e5}\u{672c}\u{8a9e}", "05", "", "\u{65e5}\u{672c}\u{8a9e}00"),
        ("\u{65e5}\u{672c}\u{8a9e}", "0>5", "", "00\u{65e5}\u{672c}\u{8a9e}"),
        ("\u{65e5}\u{672c}\u{8a9e}", "\u{663}", "", "\u{65e5}\u{672c}\u{8a9e}"),
        ("\u{65e5}\u{672c}\u{8a9e}", "\u{e9}^7", "", "\u{e9}\u{e9}\u{65e5}\u{672c}\u{8a9e}\u{e9}\u{e9}"),
        ("\u{65e5}\u{672c}\u{8a9e}", ".100", "", "\u{65e5}\u{672c}\u{8a9e}"),
        ("\u{1f600}x", "", "", "\u{1f600}x"),
        ("\u{1f600}x", "s", "", "\u{1f600}x"),
        ("\u{1f600}x", "5", "", "\u{1f600}x   "),
        ("\u{1f600}x", ">5", "", "   \u{1f600}x"),
        ("\u{1f600}x", "^6", "", "  \u{1f600}x  "),
        ("\u{1f600}x", "*^9", "", "***\u{1f600}x****"),
        ("\u{1f600}x", ".2", "", "\u{1f600}x"),
        ("\u{1f600}x", ".0", "", ""),
        ("\u{1f600}x", ">10.3s", "", "        \u{1f600}x"),
        ("\u{1f600}x", "05", "", "\u{1f600}x000"),
        ("\u{1f600}x", "0>5", "", "000\u{1f600}x"),
        ("\u{1f600}x", "\u{663}", "", "\u{1f600}x "),
        ("\u{1f600}x", "\u{e9}^7", "", "\u{e9}\u{e9}\u{1f600}x\u{e9}\u{e9}\u{e9}"),
        ("\u{1f600}x", ".100", "", "\u{1f600}x"),
        ("ab", "=5", "ValueError", "'=' alignment not allowed in string format specifier"),
        ("ab", "+", "ValueError", "Sign not allowed in string format specifier"),
        ("ab", "-", "ValueError", "Sign not allowed in string format specifier"),
        ("ab", " ", "ValueError", "Space not allowed in string format specifier"),
        ("ab", "z", "ValueError", "Negative zero coercion (z) not allowed in string format specifier"),
        ("ab", "#", "ValueError", "Alternate form (#) not allowed in string format specifier"),
        ("ab", ",", "ValueError", "Cannot specify ',' with 's'."),
        ("ab", "_", "ValueError", "Cannot specify '_' with 's'."),
        ("ab", "d", "ValueError", "Unknown format code 'd' for object of type 'str'"),
        ("ab", "x", "ValueError", "Unknown format code 'x' for object of type 'str'"),
        ("ab", "ss", "ValueError", "Invalid format specifier 'ss' for object of type 'str'"),
        ("ab", ".", "ValueError", "Format specifier missing precision"),
        ("ab", "^", "", "ab"),
        ("ab", "0=5", "ValueError", "'=' alignment not allowed in string format specifier"),
        ("ab", ",s", "ValueError", "Cannot specify ',' with 's'."),
        ("ab", "+5s", "ValueError", "Sign not allowed in string format specifier"),
        ("ab", "f", "ValueError", "Unknown format code 'f' for object of type 'str'"),
    ];

    #[rustfmt::skip]
    const FLOAT_REPR_CASES: &[(f64, &str)] = &[
        (0.0, "0.0"),
        (-0.0, "-0.0"),
        (1.0, "1.0"),
        (0.1, "0.1"),
        (0.2, "0.2"),
        (0.3, "0.3"),
        (0.3333333333333333, "0.3333333333333333"),
        (0.6666666666666666, "0.6666666666666666"),
        (1e+16, "1e+16"),
        (1000000000000000.0, "1000000000000000.0"),
        (9999999999999998.0, "9999999999999998.0"),
        (0.0001, "0.0001"),
        (1e-05, "1e-05"),
        (0.00012, "0.00012"),
        (1.5e-05, "1.5e-05"),
        (1.2345678901234568e+17, "1.2345678901234568e+17"),
        (5e-324, "5e-324"),
        (1.7976931348623157e+308, "1.7976931348623157e+308"),
        (2.2250738585072014e-308, "2.2250738585072014e-308"),
        (1e+23, "1e+23"),
        (1e+22, "1e+22"),
        (9.223372036854776e+18, "9.223372036854776e+18"),
        (-9.223372036854776e+18, "-9.223372036854776e+18"),
        (9007199254740994.0, "9007199254740994.0"),
        (100.0, "100.0"),
        (1e+100, "1e+100"),
        (1e-100, "1e-100"),
        (4.35, "4.35"),
        (0.30000000000000004, "0.30000000000000004"),
        (9007199254740992.0, "9007199254740992.0"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (1.6691662056774308e+18, "1.6691662056774308e+18"),
        (-3.598559207388581e-31, "-3.598559207388581e-31"),
        (-1.518027580996695e+273, "-1.518027580996695e+273"),
        (1.3575989754808231e+277, "1.3575989754808231e+277"),
        (-7.061466808153802e+166, "-7.061466808153802e+166"),
        (8.390220951220878e+37, "8.390220951220878e+37"),
        (1.222946827302325e-255, "1.222946827302325e-255"),
        (1.2299537821827474e+219, "1.2299537821827474e+219"),
        (-8.158300104122382e-45, "-8.158300104122382e-45"),
        (-1.5647264744025237e+216, "-1.5647264744025237e+216"),
        (3.540768434472536e-192, "3.540768434472536e-192"),
        (1.0543717331162432e-119, "1.0543717331162432e-119"),
        (31803074441.314663, "31803074441.314663"),
        (-2.5990200669205062e+212, "-2.5990200669205062e+212"),
        (-2.100282488440877e+114, "-2.100282488440877e+114"),
        (-1.626502501367321e+267, "-1.626502501367321e+267"),
        (9.349463120985843e-227, "9.349463120985843e-227"),
        (8.480967892795449e-28, "8.480967892795449e-28"),
        (-2.7071469891220977e+281, "-2.7071469891220977e+281"),
        (1.8238207310542092e+151, "1.8238207310542092e+151"),
        (1.4694818393986873e+243, "1.4694818393986873e+243"),
        (4.889844933211148e+260, "4.889844933211148e+260"),
        (-3.4993526050838106e+229, "-3.4993526050838106e+229"),
        (1.7292455318941926e-264, "1.7292455318941926e-264"),
        (-176.74771234522123, "-176.74771234522123"),
        (-1.3424957753797696e+32, "-1.3424957753797696e+32"),
        (-3.945485992570821e-10, "-3.945485992570821e-10"),
        (-1.3885242257776925e-34, "-1.3885242257776925e-34"),
        (1.542717012663338e-275, "1.542717012663338e-275"),
        (-1.0586607448960582e-219, "-1.0586607448960582e-219"),
        (-1.6906823873116556e-49, "-1.6906823873116556e-49"),
        (2.814276980177369e+267, "2.814276980177369e+267"),
        (2.052858338739449e-149, "2.052858338739449e-149"),
        (-3.805437803763316e+286, "-3.805437803763316e+286"),
        (-8.092662002299318e-48, "-8.092662002299318e-48"),
        (4.763693997399002e+58, "4.763693997399002e+58"),
        (-2.3381349644838842e+98, "-2.3381349644838842e+98"),
        (-3.2414406740268607e+93, "-3.2414406740268607e+93"),
        (4.614532658888237e-54, "4.614532658888237e-54"),
        (1.9130447037169486e-247, "1.9130447037169486e-247"),
        (-4.048331871740282e+32, "-4.048331871740282e+32"),
        (-3.4861689319319442e-59, "-3.4861689319319442e-59"),
        (-1.1582536243767317e-291, "-1.1582536243767317e-291"),
        (-9.438645784711767e-154, "-9.438645784711767e-154"),
        (4.960000050129559e-238, "4.960000050129559e-238"),
        (3.687305590962341e-159, "3.687305590962341e-159"),
        (-1.096697736195803e+84, "-1.096697736195803e+84"),
        (-1.2743960627568411e-271, "-1.2743960627568411e-271"),
        (6.363371867896839e-291, "6.363371867896839e-291"),
        (-9.317451569511505e-238, "-9.317451569511505e-238"),
        (1.9036960292560988e+292, "1.9036960292560988e+292"),
        (5.542674689870387e-129, "5.542674689870387e-129"),
        (-2.9900976403916414e+59, "-2.9900976403916414e+59"),
        (-1.2680314649772417e-19, "-1.2680314649772417e-19"),
        (2.7197767035613803e-74, "2.7197767035613803e-74"),
        (2.7789271631374407e-190, "2.7789271631374407e-190"),
        (-2.652277112228155e-178, "-2.652277112228155e-178"),
        (-4.1158958607058e+93, "-4.1158958607058e+93"),
        (-149887145817.82962, "-149887145817.82962"),
        (1.518648006793607e-268, "1.518648006793607e-268"),
        (-845.91, "-845.91"),
        (201.85629, "201.85629"),
        (75.876182, "75.876182"),
        (353.57278, "353.57278"),
        (-584.1, "-584.1"),
        (703.32647, "703.32647"),
        (369.98, "369.98"),
        (205.3058, "205.3058"),
        (634.6, "634.6"),
        (-308.0, "-308.0"),
        (-458.35, "-458.35"),
        (7.599, "7.599"),
        (-914.32023, "-914.32023"),
        (-118.0, "-118.0"),
        (352.78, "352.78"),
        (-613.0, "-613.0"),
        (471.0, "471.0"),
        (448.874, "448.874"),
        (-394.0, "-394.0"),
        (279.0, "279.0"),
        (-120.0, "-120.0"),
        (-74.4288, "-74.4288"),
        (-999.338651, "-999.338651"),
        (-219.68, "-219.68"),
        (-620.48, "-620.48"),
        (6.541925475895276e-27, "6.541925475895276e-27"),
        (4.579196421247811e+17, "4.579196421247811e+17"),
        (1.0649668360918962e+16, "1.0649668360918962e+16"),
        (8.013671227468949, "8.013671227468949"),
        (8664.98400534258, "8664.98400534258"),
        (3.421085759674718e-30, "3.421085759674718e-30"),
        (8.607711670663176e+26, "8.607711670663176e+26"),
        (3.3404626101681898e+28, "3.3404626101681898e+28"),
        (8.401925413895656e+24, "8.401925413895656e+24"),
        (3.1841288564951386e-26, "3.1841288564951386e-26"),
        (8.811966111272211e+16, "8.811966111272211e+16"),
        (8.897936808068635e-11, "8.897936808068635e-11"),
        (2.2925356435677924e-12, "2.2925356435677924e-12"),
        (6.113579950480433e-16, "6.113579950480433e-16"),
        (9.662419072915758e-05, "9.662419072915758e-05"),
    ];

    #[rustfmt::skip]
    const STR_REPR_CASES: &[(&str, &str, &str)] = &[
        ("", "''", "''"),
        ("abc", "'abc'", "'abc'"),
        ("it's", "\"it's\"", "\"it's\""),
        ("say \"hi\"", "'say \"hi\"'", "'say \"hi\"'"),
        ("both ' and \"", "'both \\' and \"'", "'both \\' and \"'"),
        ("back\\slash", "'back\\\\slash'", "'back\\\\slash'"),
        ("tab\u{9}new\u{a}line\u{d}cr", "'tab\\tnew\\nline\\rcr'", "'tab\\tnew\\nline\\rcr'"),
        ("\u{0}\u{1}\u{1f}\u{7f}", "'\\x00\\x01\\x1f\\x7f'", "'\\x00\\x01\\x1f\\x7f'"),
        ("\u{80}\u{9f}\u{a0}\u{ad}\u{ff}", "'\\x80\\x9f\\xa0\\xad\u{ff}'", "'\\x80\\x9f\\xa0\\xad\\xff'"),
        ("caf\u{e9}", "'caf\u{e9}'", "'caf\\xe9'"),
        ("\u{a0}nbsp", "'\\xa0nbsp'", "'\\xa0nbsp'"),
        ("zero\u{200b}width", "'zero\\u200bwidth'", "'zero\\u200bwidth'"),
        ("line\u{2028}sep", "'line\\u2028sep'", "'line\\u2028sep'"),
        ("para\u{2029}sep", "'para\\u2029sep'", "'para\\u2029sep'"),
        ("e\u{301} combining", "'e\u{301} combining'", "'e\\u0301 combining'"),
        ("\u{1f600} emoji", "'\u{1f600} emoji'", "'\\U0001f600 emoji'"),
        ("\u{1f468}\u{200d}\u{1f469}", "'\u{1f468}\\u200d\u{1f469}'", "'\\U0001f468\\u200d\\U0001f469'"),
        ("\u{feff}bom", "'\\ufeffbom'", "'\\ufeffbom'"),
        ("\u{e000} private", "'\\ue000 private'", "'\\ue000 private'"),
        ("\u{378} unassigned", "'\\u0378 unassigned'", "'\\u0378 unassigned'"),
        ("\u{10ffff}", "'\\U0010ffff'", "'\\U0010ffff'"),
        ("\u{e0001} tag", "'\\U000e0001 tag'", "'\\U000e0001 tag'"),
        ("\u{3000}ideographic space", "'\\u3000ideographic space'", "'\\u3000ideographic space'"),
        ("\u{2003}em space", "'\\u2003em space'", "'\\u2003em space'"),
        ("\u{ad} soft hyphen", "'\\xad soft hyphen'", "'\\xad soft hyphen'"),
        ("\u{61c} arabic mark", "'\\u061c arabic mark'", "'\\u061c arabic mark'"),
        ("\u{200e} lrm", "'\\u200e lrm'", "'\\u200e lrm'"),
        ("\u{1d11e} clef", "'\u{1d11e} clef'", "'\\U0001d11e clef'"),
        ("\u{300}", "'\u{300}'", "'\\u0300'"),
        ("\u{20000} cjk ext b", "'\u{20000} cjk ext b'", "'\\U00020000 cjk ext b'"),
        ("\u{e0100} variation selector", "'\u{e0100} variation selector'", "'\\U000e0100 variation selector'"),
        ("\u{1b}[0m", "'\\x1b[0m'", "'\\x1b[0m'"),
        ("'", "\"'\"", "\"'\""),
        ("\"", "'\"'", "'\"'"),
        ("'\"", "'\\'\"'", "'\\'\"'"),
        ("\\", "'\\\\'", "'\\\\'"),
        ("\u{65e5}\u{672c}", "'\u{65e5}\u{672c}'", "'\\u65e5\\u672c'"),
        ("\u{661}\u{662}", "'\u{661}\u{662}'", "'\\u0661\\u0662'"),
        ("\u{1fffe}", "'\\U0001fffe'", "'\\U0001fffe'"),
        ("\u{fffd}", "'\u{fffd}'", "'\\ufffd'"),
        ("\u{ffff}", "'\\uffff'", "'\\uffff'"),
        ("\u{2060} word joiner", "'\\u2060 word joiner'", "'\\u2060 word joiner'"),
        ("\u{180e} mongolian", "'\\u180e mongolian'", "'\\u180e mongolian'"),
        ("\u{13430} egyptian format", "'\\U00013430 egyptian format'", "'\\U00013430 egyptian format'"),
        ("\u{1f1fa}\u{1f1f8}", "'\u{1f1fa}\u{1f1f8}'", "'\\U0001f1fa\\U0001f1f8'"),
    ];

    #[rustfmt::skip]
    fn percent_cases() -> Vec<(&'static str, Vec<FmtArg<'static>>, &'static str, &'static str)> {
        vec![
            ("%d", vec![FmtArg::Int(5)], "", "5"),
            ("%i", vec![FmtArg::Int(-5)], "", "-5"),
            ("%u", vec![FmtArg::Int(42)], "", "42"),
            ("%5d", vec![FmtArg::Int(42)], "", "   42"),
            ("%-5d|", vec![FmtArg::Int(42)], "", "42   |"),
            ("%05d", vec![FmtArg::Int(-42)], "", "-0042"),
            ("%+d", vec![FmtArg::Int(42)], "", "+42"),
            ("% d", vec![FmtArg::Int(42)], "", " 42"),
            ("%+05d", vec![FmtArg::Int(42)], "", "+0042"),
            ("%-+6d|", vec![FmtArg::Int(42)], "", "+42   |"),
            ("%.5d", vec![FmtArg::Int(42)], "", "00042"),
            ("%8.5d", vec![FmtArg::Int(-42)], "", "  -00042"),
            ("%-08.3d|", vec![FmtArg::Int(7)], "", "007     |"),
            ("%x", vec![FmtArg::Int(255)], "", "ff"),
            ("%X", vec![FmtArg::Int(255)], "", "FF"),
            ("%#x", vec![FmtArg::Int(255)], "", "0xff"),
            ("%#X", vec![FmtArg::Int(255)], "", "0XFF"),
            ("%#o", vec![FmtArg::Int(8)], "", "0o10"),
            ("%o", vec![FmtArg::Int(-8)], "", "-10"),
            ("%#08x", vec![FmtArg::Int(255)], "", "0x0000ff"),
            ("%#8x", vec![FmtArg::Int(-255)], "", "   -0xff"),
            ("%-#8x|", vec![FmtArg::Int(255)], "", "0xff    |"),
            ("%#.4x", vec![FmtArg::Int(255)], "", "0x00ff"),
            ("%#010.4X", vec![FmtArg::Int(-255)], "", "-0X00000FF"),
            ("%+#x", vec![FmtArg::Int(255)], "", "+0xff"),
            ("% #o", vec![FmtArg::Int(8)], "", " 0o10"),
            ("%d", vec![FmtArg::Int(9223372036854775807)], "", "9223372036854775807"),
            ("%d", vec![FmtArg::Int(i64::MIN)], "", "-9223372036854775808"),
            ("%x", vec![FmtArg::Int(i64::MIN)], "", "-8000000000000000"),
            ("%#o", vec![FmtArg::Int(i64::MIN)], "", "-0o1000000000000000000000"),
            ("%d", vec![FmtArg::Bool(true)], "", "1"),
            ("%d", vec![FmtArg::Bool(false)], "", "0"),
            ("%x", vec![FmtArg::Bool(true)], "", "1"),
            ("%s", vec![FmtArg::Bool(true)], "", "True"),
            ("%r", vec![FmtArg::Bool(false)], "", "False"),
            ("%5s", vec![FmtArg::Bool(true)], "", " True"),
            ("%d", vec![FmtArg::Float(3.99)], "", "3"),
            ("%d", vec![FmtArg::Float(-3.99)], "", "-3"),
            ("%d", vec![FmtArg::Float(-0.5)], "", "0"),
            ("%i", vec![FmtArg::Float(1e+20)], "", "100000000000000000000"),
            ("%d", vec![FmtArg::Float(-1e+300)], "", "-1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"),
            ("%5d", vec![FmtArg::Float(2.5)], "", "    2"),
            ("%d", vec![FmtArg::Float(f64::NAN)], "ValueError", "cannot convert float NaN to integer"),
            ("%d", vec![FmtArg::Float(f64::INFINITY)], "OverflowError", "cannot convert float infinity to integer"),
            ("%d", vec![FmtArg::Float(f64::NEG_INFINITY)], "OverflowError", "cannot convert float infinity to integer"),
            ("%x", vec![FmtArg::Float(1.5)], "TypeError", "%x format: an integer is required, not float"),
            ("%o", vec![FmtArg::Float(2.0)], "TypeError", "%o format: an integer is required, not float"),
            ("%X", vec![FmtArg::Str("a")], "TypeError", "%X format: an integer is required, not str"),
            ("%d", vec![FmtArg::Str("a")], "TypeError", "%d format: a real number is required, not str"),
            ("%i", vec![FmtArg::None], "TypeError", "%i format: a real number is required, not NoneType"),
            ("%u", vec![FmtArg::Other { type_name: "Point", str: "P<1,2>".to_string(), repr: "Point(1, 2)".to_string() }], "TypeError", "%u format: a real number is required, not Point"),
            ("%x", vec![FmtArg::None], "TypeError", "%x format: an integer is required, not NoneType"),
            ("%o", vec![FmtArg::Other { type_name: "Point", str: "P<1,2>".to_string(), repr: "Point(1, 2)".to_string() }], "TypeError", "%o format: an integer is required, not Point"),
            ("%f", vec![FmtArg::Float(1.5)], "", "1.500000"),
            ("%f", vec![FmtArg::Int(2)], "", "2.000000"),
            ("%f", vec![FmtArg::Bool(true)], "", "1.000000"),
            ("%.0f", vec![FmtArg::Float(0.5)], "", "0"),
            ("%.0f", vec![FmtArg::Float(1.5)], "", "2"),
            ("%.0f", vec![FmtArg::Float(2.5)], "", "2"),
            ("%.2f", vec![FmtArg::Float(2.675)], "", "2.67"),
            ("%.3f", vec![FmtArg::Float(-0.0)], "", "-0.000"),
            ("%.1f", vec![FmtArg::Float(-0.04)], "", "-0.0"),
            ("%#.0f", vec![FmtArg::Float(3.0)], "", "3."),
            ("%e", vec![FmtArg::Float(12345.678)], "", "1.234568e+04"),
            ("%E", vec![FmtArg::Float(0.000123)], "", "1.230000E-04"),
            ("%.0e", vec![FmtArg::Float(5.5)], "", "6e+00"),
            ("%#.0e", vec![FmtArg::Float(5.5)], "", "6.e+00"),
            ("%g", vec![FmtArg::Float(0.0001)], "", "0.0001"),
            ("%g", vec![FmtArg::Float(1e-05)], "", "1e-05"),
            ("%g", vec![FmtArg::Float(123456789.0)], "", "1.23457e+08"),
            ("%G", vec![FmtArg::Float(1e-10)], "", "1E-10"),
            ("%#g", vec![FmtArg::Float(1.0)], "", "1.00000"),
            ("%.0g", vec![FmtArg::Float(123.0)], "", "1e+02"),
            ("%.3g", vec![FmtArg::Float(1234.5)], "", "1.23e+03"),
            ("%10.3f|", vec![FmtArg::Float(3.24159)], "", "     3.242|"),
            ("%-10.3f|", vec![FmtArg::Float(3.24159)], "", "3.242     |"),
            ("%010.3f", vec![FmtArg::Float(-3.24159)], "", "-00003.242"),
            ("%+.2f", vec![FmtArg::Float(1.0)], "", "+1.00"),
            ("% .2f", vec![FmtArg::Float(1.0)], "", " 1.00"),
            ("%+.2e", vec![FmtArg::Float(-1.0)], "", "-1.00e+00"),
            ("%f", vec![FmtArg::Float(f64::INFINITY)], "", "inf"),
            ("%F", vec![FmtArg::Float(f64::INFINITY)], "", "INF"),
            ("%05f", vec![FmtArg::Float(f64::INFINITY)], "", "00inf"),
            ("%+f", vec![FmtArg::Float(f64::NAN)], "", "+nan"),
            ("%E", vec![FmtArg::Float(f64::NEG_INFINITY)], "", "-INF"),
            ("%G", vec![FmtArg::Float(f64::NAN)], "", "NAN"),
            ("%-6f|", vec![FmtArg::Float(f64::NAN)], "", "nan   |"),
            ("%f", vec![FmtArg::Float(1e+300)], "", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"),
            ("%.20f", vec![FmtArg::Float(0.1)], "", "0.10000000000000000555"),
            ("%.30e", vec![FmtArg::Float(0.1)], "", "1.000000000000000055511151231258e-01"),
            ("%f", vec![FmtArg::Str("x")], "TypeError", "must be real number, not str"),
            ("%e", vec![FmtArg::None], "TypeError", "must be real number, not NoneType"),
            ("%g", vec![FmtArg::Other { type_name: "Point", str: "P<1,2>".to_string(), repr: "Point(1, 2)".to_string() }], "TypeError", "must be real number, not Point"),
            ("%s", vec![FmtArg::Str("abc")], "", "abc"),
            ("%.2s", vec![FmtArg::Str("abc")], "", "ab"),
            ("%5s", vec![FmtArg::Str("abc")], "", "  abc"),
            ("%-5s|", vec![FmtArg::Str("abc")], "", "abc  |"),
            ("%5.1s", vec![FmtArg::Str("abc")], "", "    a"),
            ("%05s", vec![FmtArg::Str("abc")], "", "  abc"),
            ("%+s", vec![FmtArg::Str("abc")], "", "abc"),
            ("% s", vec![FmtArg::Int(5)], "", "5"),
            ("%s", vec![FmtArg::Float(1.0)], "", "1.0"),
            ("%s", vec![FmtArg::Float(1e+16)], "", "1e+16"),
            ("%s", vec![FmtArg::Float(-0.0)], "", "-0.0"),
            ("%s", vec![FmtArg::None], "", "None"),
            ("%s", vec![FmtArg::Other { type_name: "Point", str: "P<1,2>".to_string(), repr: "Point(1, 2)".to_string() }], "", "P<1,2>"),
            ("%r", vec![FmtArg::Other { type_name: "Point", str: "P<1,2>".to_string(), repr: "Point(1, 2)".to_string() }], "", "Point(1, 2)"),
            ("%a", vec![FmtArg::Other { type_name: "Point", str: "P<1,2>".to_string(), repr: "Point(1, 2)".to_string() }], "", "Point(1, 2)"),
            ("%s", vec![FmtArg::Other { type_name: "Cafe", str: "caf\u{e9}".to_string(), repr: "Caf\u{e9}(\u{20ac})".to_string() }], "", "caf\u{e9}"),
            ("%r", vec![FmtArg::Other { type_name: "Cafe", str: "caf\u{e9}".to_string(), repr: "Caf\u{e9}(\u{20ac})".to_string() }], "", "Caf\u{e9}(\u{20ac})"),
            ("%a", vec![FmtArg::Other { type_name: "Cafe", str: "caf\u{e9}".to_string(), repr: "Caf\u{e9}(\u{20ac})".to_string() }], "", "Caf\\xe9(\\u20ac)"),
            ("%r", vec![FmtArg::Str("it's")], "", "\"it's\""),
            ("%r", vec![FmtArg::Str("caf\u{e9}\u{a}")], "", "'caf\u{e9}\\n'"),
            ("%a", vec![FmtArg::Str("caf\u{e9}\u{a}")], "", "'caf\\xe9\\n'"),
            ("%a", vec![FmtArg::Str("\u{1f600}")], "", "'\\U0001f600'"),
            ("%.3r", vec![FmtArg::Str("abcdef")], "", "'ab"),
            ("%8r", vec![FmtArg::Str("ab")], "", "    'ab'"),
            ("%s", vec![FmtArg::Str("\u{65e5}\u{672c}")], "", "\u{65e5}\u{672c}"),
            ("%4s|", vec![FmtArg::Str("\u{65e5}\u{672c}")], "", "  \u{65e5}\u{672c}|"),
            ("%.1s", vec![FmtArg::Str("\u{1f600}x")], "", "\u{1f600}"),
            ("%s", vec![FmtArg::Int(12)], "", "12"),
            ("%.1s", vec![FmtArg::Int(12)], "", "1"),
            ("%5r", vec![FmtArg::Float(1.5)], "", "  1.5"),
            ("%a", vec![FmtArg::None], "", "None"),
            ("%c", vec![FmtArg::Int(65)], "", "A"),
            ("%c", vec![FmtArg::Str("z")], "", "z"),
            ("%c", vec![FmtArg::Int(128512)], "", "\u{1f600}"),
            ("%3c|", vec![FmtArg::Int(65)], "", "  A|"),
            ("%-3c|", vec![FmtArg::Str("b")], "", "b  |"),
            ("%03c", vec![FmtArg::Int(65)], "", "  A"),
            ("%c", vec![FmtArg::Bool(true)], "", "\u{1}"),
            ("%c", vec![FmtArg::Int(-1)], "OverflowError", "%c arg not in range(0x110000)"),
            ("%c", vec![FmtArg::Int(1114112)], "OverflowError", "%c arg not in range(0x110000)"),
            ("%c", vec![FmtArg::Str("ab")], "TypeError", "%c requires int or char"),
            ("%c", vec![FmtArg::Str("")], "TypeError", "%c requires int or char"),
            ("%c", vec![FmtArg::Float(1.5)], "TypeError", "%c requires int or char"),
            ("%c", vec![FmtArg::None], "TypeError", "%c requires int or char"),
            ("%+c", vec![FmtArg::Int(65)], "", "A"),
            ("%.0c", vec![FmtArg::Int(65)], "", "A"),
            ("%%", vec![], "", "%"),
            ("100%%", vec![], "", "100%"),
            ("%d%%", vec![FmtArg::Int(5)], "", "5%"),
            ("%5%", vec![], "TypeError", "not enough arguments for format string"),
            ("%5%", vec![FmtArg::Int(1)], "ValueError", "unsupported format character '%' (0x25) at index 2"),
            ("%-%", vec![FmtArg::Int(1)], "ValueError", "unsupported format character '%' (0x25) at index 2"),
            ("a%%b%sc", vec![FmtArg::Str("X")], "", "a%bXc"),
            ("%s %s", vec![FmtArg::Int(1)], "TypeError", "not enough arguments for format string"),
            ("%s", vec![], "TypeError", "not enough arguments for format string"),
            ("%s", vec![FmtArg::Int(1), FmtArg::Int(2)], "TypeError", "not all arguments converted during string formatting"),
            ("abc", vec![FmtArg::Int(1)], "TypeError", "not all arguments converted during string formatting"),
            ("abc", vec![], "", "abc"),
            ("", vec![], "", ""),
            ("%d %s %r", vec![FmtArg::Int(1), FmtArg::Str("a"), FmtArg::Str("b")], "", "1 a 'b'"),
            ("%y", vec![], "TypeError", "not enough arguments for format string"),
            ("%y", vec![FmtArg::Int(1)], "ValueError", "unsupported format character 'y' (0x79) at index 1"),
            ("ab%yc", vec![FmtArg::Int(1)], "ValueError", "unsupported format character 'y' (0x79) at index 3"),
            ("%\u{20ac}", vec![FmtArg::Int(1)], "ValueError", "unsupported format character '?' (0x20ac) at index 1"),
            ("\u{e9}\u{e9}%y", vec![FmtArg::Int(1)], "ValueError", "unsupported format character 'y' (0x79) at index 3"),
            ("%\u{1}", vec![FmtArg::Int(1)], "ValueError", "unsupported format character '?' (0x1) at index 1"),
            ("%\u{1f}", vec![FmtArg::Int(1)], "ValueError", "unsupported format character '\u{1f}' (0x1f) at index 1"),
            ("%5.2q", vec![FmtArg::Int(1)], "ValueError", "unsupported format character 'q' (0x71) at index 4"),
            ("%", vec![], "ValueError", "incomplete format"),
            ("abc%", vec![FmtArg::Int(1)], "ValueError", "incomplete format"),
            ("%5", vec![FmtArg::Int(1)], "ValueError", "incomplete format"),
            ("%.", vec![FmtArg::Int(1)], "ValueError", "incomplete format"),
            ("%-", vec![FmtArg::Int(1)], "ValueError", "incomplete format"),
            ("%(a)s", vec![FmtArg::Int(1)], "TypeError", "format requires a mapping"),
            ("%*d", vec![FmtArg::Int(5), FmtArg::Int(42)], "", "   42"),
            ("%-*d|", vec![FmtArg::Int(5), FmtArg::Int(42)], "", "42   |"),
            ("%*d|", vec![FmtArg::Int(-5), FmtArg::Int(42)], "", "42   |"),
            ("%.*f", vec![FmtArg::Int(2), FmtArg::Float(3.24159)], "", "3.24"),
            ("%*.*f", vec![FmtArg::Int(8), FmtArg::Int(3), FmtArg::Float(3.24159)], "", "   3.242"),
            ("%.*f", vec![FmtArg::Int(-3), FmtArg::Float(3.24159)], "", "3"),
            ("%*d", vec![FmtArg::Bool(true), FmtArg::Int(7)], "", "7"),
            ("%*d", vec![FmtArg::Float(1.5), FmtArg::Int(7)], "TypeError", "* wants int"),
            ("%.*d", vec![FmtArg::Str("a"), FmtArg::Int(7)], "TypeError", "* wants int"),
            ("%*d", vec![FmtArg::Int(5)], "TypeError", "not enough arguments for format string"),
            ("%.*f", vec![FmtArg::Int(1099511627776), FmtArg::Float(1.0)], "OverflowError", "Python int too large to convert to C int"),
            ("%ld", vec![FmtArg::Int(5)], "", "5"),
            ("%hd", vec![FmtArg::Int(5)], "", "5"),
            ("%Lf", vec![FmtArg::Float(1.5)], "", "1.500000"),
            ("%l", vec![FmtArg::Int(5)], "ValueError", "incomplete format"),
            ("%.3000000000f", vec![FmtArg::Float(1.0)], "ValueError", "precision too big"),
            ("%.2147483647d", vec![FmtArg::Int(1)], "OverflowError", "precision too large"),
            ("%99999999999999999999d", vec![FmtArg::Int(1)], "ValueError", "width too big"),
            ("%s and %s", vec![FmtArg::Str("a"), FmtArg::Str("b")], "", "a and b"),
            ("%(x)", vec![FmtArg::Int(1)], "TypeError", "format requires a mapping"),
            ("%0*d", vec![FmtArg::Int(6), FmtArg::Int(-42)], "", "-00042"),
            ("%#-8o|", vec![FmtArg::Int(8)], "", "0o10    |"),
            ("%#x", vec![FmtArg::Int(0)], "", "0x0"),
            ("%#o", vec![FmtArg::Int(0)], "", "0o0"),
            ("%.0d", vec![FmtArg::Int(0)], "", "0"),
            ("%.0x", vec![FmtArg::Int(0)], "", "0"),
            ("%#5.0x|", vec![FmtArg::Int(0)], "", "  0x0|"),
            ("%e", vec![FmtArg::Float(0.0)], "", "0.000000e+00"),
            ("%g", vec![FmtArg::Float(-0.0)], "", "-0"),
            ("%#x %#X", vec![FmtArg::Int(-1), FmtArg::Int(-1)], "", "-0x1 -0X1"),
            ("%i%%%i", vec![FmtArg::Int(1), FmtArg::Int(2)], "", "1%2"),
            ("%.100s", vec![FmtArg::Str("short")], "", "short"),
            ("%10.4g|", vec![FmtArg::Float(3.24159)], "", "     3.242|"),
            ("%-+10.2e|", vec![FmtArg::Float(1234.5)], "", "+1.23e+03 |"),
            ("% 010.1f", vec![FmtArg::Float(2.25)], "", " 0000002.2"),
            ("%d", vec![FmtArg::Int(12345678901234)], "", "12345678901234"),
            ("%3$s", vec![FmtArg::Int(1)], "ValueError", "unsupported format character '$' (0x24) at index 2"),
            ("%s", vec![FmtArg::Other { type_name: "list", str: "[1, 'a']".to_string(), repr: "[1, 'a']".to_string() }], "", "[1, 'a']"),
            ("%r", vec![FmtArg::Other { type_name: "list", str: "[1, 'a']".to_string(), repr: "[1, 'a']".to_string() }], "", "[1, 'a']"),
            ("%d", vec![FmtArg::Other { type_name: "list", str: "[1]".to_string(), repr: "[1]".to_string() }], "TypeError", "%d format: a real number is required, not list"),
        ]
    }
    // 1689 table cases
}
