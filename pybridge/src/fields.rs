//! Fields as C-level data descriptors (`PyGetSetDef`) over native slots.
//!
//! Each field of a proxy type gets a getset descriptor whose closure is the
//! field's [`FieldSpec`]. An int, float or bool field is read and written in
//! place through the proxy's object address, with no lock and no conversion
//! beyond the number itself; other fields (strs, references, containers) go
//! through the runtime, which allocates and keeps identity.
//!
//! Why the in-place access is sound: a proxy's handle roots its object, the
//! heap never moves objects, the slot's type is fixed by the class (the
//! descriptor only accepts instances of its type, whose objects are of the
//! class or a subclass, with the same slot), and the heap is only ever touched
//! while the GIL is held (compiled code runs inside calls that hold it), so a
//! read or write here never overlaps another thread's.

use std::ffi::{c_int, c_void, CString};
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

use jcvm::{CallError, FieldMeta, Runtime, Value};
use jcvm_gc::ObjRef;
use jcvm_vm::ty::Ty;
use parking_lot::RwLock;
use pyo3::exceptions::{PyAttributeError, PyTypeError};
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyFloat, PyInt, PyType};

use crate::convert;
use crate::object::{proxy_handle, NativeObject};
use crate::state::with_state;

/// What a field descriptor knows: its class and name, whether it admits None,
/// and (after the first use) its slot and type.
struct FieldSpec {
    owner: String,
    name: String,
    nullable: bool,
    meta: OnceLock<FieldMeta>,
    /// The ids of the classes whose instances have this field (the owner and its
    /// subclasses) in the current code, set under the runtime's lock with every
    /// new code generation ([`refresh_fields`]), so that an access never waits
    /// for the lock (a compiled loop holding it may be waiting for this write).
    classes: RwLock<Box<[u32]>>,
    /// The last class other than the owner found in `classes`, so that accesses
    /// through a subclass cost one atomic load, not a lock and a scan (a class
    /// never loses a field: each generation keeps every old class's shape).
    /// `u32::MAX` (no class has that id) until one is found.
    last_subclass: AtomicU32,
    /// The read's one-word fast path ([`FastRead`]), 0 until the field's slot is
    /// known or when the field is not a number that is always assigned.
    fast: AtomicU64,
}

/// A number field read with one test: the header word an instance of the
/// owner class has (its layout id and kind, low 40 bits), the slot (bits
/// 40..56) and the type (bits 56..64: 1 int, 2 float, 3 bool).
struct FastRead;

impl FastRead {
    /// The header bits compared: `aux` (the layout id) and `kind`, not the mark bit.
    const HEADER_MASK: u64 = 0xFF_FFFF_FFFF;

    fn pack(meta: &FieldMeta) -> u64 {
        let ty = match meta.ty {
            Ty::Int => 1,
            Ty::Float => 2,
            Ty::Bool => 3,
            _ => return 0,
        };
        if meta.late.is_some() {
            return 0;
        }
        let header = u64::from(meta.owner.0) | (jcvm_gc::ObjKind::Instance as u64) << 32;
        header | u64::from(meta.slot) << 40 | ty << 56
    }
}

// The packed header bits are `aux` (a u32 at byte 0) and `kind` (a byte at 4).
const _: () = assert!(jcvm_gc::HEADER_AUX_OFFSET == 0 && jcvm_gc::HEADER_KIND_OFFSET == 4);

/// Every field descriptor's spec (they are leaked: they live as long as their types).
static FIELD_SPECS: Mutex<Vec<&'static FieldSpec>> = Mutex::new(Vec::new());

/// Brings every field descriptor up to the runtime's current code: its slot
/// and type (first time) and the classes that have it. Runs under the
/// runtime's lock, after each code generation.
pub fn refresh_fields(runtime: &Runtime) {
    let specs = FIELD_SPECS.lock().unwrap_or_else(|p| p.into_inner());
    for spec in specs.iter() {
        let Some(class) = runtime.class(&spec.owner) else { continue };
        let Some(field) = class.fields.into_iter().find(|f| f.name == spec.name) else { continue };
        let classes = runtime.classes_with_fields_of(class.id);
        // The slot and type of a field never change between generations (each
        // generation keeps every old class's shape).
        let _ = spec.meta.set(field);
        if let Some(meta) = spec.meta.get() {
            spec.fast.store(FastRead::pack(meta), Ordering::Relaxed);
        }
        *spec.classes.write() = classes.into();
    }
}

