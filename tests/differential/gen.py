"""Random typed Python programs for the differential test (see run.py).

`program(seed, shapes)` returns the source of one deterministic program made
of 2 to 5 *fragments*, each produced by one shape, each in its own function
`frag_K` called from `main()` (or, now and then, run at module level with
globals). A shape is a function `shape(g: Gen, f: Frag)` that appends the
fragment's statements and registers the classes and functions it needs.
Tracers `ti/tf/tb/ts/tl(tag, value)` print and return their value.

Fragment shapes (on by default):

  arith     random nested int/float expressions (every operator, mixed kinds);
            often divides by zero or leaves 64 bits, so it runs last
  selfref   assignments whose target is also read: `x = a or x`,
            `x = min(a, b, x)`, `p = -1 < 0 < p`, `x = x if c else y`,
            `a, b = b, a + b`, `x = f(x)`, `o.n += o.bump(1)`, `i, xs[i] = ...`,
            `a = xs[a % n] = e`, `for xs[0] in ...`, `G = G + g()` where g()
            rebinds the global G, comprehension variables shadowing locals
  alias     several names for one list: aliases, `xs += ys`, `xs += xs`,
            mutation through an alias, a tuple, a list of lists, an object's
            field, a called function or a shared mutable default (a model of
            the lists' lengths keeps every index in range)
  numeric   ints and floats near 2**53 compared and mixed, true division of
            large ints, floor division and modulo signs and edges, round()
            halfway cases and far digits, float and int formatting with random
            format specs and printf-style, min/max/sorted with signed zeros
  order     evaluation order: operands, positional and keyword arguments in
            any order, f-string fields and nested specs, chained comparisons,
            and/or, conditional expressions, print(sep=, end=), subscript and
            attribute targets, chained assignment, made of calls that print
  calls     tuples (returned, unpacked, nested, compared, in lists and
            fields) and calls with defaults (evaluated once at def time,
            a mutable default shared across calls), keyword, keyword-only
            and positional-only arguments, to functions, methods and
            constructors; class-level field defaults
  strrepr   str repr/str/%r/!r, indexing, iteration, width and precision
            over random code points of all of Unicode
  mathfn    math functions on edge and random arguments, errors caught
  trystate  what assignments leave behind when an exception interrupts them
            (`a = leaf(a, z)` with an inlined leaf, fields, elements, tuple
            targets, augmented), try/except/else/finally in loops with
            break/continue, return through finally, nested try
  dicts     dict[K, V] with str/int/tuple/float keys (0.0 and -0.0 one key):
            literals, comprehensions, get/set/del, `in`, get/pop/setdefault/
            update/copy/clear, iteration over keys/values/items, order after
            delete and re-insert, KeyError caught (or, rarely, uncaught)
  sets      set[T] printed and iterated in CPython's order (the oracle runs
            with PYTHONHASHSEED=0): displays, set()/set(list)/set(dict),
            add/discard/remove/pop, dummies and resizes, update, copy,
            | & - ^ and their in-place forms, loops that change the set
  optional  Optional[int]/Optional[float]: None defaults, narrowing (`is None`
            then assign, `is not None`, `and`, conditional expressions),
            printed alone and in lists/dicts/tuples/f-strings, None stored
            back in loops
  generators  `-> Iterator[int]` functions consumed by for/list/sum/sorted/
            max/min/any/all/join and other generators, break then resume,
            exhaustion, a generator that raises (caught, then finished)
  funcvalues  Callable[[int], int] (and float, two-argument, predicate)
            parameters given module-level functions, functions in locals,
            bound methods in locals (list.append/pop/extend/insert, an
            object's overridden method)
  equality  == / != of lists (nested, floats with -0.0, str, tuples), dicts
            (insertion order ignored), sets; tuple ordering
  closures  lambdas and nested functions over variables assigned later
            (late binding), nonlocal counters shared by two nested
            functions, closure factories, closures in lists and Callable
            parameters, comprehension targets named like captured variables
  with      context manager classes: enter/exit order, exceptions
            suppressed or not by __exit__, return/break inside, nested
  dataclass @dataclass classes (defaults, default_factory, inheritance with a
            redeclared field): repr, ==/!= (base against subclass), in,
            count/index; a hand-written __eq__ returning NotImplemented

Modifiers (on by default):

  errors      one exception at a random point of a random fragment
              (ZeroDivisionError, IndexError, ValueError, AssertionError,
              OverflowError, AttributeError on None, UnboundLocalError,
              negative shift, raise of builtin exceptions), directly, at the
              bottom of a call chain, in a loop, an f-string, print's sep/end,
              a while condition, a constructor, an overriding method, a small
              (inlined) function; uncaught unless `tryexcept` wraps it
  recursion   RecursionError (direct, mutual, through a method) among errors
  tryexcept   errors caught at the site or in main() (try/except/else/finally,
              bare raise, raise ... from)
  bigcmp      ints beyond 2**53 compared with floats
  bigdiv      true division of ints beyond 2**53
  strmethods  str methods and slices in strrepr (not the Unicode-property
              ones, see unicode_props)
  slices      slice copies, slice assignment, del in alias

Off by default (OFF_SHAPES, with the reason: a jcvm gap, refused with exit 2,
or a jcvm bug that would fail CI); turn one on with run.py --with NAME.

Programs must print what CPython prints, so the generator keeps away from
jcvm's deliberate differences: a float variable only ever receives a float
expression (jcvm turns an int stored there into a float), and ints stay far
from 2**63 except where CPython raises too (jcvm's ints are 64-bit; the
driver accepts jcvm's OverflowError where CPython went on, if the output
printed so far agrees); no complex results.
"""

import random

# ---------------------------------------------------------------------------
# program assembly


class Frag:
    """One fragment: a list of top-level statements (each a list of lines,
    indented relative to the fragment body)."""

    def __init__(self, g: "Gen", k: int, module_level: bool):
        self.g = g
        self.k = k
        self.module_level = module_level
        self.stmts: list[list[str]] = []
        self.env: dict[str, str] = {}  # local name -> type
        self.prefix = f"m{k}_" if module_level else ""

    def name(self, base: str) -> str:
        return self.prefix + base

    def add(self, *lines: str) -> None:
        self.stmts.append(list(lines))

    def add_block(self, lines: list[str]) -> None:
        self.stmts.append(lines)

    def declare(self, base: str, ty: str, value: str) -> str:
        n = self.name(base)
        self.env[n] = ty
        self.add(f"{n} = {value}" if ty not in ANNOTATE else f"{n}: {ty} = {value}")
        return n


ANNOTATE = {"list[list[int]]"}

TRACERS = '''
def ti(tag: str, v: int) -> int:
    print("ti", tag, v)
    return v


def tf(tag: str, v: float) -> float:
    print("tf", tag, v)
    return v


def tb(tag: str, v: bool) -> bool:
    print("tb", tag, v)
    return v


def ts(tag: str, v: str) -> str:
    print("ts", tag, v)
    return v


def tl(tag: str, v: list[int]) -> list[int]:
    print("tl", tag, v)
    return v
'''


class Gen:
    def __init__(self, seed: int, shapes: set[str]):
        self.rnd = random.Random(seed)
        self.shapes = shapes
        self.tops: list[str] = []  # top-level definitions, in order
        self.late: list[str] = []  # module statements run after the definitions, before main()
        self.uid = 0
        self.tag_n = 0
        self.typing_names: set[str] = set()  # from typing import ... (Optional is added when used)

    def fresh(self, base: str) -> str:
        self.uid += 1
        return f"{base}{self.uid}"

    def tag(self) -> str:
        self.tag_n += 1
        return f"'{self.tag_n}'"

    def top(self, text: str) -> None:
        self.tops.append(text.strip("\n"))

    def chance(self, p: float) -> bool:
        return self.rnd.random() < p


def program(seed: int, shapes: set[str]) -> str:
    g = Gen(seed, shapes)
    r = g.rnd
    frag_shapes = [s for s in FRAGMENT_SHAPES if s in shapes]
    if not frag_shapes:
        frag_shapes = ["arith"]
    n = r.randint(2, 5)
    frags: list[Frag] = []
    for k in range(1, n + 1):
        shape = r.choices(frag_shapes, [1 if s == "arith" else 2 for s in frag_shapes])[0]
        module_level = shape in MODULE_OK and r.random() < 0.15
        f = Frag(g, k, module_level)
        f.shape = shape
        SHAPES[shape](g, f)
        frags.append(f)
    # arith fragments overflow 64 bits or divide by zero often: run them last
    frags.sort(key=lambda f: f.shape == "arith")
    if "errors" in shapes and r.random() < 0.4:
        target = r.choice(frags)
        stmts = shape_error(g, target)
        pos = r.randint(0, len(target.stmts))
        target.stmts[pos:pos] = stmts
        # the error may also be caught by main(), which then goes on with the next fragments
        g.catch_in_main = "tryexcept" in shapes and not target.module_level and r.random() < 0.4 and target.k
    else:
        g.catch_in_main = None
    out = ["import math", "from typing import Optional", TRACERS.strip("\n"), ""]
    for t in g.tops:
        out += ["", t, ""]
    body_calls = []
    for f in frags:
        if f.module_level:
            continue
        out += ["", f"def frag_{f.k}() -> None:  # {f.shape}"]
        if not f.stmts:
            out.append("    pass")
        for stmt in f.stmts:
            out += ["    " + line for line in stmt]
        out.append("")
    for line in g.late:
        out.append(line)
    out += ["", "def main() -> None:"]
    mains = []
    for f in frags:
        if f.module_level:
            mains.append(None)
        else:
            mains.append(f"frag_{f.k}()")
    # module-level fragments run before main(), in their place in the order
    module_lines = []
    main_body = []
    for f, call in zip(frags, mains):
        if call is None:
            if main_body:
                # keep the order: a module fragment after calls runs after main()
                module_lines.append(("after", f))
            else:
                module_lines.append(("before", f))
        elif g.catch_in_main == f.k:
            h = r.choice(HANDLERS[:8])
            main_body += ["try:", f"    {call}", f"except {h} as exc:", f"    print('main caught', exc)"]
        else:
            main_body.append(call)
    out += ["    " + c for c in main_body] or ["    pass"]
    out.append("")
    for when, f in module_lines:
        if when == "before":
            out.append(f"# fragment {f.k} ({f.shape}) at module level")
            for stmt in f.stmts:
                out += stmt
    guard = r.random() < 0.3
    out.append('if __name__ == "__main__":\n    main()' if guard else "main()")
    for when, f in module_lines:
        if when == "after":
            out.append(f"# fragment {f.k} ({f.shape}) at module level")
            for stmt in f.stmts:
                out += stmt
    text = "\n".join(out) + "\n"
    names = set(g.typing_names)
    if "Optional[" in text:
        names.add("Optional")
    # importing typing costs CPython 20 ms: only when used
    imports = f"from typing import {', '.join(sorted(names))}\n" if names else ""
    text = text.replace("from typing import Optional\n", imports, 1)
    return text


# ---------------------------------------------------------------------------
# typed expressions

INT_LITS = ["0", "1", "-1", "2", "3", "-7", "10", "100", "255", "-256", "5", "-2"]
FLOAT_LITS = ["0.5", "-1.25", "2.0", "0.1", "3.75", "-0.0", "0.001", "10.0", "1e-05", "2.5", "-7.5", "0.3", "1e+16", "123.456"]
STR_LITS = ["''", "'a'", "'ab'", "'xyz'", "'Q'", "'-'", "' '"]
NZ = ["2", "3", "-2", "-3", "5", "7", "10", "-7"]
NUM = ("int", "float")


class Ex:
    """Random expressions of a static type over the variables of `env`.

    tracer: probability of wrapping a sub-expression in a printing tracer call.
    Lists in `env` are never empty (`% len(xs)` indexes them)."""

    def __init__(self, g: Gen, env: dict[str, str], tracer: float = 0.0):
        self.g = g
        self.r = g.rnd
        self.env = env
        self.tracer = tracer
        self.calls: dict[str, list] = {}  # result type -> [Callable]
        self.no_fstring = False  # inside an f-string field (no nested f-strings before 3.12)

    def var(self, ty: str):
        names = [n for n, t in self.env.items() if t == ty]
        return self.r.choice(names) if names else None

    def lit(self, ty: str) -> str:
        r = self.r
        if ty == "int":
            return r.choice(INT_LITS) if r.random() < 0.7 else str(r.randint(-50, 50))
        if ty == "float":
            return r.choice(FLOAT_LITS) if r.random() < 0.7 else repr(round(r.uniform(-100, 100), r.randint(0, 3)))
        if ty == "bool":
            return r.choice(["True", "False"])
        if ty == "str":
            return r.choice(STR_LITS)
        if ty == "list[int]":
            return "[" + ", ".join(self.lit("int") for _ in range(r.randint(1, 4))) + "]"
        raise ValueError(ty)

    def leaf(self, ty: str) -> str:
        v = self.var(ty)
        if v is not None and self.r.random() < 0.6:
            return v
        return self.lit(ty)

    def trace(self, ty: str, e: str) -> str:
        fn = {"int": "ti", "float": "tf", "bool": "tb", "str": "ts", "list[int]": "tl"}.get(ty)
        if fn and self.r.random() < self.tracer:
            return f"{fn}({self.g.tag()}, {e})"
        return e

    def e(self, ty: str, d: int = 2) -> str:
        return self.trace(ty, self._e(ty, d))

    def num(self, d: int) -> str:
        return self.e(self.r.choice(NUM), d)

    def _e(self, ty: str, d: int) -> str:
        r = self.r
        if d <= 0 or r.random() < 0.25:
            return self.leaf(ty)
        if self.calls.get(ty) and r.random() < 0.15:
            return self.call(r.choice(self.calls[ty]), d - 1)
        if ty == "int":
            k = r.randrange(12)
            lst = self.var("list[int]")
            if k == 0:
                return f"({self.e('int', d-1)} {r.choice('+-')} {self.e('int', d-1)})"
            if k == 1:
                return f"({self.e('int', d-1)} * {r.randint(-3, 5)})"
            if k == 2:
                return f"({self.e('int', d-1)} {r.choice(['//', '%'])} {r.choice(NZ)})"
            if k == 3:
                return f"{r.choice(['abs', '-'])}({self.e('int', d-1)})"
            if k == 4:
                args = ", ".join(self.e("int", d - 1) for _ in range(r.randint(2, 3)))
                return f"{r.choice(['min', 'max'])}({args})"
            if k == 5 and lst:
                return f"len({lst})"
            if k == 6 and lst:
                idx = r.choice(["0", "-1", f"{self.e('int', d - 1)} % len({lst})"])
                return f"{lst}[{idx}]"
            if k == 7:
                return f"({self.e('int', d-1)} if {self.e('bool', d-1)} else {self.e('int', d-1)})"
            if k == 8 and lst:
                return f"sum({lst})"
            if k == 9:
                s = self.var("str")
                if s:
                    return f"len({s})"
            if k == 10:
                return f"({self.e('int', d-1)} {r.choice(['&', '|', '^'])} {self.e('int', d-1)})"
            return f"({self.e('int', d-1)} {r.choice('+-')} {self.lit('int')})"
        if ty == "float":
            k = r.randrange(10)
            if k == 0:
                a, b = r.choice([("float", "float"), ("int", "float"), ("float", "int")])
                return f"({self.e(a, d-1)} {r.choice('+-*')} {self.e(b, d-1)})"
            if k == 1:
                return f"({self.e(r.choice(NUM), d-1)} / {r.choice(NZ + ['0.5', '-2.5', '4.0'])})"
            if k == 2:
                return f"float({self.e('int', d-1)})"
            if k == 3:
                return f"{r.choice(['abs', '-'])}({self.e('float', d-1)})"
            if k == 4:
                args = ", ".join(self.e("float", d - 1) for _ in range(r.randint(2, 3)))
                return f"{r.choice(['min', 'max'])}({args})"
            if k == 5:
                return f"round({self.e('float', d-1)}, {r.randint(0, 3)})"
            if k == 6:
                return f"math.sqrt(abs({self.e('float', d-1)}))"
            if k == 7:
                return f"({self.e('float', d-1)} if {self.e('bool', d-1)} else {self.e('float', d-1)})"
            if k == 8:
                return f"({self.e('float', d-1)} {r.choice(['//', '%'])} {r.choice(['2.0', '-3.0', '0.5', '7'])})"
            return f"({self.e('float', d-1)} * {r.choice(['2', '0.5', '-1', '1.5'])})"
        if ty == "bool":
            k = r.randrange(8)
            ops = ["<", "<=", ">", ">=", "==", "!="]
            if k == 0:
                return f"({self.num(d-1)} {r.choice(ops)} {self.num(d-1)})"
            if k == 1:
                parts = [self.num(d - 1) for _ in range(r.randint(3, 4))]
                if self.var("bool") and r.random() < 0.4:
                    parts[-1] = self.var("bool")
                s = parts[0]
                for p in parts[1:]:
                    s += f" {r.choice(ops)} {p}"
                return f"({s})"
            if k == 2:
                return f"(not {self.e('bool', d-1)})"
            if k == 3:
                return f"({self.e('bool', d-1)} {r.choice(['and', 'or'])} {self.e('bool', d-1)})"
            if k == 4 and self.var("list[int]"):
                return f"({self.e('int', d-1)} {r.choice(['in', 'not in'])} {self.var('list[int]')})"
            if k == 5:
                return f"({self.e('str', d-1)} {r.choice(ops)} {self.e('str', d-1)})"
            if k == 6:
                lst = [n for n, t in self.env.items() if t == "list[int]"]
                if len(lst) >= 2:
                    a, b = r.sample(lst, 2)
                    return f"({a} {r.choice(['is', 'is not'])} {b})"
            return f"({self.e('int', d-1)} {r.choice(ops)} {self.e('float', d-1)})"
        if ty == "str":
            k = r.randrange(8)
            if k == 0:
                return f"({self.e('str', d-1)} + {self.e('str', d-1)})"
            if k == 1:
                return f"str({self.e(r.choice(['int', 'float', 'bool']), d-1)})"
            if k == 2 and not self.no_fstring:
                return self.fstring(d - 1)
            if k == 3:
                return f"({self.e('str', d-1)} * {r.randint(0, 3)})"
            if k == 4:
                return f"({self.e('str', d-1)} if {self.e('bool', d-1)} else {self.e('str', d-1)})"
            if k == 5:
                return f"'%d|%s|%.2f' % ({self.e('int', d-1)}, {self.e('str', d-1)}, {self.e('float', d-1)})"
            if k == 6:
                return f"'{{}}/{{:>4}}'.format({self.e(r.choice(['int', 'float', 'str']), d-1)}, {self.e('int', d-1)})"
            return f"({self.e('str', d-1)} or {self.e('str', d-1)})"
        if ty == "list[int]":
            k = r.randrange(6)
            if k == 0:
                return f"sorted({self.e('list[int]', d-1)}{r.choice(['', ', reverse=True'])})"
            if k == 1:
                return f"[{r.choice(['e', 'e * 2', 'e % 3', '-e'])} for e in {self.e('list[int]', d-1)}]"
            if k == 2:
                return f"list({self.e('list[int]', d-1)})"
            if k == 3:
                return f"([e for e in {self.e('list[int]', d-1)} if e > {self.e('int', d-1)}] + [{self.lit('int')}])"
            if k == 4:
                return f"{self.e('list[int]', d-1)}.copy()"
            return self.leaf(ty)
        raise ValueError(ty)

    def fstring(self, d: int) -> str:
        r = self.r
        parts = []
        saved = self.no_fstring
        self.no_fstring = True
        for _ in range(r.randint(1, 3)):
            ty = r.choice(["int", "float", "str", "bool"])
            e = self.e(ty, d)
            spec = ""
            if ty == "float" and r.random() < 0.6:
                spec = ":" + r.choice([".2f", ".3e", "g", "8.3f", "+.1f", "", ".0f", "<7", "^9.2g", ",.2f"])
            elif ty == "int" and r.random() < 0.5:
                spec = ":" + r.choice(["d", "5d", "x", "+d", "03d", ",", ">6", "b", ".1f"])
            elif ty == "str" and r.random() < 0.4:
                spec = r.choice(["!r", ":>4", ":*^6", ":.1"])
            parts.append(r.choice(["", "-", " ", "=", "|"]) + "{" + e + spec + "}")
        self.no_fstring = saved
        return 'f"' + "".join(parts) + '"'

    def call(self, fn, d: int) -> str:
        return call_text(self.r, fn, lambda ty: self.e(ty, d))


class Callable:
    """A function, method or constructor with typed parameters.

    params: list of (name, type, has_default, kind) with kind in
    'pos' (positional-only), 'any', 'kw' (keyword-only)."""

    def __init__(self, name: str, params, result: str):
        self.name = name
        self.params = params
        self.result = result


