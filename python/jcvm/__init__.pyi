from typing import Any, Callable, Dict, Literal, Optional, TypeVar, overload

_C = TypeVar("_C", bound=type)
_F = TypeVar("_F", bound=Callable[..., Any])
_Mode = Literal["off", "eager", "auto"]

__version__: str

class CompileError(Exception):
    message: str
    file: str
    line: int
    col: int
    rendered: str
    def __init__(self, message: str, file: str, line: int, col: int, rendered: str = ...) -> None: ...

@overload
def jitclass(cls: _C, *, jit: Optional[_Mode] = ...) -> _C: ...
@overload
def jitclass(cls: None = ..., *, jit: Optional[_Mode] = ...) -> Callable[[_C], _C]: ...
@overload
def jit(func: _F, *, jit: Optional[_Mode] = ...) -> _F: ...
@overload
def jit(func: None = ..., *, jit: Optional[_Mode] = ...) -> Callable[[_F], _F]: ...
def collect() -> int: ...
def stats() -> Dict[str, int]: ...