impl FieldSpec {
    fn meta(&self, py: Python<'_>) -> PyResult<&FieldMeta> {
        if let Some(meta) = self.meta.get() {
            return Ok(meta);
        }
        let found = with_state(|state| {
            let class = state.runtime(py)?.class(&self.owner);
            class.and_then(|c| c.fields.into_iter().find(|f| f.name == self.name)).ok_or_else(|| {
                PyAttributeError::new_err(format!("'{}' has no compiled field '{}'", self.owner, self.name))
            })
        })?;
        let meta = self.meta.get_or_init(|| found);
        self.fast.store(FastRead::pack(meta), Ordering::Relaxed);
        Ok(meta)
    }

    /// Whether instances of class `class` have this field.
    #[inline(always)]
    fn fits(&self, class: u32, meta: &FieldMeta) -> bool {
        class == meta.owner.0 || class == self.last_subclass.load(Ordering::Relaxed) || self.subclass_fits(class)
    }

    /// Whether subclass `class` has this field, looked up in `classes` (and
    /// remembered in `last_subclass` when it does).
    #[cold]
    fn subclass_fits(&self, class: u32) -> bool {
        let fits = self.classes.read().contains(&class);
        if fits {
            self.last_subclass.store(class, Ordering::Relaxed);
        }
        fits
    }

    /// The object's address if it is an instance with this field (its class is the
    /// owner or a subclass: a proxy's `__class__` may have been reassigned, or its
    /// type may be a plain subclass of two jitclasses), else 0.
    #[inline(always)]
    fn checked_address(&self, native: &NativeObject, meta: &FieldMeta) -> u64 {
        let address = native.address();
        // SAFETY: 0 or the address of a live object (the proxy's handle roots it).
        let Some(o) = (unsafe { ObjRef::from_raw(address) }) else { return 0 };
        if o.kind() == jcvm_gc::ObjKind::Instance && self.fits(o.layout().0, meta) {
            address
        } else {
            0
        }
    }

    fn unassigned(&self) -> PyErr {
        PyAttributeError::new_err(format!("'{}' object has no attribute '{}'", self.owner, self.name))
    }

    fn get<'py>(&self, obj: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let py = obj.py();
        let meta = self.meta(py)?;
        let native = obj.cast::<NativeObject>()?;
        if native.get().address() == 0 {
            // No object yet (`__init__` did not run or raised): as in CPython, the
            // attribute is not there (so `hasattr` and `getattr(o, name, default)` work).
            return Err(self.unassigned());
        }
        let address = self.checked_address(native.get(), meta);
        if address != 0 && matches!(meta.ty, Ty::Int | Ty::Float | Ty::Bool) {
            // SAFETY: see the module note: the address is of a live instance of the
            // field's class (or a subclass) and the slots read are its.
            let word = unsafe {
                let o = ObjRef::from_raw(address).expect("nonzero");
                if let Some((bits, bit)) = meta.late {
                    if o.field(u32::from(bits)) & (1 << bit) == 0 {
                        return Err(self.unassigned());
                    }
                }
                o.field(u32::from(meta.slot))
            };
            return Ok(match meta.ty {
                Ty::Int => (word as i64).into_pyobject(py)?.into_any(),
                Ty::Float => PyFloat::new(py, f64::from_bits(word)).into_any(),
                _ => PyBool::new(py, word != 0).to_owned().into_any(),
            });
        }
        let handle = proxy_handle(obj)?;
        with_state(|state| {
            let value = state.runtime(py)?.get_field(handle, meta).map_err(|e| state.error(py, e))?;
            convert::value_to_python(state, py, value)
        })
    }

    fn set(&self, obj: &Bound<'_, PyAny>, value: Option<&Bound<'_, PyAny>>) -> PyResult<()> {
        let py = obj.py();
        let Some(value) = value else {
            return Err(PyAttributeError::new_err(format!(
                "cannot delete field '{}' of a jitclass instance",
                self.name
            )));
        };
        if value.is_none() && !self.nullable {
            return Err(PyTypeError::new_err(format!(
                "field '{}' of '{}' is not Optional: it cannot be None",
                self.name, self.owner
            )));
        }
        let meta = self.meta(py)?;
        let native = obj.cast::<NativeObject>()?;
        let address = self.checked_address(native.get(), meta);
        let word = match (&meta.ty, address) {
            (_, 0) => None,
            (Ty::Float, _) if value.is_exact_instance_of::<PyFloat>() => {
                Some(value.cast::<PyFloat>()?.value().to_bits())
            }
            (Ty::Int | Ty::Float, _) if value.is_instance_of::<PyInt>() => {
                let i = convert::int_from_python(value)?;
                Some(if meta.ty == Ty::Float { (i as f64).to_bits() } else { i as u64 })
            }
            (Ty::Bool, _) if value.is_instance_of::<PyBool>() => Some(u64::from(value.is_truthy()?)),
            _ => None,
        };
        if let Some(word) = word {
            // SAFETY: as in `get`; the word has the slot's type.
            unsafe {
                let o = ObjRef::from_raw(address).expect("nonzero");
                o.set_field(u32::from(meta.slot), word);
                if let Some((bits, bit)) = meta.late {
                    o.set_field(u32::from(bits), o.field(u32::from(bits)) | (1 << bit));
                }
            }
            return Ok(());
        }
        let handle = proxy_handle(obj)?;
        let value: Value = convert::value_from_python(value)?;
        with_state(|state| match state.runtime(py)?.set_field(handle, meta, &value) {
            Ok(()) => Ok(()),
            Err(CallError::Type(m)) => {
                Err(PyTypeError::new_err(format!("field '{}' of '{}': {m}", self.name, self.owner)))
            }
            Err(e) => Err(state.error(py, e)),
        })
    }
}

