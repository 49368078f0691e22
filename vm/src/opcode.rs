//! The register bytecode: one table, many consumers.
//!
//! [`for_each_op!`] lists every instruction once, with its typed operands and
//! its facts for the tiers (`alloc`: may allocate, so a GC safepoint follows
//! it; `raise`: may raise an exception; `call`: pushes a frame). The
//! [`Instr`] enum, its disassembly, its operand visitor (used by the
//! verifier) and its facts are all expanded from that one list; the
//! interpreter matches on `Instr` exhaustively, so an added instruction it
//! does not implement fails to compile.
//!
//! Registers are typed per function (see [`crate::ty::RegKind`]): an
//! instruction's name says which kind each operand is (`AddInt` reads two
//! i64 registers, `LoadFieldF64` writes an f64 register), so a code
//! generator can map registers 1:1 onto machine values.

use std::fmt;

use crate::ty::RegKind;

/// A register of the current frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reg(pub u16);

/// A register operand the instruction table declares to be of kind
/// `RegKind::Int` (i64, bool, None-typed). The aliases are the same type as
/// [`Reg`]; the table's spelling is what [`Instr::visit_reg_kinds`] reports and
/// `Function::verify` checks against the function's register kinds.
pub type IntReg = Reg;
/// A register operand declared `RegKind::Float` (see [`IntReg`]).
pub type FloatReg = Reg;
/// A register operand declared `RegKind::Ref` (see [`IntReg`]).
pub type RefReg = Reg;

/// The kind an operand type of the instruction table declares (`None`: a
/// plain [`Reg`], whose kind depends on the instruction's use).
fn declared_kind(operand_type: &str) -> Option<RegKind> {
    match operand_type {
        "IntReg" => Some(RegKind::Int),
        "FloatReg" => Some(RegKind::Float),
        "RefReg" => Some(RegKind::Ref),
        _ => None,
    }
}

/// An instruction index in the current function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Target(pub u32);

/// An index into one of the program's constant pools.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConstId(pub u32);

/// A function of the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FuncId(pub u32);

/// A class of the program (equal to its heap layout id).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClassId(pub u32);

/// The first of a call's argument registers in its function's
/// [`call_args`](crate::program::Function::call_args) table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArgsId(pub u32);

/// A module-level global.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GlobalId(pub u32);

/// A field slot of an instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot(pub u16);

/// An interned attribute name (for AttributeError messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameId(pub u16);

/// A type descriptor in the program's type table (for formatting).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TyId(pub u32);

/// Comparison conditions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cond {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

/// How list elements compare for `in` and order for `min`/`max`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElemKind {
    Int,
    Float,
    Str,
    Ref,
}

/// List methods that look for an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FindOp {
    /// `list.index(x)`: the first position (ValueError if absent).
    Index,
    /// `list.count(x)`.
    Count,
    /// `list.remove(x)`: removes the first (ValueError if absent).
    Remove,
}

/// The operation of a fused `list[i] op= value` (`ListUpdate`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpdateOp {
    AddInt,
    SubInt,
    AddFloat,
    SubFloat,
    MulFloat,
}

/// List methods that rearrange the list in place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReshapeOp {
    Reverse,
    Clear,
}

/// The str methods (see `interp::strs`); the comment says the result kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StrOp {
    /// str
    Upper,
    /// str
    Lower,
    /// str; `a` the chars to strip or None
    Strip,
    /// str
    LStrip,
    /// str
    RStrip,
    /// bool; `a` the prefix
    StartsWith,
    /// bool
    EndsWith,
    /// int; -1 when absent
    Find,
    /// int
    RFind,
    /// int; ValueError when absent
    Index,
    /// int
    RIndex,
    /// int
    Count,
    /// str; `a` old, `b` new
    Replace,
    /// list[str]; `a` the separator or None for whitespace
    Split,
    /// list[str]
    RSplit,
    /// list[str]
    SplitLines,
    /// str; `a` a list of strs
    Join,
    /// str; `a` the width (int)
    ZFill,
    /// str; `a` the width, `b` the fill char or None
    Center,
    /// str
    LJust,
    /// str
    RJust,
    /// bool
    IsDigit,
    /// bool
    IsAlpha,
    /// bool
    IsAlnum,
    /// bool
    IsSpace,
    /// bool
    IsUpper,
    /// bool
    IsLower,
    /// str
    Capitalize,
    /// str
    Title,
}

impl StrOp {
    /// The method's Python name (for error messages).
    pub fn method_name(self) -> &'static str {
        match self {
            StrOp::Upper => "upper",
            StrOp::Lower => "lower",
            StrOp::Strip => "strip",
            StrOp::LStrip => "lstrip",
            StrOp::RStrip => "rstrip",
            StrOp::StartsWith => "startswith",
            StrOp::EndsWith => "endswith",
            StrOp::Find => "find",
            StrOp::RFind => "rfind",
            StrOp::Index => "index",
            StrOp::RIndex => "rindex",
            StrOp::Count => "count",
            StrOp::Replace => "replace",
            StrOp::Split => "split",
            StrOp::RSplit => "rsplit",
            StrOp::SplitLines => "splitlines",
            StrOp::Join => "join",
            StrOp::ZFill => "zfill",
            StrOp::Center => "center",
            StrOp::LJust => "ljust",
            StrOp::RJust => "rjust",
            StrOp::IsDigit => "isdigit",
            StrOp::IsAlpha => "isalpha",
            StrOp::IsAlnum => "isalnum",
            StrOp::IsSpace => "isspace",
            StrOp::IsUpper => "isupper",
            StrOp::IsLower => "islower",
            StrOp::Capitalize => "capitalize",
            StrOp::Title => "title",
        }
    }

    /// Every method, for lookup by name.
    pub const ALL: [StrOp; 29] = [
        StrOp::Upper,
        StrOp::Lower,
        StrOp::Strip,
        StrOp::LStrip,
        StrOp::RStrip,
        StrOp::StartsWith,
        StrOp::EndsWith,
        StrOp::Find,
        StrOp::RFind,
        StrOp::Index,
        StrOp::RIndex,
        StrOp::Count,
        StrOp::Replace,
        StrOp::Split,
        StrOp::RSplit,
        StrOp::SplitLines,
        StrOp::Join,
        StrOp::ZFill,
        StrOp::Center,
        StrOp::LJust,
        StrOp::RJust,
        StrOp::IsDigit,
        StrOp::IsAlpha,
        StrOp::IsAlnum,
        StrOp::IsSpace,
        StrOp::IsUpper,
        StrOp::IsLower,
        StrOp::Capitalize,
        StrOp::Title,
    ];
}

/// The conversion of a formatted value (`f"{x!r}"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conv {
    /// `{x}`: `format(x, spec)`.
    None,
    /// `{x!s}`.
    Str,
    /// `{x!r}`.
    Repr,
    /// `{x!a}`.
    Ascii,
}

