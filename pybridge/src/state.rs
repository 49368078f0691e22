//! The one engine and runtime of the process, behind a lock.
//!
//! Every entry from Python takes the lock through [`with_state`]. The GIL is
//! held throughout a call, so another thread can only find the lock taken
//! while the holder runs Python code (writing compiled code's output to
//! `sys.stdout`); it then waits with the GIL released. The holding thread
//! itself finding it taken is a re-entrant call, refused with RuntimeError.
//!
//! A proxy that dies while the lock is held (its last reference dropped inside
//! a call) cannot release its handle then; the release waits in
//! [`DEFERRED`] until the next entry.

use rustc_hash::FxHashMap;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use parking_lot::MutexGuard;

use jcvm::{CallError, Diagnostic, Engine, JitMode, Runtime, Value};
use jcvm_gc::Handle;
use jcvm_vm::interp::VmOptions;
use jcvm_vm::opcode::FuncId;
use pyo3::exceptions::{PyOverflowError, PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyTuple, PyType, PyWeakrefReference};

use crate::convert;
use crate::object::NativeObject;

static STATE: parking_lot::Mutex<Option<State>> = parking_lot::Mutex::new(None);

/// The thread holding [`STATE`] (0 when none), by [`thread_token`].
static OWNER: AtomicU64 = AtomicU64::new(0);

/// `(handle bits, object address)` of proxies that died while the lock was held.
static DEFERRED: Mutex<Vec<(u64, u64)>> = Mutex::new(Vec::new());

/// Whether [`DEFERRED`] may hold releases (so an entry need not lock it to see).
static ANY_DEFERRED: AtomicBool = AtomicBool::new(false);

/// The Python exception a signal handler raised while compiled code ran (the
/// code then unwound with KeyboardInterrupt, which becomes this again).
static SIGNALLED: Mutex<Option<PyErr>> = Mutex::new(None);

/// Whether [`SIGNALLED`] may hold an error.
static SIGNAL_PENDING: AtomicBool = AtomicBool::new(false);

/// Whether the interpreter is shutting down: threads must then not release the
/// GIL (they cannot take it back) nor write output.
pub fn finalizing(py: Python<'_>) -> bool {
    py.import("sys").and_then(|sys| sys.call_method0("is_finalizing")).and_then(|b| b.is_truthy()).unwrap_or(true)
}

/// The poll compiled code calls every so many loop back-edges: it lets other
/// Python threads run for a moment (as CPython's eval loop does) and runs
/// pending signal handlers, so Ctrl-C stops a long loop.
fn poll() -> bool {
    // SAFETY: compiled code only runs inside calls from Python, which hold the GIL.
    let py = unsafe { Python::assume_attached() };
    if finalizing(py) {
        return false;
    }
    py.detach(std::thread::yield_now);
    // SAFETY: the GIL is held.
    if unsafe { pyo3::ffi::PyErr_CheckSignals() } == 0 {
        return false;
    }
    *SIGNALLED.lock().unwrap_or_else(|p| p.into_inner()) = Some(PyErr::fetch(py));
    SIGNAL_PENDING.store(true, Ordering::Release);
    true
}

/// A number naming the current thread, never 0: its Python thread state while
/// it holds the GIL (every entry from Python does), else the address of a
/// thread-local.
#[inline]
fn thread_token() -> u64 {
    // SAFETY: reads the current thread's state pointer, null without the GIL.
    let state = unsafe { pyo3::ffi::compat::PyThreadState_GetUnchecked() };
    if state.is_null() {
        return thread_mark();
    }
    state as u64
}

#[cold]
fn thread_mark() -> u64 {
    thread_local! {
        static MARK: u8 = const { 0 };
    }
    MARK.with(|m| m as *const u8 as u64)
}

