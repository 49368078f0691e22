//! Building text: f-strings, `str % args`, `"...".format(...)` with a literal
//! format string (parsed here, at compile time), and `format(x, spec)`. Each
//! field is formatted as soon as its expression is evaluated, as CPython does.

use ruff_python_ast::{self as ast, ConversionFlag, Expr, InterpolatedStringElement};
use ruff_text_size::{Ranged, TextRange};

use super::decls::err;
use super::func::{FnBuilder, Val};
use crate::error::CResult;
use crate::opcode::{Conv, Instr, Reg};
use crate::ty::{RegKind, Ty};

/// One piece of a `str.format` template.
enum Piece<'t> {
    Literal(String),
    Field { arg: FieldRef<'t>, conv: Conv, spec: &'t str },
}

/// Which argument a `str.format` field names.
enum FieldRef<'t> {
    Index(usize),
    Name(&'t str),
}

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// A register holding the constant str `text`.
    pub(super) fn str_literal(&mut self, text: &str) -> Reg {
        let reg = self.temp(RegKind::Ref);
        let k = self.c.str_const(text);
        self.emit(Instr::LoadStr { dst: reg, k });
        reg
    }

    /// `f"..."` (implicitly concatenated parts included).
    pub(super) fn fstring(&mut self, f: &'a ast::ExprFString, dst: Option<Reg>) -> CResult<Val> {
        let mut parts = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(lit) => parts.push(self.str_literal(&lit.value)),
                ast::FStringPart::FString(fs) => self.fstring_elements(&fs.elements, &mut parts, 0)?,
            }
        }
        self.build_str(parts, f.range, dst)
    }

    fn fstring_elements(
        &mut self,
        elements: &'a [InterpolatedStringElement],
        parts: &mut Vec<Reg>,
        depth: usize,
    ) -> CResult<()> {
        for element in elements {
            match element {
                InterpolatedStringElement::Literal(lit) => parts.push(self.str_literal(&lit.value)),
                InterpolatedStringElement::Interpolation(field) => {
                    if field.debug_text.is_some() {
                        return err(field.range, "self-documenting f-string fields (f\"{x=}\") are not supported yet");
                    }
                    let v = self.expr(&field.expression, None, None)?;
                    let conv = match field.conversion {
                        ConversionFlag::None => Conv::None,
                        ConversionFlag::Str => Conv::Str,
                        ConversionFlag::Repr => Conv::Repr,
                        ConversionFlag::Ascii => Conv::Ascii,
                    };
                    let spec = match &field.format_spec {
                        None => None,
                        Some(spec) => {
                            // CPython allows one level of fields inside a format spec.
                            if depth >= 1
                                && spec
                                    .elements
                                    .iter()
                                    .any(|e| matches!(e, InterpolatedStringElement::Interpolation(_)))
                            {
                                return err(spec.range, "f-string: expressions nested too deeply");
                            }
                            let mut spec_parts = Vec::new();
                            self.fstring_elements(&spec.elements, &mut spec_parts, depth + 1)?;
                            Some(self.build_str(spec_parts, spec.range, None)?.reg)
                        }
                    };
                    parts.push(self.format_field(v, conv, spec)?);
                }
            }
        }
        Ok(())
    }

    /// `format(conv(v), spec)` into a str register (a str with no spec and no
    /// conversion is used as it is).
    fn format_field(&mut self, v: Val, conv: Conv, spec: Option<Reg>) -> CResult<Reg> {
        self.check_printable(&v.ty, self.current)?;
        if v.ty == Ty::Str && conv == Conv::None && spec.is_none() {
            return Ok(v.reg);
        }
        if self.needs_dunder_text(&v.ty) {
            if spec.is_some() || conv == Conv::Ascii {
                return err(self.current, "a format spec for an object with __str__/__repr__ is not supported yet");
            }
            if let Some(reg) = self.text_dunder(&v, conv == Conv::Repr, self.current)? {
                return Ok(reg);
            }
        }
        let spec = match spec {
            Some(reg) => reg,
            None => self.str_literal(""),
        };
        let ty = self.c.ty_id(&v.ty);
        let reg = self.temp(RegKind::Ref);
        self.emit(Instr::FormatValue { dst: reg, src: v.reg, ty, spec, conv });
        Ok(reg)
    }

    /// Concatenates str registers into one new str.
    fn build_str(&mut self, parts: Vec<Reg>, at: TextRange, dst: Option<Reg>) -> CResult<Val> {
        if parts.len() > u16::MAX as usize / 2 {
            return err(at, "too many parts in one string");
        }
        let block = self.temp_block(&vec![RegKind::Ref; parts.len()], at)?;
        for (i, part) in parts.iter().enumerate() {
            self.emit(Instr::Move { dst: Reg(block.0 + i as u16), src: *part });
        }
        let reg = self.out(dst, RegKind::Ref);
        self.emit(Instr::StrBuild { dst: reg, items: block, count: parts.len() as u16 });
        Ok(Val { reg, ty: Ty::Str })
    }

    /// `fmt % value`: a tuple's elements are the arguments, any other value is the one argument.
    pub(super) fn percent_format(&mut self, fmt: Val, value: Val, at: TextRange, dst: Option<Reg>) -> CResult<Val> {
        let mut args: Vec<Val> = match &value.ty {
            Ty::Tuple(elems) => (0..elems.len()).map(|i| self.tuple_item(&value, i, false)).collect(),
            _ => vec![value],
        };
        let mut fmt = fmt;
        if args.iter().any(|a| self.needs_dunder_text(&a.ty)) {
            (fmt, args) = self.percent_dunder_args(fmt, args, at)?;
        }
        for arg in &args {
            self.check_printable(&arg.ty, at)?;
        }
        let tys = Ty::Tuple(args.iter().map(|a| a.ty.clone()).collect());
        let mut kinds = vec![RegKind::Ref];
        // (A None argument goes in a reference register, as None does everywhere.)
        kinds.extend(args.iter().map(|a| if a.ty == Ty::None { RegKind::Ref } else { a.ty.kind() }));
        if kinds.len() > u16::MAX as usize / 2 {
            return err(at, "too many arguments to format");
        }
        let block = self.temp_block(&kinds, at)?;
        self.emit(Instr::Move { dst: block, src: fmt.reg });
        for (i, arg) in args.iter().enumerate() {
            let reg = if arg.ty == Ty::None { self.const_none_reg() } else { arg.reg };
            let slot = Reg(block.0 + 1 + i as u16);
            self.emit(Instr::Move { dst: slot, src: reg });
        }
        let tys = self.c.ty_id(&tys);
        let reg = self.out(dst, RegKind::Ref);
        self.emit(Instr::PercentFormat { dst: reg, args: block, count: kinds.len() as u16, tys });
        Ok(Val { reg, ty: Ty::Str })
    }

    /// `%`-formatting objects whose class defines `__str__`/`__repr__`: with a
    /// literal template whose conversions for them are `%s`/`%r`, each such object
    /// becomes the text its method returns (called in argument order, as CPython
    /// formats), and its `%r` becomes `%s` of that text.
    fn percent_dunder_args(&mut self, fmt: Val, args: Vec<Val>, at: TextRange) -> CResult<(Val, Vec<Val>)> {
        let refuse =
            || err(at, "%-formatting an object with __str__/__repr__ needs a literal template with %s or %r for it");
        let Some(k) = self.const_str_of(fmt.reg) else { return refuse() };
        let template = self.c.program.strs[k.0 as usize].clone();
        let Some(convs) = percent_conversions(&template) else { return refuse() };
        if convs.len() != args.len() {
            return refuse();
        }
        let mut rewritten: Vec<char> = template.chars().collect();
        let mut out = Vec::new();
        for ((pos, conv), arg) in convs.into_iter().zip(args) {
            if !self.needs_dunder_text(&arg.ty) {
                out.push(arg);
                continue;
            }
            if !matches!(conv, 's' | 'r') {
                return refuse();
            }
            let text =
                self.text_dunder(&arg, conv == 'r', at)?.expect("the class (or an item's class) defines the method");
            rewritten[pos] = 's';
            out.push(Val { reg: text, ty: Ty::Str });
        }
        let k = self.c.str_const(&rewritten.into_iter().collect::<String>());
        let reg = self.temp(RegKind::Ref);
        self.emit(Instr::LoadStr { dst: reg, k });
        Ok((Val { reg, ty: Ty::Str }, out))
    }

    /// `format(value[, spec])`.
    pub(super) fn format_builtin(&mut self, args: &'a [Expr], at: TextRange, dst: Option<Reg>) -> CResult<Val> {
        let (value, spec) = match args {
            [value] => (value, None),
            [value, spec] => (value, Some(spec)),
            _ => return err(at, format!("format expected at most 2 arguments, got {}", args.len())),
        };
        let v = self.expr(value, None, None)?;
        self.check_printable(&v.ty, at)?;
        if self.needs_dunder_text(&v.ty) {
            let empty = spec.is_none_or(|s| matches!(s, Expr::StringLiteral(l) if l.value.to_str().is_empty()));
            if !empty {
                return err(at, "a format spec for an object with __str__/__repr__ is not supported yet");
            }
            if let Some(reg) = self.text_dunder(&v, false, at)? {
                let out = self.out(dst, RegKind::Ref);
                if out != reg {
                    self.emit(Instr::Move { dst: out, src: reg });
                }
                return Ok(Val { reg: out, ty: Ty::Str });
            }
        }
        let spec = match spec {
            Some(e) => {
                let s = self.expr(e, None, None)?;
                if s.ty != Ty::Str {
                    return err(e.range(), format!("format() argument 2 must be str, not {}", self.c.ty_name(&s.ty)));
                }
                Some(s.reg)
            }
            None => None,
        };
        let spec = match spec {
            Some(reg) => reg,
            None => self.str_literal(""),
        };
        let ty = self.c.ty_id(&v.ty);
        let reg = self.out(dst, RegKind::Ref);
        self.emit(Instr::FormatValue { dst: reg, src: v.reg, ty, spec, conv: Conv::None });
        Ok(Val { reg, ty: Ty::Str })
    }

    /// `"template".format(args, name=value)` with a literal template.
    pub(super) fn str_format(
        &mut self,
        template: &'a ast::ExprStringLiteral,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        let text = template.value.to_str();
        let pieces =
            parse_template(text).map_err(|message| crate::error::CompileError::new(template.range, message))?;
        // Arguments are evaluated first, in order; the fields then format them.
        let mut positional = Vec::new();
        for arg in args {
            if let Expr::Starred(star) = arg {
                return err(star.range, "*args in calls are not supported");
            }
            positional.push(self.expr(arg, None, None)?);
        }
        let mut named = Vec::new();
        for keyword in keywords {
            let Some(name) = &keyword.arg else {
                return err(keyword.range, "**kwargs in calls are not supported");
            };
            named.push((name.as_str(), self.expr(&keyword.value, None, None)?));
        }
        let mut parts = Vec::new();
        for piece in pieces {
            match piece {
                Piece::Literal(lit) => parts.push(self.str_literal(&lit)),
                Piece::Field { arg, conv, spec } => {
                    let v = match arg {
                        FieldRef::Index(i) => match positional.get(i) {
                            Some(v) => v.clone(),
                            None => {
                                return err(at, format!("Replacement index {i} out of range for positional args tuple"))
                            }
                        },
                        FieldRef::Name(name) => match named.iter().find(|(n, _)| *n == name) {
                            Some((_, v)) => v.clone(),
                            None => return err(at, format!("KeyError: '{name}' (no such keyword argument)")),
                        },
                    };
                    let spec = if spec.is_empty() { None } else { Some(self.str_literal(spec)) };
                    parts.push(self.format_field(v, conv, spec)?);
                }
            }
        }
        self.build_str(parts, at, dst)
    }
}

