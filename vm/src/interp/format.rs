//! Text the way CPython writes it: float repr, string repr, values for `str()` and `print`.

use jcvm_gc::ObjRef;

use crate::program::Program;
use crate::ty::Ty;

/// `repr(x)` / `str(x)` for a float: the shortest digits that round-trip,
/// positional for exponents in -4..16, scientific (`1e+16`) outside.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    // `{:e}` gives the shortest round-trip digits ("-1.2345e-5"), but when two
    // shortest strings are equally near it may pick the other one than CPython,
    // which takes the correctly rounded (ties-to-even) string of that length.
    let shortest = format!("{x:e}");
    let length = shortest.split_once('e').map_or(1, |(m, _)| m.chars().filter(char::is_ascii_digit).count());
    let rounded = format!("{:.*e}", length.saturating_sub(1), x);
    let sci = if rounded.parse::<f64>() == Ok(x) { rounded } else { shortest };
    let (mantissa, exp) = sci.split_once('e').expect("{:e} always has an exponent");
    let exp: i32 = exp.parse().expect("{:e} exponent is an integer");
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                out.push_str(&digits);
                out.extend(std::iter::repeat_n('0', int_len - digits.len()));
                out.push_str(".0");
            } else {
                out.push_str(&digits[..int_len]);
                out.push('.');
                out.push_str(&digits[int_len..]);
            }
        } else {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(&format!("e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs()));
    }
    out
}

/// `repr(s)` for a str: single quotes unless the text has one and no double quote.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Appends `str(value)` (or `repr(value)` when `repr`) for a value of static type `ty`.
pub fn write_value(program: &Program, word: u64, ty: &Ty, repr: bool, out: &mut String) {
    match ty {
        Ty::Int => out.push_str(&(word as i64).to_string()),
        Ty::Bool => out.push_str(if word != 0 { "True" } else { "False" }),
        Ty::Float => out.push_str(&float_repr(f64::from_bits(word))),
        Ty::None => out.push_str("None"),
        Ty::Str | Ty::List(_) | Ty::Tuple(_) | Ty::Class(_) => {
            let Some(obj) = ObjRef::from_raw(word) else {
                out.push_str("None");
                return;
            };
            match ty {
                Ty::Str => {
                    // SAFETY: a Str-typed non-null word is a live string (it is in a rooted register).
                    let text = unsafe { obj.str() };
                    if repr {
                        out.push_str(&str_repr(text));
                    } else {
                        out.push_str(text);
                    }
                }
                Ty::List(elem) => {
                    out.push('[');
                    // SAFETY: a List-typed non-null word is a live list; formatting does not allocate on the heap.
                    let items = unsafe { obj.list_items() }.clone();
                    for (i, item) in items.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        write_value(program, *item, elem, true, out);
                    }
                    out.push(']');
                }
                Ty::Tuple(elems) => {
                    out.push('(');
                    for (i, elem) in elems.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        // SAFETY: a tuple-typed non-null word is a live tuple of this shape.
                        write_value(program, unsafe { obj.field(i as u32) }, elem, true, out);
                    }
                    if elems.len() == 1 {
                        out.push(',');
                    }
                    out.push(')');
                }
                Ty::Class(_) => {
                    let class = &program.classes[obj.layout().0 as usize];
                    out.push_str(&format!("<__main__.{} object at {:#x}>", class.name, word));
                }
                _ => unreachable!("matched reference types above"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_cpython() {
        let cases = [
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789.0, "123456789.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (-0.0, "-0.0"),
            (5e-324, "5e-324"),
            (1.5e300, "1.5e+300"),
            (2.0, "2.0"),
            (-1.25, "-1.25"),
            (f64::INFINITY, "inf"),
            (f64::NAN, "nan"),
            (1e22, "1e+22"),
            (9007199254740993.0, "9007199254740992.0"),
            (9007199254740992.0 * 0.1, "900719925474099.2"),
        ];
        for (value, text) in cases {
            assert_eq!(float_repr(value), text, "repr of {value:e}");
        }
    }

    #[test]
    fn strings_repr_with_python_quotes() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a\nb"), "'a\\nb'");
        assert_eq!(str_repr("'\""), "'\\'\"'");
    }
}
