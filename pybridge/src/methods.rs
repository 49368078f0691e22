//! Methods as C-level `METH_FASTCALL` descriptors.
//!
//! A method of a proxy type is a `method_descriptor` (a static method a
//! builtin function in a `staticmethod`), so `obj.m(a, b)` is CPython's own
//! fast path: no bound method, no tuple. C callbacks carry no data, so each
//! installed method gets its own trampoline, `trampoline::<K>`, which finds
//! its [`MethodSpec`] in slot `K` of [`SPECS`]: [`SLOTS`] methods can be
//! installed; beyond that the Python wrapper stays in place.
//!
//! A call with exactly the positional arguments goes straight to the
//! runtime: a field accessor reads its slot in place ([`crate::accessor`]),
//! plain ints, floats, bools and instances go through [`crate::fastcall`],
//! anything else is converted to `Value`s. Keywords, omitted defaults and
//! calls before the code is compiled take the method's Python wrapper (the
//! slow path), which binds arguments as Python does.

use std::ffi::CString;
use std::sync::atomic::{AtomicI64, AtomicPtr, AtomicUsize, Ordering};

use jcvm::Value;
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::PyType;

use crate::accessor::Accessor;
use crate::convert;
use crate::state::with_state;

/// How many methods can be installed.
pub const SLOTS: usize = 1024;

/// What a trampoline calls.
struct MethodSpec {
    /// The compiled function's id, or -1 before the code is compiled.
    func: AtomicI64,
    /// Whether the descriptor passes the instance (a method, not a static method).
    has_self: bool,
    /// An `__init__`: the function builds a new object, which the instance becomes the proxy of.
    constructor: bool,
    /// Positional parameters, the instance included.
    params: usize,
    /// A binary operator dunder: an operand of another type gives NotImplemented.
    binary: bool,
    /// The Python wrapper with the method's whole signature.
    slow: Py<PyAny>,
    /// What the method is, to find its function in each new generation.
    key: crate::state::EntryKey,
    /// The method's in-place read, when it is a field accessor.
    accessor: Accessor,
    /// The proxy type the descriptor was installed on: a constructor takes the
    /// fast path only for a proxy of exactly this type (`Base.__init__(sub)`
    /// goes the general way).
    owner_type: usize,
}

#[allow(clippy::declare_interior_mutable_const)]
const EMPTY: AtomicPtr<MethodSpec> = AtomicPtr::new(std::ptr::null_mut());
static SPECS: [AtomicPtr<MethodSpec>; SLOTS] = [EMPTY; SLOTS];
static NEXT: AtomicUsize = AtomicUsize::new(0);

type Fast = unsafe extern "C" fn(
    *mut ffi::PyObject,
    *const *mut ffi::PyObject,
    ffi::Py_ssize_t,
    *mut ffi::PyObject,
) -> *mut ffi::PyObject;

unsafe extern "C" fn trampoline<const K: usize>(
    slf: *mut ffi::PyObject,
    args: *const *mut ffi::PyObject,
    nargs: ffi::Py_ssize_t,
    kwnames: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: CPython calls a METH_FASTCALL | METH_KEYWORDS function holding the GIL,
    // with `nargs` positional arguments and the keywords' values after them.
    unsafe { dispatch(K, slf, args, nargs, kwnames) }
}

macro_rules! four {
    ($b:expr) => {
        [trampoline::<{ $b }>, trampoline::<{ $b + 1 }>, trampoline::<{ $b + 2 }>, trampoline::<{ $b + 3 }>]
    };
}
macro_rules! sixteen {
    ($b:expr) => {
        [four!($b), four!($b + 4), four!($b + 8), four!($b + 12)]
    };
}
macro_rules! sixty_four {
    ($b:expr) => {
        [sixteen!($b), sixteen!($b + 16), sixteen!($b + 32), sixteen!($b + 48)]
    };
}
macro_rules! two_fifty_six {
    ($b:expr) => {
        [sixty_four!($b), sixty_four!($b + 64), sixty_four!($b + 128), sixty_four!($b + 192)]
    };
}

