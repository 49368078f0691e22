//! The runtime: a long-lived heap, globals and frames for an [`Engine`]'s code
//! (wasmtime's `Store`), entered through [`Runtime::call`].
//!
//! Values cross the boundary as [`Value`]s, checked against the callee's
//! parameter types; objects cross as [`Handle`]s, which root them until the
//! embedder releases them. A runtime follows its engine's generations:
//! [`Runtime::refresh`] moves the heap to newly compiled code.

use std::io::Write;
use std::sync::Arc;

use jcvm_gc::{Handle, HeapStats, ListItems, ObjKind, ObjRef};
use jcvm_vm::interp::exception::PyException;
use jcvm_vm::interp::{ReplaceError, Vm, VmOptions};
use jcvm_vm::opcode::{ClassId, FuncId};
use jcvm_vm::program::{ClassInfo, MethodKind};
use jcvm_vm::ty::Ty;
use jcvm_vm::Program;

use crate::engine::{Compiled, Diagnostic, Engine, SourceMap};
use crate::{Jit, JitMode, JitStats};

/// A value passed to or returned from compiled code.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    /// An instance, rooted by the handle (a returned one is a new handle the
    /// caller must release).
    Obj(Handle),
    /// A list (copied in or out).
    List(Vec<Value>),
    /// A tuple (copied in or out).
    Tuple(Vec<Value>),
    /// `NotImplemented`, returned by an `__eq__` that does not know the other operand.
    NotImplemented,
    /// An exception from outside (what `__exit__` receives): its class and
    /// ancestors' names, nearest first, and `str(e)`.
    Exception {
        lineage: Vec<String>,
        message: String,
    },
    /// A dict (copied in): key-value pairs.
    Dict(Vec<(Value, Value)>),
    /// A dict object itself (a `dict[key, value]` field or result): the
    /// embedder's live view of it, rooted by the handle.
    DictRef {
        dict: Handle,
        key: Ty,
        value: Ty,
    },
    /// A list object itself (a `list[elem]` field or result, or such a list passed
    /// back): the embedder's live view of it, rooted by the handle.
    ListRef {
        list: Handle,
        elem: Ty,
    },
}

/// One line of a traceback, in the file the code came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    pub file: String,
    pub line: u32,
    pub function: String,
    pub text: String,
}

/// A Python exception that compiled code did not catch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exception {
    /// The class name and its ancestors' (`["MyError", "ValueError", "Exception", "BaseException"]`).
    pub lineage: Vec<String>,
    /// `str(e)`.
    pub message: String,
    /// Outermost call first.
    pub traceback: Vec<Frame>,
    /// `raise ... from cause`, or the exception being handled when it was raised.
    pub cause: Option<Box<Exception>>,
    pub context: Option<Box<Exception>>,
}

impl Exception {
    /// The exception's class name.
    pub fn name(&self) -> &str {
        &self.lineage[0]
    }
}

/// Why a call did not return a value.
#[derive(Clone, Debug, PartialEq)]
pub enum CallError {
    /// An argument does not fit its parameter (`TypeError` in Python).
    Type(String),
    /// An int argument outside the 64-bit range (`OverflowError`).
    Overflow(String),
    /// The code raised.
    Raised(Exception),
    /// The engine's new code could not be compiled or installed.
    Compile(Diagnostic),
}

impl std::fmt::Display for CallError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CallError::Type(m) => write!(f, "TypeError: {m}"),
            CallError::Overflow(m) => write!(f, "OverflowError: {m}"),
            CallError::Raised(e) => write!(f, "{}: {}", e.name(), e.message),
            CallError::Compile(d) => write!(f, "{d}"),
        }
    }
}

/// A field of a class, as the bridge sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldMeta {
    pub name: String,
    pub ty: Ty,
    /// Byte offset from the object's start (after the 8-byte header).
    pub offset: u32,
    pub slot: u16,
    /// For a field `__init__` may leave unassigned: the int slot of the class's
    /// assigned-field bits and this field's bit.
    pub late: Option<(u16, u8)>,
    /// The class the field was asked of: only its instances (and its subclasses') have it.
    pub owner: ClassId,
}

/// A class's shape and entry points, by name.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassMeta {
    pub id: ClassId,
    pub name: String,
    pub base: Option<String>,
    pub fields: Vec<FieldMeta>,
    /// `(name, kind, function)`, inherited ones included.
    pub methods: Vec<(String, MethodKind, FuncId)>,
}

/// The heap, globals and frames running an engine's code.
pub struct Runtime {
    engine: Arc<Engine>,
    compiled: Compiled,
    vm: Vm<'static>,
    jit: Option<Arc<Jit>>,
}

// SAFETY: a runtime owns its VM outright. The VM's parts are `Send` (the heap
// declares why; the program is an `Arc`), except that its output is typed as a
// plain `dyn Write`: `Runtime::new` only accepts a `Write + Send` writer there.
// Nothing in it is tied to a thread, so the whole may move between threads; it
// is not `Sync` (every use takes `&mut self`).
unsafe impl Send for Runtime {}

