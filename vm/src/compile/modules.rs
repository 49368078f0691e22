//! Calls into the supported modules: `math` (every function over ints and
//! floats), `time` (its clocks) and `random` (CPython's generator).

use ruff_python_ast::Expr;
use ruff_text_size::{Ranged, TextRange};

use super::decls::err;
use super::func::{FnBuilder, Val};
use crate::error::CResult;
use crate::opcode::{Clock, Instr, MathFn, MathIntFn, MathListFn, Reg};
use crate::ty::{RegKind, Ty};

/// The float functions of `math`: name, function, arity.
const FLOAT_FNS: &[(&str, MathFn, usize)] = &[
    ("sqrt", MathFn::Sqrt, 1),
    ("sin", MathFn::Sin, 1),
    ("cos", MathFn::Cos, 1),
    ("tan", MathFn::Tan, 1),
    ("asin", MathFn::Asin, 1),
    ("acos", MathFn::Acos, 1),
    ("atan", MathFn::Atan, 1),
    ("atan2", MathFn::Atan2, 2),
    ("exp", MathFn::Exp, 1),
    ("exp2", MathFn::Exp2, 1),
    ("expm1", MathFn::Expm1, 1),
    ("log2", MathFn::Log2, 1),
    ("log10", MathFn::Log10, 1),
    ("log1p", MathFn::Log1p, 1),
    ("fabs", MathFn::Fabs, 1),
    ("pow", MathFn::Pow, 2),
    ("fmod", MathFn::Fmod, 2),
    ("remainder", MathFn::Remainder, 2),
    ("copysign", MathFn::CopySign, 2),
    ("sinh", MathFn::Sinh, 1),
    ("cosh", MathFn::Cosh, 1),
    ("tanh", MathFn::Tanh, 1),
    ("asinh", MathFn::Asinh, 1),
    ("acosh", MathFn::Acosh, 1),
    ("atanh", MathFn::Atanh, 1),
    ("erf", MathFn::Erf, 1),
    ("erfc", MathFn::Erfc, 1),
    ("gamma", MathFn::Gamma, 1),
    ("lgamma", MathFn::Lgamma, 1),
    ("degrees", MathFn::Degrees, 1),
    ("radians", MathFn::Radians, 1),
    ("cbrt", MathFn::Cbrt, 1),
    ("nextafter", MathFn::NextAfter, 2),
    ("ulp", MathFn::Ulp, 1),
];

