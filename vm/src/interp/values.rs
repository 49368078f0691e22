//! Runtime helpers of the list and str instructions: None checks with
//! CPython's messages, Python index normalization, element comparison.

use jcvm_gc::{ListItems, ObjKind, ObjRef};

use super::exception::{OpResult, Raised};
use super::ops;
use crate::opcode::{ElemKind, ExcKind};

/// The items of the list in `word`, or the exception `none` if it is None.
///
/// # Safety
/// `word` is 0 or a live list, no other borrow of its items is alive, and
/// the borrow is dropped (not forgotten).
#[inline]
pub(super) unsafe fn list_items_or<'a>(word: u64, none: impl FnOnce() -> Raised) -> OpResult<ListItems<'a>> {
    // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
    match unsafe { ObjRef::from_raw(word) } {
        // SAFETY: per the contract.
        Some(list) => Ok(unsafe { list.list_items() }),
        None => Err(none()),
    }
}

/// The elements of the list in `word`, to change in place, or the exception
/// `none` if it is None.
///
/// # Safety
/// `word` is 0 or a live list, and no other borrow of its items is alive.
#[inline]
pub(super) unsafe fn list_words_mut_or<'a>(word: u64, none: impl FnOnce() -> Raised) -> OpResult<&'a mut [u64]> {
    // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
    match unsafe { ObjRef::from_raw(word) } {
        // SAFETY: per the contract.
        Some(list) => Ok(unsafe { list.list_words_mut() }),
        None => Err(none()),
    }
}

/// The elements of the list in `word`, to read, or the exception `none` if it is None.
///
/// # Safety
/// `word` is 0 or a live list, and no mutable borrow of its items is alive.
#[inline]
pub(super) unsafe fn list_words_or<'a>(word: u64, none: impl FnOnce() -> Raised) -> OpResult<&'a [u64]> {
    // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
    match unsafe { ObjRef::from_raw(word) } {
        // SAFETY: per the contract.
        Some(list) => Ok(unsafe { list.list_words() }),
        None => Err(none()),
    }
}

/// A TypeError with a fixed message, for `list_items_or` and `list_words_or`.
pub(super) fn type_error(message: &'static str) -> impl FnOnce() -> Raised {
    move || Raised::new(ExcKind::TypeError, message)
}

#[cold]
pub(super) fn none_attribute(name: &str) -> Raised {
    Raised::new(ExcKind::AttributeError, format!("'NoneType' object has no attribute '{name}'"))
}

/// The AttributeError of a read of field `name` that `obj` never assigned.
#[cold]
pub(super) fn unassigned_field(program: &crate::program::Program, obj: ObjRef, name: crate::opcode::NameId) -> Raised {
    let class = &program.classes[obj.layout().0 as usize].name;
    let field = &program.names[usize::from(name.0)];
    Raised::new(ExcKind::AttributeError, format!("'{class}' object has no attribute '{field}'"))
}

/// Normalizes a Python index (negative counts from the end).
pub(super) fn list_index(index: i64, len: usize, message: &'static str) -> OpResult<usize> {
    let i = if index < 0 { index + len as i64 } else { index };
    if i < 0 || i >= len as i64 {
        return Err(Raised::new(ExcKind::IndexError, message));
    }
    Ok(i as usize)
}

/// The list in `word`, or the exception `none` if it is None.
pub(super) fn list_ref(word: u64, none: impl FnOnce() -> Raised) -> OpResult<ObjRef> {
    // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
    unsafe { ObjRef::from_raw(word) }.ok_or_else(none)
}

/// The operands of `a + b` for lists, or CPython's TypeError for a None among them.
pub(super) fn concat_operands(a: u64, b: u64) -> OpResult<(ObjRef, ObjRef)> {
    let right = if b == 0 { "NoneType" } else { "list" };
    let x = list_ref(a, || {
        Raised::new(ExcKind::TypeError, format!("unsupported operand type(s) for +: 'NoneType' and '{right}'"))
    })?;
    let y = list_ref(b, type_error("can only concatenate list (not \"NoneType\") to list"))?;
    Ok((x, y))
}