impl Runtime {
    /// A runtime for `engine`'s current code; runs its module code once.
    pub fn new(engine: Arc<Engine>, options: VmOptions, out: Box<dyn Write + Send>) -> Result<Runtime, CallError> {
        let compiled = engine.compiled().map_err(CallError::Compile)?;
        let vm = Vm::new(Arc::clone(&compiled.program), options, out);
        let mut runtime = Runtime { engine, compiled, vm, jit: None };
        runtime.vm.run().map_err(|e| CallError::Raised(runtime.exception(&e)))?;
        Ok(runtime)
    }

    /// Has `poll` called every so many loop back-edges of compiled code; true
    /// raises KeyboardInterrupt there (see `Vm::set_poll`).
    pub fn set_poll(&mut self, poll: Box<dyn FnMut() -> bool + Send>) {
        self.vm.set_poll(poll);
    }

    /// Tiers hot functions up to compiled code (after `threshold` calls, or the
    /// default policy's).
    pub fn enable_jit(&mut self, threshold: Option<u64>) -> Result<(), String> {
        if self.jit.is_none() {
            self.jit = crate::attach_jit(&mut self.vm, JitMode::Auto, threshold)?;
        }
        Ok(())
    }

    /// Overrides the tier policy for `func` in the current code: `Eager`
    /// compiles it now, `Off` keeps it interpreted (until the next refresh,
    /// which starts the new code's tiering afresh).
    pub fn set_function_tier(&mut self, func: FuncId, mode: JitMode) {
        match mode {
            JitMode::Eager => self.vm.compile_now(func),
            JitMode::Off => self.vm.keep_interpreted(func),
            JitMode::Auto => {}
        }
    }

    /// Functions of the current code that run compiled.
    pub fn jit_compiled(&self) -> u32 {
        self.vm.entries().installed()
    }

    /// What the JIT compiled and refused so far (all generations).
    pub fn jit_stats(&self) -> JitStats {
        self.jit.as_ref().map(|j| j.stats()).unwrap_or_default()
    }

    /// The engine this runtime runs.
    pub fn engine(&self) -> &Arc<Engine> {
        &self.engine
    }

    /// The generation of the code it runs.
    pub fn generation(&self) -> u64 {
        self.compiled.generation
    }

    /// The code it runs now.
    pub fn program(&self) -> &Arc<Program> {
        &self.compiled.program
    }

    /// Moves to the engine's newest code (compiling units added since), keeping
    /// every live object. Returns whether anything changed.
    pub fn refresh(&mut self) -> Result<bool, CallError> {
        let compiled = self.engine.compiled().map_err(CallError::Compile)?;
        if compiled.generation == self.compiled.generation {
            return Ok(false);
        }
        let program = Arc::clone(&compiled.program);
        let diagnostic = |message: String, rendered: String| {
            CallError::Compile(Diagnostic { file: "<jcvm>".into(), line: 0, col: 0, rendered, message })
        };
        match self.vm.replace_program(program) {
            Ok(()) => {
                self.compiled = compiled;
                Ok(true)
            }
            Err(ReplaceError::Refused(message)) => {
                let rendered = format!("error: cannot move to the new code: {message}\n");
                Err(diagnostic(message, rendered))
            }
            // The VM runs the new code now (its function ids, its classes): the
            // runtime follows it, so that every id it hands out is of that code.
            Err(ReplaceError::Raised(report)) => {
                self.compiled = compiled;
                Err(diagnostic(report.clone(), report))
            }
        }
    }

    /// The shape and entry points of class `name`.
    pub fn class(&self, name: &str) -> Option<ClassMeta> {
        let program = &self.compiled.program;
        let id = program.classes.iter().position(|c| c.name == name && !c.layout.name.is_empty())?;
        let info: &ClassInfo = &program.classes[id];
        Some(ClassMeta {
            id: ClassId(id as u32),
            name: info.name.clone(),
            base: info.parent.map(|p| program.classes[p.0 as usize].name.clone()),
            fields: info
                .fields
                .iter()
                .map(|f| FieldMeta {
                    name: f.name.clone(),
                    ty: f.ty.clone(),
                    offset: 8 + 8 * u32::from(f.slot),
                    slot: f.slot,
                    late: f.late,
                    owner: ClassId(id as u32),
                })
                .collect(),
            methods: info.methods.iter().map(|m| (m.name.clone(), m.kind, m.func)).collect(),
        })
    }

    /// The module-level function `name`.
    pub fn function(&self, name: &str) -> Option<FuncId> {
        let program = &self.compiled.program;
        let id = program.functions.iter().position(|f| f.qualname == name && f.class.is_none())?;
        Some(FuncId(id as u32))
    }

    /// Parameter and result types of `func`.
    pub fn signature(&self, func: FuncId) -> (&[Ty], &Ty) {
        let f = self.compiled.program.function(func);
        (&f.params, &f.ret)
    }