/// Splits a `str.format` template into literal text and fields, as CPython
/// parses it (`{{`/`}}` escapes; automatic and manual numbering do not mix).
fn parse_template(text: &str) -> Result<Vec<Piece<'_>>, String> {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut auto = 0usize;
    let (mut used_auto, mut used_manual) = (false, false);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' if bytes.get(i + 1) == Some(&b'{') => {
                literal.push('{');
                i += 2;
            }
            b'}' if bytes.get(i + 1) == Some(&b'}') => {
                literal.push('}');
                i += 2;
            }
            b'}' => return Err("Single '}' encountered in format string".into()),
            b'{' => {
                let close = text[i..].find('}').ok_or("expected '}' before end of string")? + i;
                let field = &text[i + 1..close];
                if field.contains('{') {
                    return Err("nested replacement fields in str.format are not supported".into());
                }
                let (head, spec) = field.split_once(':').unwrap_or((field, ""));
                let (name, conv) = match head.split_once('!') {
                    Some((name, "r")) => (name, Conv::Repr),
                    Some((name, "s")) => (name, Conv::Str),
                    Some((name, "a")) => (name, Conv::Ascii),
                    Some(_) => return Err("Unknown conversion specifier".into()),
                    None => (head, Conv::None),
                };
                let arg = if name.is_empty() {
                    used_auto = true;
                    auto += 1;
                    FieldRef::Index(auto - 1)
                } else if let Ok(index) = name.parse::<usize>() {
                    used_manual = true;
                    FieldRef::Index(index)
                } else if name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    FieldRef::Name(name)
                } else {
                    return Err(format!("field '{name}' is not supported in str.format (only names and indices)"));
                };
                if used_auto && used_manual {
                    return Err("cannot switch from automatic field numbering to manual field specification".into());
                }
                if !literal.is_empty() {
                    pieces.push(Piece::Literal(std::mem::take(&mut literal)));
                }
                pieces.push(Piece::Field { arg, conv, spec });
                i = close + 1;
            }
            _ => {
                let ch = text[i..].chars().next().expect("in bounds");
                literal.push(ch);
                i += ch.len_utf8();
            }
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    Ok(pieces)
}

