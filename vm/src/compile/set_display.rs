//! How CPython 3.11 lays out a set display of three or more constants
//! (`{3, 1, 2}`): the compiler folds it into a frozenset constant, rebuilt
//! once more while constants are merged and a second time when interning one
//! of its strings replaces it, and the running code merges that frozenset
//! into a new set ([`jcvm_gc::SetTable::from_constant_display`]). The layout
//! differs from adding the items one by one, so iteration order does too.
//!
//! Whether CPython re-interns a string depends on every name the process has
//! interned before, which a compiler cannot know; when the two possible
//! layouts differ, the display is refused.

use ruff_python_ast::{self as ast, Expr, Number, UnaryOp};
use ruff_text_size::Ranged;

use super::decls::err;
use crate::error::CResult;
use crate::interp::pyhash;
use jcvm_gc::SetTable;

/// A constant as CPython's AST optimizer leaves it.
#[derive(Clone, Debug)]
enum Const {
    Int(i64),
    Float(f64),
    Str(String),
    None,
    Tuple(Vec<Const>),
}

impl Const {
    /// The constant an element is, None when it is not a constant; an error
    /// when CPython might fold it into one (`2 * 3`) and jcvm does not know.
    fn of(e: &Expr) -> CResult<Option<Const>> {
        Ok(Some(match e {
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => match i.as_i64() {
                    Some(v) => Const::Int(v),
                    None => return Ok(None),
                },
                Number::Float(f) => Const::Float(*f),
                Number::Complex { .. } => return Ok(None),
            },
            Expr::BooleanLiteral(b) => Const::Int(i64::from(b.value)),
            Expr::NoneLiteral(_) => Const::None,
            Expr::StringLiteral(s) => Const::Str(s.value.to_str().to_owned()),
            Expr::UnaryOp(u) if matches!(u.op, UnaryOp::USub | UnaryOp::UAdd) => match (u.op, Const::of(&u.operand)?) {
                (UnaryOp::USub, Some(Const::Int(v))) if v != i64::MIN => Const::Int(-v),
                (UnaryOp::USub, Some(Const::Float(f))) => Const::Float(-f),
                (UnaryOp::UAdd, Some(c @ (Const::Int(_) | Const::Float(_)))) => c,
                (_, None) => return Ok(None),
                _ => return may_fold(e),
            },
            Expr::Tuple(t) => {
                let mut items = Vec::with_capacity(t.elts.len());
                for item in &t.elts {
                    match Const::of(item)? {
                        Some(c) => items.push(c),
                        None => return Ok(None),
                    }
                }
                Const::Tuple(items)
            }
            Expr::BinOp(b) => match (Const::of(&b.left)?, Const::of(&b.right)?) {
                (Some(l), Some(r)) => match fold(b.op, &l, &r) {
                    Folded::To(c) => c,
                    Folded::NotFolded => return Ok(None),
                    Folded::Unknown => return may_fold(e),
                },
                _ => return Ok(None),
            },
            Expr::UnaryOp(u) if Const::of(&u.operand)?.is_some() => return may_fold(e),
            _ => return Ok(None),
        }))
    }

    /// `hash(c)` as CPython computes it (strs as with PYTHONHASHSEED=0).
    fn hash(&self) -> i64 {
        match self {
            Const::Int(v) => pyhash::hash_int(*v),
            Const::Float(f) => pyhash::hash_float(*f),
            Const::Str(s) => pyhash::hash_str(s),
            // Any fixed value: CPython 3.11 hashes None by address.
            Const::None => pyhash::hash_pointer(0),
            Const::Tuple(items) => pyhash::hash_tuple(&items.iter().map(Const::hash).collect::<Vec<_>>()),
        }
    }

    /// `a == b`.
    fn equals(&self, other: &Const) -> bool {
        match (self, other) {
            (Const::Int(a), Const::Int(b)) => a == b,
            (Const::Float(a), Const::Float(b)) => a == b,
            (Const::Int(i), Const::Float(f)) | (Const::Float(f), Const::Int(i)) => *f == *i as f64 && f.fract() == 0.0,
            (Const::Str(a), Const::Str(b)) => a == b,
            (Const::None, Const::None) => true,
            (Const::Tuple(a), Const::Tuple(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.equals(y)),
            _ => false,
        }
    }

    /// Whether interning could replace a string inside (CPython interns
    /// constants made only of ASCII letters, digits and `_`).
    fn has_name_like_str(&self) -> bool {
        match self {
            Const::Str(s) => s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'),
            Const::Tuple(items) => items.iter().any(Const::has_name_like_str),
            _ => false,
        }
    }
}

/// What CPython's AST optimizer makes of a binary operation on two constants.
enum Folded {
    To(Const),
    /// Left to run (it raises, as division by zero does).
    NotFolded,
    /// Folded in a way jcvm does not compute (a result beyond 64 bits, strings).
    Unknown,
}

