//! The str methods (`split`, `strip`, `find`, `replace`, `join`, `upper` ...)
//! and slicing of strs and lists, with CPython's rules: Python's whitespace,
//! index clamping of slices, and its error messages.

use jcvm_gc::{Heap, ObjRef};

use super::exception::{OpResult, Raised};
use crate::opcode::{ExcKind, StrOp};

/// Python's `str.isspace()` for one character (Rust's White_Space plus the
/// four information separators U+001C..U+001F, which Python counts).
pub(super) fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// The str in `word`, or the AttributeError CPython raises for `None.method`.
///
/// # Safety
/// `word` is 0 or a live str.
pub(super) unsafe fn str_or<'s>(word: u64, method: &str) -> OpResult<&'s str> {
    // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
    match unsafe { ObjRef::from_raw(word) } {
        // SAFETY: per the contract.
        Some(s) => Ok(unsafe { s.str() }),
        None => Err(super::values::none_attribute(method)),
    }
}

/// A str argument (`sep`, `old` ...), or CPython's TypeError for None.
fn str_arg<'s>(word: u64, method: &str) -> OpResult<&'s str> {
    // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
    match unsafe { ObjRef::from_raw(word) } {
        // SAFETY: str argument registers hold live strings or 0.
        Some(s) => Ok(unsafe { s.str() }),
        None => Err(Raised::new(ExcKind::TypeError, format!("{method}() argument must be str, not None"))),
    }
}

fn new_str(heap: &mut Heap, text: impl Into<Box<str>>) -> u64 {
    heap.alloc_str(text).to_raw()
}

fn new_str_list(heap: &mut Heap, parts: Vec<String>) -> u64 {
    let words: Vec<u64> = parts.into_iter().map(|p| new_str(heap, p)).collect();
    heap.alloc_list(words, true).to_raw()
}

/// Index of the `n`-th character (a byte offset), for results in code points.
fn char_index(text: &str, byte: usize) -> i64 {
    if text.is_ascii() {
        byte as i64
    } else {
        text[..byte].chars().count() as i64
    }
}

