//! `ListView` and `DictView`: live views of a native list or dict (a
//! `list[T]` or `dict[K, V]` field or result).
//!
//! It roots the list through a handle and reads or writes the native list on
//! every operation, so `obj.items.append(x)` changes the object's list, as in
//! CPython. Elements are converted on the way in (checked against `T`, a
//! refused value changes nothing) and out (instances come back as their
//! proxies).

use jcvm::Value;
use jcvm_gc::Handle;
use jcvm_vm::ty::Ty;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyList, PySlice};

use crate::convert;
use crate::state::{release_handle, with_state, State};

/// A live view of a native list.
#[pyclass(frozen, sequence, module = "jcvm._native", name = "ListView")]
pub struct ListView {
    list: Handle,
    elem: Ty,
}

impl ListView {
    pub fn new(list: Handle, elem: Ty) -> ListView {
        ListView { list, elem }
    }

    /// The list's handle and element type (to pass it back to compiled code).
    pub fn value(&self) -> Value {
        Value::ListRef { list: self.list, elem: self.elem.clone() }
    }

    fn items<'py>(&self, state: &mut State, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let values = state.runtime(py)?.list_items(self.list, &self.elem).map_err(|e| state.error(py, e))?;
        let items = values.into_iter().map(|v| convert::value_to_python(state, py, v)).collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }

    fn snapshot<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        with_state(|state| self.items(state, py))
    }
}

/// A list index as Python reads one (IndexError when it cannot fit an index).
fn list_index(index: &Bound<'_, PyAny>) -> PyResult<i64> {
    if !index.is_instance_of::<pyo3::types::PyInt>() {
        return Err(PyTypeError::new_err(format!(
            "list indices must be integers or slices, not {}",
            crate::object::type_name(index)
        )));
    }
    index.extract().map_err(|_| pyo3::exceptions::PyIndexError::new_err("cannot fit 'int' into an index-sized integer"))
}

impl Drop for ListView {
    fn drop(&mut self) {
        release_handle(self.list.to_bits(), 0);
    }
}

#[pymethods]
impl ListView {
    fn __len__(&self, py: Python<'_>) -> PyResult<usize> {
        with_state(|state| state.runtime(py)?.list_len(self.list).map_err(|e| state.error(py, e)))
    }

