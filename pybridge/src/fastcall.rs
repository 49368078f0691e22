//! The fast path of a call from Python: arguments of exact types (an `int`,
//! a `float`, a `bool`, a proxy of the parameter's class) become argument
//! words directly, and an int, float, bool or None result becomes a Python
//! object directly, with no [`jcvm::Value`] in between.
//!
//! What each parameter and the result need is worked out once per installed
//! method and code generation, as a [`Plan`] the state keeps by method slot
//! (and drops when the code changes). Anything the plan cannot take
//! declines (returns `None` before the call is made), and the caller takes
//! the general path, which converts every value and makes the errors. So the
//! fast path never changes what a call does, only its cost.

use jcvm::Runtime;
use jcvm_gc::ObjRef;
use jcvm_vm::opcode::{ClassId, FuncId};
use jcvm_vm::ty::Ty;
use pyo3::ffi;
use pyo3::prelude::*;

use crate::accessor::{self, Accessor};
use crate::object::NativeObject;
use crate::state::State;

/// The most parameters (the instance included) a call on the fast path has.
const MAX_WORDS: usize = 6;

/// How the result word becomes a Python object.
#[derive(Clone, Copy)]
enum ResultKind {
    Int,
    Float,
    Bool,
    None,
    /// Any other type, converted through a [`jcvm::Value`].
    Other,
}

/// How an argument becomes a word.
#[derive(Clone, Copy)]
enum Param {
    Int,
    Float,
    Bool,
    /// A method's instance, of this class or a subclass. The method descriptor
    /// checked the proxy's Python type, but `__class__` can be reassigned between
    /// proxy types, so the native object's class is checked too.
    Receiver(ClassId),
    /// An instance of this class (or a subclass), by its proxy.
    Instance(ClassId),
}

/// What a call of one installed method needs, worked out from its signature.
pub struct Plan {
    func: FuncId,
    /// The receiver's slot, when the method only returns that field (an
    /// accessor, published for lock-free calls: [`crate::accessor`]).
    accessor: Option<u16>,
    /// The parameters: the first `arity` entries.
    params: [Param; MAX_WORDS],
    arity: usize,
    result: ResultKind,
}

/// A method slot's plan, once worked out.
#[derive(Default)]
pub enum PlanSlot {
    /// Not worked out for the current code.
    #[default]
    Unknown,
    /// The signature has a parameter or result the fast path does not take.
    Declined,
    Ready(Plan),
}

impl Plan {
    /// The plan for `func` (a method with its instance first when
    /// `has_receiver`), if every parameter has a direct conversion.
    fn new(runtime: &Runtime, func: FuncId, has_receiver: bool) -> Option<Plan> {
        let (params, ret) = runtime.word_signature(func)?;
        if params.len() > MAX_WORDS {
            return None;
        }
        let kinds: smallvec::SmallVec<[Param; MAX_WORDS]> = params
            .iter()
            .enumerate()
            .map(|(i, ty)| match ty {
                Ty::Class(class) if i == 0 && has_receiver => Some(Param::Receiver(*class)),
                _ if i == 0 && has_receiver => None,
                Ty::Int => Some(Param::Int),
                Ty::Float => Some(Param::Float),
                Ty::Bool => Some(Param::Bool),
                Ty::Class(class) => Some(Param::Instance(*class)),
                _ => None,
            })
            .collect::<Option<_>>()?;
        let result = match ret {
            Ty::Int => ResultKind::Int,
            Ty::Float => ResultKind::Float,
            Ty::Bool => ResultKind::Bool,
            Ty::None => ResultKind::None,
            _ => ResultKind::Other,
        };
        let accessor = match kinds.as_slice() {
            [Param::Receiver(_)] => runtime.field_accessor(func),
            _ => None,
        };
        let mut params = [Param::Int; MAX_WORDS];
        params[..kinds.len()].copy_from_slice(&kinds);
        Some(Plan { func, accessor, params, arity: kinds.len(), result })
    }
}

