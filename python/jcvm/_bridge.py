"""@jitclass and @jit: a decorated class or function becomes source units of
jcvm's engine (plus the imports and helpers it names) and a Python proxy.

Compilation is lazy: a unit whose annotations name a class not defined yet
(a forward reference) waits; the pending units are compiled together as soon
as every name they wait for is defined, or at first use. A class that jcvm
refuses raises CompileError at decoration (or at first use, for one that
waited).

A proxy type has the class's name, module, docstring and bases; its fields
are descriptors over native slots (`_native.Field`); its methods are small
Python functions with the original signature (defaults and keywords bound by
Python) that call the compiled function by id. Ids change when new code is
compiled, so each class keeps its ids in a list that every compilation
refreshes.
"""

from __future__ import annotations

import _ast
import _thread
import builtins
import os
import sys
TYPE_CHECKING = False  # (typing is imported for checkers only: a cheaper import)
if TYPE_CHECKING:
    from typing import Any, Callable, Dict, List, Optional, Set, Tuple

from jcvm import _native, _syntax
from jcvm._errors import CompileError

# `types.ModuleType` and `types.FunctionType`, without importing `types`.
_ModuleType = type(sys)
_FunctionType = type(lambda: None)

_MODES = ("off", "eager", "auto")
# Binary operator methods: an operand of another type makes them return NotImplemented.
_BINARY = {
    f"__{op}__"
    for base in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or")
    for op in (base, "r" + base)
} | {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"}
_STDLIB = ("typing", "math", "random", "time", "dataclasses", "types", "collections.abc", "abc", "sys")

# Names pending units wait for (forward references) → nothing else.
_waiting: Set[str] = set()
# Every proxy class and @jit function, in decoration order: each has `_jcvm_bind`.
_bound: List[Any] = []
# Helpers already sent to the engine, by (module, name).
_included: Set[Tuple[str, str]] = set()
# Helpers sent since the last compilation (dropped with the pending units if it fails).
_pending_included: List[Tuple[str, str]] = []
# Classes whose units failed: name → CompileError.
_broken: Dict[str, CompileError] = {}


def _mode(jit: Optional[str]) -> str:
    mode = jit if jit is not None else os.environ.get("JCVM_JIT", "auto")
    if mode not in _MODES:
        raise ValueError(f"jit must be one of {', '.join(_MODES)}, not {mode!r}")
    return mode


# --- source ------------------------------------------------------------------


class _Source:
    """The source of a class or function: its statement without decorators,
    dedented, and where it came from."""

    def __init__(self, obj: Any) -> None:
        try:
            self.file = _file_of(obj)
            lines, first, node = _source_lines(obj, self.file)
        except (OSError, TypeError, SyntaxError, UnicodeDecodeError) as e:
            raise CompileError(f"jcvm needs the source of {obj.__qualname__}: {e}", "<unknown>", 0, 0) from e
        assert isinstance(node, (_ast.ClassDef, _ast.FunctionDef)), node
        indent = len(lines[0]) - len(lines[0].lstrip())
        dedented = "".join(line[indent:] if line.strip() else "\n" for line in lines)
        # Start at the `class`/`def` line: decorators are the bridge's business, but
        # for `@dataclass`, whose methods jcvm generates.
        kept = [d for d in node.decorator_list if _decorator_name(d) == "dataclass"]
        skip = (kept[0].lineno if kept else node.lineno) - first
        self.decorators = [_syntax.unparse(d) for d in node.decorator_list]
        self.text = "".join(dedented.splitlines(keepends=True)[skip:])
        if kept and len(node.decorator_list) > 1:
            # Other decorators (jitclass) below @dataclass: drop their lines.
            text_lines = self.text.splitlines(keepends=True)
            drop = {d.lineno - first - skip for d in node.decorator_list if d not in kept}
            self.text = "".join("\n" if i in drop else line for i, line in enumerate(text_lines))
        # The statement as `text` has it (the file's tree, with the decorators
        # `text` keeps): the bridge reads its structure and names, never its positions.
        self.node = type(node)(**{f: getattr(node, f) for f in node._fields})
        self.node.decorator_list = kept
        self.first_line = first + skip
        self.indent = indent

    def add(self) -> None:
        _native.add_unit(self.file, self.first_line, self.indent, self.text)


def _decorator_name(d: _ast.AST) -> str:
    target = d.func if isinstance(d, _ast.Call) else d
    return target.attr if isinstance(target, _ast.Attribute) else getattr(target, "id", "")


def _file_of(obj: Any) -> str:
    """The source file of a class (its module's file) or a function."""
    if isinstance(obj, type):
        file = getattr(sys.modules.get(obj.__module__), "__file__", None)
    else:
        file = obj.__code__.co_filename
    if not file or not os.path.isfile(file):
        raise OSError("source code not available")
    return file


# Parsed source files: path → (modification time, lines, module AST).
_parsed: Dict[str, Tuple[float, List[str], _ast.Module]] = {}


def _parse_file(file: str) -> Tuple[List[str], _ast.Module]:
    mtime = os.stat(file).st_mtime
    cached = _parsed.get(file)
    if cached is None or cached[0] != mtime:
        with open(file, "rb") as f:
            # utf-8 and a BOM dropped by hand: the "utf-8-sig" codec is a module
            # import of its own (a millisecond of the cold start).
            text = f.read().decode("utf-8").removeprefix("\ufeff")
        cached = (mtime, text.splitlines(keepends=True), _syntax.parse(text))
        _parsed[file] = cached
    return cached[1], cached[2]


def _source_lines(obj: Any, file: str) -> Tuple[List[str], int, Any]:
    """The lines of a class or function statement (decorators included), its
    first line number and its node in the file's tree. A function is the
    definition at its code's first line; a class, the definition of that name
    holding its methods' code (Python 3.11's `inspect` takes the first class of
    the name in the file), else the first."""
    lines, tree = _parse_file(file)

    def start(node: Any) -> int:
        return min([node.lineno] + [d.lineno for d in node.decorator_list])

    if isinstance(obj, type):
        code_lines = [
            f.__code__.co_firstlineno
            for f in (
                v.__func__ if isinstance(v, (staticmethod, classmethod)) else getattr(v, "fget", v)
                for v in obj.__dict__.values()
            )
            if hasattr(f, "__code__") and f.__code__.co_filename == file
        ]

        def holds_code(n: Any) -> bool:
            return bool(code_lines) and start(n) <= code_lines[0] <= (n.end_lineno or n.lineno)

        def is_candidate(n: Any) -> bool:
            return isinstance(n, _ast.ClassDef) and n.name == obj.__name__

        # A module-level class holding the methods' code is the usual case; only
        # otherwise is the whole tree walked (a walk of a big file takes milliseconds).
        found = [n for n in tree.body if is_candidate(n) and holds_code(n)][:1]
        if not found:
            candidates = [n for n in _syntax.walk(tree) if is_candidate(n)]
            holding = [n for n in candidates if holds_code(n)]
            found = (holding or sorted(candidates, key=start))[:1]
    else:
        first = obj.__code__.co_firstlineno

        def is_definition(n: Any) -> bool:
            return isinstance(n, (_ast.FunctionDef, _ast.AsyncFunctionDef)) and n.name == obj.__name__ and start(n) == first

        found = [n for n in tree.body if is_definition(n)] or [n for n in _syntax.walk(tree) if is_definition(n)]
    if not found:
        raise OSError(f"could not find the definition of {obj.__qualname__} in {file}")
    node = found[0]
    return lines[start(node) - 1 : node.end_lineno], start(node), node


def _generated(text: str) -> None:
    _native.add_unit("<jcvm generated>", 1, 0, text)


def _names(node: _ast.AST) -> Tuple[Set[str], Set[str]]:
    """Names a class or function uses: all of them, and those in annotations
    (string annotations parsed)."""
    used: Set[str] = set()
    annotated: Set[str] = set()

    def in_annotation(ann: Optional[_ast.AST]) -> None:
        if ann is None:
            return
        for n in _syntax.walk(ann):
            if isinstance(n, _ast.Name):
                annotated.add(n.id)
            elif isinstance(n, _ast.Constant) and isinstance(n.value, str):
                try:
                    in_annotation(_syntax.parse(n.value, mode="eval"))
                except SyntaxError:
                    pass

    for n in _syntax.walk(node):
        if isinstance(n, _ast.Name):
            used.add(n.id)
        elif isinstance(n, _ast.AnnAssign):
            in_annotation(n.annotation)
        elif isinstance(n, _ast.arg):
            in_annotation(n.annotation)
        elif isinstance(n, (_ast.FunctionDef, _ast.AsyncFunctionDef)):
            in_annotation(n.returns)
        elif isinstance(n, _ast.ClassDef):
            for base in n.bases:
                in_annotation(base)
    return used | annotated, annotated


def _prelude(names: Set[str], module_globals: Dict[str, Any], module: str) -> List[str]:
    """Import and constant lines for the names a unit uses from its module, and
    the helpers it needs sent as units of their own."""
    lines: List[str] = []
    for name in sorted(names):
        if name not in module_globals:
            continue
        value = module_globals[name]
        if getattr(value, "_jcvm_unit", False):
            continue
        if isinstance(value, _ModuleType):
            if value.__name__ == name and name in _STDLIB:
                lines.append(f"import {name}")
            continue
        source_module = next(
            (m for m in _STDLIB if m in sys.modules and getattr(sys.modules[m], name, None) is value), None
        )
        if source_module is not None:
            lines.append(f"from {source_module} import {name}")
        elif name in ("jitclass", "jit"):
            continue
        elif isinstance(value, (bool, int, float, str)) and not isinstance(value, type):
            line = _constant_line(name, value)
            if line is None:
                continue
            seen = _constants.get(name)
            if seen is not None and seen[1] != line:
                raise CompileError(
                    f"the module constant '{name}' is {value!r} here but was compiled as {seen[1].split(' = ', 1)[1]} "
                    f"(for {seen[0]}): jcvm compiles all jitclasses into one namespace, so a constant they use "
                    "must have one value",
                    "<jcvm>", 0, 0,
                )
            _constants[name] = (module, line)
            lines.append(line)
        elif isinstance(value, type) and issubclass(value, BaseException):
            _include_exception(value)
        elif isinstance(value, _FunctionType) and value.__module__ == module:
            _include_helper(value)
    return lines


# Module constants sent to the engine: name → (module, line).
_constants: Dict[str, Tuple[str, str]] = {}


def _constant_line(name: str, value: Any) -> Optional[str]:
    """`NAME = value` as jcvm source, or None for a value jcvm cannot hold (an int
    outside 64 bits: the use is then refused at its own line)."""
    if isinstance(value, float) and value != value:
        return f"{name} = float('nan')"
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return f"{name} = float('{'-' if value < 0 else ''}inf')"
    if isinstance(value, int) and not isinstance(value, bool) and not -(2**63) <= value < 2**63:
        return None
    return f"{name} = {value!r}"


def _closure_names(cls: Any, own: Optional[Set[str]] = None) -> Set[str]:
    """Variables of enclosing functions the class's methods named `own` (or the
    function) use."""
    names: Set[str] = set()
    values = [cls] if isinstance(cls, _FunctionType) else [v for k, v in vars(cls).items() if own is None or k in own]
    for v in values:
        f = v.__func__ if isinstance(v, (staticmethod, classmethod)) else getattr(v, "fget", v)
        code = getattr(f, "__code__", None)
        if code is not None:
            names.update(n for n in code.co_freevars if n != "__class__")
    return names


def _refuse_closures(obj: Any, source: "_Source") -> None:
    node = source.node
    own = {s.name for s in node.body if isinstance(s, _ast.FunctionDef)} if isinstance(node, _ast.ClassDef) else None
    free = _closure_names(obj, own)
    if free:
        raise CompileError(
            f"{obj.__qualname__} uses the variable(s) {', '.join(sorted(free))} of the function around it: "
            "@jitclass and @jit compile module-level names only",
            source.file,
            source.first_line,
            source.indent + 1,
        )


def _include_exception(cls: type) -> None:
    if cls.__module__ == "builtins" or (cls.__module__, cls.__qualname__) in _included:
        return
    _included.add((cls.__module__, cls.__qualname__))
    _pending_included.append((cls.__module__, cls.__qualname__))
    for base in cls.__bases__:
        if issubclass(base, BaseException):
            _include_exception(base)
    source = _Source(cls)
    _add_with_prelude(source, sys.modules[cls.__module__].__dict__, cls.__module__)
    _native.register_exception(cls.__name__, cls)


def _include_helper(func: Callable[..., Any]) -> None:
    if (func.__module__, func.__qualname__) in _included:
        return
    _included.add((func.__module__, func.__qualname__))
    _pending_included.append((func.__module__, func.__qualname__))
    source = _Source(func)
    _add_with_prelude(source, func.__globals__, func.__module__)


def _add_with_prelude(source: _Source, module_globals: Dict[str, Any], module: str) -> Set[str]:
    """Sends `source` (after its prelude) to the engine; returns the annotation
    names it uses that are not defined yet."""
    used, annotated = _names(source.node)
    for decorator in getattr(source.node, "decorator_list", []):
        used |= {n.id for n in _syntax.walk(decorator) if isinstance(n, _ast.Name)}
    prelude = _prelude(used, module_globals, module)
    if prelude:
        _generated("\n".join(prelude) + "\n")
    source.add()
    own = source.node.name
    return {
        n
        for n in annotated
        if n != own and n not in module_globals and not hasattr(builtins, n) and n not in _defined_names()
    }


def _check_unique(name: str, module: str, source: _Source) -> None:
    """jcvm compiles every jitclass and @jit function of the process into one
    namespace: a second one of the same name is refused."""
    for b in _bound:
        if b._jcvm_name == name:
            raise CompileError(
                f"a jitclass or @jit function named '{name}' already exists (in module {b.__module__}); "
                "jcvm compiles them all into one namespace, so names must be unique",
                source.file,
                source.first_line,
                source.indent + 1,
            )


def _defined_names() -> Set[str]:
    return {getattr(b, "_jcvm_name", "") for b in _bound}


def _compile_if_ready(name: str) -> None:
    """Compiles the pending units once no forward reference is waiting."""
    _waiting.discard(name)
    if not _waiting:
        _compile()


def _compile() -> None:
    refused = _native.compile()
    if refused is not None:
        message, file, line, col, rendered = refused
        error = CompileError(message, file, line, col, rendered)
        # The engine dropped every pending unit: so are their classes and helpers.
        for b in [b for b in _bound if not getattr(b, "_jcvm_ready", False)]:
            _broken[b._jcvm_name] = error
            _bound.remove(b)
        _included.difference_update(_pending_included)
        _pending_included.clear()
        _waiting.clear()
        raise error
    _pending_included.clear()
    for b in _bound:
        b._jcvm_bind()


def _ensure_compiled(name: str) -> None:
    if name in _broken:
        raise _broken[name]
    if _native.pending():
        _waiting.clear()
        _compile()


# --- wrappers ----------------------------------------------------------------


def _signature_text(args: _ast.arguments, skip_self: bool) -> Tuple[str, str, List[str]]:
    """`(params, call arguments, default names)` for a wrapper with the same
    signature: defaults are bound to names `__d0`, `__d1`... in order."""
    params: List[str] = []
    call: List[str] = []
    defaults: List[str] = []
    positional = args.posonlyargs + args.args
    if skip_self:
        positional = positional[1:]
        if args.posonlyargs:
            params.append("__self")
        else:
            params.append("self")
    first_default = len(args.posonlyargs + args.args) - len(args.defaults)
    offset = 1 if skip_self else 0
    for i, a in enumerate(positional):
        index = i + offset
        if index >= first_default:
            name = f"__d{len(defaults)}"
            defaults.append(name)
            params.append(f"{a.arg}={name}")
        else:
            params.append(a.arg)
        if args.posonlyargs and index == len(args.posonlyargs) - 1:
            params.append("/")
        call.append(a.arg)
    if args.vararg is not None:
        params.append(f"*{args.vararg.arg}")
        call.append(args.vararg.arg)  # compiled code takes `*xs: T` as one tuple[T, ...]
    elif args.kwonlyargs:
        params.append("*")
    for a, default in zip(args.kwonlyargs, args.kw_defaults):
        if default is not None:
            name = f"__d{len(defaults)}"
            defaults.append(name)
            params.append(f"{a.arg}={name}")
        else:
            params.append(a.arg)
        call.append(a.arg)
    if args.kwarg is not None:
        raise TypeError("**kwargs is not supported by jcvm")
    if skip_self:
        call.insert(0, "self" if not args.posonlyargs else "__self")
    return ", ".join(params), ", ".join(call), defaults


def _default_values(func: Any) -> List[Any]:
    values = list(getattr(func, "__defaults__", None) or ())
    kw = getattr(func, "__kwdefaults__", None) or {}
    code = getattr(func, "__code__", None)
    if code is not None:
        names = code.co_varnames[code.co_argcount : code.co_argcount + code.co_kwonlyargcount]
        values.extend(kw[n] for n in names if n in kw)
    return values


class _LazyEntries:
    """Stands for a class's entry list until its code is compiled: the first
    lookup compiles (and binds every wrapper to the real list)."""

    def __init__(self, name: str, entries: List[int]) -> None:
        self.name = name
        self.entries = entries

    def __getitem__(self, index: int) -> int:
        _ensure_compiled(self.name)
        return self.entries[index]


# Compiled wrapper modules by (parameters, body): methods of one signature share
# one compilation (a cold-start cost), renamed per method (`_named_wrapper_code`).
_wrapper_code: Dict[Tuple[str, str], Any] = {}


def _named_wrapper_code(params: str, body: str, name: str, qualname: str) -> Any:
    """The code of a module defining `def name(params): body`, from the cache."""
    key = (params, body)
    module = _wrapper_code.get(key)
    if module is None:
        module = compile(f"def __jcvm_wrapper({params}):\n    {body}\n", "<jcvm wrapper>", "exec")
        _wrapper_code[key] = module
    code_type = type(module)
    inner = next(c for c in module.co_consts if isinstance(c, code_type))
    names: Dict[str, Any] = {"co_name": name, "co_filename": f"<jcvm wrapper of {qualname}>"}
    if hasattr(inner, "co_qualname"):
        names["co_qualname"] = qualname
    renamed = inner.replace(**names)
    return module.replace(
        co_consts=tuple(renamed if c is inner else c for c in module.co_consts),
        co_names=tuple(name if n == "__jcvm_wrapper" else n for n in module.co_names),
        co_filename=names["co_filename"],
    )


def _make_wrapper(
    name: str,
    qualname: str,
    args: _ast.arguments,
    original: Any,
    skip_self: bool,
    body: str,
    extra: Dict[str, Any],
    namespaces: Optional[List[Dict[str, Any]]] = None,
    index: int = 0,
) -> Callable[..., Any]:
    """A Python function with `args`'s signature running `body`, which may name
    `extra`'s entries, the defaults and `__jcvm_i` (`index`, the entry it calls)."""
    params, call, default_names = _signature_text(args, skip_self)
    namespace: Dict[str, Any] = dict(extra)
    namespace["__jcvm_i"] = index
    if namespaces is not None:
        namespaces.append(namespace)
    namespace.update(zip(default_names, _default_values(original)))
    exec(_named_wrapper_code(params, body, name, qualname), namespace)
    wrapper = namespace[name]
    wrapper.__qualname__ = qualname
    wrapper.__doc__ = getattr(original, "__doc__", None)
    wrapper.__module__ = getattr(original, "__module__", None)
    if original is not None and hasattr(original, "__annotations__"):
        wrapper.__annotations__ = dict(original.__annotations__)
    return wrapper


def _nullable(annotation: Optional[_ast.AST]) -> bool:
    """Whether a field annotation admits None (`Optional[T]`, `T | None`, `Union[..., None]`)."""
    if annotation is None:
        return True
    if isinstance(annotation, _ast.Constant) and isinstance(annotation.value, str):
        try:
            return _nullable(_syntax.parse(annotation.value, mode="eval").body)
        except SyntaxError:
            return False
    if isinstance(annotation, _ast.Constant) and annotation.value is None:
        return True
    if isinstance(annotation, _ast.BinOp) and isinstance(annotation.op, _ast.BitOr):
        return _nullable(annotation.left) or _nullable(annotation.right)
    if isinstance(annotation, _ast.Subscript):
        head = annotation.value
        head_name = head.attr if isinstance(head, _ast.Attribute) else getattr(head, "id", "")
        if head_name == "Optional":
            return True
        if head_name == "Union":
            items = annotation.slice.elts if isinstance(annotation.slice, _ast.Tuple) else [annotation.slice]
            return any(_nullable(i) for i in items)
    return False


def _fields(node: _ast.ClassDef) -> Dict[str, Optional[_ast.AST]]:
    """Field names in declaration order with their annotations: class-level
    annotations (not ClassVar) and `self.x[: T] = ...` in methods."""
    fields: Dict[str, Optional[_ast.AST]] = {}
    for stmt in node.body:
        if isinstance(stmt, _ast.AnnAssign) and isinstance(stmt.target, _ast.Name):
            text = _syntax.unparse(stmt.annotation)
            if "ClassVar" not in text:
                fields[stmt.target.id] = stmt.annotation
    for stmt in node.body:
        if not isinstance(stmt, _ast.FunctionDef):
            continue
        for n in _syntax.walk(stmt):
            target = None
            annotation = None
            if isinstance(n, _ast.AnnAssign):
                target, annotation = n.target, n.annotation
            elif isinstance(n, _ast.Assign) and len(n.targets) == 1:
                target = n.targets[0]
            if (
                isinstance(target, _ast.Attribute)
                and isinstance(target.value, _ast.Name)
                and target.value.id == "self"
                and (target.attr not in fields or fields[target.attr] is None)
            ):
                fields[target.attr] = annotation
    return fields


class _ClassBuilder:
    """Turns a decorated class into units and its proxy type."""

    def __init__(self, cls: type, mode: str) -> None:
        self.cls = cls
        self.mode = mode
        self.source = _Source(cls)
        node = self.source.node
        if not isinstance(node, _ast.ClassDef):
            raise TypeError("@jitclass decorates a class")
        self.node: _ast.ClassDef = node
        self.name = cls.__name__
        _check_unique(self.name, cls.__module__, self.source)
        self.module_globals = sys.modules[cls.__module__].__dict__
        self.is_dataclass = any(d.split("(")[0].split(".")[-1] == "dataclass" for d in self.source.decorators)
        _refuse_closures(cls, self.source)
        self.base: Optional[type] = None
        for base in cls.__bases__:
            if base is object:
                continue
            if not getattr(base, "_jcvm_unit", False) or not isinstance(base, type):
                raise CompileError(
                    f"the base class '{base.__name__}' of a jitclass must be a jitclass",
                    self.source.file,
                    self.source.first_line,
                    self.source.indent + 1,
                )
            self.base = base

    def init_args(self) -> Tuple[_ast.arguments, Any]:
        """The constructor's parameters (after self) as AST, and the function
        whose defaults they use."""
        for stmt in self.node.body:
            if isinstance(stmt, _ast.FunctionDef) and stmt.name == "__init__":
                return stmt.args, self.cls.__dict__.get("__init__")
        if self.is_dataclass:
            init = self.cls.__dict__.get("__init__")
            return _dataclass_args(self.cls, self.node), init
        if self.base is not None:
            return self.base._jcvm_init_args, self.base._jcvm_init_wrapper
        return _ast.arguments(posonlyargs=[], args=[_ast.arg("self")], kwonlyargs=[], kw_defaults=[], defaults=[]), None

    def build(self) -> type:
        waiting = _add_with_prelude(self.source, self.module_globals, self.cls.__module__)
        init_args, init_func = self.init_args()
        positional = (init_args.posonlyargs + init_args.args)[1:]
        params = _syntax.unparse(_ast.arguments(
            posonlyargs=[],
            args=positional,
            vararg=init_args.vararg,
            kwonlyargs=init_args.kwonlyargs,
            kw_defaults=[None] * len(init_args.kwonlyargs),
            defaults=[],
        ))
        call_args = [a.arg for a in positional]
        if init_args.vararg is not None:
            call_args.append(f"*{init_args.vararg.arg}")
        call_args += [f"{a.arg}={a.arg}" for a in init_args.kwonlyargs]
        _generated(
            f"def __jcvm_new__{self.name}({params}) -> {self.name}:\n"
            f"    return {self.name}({', '.join(call_args)})\n"
        )

        proxy = self.make_proxy(init_args, init_func)
        _native.register_class(self.name, proxy)
        _native.set_tier(self.name, self.mode)
        _bound.append(proxy)
        _waiting.update(waiting)
        _compile_if_ready(self.name)
        return proxy

    def make_proxy(self, init_args: _ast.arguments, init_func: Any) -> type:
        cls = self.cls
        name = self.name
        bases = tuple(b for b in cls.__bases__ if b is not object) or (_native.NativeObject,)
        namespace: Dict[str, Any] = {
            "__slots__": (),
            "__module__": cls.__module__,
            "__qualname__": cls.__qualname__,
            "__doc__": cls.__doc__,
            "_jcvm_unit": True,
            "_jcvm_name": name,
            "_jcvm_ready": False,
            "_jcvm_init_args": init_args,
            "_jcvm_mode": self.mode,
        }
        fields = _fields(self.node)
        namespace["_jcvm_fields"] = tuple(fields)
        for key, value in cls.__dict__.items():
            if key in namespace or key.startswith("__") and key.endswith("__"):
                continue
            if isinstance(value, (bool, int, float, str, tuple, type(None))) and key not in fields:
                namespace[key] = value  # a class attribute, read from Python as a snapshot

        # Entry ids, refreshed by `_jcvm_bind` after every compilation: [constructor, methods...].
        entries: List[int] = [-1]
        plan: List[Tuple[str, str, int]] = []  # (python name, kind, index in entries)
        extra = {
            "__call": _native.call,
            "__construct": _native.construct,
            "__e": _LazyEntries(name, entries),
            "__ArgumentTypeError": _native.ArgumentTypeError,
        }
        namespaces: List[Dict[str, Any]] = []

        def entry() -> int:
            entries.append(-1)
            return len(entries) - 1

        init = _make_wrapper(
            "__init__", f"{cls.__qualname__}.__init__", init_args, init_func, True,
            _call_body("__construct(self, __e[0]", init_args, skip_self=True, pass_self=False), extra, namespaces,
        )
        namespace["__init__"] = init
        namespace["_jcvm_init_wrapper"] = staticmethod(init)
        plan.append(("__init__", "constructor", 0))

        properties: Dict[str, Dict[str, Any]] = {}
        defs = {s.name: s for s in self.node.body if isinstance(s, _ast.FunctionDef)}
        for stmt in self.node.body:
            if not isinstance(stmt, _ast.FunctionDef) or stmt.name == "__init__":
                continue
            original = cls.__dict__.get(stmt.name)
            kinds = [_syntax.unparse(d) for d in stmt.decorator_list]
            qual = f"{cls.__qualname__}.{stmt.name}"
            if kinds == ["staticmethod"]:
                index = entry()
                fn = _make_wrapper(stmt.name, qual, stmt.args, getattr(original, "__func__", original), False,
                                   _call_body("__call(__e[__jcvm_i]", stmt.args, False), extra, namespaces, index)
                namespace[stmt.name] = staticmethod(fn)
                plan.append((stmt.name, "static", index))
            elif kinds == ["classmethod"]:
                namespace[stmt.name] = classmethod(_classmethod_refusal(qual))
            elif kinds == ["property"]:
                index = entry()
                fn = _make_wrapper(stmt.name, qual, stmt.args, getattr(original, "fget", None), True,
                                   _call_body("__call(__e[__jcvm_i]", stmt.args, True), extra, namespaces, index)
                properties.setdefault(stmt.name, {})["fget"] = fn
                plan.append((stmt.name, "getter", index))
            elif len(kinds) == 1 and kinds[0].endswith(".setter"):
                index = entry()
                prop = cls.__dict__.get(stmt.name)
                fn = _make_wrapper(stmt.name, qual, stmt.args, getattr(prop, "fset", None), True,
                                   _call_body("__call(__e[__jcvm_i]", stmt.args, True), extra, namespaces, index)
                properties.setdefault(stmt.name, {})["fset"] = fn
                plan.append((stmt.name, "setter", index))
            elif not kinds:
                index = entry()
                body = _call_body("__call(__e[__jcvm_i]", stmt.args, True)
                if stmt.name == "__exit__" and len(stmt.args.args) == 4:
                    # Compiled code represents the type and the traceback by the exception itself.
                    a = [x.arg for x in stmt.args.args]
                    body = (
                        f"if {a[2]} is not None:\n        {a[1]} = {a[3]} = {a[2]}\n"
                        f"    else:\n        {a[1]} = {a[3]} = None\n    {body}"
                    )
                if stmt.name in _BINARY:
                    body = f"try:\n        {body}\n    except __ArgumentTypeError:\n        return NotImplemented"
                fn = _make_wrapper(stmt.name, qual, stmt.args, original, True, body, extra, namespaces, index)
                namespace[stmt.name] = fn
                plan.append((stmt.name, "method", index))
        if self.is_dataclass:
            # Methods @dataclass generates (jcvm generates them too): `==` and `repr`.
            for generated, arity in (("__eq__", 2), ("__repr__", 1)):
                if generated in defs or generated not in cls.__dict__:
                    continue
                names = ["self", "other"][:arity]
                args = _ast.arguments(posonlyargs=[], args=[_ast.arg(n) for n in names], kwonlyargs=[], kw_defaults=[], defaults=[])
                index = entry()
                body = _call_body("__call(__e[__jcvm_i]", args, True)
                if generated == "__eq__":
                    body = f"try:\n        {body}\n    except __ArgumentTypeError:\n        return NotImplemented"
                namespace[generated] = _make_wrapper(
                    generated, f"{cls.__qualname__}.{generated}", args, None, True, body, extra, namespaces, index
                )
                plan.append((generated, "method", index))
        for prop_name, parts in properties.items():
            namespace[prop_name] = property(parts.get("fget"), parts.get("fset"), None, parts["fget"].__doc__)

        if "__repr__" not in namespace and not _inherits(bases, "__repr__"):
            namespace["__repr__"] = _default_repr
        if "close" in namespace and "__enter__" not in namespace:
            namespace["__enter__"] = _enter
            namespace["__exit__"] = _exit_close
        namespace["__reduce__"] = _reduce
        namespace["__setstate__"] = _setstate

        proxy = type(name, bases, namespace)
        aliases = [
            (stmt.targets[0].id, stmt.value.id)
            for stmt in self.node.body
            if isinstance(stmt, _ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], _ast.Name)
            and isinstance(stmt.value, _ast.Name)
            and stmt.value.id in defs
        ]
        _native.install_fields(proxy, name, [(f, _nullable(a)) for f, a in fields.items()])
        # C-level descriptors for the methods a positional call can reach directly.
        for py_name, kind, index in plan:
            if kind not in ("method", "static", "constructor"):
                continue
            if kind != "constructor" and py_name not in defs:
                continue  # generated by @dataclass: its Python wrapper stays
            args = init_args if kind == "constructor" else defs[py_name].args
            if args.vararg is not None or args.kwonlyargs or args.posonlyargs or py_name == "__exit__":
                continue
            wrapper = namespace[py_name]
            wrapper = wrapper.__func__ if isinstance(wrapper, staticmethod) else wrapper
            _native.install_method(
                proxy, py_name, kind, len(args.args), py_name in _BINARY, wrapper,
                _text_signature(py_name, args, wrapper, kind == "static"), name,
            )
        for alias, target in aliases:  # `plus = add`: the same method under another name
            setattr(proxy, alias, proxy.__dict__[target])

        # The ids in `entries` are kept current by the extension, under its lock, with
        # every compilation (so no call can see an id of an older generation).
        keys = [(name, "constructor", "constructor")] + [
            (name, py_name, kind) for py_name, kind, index in sorted(plan[1:], key=lambda p: p[2])
        ]
        assert [index for _, _, index in sorted(plan, key=lambda p: p[2])] == list(range(len(entries)))
        _native.register_entries(entries, keys)

        def bind() -> None:
            if _native.class_info(name) is None:
                raise CompileError(f"class '{name}' was not compiled", self.source.file, self.source.first_line, 1)
            for ns in namespaces:
                ns["__e"] = entries
            proxy._jcvm_ready = True

        proxy._jcvm_bind = staticmethod(bind)
        return proxy