def call_text(r: random.Random, fn: Callable, arg) -> str:
    params = fn.params
    non_kw = [p for p in params if p[3] != "kw"]
    # fewest positional arguments: every positional-only parameter without a default
    must = 0
    for i, p in enumerate(non_kw):
        if p[3] == "pos" and not p[2]:
            must = i + 1
    npos = r.randint(must, len(non_kw))
    args = [arg(p[1]) for p in non_kw[:npos]]
    kws = []
    for p in params[npos:] if npos <= len(non_kw) else []:
        if p[3] == "pos":
            continue  # positional-only with a default, left out
        if p[2] and r.random() < 0.4:
            continue
        kws.append(p)
    for p in params:
        if p[3] == "kw" and p not in kws and not p[2]:
            kws.append(p)
    r.shuffle(kws)
    args += [f"{p[0]}={arg(p[1])}" for p in kws]
    return f"{fn.name}({', '.join(args)})"


def def_text(fn_name: str, params, result: str, body: list[str], self_param: bool = False, defaults=None) -> str:
    """`def` text for params as in Callable (defaults: name -> default text)."""
    parts = ["self"] if self_param else []
    seen_pos = False
    seen_kw = False
    for (name, ty, has_default, kind) in params:
        if kind == "kw" and not seen_kw:
            if seen_pos:
                parts.append("/")
                seen_pos = False
            parts.append("*")
            seen_kw = True
        if kind == "any" and seen_pos:
            parts.append("/")
            seen_pos = False
        if kind == "pos":
            seen_pos = True
        text = f"{name}: {ty}"
        if has_default:
            text += f" = {defaults[name]}"
        parts.append(text)
    if seen_pos:
        parts.append("/")
    lines = [f"def {fn_name}({', '.join(parts)}) -> {result}:"]
    lines += ["    " + b for b in body]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# shape: arith (the original differential test)

ARITH_INTS = ["0", "1", "-1", "2", "3", "-7", "10", "255", "-256", "1000003", "2147483648", "-2147483648", "9007199254740993"]
ARITH_FLOATS = ["0.0", "-0.0", "1.5", "-2.25", "0.1", "1e-05", "3e+16", "1e+300", "-7.0", "2.5", "0.3333333333333333"]


def shape_arith(g: Gen, f: Frag) -> None:
    rnd = g.rnd

    def expr(depth: int, kind: str) -> str:
        if depth == 0:
            if kind == "i":
                return rnd.choice(ARITH_INTS + [str(rnd.randint(-10**6, 10**6))])
            return rnd.choice(ARITH_FLOATS + [repr(rnd.uniform(-1e3, 1e3))])
        if kind == "i":
            op = rnd.choice(["+", "-", "*", "//", "%", "&", "|", "^", "<<", ">>"])
            right = str(rnd.randint(0, 20)) if op in ("<<", ">>") else expr(depth - 1, "i")
            return f"({expr(depth - 1, 'i')} {op} {right})"
        op = rnd.choice(["+", "-", "*", "/", "//", "%"])
        ka, kb = rnd.choice([("f", "f"), ("i", "f"), ("f", "i")])
        return f"({expr(depth - 1, ka)} {op} {expr(depth - 1, kb)})"

    for _ in range(rnd.randint(5, 15)):
        kind = rnd.choice("if")
        e = expr(rnd.randint(1, 3), kind)
        f.add(f"print({e})")
        if kind == "f":
            f.add(f"print(round({e}, 3), int(abs({e}) % 1000.0))")


# ---------------------------------------------------------------------------
# shape: selfref


def shape_selfref(g: Gen, f: Frag) -> None:
    r = g.rnd
    ex = Ex(g, f.env, tracer=0.05)
    k = f.k
    # helpers: one pure function per type, and a class with a mutating method
    helpers = {
        "int": (f"fi{k}", "int", r.choice(["v * 2 - 1", "v // 2 + 3", "-v + 1", "abs(v) % 17", "v + 1"])),
        "float": (f"ff{k}", "float", r.choice(["v * 0.5 + 1.0", "v - 0.25", "-v * 1.5", "abs(v) / 3"])),
        "str": (f"fs{k}", "str", r.choice(["v + '!'", "'<' + v + '>'", "v * 2 if len(v) < 8 else v", "str(len(v)) + v"])),
        "bool": (f"fb{k}", "bool", r.choice(["not v", "v", "v == False"])),
        "list[int]": (f"fl{k}", "list[int]", None),
    }
    for ty, (name, _, body) in helpers.items():
        if ty == "list[int]":
            mode = r.choice(["same", "new"])
            if mode == "same":
                g.top(f"def {name}(v: list[int]) -> list[int]:\n    if len(v) < 12:\n        v.append(len(v))\n    return v")
            else:
                g.top(f"def {name}(v: list[int]) -> list[int]:\n    return v + [len(v)] if len(v) < 12 else [v[0]]")
        else:
            g.top(f"def {name}(v: {ty}) -> {ty}:\n    return {body}")
    cls = f"P{k}"
    g.top(f"""
class {cls}:
    n: int
    x: float
    v: list[int]

    def __init__(self, n: int, x: float, v: list[int]) -> None:
        self.n = n
        self.x = x
        self.v = v

    def bump(self, d: int) -> int:
        self.n += d
        return self.n

    def grow(self) -> float:
        self.x = self.x * 2.0 - 1.0
        return self.x
""")
    gl = f"G{k}"
    g.top(f"{gl} = {r.randint(-5, 5)}\n\n\ndef bump_g{k}(d: int) -> int:\n    global {gl}\n    {gl} += d\n    return {gl}")
    names = {"int": ["a", "b", "c"], "float": ["x", "y"], "bool": ["p", "q"], "str": ["s", "u"], "list[int]": ["xs", "ys"]}
    for ty, ns in names.items():
        for n in ns[: r.randint(1, len(ns))] if ty != "int" else ns[: r.randint(2, 3)]:
            f.declare(n, ty, ex.lit(ty) if r.random() < 0.7 or not f.env else ex.e(ty, 1))
    o = None
    if r.random() < 0.6:
        o = f.name("o")
        f.add(f"{o} = {cls}({ex.e('int', 1)}, {ex.e('float', 1)}, {ex.leaf('list[int]')})")
    ex.calls = {}
    grow_budget = [3]

    def vars_of(ty):
        return [n for n, t in f.env.items() if t == ty]

    def pick(ty):
        return r.choice(vars_of(ty))

    def tmpl():
        """Returns (lines, printed names) or None."""
        k = r.randrange(22)
        ty = r.choice(["int", "int", "float", "bool", "str", "list[int]"])
        v = pick(ty)
        if k == 0:  # x = a or x
            form = r.choice(["{e} or {v}", "{v} or {e}", "{v} and {e}", "{e} and {v} or {e2}", "({v} and {e}) or {v}"])
            return [f"{v} = " + form.format(e=ex.e(ty, 1), e2=ex.e(ty, 1), v=v)], [v]
        if k == 1 and ty in NUM:  # x = min(a, b, x)
            args = [ex.e(ty, 1) for _ in range(r.randint(1, 2))] + [v]
            r.shuffle(args)
            if r.random() < 0.3:
                args = [v, f"{v} - 1" if ty == "int" else f"{v} * 0.5"]
            return [f"{v} = {r.choice(['min', 'max'])}({', '.join(args)})"], [v]
        if k == 2:  # p = -1 < 0 < p
            p = pick("bool")
            form = r.choice([
                "-1 < 0 < {p}", "{a} < {b} < {p}", "{p} == ({a} < {b})", "not {p}", "{p} != {p}",
                "{a} <= {b} >= {p}", "{p} < {a} < {b}", "({a} < {p}) == {p}", "{p} and {a} < {b}",
            ])
            return [f"{p} = " + form.format(p=p, a=ex.num(1), b=ex.num(1))], [p]
        if k == 3:  # x = x if c else y
            form = r.choice(["{v} if {c} else {e}", "{e} if {c} else {v}", "{v} if {v2} else {e}"])
            c = ex.e("bool", 1)
            if ty in NUM and r.random() < 0.5:
                c = f"{v} {r.choice(['<', '>', '=='])} {ex.e(ty, 1)}"
            v2 = v
            return [f"{v} = " + form.format(v=v, c=c, e=ex.e(ty, 1), v2=v2)], [v]
        if k == 4:  # a, b = b, a + b
            vs = vars_of(ty)
            if len(vs) < 2:
                return None
            a, b = r.sample(vs, 2)
            if ty == "int":
                rhs = r.choice(["{b}, {a} + {b}", "{b}, {a}", "{b} * 2, {a} - {b}", "{a} - {b}, {a} + {b}", "{b} % 7, {a} // 3"])
            elif ty == "float":
                rhs = r.choice(["{b}, {a} + {b}", "{b}, {a}", "{a} * 0.5, {a} - {b}"])
            elif ty == "list[int]":
                rhs = "{b}, {a}"
            else:
                rhs = r.choice(["{b}, {a}", "{b}, {a} {op} {b}"])
                op = "+" if ty == "str" else r.choice(["and", "or"])
                return [f"{a}, {b} = " + rhs.format(a=a, b=b, op=op)], [a, b]
            if len(vs) >= 3 and r.random() < 0.3:
                c = [x for x in vs if x not in (a, b)][0]
                return [f"{a}, {b}, {c} = {c}, {a}, {b}"], [a, b, c]
            return [f"{a}, {b} = " + rhs.format(a=a, b=b)], [a, b]
        if k == 5 and ty != "list[int]":  # x = f(x)
            fn = helpers[ty][0]
            form = r.choice(["{f}({v})", "{f}({f}({v}))", "{f}({v}) if {c} else {v}"])
            if ty in ("int", "float", "str"):
                form = r.choice([form, "{f}({v}) + {v}", "{v} + {f}({v})"])
            return [f"{v} = " + form.format(f=fn, v=v, c=ex.e("bool", 1))], [v]
        if k == 5 and grow_budget[0] > 0:
            grow_budget[0] -= 1
            fn = helpers[ty][0]
            return [f"{v} = {fn}({v})"], [v]
        if k == 6:  # augmented, target read on the right too
            if ty == "int":
                return [f"{v} {r.choice(['+=', '-='])} {v} {r.choice(['+', '-', '*'])} {ex.e('int', 1)}"], [v]
            if ty == "float":
                return [f"{v} {r.choice(['+=', '-=', '*=', '/='])} {r.choice([v, ex.e('float', 1)])} {r.choice(['+', '-'])} 1.5"], [v]
            if ty == "str":
                return [f"{v} += {v} if len({v}) < 6 else {ex.e('str', 0)}"], [v]
            if ty == "list[int]" and grow_budget[0] > 0:
                grow_budget[0] -= 1
                other = pick("list[int]")
                return [f"if len({v}) + len({other}) < 40:", f"    {v} += {other}"], [v, other]
            return None
        if k == 7:  # list elements
            xs = pick("list[int]")
            i = f"{ex.e('int', 1)} % len({xs})"
            form = r.choice([
                "{xs}[{i}] = {xs}[{j}] + {xs}[{i}]",
                "{xs}[0], {xs}[-1] = {xs}[-1], {xs}[0]",
                "{xs}[{i}] += {xs}[{j}]",
                "{xs}[{xs}[0] % len({xs})] = {xs}[-1] - {xs}[0]",
                "{a}, {xs}[{a} % len({xs})] = {xs}[0] + 1, {a}",
                "{xs}[{a} % len({xs})], {a} = {a}, {xs}[0] + 1",
                "{a} = {xs}[{a} % len({xs})]",
                "{xs} = [e + {a} for e in {xs}]",
                "{xs} = sorted({xs}, reverse={p})",
                "{xs}[-1] *= 2",
            ])
            a = pick("int")
            line = form.format(xs=xs, i=i, j=f"{ex.e('int', 1)} % len({xs})", a=a, p=ex.e("bool", 0))
            return [line], [xs, a]
        if k == 8 and o:  # fields
            form = r.choice([
                "{o}.n = {o}.n + {o}.bump({e})",
                "{o}.n += {o}.bump({e})",
                "{o}.n = {o}.bump({o}.n)",
                "{o}.x = {o}.x - {o}.grow()",
                "{o}.x += {o}.grow()",
                "{o}.n, {a} = {a}, {o}.n",
                "{a}, {o}.n = {o}.n + 1, {a} * 2",
                "{o}.v = {o}.v or {xs}",
                "{o}.v[0] += {o}.bump(1)",
                "{o}.x = min({o}.x, {x}, {o}.grow())",
                "{a} = {o}.bump({a}) - {a}",
            ])
            line = form.format(o=o, e=ex.e("int", 1), a=pick("int"), xs=pick("list[int]"), x=pick("float"))
            return [line], [f"{o}.n", f"{o}.x", f"{o}.v"]
        if k == 9:  # globals rebound by the called function
            a = pick("int")
            form = r.choice([
                "{a} = {gl} + bump_g{k}({a})",
                "{a} = bump_g{k}(1) + {gl}",
                "{a} = {gl} - bump_g{k}({gl})",
                "{a} = min({gl}, bump_g{k}(-2), {gl})",
            ])
            return [form.format(a=a, gl=gl, k=f.k)], [a, gl]
        if k == 10 and ty == "str":
            s = pick("str")
            form = r.choice(["{s} = f'{{{s}}}{{{a}}}'", "{s} = {s} + str({a})", "{s} = ({s} * 2)[0] if {s} else {s}", "{s} = '%s%s' % ({s}, {s}) if len({s}) < 5 else {s}"])
            if "[0]" in form:
                form = "{s} = {s} + {s} if len({s}) < 5 else {s}"
            return [form.format(s=s, a=pick("int"))], [s]
        if k == 11 and ty in NUM:  # loop-carried
            n = r.randint(2, 4)
            v2 = pick(ty)
            body = r.choice([
                f"{v}, {v2} = {v2}, {v} + {v2}" if v != v2 else f"{v} = {v} + {v}",
                f"{v} = {helpers[ty][0]}({v})",
                f"{v} = max({v}, {v2}) - 1" if ty == "int" else f"{v} = max({v}, {v2}) - 0.5",
            ])
            return [f"for _ in range({n}):", f"    {body}"], [v, v2]
        if k == 12:  # while with target in the condition
            a = pick("int")
            return [f"while {a} > 0 and {a} % 5 != 0:", f"    {a} = {a} // 2 if {a} % 2 == 0 else {a} - 1"], [a]
        if k == 13:  # nested tuple targets reading one another
            a, b = pick("int"), pick("int")
            x = pick("float")
            return [f"({a}, {x}), {b} = ({b}, {x} + {a}), {a}"], [a, b, x]
        if k == 14 and ty == "list[int]":
            xs, ys = pick("list[int]"), pick("list[int]")
            return [f"{xs}, {ys} = {ys}, {xs}" if r.random() < 0.5 else f"{xs} = {ys} or {xs}", f"print({xs} is {ys})"], [xs, ys]
        if k == 15:
            # target assigned to an expression of itself through a comprehension or builtin
            if ty == "int":
                xs = pick("list[int]")
                return [f"{v} = sum([{v} for _ in range(3)]) + len({xs})"], [v]
            if ty == "float":
                return [f"{v} = round({v} * 3.0, 2) + {v}"], [v]
            return None
        if k == 16:
            # conditional statement updating its own condition variable
            v2 = pick(ty)
            if ty == "bool":
                return [f"if {v}:", f"    {v} = not {v}", "else:", f"    {v} = {v2} or {v}"], [v]
            if ty in NUM:
                return [f"if {v} > {ex.e(ty, 0)}:", f"    {v} = {v} - {v2}", "else:", f"    {v} = {v2}"], [v]
            return None
        if k == 17:  # chained assignment: targets assigned left to right, later ones see earlier ones
            a = pick("int")
            xs = pick("list[int]")
            form = r.choice([
                "{a} = {xs}[{a} % len({xs})] = {e}",
                "{xs}[{a} % len({xs})] = {a} = {e}",
                "{a} = {b} = {a} + 1",
                "{xs}[0] = {xs}[{xs}[0] % len({xs})] = {e}",
            ])
            return [form.format(a=a, b=pick("int"), xs=xs, e=ex.e("int", 1))], [a, xs]
        if k == 18:  # a for loop whose target is read by its iterable or is a subscript/attribute
            a = pick("int")
            xs = pick("list[int]")
            form = r.randrange(4)
            if form == 0:
                return [f"for {a} in [{a}, {a} + 1, {ex.e('int', 1)}]:", f"    print({a})"], [a]
            if form == 1:
                return [f"for {xs}[0] in range({r.randint(0, 3)}):", f"    print({xs})"], [xs]
            if form == 2 and o:
                return [f"for {o}.n in [{o}.n * 2, {a}]:", f"    print({o}.n)"], [f"{o}.n"]
            return [f"for {a} in range({a} % 4):", f"    {a} = {a} * 10", f"    print({a})"], [a]
        if k == 19 and o:  # swaps through fields and elements of the same object
            xs = pick("list[int]")
            form = r.choice([
                "{o}.v[0], {o}.v[-1] = {o}.v[-1], {o}.v[0]",
                "{o}.v, {xs} = {xs}, {o}.v",
                "{o}.n, {o}.v[0] = {o}.v[0], {o}.n",
                "{o}.v[{o}.n % len({o}.v)], {o}.n = {o}.n, {o}.n + 1",
            ])
            return [form.format(o=o, xs=xs)], [f"{o}.n", f"{o}.v", xs]
        if k == 20:  # a comprehension variable that shadows a local of another type
            xs = pick("list[int]")
            shadow = pick(r.choice(["float", "str", "bool", "int"]))
            return [f"{xs} = [{shadow} * 2 for {shadow} in {xs} if {shadow} != {r.randint(-3, 3)}] + [{len(xs)}]", f"print({shadow})"], [xs]
        if "mixed_types" in g.shapes and r.random() < 0.3:
            # Python lets `x = a or x`, `x = min(a, b, x)` mix an int into a float: jcvm refuses the mix (gap)
            x, a = pick("float"), pick("int")
            form = r.choice(["{x} = {a} or {x}", "{x} = min({a}, {e}, {x})", "{x} = max({x}, {a})", "{x} = {x} if {a} else {a} * 1.5"])
            return [form.format(x=x, a=f"({a} % 3)", e=ex.e("float", 0))], [x]
        if "list_ops" in g.shapes and r.random() < 0.3:
            xs, ys = pick("list[int]"), pick("list[int]")
            form = r.choice(["print({xs} == {ys}, {xs} < {ys}, {xs} != {xs})", "{xs} *= 2 if len({xs}) < 10 else 1", "print({xs} * 2, 2 * {ys})"])
            return [form.format(xs=xs, ys=ys)], [xs]
        if k == 21:  # list element updated through a call that mutates the list
            xs = pick("list[int]")
            fn = helpers["list[int]"][0]
            return [f"{xs}[0] += len({fn}({xs}))", f"{xs}[-1] = {xs}[0] + len({fn}({xs}))"], [xs]
        return None

    count = r.randint(6, 14)
    done = 0
    while done < count:
        res = tmpl()
        if res is None:
            continue
        lines, printed = res
        done += 1
        if r.random() < 0.12 and not any("+=" in l or "fl" in l for l in lines) and len(lines) == 1:
            lines = [f"for _ in range({r.randint(2, 3)}):"] + ["    " + l for l in lines]
        f.add_block(lines)
        if r.random() < 0.75:
            f.add(f"print({', '.join(dict.fromkeys(printed))})")
    f.add(f"print({', '.join(f.env)})")
    if o:
        f.add(f"print({o}.n, {o}.x, {o}.v)")


# ---------------------------------------------------------------------------
# shape: alias


