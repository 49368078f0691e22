//! Static types of the accepted Python subset, and the register kinds they map to.

use std::fmt;

use crate::opcode::{ClassId, FuncId};

/// A static type.
///
/// Reference types (`Str`, `List`, `Class`) are nullable: `Optional[C]` is
/// the same type as `C`, and None is the null reference. Every use that
/// CPython would reject on None (attribute access, `len`, indexing) is
/// checked at run time and raises CPython's exception.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    Int,
    Float,
    Bool,
    /// The type of the `None` literal and of functions returning nothing.
    None,
    Str,
    List(Box<Ty>),
    /// A fixed-length tuple: a heap object with one slot per element.
    Tuple(Vec<Ty>),
    /// `tuple[T, ...]`: a tuple of any length, stored as a list object that
    /// nothing changes.
    TupleN(Box<Ty>),
    /// `Iterable[T]`: only in the signatures of generic functions; the parameter
    /// takes the type of the argument (a list, range, tuple, generator ...) whose
    /// items bind `T`.
    Iterable(Box<Ty>),
    /// A `range` object: three int slots (start, stop, step).
    Range,
    /// A type variable of a generic function (`T`, or an `object` parameter); only
    /// in the signatures of generic functions, which are compiled per instance.
    Var(u32),
    /// `dict[K, V]`.
    Dict(Box<Ty>, Box<Ty>),
    /// `set[T]`.
    Set(Box<Ty>),
    Class(ClassId),
    /// A module-level function as a value. The function is the type: a parameter
    /// annotated `Callable[...]` makes its function generic, compiled for each
    /// function passed, so calls through it are direct. Its word is unused.
    Func(FuncId),
    /// A nested function or lambda that uses variables of the functions around it:
    /// its word is its environment, a tuple of the cells of those variables.
    Closure(FuncId),
    /// `Callable[[params], ret]` where a value is kept (a field, a container, a
    /// local, a return value): a function object holding a function id and the
    /// environment of a closure, called indirectly (`CallFn`).
    Fn(Vec<Ty>, Box<Ty>),
    /// A bound method `obj.name` as a value (of a list or an instance): its word is
    /// the receiver, and a call through it is a method call on the receiver.
    Method(Box<Ty>, String),
    /// A generator (`Iterator[T]`): a heap object holding a suspended frame of a
    /// generator function, which yields `T`s.
    Iter(Box<Ty>),
    /// A class as a value: the `cls` of a class method (compiled per class, so
    /// `cls(...)` constructs that class). Its word is unused (None).
    ClassObj(ClassId),
    /// `Union[...]` of numbers (int, float), str and classes, maybe with None:
    /// None, a reference to a boxed number, or the str or instance itself.
    Union(Vec<Ty>),
    /// `Optional[int]`, `Optional[float]` or `Optional[bool]`: None (the null
    /// reference) or a reference to a boxed number (a one-slot tuple).
    Opt(Box<Ty>),
    /// The `exc_type` parameter of `__exit__`: None, or an exception's class,
    /// represented by the exception object itself.
    ExcType,
    /// The `traceback` parameter of `__exit__`: None, or an exception's
    /// traceback, represented by the exception object itself.
    Traceback,
}

/// What a register holds, for the GC's root maps and the code generator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegKind {
    /// i64 (also bool as 0/1 and None-typed values).
    Int,
    /// f64 bits.
    Float,
    /// A heap reference or 0 for None.
    Ref,
}

impl Ty {
    /// The register kind that holds a value of this type.
    pub fn kind(&self) -> RegKind {
        match self {
            Ty::Int | Ty::Bool | Ty::None | Ty::Func(_) => RegKind::Int,
            Ty::Float => RegKind::Float,
            Ty::Str
            | Ty::Range
            | Ty::Var(_)
            | Ty::List(_)
            | Ty::Tuple(_)
            | Ty::Dict(..)
            | Ty::Set(_)
            | Ty::Class(_)
            | Ty::Opt(_)
            | Ty::Method(..)
            | Ty::Closure(_)
            | Ty::Fn(..)
            | Ty::Union(_)
            | Ty::Iter(_)
            | Ty::ClassObj(_)
            | Ty::TupleN(_)
            | Ty::Iterable(_)
            | Ty::ExcType
            | Ty::Traceback => RegKind::Ref,
        }
    }