/// Runs `s.op(a, b)`; the result is a word of the op's result kind (a new str or
/// list, an int, or a bool). `a` and `b` are the op's arguments (0 when unused).
pub(super) fn str_method(heap: &mut Heap, op: StrOp, s: &str, a: u64, b: u64) -> OpResult<u64> {
    let bool_word = |v: bool| Ok(u64::from(v));
    match op {
        StrOp::Upper => Ok(new_str(heap, s.to_uppercase())),
        StrOp::Lower => Ok(new_str(heap, s.to_lowercase())),
        StrOp::Strip | StrOp::LStrip | StrOp::RStrip => {
            // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
            let chars: Option<Vec<char>> = unsafe { ObjRef::from_raw(a) }.map(|c| {
                // SAFETY: the chars argument is a live str or None.
                unsafe { c.str() }.chars().collect()
            });
            let strip = |c: char| chars.as_ref().map_or_else(|| is_space(c), |set| set.contains(&c));
            let out = match op {
                StrOp::Strip => s.trim_matches(strip),
                StrOp::LStrip => s.trim_start_matches(strip),
                _ => s.trim_end_matches(strip),
            };
            Ok(new_str(heap, out))
        }
        StrOp::StartsWith => bool_word(s.starts_with(str_arg(a, "startswith")?)),
        StrOp::EndsWith => bool_word(s.ends_with(str_arg(a, "endswith")?)),
        StrOp::Find | StrOp::Index => {
            let needle = str_arg(a, if op == StrOp::Find { "find" } else { "index" })?;
            match s.find(needle) {
                Some(byte) => Ok(char_index(s, byte) as u64),
                None if op == StrOp::Find => Ok(-1i64 as u64),
                None => Err(Raised::new(ExcKind::ValueError, "substring not found")),
            }
        }
        StrOp::RFind | StrOp::RIndex => {
            let needle = str_arg(a, if op == StrOp::RFind { "rfind" } else { "rindex" })?;
            match s.rfind(needle) {
                Some(byte) => Ok(char_index(s, byte) as u64),
                None if op == StrOp::RFind => Ok(-1i64 as u64),
                None => Err(Raised::new(ExcKind::ValueError, "substring not found")),
            }
        }
        StrOp::Count => {
            let needle = str_arg(a, "count")?;
            let n = if needle.is_empty() { s.chars().count() + 1 } else { s.matches(needle).count() };
            Ok(n as u64)
        }
        StrOp::Replace => {
            let (old, new) = (str_arg(a, "replace")?, str_arg(b, "replace")?);
            let out = if old.is_empty() {
                // CPython inserts `new` before every character and at the end.
                let mut out = String::with_capacity(s.len() + new.len() * (s.len() + 1));
                for c in s.chars() {
                    out.push_str(new);
                    out.push(c);
                }
                out.push_str(new);
                out
            } else {
                s.replace(old, new)
            };
            Ok(new_str(heap, out))
        }
        StrOp::Split | StrOp::RSplit => {
            // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
            let parts: Vec<String> = match unsafe { ObjRef::from_raw(a) } {
                None => s.split(is_space).filter(|p| !p.is_empty()).map(String::from).collect(),
                Some(sep) => {
                    // SAFETY: the separator is a live str.
                    let sep = unsafe { sep.str() };
                    if sep.is_empty() {
                        return Err(Raised::new(ExcKind::ValueError, "empty separator"));
                    }
                    s.split(sep).map(String::from).collect()
                }
            };
            Ok(new_str_list(heap, parts))
        }
        StrOp::SplitLines => {
            let mut parts = Vec::new();
            let mut rest = s;
            while !rest.is_empty() {
                let end = rest.find(is_line_break).unwrap_or(rest.len());
                parts.push(rest[..end].to_string());
                let mut next = end;
                if rest[end..].starts_with("\r\n") {
                    next += 2;
                } else if let Some(c) = rest[end..].chars().next() {
                    next += c.len_utf8();
                }
                rest = &rest[next..];
            }
            Ok(new_str_list(heap, parts))
        }
        StrOp::Join => {
            // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
            let Some(list) = (unsafe { ObjRef::from_raw(a) }) else {
                return Err(Raised::new(ExcKind::TypeError, "can only join an iterable"));
            };
            // SAFETY: the argument is a live list of strs; only read.
            let items = unsafe { list.list_words() }.to_vec();
            let mut out = String::new();
            for (i, &w) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(s);
                }
                // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
                match unsafe { ObjRef::from_raw(w) } {
                    // SAFETY: items of a str list are live strs or None.
                    Some(part) => out.push_str(unsafe { part.str() }),
                    None => {
                        return Err(Raised::new(
                            ExcKind::TypeError,
                            format!("sequence item {i}: expected str instance, NoneType found"),
                        ))
                    }
                }
            }
            Ok(new_str(heap, out))
        }
        StrOp::ZFill | StrOp::Center | StrOp::LJust | StrOp::RJust => {
            let width = a as i64;
            // SAFETY: a reference-kind register, slot, global or element word (kinds are verified): 0 or a live object.
            let fill = match (op, unsafe { ObjRef::from_raw(b) }) {
                (StrOp::ZFill, _) | (_, None) => {
                    if op == StrOp::ZFill {
                        '0'
                    } else {
                        ' '
                    }
                }
                // SAFETY: the fill argument is a live str.
                (_, Some(f)) => {
                    let f = unsafe { f.str() };
                    let mut chars = f.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => c,
                        _ => {
                            return Err(Raised::new(
                                ExcKind::TypeError,
                                "The fill character must be exactly one character long",
                            ))
                        }
                    }
                }
            };
            let len = s.chars().count() as i64;
            if width <= len {
                return Ok(new_str(heap, s));
            }
            let pad = (width - len) as usize;
            if pad > super::fmtspec::MAX_FORMATTED_LEN as usize {
                return Err(Raised::new(ExcKind::MemoryError, ""));
            }
            let fill_str = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
            let out = match op {
                StrOp::ZFill => match s.strip_prefix(['+', '-']) {
                    Some(digits) => format!("{}{}{digits}", &s[..1], fill_str(pad)),
                    None => format!("{}{s}", fill_str(pad)),
                },
                StrOp::LJust => format!("{s}{}", fill_str(pad)),
                StrOp::RJust => format!("{}{s}", fill_str(pad)),
                _ => {
                    // CPython's centering puts the odd space on the left when the width is odd.
                    let left = pad / 2 + (pad & width as usize & 1);
                    format!("{}{s}{}", fill_str(left), fill_str(pad - left))
                }
            };
            Ok(new_str(heap, out))
        }
        StrOp::IsDigit => {
            bool_word(!s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric())))
        }
        StrOp::IsAlpha => bool_word(!s.is_empty() && s.chars().all(char::is_alphabetic)),
        StrOp::IsAlnum => bool_word(!s.is_empty() && s.chars().all(char::is_alphanumeric)),
        StrOp::IsSpace => bool_word(!s.is_empty() && s.chars().all(is_space)),
        StrOp::IsUpper => {
            bool_word(s.chars().any(|c| c.is_lowercase() || c.is_uppercase()) && !s.chars().any(char::is_lowercase))
        }
        StrOp::IsLower => {
            bool_word(s.chars().any(|c| c.is_lowercase() || c.is_uppercase()) && !s.chars().any(char::is_uppercase))
        }
        StrOp::Capitalize => {
            let mut chars = s.chars();
            let out = match chars.next() {
                Some(first) => first.to_uppercase().chain(chars.as_str().to_lowercase().chars()).collect::<String>(),
                None => String::new(),
            };
            Ok(new_str(heap, out))
        }
        StrOp::Title => {
            let mut out = String::with_capacity(s.len());
            let mut previous_cased = false;
            for c in s.chars() {
                if previous_cased {
                    out.extend(c.to_lowercase());
                } else {
                    out.extend(c.to_uppercase());
                }
                previous_cased = c.is_lowercase() || c.is_uppercase();
            }
            Ok(new_str(heap, out))
        }
    }
}