/// Everything the bridge keeps between calls.
pub struct State {
    pub engine: Arc<Engine>,
    runtime: Option<Runtime>,
    /// Object address → the live proxy of that object (a weak reference).
    pub identity: FxHashMap<u64, Py<PyWeakrefReference>>,
    /// Class name → its proxy type.
    pub proxy_types: HashMap<String, Py<PyType>>,
    /// Exception class name → the Python class it is raised as.
    pub exception_types: HashMap<String, Py<PyType>>,
    /// The Python lists of compiled function ids the wrappers read, and what each
    /// item names: refreshed with every new generation, under the lock.
    entry_tables: Vec<(Py<pyo3::types::PyList>, Vec<EntryKey>)>,
    /// Classes and functions whose tier is not `auto` (`@jitclass(jit=...)`,
    /// `JCVM_JIT`): applied to every generation's code.
    tiers: Vec<(String, JitMode)>,
    /// The fast-call plan of each installed method, by slot, for the current code.
    plans: Vec<crate::fastcall::PlanSlot>,
}

/// The prefix of the constructor the Python package generates for class C
/// (`def __jcvm_new__C(...) -> C`), which to Python is `C(...)`.
const CONSTRUCTOR_PREFIX: &str = "__jcvm_new__";

/// The class a generated constructor makes, from its function's name.
fn constructed_class(function: &str) -> Option<&str> {
    function.strip_prefix(CONSTRUCTOR_PREFIX)
}

/// What a compiled entry is, by name: `(class or None, name, kind)`, the kind
/// "constructor" (the generated `__jcvm_new__<class>`), "function" (a module
/// function), or a method kind ("method", "static", "getter", "setter").
pub type EntryKey = (Option<String>, String, String);

/// Runs `f` on the state, creating it on first use.
#[inline]
pub fn with_state<R>(f: impl FnOnce(&mut State) -> PyResult<R>) -> PyResult<R> {
    let mut guard = match STATE.try_lock() {
        Some(guard) => guard,
        None => wait_for_lock()?,
    };
    OWNER.store(thread_token(), Ordering::Relaxed);
    // A signal that compiled code caught (as KeyboardInterrupt) is not raised later.
    if SIGNAL_PENDING.load(Ordering::Acquire) && SIGNAL_PENDING.swap(false, Ordering::AcqRel) {
        SIGNALLED.lock().unwrap_or_else(|p| p.into_inner()).take();
    }
    let state = match guard.as_mut() {
        Some(state) => state,
        None => first_state(&mut guard),
    };
    if ANY_DEFERRED.load(Ordering::Acquire) {
        state.release_deferred();
    }
    let result = f(state);
    OWNER.store(0, Ordering::Relaxed);
    // Hand the lock to a thread waiting for it, if any: a thread calling in a loop
    // must not starve the others.
    MutexGuard::unlock_fair(guard);
    result
}

/// The state, made on the first entry.
#[cold]
fn first_state(slot: &mut Option<State>) -> &mut State {
    slot.get_or_insert_with(State::new)
}

/// The lock, when [`with_state`] found it taken.
#[cold]
fn wait_for_lock() -> PyResult<MutexGuard<'static, Option<State>>> {
    if OWNER.load(Ordering::Relaxed) == thread_token() {
        return Err(PyRuntimeError::new_err(
            "jcvm is already running a call on this thread (a re-entrant call is not supported)",
        ));
    }
    // Another thread holds it while running Python code (output, or a poll that lets
    // threads run): wait for it with the GIL released.
    Ok(Python::attach(|py| py.detach(|| STATE.lock())))
}

/// Releases a dead proxy's handle now, or at the next entry if the lock is held.
pub fn release_handle(handle: u64, address: u64) {
    match STATE.try_lock() {
        Some(mut guard) => {
            if let Some(state) = guard.as_mut() {
                state.release(handle, address);
            }
        }
        None => {
            DEFERRED.lock().unwrap_or_else(|p| p.into_inner()).push((handle, address));
            ANY_DEFERRED.store(true, Ordering::Release);
        }
    }
}

impl State {
    fn new() -> State {
        State {
            engine: Engine::new(),
            runtime: None,
            identity: FxHashMap::default(),
            proxy_types: HashMap::new(),
            exception_types: HashMap::new(),
            tiers: Vec::new(),
            entry_tables: Vec::new(),
            plans: Vec::new(),
        }
    }

    #[cold]
    fn release_deferred(&mut self) {
        if !ANY_DEFERRED.swap(false, Ordering::AcqRel) {
            return;
        }
        let deferred = std::mem::take(&mut *DEFERRED.lock().unwrap_or_else(|p| p.into_inner()));
        for (handle, address) in deferred {
            self.release(handle, address);
        }
    }

