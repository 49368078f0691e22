"""@jitclass and @jit: a decorated class or function becomes source units of
jcvm's engine (plus the imports and helpers it names) and a Python proxy.

A definition is read from its module's file by jcvm's own parser
(`_native.outline`: its text, fields, methods and signatures, the names it
uses): this package never imports `ast` nor calls the builtin `compile`,
whose first use sets up Python's AST types (a third of the cold start).

Compilation is lazy: a unit whose annotations name a class not defined yet
(a forward reference) waits; the pending units are compiled together as soon
as every name they wait for is defined, or at first use. A class that jcvm
refuses raises CompileError at decoration (or at first use, for one that
waited).

A proxy type has the class's name, module, docstring and bases; its fields
are descriptors over native slots (`_native.install_fields`); its methods are small
Python functions with the original signature (defaults and keywords bound by
Python) that call the compiled function by id. Ids change when new code is
compiled, so each class keeps its ids in a list that every compilation
refreshes.
"""

from __future__ import annotations

import _thread
import builtins
import os
import sys
TYPE_CHECKING = False  # (typing is imported for checkers only: a cheaper import)
if TYPE_CHECKING:
    from typing import Any, Callable, Dict, List, Optional, Set, Tuple

from jcvm import _native
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


class _Signature:
    """A parameter list as `_native.outline` gives it: each parameter is
    `(name, annotation source or None, has a default)`."""

    __slots__ = ("posonly", "args", "vararg", "kwonly", "has_kwarg")

    def __init__(self, posonly: List[Any], args: List[Any], vararg: Any = None, kwonly: Any = (), has_kwarg: bool = False) -> None:
        self.posonly = list(posonly)
        self.args = list(args)
        self.vararg = vararg
        self.kwonly = list(kwonly)
        self.has_kwarg = has_kwarg


class _Source:
    """A class or function as jcvm's parser reads it in its file (its outline,
    `_native.outline`): the statement without decorators, dedented, where it
    came from, the names it uses and, for a class, its fields and methods."""

    def __init__(self, obj: Any) -> None:
        self.name = obj.__name__
        try:
            self.file = _file_of(obj)
            if isinstance(obj, type):
                outline = _native.outline(self.file, "class", obj.__qualname__, _code_line(obj, self.file))
            else:
                outline = _native.outline(self.file, "function", obj.__name__, obj.__code__.co_firstlineno)
        except (OSError, TypeError) as e:
            raise CompileError(f"jcvm needs the source of {obj.__qualname__}: {e}", "<unknown>", 0, 0) from e
        self.outline: Dict[str, Any] = outline
        self.text: str = outline["text"]
        self.first_line: int = outline["first_line"]
        self.indent: int = outline["indent"]

    def add(self) -> None:
        _native.add_unit(self.file, self.first_line, self.indent, self.text)

    def refusal(self, message: str) -> CompileError:
        """A CompileError at the definition's `class`/`def` line."""
        return CompileError(message, self.file, self.first_line, self.indent + 1)


def _file_of(obj: Any) -> str:
    """The source file of a class (its module's file) or a function."""
    if isinstance(obj, type):
        file = getattr(sys.modules.get(obj.__module__), "__file__", None)
    else:
        file = obj.__code__.co_filename
    if not file or not os.path.isfile(file):
        raise OSError("source code not available")
    return file


def _code_line(cls: type, file: str) -> Optional[int]:
    """The first line of the code of one of the class's methods in `file`: the
    class is the definition of its name holding that line (as Python 3.11's
    `inspect` finds it)."""
    for value in cls.__dict__.values():
        f = value.__func__ if isinstance(value, (staticmethod, classmethod)) else getattr(value, "fget", value)
        code = getattr(f, "__code__", None)
        if code is not None and code.co_filename == file:
            return code.co_firstlineno
    return None


def _generated(text: str) -> None:
    _native.add_unit("<jcvm generated>", 1, 0, text)