pub(super) fn str_arg<'s>(word: u64, func: &str) -> OpResult<&'s str> {
    // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
    match unsafe { ObjRef::from_raw(word) } {
        // SAFETY: a str register holds a live string; the borrow ends within the instruction.
        Some(s) => Ok(unsafe { s.str() }),
        None => Err(Raised::new(
            ExcKind::TypeError,
            format!("{func}() argument must be a string or a real number, not 'NoneType'"),
        )),
    }
}

pub(super) fn two_strs<'s>(a: u64, b: u64) -> OpResult<(&'s str, &'s str)> {
    // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
    match (unsafe { ObjRef::from_raw(a) }, unsafe { ObjRef::from_raw(b) }) {
        // SAFETY: str registers hold live strings; the borrows end within the instruction.
        (Some(x), Some(y)) => Ok(unsafe { (x.str(), y.str()) }),
        (Some(_), None) => Err(Raised::new(ExcKind::TypeError, "can only concatenate str (not \"NoneType\") to str")),
        (None, _) => Err(Raised::new(ExcKind::TypeError, "unsupported operand type(s) for +: 'NoneType' and 'str'")),
    }
}

pub(super) fn compare_strs(a: u64, b: u64, cond: crate::opcode::Cond) -> OpResult<bool> {
    use crate::opcode::Cond;
    // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
    match (unsafe { ObjRef::from_raw(a) }, unsafe { ObjRef::from_raw(b) }) {
        // SAFETY: str registers hold live strings.
        (Some(x), Some(y)) => {
            Ok(compare_str_bytes(a == b, unsafe { x.str() }.as_bytes(), unsafe { y.str() }.as_bytes(), cond))
        }
        _ if cond == Cond::Eq => Ok(a == b),
        _ if cond == Cond::Ne => Ok(a != b),
        (x, y) => Err(unordered_none(x.is_some(), y.is_some(), cond)),
    }
}

/// CPython's TypeError for ordering a str and None (`x_str`, `y_str`: which is a str).
#[cold]
fn unordered_none(x_str: bool, y_str: bool, cond: crate::opcode::Cond) -> Raised {
    use crate::opcode::Cond;
    let name = |is_str: bool| if is_str { "str" } else { "NoneType" };
    let symbol = match cond {
        Cond::Lt => "<",
        Cond::Le => "<=",
        Cond::Gt => ">",
        _ => ">=",
    };
    Raised::new(
        ExcKind::TypeError,
        format!("'{symbol}' not supported between instances of '{}' and '{}'", name(x_str), name(y_str)),
    )
}

/// `x <cond> y` for two strs by their UTF-8 bytes (whose order is the code
/// points' order, CPython's), `same` when they are one object. Short strings
/// are compared byte by byte: a library comparison's call costs more than
/// the few bytes.
#[inline]
fn compare_str_bytes(same: bool, x: &[u8], y: &[u8], cond: crate::opcode::Cond) -> bool {
    use std::cmp::Ordering;
    let order = if same {
        Ordering::Equal
    } else if x.len() <= 16 && y.len() <= 16 {
        x.iter().zip(y).map(|(a, b)| a.cmp(b)).find(|o| o.is_ne()).unwrap_or_else(|| x.len().cmp(&y.len()))
    } else {
        x.cmp(y)
    };
    ops::compare(&order, &Ordering::Equal, cond)
}

pub(super) fn elem_eq(a: u64, b: u64, kind: ElemKind) -> bool {
    match kind {
        ElemKind::Int | ElemKind::Ref => a == b,
        ElemKind::Float => a == b || f64::from_bits(a) == f64::from_bits(b),
        ElemKind::Str => {
            a == b
                // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
                || match (unsafe { ObjRef::from_raw(a) }, unsafe { ObjRef::from_raw(b) }) {
                    // SAFETY: elements of a str list and the needle are live strings.
                    (Some(x), Some(y)) if x.kind() == ObjKind::Str => unsafe { x.str() == y.str() },
                    _ => false,
                }
        }
    }
}

