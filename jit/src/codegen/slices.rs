//! Slices of lists with a step of 1 or -1: a slice read into a scratch list
//! (`RefillSlice`), a same-length slice assignment (`ListSetSlice`), and the
//! two fused when the scratch list only carries one slice into the other.
//!
//! Fusing: `xs[a:b] = ys[c:d:s]` reads `ys[c:d:s]` into a scratch list that
//! nothing else reads (`OpFacts::refill`), then copies it over `xs[a:b]`.
//! When only instructions with no side effect (arithmetic, field reads: the
//! bounds of the assignment) lie between the two, the read is deferred to
//! the assignment, which copies straight from `ys`: from another list, or,
//! for the same list, reversing a range in place (`a[:k + 1] = a[k::-1]`).
//! Anything else (None, a resize, other overlaps) runs both instructions
//! through their helpers, in their order, as without the fusion.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, Block, InstBuilder, MemFlagsData, Value};
use jcvm_vm::opcode::{Instr, Reg};
use jcvm_vm::ty::RegKind;

use super::{inlinable, Translator};

/// A `RefillSlice` whose read waits for the `ListSetSlice` at `consumer`.
#[derive(Clone, Copy)]
pub(super) struct PendingSlice {
    pub(super) refill_pc: usize,
    pub(super) consumer: usize,
    seq: Reg,
    base: Reg,
    present: u8,
    step: i64,
}

/// How many instructions may lie between a fused read and its assignment.
const MAX_FUSED_GAP: usize = 4;

impl Translator<'_, '_> {
    /// The step of a slice whose bounds are the window at `base` (`present`: a
    /// bit per bound given), when it is 1 or -1 for sure: absent, or a constant.
    pub(super) fn unit_step(&self, base: Reg, present: u8) -> Option<i64> {
        if present & 4 == 0 {
            return Some(1);
        }
        let step = self.constants[base.0 as usize + 2]? as i64;
        (step == 1 || step == -1).then_some(step)
    }

    /// The first index and the length of a slice with unit `step` of a list of
    /// `len` items, the bounds in the window at `base` (`present`: which are
    /// given), clamped as CPython clamps them (`strs::slice_indices`).
    fn unit_slice(&mut self, len: Value, base: Reg, present: u8, step: i64) -> (Value, Value) {
        // A bound below zero counts from the end; then it is clamped to `low..=high`.
        let bound = |t: &mut Self, bit: u8, offset: u16, absent: Value, low: Value, high: Value| {
            if present & bit == 0 {
                return absent;
            }
            let v = t.get(Reg(base.0 + offset));
            let negative = t.b.ins().icmp_imm_s(IntCC::SignedLessThan, v, 0);
            let from_end = t.b.ins().iadd(v, len);
            let from_end = t.b.ins().smax(from_end, low);
            let capped = t.b.ins().smin(v, high);
            t.b.ins().select(negative, from_end, capped)
        };
        let zero = self.iconst(0);
        if step == 1 {
            let start = bound(self, 1, 0, zero, zero, len);
            let stop = bound(self, 2, 1, len, zero, len);
            let count = self.b.ins().isub(stop, start);
            let count = self.b.ins().smax(count, zero);
            (start, count)
        } else {
            let minus_one = self.iconst(-1);
            let last = self.b.ins().iadd_imm_s(len, -1);
            let start = bound(self, 1, 0, last, minus_one, last);
            let stop = bound(self, 2, 1, minus_one, minus_one, last);
            let count = self.b.ins().isub(start, stop);
            let count = self.b.ins().smax(count, zero);
            (start, count)
        }
    }

    /// `RefillSlice` with a unit step into a scratch list with room: the picked
    /// words copied in a loop; anything else (None, no scratch list yet or not
    /// enough room) through the direct instruction.
    fn lower_refill_slice(&mut self, pc: usize, dst: Reg, seq: Reg, base: Reg, present: u8, step: i64) {
        let flags = MemFlagsData::trusted();
        let (src, scratch, slow, join) = self.two_lists(seq, dst);
        let len = self.b.ins().load(types::I64, flags, src, jcvm_gc::LIST_LEN_OFFSET);
        let (first, count) = self.unit_slice(len, base, present, step);
        let cap = self.b.ins().load(types::I64, flags, scratch, jcvm_gc::LIST_CAP_OFFSET);
        let small = self.b.ins().icmp(IntCC::UnsignedGreaterThan, count, cap);
        self.fast_path_unless_to(small, slow);
        self.b.ins().store(flags, count, scratch, jcvm_gc::LIST_LEN_OFFSET);
        let from = self.b.ins().load(types::I64, flags, src, jcvm_gc::LIST_DATA_OFFSET);
        let to = self.b.ins().load(types::I64, flags, scratch, jcvm_gc::LIST_DATA_OFFSET);
        let from_first = self.b.ins().ishl_imm_s(first, 3);
        let from = self.b.ins().iadd(from, from_first);
        self.copy_words(from, step * 8, to, count);
        self.direct_tail(pc, slow, join);
    }

