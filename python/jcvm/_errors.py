"""Errors at the boundary: CompileError, and native exceptions as Python ones
whose tracebacks show the jitclass source lines they passed through."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import TracebackType
    from typing import Optional


class CompileError(Exception):
    """jcvm refused a class or function: where (the user's file, line and
    column) and why."""

    def __init__(self, message: str, file: str, line: int, col: int, rendered: str = "") -> None:
        super().__init__(f"{file}:{line}:{col}: {message}")
        self.message = message
        self.file = file
        self.line = line
        self.col = col
        self.rendered = rendered


def _frame_raiser(file: str, line: int, function: str, inner):
    """A function whose code object claims to be `function` at `file:line`, and
    which calls `inner` there (so a traceback through it shows that line)."""
    source = "\n" * (max(line, 1) - 1) + "__jcvm_inner()\n"
    code = compile(source, file, "exec")
    code = code.replace(co_name=function, co_qualname=function)
    namespace = {"__jcvm_inner": inner, "__name__": "jcvm._native_frames"}
    return lambda: exec(code, namespace)


def native_exception(
    cls: type,
    message: str,
    frames: list,
    cause: Optional[BaseException],
    context: Optional[BaseException],
) -> BaseException:
    """The exception compiled code raised, as an instance of `cls` whose args
    are the message (made without running `cls.__init__`, whose parameters are
    the user's: the fields compiled code set on it stay in the native object),
    with a traceback through `frames` ((file, line, function), outermost first;
    the bridge's generated constructors left out)."""
    exc = cls.__new__(cls)
    if issubclass(cls, KeyError) and message:
        import ast  # (here, not at the top: `ast` is a cold-start cost, this is rare)

        try:
            exc.args = (ast.literal_eval(message),)  # compiled code keeps repr(key)
        except (ValueError, SyntaxError):
            exc.args = (message,)
    else:
        exc.args = (message,) if message else ()
    if cause is not None:
        exc.__cause__ = cause
    if context is not None:
        exc.__context__ = context
    frames = [f for f in frames if f[0] != "<jcvm generated>"]

    def innermost() -> None:
        raise exc

    call = innermost
    for file, line, function in reversed(frames):
        call = _frame_raiser(file, line, function, call)
    try:
        call()
    except BaseException as raised:  # noqa: BLE001 - the point is to catch it
        tb: Optional[TracebackType] = raised.__traceback__
        # Drop this function's own entry and the helper's `raise` entry: keep the
        # entries of the native frames only.
        entries = []
        while tb is not None:
            entries.append(tb)
            tb = tb.tb_next
        native = [t for t in entries if t.tb_frame.f_globals.get("__name__") == "jcvm._native_frames"]
        # The traceback type without importing `types` (a cheaper `import jcvm`).
        traceback_type = type(raised.__traceback__)
        chain = None
        for t in reversed(native):
            chain = traceback_type(chain, t.tb_frame, t.tb_lasti, t.tb_lineno)
        exc.__traceback__ = chain
        if cause is not None:
            exc.__suppress_context__ = True
        return exc
    raise AssertionError("unreachable: the innermost frame raises")
