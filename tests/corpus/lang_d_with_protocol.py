from typing import Optional
from types import TracebackType


class Res:
    def __init__(self, name: str, suppress: bool = False) -> None:
        self.name = name
        self.suppress = suppress
        self.closed = False

    def __enter__(self) -> "Res":
        print("enter", self.name)
        if self.name == "bad-second":
            raise ValueError("cannot enter")
        return self

    def __exit__(self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException],
                 tb: Optional[TracebackType]) -> bool:
        print("exit", self.name, exc_type, exc, exc_type is None, tb is None)
        self.closed = True
        return self.suppress


class Quiet:
    def __enter__(self) -> int:
        return 42

    def __exit__(self, *args: object) -> None:
        print("quiet exit")


class MyErr(ValueError):
    pass


def early(n: int) -> int:
    with Res("early") as r:
        if n > 0:
            return n * 2
        print("not returned", r.name)
    return -1


def loop() -> None:
    for i in range(4):
        with Res("loop%d" % i):
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
    print("after loop")


def nested() -> None:
    with Res("outer") as a, Res("inner", True) as b:
        print(a.name, b.name)
        raise KeyError("k")
    print("after nested")


def failing() -> None:
    with Res("fail"):
        raise MyErr("boom")


def exit_raises() -> None:
    class_ = Res("x")
    with class_:
        pass


def main() -> None:
    with Res("a") as r:
        print("inside", r.name)
    print(r.closed)
    print(early(3), early(0))
    loop()
    nested()
    try:
        failing()
    except ValueError as e:
        print("caught", repr(e))
    with Quiet() as q:
        print("q", q)
    with Res("s", True):
        raise ZeroDivisionError("zero")
    print("suppressed")
    x = 0
    with Res("ret"):
        x = 5
    print(x)
    try:
        with Quiet():
            [1][5]
    except IndexError as e:
        print("index", e)
    m: Optional[Res] = None
    try:
        with m:
            pass
    except TypeError as e:
        print("TE", e)


main()

with Res("module") as top:
    print("module body", top.name)
try:
    with Res("first") as f1, Res("bad-second") as f2:
        print("never")
except ValueError as e:
    print("second failed", e)
