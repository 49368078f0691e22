//! Lock-free calls of field accessor methods: a method whose whole body is
//! `return self.x` for an int, float or bool field (one `RetField`
//! instruction, so the field needs no assigned-yet check) is called from
//! Python by reading the slot, as a field descriptor does, without taking
//! the runtime's lock or entering the VM.
//!
//! The fast call path ([`crate::fastcall`]) publishes an accessor once it has
//! planned the method under the lock; a new code generation clears it. The
//! read is sound for the reasons the field descriptors' is
//! ([`crate::fields`]): the proxy's handle roots the object, the heap never
//! moves, the slot is the class's (checked: `__class__` can be reassigned
//! between proxy types), and the heap is only touched while the GIL is held.

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

use jcvm_gc::{ObjKind, ObjRef};
use jcvm_vm::opcode::ClassId;
use pyo3::ffi;
use pyo3::prelude::*;

use crate::object::NativeObject;

/// How the field's word becomes a Python object.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Int = 1,
    Float = 2,
    Bool = 3,
}

/// One method's accessor, if known: `(func, slot, kind)` packed in one word
/// (0 when none), the receiver's class, and a subclass seen calling it.
pub struct Accessor {
    packed: AtomicU64,
    class: AtomicU32,
    subclass: AtomicU32,
}

/// No class (a class id never used).
const NO_CLASS: u32 = u32::MAX;

impl Accessor {
    pub const fn new() -> Accessor {
        Accessor { packed: AtomicU64::new(0), class: AtomicU32::new(NO_CLASS), subclass: AtomicU32::new(NO_CLASS) }
    }

    /// Records that `func`, a method of `class`, returns field `slot` as `kind`.
    pub fn publish(&self, func: u32, slot: u16, kind: Kind, class: ClassId) {
        self.class.store(class.0, Ordering::Relaxed);
        self.subclass.store(NO_CLASS, Ordering::Relaxed);
        self.packed.store(pack(func, slot, kind), Ordering::Release);
    }

    /// Records that instances of `class`, a subclass of the receiver's class
    /// (checked by the caller), may be read in place too.
    pub fn allow_subclass(&self, class: ClassId) {
        self.subclass.store(class.0, Ordering::Relaxed);
    }

    /// Forgets the accessor (the code changed).
    pub fn clear(&self) {
        self.packed.store(0, Ordering::Release);
    }

    /// The result of calling `func` on `receiver` when it is this accessor and
    /// the receiver's object is of its class: a new reference, or null with a
    /// Python exception set. None: not applicable (nothing happened).
    ///
    /// # Safety
    /// The GIL is held and `receiver` is a live proxy (a `NativeObject`): the
    /// method descriptor checked its type.
    #[inline]
    pub unsafe fn call(&self, func: u32, receiver: *mut ffi::PyObject) -> Option<*mut ffi::PyObject> {
        let packed = self.packed.load(Ordering::Acquire);
        let (known, slot, kind) = unpack(packed)?;
        if known != func {
            return None;
        }
        // SAFETY: per the contract, a live proxy, borrowed for the call.
        let proxy =
            unsafe { pyo3::Borrowed::from_ptr(Python::assume_attached(), receiver).cast_unchecked::<NativeObject>() };
        let address = proxy.get().address();
        // SAFETY: 0 or the address of a live object (the proxy's handle roots it).
        let object = unsafe { ObjRef::from_raw(address) }?;
        let class = object.layout().0;
        let fits = object.kind() == ObjKind::Instance
            && (class == self.class.load(Ordering::Relaxed) || class == self.subclass.load(Ordering::Relaxed));
        if !fits {
            return None;
        }
        // SAFETY: an instance of the method's class or a subclass (checked), whose
        // slot `slot` is the field the method returns; see the module note.
        let word = unsafe { object.field(u32::from(slot)) };
        // SAFETY: the GIL is held; these return new references (or null with an
        // exception set, for an allocation failure).
        Some(unsafe {
            match kind {
                Kind::Int => ffi::PyLong_FromLongLong(word as i64),
                Kind::Float => ffi::PyFloat_FromDouble(f64::from_bits(word)),
                Kind::Bool => {
                    let b = if word != 0 { ffi::Py_True() } else { ffi::Py_False() };
                    ffi::Py_IncRef(b);
                    b
                }
            }
        })
    }
}

fn pack(func: u32, slot: u16, kind: Kind) -> u64 {
    u64::from(func) | u64::from(slot) << 32 | (kind as u64) << 48
}

fn unpack(packed: u64) -> Option<(u32, u16, Kind)> {
    let kind = match packed >> 48 {
        1 => Kind::Int,
        2 => Kind::Float,
        3 => Kind::Bool,
        _ => return None,
    };
    Some((packed as u32, (packed >> 32) as u16, kind))
}