/// The `math` functions of floats (`b` is the second argument where there is
/// one; the predicates give 0.0/1.0 bits, the `Frexp*`/`Modf*` parts one half
/// of a tuple each).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathFn {
    Sqrt,
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Atan2,
    Exp,
    Exp2,
    Expm1,
    Log,
    LogBase,
    Log2,
    Log10,
    Log1p,
    Fabs,
    Hypot,
    Pow,
    Floor,
    Ceil,
    Trunc,
    IsNan,
    IsInf,
    IsFinite,
    Fmod,
    Remainder,
    CopySign,
    Sinh,
    Cosh,
    Tanh,
    Asinh,
    Acosh,
    Atanh,
    Erf,
    Erfc,
    Gamma,
    Lgamma,
    Degrees,
    Radians,
    Cbrt,
    NextAfter,
    Ulp,
    Ldexp,
    FrexpMantissa,
    FrexpExponent,
    ModfFrac,
    ModfInt,
}

impl MathFn {
    /// The function numbered `index` (`func as u8`), if there is one.
    pub fn from_index(index: u8) -> Option<MathFn> {
        // SAFETY: `MathFn` is `repr(u8)` with the default discriminants, 0 to
        // `ModfInt` without gaps, so every index up to `ModfInt`'s names a variant.
        (index <= MathFn::ModfInt as u8).then(|| unsafe { std::mem::transmute::<u8, MathFn>(index) })
    }
}

/// The `math` functions of ints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathIntFn {
    Gcd,
    Lcm,
    Isqrt,
    Factorial,
    Comb,
    Perm,
    /// `perm(n)`: `n!`.
    PermAll,
}

/// The `math` functions over a list of floats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathListFn {
    Fsum,
    Prod,
    Hypot,
}

/// The `random` functions with float results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RandFloatFn {
    Random,
    Uniform,
    Gauss,
    NormalVariate,
    ExpoVariate,
    /// `triangular(a, b, c)` with a mode.
    Triangular,
    /// `triangular(a, b)`.
    TriangularNoMode,
}

/// The `random` functions with int results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RandIntFn {
    RandInt,
    /// `randrange(stop)`.
    RandRange1,
    /// `randrange(start, stop)`.
    RandRange2,
    /// `randrange(start, stop, step)`.
    RandRange3,
    GetRandBits,
}

/// Dict and set operations on a key (see `interp::dicts`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictOp {
    /// `dst = key in d`.
    Contains,
    /// `dst = d[key]` (KeyError).
    Get,
    /// `dst = d.get(key, value)`.
    GetOr,
    /// `dst = d.pop(key)` (KeyError).
    Pop,
    /// `dst = d.pop(key, value)`.
    PopOr,
    /// `dst = d.setdefault(key, value)`.
    SetDefault,
    /// `del d[key]` (KeyError).
    Del,
    /// `s.add(key)`.
    Add,
    /// `s.discard(key)`.
    Discard,
    /// `s.remove(key)` (KeyError).
    Remove,
    /// `d.update(key)`: `key` is the other dict (or set); also `s |= t`.
    Update,
    /// `s &= key` (a set).
    IntersectionUpdate,
    /// `s -= key` (a set).
    DifferenceUpdate,
    /// `s ^= key` (a set).
    SymmetricDifferenceUpdate,
    /// `d.clear()`.
    Clear,
    /// `dst = d.copy()`.
    Copy,
    /// Lays out a set display's items as CPython does for a display it folded
    /// into a constant merged into a new set (see `compile::set_display`).
    FoldConstant,
    /// Lays out a set display's items as the frozenset constant CPython iterates
    /// in place of a display a `for` or a comprehension loops over.
    FoldFrozen,
}

/// The clocks of the `time` module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    /// `time.perf_counter()`.
    Perf,
    /// `time.time()`.
    Wall,
    /// `time.monotonic()`.
    Monotonic,
}

/// Builtin exception classes a program can raise or meet. They are the
/// program's first classes: class id `k as u32` is kind `k` (see
/// [`ExcKind::ALL`], parents before children).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExcKind {
    BaseException,
    Exception,
    ArithmeticError,
    ZeroDivisionError,
    OverflowError,
    LookupError,
    IndexError,
    KeyError,
    ValueError,
    TypeError,
    RuntimeError,
    NotImplementedError,
    RecursionError,
    AssertionError,
    AttributeError,
    MemoryError,
    NameError,
    UnboundLocalError,
    StopIteration,
    KeyboardInterrupt,
}

impl ExcKind {
    /// Every kind, in class-id order.
    pub const ALL: [ExcKind; 20] = [
        ExcKind::BaseException,
        ExcKind::Exception,
        ExcKind::ArithmeticError,
        ExcKind::ZeroDivisionError,
        ExcKind::OverflowError,
        ExcKind::LookupError,
        ExcKind::IndexError,
        ExcKind::KeyError,
        ExcKind::ValueError,
        ExcKind::TypeError,
        ExcKind::RuntimeError,
        ExcKind::NotImplementedError,
        ExcKind::RecursionError,
        ExcKind::AssertionError,
        ExcKind::AttributeError,
        ExcKind::MemoryError,
        ExcKind::NameError,
        ExcKind::UnboundLocalError,
        ExcKind::StopIteration,
        ExcKind::KeyboardInterrupt,
    ];