/// `trampoline::<K>` at `[K / 256][K / 64 % 4][K / 16 % 4][K / 4 % 4][K % 4]`.
static TRAMPOLINES: [[[[[Fast; 4]; 4]; 4]; 4]; SLOTS / 256] =
    [two_fifty_six!(0), two_fifty_six!(256), two_fifty_six!(512), two_fifty_six!(768)];

fn trampoline_at(k: usize) -> Fast {
    TRAMPOLINES[k / 256][k / 64 % 4][k / 16 % 4][k / 4 % 4][k % 4]
}

/// # Safety
/// As `trampoline`; slot `k` holds a spec (installed before the descriptor existed).
unsafe fn dispatch(
    k: usize,
    slf: *mut ffi::PyObject,
    args: *const *mut ffi::PyObject,
    nargs: ffi::Py_ssize_t,
    kwnames: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: the GIL is held (see `trampoline`); specs are leaked, never freed.
    let (py, spec) = unsafe { (Python::assume_attached(), &*SPECS[k].load(Ordering::Acquire)) };
    let positional = ffi::PyVectorcall_NARGS(nargs as usize) as usize;
    let func = spec.func.load(Ordering::Acquire);
    let fast = func >= 0 && kwnames.is_null() && positional + usize::from(spec.has_self) == spec.params;
    if fast && !spec.constructor && positional == 0 && spec.has_self {
        // SAFETY: the GIL is held and the descriptor checked that `slf` is a proxy.
        if let Some(result) = unsafe { spec.accessor.call(func as u32, slf) } {
            return result;
        }
    }
    // (A constructor only for a proxy of its own type: `Base.__init__(sub)` goes the general way.)
    // SAFETY: `slf` is a live object (the descriptor checked its type).
    if fast && (!spec.constructor || unsafe { ffi::Py_TYPE(slf) } as usize == spec.owner_type) {
        // SAFETY: as `dispatch`'s contract: `positional` arguments, borrowed for the call.
        if let Some(result) = unsafe { fast_call(py, k, spec, func as u32, slf, args, positional) } {
            return result;
        }
    }
    // SAFETY: as `dispatch`'s contract.
    unsafe { general_call(py, spec, func, fast, slf, args, positional, kwnames) }
}

/// A call the fast paths did not take: through the method's Python wrapper
/// (`!fast`: keywords, omitted defaults, code not compiled yet) or with every
/// argument converted to a [`Value`].
///
/// # Safety
/// As [`dispatch`]; `args` holds `positional` arguments and then one value per
/// name in `kwnames`.
#[inline(never)]
#[allow(clippy::too_many_arguments)] // the C call's arguments and what `dispatch` worked out from them
unsafe fn general_call(
    py: Python<'_>,
    spec: &MethodSpec,
    func: i64,
    fast: bool,
    slf: *mut ffi::PyObject,
    args: *const *mut ffi::PyObject,
    positional: usize,
    kwnames: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| -> PyResult<Py<PyAny>> {
        if !fast {
            // SAFETY: as above: the arguments and keyword values are valid for the call.
            return unsafe { slow_path(py, spec, slf, args, positional, kwnames) };
        }
        let mut values: smallvec::SmallVec<[Value; 6]> = smallvec::SmallVec::new();
        let mut convert_all = || -> PyResult<()> {
            if spec.has_self && !spec.constructor {
                // SAFETY: the instance is a borrowed reference valid for the call.
                values.push(convert::value_from_python(unsafe { &Bound::from_borrowed_ptr(py, slf) })?);
            }
            for i in 0..positional {
                // SAFETY: `i < nargs`, so the pointer is one of the arguments.
                let arg = unsafe { Bound::from_borrowed_ptr(py, *args.add(i)) };
                values.push(convert::value_from_python(&arg)?);
            }
            Ok(())
        };
        let converted = convert_all();
        let result = converted.and_then(|()| {
            if spec.constructor {
                // SAFETY: as above.
                let proxy = unsafe { Bound::from_borrowed_ptr(py, slf) };
                let proxy = proxy.cast::<crate::object::NativeObject>()?;
                with_state(|state| state.construct_values(py, proxy, func as u32, &values))?;
                return Ok(py.None());
            }
            with_state(|state| state.call_values(py, func as u32, &values)).map(Bound::unbind)
        });
        match result {
            // A binary operator with an operand it cannot take: Python tries the other side.
            Err(e) if spec.binary && e.is_instance_of::<crate::ArgumentTypeError>(py) => Ok(py.NotImplemented()),
            other => other,
        }
    }));
    let error = match outcome {
        Ok(Ok(result)) => return result.into_ptr(),
        Ok(Err(error)) => error,
        Err(_) => pyo3::panic::PanicException::new_err("internal error in a jcvm method call"),
    };
    error.restore(py);
    std::ptr::null_mut()
}

