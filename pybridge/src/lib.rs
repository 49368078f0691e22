//! jcvm-pybridge: the pyo3 extension module `jcvm._native` behind `import jcvm`.
//!
//! The Python package (`python/jcvm`) turns a decorated class into source
//! units and a proxy type; this module owns the one engine and runtime those
//! units run in, and everything that crosses the boundary:
//!
//! - [`state`]: the runtime behind a lock, the identity map from native objects
//!   to their proxies, and handle releases deferred while the lock is held;
//! - [`object`]: `NativeObject`, the base of every proxy type (it holds the
//!   object's handle and address);
//! - [`fields`]: C-level data descriptors over native slots;
//! - [`methods`]: C-level `METH_FASTCALL` method descriptors;
//! - [`convert`]: Python objects to and from the runtime's values, and
//!   native exceptions to Python ones;
//! - [`views`]: `ListView` and `DictView`, live views of native lists and dicts;
//! - [`outline`]: what a decorated definition declares, from jcvm's parser
//!   (the package never imports Python's `ast`);
//! - [`output`]: `print` in compiled code writes to Python's `sys.stdout`.

mod accessor;
mod convert;
mod fastcall;
mod fields;
mod methods;
mod object;
mod outline;
mod output;
mod state;
mod views;

use std::collections::HashMap;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

use crate::state::with_state;

pyo3::create_exception!(
    _native,
    ArgumentTypeError,
    pyo3::exceptions::PyTypeError,
    "An argument that does not fit the compiled parameter's type (a binary dunder returns NotImplemented on it)."
);

/// Appends a source unit (a class, a function or the imports they need).
#[pyfunction]
fn add_unit(file: String, first_line: u32, indent: u32, text: String) -> PyResult<()> {
    with_state(|state| {
        state.engine.add_unit(jcvm::SourceUnit { file, first_line, indent, text });
        Ok(())
    })
}

/// A refusal as `(message, file, line, col, rendered)`.
type Refusal = (String, String, u32, u32, String);

/// Compiles the units added since the last call and moves the runtime to the
/// new code. Returns None, or the refusal.
#[pyfunction]
fn compile(py: Python<'_>) -> PyResult<Option<Refusal>> {
    with_state(|state| match state.refresh(py) {
        Ok(()) => Ok(None),
        Err(d) => Ok(Some((d.message, d.file, d.line, d.col, d.rendered))),
    })
}

/// How many units wait to be compiled.
#[pyfunction]
fn pending() -> PyResult<usize> {
    with_state(|state| Ok(state.engine.pending_units()))
}

/// The shape of compiled class `name`: `{"base", "fields": [(name, slot, type)],
/// "methods": [(name, kind, function id)]}`, or None.
#[pyfunction]
fn class_info<'py>(py: Python<'py>, name: &str) -> PyResult<Option<Bound<'py, PyDict>>> {
    with_state(|state| {
        let Some(meta) = state.runtime(py)?.class(name) else { return Ok(None) };
        let program = std::sync::Arc::clone(state.runtime(py)?.program());
        let names = |c: jcvm_vm::opcode::ClassId| program.class(c).name.clone();
        let dict = PyDict::new(py);
        dict.set_item("base", meta.base)?;
        let fields: Vec<(String, u16, String)> = meta
            .fields
            .iter()
            .map(|f| (f.name.clone(), f.slot, jcvm_vm::ty::TyDisplay { ty: &f.ty, class_names: &names }.to_string()))
            .collect();
        dict.set_item("fields", fields)?;
        let methods: Vec<(String, &str, u32)> =
            meta.methods.iter().map(|(name, kind, func)| (name.clone(), object::method_kind(*kind), func.0)).collect();
        dict.set_item("methods", methods)?;
        Ok(Some(dict))
    })
}

/// The id of module-level function `name` in the current code, or None.
#[pyfunction]
fn function_id(py: Python<'_>, name: &str) -> PyResult<Option<u32>> {
    with_state(|state| Ok(state.runtime(py)?.function(name).map(|f| f.0)))
}

/// Calls compiled function `func` with `args`; a method is dispatched on its
/// receiver's class.
#[pyfunction]
#[pyo3(signature = (func, *args))]
fn call<'py>(py: Python<'py>, func: i64, args: &Bound<'py, PyTuple>) -> PyResult<Bound<'py, PyAny>> {
    let func = entry(func)?;
    with_state(|state| state.call(py, func, args))
}

/// A compiled function's id; a negative one is an entry the compiler did not make.
fn entry(func: i64) -> PyResult<u32> {
    u32::try_from(func)
        .map_err(|_| pyo3::exceptions::PyTypeError::new_err("jcvm did not compile this method for calls from Python"))
}

/// Runs constructor function `func` with `args` and makes `proxy` the new object's proxy.
#[pyfunction]
#[pyo3(signature = (proxy, func, *args))]
fn construct<'py>(
    py: Python<'py>,
    proxy: &Bound<'py, object::NativeObject>,
    func: i64,
    args: &Bound<'py, PyTuple>,
) -> PyResult<()> {
    let func = entry(func)?;
    with_state(|state| state.construct(py, proxy, func, args))
}