    /// Whether values are heap references (nullable).
    pub fn is_ref(&self) -> bool {
        self.kind() == RegKind::Ref
    }

    /// Whether this is `int` or `bool` (bool takes part in int arithmetic).
    pub fn is_intlike(&self) -> bool {
        matches!(self, Ty::Int | Ty::Bool)
    }

    /// Whether a type variable occurs in this type.
    pub fn has_var(&self) -> bool {
        match self {
            Ty::Var(_) | Ty::Iterable(_) => true,
            Ty::List(e) | Ty::Set(e) | Ty::Iter(e) | Ty::TupleN(e) => e.has_var(),
            Ty::Tuple(es) => es.iter().any(Ty::has_var),
            Ty::Dict(k, v) => k.has_var() || v.has_var(),
            _ => false,
        }
    }

    /// This type with type variables replaced by their bindings in `subst`.
    pub fn substitute(&self, subst: &std::collections::HashMap<u32, Ty>) -> Ty {
        match self {
            Ty::Var(v) => subst.get(v).cloned().unwrap_or(Ty::Var(*v)),
            Ty::List(e) => Ty::List(Box::new(e.substitute(subst))),
            Ty::Set(e) => Ty::Set(Box::new(e.substitute(subst))),
            Ty::Iter(e) => Ty::Iter(Box::new(e.substitute(subst))),
            Ty::TupleN(e) => Ty::TupleN(Box::new(e.substitute(subst))),
            Ty::Tuple(es) => Ty::Tuple(es.iter().map(|e| e.substitute(subst)).collect()),
            Ty::Dict(k, v) => Ty::Dict(Box::new(k.substitute(subst)), Box::new(v.substitute(subst))),
            other => other.clone(),
        }
    }

    /// Binds the type variables of `self` (a parameter type) so that it is `actual`;
    /// false if they cannot be.
    pub fn unify(&self, actual: &Ty, subst: &mut std::collections::HashMap<u32, Ty>) -> bool {
        match (self, actual) {
            (Ty::Var(v), actual) => match subst.get(v) {
                Some(bound) => bound == actual,
                None if *actual == Ty::None => false,
                None => {
                    subst.insert(*v, actual.clone());
                    true
                }
            },
            (Ty::List(p), Ty::List(a))
            | (Ty::Set(p), Ty::Set(a))
            | (Ty::Iter(p), Ty::Iter(a))
            | (Ty::TupleN(p), Ty::TupleN(a)) => p.unify(a, subst),
            (Ty::Iterable(p), actual) => actual.item_type().is_some_and(|item| p.unify(&item, subst)),
            (Ty::Tuple(ps), Ty::Tuple(as_)) => {
                ps.len() == as_.len() && ps.iter().zip(as_).all(|(p, a)| p.unify(a, subst))
            }
            (Ty::Dict(pk, pv), Ty::Dict(ak, av)) => pk.unify(ak, subst) && pv.unify(av, subst),
            (p, a) => !p.has_var() && (p == a),
        }
    }

    /// Whether `pred` holds for this type or for one inside it as a container's
    /// element, key or value (lists, sets, tuples, dicts): what printing or
    /// iterating a value of this type reaches.
    pub fn any_within(&self, pred: &impl Fn(&Ty) -> bool) -> bool {
        pred(self)
            || match self {
                Ty::List(e) | Ty::Set(e) | Ty::TupleN(e) => e.any_within(pred),
                Ty::Tuple(es) => es.iter().any(|e| e.any_within(pred)),
                Ty::Dict(k, v) => k.any_within(pred) || v.any_within(pred),
                _ => false,
            }
    }