/// The call through [`crate::fastcall`] (`call`, or `construct` for a
/// constructor, whose result is None): its result (a new reference, or null
/// with the exception set), or None when the fast path does not take it.
///
/// # Safety
/// As [`dispatch`]; `args` holds `positional` borrowed arguments; a
/// constructor's `slf` is the proxy being initialized.
#[inline(always)]
unsafe fn fast_call(
    py: Python<'_>,
    k: usize,
    spec: &MethodSpec,
    func: u32,
    slf: *mut ffi::PyObject,
    args: *const *mut ffi::PyObject,
    positional: usize,
) -> Option<*mut ffi::PyObject> {
    // SAFETY: per the contract.
    let positional_args = unsafe { borrowed_args(args, positional) };
    guarded_fast(py, || {
        if spec.constructor {
            // SAFETY: `slf` is a borrowed reference valid for the call.
            let proxy = unsafe { Bound::from_borrowed_ptr(py, slf) };
            let Ok(proxy) = proxy.cast::<crate::object::NativeObject>() else { return Ok(None) };
            // SAFETY: the GIL is held and the references are valid for the call.
            let made = with_state(|state| unsafe {
                crate::fastcall::construct(py, state, k, func, proxy, positional_args, &spec.accessor)
            });
            return Ok(made?.then(|| py.None().into_ptr()));
        }
        let receiver = spec.has_self.then_some(slf);
        // SAFETY: the GIL is held and the references are valid for the call.
        let called = with_state(|state| unsafe {
            crate::fastcall::call(py, state, k, func, receiver, positional_args, &spec.accessor)
        });
        Ok(called?.map(Py::into_ptr))
    })
}

/// The first `positional` arguments of a vectorcall.
///
/// # Safety
/// `args` holds at least `positional` borrowed references (it may be null when 0).
unsafe fn borrowed_args<'a>(args: *const *mut ffi::PyObject, positional: usize) -> &'a [*mut ffi::PyObject] {
    if positional == 0 {
        &[]
    } else {
        // SAFETY: per the contract, a non-null array of `positional` pointers.
        unsafe { std::slice::from_raw_parts(args, positional) }
    }
}

/// Runs a fast path as the body of a C callback: its result (None: not
/// taken), an error restored as the pending exception (null), a Rust panic
/// as a PanicException. The body's result is kept small: `catch_unwind`
/// moves it.
#[inline(always)]
fn guarded_fast(
    py: Python<'_>,
    body: impl FnOnce() -> PyResult<Option<*mut ffi::PyObject>>,
) -> Option<*mut ffi::PyObject> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(body)) {
        Ok(Ok(result)) => result,
        Ok(Err(error)) => {
            error.restore(py);
            Some(std::ptr::null_mut())
        }
        Err(_) => {
            pyo3::panic::PanicException::new_err("internal error in a jcvm method call").restore(py);
            Some(std::ptr::null_mut())
        }
    }
}