/// Whether `candidate` should replace `best` in `max` (or `min`).
pub(super) fn elem_beyond(candidate: u64, best: u64, kind: ElemKind, max: bool) -> OpResult<bool> {
    use std::cmp::Ordering;
    let ord = match kind {
        ElemKind::Int => Some((candidate as i64).cmp(&(best as i64))),
        ElemKind::Float => f64::from_bits(candidate).partial_cmp(&f64::from_bits(best)),
        // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
        ElemKind::Str => match (unsafe { ObjRef::from_raw(candidate) }, unsafe { ObjRef::from_raw(best) }) {
            // SAFETY: elements of a str list are live strings or 0.
            (Some(x), Some(y)) => Some(unsafe { x.str().cmp(y.str()) }),
            _ => {
                return Err(Raised::new(
                    ExcKind::TypeError,
                    "'>' not supported between instances of 'NoneType' and 'str'",
                ))
            }
        },
        ElemKind::Ref => None,
    };
    Ok(match ord {
        Some(Ordering::Greater) => max,
        Some(Ordering::Less) => !max,
        _ => false,
    })
}

/// The TypeError for a None tuple: unpacked, or indexed.
#[cold]
pub(super) fn none_tuple(unpack: bool) -> Raised {
    let message =
        if unpack { "cannot unpack non-iterable NoneType object" } else { "'NoneType' object is not subscriptable" };
    Raised::new(ExcKind::TypeError, message)
}

/// CPython's ValueError when a sequence of `len` items is unpacked into `expected` targets.
pub(super) fn unpack_len(len: usize, expected: usize) -> OpResult<()> {
    match len.cmp(&expected) {
        std::cmp::Ordering::Equal => Ok(()),
        std::cmp::Ordering::Greater => {
            Err(Raised::new(ExcKind::ValueError, format!("too many values to unpack (expected {expected})")))
        }
        std::cmp::Ordering::Less => Err(Raised::new(
            ExcKind::ValueError,
            format!("not enough values to unpack (expected {expected}, got {len})"),
        )),
    }
}

/// CPython's TypeError for `a < b` when one of them is None (`name` is the other's type).
fn not_orderable(a: u64, b: u64, name: &str) -> Raised {
    let type_of = |word: u64| if word == 0 { "NoneType" } else { name };
    Raised::new(
        ExcKind::TypeError,
        format!("'<' not supported between instances of '{}' and '{}'", type_of(a), type_of(b)),
    )
}

/// Sorts list words stably by element kind (CPython's `list.sort`): with
/// `reverse`, equal items keep their order. A str list holding None raises
/// CPython's TypeError.
pub(super) fn sort_items(items: &mut [u64], kind: ElemKind, reverse: bool) -> OpResult<()> {
    use std::cmp::Ordering;
    if kind == ElemKind::Str && items.contains(&0) {
        // CPython's sort compares items[1] < items[0] first; a None later on is met
        // in an order that depends on the data (named here as the first such pair).
        let at = (1..items.len()).find(|&i| items[i] == 0 || items[i - 1] == 0).unwrap_or(0);
        let (a, b) = if items.len() > 1 { (items[at], items[at - 1]) } else { (0, 1) };
        return Err(not_orderable(a, b, "str"));
    }
    let compare = |a: &u64, b: &u64| -> Ordering {
        match kind {
            ElemKind::Int => (*a as i64).cmp(&(*b as i64)),
            ElemKind::Float => f64::from_bits(*a).partial_cmp(&f64::from_bits(*b)).unwrap_or(Ordering::Equal),
            // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
            ElemKind::Str => match (unsafe { ObjRef::from_raw(*a) }, unsafe { ObjRef::from_raw(*b) }) {
                // SAFETY: the items of a str list are live strings (None was refused above).
                (Some(x), Some(y)) => unsafe { x.str().cmp(y.str()) },
                _ => Ordering::Equal,
            },
            ElemKind::Ref => Ordering::Equal,
        }
    };
    if reverse {
        items.sort_by(|a, b| compare(b, a));
    } else {
        items.sort_by(compare);
    }
    Ok(())
}

