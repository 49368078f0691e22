//! The list methods that are not on the hot path (`insert`, `pop(i)`, `index`,
//! `count`, `remove`), with CPython's index rules and messages, and the
//! charge to the heap for a list's buffer growing.

use jcvm_gc::Heap;

use super::exception::{OpResult, Raised};
use super::values::elem_eq;
use crate::opcode::{ElemKind, ExcKind, FindOp};
use crate::program::Program;
use crate::ty::Ty;

/// Runs `change` on a list's items and charges the heap for the capacity it
/// added (the buffer is outside the heap's cells, but counts toward the next
/// collection).
#[inline(always)]
pub(super) fn charging_growth(heap: &mut Heap, items: &mut Vec<u64>, change: impl FnOnce(&mut Vec<u64>)) {
    let before = items.capacity();
    change(items);
    if items.capacity() > before {
        heap.note_external_bytes((items.capacity() - before) * 8);
    }
}

/// `list.insert(index, value)`: a negative index counts from the end, and an
/// index outside the list inserts at the nearer end.
#[inline]
pub(super) fn insert(items: &mut Vec<u64>, index: i64, value: u64) {
    let len = items.len() as i64;
    let at = if index < 0 { (index + len).max(0) } else { index.min(len) };
    items.insert(at as usize, value);
}

/// `list.pop(index)`.
#[inline]
pub(super) fn pop_at(items: &mut Vec<u64>, index: i64) -> OpResult<u64> {
    if items.is_empty() {
        return Err(Raised::new(ExcKind::IndexError, "pop from empty list"));
    }
    let len = items.len() as i64;
    let at = if index < 0 { index + len } else { index };
    if !(0..len).contains(&at) {
        return Err(Raised::new(ExcKind::IndexError, "pop index out of range"));
    }
    Ok(items.remove(at as usize))
}

/// `list.index(x)`, `list.count(x)` or `list.remove(x)` (the result is 0 for remove).
pub(super) fn find(program: &Program, items: &mut Vec<u64>, needle: u64, kind: ElemKind, op: FindOp) -> OpResult<i64> {
    let position = items.iter().position(|&w| elem_eq(w, needle, kind));
    match (op, position) {
        (FindOp::Count, _) => Ok(items.iter().filter(|&&w| elem_eq(w, needle, kind)).count() as i64),
        (FindOp::Index, Some(i)) => Ok(i as i64),
        (FindOp::Remove, Some(i)) => {
            items.remove(i);
            Ok(0)
        }
        (FindOp::Index, None) => {
            let ty = match kind {
                ElemKind::Int => Ty::Int,
                ElemKind::Float => Ty::Float,
                ElemKind::Str => Ty::Str,
                ElemKind::Ref => Ty::None,
            };
            let mut text = String::new();
            if kind == ElemKind::Ref && needle != 0 {
                text.push_str("object");
            } else {
                super::format::write_value(program, needle, &ty, true, &mut text);
            }
            Err(Raised::new(ExcKind::ValueError, format!("{text} is not in list")))
        }
        (FindOp::Remove, None) => Err(Raised::new(ExcKind::ValueError, "list.remove(x): x not in list")),
    }
}