    fn __getitem__<'py>(&self, py: Python<'py>, index: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        if index.is_instance_of::<PySlice>() {
            return self.snapshot(py)?.as_any().get_item(index);
        }
        let i = list_index(index)?;
        with_state(|state| {
            let value = state.runtime(py)?.list_get(self.list, i, &self.elem).map_err(|e| state.error(py, e))?;
            convert::value_to_python(state, py, value)
        })
    }

    fn __setitem__(&self, py: Python<'_>, index: &Bound<'_, PyAny>, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let index = list_index(index)?;
        let value = convert::value_from_python(value)?;
        with_state(|state| {
            state.runtime(py)?.list_set(self.list, index, &self.elem, &value).map_err(|e| state.error(py, e))
        })
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.snapshot(py)?.as_any().try_iter().map(Bound::into_any)
    }

    fn __contains__(&self, py: Python<'_>, item: &Bound<'_, PyAny>) -> PyResult<bool> {
        self.snapshot(py)?.contains(item)
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let mine = self.snapshot(py)?;
        let theirs = if let Ok(view) = other.cast::<ListView>() {
            view.get().snapshot(py)?.into_any()
        } else if other.is_instance_of::<PyList>() {
            other.clone()
        } else {
            return Ok(py.NotImplemented());
        };
        Ok(mine.as_any().eq(theirs)?.into_pyobject(py)?.to_owned().into_any().unbind())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(self.snapshot(py)?.repr()?.to_string())
    }

    fn append(&self, py: Python<'_>, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let value = convert::value_from_python(value)?;
        with_state(|state| {
            state.runtime(py)?.list_insert(self.list, None, &self.elem, &value).map_err(|e| state.error(py, e))
        })
    }

    fn insert(&self, py: Python<'_>, index: i64, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let value = convert::value_from_python(value)?;
        with_state(|state| {
            state.runtime(py)?.list_insert(self.list, Some(index), &self.elem, &value).map_err(|e| state.error(py, e))
        })
    }

    /// Appends every item, checking them all first (a refused item changes nothing).
    fn extend(&self, py: Python<'_>, items: &Bound<'_, PyAny>) -> PyResult<()> {
        let values = items.try_iter()?.map(|i| convert::value_from_python(&i?)).collect::<PyResult<Vec<Value>>>()?;
        with_state(|state| {
            let runtime = state.runtime(py)?;
            let before = runtime.list_len(self.list).map_err(|e| state.error(py, e))?;
            for value in &values {
                let runtime = state.runtime(py)?;
                if let Err(e) = runtime.list_insert(self.list, None, &self.elem, value) {
                    let _ = runtime.list_truncate(self.list, before);
                    return Err(state.error(py, e));
                }
            }
            Ok(())
        })
    }

    #[pyo3(signature = (index = -1))]
    fn pop<'py>(&self, py: Python<'py>, index: i64) -> PyResult<Bound<'py, PyAny>> {
        with_state(|state| {
            let value = state.runtime(py)?.list_pop(self.list, index, &self.elem).map_err(|e| state.error(py, e))?;
            convert::value_to_python(state, py, value)
        })
    }

    fn clear(&self, py: Python<'_>) -> PyResult<()> {
        with_state(|state| state.runtime(py)?.list_truncate(self.list, 0).map_err(|e| state.error(py, e)))
    }

    fn __delitem__(&self, py: Python<'_>, index: &Bound<'_, PyAny>) -> PyResult<()> {
        let index = list_index(index)?;
        with_state(|state| {
            let runtime = state.runtime(py)?;
            let len = runtime.list_len(self.list).map_err(|e| state.error(py, e))? as i64;
            if !(-len..len).contains(&index) {
                return Err(pyo3::exceptions::PyIndexError::new_err("list assignment index out of range"));
            }
            let runtime = state.runtime(py)?;
            runtime.list_pop(self.list, index, &Ty::Int).map(|_| ()).map_err(|e| state.error(py, e))
        })
    }

    /// `view += items`: extends the native list in place.
    fn __iadd__(&self, py: Python<'_>, items: &Bound<'_, PyAny>) -> PyResult<()> {
        self.extend(py, items)
    }

    /// Sorts the native list in place (Python's sort of the items, written back).
    #[pyo3(signature = (*, key = None, reverse = false))]
    fn sort(&self, py: Python<'_>, key: Option<Bound<'_, PyAny>>, reverse: bool) -> PyResult<()> {
        let items = self.snapshot(py)?;
        let kwargs = pyo3::types::PyDict::new(py);
        kwargs.set_item("key", key)?;
        kwargs.set_item("reverse", reverse)?;
        items.call_method("sort", (), Some(&kwargs))?;
        for (i, item) in items.iter().enumerate() {
            self.__setitem__(py, &(i as i64).into_pyobject(py)?.into_any(), &item)?;
        }
        Ok(())
    }

    /// Pickles (and copies) as a plain list of the items.
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, PyList>,))> {
        Ok((py.import("builtins")?.getattr("list")?, (self.snapshot(py)?,)))
    }

    #[pyo3(signature = (item, start = None, stop = None))]
    fn index(
        &self,
        py: Python<'_>,
        item: &Bound<'_, PyAny>,
        start: Option<Bound<'_, PyAny>>,
        stop: Option<Bound<'_, PyAny>>,
    ) -> PyResult<usize> {
        let items = self.snapshot(py)?;
        let args: Vec<Bound<'_, PyAny>> = [Some(item.clone()), start, stop].into_iter().flatten().collect();
        let args = pyo3::types::PyTuple::new(py, args)?;
        items.call_method1("index", args)?.extract()
    }

    fn count(&self, py: Python<'_>, item: &Bound<'_, PyAny>) -> PyResult<usize> {
        self.snapshot(py)?.call_method1("count", (item,))?.extract()
    }

    /// A Python list with the same items.
    fn copy<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.snapshot(py)
    }

    #[classattr]
    fn __hash__(py: Python<'_>) -> Py<PyAny> {
        py.None()
    }
}

/// A live view of a native dict (a `dict[K, V]` field or result): a mapping
/// whose reads and writes go to the native dict, keys and values checked on
/// the way in.
#[pyclass(frozen, mapping, module = "jcvm._native", name = "DictView")]
pub struct DictView {
    dict: Handle,
    key: Ty,
    value: Ty,
}

impl DictView {
    pub fn new(dict: Handle, key: Ty, value: Ty) -> DictView {
        DictView { dict, key, value }
    }

    /// The dict's handle and types (to pass it back to compiled code).
    pub fn as_value(&self) -> Value {
        Value::DictRef { dict: self.dict, key: self.key.clone(), value: self.value.clone() }
    }

    /// The entries as a Python dict (a snapshot).
    fn snapshot<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, pyo3::types::PyDict>> {
        with_state(|state| {
            let pairs =
                state.runtime(py)?.dict_items(self.dict, &self.key, &self.value).map_err(|e| state.error(py, e))?;
            let out = pyo3::types::PyDict::new(py);
            for (k, v) in pairs {
                let k = convert::value_to_python(state, py, k)?;
                let v = convert::value_to_python(state, py, v)?;
                out.set_item(k, v)?;
            }
            Ok(out)
        })
    }

    fn lookup<'py>(&self, py: Python<'py>, key: &Bound<'py, PyAny>) -> PyResult<Option<Bound<'py, PyAny>>> {
        let k = convert::value_from_python(key)?;
        with_state(|state| {
            let found = state.runtime(py)?.dict_get(self.dict, &k, &self.key, &self.value);
            match found {
                Ok(Some(v)) => convert::value_to_python(state, py, v).map(Some),
                Ok(None) => Ok(None),
                // A key of another type is simply not there, as in a Python dict.
                Err(jcvm::CallError::Type(_)) => Ok(None),
                Err(e) => Err(state.error(py, e)),
            }
        })
    }
}