    /// `ListSetSlice` with step 1 from another list of exactly the slice's
    /// length: the words copied over in a loop; anything else (None, the list
    /// itself, a resize) through the direct instruction.
    pub(super) fn lower_list_set_slice(&mut self, pc: usize, list: Reg, base: Reg, present: u8, src: Reg) {
        let flags = MemFlagsData::trusted();
        let (source, target, slow, join) = self.two_lists(src, list);
        let len = self.b.ins().load(types::I64, flags, target, jcvm_gc::LIST_LEN_OFFSET);
        let (first, count) = self.unit_slice(len, base, present, 1);
        let given = self.b.ins().load(types::I64, flags, source, jcvm_gc::LIST_LEN_OFFSET);
        let resizes = self.b.ins().icmp(IntCC::NotEqual, given, count);
        self.fast_path_unless_to(resizes, slow);
        let from = self.b.ins().load(types::I64, flags, source, jcvm_gc::LIST_DATA_OFFSET);
        let to = self.b.ins().load(types::I64, flags, target, jcvm_gc::LIST_DATA_OFFSET);
        let to_first = self.b.ins().ishl_imm_s(first, 3);
        let to = self.b.ins().iadd(to, to_first);
        self.copy_words(from, 8, to, count);
        self.direct_tail(pc, slow, join);
    }

    /// The start of a fast path on two distinct lists in registers `a` and `b`:
    /// their values, a `slow` block (taken already when either is None or both
    /// are one list) and a `join` block; the builder continues in the fast path.
    /// Each condition branches on its own; a register known not None is not tested.
    fn two_lists(&mut self, a: Reg, b: Reg) -> (Value, Value, Block, Block) {
        let (x, y) = (self.get(a), self.get(b));
        let (slow, join) = self.fast_path_unless_none(a);
        self.branch_if_none(b, slow);
        let same = self.b.ins().icmp(IntCC::Equal, x, y);
        self.fast_path_unless_to(same, slow);
        (x, y, slow, join)
    }

