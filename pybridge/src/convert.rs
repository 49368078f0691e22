//! Python objects to and from the runtime's [`Value`]s, and native exceptions
//! to Python ones.
//!
//! Arguments are converted by their Python type here and checked against the
//! parameter's type by the runtime. An instance comes back as its live proxy
//! when it has one (identity: the same object is always the same proxy), else
//! as a new proxy of its class's registered type.

use jcvm::{Exception, Value};
use pyo3::exceptions::{PyOverflowError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyFloat, PyInt, PyList, PyString, PyTuple, PyType, PyWeakrefReference};

use crate::object::{proxy_handle, type_name, NativeObject};
use crate::state::State;

/// A Python int as a 64-bit int (OverflowError outside it).
pub fn int_from_python(obj: &Bound<'_, PyAny>) -> PyResult<i64> {
    obj.extract::<i64>()
        .map_err(|_| PyOverflowError::new_err("int too large for jcvm (ints are 64-bit: -2**63 <= n < 2**63)"))
}

/// How deeply lists and tuples may nest in an argument (a list that contains
/// itself nests forever).
const MAX_NESTING: usize = 100;

/// The value of a Python argument.
pub fn value_from_python(obj: &Bound<'_, PyAny>) -> PyResult<Value> {
    value_at_depth(obj, 0)
}

fn value_at_depth(obj: &Bound<'_, PyAny>, depth: usize) -> PyResult<Value> {
    if depth > MAX_NESTING {
        return Err(crate::ArgumentTypeError::new_err(
            "lists or tuples nested too deeply for jcvm (does a list contain itself?)",
        ));
    }
    if obj.is_none() {
        Ok(Value::None)
    } else if let Ok(b) = obj.cast::<PyBool>() {
        Ok(Value::Bool(b.is_true()))
    } else if obj.is_instance_of::<PyInt>() {
        obj.extract::<i64>()
            .map(Value::Int)
            .map_err(|_| PyOverflowError::new_err("int too large for jcvm (ints are 64-bit: -2**63 <= n < 2**63)"))
    } else if let Ok(f) = obj.cast::<PyFloat>() {
        Ok(Value::Float(f.value()))
    } else if let Ok(s) = obj.cast::<PyString>() {
        Ok(Value::Str(s.to_str()?.to_string()))
    } else if obj.is_instance_of::<NativeObject>() {
        Ok(Value::Obj(proxy_handle(obj)?))
    } else if obj.is_instance_of::<pyo3::exceptions::PyBaseException>() {
        let mut lineage = Vec::new();
        for class in obj.get_type().mro().iter() {
            lineage.push(class.getattr("__name__")?.extract::<String>()?);
        }
        Ok(Value::Exception { lineage, message: obj.str()?.to_string() })
    } else if let Ok(view) = obj.cast::<crate::views::DictView>() {
        Ok(view.get().as_value())
    } else if let Ok(dict) = obj.cast::<pyo3::types::PyDict>() {
        let mut pairs = Vec::with_capacity(dict.len());
        for (k, v) in dict.iter() {
            pairs.push((value_at_depth(&k, depth + 1)?, value_at_depth(&v, depth + 1)?));
        }
        Ok(Value::Dict(pairs))
    } else if let Ok(view) = obj.cast::<crate::views::ListView>() {
        Ok(view.get().value())
    } else if let Ok(list) = obj.cast::<PyList>() {
        list.iter().map(|item| value_at_depth(&item, depth + 1)).collect::<PyResult<_>>().map(Value::List)
    } else if let Ok(tuple) = obj.cast::<PyTuple>() {
        tuple.iter().map(|item| value_at_depth(&item, depth + 1)).collect::<PyResult<_>>().map(Value::Tuple)
    } else {
        Err(crate::ArgumentTypeError::new_err(format!("jcvm cannot take a value of type '{}'", type_name(obj))))
    }
}