def shape_alias(g: Gen, f: Frag) -> None:
    r = g.rnd
    k = f.k
    bag = f"Bag{k}"
    g.top(f"""
class {bag}:
    items: list[int]
    n: int

    def __init__(self, items: list[int]) -> None:
        self.items = items
        self.n = 0

    def add(self, x: int) -> None:
        self.items.append(x)
        self.n += 1

    def merge(self, other: "{bag}") -> None:
        self.items += other.items
        self.n += other.n
""")
    g.top(f"""
def push{k}(v: list[int], x: int) -> None:
    v.append(x)


def double{k}(v: list[int]) -> None:
    v += v


def rebind{k}(v: list[int]) -> list[int]:
    v = v + [0]
    v.append(-1)
    return v


def both{k}(a: list[int], b: list[int]) -> None:
    a.append(len(b))
    b.append(len(a))


def acc{k}(x: int, into: list[int] = []) -> list[int]:
    into.append(x)
    return into


def ext{k}(dst: list[int], src: list[int]) -> int:
    dst.extend(src)
    return len(src)
""")
    # model: object id -> length; names -> id
    sizes: dict[int, int] = {}
    names: dict[str, int] = {}
    next_id = [0]
    default_id = -1
    sizes[default_id] = 0
    tuples: dict[str, tuple[int, int]] = {}
    nested: dict[str, list[int]] = {}
    bags: dict[str, int] = {}
    CAP = 40

    def new(length: int) -> int:
        next_id[0] += 1
        sizes[next_id[0]] = length
        return next_id[0]

    def lit() -> tuple[str, int]:
        n = r.randint(1, 4)
        return "[" + ", ".join(str(r.randint(-9, 20)) for _ in range(n)) + "]", n

    def refs():
        """(text, id) of every way to reach a list."""
        out = [(n, i) for n, i in names.items()]
        for t, (a, b) in tuples.items():
            out += [(f"{t}[0]", a), (f"{t}[1]", b)]
        for m, ids in nested.items():
            out += [(f"{m}[{j}]", i) for j, i in enumerate(ids)]
            out += [(f"{m}[-1]", ids[-1])] if ids else []
        for b, i in bags.items():
            out.append((f"{b}.items", i))
        return out

    def ref():
        return r.choice(refs())

    def intexpr():
        return r.choice([str(r.randint(-5, 30)), f"len({ref()[0]})"])

    for base in ["xs", "ys"]:
        text, n = lit()
        name = f.name(base)
        names[name] = new(n)
        f.add(f"{name} = {text}")
    to_print: list[str] = []

    def op():
        kind = r.randrange(24)
        text, i = ref()
        if kind == 0:  # new alias or rebinding of a name
            name = f.name(r.choice(["xs", "ys", "zs", "ws"]))
            names[name] = i
            return [f"{name} = {text}"], [name]
        if kind == 1:  # copy
            name = f.name(r.choice(["zs", "ws", "cs"]))
            form = r.choice(["list({t})", "{t}.copy()", "sorted({t})", "[e for e in {t}]", "{t} + []"])
            names[name] = new(sizes[i])
            return [f"{name} = " + form.format(t=text)], [name, text]
        if kind == 2 and sizes[i] < CAP:
            sizes[i] += 1
            return [f"{text}.append({intexpr()})"], [text]
        if kind == 3:
            t2, j = ref()
            if sizes[i] + sizes[j] > CAP:
                return None
            sizes[i] += sizes[j]
            form = r.choice(["{a}.extend({b})", "{a} += {b}" if "[" not in text or text.startswith(tuple(nested)) else "{a}.extend({b})"])
            if "[" in text and not any(text.startswith(m + "[") for m in nested):
                form = "{a}.extend({b})"  # t[0] += ... is a TypeError
            return [form.format(a=text, b=t2)], [text, t2]
        if kind == 4:  # name = name + other: a new object
            names_only = list(names)
            name = r.choice(names_only)
            t2, j = ref()
            if sizes[names[name]] + sizes[j] > CAP:
                return None
            names[name] = new(sizes[names[name]] + sizes[j])
            return [f"{name} = {name} + {t2}"], [name]
        if kind == 5 and sizes[i] < CAP:
            sizes[i] += 1
            return [f"{text}.insert({r.randint(-3, 5)}, {intexpr()})"], [text]
        if kind == 6 and sizes[i] >= 1:
            sizes[i] -= 1
            return [f"print({text}.pop({r.choice(['', '0', '-1'])}))"], [text]
        if kind == 7 and sizes[i] >= 1:
            sizes[i] -= 1
            return [f"{text}.remove({text}[{r.randint(-sizes[i] - 1, sizes[i])}])"], [text]
        if kind == 8 and sizes[i] >= 1:
            t2, j = ref()
            idx = r.randint(-sizes[i], sizes[i] - 1)
            if sizes[j] >= 1:
                rhs = f"{t2}[{r.randint(-sizes[j], sizes[j] - 1)}]"
            else:
                rhs = intexpr()
            return [f"{text}[{idx}] {r.choice(['=', '+=', '-='])} {rhs}"], [text, t2]
        if kind == 9:
            return [f"{text}.{r.choice(['reverse()', 'sort()', 'sort(reverse=True)'])}"], [text]
        if kind == 10 and r.random() < 0.3:
            sizes[i] = 0
            return [f"{text}.clear()"], [text]
        if kind == 11 and sizes[i] < CAP:
            sizes[i] += 1
            return [f"push{k}({text}, {intexpr()})"], [text]
        if kind == 12 and sizes[i] * 2 <= CAP:
            sizes[i] *= 2
            return [f"double{k}({text})"], [text]
        if kind == 13:
            name = f.name("rs")
            names[name] = new(sizes[i] + 2)
            return [f"{name} = rebind{k}({text})"], [name, text]
        if kind == 14 and sizes[i] < CAP - 2:
            t2, j = ref()
            sizes[i] += 1
            sizes[j] += 1
            return [f"both{k}({text}, {t2})"], [text, t2]
        if kind == 15:
            arg = intexpr()
            if r.random() < 0.5 and sizes[default_id] < CAP:
                name = f.name("ds")
                names[name] = default_id
                sizes[default_id] += 1
                return [f"{name} = acc{k}({arg})"], [name]
            if sizes[i] < CAP:
                sizes[i] += 1
                return [f"print(acc{k}({arg}, {text}) is {text})"], [text]
            return None
        if kind == 16:  # a tuple of two lists
            t2, j = ref()
            tn = f.name(r.choice(["t", "pair"]))
            if tn in tuples or tn in names:
                return None
            tuples[tn] = (i, j)
            f.env[tn] = "tuple"
            return [f"{tn} = ({text}, {t2})"], [tn]
        if kind == 17:  # a list of lists
            mn = f.name("m")
            if mn not in nested:
                t2, j = ref()
                nested[mn] = [i, j]
                return [f"{mn}: list[list[int]] = [{text}, {t2}]"], [mn]
            ids = nested[mn]
            choice = r.randrange(3)
            if choice == 0 and len(ids) < 5:
                ids.append(i)
                return [f"{mn}.append({text})"], [mn]
            if choice == 1:
                j = r.randrange(len(ids))
                ids[j] = i
                return [f"{mn}[{j}] = {text}"], [mn]
            a, b = r.randrange(len(ids)), r.randrange(len(ids))
            if sizes[ids[a]] + sizes[ids[b]] > CAP:
                return None
            sizes[ids[a]] += sizes[ids[b]]
            return [f"{mn}[{a}] += {mn}[{b}]"], [mn]
        if kind == 18:  # objects sharing lists
            bn = f.name(r.choice(["b1", "b2"]))
            if bn not in bags:
                bags[bn] = i
                f.env[bn] = bag
                return [f"{bn} = {bag}({text})"], [f"{bn}.items", f"{bn}.n"]
            choice = r.randrange(3)
            if choice == 0 and sizes[bags[bn]] < CAP:
                sizes[bags[bn]] += 1
                return [f"{bn}.add({intexpr()})"], [f"{bn}.items", f"{bn}.n"]
            if choice == 1:
                bags[bn] = i
                return [f"{bn}.items = {text}"], [f"{bn}.items"]
            other = r.choice(list(bags))
            if sizes[bags[bn]] + sizes[bags[other]] > CAP:
                return None
            sizes[bags[bn]] += sizes[bags[other]]
            return [f"{bn}.merge({other})"], [f"{bn}.items", f"{bn}.n"]
        if kind == 19 and sizes[i] > 0:  # appending while iterating over it
            cap = min(CAP, sizes[i] + r.randint(1, 6))
            sizes[i] = max(sizes[i], cap)
            return [f"for e in {text}:", f"    if len({text}) < {cap}:", f"        {text}.append(e * 2)"], [text]
        if kind == 20:  # iterate one, append to another
            t2, j = ref()
            if i == j or sizes[i] + sizes[j] > CAP:
                return None
            sizes[j] += sizes[i]
            return [f"for e in {text}:", f"    {t2}.append(e + 1)"], [text, t2]
        if kind == 21 and sizes[i] + sizes[i] <= CAP:
            t2, j = ref()
            if sizes[i] + sizes[j] > CAP:
                return None
            sizes[i] += sizes[j]
            return [f"print(ext{k}({text}, {t2}), len({text}))"], [text]
        if kind == 22:
            a, b = ref(), ref()
            return [f"print({a[0]} is {b[0]}, len({a[0]}), len({b[0]}), sum({a[0]}))"], []
        if kind == 23:  # unpack a tuple of lists into names (aliases)
            if not tuples:
                return None
            tn = r.choice(list(tuples))
            a, b = f.name("ua"), f.name("ub")
            names[a], names[b] = tuples[tn]
            return [f"{a}, {b} = {tn}"], [a, b]
        return None

    def slice_op():
        """Slices: copies, assignment through a slice (seen by every alias), del."""
        text, i = ref()
        n = sizes[i]
        kind = r.randrange(9)

        def bound():
            return r.choice(["", str(r.randint(-n - 2, n + 2))])

        if kind == 0:  # a copy, not an alias
            name = f.name(r.choice(["zs", "ws", "cs"]))
            a, b = bound(), bound()
            names[name] = new(len(range(n)[slice(int(a) if a else None, int(b) if b else None)]))
            return [f"{name} = {text}[{a}:{b}]"], [name, text]
        if kind == 1:  # slice assignment from another list (maybe the same one)
            t2, j = ref()
            a, b = bound(), bound()
            removed = len(range(n)[slice(int(a) if a else None, int(b) if b else None)])
            if n - removed + sizes[j] > CAP:
                return None
            sizes[i] = n - removed + sizes[j]
            return [f"{text}[{a}:{b}] = {t2}"], [text, t2]
        if kind == 2:  # del of an item or a slice
            if n == 0:
                return None
            if r.random() < 0.5:
                sizes[i] = n - 1
                return [f"del {text}[{r.randint(-n, n - 1)}]"], [text]
            a, b = bound(), bound()
            step = r.choice(["", "", ":2", ":-1", ":3"])
            sl = slice(int(a) if a else None, int(b) if b else None, int(step[1:]) if step else None)
            sizes[i] = n - len(range(n)[sl])
            return [f"del {text}[{a}:{b}{step}]"], [text]
        if kind == 3:  # extended slice read
            step = r.choice(["-1", "2", "-2", "3"])
            return [f"print({text}[::{step}], {text}[{bound()}:{bound()}:{step}])"], []
        if kind == 4:  # whole-list replacement in place: every alias sees it
            t2, j = ref()
            sizes[i] = sizes[j]
            return [f"{text}[:] = {t2}"], [text, t2]
        if kind == 6:  # slice assignment from a slice (maybe of the same list)
            t2, j = ref()
            a, b, c, d = bound(), bound(), bound(), bound()
            step = r.choice([None, 1, -1, 2, -2])
            removed = len(range(n)[slice(int(a) if a else None, int(b) if b else None)])
            added = len(range(sizes[j])[slice(int(c) if c else None, int(d) if d else None, step)])
            if n - removed + added > CAP:
                return None
            sizes[i] = n - removed + added
            return [f"{text}[{a}:{b}] = {t2}[{c}:{d}{'' if step is None else ':' + str(step)}]"], [text, t2]
        if kind == 7:  # a loop over a slice while the list changes (the slice is a copy)
            step = r.choice(["", ":-1", ":2"])
            if n + len(range(n)) > CAP:
                return None
            sizes[i] = n + len(range(n)[:: int(step[1:]) if step else 1])
            v = f.name("v")
            return [f"for {v} in {text}[::{step[1:] or 1}]:", f"    {text}.append({v})", f"print(len({text}))"], [text]
        if kind == 8:  # len(set(...)) of an expression of the items, twice (a reused set)
            m = r.randint(2, 5)
            v = f.name("v")
            return [f"print(len(set({v} % {m} for {v} in {text})), len(set({v} // {m} for {v} in {text}[::2])))"], []
        # extended slice assignment of the same length
        step = r.choice([2, -1, -2, 3])
        m = len(range(n)[::step])
        if m == 0:
            return None
        return [f"{text}[::{step}] = [{', '.join(str(r.randint(-9, 9)) for _ in range(m))}]"], [text]

    count = r.randint(8, 18)
    done = 0
    while done < count:
        res = slice_op() if "slices" in g.shapes and r.random() < 0.25 else op()
        if res is None:
            continue
        done += 1
        lines, printed = res
        f.add_block(lines)
        if printed and r.random() < 0.7:
            f.add(f"print({', '.join(dict.fromkeys(printed))})")
    final = [n for n in names] + list(tuples) + list(nested)
    f.add(f"print({', '.join(final)})")
    if len(names) >= 2:
        a, b = r.sample(list(names), 2)
        f.add(f"print({a} is {b})")
    f.add(f"print(acc{k}(-1))")


# ---------------------------------------------------------------------------
# shape: numeric

P53 = 2**53
# ints stored in variables: float(i) stays below 2**63, so int(float(i)) fits in 64 bits
BIG_INTS = [P53 + d for d in range(-3, 4)] + [-(P53 + d) for d in (-1, 0, 1, 2)] + [
    2**54 + 1, 2**54 + 2, 2**54 + 3, 2**62, 2**62 + 1, -(2**62) - 1, 10**16 + 1, 10**17 + 3,
    12345678901234567, 2**53 * 3 + 1, 1, 0, -1, 3, 10**15 + 1, 2**62 + 2**61, 2**61 - 1,
]
# only compared, never converted
EDGE_INTS = [2**63 - 1, -(2**63 - 1), 2**63 - 512, 2**63 - 513, 2**63 - 1024]
# exactly representable as floats
EXACT_INTS = [v for v in BIG_INTS if abs(v) <= P53] + [P53 - 2, 2**52 + 1, -(2**52) - 3, 2**50 + 7, 10**15 + 3, 2**53 - 7]
BIG_FLOATS = ["9007199254740992.0", "9007199254740994.0", "9007199254740996.0", "-9007199254740992.0", "9007199254740993.0",
              "1.8014398509481984e+16", "1e+16", "9.223372036854776e+18", "-9.223372036854776e+18", "4.611686018427388e+18",
              "float('inf')", "float('-inf')", "float('nan')", "0.5", "-0.0", "1e+300", "2.0 ** 53", "2.0 ** 63"]
HALF_FLOATS = ["0.5", "1.5", "2.5", "-0.5", "-1.5", "-2.5", "3.5", "4.5", "0.125", "0.375", "2.675", "1.005", "0.285",
               "-2.675", "1e+15 + 0.5", "4503599627370495.5", "4503599627370496.5", "0.045", "1.25", "-0.125", "5e-324",
               "1234.5", "99.5", "0.05", "9.995", "-0.0", "1e+22", "12345.6789", "2.5e-05", "0.3", "1.0 / 3", "2 / 3",
               "1e+16", "123456789.0", "1e-07", "float('inf')", "float('nan')", "-float('inf')"]


def fmt_spec(r: random.Random, kind: str) -> str:
    fill_align = r.choice(["", "", "<", ">", "^", "=", "*>", "0<", "_^", "x="])
    sign = r.choice(["", "", "+", "-", " "])
    alt = r.choice(["", "", "", "#"])
    zero = r.choice(["", "", "", "0"])
    width = r.choice(["", "", "", "1", "8", "12", "20"])
    group = r.choice(["", "", "", ",", "_"])
    if kind == "float":
        typ = r.choice(["", "e", "E", "f", "F", "g", "G", "%", "n"])
        prec = r.choice(["", "", ".0", ".1", ".2", ".3", ".6", ".10", ".17"])
        if typ == "n":
            group = ""
        if typ == "":
            alt = ""
    else:
        typ = r.choice(["", "d", "x", "X", "o", "b", "n", "e", "f", "g", "%", "c"])
        prec = r.choice(["", "", ".0", ".2", ".5"]) if typ in ("e", "f", "g", "%", "E", "G") else ""
        if typ in ("n", "c"):
            group = ""
        if typ in ("x", "X", "o", "b") and group == ",":
            group = "_"
        if typ == "c":
            sign = ""
            alt = ""
    return f"{fill_align}{sign}{alt}{zero}{width}{group}{prec}{typ}"