    /// Copies `count` words: the `i`th from `from + i * stride` to `to + 8 * i`.
    /// A loop tested at its bottom, stepping both addresses (nothing when
    /// `count` is not above zero).
    fn copy_words(&mut self, from: Value, stride: i64, to: Value, count: Value) {
        let flags = MemFlagsData::trusted();
        let (body, done) = (self.b.create_block(), self.b.create_block());
        let at = self.b.append_block_param(body, types::I64);
        let to_at = self.b.append_block_param(body, types::I64);
        let bytes = self.b.ins().ishl_imm_s(count, 3);
        let end = self.b.ins().iadd(to, bytes);
        let any = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, count, 0);
        self.b.ins().brif(any, body, &[from.into(), to.into()], done, &[]);
        self.b.switch_to_block(body);
        let word = self.b.ins().load(types::I64, flags, at, 0);
        self.b.ins().store(flags, word, to_at, 0);
        let next_at = self.b.ins().iadd_imm_s(at, stride);
        let next_to = self.b.ins().iadd_imm_s(to_at, 8);
        let more = self.b.ins().icmp(IntCC::NotEqual, next_to, end);
        self.b.ins().brif(more, body, &[next_at.into(), next_to.into()], done, &[]);
        self.b.switch_to_block(done);
    }

    /// `RefillSlice` at `pc` with a step of 1 or -1: deferred to its
    /// assignment when it can be fused (see the module docs; `seq` is checked
    /// for None here, where the read raises), else read into the scratch list.
    /// None (nothing lowered) for another step.
    pub(super) fn lower_refill(
        &mut self,
        pc: usize,
        dst: Reg,
        seq: Reg,
        base: Reg,
        present: u8,
        done: Block,
    ) -> Option<()> {
        let step = self.unit_step(base, present)?;
        match self.fused_consumer(pc, dst, seq, base) {
            Some(consumer) => {
                self.guard_not_none(pc, seq, done);
                self.pending_slice = Some(PendingSlice { refill_pc: pc, consumer, seq, base, present, step });
            }
            None => self.lower_refill_slice(pc, dst, seq, base, present, step),
        }
        Some(())
    }

    /// The pc of the `ListSetSlice` (step 1) that copies from the scratch list
    /// `dst` that the `RefillSlice` at `pc` fills, when only instructions of
    /// [`inlinable`] (arithmetic and field reads: no side effect) that write none
    /// of the read's operands lie between, and nothing jumps in between.
    fn fused_consumer(&self, pc: usize, dst: Reg, seq: Reg, base: Reg) -> Option<usize> {
        let code = &self.function.code;
        let operands = [dst, seq, base, Reg(base.0 + 1), Reg(base.0 + 2)];
        for (at, &instr) in code.iter().enumerate().skip(pc + 1).take(MAX_FUSED_GAP + 1) {
            if self.starts.contains_key(&at) {
                return None;
            }
            match instr {
                Instr::ListSetSlice { base, present, src, .. } if src == dst => {
                    return (self.unit_step(base, present) == Some(1)).then_some(at);
                }
                instr if inlinable(&instr) && instr.dst().is_none_or(|d| !operands.contains(&d)) => {}
                _ => return None,
            }
        }
        None
    }

    /// The `ListSetSlice` at `pc` (into `list`, bounds at `base`) that the
    /// deferred read `read` feeds: copied straight from the list read, or
    /// reversed in place when that is `list` and the two ranges are one; else
    /// both instructions through their helpers.
    pub(super) fn lower_fused_slices(&mut self, pc: usize, read: PendingSlice, list: Reg, base: Reg, present: u8) {
        let flags = MemFlagsData::trusted();
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, types::I64);
        let source = self.get(read.seq);
        let target = self.get(list);
        self.branch_if_none(list, slow);
        let source_len = self.b.ins().load(types::I64, flags, source, jcvm_gc::LIST_LEN_OFFSET);
        let (from_first, count) = self.unit_slice(source_len, read.base, read.present, read.step);
        let target_len = self.b.ins().load(types::I64, flags, target, jcvm_gc::LIST_LEN_OFFSET);
        let (to_first, target_count) = self.unit_slice(target_len, base, present, 1);
        let resizes = self.b.ins().icmp(IntCC::NotEqual, count, target_count);
        self.fast_path_unless_to(resizes, slow);
        let from_data = self.b.ins().load(types::I64, flags, source, jcvm_gc::LIST_DATA_OFFSET);
        let from_offset = self.b.ins().ishl_imm_s(from_first, 3);
        let from = self.b.ins().iadd(from_data, from_offset);
        let to_data = self.b.ins().load(types::I64, flags, target, jcvm_gc::LIST_DATA_OFFSET);
        let to_offset = self.b.ins().ishl_imm_s(to_first, 3);
        let to = self.b.ins().iadd(to_data, to_offset);
        let (apart, same) = (self.b.create_block(), self.b.create_block());
        let one_list = self.b.ins().icmp(IntCC::Equal, source, target);
        self.b.ins().brif(one_list, same, &[], apart, &[]);

        self.b.switch_to_block(apart);
        self.copy_words(from, read.step * 8, to, count);
        let nothing = self.iconst(0);
        self.b.ins().jump(join, &[nothing.into()]);

        // One list: a copy onto itself is nothing to do; the reversed range
        // onto itself (its last item first) is a reversal in place.
        self.b.switch_to_block(same);
        let onto_itself = if read.step == 1 {
            self.b.ins().icmp(IntCC::Equal, from_first, to_first)
        } else {
            let lowest = self.b.ins().isub(from_first, count);
            let lowest = self.b.ins().iadd_imm_s(lowest, 1);
            self.b.ins().icmp(IntCC::Equal, lowest, to_first)
        };
        let other_overlap = self.b.ins().icmp_imm_s(IntCC::Equal, onto_itself, 0);
        self.fast_path_unless_to(other_overlap, slow);
        if read.step == -1 {
            self.reverse_words(to, count);
        }
        let nothing = self.iconst(0);
        self.b.ins().jump(join, &[nothing.into()]);

        self.b.set_cold_block(slow);
        self.b.switch_to_block(slow);
        self.call_direct(read.refill_pc);
        // The instructions between the two ran first, here. The read's helper
        // may collect, and a collection there clears the registers they write
        // (not live before them, in the read's order): write those back.
        for at in read.refill_pc + 1..pc {
            if let Some(dst) = self.function.code[at].dst().filter(|&d| self.kind(d) == RegKind::Ref) {
                let v = self.get(dst);
                self.store_to_frame(dst, v);
            }
        }
        self.call_direct(pc);
        let nothing = self.iconst(0);
        self.b.ins().jump(join, &[nothing.into()]);
        self.b.switch_to_block(join);
    }

    /// Reverses the `count` words from `at` in place.
    fn reverse_words(&mut self, at: Value, count: Value) {
        let flags = MemFlagsData::trusted();
        let (body, done) = (self.b.create_block(), self.b.create_block());
        let low = self.b.append_block_param(body, types::I64);
        let high = self.b.append_block_param(body, types::I64);
        let bytes = self.b.ins().ishl_imm_s(count, 3);
        let end = self.b.ins().iadd(at, bytes);
        let last = self.b.ins().iadd_imm_s(end, -8);
        let any = self.b.ins().icmp(IntCC::UnsignedLessThan, at, last);
        self.b.ins().brif(any, body, &[at.into(), last.into()], done, &[]);
        self.b.switch_to_block(body);
        let a = self.b.ins().load(types::I64, flags, low, 0);
        let z = self.b.ins().load(types::I64, flags, high, 0);
        self.b.ins().store(flags, z, low, 0);
        self.b.ins().store(flags, a, high, 0);
        let next_low = self.b.ins().iadd_imm_s(low, 8);
        let next_high = self.b.ins().iadd_imm_s(high, -8);
        let more = self.b.ins().icmp(IntCC::UnsignedLessThan, next_low, next_high);
        self.b.ins().brif(more, body, &[next_low.into(), next_high.into()], done, &[]);
        self.b.switch_to_block(done);
    }
}
