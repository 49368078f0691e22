//! Dicts (and the flags and key type sets share with them): the canonical encoding of keys (equal keys encode equally:
//! ints and bools by value, floats with -0.0 as 0.0, strs by text, tuples
//! element by element, instances by identity), lookups, and CPython's errors.
//! The entries live in the heap's [`DictData`], in insertion order.

use jcvm_gc::{DictData, ObjRef};

use super::exception::Raised;
use super::format::write_value;
use crate::opcode::{DictOp, ExcKind};
use crate::program::Program;
use crate::ty::Ty;

/// `aux` flag: the keys are references.
pub const KEY_REFS: u32 = 1;
/// `aux` flag: the values are references.
pub const VALUE_REFS: u32 = 2;
/// `aux` flag: a set (no values).
pub const SET: u32 = 4;
/// The key type's id in the program's type table is stored from this bit up.
pub const KEY_TY_SHIFT: u32 = 3;

/// The static key type of a dict object.
pub(super) fn key_ty(program: &Program, dict: ObjRef) -> &Ty {
    &program.types[(dict.dict_flags() >> KEY_TY_SHIFT) as usize]
}

/// Appends the canonical encoding of key `word` of type `ty`.
pub(super) fn encode_key(program: &Program, word: u64, ty: &Ty, out: &mut Vec<u8>) {
    match ty {
        Ty::Int | Ty::Bool => {
            out.push(0);
            out.extend_from_slice(&word.to_le_bytes());
        }
        Ty::Float => {
            let x = f64::from_bits(word);
            // -0.0 == 0.0, so they are one key.
            let bits = if x == 0.0 { 0 } else { word };
            out.push(1);
            out.extend_from_slice(&bits.to_le_bytes());
        }
        _ if word == 0 => out.push(5),
        Ty::Opt(_) | Ty::Union(_) => {
            let (word, ty) = super::text::unboxed(program, word, ty);
            let x = f64::from_bits(word);
            // In a union of int and float, an integral float equals the int (1.0 == 1).
            if *ty == Ty::Float && x.trunc() == x && x.abs() < 9.223372036854776e18 {
                encode_key(program, x as i64 as u64, &Ty::Int, out);
            } else {
                encode_key(program, word, &ty, out);
            }
        }
        Ty::Str => {
            // SAFETY: a non-null str-typed key is a live str.
            let text = unsafe { ObjRef::from_raw(word).expect("non-null").str() };
            out.push(2);
            out.extend_from_slice(&(text.len() as u64).to_le_bytes());
            out.extend_from_slice(text.as_bytes());
        }
        Ty::TupleN(elem) => {
            // SAFETY: a non-null tuple[T, ...] key is a live list object.
            let words = unsafe { ObjRef::from_raw(word).expect("non-null").list_words() }.to_vec();
            out.push(3);
            for w in words {
                encode_key(program, w, elem, out);
            }
        }
        Ty::Tuple(elems) => {
            // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
            let tuple = unsafe { ObjRef::from_raw(word) }.expect("non-null");
            out.push(3);
            for (i, elem) in elems.iter().enumerate() {
                // SAFETY: a tuple of this static shape has these slots.
                encode_key(program, unsafe { tuple.field(i as u32) }, elem, out);
            }
        }
        _ => {
            out.push(4);
            out.extend_from_slice(&word.to_le_bytes());
        }
    }
}

/// The KeyError CPython raises for a missing key: its message is the key's repr.
#[cold]
pub(super) fn key_error(program: &Program, word: u64, ty: &Ty) -> Raised {
    let mut text = String::new();
    write_value(program, word, ty, true, &mut text);
    Raised::new(ExcKind::KeyError, text)
}

/// The entry of `key` in `data`, if present.
pub(super) fn find(data: &DictData, key: &[u8]) -> Option<usize> {
    data.index.get(&jcvm_gc::KeyCode::new(key)).map(|&at| at as usize)
}

/// Inserts or replaces `key` (encoded as `encoded`) with `value`; returns true if it was new.
pub(super) fn insert(data: &mut DictData, encoded: &[u8], key: u64, value: u64) -> bool {
    let code = jcvm_gc::KeyCode::new(encoded);
    if let Some(&at) = data.index.get(&code) {
        data.values[at as usize] = value;
        return false;
    }
    data.reserve_entry();
    let at = data.keys.len() as u32;
    data.keys.push(key);
    data.values.push(value);
    data.live.push(true);
    data.len += 1;
    data.index.insert(code, at);
    true
}

/// Removes `key`; returns its entry's value, if it was there.
pub(super) fn remove(data: &mut DictData, key: &[u8]) -> Option<u64> {
    let at = data.index.remove(&jcvm_gc::KeyCode::new(key))? as usize;
    data.live[at] = false;
    data.len -= 1;
    // The hole stays until an insertion compacts (as CPython's dummy entry does).
    Some(data.values[at])
}

/// The error of a dict method on None.
pub(super) fn none_dict(op: DictOp) -> Raised {
    let name = match op {
        DictOp::Contains => return Raised::new(ExcKind::TypeError, "argument of type 'NoneType' is not iterable"),
        DictOp::Get | DictOp::GetOr => "get",
        DictOp::Pop | DictOp::PopOr => "pop",
        DictOp::SetDefault => "setdefault",
        DictOp::Del => return Raised::new(ExcKind::TypeError, "'NoneType' object does not support item deletion"),
        DictOp::Add => "add",
        DictOp::Discard => "discard",
        DictOp::Remove => "remove",
        DictOp::Update => "update",
        DictOp::Clear => "clear",
        DictOp::Copy => "copy",
        DictOp::FoldConstant | DictOp::FoldFrozen => unreachable!("a set display is never None"),
        DictOp::IntersectionUpdate | DictOp::DifferenceUpdate | DictOp::SymmetricDifferenceUpdate => {
            unreachable!("checked for None before")
        }
    };
    super::values::none_attribute(name)
}
