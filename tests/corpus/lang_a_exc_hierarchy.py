# User exception hierarchies: fields set next to super().__init__(msg),
# str() and repr() of subclass instances (the message is fixed when built:
# changing a field later leaves it), super().__init__() with no message,
# handler order (a base-class clause first catches the subclasses), a
# user exception derived from a builtin one, and isinstance on the caught
# value.


class AppError(Exception):
    pass


class NetError(AppError):
    host: str

    def __init__(self, host: str, msg: str) -> None:
        super().__init__(msg + " @ " + host)
        self.host = host


class TimeoutNetError(NetError):
    seconds: float

    def __init__(self, host: str, seconds: float) -> None:
        super().__init__(host, f"timed out after {seconds:.1f}s")
        self.seconds = seconds


class CodeOnly(AppError):
    code: int

    def __init__(self, code: int) -> None:
        super().__init__(f"code {code}")
        self.code = code


class Silent(AppError):
    def __init__(self) -> None:
        super().__init__()


class BadIndex(IndexError):
    pass


def fail(kind: int) -> None:
    if kind == 0:
        raise NetError("db1", "refused")
    if kind == 1:
        raise TimeoutNetError("db2", 2.25)
    if kind == 2:
        raise CodeOnly(404)
    if kind == 3:
        raise Silent()
    if kind == 4:
        raise BadIndex("index 9 of 3")
    if kind == 5:
        raise AppError("plain")


def describe(kind: int) -> str:
    try:
        fail(kind)
    except TimeoutNetError as e:
        return f"timeout host={e.host} s={e.seconds} str={e} repr={e!r}"
    except NetError as e:
        return f"net host={e.host} str={e} repr={e!r}"
    except CodeOnly as e:
        return f"code={e.code} str={str(e)} repr={repr(e)}"
    except AppError as e:
        return f"app str=[{e}] repr={e!r} silent={isinstance(e, Silent)}"
    except LookupError as e:
        return f"lookup str={e} repr={e!r} bad={isinstance(e, BadIndex)}"
    return "no error"


def base_first(kind: int) -> str:
    try:
        fail(kind)
    except AppError as e:
        net = isinstance(e, NetError)
        timeout = isinstance(e, TimeoutNetError)
        return f"AppError clause: net={net} timeout={timeout}"
    except Exception:
        return "Exception clause"
    return "none"


def main() -> None:
    for kind in range(7):
        print(kind, describe(kind))
    for kind in [1, 4, 6]:
        print(base_first(kind))
    e = TimeoutNetError("h", 0.5)
    print(e.host, e.seconds, str(e), isinstance(e, AppError), isinstance(e, Exception))
    c = CodeOnly(7)
    c.code += 1
    print(c.code, str(c), repr(c))
    try:
        raise c
    except AppError as caught:
        print("raised a saved instance:", repr(caught))
    fail(1)


main()