impl<'c, 'a> FnBuilder<'c, 'a> {
    /// `s.method(args)` for the str methods of [`StrOp`](crate::opcode::StrOp).
    pub(super) fn str_method(
        &mut self,
        s: Reg,
        method: &str,
        args: &'a [Expr],
        at: TextRange,
        dst: Option<Reg>,
    ) -> CResult<Val> {
        use crate::opcode::StrOp::{self, *};
        let Some(op) = StrOp::ALL.into_iter().find(|op| op.method_name() == method) else {
            return err(at, format!("str.{method}() is not supported"));
        };
        let none = self.const_none_reg();
        let str_ty = Ty::Str;
        // Each method's arguments: (how many it takes at most, which are required).
        let (a, b) = match (op, args) {
            (
                Upper | Lower | Capitalize | Title | IsDigit | IsAlpha | IsAlnum | IsSpace | IsUpper | IsLower
                | SplitLines,
                [],
            ) => (none, none),
            (Strip | LStrip | RStrip | Split | RSplit, []) => (none, none),
            (Strip | LStrip | RStrip | Split | RSplit, [chars]) => (self.str_or_none_arg(chars, method)?, none),
            (StartsWith | EndsWith | Find | RFind | Index | RIndex | Count, [sub]) => {
                (self.str_arg(sub, method)?, none)
            }
            (Replace, [old, new]) => {
                let old = self.str_arg(old, method)?;
                (old, self.str_arg(new, method)?)
            }
            (ZFill | Center | LJust | RJust, [width]) => (self.int_expr(width)?, none),
            (Center | LJust | RJust, [width, fill]) => {
                let width = self.int_expr(width)?;
                (width, self.str_arg(fill, method)?)
            }
            (Join, [items]) => {
                let list_ty = Ty::List(Box::new(str_ty.clone()));
                // A list or tuple is joined as it is; any other iterable (a set, a dict, a
                // generator ...) is collected into a list first.
                let simple = match items {
                    Expr::List(_) | Expr::ListComp(_) => true,
                    Expr::Name(_) | Expr::Attribute(_) => {
                        matches!(self.static_type_of_simple(items), Some(Ty::List(_) | Ty::TupleN(_)) | None)
                    }
                    _ => false,
                };
                let list = if simple {
                    self.expr(items, Some(&list_ty), None)?
                } else {
                    self.collect_list(items, Some(&list_ty), at, None)?
                };
                // (A `tuple[str, ...]` is a list object too.)
                if list.ty != list_ty && list.ty != Ty::TupleN(Box::new(str_ty.clone())) {
                    return err(items.range(), format!("str.join() of {} is not supported", self.c.ty_name(&list.ty)));
                }
                (list.reg, none)
            }
            _ => return err(at, format!("str.{method}() with {} argument(s) is not supported", args.len())),
        };
        let ty = match op {
            StartsWith | EndsWith | IsDigit | IsAlpha | IsAlnum | IsSpace | IsUpper | IsLower => Ty::Bool,
            Find | RFind | Index | RIndex | Count => Ty::Int,
            Split | RSplit | SplitLines => Ty::List(Box::new(Ty::Str)),
            _ => Ty::Str,
        };
        let reg = self.out(dst, ty.kind());
        self.emit(Instr::StrMethod { dst: reg, s, op, a, b });
        Ok(Val { reg, ty })
    }