    /// Releases a dead proxy's handle (address 0: a list view's, with no identity entry).
    fn release(&mut self, handle: u64, address: u64) {
        if let Some(runtime) = self.runtime.as_mut() {
            runtime.release(Handle::from_bits(handle));
        }
        if address == 0 {
            return;
        }
        // The proxy is dead, so its weak reference is too; a newer proxy of the same
        // object (made after the death) keeps its entry.
        // SAFETY: releases run inside an entry from Python or a proxy's deallocation,
        // both with the GIL held.
        let py = unsafe { Python::assume_attached() };
        let dead = self.identity.get(&address).is_some_and(|w| w.bind(py).upgrade().is_none());
        if dead {
            self.identity.remove(&address);
        }
    }

    /// The runtime, made (compiling the units so far) on first use.
    #[inline]
    pub fn runtime(&mut self, py: Python<'_>) -> PyResult<&mut Runtime> {
        if self.runtime.is_none() {
            self.make_runtime(py)?;
        }
        Ok(self.runtime.as_mut().expect("made above"))
    }

    #[cold]
    fn make_runtime(&mut self, py: Python<'_>) -> PyResult<()> {
        self.refresh(py).map_err(|d| PyRuntimeError::new_err(d.rendered))
    }

    /// The runtime and the installed methods' fast-call plans.
    #[inline]
    pub fn runtime_and_plans(
        &mut self,
        py: Python<'_>,
    ) -> PyResult<(&mut Runtime, &mut Vec<crate::fastcall::PlanSlot>)> {
        self.runtime(py)?;
        Ok((self.runtime.as_mut().expect("made above"), &mut self.plans))
    }

    /// The runtime's code generation (0 before any).
    pub fn generation(&self) -> u64 {
        self.runtime.as_ref().map_or(0, Runtime::generation)
    }

    /// The compiled function `key` names now, or -1.
    pub fn resolve(&mut self, py: Python<'_>, key: &EntryKey) -> i64 {
        let Ok(runtime) = self.runtime(py) else { return -1 };
        let (owner, name, kind) = key;
        let found = match (owner, kind.as_str()) {
            (Some(class), "constructor") => runtime.function(&format!("{CONSTRUCTOR_PREFIX}{class}")),
            (None, _) => runtime.function(name),
            (Some(class), kind) => runtime.class(class).and_then(|meta| {
                meta.methods
                    .into_iter()
                    .find(|(n, k, _)| n == name && crate::object::method_kind(*k) == kind)
                    .map(|m| m.2)
            }),
        };
        found.map_or(-1, |f| i64::from(f.0))
    }

    /// Records a wrapper entry list and fills it for the current code.
    pub fn register_entries(
        &mut self,
        py: Python<'_>,
        table: Py<pyo3::types::PyList>,
        keys: Vec<EntryKey>,
    ) -> PyResult<()> {
        if self.runtime.is_some() {
            for (i, key) in keys.iter().enumerate() {
                let id = self.resolve(py, key);
                table.bind(py).set_item(i, id)?;
            }
        }
        self.entry_tables.push((table, keys));
        Ok(())
    }

    /// Points every entry list and installed method at the new generation's
    /// functions, before any other call can run (the lock is held throughout).
    fn rebind(&mut self, py: Python<'_>) {
        let tables = std::mem::take(&mut self.entry_tables);
        for (table, keys) in &tables {
            for (i, key) in keys.iter().enumerate() {
                let id = self.resolve(py, key);
                let _ = table.bind(py).set_item(i, id);
            }
        }
        self.entry_tables = tables;
        self.plans.clear();
        crate::methods::rebind_all(|key| self.resolve(py, key));
    }

    /// Compiles pending units and moves (or makes) the runtime, and rebinds.
    pub fn refresh(&mut self, py: Python<'_>) -> Result<(), Diagnostic> {
        let before = self.generation();
        let outcome = self.refresh_code(py);
        // The code may have changed even when the refresh failed (the new module code
        // raised after the VM moved to it): every entry then follows it too.
        if outcome.is_ok() || self.generation() != before {
            self.rebind(py);
            self.apply_tiers();
            if let Some(runtime) = self.runtime.as_ref() {
                crate::fields::refresh_fields(runtime);
            }
        }
        outcome
    }

