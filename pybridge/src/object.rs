//! The proxy side of a native object: `NativeObject`, the base class of every
//! proxy type, holding the object's handle (a GC root), and `Field`, the data
//! descriptor that reads and writes one native slot.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use jcvm::{FieldMeta, Value};
use jcvm_gc::Handle;
use jcvm_vm::program::MethodKind;
use pyo3::exceptions::{PyAttributeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

use crate::convert;
use crate::state::{release_handle, with_state};

/// No handle yet (the object is being constructed) or any more.
const NO_HANDLE: u64 = u64::MAX;

/// The base of every proxy type: one native object, kept alive while the proxy lives.
#[pyclass(subclass, weakref, frozen, module = "jcvm._native")]
pub struct NativeObject {
    /// The handle's bits, or [`NO_HANDLE`].
    handle: AtomicU64,
    /// The object's address (the identity map's key).
    address: AtomicU64,
}

#[pymethods]
impl NativeObject {
    #[new]
    #[pyo3(signature = (*_args, **_kwargs))]
    fn new(_args: &Bound<'_, PyTuple>, _kwargs: Option<&Bound<'_, PyDict>>) -> NativeObject {
        NativeObject { handle: AtomicU64::new(NO_HANDLE), address: AtomicU64::new(0) }
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

    pub fn set_handle(&self, handle: u64, address: u64) {
        self.address.store(address, Ordering::Release);
        self.handle.store(handle, Ordering::Release);
    }

    /// Takes the handle and address out, leaving none.
    pub fn take_handle(&self) -> Option<(u64, u64)> {
        match self.handle.swap(NO_HANDLE, Ordering::AcqRel) {
            NO_HANDLE => None,
            bits => Some((bits, self.address.load(Ordering::Acquire))),
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

/// A field of a jitclass as a data descriptor over its native slot.
#[pyclass(frozen, module = "jcvm._native")]
pub struct Field {
    owner: String,
    name: String,
    nullable: bool,
    /// The slot and type, found on first use (they never change for a class).
    resolved: OnceLock<FieldMeta>,
}

impl Field {
    fn resolve(&self, py: Python<'_>) -> PyResult<FieldMeta> {
        if let Some(found) = self.resolved.get() {
            return Ok(found.clone());
        }
        let found = with_state(|state| {
            let meta = state.runtime(py)?.class(&self.owner);
            let field = meta.and_then(|m| m.fields.into_iter().find(|f| f.name == self.name));
            field.ok_or_else(|| {
                PyAttributeError::new_err(format!("'{}' has no compiled field '{}'", self.owner, self.name))
            })
        })?;
        Ok(self.resolved.get_or_init(|| found).clone())
    }
}

#[pymethods]
impl Field {
    #[new]
    fn new(owner: String, name: String, nullable: bool) -> Field {
        Field { owner, name, nullable, resolved: OnceLock::new() }
    }

    fn __get__<'py>(
        slf: &Bound<'py, Self>,
        obj: Option<&Bound<'py, PyAny>>,
        _owner: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let Some(obj) = obj.filter(|o| !o.is_none()) else {
            return Ok(slf.clone().into_any());
        };
        let py = slf.py();
        let this = slf.get();
        let field = this.resolve(py)?;
        let handle = proxy_handle(obj)?;
        with_state(|state| {
            let value = state.runtime(py)?.get_field(handle, &field).map_err(|e| state.error(py, e))?;
            convert::value_to_python(state, py, value)
        })
    }

    fn __set__(&self, obj: &Bound<'_, PyAny>, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let py = obj.py();
        if value.is_none() && !self.nullable {
            return Err(PyTypeError::new_err(format!(
                "field '{}' of '{}' is not Optional: it cannot be None",
                self.name, self.owner
            )));
        }
        let field = self.resolve(py)?;
        let handle = proxy_handle(obj)?;
        let value: Value = convert::value_from_python(value)?;
        with_state(|state| match state.runtime(py)?.set_field(handle, &field, &value) {
            Ok(()) => Ok(()),
            Err(jcvm::CallError::Type(m)) => {
                Err(PyTypeError::new_err(format!("field '{}' of '{}': {m}", self.name, self.owner)))
            }
            Err(e) => Err(state.error(py, e)),
        })
    }

    fn __delete__(&self, _obj: &Bound<'_, PyAny>) -> PyResult<()> {
        Err(PyAttributeError::new_err(format!("cannot delete field '{}' of a jitclass instance", self.name)))
    }

    #[getter]
    fn __doc__(&self) -> String {
        format!("native field '{}' of {}", self.name, self.owner)
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
