//! Direct instructions: those whose whole effect is on their registers and
//! the heap (containers, strings, formatting, `math`, `random`, `print`). They read
//! their operand registers, write their destination, may allocate and may
//! raise, and never jump, call or touch the frame stack.
//!
//! Their semantics are one function, [`Vm::exec_direct`], which the
//! interpreter runs for them (followed by its GC safepoint) and which compiled
//! code calls through its helper (`tier::direct_helper`), without entering the interpreter's
//! loop. An exception comes back as the [`Raised`] error; the caller raises it
//! at the instruction, with the interpreter's traceback machinery.

use jcvm_gc::{ObjKind, ObjRef};

use super::exception::OpResult;
use super::exception::Raised;
use super::values::{
    elem_beyond, elem_eq, list_index, list_items_or, list_ref, list_words_or, none_attribute, str_arg, two_strs,
    type_error,
};
use super::{dicts, format, lists, mathlib, ops, random, sets, strs, text, values, Vm, KEY_BUF};
use crate::opcode::{ExcKind, FindOp, Instr, RandFloatFn, RandIntFn, Reg, ReshapeOp};
use crate::program::Program;
use crate::ty::Ty;

/// A pattern matching the direct instructions frequent in programs: the
/// interpreter has an arm for each, calling its function (see
/// [`Vm::exec_direct`]) without a second dispatch.
macro_rules! hot_direct_instr {
    () => {
        $crate::opcode::Instr::Slice { .. }
            | $crate::opcode::Instr::RefillSlice { .. }
            | $crate::opcode::Instr::RefillSet { .. }
            | $crate::opcode::Instr::RefillConcat { .. }
            | $crate::opcode::Instr::ListSetSlice { .. }
            | $crate::opcode::Instr::ListInsert { .. }
            | $crate::opcode::Instr::ListPopAt { .. }
            | $crate::opcode::Instr::ListConcat { .. }
            | $crate::opcode::Instr::NewList { .. }
            | $crate::opcode::Instr::NewDict { .. }
            | $crate::opcode::Instr::DictOp { .. }
            | $crate::opcode::Instr::DictLen { .. }
            | $crate::opcode::Instr::DictSet { .. }
            | $crate::opcode::Instr::StrGet { .. }
            | $crate::opcode::Instr::Ord { .. }
            | $crate::opcode::Instr::Chr { .. }
            | $crate::opcode::Instr::StrLen { .. }
            | $crate::opcode::Instr::TruthyStr { .. }
            | $crate::opcode::Instr::TruthyList { .. }
            | $crate::opcode::Instr::ListPop { .. }
            | $crate::opcode::Instr::ListContains { .. }
            | $crate::opcode::Instr::ListExtend { .. }
            | $crate::opcode::Instr::StrConcat { .. }
            | $crate::opcode::Instr::TupleItem { .. }
            | $crate::opcode::Instr::SetOp { .. }
            | $crate::opcode::Instr::EqValue { .. }
            | $crate::opcode::Instr::ToStr { .. }
            | $crate::opcode::Instr::Math { .. }
    };
}

/// A pattern matching the other direct instructions: the interpreter runs them
/// through [`Vm::exec_direct`], kept out of its loop.
macro_rules! cold_direct_instr {
    () => {
        $crate::opcode::Instr::RoundFloatDigits { .. }
            | $crate::opcode::Instr::Time { .. }
            | $crate::opcode::Instr::RandomSeed { .. }
            | $crate::opcode::Instr::RandomFloat { .. }
            | $crate::opcode::Instr::RandomInt { .. }
            | $crate::opcode::Instr::RandomChoice { .. }
            | $crate::opcode::Instr::RandomShuffle { .. }
            | $crate::opcode::Instr::RandomSample { .. }
            | $crate::opcode::Instr::MathInt { .. }
            | $crate::opcode::Instr::MathList { .. }
            | $crate::opcode::Instr::IsClose { .. }
            | $crate::opcode::Instr::CheckUnpackCount { .. }
            | $crate::opcode::Instr::SubclassOf { .. }
            | $crate::opcode::Instr::ListRepeat { .. }
            | $crate::opcode::Instr::TypeName { .. }
            | $crate::opcode::Instr::ListFind { .. }
            | $crate::opcode::Instr::ListReshape { .. }
            | $crate::opcode::Instr::ListCopy { .. }
            | $crate::opcode::Instr::ListReserve { .. }
            | $crate::opcode::Instr::DictList { .. }
            | $crate::opcode::Instr::ListSort { .. }
            | $crate::opcode::Instr::ListSortBy { .. }
            | $crate::opcode::Instr::ListTake { .. }
            | $crate::opcode::Instr::ListPutBack { .. }
            | $crate::opcode::Instr::ListMinMax { .. }
            | $crate::opcode::Instr::StrRepeat { .. }
            | $crate::opcode::Instr::StrMethod { .. }
            | $crate::opcode::Instr::ListDelSlice { .. }
            | $crate::opcode::Instr::ListDel { .. }
            | $crate::opcode::Instr::RangeLen { .. }
            | $crate::opcode::Instr::Hash { .. }
            | $crate::opcode::Instr::FormatValue { .. }
            | $crate::opcode::Instr::StrBuild { .. }
            | $crate::opcode::Instr::PercentFormat { .. }
            | $crate::opcode::Instr::StrToInt { .. }
            | $crate::opcode::Instr::StrToFloat { .. }
            | $crate::opcode::Instr::Print { .. }
    };
}
pub(crate) use cold_direct_instr;

/// Whether `instr` is a direct instruction (compiled code calls
/// its helper, `tier::direct_helper`, instead of stepping the interpreter).
pub fn is_direct(instr: &Instr) -> bool {
    matches!(instr, hot_direct_instr!() | cold_direct_instr!())
}

