//! CPython 3.11's set hash table (`Objects/setobject.c`), reproduced so that
//! iterating a [`SetTable`] yields its keys in exactly the order CPython's
//! `list(s)` / `print(s)` shows for the same sequence of operations.
//!
//! The table stores opaque `u64` key words together with their Python hash
//! (an `i64`, as computed by `hash()`; never `-1`). Key equality is supplied
//! by the caller as a closure, which is only invoked for slots whose stored
//! hash equals the probe hash (as CPython does). Single-key operations take
//! `eq: impl FnMut(stored_key) -> bool` (generic, so a caller's plain word
//! comparison is inlined into the probe loop); bulk operations take
//! `eq: &mut dyn FnMut(stored_key, probe_key) -> bool` (the stored key is the
//! left operand, like CPython's `PyObject_RichCompareBool(startkey, key, Py_EQ)`).
//!
//! # What is reproduced
//!
//! * Table sizes: 8 slots initially (`PySet_MINSIZE`), always a power of two.
//! * Probing: start at `hash & mask`; inspect that slot and the next
//!   `LINEAR_PROBES = 9` slots when they all lie at or below `mask` (otherwise
//!   just the one slot), then `perturb >>= 5; i = (i*5 + 1 + perturb) & mask`,
//!   with `perturb` starting as the hash reinterpreted as `size_t`.
//! * Insertion (`set_add_entry`): while probing, the **last** dummy slot seen
//!   is remembered; on reaching an empty slot the key goes into that dummy if
//!   there was one (no `fill` change, no resize check), else into the empty
//!   slot (`fill += 1`, then resize when `fill*5 >= mask*3` to
//!   `used > 50000 ? used*2 : used*4`). If an equal key is present the stored
//!   key is kept (`{1}.add(1.0)` keeps the `int`).
//! * Resizing (`set_table_resize(minused)`): the new size is the smallest
//!   power of two `> minused` (at least 8); active entries are reinserted in
//!   old slot order with `set_insert_clean` (first empty slot on the probe
//!   path), dummies are dropped. Resizing an 8-slot table with no dummies to 8
//!   slots is a no-op.
//! * Deletion leaves a dummy and never resizes (except in
//!   `difference_update`, see below).
//! * `set.pop()` scans from `finger & mask`, wrapping around, and leaves
//!   `finger` just past the popped slot. `clear()` and `&=` keep the finger,
//!   as CPython does.
//! * `clear()` returns to an empty 8-slot table.
//!
//! # Order of the compound operations (CPython 3.11)
//!
//! Each item gives the Python form, the method reproducing it, and CPython's
//! sequence of table operations.
//!
//! * `set(s)`, `frozenset(s)`, `s.copy()`, `copy.copy(s)` ([`SetTable::copy`]):
//!   a new empty table, then `set_merge`.
//! * `s.update(t)`, `s |= t` for a set/frozenset `t` other than `s`
//!   ([`SetTable::merge`], `set_merge`): presize to `(used + len(t))*2` if
//!   `(fill + len(t))*5 >= mask*3`; then, if the table is empty, as large as
//!   `t`'s and `t` has no dummies, copy `t`'s slots verbatim; else if it is
//!   empty, `set_insert_clean` each key in `t`'s slot order; else `add` each
//!   key in `t`'s slot order. (So `set(s)` need not iterate like `s`.)
//! * `s | t`, `s.union(t)` ([`SetTable::union`]): `copy(s)` then `merge(t)`;
//!   `s | s` is just `copy(s)`.
//! * `s & t`, `s.intersection(t)` ([`SetTable::intersection`]): a new set;
//!   iterate the smaller operand (the right one on a tie) in slot order and
//!   `add` each key the other contains, so the key objects come from the
//!   iterated operand; `s & s` is `copy(s)`.
//! * `s &= t`, `s.intersection_update(t)` ([`SetTable::intersection_update`]):
//!   `s & t`, whose table then replaces `s`'s (the finger is kept).
//! * `s - t`, `s.difference(t)` ([`SetTable::difference`]): if
//!   `len(s) >> 2 > len(t)`, `copy(s)` then `difference_update(t)`; else a new
//!   set, iterating `s` in slot order and adding the keys not in `t`.
//! * `s -= t`, `s.difference_update(t)` ([`SetTable::difference_update`]):
//!   discard every key of `t` (of `s & t` if `len(t) >> 3 > len(s)`), then if
//!   `fill - used > mask/4` resize to `used > 50000 ? used*2 : used*4`.
//! * `s ^ t`, `s.symmetric_difference(t)` ([`SetTable::symmetric_difference`]):
//!   `copy(t)`, then for each key of `s` in slot order discard it if present,
//!   else add it.
//! * `s ^= t`, `s.symmetric_difference_update(t)`
//!   ([`SetTable::symmetric_difference_update`]): for each key of `t` in slot
//!   order, discard it if present, else add it.
//! * `set(iterable)`, `s.update(iterable)`, non-constant displays `{a, b}`,
//!   displays of fewer than 3 items, `{x for ...}` ([`SetTable::insert`],
//!   [`SetTable::update_with_iter`], [`SetTable::from_keys`]): `add` in
//!   iteration order, no presizing.
//! * `set(d)`, `s.update(d)` for an exact `dict` `d`
//!   ([`SetTable::update_from_dict`]): presize as `merge` does (with `len(d)`),
//!   then `add` in dict order.
//! * `s.union(iterable)` ([`SetTable::union_with_iter`]): `copy(s)`, then `add`
//!   in iteration order.
//! * `s.intersection(iterable)` ([`SetTable::intersection_with_iter`]): a new
//!   set; `add` each item of the iterable that `s` contains (the iterable's key
//!   objects). `s.intersection_update(iterable)`
//!   ([`SetTable::intersection_update_with_iter`]) adopts that table.
//! * `s.difference(iterable)` ([`SetTable::difference_with_iter`]): `copy(s)`,
//!   then `difference_update_with_iter`.
//! * `s.difference_update(iterable)` ([`SetTable::difference_update_with_iter`]):
//!   discard each item, then the dummy purge of `difference_update`.
//! * `s.symmetric_difference_update(iterable)`
//!   ([`SetTable::symmetric_difference_update_with_iter`]): build
//!   `set(iterable)`, then toggle its keys in slot order.
//!   `s.symmetric_difference(iterable)` is `set(iterable)` followed by
//!   `symmetric_difference_update(s)`.
//! * `s.symmetric_difference_update(d)` for a `dict`: [`SetTable::toggle`]
//!   each key in dict order.
//! * `{c1, c2, c3, ...}`, a display of 3 or more constants:
//!   [`SetTable::from_constant_display`].
//!
//! Multi-argument forms follow CPython too: `s.union(a, b)` is `copy(s)` then
//! one update per argument; `s.intersection(a, b)` is `(s & a) & b` (with a
//! non-set argument handled by `intersection_with_iter`); `s.difference(a, b)`
//! is `s.difference(a)` then `difference_update(b)`. For `difference` and
//! `difference_update` with a `dict` argument the layout only depends on
//! which keys are present, so a `SetTable` built from the dict's keys can
//! stand in for the dict.
//!
//! Operations whose operands may be the same object: `union`, `intersection`,
//! `difference` and `symmetric_difference` take `&self` and `&SetTable` and
//! detect `std::ptr::eq` themselves. For the in-place forms the borrow checker
//! forbids aliasing, so the caller must dispatch: `s |= s` is a no-op,
//! `s &= s` is [`SetTable::intersection_update_self`] (CPython re-lays the
//! table out as a copy), `s -= s` and `s ^= s` are [`SetTable::clear`].
//!
//! Not modelled: rich comparisons that raise or mutate the set (CPython
//! restarts the probe), and the `Clone` impl is a raw layout clone, not
//! Python's `copy()` (use [`SetTable::copy`] for that).

/// `PySet_MINSIZE`: the size of a new (or cleared) table.
const MIN_SIZE: usize = 8;
/// Extra consecutive slots inspected before jumping (`LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
/// `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;

/// One slot of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    /// Never used since the last resize (`key == NULL`).
    Empty,
    /// Deleted entry (`key == dummy`, `hash == -1`).
    Dummy,
    /// Live entry.
    Entry { hash: i64, key: u64 },
}

/// A set hash table laid out exactly like CPython 3.11's `PySetObject`.
///
/// See the module documentation for the operation-to-method mapping.
#[derive(Clone, Debug, PartialEq)]
pub struct SetTable {
    /// `mask + 1` slots.
    slots: Vec<Slot>,
    /// Active + dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` starts searching (`so->finger`).
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

/// First probe index and the perturbation for `hash` in a table of `mask`.
#[inline]
fn probe_start(hash: i64, mask: usize) -> (usize, u64) {
    ((hash as u64 as usize) & mask, hash as u64)
}

/// Next probe start after a linear run beginning at `i`.
#[inline]
fn probe_next(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    ((i as u64).wrapping_mul(5).wrapping_add(1).wrapping_add(*perturb) as usize) & mask
}

/// Index of the last slot of the linear run starting at `i`.
#[inline]
fn run_end(i: usize, mask: usize) -> usize {
    if i + LINEAR_PROBES <= mask {
        i + LINEAR_PROBES
    } else {
        i
    }
}

/// `set_insert_clean`: put an entry known to be absent into the first empty
/// slot of its probe sequence (the table has no dummies).
fn insert_clean(slots: &mut [Slot], hash: i64, key: u64) {
    let mask = slots.len() - 1;
    let (mut i, mut perturb) = probe_start(hash, mask);
    loop {
        for slot in &mut slots[i..=run_end(i, mask)] {
            if *slot == Slot::Empty {
                *slot = Slot::Entry { hash, key };
                return;
            }
        }
        i = probe_next(i, &mut perturb, mask);
    }
}

impl SetTable {
    /// Bytes one slot of the table takes (for the heap's allocation accounting).
    pub const SLOT_BYTES: usize = std::mem::size_of::<Slot>();

    /// An empty set: 8 empty slots, as `set()`.
    pub fn new() -> SetTable {
        SetTable { slots: vec![Slot::Empty; MIN_SIZE], fill: 0, used: 0, finger: 0 }
    }

    /// A set built by adding `items` (`(hash, key)` pairs) in order, as
    /// `set(iterable)` for a non-set, non-dict iterable (CPython does not
    /// presize in that case).
    pub fn from_keys<I: IntoIterator<Item = (i64, u64)>>(items: I, eq: &mut dyn FnMut(u64, u64) -> bool) -> SetTable {
        let mut s = SetTable::new();
        s.update_with_iter(items, eq);
        s
    }

    /// The set a display of three or more constants evaluates to in CPython
    /// 3.11, e.g. `{3, 1, 2}` or `{'a', 'b', 'c'}` (all items literal
    /// constants after constant folding, e.g. `-1` or `(1, 2)`; no starred
    /// items). `items` are the display's elements in source order.
    ///
    /// The compiler folds such a display into a `frozenset` constant built by
    /// adding the items in order, rebuilds that frozenset from its own
    /// iteration order while merging constants (`merge_consts_recursive`),
    /// and emits `BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1`, i.e.
    /// [`merge`](Self::merge)s the constant into an empty set.
    ///
    /// `reinterned` must be `true` when the code object's creation rebuilds
    /// the frozenset once more (`intern_string_constants`): that happens when
    /// some element is a `str` made only of ASCII letters, digits and `_`
    /// for which an equal string had already been interned as a different
    /// object — e.g. the same text used as an identifier, attribute or
    /// keyword-argument name anywhere in the source file (the parser interns
    /// every name before compiling), a name-like string constant of a code
    /// object created earlier (nested functions are created first), or one
    /// of the many names CPython interns at startup (builtins, method
    /// names, ...). With only ints, floats, tuples or non-name strings it is
    /// `false`. The extra rebuild often, but not always, leaves the order
    /// unchanged.
    ///
    /// Displays with fewer than three items, or any non-constant item, are a
    /// plain `BUILD_SET`: [`insert`](Self::insert) each item in source order.
    pub fn from_constant_display<I: IntoIterator<Item = (i64, u64)>>(
        items: I,
        reinterned: bool,
        eq: &mut dyn FnMut(u64, u64) -> bool,
    ) -> SetTable {
        let mut folded = SetTable::from_keys(items, eq);
        let rebuilds = if reinterned { 2 } else { 1 };
        for _ in 0..rebuilds {
            folded = SetTable::from_keys(folded.keys_and_hashes().collect::<Vec<_>>(), eq);
        }
        let mut s = SetTable::new();
        s.merge(&folded, eq);
        s
    }

    /// What the running code makes of a display CPython turned into a constant:
    /// `self` holds the display's items added in order (the folded frozenset);
    /// it is rebuilt once from its own order (the constants' merge) and, when
    /// `merged`, merged into a new set, as
    /// [`from_constant_display`](Self::from_constant_display) without re-interning.
    pub fn fold_constant_display(&mut self, merged: bool, eq: &mut dyn FnMut(u64, u64) -> bool) {
        let rebuilt = SetTable::from_keys(self.keys_and_hashes().collect::<Vec<_>>(), eq);
        if merged {
            let mut set = SetTable::new();
            set.merge(&rebuilt, eq);
            *self = set;
        } else {
            *self = rebuilt;
        }
    }

    /// Number of keys (`len(s)`).
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the set has no keys.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Number of slots (`mask + 1`), for diagnostics and tests.
    pub fn table_size(&self) -> usize {
        self.slots.len()
    }

    /// Active plus dummy slots (`so->fill`), for diagnostics and tests.
    pub fn fill(&self) -> usize {
        self.fill
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// `set_lookkey`: index of the slot holding a key equal to the probe key.
    fn lookup(&self, hash: i64, mut eq: impl FnMut(u64) -> bool) -> Option<usize> {
        let mask = self.mask();
        let (mut i, mut perturb) = probe_start(hash, mask);
        loop {
            for j in i..=run_end(i, mask) {
                match self.slots[j] {
                    Slot::Empty => return None,
                    Slot::Entry { hash: h, key } if h == hash && eq(key) => return Some(j),
                    _ => {}
                }
            }
            i = probe_next(i, &mut perturb, mask);
        }
    }

    /// The stored key equal to the probe key (`eq(stored)` decides), if any.
    pub fn find(&self, hash: i64, eq: impl FnMut(u64) -> bool) -> Option<u64> {
        match self.lookup(hash, eq) {
            Some(j) => match self.slots[j] {
                Slot::Entry { key, .. } => Some(key),
                _ => None,
            },
            None => None,
        }
    }

    /// `key in s`.
    pub fn contains(&self, hash: i64, eq: impl FnMut(u64) -> bool) -> bool {
        self.lookup(hash, eq).is_some()
    }

    /// `s.add(key)` (`set_add_entry`). Returns `false`, leaving the stored
    /// key in place, if an equal key is already present.
    #[inline]
    pub fn insert(&mut self, hash: i64, key: u64, mut eq: impl FnMut(u64) -> bool) -> bool {
        let mask = self.mask();
        let (mut i, mut perturb) = probe_start(hash, mask);
        let mut freeslot: Option<usize> = None;
        loop {
            for j in i..=run_end(i, mask) {
                match self.slots[j] {
                    Slot::Empty => {
                        self.used += 1;
                        if let Some(f) = freeslot {
                            self.slots[f] = Slot::Entry { hash, key };
                            return true;
                        }
                        self.slots[j] = Slot::Entry { hash, key };
                        self.fill += 1;
                        if self.fill * 5 >= mask * 3 {
                            let used = self.used;
                            self.resize(if used > 50_000 { used * 2 } else { used * 4 });
                        }
                        return true;
                    }
                    Slot::Entry { hash: h, key: k } => {
                        if h == hash && eq(k) {
                            return false;
                        }
                    }
                    Slot::Dummy => freeslot = Some(j),
                }
            }
            i = probe_next(i, &mut perturb, mask);
        }
    }

    /// `s.discard(key)` / `s.remove(key)` (`set_discard_entry`): replaces the
    /// entry by a dummy and returns the stored key, or `None` if absent.
    pub fn remove(&mut self, hash: i64, eq: impl FnMut(u64) -> bool) -> Option<u64> {
        let j = self.lookup(hash, eq)?;
        let Slot::Entry { key, .. } = self.slots[j] else { return None };
        self.slots[j] = Slot::Dummy;
        self.used -= 1;
        Some(key)
    }

    /// Discard the key if present, else add it (one step of
    /// `symmetric_difference_update`). Returns `true` if it was added.
    pub fn toggle(&mut self, hash: i64, key: u64, eq: &mut dyn FnMut(u64, u64) -> bool) -> bool {
        if self.remove(hash, &mut |k| eq(k, key)).is_some() {
            return false;
        }
        self.insert(hash, key, &mut |k| eq(k, key))
    }

    /// `s.pop()`: the first live slot at or after `finger & mask` (wrapping);
    /// `None` for an empty set (CPython raises `KeyError('pop from an empty
    /// set')`).
    pub fn pop(&mut self) -> Option<u64> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        loop {
            if let Slot::Entry { key, .. } = self.slots[i] {
                self.slots[i] = Slot::Dummy;
                self.used -= 1;
                self.finger = i + 1;
                return Some(key);
            }
            i = if i == mask { 0 } else { i + 1 };
        }
    }

    /// `s.clear()`: back to an empty 8-slot table. Like CPython, the `pop`
    /// finger is not reset.
    pub fn clear(&mut self) {
        self.slots.clear();
        self.slots.resize(MIN_SIZE, Slot::Empty);
        self.fill = 0;
        self.used = 0;
    }

    /// Removes every key and keeps the table's size: not a Python operation
    /// (`clear()` shrinks the table), for a scratch set whose order no program sees.
    pub fn empty_keeping_size(&mut self) {
        self.slots.fill(Slot::Empty);
        self.fill = 0;
        self.used = 0;
        self.finger = 0;
    }

    /// Keys in CPython's iteration order (slot order).
    pub fn iter(&self) -> impl Iterator<Item = u64> + '_ {
        self.keys_and_hashes().map(|(_, k)| k)
    }

    /// The first live slot at or after slot `from` and its key: one step of a
    /// set iterator (`setiter_iternext`), which keeps its position as a slot index.
    pub fn next_entry(&self, from: usize) -> Option<(usize, u64)> {
        self.slots.iter().enumerate().skip(from).find_map(|(i, s)| match *s {
            Slot::Entry { key, .. } => Some((i, key)),
            _ => None,
        })
    }