    /// Calls exactly `func` with `args` (checked against its parameter types).
    pub fn call(&mut self, func: FuncId, args: &[Value]) -> Result<Value, CallError> {
        let program = &self.compiled.program;
        let Some(function) = program.functions.get(func.0 as usize) else {
            return Err(CallError::Type(format!("no function {}", func.0)));
        };
        if function.generator.is_some() {
            return Err(CallError::Type(format!("{} is a generator function", function.qualname)));
        }
        if args.len() != function.params.len() {
            return Err(CallError::Type(format!(
                "{}() takes {} arguments ({} given)",
                function.qualname,
                function.params.len(),
                args.len()
            )));
        }
        if !crossable(&function.ret) {
            let names = |c: ClassId| program.class(c).name.clone();
            let shown = jcvm_vm::ty::TyDisplay { ty: &function.ret, class_names: &names }.to_string();
            return Err(CallError::Type(format!(
                "{}() returns a {shown}, which cannot cross to Python yet",
                function.qualname
            )));
        }
        let mut words: smallvec::SmallVec<[u64; 8]> = smallvec::SmallVec::with_capacity(args.len());
        for (i, arg) in args.iter().enumerate() {
            let ty = self.compiled.program.function(func).params[i].clone();
            let word = self.word_of(arg, &ty).map_err(|e| match e {
                CallError::Type(m) => {
                    CallError::Type(format!("{}() argument {}: {m}", self.compiled.program.function(func).name, i + 1))
                }
                other => other,
            })?;
            words.push(word);
        }
        // Exactly this function, as `Class.method(obj)` calls it in Python (the embedder
        // looks the method up on the object's class for `obj.method()`).
        let target = func;
        let callee = self.compiled.program.function(func);
        if callee.class.is_some() && (callee.vslot.is_some() || callee.name == "__init__") && words.first() == Some(&0)
        {
            return Err(CallError::Type(format!("{}() needs an instance, not None", callee.qualname)));
        }
        // No collection happens between the conversions above and the call: the heap
        // only collects at the interpreter's safepoints, and the words then sit in the
        // callee's registers (roots).
        // SAFETY: `word_of` made one word per parameter of the parameter's kind and type.
        let word = unsafe { self.call_words(target, &words) }?;
        let program = Arc::clone(&self.compiled.program);
        Ok(self.value_of(word, &program.function(target).ret))
    }

    /// The parameter and result types of `func` when [`Runtime::call_words`] can
    /// call it (not a generator function, and its result can cross).
    pub fn word_signature(&self, func: FuncId) -> Option<(&[Ty], &Ty)> {
        let function = self.compiled.program.functions.get(func.0 as usize)?;
        (function.generator.is_none() && crossable(&function.ret)).then_some((&function.params, &function.ret))
    }

    /// The slot `func` returns when it is a field accessor of its receiver
    /// ([`jcvm_vm::program::Function::field_accessor`]).
    pub fn field_accessor(&self, func: FuncId) -> Option<u16> {
        self.compiled.program.functions.get(func.0 as usize)?.field_accessor()
    }

    /// Whether `word` is an instance of `class` (or a subclass).
    ///
    /// # Safety
    /// `word` is 0 or the address of a live object of this runtime's heap.
    #[inline(always)]
    pub unsafe fn is_instance_word(&self, word: u64, class: ClassId) -> bool {
        // SAFETY: per the contract.
        let Some(o) = (unsafe { ObjRef::from_raw(word) }) else { return false };
        o.kind() == ObjKind::Instance
            && (o.layout().0 == class.0 || self.compiled.program.is_subclass(ClassId(o.layout().0), class))
    }

    /// The word for instance `obj` as a parameter of class `class`, if it is one.
    pub fn instance_word(&self, obj: Handle, class: ClassId) -> Option<u64> {
        let word = self.object(obj).ok()?.to_raw();
        // SAFETY: the object of a live handle.
        unsafe { self.is_instance_word(word, class) }.then_some(word)
    }

    /// Calls `func` with argument words the embedder made itself: the fast path
    /// of [`Runtime::call`], which checks and converts [`Value`]s first. The
    /// result is the raw word; [`Runtime::result_value`] reads it.
    ///
    /// # Safety
    /// `func` has a [`Runtime::word_signature`], and `words` holds one word per
    /// parameter of the parameter's kind and type: a reference is 0 or a live
    /// object that stays rooted during the call (an instance by its handle,
    /// [`Runtime::instance_word`]), and a method's receiver is not 0.
    #[inline]
    pub unsafe fn call_words(&mut self, func: FuncId, words: &[u64]) -> Result<u64, CallError> {
        // SAFETY: per the contract.
        match unsafe { self.vm.call(func, words) } {
            Ok(word) => Ok(word),
            Err(e) => Err(self.raised(&e)),
        }
    }

    #[cold]
    fn raised(&mut self, e: &PyException) -> CallError {
        CallError::Raised(self.exception(e))
    }

    /// Reads a field of an instance; AttributeError (as compiled code raises it)
    /// for a field not assigned yet.
    pub fn get_field(&mut self, obj: Handle, field: &FieldMeta) -> Result<Value, CallError> {
        let o = self.instance_with(obj, field)?;
        if let Some((bits, bit)) = field.late {
            // SAFETY: the caller names a field of the object's class (from `class`); the
            // object is live (rooted by the handle), and `bits` is an int slot of it.
            if unsafe { o.field(u32::from(bits)) } & (1 << bit) == 0 {
                let class = self.compiled.program.class(ClassId(o.layout().0)).name.clone();
                return Err(raised("AttributeError", &format!("'{class}' object has no attribute '{}'", field.name)));
            }
        }
        // SAFETY: as above.
        let word = unsafe { o.field(u32::from(field.slot)) };
        Ok(self.value_of(word, &field.ty))
    }