def shape_numeric(g: Gen, f: Frag) -> None:
    r = g.rnd
    ex = Ex(g, f.env)
    ops = ["==", "!=", "<", "<=", ">", ">="]

    # without `bigcmp`/`bigdiv` the ints compared with floats, and divided, stay within 2**53
    # (jcvm converted them to floats first until 724149e)
    exact_cmp = "bigcmp" not in g.shapes
    exact_div = "bigdiv" not in g.shapes

    def big_int(exact: bool = exact_cmp or exact_div) -> str:
        if exact:
            v = r.choice(EXACT_INTS) if r.random() < 0.8 else r.randint(-P53, P53)
        else:
            v = r.choice(BIG_INTS) if r.random() < 0.8 else r.randint(-(2**62), 2**62)
        return str(v) if v >= 0 else f"({v})"

    def big_float() -> str:
        return r.choice(BIG_FLOATS)

    # a few variables so that nothing is folded away
    i1 = f.declare("i1", "int", big_int())
    i2 = f.declare("i2", "int", big_int())
    x1 = f.declare("x1", "float", big_float())
    for _ in range(r.randint(5, 12)):
        k = r.randrange(16)
        if k == 0:  # int/float comparisons
            a = r.choice([i1, i2, big_int(exact_cmp)] + ([] if exact_cmp else [f"({i1} + {r.randint(-2, 2)})", str(r.choice(EDGE_INTS))]))
            b = r.choice([x1, big_float(), f"float({i2})", f"({x1} + 1.0)"])
            if r.random() < 0.5:
                a, b = b, a
            items = [f"{a} {op} {b}" for op in r.sample(ops, r.randint(1, 4))]
            if r.random() < 0.3:
                items.append(f"{a} < {b} <= {r.choice([i2, big_int(exact_cmp)])}")
            f.add(f"print({', '.join(items)})")
        elif k == 1:  # true division of large ints
            a = r.choice([i1, big_int(exact_div), big_int(exact_div)])
            b = r.choice([str(r.randint(1, 10**6)), str(r.randint(2, 2**40)), big_int(exact_div), "3", "7", "-10"])
            if b in ("0", "(0)"):
                b = "3"
            f.add(f"print({a} / {b}, {b} / {a} if {a} != 0 else 0.0)")
        elif k == 2:  # mixed arithmetic
            a = r.choice([i1, i2, big_int()])
            b = r.choice([x1, big_float(), r.choice(FLOAT_LITS)])
            op = r.choice(["+", "-", "*", "/", "//", "%"])
            guard = f" if {b} != 0.0 else -1.0" if op in ("/", "//", "%") else ""
            f.add(f"print({a} {op} {b}{guard}, {b} {op} {a}{' if ' + a + ' != 0 else -1.0' if guard else ''})")
        elif k == 3:  # floor division and modulo signs
            items = []
            for _ in range(r.randint(2, 5)):
                a = r.choice([str(r.randint(-20, 20)), r.choice(["-7.5", "7.5", "-0.0", "0.0", "1e-300", "-1e+300", "float('inf')", "-3.0"]), i1])
                b = r.choice([str(r.choice([-7, -3, -2, -1, 1, 2, 3, 7, 10])), r.choice(["-2.5", "0.5", "-0.5", "3.0", "float('inf')", "-float('inf')", "1e-300"])])
                items.append(f"{a} {r.choice(['//', '%'])} {b}")
            f.add(f"print({', '.join(items)})")
        elif k == 4:  # round() halfway cases
            items = []
            for _ in range(r.randint(2, 5)):
                v = r.choice(HALF_FLOATS)
                if "round_int" in g.shapes and r.random() < 0.3:
                    items.append(f"round({r.randint(-999, 999)}, {r.randint(-3, 1)})")
                elif r.random() < 0.4 and "inf" not in v and "nan" not in v and "e+22" not in v:
                    items.append(f"round({v})")
                else:
                    items.append(f"round({v}, {r.randint(-3, 5)})")
            f.add(f"print({', '.join(items)})")
        elif k == 5:  # float formatting with specs
            items = []
            for _ in range(r.randint(1, 4)):
                v = r.choice(HALF_FLOATS + BIG_FLOATS[:10])
                spec = fmt_spec(r, "float")
                form = r.randrange(3)
                if form == 0:
                    items.append(f'f"{{{v}:{spec}}}"')
                elif form == 1:
                    items.append(f"format({v}, '{spec}')")
                else:
                    items.append(f"'{{:{spec}}}'.format({v})")
            f.add(f"print({', '.join(items)})")
        elif k == 6:  # int formatting with specs
            items = []
            for _ in range(r.randint(1, 4)):
                v = r.choice([str(r.randint(-1000, 100000)), "0", "-1", "255", "1114111", "9007199254740993", i1])
                spec = fmt_spec(r, "int")
                if spec.endswith("c") and not v.isdigit():
                    spec = spec[:-1] + "d"
                if spec.endswith("c") and int(v) >= 0xD800:
                    spec = spec[:-1] + "x"
                items.append(f"format({v}, '{spec}')" if r.random() < 0.5 else f"f'{{{v}:{spec}}}'")
            f.add(f"print({', '.join(items)})")
        elif k == 7:  # printf-style
            flags = r.choice(["", "-", "+", " ", "0", "#", "-+"])
            width = r.choice(["", "5", "12"])
            prec = r.choice(["", ".0", ".2", ".7"])
            typ = r.choice(["f", "e", "g", "E", "G", "d", "i", "r", "s", "x", "o"])
            v = r.choice(HALF_FLOATS[:25]) if typ in "feEgG" else r.choice([i1, "255", "-17", "0"])
            if typ in "xo":
                prec = ""
            f.add(f"print('%{flags}{width}{prec}{typ}|' % ({v},))")
        elif k == 8:  # conversions around 2**53
            a = r.choice([i1, i2, big_int(exact_cmp)])
            items = [f"float({a})", f"int(float({a}))", f"{a} == float({a})", f"int({r.choice(BIG_FLOATS[:6])})"]
            if not exact_cmp:
                big = r.choice(BIG_INTS)
                items.append(f"float({big}) == {big}")
            f.add(f"print({', '.join(r.sample(items, r.randint(1, len(items))))})")
        elif k == 9:  # str/float parsing and repr
            items = r.sample([
                "float(' 1e3 ')", "int(' -42 ')", "int('1_000')", "float('-inf')", "float('1_0.5')", "str(-0.0)",
                "float('0.1') + float('0.2')", "int('+7')", "float('.5')", "float('5.')", "str(1e16)", "str(1e-5)",
                "str(0.1 + 0.2)", "float('nan') == float('nan')", "float('1e500')", "str(2.0 ** 60)", "str(-1e-7)",
                "int('0')", "float('-0')", "str(123456789012345678.0)", "str(1 / 3)", "f'{0.1:.30f}'",
            ], r.randint(2, 5))
            f.add(f"print({', '.join(items)})")
        elif k == 10:  # min/max/abs on mixed magnitudes
            a, b = r.choice([i1, i2, big_int()]), r.choice([i1, i2, big_int()])
            x, y = r.choice([x1, big_float()]), r.choice([x1, big_float(), r.choice(FLOAT_LITS)])
            f.add(f"print(min({a}, {b}), max({a}, {b}), abs({a}), min({x}, {y}), max({x}, {y}), abs({x}))")
        elif k == 11:  # order-dependent min/max: signed zeros and NaN (the first of equals wins)
            pool = ["0.0", "-0.0", "nan", "1.0", "-1.0", "inf", "-inf", "0.5"]
            nf = f.name("nan")
            if nf not in f.env:
                f.declare("nan", "float", "float('nan')")
                f.declare("inf", "float", "float('inf')")
            items = []
            for _ in range(r.randint(2, 4)):
                args = [r.choice(pool) for _ in range(r.randint(2, 4))]
                args = [f.name(a) if a in ("nan", "inf") else ("-" + f.name("inf") if a == "-inf" else a) for a in args]
                if r.random() < 0.5:
                    items.append(f"{r.choice(['min', 'max'])}({', '.join(args)})")
                else:
                    items.append(f"{r.choice(['min', 'max'])}([{', '.join(args)}])")
            f.add(f"print({', '.join(items)})")
        elif k == 12:  # sorting floats: stability of signed zeros, reverse=True, NaN (with `nansort`)
            pool = ["0.0", "-0.0", "1.5", "-2.0", "0.0", "-0.0", "3.0"]
            if "nansort" in g.shapes:
                pool += ["float('nan')"] * 2
            items = [r.choice(pool) for _ in range(r.randint(2, 9))]
            lst = f.name(g.fresh("fs"))
            f.add(f"{lst} = [{', '.join(items)}]")
            form = r.randrange(3)
            rev = r.choice(["", "reverse=True", "reverse=False"])
            if form == 0:
                f.add(f"print(sorted({lst}{', ' + rev if rev else ''}), {lst})")
            else:
                f.add(f"{lst}.sort({rev})")
                f.add(f"print({lst}, min({lst}), max({lst}), sum({lst}))")
        elif k == 13:  # float floor division and modulo at the edges
            items = r.sample([
                "-1e-300 % 1.0", "1e-300 % -1.0", "-0.0 % 1.0", "0.0 % -1.0", "5.0 // 0.1", "5.0 % 0.1", "1.0 // 0.1",
                "1.0 % 0.1", "-7 % 0.7", "7 // -0.7", "1e308 // 1e-308", "-1e308 % 3.0", "2.0 ** 0.5 % 1", "-5e-324 % 1.0",
                "3.0 // -float('inf')", "-3.0 % float('inf')", "float('inf') // 3.0", "0.0 // -5.0", "-0.0 // 5.0",
                "1e16 % 3", "-(2 ** 53) % 10.0", "9007199254740993 % 2.0", "7.5 // 2.5", "-7.5 // 2.5", "0.3 // 0.1", "0.3 % 0.1",
            ], r.randint(2, 5))
            f.add(f"print({', '.join(items)})")
        elif k == 14:  # round() with far digits, shifts by large counts, bool and negative-power arithmetic
            items = r.sample([
                f"round({r.choice(HALF_FLOATS[:30])}, {r.choice([17, 20, 308, 400, -20, -308, -400, 15, 16, 323, 324])})",
                f"{i1} >> {r.choice([62, 63, 64, 100, 1000])}", f"-{r.randint(1, 99)} >> {r.choice([63, 64, 99])}", f"0 << {r.choice([63, 64, 200])}",
                f"{r.randint(-9, 9)} ** -{r.randint(1, 3)}", "True + True", "True * 2.5", "-True", "~True", "True // 2",
                "True / 2", "False - 1", f"2 ** {r.randint(0, 62)}", f"(-2) ** {r.randint(0, 63)}", f"(-3) ** {r.randint(0, 39)}",
                f"{r.randint(-9, 9)} ** 0", "0 ** 0", "0.0 ** 0", "(-8.0) ** 3", "(-0.0) ** 3", "2.0 ** -1074", "2.0 ** -1075",
                f"{r.choice(HALF_FLOATS[:20])} ** 2",
            ], r.randint(2, 5))
            items = [i.replace("0 ** -", "1 ** -") for i in items]  # 0 ** -n raises
            f.add(f"print({', '.join(items)})")
        else:  # float repr/str of values at the edges of the shortest representation
            vals = r.sample([
                "0.1 + 0.2", "1e16", "1e15", "123456789012345680.0", "1e-4", "1e-5", "0.0001", "1.0e+22", "1e21", "1e23",
                "5e-324", "2.2250738585072014e-308", "1.7976931348623157e+308", "9007199254740993.0", "4.35", "0.1 * 3",
                "1 / 3", "2 / 3", "100.0", "-0.0", "1e-7", "123456.789e3", "2.0 ** 63", "float(-2 ** 62)", "1.5e300 * 1.5e10",
            ], r.randint(2, 5))
            f.add(f"print({', '.join(vals)})")
            f.add(f"print([{', '.join(vals)}], ({vals[0]},))")
        if "nanident" in g.shapes and r.random() < 0.3:
            # CPython compares container elements with `is` first: one NaN object equals itself there
            nv = f.name(g.fresh("nv"))
            f.add(f"{nv} = float('nan')")
            items = r.sample([f"({nv},) == ({nv},)", f"({nv}, 1) < ({nv}, 2)", f"{nv} in [{nv}]", f"[{nv}].count({nv})",
                              f"[1.0, {nv}].index({nv})", f"({nv}, 1.0) != ({nv}, 1.0)", f"{nv} == {nv}",
                              f"(float('nan'),) == (float('nan'),)"], r.randint(2, 4))
            f.add(f"print({', '.join(items)})")
        if r.random() < 0.3:
            # move the variables so later lines see other values
            f.add(f"{i1} = {r.choice([big_int(), i2])}")
            f.add(f"{x1} = {r.choice([big_float(), x1 + ' * 0.5'])}")


# ---------------------------------------------------------------------------
# shape: order


def order_helpers(g: Gen, k: int):
    """Functions, a method and a constructor with defaults, for keyword calls."""
    r = g.rnd
    calls = []
    # a three-int function with defaults
    params = [("a", "int", False, r.choice(["any", "any", "pos"])), ("b", "int", True, "any"), ("c", "int", True, r.choice(["any", "kw"]))]
    name = f"k3_{k}"
    g.top(def_text(name, params, "int", [f"print('{name}', a, b, c)", "return a * 100 + b * 10 + c"], defaults={"b": "5", "c": "7"}))
    calls.append(Callable(name, params, "int"))
    params = [("x", "float", False, "any"), ("scale", "float", True, "kw"), ("shift", "int", True, "kw")]
    name = f"kf_{k}"
    g.top(def_text(name, params, "float", [f"print('{name}', x, scale, shift)", "return x * scale + shift"], defaults={"scale": "2.0", "shift": "0"}))
    calls.append(Callable(name, params, "float"))
    params = [("s", "str", False, "any"), ("n", "int", True, "any"), ("sep", "str", True, "any")]
    name = f"ks_{k}"
    g.top(def_text(name, params, "str", [f"print('{name}', s, n, sep)", "return (s + sep) * n"], defaults={"n": "2", "sep": "'/'"}))
    calls.append(Callable(name, params, "str"))
    cls = f"Acc{k}"
    g.top(f"""
class {cls}:
    total: int
    step: int

    def __init__(self, base: int, step: int = 1) -> None:
        print('{cls}', base, step)
        self.total = base
        self.step = step

    def add(self, x: int, times: int = 1) -> int:
        print('add', self.total, x, times)
        self.total += x * times * self.step
        return self.total


def mk{k}(tag: str, base: int) -> {cls}:
    print('mk', tag, base)
    return {cls}(base)
""")
    return calls, cls


def shape_order(g: Gen, f: Frag) -> None:
    r = g.rnd
    k = f.k
    calls, cls = order_helpers(g, k)
    xs = f.declare("xs", "list[int]", "[" + ", ".join(str(r.randint(-5, 9)) for _ in range(3)) + "]")
    f.env[f.name("a")] = "int"
    f.add(f"{f.name('a')} = ti({g.tag()}, {r.randint(-3, 9)})")
    f.env[f.name("x")] = "float"
    f.add(f"{f.name('x')} = tf({g.tag()}, {r.choice(FLOAT_LITS)})")
    f.env[f.name("s")] = "str"
    f.add(f"{f.name('s')} = ts({g.tag()}, {r.choice(STR_LITS)})")
    o = f.name("o")
    f.add(f"{o} = mk{k}({g.tag()}, {r.randint(0, 9)})")
    ex = Ex(g, dict(f.env), tracer=0.55)
    ex.calls = {"int": [c for c in calls if c.result == "int"] + [Callable(f"{o}.add", [("x", "int", False, "any"), ("times", "int", True, "any")], "int")],
                "float": [c for c in calls if c.result == "float"], "str": [c for c in calls if c.result == "str"]}
    ti_ = lambda v: f"ti({g.tag()}, {v})"
    a, x, s = f.name("a"), f.name("x"), f.name("s")

    for _ in range(r.randint(5, 12)):
        kind = r.randrange(16)
        if kind == 0:  # print with sep/end
            args = ", ".join(ex.e(r.choice(["int", "float", "str", "bool"]), 2) for _ in range(r.randint(1, 3)))
            extra = []
            if r.random() < 0.6:
                extra.append(f"sep=ts({g.tag()}, {r.choice(['-', ', ', ''])!r})")
            if r.random() < 0.6:
                extra.append(f"end=ts({g.tag()}, {r.choice(['!', '.', ''])!r} + {chr(39)}\\n{chr(39)})")
            r.shuffle(extra)
            f.add(f"print({', '.join([args] + extra)})")
        elif kind == 1:  # binary operators
            ty = r.choice(["int", "float", "str"])
            f.add(f"print({ex.e(ty, 3)})")
        elif kind == 2:  # chained comparisons, short-circuit
            parts = [ex.e(r.choice(["int", "float"]), 1) for _ in range(r.randint(3, 5))]
            text = parts[0]
            for p in parts[1:]:
                text += f" {r.choice(['<', '<=', '>', '>=', '==', '!='])} {p}"
            f.add(f"print({text})")
        elif kind == 3:  # and/or chains of tracers, values not only bools
            ty = r.choice(["int", "bool", "str", "float"])
            text = ex.e(ty, 1)
            for _ in range(r.randint(2, 4)):
                text += f" {r.choice(['and', 'or'])} {ex.e(ty, 1)}"
            f.add(f"print({text})")
        elif kind == 4:  # keyword calls in unusual orders
            fn = r.choice(ex.calls[r.choice(["int", "float", "str"])])
            f.add(f"print({ex.call(fn, 1)})")
        elif kind == 5:  # f-strings with several calls and nested specs
            ex.no_fstring = True
            v = ex.e("float", 1)
            w = ex.e("int", 1)
            form = r.choice([
                'f"{{{v}:.{{ti({t}, {p})}}f}}|{{{w}}}"',
                'f"{{{w}:{{ti({t}, {p2})}}d}}/{{{v}:g}}"',
                'f"[{{{w}!r}}] {{{s}!r:>{{ti({t}, 6)}}}} {{{v}}}"',
            ])
            text = form.format(v=v, w=w, t=g.tag(), p=r.randint(0, 4), p2=r.randint(1, 9), s=ex.e("str", 1))
            ex.no_fstring = False
            f.add(f"print({text})")
        elif kind == 6:  # subscript targets: value first, then the list, then the index
            idx = r.randint(-3, 2)
            op = r.choice(["=", "+=", "-=", "*="])
            f.add(f"tl({g.tag()}, {xs})[ti({g.tag()}, {idx})] {op} {ex.e('int', 1)}")
            f.add(f"print({xs})")
        elif kind == 7:  # attribute targets
            form = r.choice([
                "{o}.total = {e}", "{o}.total += {e}", "mk{k}({t}, {n}).total = {e}", "{o}.step = {o}.add({e}) - {o}.total + 1",
                "{o}.total, {a} = {e}, {o}.total", "{a}, {o}.total = {o}.add({e}), {a}",
                "{o}.step = ({o}.total - {o}.add({e})) % 5 + 1",
                "mk{k}({t}, {n}).total += {e}", "{o}.total -= {o}.add({e})", "{a} = {o}.total = {e}", "{o}.total = {a} = {e}",
            ])
            f.add(form.format(o=o, e=ex.e("int", 2), k=k, t=g.tag(), n=r.randint(0, 5), a=a))
            f.add(f"print({o}.total, {o}.step, {a})")
        elif kind == 8:  # tuple assignment of tracers
            f.add(f"{a}, {x} = {ex.e('int', 1)}, {ex.e('float', 1)}")
            f.add(f"print({a}, {x})")
        elif kind == 9:  # conditional expression
            ty = r.choice(["int", "float", "str"])
            f.add(f"print({ex.e(ty, 1)} if {ex.e('bool', 2)} else {ex.e(ty, 1)})")
        elif kind == 10:  # method calls with keywords on a traced receiver
            recv = r.choice([o, f"mk{k}({g.tag()}, {r.randint(0, 9)})"])
            fn = Callable(f"{recv}.add", [("x", "int", False, "any"), ("times", "int", True, "any")], "int")
            f.add(f"print({ex.call(fn, 1)}, {o}.total)")
        elif kind == 11:  # constructor with keywords
            ctor = Callable(cls, [("base", "int", False, "any"), ("step", "int", True, "any")], cls)
            f.add(f"{o} = {ex.call(ctor, 1)}")
        elif kind == 12:  # builtins with traced arguments
            items = r.sample([
                f"min({ex.e('int', 1)}, {ex.e('int', 1)}, {ex.e('int', 1)})", f"max({ex.e('float', 1)}, {ex.e('float', 1)})",
                f"abs({ex.e('int', 1)})", f"round({ex.e('float', 1)}, {ti_(r.randint(0, 3))})", f"str({ex.e('int', 1)}) + {ex.e('str', 1)}",
                f"len(tl({g.tag()}, {xs}))", f"sum(tl({g.tag()}, {xs}))", f"sorted(tl({g.tag()}, {xs}), reverse={ex.e('bool', 1)})",
                f"'%s:%d' % ({ex.e('str', 1)}, {ex.e('int', 1)})", f"'{{1}}{{0}}'.format({ex.e('int', 1)}, {ex.e('str', 1)})",
                f"'{{b}}{{a}}'.format(a={ex.e('int', 1)}, b={ex.e('float', 1)})",
                f"'{{0}}-{{0}}-{{1}}'.format({ex.e('int', 1)}, {ex.e('str', 1)})", f"'%s%s' % ({ex.e('str', 1)}, {ex.e('float', 1)})",
            ], r.randint(1, 3))
            f.add(f"print({', '.join(items)})")
        elif kind == 13:  # comprehension with traced element and filter
            f.add(f"print([ti({g.tag()}, i) * {ex.e('int', 0)} for i in range({r.randint(0, 3)}) if tb({g.tag()}, i % 2 == {r.randint(0, 1)})])")
        elif kind == 14:  # if/while driven by traced conditions
            if r.random() < 0.5:
                f.add_block([f"if {ex.e('bool', 2)}:", f"    print('then', {ex.e('int', 1)})", f"elif {ex.e('bool', 1)}:", f"    print('elif')", "else:", f"    print('else', {ex.e('str', 1)})"])
            else:
                i = f.name("i")
                f.add_block([f"{i} = 0", f"while ti({g.tag()}, {i}) < {r.randint(0, 3)} and tb({g.tag()}, {ex.e('bool', 0)} or {i} == 0):", f"    {i} += 1", f"print({i})"])
        else:  # augmented assignment: target read before the right side runs
            f.add(f"{a} {r.choice(['+=', '-=', '*='])} {ex.e('int', 2)}")
            f.add(f"{x} {r.choice(['+=', '-=', '*='])} {ex.e('float', 2)}")
            f.add(f"print({a}, {x})")


# ---------------------------------------------------------------------------
# shape: calls (tuples, defaults, keywords)