/// Calls the method's Python wrapper with the same arguments.
///
/// # Safety
/// `args` holds `positional` arguments and then one value per name in `kwnames`.
unsafe fn slow_path(
    py: Python<'_>,
    spec: &MethodSpec,
    slf: *mut ffi::PyObject,
    args: *const *mut ffi::PyObject,
    positional: usize,
    kwnames: *mut ffi::PyObject,
) -> PyResult<Py<PyAny>> {
    // SAFETY: per the contract; a keyword-names tuple is a tuple.
    let keywords = if kwnames.is_null() { 0 } else { unsafe { ffi::PyTuple_GET_SIZE(kwnames) as usize } };
    let mut all: smallvec::SmallVec<[*mut ffi::PyObject; 8]> = smallvec::SmallVec::new();
    if spec.has_self {
        all.push(slf);
    }
    // SAFETY: per the contract, `positional + keywords` pointers are readable.
    all.extend((0..positional + keywords).map(|i| unsafe { *args.add(i) }));
    let count = all.len() - keywords;
    // SAFETY: borrowed references valid for the call; the result is a new reference or null.
    let result = unsafe { ffi::PyObject_Vectorcall(spec.slow.as_ptr(), all.as_ptr(), count, kwnames) };
    // SAFETY: a new reference, or null with an exception set.
    unsafe { Bound::from_owned_ptr_or_err(py, result) }.map(Bound::unbind)
}

/// Installs a fast descriptor for method `name` (of `kind` "method", "static"
/// or "constructor") of `proxy_type` whose Python wrapper is `slow` (`doc` may start with a text signature, `name(...)\n--\n\n`);
/// returns its slot (for [`bind_method`]), or None when
/// every slot is taken (the wrapper then stays).
#[pyfunction]
#[allow(clippy::too_many_arguments)] // one Python call from the decorator, argument by argument
pub fn install_method(
    proxy_type: &Bound<'_, PyType>,
    name: &str,
    kind: &str,
    params: usize,
    binary: bool,
    slow: Py<PyAny>,
    doc: Option<String>,
    owner: String,
) -> PyResult<Option<usize>> {
    let is_static = kind == "static";
    let constructor = kind == "constructor";
    let py = proxy_type.py();
    let k = NEXT.fetch_add(1, Ordering::AcqRel);
    if k >= SLOTS {
        return Ok(None);
    }
    let key = (Some(owner), name.to_string(), kind.to_string());
    let func = crate::state::with_state(|state| Ok(if state.has_runtime() { state.resolve(py, &key) } else { -1 }))?;
    let spec = Box::new(MethodSpec {
        func: AtomicI64::new(func),
        has_self: !is_static,
        constructor,
        params,
        binary,
        slow,
        key,
        accessor: Accessor::new(),
        owner_type: proxy_type.as_type_ptr() as usize,
    });
    SPECS[k].store(Box::into_raw(spec), Ordering::Release);
    // The definition must outlive the descriptor (types of decorated classes are
    // never freed in practice): leaked on purpose, as the spec.
    let def = Box::leak(Box::new(ffi::PyMethodDef {
        ml_name: CString::new(name)?.into_raw(),
        ml_meth: ffi::PyMethodDefPointer { PyCFunctionFastWithKeywords: trampoline_at(k) },
        ml_flags: ffi::METH_FASTCALL | ffi::METH_KEYWORDS,
        ml_doc: doc.map_or(std::ptr::null(), |d| CString::new(d).map_or(std::ptr::null(), |c| c.into_raw())),
    }));
    // SAFETY: a type object and a definition that outlives it; the GIL is held.
    let descriptor = unsafe {
        let raw = if is_static {
            ffi::PyCFunction_NewEx(def, std::ptr::null_mut(), std::ptr::null_mut())
        } else {
            ffi::PyDescr_NewMethod(proxy_type.as_ptr() as *mut ffi::PyTypeObject, def)
        };
        Bound::from_owned_ptr_or_err(py, raw)?
    };
    let descriptor =
        if is_static { py.import("builtins")?.getattr("staticmethod")?.call1((descriptor,))? } else { descriptor };
    proxy_type.setattr(name, descriptor)?;
    Ok(Some(k))
}

/// Points every installed method at `resolve(its key)` (after a compilation,
/// under the runtime's lock).
pub fn rebind_all(mut resolve: impl FnMut(&crate::state::EntryKey) -> i64) {
    let installed = NEXT.load(Ordering::Acquire).min(SLOTS);
    for slot in &SPECS[..installed] {
        let spec = slot.load(Ordering::Acquire);
        if !spec.is_null() {
            // SAFETY: installed specs are leaked, never freed.
            let spec = unsafe { &*spec };
            spec.accessor.clear();
            spec.func.store(resolve(&spec.key), Ordering::Release);
        }
    }
}