    /// The Python name.
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::BaseException => "BaseException",
            ExcKind::Exception => "Exception",
            ExcKind::ArithmeticError => "ArithmeticError",
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::LookupError => "LookupError",
            ExcKind::IndexError => "IndexError",
            ExcKind::KeyError => "KeyError",
            ExcKind::ValueError => "ValueError",
            ExcKind::TypeError => "TypeError",
            ExcKind::RuntimeError => "RuntimeError",
            ExcKind::NotImplementedError => "NotImplementedError",
            ExcKind::RecursionError => "RecursionError",
            ExcKind::AssertionError => "AssertionError",
            ExcKind::AttributeError => "AttributeError",
            ExcKind::MemoryError => "MemoryError",
            ExcKind::NameError => "NameError",
            ExcKind::UnboundLocalError => "UnboundLocalError",
            ExcKind::StopIteration => "StopIteration",
            ExcKind::KeyboardInterrupt => "KeyboardInterrupt",
        }
    }

    /// The base class (None for BaseException).
    pub fn parent(self) -> Option<ExcKind> {
        use ExcKind::*;
        Some(match self {
            BaseException => return None,
            Exception | KeyboardInterrupt => BaseException,
            ArithmeticError | LookupError | ValueError | TypeError | RuntimeError | AssertionError | AttributeError
            | MemoryError | NameError | StopIteration => Exception,
            ZeroDivisionError | OverflowError => ArithmeticError,
            IndexError | KeyError => LookupError,
            NotImplementedError | RecursionError => RuntimeError,
            UnboundLocalError => NameError,
        })
    }

    /// The class id of this builtin exception class (its place in [`ExcKind::ALL`]).
    pub fn class(self) -> ClassId {
        ClassId(self as u32)
    }

    /// The kind named `name`, if it is a builtin exception we support.
    pub fn from_name(name: &str) -> Option<ExcKind> {
        ExcKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// Receives every operand of an instruction; see [`Instr::visit_operands`].
pub trait OperandVisitor {
    /// A register operand.
    fn reg(&mut self, reg: Reg);
    /// A jump target.
    fn target(&mut self, target: Target);
}

/// Operand types report themselves to an [`OperandVisitor`].
pub trait Operand: fmt::Debug {
    /// Reports this operand if it is a register or a target.
    fn visit(&self, _visitor: &mut dyn OperandVisitor) {}

    /// Lets `f` rewrite this operand if it is a jump target.
    fn map_target(&mut self, _f: &mut dyn FnMut(&mut Target)) {}
    /// Lets `f` rewrite this operand if it is a register.
    fn map_reg(&mut self, _f: &mut dyn FnMut(&mut Reg)) {}
    /// Reports this operand with its declared kind if it is a register.
    fn visit_kind(&self, _kind: Option<RegKind>, _f: &mut dyn FnMut(Reg, Option<RegKind>)) {}
}

impl Operand for Reg {
    fn visit(&self, visitor: &mut dyn OperandVisitor) {
        visitor.reg(*self)
    }
    fn map_reg(&mut self, f: &mut dyn FnMut(&mut Reg)) {
        f(self)
    }
    fn visit_kind(&self, kind: Option<RegKind>, f: &mut dyn FnMut(Reg, Option<RegKind>)) {
        f(*self, kind)
    }
}

impl Operand for Target {
    fn visit(&self, visitor: &mut dyn OperandVisitor) {
        visitor.target(*self)
    }

    fn map_target(&mut self, f: &mut dyn FnMut(&mut Target)) {
        f(self)
    }
}

macro_rules! plain_operands {
    ($($t:ty),*) => { $(impl Operand for $t {})* };
}
plain_operands!(
    ConstId,
    ArgsId,
    FuncId,
    ClassId,
    GlobalId,
    Slot,
    NameId,
    TyId,
    Cond,
    ElemKind,
    FindOp,
    ReshapeOp,
    UpdateOp,
    Conv,
    StrOp,
    MathFn,
    MathIntFn,
    MathListFn,
    DictOp,
    RandFloatFn,
    RandIntFn,
    Clock,
    ExcKind,
    i32,
    u8,
    u16,
    bool
);

/// Facts the tiers need about an instruction.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OpFacts {
    /// May allocate: the interpreter polls the GC after it (a safepoint).
    pub alloc: bool,
    /// May raise an exception.
    pub raise: bool,
    /// Calls another function (pushes a frame; a safepoint).
    pub call: bool,
    /// Reads its `dst` too: it refills the scratch object `dst` holds (or makes
    /// one when it holds None). The compiler gives such a `dst` a register of
    /// its own that only this instruction writes, and the object never escapes,
    /// so reusing it is unobservable; the inliner leaves these functions alone.
    pub refill: bool,
    /// Leaves an object in its `dst` when it completes, never None (a new
    /// container or str, or the scratch one refilled).
    pub object: bool,
}