def shape_calls(g: Gen, f: Frag) -> None:
    r = g.rnd
    k = f.k
    gv = f"D{k}"
    g.top(f"{gv} = {r.randint(1, 9)}")
    # defaults evaluated once, at def time: a global read, a traced call, a shared list
    g.top(f"""
def dflt{k}(a: int, b: int = {gv} * 2, c: int = ti('def{k}', {r.randint(0, 9)}), log: list[int] = []) -> list[int]:
    log.append(a + b + c)
    return log


def split{k}(n: int, base: int = 10) -> tuple[int, int]:
    return n // base, n % base


def pair{k}(a: int, x: float, *, s: str = 'p') -> tuple[int, float, str]:
    return (a, x * 2, s + str(a))


def sw{k}(t: tuple[int, int]) -> tuple[int, int]:
    a, b = t
    return b, a


def pos{k}(a: int, b: int = 3, /, c: int = 4, *, d: int = 5) -> int:
    return a * 1000 + b * 100 + c * 10 + d
""")
    g.late.append(f"{gv} = {r.randint(10, 99)}")
    cls = f"Pt{k}"
    sub = f"Pt3_{k}"
    # an override with other default values: jcvm refuses it (gap), so only with `override_defaults`
    other_defaults = "override_defaults" in g.shapes and r.random() < 0.5
    sub_k, sub_twice = ("3", "True") if other_defaults else ("2", "False")
    g.top(f"""
class {cls}:
    x: int
    y: float
    tag: tuple[int, str]

    def __init__(self, x: int = 0, y: float = 1.5, tag: tuple[int, str] = (0, 'z')) -> None:
        self.x = x
        self.y = y
        self.tag = tag

    def moved(self, dx: int = 1, dy: float = 0.5) -> tuple[int, float]:
        return self.x + dx, self.y + dy

    def scale(self, k: int = 2, *, twice: bool = False) -> float:
        return self.y * k * (2 if twice else 1)


class {sub}({cls}):
    z: int

    def __init__(self, x: int = 1, z: int = 9) -> None:
        super().__init__(x, tag=(x, 'sub'))
        self.z = z

    def scale(self, k: int = {sub_k}, *, twice: bool = {sub_twice}) -> float:
        return self.y * k + self.z * (1 if twice else -1)
""")
    cfg = f"Cfg{k}"
    shared = "class_mutable_default" in g.shapes
    g.top(f"""
class {cfg}:
    n: int = {r.randint(-5, 5)}
    x: float = {r.choice(FLOAT_LITS)}
    name: str = {r.choice(STR_LITS)}
    on: bool = {r.choice(['True', 'False'])}
{'    items: list[int] = []' if shared else ''}
    def __init__(self, n: int = 0, *, name: str = '') -> None:
        if n != 0:
            self.n = n
        if name:
            self.name = name

    def get(self, extra: int = ti('cls{k}', {r.randint(0, 9)}), *, scale: float = {r.choice(FLOAT_LITS)}) -> float:
        {'self.items.append(extra)' if shared else 'pass'}
        return (self.n + extra) * scale + self.x
""")
    cfg_ctor = Callable(cfg, [("n", "int", True, "any"), ("name", "str", True, "kw")], cfg)
    cfg_get = [("extra", "int", True, "any"), ("scale", "float", True, "kw")]
    dflt = Callable(f"dflt{k}", [("a", "int", False, "any"), ("b", "int", True, "any"), ("c", "int", True, "any")], "list[int]")
    pos = Callable(f"pos{k}", [("a", "int", False, "pos"), ("b", "int", True, "pos"), ("c", "int", True, "any"), ("d", "int", True, "kw")], "int")
    ex = Ex(g, f.env, tracer=0.2)
    p = f.name("pt")
    ctor = Callable(cls, [("x", "int", True, "any"), ("y", "float", True, "any"), ("tag", "tuple[int, str]", True, "any")], cls)
    subctor = Callable(sub, [("x", "int", True, "any"), ("z", "int", True, "any")], sub)

    def arg(ty):
        if ty == "tuple[int, str]":
            return f"({ex.e('int', 1)}, {ex.e('str', 0)})"
        return ex.e(ty, 1)

    f.add(f"{p} = {call_text(r, ctor, arg) if r.random() < 0.6 else call_text(r, subctor, arg)}")
    for _ in range(r.randint(6, 12)):
        kind = r.randrange(15)
        if kind == 0:
            res = f.name("res")
            f.add(f"{res} = {call_text(r, dflt, lambda ty: ex.e(ty, 1))}")
            f.add(f"print({res}, len({res}))")
        elif kind == 1:
            f.add(f"print({call_text(r, dflt, lambda ty: ex.e(ty, 1))} is {call_text(r, dflt, lambda ty: ex.e(ty, 1))})")
        elif kind == 2:
            q, m = f.name("q"), f.name("m")
            f.add(f"{q}, {m} = split{k}({ex.e('int', 1)}{r.choice(['', ', 3', ', base=7', ', -4'])})")
            f.add(f"print({q}, {m}, split{k}({q} * {m} + 1))")
        elif kind == 3:
            t = f.name("t")
            f.add(f"{t} = pair{k}({ex.e('int', 1)}, {ex.e('float', 1)}{r.choice(['', ', s=' + ex.e('str', 0)])})")
            f.add(f"print({t}, {t}[0], {t}[-1], {t}[1], len({t}))")
            a, x, s = f.name("ta"), f.name("tx"), f.name("tsx")
            f.add(f"{a}, {x}, {s} = {t}")
            f.add(f"print({a}, {x}, {s})")
        elif kind == 4:
            a, b = r.randint(-5, 5), r.randint(-5, 5)
            u = f.name("u")
            f.add(f"{u} = sw{k}(({ex.e('int', 0)}, {b}))")
            f.add(f"print({u}, sw{k}({u}), {u} < sw{k}({u}), {u} == ({b}, {a}), sw{k}(sw{k}({u})) == {u})")
        elif kind == 5:
            f.add(f"print({call_text(r, pos, lambda ty: ex.e(ty, 1))}, {call_text(r, pos, lambda ty: ex.e(ty, 0))})")
        elif kind == 6:  # nested tuples, unpacking, comparisons with mixed numbers
            t1 = f"(({ex.e('int', 0)}, {ex.e('float', 0)}), {ex.e('str', 0)})"
            t2 = f"(({ex.e('int', 0)}, {ex.e('int', 0)}), {ex.e('str', 0)})"
            n1 = f.name("n1")
            f.add(f"{n1} = {t1}")
            f.add(f"print({n1}, {n1} {r.choice(['<', '<=', '==', '!=', '>', '>='])} {t2}, {n1}[0], {n1}[0][1])")
            a, x, s = f.name("na"), f.name("nx"), f.name("ns")
            f.add(f"({a}, {x}), {s} = {n1}")
            f.add(f"print({a}, {x}, {s})")
        elif kind == 7:  # a list of tuples
            ps = f.name("ps")
            items = ", ".join(f"({r.randint(-3, 9)}, {r.choice(FLOAT_LITS)})" for _ in range(r.randint(1, 4)))
            f.add(f"{ps} = [{items}]")
            i, a, x = f.name("i"), f.name("pa"), f.name("px")
            f.add_block([f"for {i}, ({a}, {x}) in enumerate({ps}):", f"    print({i}, {a}, {x}, ({a}, {x}) < ({i}, {x}))"])
            f.add(f"{ps}.append(({ex.e('int', 0)}, {ex.e('float', 0)}))")
            f.add(f"print({ps}, {ps}[-1], len({ps}))")
        elif kind == 8:  # methods with defaults and keywords on a maybe-subclass instance
            mv = Callable(f"{p}.moved", [("dx", "int", True, "any"), ("dy", "float", True, "any")], "tuple[int, float]")
            sc = Callable(f"{p}.scale", [("k", "int", True, "any"), ("twice", "bool", True, "kw")], "float")
            f.add(f"print({call_text(r, mv, lambda ty: ex.e(ty, 1))}, {call_text(r, sc, lambda ty: ex.e(ty, 1))}, {p}.tag)")
        elif kind == 9:  # tuple field
            f.add(f"{p}.tag = ({ex.e('int', 0)}, {ex.e('str', 0)})")
            f.add(f"print({p}.tag, {p}.tag[0] + {p}.x, {p}.tag < (0, 'a'))")
        elif kind == 10:
            p2 = f.name(g.fresh("pt"))
            f.add(f"{p2} = {call_text(r, ctor, arg) if r.random() < 0.5 else call_text(r, subctor, arg)}")
            f.add(f"print({p2}.x, {p2}.y, {p2}.tag, {p2}.moved(), {p2}.scale(), isinstance({p2}, {sub}))")
        elif kind == 11:  # zip of two lists into tuples
            a, b = f.name("za"), f.name("zb")
            f.add_block([f"for {a}, {b} in zip([{ex.e('int', 0)}, {ex.e('int', 0)}, 3], [{ex.e('str', 0)}, 'w']):", f"    print(({a}, {b}), {a}, {b})"])
        elif kind == 12:  # swap through tuples
            a, b = f.name("sa"), f.name("sb")
            f.add(f"{a}, {b} = {ex.e('int', 1)}, {ex.e('int', 1)}")
            f.add(f"{a}, {b} = {b}, {a}")
            f.add(f"({a}, {b}) = ({a} + {b}, {a} - {b})")
            f.add(f"print({a}, {b}, ({a}, {b}), ({a},), ())")
        elif kind == 13:  # the default list seen from outside
            f.add(f"print(dflt{k}(0), {gv})")
        else:  # field defaults, a method default evaluated when the class was created
            c1, c2 = f.name(g.fresh("cf")), f.name(g.fresh("cf"))
            f.add(f"{c1} = {call_text(r, cfg_ctor, lambda ty: ex.e(ty, 1))}")
            f.add(f"{c2} = {call_text(r, cfg_ctor, lambda ty: ex.e(ty, 1))}")
            f.add(f"{c1}.x = {c1}.x * 2")
            f.add(f"print({c1}.n, {c1}.x, {c1}.name, {c1}.on, {c2}.n, {c2}.x, {c2}.name, {c2}.on)")
            f.add(f"print({call_text(r, Callable(c1 + '.get', cfg_get, 'float'), lambda ty: ex.e(ty, 1))}, "
                  f"{call_text(r, Callable(c2 + '.get', cfg_get, 'float'), lambda ty: ex.e(ty, 1))})")
            if shared:
                f.add(f"print({c1}.items, {c1}.items is {c2}.items)")


# ---------------------------------------------------------------------------
# shape: trystate (what assignments leave behind when an exception interrupts them)


def shape_trystate(g: Gen, f: Frag) -> None:
    r = g.rnd
    k = f.k
    g.top(f"""
def leaf{k}(v: int, d: int) -> int:
    w = v * {r.randint(2, 5)}
    return w {r.choice(['//', '%'])} d


def pair{k}t(v: int, d: int) -> tuple[int, int]:
    return v + 1, v // d


def deep{k}(v: int, d: int) -> int:
    print('deep', v, d)
    if v > 0:
        return deep{k}(v - 1, d) + 1
    return 10 // d


class T{k}:
    n: int
    xs: list[int]

    def __init__(self, n: int) -> None:
        self.n = n
        self.xs = [n]

    def bump(self, d: int) -> int:
        self.n += 1
        self.xs.append(self.n)
        return self.n // d


def fin{k}(x: int, d: int) -> int:
    try:
        if d == 0:
            return x
        x = x // d
        return x * 2
    finally:
        x += 1
        print('fin{k}', x)


def loop{k}(n: int, d: int) -> int:
    total = 0
    for i in range(n):
        try:
            if i == {r.randint(0, 3)}:
                continue
            if i == {r.randint(2, 5)}:
                break
            total += {r.randint(1, 9)} // (d + {r.randint(0, 3)} - i)
        except ZeroDivisionError:
            total -= 1000
        finally:
            total += 100
    return total
""")
    a, b, x, xs, o, z = (f.name(v) for v in ("a", "b", "x", "xs", "o", "z"))
    f.add(f"{a} = {r.randint(-9, 9)}")
    f.add(f"{b} = {r.randint(-9, 9)}")
    f.add(f"{x} = {r.choice(FLOAT_LITS)}")
    f.add(f"{xs} = [{', '.join(str(r.randint(-9, 9)) for _ in range(3))}]")
    f.add(f"{o} = T{k}({r.randint(0, 5)})")
    f.add(f"{z} = ti({g.tag()}, {r.choice([0, 0, 0, 1, 2])})")
    state = f"{a}, {b}, {x}, {xs}, {o}.n, {o}.xs"

    def body_stmt() -> list[str]:
        i = r.randint(-3, 2)
        return [r.choice([
            f"{a} = leaf{k}({a}, {z})", f"{a}, {b} = {b}, leaf{k}({a}, {z})", f"{a}, {b} = pair{k}t({b}, {z})",
            f"{o}.n = leaf{k}({o}.n, {z})", f"{xs}[{i}] = leaf{k}({xs}[{i}], {z})", f"{a} += leaf{k}({b}, {z})",
            f"{xs}[{i}] += {o}.bump({z})", f"{x} = {x} / {z}", f"{x} += {a} / {z}", f"{a} = {a} + 1",
            f"{b} = deep{k}({r.randint(0, 2)}, {z})", f"{xs}.append(leaf{k}(len({xs}), {z}))", f"{a} = {o}.bump({z}) + {a}",
            f"{b} = {xs}.pop() // {z}", f"{a}, {xs}[{a} % 3] = {b}, leaf{k}({b}, {z})", f"print('step', {a}, {b})",
            f"{b} = fin{k}({a}, {z})", f"{a} = loop{k}({r.randint(1, 6)}, {z})",
        ])]

    def try_block(depth: int) -> list[str]:
        lines = ["try:"]
        for _ in range(r.randint(1, 4)):
            if depth < 1 and r.random() < 0.15:
                lines += ["    " + l for l in try_block(depth + 1)]
            else:
                lines += ["    " + l for l in body_stmt()]
        handlers = r.sample(["ZeroDivisionError", "ArithmeticError", "Exception", "(ZeroDivisionError, IndexError)", "IndexError"],
                            r.randint(1, 2))
        if not any(h in ("Exception", "ArithmeticError", "ZeroDivisionError", "(ZeroDivisionError, IndexError)") for h in handlers):
            handlers.append("ZeroDivisionError")  # uncaught errors are the errors shape's business
        for h in handlers:
            lines += [f"except {h}:", f"    print('caught {h}', {state})"]
            if r.random() < 0.3:
                lines.append(f"    {a} = {a} * 2 + 1")
        if r.random() < 0.3:
            lines += ["else:", f"    print('else', {a})"]
        if r.random() < 0.5:
            lines += ["finally:", f"    {b} = {b} - 1", f"    print('finally', {b})"]
        return lines

    for _ in range(r.randint(2, 6)):
        if r.random() < 0.2:
            i = f.name(g.fresh("i"))
            f.add_block([f"for {i} in range({r.randint(1, 3)}):"] + ["    " + l for l in try_block(0)] +
                        [f"    if {a} % 3 == 0:", "        break" if r.random() < 0.5 else "        continue", f"    print('iter', {i})"])
        else:
            f.add_block(try_block(0))
        f.add(f"print({state})")
        if r.random() < 0.3:
            f.add(f"{z} = ti({g.tag()}, {r.choice([0, 1])})")


# ---------------------------------------------------------------------------
# shape: mathfn (math module functions on edge and random arguments, errors caught)

MATH_SPECIAL = ["0.0", "-0.0", "1.0", "-1.0", "0.5", "-0.5", "2.0", "math.inf", "-math.inf", "math.nan", "1e-300", "5e-324",
                "-5e-324", "1e+308", "1.7976931348623157e+308", "2.2250738585072014e-308", "0.1", "3.0", "10.0", "100.0",
                "710.0", "709.78", "-745.2", "1e+16", "math.pi", "math.e", "1e-08", "-3.0", "-2.5", "171.5", "-170.5",
                "0.9999999999999999", "1.0000000000000002", "1e-15", "6.0", "-1e-300", "30.0", "-30.0", "4.5", "1e+22",
                "math.pi / 2", "-math.pi", "1e-20", "0.25"]
MATH_UNARY = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan",
              "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "gamma", "lgamma", "erf", "erfc", "degrees", "radians",
              "cbrt", "ulp", "fabs", "isnan", "isinf", "isfinite", "frexp", "modf"]
MATH_TO_INT = ["floor", "ceil", "trunc"]


def math_float(r: random.Random) -> str:
    k = r.randrange(6)
    if k < 2:
        return r.choice(MATH_SPECIAL)
    if k == 2:
        return repr(r.uniform(-1, 1))
    if k == 3:
        return repr(r.uniform(-50, 50))
    if k == 4:
        return repr(round(r.uniform(-200, 200) * 2) / 2)  # halves and integers (poles of gamma, ties of round)
    return repr(r.choice([1, -1]) * 10 ** r.uniform(-300, 300))


def cpython_value(expr: str):
    """What CPython (this generator's interpreter) makes of `expr`, or the exception."""
    import math as _math
    try:
        return eval(expr, {"math": _math})
    except Exception as exc:  # noqa: BLE001 - any error is a fine outcome
        return exc


def jcvm_representable(value) -> bool:
    """False for the results jcvm deliberately cannot produce: complex numbers, ints beyond 64 bits."""
    if isinstance(value, complex):
        return False
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return -(2**63) <= value < 2**63
    if isinstance(value, tuple):
        return all(jcvm_representable(v) for v in value)
    return True


def shape_mathfn(g: Gen, f: Frag) -> None:
    r = g.rnd
    done = 0
    while done < r.randint(6, 16):
        k = r.randrange(12)
        if k < 4:
            call = f"math.{r.choice(MATH_UNARY)}({math_float(r)})"
        elif k == 4:
            x = math_float(r)
            while any(t in x for t in ("inf", "nan", "e+", "308")) or abs(eval(x, {"math": __import__("math")})) >= 2.0 ** 62:
                x = math_float(r)
            call = f"{r.choice(['math.floor', 'math.ceil', 'math.trunc', 'round'])}({x})"
        elif k == 5:
            fn = r.choice(["pow", "fmod", "remainder", "atan2", "copysign", "nextafter", "log", "hypot", "isclose"])
            call = f"math.{fn}({math_float(r)}, {math_float(r)})"
        elif k == 6:
            call = f"math.ldexp({math_float(r)}, {r.choice([0, 1, -1, 52, -1074, -1075, 1023, 1024, 2000, -2000, r.randint(-60, 60)])})"
        elif k == 7:
            xs = ", ".join(math_float(r) for _ in range(r.randint(0, 5)))
            call = f"math.{r.choice(['fsum', 'prod', 'hypot'])}([{xs}])".replace("hypot([", "hypot(").replace("hypot(" + xs + "])", "hypot(" + xs + ")")
        elif k == 8:
            fn = r.choice(["gcd", "lcm"])
            call = f"math.{fn}({', '.join(str(r.randint(-10**6, 10**6)) for _ in range(r.randint(0, 4)))})"
        elif k == 9:
            n = r.randint(-2, 66)
            kk = r.randint(-1, n + 2)
            fn = r.choice(["comb", "perm", "factorial", "isqrt"])
            if fn == "factorial":
                call = f"math.factorial({min(n, 20)})"
            elif fn == "isqrt":
                call = f"math.isqrt({r.choice([n, r.randint(0, 2**63 - 1), 2**62, 2**63 - 1, 10**18, (2**31 - 1) ** 2])})"
            else:
                import math as _m
                if n >= 0 and 0 <= kk <= n and (_m.comb(n, kk) if fn == "comb" else _m.perm(n, kk)) >= 2**62:
                    kk = min(kk, 3)
                call = f"math.{fn}({n}, {kk})"
        elif k == 10:
            call = f"round({math_float(r)}, {r.choice([0, 1, 2, 3, 5, 10, 15, 16, 17, -1, -2, -5, 300, -300])})"
        else:
            a, b = math_float(r), math_float(r)
            call = f"({a}) {r.choice(['**', '%', '//', '/', '*', '+', '-'])} ({b})"
        if not jcvm_representable(cpython_value(call)):
            continue
        done += 1
        f.add_block(["try:", f"    print({call})", "except ValueError as exc:", "    print('ValueError', exc)",
                     "except OverflowError as exc:", "    print('OverflowError', exc)", "except ZeroDivisionError as exc:",
                     "    print('ZeroDivisionError', exc)"])


# ---------------------------------------------------------------------------
# shape: strrepr (str repr, indexing and width over all of Unicode)

SPECIAL_CPS = [0x200B, 0x200E, 0x2028, 0x2029, 0x3000, 0x2000, 0xFEFF, 0x061C, 0x00AD, 0x1680, 0x180E, 0xE000, 0xFFFE,
               0xFFFF, 0x0378, 0x0301, 0x1F600, 0x1F6DC, 0x1FA75, 0x31350, 0xE0001, 0xF0000, 0x10FFFF, 0x1D173, 0x00A0,
               0x0085, 0x009F, 0x2060, 0x2066, 0x1F1E6, 0x0E3F, 0x05D0, 0x0600, 0x110BD, 0x13430, 0x1BCA0, 0xE007F]


def random_cp(r: random.Random) -> int:
    bucket = r.randrange(9)
    if bucket == 0:
        return r.choice([0x27, 0x22, 0x5C, 0x0A, 0x0D, 0x09, 0x00, 0x7F, 0x20, 0x1B, 0x0C, 0x0B])
    if bucket in (1, 2):
        return r.randint(0x20, 0x7E)
    if bucket == 3:
        return r.randint(0x80, 0xFF)
    if bucket == 4:
        return r.choice(SPECIAL_CPS)
    if bucket == 5:
        return r.randint(0x100, 0x2FFF)
    if bucket == 6:
        c = r.randint(0x3000, 0xFFFF)
        return c if not 0xD800 <= c <= 0xDFFF else 0xE000
    if bucket == 7:
        return r.randint(0x10000, 0x3FFFF)
    return r.randint(0x40000, 0x10FFFF)


def str_literal(cps: list[int]) -> str:
    out = []
    for c in cps:
        if c == 0x5C:
            out.append("\\\\")
        elif c == 0x27:
            out.append("\\'")
        elif 0x20 <= c < 0x7F:
            out.append(chr(c))
        elif c < 0x100:
            out.append(f"\\x{c:02x}")
        elif c < 0x10000:
            out.append(f"\\u{c:04x}")
        else:
            out.append(f"\\U{c:08x}")
    return "'" + "".join(out) + "'"


def shape_strrepr(g: Gen, f: Frag) -> None:
    r = g.rnd
    names = []
    lens = {}
    for i in range(r.randint(2, 4)):
        cps = [random_cp(r) for _ in range(r.randint(0, 6))]
        n = f.name(f"s{i}")
        f.env[n] = "str"
        f.add(f"{n} = {str_literal(cps)}")
        names.append(n)
        lens[n] = len(cps)
    for _ in range(r.randint(4, 10)):
        a, b = r.choice(names), r.choice(names)
        kind = r.randrange(14 if "strmethods" in g.shapes else 10)
        if kind >= 10:  # str methods and slices over all of Unicode
            calls = []
            for _ in range(r.randint(1, 4)):
                m = r.randrange(9)
                props = "unicode_props" in g.shapes
                if m == 0:
                    calls.append(f"{a}.{r.choice(['strip', 'lstrip', 'rstrip', 'split', 'splitlines'] + (['upper', 'lower', 'title', 'capitalize'] * 2 if props else []))}()")
                elif m == 1:
                    calls.append(f"{a}.{r.choice(['isspace'] + (['isdigit', 'isalpha', 'isalnum', 'isupper', 'islower'] if props else []))}()")
                elif m == 2:
                    calls.append(f"{a}.{r.choice(['find', 'rfind', 'count', 'startswith', 'endswith'])}({b})")
                elif m == 3:
                    calls.append(f"{a}.{r.choice(['strip', 'lstrip', 'rstrip'])}({b})")
                elif m == 4:
                    calls.append(f"{a}.split({b}) if {b} else [{a}]" if r.random() < 0.5 else f"{a}.replace({b}, {r.choice(names)})")
                elif m == 5:
                    fill = str_literal([random_cp(r)])
                    calls.append(f"{a}.{r.choice(['center', 'ljust', 'rjust'])}({r.randint(-1, 9)}, {fill})" if r.random() < 0.6 else f"{a}.zfill({r.randint(0, 9)})")
                elif m == 6:
                    parts = [str(r.randint(-8, 8)) if r.random() < 0.7 else "" for _ in range(r.randint(1, 3))]
                    if len(parts) == 3 and parts[2] in ("0", ""):
                        parts[2] = r.choice(["-1", "2", "-2", "3"])
                    calls.append(f"{a}[{':'.join(parts) if len(parts) > 1 else parts[0] + ':'}]")
                elif m == 7:
                    calls.append(f"{b}.join([{a}, {r.choice(names)}, {a}])")
                else:
                    calls.append(f"[ord(c) for c in {a}]")
                    calls.append(f"chr({random_cp(r)})")
            f.add(f"print({', '.join('repr(' + c + ')' for c in calls)})")
        elif kind == 0:
            f.add(f"print([{', '.join(r.sample(names, r.randint(1, len(names))))}])")
        elif kind == 1:
            f.add(f"print(({a},), ({a}, {b}), f'{{{a}!r}}', '%r|%s' % ({a}, {b}))")
        elif kind == 2:
            f.add(f"print({a}, {b}, sep={r.choice(names)})")
        elif kind == 3:
            idx = [str(r.randint(-lens[a], lens[a] - 1)) for _ in range(r.randint(1, 3))] if lens[a] else []
            if idx:
                f.add(f"print(len({a}), {', '.join(f'{a}[{i}]' for i in idx)}, [{', '.join(f'{a}[{i}]' for i in idx)}])")
            else:
                f.add(f"print(len({a}), [{a}])")
        elif kind == 4:
            f.add(f"print({a} + {b} == {b} + {a}, {a} < {b}, {a} <= {b}, {a} == {b}, {a} != {a} + {a})")
        elif kind == 5:
            w = r.randint(0, 10)
            fill = r.choice(["", "*", "\\u00e9", "\\U0001f600", "0", " "])
            f.add(f"print(f'{{{a}:{fill}{r.choice('<>^')}{w}}}|{{{b}:.{r.randint(0, 4)}}}|{{{a}:{r.randint(0, 8)}}}|', '%{r.choice(['', '-'])}{w}s|%.{r.randint(0, 3)}s|' % ({a}, {b}), '{{:>{w}}}'.format({b}))")
        elif kind == 6:
            c = f.name(g.fresh("c"))
            f.add_block([f"for {c} in {a}:", f"    print({c}, [{c}], len({c}), end='|')", "print()"])
        elif kind == 7:
            f.add(f"print(sorted([{', '.join(names)}]), min([{a}, {b}]), max([{b}, {a}]), [{a}, {b}].count({a}), {a} in [{b}])")
        elif kind == 8:
            f.add(f"print({a} * {r.randint(0, 3)}, [{a} * 2], str({a}) == {a}, [c for c in {a}])")
        else:
            n = f.name(g.fresh("j"))
            f.add(f"{n} = {a} + {b}")
            f.add(f"print({n}, [{n}], len({n}), {n}[-1] if {n} else 'empty')")