    /// Whether this is a number type (int, bool, float).
    pub fn is_number(&self) -> bool {
        matches!(self, Ty::Int | Ty::Bool | Ty::Float)
    }

    /// The type of the items a `for` loop over a value of this type gets.
    pub fn item_type(&self) -> Option<Ty> {
        match self {
            Ty::List(e) | Ty::Set(e) | Ty::Iter(e) | Ty::TupleN(e) | Ty::Dict(e, _) => Some((**e).clone()),
            Ty::Range => Some(Ty::Int),
            Ty::Str => Some(Ty::Str),
            Ty::Tuple(es) if !es.is_empty() && es.iter().all(|e| *e == es[0]) => Some(es[0].clone()),
            _ => None,
        }
    }

    /// For `Optional[number]`, the number type its non-None values have.
    pub fn boxed_number(&self) -> Option<&Ty> {
        match self {
            Ty::Opt(inner) => Some(inner),
            _ => None,
        }
    }
}

/// Prints a type as the user wrote it, with class names from `names`.
pub struct TyDisplay<'a> {
    pub ty: &'a Ty,
    pub class_names: &'a dyn Fn(ClassId) -> String,
}

impl fmt::Display for TyDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.ty {
            Ty::Int => f.write_str("int"),
            Ty::Float => f.write_str("float"),
            Ty::Bool => f.write_str("bool"),
            Ty::None => f.write_str("None"),
            Ty::Str => f.write_str("str"),
            Ty::Range => f.write_str("range"),
            Ty::ExcType => f.write_str("type[BaseException]"),
            Ty::Traceback => f.write_str("TracebackType"),
            Ty::Var(_) => f.write_str("T"),
            Ty::List(elem) => write!(f, "list[{}]", TyDisplay { ty: elem, class_names: self.class_names }),
            Ty::Tuple(elems) => {
                f.write_str("tuple[")?;
                for (i, elem) in elems.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{}", TyDisplay { ty: elem, class_names: self.class_names })?;
                }
                f.write_str("]")
            }
            Ty::Dict(k, v) => write!(
                f,
                "dict[{}, {}]",
                TyDisplay { ty: k, class_names: self.class_names },
                TyDisplay { ty: v, class_names: self.class_names }
            ),
            Ty::Set(elem) => write!(f, "set[{}]", TyDisplay { ty: elem, class_names: self.class_names }),
            Ty::Opt(inner) => write!(f, "Optional[{}]", TyDisplay { ty: inner, class_names: self.class_names }),
            Ty::Func(_) | Ty::Closure(_) => f.write_str("function"),
            Ty::Fn(params, ret) => {
                f.write_str("Callable[[")?;
                for (i, param) in params.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{}", TyDisplay { ty: param, class_names: self.class_names })?;
                }
                write!(f, "], {}]", TyDisplay { ty: ret, class_names: self.class_names })
            }
            Ty::ClassObj(id) => write!(f, "type[{}]", (self.class_names)(*id)),
            Ty::Method(..) => f.write_str("method"),
            Ty::Iter(elem) => write!(f, "Iterator[{}]", TyDisplay { ty: elem, class_names: self.class_names }),
            Ty::TupleN(elem) => write!(f, "tuple[{}, ...]", TyDisplay { ty: elem, class_names: self.class_names }),
            Ty::Iterable(elem) => write!(f, "Iterable[{}]", TyDisplay { ty: elem, class_names: self.class_names }),
            Ty::Union(members) => {
                f.write_str("Union[")?;
                for (i, member) in members.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{}", TyDisplay { ty: member, class_names: self.class_names })?;
                }
                f.write_str("]")
            }
            Ty::Class(id) => f.write_str(&(self.class_names)(*id)),
        }
    }
}