/// Invokes `$m!` with the instruction table.
///
/// Each entry: doc comment, `Name { operand: Type, ... }`, then the facts in
/// brackets (`alloc`, `raise`, `call`, `refill`, `object`).
#[macro_export]
macro_rules! for_each_op {
    ($m:ident) => {
        $m! {
            /// `dst = value` (i64 register, small constant).
            LoadInt { dst: IntReg, value: i32 } [];
            /// `dst = ints[k]` (i64 register).
            LoadConstInt { dst: IntReg, k: ConstId } [];
            /// `dst = floats[k]` (f64 register).
            LoadFloat { dst: FloatReg, k: ConstId } [];
            /// `dst = strs[k]` (ref register; constant strings are rooted).
            LoadStr { dst: RefReg, k: ConstId } [];
            /// `dst = None` (ref register).
            LoadNone { dst: RefReg } [];
            /// `dst = src` (same kind).
            Move { dst: Reg, src: Reg } [];
            /// UnboundLocalError for local `name` unless its `flag` register is set
            /// (emitted only for reads where the local may be unassigned).
            CheckBound { flag: IntReg, name: NameId } [raise];
            /// `dst = globals[global]`.
            LoadGlobal { dst: Reg, global: GlobalId } [];
            /// `globals[global] = src`.
            StoreGlobal { global: GlobalId, src: Reg } [];

            /// `dst = a + b` on i64; OverflowError outside i64.
            AddInt { dst: IntReg, a: IntReg, b: IntReg } [raise];
            /// `dst = a - b` on i64.
            SubInt { dst: IntReg, a: IntReg, b: IntReg } [raise];
            /// `dst = a * b` on i64.
            MulInt { dst: IntReg, a: IntReg, b: IntReg } [raise];
            /// `dst = a // b`, rounding toward negative infinity.
            FloorDivInt { dst: IntReg, a: IntReg, b: IntReg } [raise];
            /// `dst = a % b`, with the sign of `b`.
            ModInt { dst: IntReg, a: IntReg, b: IntReg } [raise];
            /// `dst = a ** b` for `b >= 0`.
            PowInt { dst: IntReg, a: IntReg, b: IntReg } [raise];
            /// `dst = a / b` as float.
            TrueDivInt { dst: FloatReg, a: IntReg, b: IntReg } [raise];
            /// `dst = a << b`.
            ShlInt { dst: IntReg, a: IntReg, b: IntReg } [raise];
            /// `dst = a >> b` (arithmetic).
            ShrInt { dst: IntReg, a: IntReg, b: IntReg } [raise];
            /// `dst = a & b`.
            AndInt { dst: IntReg, a: IntReg, b: IntReg } [];
            /// `dst = a | b`.
            OrInt { dst: IntReg, a: IntReg, b: IntReg } [];
            /// `dst = a ^ b`.
            XorInt { dst: IntReg, a: IntReg, b: IntReg } [];
            /// `dst = -src` on i64.
            NegInt { dst: IntReg, src: IntReg } [raise];
            /// `dst = ~src`.
            InvertInt { dst: IntReg, src: IntReg } [];
            /// `dst = abs(src)` on i64.
            AbsInt { dst: IntReg, src: IntReg } [raise];
            /// `dst = (a cond b)` on i64, as bool.
            CmpInt { dst: IntReg, a: IntReg, b: IntReg, cond: Cond } [];
            /// `dst = min(a, b)` or max (`max` true) on i64.
            MinMaxInt { dst: IntReg, a: IntReg, b: IntReg, max: bool } [];

            /// `dst = a + b` on f64.
            AddFloat { dst: FloatReg, a: FloatReg, b: FloatReg } [];
            /// `dst = a - b` on f64.
            SubFloat { dst: FloatReg, a: FloatReg, b: FloatReg } [];
            /// `dst = a * b` on f64.
            MulFloat { dst: FloatReg, a: FloatReg, b: FloatReg } [];
            /// `dst = a / b` on f64; ZeroDivisionError on zero.
            DivFloat { dst: FloatReg, a: FloatReg, b: FloatReg } [raise];
            /// `dst = a // b` on f64.
            FloorDivFloat { dst: FloatReg, a: FloatReg, b: FloatReg } [raise];
            /// `dst = a % b` on f64, with the sign of `b`.
            ModFloat { dst: FloatReg, a: FloatReg, b: FloatReg } [raise];
            /// `dst = a ** b` on f64.
            PowFloat { dst: FloatReg, a: FloatReg, b: FloatReg } [raise];
            /// `dst = -src` on f64.
            NegFloat { dst: FloatReg, src: FloatReg } [];
            /// `dst = abs(src)` on f64.
            AbsFloat { dst: FloatReg, src: FloatReg } [];
            /// `dst = (a cond b)` on f64, as bool.
            CmpFloat { dst: IntReg, a: FloatReg, b: FloatReg, cond: Cond } [];
            /// `dst = min(a, b)` or max on f64, with Python's NaN behaviour.
            MinMaxFloat { dst: FloatReg, a: FloatReg, b: FloatReg, max: bool } [];
            /// `dst = float(src)` from i64.
            IntToFloat { dst: FloatReg, src: IntReg } [];
            /// `dst = int(src)` from f64, truncating.
            FloatToInt { dst: IntReg, src: FloatReg } [raise];
            /// `dst = round(src)` to i64, ties to even.
            RoundFloat { dst: IntReg, src: FloatReg } [raise];
            /// `dst = round(src, digits)` on f64.
            RoundFloatDigits { dst: FloatReg, src: FloatReg, digits: IntReg } [raise];
            /// `dst = math.<func>(a[, b])` on floats.
            Math { dst: Reg, func: MathFn, a: Reg, b: Reg } [raise];
            /// `dst = math.<func>(a[, b])` on ints.
            MathInt { dst: Reg, func: MathIntFn, a: Reg, b: Reg } [raise];
            /// `dst = math.<func>(list)` over a list of floats (or ints, for `prod`: `ints`).
            MathList { dst: Reg, func: MathListFn, list: RefReg, ints: bool } [raise];
            /// `dst = math.isclose(a, b, rel_tol=rel, abs_tol=abs)`.
            IsClose { dst: IntReg, a: FloatReg, b: FloatReg, rel: FloatReg, abs: FloatReg } [raise];
            /// `dst = (a cond b)` for an int `a` and a float `b`, exactly (not through float(a)).
            CmpIntFloat { dst: IntReg, a: IntReg, b: FloatReg, cond: Cond } [];

            /// `random.seed(src)` for a value of type `ty` (int, float, str, or None for entropy).
            RandomSeed { src: Reg, ty: TyId } [];
            /// `dst = random.<func>(a, b, c)` (floats).
            RandomFloat { dst: FloatReg, func: RandFloatFn, a: Reg, b: Reg, c: Reg } [raise];
            /// `dst = random.<func>(a, b, c)` (ints).
            RandomInt { dst: IntReg, func: RandIntFn, a: IntReg, b: IntReg, c: IntReg } [raise];
            /// `dst = random.choice(list)`.
            RandomChoice { dst: Reg, list: RefReg } [raise];
            /// `random.shuffle(list)`.
            RandomShuffle { list: RefReg } [raise];
            /// `dst = random.sample(list, k)` (a new list).
            RandomSample { dst: RefReg, list: RefReg, k: IntReg } [alloc, raise];
            /// `dst = time.<clock>()` in seconds.
            Time { dst: FloatReg, clock: Clock } [];

            /// `dst = not src` for a bool.
            NotBool { dst: IntReg, src: IntReg } [];
            /// `dst = bool(src)` for an f64.
            TruthyFloat { dst: IntReg, src: FloatReg } [];
            /// `dst = src is not None` (instances are always true).
            TruthyRef { dst: IntReg, src: RefReg } [];
            /// `dst = bool(src)` for a str or None.
            TruthyStr { dst: IntReg, src: RefReg } [];
            /// `dst = bool(src)` for a list or None.
            TruthyList { dst: IntReg, src: RefReg } [];
            /// `dst = a is b` on references.
            IsRef { dst: IntReg, a: RefReg, b: RefReg } [];

            /// `goto target`.
            Jump { target: Target } [];
            /// `goto target` backwards; counts a loop back-edge for tier-up.
            LoopBack { target: Target } [];
            /// `if not cond: goto target`.
            JumpIfFalse { cond: IntReg, target: Target } [];
            /// `if cond: goto target`.
            JumpIfTrue { cond: IntReg, target: Target } [];
            /// `if not (a cond b): goto target` on i64 (fused compare and branch).
            JumpIfNotCmpInt { a: IntReg, b: IntReg, cond: Cond, target: Target } [];
            /// Range loop head over `counter = base`, `stop = base+1`, `step = base+2`:
            /// if `counter` has not passed `stop`, `var = counter` and `counter += step`;
            /// else `goto target`.
            ForRange { var: IntReg, base: IntReg, target: Target } [];
            /// List loop head over `list = base`, `index = base+1`: if `index < len(list)`,
            /// `var = list[index]` and `index += 1`; else `goto target`. TypeError on None.
            ForList { var: Reg, base: Reg, target: Target } [raise];
            /// ValueError if a range step is zero.
            CheckRangeStep { step: IntReg } [raise];

            /// `dst = new class` with zeroed fields.
            New { dst: RefReg, class: ClassId } [alloc];
            /// `dst = obj.slot` (i64 field); AttributeError on None.
            LoadFieldInt { dst: IntReg, obj: RefReg, slot: Slot, name: NameId } [raise];
            /// `dst = obj.slot` (f64 field).
            LoadFieldFloat { dst: FloatReg, obj: RefReg, slot: Slot, name: NameId } [raise];
            /// `dst = obj.slot` (reference field).
            LoadFieldRef { dst: RefReg, obj: RefReg, slot: Slot, name: NameId } [raise];
            /// `obj.slot = src` (i64 field).
            StoreFieldInt { obj: RefReg, slot: Slot, src: IntReg, name: NameId } [raise];
            /// `obj.slot = src` (f64 field).
            StoreFieldFloat { obj: RefReg, slot: Slot, src: FloatReg, name: NameId } [raise];
            /// `obj.slot = src` (reference field).
            StoreFieldRef { obj: RefReg, slot: Slot, src: RefReg, name: NameId } [raise];
            /// `obj.slot += src` (i64 field; the augmented assignment fused).
            AddFieldInt { obj: RefReg, slot: Slot, src: IntReg, name: NameId } [raise];
            /// `obj.slot -= src` (i64 field).
            SubFieldInt { obj: RefReg, slot: Slot, src: IntReg, name: NameId } [raise];
            /// `obj.slot += src` (f64 field).
            AddFieldFloat { obj: RefReg, slot: Slot, src: FloatReg, name: NameId } [raise];
            /// `obj.slot -= src` (f64 field).
            SubFieldFloat { obj: RefReg, slot: Slot, src: FloatReg, name: NameId } [raise];
            /// `obj.slot *= src` (f64 field).
            MulFieldFloat { obj: RefReg, slot: Slot, src: FloatReg, name: NameId } [raise];
            /// `dst = tuple[slot]`; TypeError on None (`unpack`: "cannot unpack non-iterable
            /// NoneType object", else "'NoneType' object is not subscriptable").
            TupleGet { dst: Reg, tuple: RefReg, slot: Slot, unpack: bool } [raise];
            /// AttributeError (`'NoneType' object has no attribute 'name'`) if `obj` is
            /// None: a method is looked up before its arguments run.
            CheckAttr { obj: RefReg, name: NameId } [raise];
            /// `dst = obj.slot` for a field `__init__` may leave unassigned: AttributeError
            /// (`'C' object has no attribute 'name'`) unless bit `bit` of the int field
            /// `mask` of `obj` is set; AttributeError on None.
            LoadLate { dst: Reg, obj: RefReg, slot: Slot, name: NameId, mask: Slot, bit: u8 } [raise];
            /// `dst = a == b` for two containers (lists, tuples, dicts, sets) of
            /// static type `types[ty]`, compared as CPython compares them.
            EqValue { dst: IntReg, a: RefReg, b: RefReg, ty: TyId } [];
            /// `dst = a | b`, `a & b`, `a - b` or `a ^ b` (`op` 0, 1, 2, 3) for two sets:
            /// a new set; TypeError on None. `op` 5, 6, 7: `a.intersection(b)`,
            /// `a.difference(b)`, `a.symmetric_difference(b)` for a list `b`.
            SetOp { dst: RefReg, a: RefReg, b: RefReg, op: u8 } [alloc, raise];
            /// `dst = type(src).__name__` for a value of static type `types[ty]`.
            TypeName { dst: RefReg, src: Reg, ty: TyId } [alloc];
            /// `obj.slot = src` for a field `__init__` may leave unassigned, and sets bit
            /// `bit` of the int field `mask` of `obj` (see `LoadLate`); AttributeError on None.
            StoreLate { obj: RefReg, slot: Slot, src: Reg, name: NameId, mask: Slot, bit: u8 } [raise];
            /// `dst = tuple[index]` for a `tuple[T, ...]` (a list object); IndexError
            /// (`tuple index out of range`), TypeError on None.
            TupleNGet { dst: Reg, tuple: RefReg, index: IntReg } [raise];
            /// `dst = tuple[index]` for a tuple of one element type (`index` in range).
            TupleItem { dst: Reg, tuple: RefReg, index: IntReg } [];
            /// ValueError unless `len(list) == count` (unpacking `a, b = xs`); TypeError on None.
            CheckUnpackLen { list: RefReg, count: u16 } [raise];
            /// ValueError unless the int `len == count` (unpacking a range object).
            CheckUnpackCount { len: IntReg, count: u16 } [raise];
            /// `dst = type(b) is a proper subclass of type(a)` (false if either is None): when
            /// CPython tries the right operand's reflected comparison first.
            SubclassOf { dst: IntReg, a: RefReg, b: RefReg } [];
            /// `dst = isinstance(obj, class)`.
            IsInstance { dst: IntReg, obj: RefReg, class: ClassId } [];

            /// `dst = func(a0, .., a[argc-1])` where the `a`s are the `argc` registers
            /// listed at `args` in the function's `call_args` (no copies into a window).
            Call { dst: Reg, func: FuncId, args: ArgsId, argc: u8 } [raise, call];
            /// `dst = a0.method(a1, ..)`, dispatched on the receiver's class through
            /// `func`'s vtable slot; AttributeError on None.
            CallMethod { dst: Reg, func: FuncId, args: ArgsId, argc: u8 } [raise, call];
            /// `dst = a0.method(a1, ..)` for a method no subclass overrides:
            /// a direct call after the None check (AttributeError).
            CallFinal { dst: Reg, func: FuncId, args: ArgsId, argc: u8 } [raise, call];
            /// `dst = f(a0, ..)` for a function object `f` (a `Callable` value: its
            /// function id and environment, see `compile::closures`); the environment,
            /// when there is one, goes first. TypeError if `f` is None.
            CallFn { dst: Reg, callee: RefReg, args: ArgsId, argc: u8 } [raise, call];
            /// Where an inlined call of `func` begins (its body follows, see
            /// `crate::inline`): RecursionError at the recursion limit and, if
            /// `check_none`, AttributeError when the receiver `recv` is None, as the call
            /// would raise; counts the call. `level` counts the inlined bodies around
            /// this one (a call made from an inlined body is that much deeper).
            EnterInline { func: FuncId, recv: Reg, check_none: bool, level: u8 } [raise];
            /// `dst = func(a0, ..)` for a generator function: a new generator object
            /// holding the frame the call would start (arguments as for `Call`).
            NewGen { dst: RefReg, func: FuncId, args: ArgsId, argc: u8 } [alloc];
            /// Resumes generator `gen` in a frame above this one; its next value goes
            /// to `dst`. An exhausted generator jumps to `target` instead.
            GenNext { dst: Reg, gen: RefReg, target: Target } [raise, call];
            /// In a generator: saves the frame into the generator object and gives
            /// `src` to the frame that resumed it.
            Yield { src: Reg } [call];
            /// Return `src` to the caller.
            Ret { src: Reg } [];
            /// Return `obj.slot` to the caller (a getter's `return self.field`, fused).
            RetField { obj: RefReg, slot: Slot, name: NameId } [raise];
            /// Return None to the caller.
            RetNone {} [];

            /// `dst = {}` (or `set()` when `flags` has bit 4): a new dict whose keys have
            /// type `key_ty`; bit 1: keys are references, bit 2: values are.
            NewDict { dst: RefReg, key_ty: TyId, flags: u8 } [alloc, object];
            /// `dst = set()` as `NewDict` (`flags` has bit 4), but the scratch set `dst`
            /// holds, emptied and keeping its table size, when it holds one (`refill`): the
            /// set of `len(set(...))`, which no program iterates.
            RefillSet { dst: RefReg, key_ty: TyId, flags: u8 } [alloc, refill, object];
            /// `dict[key] = value`; TypeError on None.
            DictSet { dict: RefReg, key: Reg, value: Reg } [raise];
            /// `dst = dict.op(key, value)` (see [`DictOp`]).
            DictOp { dst: Reg, dict: RefReg, key: Reg, value: Reg, op: DictOp } [alloc, raise];
            /// `dst = len(dict)`.
            DictLen { dst: IntReg, dict: RefReg } [raise];
            /// Dict (or set) loop head over `dict = base`, `position = base+1`, `size = base+2`
            /// (the size when the loop began), `remaining = base+3` (entries still to come, as
            /// CPython counts them): the next live entry's key to `key` and value to `value`,
            /// else `goto target`. RuntimeError if the size changed, or (a dict) if an entry
            /// comes when none should (keys deleted and added).
            ForDict { key: Reg, value: Reg, base: Reg, target: Target } [raise];
            /// `dst = list(dict.keys())` (`part` 0), `list(dict.values())` (1) or
            /// `list(dict.items())` (2, pairs of tuple class `pair`).
            DictList { dst: RefReg, dict: RefReg, part: u8, pair: ClassId } [alloc, raise];
            /// `dst = [items .. items+count]`.
            NewList { dst: RefReg, items: Reg, count: u16, refs: bool } [alloc, object];
            /// `dst = list * count` (a new list); `count_first` when the source wrote `count * list`.
            ListRepeat { dst: RefReg, list: RefReg, count: IntReg, count_first: bool } [alloc, raise, object];
            /// `dst = a + b` for lists (a new list).
            ListConcat { dst: RefReg, a: RefReg, b: RefReg } [alloc, raise];
            /// `dst = list[index]`; IndexError / TypeError.
            ListGet { dst: Reg, list: RefReg, index: IntReg } [raise];
            /// `list[index] = src`.
            ListSet { list: RefReg, index: IntReg, src: Reg } [raise];
            /// `list += src` (extends in place; `xs += xs` doubles); TypeError on None.
            ListExtend { list: RefReg, src: RefReg } [raise];
            /// `list.append(src)`.
            ListAppend { list: RefReg, src: Reg } [raise];
            /// Makes room in `list` for as many more items as `like` holds: a
            /// comprehension's new list, before its loop over `like` appends to it.
            /// Nothing when either is None (the loop raises for `like`).
            ListReserve { list: RefReg, like: RefReg } [];
            /// `list.insert(index, src)` (the index clamped as CPython does).
            ListInsert { list: RefReg, index: IntReg, src: Reg } [raise];
            /// `dst = list.pop(index)`; IndexError "pop index out of range".
            ListPopAt { dst: Reg, list: RefReg, index: IntReg } [raise];
            /// `dst = list.index(item)` / `list.count(item)` / `list.remove(item)` (see [`FindOp`]).
            ListFind { dst: IntReg, list: RefReg, item: Reg, kind: ElemKind, op: FindOp } [raise];
            /// `list.reverse()` / `list.clear()`.
            ListReshape { list: RefReg, op: ReshapeOp } [raise];
            /// `dst = list.copy()` (also `list[:]`).
            ListCopy { dst: RefReg, list: RefReg } [alloc, raise];
            /// `dst = list.pop()`.
            ListPop { dst: Reg, list: RefReg } [raise];
            /// `dst = len(list)`.
            ListLen { dst: IntReg, list: RefReg } [raise];
            /// `dst = item in list`.
            ListContains { dst: IntReg, list: RefReg, item: Reg, kind: ElemKind } [raise];
            /// `list.sort(reverse=reverse)`: a stable sort of ints, floats or strs.
            ListSort { list: RefReg, kind: ElemKind, reverse: IntReg } [raise];
            /// Sorts `list` stably by the values of `keys` (a list as long, of static type
            /// `list[ty]`; `keys` may be `list` itself), descending when `reverse`.
            ListSortBy { list: RefReg, keys: RefReg, ty: TyId, reverse: IntReg } [raise];
            /// `list.sort(key=...)` begins, as in CPython: `dst` = a new list holding
            /// `list`'s items, and `list` is left empty with no buffer (so the key
            /// function sees an empty list, and any change it makes allocates one).
            ListTake { dst: RefReg, list: RefReg } [alloc, raise];
            /// `list.sort(key=...)` ends: `list` gets `saved`'s items back (`saved`
            /// is left empty); ValueError "list modified during sort" when `check`
            /// and `list` has a buffer again (something was added meanwhile, and is
            /// dropped).
            ListPutBack { list: RefReg, saved: RefReg, check: bool } [raise];
            /// `dst = min(list)` or max.
            ListMinMax { dst: Reg, list: RefReg, kind: ElemKind, max: bool } [raise];

            /// `dst = a + b` for str.
            StrConcat { dst: RefReg, a: RefReg, b: RefReg } [alloc, raise];
            /// `dst = s * count` for str.
            StrRepeat { dst: RefReg, s: RefReg, count: IntReg } [alloc, raise];
            /// `dst = len(s)` in code points.
            StrLen { dst: IntReg, s: RefReg } [raise];
            /// `dst = s[index]` (a new one-character str).
            StrGet { dst: RefReg, s: RefReg, index: IntReg } [alloc, raise];
            /// `dst = (a cond b)` on str (None compares unequal).
            CmpStr { dst: IntReg, a: RefReg, b: RefReg, cond: Cond } [raise];
            /// `dst = str(src)` for a value of type `ty`.
            ToStr { dst: RefReg, src: Reg, ty: TyId } [alloc, object];
            /// `dst = s.op(a, b)` (see [`StrOp`] for each method's arguments and result).
            StrMethod { dst: Reg, s: RefReg, op: StrOp, a: Reg, b: Reg } [alloc, raise];
            /// `dst = seq[start:stop:step]` for a list (or a str when `text`); the bounds are
            /// `base..base+3`, each present when its bit (1, 2, 4) is set in `present`.
            Slice { dst: RefReg, seq: RefReg, base: Reg, present: u8, text: bool } [alloc, raise, object];
            /// `dst = seq[start:stop:step]` for a list (bounds as in `Slice`), written into the
            /// scratch list `dst` holds, or a new list when it holds None (`refill`): the
            /// slice a slice assignment copies from or a `for` loop iterates.
            RefillSlice { dst: RefReg, seq: RefReg, base: Reg, present: u8 } [alloc, raise, refill, object];
            /// `dst = a + b` for lists, written into the scratch list `dst` holds, or a new
            /// list when it holds None (`refill`), as `RefillSlice`.
            RefillConcat { dst: RefReg, a: RefReg, b: RefReg } [alloc, raise, refill, object];
            /// `list[index] = list[index] op src` (ints: OverflowError; the errors of
            /// `ListGet` first): `list[i] += value` where evaluating `value` before the
            /// item is read cannot be observed.
            ListUpdate { list: RefReg, index: IntReg, src: Reg, op: UpdateOp } [raise];
            /// `list[start:stop:step] = src` (bounds as in `Slice`).
            ListSetSlice { list: RefReg, base: Reg, present: u8, src: RefReg } [raise];
            /// `del list[start:stop:step]`.
            ListDelSlice { list: RefReg, base: Reg, present: u8 } [raise];
            /// `del list[index]`.
            ListDel { list: RefReg, index: IntReg } [raise];
            /// `dst = format(conv(src), spec)` for a value of type `ty` (`spec` a str).
            FormatValue { dst: RefReg, src: Reg, ty: TyId, spec: RefReg, conv: Conv } [alloc, raise];
            /// `dst = items[0] + .. + items[count-1]` (strs; an f-string's parts).
            StrBuild { dst: RefReg, items: Reg, count: u16 } [alloc];
            /// `dst = args[0] % (args[1], ..)`: `args[0]` is the format str, the others
            /// have the element types of the tuple type `tys`.
            PercentFormat { dst: RefReg, args: Reg, count: u16, tys: TyId } [alloc, raise];
            /// `dst = len(range)` for a range object.
            RangeLen { dst: IntReg, range: RefReg } [raise];
            /// `dst = hash(src)` for a value of type `ty` (CPython's values with PYTHONHASHSEED=0).
            Hash { dst: IntReg, src: Reg, ty: TyId } [];
            /// `dst = ord(s)`; TypeError unless `s` is one character.
            Ord { dst: IntReg, s: RefReg } [raise];
            /// `dst = chr(code)`; ValueError outside range(0x110000).
            Chr { dst: RefReg, code: IntReg } [alloc, raise];
            /// `dst = int(s)`; ValueError on bad text.
            StrToInt { dst: IntReg, s: RefReg } [raise];
            /// `dst = float(s)`; ValueError on bad text.
            StrToFloat { dst: FloatReg, s: RefReg } [raise];
            /// `print(*args, sep=sep, end=end)`; all strs, `sep`/`end` None for the defaults.
            Print { args: Reg, argc: u8, sep: RefReg, end: RefReg } [raise];

            /// `raise kind(msg)`; `msg` None for no argument.
            Raise { kind: ExcKind, msg: RefReg } [raise];
            /// `raise exc` (an exception object); with `from`, `raise exc from cause`
            /// (`cause` an exception or None). TypeError if `exc` is None.
            RaiseObj { exc: RefReg, cause: RefReg, from: bool } [raise];
            /// Raises `exc` again with its traceback (an unmatched `except`, the end of `finally`).
            Reraise { exc: RefReg } [raise];
            /// `raise` with no argument: the exception being handled, or RuntimeError.
            ReraiseCurrent {} [raise];
            /// An `except` block that caught `exc` begins (it is the exception being handled).
            EnterHandler { exc: RefReg } [];
            /// The innermost running `except` block ends.
            ExitHandler {} [];
            /// `BaseException.__init__(exc, *args)`: sets `str(exc)` and the repr of its arguments
            /// from `arg` of type `ty`: no argument (`args` 0: cleared), one (1), or several
            /// (2: `arg` is the tuple of them, shown as CPython shows `e.args`).
            ExcInit { exc: RefReg, arg: Reg, ty: TyId, args: u8 } [alloc];
        }
    };
}