/// Every direct instruction and the function that runs it (`(program)` when
/// it reads the program): the one list behind [`Vm::exec_direct`] and the
/// helpers compiled code calls (`tier::direct_helper`). `$then` is invoked
/// with `$args`, a `;`, then the list.
macro_rules! with_direct_functions {
    ($then:ident!($($args:tt)*)) => {
        $then! { $($args)*;
            RoundFloatDigits => exec_round_float_digits,
            Time => exec_time,
            RandomSeed => exec_random_seed(program),
            RandomFloat => exec_random_float,
            RandomInt => exec_random_int,
            RandomChoice => exec_random_choice,
            RandomShuffle => exec_random_shuffle,
            RandomSample => exec_random_sample,
            MathInt => exec_math_int,
            MathList => exec_math_list,
            IsClose => exec_is_close,
            TruthyStr => exec_truthy_str,
            TruthyList => exec_truthy_list,
            TupleItem => exec_tuple_item,
            CheckUnpackCount => exec_check_unpack_count,
            SubclassOf => exec_subclass_of(program),
            NewList => exec_new_list,
            ListRepeat => exec_list_repeat,
            ListConcat => exec_list_concat,
            SetOp => exec_set_op(program),
            TypeName => exec_type_name(program),
            EqValue => exec_eq_value(program),
            ListExtend => exec_list_extend,
            ListPop => exec_list_pop,
            ListInsert => exec_list_insert,
            ListReserve => exec_list_reserve,
            ListPopAt => exec_list_pop_at,
            ListFind => exec_list_find(program),
            ListReshape => exec_list_reshape,
            ListCopy => exec_list_copy,
            NewDict => exec_new_dict,
            DictSet => exec_dict_set(program),
            DictOp => exec_dict_op(program),
            DictLen => exec_dict_len,
            DictList => exec_dict_list,
            ListContains => exec_list_contains,
            ListSort => exec_list_sort,
            ListSortBy => exec_list_sort_by(program),
            ListTake => exec_list_take,
            ListPutBack => exec_list_put_back,
            ListMinMax => exec_list_min_max,
            StrConcat => exec_str_concat,
            StrRepeat => exec_str_repeat,
            StrLen => exec_str_len,
            StrGet => exec_str_get,
            ToStr => exec_to_str(program),
            Math => exec_math,
            StrMethod => exec_str_method,
            Slice => exec_slice,
            RefillSlice => exec_refill_slice,
            RefillSet => exec_refill_set,
            RefillConcat => exec_refill_concat,
            ListSetSlice => exec_list_set_slice,
            ListDelSlice => exec_list_del_slice,
            ListDel => exec_list_del,
            RangeLen => exec_range_len,
            Hash => exec_hash(program),
            Ord => exec_ord,
            Chr => exec_chr,
            FormatValue => exec_format_value(program),
            StrBuild => exec_str_build,
            PercentFormat => exec_percent_format(program),
            StrToInt => exec_str_to_int,
            StrToFloat => exec_str_to_float,
            Print => exec_print,
        }
    };
}
pub(crate) use with_direct_functions;

/// `vm.function([program,] fp, instr)` for an entry of [`with_direct_functions`].
macro_rules! call_direct_function {
    ($vm:expr, $program:expr, $fp:expr, $instr:expr, $function:ident) => {
        $vm.$function($fp, $instr)
    };
    ($vm:expr, $program:expr, $fp:expr, $instr:expr, $function:ident, program) => {
        $vm.$function($program, $fp, $instr)
    };
}
pub(crate) use call_direct_function;

/// `exec_direct`'s match, from the list.
macro_rules! match_direct {
    ($vm:expr, $program:expr, $fp:expr, $instr:expr; $($name:ident => $function:ident $(($p:ident))?,)*) => {
        match $instr {
            $( Instr::$name { .. } => call_direct_function!($vm, $program, $fp, $instr, $function $(, $p)?), )*
            _ => unreachable!("exec_direct runs direct instructions only"),
        }
    };
}

// Register access for the functions below. SAFETY (for every use): `fp` is
// the window of a live frame whose function holds the instruction, and
// `Function::verify` checked that its register operands lie inside the window.
macro_rules! get {
    ($fp:expr, $r:expr) => {{
        #[allow(unused_unsafe)]
        // SAFETY: see above.
        let word = unsafe { *$fp.add($r.0 as usize) };
        word
    }};
}
macro_rules! set {
    ($fp:expr, $r:expr, $v:expr) => {{
        let v: u64 = $v;
        // SAFETY: see above.
        unsafe { *$fp.add($r.0 as usize) = v }
    }};
}
macro_rules! int {
    ($fp:expr, $r:expr) => {
        get!($fp, $r) as i64
    };
}
macro_rules! float {
    ($fp:expr, $r:expr) => {
        f64::from_bits(get!($fp, $r))
    };
}
macro_rules! set_int {
    ($fp:expr, $r:expr, $v:expr) => {
        set!($fp, $r, ($v) as u64)
    };
}
macro_rules! set_float {
    ($fp:expr, $r:expr, $v:expr) => {
        set!($fp, $r, f64::to_bits($v))
    };
}
// The (start, stop, step) of a slice instruction: its bound registers, each
// present when its bit is set.
macro_rules! slice_bounds {
    ($fp:expr, $base:expr, $present:expr) => {{
        let bound =
            |bit: u8, offset: u16| -> Option<i64> { ($present & bit != 0).then(|| int!($fp, Reg($base.0 + offset))) };
        (bound(1, 0), bound(2, 1), bound(4, 2))
    }};
}