    /// `(hash, key)` pairs in CPython's iteration order (slot order).
    pub fn keys_and_hashes(&self) -> impl Iterator<Item = (i64, u64)> + '_ {
        self.slots.iter().filter_map(|s| match *s {
            Slot::Entry { hash, key } => Some((hash, key)),
            _ => None,
        })
    }

    /// Hashes of the live keys, e.g. for `hash(frozenset)`.
    pub fn hashes(&self) -> impl Iterator<Item = i64> + '_ {
        self.keys_and_hashes().map(|(h, _)| h)
    }

    /// `set_table_resize(so, minused)`.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return; // small table without dummies: nothing to do
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        for s in old {
            if let Slot::Entry { hash, key } = s {
                insert_clean(&mut self.slots, hash, key);
            }
        }
    }

    /// The one-big-resize CPython does before adding `incoming` keys from a
    /// set or dict (`set_merge`, `set_update_internal`): if
    /// `(fill + incoming)*5 >= mask*3`, resize for `(used + incoming)*2`.
    pub fn presize_for_update(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// `set(s)` / `s.copy()` / `frozenset(s)`: a new set merged from this one
    /// (the layout can differ from `self`'s).
    pub fn copy(&self) -> SetTable {
        let mut s = SetTable::new();
        // The target is empty, so no comparison can happen.
        s.merge(self, &mut |_, _| false);
        s
    }

    /// `s.update(t)` / `s |= t` for a set or frozenset `t` other than `s`
    /// itself (`set_merge`; `s |= s` is a no-op).
    pub fn merge(&mut self, other: &SetTable, eq: &mut dyn FnMut(u64, u64) -> bool) {
        if other.used == 0 {
            return;
        }
        self.presize_for_update(other.used);
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            self.slots.copy_from_slice(&other.slots);
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            self.fill = other.used;
            self.used = other.used;
            for (hash, key) in other.keys_and_hashes() {
                insert_clean(&mut self.slots, hash, key);
            }
            return;
        }
        for (hash, key) in other.keys_and_hashes() {
            self.insert(hash, key, &mut |k| eq(k, key));
        }
    }

    /// `s.update(iterable)`: add the `(hash, key)` items in order.
    pub fn update_with_iter<I: IntoIterator<Item = (i64, u64)>>(
        &mut self,
        items: I,
        eq: &mut dyn FnMut(u64, u64) -> bool,
    ) {
        for (hash, key) in items {
            self.insert(hash, key, &mut |k| eq(k, key));
        }
    }

    /// `s.update(d)` / `set(d)` for an exact `dict` `d` with `dict_len` keys
    /// given in dict order: presize once, then add them in order.
    pub fn update_from_dict<I: IntoIterator<Item = (i64, u64)>>(
        &mut self,
        dict_len: usize,
        keys: I,
        eq: &mut dyn FnMut(u64, u64) -> bool,
    ) {
        self.presize_for_update(dict_len);
        self.update_with_iter(keys, eq);
    }

    /// `s | t` / `s.union(t)` for a set or frozenset `t` (`s | s` is a copy).
    pub fn union(&self, other: &SetTable, eq: &mut dyn FnMut(u64, u64) -> bool) -> SetTable {
        let mut r = self.copy();
        if !std::ptr::eq(self, other) {
            r.merge(other, eq);
        }
        r
    }

    /// `s.union(iterable)` for a non-set iterable: copy, then add in order.
    pub fn union_with_iter<I: IntoIterator<Item = (i64, u64)>>(
        &self,
        items: I,
        eq: &mut dyn FnMut(u64, u64) -> bool,
    ) -> SetTable {
        let mut r = self.copy();
        r.update_with_iter(items, eq);
        r
    }

    /// `s & t` / `s.intersection(t)` for a set or frozenset `t`: iterate the
    /// smaller operand (`t` on a tie) and add the keys the other contains;
    /// the result holds the iterated operand's key words. `s & s` is a copy.
    pub fn intersection(&self, other: &SetTable, eq: &mut dyn FnMut(u64, u64) -> bool) -> SetTable {
        if std::ptr::eq(self, other) {
            return self.copy();
        }
        let (big, small) = if other.used > self.used { (other, self) } else { (self, other) };
        let mut r = SetTable::new();
        for (hash, key) in small.keys_and_hashes() {
            if big.contains(hash, &mut |k| eq(k, key)) {
                r.insert(hash, key, &mut |k| eq(k, key));
            }
        }
        r
    }

    /// `s.intersection(iterable)` for a non-set iterable: add each item (the
    /// iterable's key word) that `s` contains, in iteration order.
    pub fn intersection_with_iter<I: IntoIterator<Item = (i64, u64)>>(
        &self,
        items: I,
        eq: &mut dyn FnMut(u64, u64) -> bool,
    ) -> SetTable {
        let mut r = SetTable::new();
        for (hash, key) in items {
            if self.contains(hash, &mut |k| eq(k, key)) {
                r.insert(hash, key, &mut |k| eq(k, key));
            }
        }
        r
    }

    /// Replace this set's table by `other`'s (`set_swap_bodies`), keeping
    /// this set's `pop` finger.
    fn take_body(&mut self, other: SetTable) {
        self.slots = other.slots;
        self.fill = other.fill;
        self.used = other.used;
    }

    /// `s &= t` / `s.intersection_update(t)` for a set or frozenset `t` other
    /// than `s` (use [`intersection_update_self`](Self::intersection_update_self)
    /// for `s &= s`).
    pub fn intersection_update(&mut self, other: &SetTable, eq: &mut dyn FnMut(u64, u64) -> bool) {
        let r = self.intersection(other, eq);
        self.take_body(r);
    }

    /// `s &= s`: CPython replaces the table by a copy's (same keys, possibly
    /// a different layout).
    pub fn intersection_update_self(&mut self) {
        let r = self.copy();
        self.take_body(r);
    }

    /// `s.intersection_update(iterable)` for a non-set iterable.
    pub fn intersection_update_with_iter<I: IntoIterator<Item = (i64, u64)>>(
        &mut self,
        items: I,
        eq: &mut dyn FnMut(u64, u64) -> bool,
    ) {
        let r = self.intersection_with_iter(items, eq);
        self.take_body(r);
    }

    /// `s - t` / `s.difference(t)` for a set or frozenset `t` (also right for
    /// a dict `t` given as a table of its keys).
    pub fn difference(&self, other: &SetTable, eq: &mut dyn FnMut(u64, u64) -> bool) -> SetTable {
        if (self.used >> 2) > other.used {
            let mut r = self.copy();
            r.difference_update(other, eq);
            return r;
        }
        let mut r = SetTable::new();
        for (hash, key) in self.keys_and_hashes() {
            if !other.contains(hash, &mut |k| eq(k, key)) {
                r.insert(hash, key, &mut |k| eq(k, key));
            }
        }
        r
    }

    /// `s.difference(iterable)` for a non-set, non-dict iterable: copy, then
    /// [`difference_update_with_iter`](Self::difference_update_with_iter).
    pub fn difference_with_iter<I: IntoIterator<Item = (i64, u64)>>(
        &self,
        items: I,
        eq: &mut dyn FnMut(u64, u64) -> bool,
    ) -> SetTable {
        let mut r = self.copy();
        r.difference_update_with_iter(items, eq);
        r
    }

    /// `s -= t` / `s.difference_update(t)` for a set or frozenset `t` other
    /// than `s` (`s -= s` is [`clear`](Self::clear)).
    pub fn difference_update(&mut self, other: &SetTable, eq: &mut dyn FnMut(u64, u64) -> bool) {
        let narrowed;
        let other = if (other.used >> 3) > self.used {
            narrowed = self.intersection(other, eq);
            &narrowed
        } else {
            other
        };
        for (hash, key) in other.keys_and_hashes() {
            self.remove(hash, &mut |k| eq(k, key));
        }
        self.purge_dummies();
    }

    /// `s.difference_update(iterable)`: discard each item, then purge
    /// dummies like [`difference_update`](Self::difference_update).
    pub fn difference_update_with_iter<I: IntoIterator<Item = (i64, u64)>>(
        &mut self,
        items: I,
        eq: &mut dyn FnMut(u64, u64) -> bool,
    ) {
        for (hash, key) in items {
            self.remove(hash, &mut |k| eq(k, key));
        }
        self.purge_dummies();
    }

    /// The tail of `set_difference_update_internal`: rebuild when more than a
    /// quarter of the slots are dummies.
    fn purge_dummies(&mut self) {
        if self.fill - self.used <= self.mask() / 4 {
            return;
        }
        let used = self.used;
        self.resize(if used > 50_000 { used * 2 } else { used * 4 });
    }

    /// `s ^ t` / `s.symmetric_difference(t)` for a set or frozenset `t`:
    /// `copy(t)`, then toggle each key of `s` in slot order.
    pub fn symmetric_difference(&self, other: &SetTable, eq: &mut dyn FnMut(u64, u64) -> bool) -> SetTable {
        let mut r = other.copy();
        r.symmetric_difference_update(self, eq);
        r
    }

    /// `s ^= t` / `s.symmetric_difference_update(t)` for a set or frozenset
    /// `t` other than `s` (`s ^= s` is [`clear`](Self::clear)): toggle each
    /// key of `t` in slot order.
    pub fn symmetric_difference_update(&mut self, other: &SetTable, eq: &mut dyn FnMut(u64, u64) -> bool) {
        for (hash, key) in other.keys_and_hashes() {
            self.toggle(hash, key, eq);
        }
    }

    /// `s.symmetric_difference_update(iterable)` for a non-set, non-dict
    /// iterable: CPython first builds `set(iterable)`, then toggles its keys
    /// in slot order.
    pub fn symmetric_difference_update_with_iter<I: IntoIterator<Item = (i64, u64)>>(
        &mut self,
        items: I,
        eq: &mut dyn FnMut(u64, u64) -> bool,
    ) {
        let other = SetTable::from_keys(items, eq);
        self.symmetric_difference_update(&other, eq);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Key words of `s` in iteration order, as `i64`.
    fn keys(s: &SetTable) -> Vec<i64> {
        s.iter().map(|k| k as i64).collect()
    }

    /// Key equality for tests: key words are distinct for distinct values.
    fn same(a: u64, b: u64) -> bool {
        a == b
    }

    /// CPython's `hash(int)` for the test keys (duplicated from `pyhash.rs`).
    fn hash_int(v: i64) -> i64 {
        let m = (1u64 << 61) - 1;
        let x = v.unsigned_abs() % m;
        let x = if v < 0 { x.wrapping_neg() } else { x };
        if x == u64::MAX {
            -2
        } else {
            x as i64
        }
    }

    /// Parses a key token: an int literal, or `s<i>` for the `i`-th test string.
    fn parse_key(tok: &str) -> i64 {
        match tok.strip_prefix('s') {
            Some(i) => STR_BASE + i.parse::<i64>().unwrap(),
            None => tok.parse().unwrap(),
        }
    }

    fn parse_keys(text: &str) -> Vec<i64> {
        text.split_whitespace().map(parse_key).collect()
    }

    /// `(hash, key word)` items for a space-separated key list.
    fn items_of(text: &str) -> Vec<(i64, u64)> {
        parse_keys(text).into_iter().map(|k| (key_hash(k), k as u64)).collect()
    }

    /// Replays `ops` (`a<key>` add, `d<key>` discard, `p` pop, `c` clear,
    /// `s` snapshot) and compares the snapshots (`list(s)`, or the popped
    /// key for `p`) with `want` (snapshots separated by `|`).
    fn check_replay(ops: &str, want: &str) {
        let mut s = SetTable::new();
        let mut got: Vec<Vec<i64>> = Vec::new();
        for op in ops.split_whitespace() {
            let (kind, key) = op.split_at(1);
            match kind {
                "a" | "d" => {
                    let k = parse_key(key);
                    let (h, k) = (key_hash(k), k as u64);
                    if kind == "a" {
                        s.insert(h, k, &mut |x| x == k);
                    } else {
                        s.remove(h, &mut |x| x == k);
                    }
                }
                "p" => got.push(vec![s.pop().expect("pop from empty set") as i64]),
                "c" => s.clear(),
                "s" => got.push(keys(&s)),
                _ => unreachable!("{op}"),
            }
            assert!(s.fill() < s.table_size());
        }
        let want: Vec<Vec<i64>> = want.split('|').map(parse_keys).collect();
        assert_eq!(got.len(), want.len());
        for (i, (g, w)) in got.iter().zip(&want).enumerate() {
            assert_eq!(g, w, "snapshot {i}");
        }
    }

    fn check_pair(la: &str, lb: &str, dels: &str, want: &[(&str, &str)]) {
        let (la, lb, dels) = (parse_keys(la), parse_keys(lb), parse_keys(dels));
        let (la, lb, dels) = (&la[..], &lb[..], &dels[..]);
        let items = |l: &[i64]| l.iter().map(|&k| (key_hash(k), k as u64)).collect::<Vec<_>>();
        let eq = &mut same;
        let mut a = SetTable::from_keys(items(la), eq);
        let b = SetTable::from_keys(items(lb), eq);
        for &k in dels {
            a.remove(key_hash(k), &mut |x| x == k as u64);
        }
        let mut dict_keys = items(lb);
        dict_keys.extend(items(la));
        let mut seen = Vec::new();
        dict_keys.retain(|&(_, k)| {
            if seen.contains(&k) {
                false
            } else {
                seen.push(k);
                true
            }
        });
        let lb_dict = {
            let mut v = items(lb);
            let mut seen = Vec::new();
            v.retain(|&(_, k)| {
                if seen.contains(&k) {
                    false
                } else {
                    seen.push(k);
                    true
                }
            });
            v
        };
        for &(what, expect) in want {
            let got = match what {
                "or" => a.union(&b, eq),
                "and" => a.intersection(&b, eq),
                "sub" => a.difference(&b, eq),
                "rsub" => b.difference(&a, eq),
                "xor" => a.symmetric_difference(&b, eq),
                "copy" | "set_of" => a.copy(),
                "or_self" => a.union(&a, eq),
                "and_self" => a.intersection(&a, eq),
                "xor_self_then_add" => {
                    let mut t = a.symmetric_difference(&a, eq);
                    t.update_with_iter(items(&la[..la.len().min(5)]), eq);
                    t
                }
                "ior" => {
                    let mut c = a.copy();
                    c.merge(&b, eq);
                    c
                }
                "iand" => {
                    let mut c = a.copy();
                    c.intersection_update(&b, eq);
                    c
                }
                "isub" => {
                    let mut c = a.copy();
                    c.difference_update(&b, eq);
                    c
                }
                "ixor" => {
                    let mut c = a.copy();
                    c.symmetric_difference_update(&b, eq);
                    c
                }
                "update_list" => {
                    let mut c = a.copy();
                    c.update_with_iter(items(lb), eq);
                    c
                }
                "from_dict" => {
                    let mut c = SetTable::new();
                    c.update_from_dict(dict_keys.len(), dict_keys.iter().copied(), eq);
                    c
                }
                "update_dict" => {
                    let mut c = a.copy();
                    c.update_from_dict(lb_dict.len(), lb_dict.iter().copied(), eq);
                    c
                }
                "inter_list" => a.intersection_with_iter(items(lb), eq),
                "diff_list" => a.difference_with_iter(items(lb), eq),
                "sdu_list" => {
                    let mut c = a.copy();
                    c.symmetric_difference_update_with_iter(items(lb), eq);
                    c
                }
                "union_list" => a.union_with_iter(items(lb), eq),
                "du_list" => {
                    let mut c = a.copy();
                    c.difference_update_with_iter(items(lb), eq);
                    c
                }
                _ => unreachable!("{what}"),
            };
            assert_eq!(keys(&got), parse_keys(expect), "{what}");
        }
    }

    /// String keys are `STR_BASE + i` for the `i`-th name of the Python
    /// generator (`['k', 'é', '€', '😀'][i % 4] + str(i)`); their CPython hashes
    /// are in `STR_HASHES`. Every other key word is an `int`.
    /// (Far above every int key the tests use.)
    const STR_BASE: i64 = 0x5A5A_0000_0000_0000;

    fn key_hash(k: i64) -> i64 {
        if (STR_BASE..STR_BASE + 300).contains(&k) {
            STR_HASHES[(k - STR_BASE) as usize]
        } else {
            hash_int(k)
        }
    }

    #[test]
    fn str_key_convention_is_unambiguous() {
        // The int keys used by the tests stay below STR_BASE: at most
        // 15 << 55 and 2 * (2**61 - 1) + 3 in the collision distribution.
        const { assert!(STR_BASE > 15 << 55 && STR_BASE > 2 * ((1 << 61) - 1) + 3) };
        assert_eq!(key_hash(STR_BASE - 1), hash_int(STR_BASE - 1));
    }

    #[test]
    fn keeps_the_first_equal_key() {
        // Key words: 1 = int 1, 1001 = float 1.0, 2001 = True, 2 and 3 ints; hash 1 for the first three.
        let value = |k: u64| if k > 1000 { 1 } else { k };
        let eq = &mut |a: u64, b: u64| value(a) == value(b);
        let h = |k: u64| value(k) as i64;
        let set =
            |ks: &[u64], eq: &mut dyn FnMut(u64, u64) -> bool| SetTable::from_keys(ks.iter().map(|&k| (h(k), k)), eq);
        let mut s = set(&[1], eq);
        assert!(!s.insert(1, 1001, &mut |k| value(k) == 1));
        assert_eq!(s.iter().collect::<Vec<_>>(), [1]); // {1}.add(1.0) keeps int 1
        let one = set(&[1], eq);
        let one_f = set(&[1001], eq);
        assert_eq!(one.union(&one_f, eq).iter().collect::<Vec<_>>(), [1]);
        assert_eq!(one_f.union(&one, eq).iter().collect::<Vec<_>>(), [1001]);
        // & iterates the smaller operand, the right one on a tie.
        assert_eq!(set(&[1001, 2], eq).intersection(&one, eq).iter().collect::<Vec<_>>(), [1]);
        assert_eq!(one.intersection(&one_f, eq).iter().collect::<Vec<_>>(), [1001]);
        assert_eq!(one.intersection(&set(&[2001, 3], eq), eq).iter().collect::<Vec<_>>(), [1]);
        assert_eq!(set(&[1, 2], eq).symmetric_difference(&set(&[1001, 3], eq), eq).iter().collect::<Vec<_>>(), [2, 3]);
        assert_eq!(set(&[1001, 2], eq).difference(&set(&[2001], eq), eq).iter().collect::<Vec<_>>(), [2]);
        assert_eq!(set(&[1, 1001, 2001], eq).iter().collect::<Vec<_>>(), [1]);
        assert_eq!(one_f.intersection_with_iter([(1, 1)], eq).iter().collect::<Vec<_>>(), [1]);
        assert_eq!(one.intersection_with_iter([(1, 1001)], eq).iter().collect::<Vec<_>>(), [1001]);
    }

    #[test]
    fn basic_api() {
        let mut s = SetTable::new();
        assert!(s.is_empty());
        assert_eq!(s.table_size(), 8);
        assert_eq!(s.pop(), None);
        for k in 0..5u64 {
            assert!(s.insert(k as i64, k, &mut |x| x == k));
        }
        assert!(!s.insert(3, 3, &mut |x| x == 3));
        assert_eq!(s.len(), 5);
        assert_eq!(s.table_size(), 32); // the 5th insertion resized to used*4 -> 32
        assert_eq!(s.find(3, &mut |x| x == 3), Some(3));
        assert!(!s.contains(7, &mut |x| x == 7));
        assert_eq!(s.remove(3, &mut |x| x == 3), Some(3));
        assert_eq!(s.remove(3, &mut |x| x == 3), None);
        assert_eq!(s.fill(), 5);
        assert_eq!(s.keys_and_hashes().collect::<Vec<_>>(), [(0, 0), (1, 1), (2, 2), (4, 4)]);
        assert_eq!(s.hashes().sum::<i64>(), 7);
        s.clear();
        assert_eq!((s.len(), s.fill(), s.table_size()), (0, 0, 8));
        let d = SetTable::default();
        assert_eq!(d.iter().count(), 0);
    }

    /// splitmix64, mirrored by the Python generator.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    fn mix(h: u64, x: u64) -> u64 {
        (h ^ x).wrapping_mul(0x100_0000_01b3)
    }

    /// Replays the generator's random scenario and returns the checksum of
    /// every popped key and every intermediate `list(s)`.
    fn scenario(seed: u64, dist: u32, nops: usize) -> u64 {
        const MOD: i64 = (1 << 61) - 1;
        let mut rng = Rng(seed);
        let mut pool = vec![-1i64, -2];
        for _ in 0..398 {
            pool.push(rng.next() as i64);
        }
        let key = |rng: &mut Rng| -> i64 {
            match dist {
                0 => rng.below(64) as i64,
                1 => rng.below(300) as i64,
                2 => rng.below(2000) as i64,
                3 => rng.below(1000) as i64 - 500,
                4 => match rng.below(4) {
                    0 => {
                        let a = rng.below(16) as i64;
                        a << rng.below(56)
                    }
                    1 => {
                        let a = rng.below(3) as i64;
                        a * MOD + rng.below(8) as i64 - 4
                    }
                    2 => {
                        let a = rng.below(64) as i64;
                        -(a << rng.below(40))
                    }
                    _ => rng.below(64) as i64 * 1024,
                },
                5 => pool[rng.below(400) as usize],
                8 => rng.below(12) as i64,
                6 => STR_BASE + rng.below(300) as i64,
                7 => {
                    if rng.below(2) == 0 {
                        rng.below(500) as i64
                    } else {
                        STR_BASE + rng.below(300) as i64
                    }
                }
                _ => unreachable!(),
            }
        };
        let item = |k: i64| (key_hash(k), k as u64);
        let keylist = |rng: &mut Rng| -> Vec<(i64, u64)> {
            let n = rng.below(40);
            (0..n).map(|_| item(key(rng))).collect()
        };
        let dedup = |v: Vec<(i64, u64)>| {
            let mut out: Vec<(i64, u64)> = Vec::new();
            for p in v {
                if !out.iter().any(|q| q.1 == p.1) {
                    out.push(p);
                }
            }
            out
        };
        let eq = &mut same;
        let mut sets = [SetTable::new(), SetTable::new()];
        let mut h = 0u64;
        for _ in 0..nops {
            let r = rng.below(100);
            let t = rng.below(2) as usize;
            let [s0, s1] = &mut sets;
            let (a, b) = if t == 0 { (s0, s1) } else { (s1, s0) };
            if r < 50 {
                let (kh, k) = item(key(&mut rng));
                a.insert(kh, k, &mut |x| x == k);
            } else if r < 72 {
                let (kh, k) = item(key(&mut rng));
                a.remove(kh, &mut |x| x == k);
            } else if r < 80 {
                if let Some(k) = a.pop() {
                    h = mix(h, k);
                }
            } else if r < 81 {
                a.clear();
            } else {
                match rng.below(25) {
                    0 => *a = a.union(b, eq),
                    1 => *a = a.intersection(b, eq),
                    2 => *a = a.difference(b, eq),
                    3 => *a = a.symmetric_difference(b, eq),
                    4 => *a = a.copy(),
                    5 => a.merge(b, eq),
                    6 => a.intersection_update(b, eq),
                    7 => a.difference_update(b, eq),
                    8 => a.symmetric_difference_update(b, eq),
                    9 => *a = SetTable::from_keys(keylist(&mut rng), eq),
                    10 => a.update_with_iter(keylist(&mut rng), eq),
                    11 => a.difference_update_with_iter(keylist(&mut rng), eq),
                    12 => *a = a.intersection_with_iter(keylist(&mut rng), eq),
                    13 => a.symmetric_difference_update_with_iter(keylist(&mut rng), eq),
                    14 => {
                        let d = dedup(keylist(&mut rng));
                        let mut n = SetTable::new();
                        n.update_from_dict(d.len(), d, eq);
                        *a = n;
                    }
                    15 => *a = a.difference_with_iter(keylist(&mut rng), eq),
                    16 => a.intersection_update_with_iter(keylist(&mut rng), eq),
                    17 => *a = a.union(a, eq),
                    18 => *a = a.intersection(a, eq),
                    19 => a.intersection_update_self(),
                    20 => *a = a.symmetric_difference(a, eq),
                    21 => {
                        let d = dedup(keylist(&mut rng));
                        a.update_from_dict(d.len(), d, eq);
                    }
                    22 => *a = a.union_with_iter(keylist(&mut rng), eq),
                    23 => a.clear(),
                    _ => *a = a.difference(a, eq),
                }
            }
            assert!(a.fill() < a.table_size() && a.len() <= a.fill());
            h = mix(h, a.len() as u64);
            for k in a.iter() {
                h = mix(h, k);
            }
        }
        h
    }

    #[test]
    fn random_scenarios_match_cpython() {
        for &(seed, dist, nops, want) in SCENARIOS {
            assert_eq!(scenario(seed, dist, nops), want, "scenario seed={seed} dist={dist} nops={nops}");
        }
    }

    fn fold(mut h: u64, s: &SetTable) -> u64 {
        h = mix(h, s.len() as u64);
        for k in s.iter() {
            h = mix(h, k);
        }
        h
    }

    #[test]
    fn big_sets() {
        let mut rng = Rng(77);
        let keys: Vec<(i64, u64)> = (0..160_000)
            .map(|_| {
                let k = rng.next() >> 1;
                (hash_int(k as i64), k)
            })
            .collect();
        let eq = &mut same;
        let mut s = SetTable::new();
        let mut h = 0;
        for (i, &(kh, k)) in keys.iter().enumerate() {
            s.insert(kh, k, &mut |x| x == k);
            if matches!(i, 49_999 | 50_000 | 65_535 | 157_284 | 157_285 | 157_286) {
                h = fold(h, &s);
            }
        }
        h = fold(h, &s);
        for &(kh, k) in keys.iter().step_by(3) {
            s.remove(kh, &mut |x| x == k);
        }
        h = fold(h, &s);
        s.difference_update_with_iter(keys.iter().skip(1).step_by(3).take(20_000).copied(), eq);
        h = fold(h, &s);
        for _ in 0..1000 {
            h = mix(h, s.pop().unwrap());
        }
        h = fold(h, &s);
        h = fold(h, &s.copy());
        let first = SetTable::from_keys(keys[..60_000].iter().copied(), eq);
        h = fold(h, &s.union(&first, eq));
        h = fold(h, &first.difference(&s, eq));
        let mut b = SetTable::from_keys(keys[..140_000].iter().copied(), eq);
        assert_eq!(b.table_size(), 1 << 18);
        h = fold(h, &b);
        b.difference_update_with_iter(keys[..70_000].iter().copied(), eq);
        assert_eq!(b.fill(), b.len()); // purged, with used > 50000: resize(used * 2)
        h = fold(h, &b);
        for &(kh, k) in [keys[0], (5, 5)].iter() {
            b.insert(kh, k, &mut |x| x == k);
        }
        h = fold(h, &b);
        assert_eq!(s.table_size(), 1 << 19);
        assert_eq!(h, BIG_CASE);
    }

    /// Replay cases: ops are (kind, hash, key); kinds: a=add d=discard p=pop c=clear s=snapshot.
    /// Expected snapshots come from CPython 3.11 (`list(s)`, or `[s.pop()]` for a pop).
    #[test]
    fn replay_shuffled_0_100() {
        let ops = "a33 a25 a99 a84 s a78 s a81 s a21 a93 a82 a1 a22 a0 a61 a73 a24 a49 a26 a44 s a76 s a79 s \
                  a47 a2 a51 a38 a14 a48 a10 a32 a16 a94 a65 a69 a42 a59 a88 a98 a66 a91 a57 a29 a20 a87 a34 \
                  a60 a31 a13 a63 a3 a56 a86 a45 a62 a58 a23 a92 a40 a36 a67 a71 a80 a43 a52 a35 a39 a75 a18 \
                  a96 a37 a17 a5 a90 a95 a97 a77 a28 a15 s a72 s a89 s a54 a70 a85 a30 a8 a53 a55 a11 a4 a27 \
                  a64 a7 a74 a46 a12 a68 a9 a6 a83 a50 a19 a41 s";
        let want = "33 99 84 25 | 33 99 78 84 25 | 33 99 78 81 84 25 | 0 33 1 99 73 44 78 81 82 61 84 21 22 49 \
                   24 25 26 93 | 0 1 21 22 24 25 26 33 44 49 61 73 76 78 81 82 84 93 99 | 0 1 21 22 24 25 26 \
                   33 44 49 61 73 76 78 79 81 82 84 93 99 | 0 1 2 3 5 10 13 14 15 16 17 18 20 21 22 23 24 25 \
                   26 28 29 31 32 33 34 35 36 37 38 39 40 42 43 44 45 47 48 49 51 52 56 57 58 59 60 61 62 63 \
                   65 66 67 69 71 73 75 76 77 78 79 80 81 82 84 86 87 88 90 91 92 93 94 95 96 97 98 99 | 0 1 \
                   2 3 5 10 13 14 15 16 17 18 20 21 22 23 24 25 26 28 29 31 32 33 34 35 36 37 38 39 40 42 43 \
                   44 45 47 48 49 51 52 56 57 58 59 60 61 62 63 65 66 67 69 71 72 73 75 76 77 78 79 80 81 82 \
                   84 86 87 88 90 91 92 93 94 95 96 97 98 99 | 0 1 2 3 5 10 13 14 15 16 17 18 20 21 22 23 24 \
                   25 26 28 29 31 32 33 34 35 36 37 38 39 40 42 43 44 45 47 48 49 51 52 56 57 58 59 60 61 62 \
                   63 65 66 67 69 71 72 73 75 76 77 78 79 80 81 82 84 86 87 88 89 90 91 92 93 94 95 96 97 98 \
                   99 | 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 \
                   32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 \
                   62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 \
                   92 93 94 95 96 97 98 99";
        check_replay(ops, want);
    }

    #[test]
    fn replay_negatives() {
        let ops = "a42 a-32 a-27 a-45 s a2 s a-2 s a11 a30 a-36 a1 a-13 a16 a41 a-47 a-8 a48 a37 a7 s a17 s \
                  a-56 s a21 a-4 a-6 a24 a6 a8 a-14 a-55 a51 a-20 a38 a-48 a-18 a40 a-30 a-54 a56 a-22 a12 \
                  a-35 a14 a4 a-57 a-17 a-19 a20 a-28 a39 a53 a-40 a50 a49 a-37 a57 a-34 a-51 a-60 a-42 a28 \
                  a58 a-23 a59 a46 a-59 a5 a15 a9 a-38 a23 a-41 a-31 a-12 a36 a-7 a34 a19 s a-5 s a-43 s \
                  a-25 a10 a-9 a44 a35 a-50 a32 a26 a-10 a-29 a-44 a43 a-33 a52 a3 a-46 a18 a-39 a-15 a-1 \
                  a-58 a-16 a54 a-11 a31 a-24 a-3 a45 a27 a13 a22 a-21 a55 a33 a-53 a60 a25 a29 a0 a-26 a-49 \
                  a47 a-52 s";
        let want = "-32 42 -45 -27 | -32 2 -27 42 -45 | -32 2 -27 42 -45 -2 | -32 1 2 -27 37 7 41 42 11 16 -47 \
                   48 -45 -13 30 -8 -36 -2 | 1 2 7 11 16 17 30 37 41 42 48 -47 -45 -36 -32 -27 -13 -8 -2 | 1 \
                   2 7 11 16 17 30 37 41 42 48 -56 -47 -45 -36 -32 -27 -13 -8 -2 | 1 2 4 5 6 7 8 9 11 12 14 \
                   15 16 17 19 20 21 23 24 28 30 34 36 37 38 39 40 41 42 46 48 49 50 51 53 56 57 58 59 -60 \
                   -59 -57 -56 -55 -54 -51 -48 -47 -45 -42 -41 -40 -38 -37 -36 -35 -34 -32 -31 -30 -28 -27 \
                   -23 -22 -20 -19 -18 -17 -14 -13 -12 -8 -7 -6 -4 -2 | 1 2 4 5 6 7 8 9 11 12 14 15 16 17 19 \
                   20 21 23 24 28 30 34 36 37 38 39 40 41 42 46 48 49 50 51 53 56 57 58 59 -60 -59 -57 -56 \
                   -55 -54 -51 -48 -47 -45 -42 -41 -40 -38 -37 -36 -35 -34 -32 -31 -30 -28 -27 -23 -22 -20 \
                   -19 -18 -17 -14 -13 -12 -8 -7 -6 -5 -4 -2 | 1 2 4 5 6 7 8 9 11 12 14 15 16 17 19 20 21 23 \
                   24 28 30 34 36 37 38 39 40 41 42 46 48 49 50 51 53 56 57 58 59 -60 -59 -57 -56 -55 -54 -51 \
                   -48 -47 -45 -43 -42 -41 -40 -38 -37 -36 -35 -34 -32 -31 -30 -28 -27 -23 -22 -20 -19 -18 \
                   -17 -14 -13 -12 -8 -7 -6 -5 -4 -2 | 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 \
                   21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 \
                   51 52 53 54 55 56 57 58 59 60 -3 -60 -59 -58 -57 -56 -55 -54 -53 -52 -51 -50 -49 -48 -47 \
                   -46 -45 -44 -43 -42 -41 -40 -39 -38 -37 -36 -35 -34 -33 -32 -31 -30 -29 -28 -27 -26 -25 \
                   -24 -23 -22 -21 -20 -19 -18 -17 -16 -15 -14 -13 -12 -11 -10 -9 -8 -7 -6 -5 -4 -1 -2";
        check_replay(ops, want);
    }

    #[test]
    fn replay_colliding_big_ints() {
        let ops = "a144 a4611686018427387904 a136 a-2305843009213693951 s a2305843009213693952 s a0 a2097152 \
                  a128 a88 a2305843009213693949 s a4611686018427387901 a18874368 a3145728 a4194304 a120 \
                  a8388608 a17825792 a0 a11534336 s a15728640 s a2305843009213693952 a48 a56 a12582912 \
                  a7340032 a64 a-9223372036854775807 a32 a72 a40 a2305843009213693950 a4611686018427387900 \
                  a9223372036854775807 a96 a14680064 a16 a6917529027641081853 a-6917529027641081853 \
                  a2305843009213693951 a-4611686018427387902 s a-4611686018427387904 a19922944 \
                  a4611686018427387903 a6917529027641081851 a112 a6917529027641081855 a1152921504606846983 \
                  a24 a6917529027641081852 a13631488 a1048576 a104 a10485760 a2305843009213693953 \
                  a6917529027641081854 a80 a16777216 a1099511627784 a8 a4611686018427387902 s a6291456 \
                  a9437184 a5242880 a152 a1099511627776 a4611686018427387904 a-9223372036854775808 s";
        let want = "144 -2305843009213693951 4611686018427387904 136 | -2305843009213693951 \
                   2305843009213693952 4611686018427387904 136 144 | -2305843009213693951 2305843009213693952 \
                   4611686018427387904 0 2097152 128 136 144 88 2305843009213693949 | -2305843009213693951 \
                   2305843009213693952 4611686018427387904 0 2097152 128 18874368 3145728 136 4194304 8388608 \
                   17825792 11534336 144 88 120 2305843009213693949 4611686018427387901 | \
                   -2305843009213693951 2305843009213693952 4611686018427387904 0 2097152 128 18874368 \
                   3145728 136 4194304 8388608 17825792 11534336 15728640 144 88 120 2305843009213693949 \
                   4611686018427387901 | -2305843009213693951 2305843009213693952 4611686018427387904 0 \
                   2097152 128 18874368 3145728 136 4194304 8388608 17825792 11534336 15728640 12582912 \
                   7340032 144 9223372036854775807 16 6917529027641081853 32 -6917529027641081853 \
                   2305843009213693951 -4611686018427387902 40 48 56 64 72 88 14680064 96 \
                   -9223372036854775807 4611686018427387900 2305843009213693950 120 2305843009213693949 \
                   4611686018427387901 | -2305843009213693951 2305843009213693952 4611686018427387904 0 \
                   2097152 128 18874368 3145728 136 4194304 8388608 17825792 11534336 15728640 12582912 \
                   7340032 144 9223372036854775807 16 6917529027641081855 2305843009213693953 24 \
                   4611686018427387902 6917529027641081853 32 -6917529027641081853 2305843009213693951 \
                   -4611686018427387902 4611686018427387903 1152921504606846983 6917529027641081854 16777216 \
                   40 1099511627784 8 48 56 13631488 64 1048576 72 80 88 14680064 96 10485760 104 112 \
                   -9223372036854775807 4611686018427387900 6917529027641081851 2305843009213693950 \
                   -4611686018427387904 120 6917529027641081852 2305843009213693949 4611686018427387901 \
                   19922944 | -2305843009213693951 2305843009213693952 4611686018427387904 0 2097152 128 \
                   18874368 3145728 136 4194304 8388608 17825792 11534336 15728640 12582912 7340032 144 \
                   9223372036854775807 16 6917529027641081855 2305843009213693953 24 152 4611686018427387902 \
                   1099511627776 6917529027641081853 32 -6917529027641081853 2305843009213693951 \
                   -4611686018427387902 4611686018427387903 1152921504606846983 6917529027641081854 16777216 \
                   40 1099511627784 8 48 56 13631488 64 1048576 9437184 5242880 72 80 88 14680064 96 10485760 \
                   6291456 104 112 -9223372036854775807 4611686018427387900 6917529027641081851 \
                   2305843009213693950 -4611686018427387904 120 6917529027641081852 -9223372036854775808 \
                   2305843009213693949 4611686018427387901 19922944";
        check_replay(ops, want);
    }

    #[test]
    fn replay_discard_then_readd() {
        let ops = "a0 a1 a2 a3 a4 a5 a6 a7 a8 a9 a10 a11 a12 a13 a14 a15 a16 a17 a18 a19 a20 a21 a22 a23 a24 \
                  a25 a26 a27 a28 a29 s d0 d2 d4 d6 d8 d10 d12 d14 d16 d18 d20 d22 d24 d26 d28 s a28 a26 a24 \
                  a22 a20 a18 a16 a14 a12 a10 a8 a6 a4 a2 a0 s a100 a101 a102 a103 a104 a105 a106 a107 a108 \
                  a109 a110 a111 a112 a113 a114 a115 a116 a117 a118 a119 a120 a121 a122 a123 a124 a125 a126 \
                  a127 a128 a129 s d100 d103 d106 d109 d112 d115 d118 d121 d124 d127 a0 a64 a128 a192 a256 \
                  a320 a384 a448 a512 a576 s s";
        let want = "0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 | 1 3 5 7 \
                   9 11 13 15 17 19 21 23 25 27 29 | 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 \
                   22 23 24 25 26 27 28 29 | 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 \
                   25 26 27 28 29 128 129 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 \
                   117 118 119 120 121 122 123 124 125 126 127 | 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 \
                   18 19 20 21 22 23 24 25 26 27 28 29 128 256 129 64 192 320 384 448 576 512 101 102 104 105 \
                   107 108 110 111 113 114 116 117 119 120 122 123 125 126 | 0 1 2 3 4 5 6 7 8 9 10 11 12 13 \
                   14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 128 256 129 64 192 320 384 448 576 512 101 \
                   102 104 105 107 108 110 111 113 114 116 117 119 120 122 123 125 126";
        check_replay(ops, want);
    }

    #[test]
    fn replay_pop_order() {
        let ops = "a9 a16 a3 a1 a38 a47 a6 a17 a19 a26 a34 a8 a37 a32 a10 a15 a18 a33 a20 a43 a4 a40 a31 a35 \
                  a2 a29 a28 a14 a36 a23 a25 a44 a48 a27 a11 a42 a49 a24 a7 a5 a22 a41 a46 a0 a45 a39 a30 \
                  a13 a21 a12 p p p p p p p p p p p p p p p p p p p p s a3 a1000 a7 a64 a65 p p p p p p p p \
                  p p p p p p p p p p p p p p p p p p p p p p p p p p p s";
        let want = "0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | \
                   20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 \
                   | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30 | 31 | 32 | 33 | 34 | 35 | 36 | 37 \
                   | 38 | 39 | 40 | 41 | 42 | 43 | 44 | 45 | 46 | 47 | 48 | 49 | 64 | 65 | 1000 | 7 | 3 | ";
        check_replay(ops, want);
    }

    #[test]
    fn replay_clear_keeps_finger() {
        let ops = "a0 a1 a2 a3 a4 a5 a6 a7 a8 a9 a10 a11 a12 a13 a14 a15 a16 a17 a18 a19 p p p c s a0 a1 a2 \
                  a3 a4 p p a9 a1 p p p p s";
        let want = "0 | 1 | 2 |  | 3 | 4 | 9 | 0 | 1 | 2 | ";
        check_replay(ops, want);
    }

    #[test]
    fn replay_dummy_reuse_last_seen() {
        let ops = "a0 a8 d0 a16 s c a0 a8 a16 d0 d16 a24 a7 s s";
        let want = "16 8 | 8 24 7 | 8 24 7";
        check_replay(ops, want);
    }

    #[test]
    fn replay_str_keys() {
        let ops = "as85 as10 as52 as114 s as40 s as81 as109 as87 as42 as54 as43 as76 as72 as99 as83 as14 as82 \
                  as36 as93 s as11 s as106 as59 as116 as9 as29 as6 as49 as73 as101 as21 as89 as55 as113 as25 \
                  as70 as26 as8 as47 as50 as62 as102 as107 as80 as46 as118 as34 as51 as88 as17 as44 as90 \
                  as96 as38 as115 as39 as20 as28 as4 as100 as63 as48 as1 as98 as57 as95 as12 as5 as35 as24 \
                  as31 as86 as13 as61 as78 as91 as110 as108 s as103 as71 as15 as79 as60 as18 as22 as92 as0 \
                  as77 as23 as56 as2 as65 as67 as19 as68 as104 as112 as119 as66 as74 as84 as58 as45 as94 as7 \
                  as16 as53 as69 as33 as41 as75 as97 as30 as64 as37 as117 as32 as3 as27 as111 as105 ds85 \
                  ds114 ds109 ds54 ds72 ds14 ds93 ds59 ds29 ds73 ds89 ds25 ds8 ds62 ds80 ds34 ds17 ds96 ds39 \
                  ds4 ds48 ds57 ds5 ds31 ds61 ds110 ds71 ds60 ds92 ds23 ds65 ds68 ds119 ds84 ds94 ds53 ds41 \
                  ds30 ds117 ds27 s as85 as81 as43 as14 as106 as6 as89 as26 as102 as34 as90 as20 as48 as12 \
                  as86 as110 as79 as0 as65 as112 as58 as53 as97 as32 p p p p p p p p p p s";
        let want = "s52 s114 s85 s10 | s10 s40 s85 s114 s52 | s14 s36 s83 s109 s54 s43 s93 s40 s85 s10 s82 s42 \
                   s76 s72 s87 s81 s99 s52 s114 | s14 s36 s83 s109 s54 s43 s93 s40 s85 s11 s10 s82 s42 s76 \
                   s72 s87 s81 s99 s52 s114 | s83 s17 s109 s54 s39 s1 s85 s20 s24 s47 s100 s90 s72 s87 s81 \
                   s48 s95 s44 s89 s36 s25 s106 s102 s21 s116 s34 s46 s93 s9 s63 s62 s11 s10 s51 s76 s88 s73 \
                   s99 s38 s118 s98 s28 s61 s14 s43 s26 s40 s5 s6 s55 s57 s4 s52 s110 s8 s101 s70 s78 s31 \
                   s113 s96 s80 s107 s59 s49 s82 s91 s42 s13 s86 s12 s35 s50 s115 s108 s114 s29 | s66 s83 s33 \
                   s2 s1 s20 s24 s47 s64 s103 s100 s90 s56 s79 s87 s81 s19 s74 s95 s44 s75 s36 s106 s102 s21 \
                   s116 s58 s46 s22 s45 s9 s63 s77 s11 s111 s10 s51 s37 s76 s88 s99 s38 s3 s118 s98 s28 s104 \
                   s43 s26 s40 s69 s112 s16 s6 s55 s7 s52 s18 s67 s101 s70 s78 s15 s113 s105 s0 s107 s49 s82 \
                   s91 s42 s13 s86 s12 s97 s32 s35 s50 s115 s108 | s66 | s83 | s33 | s2 | s65 | s1 | s85 | \
                   s20 | s24 | s47 | s64 s103 s100 s90 s56 s79 s87 s81 s19 s48 s74 s95 s44 s89 s75 s36 s106 \
                   s102 s21 s116 s34 s58 s46 s22 s45 s9 s63 s77 s11 s111 s10 s51 s37 s76 s88 s99 s38 s3 s118 \
                   s98 s28 s14 s104 s43 s26 s40 s69 s112 s16 s6 s55 s53 s7 s52 s110 s18 s67 s101 s70 s78 s15 \
                   s113 s105 s0 s107 s49 s82 s91 s42 s13 s86 s12 s97 s32 s35 s50 s115 s108";
        check_replay(ops, want);
    }

    #[test]
    fn replay_equal_hashes_distinct_keys() {
        let ops = "a-1 a-2 a2305843009213693951 a0 a2305843009213693952 a1 a4611686018427387901 a-3 s d-1 a-2 \
                  a-1 s p p s";
        let want = "2305843009213693951 0 2305843009213693952 1 -2 4611686018427387901 -3 -1 | \
                   2305843009213693951 0 2305843009213693952 1 -2 4611686018427387901 -3 -1 | \
                   2305843009213693951 | 0 | 2305843009213693952 1 -2 4611686018427387901 -3 -1";
        check_replay(ops, want);
    }

    #[test]
    fn replay_three_hundred() {
        let ops = "a-589494 a-252125 a-332004 a-806656 a514460 a-232542 a-959142 a-291206 a161927 a-38098 \
                  a-76293 a474615 a-962080 a-193972 a-304799 a85137 a308469 a-380388 a74291 a-865173 \
                  a-763337 a926335 a653317 a-520688 a837927 a-780262 a-823711 a-443072 a-429742 a-916978 \
                  a899807 a633676 a-619260 a-432834 a584978 a-728303 a719197 a-114469 a781714 a911373 \
                  a417619 a717523 a983909 a-457658 a-148666 a-686753 a125329 a927642 a79577 a196624 a37276 \
                  a468881 a-314130 a-812385 a-414764 a-879359 a676856 a443271 a-615500 a-108046 a877549 \
                  a-848137 a-436027 a967861 a-964702 a330516 a-814264 a681137 a-453584 a-824380 a275440 \
                  a795641 a-533577 a-860283 a-445407 a809370 a-744824 a-48368 a-975786 a-288748 a159859 \
                  a-123894 a943366 a919788 a-438258 a303806 a-728996 a-909392 a105020 a488006 a-499964 \
                  a967392 a-770464 a-661417 a-450766 a-894347 a-620110 a-576862 a955063 a-345705 a318418 \
                  a-360358 a113767 a592783 a-568257 a-391909 a-65327 a48761 a409615 a-626917 a-432674 \
                  a-272287 a685436 a-961910 a-474771 a-922512 a-967817 a-961342 a537380 a60433 a155633 \
                  a-602681 a78428 a-4355 a-484773 a960088 a-62457 a-777112 a380597 a717400 a363371 a-93658 \
                  a376800 a38093 a144848 a750312 a863793 a-175639 a62597 a-354533 a442298 a-548733 a-518565 \
                  a-281297 a-583455 a745431 a849537 a482110 a528497 a333740 a-706989 a-151288 a-271131 \
                  a-885939 a755291 a-727751 a-970105 a-851684 a311660 a553757 a845188 a-463981 a-96672 \
                  a-657648 a-883816 a-822823 a395083 a764268 a-201234 a825650 a61039 a406231 a-408744 \
                  a255729 a-492043 a452666 a-385412 a-905131 a-36458 a-611289 a-669630 a-435790 a-65039 \
                  a-992403 a-447940 a-236341 a-310192 a147296 a-321501 a-487359 a-927760 a850502 a-350831 \
                  a-543103 a-252190 a-616310 a-997759 a-296757 a-199671 a-824069 a-4601 a-415044 a54372 \
                  a375769 a-578515 a-479531 a58507 a627889 a-989618 a-809471 a-445999 a713466 a-811774 \
                  a-698293 a-162165 a230610 a-912619 a-173767 a-952827 a-371597 a-361953 a320513 a-511763 \
                  a-822827 a228057 a109790 a789389 a573997 a-674413 a378969 a872339 a501547 a644253 a843586 \
                  a251075 a-183125 a602877 a-316046 a511369 a36393 a-686554 a-404039 a518664 a297522 a348928 \
                  a-696433 a-908170 a729850 a751729 a499486 a870538 a75799 a315610 a-99809 a538999 a470215 \
                  a703346 a60196 a-707851 a908172 a98398 a578876 a57742 a192187 a750991 a704786 a687531 \
                  a-966279 a733105 a439635 a224865 a673458 a872399 a491465 a432135 a454010 a348237 a-517780 \
                  a-821550 a-934652 a-912209 a-720884 a336137 a-243542 a-779975 a-210175 a752844 a-53375 \
                  a171316 a-893506 a316523 a-960489 a313292 a114518 a427456 a-487122 a26124 a-446787 \
                  a-993050 a-41710 s d-589494 d-332004 d514460 d-959142 d161927 d-76293 d-962080 d-304799 \
                  d308469 d74291 d-763337 d653317 d837927 d-823711 d-429742 d899807 d-619260 d584978 d719197 \
                  d781714 d417619 d983909 d-148666 d125329 d79577 d37276 d-314130 d-414764 d676856 d-615500 \
                  d877549 d-436027 d-964702 d-814264 d-453584 d275440 d-533577 d-445407 d-744824 d-975786 \
                  d159859 d943366 d-438258 d-728996 d105020 d-499964 d-770464 d-450766 d-620110 d955063 \
                  d318418 d113767 d-568257 d-65327 d409615 d-432674 d685436 d-474771 d-967817 d537380 \
                  d155633 d78428 d-484773 d-62457 d380597 d363371 d376800 d144848 d863793 d62597 d442298 \
                  d-518565 d-583455 d849537 d528497 d-706989 d-271131 d755291 d-970105 d311660 d845188 \
                  d-96672 d-883816 d395083 d-201234 d61039 d-408744 d-492043 d-385412 d-36458 d-669630 \
                  d-65039 d-447940 d-310192 d-321501 d-927760 d-350831 d-252190 d-997759 d-199671 d-4601 \
                  d54372 d-578515 d58507 d-989618 d-445999 d-811774 d-162165 d-912619 d-952827 d-361953 \
                  d-511763 d228057 d789389 d-674413 d872339 d644253 d251075 d602877 d511369 d-686554 d518664 \
                  d348928 d-908170 d751729 d870538 d315610 d538999 d703346 d-707851 d98398 d57742 d750991 \
                  d687531 d733105 d224865 d872399 d432135 d348237 d-821550 d-912209 d336137 d-779975 d752844 \
                  d171316 d316523 d313292 d427456 d26124 d-993050 s a-589494 a-291206 a-304799 a926335 \
                  a-429742 a-728303 a983909 a196624 a676856 a967861 a275440 a-48368 a-438258 a967392 a955063 \
                  a-391909 a685436 a60433 a-62457 a38093 a442298 a482110 a755291 a-463981 a-201234 a452666 \
                  a-65039 a-487359 a-997759 a375769 a-445999 a-173767 a228057 a501547 a511369 a-696433 \
                  a315610 a908172 a687531 a491465 a-912209 a-53375 a427456 p p p p p p p p p p p p p p p p p \
                  p p p p p p p p p p p p p s s";
        let want = "378969 -809471 320513 653317 -952827 -62457 -4601 -199671 -123894 518664 432135 911373 \
                   -916978 -438258 -520688 196624 409615 60433 -288748 -720884 75799 -960489 -780262 -380388 \
                   -361953 -99809 -445407 -321501 -93658 -611289 -686554 36393 -578515 573997 -453584 863793 \
                   297522 74291 -763337 452666 105020 -447940 -568257 -487359 -669630 -457658 488006 850502 \
                   -698293 -193972 348237 -989618 -310192 -706989 -905131 -975786 -661417 960088 717400 \
                   -360358 -484773 -728996 78428 -518565 755291 -770464 -823711 -272287 -96672 54372 872339 \
                   98398 113767 -777112 224865 -865173 316523 61039 -922512 528497 751729 159859 -371597 \
                   -894347 -908170 48761 -291206 -385412 926335 849537 -543103 -548733 -997759 62597 161927 \
                   -744824 -970105 -961910 -616310 58507 -162165 870538 85137 644253 -812385 -576862 -243542 \
                   -183125 -912209 681137 627889 673458 967861 380597 955063 192187 -415044 -446787 303806 \
                   -961342 251075 -436027 470215 -236341 -296757 38093 752844 -65327 230610 717523 -821550 \
                   -479531 406231 79577 228057 -114469 315610 109790 899807 967392 -583455 -252190 -271131 \
                   -993050 750312 919788 -511763 -314130 255729 308469 -707851 -848137 713466 -824069 729850 \
                   -4355 602877 -806656 -879359 -811774 348928 -619260 -499964 943366 -934652 -151288 336137 \
                   -210175 -48368 -728303 584978 -657648 330516 -912619 704786 -41710 -391909 -332004 -626917 \
                   -354533 -851684 553757 499486 -252125 537380 60196 837927 501547 -38098 -281297 -487122 \
                   -450766 825650 171316 -727751 -173767 -779975 578876 -432834 482110 -443072 843586 -148666 \
                   -814264 -589494 395083 633676 -885939 -429742 417619 439635 114518 -408744 -959142 719197 \
                   -686753 147296 -304799 983909 363371 311660 -474771 764268 -992403 -517780 26124 -316046 \
                   703346 -967817 538999 750991 -966279 454010 685436 -53375 845188 -860283 443271 511369 \
                   908172 789389 57742 592783 -696433 125329 781714 468881 -463981 -350831 -36458 -345705 \
                   -883816 -674413 927642 809370 514460 37276 -232542 -964702 687531 333740 -909392 733105 \
                   -620110 -435790 -615500 -533577 -404039 442298 -893506 427456 -824380 -602681 491465 \
                   313292 872399 144848 -445999 318418 -414764 -822827 745431 -822823 375769 -432674 -962080 \
                   376800 -175639 877549 -201234 275440 155633 -108046 -65039 -927760 -492043 474615 676856 \
                   795641 -76293 | 378969 -809471 320513 -123894 911373 -916978 -520688 196624 60433 -288748 \
                   -720884 75799 -960489 -780262 -380388 -99809 -93658 -611289 36393 573997 297522 452666 \
                   -487359 -457658 488006 850502 -698293 -193972 -905131 -661417 960088 717400 -360358 \
                   -272287 -777112 -865173 -922512 -371597 -894347 48761 -291206 926335 -543103 -548733 \
                   -961910 -616310 85137 -812385 -576862 -243542 -183125 681137 627889 673458 967861 192187 \
                   -415044 -446787 303806 -961342 470215 -236341 -296757 38093 230610 717523 -479531 406231 \
                   -114469 109790 967392 750312 919788 255729 -848137 713466 -824069 729850 -4355 -806656 \
                   -879359 -934652 -151288 -210175 -48368 -728303 -657648 330516 704786 -41710 -391909 \
                   -626917 -354533 -851684 553757 499486 -252125 60196 501547 -38098 -281297 -487122 825650 \
                   -727751 -173767 578876 -432834 482110 -443072 843586 633676 -885939 439635 114518 -686753 \
                   147296 764268 -992403 -517780 -316046 -966279 454010 -53375 -860283 443271 908172 592783 \
                   -696433 468881 -463981 -345705 927642 809370 -232542 333740 -909392 -435790 -404039 \
                   -893506 -824380 -602681 491465 -822827 745431 -822823 375769 -175639 -108046 474615 795641 \
                   | 378969 | -809471 | 320513 | -123894 | 911373 | -916978 | -520688 | 196624 | -438258 | \
                   60433 | -288748 | -720884 | 75799 | -960489 | -780262 | -380388 | -99809 | -93658 | \
                   -611289 | 36393 | 573997 | 297522 | 452666 | -487359 | -457658 | 488006 | 850502 | -698293 \
                   | -193972 | -905131 | -661417 960088 717400 -360358 -272287 755291 -777112 -865173 -922512 \
                   -371597 -894347 48761 -291206 926335 -543103 -548733 -997759 -62457 -961910 -616310 85137 \
                   -812385 -576862 -243542 -183125 -912209 681137 627889 673458 967861 955063 192187 -415044 \
                   -446787 303806 -961342 470215 -236341 -296757 38093 230610 717523 -479531 406231 315610 \
                   -114469 228057 109790 967392 750312 919788 255729 -848137 713466 -824069 729850 -4355 \
                   -806656 -879359 -934652 -151288 -210175 -48368 -728303 -657648 330516 704786 -41710 \
                   -391909 -626917 -354533 -851684 553757 499486 -252125 60196 501547 -38098 -281297 -487122 \
                   825650 -727751 -173767 578876 -432834 482110 -443072 843586 -589494 633676 -885939 -429742 \
                   439635 114518 -686753 147296 -304799 983909 764268 -992403 -517780 -316046 -966279 454010 \
                   685436 -53375 -860283 443271 511369 908172 592783 -696433 468881 -463981 -345705 927642 \
                   809370 -232542 687531 333740 -909392 -435790 -404039 442298 -893506 427456 -824380 -602681 \
                   491465 -445999 -822827 745431 -822823 375769 -175639 -201234 -108046 -65039 275440 474615 \
                   676856 795641 | -661417 960088 717400 -360358 -272287 755291 -777112 -865173 -922512 \
                   -371597 -894347 48761 -291206 926335 -543103 -548733 -997759 -62457 -961910 -616310 85137 \
                   -812385 -576862 -243542 -183125 -912209 681137 627889 673458 967861 955063 192187 -415044 \
                   -446787 303806 -961342 470215 -236341 -296757 38093 230610 717523 -479531 406231 315610 \
                   -114469 228057 109790 967392 750312 919788 255729 -848137 713466 -824069 729850 -4355 \
                   -806656 -879359 -934652 -151288 -210175 -48368 -728303 -657648 330516 704786 -41710 \
                   -391909 -626917 -354533 -851684 553757 499486 -252125 60196 501547 -38098 -281297 -487122 \
                   825650 -727751 -173767 578876 -432834 482110 -443072 843586 -589494 633676 -885939 -429742 \
                   439635 114518 -686753 147296 -304799 983909 764268 -992403 -517780 -316046 -966279 454010 \
                   685436 -53375 -860283 443271 511369 908172 592783 -696433 468881 -463981 -345705 927642 \
                   809370 -232542 687531 333740 -909392 -435790 -404039 442298 -893506 427456 -824380 -602681 \
                   491465 -445999 -822827 745431 -822823 375769 -175639 -201234 -108046 -65039 275440 474615 \
                   676856 795641";
        check_replay(ops, want);
    }

    /// Compound operations on explicit pairs against CPython 3.11.
    #[test]
    fn pair_small_overlap() {
        let la = "1 2 3 4";
        let lb = "3 4 5 6";
        let dels = "1";
        let want = &[
            ("or", "2 3 4 5 6"),
            ("and", "3 4"),
            ("sub", "2"),
            ("rsub", "5 6"),
            ("xor", "2 5 6"),
            ("copy", "2 3 4"),
            ("set_of", "2 3 4"),
            ("or_self", "2 3 4"),
            ("and_self", "2 3 4"),
            ("xor_self_then_add", "1 2 3 4"),
            ("ior", "2 3 4 5 6"),
            ("iand", "3 4"),
            ("isub", "2"),
            ("ixor", "2 5 6"),
            ("update_list", "2 3 4 5 6"),
            ("from_dict", "1 2 3 4 5 6"),
            ("update_dict", "2 3 4 5 6"),
            ("inter_list", "3 4"),
            ("diff_list", "2"),
            ("sdu_list", "2 5 6"),
            ("union_list", "2 3 4 5 6"),
            ("du_list", "2"),
        ];
        check_pair(la, lb, dels, want);
    }

    #[test]
    fn pair_equal_content() {
        let la = "0 1 2 3 4";
        let lb = "4 3 2 1 0";
        let dels = "0 4";
        let want = &[
            ("or", "0 1 2 3 4"),
            ("and", "1 2 3"),
            ("sub", ""),
            ("rsub", "0 4"),
            ("xor", "0 4"),
            ("copy", "1 2 3"),
            ("set_of", "1 2 3"),
            ("or_self", "1 2 3"),
            ("and_self", "1 2 3"),
            ("xor_self_then_add", "0 1 2 3 4"),
            ("ior", "0 1 2 3 4"),
            ("iand", "1 2 3"),
            ("isub", ""),
            ("ixor", "0 4"),
            ("update_list", "0 1 2 3 4"),
            ("from_dict", "0 1 2 3 4"),
            ("update_dict", "0 1 2 3 4"),
            ("inter_list", "1 2 3"),
            ("diff_list", ""),
            ("sdu_list", "0 4"),
            ("union_list", "0 1 2 3 4"),
            ("du_list", ""),
        ];
        check_pair(la, lb, dels, want);
    }

    #[test]
    fn pair_disjoint() {
        let la = "0 1 2 3 4 5 6 7 8 9";
        let lb = "100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 119";
        let dels = "0 4 8";
        let want = &[
            (
                "or",
                "1 2 3 5 6 7 9 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 \
             119",
            ),
            ("and", ""),
            ("sub", "1 2 3 5 6 7 9"),
            ("rsub", "100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 119"),
            (
                "xor",
                "1 2 3 5 6 7 9 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 \
             119",
            ),
            ("copy", "1 2 3 5 6 7 9"),
            ("set_of", "1 2 3 5 6 7 9"),
            ("or_self", "1 2 3 5 6 7 9"),
            ("and_self", "1 2 3 5 6 7 9"),
            ("xor_self_then_add", "0 1 2 3 4"),
            (
                "ior",
                "1 2 3 5 6 7 9 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 \
             119",
            ),
            ("iand", ""),
            ("isub", "1 2 3 5 6 7 9"),
            (
                "ixor",
                "1 2 3 5 6 7 9 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 \
             119",
            ),
            (
                "update_list",
                "1 2 3 5 6 7 9 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 \
             119",
            ),
            (
                "from_dict",
                "0 1 2 3 4 5 6 7 8 9 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 \
             117 118 119",
            ),
            (
                "update_dict",
                "1 2 3 5 6 7 9 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 \
             119",
            ),
            ("inter_list", ""),
            ("diff_list", "1 2 3 5 6 7 9"),
            (
                "sdu_list",
                "1 2 3 5 6 7 9 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 \
             119",
            ),
            (
                "union_list",
                "1 2 3 5 6 7 9 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 \
             119",
            ),
            ("du_list", "1 2 3 5 6 7 9"),
        ];
        check_pair(la, lb, dels, want);
    }

    #[test]
    fn pair_subset() {
        let la = "0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 \
                 33 34 35 36 37 38 39";
        let lb = "5 9 33";
        let dels = "0 4 8 12 16 20 24 28 32 36";
        let want = &[
            ("or", "1 2 3 5 6 7 9 10 11 13 14 15 17 18 19 21 22 23 25 26 27 29 30 31 33 34 35 37 38 39"),
            ("and", "9 5 33"),
            ("sub", "1 2 3 6 7 10 11 13 14 15 17 18 19 21 22 23 25 26 27 29 30 31 34 35 37 38 39"),
            ("rsub", ""),
            ("xor", "1 2 3 6 7 10 11 13 14 15 17 18 19 21 22 23 25 26 27 29 30 31 34 35 37 38 39"),
            ("copy", "1 2 3 5 6 7 9 10 11 13 14 15 17 18 19 21 22 23 25 26 27 29 30 31 33 34 35 37 38 39"),
            ("set_of", "1 2 3 5 6 7 9 10 11 13 14 15 17 18 19 21 22 23 25 26 27 29 30 31 33 34 35 37 38 39"),
            ("or_self", "1 2 3 5 6 7 9 10 11 13 14 15 17 18 19 21 22 23 25 26 27 29 30 31 33 34 35 37 38 39"),
            ("and_self", "1 2 3 5 6 7 9 10 11 13 14 15 17 18 19 21 22 23 25 26 27 29 30 31 33 34 35 37 38 39"),
            ("xor_self_then_add", "0 2 1 3 4"),
            ("ior", "1 2 3 5 6 7 9 10 11 13 14 15 17 18 19 21 22 23 25 26 27 29 30 31 33 34 35 37 38 39"),
            ("iand", "9 5 33"),
            ("isub", "1 2 3 6 7 10 11 13 14 15 17 18 19 21 22 23 25 26 27 29 30 31 34 35 37 38 39"),
            ("ixor", "1 2 3 6 7 10 11 13 14 15 17 18 19 21 22 23 25 26 27 29 30 31 34 35 37 38 39"),
            ("update_list", "1 2 3 5 6 7 9 10 11 13 14 15 17 18 19 21 22 23 25 26 27 29 30 31 33 34 35 37 38 39"),
            (
                "from_dict",
                "0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 \
             33 34 35 36 37 38 39",
            ),
            ("update_dict", "1 2 3 5 6 7 9 10 11 13 14 15 17 18 19 21 22 23 25 26 27 29 30 31 33 34 35 37 38 39"),
            ("inter_list", "9 5 33"),
            ("diff_list", "1 2 3 6 7 10 11 13 14 15 17 18 19 21 22 23 25 26 27 29 30 31 34 35 37 38 39"),
            ("sdu_list", "1 2 3 6 7 10 11 13 14 15 17 18 19 21 22 23 25 26 27 29 30 31 34 35 37 38 39"),
            ("union_list", "1 2 3 5 6 7 9 10 11 13 14 15 17 18 19 21 22 23 25 26 27 29 30 31 33 34 35 37 38 39"),
            ("du_list", "1 2 3 6 7 10 11 13 14 15 17 18 19 21 22 23 25 26 27 29 30 31 34 35 37 38 39"),
        ];
        check_pair(la, lb, dels, want);
    }

    #[test]
    fn pair_big_vs_small() {
        let la = "413 389 204 613 183 235 254 136 778 88 257 746 392 543 700 717 551 91 960 638 501 204 431 \
                 739 627 602 221 811 923 807 382 842 397 882 698 217 155 472 676 183 870 580 346 84 969 733 \
                 541 693 793 89 480 323 412 43 275 571 7 435 208 371 955 547 82 473 531 921 202 620 473 52 \
                 366 132 221 975 942 732 164 765 810 452 609 947 181 966 515 676 180 37 112 23 175 485 700 \
                 839 429 83 959 435 647 88 146 317 632 5 390 337 139 535 415 205 921 806 997 56 655 216 453 \
                 263 558 413";
        let lb = "844 782 129 362 963 711 487";
        let dels = "413 183 778 392 551 501 627 923 397 155 870 969 793 412 7 955 531 473 221 164 609 515 112 \
                   700 959 146 390 415 997 453";
        let want = &[
            (
                "or",
                "257 5 263 782 275 23 535 541 543 547 37 806 807 810 43 811 558 52 56 571 317 323 580 839 \
             842 844 337 82 83 84 88 89 602 91 346 613 362 620 366 882 371 632 638 382 129 132 389 647 \
             136 139 655 921 676 429 942 175 431 435 180 693 181 947 698 960 963 452 966 711 202 204 \
             717 205 975 208 216 217 472 732 733 480 739 485 487 746 235 765 254",
            ),
            ("and", ""),
            (
                "sub",
                "257 5 263 275 23 535 541 543 547 37 806 807 810 43 811 558 52 56 571 317 323 580 839 842 \
             337 82 83 84 88 89 602 91 346 613 620 366 882 371 632 638 382 132 389 647 136 139 655 921 \
             676 429 942 175 431 435 180 693 181 947 698 960 452 966 202 204 717 205 975 208 216 217 \
             472 732 733 480 739 485 746 235 765 254",
            ),
            ("rsub", "129 963 487 711 362 844 782"),
            (
                "xor",
                "257 5 263 782 275 23 535 541 543 547 37 806 807 810 43 811 558 52 56 571 317 323 580 839 \
             842 844 337 82 83 84 88 89 602 91 346 613 362 620 366 882 371 632 638 382 129 132 389 647 \
             136 139 655 921 676 429 942 175 431 435 180 693 181 947 698 960 963 452 966 711 202 204 \
             717 205 975 208 216 217 472 732 733 480 739 485 487 746 235 765 254",
            ),
            (
                "copy",
                "257 5 263 275 23 535 541 543 547 37 806 807 810 43 811 558 52 56 571 317 323 580 839 842 \
             337 82 83 84 88 89 602 91 346 613 620 366 882 371 632 638 382 132 389 647 136 139 655 921 \
             676 429 942 175 431 435 180 693 181 947 698 960 452 966 202 204 717 205 975 208 216 217 \
             472 732 733 480 739 485 746 235 765 254",
            ),
            (
                "set_of",
                "257 5 263 275 23 535 541 543 547 37 806 807 810 43 811 558 52 56 571 317 323 580 839 842 \
             337 82 83 84 88 89 602 91 346 613 620 366 882 371 632 638 382 132 389 647 136 139 655 921 \
             676 429 942 175 431 435 180 693 181 947 698 960 452 966 202 204 717 205 975 208 216 217 \
             472 732 733 480 739 485 746 235 765 254",
            ),
            (
                "or_self",
                "257 5 263 275 23 535 541 543 547 37 806 807 810 43 811 558 52 56 571 317 323 580 839 842 \
             337 82 83 84 88 89 602 91 346 613 620 366 882 371 632 638 382 132 389 647 136 139 655 921 \
             676 429 942 175 431 435 180 693 181 947 698 960 452 966 202 204 717 205 975 208 216 217 \
             472 732 733 480 739 485 746 235 765 254",
            ),
            (
                "and_self",
                "257 5 263 275 23 535 541 543 547 37 806 807 810 43 811 558 52 56 571 317 323 580 839 842 \
             337 82 83 84 88 89 602 91 346 613 620 366 882 371 632 638 382 132 389 647 136 139 655 921 \
             676 429 942 175 431 435 180 693 181 947 698 960 452 966 202 204 717 205 975 208 216 217 \
             472 732 733 480 739 485 746 235 765 254",
            ),
            ("xor_self_then_add", "613 389 413 183 204"),
            (
                "ior",
                "257 5 263 782 275 23 535 541 543 547 37 806 807 810 43 811 558 52 56 571 317 323 580 839 \
             842 844 337 82 83 84 88 89 602 91 346 613 362 620 366 882 371 632 638 382 129 132 389 647 \
             136 139 655 921 676 429 942 175 431 435 180 693 181 947 698 960 963 452 966 711 202 204 \
             717 205 975 208 216 217 472 732 733 480 739 485 487 746 235 765 254",
            ),
            ("iand", ""),
            (
                "isub",
                "257 5 263 275 23 535 541 543 547 37 806 807 810 43 811 558 52 56 571 317 323 580 839 842 \
             337 82 83 84 88 89 602 91 346 613 620 366 882 371 632 638 382 132 389 647 136 139 655 921 \
             676 429 942 175 431 435 180 693 181 947 698 960 452 966 202 204 717 205 975 208 216 217 \
             472 732 733 480 739 485 746 235 765 254",
            ),
            (
                "ixor",
                "257 5 263 782 275 23 535 541 543 547 37 806 807 810 43 811 558 52 56 571 317 323 580 839 \
             842 844 337 82 83 84 88 89 602 91 346 613 362 620 366 882 371 632 638 382 129 132 389 647 \
             136 139 655 921 676 429 942 175 431 435 180 693 181 947 698 960 963 452 966 711 202 204 \
             717 205 975 208 216 217 472 732 733 480 739 485 487 746 235 765 254",
            ),
            (
                "update_list",
                "257 5 263 782 275 23 535 541 543 547 37 806 807 810 43 811 558 52 56 571 317 323 580 839 \
             842 844 337 82 83 84 88 89 602 91 346 613 362 620 366 882 371 632 638 382 129 132 389 647 \
             136 139 655 921 676 429 942 175 431 435 180 693 181 947 698 960 963 452 966 711 202 204 \
             717 205 975 208 216 217 472 732 733 480 739 485 487 746 235 765 254",
            ),
            (
                "from_dict",
                "257 515 5 7 263 778 782 275 531 23 535 793 541 543 547 37 806 551 807 810 811 43 558 52 56 \
             571 317 323 580 839 842 844 337 82 83 84 88 89 602 91 346 609 613 870 362 620 366 112 882 \
             627 371 632 638 382 129 132 389 390 647 136 392 139 397 655 146 921 923 155 413 412 415 \
             676 164 429 942 431 175 435 947 693 181 183 180 698 955 700 959 960 963 452 453 966 711 \
             969 202 204 717 205 975 208 472 217 473 216 732 221 733 480 739 485 997 487 746 235 501 \
             765 254",
            ),
            (
                "update_dict",
                "257 5 263 782 275 23 535 541 543 547 37 806 807 810 43 811 558 52 56 571 317 323 580 839 \
             842 844 337 82 83 84 88 89 602 91 346 613 362 620 366 882 371 632 638 382 129 132 389 647 \
             136 139 655 921 676 429 942 175 431 435 180 693 181 947 698 960 963 452 966 711 202 204 \
             717 205 975 208 216 217 472 732 733 480 739 485 487 746 235 765 254",
            ),
            ("inter_list", ""),
            (
                "diff_list",
                "257 5 263 275 23 535 541 543 547 37 806 807 810 43 811 558 52 56 571 317 323 580 839 842 \
             337 82 83 84 88 89 602 91 346 613 620 366 882 371 632 638 382 132 389 647 136 139 655 921 \
             676 429 942 175 431 435 180 693 181 947 698 960 452 966 202 204 717 205 975 208 216 217 \
             472 732 733 480 739 485 746 235 765 254",
            ),
            (
                "sdu_list",
                "257 5 263 782 275 23 535 541 543 547 37 806 807 810 43 811 558 52 56 571 317 323 580 839 \
             842 844 337 82 83 84 88 89 602 91 346 613 362 620 366 882 371 632 638 382 129 132 389 647 \
             136 139 655 921 676 429 942 175 431 435 180 693 181 947 698 960 963 452 966 711 202 204 \
             717 205 975 208 216 217 472 732 733 480 739 485 487 746 235 765 254",
            ),
            (
                "union_list",
                "257 5 263 782 275 23 535 541 543 547 37 806 807 810 43 811 558 52 56 571 317 323 580 839 \
             842 844 337 82 83 84 88 89 602 91 346 613 362 620 366 882 371 632 638 382 129 132 389 647 \
             136 139 655 921 676 429 942 175 431 435 180 693 181 947 698 960 963 452 966 711 202 204 \
             717 205 975 208 216 217 472 732 733 480 739 485 487 746 235 765 254",
            ),
            (
                "du_list",
                "257 5 263 275 23 535 541 543 547 37 806 807 810 43 811 558 52 56 571 317 323 580 839 842 \
             337 82 83 84 88 89 602 91 346 613 620 366 882 371 632 638 382 132 389 647 136 139 655 921 \
             676 429 942 175 431 435 180 693 181 947 698 960 452 966 202 204 717 205 975 208 216 217 \
             472 732 733 480 739 485 746 235 765 254",
            ),
        ];
        check_pair(la, lb, dels, want);
    }

    #[test]
    fn pair_small_vs_big() {
        let la = "28 67 77 209 63 49 60 73 151";
        let lb = "89 90 209 74 106 287 163 255 119 131 60 185 95 37 256 147 5 299 24 172 110 193 204 172 204 \
                 197 212 189 273 47 92 19 190 204 227 117 159 115 159 54 160 111 127 196 151 224 41 224 215 \
                 131 35 257 150 164 244 273 65 131 220 148 209 81 144 194 225 99 194 172 101 176 2 181 151 \
                 98 87 133 213 118 209 176 204 1 57 256 272 103 0 267 158 85 261 227 105 135 213 239 286 \
                 271 147 102 10 53 157 38 297 16 29 213 153 189 285 294 151 99 51 202 204 88 135 235 168 65 \
                 66 228 199 214 287 91 184 128 106 140 237 293 195 94 245 293 243 86 38 272 122 235 267 7 \
                 58 168 252 36";
        let dels = "28 63 151";
        let want = &[
            (
                "or",
                "0 1 2 256 257 5 261 7 10 267 271 16 272 273 19 24 29 285 286 287 35 36 37 38 293 294 41 \
             297 299 47 49 51 53 54 57 58 60 65 66 67 73 74 77 81 85 86 87 88 89 90 91 92 94 95 98 99 \
             101 102 103 105 106 110 111 115 117 118 119 122 127 128 131 133 135 140 144 147 148 150 \
             151 153 157 158 159 160 163 164 168 172 176 181 184 185 189 190 193 194 195 196 197 199 \
             202 204 209 212 213 214 215 220 224 225 227 228 235 237 239 243 244 245 252 255",
            ),
            ("and", "209 60"),
            ("sub", "73 67 77 49"),
            (
                "rsub",
                "0 1 2 256 257 5 261 7 10 267 271 16 272 273 19 24 29 285 286 287 35 36 37 38 293 294 41 \
             297 299 47 51 53 54 57 58 65 66 74 81 85 86 87 88 89 90 91 92 94 95 98 99 101 102 103 105 \
             106 110 111 115 117 118 119 122 127 128 131 133 135 140 144 147 148 150 151 153 157 158 \
             159 160 163 164 168 172 176 181 184 185 189 190 193 194 195 196 197 199 202 204 212 213 \
             214 215 220 224 225 227 228 235 237 239 243 244 245 252 255",
            ),
            (
                "xor",
                "0 1 2 256 257 5 261 7 10 267 271 16 272 273 19 24 29 285 286 287 35 36 37 38 293 294 41 \
             297 299 47 49 51 53 54 57 58 65 66 67 73 74 77 81 85 86 87 88 89 90 91 92 94 95 98 99 101 \
             102 103 105 106 110 111 115 117 118 119 122 127 128 131 133 135 140 144 147 148 150 151 \
             153 157 158 159 160 163 164 168 172 176 181 184 185 189 190 193 194 195 196 197 199 202 \
             204 212 213 214 215 220 224 225 227 228 235 237 239 243 244 245 252 255",
            ),
            ("copy", "209 49 67 73 60 77"),
            ("set_of", "209 49 67 73 60 77"),
            ("or_self", "209 49 67 73 60 77"),
            ("and_self", "209 49 67 73 60 77"),
            ("xor_self_then_add", "209 28 67 77 63"),
            (
                "ior",
                "0 1 2 256 257 5 261 7 10 267 271 16 272 273 19 24 29 285 286 287 35 36 37 38 293 294 41 \
             297 299 47 49 51 53 54 57 58 60 65 66 67 73 74 77 81 85 86 87 88 89 90 91 92 94 95 98 99 \
             101 102 103 105 106 110 111 115 117 118 119 122 127 128 131 133 135 140 144 147 148 150 \
             151 153 157 158 159 160 163 164 168 172 176 181 184 185 189 190 193 194 195 196 197 199 \
             202 204 209 212 213 214 215 220 224 225 227 228 235 237 239 243 244 245 252 255",
            ),
            ("iand", "209 60"),
            ("isub", "49 67 73 77"),
            (
                "ixor",
                "0 1 2 256 257 5 261 7 10 267 271 16 272 273 19 24 29 285 286 287 35 36 37 38 293 294 41 \
             297 299 47 49 51 53 54 57 58 65 66 67 73 74 77 81 85 86 87 88 89 90 91 92 94 95 98 99 101 \
             102 103 105 106 110 111 115 117 118 119 122 127 128 131 133 135 140 144 147 148 150 151 \
             153 157 158 159 160 163 164 168 172 176 181 184 185 189 190 193 194 195 196 197 199 202 \
             204 212 213 214 215 220 224 225 227 228 235 237 239 243 244 245 252 255",
            ),
            (
                "update_list",
                "256 257 2 1 0 5 261 7 10 267 271 272 273 16 19 24 29 286 287 285 35 36 37 38 294 293 41 \
             297 299 47 49 51 53 54 57 58 60 65 66 67 73 74 77 81 85 86 87 88 89 90 91 92 94 95 98 99 \
             101 102 103 105 106 110 111 115 117 118 119 122 127 128 131 133 135 140 144 147 148 150 \
             151 153 157 158 159 160 163 164 168 172 176 181 184 185 189 190 193 194 195 196 197 199 \
             202 204 209 212 213 214 215 220 224 225 227 228 235 237 239 243 244 245 252 255",
            ),
            (
                "from_dict",
                "256 257 2 1 0 5 261 7 10 267 271 272 273 16 19 24 28 29 286 287 285 35 36 37 38 294 293 41 \
             297 299 47 49 51 53 54 57 58 60 63 65 66 67 73 74 77 81 85 86 87 88 89 90 91 92 94 95 98 \
             99 101 102 103 105 106 110 111 115 117 118 119 122 127 128 131 133 135 140 144 147 148 150 \
             151 153 157 158 159 160 163 164 168 172 176 181 184 185 189 190 193 194 195 196 197 199 \
             202 204 209 212 213 214 215 220 224 225 227 228 235 237 239 243 244 245 252 255",
            ),
            (
                "update_dict",
                "256 257 2 1 0 5 261 7 10 267 271 272 273 16 19 24 29 286 287 285 35 36 37 38 294 293 41 \
             297 299 47 49 51 53 54 57 58 60 65 66 67 73 74 77 81 85 86 87 88 89 90 91 92 94 95 98 99 \
             101 102 103 105 106 110 111 115 117 118 119 122 127 128 131 133 135 140 144 147 148 150 \
             151 153 157 158 159 160 163 164 168 172 176 181 184 185 189 190 193 194 195 196 197 199 \
             202 204 209 212 213 214 215 220 224 225 227 228 235 237 239 243 244 245 252 255",
            ),
            ("inter_list", "209 60"),
            ("diff_list", "49 67 73 77"),
            (
                "sdu_list",
                "0 1 2 256 257 5 261 7 10 267 271 16 272 273 19 24 29 285 286 287 35 36 37 38 293 294 41 \
             297 299 47 49 51 53 54 57 58 65 66 67 73 74 77 81 85 86 87 88 89 90 91 92 94 95 98 99 101 \
             102 103 105 106 110 111 115 117 118 119 122 127 128 131 133 135 140 144 147 148 150 151 \
             153 157 158 159 160 163 164 168 172 176 181 184 185 189 190 193 194 195 196 197 199 202 \
             204 212 213 214 215 220 224 225 227 228 235 237 239 243 244 245 252 255",
            ),
            (
                "union_list",
                "256 257 2 1 0 5 261 7 10 267 271 272 273 16 19 24 29 286 287 285 35 36 37 38 294 293 41 \
             297 299 47 49 51 53 54 57 58 60 65 66 67 73 74 77 81 85 86 87 88 89 90 91 92 94 95 98 99 \
             101 102 103 105 106 110 111 115 117 118 119 122 127 128 131 133 135 140 144 147 148 150 \
             151 153 157 158 159 160 163 164 168 172 176 181 184 185 189 190 193 194 195 196 197 199 \
             202 204 209 212 213 214 215 220 224 225 227 228 235 237 239 243 244 245 252 255",
            ),
            ("du_list", "49 67 73 77"),
        ];
        check_pair(la, lb, dels, want);
    }

    #[test]
    fn pair_tie_sizes() {
        let la = "0 2 4 6 8 10 12 14 16 18 20 22";
        let lb = "0 3 6 9 12 15 18 21 24 27 30 33";
        let dels = "0 8 16";
        let want = &[
            ("or", "0 2 3 4 6 9 10 12 14 15 18 20 21 22 24 27 30 33"),
            ("and", "18 12 6"),
            ("sub", "2 4 10 14 20 22"),
            ("rsub", "0 33 3 9 15 21 24 27 30"),
            ("xor", "0 33 2 3 4 9 10 14 15 20 21 22 24 27 30"),
            ("copy", "2 4 6 10 12 14 18 20 22"),
            ("set_of", "2 4 6 10 12 14 18 20 22"),
            ("or_self", "2 4 6 10 12 14 18 20 22"),
            ("and_self", "2 4 6 10 12 14 18 20 22"),
            ("xor_self_then_add", "0 2 4 6 8"),
            ("ior", "0 2 3 4 6 9 10 12 14 15 18 20 21 22 24 27 30 33"),
            ("iand", "18 12 6"),
            ("isub", "2 4 10 14 20 22"),
            ("ixor", "0 33 2 3 4 9 10 14 15 20 21 22 24 27 30"),
            ("update_list", "0 33 2 3 4 6 9 10 12 14 15 18 20 21 22 24 27 30"),
            ("from_dict", "0 2 3 4 6 8 9 10 12 14 15 16 18 20 21 22 24 27 30 33"),
            ("update_dict", "0 2 3 4 6 9 10 12 14 15 18 20 21 22 24 27 30 33"),
            ("inter_list", "18 12 6"),
            ("diff_list", "2 4 10 14 20 22"),
            ("sdu_list", "0 33 2 3 4 9 10 14 15 20 21 22 24 27 30"),
            ("union_list", "0 33 2 3 4 6 9 10 12 14 15 18 20 21 22 24 27 30"),
            ("du_list", "2 4 10 14 20 22"),
        ];
        check_pair(la, lb, dels, want);
    }

    #[test]
    fn pair_colliding() {
        let la = "0 64 128 192 256 320 384 448 512 576 640 704 768 832 896 960 1024 1088 1152 1216 1280 1344 \
                 1408 1472 1536 1600 1664 1728 1792 1856";
        let lb = "0 32 64 96 128 160 192 224 256 288 320 352 384 416 448 480 512 544 576 608 640 672 704 736 \
                 768 800 832 864 896 928 960 992 1024 1056 1088 1120 1152 1184 1216 1248";
        let dels = "0 256 512 768 1024 1280 1536 1792";
        let want = &[
            (
                "or",
                "128 384 1152 640 896 1408 1664 0 256 512 768 32 1024 160 288 416 544 672 800 928 1056 64 \
             192 320 448 576 704 832 960 1088 1216 1184 96 224 352 480 608 736 864 992 1120 1248 1344 \
             1472 1600 1728 1856",
            ),
            ("and", "128 896 640 1152 384 64 192 320 448 576 1088 1216 704 832 960"),
            ("sub", "1408 1600 1344 1664 1472 1728 1856"),
            (
                "rsub",
                "0 256 1024 512 768 32 160 288 416 544 1056 1184 672 800 928 96 224 352 480 608 736 864 992 \
             1120 1248",
            ),
            (
                "xor",
                "0 256 512 768 1664 1024 1408 32 160 288 416 544 672 800 928 1056 1184 1856 1728 1600 1472 \
             1344 96 224 352 480 608 736 864 992 1120 1248",
            ),
            (
                "copy",
                "128 384 1152 640 896 1408 1664 64 192 320 448 576 704 832 960 1088 1216 1344 1472 1600 \
             1728 1856",
            ),
            (
                "set_of",
                "128 384 1152 640 896 1408 1664 64 192 320 448 576 704 832 960 1088 1216 1344 1472 1600 \
             1728 1856",
            ),
            (
                "or_self",
                "128 384 1152 640 896 1408 1664 64 192 320 448 576 704 832 960 1088 1216 1344 1472 1600 \
             1728 1856",
            ),
            (
                "and_self",
                "128 384 1152 640 896 1408 1664 64 192 320 448 576 704 832 960 1088 1216 1344 1472 1600 \
             1728 1856",
            ),
            ("xor_self_then_add", "256 192 128 64 0"),
            (
                "ior",
                "128 384 1152 640 896 1408 1664 0 256 512 768 32 1024 160 288 416 544 672 800 928 1056 64 \
             192 320 448 576 704 832 960 1088 1216 1184 96 224 352 480 608 736 864 992 1120 1248 1344 \
             1472 1600 1728 1856",
            ),
            ("iand", "128 896 640 1152 384 64 192 320 448 576 1088 1216 704 832 960"),
            ("isub", "1408 1664 1344 1472 1600 1728 1856"),
            (
                "ixor",
                "256 512 768 1024 0 1056 32 288 544 800 1344 1600 1856 1120 96 352 608 864 1408 1664 1184 \
             160 416 672 928 1472 1728 992 1248 224 480 736",
            ),
            (
                "update_list",
                "0 256 512 768 1024 32 288 544 800 1056 64 320 576 832 1088 1344 1600 1856 96 352 608 864 \
             1120 128 384 1152 640 896 1408 1664 160 416 672 928 1184 192 448 704 960 1216 1472 1728 \
             224 480 736 992 1248",
            ),
            (
                "from_dict",
                "0 128 256 384 512 640 768 896 1024 1152 32 160 288 416 544 672 800 928 1056 1184 1280 1408 \
             1536 1664 1792 64 192 320 448 576 704 832 960 1088 1216 96 224 352 480 608 736 864 992 \
             1120 1248 1344 1472 1600 1728 1856",
            ),
            (
                "update_dict",
                "128 384 1152 640 896 1408 1664 0 256 512 768 32 160 288 416 544 672 800 928 1024 1056 64 \
             192 320 448 576 704 832 960 1088 1216 1184 96 224 352 480 608 736 864 992 1120 1248 1344 \
             1472 1600 1728 1856",
            ),
            ("inter_list", "64 384 320 128 192 448 576 640 704 832 1088 1152 1216 896 960"),
            ("diff_list", "1408 1664 1344 1472 1600 1728 1856"),
            (
                "sdu_list",
                "256 512 768 1024 0 1056 32 288 544 800 1344 1600 1856 1120 96 352 608 864 1408 1664 1184 \
             160 416 672 928 1472 1728 992 1248 224 480 736",
            ),
            (
                "union_list",
                "0 256 512 768 1024 32 288 544 800 1056 64 320 576 832 1088 1344 1600 1856 96 352 608 864 \
             1120 128 384 1152 640 896 1408 1664 160 416 672 928 1184 192 448 704 960 1216 1472 1728 \
             224 480 736 992 1248",
            ),
            ("du_list", "1408 1664 1344 1472 1600 1728 1856"),
        ];
        check_pair(la, lb, dels, want);
    }

    #[test]
    fn pair_negative() {
        let la = "-15 67 87 -99 45 74 36 -30 62 -97 49 -19 5 -34 -58 -66 50 -88 1 -91 -88 -13 30 -42 42 93 \
                 -26 -60 12 -86 78 98 6 -42 -52 -71 24 -57 -31 -30 68 -7 -82 43 -50 98 43 -56 79 -10 67 36 \
                 -80 90 73 -71 85 -68 -65 -62";
        let lb = "39 -78 -92 94 31 65 -3 -58 -10 83 -41 57 55 94 56 -59 -13 97 -87 -13 60 11 -52 -22 -55 89 \
                 -72 -63 27 64 33 87 -97 -41 -4 74 -76 -40 45 13 87 54 -80 -59 -58 98 13 -5 -36 -20 50 -89 \
                 49 1 -95 -24 -60 -67 -98 -27";
        let dels = "-15 45 62 5 50 -88 42 12 6 24 68 -50 79 -80 85";
        let want = &[
            (
                "or",
                "1 11 13 27 30 31 33 36 39 43 45 49 50 54 55 56 57 60 64 65 67 73 74 78 83 87 89 90 93 94 \
             97 98 -99 -98 -97 -95 -92 -91 -89 -87 -86 -82 -80 -78 -76 -72 -71 -68 -67 -66 -65 -63 -62 \
             -60 -59 -58 -57 -56 -55 -52 -42 -41 -40 -36 -34 -31 -30 -27 -26 -24 -22 -20 -19 -13 -10 -7 \
             -5 -4 -3",
            ),
            ("and", "1 98 -60 -58 74 -52 49 -13 -10 87 -97"),
            (
                "sub",
                "-99 30 36 -91 -86 43 -82 -71 -68 -66 -65 -62 67 -57 -56 73 78 -42 90 93 -34 -31 -30 -26 \
             -19 -7",
            ),
            (
                "rsub",
                "11 13 27 -98 31 33 -95 -92 39 -89 -87 45 -80 -78 50 -76 54 55 56 57 -72 60 -67 64 65 -63 \
             -59 -55 83 -41 -40 89 -36 94 97 -27 -24 -22 -20 -5 -4 -3",
            ),
            (
                "xor",
                "11 13 27 30 31 33 36 39 43 45 50 54 55 56 57 60 64 65 67 73 78 83 89 90 93 94 97 -99 -98 \
             -95 -92 -91 -89 -87 -86 -82 -80 -78 -76 -72 -71 -68 -67 -66 -65 -63 -62 -59 -57 -56 -55 \
             -42 -41 -40 -36 -34 -31 -30 -27 -26 -24 -22 -20 -19 -7 -5 -4 -3",
            ),
            (
                "copy",
                "1 -99 30 -97 36 -91 -86 43 -82 49 -71 -68 -66 -65 -62 67 -60 -58 -57 -56 73 74 -52 78 -42 \
             87 90 93 -34 -31 -30 98 -26 -19 -13 -10 -7",
            ),
            (
                "set_of",
                "1 -99 30 -97 36 -91 -86 43 -82 49 -71 -68 -66 -65 -62 67 -60 -58 -57 -56 73 74 -52 78 -42 \
             87 90 93 -34 -31 -30 98 -26 -19 -13 -10 -7",
            ),
            (
                "or_self",
                "1 -99 30 -97 36 -91 -86 43 -82 49 -71 -68 -66 -65 -62 67 -60 -58 -57 -56 73 74 -52 78 -42 \
             87 90 93 -34 -31 -30 98 -26 -19 -13 -10 -7",
            ),
            (
                "and_self",
                "1 -99 30 -97 36 -91 -86 43 -82 49 -71 -68 -66 -65 -62 67 -60 -58 -57 -56 73 74 -52 78 -42 \
             87 90 93 -34 -31 -30 98 -26 -19 -13 -10 -7",
            ),
            ("xor_self_then_add", "-99 45 67 87 -15"),
            (
                "ior",
                "1 11 13 27 30 31 33 36 39 43 45 49 50 54 55 56 57 60 64 65 67 73 74 78 83 87 89 90 93 94 \
             97 98 -99 -98 -97 -95 -92 -91 -89 -87 -86 -82 -80 -78 -76 -72 -71 -68 -67 -66 -65 -63 -62 \
             -60 -59 -58 -57 -56 -55 -52 -42 -41 -40 -36 -34 -31 -30 -27 -26 -24 -22 -20 -19 -13 -10 -7 \
             -5 -4 -3",
            ),
            ("iand", "1 98 -60 -58 74 -52 49 -13 -10 87 -97"),
            (
                "isub",
                "-99 30 36 -91 -86 43 -82 -71 -68 -66 -65 -62 67 -57 -56 73 78 -42 90 93 -34 -31 -30 -26 \
             -19 -7",
            ),
            (
                "ixor",
                "11 13 27 30 31 33 36 39 43 45 50 54 55 56 57 60 64 65 67 73 78 83 89 90 93 94 97 -99 -98 \
             -95 -92 -91 -89 -87 -86 -82 -80 -78 -76 -72 -71 -68 -67 -66 -65 -63 -62 -59 -57 -56 -55 \
             -42 -41 -40 -36 -34 -31 -30 -27 -26 -24 -22 -20 -19 -7 -5 -4 -3",
            ),
            (
                "update_list",
                "1 11 13 27 30 31 33 36 39 43 45 49 50 54 55 56 57 60 64 65 67 73 74 78 83 87 89 90 93 94 \
             97 98 -99 -98 -97 -95 -92 -91 -89 -87 -86 -82 -80 -78 -76 -72 -71 -68 -67 -66 -65 -63 -62 \
             -60 -59 -58 -57 -56 -55 -52 -42 -41 -40 -36 -34 -31 -30 -27 -26 -24 -22 -20 -19 -13 -10 -7 \
             -5 -4 -3",
            ),
            (
                "from_dict",
                "1 5 6 11 12 13 24 27 30 31 33 36 39 42 43 45 49 50 54 55 56 57 60 62 64 65 67 68 73 74 78 \
             79 83 85 87 89 90 93 94 97 98 -99 -98 -97 -95 -92 -91 -89 -88 -87 -86 -82 -80 -78 -76 -72 \
             -71 -68 -67 -66 -65 -63 -62 -60 -59 -58 -57 -56 -55 -52 -50 -42 -41 -40 -36 -34 -31 -30 \
             -27 -26 -24 -22 -20 -19 -15 -13 -10 -7 -5 -4 -3",
            ),
            (
                "update_dict",
                "1 11 13 27 30 31 33 36 39 43 45 49 50 54 55 56 57 60 64 65 67 73 74 78 83 87 89 90 93 94 \
             97 98 -99 -98 -97 -95 -92 -91 -89 -87 -86 -82 -80 -78 -76 -72 -71 -68 -67 -66 -65 -63 -62 \
             -60 -59 -58 -57 -56 -55 -52 -42 -41 -40 -36 -34 -31 -30 -27 -26 -24 -22 -20 -19 -13 -10 -7 \
             -5 -4 -3",
            ),
            ("inter_list", "1 98 -60 -58 74 -52 49 -13 -10 87 -97"),
            (
                "diff_list",
                "-99 30 36 -91 -86 43 -82 -71 -68 -66 -65 -62 67 -57 -56 73 78 -42 90 93 -34 -31 -30 -26 \
             -19 -7",
            ),
            (
                "sdu_list",
                "11 13 27 30 31 33 36 39 43 45 50 54 55 56 57 60 64 65 67 73 78 83 89 90 93 94 97 -99 -98 \
             -95 -92 -91 -89 -87 -86 -82 -80 -78 -76 -72 -71 -68 -67 -66 -65 -63 -62 -59 -57 -56 -55 \
             -42 -41 -40 -36 -34 -31 -30 -27 -26 -24 -22 -20 -19 -7 -5 -4 -3",
            ),
            (
                "union_list",
                "1 11 13 27 30 31 33 36 39 43 45 49 50 54 55 56 57 60 64 65 67 73 74 78 83 87 89 90 93 94 \
             97 98 -99 -98 -97 -95 -92 -91 -89 -87 -86 -82 -80 -78 -76 -72 -71 -68 -67 -66 -65 -63 -62 \
             -60 -59 -58 -57 -56 -55 -52 -42 -41 -40 -36 -34 -31 -30 -27 -26 -24 -22 -20 -19 -13 -10 -7 \
             -5 -4 -3",
            ),
            (
                "du_list",
                "-99 30 36 -91 -86 43 -82 -71 -68 -66 -65 -62 67 -57 -56 73 78 -42 90 93 -34 -31 -30 -26 \
             -19 -7",
            ),
        ];
        check_pair(la, lb, dels, want);
    }

    #[test]
    fn pair_strings() {
        let la = "s284 s151 s148 s63 s252 s218 s37 s20 s181 s83 s162 s171 s167 s17 s192 s138 s116 s280 s77 \
                 s9 s147 s204 s214 s262 s89 s268 s208 s27 s108 s123 s133 s290 s48 s222 s2 s289 s14 s103 s67 \
                 s92 s153 s31 s130 s93 s296 s220 s76 s1 s18 s257";
        let lb = "s202 s228 s37 s84 s119 s174 s222 s67 s244 s46 s189 s257 s81 s293 s248 s106 s51 s223 s103 \
                 s88 s68 s243 s127 s131 s85 s264 s258 s278 s39 s120";
        let dels = "s284 s252 s181 s167 s116 s147 s89 s108 s48 s14 s153 s296 s18";
        let want = &[
            (
                "or",
                "s202 s244 s130 s171 s262 s264 s189 s83 s174 s67 s106 s17 s31 s204 s214 s92 s208 s127 s2 \
             s133 s228 s220 s138 s46 s1 s39 s293 s63 s9 s93 s268 s85 s243 s222 s248 s20 s280 s123 s77 \
             s151 s27 s148 s257 s131 s51 s218 s289 s103 s119 s37 s258 s290 s223 s76 s88 s192 s162 s68 \
             s81 s84 s120 s278",
            ),
            ("and", "s257 s103 s37 s67 s222"),
            (
                "sub",
                "s130 s171 s262 s83 s17 s31 s204 s214 s92 s208 s2 s133 s220 s138 s1 s63 s9 s93 s268 s20 \
             s280 s123 s77 s151 s27 s148 s218 s289 s290 s76 s192 s162",
            ),
            (
                "rsub",
                "s202 s244 s264 s189 s174 s106 s127 s228 s46 s39 s293 s85 s243 s248 s131 s51 s119 s258 s223 \
             s88 s68 s81 s84 s120 s278",
            ),
            (
                "xor",
                "s202 s244 s130 s171 s262 s174 s83 s17 s214 s127 s92 s2 s133 s228 s39 s293 s1 s85 s268 s243 \
             s20 s280 s123 s148 s218 s119 s290 s192 s68 s81 s84 s120 s264 s189 s106 s31 s204 s208 s46 \
             s220 s138 s63 s9 s93 s248 s77 s131 s151 s27 s51 s289 s258 s223 s76 s88 s162 s278",
            ),
            (
                "copy",
                "s130 s171 s262 s83 s67 s17 s31 s204 s214 s92 s208 s2 s133 s220 s138 s1 s63 s9 s93 s268 \
             s222 s20 s280 s123 s77 s151 s27 s148 s257 s218 s289 s103 s37 s290 s76 s192 s162",
            ),
            (
                "set_of",
                "s130 s171 s262 s83 s67 s17 s31 s204 s214 s92 s208 s2 s133 s220 s138 s1 s63 s9 s93 s268 \
             s222 s20 s280 s123 s77 s151 s27 s148 s257 s218 s289 s103 s37 s290 s76 s192 s162",
            ),
            (
                "or_self",
                "s130 s171 s262 s83 s67 s17 s31 s204 s214 s92 s208 s2 s133 s220 s138 s1 s63 s9 s93 s268 \
             s222 s20 s280 s123 s77 s151 s27 s148 s257 s218 s289 s103 s37 s290 s76 s192 s162",
            ),
            (
                "and_self",
                "s130 s171 s262 s83 s67 s17 s31 s204 s214 s92 s208 s2 s133 s220 s138 s1 s63 s9 s93 s268 \
             s222 s20 s280 s123 s77 s151 s27 s148 s257 s218 s289 s103 s37 s290 s76 s192 s162",
            ),
            ("xor_self_then_add", "s63 s252 s148 s151 s284"),
            (
                "ior",
                "s202 s244 s130 s171 s262 s264 s189 s83 s174 s67 s106 s17 s31 s204 s214 s92 s208 s127 s2 \
             s133 s228 s220 s138 s46 s1 s39 s293 s63 s9 s93 s268 s85 s243 s222 s248 s20 s280 s123 s77 \
             s151 s27 s148 s257 s131 s51 s218 s289 s103 s119 s37 s258 s290 s223 s76 s88 s192 s162 s68 \
             s81 s84 s120 s278",
            ),
            ("iand", "s257 s103 s37 s67 s222"),
            (
                "isub",
                "s130 s171 s262 s83 s17 s31 s204 s214 s92 s208 s2 s133 s220 s138 s1 s63 s9 s93 s268 s20 \
             s280 s123 s77 s151 s27 s148 s218 s289 s290 s76 s192 s162",
            ),
            (
                "ixor",
                "s202 s244 s130 s171 s262 s264 s189 s83 s174 s106 s17 s31 s204 s214 s92 s208 s127 s2 s133 \
             s228 s220 s138 s46 s1 s39 s293 s63 s9 s93 s268 s85 s243 s248 s20 s280 s123 s77 s151 s27 \
             s148 s131 s51 s218 s289 s119 s258 s290 s223 s76 s88 s192 s162 s68 s81 s84 s120 s278",
            ),
            (
                "update_list",
                "s202 s244 s130 s171 s262 s264 s189 s83 s174 s67 s106 s17 s31 s204 s214 s92 s208 s127 s2 \
             s133 s228 s220 s138 s46 s1 s293 s39 s63 s9 s93 s268 s243 s85 s222 s248 s20 s280 s123 s77 \
             s151 s27 s148 s257 s131 s51 s218 s289 s103 s119 s37 s258 s290 s223 s76 s88 s192 s162 s68 \
             s81 s84 s120 s278",
            ),
            (
                "from_dict",
                "s202 s244 s130 s14 s171 s262 s174 s83 s17 s214 s127 s92 s2 s133 s228 s39 s293 s1 s85 s268 \
             s243 s222 s20 s280 s123 s257 s153 s148 s218 s103 s119 s290 s181 s284 s192 s68 s81 s48 s84 \
             s120 s89 s147 s264 s189 s18 s67 s106 s31 s116 s204 s208 s46 s220 s138 s63 s9 s93 s248 s252 \
             s77 s131 s151 s27 s51 s289 s258 s37 s223 s76 s88 s162 s167 s108 s296 s278",
            ),
            (
                "update_dict",
                "s202 s244 s130 s171 s262 s264 s189 s83 s174 s67 s106 s17 s31 s204 s214 s92 s208 s127 s2 \
             s133 s228 s220 s138 s46 s1 s293 s39 s63 s9 s93 s268 s243 s85 s222 s248 s20 s280 s123 s77 \
             s151 s27 s148 s257 s131 s51 s218 s289 s103 s119 s37 s258 s290 s223 s76 s88 s192 s162 s68 \
             s81 s84 s120 s278",
            ),
            ("inter_list", "s257 s103 s37 s67 s222"),
            (
                "diff_list",
                "s130 s171 s262 s83 s17 s31 s204 s214 s92 s208 s2 s133 s220 s138 s1 s63 s9 s93 s268 s20 \
             s280 s123 s77 s151 s27 s148 s218 s289 s290 s76 s192 s162",
            ),
            (
                "sdu_list",
                "s202 s244 s130 s171 s262 s264 s189 s83 s174 s106 s17 s31 s204 s214 s92 s208 s127 s2 s133 \
             s228 s220 s138 s46 s1 s39 s293 s63 s9 s93 s268 s85 s243 s248 s20 s280 s123 s77 s151 s27 \
             s148 s131 s51 s218 s289 s119 s258 s290 s223 s76 s88 s192 s162 s68 s81 s84 s120 s278",
            ),
            (
                "union_list",
                "s202 s244 s130 s171 s262 s264 s189 s83 s174 s67 s106 s17 s31 s204 s214 s92 s208 s127 s2 \
             s133 s228 s220 s138 s46 s1 s293 s39 s63 s9 s93 s268 s243 s85 s222 s248 s20 s280 s123 s77 \
             s151 s27 s148 s257 s131 s51 s218 s289 s103 s119 s37 s258 s290 s223 s76 s88 s192 s162 s68 \
             s81 s84 s120 s278",
            ),
            (
                "du_list",
                "s130 s171 s262 s83 s17 s31 s204 s214 s92 s208 s2 s133 s220 s138 s1 s63 s9 s93 s268 s20 \
             s280 s123 s77 s151 s27 s148 s218 s289 s290 s76 s192 s162",
            ),
        ];
        check_pair(la, lb, dels, want);
    }

    #[test]
    fn pair_empty_left() {
        let la = "";
        let lb = "1 2 3";
        let dels = "";
        let want = &[
            ("or", "1 2 3"),
            ("and", ""),
            ("sub", ""),
            ("rsub", "1 2 3"),
            ("xor", "1 2 3"),
            ("copy", ""),
            ("set_of", ""),
            ("or_self", ""),
            ("and_self", ""),
            ("xor_self_then_add", ""),
            ("ior", "1 2 3"),
            ("iand", ""),
            ("isub", ""),
            ("ixor", "1 2 3"),
            ("update_list", "1 2 3"),
            ("from_dict", "1 2 3"),
            ("update_dict", "1 2 3"),
            ("inter_list", ""),
            ("diff_list", ""),
            ("sdu_list", "1 2 3"),
            ("union_list", "1 2 3"),
            ("du_list", ""),
        ];
        check_pair(la, lb, dels, want);
    }

    #[test]
    fn pair_empty_right() {
        let la = "0 1 2 3 4 5 6 7 8 9 10 11";
        let lb = "";
        let dels = "0 4 8";
        let want = &[
            ("or", "1 2 3 5 6 7 9 10 11"),
            ("and", ""),
            ("sub", "1 2 3 5 6 7 9 10 11"),
            ("rsub", ""),
            ("xor", "1 2 3 5 6 7 9 10 11"),
            ("copy", "1 2 3 5 6 7 9 10 11"),
            ("set_of", "1 2 3 5 6 7 9 10 11"),
            ("or_self", "1 2 3 5 6 7 9 10 11"),
            ("and_self", "1 2 3 5 6 7 9 10 11"),
            ("xor_self_then_add", "0 2 1 3 4"),
            ("ior", "1 2 3 5 6 7 9 10 11"),
            ("iand", ""),
            ("isub", "1 2 3 5 6 7 9 10 11"),
            ("ixor", "1 2 3 5 6 7 9 10 11"),
            ("update_list", "1 2 3 5 6 7 9 10 11"),
            ("from_dict", "0 1 2 3 4 5 6 7 8 9 10 11"),
            ("update_dict", "1 2 3 5 6 7 9 10 11"),
            ("inter_list", ""),
            ("diff_list", "1 2 3 5 6 7 9 10 11"),
            ("sdu_list", "1 2 3 5 6 7 9 10 11"),
            ("union_list", "1 2 3 5 6 7 9 10 11"),
            ("du_list", "1 2 3 5 6 7 9 10 11"),
        ];
        check_pair(la, lb, dels, want);
    }

    /// `{c1, c2, ...}` displays of constants, as compiled by CPython 3.11 from a script.
    #[test]
    fn constant_displays() {
        let cases = &[
            ("5 3 100", "3 100 5"),
            ("0 8 16 24", "0 8 16 24"),
            ("1 2 3 4 5", "1 2 3 4 5"),
            ("40 30 20 10 0 -10", "0 20 -10 40 10 30"),
            ("9 1 17 25 33 2 10 18", "33 2 1 9 10 17 18 25"),
            (
                "20 19 18 17 16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1",
                "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20",
            ),
            ("88 80 72 64 56 48 40 32 24 16 8 0", "64 0 32 72 40 8 80 48 16 88 24 56"),
            ("s0 s4 s8", "s0 s8 s4"),
            ("s9 s8 s7 s6 s5 s4 s3 s2 s1 s0", "s7 s2 s0 s1 s9 s8 s4 s3 s6 s5"),
            (
                "s130 s183 s271 s14 s238 s127 s26 s80 s57 s190 s240 s126 s194 s278 s52 s293 s6 s110 s208 \
             s143 s93 s199 s81 s36 s71",
                "s240 s110 s130 s14 s36 s143 s190 s199 s271 s6 s126 s127 s208 s194 s238 s57 s26 s293 s80 \
             s93 s81 s71 s52 s278 s183",
            ),
            (
                "-49 -45 164 170 119 120 246 271 153 159 136 151 342 255 -28 319 374 119 99 220 16 289 258 \
             -47 296 17 267 313 263 442 273",
                "258 255 263 136 267 271 16 17 273 -49 -47 -45 342 151 153 220 159 289 99 164 -28 296 170 \
             246 119 120 313 442 374 319",
            ),
            (
                "130 8 212 -27 316 363 -32 378 324 335 -41 413 -3 135",
                "-32 130 324 -27 135 8 363 335 212 -41 378 316 -3 413",
            ),
            (
                "201 423 302 474 313 487 206 423 60 326 252 -13 393 43 163",
                "163 326 487 423 201 393 43 302 206 60 -13 313 474 252",
            ),
            (
                "321 101 298 232 44 269 274 263 131 30 102 266 445 115 -1 32 496 365 -18 193 302 206 416 \
             381",
                "321 193 131 263 266 269 206 274 30 32 416 101 102 232 298 44 365 302 -18 496 381 115 445 \
             -1",
            ),
            ("-17 455 292 162 83 85 373 59 122 394 331 102", "162 292 102 455 394 331 -17 83 85 373 122 59"),
            ("s150 s72 s232 s86 s267 s249", "s249 s86 s232 s150 s72 s267"),
            (
                "248 431 363 100 65 336 494 133 461 296 134 41 453 228 477 464 319 14 314 -15 263 322 237",
                "65 322 133 134 263 453 461 14 336 464 477 100 228 296 41 363 237 494 431 -15 248 314 319",
            ),
            (
                "250 298 132 -39 435 206 283 230 424 245 462 315 306 230 303 368 308 126 410 323 292 480 95 \
             492 120 153 320 438 239 30 376 125 478 380",
                "132 153 410 283 30 292 424 298 303 306 435 308 438 315 320 323 206 462 -39 120 478 95 480 \
             230 492 239 368 245 376 250 380 125 126",
            ),
            (
                "s138 s14 s100 s81 s225 s92 s112 s21 s241 s115 s84 s27 s68 s56 s162 s247 s99 s280 s18 s212 \
             s238 s179",
                "s241 s225 s27 s14 s112 s18 s21 s100 s92 s179 s56 s247 s238 s162 s212 s138 s68 s81 s115 s99 \
             s84 s280",
            ),
            (
                "s36 s104 s121 s191 s0 s179 s207 s142 s209 s58 s280 s18 s281 s154 s48 s151 s279 s262 s173 \
             s297 s150 s180 s66 s214 s288 s275 s189",
                "s121 s142 s281 s280 s279 s151 s66 s297 s207 s36 s262 s189 s18 s288 s275 s180 s154 s104 \
             s214 s179 s58 s191 s209 s0 s48 s173 s150",
            ),
            ("1 2 1 3 2 64 128", "64 1 2 3 128"),
        ];
        for (i, &(items, want)) in cases.iter().enumerate() {
            let s = SetTable::from_constant_display(items_of(items), false, &mut same);
            assert_eq!(keys(&s), parse_keys(want), "display {i}");
        }
    }

    /// Displays whose name-like strings were interned before (CPython script: `k0 = k4 = ... = 0` first).
    #[test]
    fn constant_displays_with_reinterned_names() {
        let cases = &[
            ("s132 s72 s240 171 s8 s100 s208 256 s96 s132", "256 s208 s240 171 s96 s132 s8 s100 s72"),
            ("151 165 108 s48 s148 s20 s100 164 s96 s256", "164 165 s148 s96 108 s48 151 s100 s20 s256"),
            ("s124 s152 s60 s268 s136 s100", "s136 s152 s268 s100 s60 s124"),
            (
                "s68 s264 s84 s168 s156 s268 s64 s248 s216 s200 s224 s44 208 s192 s264 s152 s208 78 s136 \
             s88 s272 s184 s256 s264 s208 195 s136 s244 s192",
                "s272 195 s200 s64 s244 s264 78 208 s88 s216 s256 s208 s192 s68 s156 s136 s152 s268 s84 s44 \
             s224 s248 s168 s184",
            ),
            (
                "s236 s80 297 s136 s200 60 128 s228 73 s288 s188 s252 11 59 294 s268 s240 s188 s72 s124 s72 \
             s48 s20 s236 s32 s280 s40 s132 211 s8 s68 76 205 s224 s140 s296",
                "128 s200 s240 11 s140 s188 s132 s288 s8 s236 294 297 s228 s80 s136 s40 s268 s224 59 60 s20 \
             s280 s124 s252 73 76 205 211 s72 s32 s68 s48 s296",
            ),
            ("129 126 s16 s140 s240 s188 s40 s120 s16", "129 s240 s140 s188 s40 s16 s120 126"),
            (
                "s16 s104 s172 60 s56 s68 s252 s64 s264 75 s76 s76 s196 s112 s64 s80",
                "s252 s56 s64 75 s264 s68 s112 s80 s16 s172 s76 s196 60 s104",
            ),
            (
                "267 s288 s164 249 s200 251 s68 s276 170 s92 64 s68 s28 s240 s56 s276 s188 s28 s208 s288 \
             s148 s36 s28 s224 s56",
                "64 s28 s200 s240 s148 267 s36 s188 s288 s92 s208 s56 s164 170 s68 249 s224 251 s276",
            ),
            (
                "s12 s216 s144 s116 s272 s108 s4 s168 s44 s16 s56 s12 s172 s24 s12 s32",
                "s12 s144 s24 s56 s272 s32 s116 s16 s172 s108 s4 s44 s216 s168",
            ),
            (
                "s132 s136 s64 s92 s196 199 s244 109 s16 s228 s88 s0 s60 s200 s268 s276 220 s196 s232 -15 \
             s128 s144 s184 s156 s208 s116 25 s208 s72 s24 s248 148 282 s136 s32 s20",
                "s128 s200 s244 s132 148 25 282 s116 s92 s208 s228 s60 s0 s136 s268 s248 s20 s276 s184 s24 \
             199 s64 s232 s16 220 s88 s72 s144 s32 109 -15 s156 s196",
            ),
            (
                "s76 239 s44 s60 s172 s124 s92 s64 214 s68 s100 s72",
                "s92 s64 s60 239 s68 s172 214 s76 s44 s100 s72 s124",
            ),
            (
                "s32 s0 s12 s232 s4 s48 s172 s188 s72 s240 s8 57 s228 s64 s244 s244 s100 s84 s128 157 s136 \
             s20 s124 s0 s252 s128",
                "s252 s128 s240 s64 s244 s232 s188 s172 s8 s100 157 s72 s12 s32 s228 s0 s136 s48 s4 s84 57 \
             s20 s124",
            ),
            (
                "144 s104 s96 s28 s152 s188 s84 s44 162 s176 s112 s280 s60 s44 7",
                "162 s176 s28 7 s96 s60 144 s188 s112 s152 s84 s44 s280 s104",
            ),
            (
                "s136 s28 s256 109 s184 s216 s48 259 s80 11 s160 239 s56 s220 s88 s180 s136 s176",
                "259 s160 s28 s176 11 s180 s88 s216 s256 s56 s220 109 239 s80 s136 s48 s184",
            ),
            (
                "s36 s144 208 s156 s4 243 s192 s148 s4 s68 s12 s248 s140 s68 s12 s164 223 s248 s232 s88 \
             s112 s68 s180 s140 s96 s112 s208 s292 s16",
                "s148 s232 s140 s36 208 s112 s16 s180 s88 s292 223 s12 s144 s208 s192 s164 s96 s68 s156 243 \
             s4 s248",
            ),
            (
                "s252 s220 s184 s188 s28 s92 s240 s232 62 s216 s236 16 s248 s52 s244 s28 s260 s184 s88 s36 \
             s56 s116 s272 s264 115",
                "s272 s252 s28 s240 s244 s232 s260 s36 s264 s188 16 s116 s88 s216 s92 s236 s56 s220 115 \
             s248 s52 62 s184",
            ),
            (
                "s0 s212 s252 160 s276 -17 s12 s52 s244 s240 s188 36 s112 117 s180 s76 s140 267 s100 s268 3 \
             s12 19 s60 s96 s48 s288 s168 75",
                "s168 s252 3 s240 s244 267 75 s140 s188 s112 s288 19 s76 s100 s180 160 s12 36 s96 s60 s212 \
             s0 -17 s48 s268 117 s52 s276",
            ),
            (
                "s4 s108 s148 s0 s52 s108 s208 s276 s252 s276 50 s100 s144 s204 s224 s152 s220 s24 s160 \
             s180 s180 s144 s128 s236 s280 s32 s128 s4 259 s284 s196 s164 s148",
                "s252 s160 259 s128 s24 s148 s100 s180 s204 s236 s208 s144 s284 s32 s164 s220 s0 50 s152 \
             s108 s4 s196 s224 s52 s280 s276",
            ),
            (
                "278 s64 s164 s268 s60 s0 s104 s220 -7 s160 275 s192 s24 s284 290 s124 s128 s180 s288 s80 \
             s292 s228 s40 0 s228 s264 s212 277 s228 s284 s124 s44 197 s200 s260 s296 s88 s36 s96",
                "0 s160 s128 s200 s260 s36 s264 s288 275 277 278 s292 s104 290 s164 s228 s60 s220 s0 s96 \
             s80 s40 s268 s124 s44 s24 197 s64 s180 s88 s284 s192 s212 -7 s296",
            ),
            (
                "s124 s0 s92 -3 s144 292 s244 s4 s180 s72 s212 101 s108 s56 184 s24 s288 s136",
                "s24 s244 s288 s180 s72 s92 s144 s56 292 101 s212 s0 s136 s108 s4 184 -3 s124",
            ),
            (
                "s288 s168 s184 120 s160 s176 s212 117 s176 s20 s56 s4 154 s20 s4 120 s108 s52 s4 s164 s200 \
             s12 s280 s228 293 s140 s288 s152 s240 s0 s152 s0 s56 s0 s188 s280 s176 s164 s56",
                "s160 s176 s200 s240 s140 s188 s52 s288 154 s12 s56 293 s164 s228 s212 s0 s152 117 s108 s4 \
             120 s20 s280 s168 s184",
            ),
            (
                "s60 s216 s184 103 s132 s88 s4 142 s24 s140 s124 s168 s136 6 s44 s56 182",
                "s24 6 s140 142 s132 s88 s216 s56 103 s60 s184 s136 182 s4 s44 s168 s124",
            ),
            (
                "s196 s264 55 s20 s160 175 s168 s232 s56 s84 s96 s88 s296 s256 s232 s16 41 151 s160 221 \
             s124 s200 s72 s28 s44 s108 s96 s124 s48 s260 s292 s180 s52 s8 100 s56 s244 s116 s164",
                "s160 s28 s200 s244 s260 s264 s8 151 s116 s292 s256 41 s164 s96 175 55 s20 s168 s124 s232 \
             s52 s16 s180 221 s88 s72 s196 s56 100 s48 s108 s84 s44 s296",
            ),
            ("s20 s40 42 s60 s192 s32 s64 s228 s80 s4 s56", "s56 s192 s32 s64 42 s228 s60 s80 s40 s4 s20"),
            (
                "135 s296 s208 s176 123 s140 s188 s164 s140 40 s148 s128 s88",
                "s176 s128 s208 135 40 s164 s148 s140 s188 123 s296 s88",
            ),
            (
                "s144 s144 s144 s244 s12 196 s120 s184 s100 s272 s72 s232 s68 168 98 s240 s40 s20 s156 84 \
             s152 29 s252 117 s108 s20",
                "s272 s252 196 s240 s244 s232 84 s100 29 s72 s12 s144 98 168 s68 s156 s40 s152 117 s108 \
             s120 s20 s184",
            ),
            (
                "s24 s216 s132 s256 s236 100 s228 3 s284 s96 s100 62 s156 s280 s232 s124 s20 s172 49 124 \
             s280 s36 s196 s244 61 s144 s120 s212 s24 -17 206 s256 s160 s140 s4 s92 s140",
                "3 s160 s244 s36 s140 s132 s172 s256 s92 s236 s228 s96 49 s20 s280 61 s124 62 s24 s232 206 \
             s100 s216 s144 s284 100 s212 -17 s156 s4 s196 s120 124",
            ),
            ("s0 s96 s64 s84 297 s244", "297 s84 s64 s244 s96 s0"),
            (
                "s112 s116 s212 s56 s96 s288 75 s52 s140 298 236 s264 s132 255 s188 133 s116 s60 137 s0 s92 \
             s124 s8 s216 s232 169 s264 s228 s228 s52 s236 s168 s216 269 s280 77",
                "255 133 137 75 s232 s140 269 s264 s132 s188 s288 77 s112 s8 s116 s216 s92 s236 s56 169 298 \
             s96 s60 s228 s0 s212 236 s52 s280 s168 s124",
            ),
            (
                "s172 s196 s240 s28 222 s76 s152 149 s192 s72 s176 16 s104 21 s108 191 s96 s12 s276 s236 \
             s176",
                "s176 s28 s240 16 s172 149 21 s76 222 s104 s72 s12 s236 s192 s96 s152 s108 s196 s276 191",
            ),
        ];
        for (i, &(items, want)) in cases.iter().enumerate() {
            let s = SetTable::from_constant_display(items_of(items), true, &mut same);
            assert_eq!(keys(&s), parse_keys(want), "display {i}");
        }
    }

    /// Checksum of `big_sets` (160000 keys, crossing the `used > 50000` growth and purge rules) from CPython 3.11.
    const BIG_CASE: u64 = 0x32907fca067ddaf4;

    /// (seed, key distribution, operations, CPython 3.11 checksum of every intermediate `list(s)`).
    const SCENARIOS: &[(u64, u32, usize, u64)] = &[
        (1000, 0, 300, 0x8711156a6f1ab7e4),
        (1001, 0, 400, 0xd26379d7a64090fa),
        (1002, 0, 1500, 0x5f77ca45fd7adcb1),
        (1003, 0, 1500, 0x2b73f929c613a09d),
        (1004, 0, 4000, 0x5dc620f9816c7d2a),
        (1005, 1, 300, 0x2636ca6e1bc9a0a2),
        (1006, 1, 400, 0x20210e939a34993b),
        (1007, 1, 1500, 0x7db1e342217198ba),
        (1008, 1, 1500, 0x980f9f14a4e56875),
        (1009, 1, 4000, 0xe878c805058f360e),
        (1010, 2, 300, 0x66796dc403b9ec0b),
        (1011, 2, 400, 0xe2c55c792016fb91),
        (1012, 2, 1500, 0x8d8fd4e90f978e02),
        (1013, 2, 1500, 0xa06b346c48637af9),
        (1014, 2, 4000, 0x0d4b529092a83c31),
        (1015, 3, 300, 0x9527194a6a3acf91),
        (1016, 3, 400, 0x05e4d5b67207ba63),
        (1017, 3, 1500, 0x29a77f5442c4e203),
        (1018, 3, 1500, 0xb49786c84174aa8b),
        (1019, 3, 4000, 0x6dd2e846f207c8b7),
        (1020, 4, 300, 0x255b2783248f9fc3),
        (1021, 4, 400, 0x4059568daf5fe018),
        (1022, 4, 1500, 0xc341f129a9138209),
        (1023, 4, 1500, 0xea2b6861d240566a),
        (1024, 4, 4000, 0x4356bd0613429cd0),
        (1025, 5, 300, 0x06c8913e2b4eeb4a),
        (1026, 5, 400, 0xc7f2529c4ca69bb1),
        (1027, 5, 1500, 0x9c7c3a02ac5c262d),
        (1028, 5, 1500, 0x7124cbe374d813af),
        (1029, 5, 4000, 0x77f75449e02c264f),
        (1030, 6, 300, 0x14c29f0f2b51cbb7),
        (1031, 6, 400, 0x79b21243723b5ac2),
        (1032, 6, 1500, 0x57d370a3905f8676),
        (1033, 6, 1500, 0xd1d4cf21fc2f021c),
        (1034, 6, 4000, 0xdc07f28a61abe0bc),
        (1035, 7, 300, 0xe45e7da653a50861),
        (1036, 7, 400, 0x47d864f15b12fb33),
        (1037, 7, 1500, 0x90e1412b6da4f162),
        (1038, 7, 1500, 0x592f53b7fb092c93),
        (1039, 7, 4000, 0x9d232051b5b49c83),
        (1040, 8, 300, 0x5a238d545ddd712a),
        (1041, 8, 400, 0xc8fd6dacf629f4c0),
        (1042, 8, 1500, 0xfd5cbac00f5da535),
        (1043, 8, 1500, 0xa82f4a9b738a49b0),
        (1044, 8, 4000, 0xb40e54f61481fbfb),
    ];

    const STR_HASHES: [i64; 300] = [
        1404173243433500590,
        -2688345669257662417,
        -8050304151962243031,
        -7563242797954188040,
        6402057505101257591,
        2424791804632638271,
        1244944558788731737,
        -3808374323619226248,
        6024403638054431126,
        8112290522022547123,
        7111236006263084743,
        7885833371351164613,
        -2288148630395870240,
        2456885444974110164,
        -2650414961265453300,
        8867598686869092761,
        3104173526796293460,
        -5531230558955913703,
        -6881005011762055279,
        4826459941395081841,
        -2106348642719905732,
        4360304543316527771,
        -1432104340330883076,
        -6275008398699007379,
        664970991679798851,
        8711687179611540116,
        2491277227471683885,
        6319049694411163590,
        7402030850689687812,
        -2142008452451205122,
        8728116493272232528,
        -3153269764526992998,
        -7614591258295839259,
        -930915659425850350,
        -4115693089624252766,
        1902534647494889958,
        -2874065360554523507,
        -7563615005051867951,
        -8223345593013368585,
        -2970540629351090131,
        7458334546781394739,
        -5825539278213157155,
        6793136578895360465,
        6159653981941330728,
        6763734519978724473,
        -520629839139254100,
        904257902972830379,
        7314827182955027016,
        1688167511678068339,
        -5787837204551267895,
        5853503858062769643,
        8744129432602051274,
        2303152887896072572,
        1716234714264836963,
        8511584622722156584,
        1915191155884758878,
        -5889744781215592349,
        3705212204942510953,
        4981874774756389027,
        -7865751335746007610,
        -3499552218267280340,
        -8033394980044359925,
        -6299466631254948668,
        -856114151016679758,
        -9035060342705385911,
        -6538624483531299797,
        9018683371232929798,
        -6628479978183320684,
        -3764938440850680464,
        3901021946594092868,
        544744366087471512,
        -6386912147412209484,
        3326697375482475615,
        -125067441637787924,
        3307302635446033015,
        735292730155632779,
        5195105754206171352,
        2950653732554205379,
        1822926809278592408,
        -5658716496650448791,
        -8898136839812788303,
        -2954999441881125775,
        -7163366838406775346,
        5571712754320521234,
        7062316244828178808,
        -5568330690686656972,
        75868830216229851,
        5657211738082945644,
        -8998493728562570019,
        -1618562554013573505,
        -3681160538588224930,
        -286480756388998193,
        3138842337673870113,
        460524280639650994,
        4421726379521124665,
        4340168996915698296,
        2138842586742258091,
        -1942855822540787228,
        3031957213855986433,
        2834994910243630325,
        -1023424320267387301,
        -5612623254346536041,
        -7224765615789428073,
        -3741798847271244211,
        3585037421086824735,
        5041304893335620510,
        8497781949934983831,
        4469333129828733892,
        2403592242998461942,
        -7222955863878824920,
        -2227123345205618805,
        4636220062172888771,
        -1997217009767268016,
        4204668458815422877,
        5739046678783273468,
        6782450754426067956,
        367536300917556893,
        6485265870024230444,
        5484185354328875771,
        -6895049675924589744,
        8152740398610545531,
        -306244207671474880,
        -8565128155766597093,
        -4021878731464452288,
        3126342344760948031,
        6385659971579065798,
        5833724335064107807,
        9016535080311977762,
        173567878665661188,
        2754764046517254431,
        4827308450688850699,
        1916464938231831493,
        -1728354499480964592,
        -3029144587516234966,
        -1154139982998418267,
        8327954609930158533,
        835512704889846450,
        -1043241482935313400,
        6880198430989520557,
        2692903325880612352,
        -3331852509216041459,
        -1222903777608315925,
        -8800470352015410943,
        2048662967021677259,
        -9028476069631896350,
        401772531062979646,
        -3466047828479158684,
        -21681789588734835,
        -1387321964240885433,
        4119260021259460467,
        1967375172659058877,
        -4087948975328116027,
        6764671580762287731,
        -2894230714167458491,
        4822769299147639901,
        5223730265557375331,
        5885440713924711409,
        8178448842241373956,
        3475787381732467234,
        3947981283009740236,
        -7071122599930265341,
        -744151515003119658,
        -6806190749988214810,
        3047616578749971996,
        -2301790099637952215,
        8111290899645633440,
        6266544376218184146,
        -2946512144200194060,
        3569483802573056318,
        1248146904800267376,
        -8595434547765762294,
        -3616699866097445619,
        7672260763120683669,
        5512457126517674679,
        3165677462536499730,
        8898603645845374287,
        358301326977752835,
        -8116020428410366516,
        -1083611617381073347,
        -1022298382550525982,
        -4291656179966968100,
        -8429201621903075487,
        5240238424739184244,
        -3653028406314487233,
        6722299666998499007,
        8958164877163647845,
        -6303908791398969327,
        -1447804807095662180,
        -7379355572572804976,
        6187590401899206800,
        -974515838406511283,
        122928482360617705,
        5140356194798021476,
        -4768963133197740820,
        -5644804417095857372,
        -3054354218193193225,
        -9132775351482732424,
        -3921185725331938898,
        8629591913959550494,
        -6116585431281071411,
        -8342003216520302073,
        -7650650056715823795,
        2550329610840810761,
        8400314166475449638,
        8679349371668730015,
        -7592858784918698288,
        6266332491146014295,
        -8447556794860991604,
        -1067398925218456157,
        1582097200188306795,
        -6419812900170687965,
        -8187154824279527152,
        4226599416763437291,
        -5682558630733655987,
        -5296958274599954655,
        -6350921578463021218,
        6126386384141132381,
        -5433560243118648987,
        -6795741034828553652,
        -7596458188610877934,
        3580952655013243820,
        7848428766582889131,
        6593780895808555065,
        -7567119707720735276,
        -709353529946412230,
        1202056217919010050,
        -7102030556444671089,
        -156003243975442732,
        -4971501238783953365,
        -4850240000889907936,
        -2617750960304474367,
        2450130568970686496,
        1760039698894881099,
        3198970825698762364,
        -7224320037533790105,
        222326203476102837,
        1104938169618224802,
        -7056936044599905684,
        4801467866254156771,
        -4440656423304934337,
        -8798108641537639416,
        7988127712168415233,
        -8645724835263779504,
        -4420136275512803786,
        4935559377042773002,
        1637570344793208562,
        -4476815151899267246,
        565517712053451684,
        -8075624277170870597,
        486747616710518237,
        869440491990951807,
        3491263713457206670,
        -438173294513622334,
        8633222860591385671,
        2037242213145874640,
        2057898057461906301,
        3960981775397853727,
        -5844144533261660091,
        537639330549060816,
        -2247359112726840531,
        -7967641796668221428,
        5670135732283941684,
        -513624634754849522,
        2949649358140954842,
        -7209081110830793330,
        5222368941858496541,
        6651439696082229405,
        -855190725194985089,
        -4769432098580143819,
        9021778948146114774,
        2831063131100480898,
        7341115325647727385,
        6870814298904679554,
        1314805170380891840,
        -2867328017735587916,
        2129671875020245211,
        -6829051578944056130,
        -8105483003621846459,
        3802694512689058302,
        -537588298904491199,
        -8986392054483666371,
        -5922949308865934719,
        1110555581064947404,
        8665563841238449237,
        9070163220963762019,
        -2011789835902237339,
        6198403209550022921,
        -1904481196363428346,
        -4057242734816278510,
        -4375196769700523315,
        5299952074682100051,
        9148581066122217733,
        -160837707899156194,
        -8206071742111274450,
        251164008059655959,
        -613433705058619742,
        7097631367235481084,
        -8922033243181984441,
        7695903907440915318,
        3138013596936148597,
    ];
}
