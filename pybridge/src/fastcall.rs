//! The fast path of a call from Python: arguments of exact types (an `int`,
//! a `float`, a `bool`, a proxy of the parameter's class) become argument
//! words directly, and an int, float, bool or None result becomes a Python
//! object directly, with no [`jcvm::Value`] in between.
//!
//! Anything else declines (returns `None` before the call is made), and the
//! caller takes the general path, which converts every value and makes the
//! errors. So the fast path never changes what a call does, only its cost.

use jcvm::Runtime;
use jcvm_vm::opcode::FuncId;
use jcvm_vm::ty::Ty;
use pyo3::ffi;
use pyo3::prelude::*;

use crate::object::NativeObject;
use crate::state::State;

/// How the result word becomes a Python object.
enum ResultKind {
    Int,
    Float,
    Bool,
    None,
    Other(Ty),
}

/// Calls `func` with `receiver` (a method's instance) and `args` if every
/// argument has a fast conversion; `Ok(None)` (nothing called) otherwise.
///
/// # Safety
/// The GIL is held; `receiver` and `args` are valid borrowed references.
pub unsafe fn call(
    py: Python<'_>,
    state: &mut State,
    func: u32,
    receiver: Option<*mut ffi::PyObject>,
    args: &[*mut ffi::PyObject],
) -> PyResult<Option<Py<PyAny>>> {
    let func = FuncId(func);
    let runtime = state.runtime(py)?;
    let Some((params, ret)) = runtime.word_signature(func) else { return Ok(None) };
    if params.len() != usize::from(receiver.is_some()) + args.len() {
        return Ok(None);
    }
    let mut words: smallvec::SmallVec<[u64; 8]> = smallvec::SmallVec::new();
    for (ty, &obj) in params.iter().zip(receiver.iter().chain(args)) {
        // SAFETY: per the contract.
        match unsafe { word_of(py, runtime, ty, obj) } {
            Some(word) => words.push(word),
            None => return Ok(None),
        }
    }
    let kind = match ret {
        Ty::Int => ResultKind::Int,
        Ty::Float => ResultKind::Float,
        Ty::Bool => ResultKind::Bool,
        Ty::None => ResultKind::None,
        other => ResultKind::Other(other.clone()),
    };
    // SAFETY: `word_signature` allowed the call; each word has its parameter's type,
    // and an instance is rooted by its proxy's handle (a receiver is never 0).
    let word = match unsafe { runtime.call_words(func, &words) } {
        Ok(word) => word,
        Err(e) => return Err(state.error(py, e)),
    };
    // SAFETY: (each arm) the GIL is held; the constructors return new references
    // or null with an exception set.
    let object = match kind {
        ResultKind::Int => unsafe { Bound::from_owned_ptr_or_err(py, ffi::PyLong_FromLongLong(word as i64)) }?,
        ResultKind::Float => {
            unsafe { Bound::from_owned_ptr_or_err(py, ffi::PyFloat_FromDouble(f64::from_bits(word))) }?
        }
        // `return NotImplemented` in a bool-returning dunder is the marker word 2.
        ResultKind::Bool if word == 2 => py.NotImplemented().into_bound(py),
        ResultKind::Bool => pyo3::types::PyBool::new(py, word != 0).to_owned().into_any(),
        ResultKind::None => py.None().into_bound(py),
        ResultKind::Other(ty) => {
            let runtime: &mut Runtime = state.runtime(py)?;
            // SAFETY: the word was just returned by a function whose result type is `ty`.
            let value = unsafe { runtime.result_value(word, &ty) };
            crate::convert::value_to_python(state, py, value)?
        }
    };
    Ok(Some(object.unbind()))
}

/// The argument word for `obj` as a `ty`, when it converts directly.
///
/// # Safety
/// The GIL is held; `obj` is a valid borrowed reference.
unsafe fn word_of(py: Python<'_>, runtime: &Runtime, ty: &Ty, obj: *mut ffi::PyObject) -> Option<u64> {
    // SAFETY: per the contract.
    unsafe {
        match ty {
            Ty::Int => exact_int(obj).map(|i| i as u64),
            Ty::Float if ffi::PyFloat_CheckExact(obj) != 0 => Some(ffi::PyFloat_AS_DOUBLE(obj).to_bits()),
            Ty::Float => exact_int(obj).map(|i| (i as f64).to_bits()),
            Ty::Bool if obj == ffi::Py_True() => Some(1),
            Ty::Bool if obj == ffi::Py_False() => Some(0),
            Ty::Class(class) => {
                let bound = Bound::from_borrowed_ptr(py, obj);
                let proxy = bound.cast::<NativeObject>().ok()?;
                runtime.instance_word(proxy.get().handle().ok()?, *class)
            }
            _ => None,
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