/// Makes `proxy` the proxy of a new instance of class `name` with no field
/// assigned (unpickling and copying then set every field).
#[pyfunction]
fn allocate(py: Python<'_>, proxy: &Bound<'_, object::NativeObject>, name: &str) -> PyResult<()> {
    with_state(|state| state.allocate(py, proxy, name))
}

/// Records the proxy type of class `name` (objects of it made by compiled code
/// come back to Python as instances of `proxy_type`).
#[pyfunction]
fn register_class(name: String, proxy_type: Py<pyo3::types::PyType>) -> PyResult<()> {
    with_state(|state| {
        state.proxy_types.insert(name, proxy_type);
        Ok(())
    })
}

/// Records the Python class an exception class `name` of compiled code is raised as.
#[pyfunction]
fn register_exception(name: String, exception_type: Py<pyo3::types::PyType>) -> PyResult<()> {
    with_state(|state| {
        state.exception_types.insert(name, exception_type);
        Ok(())
    })
}

/// Records `table`, a wrapper's list of compiled function ids, one per key
/// `(class or None, name, kind)`: it is filled now (if code exists) and again,
/// under the lock, after every compilation.
#[pyfunction]
fn register_entries(py: Python<'_>, table: Py<pyo3::types::PyList>, keys: Vec<state::EntryKey>) -> PyResult<()> {
    with_state(|state| state.register_entries(py, table, keys))
}

/// Sets the tier of class or function `name`: "off", "eager" or "auto".
#[pyfunction]
fn set_tier(name: String, mode: &str) -> PyResult<()> {
    let mode: jcvm::JitMode = mode.parse().map_err(pyo3::exceptions::PyValueError::new_err)?;
    with_state(|state| {
        state.set_tier(name, mode);
        Ok(())
    })
}

/// Collects garbage now; returns how many native objects were freed.
#[pyfunction]
fn collect(py: Python<'_>) -> PyResult<u64> {
    with_state(|state| if state.has_runtime() { Ok(state.runtime(py)?.collect()) } else { Ok(0) })
}

/// Heap and runtime counters.
#[pyfunction]
fn stats<'py>(py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
    with_state(|state| {
        let generation = state.generation();
        let (heap, handles) = match state.has_runtime() {
            true => state.runtime(py)?.heap_stats(),
            // Nothing compiled yet: asking must not compile units still waiting for a class.
            false => Default::default(),
        };
        let dict = PyDict::new(py);
        dict.set_item("live_objects", heap.live_objects)?;
        dict.set_item("heap_bytes", heap.live_bytes)?;
        dict.set_item("heap_reserved_bytes", heap.reserved_bytes)?;
        dict.set_item("collections", heap.collections)?;
        dict.set_item("objects_freed", heap.freed_objects)?;
        dict.set_item("allocations", heap.allocations)?;
        dict.set_item("handles", handles)?;
        dict.set_item("proxies", state.identity.len())?;
        dict.set_item("generation", generation)?;
        let (compiled, refused) = match state.has_runtime() {
            true => {
                let runtime = state.runtime(py)?;
                (runtime.jit_compiled(), runtime.jit_stats().refused)
            }
            false => (0, Vec::new()),
        };
        // Functions of the current code running as machine code, and those the JIT
        // left in the interpreter (qualified name -> why).
        dict.set_item("jit_compiled", compiled)?;
        dict.set_item("jit_refused", refused.into_iter().collect::<HashMap<String, String>>())?;
        Ok(dict)
    })
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("ArgumentTypeError", m.py().get_type::<ArgumentTypeError>())?;
    m.add_class::<object::NativeObject>()?;
    m.add_class::<views::ListView>()?;
    m.add_class::<views::DictView>()?;
    m.add_function(wrap_pyfunction!(fields::install_fields, m)?)?;
    m.add_function(wrap_pyfunction!(set_tier, m)?)?;
    m.add_function(wrap_pyfunction!(methods::install_method, m)?)?;
    m.add_function(wrap_pyfunction!(register_entries, m)?)?;
    m.add_function(wrap_pyfunction!(add_unit, m)?)?;
    m.add_function(wrap_pyfunction!(outline::outline, m)?)?;
    m.add_function(wrap_pyfunction!(compile, m)?)?;
    m.add_function(wrap_pyfunction!(pending, m)?)?;
    m.add_function(wrap_pyfunction!(class_info, m)?)?;
    m.add_function(wrap_pyfunction!(function_id, m)?)?;
    m.add_function(wrap_pyfunction!(call, m)?)?;
    m.add_function(wrap_pyfunction!(construct, m)?)?;
    m.add_function(wrap_pyfunction!(register_class, m)?)?;
    m.add_function(wrap_pyfunction!(allocate, m)?)?;
    m.add_function(wrap_pyfunction!(register_exception, m)?)?;
    m.add_function(wrap_pyfunction!(collect, m)?)?;
    m.add_function(wrap_pyfunction!(stats, m)?)?;
    Ok(())
}