    /// Records the tier of class or function `name` (its methods, for a class).
    pub fn set_tier(&mut self, name: String, mode: JitMode) {
        if mode != JitMode::Auto {
            self.tiers.push((name, mode));
            self.apply_tiers();
        }
    }

    /// Compiles the `eager` classes' and functions' code and pins the `off` ones
    /// to the interpreter, in the current generation.
    fn apply_tiers(&mut self) {
        let Some(runtime) = self.runtime.as_mut() else { return };
        let program = Arc::clone(runtime.program());
        for (i, function) in program.functions.iter().enumerate() {
            let owner = function.qualname.split('.').next().unwrap_or_default();
            let owner = constructed_class(owner).unwrap_or(owner);
            if let Some(&(_, mode)) = self.tiers.iter().rev().find(|(name, _)| name == owner) {
                runtime.set_function_tier(FuncId(i as u32), mode);
            }
        }
    }

    fn refresh_code(&mut self, _py: Python<'_>) -> Result<(), Diagnostic> {
        let as_diagnostic = |e: CallError| match e {
            CallError::Compile(d) => d,
            other => Diagnostic {
                file: "<jcvm>".into(),
                line: 0,
                col: 0,
                message: other.to_string(),
                rendered: format!("error: the class statements raised: {other}\n"),
            },
        };
        match self.runtime.as_mut() {
            Some(runtime) => runtime.refresh().map(|_| ()).map_err(as_diagnostic),
            None => {
                let options =
                    VmOptions { gc_stress: std::env::var("JCVM_GC_STRESS").is_ok_and(|v| v == "1"), argv: Vec::new() };
                let out = Box::new(crate::output::PyStdout::default());
                let mut runtime = Runtime::new(Arc::clone(&self.engine), options, out).map_err(as_diagnostic)?;
                runtime.set_poll(Box::new(poll));
                let threshold = std::env::var("JCVM_JIT_THRESHOLD").ok().and_then(|t| t.parse().ok());
                runtime.enable_jit(threshold).map_err(|message| Diagnostic {
                    file: "<jcvm>".into(),
                    line: 0,
                    col: 0,
                    rendered: format!("error: {message}\n"),
                    message,
                })?;
                self.runtime = Some(runtime);
                Ok(())
            }
        }
    }

    /// Calls `func`, converting arguments and result.
    pub fn call<'py>(&mut self, py: Python<'py>, func: u32, args: &Bound<'py, PyTuple>) -> PyResult<Bound<'py, PyAny>> {
        let values = args.iter().map(|a| convert::value_from_python(&a)).collect::<PyResult<Vec<Value>>>()?;
        let result = self.runtime(py)?.call(FuncId(func), &values);
        match result {
            Ok(value) => convert::value_to_python(self, py, value),
            Err(e) => Err(self.error(py, e)),
        }
    }