def _text_signature(name: str, args: _ast.arguments, wrapper: Any, is_static: bool) -> Optional[str]:
    """The docstring of a C-level method, led by its text signature (what
    `inspect.signature` reads) when every default has a literal repr."""
    doc = wrapper.__doc__ or ""
    names = [a.arg for a in args.args]
    defaults = list(getattr(wrapper, "__defaults__", None) or ())
    params = []
    for i, arg in enumerate(names):
        if i == 0 and not is_static:
            params.append("$self")
            continue
        j = i - (len(names) - len(defaults))
        if j >= 0:
            text = repr(defaults[j])
            try:
                _syntax.literal_eval(text)
            except (ValueError, SyntaxError):
                return doc or None
            params.append(f"{arg}={text}")
        else:
            params.append(arg)
    return f"{name}({', '.join(params)})\n--\n\n{doc}"


def _dataclass_args(cls: type, node: _ast.ClassDef) -> _ast.arguments:
    """The parameters of a dataclass's generated `__init__`, annotated as its fields."""
    annotations = {
        s.target.id: s.annotation for s in node.body if isinstance(s, _ast.AnnAssign) and isinstance(s.target, _ast.Name)
    }
    init = cls.__init__
    code = init.__code__
    names = code.co_varnames[1 : code.co_argcount]
    args = [_ast.arg("self")] + [_ast.arg(n, annotations.get(n)) for n in names]
    defaults = [_ast.Constant(None) for _ in (init.__defaults__ or ())]
    return _ast.arguments(posonlyargs=[], args=args, kwonlyargs=[], kw_defaults=[], defaults=defaults)