/// `Some(reg)` for an operand named `dst`, `None` for any other (see [`Instr::dst`]).
macro_rules! dst_operand {
    (dst, $value:expr) => {
        Some(*$value)
    };
    ($other:ident, $value:expr) => {{
        let _ = $value;
        None
    }};
}

/// Sets an operand named `dst` to `$new` (see [`Instr::set_dst`]); true if it was one.
macro_rules! set_dst_operand {
    (dst, $value:expr, $new:expr) => {{
        *$value = $new;
        true
    }};
    ($other:ident, $value:expr, $new:expr) => {{
        let _ = $value;
        false
    }};
}

macro_rules! define_instr {
    ($( $(#[doc = $doc:literal])* $name:ident { $($field:ident : $ty:ty),* } [$($fact:ident),*]; )*) => {
        /// One bytecode instruction (see [`for_each_op!`]).
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Instr {
            $( $(#[doc = $doc])* $name { $($field: $ty),* }, )*
        }

        /// Every instruction's mnemonic, in table order ([`Instr::opcode`] indexes it).
        pub const OPCODE_NAMES: &[&str] = &[$( stringify!($name) ),*];

        /// Every instruction's facts, in table order (what [`Instr::facts`] returns,
        /// as constants: per-instruction helpers read them at compile time).
        pub const OPCODE_FACTS: &[OpFacts] = &[$( {
            #[allow(unused_mut)]
            let mut facts = OpFacts { alloc: false, raise: false, call: false, refill: false, object: false };
            $( facts.$fact = true; )*
            facts
        } ),*];

        /// The instructions' positions in the table (for [`Instr::opcode`], and
        /// the per-instruction helpers of `interp::tier`).
        #[allow(dead_code)]
        pub(crate) enum Opcode {
            $( $name, )*
        }

        impl Instr {
            /// The instruction's mnemonic.
            pub fn name(&self) -> &'static str {
                match self { $( Instr::$name { .. } => stringify!($name), )* }
            }

            /// The instruction's position in the table (an index of [`OPCODE_NAMES`]).
            pub fn opcode(&self) -> usize {
                match self { $( Instr::$name { .. } => Opcode::$name as usize, )* }
            }

            /// Reports every register and target operand.
            pub fn visit_operands(&self, visitor: &mut dyn OperandVisitor) {
                match self {
                    $( Instr::$name { $($field),* } => { $( Operand::visit($field, visitor); )* } )*
                }
            }

            /// Reports every register operand with the kind its table entry declares
            /// (`IntReg`, `FloatReg`, `RefReg`; None for a plain `Reg`).
            pub fn visit_reg_kinds(&self, f: &mut dyn FnMut(Reg, Option<RegKind>)) {
                match self {
                    $( Instr::$name { $($field),* } => {
                        $( Operand::visit_kind($field, declared_kind(stringify!($ty)), f); )*
                    } )*
                }
            }

            /// Lets `f` rewrite every register operand (renaming, inlining).
            pub fn map_regs(&mut self, f: &mut dyn FnMut(&mut Reg)) {
                match self {
                    $( Instr::$name { $($field),* } => { $( Operand::map_reg($field, f); )* } )*
                }
            }

            /// The register written through a `dst` operand, if the instruction has one.
            /// (Loop heads are the only other instructions that write registers: they
            /// advance their `var` and counter registers.)
            pub fn dst(&self) -> Option<Reg> {
                match self {
                    $( Instr::$name { $($field),* } => { None $( .or(dst_operand!($field, $field)) )* } )*
                }
            }

            /// Makes the instruction write `reg` through its `dst` operand (other
            /// operands naming the old `dst` stay); false if it has none.
            pub fn set_dst(&mut self, reg: Reg) -> bool {
                match self {
                    $( Instr::$name { $($field),* } => { false $( | set_dst_operand!($field, $field, reg) )* } )*
                }
            }

            /// Lets `f` rewrite every jump target (patching, relocation).
            pub fn map_targets(&mut self, f: &mut dyn FnMut(&mut Target)) {
                match self {
                    $( Instr::$name { $($field),* } => { $( Operand::map_target($field, f); )* } )*
                }
            }

            /// The tiers' facts about this instruction.
            pub fn facts(&self) -> OpFacts {
                OPCODE_FACTS[self.opcode()]
            }

            /// Writes the operands as `name=value` pairs.
            pub fn write_operands(&self, out: &mut dyn fmt::Write) -> fmt::Result {
                match self {
                    $( Instr::$name { $($field),* } => {
                        let mut _first = true;
                        $(
                            if !_first { out.write_str(", ")?; }
                            _first = false;
                            write!(out, "{}={}", stringify!($field), OperandDisplay($field))?;
                        )*
                        Ok(())
                    } )*
                }
            }
        }
    };
}

for_each_op!(define_instr);

/// Prints an operand compactly (`r3`, `@12`, `#4`).
struct OperandDisplay<'a, T: fmt::Debug>(&'a T);

impl<T: fmt::Debug> fmt::Display for OperandDisplay<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = format!("{:?}", self.0);
        // `Reg(3)` -> `r3`, `Target(7)` -> `@7`, other newtypes -> `#n`, enums as they are.
        if let Some(inner) = text.strip_prefix("Reg(").and_then(|s| s.strip_suffix(')')) {
            write!(f, "r{inner}")
        } else if let Some(inner) = text.strip_prefix("Target(").and_then(|s| s.strip_suffix(')')) {
            write!(f, "@{inner}")
        } else if let Some(open) = text.find('(') {
            write!(f, "#{}", &text[open + 1..text.len() - 1])
        } else {
            f.write_str(&text)
        }
    }
}