/// Line boundaries of `str.splitlines`.
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// The indices a slice `[start:stop:step]` selects from a sequence of `len`
/// items (CPython's `PySlice_AdjustIndices`); `None` bounds are absent.
#[inline]
pub(super) fn slice_indices(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> OpResult<SliceIndices> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(Raised::new(ExcKind::ValueError, "slice step cannot be zero"));
    }
    let len = len as i64;
    let clamp = |v: i64, low: i64, high: i64| -> i64 {
        if v < 0 {
            (v.saturating_add(len)).max(low)
        } else {
            v.min(high)
        }
    };
    let (start, stop) = if step > 0 {
        (start.map_or(0, |v| clamp(v, 0, len)), stop.map_or(len, |v| clamp(v, 0, len)))
    } else {
        (start.map_or(len - 1, |v| clamp(v, -1, len - 1)), stop.map_or(-1, |v| clamp(v, -1, len - 1)))
    };
    // Both bounds lie in -1..=len, so their difference fits.
    let (lo, hi) = if step > 0 { (start, stop) } else { (stop, start) };
    let left = match step.unsigned_abs() {
        _ if lo >= hi => 0,
        // (No division for the usual steps.)
        1 => (hi - lo) as usize,
        stride => ((hi - lo - 1) as u64 / stride + 1) as usize,
    };
    Ok(SliceIndices { next: start, step, left })
}

/// The indices a slice selects, in order (see [`slice_indices`]); no allocation.
#[derive(Clone, Copy, Debug)]
pub(super) struct SliceIndices {
    next: i64,
    step: i64,
    left: usize,
}

impl SliceIndices {
    /// Where a step-1 slice starts (its first index, or where it would be when
    /// it picks nothing); None for other steps.
    pub(super) fn unit_step_start(&self) -> Option<usize> {
        (self.step == 1).then_some(self.next as usize)
    }

    /// The picked words of `items` (the sequence the indices were made for), in order.
    pub(super) fn pick_from(self, items: &[u64]) -> Vec<u64> {
        let mut words = Vec::with_capacity(self.left);
        self.push_picked(items, &mut words);
        words
    }