/// Calls `func`, installed method `slot`, with `receiver` (a method's
/// instance, already checked by its descriptor to be a proxy of the method's
/// class) and `args` if every argument has a fast conversion; `Ok(None)`
/// (nothing called) otherwise.
///
/// # Safety
/// The GIL is held; `receiver` and `args` are valid borrowed references.
#[inline]
pub unsafe fn call(
    py: Python<'_>,
    state: &mut State,
    slot: usize,
    func: u32,
    receiver: Option<*mut ffi::PyObject>,
    args: &[*mut ffi::PyObject],
    accessor: &Accessor,
) -> PyResult<Option<Py<PyAny>>> {
    let func = FuncId(func);
    let (runtime, plans) = state.runtime_and_plans(py)?;
    let ready = matches!(plans.get(slot), Some(PlanSlot::Ready(plan)) if plan.func == func);
    if !ready && !make_plan(runtime, plans, slot, func, receiver.is_some(), accessor) {
        return Ok(None);
    }
    let Some(PlanSlot::Ready(plan)) = plans.get(slot) else { return Ok(None) };
    let first = usize::from(receiver.is_some());
    if plan.arity != first + args.len() || args.len() > MAX_WORDS - first {
        return Ok(None);
    }
    let mut words = [0u64; MAX_WORDS];
    if let Some(obj) = receiver {
        // SAFETY: per the contract.
        match unsafe { word_of(py, runtime, plan.params[0], obj) } {
            Some(w) => words[0] = w,
            None => return Ok(None),
        }
    }
    for (i, &obj) in args.iter().enumerate() {
        // SAFETY: per the contract.
        match unsafe { word_of(py, runtime, plan.params[first + i], obj) } {
            Some(w) => words[first + i] = w,
            None => return Ok(None),
        }
    }
    let words = &words[..plan.arity];
    let result_kind = plan.result;
    if plan.accessor.is_some() {
        // The receiver passed `word_of`'s class check: later calls with an object of
        // its class may read in place too.
        // SAFETY: a receiver word is a live object's address (never 0).
        let class = unsafe { ObjRef::from_raw(words[0]) }.expect("a receiver is not 0").layout().0;
        accessor.allow_subclass(ClassId(class));
    }
    // SAFETY: the plan was made from `word_signature`, which allowed the call; each
    // word has its parameter's type, and an instance is rooted by its proxy's handle
    // (a receiver is never 0).
    let word = match unsafe { runtime.call_words(func, words) } {
        Ok(word) => word,
        Err(e) => return Err(state.error(py, e)),
    };
    // SAFETY: (each arm) the GIL is held; the constructors return new references
    // or null with an exception set.
    let object = match result_kind {
        ResultKind::Int => unsafe { Bound::from_owned_ptr_or_err(py, ffi::PyLong_FromLongLong(word as i64)) }?,
        ResultKind::Float => {
            unsafe { Bound::from_owned_ptr_or_err(py, ffi::PyFloat_FromDouble(f64::from_bits(word))) }?
        }
        // `return NotImplemented` in a bool-returning dunder is the marker word 2.
        ResultKind::Bool if word == 2 => py.NotImplemented().into_bound(py),
        ResultKind::Bool => pyo3::types::PyBool::new(py, word != 0).to_owned().into_any(),
        ResultKind::None => py.None().into_bound(py),
        ResultKind::Other => return other_result(py, state, func, word).map(Some),
    };
    Ok(Some(object.unbind()))
}

/// Makes the object of `proxy` (a proxy with none yet) by calling constructor
/// `func` (installed as method slot `slot`) with `args` if every argument has
/// a fast conversion; `Ok(false)` (nothing called) otherwise, and for a proxy
/// that has an object (`__init__` called again: the general path runs the
/// class's `__init__` on it).
///
/// # Safety
/// The GIL is held; `args` are valid borrowed references.
pub unsafe fn construct(
    py: Python<'_>,
    state: &mut State,
    slot: usize,
    func: u32,
    proxy: &Bound<'_, NativeObject>,
    args: &[*mut ffi::PyObject],
    accessor: &Accessor,
) -> PyResult<bool> {
    if proxy.get().address() != 0 {
        return Ok(false);
    }
    let func = FuncId(func);
    let (runtime, plans) = state.runtime_and_plans(py)?;
    let ready = matches!(plans.get(slot), Some(PlanSlot::Ready(plan)) if plan.func == func);
    if !ready && !make_plan(runtime, plans, slot, func, false, accessor) {
        return Ok(false);
    }
    let Some(PlanSlot::Ready(plan)) = plans.get(slot) else { return Ok(false) };
    if plan.arity != args.len() {
        return Ok(false);
    }
    let mut words = [0u64; MAX_WORDS];
    for (i, &obj) in args.iter().enumerate() {
        // SAFETY: per the contract.
        match unsafe { word_of(py, runtime, plan.params[i], obj) } {
            Some(w) => words[i] = w,
            None => return Ok(false),
        }
    }
    let arity = plan.arity;
    let Some((_, ret)) = runtime.word_signature(func) else { return Ok(false) };
    let ret = ret.clone();
    // SAFETY: as in `call`: the plan allowed the call and each word has its type.
    let word = match unsafe { runtime.call_words(func, &words[..arity]) } {
        Ok(word) => word,
        Err(e) => return Err(state.error(py, e)),
    };
    // SAFETY: the word was just returned by `func`, whose result type is `ret`.
    match unsafe { runtime.result_value(word, &ret) } {
        jcvm::Value::Obj(handle) => state.adopt(py, proxy, handle).map(|()| true),
        other => Err(pyo3::exceptions::PyTypeError::new_err(format!("a constructor returned {other:?}"))),
    }
}

