//! `outline(file, kind, name, line)`: the outline of a decorated class or
//! function (`jcvm_vm::outline`) as plain Python data, from source files parsed
//! once per modification.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};
use std::time::SystemTime;

use jcvm_vm::outline::{Outline, OutlineKind, Param, Signature, SourceFile, Target};
use parking_lot::Mutex;
use pyo3::exceptions::PyOSError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// A file's modification time when it was parsed, and the parse.
type Parsed = (SystemTime, Arc<SourceFile>);

/// Parsed files by path.
static FILES: LazyLock<Mutex<HashMap<String, Parsed>>> = LazyLock::new(Default::default);

fn parsed(path: &str) -> Result<Arc<SourceFile>, String> {
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).map_err(|e| e.to_string())?;
    if let Some((seen, file)) = FILES.lock().get(path) {
        if *seen == modified {
            return Ok(Arc::clone(file));
        }
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let text = jcvm::decode_source(&bytes)?.to_string();
    let file = Arc::new(jcvm::with_engine_stack(|| SourceFile::parse(text))?);
    FILES.lock().insert(path.to_string(), (modified, Arc::clone(&file)));
    Ok(file)
}

/// `(name, annotation or None, has a default)`.
type PyParam = (String, Option<String>, bool);
/// `(positional-only, positional, *args or None, keyword-only, has **kwargs)`.
type PySignature = (Vec<PyParam>, Vec<PyParam>, Option<PyParam>, Vec<PyParam>, bool);

fn py_param(p: Param) -> PyParam {
    (p.name, p.annotation, p.has_default)
}

fn py_signature(s: Signature) -> PySignature {
    let params = |ps: Vec<Param>| ps.into_iter().map(py_param).collect();
    (params(s.posonly), params(s.args), s.vararg.map(py_param), params(s.kwonly), s.has_kwarg)
}

/// The outline of the class (`kind` "class", `name` its qualified name;
/// `line` a line of one of its methods' code, or None) or function (`kind` "function"; `line` its code's
/// first line) `name` in `file`, as a dict; OSError when the file cannot be
/// read or parsed, or holds no such definition.
#[pyfunction]
#[pyo3(signature = (file, kind, name, line))]
pub fn outline<'py>(
    py: Python<'py>,
    file: &str,
    kind: &str,
    name: &str,
    line: Option<usize>,
) -> PyResult<Bound<'py, PyDict>> {
    let target = match (kind, line) {
        ("class", code_line) => Target::Class { qualname: name, code_line },
        ("function", Some(first_line)) => Target::Function { name, first_line },
        _ => return Err(PyOSError::new_err(format!("no outline of a {kind} without a line"))),
    };
    let Outline { text, first_line, indent, is_dataclass, used, annotated, kind } =
        parsed(file).and_then(|source| source.outline(target)).map_err(PyOSError::new_err)?;
    let dict = PyDict::new(py);
    dict.set_item("text", text)?;
    dict.set_item("first_line", first_line)?;
    dict.set_item("indent", indent)?;
    dict.set_item("is_dataclass", is_dataclass)?;
    dict.set_item("used", used)?;
    dict.set_item("annotated", annotated)?;
    match kind {
        OutlineKind::Function(signature) => dict.set_item("signature", py_signature(signature))?,
        OutlineKind::Class(class) => {
            dict.set_item("fields", class.fields)?;
            let methods: Vec<(String, &str, PySignature)> =
                class.methods.into_iter().map(|m| (m.name, m.kind.as_str(), py_signature(m.signature))).collect();
            dict.set_item("methods", methods)?;
            dict.set_item("aliases", class.aliases)?;
            dict.set_item("annotations", class.annotations)?;
        }
    }
    Ok(dict)
}