impl Instr {
    /// Whether control never falls through to the next instruction.
    pub fn is_terminator(&self) -> bool {
        matches!(
            self,
            Instr::Ret { .. }
                | Instr::RetField { .. }
                | Instr::RetNone {}
                | Instr::Raise { .. }
                | Instr::RaiseObj { .. }
                | Instr::Reraise { .. }
                | Instr::ReraiseCurrent {}
                | Instr::Jump { .. }
                | Instr::LoopBack { .. }
        )
    }
}

impl Instr {
    /// The run of consecutive registers an instruction reads as a block, if any:
    /// list items, print arguments, a loop head's counters.
    pub fn window(&self) -> Option<(Reg, usize)> {
        match *self {
            Instr::ForRange { base, .. } => Some((base, 3)),
            Instr::ForList { base, .. } => Some((base, 2)),
            Instr::ForDict { base, .. } => Some((base, 4)),
            Instr::NewList { items, count, .. } => Some((items, count as usize)),
            Instr::Print { args, argc, .. } => Some((args, argc as usize)),
            Instr::StrBuild { items, count, .. } => Some((items, count as usize)),
            Instr::Slice { base, .. }
            | Instr::RefillSlice { base, .. }
            | Instr::ListSetSlice { base, .. }
            | Instr::ListDelSlice { base, .. } => Some((base, 3)),
            Instr::PercentFormat { args, count, .. } => Some((args, count as usize)),
            _ => None,
        }
    }
}