/// `list[start:stop:step] = new` where `new` holds other than as many items as
/// `picked` (the caller overwrites them in place when it holds as many): a
/// step-1 slice is replaced (the list grows or shrinks), an extended slice is
/// CPython's ValueError.
pub(super) fn replace_slice(items: &mut Vec<u64>, picked: super::strs::SliceIndices, new: &[u64]) -> OpResult<()> {
    let Some(from) = picked.unit_step_start() else {
        return Err(Raised::new(
            ExcKind::ValueError,
            format!("attempt to assign sequence of size {} to extended slice of size {}", new.len(), picked.len()),
        ));
    };
    items.splice(from..from + picked.len(), new.iter().copied());
    Ok(())
}

/// `len(range(start, stop, step))` (OverflowError past i64, as CPython's is past Py_ssize_t).
pub(super) fn range_len(start: i64, stop: i64, step: i64) -> OpResult<i64> {
    let (lo, hi, step) = if step > 0 {
        (i128::from(start), i128::from(stop), i128::from(step))
    } else {
        (i128::from(stop), i128::from(start), -i128::from(step))
    };
    let len = if lo < hi { (hi - lo - 1) / step + 1 } else { 0 };
    i64::try_from(len).map_err(|_| Raised::new(ExcKind::OverflowError, "Python int too large to convert to C ssize_t"))
}

/// Python's ordering of two words of static type `ty` (ints, floats, strs,
/// bools and tuples of them); NaN compares equal to everything, as a sort that
/// only asks `<` sees it.
pub(super) fn value_cmp(
    program: &crate::program::Program,
    a: u64,
    b: u64,
    ty: &crate::ty::Ty,
) -> OpResult<std::cmp::Ordering> {
    use crate::ty::Ty;
    use std::cmp::Ordering;
    Ok(match ty {
        Ty::Int | Ty::Bool => (a as i64).cmp(&(b as i64)),
        Ty::Float => f64::from_bits(a).partial_cmp(&f64::from_bits(b)).unwrap_or(Ordering::Equal),
        // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
        Ty::Str => match (unsafe { ObjRef::from_raw(a) }, unsafe { ObjRef::from_raw(b) }) {
            // SAFETY: str-typed words are live strs or 0.
            (Some(x), Some(y)) => unsafe { x.str().cmp(y.str()) },
            _ => return Err(not_orderable(a, b, "str")),
        },
        Ty::Tuple(elems) => {
            // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
            let (Some(x), Some(y)) = (unsafe { ObjRef::from_raw(a) }, unsafe { ObjRef::from_raw(b) }) else {
                return Err(not_orderable(a, b, "tuple"));
            };
            for (i, elem) in elems.iter().enumerate() {
                // SAFETY: tuples of this static shape have these slots.
                let (p, q) = unsafe { (x.field(i as u32), y.field(i as u32)) };
                let ord = value_cmp(program, p, q, elem)?;
                if ord != Ordering::Equal {
                    return Ok(ord);
                }
            }
            Ordering::Equal
        }
        Ty::Opt(_) | Ty::Union(_) => {
            let ((a, ta), (b, tb)) = (super::text::unboxed(program, a, ty), super::text::unboxed(program, b, ty));
            if ta == tb && *ta != Ty::None {
                return value_cmp(program, a, b, &ta);
            }
            let (na, nb) = (super::text::type_name(program, a, &ta), super::text::type_name(program, b, &tb));
            return Err(Raised::new(
                ExcKind::TypeError,
                format!("'<' not supported between instances of '{na}' and '{nb}'"),
            ));
        }
        _ => Ordering::Equal,
    })
}