    /// Calls `func` with already converted arguments.
    pub fn call_values<'py>(&mut self, py: Python<'py>, func: u32, values: &[Value]) -> PyResult<Bound<'py, PyAny>> {
        let result = self.runtime(py)?.call(FuncId(func), values);
        match result {
            Ok(value) => convert::value_to_python(self, py, value),
            Err(e) => Err(self.error(py, e)),
        }
    }

    /// Runs a constructor function and makes `proxy` the proxy of its result.
    pub fn construct<'py>(
        &mut self,
        py: Python<'py>,
        proxy: &Bound<'py, NativeObject>,
        func: u32,
        args: &Bound<'py, PyTuple>,
    ) -> PyResult<()> {
        let values = args.iter().map(|a| convert::value_from_python(&a)).collect::<PyResult<Vec<Value>>>()?;
        self.construct_values(py, proxy, func, &values)
    }

    /// [`State::construct`] with converted arguments.
    pub fn construct_values<'py>(
        &mut self,
        py: Python<'py>,
        proxy: &Bound<'py, NativeObject>,
        func: u32,
        values: &[Value],
    ) -> PyResult<()> {
        // The class whose `__init__` was called (the constructor's).
        let runtime = self.runtime(py)?;
        let name = &runtime.program().function(FuncId(func)).name;
        let class = constructed_class(name).unwrap_or(name).to_string();
        if let Some(existing) = proxy.get().handle().ok().filter(|_| proxy.get().address() != 0) {
            // `__init__` called again on a live object: CPython runs it on the same object.
            return self.reinit(py, existing, &class, values);
        }
        let own = proxy.get_type().getattr(pyo3::intern!(py, "_jcvm_name"))?.extract::<String>()?;
        if own != class {
            // `Base.__init__(Sub.__new__(Sub))`: jcvm makes an object by its own class's
            // constructor, which would run Sub's `__init__`, not Base's.
            return Err(PyTypeError::new_err(format!(
                "{class}.__init__() cannot initialize a new {own} object: jcvm makes a {own} with {own}(...)"
            )));
        }
        let result = self.runtime(py)?.call(FuncId(func), values);
        let handle = match result {
            Ok(Value::Obj(handle)) => handle,
            Ok(other) => return Err(PyTypeError::new_err(format!("a constructor returned {other:?}"))),
            Err(e) => return Err(self.error(py, e)),
        };
        self.adopt(py, proxy, handle)
    }

    /// Runs `class`'s `__init__` (the one called: `Base.__init__(sub)` runs
    /// Base's) on the existing object `obj`.
    fn reinit(&mut self, py: Python<'_>, obj: Handle, class: &str, values: &[Value]) -> PyResult<()> {
        let runtime = self.runtime(py)?;
        let init = runtime.class(class).and_then(|m| m.methods.into_iter().find(|m| m.0 == "__init__"));
        let Some((_, _, init)) = init else {
            return Ok(());
        };
        let mut args = Vec::with_capacity(values.len() + 1);
        args.push(Value::Obj(obj));
        args.extend_from_slice(values);
        match self.runtime(py)?.call(init, &args) {
            Ok(_) => Ok(()),
            Err(e) => Err(self.error(py, e)),
        }
    }

    /// Whether the runtime exists yet (statistics before any compilation are zeros).
    pub fn has_runtime(&self) -> bool {
        self.runtime.is_some()
    }

    /// Makes `proxy` the proxy of a new, unassigned instance of class `name`.
    pub fn allocate(&mut self, py: Python<'_>, proxy: &Bound<'_, NativeObject>, name: &str) -> PyResult<()> {
        let runtime = self.runtime(py)?;
        let class = runtime.class(name).ok_or_else(|| PyTypeError::new_err(format!("no compiled class '{name}'")))?;
        let handle = runtime.allocate(class.id);
        self.adopt(py, proxy, handle)
    }

    /// Makes `proxy` the proxy of the object `handle` roots (releasing any object
    /// it had) and records it in the identity map.
    pub fn adopt(&mut self, py: Python<'_>, proxy: &Bound<'_, NativeObject>, handle: Handle) -> PyResult<()> {
        let runtime = self.runtime(py)?;
        let address = runtime.identity(handle).expect("a fresh handle is live");
        if let Some((old_handle, old_address)) = proxy.get().take_handle() {
            runtime.release(Handle::from_bits(old_handle));
            self.identity.remove(&old_address);
        }
        proxy.get().set_handle(handle.to_bits(), address);
        self.identity.insert(address, PyWeakrefReference::new(proxy.as_any())?.unbind());
        Ok(())
    }

    /// The Python exception for a failed call.
    pub fn error(&mut self, py: Python<'_>, error: CallError) -> PyErr {
        match error {
            // A generated constructor is `C()` to Python.
            CallError::Type(m) => crate::ArgumentTypeError::new_err(m.replace(CONSTRUCTOR_PREFIX, "")),
            CallError::Overflow(m) => PyOverflowError::new_err(m),
            CallError::Compile(d) => PyRuntimeError::new_err(d.rendered),
            CallError::Raised(exception) => {
                SIGNAL_PENDING.store(false, Ordering::Release);
                let signalled = SIGNALLED.lock().unwrap_or_else(|p| p.into_inner()).take();
                match signalled {
                    Some(error) if exception.name() == "KeyboardInterrupt" => error,
                    _ => convert::exception_to_python(self, py, &exception),
                }
            }
        }
    }
}