impl Drop for DictView {
    fn drop(&mut self) {
        release_handle(self.dict.to_bits(), 0);
    }
}

#[pymethods]
impl DictView {
    fn __len__(&self, py: Python<'_>) -> PyResult<usize> {
        with_state(|state| state.runtime(py)?.dict_len(self.dict).map_err(|e| state.error(py, e)))
    }

    fn __getitem__<'py>(&self, py: Python<'py>, key: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        self.lookup(py, key)?.ok_or_else(|| pyo3::exceptions::PyKeyError::new_err(key.clone().unbind()))
    }

    fn __setitem__(&self, py: Python<'_>, key: &Bound<'_, PyAny>, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let (k, v) = (convert::value_from_python(key)?, convert::value_from_python(value)?);
        with_state(|state| {
            state.runtime(py)?.dict_set(self.dict, &k, &v, &self.key, &self.value).map_err(|e| state.error(py, e))
        })
    }

    fn __delitem__(&self, py: Python<'_>, key: &Bound<'_, PyAny>) -> PyResult<()> {
        let k = convert::value_from_python(key)?;
        let removed = with_state(|state| match state.runtime(py)?.dict_remove(self.dict, &k, &self.key) {
            Ok(removed) => Ok(removed),
            Err(jcvm::CallError::Type(_)) => Ok(false),
            Err(e) => Err(state.error(py, e)),
        })?;
        if removed {
            Ok(())
        } else {
            Err(pyo3::exceptions::PyKeyError::new_err(key.clone().unbind()))
        }
    }

    fn __contains__(&self, py: Python<'_>, key: &Bound<'_, PyAny>) -> PyResult<bool> {
        Ok(self.lookup(py, key)?.is_some())
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.snapshot(py)?.as_any().try_iter().map(Bound::into_any)
    }

    #[pyo3(signature = (key, default = None))]
    fn get<'py>(
        &self,
        py: Python<'py>,
        key: &Bound<'py, PyAny>,
        default: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        Ok(self.lookup(py, key)?.or(default).unwrap_or_else(|| py.None().into_bound(py)))
    }

    fn keys<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.snapshot(py)?.call_method0("keys")
    }

    fn values<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.snapshot(py)?.call_method0("values")
    }

    fn items<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.snapshot(py)?.call_method0("items")
    }

    #[pyo3(signature = (key, *default))]
    fn pop<'py>(
        &self,
        py: Python<'py>,
        key: &Bound<'py, PyAny>,
        default: &Bound<'py, pyo3::types::PyTuple>,
    ) -> PyResult<Bound<'py, PyAny>> {
        match self.lookup(py, key)? {
            Some(value) => {
                self.__delitem__(py, key)?;
                Ok(value)
            }
            None if !default.is_empty() => default.get_item(0),
            None => Err(pyo3::exceptions::PyKeyError::new_err(key.clone().unbind())),
        }
    }

    /// Sets every pair of `other` (a mapping), checking them all first.
    fn update(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<()> {
        let items = py.import("builtins")?.getattr("dict")?.call1((other,))?;
        let items = items.cast::<pyo3::types::PyDict>()?;
        let mut pairs = Vec::with_capacity(items.len());
        for (k, v) in items.iter() {
            pairs.push((convert::value_from_python(&k)?, convert::value_from_python(&v)?));
        }
        with_state(|state| {
            let runtime = state.runtime(py)?;
            for (k, v) in &pairs {
                // Check everything before the first store.
                if let Err(e) = runtime.check_value(k, &self.key).and_then(|()| runtime.check_value(v, &self.value)) {
                    return Err(state.error(py, e));
                }
            }
            for (k, v) in &pairs {
                let runtime = state.runtime(py)?;
                runtime.dict_set(self.dict, k, v, &self.key, &self.value).map_err(|e| state.error(py, e))?;
            }
            Ok(())
        })
    }

    fn clear(&self, py: Python<'_>) -> PyResult<()> {
        let keys: Vec<Bound<'_, PyAny>> = self.snapshot(py)?.keys().iter().collect();
        for key in keys {
            self.__delitem__(py, &key)?;
        }
        Ok(())
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let mine = self.snapshot(py)?;
        let theirs = if let Ok(view) = other.cast::<DictView>() {
            view.get().snapshot(py)?.into_any()
        } else if other.is_instance_of::<pyo3::types::PyDict>() {
            other.clone()
        } else {
            return Ok(py.NotImplemented());
        };
        Ok(mine.as_any().eq(theirs)?.into_pyobject(py)?.to_owned().into_any().unbind())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(self.snapshot(py)?.repr()?.to_string())
    }

    /// A Python dict with the same entries.
    fn copy<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, pyo3::types::PyDict>> {
        self.snapshot(py)
    }

    /// Pickles (and copies) as a plain dict.
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, pyo3::types::PyDict>,))> {
        Ok((py.import("builtins")?.getattr("dict")?, (self.snapshot(py)?,)))
    }

    #[classattr]
    fn __hash__(py: Python<'_>) -> Py<PyAny> {
        py.None()
    }
}