/// Works out slot `slot`'s plan for `func` (publishing it to `accessor` when the
/// method is a field accessor); whether the fast path takes it.
#[cold]
fn make_plan(
    runtime: &Runtime,
    plans: &mut Vec<PlanSlot>,
    slot: usize,
    func: FuncId,
    has_receiver: bool,
    accessor: &Accessor,
) -> bool {
    if plans.len() <= slot {
        plans.resize_with(slot + 1, PlanSlot::default);
    }
    if matches!(plans[slot], PlanSlot::Declined) {
        return false;
    }
    plans[slot] = match Plan::new(runtime, func, has_receiver) {
        Some(plan) => PlanSlot::Ready(plan),
        None => PlanSlot::Declined,
    };
    let PlanSlot::Ready(plan) = &plans[slot] else { return false };
    let kind = match plan.result {
        ResultKind::Int => Some(accessor::Kind::Int),
        ResultKind::Float => Some(accessor::Kind::Float),
        ResultKind::Bool => Some(accessor::Kind::Bool),
        _ => None,
    };
    if let (Some(field), Some(kind), [Param::Receiver(class)]) = (plan.accessor, kind, &plan.params[..plan.arity]) {
        accessor.publish(func.0, field, kind, *class);
    }
    true
}

/// The Python object of result `word` of `func`, a type with no direct conversion.
#[cold]
fn other_result(py: Python<'_>, state: &mut State, func: FuncId, word: u64) -> PyResult<Py<PyAny>> {
    let runtime: &mut Runtime = state.runtime(py)?;
    let ty = runtime.word_signature(func).expect("a planned function has a signature").1.clone();
    // SAFETY: the word was just returned by a function whose result type is `ty`.
    let value = unsafe { runtime.result_value(word, &ty) };
    crate::convert::value_to_python(state, py, value).map(Bound::unbind)
}

/// The argument word for `obj` as a `param`, when it converts directly.
///
/// # Safety
/// The GIL is held; `obj` is a valid borrowed reference, and a
/// [`Param::Receiver`] is a proxy (its method descriptor checked that).
#[inline(always)]
unsafe fn word_of(py: Python<'_>, runtime: &Runtime, param: Param, obj: *mut ffi::PyObject) -> Option<u64> {
    // SAFETY: per the contract.
    unsafe {
        match param {
            Param::Int => exact_int(obj).map(|i| i as u64),
            Param::Float if ffi::PyFloat_CheckExact(obj) != 0 => Some(ffi::PyFloat_AS_DOUBLE(obj).to_bits()),
            Param::Float => exact_int(obj).map(|i| (i as f64).to_bits()),
            Param::Bool if obj == ffi::Py_True() => Some(1),
            Param::Bool if obj == ffi::Py_False() => Some(0),
            Param::Bool => None,
            Param::Receiver(class) => {
                let proxy = pyo3::Borrowed::from_ptr(py, obj).cast_unchecked::<NativeObject>();
                // The address is the object's word while its handle roots it (0 before
                // `__init__` ran: the general path then raises).
                let address = proxy.get().address();
                if address != 0 && runtime.is_instance_word(address, class) {
                    Some(address)
                } else {
                    None
                }
            }
            Param::Instance(class) => {
                let bound = Bound::from_borrowed_ptr(py, obj);
                let proxy = bound.cast::<NativeObject>().ok()?;
                runtime.instance_word(proxy.get().handle().ok()?, class)
            }
        }
    }
}

/// The value of an exact `int` that fits in 64 bits.
///
/// # Safety
/// The GIL is held; `obj` is a valid borrowed reference.
unsafe fn exact_int(obj: *mut ffi::PyObject) -> Option<i64> {
    // SAFETY: per the contract; an exact int converts without raising unless it
    // overflows, which `overflow` reports (no exception is set then).
    unsafe {
        if ffi::PyLong_CheckExact(obj) == 0 {
            return None;
        }
        let mut overflow = 0;
        let value = ffi::PyLong_AsLongLongAndOverflow(obj, &mut overflow);
        (overflow == 0).then_some(value)
    }
}