    /// Writes a field: the value is checked first, so a refused one changes nothing.
    pub fn set_field(&mut self, obj: Handle, field: &FieldMeta, value: &Value) -> Result<(), CallError> {
        let o = self.instance_with(obj, field)?;
        let word = self.word_of(value, &field.ty)?;
        // SAFETY: as in `get_field`; the word has the field's kind and type.
        unsafe {
            o.set_field(u32::from(field.slot), word);
            if let Some((bits, bit)) = field.late {
                o.set_field(u32::from(bits), o.field(u32::from(bits)) | (1 << bit));
            }
        }
        Ok(())
    }

    /// A new instance of `class` with no field assigned (for unpickling, which
    /// then sets every field), rooted by the returned handle.
    pub fn allocate(&mut self, class: ClassId) -> Handle {
        let obj = self.vm.heap().alloc_instance(jcvm_gc::LayoutId(class.0));
        self.vm.heap().root(obj)
    }

    /// The ids of the classes whose instances have the fields of `owner`: it
    /// and its subclasses.
    pub fn classes_with_fields_of(&self, owner: ClassId) -> Vec<u32> {
        let program = &self.compiled.program;
        (0..program.classes.len() as u32).filter(|&c| program.is_subclass(ClassId(c), owner)).collect()
    }

    /// Whether instances of `class` have the fields of `owner` (it is `owner` or a subclass).
    pub fn has_fields_of(&self, class: ClassId, owner: ClassId) -> bool {
        (class.0 as usize) < self.compiled.program.classes.len() && self.compiled.program.is_subclass(class, owner)
    }

    /// The object of `obj` if it is an instance with `field`; AttributeError otherwise.
    fn instance_with(&self, obj: Handle, field: &FieldMeta) -> Result<ObjRef, CallError> {
        let o = self.object(obj)?;
        if o.kind() != ObjKind::Instance || !self.has_fields_of(ClassId(o.layout().0), field.owner) {
            let class = match o.kind() {
                ObjKind::Instance => self.compiled.program.class(ClassId(o.layout().0)).name.clone(),
                _ => "object".into(),
            };
            return Err(raised("AttributeError", &format!("'{class}' object has no attribute '{}'", field.name)));
        }
        Ok(o)
    }

    /// The items of a list object, as values of type `elem` (a snapshot).
    pub fn list_items(&mut self, list: Handle, elem: &Ty) -> Result<Vec<Value>, CallError> {
        let words = self.list_words(list)?.clone();
        Ok(words.into_iter().map(|w| self.value_of(w, elem)).collect())
    }

    /// The length of a list object.
    pub fn list_len(&mut self, list: Handle) -> Result<usize, CallError> {
        Ok(self.list_words(list)?.len())
    }

    /// `list[index]` (a negative index counts from the end).
    pub fn list_get(&mut self, list: Handle, index: i64, elem: &Ty) -> Result<Value, CallError> {
        let words = self.list_words(list)?;
        let at = normalize(index, words.len()).ok_or_else(|| raised("IndexError", "list index out of range"))?;
        let word = words[at];
        drop(words);
        Ok(self.value_of(word, elem))
    }

    /// `list[index] = value`, checked first.
    pub fn list_set(&mut self, list: Handle, index: i64, elem: &Ty, value: &Value) -> Result<(), CallError> {
        let len = self.list_words(list)?.len();
        let at = normalize(index, len).ok_or_else(|| raised("IndexError", "list assignment index out of range"))?;
        let word = self.word_of(value, elem)?;
        self.list_words(list)?[at] = word;
        Ok(())
    }

    /// `list.insert(index, value)` (clamped as Python clamps it); `None` appends.
    pub fn list_insert(&mut self, list: Handle, index: Option<i64>, elem: &Ty, value: &Value) -> Result<(), CallError> {
        let word = self.word_of(value, elem)?;
        let mut words = self.list_words(list)?;
        let len = words.len() as i64;
        let at = match index {
            None => len,
            Some(i) if i < 0 => (len + i).max(0),
            Some(i) => i.min(len),
        };
        words.insert(at as usize, word);
        drop(words);
        self.vm.heap().note_external_bytes(8);
        Ok(())
    }

    /// `list.pop(index)`.
    pub fn list_pop(&mut self, list: Handle, index: i64, elem: &Ty) -> Result<Value, CallError> {
        let mut words = self.list_words(list)?;
        if words.is_empty() {
            return Err(raised("IndexError", "pop from empty list"));
        }
        let at = normalize(index, words.len()).ok_or_else(|| raised("IndexError", "pop index out of range"))?;
        let word = words.remove(at);
        drop(words);
        Ok(self.value_of(word, elem))
    }

    /// `del list[len:]` (`list.clear()` is `list_truncate(list, 0)`).
    pub fn list_truncate(&mut self, list: Handle, len: usize) -> Result<(), CallError> {
        self.list_words(list)?.truncate(len);
        Ok(())
    }

    /// Checks that `value` fits `ty` without storing it anywhere (allocation aside).
    pub fn check_value(&mut self, value: &Value, ty: &Ty) -> Result<(), CallError> {
        self.word_of(value, ty).map(|_| ())
    }