/// The Python object for a result value.
pub fn value_to_python<'py>(state: &mut State, py: Python<'py>, value: Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::None => py.None().into_bound(py),
        Value::NotImplemented => py.NotImplemented().into_bound(py),
        // Only ever passed in (the runtime returns exception objects as instances).
        Value::Exception { .. } => return Err(PyTypeError::new_err("an exception value cannot be returned")),
        Value::ListRef { list, elem } => Bound::new(py, crate::views::ListView::new(list, elem))?.into_any(),
        Value::DictRef { dict, key, value } => {
            Bound::new(py, crate::views::DictView::new(dict, key, value))?.into_any()
        }
        Value::Dict(_) => return Err(PyTypeError::new_err("a dict value is only passed in")),
        Value::Bool(b) => PyBool::new(py, b).to_owned().into_any(),
        Value::Int(i) => i.into_pyobject(py)?.into_any(),
        Value::Float(f) => PyFloat::new(py, f).into_any(),
        Value::Str(s) => PyString::new(py, &s).into_any(),
        Value::List(items) => {
            let items = items.into_iter().map(|v| value_to_python(state, py, v)).collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any()
        }
        Value::Tuple(items) => {
            let items = items.into_iter().map(|v| value_to_python(state, py, v)).collect::<PyResult<Vec<_>>>()?;
            PyTuple::new(py, items)?.into_any()
        }
        Value::Obj(handle) => {
            let runtime = state.runtime(py)?;
            let address = runtime.identity(handle).expect("a returned handle is live");
            if let Some(proxy) = state.identity.get(&address).and_then(|w| w.bind(py).upgrade()) {
                state.runtime(py)?.release(handle);
                return Ok(proxy);
            }
            let runtime = state.runtime(py)?;
            let class = runtime.class_of(handle).map(|c| runtime.program().class(c).name.clone());
            let proxy_type = class.as_ref().and_then(|name| state.proxy_types.get(name)).map(|t| t.bind(py).clone());
            let Some(proxy_type) = proxy_type else {
                state.runtime(py)?.release(handle);
                return Err(PyTypeError::new_err(format!(
                    "an instance of '{}' has no Python proxy type (is the class decorated with @jitclass?)",
                    class.unwrap_or_default()
                )));
            };
            let proxy = new_proxy(&proxy_type)?;
            proxy.get().set_handle(handle.to_bits(), address);
            state.identity.insert(address, PyWeakrefReference::new(proxy.as_any())?.unbind());
            proxy.into_any()
        }
    })
}

/// A proxy of `proxy_type` with no handle yet, made without running its `__init__`.
fn new_proxy<'py>(proxy_type: &Bound<'py, PyType>) -> PyResult<Bound<'py, NativeObject>> {
    let made = proxy_type.call_method1(pyo3::intern!(proxy_type.py(), "__new__"), (proxy_type,))?;
    Ok(made.cast_into::<NativeObject>()?)
}

/// The Python exception for one raised by compiled code: the registered class
/// for a user exception class, else the builtin of that name (or of its nearest
/// builtin ancestor), with a traceback through the source lines it passed.
pub fn exception_to_python(state: &State, py: Python<'_>, exception: &Exception) -> PyErr {
    match build_exception(state, py, exception) {
        Ok(exc) => PyErr::from_value(exc),
        Err(e) => e,
    }
}

fn build_exception<'py>(state: &State, py: Python<'py>, exception: &Exception) -> PyResult<Bound<'py, PyAny>> {
    let builtins = py.import("builtins")?;
    let mut class = None;
    for name in &exception.lineage {
        if let Some(registered) = state.exception_types.get(name) {
            class = Some(registered.bind(py).clone().into_any());
            break;
        }
        if let Ok(found) = builtins.getattr(name.as_str()) {
            class = Some(found);
            break;
        }
    }
    let class = match class {
        Some(c) => c,
        None => builtins.getattr("Exception")?,
    };
    let frames: Vec<(String, u32, String)> =
        exception.traceback.iter().map(|f| (f.file.clone(), f.line, f.function.clone())).collect();
    let cause = exception.cause.as_ref().map(|c| build_exception(state, py, c)).transpose()?;
    let context = exception.context.as_ref().map(|c| build_exception(state, py, c)).transpose()?;
    let errors = py.import("jcvm._errors")?;
    errors.call_method1("native_exception", (class, exception.message.as_str(), frames, cause, context))
}