impl Vm<'_> {
    /// Runs direct instruction `instr` on the frame whose registers start at
    /// `fp` (a live frame whose function holds `instr`). The caller runs the
    /// GC safepoint after it, and raises its error.
    ///
    /// Each instruction has its own function, called from here (compiled code,
    /// and the interpreter for the cold ones) or straight from the
    /// interpreter's arm (the hot ones). The bodies stay out of the
    /// interpreter's loop, which is measurably faster small.
    #[inline(never)]
    pub(super) fn exec_direct(&mut self, program: &Program, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        with_direct_functions!(match_direct!(self, program, fp, instr))
    }

    #[inline(never)]
    pub(super) fn exec_round_float_digits(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::RoundFloatDigits { dst, src, digits } = *instr else { unreachable!() };
        set_float!(fp, dst, ops::round_float_digits(float!(fp, src), int!(fp, digits))?);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_time(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::Time { dst, clock } = *instr else { unreachable!() };
        set_float!(fp, dst, ops::clock(clock));
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_random_seed(&mut self, program: &Program, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::RandomSeed { src, ty } = *instr else { unreachable!() };
        let word = get!(fp, src);
        match &program.types[ty.0 as usize] {
            Ty::Int | Ty::Bool => self.rng.seed_int(word as i64),
            Ty::Float => self.rng.seed_float(f64::from_bits(word)),
            // SAFETY: a str register holds a live str or None.
            Ty::Str if word != 0 => {
                // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
                self.rng.seed_str(unsafe { ObjRef::from_raw(word).expect("non-null").str() })
            }
            _ => self.rng.seed_entropy(),
        }
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_random_float(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::RandomFloat { dst, func: f, a, b, c } = *instr else { unreachable!() };
        let (x, y, z) = (float!(fp, a), float!(fp, b), float!(fp, c));
        let r = match f {
            RandFloatFn::Random => self.rng.random(),
            RandFloatFn::Uniform => self.rng.uniform(x, y),
            RandFloatFn::Gauss => self.rng.gauss(x, y),
            RandFloatFn::NormalVariate => self.rng.normalvariate(x, y),
            RandFloatFn::ExpoVariate => self.rng.expovariate(x).map_err(random_error)?,
            RandFloatFn::Triangular => self.rng.triangular(x, y, Some(z)),
            RandFloatFn::TriangularNoMode => self.rng.triangular(x, y, None),
        };
        set_float!(fp, dst, r);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_random_int(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::RandomInt { dst, func: f, a, b, c } = *instr else { unreachable!() };
        let (x, y, z) = (int!(fp, a), int!(fp, b), int!(fp, c));
        let r = match f {
            RandIntFn::RandInt => self.rng.randint(x, y),
            RandIntFn::RandRange1 => self.rng.randrange(x, None, 1),
            RandIntFn::RandRange2 => self.rng.randrange(x, Some(y), 1),
            RandIntFn::RandRange3 => self.rng.randrange(x, Some(y), z),
            RandIntFn::GetRandBits => match u32::try_from(x) {
                Ok(k) => self.rng.getrandbits(k).and_then(|v| {
                    i64::try_from(v).map_err(|_| random::RandomError {
                        exc: "OverflowError",
                        msg: "integer result out of 64-bit range".into(),
                    })
                }),
                Err(_) => {
                    Err(random::RandomError { exc: "ValueError", msg: "number of bits must be non-negative".into() })
                }
            },
        };
        set_int!(fp, dst, r.map_err(random_error)?);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_random_choice(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::RandomChoice { dst, list } = *instr else { unreachable!() };
        let word = get!(fp, list);
        // SAFETY: a list register holds a live list or None.
        let items = unsafe { list_words_or(word, type_error("object of type 'NoneType' has no len()")) }?;
        let i = self.rng.choice_index(items.len()).map_err(random_error)?;
        set!(fp, dst, items[i]);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_random_shuffle(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::RandomShuffle { list } = *instr else { unreachable!() };
        let word = get!(fp, list);
        // SAFETY: a list register holds a live list or None.
        let mut items = unsafe { list_items_or(word, type_error("object of type 'NoneType' has no len()")) }?;
        self.rng.shuffle(&mut items);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_random_sample(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::RandomSample { dst, list, k } = *instr else { unreachable!() };
        let (word, k) = (get!(fp, list), int!(fp, k));
        let x = list_ref(word, type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."))?;
        // SAFETY: a live list in a register; only read.
        let items = unsafe { x.list_words() };
        let picked = self.rng.sample_indices(items.len(), k).map_err(random_error)?;
        let words: Vec<u64> = picked.into_iter().map(|i| items[i]).collect();
        set!(fp, dst, self.heap.alloc_list(words, x.list_holds_refs()).to_raw());
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_math_int(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::MathInt { dst, func: f, a, b } = *instr else { unreachable!() };
        set_int!(fp, dst, ops::math_int(f, int!(fp, a), int!(fp, b))?);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_math_list(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::MathList { dst, func: f, list, ints } = *instr else { unreachable!() };
        let word = get!(fp, list);
        // SAFETY: a list register holds a live list or None; only read.
        let items = unsafe { list_words_or(word, type_error("'NoneType' object is not iterable")) }?;
        set!(fp, dst, ops::math_list(f, items, ints)?);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_is_close(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::IsClose { dst, a, b, rel, abs } = *instr else { unreachable!() };
        let r = mathlib::isclose(float!(fp, a), float!(fp, b), float!(fp, rel), float!(fp, abs));
        set!(fp, dst, u64::from(r.map_err(ops::math_error)?));
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_truthy_str(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::TruthyStr { dst, src } = *instr else { unreachable!() };
        // SAFETY: a str register holds a live string or 0.
        let t = unsafe { ObjRef::from_raw(get!(fp, src)) }.is_some_and(|s| unsafe { !s.str().is_empty() });
        set!(fp, dst, u64::from(t));
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_truthy_list(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::TruthyList { dst, src } = *instr else { unreachable!() };
        // SAFETY: a list register holds a live list or 0.
        let t = unsafe { ObjRef::from_raw(get!(fp, src)) }.is_some_and(|l| unsafe { !l.list_words().is_empty() });
        set!(fp, dst, u64::from(t));
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_tuple_item(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::TupleItem { dst, tuple, index } = *instr else { unreachable!() };
        // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
        let Some(t) = (unsafe { ObjRef::from_raw(get!(fp, tuple)) }) else {
            return Err(Raised::new(ExcKind::TypeError, "'NoneType' object is not iterable"));
        };
        let i = int!(fp, index);
        // SAFETY: the compiler bounds `index` by the tuple's static length.
        set!(fp, dst, unsafe { t.field(i as u32) });
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_check_unpack_count(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::CheckUnpackCount { len, count } = *instr else { unreachable!() };
        values::unpack_len(int!(fp, len) as usize, usize::from(count))?;
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_subclass_of(&mut self, program: &Program, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::SubclassOf { dst, a, b } = *instr else { unreachable!() };
        // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
        let (x, y) = (unsafe { ObjRef::from_raw(get!(fp, a)) }, unsafe { ObjRef::from_raw(get!(fp, b)) });
        let is = match (x, y) {
            (Some(x), Some(y)) => {
                let (cx, cy) = (crate::opcode::ClassId(x.layout().0), crate::opcode::ClassId(y.layout().0));
                cx != cy && program.is_subclass(cy, cx)
            }
            _ => false,
        };
        set!(fp, dst, u64::from(is));
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_new_list(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::NewList { dst, items, count, refs } = *instr else { unreachable!() };
        // SAFETY: the item window was verified to lie inside the frame.
        let words = unsafe { std::slice::from_raw_parts(fp.add(items.0 as usize), count as usize) }.to_vec();
        let list = self.heap.alloc_list(words, refs);
        set!(fp, dst, list.to_raw());
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_list_repeat(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ListRepeat { dst, list, count, count_first } = *instr else { unreachable!() };
        let l = list_ref(get!(fp, list), || {
            let (a, b) = if count_first { ("int", "NoneType") } else { ("NoneType", "int") };
            Raised::new(ExcKind::TypeError, format!("unsupported operand type(s) for *: '{a}' and '{b}'"))
        })?;
        // SAFETY: l is a live list (it is in a register).
        let items = unsafe { l.list_words() };
        let n = int!(fp, count).max(0) as usize;
        let Some(words) = values::repeat_words(items, n) else {
            return Err(Raised::bare(ExcKind::MemoryError));
        };
        let refs = l.list_holds_refs();
        let out = self.heap.alloc_list(words, refs);
        set!(fp, dst, out.to_raw());
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_list_concat(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ListConcat { dst, a, b } = *instr else { unreachable!() };
        let (x, y) = values::concat_operands(get!(fp, a), get!(fp, b))?;
        let out = self.concat_lists(x, y);
        set!(fp, dst, out.to_raw());
        Ok(())
    }

    /// A new list of the items of `x` then those of `y` (two live lists, maybe one).
    fn concat_lists(&mut self, x: ObjRef, y: ObjRef) -> ObjRef {
        // SAFETY: both are live lists in registers (maybe one list: `xs + xs`), only
        // read through shared borrows that end before the allocation.
        let words = unsafe { [x.list_words(), y.list_words()].concat() };
        self.heap.alloc_list(words, x.list_holds_refs())
    }

    #[inline(never)]
    pub(super) fn exec_refill_concat(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::RefillConcat { dst, a, b } = *instr else { unreachable!() };
        let (x, y) = values::concat_operands(get!(fp, a), get!(fp, b))?;
        // SAFETY: `dst` is this instruction's own register (see `OpFacts::refill`):
        // None or the list it made.
        match unsafe { ObjRef::from_raw(get!(fp, dst)) } {
            Some(scratch) if scratch != x && scratch != y => {
                // SAFETY: live lists in registers: the operands (maybe one list) only
                // read, the scratch list, distinct from both, borrowed by nothing else.
                let (xs, ys, mut words) = unsafe { (x.list_words(), y.list_words(), scratch.list_items()) };
                words.clear();
                words.extend_from_slice(xs);
                words.extend_from_slice(ys);
            }
            _ => {
                let made = self.concat_lists(x, y);
                set!(fp, dst, made.to_raw());
            }
        }
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_set_op(&mut self, program: &Program, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::SetOp { dst, a, b, op } = *instr else { unreachable!() };
        let out = sets::binary_op(&mut self.heap, program, get!(fp, a), get!(fp, b), op)?;
        set!(fp, dst, out);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_type_name(&mut self, program: &Program, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::TypeName { dst, src, ty } = *instr else { unreachable!() };
        let name = text::type_name(program, get!(fp, src), &program.types[ty.0 as usize]);
        set!(fp, dst, self.heap.alloc_str(name).to_raw());
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_eq_value(&mut self, program: &Program, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::EqValue { dst, a, b, ty } = *instr else { unreachable!() };
        let equal = values::value_eq(program, get!(fp, a), get!(fp, b), &program.types[ty.0 as usize]);
        set!(fp, dst, u64::from(equal));
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_list_extend(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ListExtend { list, src } = *instr else { unreachable!() };
        let (target, source) = (get!(fp, list), get!(fp, src));
        // SAFETY: list registers hold live lists or None; the source's words are
        // copied out before the target is borrowed, so `xs += xs` is one borrow at a time.
        let extra = unsafe { list_words_or(source, type_error("'NoneType' object is not iterable")) }?.to_vec();
        // SAFETY: as above; no other borrow of the target's items is alive.
        let mut items =
            unsafe { list_items_or(target, type_error("unsupported operand type(s) for +=: 'NoneType' and 'list'")) }?;
        lists::charging_growth(&mut self.heap, &mut items, |items| items.extend_from_slice(&extra));
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_list_pop(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ListPop { dst, list } = *instr else { unreachable!() };
        let word = get!(fp, list);
        // SAFETY: a list register holds a live list or None.
        let mut items = unsafe { list_items_or(word, || none_attribute("pop")) }?;
        match items.pop() {
            Some(v) => set!(fp, dst, v),
            None => return Err(Raised::new(ExcKind::IndexError, "pop from empty list")),
        }
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_list_insert(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ListInsert { list, index, src } = *instr else { unreachable!() };
        let (word, index, value) = (get!(fp, list), int!(fp, index), get!(fp, src));
        // SAFETY: a list register holds a live list or None.
        let mut items = unsafe { list_items_or(word, || none_attribute("insert")) }?;
        lists::insert(&mut items, index, value);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_list_reserve(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ListReserve { list, like } = *instr else { unreachable!() };
        // SAFETY: reference registers hold 0 or live objects (kinds are verified).
        let (Some(list), Some(like)) =
            (unsafe { ObjRef::from_raw(get!(fp, list)) }, unsafe { ObjRef::from_raw(get!(fp, like)) })
        else {
            return Ok(());
        };
        if list == like {
            return Ok(());
        }
        // SAFETY: a live list in a register; only its length is read.
        let more = unsafe { like.list_words() }.len();
        // SAFETY: a live list distinct from `like`, no other borrow of its items.
        let mut items = unsafe { list.list_items() };
        lists::charging_growth(&mut self.heap, &mut items, |items| items.reserve_exact(more));
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_list_pop_at(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ListPopAt { dst, list, index } = *instr else { unreachable!() };
        let (word, index) = (get!(fp, list), int!(fp, index));
        // SAFETY: a list register holds a live list or None.
        let mut items = unsafe { list_items_or(word, || none_attribute("pop")) }?;
        set!(fp, dst, lists::pop_at(&mut items, index)?);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_list_find(&mut self, program: &Program, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ListFind { dst, list, item, kind, op } = *instr else { unreachable!() };
        let (word, needle) = (get!(fp, list), get!(fp, item));
        let name = match op {
            FindOp::Index => "index",
            FindOp::Count => "count",
            FindOp::Remove => "remove",
        };
        // SAFETY: a list register holds a live list or None.
        let mut items = unsafe { list_items_or(word, || none_attribute(name)) }?;
        set_int!(fp, dst, lists::find(program, &mut items, needle, kind, op)?);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_list_reshape(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ListReshape { list, op } = *instr else { unreachable!() };
        let word = get!(fp, list);
        let name = if op == ReshapeOp::Clear { "clear" } else { "reverse" };
        // SAFETY: a list register holds a live list or None.
        let mut items = unsafe { list_items_or(word, || none_attribute(name)) }?;
        match op {
            ReshapeOp::Reverse => items.reverse(),
            ReshapeOp::Clear => items.clear(),
        }
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_list_copy(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ListCopy { dst, list } = *instr else { unreachable!() };
        let word = get!(fp, list);
        let x = list_ref(word, || none_attribute("copy"))?;
        // SAFETY: a live list in a register; only read.
        let words = unsafe { x.list_words().to_vec() };
        let out = self.heap.alloc_list(words, x.list_holds_refs());
        set!(fp, dst, out.to_raw());
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_new_dict(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::NewDict { dst, key_ty, flags } = *instr else { unreachable!() };
        let made = self.new_dict_object(key_ty, flags);
        set!(fp, dst, made.to_raw());
        Ok(())
    }

    /// A new empty dict, or set when `flags` has bit 4, of keys of type `key_ty`.
    fn new_dict_object(&mut self, key_ty: crate::opcode::TyId, flags: u8) -> ObjRef {
        let flags = u32::from(flags & 7) | (key_ty.0 << dicts::KEY_TY_SHIFT);
        if flags & dicts::SET != 0 {
            self.heap.alloc_set(flags)
        } else {
            self.heap.alloc_dict(flags)
        }
    }

    #[inline(never)]
    pub(super) fn exec_refill_set(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::RefillSet { dst, key_ty, flags } = *instr else { unreachable!() };
        // SAFETY: `dst` is this instruction's own register (see `OpFacts::refill`):
        // None or the set it made.
        match unsafe { ObjRef::from_raw(get!(fp, dst)) } {
            // SAFETY: a live set nothing else borrows (no program names it).
            Some(scratch) => unsafe { scratch.set_table_mut() }.empty_keeping_size(),
            None => {
                let made = self.new_dict_object(key_ty, flags);
                set!(fp, dst, made.to_raw());
            }
        }
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_dict_set(&mut self, program: &Program, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::DictSet { dict, key, value } = *instr else { unreachable!() };
        let (d, k, v) = (get!(fp, dict), get!(fp, key), get!(fp, value));
        // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
        let Some(d) = (unsafe { ObjRef::from_raw(d) }) else {
            return Err(Raised::new(ExcKind::TypeError, "'NoneType' object does not support item assignment"));
        };
        let mut encoded = Vec::with_capacity(KEY_BUF);
        dicts::encode_key(program, k, dicts::key_ty(program, d), &mut encoded);
        // SAFETY: a live dict in a register; no other borrow of its data.
        dicts::insert(unsafe { d.dict_data() }, &encoded, k, v);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_dict_op(&mut self, program: &Program, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::DictOp { dst, dict, key, value, op } = *instr else { unreachable!() };
        let (d, k, v) = (get!(fp, dict), get!(fp, key), get!(fp, value));
        // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
        let Some(d) = (unsafe { ObjRef::from_raw(d) }) else {
            return Err(dicts::none_dict(op));
        };
        let result = if d.kind() == ObjKind::Set {
            sets::set_op(&mut self.heap, program, d, k, op)?
        } else {
            self.dict_op(program, d, k, v, op)?
        };
        set!(fp, dst, result);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_dict_len(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::DictLen { dst, dict } = *instr else { unreachable!() };
        // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
        let Some(d) = (unsafe { ObjRef::from_raw(get!(fp, dict)) }) else {
            return Err(Raised::new(ExcKind::TypeError, "object of type 'NoneType' has no len()"));
        };
        let len = if d.kind() == ObjKind::Set {
            sets::len(d)
        } else {
            // SAFETY: a live dict in a register.
            unsafe { d.dict_data() }.len
        };
        set_int!(fp, dst, len as i64);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_dict_list(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::DictList { dst, dict, part, pair } = *instr else { unreachable!() };
        // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
        let Some(d) = (unsafe { ObjRef::from_raw(get!(fp, dict)) }) else {
            return Err(Raised::new(ExcKind::AttributeError, "'NoneType' object has no attribute 'keys'"));
        };
        let list = self.dict_list(d, part, pair);
        set!(fp, dst, list);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_list_contains(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ListContains { dst, list, item, kind } = *instr else { unreachable!() };
        let none = type_error("argument of type 'NoneType' is not iterable");
        let word = get!(fp, list);
        // SAFETY: a list register holds a live list or None.
        let items = unsafe { list_words_or(word, none) }?;
        let needle = get!(fp, item);
        let found = items.iter().any(|&w| elem_eq(w, needle, kind));
        set!(fp, dst, u64::from(found));
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_list_sort(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ListSort { list, kind, reverse } = *instr else { unreachable!() };
        let (word, reverse) = (get!(fp, list), get!(fp, reverse) != 0);
        // SAFETY: a list register holds a live list or None; comparing elements
        // does not touch the heap's lists.
        let mut items = unsafe { list_items_or(word, || none_attribute("sort")) }?;
        values::sort_items(&mut items, kind, reverse)?;
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_list_sort_by(&mut self, program: &Program, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ListSortBy { list, keys, ty, reverse } = *instr else { unreachable!() };
        let (list_word, keys_word, reverse) = (get!(fp, list), get!(fp, keys), get!(fp, reverse) != 0);
        let ty = &program.types[ty.0 as usize];
        // SAFETY: list registers hold live lists or None; the keys are copied out
        // before the list is borrowed (they may be the same list).
        let keys = unsafe { list_words_or(keys_word, || none_attribute("sort")) }?.to_vec();
        // SAFETY: as above.
        let mut items = unsafe { list_items_or(list_word, || none_attribute("sort")) }?;
        values::sort_by_keys(program, &mut items, &keys, ty, reverse)?;
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_list_take(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ListTake { dst, list } = *instr else { unreachable!() };
        let word = get!(fp, list);
        // SAFETY: a list register holds a live list or None.
        let mut items = unsafe { list_items_or(word, || none_attribute("sort")) }?;
        let taken = std::mem::take(&mut *items);
        drop(items);
        // SAFETY: not None (checked above).
        let refs = unsafe { ObjRef::from_raw(word) }.is_some_and(|l| l.list_holds_refs());
        set!(fp, dst, self.heap.alloc_list(taken, refs).to_raw());
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_list_put_back(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ListPutBack { list, saved, check } = *instr else { unreachable!() };
        let (word, saved_word) = (get!(fp, list), get!(fp, saved));
        // SAFETY: list registers hold live lists (the two were checked by
        // ListTake, and the compiler keeps them); one borrow at a time.
        let sorted = std::mem::take(&mut *unsafe { list_items_or(saved_word, || none_attribute("sort")) }?);
        // SAFETY: as above.
        let mut items = unsafe { list_items_or(word, || none_attribute("sort")) }?;
        let modified = items.capacity() != 0;
        *items = sorted;
        drop(items);
        if check && modified {
            return Err(Raised::new(ExcKind::ValueError, "list modified during sort"));
        }
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_list_min_max(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ListMinMax { dst, list, kind, max } = *instr else { unreachable!() };
        let word = get!(fp, list);
        // SAFETY: a list register holds a live list or None.
        let items = unsafe { list_words_or(word, type_error("'NoneType' object is not iterable")) }?;
        let Some(&first) = items.first() else {
            let which = if max { "max" } else { "min" };
            return Err(Raised::new(ExcKind::ValueError, format!("{which}() arg is an empty sequence")));
        };
        let best = items[1..]
            .iter()
            .try_fold(first, |best, &w| elem_beyond(w, best, kind, max).map(|beyond| if beyond { w } else { best }));
        set!(fp, dst, best?);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_str_concat(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::StrConcat { dst, a, b } = *instr else { unreachable!() };
        let text = {
            let (x, y) = two_strs(get!(fp, a), get!(fp, b))?;
            let mut t = String::with_capacity(x.len() + y.len());
            t.push_str(x);
            t.push_str(y);
            t
        };
        let s = self.heap.alloc_str(text);
        set!(fp, dst, s.to_raw());
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_str_repeat(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::StrRepeat { dst, s, count } = *instr else { unreachable!() };
        // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
        let Some(o) = (unsafe { ObjRef::from_raw(get!(fp, s)) }) else {
            return Err(Raised::new(ExcKind::TypeError, "unsupported operand type(s) for *: 'NoneType' and 'int'"));
        };
        // SAFETY: a live string in a register.
        let text = unsafe { o.str() };
        let n = int!(fp, count).max(0) as usize;
        // CPython's limit is on the length in characters (Py_ssize_t); an empty
        // text repeats to "" at once.
        let chars = if text.is_ascii() { text.len() } else { text.chars().count() };
        if chars.checked_mul(n).is_none_or(|total| total > isize::MAX as usize) {
            return Err(Raised::new(ExcKind::OverflowError, "repeated string is too long"));
        }
        let Some(bytes) = values::repeat_words(text.as_bytes(), n) else {
            return Err(Raised::bare(ExcKind::MemoryError));
        };
        let repeated = String::from_utf8(bytes).expect("whole copies of a str are UTF-8");
        let out = self.heap.alloc_str(repeated);
        set!(fp, dst, out.to_raw());
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_str_len(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::StrLen { dst, s } = *instr else { unreachable!() };
        // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
        let Some(o) = (unsafe { ObjRef::from_raw(get!(fp, s)) }) else {
            return Err(Raised::new(ExcKind::TypeError, "object of type 'NoneType' has no len()"));
        };
        // SAFETY: a live string in a register.
        set_int!(fp, dst, unsafe { o.str() }.chars().count() as i64);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_str_get(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::StrGet { dst, s, index } = *instr else { unreachable!() };
        // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
        let Some(o) = (unsafe { ObjRef::from_raw(get!(fp, s)) }) else {
            return Err(Raised::new(ExcKind::TypeError, "'NoneType' object is not subscriptable"));
        };
        // SAFETY: a live string in a register.
        let text = unsafe { o.str() };
        let c = if text.is_ascii() {
            let i = list_index(int!(fp, index), text.len(), "string index out of range")?;
            char::from(text.as_bytes()[i])
        } else {
            let count = text.chars().count();
            let i = list_index(int!(fp, index), count, "string index out of range")?;
            text.chars().nth(i).expect("the index is in range")
        };
        set!(fp, dst, self.char_str(c));
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_to_str(&mut self, program: &Program, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ToStr { dst, src, ty } = *instr else { unreachable!() };
        let ty = &program.types[ty.0 as usize];
        let word = get!(fp, src);
        if *ty == Ty::Str && word != 0 {
            set!(fp, dst, word);
        } else {
            let mut text = String::new();
            format::write_value(program, word, ty, false, &mut text);
            let s = self.heap.alloc_str(text);
            set!(fp, dst, s.to_raw());
        }
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_str_method(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::StrMethod { dst, s, op, a, b } = *instr else { unreachable!() };
        let (word, a, b) = (get!(fp, s), get!(fp, a), get!(fp, b));
        // SAFETY: a str register holds a live str or None; the result's objects are
        // reachable from `dst` before the safepoint.
        let text = unsafe { strs::str_or(word, op.method_name()) }?;
        set!(fp, dst, strs::str_method(&mut self.heap, op, text, a, b)?);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_slice(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::Slice { dst, seq, base, present, text } = *instr else { unreachable!() };
        let bounds = slice_bounds!(fp, base, present);
        let word = get!(fp, seq);
        // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
        let Some(obj) = (unsafe { ObjRef::from_raw(word) }) else {
            return Err(Raised::new(ExcKind::TypeError, "'NoneType' object is not subscriptable"));
        };
        let out = if text {
            // SAFETY: a live str in a register.
            let s = unsafe { obj.str() };
            let picked = if s.is_ascii() {
                let picked = strs::slice_indices(s.len(), bounds.0, bounds.1, bounds.2)?;
                let bytes = s.as_bytes();
                picked.map(|i| char::from(bytes[i])).collect::<String>()
            } else {
                let chars: Vec<char> = s.chars().collect();
                let picked = strs::slice_indices(chars.len(), bounds.0, bounds.1, bounds.2)?;
                picked.map(|i| chars[i]).collect::<String>()
            };
            self.heap.alloc_str(picked)
        } else {
            // SAFETY: a live list in a register; only read.
            let items = unsafe { obj.list_words() };
            let picked = strs::slice_indices(items.len(), bounds.0, bounds.1, bounds.2)?;
            self.heap.alloc_list(picked.pick_from(items), obj.list_holds_refs())
        };
        set!(fp, dst, out.to_raw());
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_refill_slice(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::RefillSlice { dst, seq, base, present } = *instr else { unreachable!() };
        let bounds = slice_bounds!(fp, base, present);
        // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
        let Some(obj) = (unsafe { ObjRef::from_raw(get!(fp, seq)) }) else {
            return Err(Raised::new(ExcKind::TypeError, "'NoneType' object is not subscriptable"));
        };
        // SAFETY: a live list in a register; only read.
        let items = unsafe { obj.list_words() };
        let picked = strs::slice_indices(items.len(), bounds.0, bounds.1, bounds.2)?;
        // SAFETY: `dst` is this instruction's own register (see `OpFacts::refill`):
        // None or the list it made.
        match unsafe { ObjRef::from_raw(get!(fp, dst)) } {
            Some(scratch) if scratch != obj => {
                // SAFETY: a live list nothing else borrows (no program names it), distinct
                // from the one read.
                let mut words = unsafe { scratch.list_items() };
                words.clear();
                picked.push_picked(items, &mut words);
            }
            _ => {
                let made = self.heap.alloc_list(picked.pick_from(items), obj.list_holds_refs());
                set!(fp, dst, made.to_raw());
            }
        }
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_list_set_slice(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ListSetSlice { list, base, present, src } = *instr else { unreachable!() };
        let bounds = slice_bounds!(fp, base, present);
        let (target, source) = (get!(fp, list), get!(fp, src));
        // SAFETY: list registers hold live lists or None.
        let new = unsafe { list_words_or(source, type_error("can only assign an iterable")) }?;
        // `xs[a:b] = xs` reads the list it writes: copy the words first. Another
        // source list is not borrowed mutably while the target is changed.
        let copied;
        let new: &[u64] = if source == target {
            copied = new.to_vec();
            &copied
        } else {
            new
        };
        let none = type_error("'NoneType' object does not support item assignment");
        // SAFETY: a reference-kind register (kinds are verified): 0 or a live object.
        let target = unsafe { ObjRef::from_raw(target) }.ok_or_else(none)?;
        // SAFETY: a live list, borrowed by nothing else (the source, if the same list, was copied).
        let words = unsafe { target.list_words_mut() };
        let picked = strs::slice_indices(words.len(), bounds.0, bounds.1, bounds.2)?;
        if picked.len() == new.len() {
            // As many items as the slice holds: overwritten in place, whatever the step.
            picked.overwrite(words, new);
            return Ok(());
        }
        // SAFETY: as above (the mutable slice is no longer used).
        let mut items = unsafe { target.list_items() };
        values::replace_slice(&mut items, picked, new)
    }

    #[inline(never)]
    pub(super) fn exec_list_del_slice(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ListDelSlice { list, base, present } = *instr else { unreachable!() };
        let bounds = slice_bounds!(fp, base, present);
        let word = get!(fp, list);
        // SAFETY: a list register holds a live list or None.
        let mut items = unsafe { list_items_or(word, type_error("'NoneType' object does not support item deletion")) }?;
        let picked = strs::slice_indices(items.len(), bounds.0, bounds.1, bounds.2)?;
        let mut keep = vec![true; items.len()];
        for i in picked {
            keep[i] = false;
        }
        let mut k = keep.into_iter();
        items.retain(|_| k.next().unwrap_or(true));
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_list_del(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::ListDel { list, index } = *instr else { unreachable!() };
        let (word, index) = (get!(fp, list), int!(fp, index));
        // SAFETY: a list register holds a live list or None.
        let mut items = unsafe { list_items_or(word, type_error("'NoneType' object does not support item deletion")) }?;
        let i = list_index(index, items.len(), "list assignment index out of range")?;
        items.remove(i);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_range_len(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::RangeLen { dst, range } = *instr else { unreachable!() };
        // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
        let Some(r) = (unsafe { ObjRef::from_raw(get!(fp, range)) }) else {
            return Err(Raised::new(ExcKind::TypeError, "object of type 'NoneType' has no len()"));
        };
        // SAFETY: a range object has its three int slots.
        let (start, stop, step) = unsafe { (r.field(0) as i64, r.field(1) as i64, r.field(2) as i64) };
        set_int!(fp, dst, values::range_len(start, stop, step)?);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_hash(&mut self, program: &Program, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::Hash { dst, src, ty } = *instr else { unreachable!() };
        set_int!(fp, dst, sets::hash_value(program, get!(fp, src), &program.types[ty.0 as usize]));
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_math(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::Math { dst, func: f, a, b } = *instr else { unreachable!() };
        let r = ops::math(f, float!(fp, a), float!(fp, b))?;
        set!(fp, dst, r.to_bits());
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_ord(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::Ord { dst, s } = *instr else { unreachable!() };
        let word = get!(fp, s);
        // SAFETY: a str register holds a live str or None.
        let text = unsafe { ObjRef::from_raw(word) }.map(|o| unsafe { o.str() });
        set_int!(fp, dst, strs::ord(text)?);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_chr(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::Chr { dst, code } = *instr else { unreachable!() };
        let c = strs::chr(int!(fp, code))?;
        set!(fp, dst, self.char_str(c));
        Ok(())
    }

    /// The str of one character: the shared one for U+0000..U+00FF, else a new one.
    fn char_str(&mut self, c: char) -> u64 {
        match self.latin1.get(c as usize) {
            Some(&shared) => shared,
            None => self.heap.alloc_str(c.to_string()).to_raw(),
        }
    }

    #[inline(never)]
    pub(super) fn exec_format_value(&mut self, program: &Program, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::FormatValue { dst, src, ty, spec, conv } = *instr else { unreachable!() };
        let (word, spec_word) = (get!(fp, src), get!(fp, spec));
        // SAFETY: the spec register holds a live str (the compiler checks its type).
        let spec = unsafe { ObjRef::from_raw(spec_word) }.map_or("", |s| unsafe { s.str() });
        let text = text::format_value(program, word, &program.types[ty.0 as usize], spec, conv)?;
        set!(fp, dst, self.heap.alloc_str(text).to_raw());
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_str_build(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::StrBuild { dst, items, count } = *instr else { unreachable!() };
        let mut text = String::new();
        for i in 0..count {
            let word = get!(fp, Reg(items.0 + i));
            // SAFETY: the parts are live strs made by FormatValue or constants.
            text.push_str(unsafe { ObjRef::from_raw(word) }.map_or("None", |s| unsafe { s.str() }));
        }
        set!(fp, dst, self.heap.alloc_str(text).to_raw());
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_percent_format(&mut self, program: &Program, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::PercentFormat { dst, args, count, tys } = *instr else { unreachable!() };
        let Ty::Tuple(tys) = &program.types[tys.0 as usize] else {
            unreachable!("the compiler passes a tuple type");
        };
        let words: Vec<u64> = (1..count).map(|i| get!(fp, Reg(args.0 + i))).collect();
        let fmt_word = get!(fp, args);
        // SAFETY: the format register holds a live str or None.
        let Some(fmt) = unsafe { ObjRef::from_raw(fmt_word) }.map(|s| unsafe { s.str() }) else {
            return Err(Raised::new(ExcKind::TypeError, "unsupported operand type(s) for %: 'NoneType' and 'tuple'"));
        };
        let text = text::percent(program, fmt, &words, tys)?;
        set!(fp, dst, self.heap.alloc_str(text).to_raw());
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_str_to_int(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::StrToInt { dst, s } = *instr else { unreachable!() };
        let text = str_arg(get!(fp, s), "int")?;
        set_int!(fp, dst, ops::str_to_int(text)?);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_str_to_float(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::StrToFloat { dst, s } = *instr else { unreachable!() };
        let text = str_arg(get!(fp, s), "float")?;
        set_float!(fp, dst, ops::str_to_float(text)?);
        Ok(())
    }

    #[inline(never)]
    pub(super) fn exec_print(&mut self, fp: *mut u64, instr: &Instr) -> OpResult<()> {
        let Instr::Print { args, argc, sep, end } = *instr else { unreachable!() };
        let mut line = String::new();
        // SAFETY: sep/end registers hold live strings or 0.
        let sep = unsafe { ObjRef::from_raw(get!(fp, sep)) }.map_or(" ", |s| unsafe { s.str() });
        // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
        let end = unsafe { ObjRef::from_raw(get!(fp, end)) }.map_or("\n", |s| unsafe { s.str() });
        for i in 0..argc as u16 {
            if i > 0 {
                line.push_str(sep);
            }
            let word = get!(fp, Reg(args.0 + i));
            // SAFETY: print arguments are live strings made by ToStr.
            line.push_str(unsafe { ObjRef::from_raw(word) }.map_or("None", |s| unsafe { s.str() }));
        }
        line.push_str(end);
        self.unflushed = true;
        if self.out.write_all(line.as_bytes()).is_err() {
            return Err(Raised::new(ExcKind::RuntimeError, "cannot write to standard output"));
        }
        Ok(())
    }
}

/// The Python exception for a `random` error.
#[cold]
fn random_error(e: random::RandomError) -> Raised {
    let kind = match e.exc {
        "IndexError" => ExcKind::IndexError,
        "TypeError" => ExcKind::TypeError,
        "OverflowError" => ExcKind::OverflowError,
        "ZeroDivisionError" => ExcKind::ZeroDivisionError,
        _ => ExcKind::ValueError,
    };
    Raised::new(kind, e.msg)
}