# ---------------------------------------------------------------------------
# shapes: dicts, sets, optional, generators, funcvalues, equality

# key pools per key type: (type, literals, value type, value literals)
DICT_KEYS = {
    "str": ["'a'", "'b'", "'c'", "'zz'", "''", "'B'"],
    "int": ["0", "1", "-1", "2", "5", "100", "-7"],
    "tuple[int, int]": ["(0, 1)", "(1, 0)", "(2, 2)", "(-1, 3)", "(0, 0)"],
    "float": ["0.0", "-0.0", "1.5", "-2.5", "1e+16", "0.1"],
}
DICT_VALS = {
    "int": ["0", "1", "-3", "7", "42", "10"],
    "str": ["'x'", "'yy'", "''", "'p'"],
    "float": ["0.5", "-1.25", "2.0", "-0.0"],
}


def shape_dicts(g: Gen, f: Frag) -> None:
    """dict[K, V] with K in str/int/tuple/float (0.0 and -0.0 one key): literals and
    comprehensions, get/set/del, `in`, get/pop/setdefault/update/copy/clear, iteration
    over keys/values/items, order after delete and re-insert, KeyError caught or not."""
    r = g.rnd
    kt = r.choice(list(DICT_KEYS))
    vt = "str" if kt == "float" else r.choice(["int", "int", "str", "float"])
    ks, vs = DICT_KEYS[kt], DICT_VALS[vt]
    dty = f"dict[{kt}, {vt}]"
    key = lambda: r.choice(ks)
    val = lambda: r.choice(vs)
    d = f.name(g.fresh("d"))
    e = f.name(g.fresh("e"))

    def lit() -> str:
        return "{" + ", ".join(f"{key()}: {val()}" for _ in range(r.randint(0, 4))) + "}"

    def comp() -> str:
        kk = f.name(g.fresh("k"))
        src = "[" + ", ".join(key() for _ in range(r.randint(1, 5))) + "]"
        if vt == "int":
            v = r.choice([f"len(str({kk}))", "7", f"hash({kk}) % 5" if kt == "int" else "3"])
        elif vt == "str":
            v = f"str({kk})" if kt != "tuple[int, int]" else f"str({kk}[0])"
        else:
            v = r.choice(["0.5", "-1.25"])
        cond = r.choice(["", f" if {kk} != {key()}"])
        return f"{{{kk}: {v} for {kk} in {src}{cond}}}"

    f.add(f"{d}: {dty} = {lit() if r.random() < 0.6 else comp()}")
    f.add(f"{e}: {dty} = {lit() if r.random() < 0.6 else comp()}")
    f.add(f"print({d}, {e}, len({d}), len({e}))")
    it = f.name(g.fresh("it"))
    vv = f.name(g.fresh("v"))
    for _ in range(r.randint(5, 12)):
        k = r.randrange(17)
        a = r.choice([d, e])
        b = e if a == d else d
        if k == 0:
            f.add(f"{a}[{key()}] = {val()}")
        elif k == 1:
            kk = key()
            upd = {"int": f"{a}[{kk}] + {r.randint(-3, 3)}", "str": f"{a}[{kk}] + 'q'", "float": f"{a}[{kk}] * 2.0"}[vt]
            f.add_block([f"if {kk} in {a}:", f"    {a}[{kk}] = {upd}", "else:", f"    {a}[{kk}] = {val()}"])
        elif k == 2:  # delete then re-insert: the key moves to the end
            kk = key()
            f.add_block([f"if {kk} in {a}:", f"    del {a}[{kk}]", f"    print('deleted', {kk}, {a})", f"{a}[{kk}] = {val()}", f"print({a})"])
        elif k == 3:
            f.add(f"print({a}.get({key()}, {val()}), {a}.get({key()}, {val()}), {key()} in {a}, {key()} not in {a})")
            if vt != "str":
                f.add(f"print({a}.get({key()}), {a}.get({key()}) is None)")
        elif k == 4:
            kk = key()
            f.add(f"print({a}.pop({kk}, {val()}), {a})")
        elif k == 5:
            f.add(f"print({a}.setdefault({key()}, {val()}), {a})")
        elif k == 6:
            src = b if r.random() < 0.5 else lit()
            f.add(f"{a}.update({src})", f"print({a}, len({a}))")
        elif k == 7:
            f.add_block([f"for {it} in {a}:", f"    print({it}, {a}[{it}], end='; ')", "print()"])
        elif k == 8:
            f.add_block([f"for {it}, {vv} in {a}.items():", f"    print({it}, {vv}, sep='=', end=' ')", "print(len(" + a + "))"])
        elif k == 9:
            if vt == "str":
                f.add(f"print(list({a}.values()), ''.join({a}.values()), sorted({a}.values()))")
            else:
                # sum() of no floats is the int 0 in CPython, 0.0 in jcvm (float_sum_empty)
                start = ", 0.0" if vt == "float" and "float_sum_empty" not in g.shapes else ""
                f.add(f"print(list({a}.values()), sum({a}.values(){start}), sorted({a}.values()))")
        elif k == 10:
            f.add(f"print(list({a}), list({a}.keys()), sorted({a}), list({a}.items()))")
        elif k == 11:  # KeyError caught: read, del or pop of a maybe-missing key
            op = r.choice([f"print({a}[{key()}])", f"del {a}[{key()}]", f"print({a}.pop({key()}))"])
            f.add_block(["try:", f"    {op}", f"    print('ok', {a})", "except KeyError as exc:", "    print('KeyError', exc, repr(exc))"])
        elif k == 12:
            f.add(f"print({a} == {b}, {a} != {b}, {a} == {a}.copy(), {a}.copy() == {b})")
        elif k == 13:  # a copy is independent
            c = f.name(g.fresh("c"))
            f.add(f"{c} = {a}.copy()", f"{c}[{key()}] = {val()}", f"print({c}, {a}, {c} == {a})")
        elif k == 14:
            cond = {"int": f"{vv} > 0", "str": f"{vv} != ''", "float": f"{vv} < 1.0"}[vt]
            f.add(f"print({{{it}: {vv} for {it}, {vv} in {a}.items() if {cond}}})")
        elif k == 15:
            if r.random() < 0.3:
                f.add(f"{a}.clear()", f"print({a}, len({a}))")
            else:
                kk = key()
                f.add_block([f"if {kk} in {a}:", f"    print({a}[{kk}])", "else:", f"    print('missing', {kk})"])
        else:  # aliasing: a second name for the dict
            al = f.name(g.fresh("al"))
            f.add(f"{al} = {a}", f"{al}[{key()}] = {val()}", f"print({a} is {al}, {a})")
    if r.random() < 0.08:  # uncaught KeyError ends the program
        f.add(f"print({d}[{r.choice(ks)}], {d})")


SET_ELEMS = {
    "int": ["0", "1", "-1", "2", "3", "-2", "10", "7"],
    "str": ["'a'", "'b'", "'ab'", "''", "'Z'"],
    "tuple[int, int]": ["(0, 1)", "(1, 0)", "(2, 2)", "(0, 0)"],
    "float": ["0.0", "-0.0", "1.5", "-2.5", "0.1"],
}


def shape_sets(g: Gen, f: Frag) -> None:
    """set[T] printed and iterated in CPython's order (the oracle runs with
    PYTHONHASHSEED=0): displays (folded constants or not), set()/set(list)/set(dict)/
    comprehensions, add/discard/remove (KeyError)/pop (KeyError when empty), runs of
    adds and discards that leave dummies and resize, update with a set, list or dict,
    copy, | & - ^ and |= &= -= ^= (also of a set with itself), ==, `in`, loops over a set, list() and
    enumerate() of one, a set changed while a loop runs over it (RuntimeError)."""
    r = g.rnd
    et = r.choice(list(SET_ELEMS))
    els = SET_ELEMS[et]
    el = lambda: r.choice(els)
    s = f.name(g.fresh("s"))
    t = f.name(g.fresh("t"))
    it = f.name(g.fresh("it"))

    def make() -> str:
        form = r.randrange(4)
        items = [el() for _ in range(r.randint(1, 6))]
        if form == 0:
            return "{" + ", ".join(items) + "}"
        if form == 1:
            return f"set([{', '.join(items)}])"
        if form == 2 and et in ("int", "str"):
            return f"set({{{', '.join(f'{x}: 0' for x in items)}}})"
        x = f.name(g.fresh("x"))
        return f"{{{x} for {x} in [{', '.join(items)}]}}"

    f.add(f"{s}: set[{et}] = {make()}")
    f.add(f"{t}: set[{et}] = {make() if r.random() < 0.8 else 'set()'}")
    f.add(f"print({s}, {t})")
    for _ in range(r.randint(5, 10)):
        k = r.randrange(15)
        a = r.choice([s, t])
        b = t if a == s else s
        if k == 0:
            f.add(f"{a}.add({el()})", f"print(len({a}), {a})")
        elif k == 1:
            f.add(f"{a}.discard({el()})", f"print({a})")
        elif k == 2:
            f.add_block(["try:", f"    {a}.remove({el()})", f"    print('removed', {a})", "except KeyError as exc:", "    print('KeyError', exc)"])
        elif k == 3:
            f.add(f"print({el()} in {a}, {el()} not in {a}, len({a}))")
        elif k == 4:
            f.add_block([f"for {it} in {a}:", f"    print({it}, end=' ')", "print()"])
        elif k == 5:
            f.add(f"print({a} == {b}, {a} != {b}, {a} == {a}.copy(), {a}.copy())")
        elif k == 6:
            c = f.name(g.fresh("c"))
            src = r.choice([b, f"[{el()}, {el()}, {el()}]", a])
            f.add(f"{c} = {a}.copy()", f"{c}.update({src})", f"print({c}, len({c}), {a})")
        elif k == 7:
            op = r.choice(["|", "&", "-", "^"])
            other = r.choice([b, b, a])
            if r.random() < 0.4:  # in place: an alias sees the change
                al = f.name(g.fresh("al"))
                f.add(f"{al} = {a}", f"{a} {op}= {other}", f"print({a}, {al} is {a}, {al})")
            else:
                f.add(f"print({a} {op} {other}, {other} {op} {a})")
        elif k == 8 and et == "int":
            # A run of adds and discards: dummies, then a resize.
            lo, n, step = r.randint(-20, 20), r.randint(5, 60), r.choice([1, 3, 7, 8, 16, 64])
            f.add_block([f"for {it} in range({lo}, {lo + n * step}, {step}):",
                         f"    {a}.add({it})",
                         f"    if {it} % {r.choice([2, 3, 5])} == 0:",
                         f"        {a}.discard({it} - {step * r.randint(0, 3)})",
                         f"print(len({a}), list({a})[:12])"])
        elif k == 9:
            f.add_block(["try:", f"    print({a}.pop(), {a})", "except KeyError as exc:", "    print('KeyError', exc)"])
        elif k == 10:
            f.add(f"print(list(enumerate({a})), [{it} for {it} in {a}], sorted({a}))")
        elif k == 11:
            # Changing a set while a loop runs over it: an error unless its size is back.
            grow = el()
            f.add_block(["try:", f"    for {it} in {a}:", f"        {a}.add({grow})", f"        {a}.discard({it})",
                         f"    print('done', {a})", "except RuntimeError as exc:", f"    print('RuntimeError', exc, {a})"])
        elif k == 12 and r.random() < 0.3:
            f.add(f"{a}.clear()", f"print(len({a}), {a}, {a} == {b})")
        elif k == 13:
            f.add(f"print([{a}, {b}], ({a},), {{'k': {a}}}, f'{{{a}}}', str({b}), repr({a}))")
        else:
            arg = f"[{el()}, {el()}]" if r.random() < 0.5 else f"{{{el()}, {el()}}}"
            f.add(f"{a}.update({arg})", f"print({a})")


def shape_optional(g: Gen, f: Frag) -> None:
    """Optional[int] / Optional[float]: None defaults, narrowing (`is None` then assign,
    `is not None`, `and`, conditional expressions), printing (also in lists, dicts, tuples,
    f-strings), None stored back inside loops."""
    r = g.rnd
    k = f.k
    ex = Ex(g, f.env)
    lim = r.randint(-3, 6)
    g.top(f"def first{k}(xs: list[int], limit: int) -> Optional[int]:\n    for x in xs:\n        if x > limit:\n"
          f"            return x\n    return None")
    g.top(f"def dflt{k}(a: int, b: Optional[int] = None) -> int:\n    if b is None:\n        b = {r.choice(['a * 2', '-1', 'a - 5', '0'])}\n    return a + b")
    g.top(f"def fdflt{k}(x: float, scale: Optional[float] = None) -> float:\n    if scale is None:\n        scale = {r.choice(['0.5', '-1.0', 'x'])}\n    return x * scale")
    g.top(f"def best{k}(xs: list[float]) -> Optional[float]:\n    result: Optional[float] = None\n    for x in xs:\n"
          f"        if result is None or x {r.choice(['<', '>'])} result:\n            result = x\n    return result")
    g.top(f"def show{k}(v: Optional[int]) -> str:\n    if v is not None:\n        return 'int ' + str(v)\n    return 'none'")
    ilist = lambda: "[" + ", ".join(str(r.randint(-5, 9)) for _ in range(r.randint(0, 4))) + "]"
    flist = lambda: "[" + ", ".join(r.choice(FLOAT_LITS[:12]) for _ in range(r.randint(0, 4))) + "]"
    u = f.name(g.fresh("u"))
    w = f.name(g.fresh("w"))
    x = f.name(g.fresh("x"))
    f.add(f"{u} = first{k}({ilist()}, {lim})")
    f.add(f"{w}: Optional[int] = {r.choice(['None', str(r.randint(-3, 9)), f'first{k}({ilist()}, {lim})'])}")
    f.add(f"{x} = best{k}({flist()})")
    f.add(f"print({u}, {w}, {x})")
    ints = [u, w]
    for _ in range(r.randint(4, 9)):
        kind = r.randrange(13)
        a = r.choice(ints)
        if kind == 0:
            b = r.choice(ints)
            if "optional_display" in g.shapes:
                f.add(f"print([{a}, {b}], {{'k': {a}, 'j': {b}}}, ({a}, {x}), [{x}])")
            else:  # unannotated, a display starting with a narrowed name is refused (optional_display)
                ol, od = f.name(g.fresh("ol")), f.name(g.fresh("od"))
                f.add(f"{ol}: list[Optional[int]] = [{a}, {b}]", f"{od}: dict[str, Optional[int]] = {{'k': {a}, 'j': {b}}}",
                      f"print({ol}, {od}, ({a}, {x}), [{x}])")
            if "optional_display" not in g.shapes:
                ol2 = f.name(g.fresh("ol"))
                f.add(f"{ol2}: list[Optional[int]] = [{b}, {a}]", f"print({ol} == {ol2}, {ol} == {ol}.copy(), {od} == {od}.copy())")
        elif kind == 1:
            f.add_block([f"if {a} is not None:", f"    print('some', {a} + {r.randint(1, 5)}, {a} * 2)", "else:", "    print('none')"])
        elif kind == 2:
            f.add(f"print({a} is not None and {a} > {r.randint(-2, 5)}, {a} is None or {a} < 3)")
        elif kind == 3:
            f.add(f"print({r.randint(-9, 9)} if {a} is None else {a}, {a} if {a} is not None else -1)")
        elif kind == 4:  # narrowing by assignment; the variable stays Optional afterwards
            f.add_block([f"if {a} is None:", f"    {a} = {r.randint(0, 9)}", f"print({a} + 1, {a})"])
        elif kind == 5:
            f.add(f"print(dflt{k}({r.randint(-5, 5)}), dflt{k}({r.randint(-5, 5)}, {r.randint(-5, 5)}), dflt{k}(1, b={r.choice(['None', '3'])}), "
                  f"fdflt{k}({r.choice(FLOAT_LITS[:10])}), fdflt{k}(2.5, {r.choice(['None', '0.25', '-1.5'])}))")
        elif kind == 6:
            f.add(f"print(f'{{{a}}}|{{{x}}}|', str({a}), repr({x}), show{k}({a}), show{k}(None))")
        elif kind == 7:  # None stored back inside a loop
            last = f.name(g.fresh("last"))
            tot = f.name(g.fresh("tot"))
            i = f.name(g.fresh("i"))
            f.add_block([f"{last}: Optional[int] = None", f"{tot} = 0", f"for {i} in {ilist()}:",
                         f"    if {last} is not None:", f"        {tot} += {last} * {i}", f"    {last} = {i}",
                         f"    if {i} {r.choice(['<', '>', '=='])} {r.randint(-2, 4)}:", f"        {last} = None",
                         f"    print({last}, end=' ')", f"print({tot}, {last})"])
        elif kind == 8:  # float optional in a loop
            acc = f.name(g.fresh("acc"))
            i = f.name(g.fresh("i"))
            f.add_block([f"{acc}: Optional[float] = {r.choice(['None', '0.5'])}", f"for {i} in range({r.randint(1, 5)}):",
                         f"    if {acc} is None:", f"        {acc} = {r.choice(['1.5', '-0.25', '0.0'])}",
                         "    else:", f"        {acc} = {acc} * {r.choice(['2.0', '-0.5', '1.5'])}",
                         f"    if {i} % {r.randint(2, 3)} == 1:", f"        {acc} = None", f"    print({acc})", f"print([{acc}])"])
        elif kind == 9:
            vals = f.name(g.fresh("vals"))
            it = f.name(g.fresh("o"))
            items = ", ".join(r.choice(["None", str(r.randint(-3, 9)), a]) for _ in range(r.randint(1, 4)))
            f.add_block([f"{vals}: list[Optional[int]] = [{items}]", f"print({vals}, len({vals}))", f"for {it} in {vals}:",
                         f"    if {it} is None:", "        print('-', end=' ')", "    else:", f"        print({it} * 3, end=' ')", "print()",
                         f"{vals}[0] = {r.choice(['None', '4', a])}", f"{vals}.append(None)", f"print({vals})"])
        elif kind == 10:
            dd = f.name(g.fresh("dd"))
            f.add(f"{dd}: dict[str, Optional[float]] = {{'a': {x}, 'b': {r.choice(['None', '2.5'])}}}", f"{dd}['c'] = {r.choice(['None', '-0.0', x])}", f"print({dd}, {dd}['a'])")
        elif kind == 11:
            f.add_block([f"if {x} is not None and {x} {r.choice(['<', '>='])} {r.choice(['0.0', '1.0'])}:", f"    print('x', {x} * 2.0)",
                         f"elif {x} is None:", f"    {x} = {r.choice(['0.5', '-1.5'])}", f"print({x})"])
        else:
            f.add(f"{a} = {r.choice(['None', str(r.randint(-3, 9)), f'first{k}({ilist()}, {lim})'])}", f"print({a}, {a} is None)")


