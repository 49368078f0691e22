from typing import Optional, Union


class A:
    def __init__(self, v: int) -> None:
        self.v = v
        self.tag = "a"

    def show(self, k: int) -> str:
        return "A%d" % (self.v * k)


class A2(A):
    def show(self, k: int) -> str:
        return "A2-%d" % (self.v + k)


class B:
    def __init__(self, w: float) -> None:
        self.w = w
        self.tag = "b"

    def show(self, k: int) -> str:
        return "B%.1f" % (self.w * k)


class C:
    def __init__(self) -> None:
        self.tag = "c"

    def show(self, k: int) -> str:
        return "C" * k


def kind(x: Union[A, B, C]) -> str:
    if isinstance(x, A):
        return "A with v=%d" % x.v
    elif isinstance(x, B):
        return "B with w=%s" % x.w
    else:
        return "C"


def early(x: Union[A, B]) -> float:
    if isinstance(x, A):
        return float(x.v)
    return x.w * 2


def negated(x: Union[A, B]) -> str:
    if not isinstance(x, B):
        return "not B: %d" % x.v
    return "B: %s" % x.w


def asserted(x: Union[A, B]) -> int:
    assert isinstance(x, A), "need an A"
    return x.v + 1


def number(n: Union[int, float, str]) -> str:
    if isinstance(n, int):
        return "int %d" % (n * 2)
    if isinstance(n, float):
        return "float %r" % (n / 2)
    return "str " + n.upper()


def main() -> None:
    xs: list[Union[A, B, C]] = [A(2), B(1.5), C(), A2(3)]
    for x in xs:
        print(kind(x), x.show(2), x.tag, isinstance(x, A), isinstance(x, A2), isinstance(x, C))
    print(early(A(4)), early(B(0.25)))
    print(negated(A(1)), negated(B(2.0)))
    print(asserted(A(9)))
    try:
        asserted(B(1.0))
    except AssertionError as e:
        print("assert", e)
    ns: list[Union[int, float, str]] = [3, 2.5, "hi"]
    for n in ns:
        print(number(n))
    m: Optional[Union[A, B]] = None
    print(isinstance(m, A), isinstance(m, B))
    try:
        print(m.show(1))
    except AttributeError as e:
        print("AttributeError", e)
    u: Union[int, str] = 5
    print(isinstance(u, str), isinstance(u, int), isinstance(u, float))
    u = "five"
    print(isinstance(u, str), isinstance(u, int))


main()
from typing import Union


def f(x: Union[int, str]) -> int:
    if isinstance(x, str):
        return 0
    return x * 2


def g(x: Union[int, str]) -> str:
    if isinstance(x, int):
        return "int"
    else:
        return x.upper()


def h(x: Union[float, str]) -> float:
    if not isinstance(x, float):
        return -1.0
    return x / 2


print(f(4), f("a"), g(1), g("b"), h(3.0), h("z"))
