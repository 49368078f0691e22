//! Sets: the heap's [`SetTable`] (CPython 3.11's set table, so a set iterates
//! and prints in CPython's order) driven by CPython's hash of each key and
//! Python's key equality, and the operations of `set` over it.

use jcvm_gc::{Heap, ObjKind, ObjRef, SetTable};

use super::exception::Raised;
use super::values::value_eq;
use super::{dicts, pyhash, text};
use crate::opcode::{DictOp, ExcKind};
use crate::program::Program;
use crate::ty::Ty;

/// `hash(value)` for a value of static type `ty`: CPython's hash functions
/// (strs as with PYTHONHASHSEED=0); instances hash by identity, as do None and
/// a NaN (CPython hashes both by address, so no program sees their order).
pub(super) fn hash_value(program: &Program, word: u64, ty: &Ty) -> i64 {
    match ty {
        Ty::Int => pyhash::hash_int(word as i64),
        Ty::Bool => pyhash::hash_bool(word != 0),
        Ty::Float => pyhash::hash_float(f64::from_bits(word)),
        // SAFETY: a non-null str-typed word is a live str.
        Ty::Str if word != 0 => pyhash::hash_str(unsafe { ObjRef::from_raw(word).expect("non-null").str() }),
        Ty::Opt(_) | Ty::Union(_) if word != 0 => {
            let (word, ty) = text::unboxed(program, word, ty);
            hash_value(program, word, &ty)
        }
        Ty::TupleN(elem) if word != 0 => {
            // SAFETY: a non-null tuple[T, ...] word is a live list object.
            let words = unsafe { ObjRef::from_raw(word).expect("non-null").list_words() }.to_vec();
            let items: Vec<i64> = words.iter().map(|&w| hash_value(program, w, elem)).collect();
            pyhash::hash_tuple(&items)
        }
        Ty::Tuple(elems) if word != 0 => {
            // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
            let tuple = unsafe { ObjRef::from_raw(word) }.expect("non-null");
            let items: Vec<i64> = elems
                .iter()
                .enumerate()
                // SAFETY: a tuple of this static shape has these slots.
                .map(|(i, elem)| hash_value(program, unsafe { tuple.field(i as u32) }, elem))
                .collect();
            pyhash::hash_tuple(&items)
        }
        _ => pyhash::hash_pointer(word),
    }
}

/// Whether a stored key equals a probe key, as CPython's set decides: the same
/// object (for unboxed numbers, the same bits: a NaN finds itself), or `==`.
fn key_eq(program: &Program, stored: u64, probe: u64, ty: &Ty) -> bool {
    stored == probe || value_eq(program, stored, probe, ty)
}

/// The static element type of a set object.
fn elem_ty(program: &Program, set: ObjRef) -> &Ty {
    dicts::key_ty(program, set)
}

/// The table of a set object, to read.
///
/// # Safety
/// `set` is a live set and no mutable borrow of its table is in use.
unsafe fn table<'a>(set: ObjRef) -> &'a SetTable {
    // SAFETY: per the contract.
    unsafe { set.set_table() }
}

/// The table of a set object, to change.
///
/// # Safety
/// `set` is a live set and no other borrow of its table is in use.
unsafe fn table_mut<'a>(set: ObjRef) -> &'a mut SetTable {
    // SAFETY: per the contract.
    unsafe { set.set_table_mut() }
}

/// `key in set`.
pub(super) fn contains(program: &Program, set: ObjRef, key: u64) -> bool {
    let ty = elem_ty(program, set);
    // SAFETY: a live set, only read (equality reads other objects, never this table).
    let table = unsafe { table(set) };
    if matches!(ty, Ty::Int) {
        return contains_int(set, key as i64);
    }
    table.contains(hash_value(program, key, ty), |stored| key_eq(program, stored, key, ty))
}

/// `n in set` for a set of ints.
pub(super) fn contains_int(set: ObjRef, n: i64) -> bool {
    // SAFETY: a live set, only read.
    unsafe { table(set) }.contains(pyhash::hash_int(n), |stored| stored == n as u64)
}

