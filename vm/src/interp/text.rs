//! Formatting instructions: `format()`, f-string fields, `%`-formatting, and
//! building strs from parts, over [`super::fmtspec`] (CPython's mini-language).

use std::borrow::Cow;

use jcvm_gc::{ObjKind, ObjRef};

use super::exception::{OpResult, Raised};
use super::fmtspec::{self, FmtArg, FmtError};
use super::format::write_value;
use crate::opcode::{Conv, ExcKind};
use crate::program::Program;
use crate::ty::Ty;

/// The Python exception for a formatting error.
fn raised(error: FmtError) -> Raised {
    let kind = match error.exc {
        "TypeError" => ExcKind::TypeError,
        "OverflowError" => ExcKind::OverflowError,
        "MemoryError" => ExcKind::MemoryError,
        _ => ExcKind::ValueError,
    };
    Raised::new(kind, error.msg)
}

/// A value of an `Optional[number]` or `Union` type as the value of the type it
/// has at run time (a number out of its box, None, a str or an instance); other
/// values as they are.
pub(super) fn unboxed<'t>(program: &Program, word: u64, ty: &'t Ty) -> (u64, Cow<'t, Ty>) {
    // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
    let obj = unsafe { ObjRef::from_raw(word) };
    match (ty, obj) {
        // SAFETY: a non-null Optional[number] word is a live box with its one slot.
        (Ty::Opt(inner), Some(boxed)) => (unsafe { boxed.field(0) }, Cow::Borrowed(&**inner)),
        (Ty::Opt(_) | Ty::Union(_), None) => (0, Cow::Owned(Ty::None)),
        (Ty::Union(members), Some(obj)) => match obj.kind() {
            ObjKind::Str => (word, Cow::Owned(Ty::Str)),
            ObjKind::Instance => match program.boxes.get(&obj.layout().0) {
                // SAFETY: an instance of a box class is a live box with its one slot.
                Some(number) => (unsafe { obj.field(0) }, Cow::Owned(number.clone())),
                None => (word, Cow::Owned(Ty::Class(crate::opcode::ClassId(obj.layout().0)))),
            },
            // The compiler admits no other member kinds.
            _ => (word, Cow::Owned(members[0].clone())),
        },
        _ => (word, Cow::Borrowed(ty)),
    }
}

/// `str(x)` or `repr(x)` of a word of static type `ty`.
fn text_of(program: &Program, word: u64, ty: &Ty, repr: bool) -> String {
    let mut out = String::new();
    write_value(program, word, ty, repr, &mut out);
    out
}

/// The Python type name of a number type.
pub(super) fn ty_word_name(ty: &Ty) -> &'static str {
    match ty {
        Ty::Float => "float",
        Ty::Bool => "bool",
        _ => "int",
    }
}

/// The Python type name of a value of static type `ty` (`word` tells None apart).
pub(super) fn type_name(program: &Program, word: u64, ty: &Ty) -> String {
    match ty {
        Ty::Int => "int".into(),
        Ty::Float => "float".into(),
        Ty::Bool => "bool".into(),
        _ if word == 0 && ty.is_ref() => "NoneType".into(),
        Ty::None => "NoneType".into(),
        Ty::Str => "str".into(),
        Ty::List(_) => "list".into(),
        Ty::Tuple(_) => "tuple".into(),
        Ty::Range => "range".into(),
        Ty::Var(_) => "object".into(),
        Ty::Dict(..) => "dict".into(),
        Ty::Set(_) => "set".into(),
        Ty::Opt(inner) => ty_word_name(inner).into(),
        Ty::Func(_) | Ty::Closure(_) | Ty::Fn(..) => "function".into(),
        Ty::ClassObj(_) => "type".into(),
        Ty::Method(..) => "method".into(),
        Ty::Iter(_) => "generator".into(),
        Ty::TupleN(_) => "tuple".into(),
        Ty::Iterable(_) => "object".into(),
        Ty::ExcType => "type".into(),
        Ty::Traceback => "traceback".into(),
        Ty::Union(_) => type_name(program, unboxed(program, word, ty).0, &unboxed(program, word, ty).1),
        // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
        Ty::Class(_) => unsafe { ObjRef::from_raw(word) }
            .map_or_else(|| "NoneType".into(), |obj| program.classes[obj.layout().0 as usize].name.clone()),
    }
}

/// `format(conv(value), spec)` as an f-string field computes it.
pub(super) fn format_value(program: &Program, word: u64, ty: &Ty, spec: &str, conv: Conv) -> OpResult<String> {
    let converted = match conv {
        Conv::None => None,
        Conv::Str => Some(text_of(program, word, ty, false)),
        Conv::Repr => Some(text_of(program, word, ty, true)),
        Conv::Ascii => Some(fmtspec::escape_non_ascii(&text_of(program, word, ty, true))),
    };
    if let Some(text) = converted {
        return fmtspec::format_str(&text, spec).map_err(raised);
    }
    let (word, ty) = unboxed(program, word, ty);
    let ty = &*ty;
    let result = match ty {
        Ty::Int => fmtspec::format_int(word as i64, spec),
        Ty::Bool => fmtspec::format_bool(word != 0, spec),
        Ty::Float => fmtspec::format_float(f64::from_bits(word), spec),
        // SAFETY: a non-null str-typed word is a live string.
        Ty::Str if word != 0 => fmtspec::format_str(unsafe { ObjRef::from_raw(word).expect("non-null").str() }, spec),
        _ if spec.is_empty() => Ok(text_of(program, word, ty, false)),
        _ => Err(FmtError {
            exc: "TypeError",
            msg: format!("unsupported format string passed to {}.__format__", type_name(program, word, ty)),
        }),
    };
    result.map_err(raised)
}

/// `fmt % (args...)`, the arguments' static types in `tys`.
pub(super) fn percent(program: &Program, fmt: &str, words: &[u64], tys: &[Ty]) -> OpResult<String> {
    let names: Vec<String> = words.iter().zip(tys).map(|(&word, ty)| type_name(program, word, ty)).collect();
    let args: Vec<FmtArg> = words
        .iter()
        .zip(tys)
        .zip(&names)
        .map(|((&word, ty), name)| {
            let (word, ty) = unboxed(program, word, ty);
            match &*ty {
                Ty::Int => FmtArg::Int(word as i64),
                Ty::Bool => FmtArg::Bool(word != 0),
                Ty::Float => FmtArg::Float(f64::from_bits(word)),
                _ if word == 0 => FmtArg::None,
                // SAFETY: a non-null str-typed word is a live string for the whole instruction.
                Ty::Str => FmtArg::Str(unsafe { ObjRef::from_raw(word).expect("non-null").str() }),
                _ => FmtArg::Other {
                    type_name: name,
                    str: text_of(program, word, &ty, false),
                    repr: text_of(program, word, &ty, true),
                },
            }
        })
        .collect();
    fmtspec::percent_format(fmt, &args).map_err(raised)
}