/// `l op r` on constants, as CPython folds it (the operations jcvm computes exactly).
fn fold(op: ast::Operator, l: &Const, r: &Const) -> Folded {
    use ast::Operator::*;
    let int = |v: Option<i64>| v.map_or(Folded::Unknown, |v| Folded::To(Const::Int(v)));
    match (l, r) {
        (&Const::Int(a), &Const::Int(b)) => match op {
            Add => int(a.checked_add(b)),
            Sub => int(a.checked_sub(b)),
            Mult => int(a.checked_mul(b)),
            FloorDiv | Mod if b == 0 => Folded::NotFolded,
            FloorDiv => int(a.checked_div(b).map(|q| if a % b != 0 && ((a < 0) != (b < 0)) { q - 1 } else { q })),
            Mod => {
                let r = a.checked_rem(b).unwrap_or(0);
                Folded::To(Const::Int(if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r }))
            }
            Pow if b >= 0 => int(u32::try_from(b).ok().and_then(|e| a.checked_pow(e))),
            LShift if b >= 0 => int(u32::try_from(b).ok().filter(|&s| s < 64).and_then(|s| {
                let shifted = a << s;
                (shifted >> s == a).then_some(shifted)
            })),
            RShift if b >= 0 => Folded::To(Const::Int(a >> b.min(63))),
            LShift | RShift => Folded::NotFolded,
            BitAnd => Folded::To(Const::Int(a & b)),
            BitOr => Folded::To(Const::Int(a | b)),
            BitXor => Folded::To(Const::Int(a ^ b)),
            _ => Folded::Unknown,
        },
        (Const::Int(_) | Const::Float(_), Const::Int(_) | Const::Float(_)) => {
            let as_float = |c: &Const| match *c {
                Const::Int(v) => v as f64,
                Const::Float(f) => f,
                _ => unreachable!("numbers"),
            };
            let (a, b) = (as_float(l), as_float(r));
            match op {
                Add => Folded::To(Const::Float(a + b)),
                Sub => Folded::To(Const::Float(a - b)),
                Mult => Folded::To(Const::Float(a * b)),
                Div if b == 0.0 => Folded::NotFolded,
                // Ints up to 2**53 convert exactly, so the quotient is the correctly
                // rounded one CPython computes.
                Div if [a, b].iter().all(|x| x.abs() <= 9007199254740992.0) => Folded::To(Const::Float(a / b)),
                Div if matches!(l, Const::Float(_)) && matches!(r, Const::Float(_)) => Folded::To(Const::Float(a / b)),
                _ => Folded::Unknown,
            }
        }
        _ => Folded::Unknown,
    }
}

/// The refusal of a display CPython may constant-fold in a way jcvm does not follow.
fn may_fold<T>(e: &Expr) -> CResult<T> {
    err(
        e.range(),
        "a set display with a constant expression as an element is not supported (CPython folds it); compute it first",
    )
}

/// Whether CPython folds the display into a frozenset constant (three or more
/// elements, all constants), which the running code then merges into a new set.
/// A display that is `only_searched` (`x in {...}`) is never refused: no one
/// sees its order.
pub(super) fn is_folded(display: &ast::ExprSet, only_searched: bool) -> CResult<bool> {
    if display.elts.len() < 3 || only_searched {
        return Ok(false);
    }
    let mut consts = Vec::with_capacity(display.elts.len());
    for e in &display.elts {
        match Const::of(e)? {
            Some(c) => consts.push(c),
            None => return Ok(false),
        }
    }
    if !consts.iter().any(Const::has_name_like_str) {
        return Ok(true);
    }
    let layout = |reinterned: bool| {
        let items = consts.iter().enumerate().map(|(i, c)| (c.hash(), i as u64));
        SetTable::from_constant_display(items, reinterned, &mut |a, b| consts[a as usize].equals(&consts[b as usize]))
    };
    if layout(false) != layout(true) {
        return err(
            display.range,
            "this set display's order in CPython depends on which strings the process interned before; build it with set.add",
        );
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ast::Operator::*;

    fn int(op: ast::Operator, a: i64, b: i64) -> Option<i64> {
        match fold(op, &Const::Int(a), &Const::Int(b)) {
            Folded::To(Const::Int(v)) => Some(v),
            _ => None,
        }
    }

    #[test]
    fn integer_folding_floors_as_python_does() {
        assert_eq!(int(FloorDiv, -7, 2), Some(-4));
        assert_eq!(int(FloorDiv, 7, -2), Some(-4));
        assert_eq!(int(FloorDiv, -8, 2), Some(-4));
        assert_eq!(int(Mod, -7, 2), Some(1));
        assert_eq!(int(Mod, 7, -2), Some(-1));
        assert_eq!(int(Mod, i64::MIN, -1), Some(0));
        assert_eq!(int(Pow, 2, 61), Some(1 << 61));
        assert_eq!(int(LShift, 1, 62), Some(1 << 62));
    }

    #[test]
    fn results_beyond_64_bits_and_raising_operations_are_not_folded_here() {
        assert!(matches!(fold(FloorDiv, &Const::Int(i64::MIN), &Const::Int(-1)), Folded::Unknown));
        assert!(matches!(fold(Pow, &Const::Int(2), &Const::Int(64)), Folded::Unknown));
        assert!(matches!(fold(LShift, &Const::Int(1), &Const::Int(63)), Folded::Unknown));
        assert!(matches!(fold(Mod, &Const::Int(1), &Const::Int(0)), Folded::NotFolded));
        assert!(matches!(fold(Div, &Const::Float(1.0), &Const::Int(0)), Folded::NotFolded));
        assert!(matches!(fold(Add, &Const::Str("a".into()), &Const::Str("b".into())), Folded::Unknown));
    }

    #[test]
    fn equal_constants_across_number_types() {
        assert!(Const::Int(1).equals(&Const::Float(1.0)));
        assert!(!Const::Int(1).equals(&Const::Float(1.5)));
        assert!(Const::Tuple(vec![Const::Int(0)]).equals(&Const::Tuple(vec![Const::Float(-0.0)])));
        assert_eq!(Const::Int(2).hash(), Const::Float(2.0).hash());
    }
}