def shape_generators(g: Gen, f: Frag) -> None:
    """Generator functions (`-> Iterator[int]`) consumed by for loops, list(), sum(), sorted(),
    max(), comprehensions and other generators; break then resume the same generator,
    exhaustion, a generator that raises (caught by the consumer, then finished)."""
    r = g.rnd
    k = f.k
    g.typing_names.add("Iterator")
    g.top(f"def count{k}(n: int) -> Iterator[int]:\n    i = 0\n    while i < n:\n        print('yield{k}', i)\n"
          f"        yield i * {r.randint(1, 3)} {r.choice(['+', '-'])} {r.randint(0, 4)}\n        i += 1\n    print('done{k}')")
    g.top(f"def each{k}(xs: list[int]) -> Iterator[int]:\n    for x in xs:\n        if x {r.choice(['<', '>', '=='])} {r.randint(-2, 5)}:\n"
          f"            {r.choice(['return', 'continue'])}\n        yield x\n        yield -x")
    raiser, raised = r.choice([('10 // d', ["ZeroDivisionError", "ArithmeticError"]), ('[1][d + 1]', ["IndexError", "LookupError"]),
                               ("int(str(d) + 'x')", ["ValueError"])])
    g.top(f"def boom{k}(n: int, d: int) -> Iterator[int]:\n    for i in range(n):\n        yield i\n    yield {raiser}\n    yield 99")
    g.top(f"def evens{k}(src: Iterator[int]) -> Iterator[int]:\n    for v in src:\n        if v % 2 == 0:\n            yield v")
    g.top(f"def words{k}(n: int) -> Iterator[str]:\n    for i in range(n):\n        yield 'w' * i + str(i)")
    ilist = lambda: "[" + ", ".join(str(r.randint(-3, 9)) for _ in range(r.randint(0, 5))) + "]"
    n = lambda: r.randint(0, 4)
    src = lambda: r.choice([f"count{k}({n()})", f"each{k}({ilist()})", f"evens{k}(count{k}({n()}))", f"evens{k}(each{k}({ilist()}))"])
    v = f.name(g.fresh("v"))
    for _ in range(r.randint(3, 7)):
        kind = r.randrange(10)
        if kind == 0:
            f.add_block([f"for {v} in {src()}:", f"    print('got', {v})"] + (["else:", "    print('loop else')"] if r.random() < 0.3 else []))
        elif kind == 1:
            f.add(f"print(list({src()}), sum({src()}))")
        elif kind == 2:
            f.add(f"print(sorted({src()}{r.choice(['', ', reverse=True'])}), [{v} * 2 for {v} in {src()}])")
        elif kind == 3:
            f.add(f"print(max(count{k}({r.randint(1, 4)})), min(count{k}({r.randint(1, 3)})), max(words{k}({r.randint(1, 3)})))")
        elif kind == 4:  # break, then resume the same generator
            gg = f.name(g.fresh("gen"))
            f.add_block([f"{gg} = {src()}", f"for {v} in {gg}:", f"    print('first', {v})", f"    if {v} {r.choice(['>=', '<', '=='])} {r.randint(0, 3)}:",
                         "        break", "print('resume')", f"for {v} in {gg}:", f"    print('rest', {v})", f"print(list({gg}))"])
        elif kind == 5:  # exhaustion
            gg = f.name(g.fresh("gen"))
            f.add_block([f"{gg} = {src()}", f"print(list({gg}))", f"for {v} in {gg}:", f"    print('never', {v})", f"print(sum({gg}), list({gg}))"])
        elif kind == 6:  # a generator that raises, caught by the consumer; it is finished afterwards
            gg = f.name(g.fresh("gen"))
            exc = r.choice(raised + ["Exception"])
            f.add_block([f"{gg} = boom{k}({n()}, 0)", "try:", f"    for {v} in {gg}:", f"        print('boom', {v})",
                         f"except {exc} as exc:", f"    print('caught', exc)", f"print(list({gg}))"])
        elif kind == 7:
            f.add(f"print(''.join(words{k}({n()})), list(words{k}({n()})), '-'.join(words{k}({n()})))")
        elif kind == 8:
            acc = f.name(g.fresh("acc"))
            f.add_block([f"{acc}: list[int] = []", f"for {v} in {src()}:", f"    {acc}.append({v})", f"    if len({acc}) > {r.randint(1, 4)}:",
                         "        break", f"print({acc})"])
        else:
            f.add(f"print(any({v} > {r.randint(0, 5)} for {v} in {src()}), all({v} != 0 for {v} in {src()}))")
    if r.random() < 0.05:  # uncaught, from inside the generator
        f.add(f"print(list(boom{k}({n()}, 0)))")


def shape_funcvalues(g: Gen, f: Frag) -> None:
    """Functions as values: Callable[[int], int] / Callable[[float], float] /
    Callable[[int, int], int] parameters given module-level functions, a function kept in a
    local; bound methods (list.append/pop/extend/insert, an object's method, overridden) in locals."""
    r = g.rnd
    k = f.k
    g.typing_names.add("Callable")
    bodies = ["x * x", "-x", "x + 3", "x // 2", "abs(x) % 7", "x * 2 - 1", "max(x, 0)"]
    fns = [f"fi{k}_{j}" for j in range(3)]
    for fn in fns:
        g.top(f"def {fn}(x: int) -> int:\n    return {r.choice(bodies)}")
    g.top(f"def fl{k}(x: float) -> float:\n    return {r.choice(['x * 0.5', '-x + 0.25', 'x * x', 'abs(x) / 3'])}")
    g.top(f"def add{k}(a: int, b: int) -> int:\n    return {r.choice(['a + b', 'a * b % 97', 'max(a, b)', 'a - b'])}")
    g.top(f"def pos{k}(x: int) -> bool:\n    return x {r.choice(['>', '<', '!='])} {r.randint(-1, 2)}")
    g.top(f"def apply{k}(f: Callable[[int], int], xs: list[int]) -> list[int]:\n    return [f(x) for x in xs]")
    g.top(f"def twice{k}(f: Callable[[int], int], x: int) -> int:\n    return f(f(x))")
    g.top(f"def compose{k}(f: Callable[[int], int], g: Callable[[int], int], x: int) -> int:\n    return g(f(x))")
    g.top(f"def ftwice{k}(f: Callable[[float], float], x: float) -> float:\n    return f(f(x))")
    g.top(f"def fold{k}(f: Callable[[int, int], int], xs: list[int], start: int) -> int:\n    for x in xs:\n        start = f(start, x)\n    return start")
    g.top(f"def keep{k}(p: Callable[[int], bool], xs: list[int]) -> list[int]:\n    return [x for x in xs if p(x)]")
    g.top(f"class Acc{k}:\n    def __init__(self, n: int) -> None:\n        self.n = n\n\n    def bump(self, d: int) -> int:\n        self.n += d\n        return self.n\n\n\n"
          f"class Loud{k}(Acc{k}):\n    def bump(self, d: int) -> int:\n        self.n += 10 * d\n        return self.n")
    ilist = lambda: "[" + ", ".join(str(r.randint(-5, 9)) for _ in range(r.randint(1, 4))) + "]"
    fn = lambda: r.choice(fns)
    xs = f.name(g.fresh("xs"))
    f.add(f"{xs}: list[int] = {ilist()}")
    for _ in range(r.randint(3, 8)):
        kind = r.randrange(9)
        if kind == 0:
            f.add(f"print(apply{k}({fn()}, {r.choice([xs, ilist()])}), twice{k}({fn()}, {r.randint(-5, 9)}))")
        elif kind == 1:
            f.add(f"print(compose{k}({fn()}, {fn()}, {r.randint(-5, 9)}), ftwice{k}(fl{k}, {r.choice(FLOAT_LITS[:10])}))")
        elif kind == 2:
            f.add(f"print(fold{k}(add{k}, {r.choice([xs, ilist()])}, {r.randint(-2, 3)}), keep{k}(pos{k}, {r.choice([xs, ilist()])}))")
        elif kind == 3:
            h = f.name(g.fresh("h"))
            f.add(f"{h} = {fn()}", f"print({h}({r.randint(-5, 9)}), apply{k}({h}, {xs}), bool({h}))")
            if "func_rebind" in g.shapes:
                f.add(f"{h} = {fn()}", f"print({h}({r.randint(-5, 9)}))")
        elif kind == 4:  # bound list methods; rebinding the name keeps the old receiver
            push = f.name(g.fresh("push"))
            f.add(f"{push} = {xs}.append", f"{push}({r.randint(-5, 9)})", f"{push}({r.randint(-5, 9)})", f"print({xs}, len({xs}))")
            if r.random() < 0.4:
                f.add(f"{xs} = [{r.randint(0, 9)}]", f"{push}({r.randint(-5, 9)})", f"print({xs})")
        elif kind == 5:
            pop = f.name(g.fresh("pop"))
            f.add_block([f"{pop} = {xs}.pop", f"if {xs}:", f"    print({pop}(), {xs})", "try:", f"    print({pop}({r.randint(-3, 5)}), {xs})",
                         "except IndexError as exc:", "    print('IndexError', exc)"])
        elif kind == 6:
            ext, ins = f.name(g.fresh("ext")), f.name(g.fresh("ins"))
            f.add(f"{ext} = {xs}.extend", f"{ins} = {xs}.insert", f"{ext}({ilist()})", f"{ins}({r.randint(-3, 5)}, {r.randint(-5, 9)})", f"print({xs})")
        elif kind == 7:  # an object's method, possibly overridden, bound in a local
            o, b = f.name(g.fresh("o")), f.name(g.fresh("b"))
            cls = r.choice([f"Acc{k}", f"Loud{k}"])
            f.add(f"{o}: Acc{k} = {cls}({r.randint(-3, 3)})", f"{b} = {o}.bump", f"print({b}(1), {b}({r.randint(-3, 5)}), {o}.n)")
        else:
            f.add(f"print(sorted({xs}, key={fn()}), max({r.choice([xs, ilist()])} + [0], key={fn()}))")


def shape_equality(g: Gen, f: Frag) -> None:
    """Equality of containers: lists (nested, of floats with -0.0, of str, of tuples),
    dicts (insertion order does not matter), sets, tuples compared with == and ordering."""
    r = g.rnd
    il = lambda: "[" + ", ".join(str(r.randint(-2, 3)) for _ in range(r.randint(1, 3))) + "]"
    fl = lambda: "[" + ", ".join(r.choice(["0.0", "-0.0", "1.5", "2.0", "-1.0"]) for _ in range(r.randint(1, 3))) + "]"
    sl = lambda: "[" + ", ".join(r.choice(["'a'", "'b'", "''", "'ab'"]) for _ in range(r.randint(1, 3))) + "]"
    tup = lambda: f"({r.randint(-1, 2)}, {r.choice(['0.0', '-0.0', '1.5', '2.0'])}, {r.choice(['a', 'b', ''])!r})"
    ops = ["==", "!=", "<", "<=", ">", ">="]
    for _ in range(r.randint(4, 9)):
        kind = r.randrange(9)
        if kind == 0:
            a, b = f.name(g.fresh("a")), f.name(g.fresh("b"))
            f.add(f"{a}: list[int] = {r.choice([il(), '[]'])}", f"{b} = {il() if r.random() < 0.5 else a + '.copy()'}", f"print({a} == {b}, {a} != {b}, {a} == {a}[:], {b} == {a} + [])")
            f.add(f"{b}.append({r.randint(-2, 3)})" if r.random() < 0.5 else f"{a}.reverse()", f"print({a} == {b}, {a}, {b})")
        elif kind == 1:
            f.add(f"print({fl()} == {fl()}, [0.0] == [-0.0], {fl()} != {fl()})")
        elif kind == 2:
            a = f.name(g.fresh("n"))
            inner = ", ".join(il() for _ in range(r.randint(1, 3)))
            f.add(f"{a} = [{inner}]", f"print({a} == [{inner}], {a} == [[e for e in row] for row in {a}], {a} != {a}[::-1])")
        elif kind == 3:
            f.add(f"print({sl()} == {sl()}, [{tup()}] == [{tup()}], [(1, 'a')] != [(1, 'b')])")
        elif kind == 4:  # dicts: order of insertion does not matter
            d, e = f.name(g.fresh("d")), f.name(g.fresh("e"))
            keys = r.sample(["'a'", "'b'", "'c'", "'d'"], r.randint(0, 4))
            items = [(kk, str(r.randint(0, 2))) for kk in keys]
            other = items[:]
            r.shuffle(other)
            if other and r.random() < 0.4:
                other[0] = (other[0][0], "5")
            f.add(f"{d}: dict[str, int] = {{{', '.join(f'{kk}: {v}' for kk, v in items)}}}",
                  f"{e}: dict[str, int] = {{{', '.join(f'{kk}: {v}' for kk, v in other)}}}",
                  f"print({d} == {e}, {d} != {e}, {d}, {e})")
            if r.random() < 0.5:
                f.add(f"{e}['a'] = {d}.get('a', 0)", f"print({d} == {e})")
        elif kind == 5:
            d, e = f.name(g.fresh("d")), f.name(g.fresh("e"))
            f.add(f"{d}: dict[int, list[int]] = {{1: {il()}, 2: {il()}}}", f"{e}: dict[int, list[int]] = {{2: {il()}, 1: {il()}}}",
                  f"print({d} == {e}, {d}[1] == {e}[1])")
        elif kind == 6:  # sets
            s, t = f.name(g.fresh("s")), f.name(g.fresh("t"))
            a = [str(r.randint(-2, 3)) for _ in range(r.randint(1, 4))]
            b = a[:]
            r.shuffle(b)
            if r.random() < 0.4:
                b.append(str(r.randint(-2, 5)))
            f.add(f"{s}: set[int] = {{{', '.join(a)}}}", f"{t}: set[int] = {{{', '.join(b)}}}", f"print({s} == {t}, {s} != {t}, len({s}), len({t}))")
        elif kind == 7:  # tuples: equality and ordering
            a, b = tup(), tup()
            f.add(f"print({', '.join(f'{a} {op} {b}' for op in r.sample(ops, 3))})")
            x, y = f.name(g.fresh("p")), f.name(g.fresh("q"))
            f.add(f"{x} = ({r.randint(0, 2)}, {r.randint(0, 2)})", f"{y} = ({r.randint(0, 2)}, {r.randint(0, 2)})",
                  f"print({x} < {y}, {x} == {y}, {x} >= {y}, {x} if {x} < {y} else {y}, sorted([{x}, {y}, ({r.randint(0, 2)}, -1)]))")
            if "tuple_minmax" in g.shapes:
                f.add(f"print(min({x}, {y}), max([{y}, {x}]))")
        else:  # nested tuples
            a = f"(({r.randint(0, 1)}, 'x'), {r.choice(['1.5', '-0.0'])})"
            b = f"(({r.randint(0, 1)}, '{r.choice('xy')}'), {r.choice(['1.5', '0.0'])})"
            f.add(f"print({a} == {b}, {a} < {b}, {b} <= {a}, {a} != {b})")


# ---------------------------------------------------------------------------
# shape: errors (inserted into another fragment)


def shape_error(g: Gen, f: Frag) -> list[list[str]]:
    r = g.rnd
    k = f.k
    n = g.fresh("e")
    z = f"{n}z"
    stmts: list[list[str]] = []
    kinds = ["zero", "index", "value", "assert", "overflow", "raise", "none", "unbound", "unpack", "shift", "leaf", "init", "method"]
    if f.module_level:
        kinds.remove("unbound")  # a global: NameError, not UnboundLocalError
    if "recursion" in g.shapes:
        kinds.append("recursion")
    kind = r.choice(kinds)
    # a value that is zero at run time only
    stmts.append([f"{z} = ti({g.tag()}, 0)"])
    xs = f"{n}xs"
    stmts.append([f"{xs} = [{', '.join(str(r.randint(-5, 9)) for _ in range(r.randint(1, 4)))}]"])
    if kind == "zero":
        err = r.choice([f"{r.randint(-9, 9)} // {z}", f"{r.randint(-9, 9)} % {z}", f"{r.randint(-9, 9)} / {z}",
                        f"2.5 / float({z})", f"-1.5 // float({z})", f"7.0 % float({z})", f"float({z}) ** -1", f"{z} ** -2",
                        f"{xs}[0] // ({z} * 3)", f"1 / ({z} + 0.0)", f"{z} / {z}", f"0.0 / {z}", f"-0.0 % {z}"])
    elif kind == "index":
        err = r.choice([f"{xs}[len({xs}) + {z}]", f"{xs}[-len({xs}) - 1]", f"{xs}.pop(len({xs}))", f"{xs}[{r.randint(5, 9)}]"])
        if r.random() < 0.3:
            stmts.append([f"{xs}.clear()"])
            err = r.choice([f"{xs}.pop()", f"{xs}[0]", f"{xs}[{z}]"])
        if r.random() < 0.2:
            stmts.append([f"{xs}[len({xs})] = 1"])
    elif kind == "value":
        err = r.choice([f"int(ts({g.tag()}, {r.choice(['x', '1.5', '', ' ', '0x10', '1e3', '--1'])!r}))", f"float({r.choice(['abc', '1,5', '', 'in'])!r})",
                        f"{xs}.index(99)", f"math.sqrt(-1.0 + {z})", f"math.log(float({z}))", f"math.log(-2.0)", f"int(float('nan'))"])
        if "index(99)" not in err and r.random() < 0.2:
            stmts.append([f"{xs}.remove(99)"])
    elif kind == "assert":
        cond = r.choice([f"{z} > 0", f"len({xs}) > 10", f"tb({g.tag()}, False)", "False"])
        msg = r.choice(["", f", 'boom'", f", f'bad {{{z}}}'", f", ts({g.tag()}, 'why')", ", ''", ", 'two words: x'"])
        stmts.append([f"assert {z} == 0, 'not reached'"])
        stmts.append([f"assert {cond}{msg}"])
        err = None
    elif kind == "overflow":
        err = r.choice(["math.exp(1000.0 + " + z + ")", "2.0 ** (5000 + " + z + ")", "10.0 ** 400", "math.pow(10.0, 400.0)",
                        f"int(float('inf') + {z})", f"round(float('-inf'))", "(1e308 + " + z + ") ** 2", f"math.floor(float('inf'))"])
    elif kind == "raise":
        stmts.append([f"if {z} == 0:", "    raise " + r.choice(["ValueError('bad value')", f"RuntimeError(f'n={{{z}}}')", "IndexError", "ZeroDivisionError('custom')",
                                                             "AssertionError('x')", "ValueError", "KeyError('k')", "TypeError('t')",
                                                             "ValueError('')", f"RuntimeError(str({z} + 2.5))", "OverflowError('o')",
                                                             f"ValueError(f'{{{z}:05.1f}}|{{{xs}}}')", "NotImplementedError('n')"])])
        err = None
    elif kind == "none":
        cname = f"N{n}"
        g.top(f"class {cname}:\n    v: int\n\n    def __init__(self, v: int) -> None:\n        self.v = v\n\n    def get(self) -> int:\n        return self.v")
        stmts.append([f"{n}o: Optional[{cname}] = {cname}(1) if {z} else None"])
        err = r.choice([f"{n}o.v", f"{n}o.get()"])
    elif kind == "unbound":
        stmts.append([f"if {z} > 0:", f"    {n}u = 1"])
        err = f"{n}u"
    elif kind == "shift":
        err = r.choice([f"1 << ({z} - 1)", f"{xs}[0] >> ({z} - {r.randint(1, 70)})"])
    elif kind == "leaf":  # a small function the inliner copies into its caller
        leaf = f"{n}leaf"
        form = r.randrange(5)
        if form == 0:
            g.top(f"def {leaf}(a: int, b: int) -> int:\n    return a {r.choice(['//', '%'])} b")
            err = f"{leaf}({r.randint(-9, 9)}, {z})"
        elif form == 1:
            g.top(f"def {leaf}(v: list[int], i: int) -> int:\n    return v[i]")
            err = f"{leaf}({xs}, {z} + {r.randint(4, 9)})"
        elif form == 2:
            g.top(f"def {leaf}(x: float, y: float) -> float:\n    return x / y")
            err = f"{leaf}(1.5, float({z}))"
        elif form == 3:
            g.top(f"def {leaf}(v: list[int]) -> int:\n    return v.pop()")
            stmts.append([f"{xs}.clear()"])
            err = f"{leaf}({xs})"
        else:
            g.top(f"def {leaf}(s: str) -> int:\n    return int(s)")
            err = f"{leaf}({r.choice(['x', '', '1.0', '2_'])!r})"
    elif kind == "init":  # raising in a constructor
        cname = f"K{n}"
        g.top(f"class {cname}:\n    v: int\n\n    def __init__(self, d: int) -> None:\n        print('init', d)\n        self.v = 10 // d")
        err = f"{cname}({z}).v"
    elif kind == "method":  # raising in an overriding method, called through the base type
        base, sub = f"B{n}", f"S{n}"
        g.top(f"class {base}:\n    k: int\n\n    def __init__(self, k: int) -> None:\n        self.k = k\n\n"
              f"    def m(self, d: int) -> int:\n        return self.k + d\n\n\n"
              f"class {sub}({base}):\n    def m(self, d: int) -> int:\n        return {r.choice(['self.k // d', 'self.k % d', '[self.k][d + 1]'])}\n\n\n"
              f"def {n}call(b: {base}, d: int) -> int:\n    return b.m(d)")
        err = f"{n}call({sub}(3), {z})"
    elif kind == "unpack":
        stmts.append([f"{n}a, {n}b = {xs} + [{z}] * {r.choice([0, 2, 3])}"])
        err = None
    else:  # recursion, direct or mutual or through a method
        form = r.randrange(3)
        if form == 0:
            g.top(f"def {n}rec(d: int) -> int:\n    return {n}rec(d + 1) + 1")
        elif form == 1:
            g.top(f"def {n}rec(d: int) -> int:\n    return {n}rec2(d + 1) - 1\n\n\ndef {n}rec2(d: int) -> int:\n    return {n}rec(d) * 2")
        else:
            g.top(f"class R{n}:\n    d: int\n\n    def __init__(self, d: int) -> None:\n        self.d = d\n\n"
                  f"    def down(self, d: int) -> int:\n        return self.down(d + 1) + self.d\n\n\n"
                  f"def {n}rec(d: int) -> int:\n    return R{n}(d).down(d)")
        err = f"{n}rec({z})"
    if err is not None:
        local_only = kind in ("none", "unbound")  # err reads a local of the fragment
        where = r.randrange(9 + (2 if "comp_errors" in g.shapes else 0))
        if where in (1, 9, 10) and local_only:
            where = 0
        if r.random() < 0.3:  # a partial line in stdout when the error happens
            stmts.append([f"print({r.choice(['1', repr('partial'), 'ti(' + g.tag() + ', 5)'])}, end={r.choice(['', ' ', '|'])!r})"])
        if where == 0:
            stmts.append([f"print(ti({g.tag()}, 1), {err})"])
        elif where == 1:  # at the bottom of a chain of calls
            fn = f"{n}f"
            g.top(f"def {fn}(d: int, {z}: int, {xs}: list[int]) -> None:\n    print('{fn}', d)\n    if d > 0:\n"
                  f"        {fn}(d - 1, {z}, {xs})\n    else:\n        print({err})")
            stmts.append([f"{fn}({r.randint(0, 3)}, {z}, {xs})"])
        elif where == 2:  # in a loop, after some iterations
            i = f"{n}i"
            last = r.randint(0, 3)
            stmts.append([f"for {i} in range({last + 2}):", f"    print({i})", f"    if {i} == {last}:", f"        print({err})"])
        elif where == 3:  # in an f-string
            stmts.append([f'print(f"{{ti({g.tag()}, 2)}} {{{err}}}")'])
        elif where == 4:  # as an argument after traced ones
            stmts.append([f"print(ti({g.tag()}, 1), ts({g.tag()}, 'b'), {err}, ti({g.tag()}, 3))"])
        elif where == 5:  # in a while loop that counts down to the error
            i = f"{n}w"
            stmts.append([f"{i} = 3", f"while {i} >= 0:", f"    {i} -= 1", f"    print({i})", f"    if {i} == 0:", f"        print({err})"])
        elif where == 6:  # in print's sep= or end=
            stmts.append([f"print(ti({g.tag()}, 1), 2, {r.choice(['sep', 'end'])}=str({err}))"])
        elif where == 7:  # in a while condition, after some rounds
            i = f"{n}c"
            stmts.append([f"{i} = 0", f"while {i} < 2 or str({err}) != '':", f"    {i} += 1", f"    print('round', {i})"])
        elif where == 8:  # in a conditional expression's chosen branch, or in and/or
            stmts.append([f"print(str({err}) if ti({g.tag()}, 1) else 'no', ts({g.tag()}, '') or str({err}))"])
        elif where == 9:  # in a list comprehension, after some elements (CPython shows a <listcomp> frame)
            i = f"{n}k"
            stmts.append([f"print([str({i}) if {i} < {r.randint(0, 3)} else str({err}) for {i} in range(5)])"])
        else:  # in a generator expression consumed by a builtin (CPython shows a <genexpr> frame)
            i = f"{n}k"
            stmts.append([f"print({r.choice(['all', 'any'])}({i} < {r.randint(0, 3)} {r.choice(['or', 'and'])} str({err}) != 'x' for {i} in range(5)))"])
    if "tryexcept" in g.shapes and r.random() < 0.5:
        stmts = wrap_try(g, stmts, f)
    return stmts