/// Every name `from math import` may take.
pub(super) const MATH_NAMES: &[&str] = &[
    "pi",
    "e",
    "tau",
    "inf",
    "nan",
    "sqrt",
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "atan2",
    "exp",
    "exp2",
    "expm1",
    "log",
    "log2",
    "log10",
    "log1p",
    "fabs",
    "hypot",
    "pow",
    "fmod",
    "remainder",
    "copysign",
    "sinh",
    "cosh",
    "tanh",
    "asinh",
    "acosh",
    "atanh",
    "erf",
    "erfc",
    "gamma",
    "lgamma",
    "degrees",
    "radians",
    "cbrt",
    "nextafter",
    "ulp",
    "floor",
    "ceil",
    "trunc",
    "isnan",
    "isinf",
    "isfinite",
    "ldexp",
    "frexp",
    "modf",
    "gcd",
    "lcm",
    "isqrt",
    "factorial",
    "comb",
    "perm",
    "fsum",
    "prod",
    "dist",
    "isclose",
];

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// `module.name(args)` for an imported module (or `name(args)` imported from it).
    pub(super) fn module_call(
        &mut self,
        module: &str,
        name: &str,
        args: &'a [Expr],
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        match module {
            "math" => self.math(name, args, &[], at, dst),
            "time" => {
                let clock = match name {
                    "perf_counter" => Clock::Perf,
                    "time" => Clock::Wall,
                    "monotonic" => Clock::Monotonic,
                    _ => return err(at, format!("time.{name} is not supported")),
                };
                if let Some(extra) = args.first() {
                    return err(extra.range(), format!("time.{name}() takes no arguments ({} given)", args.len()));
                }
                let reg = self.out(dst, RegKind::Float);
                self.emit(Instr::Time { dst: reg, clock });
                Ok(Val { reg, ty: Ty::Float })
            }
            "random" => self.random_call(name, args, at, dst),
            _ => err(at, format!("'{module}.{name}' cannot be called")),
        }
    }

    /// A float argument (an int converts).
    fn float_arg(&mut self, e: &'a Expr) -> CResult<Reg> {
        let v = self.expr(e, Some(&Ty::Float), None)?;
        if !v.ty.is_number() {
            return err(e.range(), format!("must be real number, not {}", self.c.ty_name(&v.ty)));
        }
        Ok(self.float_reg(v))
    }

    /// `math.name(args)`.
    pub(super) fn math(
        &mut self,
        name: &str,
        args: &'a [Expr],
        keywords: &'a [ruff_python_ast::Keyword],
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        let float_call = |b: &mut Self, func: MathFn, x: Reg, y: Reg| {
            let reg = b.out(dst, RegKind::Float);
            b.emit(Instr::Math { dst: reg, func, a: x, b: y });
            Ok(Val { reg, ty: Ty::Float })
        };
        if name != "isclose" {
            if let Some(keyword) = keywords.first() {
                return err(keyword.range, format!("math.{name}() takes no keyword arguments"));
            }
        }
        let arity_error = |expected: &str| err(at, format!("math.{name}() takes {expected} ({} given)", args.len()));
        if let Some(&(_, func, arity)) = FLOAT_FNS.iter().find(|(n, _, _)| *n == name) {
            if args.len() != arity {
                return arity_error(if arity == 1 { "exactly one argument" } else { "exactly 2 arguments" });
            }
            let x = self.float_arg(&args[0])?;
            let y = if arity == 2 { self.float_arg(&args[1])? } else { x };
            return float_call(self, func, x, y);
        }
        match name {
            "log" => match args {
                [x] => {
                    let x = self.float_arg(x)?;
                    float_call(self, MathFn::Log, x, x)
                }
                [x, base] => {
                    let x = self.float_arg(x)?;
                    let base = self.float_arg(base)?;
                    float_call(self, MathFn::LogBase, x, base)
                }
                _ => arity_error("1 or 2 arguments"),
            },
            "floor" | "ceil" | "trunc" => {
                let [arg] = args else { return arity_error("exactly one argument") };
                let v = self.expr(arg, None, None)?;
                if v.ty.is_intlike() {
                    return Ok(Val { reg: v.reg, ty: Ty::Int });
                }
                if v.ty != Ty::Float {
                    return err(arg.range(), format!("must be real number, not {}", self.c.ty_name(&v.ty)));
                }
                let func = match name {
                    "floor" => MathFn::Floor,
                    "ceil" => MathFn::Ceil,
                    _ => MathFn::Trunc,
                };
                let f = self.temp(RegKind::Float);
                self.emit(Instr::Math { dst: f, func, a: v.reg, b: v.reg });
                let reg = self.out(dst, RegKind::Int);
                self.emit(Instr::FloatToInt { dst: reg, src: f });
                Ok(Val { reg, ty: Ty::Int })
            }
            "isnan" | "isinf" | "isfinite" => {
                let [arg] = args else { return arity_error("exactly one argument") };
                let x = self.float_arg(arg)?;
                let func = match name {
                    "isnan" => MathFn::IsNan,
                    "isinf" => MathFn::IsInf,
                    _ => MathFn::IsFinite,
                };
                let reg = self.out(dst, RegKind::Int);
                self.emit(Instr::Math { dst: reg, func, a: x, b: x });
                Ok(Val { reg, ty: Ty::Bool })
            }
            "ldexp" => {
                let [x, i] = args else { return arity_error("exactly 2 arguments") };
                let x = self.float_arg(x)?;
                let i = self.int_expr(i)?;
                let fi = self.temp(RegKind::Float);
                self.emit(Instr::IntToFloat { dst: fi, src: i });
                float_call(self, MathFn::Ldexp, x, fi)
            }
            "frexp" | "modf" => {
                let [arg] = args else { return arity_error("exactly one argument") };
                let x = self.float_arg(arg)?;
                let (first, second) = if name == "frexp" {
                    (MathFn::FrexpMantissa, MathFn::FrexpExponent)
                } else {
                    (MathFn::ModfFrac, MathFn::ModfInt)
                };
                let a = self.temp(RegKind::Float);
                self.emit(Instr::Math { dst: a, func: first, a: x, b: x });
                let b = self.temp(RegKind::Float);
                self.emit(Instr::Math { dst: b, func: second, a: x, b: x });
                let second = if name == "frexp" {
                    let e = self.temp(RegKind::Int);
                    self.emit(Instr::FloatToInt { dst: e, src: b });
                    Val { reg: e, ty: Ty::Int }
                } else {
                    Val { reg: b, ty: Ty::Float }
                };
                self.new_tuple(vec![Val { reg: a, ty: Ty::Float }, second], dst)
            }
            "gcd" | "lcm" => {
                let func = if name == "gcd" { MathIntFn::Gcd } else { MathIntFn::Lcm };
                let reg = self.out(dst, RegKind::Int);
                match args {
                    [] => {
                        self.emit(Instr::LoadInt { dst: reg, value: i32::from(name == "lcm") });
                    }
                    [first, rest @ ..] => {
                        let first = self.int_expr(first)?;
                        // gcd(a) is abs(a): gcd(a, 0).
                        let zero = self.const_int_reg(0);
                        let mut acc = first;
                        let mut others: Vec<Reg> = Vec::new();
                        for arg in rest {
                            others.push(self.int_expr(arg)?);
                        }
                        if others.is_empty() {
                            let identity = if func == MathIntFn::Gcd { zero } else { self.const_int_reg(1) };
                            others.push(identity);
                        }
                        for other in others {
                            self.emit(Instr::MathInt { dst: reg, func, a: acc, b: other });
                            acc = reg;
                        }
                    }
                }
                Ok(Val { reg, ty: Ty::Int })
            }
            "isqrt" | "factorial" | "comb" | "perm" => {
                let (func, a, b) = match (name, args) {
                    ("isqrt", [n]) => (MathIntFn::Isqrt, n, None),
                    ("factorial", [n]) => (MathIntFn::Factorial, n, None),
                    ("comb", [n, k]) => (MathIntFn::Comb, n, Some(k)),
                    ("perm", [n]) => (MathIntFn::PermAll, n, None),
                    ("perm", [n, k]) => (MathIntFn::Perm, n, Some(k)),
                    _ => return arity_error("a different number of arguments"),
                };
                let a = self.int_expr(a)?;
                let b = match b {
                    Some(k) => self.int_expr(k)?,
                    None => a,
                };
                let reg = self.out(dst, RegKind::Int);
                self.emit(Instr::MathInt { dst: reg, func, a, b });
                Ok(Val { reg, ty: Ty::Int })
            }
            "fsum" | "prod" => {
                let [iterable] = args else { return arity_error("exactly one argument") };
                let list = self.collect_list(iterable, None, at, None)?;
                let Ty::List(elem) = &list.ty else { unreachable!("a list") };
                let ints = elem.is_intlike() && name == "prod";
                let list = if elem.is_intlike() && !ints {
                    self.collect_floats(list, at)?
                } else if !elem.is_number() {
                    return err(
                        iterable.range(),
                        format!("math.{name}() of {} is not supported", self.c.ty_name(elem)),
                    );
                } else {
                    list
                };
                let func = if name == "fsum" { MathListFn::Fsum } else { MathListFn::Prod };
                let (kind, ty) = if ints { (RegKind::Int, Ty::Int) } else { (RegKind::Float, Ty::Float) };
                let reg = self.out(dst, kind);
                self.emit(Instr::MathList { dst: reg, func, list: list.reg, ints });
                Ok(Val { reg, ty })
            }
            "hypot" => {
                if let [x, y] = args {
                    let x = self.float_arg(x)?;
                    let y = self.float_arg(y)?;
                    return float_call(self, MathFn::Hypot, x, y);
                }
                let mut regs = Vec::new();
                for arg in args {
                    regs.push(self.float_arg(arg)?);
                }
                let block = self.temp_block(&vec![RegKind::Float; regs.len()], at)?;
                for (i, r) in regs.iter().enumerate() {
                    self.emit(Instr::Move { dst: Reg(block.0 + i as u16), src: *r });
                }
                let list = self.temp(RegKind::Ref);
                self.emit(Instr::NewList { dst: list, items: block, count: regs.len() as u16, refs: false });
                let reg = self.out(dst, RegKind::Float);
                self.emit(Instr::MathList { dst: reg, func: MathListFn::Hypot, list, ints: false });
                Ok(Val { reg, ty: Ty::Float })
            }
            "isclose" => {
                let [a, b] = args else { return arity_error("exactly 2 positional arguments") };
                let a = self.float_arg(a)?;
                let b = self.float_arg(b)?;
                let mut rel = None;
                let mut abs = None;
                for keyword in keywords {
                    let slot = match keyword.arg.as_ref().map(|k| k.as_str()) {
                        Some("rel_tol") => &mut rel,
                        Some("abs_tol") => &mut abs,
                        _ => return err(keyword.range, "isclose() takes only rel_tol and abs_tol keywords"),
                    };
                    *slot = Some(self.float_arg(&keyword.value)?);
                }
                let rel = rel.unwrap_or_else(|| self.const_float_reg(1e-9));
                let abs = abs.unwrap_or_else(|| self.const_float_reg(0.0));
                let reg = self.out(dst, RegKind::Int);
                self.emit(Instr::IsClose { dst: reg, a, b, rel, abs });
                Ok(Val { reg, ty: Ty::Bool })
            }
            _ => err(at, format!("math.{name} is not supported")),
        }
    }

    /// A list of floats from a list of ints.
    fn collect_floats(&mut self, list: Val, at: TextRange) -> CResult<Val> {
        let out = self.temp(RegKind::Ref);
        self.emit(Instr::NewList { dst: out, items: Reg(0), count: 0, refs: false });
        let base = self.temp_block(&[RegKind::Ref, RegKind::Int], at)?;
        self.emit(Instr::Move { dst: base, src: list.reg });
        self.emit(Instr::LoadInt { dst: Reg(base.0 + 1), value: 0 });
        let item = self.temp(RegKind::Int);
        let top = self.here();
        let exit = self.emit(Instr::ForList { var: item, base, target: Self::HOLE });
        let f = self.temp(RegKind::Float);
        self.emit(Instr::IntToFloat { dst: f, src: item });
        self.emit(Instr::ListAppend { list: out, src: f });
        let back = self.emit(Instr::LoopBack { target: Self::HOLE });
        self.patch(back, top);
        self.patch_here(vec![exit]);
        Ok(Val { reg: out, ty: Ty::List(Box::new(Ty::Float)) })
    }
}

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// `random.name(args)`.
    fn random_call(&mut self, name: &str, args: &'a [Expr], at: TextRange, dst: Option<Reg>) -> CResult<Val> {
        use crate::opcode::{RandFloatFn as F, RandIntFn as I};
        let arity_error = || err(at, format!("random.{name}() with {} argument(s) is not supported", args.len()));
        let none = self.const_none_reg();
        let float_fn = match (name, args.len()) {
            ("random", 0) => Some(F::Random),
            ("uniform", 2) => Some(F::Uniform),
            ("gauss" | "normalvariate", 2) => Some(if name == "gauss" { F::Gauss } else { F::NormalVariate }),
            ("expovariate", 1) => Some(F::ExpoVariate),
            ("triangular", 3) => Some(F::Triangular),
            ("triangular", 2) => Some(F::TriangularNoMode),
            _ => None,
        };
        if let Some(func) = float_fn {
            let mut regs = Vec::new();
            for arg in args {
                regs.push(self.float_arg(arg)?);
            }
            let zero = self.const_float_reg(0.0);
            let get = |i: usize| regs.get(i).copied().unwrap_or(zero);
            let reg = self.out(dst, RegKind::Float);
            self.emit(Instr::RandomFloat { dst: reg, func, a: get(0), b: get(1), c: get(2) });
            return Ok(Val { reg, ty: Ty::Float });
        }
        let int_fn = match (name, args.len()) {
            ("randint", 2) => Some(I::RandInt),
            ("randrange", 1) => Some(I::RandRange1),
            ("randrange", 2) => Some(I::RandRange2),
            ("randrange", 3) => Some(I::RandRange3),
            ("getrandbits", 1) => Some(I::GetRandBits),
            _ => None,
        };
        if let Some(func) = int_fn {
            let mut regs = Vec::new();
            for arg in args {
                let v = self.expr(arg, Some(&Ty::Int), None)?;
                if !v.ty.is_intlike() {
                    return err(
                        arg.range(),
                        format!("'{}' object cannot be interpreted as an integer", self.c.ty_name(&v.ty)),
                    );
                }
                regs.push(v.reg);
            }
            let zero = self.const_int_reg(0);
            let get = |i: usize| regs.get(i).copied().unwrap_or(zero);
            let reg = self.out(dst, RegKind::Int);
            self.emit(Instr::RandomInt { dst: reg, func, a: get(0), b: get(1), c: get(2) });
            return Ok(Val { reg, ty: Ty::Int });
        }
        match (name, args) {
            ("seed", []) => {
                let ty = self.c.ty_id(&Ty::None);
                self.emit(Instr::RandomSeed { src: none, ty });
                Ok(Val { reg: none, ty: Ty::None })
            }
            ("seed", [value]) => {
                let v = self.expr(value, None, None)?;
                if !matches!(v.ty, Ty::Int | Ty::Bool | Ty::Float | Ty::Str | Ty::None) {
                    return err(value.range(), format!("random.seed() of {} is not supported", self.c.ty_name(&v.ty)));
                }
                let src = if v.ty == Ty::None { none } else { v.reg };
                let ty = self.c.ty_id(&v.ty);
                self.emit(Instr::RandomSeed { src, ty });
                Ok(Val { reg: none, ty: Ty::None })
            }
            ("choice", [seq]) => {
                let v = self.expr(seq, None, None)?;
                let Ty::List(elem) = &v.ty else {
                    return err(seq.range(), format!("random.choice() of {} is not supported", self.c.ty_name(&v.ty)));
                };
                let reg = self.out(dst, elem.kind());
                self.emit(Instr::RandomChoice { dst: reg, list: v.reg });
                Ok(Val { reg, ty: (**elem).clone() })
            }
            ("shuffle", [seq]) => {
                let v = self.expr(seq, None, None)?;
                if !matches!(v.ty, Ty::List(_)) {
                    return err(seq.range(), format!("random.shuffle() of {} is not supported", self.c.ty_name(&v.ty)));
                }
                self.emit(Instr::RandomShuffle { list: v.reg });
                Ok(Val { reg: none, ty: Ty::None })
            }
            ("sample", [seq, k]) => {
                let population = if matches!(seq, Expr::Call(c) if matches!(&*c.func, Expr::Name(n) if n.id.as_str() == "range"))
                {
                    self.collect_list(seq, None, at, None)?
                } else {
                    self.expr(seq, None, None)?
                };
                if !matches!(population.ty, Ty::List(_)) {
                    return err(
                        seq.range(),
                        format!("random.sample() of {} is not supported", self.c.ty_name(&population.ty)),
                    );
                }
                let k = self.int_expr(k)?;
                let reg = self.out(dst, RegKind::Ref);
                self.emit(Instr::RandomSample { dst: reg, list: population.reg, k });
                Ok(Val { reg, ty: population.ty })
            }
            _ => arity_error(),
        }
    }
}
