//! How CPython 3.11 lays out a set display it turns into a constant. The
//! compiler folds a display of three or more constants into a frozenset
//! constant and the running code merges it into a new set
//! ([`jcvm_gc::SetTable::fold_constant_display`]); its AST optimizer turns a
//! display of constants that a `for` or a comprehension iterates, or that
//! follows `in`, into a frozenset the code uses directly. Each such frozenset
//! is rebuilt once when the module's constants are merged, and there an
//! equal constant (same elements of the same types) met earlier in the module
//! is reused, laid out as that first one was. The layouts differ from adding
//! the items one by one, so iteration order does too.
//!
//! A frozenset holding a string is rebuilt once more when interning replaces
//! one of its strings (an equal string was interned before), which depends
//! on every name the process interned, which a compiler cannot know; when
//! that extra rebuild would change the layout, the display is refused.

use std::collections::HashMap;

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ast, CmpOp, Expr, Number, Stmt, UnaryOp};
use ruff_text_size::{Ranged, TextSize};

use super::decls::err;
use crate::error::CResult;
use crate::interp::pyhash;
use jcvm_gc::SetTable;

/// A constant as CPython's AST optimizer leaves it.
#[derive(Clone, Debug)]
enum Const {
    Int(i64),
    Bool(bool),
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
            Expr::BooleanLiteral(b) => Const::Bool(b.value),
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
                    Folded::Kept => return Ok(None),
                    Folded::Unknown => return may_fold(e),
                },
                _ => return Ok(None),
            },
            Expr::UnaryOp(u) if Const::of(&u.operand)?.is_some() => return may_fold(e),
            Expr::Subscript(s) if Const::of(&s.value)?.is_some() && !matches!(*s.slice, Expr::Slice(_)) => {
                match Const::of(&s.slice)? {
                    Some(_) => return may_fold(e),
                    None => return Ok(None),
                }
            }
            Expr::Subscript(s) if Const::of(&s.value)?.is_some() => return may_fold(e),
            _ => return Ok(None),
        }))
    }

    /// `hash(c)` as CPython computes it (strs as with PYTHONHASHSEED=0).
    fn hash(&self) -> i64 {
        match self {
            Const::Int(v) => pyhash::hash_int(*v),
            Const::Bool(b) => pyhash::hash_bool(*b),
            Const::Float(f) => pyhash::hash_float(*f),
            Const::Str(s) => pyhash::hash_str(s),
            // Any fixed value: CPython 3.11 hashes None by address.
            Const::None => pyhash::hash_pointer(0),
            Const::Tuple(items) => pyhash::hash_tuple(&items.iter().map(Const::hash).collect::<Vec<_>>()),
        }
    }

    /// `a == b`.
    fn equals(&self, other: &Const) -> bool {
        let as_int = |c: &Const| match *c {
            Const::Bool(b) => Const::Int(i64::from(b)),
            ref c => c.clone(),
        };
        match (&as_int(self), &as_int(other)) {
            (Const::Int(a), Const::Int(b)) => a == b,
            (Const::Float(a), Const::Float(b)) => a == b,
            (Const::Int(i), Const::Float(f)) | (Const::Float(f), Const::Int(i)) => *f == *i as f64 && f.fract() == 0.0,
            (Const::Str(a), Const::Str(b)) => a == b,
            (Const::None, Const::None) => true,
            (Const::Tuple(a), Const::Tuple(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.equals(y)),
            _ => false,
        }
    }

    /// The constant's key in CPython's constant cache (`_PyCode_ConstantKey`):
    /// equal values of different types (1, 1.0, True) or signs (0.0, -0.0)
    /// are different constants.
    fn key(&self) -> String {
        match self {
            Const::Int(v) => format!("i{v}"),
            Const::Bool(b) => format!("b{b}"),
            Const::Float(f) => format!("f{}", f.to_bits()),
            Const::Str(s) => format!("s{}:{s}", s.len()),
            Const::None => "n".into(),
            Const::Tuple(items) => format!("t({})", items.iter().map(Const::key).collect::<Vec<_>>().join(",")),
        }
    }

    /// Whether interning could replace this element of a frozenset (CPython
    /// interns constants made only of ASCII letters, digits and `_`; a string
    /// inside a tuple element is interned in place, which does not rebuild the
    /// frozenset).
    fn has_name_like_str(&self) -> bool {
        match self {
            Const::Str(s) => s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'),
            _ => false,
        }
    }
}

/// What CPython's AST optimizer makes of a binary operation on two constants.
enum Folded {
    To(Const),
    /// Left to run (it raises, as division by zero does).
    Kept,
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
            FloorDiv | Mod if b == 0 => Folded::Kept,
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
            LShift | RShift => Folded::Kept,
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
                Div if b == 0.0 => Folded::Kept,
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

/// What CPython makes of one set display it turns into a constant.
pub(super) struct Folding<'a> {
    /// The module's first display with an equal constant: its items, in its
    /// order, make the layout.
    pub canonical: &'a ast::ExprSet,
    /// The frozenset is used as it is (a `for` or a comprehension iterates it)
    /// instead of being merged into a new set.
    pub frozen: bool,
    /// Whether re-interning a string could change the layout.
    pub ambiguous: bool,
}