def _call_body(prefix: str, args: _ast.arguments, skip_self: bool, pass_self: bool = True) -> str:
    _, call, _ = _signature_text(args, skip_self)
    if skip_self and not pass_self:
        call = ", ".join(call.split(", ")[1:])
    if not call:
        return f"return {prefix})"
    return f"return {prefix}, {call})"


def _inherits(bases: Tuple[type, ...], name: str) -> bool:
    return any(name in b.__dict__ for base in bases for b in base.__mro__ if b not in (object, _native.NativeObject))


def _classmethod_refusal(qualname: str) -> Callable[..., Any]:
    def refused(cls: type, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError(f"{qualname} is a class method: jcvm calls it from compiled code only (for now)")

    return refused


def _recursion_guarded(render: Callable[[Any], str]) -> Callable[[Any], str]:
    """`reprlib.recursive_repr()` without importing `reprlib` (a cheaper
    `import jcvm`): an object already being rendered on this thread (a cycle
    through its fields) renders as `...`."""
    active: Set[Tuple[int, int]] = set()

    def guarded(self: Any) -> str:
        key = (id(self), _thread.get_ident())
        if key in active:
            return "..."
        active.add(key)
        try:
            return render(self)
        finally:
            active.discard(key)

    guarded.__name__ = render.__name__
    guarded.__qualname__ = render.__qualname__
    guarded.__doc__ = render.__doc__
    return guarded


@_recursion_guarded
def _default_repr(self: Any) -> str:
    parts = []
    for name in _all_fields(type(self)):
        try:
            parts.append(f"{name}={getattr(self, name)!r}")
        except AttributeError:
            continue
    return f"{type(self).__name__}({', '.join(parts)})"


def _all_fields(cls: type) -> List[str]:
    names: List[str] = []
    for klass in reversed(cls.__mro__):
        for name in klass.__dict__.get("_jcvm_fields", ()):
            if name not in names:
                names.append(name)
    return names


def _enter(self: Any) -> Any:
    return self


def _exit_close(self: Any, exc_type: Any, exc: Any, tb: Any) -> None:
    self.close()


def _reduce(self: Any) -> Tuple[Any, ...]:
    state = {}
    for name in _all_fields(type(self)):
        try:
            value = getattr(self, name)
        except AttributeError:
            continue
        # A list or dict field is pickled as a list or dict (the view itself is not data).
        state[name] = value.copy() if isinstance(value, (_native.ListView, _native.DictView)) else value
    return (_rebuild, (type(self),), state)


def _rebuild(cls: type) -> Any:
    obj = cls.__new__(cls)
    _ensure_compiled(cls._jcvm_name)
    _native.allocate(obj, cls._jcvm_name)
    return obj


def _setstate(self: Any, state: Dict[str, Any]) -> None:
    for name, value in state.items():
        setattr(self, name, value)


# --- the decorators --------------------------------------------------------------


def jitclass(cls: Optional[type] = None, *, jit: Optional[str] = None) -> Any:
    """Compiles a class with jcvm: fields in a native layout, methods compiled.

    `jit` selects the tier: "off" (interpreter), "eager" or "auto" (the
    default, or the JCVM_JIT environment variable)."""
    mode = _mode(jit)

    def decorate(c: type) -> type:
        if not isinstance(c, type):
            raise TypeError("@jitclass decorates a class")
        return _ClassBuilder(c, mode).build()

    return decorate(cls) if cls is not None else decorate


def jit(func: Optional[Callable[..., Any]] = None, *, jit: Optional[str] = None) -> Any:
    """Compiles a module-level function with jcvm."""
    mode = _mode(jit)

    def decorate(f: Callable[..., Any]) -> Callable[..., Any]:
        if not isinstance(f, _FunctionType):
            raise TypeError("@jit decorates a function")
        if f.__qualname__ != f.__name__:
            raise CompileError(
                f"@jit compiles module-level functions; {f.__qualname__} is nested",
                f.__code__.co_filename,
                f.__code__.co_firstlineno,
                1,
            )
        source = _Source(f)
        _check_unique(f.__name__, f.__module__, source)
        _refuse_closures(f, source)
        _included.add((f.__module__, f.__qualname__))
        waiting = _add_with_prelude(source, f.__globals__, f.__module__)
        entries: List[int] = [-1]
        node = source.node
        assert isinstance(node, _ast.FunctionDef)
        name = f.__name__
        namespaces: List[Dict[str, Any]] = []
        wrapper = _make_wrapper(
            f.__name__, f.__qualname__, node.args, f, False, _call_body("__call(__e[0]", node.args, False),
            {"__call": _native.call, "__e": _LazyEntries(name, entries)}, namespaces,
        )

        _native.register_entries(entries, [(None, name, "function")])
        _native.set_tier(name, mode)

        def bind() -> None:
            namespaces[0]["__e"] = entries
            wrapper._jcvm_ready = True

        wrapper._jcvm_unit = True
        wrapper._jcvm_ready = False
        wrapper._jcvm_name = name
        wrapper._jcvm_mode = mode
        wrapper._jcvm_bind = bind
        _bound.append(wrapper)
        _waiting.update(waiting)
        _compile_if_ready(name)
        return wrapper

    return decorate(func) if func is not None else decorate


def collect() -> int:
    """Runs a collection of the native heap; returns the number of objects freed."""
    return _native.collect()


def stats() -> Dict[str, int]:
    """Counters of the native heap and the engine: live_objects, heap_bytes,
    collections, jit_compiled, and more."""
    return dict(_native.stats())