/// Runs `body` as the body of a C callback: a Rust panic becomes a Python exception.
fn guarded<T>(py: Python<'_>, failed: T, body: impl FnOnce() -> PyResult<T>) -> T {
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(body));
    let error = match outcome {
        Ok(Ok(value)) => return value,
        Ok(Err(error)) => error,
        Err(_) => pyo3::panic::PanicException::new_err("internal error in a jcvm field descriptor"),
    };
    error.restore(py);
    failed
}

impl FieldSpec {
    /// The object of `obj` and the field when the field is an int, float or
    /// bool one whose slot is known, the object is of the owner class or a
    /// subclass and the field is assigned; None sends the access to the
    /// general path.
    ///
    /// # Safety
    /// The GIL is held and `obj` is a proxy (the descriptor checked its type).
    #[inline(always)]
    unsafe fn number_slot(&self, obj: *mut ffi::PyObject) -> Option<(ObjRef, &FieldMeta)> {
        let meta = self.meta.get()?;
        if !matches!(meta.ty, Ty::Int | Ty::Float | Ty::Bool) {
            return None;
        }
        // SAFETY: per the contract, a proxy borrowed for the call.
        let proxy =
            unsafe { pyo3::Borrowed::from_ptr(Python::assume_attached(), obj).cast_unchecked::<NativeObject>() };
        // SAFETY: 0 or the address of a live object of the field's class or a
        // subclass (the proxy's handle roots it).
        let o = unsafe { ObjRef::from_raw(self.checked_address(proxy.get(), meta)) }?;
        if let Some((bits, bit)) = meta.late {
            // SAFETY: an instance of the field's class (or a subclass): `bits` is its slot.
            if unsafe { o.field(u32::from(bits)) } & (1 << bit) == 0 {
                return None;
            }
        }
        Some((o, meta))
    }
}

/// A number field's value read in place (see [`FieldSpec::number_slot`]): a
/// new reference, or null with an exception set; None when not in place.
///
/// # Safety
/// As [`FieldSpec::number_slot`].
#[inline(always)]
unsafe fn read_in_place(spec: &FieldSpec, obj: *mut ffi::PyObject) -> Option<*mut ffi::PyObject> {
    // SAFETY: per the contract.
    let (o, meta) = unsafe { spec.number_slot(obj) }?;
    // SAFETY: the slot of the field, in a live instance; the constructors return new
    // references (or null with an exception set).
    unsafe {
        let word = o.field(u32::from(meta.slot));
        Some(match meta.ty {
            Ty::Int => ffi::PyLong_FromLongLong(word as i64),
            Ty::Float => ffi::PyFloat_FromDouble(f64::from_bits(word)),
            _ => {
                let b = if word != 0 { ffi::Py_True() } else { ffi::Py_False() };
                ffi::Py_IncRef(b);
                b
            }
        })
    }
}