    /// The entries of a dict object, in order (a snapshot).
    pub fn dict_items(&mut self, dict: Handle, key: &Ty, value: &Ty) -> Result<Vec<(Value, Value)>, CallError> {
        let o = self.dict_object(dict)?;
        // SAFETY: a live dict (rooted by the handle); the words are copied out first.
        let pairs: Vec<(u64, u64)> = {
            let data = unsafe { o.dict_data() };
            (0..data.keys.len()).filter(|&i| data.live[i]).map(|i| (data.keys[i], data.values[i])).collect()
        };
        Ok(pairs.into_iter().map(|(k, v)| (self.value_of(k, key), self.value_of(v, value))).collect())
    }

    /// The number of entries of a dict object.
    pub fn dict_len(&mut self, dict: Handle) -> Result<usize, CallError> {
        let o = self.dict_object(dict)?;
        // SAFETY: a live dict (rooted by the handle).
        Ok(unsafe { o.dict_data() }.len)
    }

    /// `dict[key]`, None when the key is missing (checked against the key type first).
    pub fn dict_get(
        &mut self,
        dict: Handle,
        key: &Value,
        key_ty: &Ty,
        value_ty: &Ty,
    ) -> Result<Option<Value>, CallError> {
        let o = self.dict_object(dict)?;
        let k = self.word_of(key, key_ty)?;
        // SAFETY: a live dict of key type `key_ty`; `k` has that type.
        let found = unsafe { self.vm.dict_lookup(o, k) };
        Ok(found.map(|w| self.value_of(w, value_ty)))
    }

    /// `dict[key] = value`, both checked first.
    pub fn dict_set(
        &mut self,
        dict: Handle,
        key: &Value,
        value: &Value,
        key_ty: &Ty,
        value_ty: &Ty,
    ) -> Result<(), CallError> {
        let o = self.dict_object(dict)?;
        let k = self.word_of(key, key_ty)?;
        let v = self.word_of(value, value_ty)?;
        // SAFETY: as in `dict_get`; `v` has the value type.
        unsafe { self.vm.dict_store(o, k, v) };
        Ok(())
    }

    /// `del dict[key]`; whether the key was there.
    pub fn dict_remove(&mut self, dict: Handle, key: &Value, key_ty: &Ty) -> Result<bool, CallError> {
        let o = self.dict_object(dict)?;
        let k = self.word_of(key, key_ty)?;
        // SAFETY: as in `dict_get`.
        Ok(unsafe { self.vm.dict_remove(o, k) })
    }

    fn dict_object(&self, dict: Handle) -> Result<ObjRef, CallError> {
        let o = self.object(dict)?;
        if o.kind() != ObjKind::Dict || o.dict_flags() & jcvm_vm::interp::dicts::SET != 0 {
            return Err(CallError::Type("not a dict".into()));
        }
        Ok(o)
    }