/// `set.add(n)` for a set of ints (or bools: they are equal exactly when their words are).
#[inline]
pub(super) fn add_int(set: ObjRef, n: i64) {
    // SAFETY: a live set, whose table nothing else borrows during the insertion.
    let table = unsafe { table_mut(set) };
    table.insert(pyhash::hash_int(n), n as u64, |stored| stored == n as u64);
}

/// `set.op(key)` for the set methods of [`DictOp`]; the result word.
///
/// `Update`'s key is the other collection: a set (CPython's `set_merge`) or a
/// dict (its keys in order, after one presizing, as `set_update_internal`).
pub(super) fn set_op(heap: &mut Heap, program: &Program, set: ObjRef, key: u64, op: DictOp) -> Result<u64, Raised> {
    let ty = elem_ty(program, set);
    let eq2 = &mut |stored: u64, probe: u64| key_eq(program, stored, probe, ty);
    match op {
        DictOp::Contains => Ok(u64::from(contains(program, set, key))),
        DictOp::Add => {
            if matches!(ty, Ty::Int) {
                add_int(set, key as i64);
            } else {
                // SAFETY: a live set; equality reads other objects, never this table.
                let table = unsafe { table_mut(set) };
                table.insert(hash_value(program, key, ty), key, |stored| key_eq(program, stored, key, ty));
            }
            Ok(0)
        }
        DictOp::Discard | DictOp::Remove => {
            let hash = hash_value(program, key, ty);
            // SAFETY: as for Add.
            let removed = unsafe { table_mut(set) }.remove(hash, &mut |stored| key_eq(program, stored, key, ty));
            if removed.is_none() && op == DictOp::Remove {
                return Err(dicts::key_error(program, key, ty));
            }
            Ok(0)
        }
        DictOp::Update => {
            // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
            let other = unsafe { ObjRef::from_raw(key) }
                .ok_or_else(|| Raised::new(ExcKind::TypeError, "'NoneType' object is not iterable"))?;
            if other == set {
                return Ok(0);
            }
            match other.kind() {
                ObjKind::Set => {
                    // SAFETY: two distinct live sets: one read, the other updated.
                    let (target, source) = unsafe { (table_mut(set), table(other)) };
                    target.merge(source, eq2);
                }
                _ => {
                    // The dict's keys are copied out before the set changes.
                    let keys: Vec<(i64, u64)> = {
                        // SAFETY: a live dict, only read here.
                        let data = unsafe { other.dict_data() };
                        let live = (0..data.keys.len()).filter(|&i| data.live[i]);
                        live.map(|i| (hash_value(program, data.keys[i], ty), data.keys[i])).collect()
                    };
                    // SAFETY: a live set.
                    unsafe { table_mut(set) }.update_from_dict(keys.len(), keys, eq2);
                }
            }
            Ok(0)
        }
        DictOp::IntersectionUpdate | DictOp::DifferenceUpdate | DictOp::SymmetricDifferenceUpdate => {
            // SAFETY: a reference-kind register holds 0 or a live object; the compiler
            // checked it is not None.
            let other = unsafe { ObjRef::from_raw(key) }.expect("checked for None");
            if other == set {
                // SAFETY: a live set.
                let table = unsafe { table_mut(set) };
                match op {
                    DictOp::IntersectionUpdate => table.intersection_update_self(),
                    _ => table.clear(),
                }
                return Ok(0);
            }
            // SAFETY: two distinct live sets: one read, the other updated.
            let (target, source) = unsafe { (table_mut(set), table(other)) };
            match op {
                DictOp::IntersectionUpdate => target.intersection_update(source, eq2),
                DictOp::DifferenceUpdate => target.difference_update(source, eq2),
                _ => target.symmetric_difference_update(source, eq2),
            }
            Ok(0)
        }
        DictOp::Clear => {
            // SAFETY: a live set.
            unsafe { table_mut(set) }.clear();
            Ok(0)
        }
        DictOp::Copy => {
            // SAFETY: a live set, read before the copy is allocated.
            let copy = unsafe { table(set) }.copy();
            Ok(heap.alloc_set_with(set.dict_flags(), copy).to_raw())
        }
        DictOp::FoldConstant | DictOp::FoldFrozen => {
            // SAFETY: a live set; equality reads other objects, never this table.
            unsafe { table_mut(set) }.fold_constant_display(op == DictOp::FoldConstant, eq2);
            Ok(0)
        }
        DictOp::Pop => {
            // SAFETY: a live set.
            let popped = unsafe { table_mut(set) }.pop();
            popped.ok_or_else(|| Raised::new(ExcKind::KeyError, "'pop from an empty set'"))
        }
        DictOp::Get | DictOp::GetOr | DictOp::PopOr | DictOp::SetDefault | DictOp::Del => {
            unreachable!("the compiler emits no dict-only operation on a set")
        }
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` on sets (`op` 0..3): a new set laid out
/// as CPython's would be.
pub(super) fn binary_op(heap: &mut Heap, program: &Program, a: u64, b: u64, op: u8) -> Result<u64, Raised> {
    // SAFETY: set registers hold 0 or live sets.
    let (Some(x), Some(y)) = (unsafe { ObjRef::from_raw(a) }, unsafe { ObjRef::from_raw(b) }) else {
        let symbol = ["|", "&", "-", "^"][usize::from(op)];
        let name = |w: u64| if w == 0 { "NoneType" } else { "set" };
        let message = format!("unsupported operand type(s) for {symbol}: '{}' and '{}'", name(a), name(b));
        return Err(Raised::new(ExcKind::TypeError, message));
    };
    let ty = elem_ty(program, x);
    let eq = &mut |stored: u64, probe: u64| key_eq(program, stored, probe, ty);
    if op >= 5 {
        // SAFETY: `y` is a live list of the set's element type, copied out first.
        let items: Vec<(i64, u64)> =
            unsafe { y.list_words() }.iter().map(|&w| (hash_value(program, w, ty), w)).collect();
        // SAFETY: a live set, only read.
        let p = unsafe { table(x) };
        let out = match op {
            5 => p.intersection_with_iter(items, eq),
            6 => p.difference_with_iter(items, eq),
            _ => {
                // `set(items)`, then the set's keys toggled in its slot order.
                let mut out = SetTable::from_keys(items, eq);
                out.symmetric_difference_update(p, eq);
                out
            }
        };
        return Ok(heap.alloc_set_with(x.dict_flags(), out).to_raw());
    }
    // SAFETY: live sets, only read (the operations detect `x == y` themselves).
    let (p, q) = unsafe { (table(x), table(y)) };
    let out = match op {
        0 => p.union(q, eq),
        1 => p.intersection(q, eq),
        2 => p.difference(q, eq),
        _ => p.symmetric_difference(q, eq),
    };
    Ok(heap.alloc_set_with(x.dict_flags(), out).to_raw())
}

/// The keys of a set in its iteration order (a snapshot).
pub(super) fn keys(set: ObjRef) -> Vec<u64> {
    // SAFETY: a live set, only read.
    unsafe { table(set) }.iter().collect()
}

/// `len(set)`.
pub(super) fn len(set: ObjRef) -> usize {
    // SAFETY: a live set, only read.
    unsafe { table(set) }.len()
}

/// `a == b` for two distinct sets of element type `ty`.
pub(super) fn sets_equal(program: &Program, a: ObjRef, b: ObjRef, ty: &Ty) -> bool {
    len(a) == len(b)
        && keys(a).into_iter().all(|key| {
            let hash = hash_value(program, key, ty);
            // SAFETY: a live set, only read.
            unsafe { table(b) }.contains(hash, &mut |stored| key_eq(program, stored, key, ty))
        })
}