unsafe extern "C" fn get_field(obj: *mut ffi::PyObject, closure: *mut c_void) -> *mut ffi::PyObject {
    // SAFETY: CPython calls a getter holding the GIL, with a live object of the
    // descriptor's type (a proxy); the closure is the leaked `FieldSpec` given to
    // `PyDescr_NewGetSet`.
    let spec = unsafe { &*(closure as *const FieldSpec) };
    let fast = spec.fast.load(Ordering::Relaxed);
    // SAFETY: as above: a proxy borrowed for the call.
    let proxy = unsafe { pyo3::Borrowed::from_ptr(Python::assume_attached(), obj).cast_unchecked::<NativeObject>() };
    let address = proxy.get().address();
    // (An unset `fast`, 0, matches no header: a live object's kind is never Free.)
    if address != 0 {
        // SAFETY: a live object (the proxy's handle roots it): its header is initialized.
        let header = unsafe { *(address as *const u64) };
        if header & FastRead::HEADER_MASK == fast & FastRead::HEADER_MASK {
            // SAFETY: an instance of the field's own class, whose slot `fast` names; the
            // constructors return new references (or null with an exception set).
            unsafe {
                let o = ObjRef::from_raw(address).expect("nonzero");
                let word = o.field((fast >> 40) as u32 & 0xFFFF);
                return match fast >> 56 {
                    2 => ffi::PyFloat_FromDouble(f64::from_bits(word)),
                    1 => ffi::PyLong_FromLongLong(word as i64),
                    _ => ffi::Py_NewRef(if word != 0 { ffi::Py_True() } else { ffi::Py_False() }),
                };
            }
        }
    }
    // SAFETY: as above.
    unsafe { get_field_otherwise(obj, spec) }
}

/// `get_field` off its one-word path (a subclass instance, a field
/// `__init__` may leave unassigned, a reference): out of line, so that the
/// one-word read saves no registers.
///
/// # Safety
/// As `get_field`.
#[inline(never)]
unsafe fn get_field_otherwise(obj: *mut ffi::PyObject, spec: &FieldSpec) -> *mut ffi::PyObject {
    // SAFETY: as `get_field`.
    if let Some(result) = unsafe { read_in_place(spec, obj) } {
        return result;
    }
    // SAFETY: as above.
    unsafe { get_field_generally(obj, spec) }
}

/// `get_field` for what is not a number read in place. Out of line, so that
/// the in-place read saves and restores no registers (it is a few loads and
/// a tail call of `PyFloat_FromDouble`).
///
/// # Safety
/// As `get_field`.
#[cold]
#[inline(never)]
unsafe fn get_field_generally(obj: *mut ffi::PyObject, spec: &FieldSpec) -> *mut ffi::PyObject {
    // SAFETY: CPython calls a getter holding the GIL; `obj` is a borrowed
    // reference valid for the call.
    let py = unsafe { Python::assume_attached() };
    let obj = unsafe { Bound::from_borrowed_ptr(py, obj) };
    guarded(py, std::ptr::null_mut(), || spec.get(&obj).map(Bound::into_ptr))
}