    /// A str argument of a str method.
    fn str_arg(&mut self, e: &'a Expr, method: &str) -> CResult<Reg> {
        let v = self.expr(e, Some(&Ty::Str), None)?;
        if v.ty != Ty::Str {
            return err(e.range(), format!("{method}() argument must be str, not {}", self.c.ty_name(&v.ty)));
        }
        Ok(v.reg)
    }

    /// A str-or-None argument (`strip(chars)`, `split(sep)`).
    fn str_or_none_arg(&mut self, e: &'a Expr, method: &str) -> CResult<Reg> {
        if matches!(e, Expr::NoneLiteral(_)) {
            return Ok(self.const_none_reg());
        }
        self.str_arg(e, method)
    }
}

/// The conversions of a `%` template, each with its character position, one
/// per argument; None for templates this does not handle (mapping keys, `*`
/// widths, malformed ones), which are refused.
fn percent_conversions(template: &str) -> Option<Vec<(usize, char)>> {
    let chars: Vec<char> = template.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            i += 1;
            continue;
        }
        i += 1;
        if chars.get(i) == Some(&'%') {
            i += 1;
            continue;
        }
        while matches!(chars.get(i), Some('-' | '+' | ' ' | '#' | '0')) {
            i += 1;
        }
        while chars.get(i).is_some_and(char::is_ascii_digit) {
            i += 1;
        }
        if chars.get(i) == Some(&'.') {
            i += 1;
            while chars.get(i).is_some_and(char::is_ascii_digit) {
                i += 1;
            }
        }
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        match chars.get(i) {
            Some(&c) if "diouxXeEfFgGcrsa".contains(c) => out.push((i, c)),
            _ => return None,
        }
        i += 1;
    }
    Some(out)
}