def _prelude(names: Set[str], module_globals: Dict[str, Any], module: str, user: _Source) -> List[str]:
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
            if value.__name__ == "<lambda>":
                raise user.refusal(
                    f"'{name}' is a lambda: jcvm compiles the module functions {user.name} uses from their "
                    f"`def` (write `def {name}(...)`)"
                )
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
    methods = source.outline.get("methods")
    own = {m[0] for m in methods} if methods is not None else None
    free = _closure_names(obj, own)
    if free:
        raise source.refusal(
            f"{obj.__qualname__} uses the variable(s) {', '.join(sorted(free))} of the function around it: "
            "@jitclass and @jit compile module-level names only"
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
    used = set(source.outline["used"])
    annotated = source.outline["annotated"]
    prelude = _prelude(used, module_globals, module, source)
    if prelude:
        _generated("\n".join(prelude) + "\n")
    source.add()
    own = source.name
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
            raise source.refusal(
                f"a jitclass or @jit function named '{name}' already exists (in module {b.__module__}); "
                "jcvm compiles them all into one namespace, so names must be unique"
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


def _signature_text(sig: _Signature, skip_self: bool) -> Tuple[str, str, List[str]]:
    """`(params, call arguments, default names)` for a wrapper with the same
    signature: defaults are bound to names `__d0`, `__d1`... in order."""
    params: List[str] = []
    call: List[str] = []
    defaults: List[str] = []
    positional = sig.posonly + sig.args
    receiver = positional[0][0] if skip_self else ""
    if skip_self:
        positional = positional[1:]
        params.append(receiver)
    offset = 1 if skip_self else 0
    for i, (name, _, has_default) in enumerate(positional):
        index = i + offset
        if has_default:
            default = f"__d{len(defaults)}"
            defaults.append(default)
            params.append(f"{name}={default}")
        else:
            params.append(name)
        if sig.posonly and index == len(sig.posonly) - 1:
            params.append("/")
        call.append(name)
    if sig.vararg is not None:
        params.append(f"*{sig.vararg[0]}")
        call.append(sig.vararg[0])  # compiled code takes `*xs: T` as one tuple[T, ...]
    elif sig.kwonly:
        params.append("*")
    for name, _, has_default in sig.kwonly:
        if has_default:
            default = f"__d{len(defaults)}"
            defaults.append(default)
            params.append(f"{name}={default}")
        else:
            params.append(name)
        call.append(name)
    if skip_self:
        call.insert(0, receiver)
    return ", ".join(params), ", ".join(call), defaults


def _annotated_params(sig: _Signature) -> str:
    """The parameters after self as source, annotated, without defaults."""
    def text(p: Any) -> str:
        return p[0] if p[1] is None else f"{p[0]}: {p[1]}"

    params = [text(p) for p in (sig.posonly + sig.args)[1:]]
    if sig.vararg is not None:
        params.append(f"*{text(sig.vararg)}")
    elif sig.kwonly:
        params.append("*")
    params += [text(p) for p in sig.kwonly]
    return ", ".join(params)


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


# Wrapper code by (parameters, body): methods of one signature share one
# compilation (a cold-start cost), renamed per method (`_wrapper_code_named`).
_wrapper_code: Dict[Tuple[str, str], Any] = {}


def _wrapper_code_named(params: str, body: str, default_names: List[str], name: str, qualname: str) -> Any:
    """The code of `def name(params): body`, from the cache. Made by `exec` of
    its source: the builtin `compile` would set up Python's AST types on its
    first call, over a millisecond of the cold start."""
    key = (params, body)
    code = _wrapper_code.get(key)
    if code is None:
        scratch: Dict[str, Any] = dict.fromkeys(default_names)
        exec(f"def __jcvm_wrapper({params}):\n    {body}\n", scratch)
        code = scratch["__jcvm_wrapper"].__code__
        _wrapper_code[key] = code
    names: Dict[str, Any] = {"co_name": name, "co_filename": f"<jcvm wrapper of {qualname}>"}
    if hasattr(code, "co_qualname"):
        names["co_qualname"] = qualname
    return code.replace(**names)


def _make_wrapper(
    name: str,
    qualname: str,
    args: _Signature,
    original: Any,
    skip_self: bool,
    body: str,
    extra: Dict[str, Any],
    namespaces: Optional[List[Dict[str, Any]]] = None,
    index: int = 0,
) -> Callable[..., Any]:
    """A Python function with `args`'s signature (and `original`'s defaults)
    running `body`, which may name `extra`'s entries and `__jcvm_i` (`index`,
    the entry it calls)."""
    params, call, default_names = _signature_text(args, skip_self)
    namespace: Dict[str, Any] = dict(extra)
    namespace["__jcvm_i"] = index
    namespace["__builtins__"] = builtins
    if namespaces is not None:
        namespaces.append(namespace)
    values = _default_values(original)
    keyword_defaults = [p[0] for p in args.kwonly if p[2]]
    positional = len(default_names) - len(keyword_defaults)
    wrapper = _FunctionType(
        _wrapper_code_named(params, body, default_names, name, qualname), namespace, name, tuple(values[:positional]) or None
    )
    if keyword_defaults:
        wrapper.__kwdefaults__ = dict(zip(keyword_defaults, values[positional:]))
    wrapper.__qualname__ = qualname
    wrapper.__doc__ = getattr(original, "__doc__", None)
    wrapper.__module__ = getattr(original, "__module__", None)
    if original is not None and hasattr(original, "__annotations__"):
        wrapper.__annotations__ = dict(original.__annotations__)
    return wrapper


class _ClassBuilder:
    """Turns a decorated class into units and its proxy type."""

    def __init__(self, cls: type, mode: str) -> None:
        self.cls = cls
        self.mode = mode
        self.source = _Source(cls)
        outline = self.source.outline
        # (name, kind, signature) of the class body's `def`s, in order.
        self.methods: List[Tuple[str, str, _Signature]] = [(n, k, _Signature(*sig)) for n, k, sig in outline["methods"]]
        self.name = cls.__name__
        _check_unique(self.name, cls.__module__, self.source)
        self.module_globals = sys.modules[cls.__module__].__dict__
        self.is_dataclass: bool = outline["is_dataclass"]
        if self.is_dataclass and "__dataclass_fields__" not in cls.__dict__:
            raise self.source.refusal(
                "@dataclass runs after @jitclass here: put @jitclass above @dataclass, so that it decorates "
                "the dataclass"
            )
        # Everything that refuses the class goes before its units reach the engine.
        getters: Set[str] = set()
        for m_name, kind, sig in self.methods:
            _check_parameters(sig, f"{cls.__qualname__}.{m_name}", self.source)
            getters |= {m_name} if kind == "getter" else set()
            if kind == "setter" and m_name not in getters:
                raise self.source.refusal(
                    f"the property setter {cls.__qualname__}.{m_name} is not named as a property defined before "
                    "it: jcvm supports `@x.setter` on a `def x` that follows x's getter"
                )
        _refuse_closures(cls, self.source)
        self.base: Optional[type] = None
        for base in cls.__bases__:
            if base is object:
                continue
            if not getattr(base, "_jcvm_unit", False) or not isinstance(base, type):
                raise self.source.refusal(f"the base class '{base.__name__}' of a jitclass must be a jitclass")
            self.base = base

    def init_args(self) -> Tuple[_Signature, Any]:
        """The constructor's parameters, and the function whose defaults they use."""
        for name, _, sig in self.methods:
            if name == "__init__":
                return sig, self.cls.__dict__.get("__init__")
        if self.is_dataclass:
            init = self.cls.__dict__.get("__init__")
            return _dataclass_args(self.cls, dict(self.source.outline["annotations"])), init
        if self.base is not None:
            return self.base._jcvm_init_args, self.base._jcvm_init_wrapper
        return _Signature([], [("self", None, False)]), None

    def build(self) -> type:
        waiting = _add_with_prelude(self.source, self.module_globals, self.cls.__module__)
        init_args, init_func = self.init_args()
        params = _annotated_params(init_args)
        call_args = [p[0] for p in (init_args.posonly + init_args.args)[1:]]
        if init_args.vararg is not None:
            call_args.append(f"*{init_args.vararg[0]}")
        call_args += [f"{p[0]}={p[0]}" for p in init_args.kwonly]
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

    def make_proxy(self, init_args: _Signature, init_func: Any) -> type:
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
        fields: Dict[str, bool] = dict(self.source.outline["fields"])  # name → admits None
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
            "__jcvm_call": _native.call,
            "__jcvm_construct": _native.construct,
            "__jcvm_e": _LazyEntries(name, entries),
            "__jcvm_ArgumentTypeError": _native.ArgumentTypeError,
        }
        namespaces: List[Dict[str, Any]] = []

        def entry() -> int:
            entries.append(-1)
            return len(entries) - 1

        init_body = _call_body("__jcvm_construct({receiver}, __jcvm_e[0]", init_args, skip_self=True, pass_self=False)
        init_extra = extra
        if self.is_dataclass and all(m_name != "__init__" for m_name, _, _ in self.methods):
            init_body, init_extra = _default_factories(cls, init_body, extra)
        init = _make_wrapper(
            "__init__", f"{cls.__qualname__}.__init__", init_args, init_func, True, init_body, init_extra, namespaces,
        )
        namespace["__init__"] = init
        namespace["_jcvm_init_wrapper"] = staticmethod(init)
        plan.append(("__init__", "constructor", 0))

        properties: Dict[str, Dict[str, Any]] = {}
        defs = {m_name: sig for m_name, _, sig in self.methods}
        for m_name, kind, sig in self.methods:
            if m_name == "__init__":
                continue
            original = cls.__dict__.get(m_name)
            qual = f"{cls.__qualname__}.{m_name}"
            if kind == "static":
                index = entry()
                fn = _make_wrapper(m_name, qual, sig, getattr(original, "__func__", original), False,
                                   _call_body("__jcvm_call(__jcvm_e[__jcvm_i]", sig, False), extra, namespaces, index)
                namespace[m_name] = staticmethod(fn)
                plan.append((m_name, "static", index))
            elif kind == "classmethod":
                namespace[m_name] = classmethod(_classmethod_refusal(qual))
            elif kind in ("getter", "setter"):
                index = entry()
                function = getattr(original, "fget" if kind == "getter" else "fset", None)
                fn = _make_wrapper(m_name, qual, sig, function, True,
                                   _call_body("__jcvm_call(__jcvm_e[__jcvm_i]", sig, True), extra, namespaces, index)
                properties.setdefault(m_name, {})["fget" if kind == "getter" else "fset"] = fn
                plan.append((m_name, kind, index))
            elif kind == "method":
                index = entry()
                body = _call_body("__jcvm_call(__jcvm_e[__jcvm_i]", sig, True)
                if m_name == "__exit__" and len(sig.args) == 4:
                    # Compiled code represents the type and the traceback by the exception itself.
                    a = [p[0] for p in sig.args]
                    body = (
                        f"if {a[2]} is not None:\n        {a[1]} = {a[3]} = {a[2]}\n"
                        f"    else:\n        {a[1]} = {a[3]} = None\n    {body}"
                    )
                if m_name in _BINARY:
                    body = f"try:\n        {body}\n    except __jcvm_ArgumentTypeError:\n        return NotImplemented"
                fn = _make_wrapper(m_name, qual, sig, original, True, body, extra, namespaces, index)
                namespace[m_name] = fn
                plan.append((m_name, "method", index))
        if self.is_dataclass:
            # Methods @dataclass generates (jcvm generates them too): `==` and `repr`.
            for generated, arity in (("__eq__", 2), ("__repr__", 1)):
                if generated in defs or generated not in cls.__dict__:
                    continue
                args = _Signature([], [(n, None, False) for n in ("self", "other")[:arity]])
                index = entry()
                body = _call_body("__jcvm_call(__jcvm_e[__jcvm_i]", args, True)
                if generated == "__eq__":
                    body = f"try:\n        {body}\n    except __jcvm_ArgumentTypeError:\n        return NotImplemented"
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
        _native.install_fields(proxy, name, list(fields.items()))
        # C-level descriptors for the methods a positional call can reach directly.
        for py_name, kind, index in plan:
            if kind not in ("method", "static", "constructor"):
                continue
            if kind != "constructor" and py_name not in defs:
                continue  # generated by @dataclass: its Python wrapper stays
            args = init_args if kind == "constructor" else defs[py_name]
            if args.vararg is not None or args.kwonly or args.posonly or py_name == "__exit__":
                continue
            wrapper = namespace[py_name]
            wrapper = wrapper.__func__ if isinstance(wrapper, staticmethod) else wrapper
            doc = _text_signature(py_name, args, wrapper, kind == "static")
            if doc is None:
                continue  # a default with no literal repr: the wrapper keeps the signature
            _native.install_method(proxy, py_name, kind, len(args.args), py_name in _BINARY, wrapper, doc, name)
        for alias, target in self.source.outline["aliases"]:  # `plus = add`: the same method under another name
            if target in proxy.__dict__:  # (a method jcvm refuses has none: the compilation says why)
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
                ns["__jcvm_e"] = entries
            proxy._jcvm_ready = True

        proxy._jcvm_bind = staticmethod(bind)
        return proxy


def _text_signature(name: str, args: _Signature, wrapper: Any, is_static: bool) -> Optional[str]:
    """The docstring of a C-level method, led by its text signature (what
    `inspect.signature` reads); None when a default has no literal repr."""
    doc = wrapper.__doc__ or ""
    names = [p[0] for p in args.args]
    defaults = list(getattr(wrapper, "__defaults__", None) or ())
    params = []
    for i, arg in enumerate(names):
        if i == 0 and not is_static:
            params.append("$self")
            continue
        j = i - (len(names) - len(defaults))
        if j >= 0:
            if not _has_literal_repr(defaults[j]):
                return None
            params.append(f"{arg}={defaults[j]!r}")
        else:
            params.append(arg)
    return f"{name}({', '.join(params)})\n--\n\n{doc}"


def _check_parameters(sig: _Signature, qualname: str, source: _Source) -> None:
    """Refuses what a wrapper cannot take: `**kwargs`, and parameter names
    starting `__jcvm` (the wrappers' own)."""
    if sig.has_kwarg:
        raise source.refusal(f"{qualname} takes **kwargs, which jcvm does not support")
    params = sig.posonly + sig.args + sig.kwonly + ([sig.vararg] if sig.vararg else [])
    for p in params:
        if p[0].startswith("__jcvm"):
            raise source.refusal(f"the parameter '{p[0]}' of {qualname}: names starting with __jcvm are reserved for jcvm")


def _default_factories(cls: type, body: str, extra: Dict[str, Any]) -> Tuple[str, Dict[str, Any]]:
    """A dataclass constructor's body that calls each `field(default_factory=f)`
    whose argument was left out (its default is dataclasses' placeholder)."""
    fields = cls.__dict__.get("__dataclass_fields__", {})
    dataclasses = sys.modules.get("dataclasses")
    factories = {
        n: f.default_factory for n, f in fields.items()
        if dataclasses is not None and f.default_factory is not dataclasses.MISSING and f.init
    }
    if not factories:
        return body, extra
    extra = dict(extra, __jcvm_no_value=getattr(dataclasses, "_HAS_DEFAULT_FACTORY", None))
    lines = []
    for n, factory in factories.items():
        extra[f"__jcvm_factory_{n}"] = factory
        lines.append(f"if {n} is __jcvm_no_value:\n        {n} = __jcvm_factory_{n}()")
    return "\n    ".join(lines + [body]), extra


def _has_literal_repr(value: Any) -> bool:
    """Whether `repr(value)` is a literal that `inspect` reads back from a text
    signature (checked on CPython 3.11: numbers, strs, bytes, None, bools and
    containers of them; not `set()`, which `ast.literal_eval` takes but a
    text signature does not, nor inf or nan, whose reprs are names)."""
    kind = type(value)
    if value is None or kind in (bool, int, str, bytes):
        return True
    if kind is float:
        return value - value == 0  # not inf or nan, whose reprs are names
    if kind is complex:
        return _has_literal_repr(value.real) and _has_literal_repr(value.imag)
    if kind in (tuple, list):
        return all(_has_literal_repr(v) for v in value)
    if kind is dict:
        return all(_has_literal_repr(k) and _has_literal_repr(v) for k, v in value.items())
    if kind is set:
        return bool(value) and all(_has_literal_repr(v) for v in value)
    return False


def _dataclass_args(cls: type, annotations: Dict[str, str]) -> _Signature:
    """The parameters of a dataclass's generated `__init__`, annotated as its fields."""
    init = cls.__init__
    code = init.__code__
    names = code.co_varnames[1 : code.co_argcount]
    first_default = len(names) - len(init.__defaults__ or ())
    args = [(n, annotations.get(n), i >= first_default) for i, n in enumerate(names)]
    return _Signature([], [("self", None, False)] + args)


def _call_body(prefix: str, args: _Signature, skip_self: bool, pass_self: bool = True) -> str:
    """`return prefix, arguments...)`; `{receiver}` in `prefix` names the
    receiver parameter."""
    _, call, _ = _signature_text(args, skip_self)
    if skip_self:
        prefix = prefix.format(receiver=(args.posonly + args.args)[0][0])
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
        sig = _Signature(*source.outline["signature"])
        _check_parameters(sig, f.__qualname__, source)
        _included.add((f.__module__, f.__qualname__))
        waiting = _add_with_prelude(source, f.__globals__, f.__module__)
        entries: List[int] = [-1]
        name = f.__name__
        namespaces: List[Dict[str, Any]] = []
        wrapper = _make_wrapper(
            f.__name__, f.__qualname__, sig, f, False, _call_body("__jcvm_call(__jcvm_e[0]", sig, False),
            {"__jcvm_call": _native.call, "__jcvm_e": _LazyEntries(name, entries)}, namespaces,
        )

        _native.register_entries(entries, [(None, name, "function")])
        _native.set_tier(name, mode)

        def bind() -> None:
            namespaces[0]["__jcvm_e"] = entries
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