/// Writes `value` to a number field in place (see [`FieldSpec::number_slot`]):
/// an exact float into a float field, an exact int (in i64) into an int field,
/// True or False into a bool field. Whether it did; anything else (including a
/// field not assigned yet, whose assigned bit the general path sets) did nothing.
///
/// # Safety
/// As [`FieldSpec::number_slot`]; `value` is null (a deletion) or a live object.
#[inline(always)]
unsafe fn write_in_place(spec: &FieldSpec, obj: *mut ffi::PyObject, value: *mut ffi::PyObject) -> bool {
    if value.is_null() {
        return false;
    }
    // SAFETY: per the contract.
    let Some((o, meta)) = (unsafe { spec.number_slot(obj) }) else { return false };
    // SAFETY: `value` is a live object.
    let word = unsafe {
        match meta.ty {
            Ty::Float if ffi::PyFloat_CheckExact(value) != 0 => Some(ffi::PyFloat_AS_DOUBLE(value).to_bits()),
            Ty::Int if ffi::PyLong_CheckExact(value) != 0 => {
                let mut overflow = 0;
                let i = ffi::PyLong_AsLongLongAndOverflow(value, &mut overflow);
                // An exact int only fails by overflow, which sets no error: an int
                // outside i64 takes the general path (its OverflowError).
                (overflow == 0).then_some(i as u64)
            }
            Ty::Bool if value == ffi::Py_True() => Some(1),
            Ty::Bool if value == ffi::Py_False() => Some(0),
            _ => None,
        }
    };
    let Some(word) = word else { return false };
    // SAFETY: the field's slot in a live instance, and a word of its type.
    unsafe { o.set_field(u32::from(meta.slot), word) };
    true
}

unsafe extern "C" fn set_field(obj: *mut ffi::PyObject, value: *mut ffi::PyObject, closure: *mut c_void) -> c_int {
    // SAFETY: as in `get_field`; `value` is null for a deletion, else borrowed.
    let spec = unsafe { &*(closure as *const FieldSpec) };
    // SAFETY: as above.
    if unsafe { write_in_place(spec, obj, value) } {
        return 0;
    }
    // SAFETY: as above.
    unsafe { set_field_generally(obj, value, spec) }
}

/// `set_field` for what is not a number written in place (out of line, as
/// [`get_field_generally`]).
///
/// # Safety
/// As `set_field`.
#[cold]
#[inline(never)]
unsafe fn set_field_generally(obj: *mut ffi::PyObject, value: *mut ffi::PyObject, spec: &FieldSpec) -> c_int {
    // SAFETY: CPython calls a setter holding the GIL; `obj` is borrowed for the
    // call, `value` too (null for a deletion).
    let py = unsafe { Python::assume_attached() };
    let obj = unsafe { Bound::from_borrowed_ptr(py, obj) };
    let value = unsafe { Bound::from_borrowed_ptr_or_opt(py, value) };
    guarded(py, -1, || spec.set(&obj, value.as_ref()).map(|()| 0))
}

/// Installs a getset descriptor on `proxy_type` for each `(name, nullable)` field of class `owner`.
#[pyfunction]
pub fn install_fields(proxy_type: &Bound<'_, PyType>, owner: String, fields: Vec<(String, bool)>) -> PyResult<()> {
    for (name, nullable) in fields {
        let doc = CString::new(format!("native field '{name}' of {owner}"))?;
        let c_name = CString::new(name.clone())?;
        let spec: &'static FieldSpec = Box::leak(Box::new(FieldSpec {
            owner: owner.clone(),
            name: name.clone(),
            nullable,
            meta: OnceLock::new(),
            classes: RwLock::new(Box::default()),
            last_subclass: AtomicU32::new(u32::MAX),
            fast: AtomicU64::new(0),
        }));
        FIELD_SPECS.lock().unwrap_or_else(|p| p.into_inner()).push(spec);
        // The spec, names and definition live as long as the type (types of decorated
        // classes are never freed in practice): they are leaked on purpose.
        let def = Box::leak(Box::new(ffi::PyGetSetDef {
            name: c_name.into_raw(),
            get: Some(get_field),
            set: Some(set_field),
            doc: doc.into_raw(),
            closure: spec as *const FieldSpec as *mut c_void,
        }));
        // SAFETY: a type object and a definition that outlives it; the GIL is held.
        let descriptor = unsafe {
            let raw = ffi::PyDescr_NewGetSet(proxy_type.as_ptr() as *mut ffi::PyTypeObject, def);
            Bound::from_owned_ptr_or_err(proxy_type.py(), raw)?
        };
        proxy_type.setattr(name.as_str(), descriptor)?;
    }
    // (A class compiled before its proxy type was made gets its fields' data now.)
    with_state(|state| {
        if state.has_runtime() {
            refresh_fields(state.runtime(proxy_type.py())?);
        }
        Ok(())
    })
}