/// The set displays of a module that CPython turns into constants, by where they start.
pub(super) fn constant_displays(body: &[Stmt]) -> HashMap<TextSize, Folding<'_>> {
    let mut finder = Finder::default();
    finder.visit_body(body);
    finder.found
}

/// Walks a module in the order CPython compiles it, marking where a display
/// becomes a frozenset and which display each constant was first met as.
#[derive(Default)]
struct Finder<'a> {
    /// Displays a `for` or a comprehension iterates.
    iterated: Vec<TextSize>,
    /// Displays after `in` / `not in`.
    searched: Vec<TextSize>,
    /// The first display of each constant (by its constant key), and whether it is ambiguous.
    first: HashMap<String, (&'a ast::ExprSet, bool)>,
    found: HashMap<TextSize, Folding<'a>>,
}

impl<'a> Finder<'a> {
    fn mark_iterated(&mut self, e: &Expr) {
        if let Expr::Set(s) = e {
            self.iterated.push(s.range.start());
        }
    }

    /// A comprehension: CPython compiles its body first and its outermost
    /// iterable last (in the enclosing scope).
    fn comprehension(&mut self, generators: &'a [ast::Comprehension], elements: &[&'a Expr]) {
        for (i, generator) in generators.iter().enumerate() {
            if i > 0 {
                self.mark_iterated(&generator.iter);
                self.visit_expr(&generator.iter);
            }
            self.visit_expr(&generator.target);
            for condition in &generator.ifs {
                self.visit_expr(condition);
            }
        }
        for element in elements {
            self.visit_expr(element);
        }
        if let Some(outermost) = generators.first() {
            self.mark_iterated(&outermost.iter);
            self.visit_expr(&outermost.iter);
        }
    }

    fn display(&mut self, display: &'a ast::ExprSet) {
        let at = display.range.start();
        let (iterated, searched) = (self.iterated.contains(&at), self.searched.contains(&at));
        if display.elts.len() < 3 && !iterated && !searched {
            return;
        }
        let mut kept: Vec<Const> = Vec::new();
        for e in &display.elts {
            match Const::of(e) {
                Ok(Some(c)) => {
                    if !kept.iter().any(|k| k.equals(&c)) {
                        kept.push(c);
                    }
                }
                _ => return,
            }
        }
        let mut keys: Vec<String> = kept.iter().map(Const::key).collect();
        keys.sort();
        let (canonical, ambiguous) =
            *self.first.entry(keys.join("\u{0}")).or_insert_with(|| (display, ambiguous(display)));
        self.found.insert(at, Folding { canonical, frozen: iterated, ambiguous });
    }
}

impl<'a> Visitor<'a> for Finder<'a> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::For(f) = stmt {
            self.mark_iterated(&f.iter);
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Set(display) => self.display(display),
            Expr::Compare(c) => {
                if let (Some(CmpOp::In | CmpOp::NotIn), Some(Expr::Set(s))) = (c.ops.last(), c.comparators.last()) {
                    self.searched.push(s.range.start());
                }
            }
            Expr::ListComp(c) => return self.comprehension(&c.generators, &[&c.elt]),
            Expr::SetComp(c) => return self.comprehension(&c.generators, &[&c.elt]),
            Expr::Generator(c) => return self.comprehension(&c.generators, &[&c.elt]),
            Expr::DictComp(c) => return self.comprehension(&c.generators, &[&c.key, &c.value]),
            _ => {}
        }
        walk_expr(self, expr);
    }
}

/// Whether the layout of a display folded into a constant depends on string
/// re-interning (one more rebuild would change it).
fn ambiguous(display: &ast::ExprSet) -> bool {
    let consts: Vec<Const> = display.elts.iter().filter_map(|e| Const::of(e).ok().flatten()).collect();
    if !consts.iter().any(Const::has_name_like_str) {
        return false;
    }
    let layout = |reinterned: bool| {
        let items = consts.iter().enumerate().map(|(i, c)| (c.hash(), i as u64));
        SetTable::from_constant_display(items, reinterned, &mut |a, b| consts[a as usize].equals(&consts[b as usize]))
    };
    layout(false) != layout(true)
}

/// Refuses a display of three or more elements with an expression CPython
/// folds into a constant and jcvm does not compute.
pub(super) fn check_unfolded(display: &ast::ExprSet) -> CResult<()> {
    if display.elts.len() >= 3 {
        for e in &display.elts {
            Const::of(e)?;
        }
    }
    Ok(())
}

/// The refusal of a display whose layout depends on string re-interning.
pub(super) fn refuse_ambiguous<T>(display: &ast::ExprSet) -> CResult<T> {
    err(
        display.range,
        "this set display's order in CPython depends on which strings the process interned before; build it with set.add",
    )
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
        assert!(matches!(fold(Mod, &Const::Int(1), &Const::Int(0)), Folded::Kept));
        assert!(matches!(fold(Div, &Const::Float(1.0), &Const::Int(0)), Folded::Kept));
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