    /// The words of a list object.
    fn list_words(&mut self, list: Handle) -> Result<ListItems<'_>, CallError> {
        let o = self.object(list)?;
        if o.kind() != ObjKind::List {
            return Err(CallError::Type("not a list".into()));
        }
        // SAFETY: a live list (rooted by the handle); the borrow is dropped before
        // the heap is used again (every caller finishes with it first).
        Ok(unsafe { o.list_items() })
    }

    /// The class of an instance.
    pub fn class_of(&self, obj: Handle) -> Option<ClassId> {
        let o = self.vm_heap_get(obj)?;
        (o.kind() == ObjKind::Instance).then(|| ClassId(o.layout().0))
    }

    /// The object's address: equal for two handles exactly when they root the same object.
    pub fn identity(&self, obj: Handle) -> Option<u64> {
        self.vm_heap_get(obj).map(ObjRef::to_raw)
    }

    /// Another handle rooting the same object.
    pub fn clone_handle(&mut self, obj: Handle) -> Option<Handle> {
        let o = self.vm_heap_get(obj)?;
        Some(self.vm.heap().root(o))
    }

    /// Releases a handle; returns whether it was live.
    pub fn release(&mut self, obj: Handle) -> bool {
        self.vm.heap().handles().release(obj)
    }

    /// Collects now; returns the number of objects freed.
    pub fn collect(&mut self) -> u64 {
        self.vm.collect_now()
    }

    /// Heap counters and live handles.
    pub fn heap_stats(&mut self) -> (HeapStats, usize) {
        let handles = self.vm.heap().handles().len();
        (self.vm.heap().stats(), handles)
    }

    fn vm_heap_get(&self, obj: Handle) -> Option<ObjRef> {
        // `heap()` needs `&mut`; reading a handle does not.
        self.vm.peek_handle(obj)
    }

    fn object(&self, obj: Handle) -> Result<ObjRef, CallError> {
        self.vm_heap_get(obj).ok_or_else(|| CallError::Type("the object was released".into()))
    }

    /// The word for `value` as a `ty`, allocating strs, lists and tuples.
    fn word_of(&mut self, value: &Value, ty: &Ty) -> Result<u64, CallError> {
        let mismatch = |expected: &str| CallError::Type(format!("expected {expected}, got {}", describe(value)));
        Ok(match (ty, value) {
            (Ty::Int, Value::Int(i)) => *i as u64,
            (Ty::Int, Value::Bool(b)) => u64::from(*b),
            (Ty::Float, Value::Float(f)) => f.to_bits(),
            (Ty::Float, Value::Int(i)) => (*i as f64).to_bits(),
            (Ty::Float, Value::Bool(b)) => f64::from(u8::from(*b)).to_bits(),
            (Ty::Bool, Value::Bool(b)) => u64::from(*b),
            (Ty::None, Value::None) => 0,
            (t, Value::None) if t.is_ref() => 0,
            (Ty::Str, Value::Str(s)) => self.vm.heap().alloc_str(s.as_str()).to_raw(),
            (Ty::Class(class), Value::Obj(h)) => {
                let o = self.object(*h)?;
                let program = &self.compiled.program;
                let fits = o.kind() == ObjKind::Instance && program.is_subclass(ClassId(o.layout().0), *class);
                if !fits {
                    return Err(mismatch(&program.class(*class).name));
                }
                o.to_raw()
            }
            (Ty::ExcType | Ty::Traceback | Ty::Class(_), Value::Exception { lineage, message }) => {
                // The exception's class, or its nearest ancestor the program has.
                let program = Arc::clone(&self.compiled.program);
                let base = match ty {
                    Ty::Class(c) => *c,
                    _ => jcvm_vm::opcode::ExcKind::BaseException.class(),
                };
                let class = lineage
                    .iter()
                    .find_map(|name| {
                        (0..program.classes.len())
                            .find(|&i| &program.classes[i].name == name && program.is_subclass(ClassId(i as u32), base))
                    })
                    .ok_or_else(|| mismatch("an exception"))?;
                let obj = self.vm.heap().alloc_instance(jcvm_gc::LayoutId(class as u32));
                let text = self.vm.heap().alloc_str(message.as_str()).to_raw();
                let repr = self.vm.heap().alloc_str(jcvm_vm::interp::fmtspec::str_repr(message)).to_raw();
                // SAFETY: a fresh exception object has the exception slots.
                unsafe {
                    obj.set_field(u32::from(jcvm_vm::interp::exception::slot::STR), text);
                    obj.set_field(u32::from(jcvm_vm::interp::exception::slot::REPR), repr);
                }
                obj.to_raw()
            }
            (Ty::Dict(k, v), Value::DictRef { dict, key, value }) => {
                if k.as_ref() != key || v.as_ref() != value {
                    return Err(mismatch("a dict of other key or value types"));
                }
                self.object(*dict)?.to_raw()
            }
            (Ty::Dict(k, v), Value::Dict(pairs)) => {
                let mut words = Vec::with_capacity(pairs.len());
                for (key, value) in pairs {
                    words.push((self.word_of(key, k)?, self.word_of(value, v)?));
                }
                let Some(dict) = self.vm.new_dict(k, v.is_ref()) else {
                    return Err(mismatch("a dict of a key type the code does not use"));
                };
                for (key, value) in words {
                    // SAFETY: a fresh dict of key type `k`; the words have its key and value types.
                    unsafe { self.vm.dict_store(dict, key, value) };
                }
                dict.to_raw()
            }
            (Ty::List(want), Value::ListRef { list, elem }) => {
                if want.as_ref() != elem {
                    return Err(mismatch("a list of another element type"));
                }
                self.object(*list)?.to_raw()
            }
            (Ty::List(elem) | Ty::TupleN(elem), Value::List(items) | Value::Tuple(items)) => {
                let mut words = Vec::with_capacity(items.len());
                for item in items {
                    words.push(self.word_of(item, elem)?);
                }
                self.vm.heap().alloc_list(words, elem.is_ref()).to_raw()
            }
            (Ty::Tuple(elems), Value::Tuple(items) | Value::List(items)) => {
                if elems.len() != items.len() {
                    return Err(mismatch(&format!("a tuple of {} items", elems.len())));
                }
                let class = self.tuple_class(elems).ok_or_else(|| mismatch("a tuple the code does not use"))?;
                let mut words = Vec::with_capacity(items.len());
                for (item, elem) in items.iter().zip(elems) {
                    words.push(self.word_of(item, elem)?);
                }
                let obj = self.vm.heap().alloc_instance(jcvm_gc::LayoutId(class.0));
                for (i, word) in words.into_iter().enumerate() {
                    // SAFETY: a fresh instance of the tuple class, one slot per element.
                    unsafe { obj.set_field(i as u32, word) };
                }
                obj.to_raw()
            }
            (Ty::Opt(inner), v) => {
                let class = self.tuple_class(std::slice::from_ref(inner)).ok_or_else(|| mismatch("an optional"))?;
                let word = self.word_of(v, inner)?;
                let obj = self.vm.heap().alloc_instance(jcvm_gc::LayoutId(class.0));
                // SAFETY: a fresh one-slot box.
                unsafe { obj.set_field(0, word) };
                obj.to_raw()
            }
            (Ty::Int, _) => return Err(mismatch("int")),
            (Ty::Float, _) => return Err(mismatch("float")),
            (Ty::Bool, _) => return Err(mismatch("bool")),
            (Ty::Str, _) => return Err(mismatch("str")),
            (Ty::None, _) => return Err(mismatch("None")),
            (Ty::List(_), _) => return Err(mismatch("list")),
            (Ty::Tuple(_) | Ty::TupleN(_), _) => return Err(mismatch("tuple")),
            (Ty::Class(class), _) => return Err(mismatch(&self.compiled.program.class(*class).name.clone())),
            (other, _) => {
                let program = &self.compiled.program;
                let names = |c: ClassId| program.class(c).name.clone();
                let shown = jcvm_vm::ty::TyDisplay { ty: other, class_names: &names }.to_string();
                return Err(CallError::Type(format!("a {shown} cannot be passed from outside jcvm yet")));
            }
        })
    }

    /// The tuple class with elements `elems`, if the program has one.
    fn tuple_class(&self, elems: &[Ty]) -> Option<ClassId> {
        let program = &self.compiled.program;
        let id = program.classes.iter().position(|c| {
            c.name == "tuple" && c.fields.len() == elems.len() && c.fields.iter().zip(elems).all(|(f, t)| &f.ty == t)
        })?;
        Some(ClassId(id as u32))
    }

    /// The value of a result word of [`Runtime::call_words`].
    ///
    /// # Safety
    /// `word` came from `call_words` of a function whose result type is `ty`,
    /// and no call ran since (a reference in it is still live).
    pub unsafe fn result_value(&mut self, word: u64, ty: &Ty) -> Value {
        self.value_of(word, ty)
    }

    /// The value of `word` as a `ty`.
    fn value_of(&mut self, word: u64, ty: &Ty) -> Value {
        match ty {
            Ty::Int => Value::Int(word as i64),
            Ty::Float => Value::Float(f64::from_bits(word)),
            // `return NotImplemented` in a bool-returning dunder is the marker word 2.
            Ty::Bool if word == 2 => Value::NotImplemented,
            Ty::Bool => Value::Bool(word != 0),
            Ty::None => Value::None,
            _ if word == 0 && ty.is_ref() => Value::None,
            _ => {
                // SAFETY: a reference-kind word of a live frame, field or return: 0 (handled
                // above) or a live object of type `ty`.
                let obj = unsafe { ObjRef::from_raw(word) }.expect("nonzero");
                match ty {
                    // SAFETY: a str-typed word is a live str.
                    Ty::Str => Value::Str(unsafe { obj.str() }.to_string()),
                    Ty::List(elem) => Value::ListRef { list: self.vm.heap().root(obj), elem: (**elem).clone() },
                    Ty::Dict(key, value) => Value::DictRef {
                        dict: self.vm.heap().root(obj),
                        key: (**key).clone(),
                        value: (**value).clone(),
                    },
                    Ty::TupleN(elem) => {
                        // SAFETY: a tuple-typed word is a live list object; its items are
                        // copied out before anything else reads the heap.
                        let items = unsafe { obj.list_words() }.to_vec();
                        Value::Tuple(items.iter().map(|&w| self.value_of(w, elem)).collect())
                    }
                    Ty::Tuple(elems) => Value::Tuple(
                        elems
                            .iter()
                            .enumerate()
                            // SAFETY: a tuple instance has one slot per element.
                            .map(|(i, t)| self.value_of(unsafe { obj.field(i as u32) }, t))
                            .collect(),
                    ),
                    // SAFETY: a number box has its value in slot 0.
                    Ty::Opt(inner) => self.value_of(unsafe { obj.field(0) }, inner),
                    _ => Value::Obj(self.vm.heap().root(obj)),
                }
            }
        }
    }

    /// An uncaught exception, its traceback taken back to the source files.
    fn exception(&self, e: &PyException) -> Exception {
        convert_exception(e, &self.compiled.program, &self.compiled.map)
    }
}

