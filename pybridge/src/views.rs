//! `ListView`: a live view of a native list (a `list[T]` field or result).
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