HANDLERS = ["ZeroDivisionError", "IndexError", "ValueError", "AssertionError", "OverflowError", "AttributeError",
            "RecursionError", "Exception", "ArithmeticError", "LookupError", "(ValueError, ZeroDivisionError)",
            "(IndexError, OverflowError)", "RuntimeError", "UnboundLocalError", "TypeError", "KeyError"]


def wrap_try(g: Gen, stmts: list[list[str]], f: Frag) -> list[list[str]]:
    """The error statements inside try/except/else/finally: the handler may or may not match,
    may print the exception, re-raise it, raise another (chained) one."""
    r = g.rnd
    body = ["try:"] + ["    " + line for stmt in stmts for line in stmt]
    for _ in range(r.randint(1, 2)):
        h = r.choice(HANDLERS)
        # a fresh name: at module level jcvm gives a global one type (a gap, see the report)
        exc = g.fresh("exc") if f.module_level else "exc"
        body.append(f"except {h} as {exc}:")
        action = r.randrange(6 if "excrepr" in g.shapes else 5)
        body.append(f"    print('caught {h}', {exc})" if action != 5 else f"    print('caught {h}', repr({exc}))")
        if action == 3:
            body.append("    raise")
        elif action == 4:
            body.append(f"    raise RuntimeError('wrapped') from {exc}")
    if r.random() < 0.3:
        body += ["else:", "    print('no error')"]
    if r.random() < 0.5:
        body += ["finally:", f"    print('finally', ti({g.tag()}, 1))"]
    return [body]


# ---------------------------------------------------------------------------

def shape_closures(g: Gen, f: Frag) -> None:
    """Lambdas and nested functions reading variables of the function around them (late:
    a closure sees later assignments), nonlocal counters shared by two nested functions,
    closures passed to a Callable parameter, returned by a factory, stored in a list."""
    r = g.rnd
    k = f.k
    g.typing_names.add("Callable")
    g.top(f"def use{k}(fn: Callable[[int], int], x: int) -> int:\n    return fn(x) + 1")
    g.top(f"def maker{k}(step: int) -> Callable[[int], int]:\n    count = 0\n\n"
          f"    def step_by(x: int) -> int:\n        nonlocal count\n        count += step\n        return x * {r.randint(1, 3)} + count\n\n"
          f"    return step_by")
    a, b = f.name(g.fresh("a")), f.name(g.fresh("b"))
    f.add(f"{a} = {r.randint(-9, 9)}", f"{b} = {r.choice(FLOAT_LITS[:8])}")
    ops = ["+", "-", "*", "//", "%"]
    for _ in range(r.randint(3, 7)):
        kind = r.randrange(7)
        if kind == 0:  # late binding: the assignment after the lambda is what it sees
            fn = f.name(g.fresh("fn"))
            f.add(f"{fn} = lambda x: x {r.choice(ops[:3])} {a}", f"print({fn}({r.randint(-5, 9)}))",
                  f"{a} = {a} {r.choice(ops[:3])} {r.randint(1, 4)}", f"print({fn}({r.randint(-5, 9)}), use{k}({fn}, {r.randint(-5, 5)}))")
        elif kind == 1:
            fn = f.name(g.fresh("fl"))
            f.add(f"{fn} = lambda y: y * {b} + {a}", f"print({fn}({r.randint(-3, 3)}), {fn}({r.choice(FLOAT_LITS[:8])}))")
        elif kind == 2:  # two nested functions sharing one nonlocal counter
            c, inc, get = f.name(g.fresh("c")), f.name(g.fresh("inc")), f.name(g.fresh("get"))
            f.add_block([f"{c} = {r.randint(0, 5)}", "", f"def {inc}(d: int) -> None:", f"    nonlocal {c}", f"    {c} += d + {a}", "",
                         f"def {get}() -> int:", f"    return {c} * 2", ""])
            f.add(f"{inc}({r.randint(-3, 3)})", f"{inc}({r.randint(-3, 3)})", f"print({c}, {get}())")
        elif kind == 3:
            m = f.name(g.fresh("m"))
            f.add(f"{m} = maker{k}({r.randint(-2, 3)})", f"print({m}({r.randint(-3, 3)}), {m}({r.randint(-3, 3)}), use{k}({m}, 1))")
        elif kind == 4:  # a comprehension target named like a captured variable stays apart
            fn = f.name(g.fresh("fc"))
            f.add(f"{fn} = lambda: {a} * 2", f"print([{a} + 1 for {a} in range(3)], {fn}(), {a})")
        elif kind == 5:  # Callable values in a list: lambdas, a nested def, a factory's closure
            fns, d = f.name(g.fresh("cv")), f.name(g.fresh("d"))
            f.add_block([f"def {d}(z: int) -> int:", f"    return z * {r.randint(-3, 3)} - {a}", ""])
            f.add(f"{fns}: list[Callable[[int], int]] = [lambda z: z + {a}, {d}]", f"{fns}.append(maker{k}({r.randint(0, 2)}))",
                  f"{a} = {a} - 1", f"print([h({r.randint(-3, 3)}) for h in {fns}], use{k}({fns}[0], 2))")
        else:
            fns = f.name(g.fresh("fs"))
            f.add(f"{fns} = [lambda z: z - {a} for _ in range(2)]",
                  f"{a} += 1", f"print([q({r.randint(-3, 3)}) for q in {fns}], sorted([3, -1, 2], key=lambda v: v * {a}))")


def shape_with(g: Gen, f: Frag) -> None:
    """with over a context manager class: enter/exit order, an exception in the body
    suppressed or not by __exit__'s result, return/break inside with, nested managers."""
    r = g.rnd
    k = f.k
    g.top(f"class Mgr{k}:\n    def __init__(self, name: str, swallow: bool) -> None:\n        self.name = name\n        self.swallow = swallow\n\n"
          f"    def __enter__(self) -> 'Mgr{k}':\n        print('enter', self.name)\n        return self\n\n"
          f"    def __exit__(self, t: object, e: object, tb: object) -> bool:\n        print('exit', self.name, t, e)\n        return self.swallow")
    g.top(f"def early{k}(n: int) -> int:\n    with Mgr{k}('early', False):\n        if n > 0:\n            return n * 3\n    return -n")
    errs = ["ValueError('v')", "KeyError('k')", "ZeroDivisionError('z')", "IndexError('i')"]
    for _ in range(r.randint(2, 5)):
        kind = r.randrange(4)
        swallow = r.choice(["True", "False"])
        if kind == 0:
            f.add_block(["try:", f"    with Mgr{k}('a', {swallow}) as m:", f"        print(m.name)",
                         f"        raise {r.choice(errs)}", "    print('after')", "except Exception as exc:", "    print('caught', repr(exc))"])
        elif kind == 1:
            f.add(f"print(early{k}({r.randint(-2, 2)}))")
        elif kind == 2:
            f.add_block([f"for i in range({r.randint(1, 4)}):", f"    with Mgr{k}('loop', False):",
                         f"        if i == {r.randint(0, 2)}:", "            break", "        print('i', i)"])
        else:
            f.add_block(["try:", f"    with Mgr{k}('outer', {swallow}), Mgr{k}('inner', {r.choice(['True', 'False'])}):",
                         f"        print(1 // {r.choice(['0', '1'])})", "except ZeroDivisionError as exc:", "    print('caught', exc)"])


def shape_dataclass(g: Gen, f: Frag) -> None:
    """@dataclass classes (defaults, default_factory, an inherited one with a field
    redeclared): construction by position and keyword, repr (nested, in lists), ==
    and != (equal, different, base against subclass, with None), `in`, count/index,
    a hand-written __eq__(other: object) returning NotImplemented."""
    r = g.rnd
    k = f.k
    g.typing_names.add("Optional")
    g.top("from dataclasses import dataclass, field")
    g.top(f"@dataclass\nclass Pt{k}:\n    x: int\n    y: float = {r.choice(FLOAT_LITS[:6])}\n    tag: str = {r.choice(STR_LITS)}")
    g.top(f"@dataclass\nclass Pt3{k}(Pt{k}):\n    tag: str = {r.choice(STR_LITS)}\n    z: int = {r.randint(-3, 3)}")
    g.top(f"@dataclass\nclass Bag{k}:\n    name: str\n    items: list[Pt{k}] = field(default_factory=list)\n    best: Optional[Pt{k}] = None")
    g.top(f"class Key{k}:\n    def __init__(self, v: int) -> None:\n        self.v = v\n\n"
          f"    def __eq__(self, other: object) -> bool:\n        if not isinstance(other, Key{k}):\n            return NotImplemented\n"
          f"        return self.v % {r.randint(2, 4)} == other.v % {r.randint(2, 4)}\n\n"
          f"    def __repr__(self) -> str:\n        return 'Key(%d)' % self.v")
    def pt() -> str:
        kind = r.randrange(4)
        x = r.randint(-3, 3)
        if kind == 0:
            return f"Pt{k}({x})"
        if kind == 1:
            return f"Pt{k}({x}, {r.choice(FLOAT_LITS[:6])})"
        if kind == 2:
            return f"Pt{k}(y={r.choice(FLOAT_LITS[:6])}, x={x})"
        return f"Pt3{k}({x}, z={r.randint(-3, 3)})"
    ps, bag = f.name(g.fresh("ps")), f.name(g.fresh("bag"))
    f.add(f"{ps}: list[Pt{k}] = [{', '.join(pt() for _ in range(r.randint(1, 4)))}]", f"print({ps})")
    f.add(f"{bag} = Bag{k}({r.choice(STR_LITS)})")
    for _ in range(r.randint(3, 7)):
        kind = r.randrange(9)
        if kind == 0:
            f.add(f"print({pt()} == {pt()}, {pt()} != {pt()}, {ps}[0] == {ps}[0])")
        elif kind == 1:
            f.add(f"print({pt()} in {ps}, {ps}.count({pt()}), len({ps}))")
        elif kind == 2:
            f.add(f"{bag}.items.append({pt()})", f"{bag}.best = {bag}.items[-1]", f"print({bag}, {bag} == Bag{k}({bag}.name, list({bag}.items), {bag}.best))")
        elif kind == 3:
            f.add(f"{ps}[0].x += {r.randint(1, 3)}", f"print({ps}[0], sorted({ps}, key=lambda p: p.x))")
        elif kind == 4:
            f.add(f"print(Key{k}({r.randint(0, 9)}) == Key{k}({r.randint(0, 9)}), Key{k}({r.randint(0, 9)}) in [Key{k}(1), Key{k}(2)], [Key{k}(3)] == [Key{k}({r.randint(0, 9)})])")
        else:
            f.add_block(["try:", f"    print({ps}.index({pt()}))", "except ValueError as exc:", "    print('ValueError', exc)"])


def shape_latefields(g: Gen, f: Frag) -> None:
    """Fields that may be read before they are assigned: a parent __init__ calling a
    method the child overrides to read the child's own fields (assigned after
    super().__init__ or before it), a property read in __init__, fields first
    assigned by a method, `+=` on them; every construction and read in a
    try/except AttributeError."""
    r = g.rnd
    k = f.k
    call_show = r.choice(["        self.show()\n", ""])
    read_prop = r.choice(["        print('prop', self.total)\n", ""])
    g.top(f"class Base{k}:\n    a: int\n    b: int\n    c: int\n\n    def __init__(self, a: int) -> None:\n        self.a = a\n{call_show}{read_prop}"
          f"        self.b = a + 1\n\n"
          f"    def show(self) -> None:\n        print('base', self.a)\n\n"
          f"    @property\n    def total(self) -> int:\n        return self.a + self.b\n\n"
          f"    def later(self, v: int) -> None:\n        self.c = v")
    early = r.random() < 0.5
    child_init = (f"        self.d = d\n        super().__init__(a)\n" if early else f"        super().__init__(a)\n        self.d = d\n")
    g.top(f"class Child{k}(Base{k}):\n    d: int\n\n    def __init__(self, a: int, d: int) -> None:\n{child_init}\n"
          f"    def show(self) -> None:\n        print('child', self.a, self.d)")
    for _ in range(r.randint(2, 5)):
        kind = r.randrange(4)
        a, d = r.randint(-3, 9), r.randint(-3, 9)
        obj = f.name(g.fresh("o"))
        if kind == 0:
            f.add_block(["try:", f"    {obj} = Child{k}({a}, {d})", f"    print({obj}.a, {obj}.b, {obj}.d, {obj}.total)",
                         "except AttributeError as exc:", "    print('AttributeError', exc)"])
        elif kind == 1:
            f.add_block(["try:", f"    {obj} = Base{k}({a})", f"    print({obj}.total)", f"    print({obj}.c)",
                         "except AttributeError as exc:", "    print('AttributeError', exc)"])
        elif kind == 2:
            f.add_block(["try:", f"    {obj} = Child{k}({a}, {d})", f"    {obj}.later({d})", f"    {obj}.c += {a}",
                         f"    print({obj}.c)", "except AttributeError as exc:", "    print('AttributeError', exc)"])
        else:
            f.add_block(["try:", f"    {obj} = Base{k}({a})", f"    {obj}.c += 1", "    print('no error')",
                         "except AttributeError as exc:", "    print('AttributeError', exc)"])


SHAPES = {
    "arith": shape_arith,
    "selfref": shape_selfref,
    "alias": shape_alias,
    "numeric": shape_numeric,
    "order": shape_order,
    "calls": shape_calls,
    "strrepr": shape_strrepr,
    "mathfn": shape_mathfn,
    "trystate": shape_trystate,
    "dicts": shape_dicts,
    "sets": shape_sets,
    "optional": shape_optional,
    "generators": shape_generators,
    "funcvalues": shape_funcvalues,
    "equality": shape_equality,
    "closures": shape_closures,
    "with": shape_with,
    "dataclass": shape_dataclass,
    "latefields": shape_latefields,
}
FRAGMENT_SHAPES = list(SHAPES)
MODULE_OK = {"arith", "selfref", "alias", "numeric", "calls", "strrepr", "trystate"}
# shapes that are not fragments but modify the program
#   bigcmp: ints beyond 2**53 compared with floats (exactly, in CPython)
#   bigdiv: true division of ints beyond 2**53 (the exact quotient rounded once, in CPython)
MODIFIERS = ["errors", "recursion", "bigcmp", "bigdiv", "strmethods", "tryexcept", "slices"]
ALL_SHAPES = FRAGMENT_SHAPES + MODIFIERS
# off by default: the reason is given where each is turned on
OFF_SHAPES: dict[str, str] = {
    "comp_errors": "errors raised inside a list comprehension or generator expression: jcvm shows CPython's "
                   "<listcomp>/<genexpr> frames, but with the recursion shape a RecursionError comes one frame "
                   "later (CPython's comprehension frames count toward the recursion limit)",
    "nansort": "sorting a list of floats that holds NaN: jcvm's sort orders it differently from CPython's "
               "timsort (whose result depends on the exact comparisons made)",
    "round_int": "round(int, ndigits): jcvm refuses it ('round(x, n) is only supported for floats')",
    "mixed_types": "an int mixed into a float through `or`, min() or max() (`x = a or x`): jcvm refuses the mix",
    "list_ops": "list comparison (==, <) and repetition (*, *=): jcvm refuses them",
    "excrepr": "repr() of caught exceptions: jcvm's OverflowError from a float power carries one string argument "
               "where CPython's carries (34, 'Numerical result out of range')",
    "unicode_props": "str.upper/lower/title/capitalize/isalpha/isalnum/isdigit/isupper/islower on all of Unicode: "
                     "jcvm follows Rust's newer Unicode tables and its own property definitions (Alphabetic, "
                     "Numeric, uppercase for title case), CPython 3.11 Unicode 14.0 and its categories",
    "nanident": "containers holding one NaN object: CPython's element comparison tries `is` first, so "
                "(x,) == (x,) is True for x = float('nan'); jcvm's unboxed floats compare by value",
    "class_mutable_default": "a class-level list default (`items: list[int] = []`, one list shared by every "
                             "instance in CPython): jcvm refuses non-constant field defaults",
    "override_defaults": "a subclass method overriding one with other default values: "
                         "jcvm refuses it ('overrides a method with a different signature')",
    "float_sum_empty": "sum() of an empty dict[K, float].values() (or list[float]): CPython returns the int 0, "
                       "jcvm 0.0 (a deliberate difference in the README: the sum of floats is a float)",
    "optional_display": "a list/dict display starting with a name narrowed from Optional[int] to int by assignment, "
                        "with an Optional[int] after it: jcvm refuses it ('expected int for a list element')",
    "tuple_minmax": "min()/max() of tuples (two arguments, a list or a set of tuples): jcvm refuses it",
    "func_rebind": "a local holding a function assigned another function of the same signature: jcvm refuses it",
}


def default_shapes() -> set[str]:
    return {s for s in ALL_SHAPES if s not in OFF_SHAPES}