fn convert_exception(e: &PyException, program: &Program, map: &SourceMap) -> Exception {
    let mut lineage = vec![e.name.clone()];
    if let Some(mut class) = program.classes.iter().position(|c| c.name == e.name) {
        while let Some(parent) = program.classes[class].parent {
            class = parent.0 as usize;
            lineage.push(program.classes[class].name.clone());
        }
    }
    let traceback = e
        .traceback
        .iter()
        .map(|entry| match map.locate(entry.line) {
            Some(at) => Frame { file: at.file, line: at.line, function: entry.function.clone(), text: at.text },
            None => Frame {
                file: program.file.clone(),
                line: entry.line,
                function: entry.function.clone(),
                text: String::new(),
            },
        })
        .collect();
    let chained = |c: &Option<Box<PyException>>| c.as_ref().map(|c| Box::new(convert_exception(c, program, map)));
    Exception { lineage, message: e.message.clone(), traceback, cause: chained(&e.cause), context: chained(&e.context) }
}

/// Whether values of `ty` can be returned to the embedder.
fn crossable(ty: &Ty) -> bool {
    match ty {
        Ty::Int | Ty::Float | Ty::Bool | Ty::None | Ty::Str | Ty::Class(_) => true,
        Ty::List(elem) | Ty::TupleN(elem) | Ty::Opt(elem) => crossable(elem),
        Ty::Dict(key, value) => crossable(key) && crossable(value),
        Ty::Tuple(elems) => elems.iter().all(crossable),
        _ => false,
    }
}

/// `index` into a sequence of `len`, Python's way (negative from the end).
fn normalize(index: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let at = if index < 0 { index + len } else { index };
    (0..len).contains(&at).then_some(at as usize)
}