impl fmt::Display for Instr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:<18}", self.name())?;
        self.write_operands(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_stay_small() {
        assert!(std::mem::size_of::<Instr>() <= 12, "Instr is {} bytes", std::mem::size_of::<Instr>());
    }

    #[test]
    fn disassembly_names_operands() {
        let text = Instr::AddInt { dst: Reg(2), a: Reg(0), b: Reg(1) }.to_string();
        assert_eq!(text, "AddInt            dst=r2, a=r0, b=r1");
        let jump = Instr::JumpIfFalse { cond: Reg(4), target: Target(9) }.to_string();
        assert!(jump.ends_with("cond=r4, target=@9"), "{jump}");
    }

    #[test]
    fn facts_come_from_the_table() {
        assert!(Instr::New { dst: Reg(0), class: ClassId(0) }.facts().alloc);
        assert!(!Instr::AddFloat { dst: Reg(0), a: Reg(0), b: Reg(0) }.facts().raise);
        assert!(Instr::Call { dst: Reg(0), func: FuncId(0), args: ArgsId(0), argc: 0 }.facts().call);
    }

    #[test]
    fn exception_class_ids_follow_all() {
        for (i, kind) in ExcKind::ALL.iter().enumerate() {
            assert_eq!(kind.class(), ClassId(i as u32));
            assert!(kind.parent().is_none_or(|p| p.class().0 < kind.class().0), "parents come first");
        }
    }

    #[test]
    fn math_functions_round_trip_through_their_index() {
        for index in 0..=u8::MAX {
            if let Some(func) = MathFn::from_index(index) {
                assert_eq!(func as u8, index);
            }
        }
        assert_eq!(MathFn::from_index(0), Some(MathFn::Sqrt));
        assert_eq!(MathFn::from_index(MathFn::ModfInt as u8), Some(MathFn::ModfInt));
        assert_eq!(MathFn::from_index(MathFn::ModfInt as u8 + 1), None);
    }

    #[test]
    fn opcodes_index_the_names() {
        let add = Instr::AddInt { dst: Reg(2), a: Reg(0), b: Reg(1) };
        assert_eq!(OPCODE_NAMES[add.opcode()], "AddInt");
        assert_eq!(OPCODE_NAMES[Instr::RetNone {}.opcode()], "RetNone");
    }

    #[test]
    fn dst_is_the_written_operand() {
        assert_eq!(Instr::AddInt { dst: Reg(2), a: Reg(0), b: Reg(1) }.dst(), Some(Reg(2)));
        assert_eq!(Instr::StoreFieldInt { obj: Reg(0), slot: Slot(0), src: Reg(1), name: NameId(0) }.dst(), None);
        let mut mv = Instr::Move { dst: Reg(1), src: Reg(2) };
        mv.map_regs(&mut |r| r.0 += 10);
        assert_eq!(mv, Instr::Move { dst: Reg(11), src: Reg(12) });
    }
}
