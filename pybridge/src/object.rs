//! The proxy side of a native object: `NativeObject`, the base class of every
//! proxy type, holding the object's handle (a GC root) and address.

use std::sync::atomic::{AtomicU64, Ordering};

use jcvm_gc::Handle;
use jcvm_vm::program::MethodKind;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

use crate::state::release_handle;

/// No handle yet (the object is being constructed) or any more.
const NO_HANDLE: u64 = u64::MAX;

/// The base of every proxy type: one native object, kept alive while the proxy lives.
#[pyclass(subclass, weakref, frozen, module = "jcvm._native")]
pub struct NativeObject {
    /// The handle's bits, or [`NO_HANDLE`].
    handle: AtomicU64,
    /// The object's address (the identity map's key), 0 while there is no handle.
    address: AtomicU64,
}

#[pymethods]
impl NativeObject {
    /// A proxy with no object yet. Only the types `@jitclass` made may be
    /// instantiated: a plain Python subclass would add state and overrides that
    /// compiled code never sees, so it is refused.
    #[new]
    #[classmethod]
    #[pyo3(signature = (*_args, **_kwargs))]
    fn new(
        cls: &Bound<'_, pyo3::types::PyType>,
        _args: &Bound<'_, PyTuple>,
        _kwargs: Option<&Bound<'_, PyDict>>,
    ) -> PyResult<NativeObject> {
        // The type's own dict, read in place (`cls.__dict__` would make a mappingproxy
        // per instance).
        // SAFETY: a live type object; its `tp_dict` is a dict (or null) it owns.
        let own = unsafe { (*cls.as_type_ptr()).tp_dict };
        let key = pyo3::intern!(cls.py(), "_jcvm_name");
        // SAFETY: `own` is a dict when not null, `key` a str; the GIL is held.
        let made_by_jitclass = !own.is_null() && unsafe { pyo3::ffi::PyDict_Contains(own, key.as_ptr()) } == 1;
        if !made_by_jitclass {
            if cls.is(cls.py().get_type::<NativeObject>()) {
                return Err(PyTypeError::new_err(
                    "NativeObject is the base of jitclass proxies: instantiate a class decorated with @jitclass",
                ));
            }
            return Err(PyTypeError::new_err(format!(
                "'{}' is a plain subclass of a jitclass: decorate it with @jitclass too (compiled code would not \
                 see its overrides or attributes)",
                cls.name()?
            )));
        }
        Ok(NativeObject { handle: AtomicU64::new(NO_HANDLE), address: AtomicU64::new(0) })
    }
}

impl NativeObject {
    /// The object's handle; TypeError while it has none (`__init__` has not run).
    pub fn handle(&self) -> PyResult<Handle> {
        match self.handle.load(Ordering::Acquire) {
            NO_HANDLE => {
                Err(PyTypeError::new_err("the jitclass instance is not initialized (its __init__ did not run)"))
            }
            bits => Ok(Handle::from_bits(bits)),
        }
    }

    /// The object's address, or 0 while it has no handle (`set_handle` stores
    /// it, `take_handle` clears it: one load for the field descriptors).
    pub fn address(&self) -> u64 {
        self.address.load(Ordering::Acquire)
    }

    pub fn set_handle(&self, handle: u64, address: u64) {
        self.address.store(address, Ordering::Release);
        self.handle.store(handle, Ordering::Release);
    }

    /// Takes the handle and address out, leaving none.
    pub fn take_handle(&self) -> Option<(u64, u64)> {
        match self.handle.swap(NO_HANDLE, Ordering::AcqRel) {
            NO_HANDLE => None,
            bits => Some((bits, self.address.swap(0, Ordering::AcqRel))),
        }
    }
}

impl Drop for NativeObject {
    fn drop(&mut self) {
        if let Some((handle, address)) = self.take_handle() {
            release_handle(handle, address);
        }
    }
}

/// The handle of a proxy.
pub fn proxy_handle(obj: &Bound<'_, PyAny>) -> PyResult<Handle> {
    let native = obj
        .cast::<NativeObject>()
        .map_err(|_| PyTypeError::new_err(format!("expected a jitclass instance, got {}", type_name(obj))))?;
    native.get().handle()
}

/// The Python name of `obj`'s type.
pub fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type().name().map_or_else(|_| "?".into(), |n| n.to_string())
}

/// The name the Python package uses for a method kind.
pub fn method_kind(kind: MethodKind) -> &'static str {
    match kind {
        MethodKind::Method => "method",
        MethodKind::Static => "static",
        MethodKind::Class => "class",
        MethodKind::Getter => "getter",
        MethodKind::Setter => "setter",
    }
}