/// A builtin exception raised at the boundary (no traceback of compiled code).
fn raised(name: &str, message: &str) -> CallError {
    let lineage = match name {
        "IndexError" => vec!["IndexError", "LookupError", "Exception", "BaseException"],
        _ => vec![name, "Exception", "BaseException"],
    };
    CallError::Raised(Exception {
        lineage: lineage.into_iter().map(String::from).collect(),
        message: message.to_string(),
        traceback: Vec::new(),
        cause: None,
        context: None,
    })
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::None => "None",
        Value::Bool(_) => "bool",
        Value::Int(_) => "int",
        Value::Float(_) => "float",
        Value::Str(_) => "str",
        Value::Obj(_) => "an instance of another class",
        Value::List(_) => "list",
        Value::Tuple(_) => "tuple",
        Value::NotImplemented => "NotImplemented",
        Value::ListRef { .. } => "list",
        Value::Exception { .. } => "exception",
        Value::Dict(_) | Value::DictRef { .. } => "dict",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::SourceUnit;

    const POINT: &str = "class Point:\n    x: float\n    y: float\n    def __init__(self, x: float, y: float) -> None:\n        self.x = x\n        self.y = y\n    def norm2(self) -> float:\n        return self.x * self.x + self.y * self.y\n    def fail(self) -> int:\n        return 1 // 0\n\ndef new_point(x: float, y: float) -> Point:\n    return Point(x, y)\n";

    fn runtime(engine: Arc<Engine>) -> Runtime {
        Runtime::new(engine, VmOptions::default(), Box::new(std::io::sink())).expect("runtime")
    }

    #[test]
    fn calls_construct_read_fields_and_dispatch_methods() {
        let engine = Engine::new();
        engine.add_unit(SourceUnit { file: "p.py".into(), first_line: 5, indent: 0, text: POINT.into() });
        let mut rt = runtime(engine);
        let new = rt.function("new_point").unwrap();
        let Value::Obj(p) = rt.call(new, &[Value::Int(3), Value::Float(4.0)]).unwrap() else { panic!() };
        let meta = rt.class("Point").unwrap();
        let norm2 = meta.methods.iter().find(|m| m.0 == "norm2").unwrap().2;
        assert_eq!(rt.call(norm2, &[Value::Obj(p)]).unwrap(), Value::Float(25.0));
        let x = &meta.fields[0];
        assert_eq!((x.name.as_str(), x.offset), ("x", 8));
        rt.set_field(p, x, &Value::Int(6)).unwrap();
        assert_eq!(rt.get_field(p, x).unwrap(), Value::Float(6.0));
        let refused = rt.set_field(p, x, &Value::Str("no".into()));
        assert!(matches!(refused, Err(CallError::Type(_))), "{refused:?}");
        assert_eq!(rt.get_field(p, x).unwrap(), Value::Float(6.0), "a refused write changes nothing");
        let fail = meta.methods.iter().find(|m| m.0 == "fail").unwrap().2;
        let Err(CallError::Raised(e)) = rt.call(fail, &[Value::Obj(p)]) else { panic!() };
        assert_eq!(e.lineage[..2], ["ZeroDivisionError".to_string(), "ArithmeticError".to_string()]);
        let last = e.traceback.last().unwrap();
        assert_eq!((last.file.as_str(), last.line, last.function.as_str()), ("p.py", 14, "fail"));
    }

    #[test]
    fn handles_root_objects_until_released() {
        let engine = Engine::new();
        engine.add_unit(SourceUnit::file("p.py", POINT));
        let mut rt = runtime(engine);
        let new = rt.function("new_point").unwrap();
        let Value::Obj(p) = rt.call(new, &[Value::Float(1.0), Value::Float(2.0)]).unwrap() else { panic!() };
        assert_eq!(rt.collect(), 0, "the handle roots the point");
        assert!(rt.release(p));
        assert!(!rt.release(p), "a double release is refused");
        assert_eq!(rt.collect(), 1);
        let x = &rt.class("Point").unwrap().fields[0];
        assert!(matches!(rt.get_field(p, x), Err(CallError::Type(_))), "a stale handle reads nothing");
    }

    #[test]
    fn a_later_unit_joins_a_running_heap() {
        let engine = Engine::new();
        engine.add_unit(SourceUnit::file("p.py", POINT));
        let mut rt = runtime(Arc::clone(&engine));
        let new = rt.function("new_point").unwrap();
        let Value::Obj(p) = rt.call(new, &[Value::Float(1.0), Value::Float(2.0)]).unwrap() else { panic!() };
        engine.add_unit(SourceUnit::file(
            "q.py",
            "class Pair:\n    a: Point\n    def __init__(self, a: Point) -> None:\n        self.a = a\n    def total(self) -> float:\n        return self.a.x + self.a.y\n\ndef make_pair(a: Point) -> Pair:\n    return Pair(a)\n",
        ));
        assert!(rt.refresh().unwrap());
        let make = rt.function("make_pair").unwrap();
        let Value::Obj(pair) = rt.call(make, &[Value::Obj(p)]).unwrap() else { panic!() };
        let total = rt.class("Pair").unwrap().methods.iter().find(|m| m.0 == "total").unwrap().2;
        assert_eq!(rt.call(total, &[Value::Obj(pair)]).unwrap(), Value::Float(3.0));
        let wrong = rt.call(total, &[Value::Obj(p)]);
        assert!(matches!(wrong, Err(CallError::Type(_))), "{wrong:?}");
    }
}
