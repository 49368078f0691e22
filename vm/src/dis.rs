//! The disassembler: a readable listing of every function's bytecode.

use std::fmt::Write;

use crate::opcode::Instr;
use crate::program::Program;
use crate::ty::RegKind;

/// The listing `jcvm dis` prints.
pub fn disassemble(program: &Program) -> String {
    let mut out = String::new();
    // The builtin exception classes come first in every program; they are not listed.
    let builtins = crate::opcode::ExcKind::ALL.len();
    for (index, class) in program.classes.iter().enumerate().skip(builtins) {
        let fields: Vec<String> = class.fields.iter().map(|f| format!("{}@{}", f.name, f.slot)).collect();
        let _ =
            writeln!(out, "class {} #{index}: [{}] refs={:?}", class.name, fields.join(", "), class.layout.ref_slots);
    }
    for (index, function) in program.functions.iter().enumerate() {
        let kinds: String = function
            .reg_kinds
            .iter()
            .map(|k| match k {
                RegKind::Int => 'i',
                RegKind::Float => 'f',
                RegKind::Ref => 'r',
            })
            .collect();
        let _ = writeln!(
            out,
            "\nfunction {} #{index} (params {}, registers {} [{kinds}]):",
            function.qualname,
            function.params.len(),
            function.nregs()
        );
        let initial: Vec<String> = function
            .frame_init
            .iter()
            .filter_map(|&(reg, word)| match function.reg_kinds[reg.0 as usize] {
                RegKind::Int => Some(format!("r{}={}", reg.0, word as i64)),
                RegKind::Float => Some(format!("r{}={:?}", reg.0, f64::from_bits(word))),
                RegKind::Ref => None,
            })
            .collect();
        if !initial.is_empty() {
            let _ = writeln!(out, "  init: {}", initial.join(", "));
        }
        let mut last_line = 0;
        for (pc, instr) in function.code.iter().enumerate() {
            let line = function.lines[pc];
            let marker = if line != last_line { format!("{line:>4}") } else { "    ".to_string() };
            last_line = line;
            // An inlined body is marked with `|`; its lines are the callee's.
            let inlined = if function.inline_site(pc).is_some() { '|' } else { ' ' };
            let _ = write!(out, "{marker}{inlined}{pc:>5}  {instr}");
            match *instr {
                Instr::Call { func, args, argc, .. }
                | Instr::CallMethod { func, args, argc, .. }
                | Instr::CallFinal { func, args, argc, .. } => {
                    let regs: Vec<String> =
                        function.call_arg_regs(args, argc).iter().map(|r| format!("r{}", r.0)).collect();
                    let _ = write!(out, "  {}({})", program.function(func).qualname, regs.join(", "));
                }
                Instr::EnterInline { func, .. } => {
                    let _ = write!(out, "  {}", program.function(func).qualname);
                }
                _ => {}
            }
            out.push('\n');
        }
    }
    out
}
