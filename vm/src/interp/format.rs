//! Text the way CPython writes it: values for `str()`, `repr()` and `print`
//! (float and str repr come from [`super::fmtspec`]).

use jcvm_gc::ObjRef;

use crate::program::Program;
use crate::ty::Ty;

pub use super::fmtspec::{float_repr, str_repr};

/// Appends `str(value)` (or `repr(value)` when `repr`) for a value of static type `ty`.
pub fn write_value(program: &Program, word: u64, ty: &Ty, repr: bool, out: &mut String) {
    match ty {
        Ty::Int => out.push_str(&(word as i64).to_string()),
        Ty::Bool => out.push_str(if word != 0 { "True" } else { "False" }),
        Ty::Float => out.push_str(&float_repr(f64::from_bits(word))),
        Ty::None => out.push_str("None"),
        // Type variables are substituted before any code is compiled.
        Ty::Var(_) => out.push_str("<generic>"),
        // The compiler refuses printing a function.
        Ty::Func(_)
        | Ty::Closure(_)
        | Ty::Fn(..)
        | Ty::Method(..)
        | Ty::Iter(_)
        | Ty::Iterable(_)
        | Ty::ClassObj(_) => out.push_str("<function>"),
        // The compiler refuses printing a traceback.
        Ty::Traceback => out.push_str("<traceback>"),
        Ty::ExcType => {
            // SAFETY: a reference-kind word (kinds are verified): 0 or a live exception object.
            match unsafe { ObjRef::from_raw(word) } {
                None => out.push_str("None"),
                Some(exc) => {
                    let class = exc.layout().0 as usize;
                    let module = if class < crate::opcode::ExcKind::ALL.len() { "" } else { "__main__." };
                    out.push_str(&format!("<class '{module}{}'>", program.classes[class].name));
                }
            }
        }
        Ty::Opt(_) | Ty::Union(_) => {
            let (word, ty) = super::text::unboxed(program, word, ty);
            write_value(program, word, &ty, repr, out);
        }
        Ty::Str | Ty::Range | Ty::List(_) | Ty::TupleN(_) | Ty::Tuple(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Class(_) => {
            // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
            let Some(obj) = (unsafe { ObjRef::from_raw(word) }) else {
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
                    let items = unsafe { obj.list_words() }.to_vec();
                    for (i, item) in items.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        write_value(program, *item, elem, true, out);
                    }
                    out.push(']');
                }
                Ty::TupleN(elem) => {
                    out.push('(');
                    // SAFETY: a tuple[T, ...] is a live list object; formatting does not allocate on the heap.
                    let items = unsafe { obj.list_words() }.to_vec();
                    for (i, item) in items.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        write_value(program, *item, elem, true, out);
                    }
                    if items.len() == 1 {
                        out.push(',');
                    }
                    out.push(')');
                }
                Ty::Range => {
                    // SAFETY: a range object has its three int slots.
                    let (start, stop, step) =
                        unsafe { (obj.field(0) as i64, obj.field(1) as i64, obj.field(2) as i64) };
                    if step == 1 {
                        out.push_str(&format!("range({start}, {stop})"));
                    } else {
                        out.push_str(&format!("range({start}, {stop}, {step})"));
                    }
                }
                Ty::Set(elem) => {
                    let keys = super::sets::keys(obj);
                    if keys.is_empty() {
                        out.push_str("set()");
                        return;
                    }
                    out.push('{');
                    for (i, key) in keys.into_iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        write_value(program, key, elem, true, out);
                    }
                    out.push('}');
                }
                Ty::Dict(key_ty, value_ty) => {
                    // SAFETY: a dict-typed non-null word is a live dict; its entries are copied
                    // out, and formatting does not allocate on the heap.
                    let data = unsafe { obj.dict_data() };
                    let entries: Vec<(u64, u64)> = (0..data.keys.len())
                        .filter(|&i| data.live[i])
                        .map(|i| (data.keys[i], data.values[i]))
                        .collect();
                    out.push('{');
                    for (i, (key, value)) in entries.into_iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        write_value(program, key, key_ty, true, out);
                        out.push_str(": ");
                        write_value(program, value, value_ty, true, out);
                    }
                    out.push('}');
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
                Ty::Class(_) if program.is_exception(obj) => {
                    use super::exception::slot;
                    let name = &program.classes[obj.layout().0 as usize].name;
                    let text = |slot: u16| {
                        // SAFETY: an exception object's text slots hold 0 or a live str.
                        unsafe { ObjRef::from_raw(obj.field(u32::from(slot))) }.map(|s| unsafe { s.str() })
                    };
                    if repr {
                        out.push_str(&format!("{name}({})", text(slot::REPR).unwrap_or("")));
                    } else {
                        out.push_str(text(slot::STR).unwrap_or(""));
                    }
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