/// Sorts `items` stably by `keys` (CPython's `list.sort(key=..., reverse=...)`).
pub(super) fn sort_by_keys(
    program: &crate::program::Program,
    items: &mut Vec<u64>,
    keys: &[u64],
    ty: &crate::ty::Ty,
    reverse: bool,
) -> OpResult<()> {
    if keys.len() != items.len() {
        return Err(Raised::new(ExcKind::ValueError, "list modified during sort"));
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    let mut failure = None;
    order.sort_by(|&i, &j| {
        let ord = value_cmp(program, keys[i], keys[j], ty).unwrap_or_else(|e| {
            failure.get_or_insert(e);
            std::cmp::Ordering::Equal
        });
        if reverse {
            ord.reverse()
        } else {
            ord
        }
    });
    if let Some(e) = failure {
        return Err(e);
    }
    let sorted: Vec<u64> = order.into_iter().map(|i| items[i]).collect();
    *items = sorted;
    Ok(())
}

/// `n` copies of `items` in one buffer, built by doubling (an empty `items`
/// costs nothing whatever `n` is); None if the memory cannot be had.
pub(super) fn repeat_words<T: Copy>(items: &[T], n: usize) -> Option<Vec<T>> {
    let total = items.len().checked_mul(n)?;
    // A block larger than the machine's memory is refused up front, as CPython's
    // malloc refuses it: reserving it may succeed (the allocator maps lazily),
    // and filling it would then end the process instead of raising MemoryError.
    if total.checked_mul(std::mem::size_of::<T>())? > machine_memory() {
        return None;
    }
    let mut out = Vec::new();
    out.try_reserve_exact(total).ok()?;
    if total == 0 {
        return Some(out);
    }
    out.extend_from_slice(items);
    while out.len() < total {
        let take = (total - out.len()).min(out.len());
        out.extend_from_within(..take);
    }
    Some(out)
}

/// Bytes of memory and swap the machine has (`/proc/meminfo`), read once; no
/// limit where that file does not exist.
fn machine_memory() -> usize {
    static BYTES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *BYTES.get_or_init(|| {
        let Ok(info) = std::fs::read_to_string("/proc/meminfo") else { return usize::MAX };
        let kb = |key: &str| -> Option<usize> {
            let line = info.lines().find(|l| l.starts_with(key))?;
            line.split_whitespace().nth(1)?.parse().ok()
        };
        match (kb("MemTotal:"), kb("SwapTotal:")) {
            (Some(mem), swap) => (mem + swap.unwrap_or(0)).saturating_mul(1024),
            _ => usize::MAX,
        }
    })
}

/// CPython's NameError for a global read before any assignment; a hidden global
/// (`f.<default x>`, `C.ATTR`) is named by what CPython would find missing.
#[cold]
pub(super) fn unbound_global(name: &str) -> Raised {
    let shown = name.split_once('.').map_or(name, |(owner, _)| owner);
    Raised::new(ExcKind::NameError, format!("name '{shown}' is not defined"))
}

/// `a == b` for values of static type `ty` (whose elements compare without
/// user `__eq__`, which the compiler checks): numbers by value, strs by text,
/// instances by identity, containers element by element, sets and dicts by keys.
pub(super) fn value_eq(program: &crate::program::Program, a: u64, b: u64, ty: &crate::ty::Ty) -> bool {
    use crate::ty::Ty;
    // One object is equal to itself (CPython compares container elements by identity
    // first, so `xs == xs` holds even with a NaN inside); this also keeps the arms
    // below from borrowing one container twice.
    if a == b && a != 0 && !matches!(ty, Ty::Int | Ty::Bool | Ty::Float | Ty::None | Ty::Opt(_) | Ty::Union(_)) {
        return true;
    }
    match ty {
        Ty::Int | Ty::Bool => a == b,
        Ty::Float => f64::from_bits(a) == f64::from_bits(b),
        Ty::None => true,
        Ty::Opt(_) | Ty::Union(_) => {
            let ((u, tu), (v, tv)) = (super::text::unboxed(program, a, ty), super::text::unboxed(program, b, ty));
            match (&*tu, &*tv) {
                (Ty::Float, Ty::Float) => f64::from_bits(u) == f64::from_bits(v),
                (Ty::Float, n) | (n, Ty::Float) if n.is_intlike() => {
                    let (i, f) =
                        if *tu == Ty::Float { (v as i64, f64::from_bits(u)) } else { (u as i64, f64::from_bits(v)) };
                    // Exactly, as CPython compares an int with a float.
                    f.fract() == 0.0 && (-9.223372036854776e18..9.223372036854776e18).contains(&f) && f as i64 == i
                }
                _ => tu == tv && value_eq(program, u, v, &tu),
            }
        }
        _ => {
            // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
            let (Some(x), Some(y)) = (unsafe { ObjRef::from_raw(a) }, unsafe { ObjRef::from_raw(b) }) else {
                return false;
            };
            match ty {
                // SAFETY: a non-null word of a static type is a live object of it (here and below).
                Ty::Str => unsafe { x.str() == y.str() },
                Ty::List(elem) | Ty::TupleN(elem) => {
                    // SAFETY: two distinct live lists (the same one returned above), read only.
                    let (p, q) = unsafe { (x.list_words().to_vec(), y.list_words().to_vec()) };
                    p.len() == q.len() && p.iter().zip(&q).all(|(&u, &v)| value_eq(program, u, v, elem))
                }
                Ty::Tuple(elems) => elems
                    .iter()
                    .enumerate()
                    // SAFETY: tuples of this static shape have these slots.
                    .all(|(i, e)| value_eq(program, unsafe { x.field(i as u32) }, unsafe { y.field(i as u32) }, e)),
                // SAFETY: a range object has its three int slots.
                Ty::Range => unsafe {
                    let (s1, e1, t1) = (x.field(0) as i64, x.field(1) as i64, x.field(2) as i64);
                    let (s2, e2, t2) = (y.field(0) as i64, y.field(1) as i64, y.field(2) as i64);
                    let (n1, n2) = (range_len(s1, e1, t1).unwrap_or(0), range_len(s2, e2, t2).unwrap_or(0));
                    n1 == n2 && (n1 == 0 || (s1 == s2 && (n1 == 1 || t1 == t2)))
                },
                Ty::Set(elem) => super::sets::sets_equal(program, x, y, elem),
                Ty::Dict(key_ty, value_ty) => {
                    // SAFETY: two distinct live dicts (the same one returned above), only read.
                    let (p, q) = unsafe { (x.dict_data(), y.dict_data()) };
                    if p.len != q.len {
                        return false;
                    }
                    let entries: Vec<(u64, u64)> =
                        (0..p.keys.len()).filter(|&i| p.live[i]).map(|i| (p.keys[i], p.values[i])).collect();
                    entries.into_iter().all(|(key, value)| {
                        let mut encoded = Vec::new();
                        super::dicts::encode_key(program, key, key_ty, &mut encoded);
                        // SAFETY: as above; `q` is only read.
                        let q = unsafe { y.dict_data() };
                        match super::dicts::find(q, &encoded) {
                            None => false,
                            Some(at) => value_eq(program, value, q.values[at], value_ty),
                        }
                    })
                }
                _ => false,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{compare_str_bytes, repeat_words};
    use crate::interp::ops;
    use crate::opcode::Cond;

    #[test]
    fn a_repeat_larger_than_the_machine_is_refused_before_any_allocation() {
        assert_eq!(repeat_words(&[1u8, 2], 3), Some(vec![1, 2, 1, 2, 1, 2]));
        assert_eq!(repeat_words::<u64>(&[], usize::MAX), Some(Vec::new()));
        // 398 GB (a differential program's `(s + sep) * n`): MemoryError at once,
        // where reserving lazily and filling had the process killed.
        if 541 * 737_235_270 > super::machine_memory() {
            assert_eq!(repeat_words(&[b'x'; 541], 737_235_270), None);
        }
    }

    #[test]
    fn str_comparison_orders_as_code_points_on_both_sides_of_the_short_path() {
        let strs = [
            "",
            "a",
            "b",
            "ab",
            "abc",
            "A",
            "é",
            "e\u{301}",
            "z",
            "zz",
            "\u{10ffff}",
            "\u{7f}",
            "0123456789abcdef",
            "0123456789abcdeg",
            "0123456789abcdef0",
            "0123456789abcdee9",
            "ééééééééé",
        ];
        for x in strs {
            for y in strs {
                for cond in [Cond::Lt, Cond::Le, Cond::Eq, Cond::Ne, Cond::Gt, Cond::Ge] {
                    let by_chars = ops::compare(&x.chars().collect::<Vec<_>>(), &y.chars().collect::<Vec<_>>(), cond);
                    assert_eq!(
                        compare_str_bytes(false, x.as_bytes(), y.as_bytes(), cond),
                        by_chars,
                        "{x:?} {cond:?} {y:?}"
                    );
                }
            }
            assert!(compare_str_bytes(true, x.as_bytes(), x.as_bytes(), Cond::Eq));
        }
    }
}