    /// Writes `new` (as many words as are picked) over the picked words of
    /// `items`, in order: one copy of a range for step 1.
    pub(super) fn overwrite(self, items: &mut [u64], new: &[u64]) {
        debug_assert_eq!(self.left, new.len());
        if self.step == 1 && self.left > 0 {
            let first = self.next as usize;
            items[first..first + self.left].copy_from_slice(new);
            return;
        }
        for (i, &w) in self.zip(new) {
            items[i] = w;
        }
    }

    /// Appends the picked words of `items` to `out`: one copy of a range for
    /// step 1, a reversed copy for step -1, one strided pass otherwise.
    pub(super) fn push_picked(self, items: &[u64], out: &mut Vec<u64>) {
        if self.left == 0 {
            return;
        }
        let first = self.next as usize;
        match self.step {
            1 => out.extend_from_slice(&items[first..first + self.left]),
            -1 => out.extend(items[first + 1 - self.left..=first].iter().rev()),
            _ => out.extend(self.map(|i| items[i])),
        }
    }
}

impl Iterator for SliceIndices {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.left == 0 {
            return None;
        }
        let index = self.next;
        self.left -= 1;
        // Past the last index the sum may overflow; it is never used then.
        self.next = index.wrapping_add(self.step);
        Some(index as usize)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for SliceIndices {}

/// `ord(s)`.
pub(super) fn ord(text: Option<&str>) -> OpResult<i64> {
    let Some(text) = text else {
        return Err(Raised::new(ExcKind::TypeError, "ord() expected string of length 1, but NoneType found"));
    };
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(i64::from(u32::from(c))),
        _ => Err(Raised::new(
            ExcKind::TypeError,
            format!("ord() expected a character, but string of length {} found", text.chars().count()),
        )),
    }
}

/// `chr(code)` (a lone surrogate cannot be held in a Rust string: refused with
/// the error CPython gives when such a string is printed).
pub(super) fn chr(code: i64) -> OpResult<char> {
    if !(0..0x110000).contains(&code) {
        return Err(Raised::new(ExcKind::ValueError, "chr() arg not in range(0x110000)"));
    }
    char::from_u32(code as u32)
        .ok_or_else(|| Raised::new(ExcKind::ValueError, "surrogate characters are not supported"))
}

#[cfg(test)]
mod tests {
    use super::slice_indices;

    #[test]
    fn slice_indices_clamp_as_cpython() {
        let picked = slice_indices(9, Some(2), Some(-3), None).unwrap();
        assert_eq!(picked.collect::<Vec<_>>(), vec![2, 3, 4, 5]);
        assert_eq!(slice_indices(4, Some(7), None, Some(1)).unwrap().count(), 0);
        let reversed = slice_indices(5, Some(3), None, Some(-1)).unwrap();
        assert_eq!(reversed.collect::<Vec<_>>(), vec![3, 2, 1, 0]);
    }

    #[test]
    fn picking_words_follows_the_indices() {
        let items: Vec<u64> = (10..20).collect();
        for (start, stop, step) in [
            (Some(3), None, Some(-1)),
            (None, None, Some(-1)),
            (Some(8), Some(2), Some(-1)),
            (Some(-2), Some(-9), Some(-3)),
            (None, None, Some(4)),
            (Some(5), Some(5), Some(-1)),
            (Some(1), Some(9), Some(2)),
            (Some(2), Some(-3), None),
            (Some(-20), Some(20), Some(1)),
        ] {
            let picked = slice_indices(items.len(), start, stop, step).unwrap();
            let expected: Vec<u64> = picked.map(|i| items[i]).collect();
            assert_eq!(picked.pick_from(&items), expected, "{start:?}:{stop:?}:{step:?}");
            // Writing the picked words back, negated, changes exactly the picked items.
            let mut written = items.clone();
            let negated: Vec<u64> = expected.iter().map(|w| w.wrapping_neg()).collect();
            picked.overwrite(&mut written, &negated);
            let mut by_hand = items.clone();
            for (i, w) in picked.zip(&negated) {
                by_hand[i] = *w;
            }
            assert_eq!(written, by_hand, "{start:?}:{stop:?}:{step:?}");
        }
    }
}
