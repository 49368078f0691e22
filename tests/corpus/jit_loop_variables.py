# A loop variable keeps its last value after the loop, and a variable a call
# was about to overwrite keeps its old one when the call raises: compiled
# code (resumed generators, on-stack replacement) must load both.
# (Found by the adversarial pass of the generator JIT.)
from typing import Iterator


def inner() -> Iterator[int]:
    yield 1
    yield 2


def outer() -> Iterator[int]:
    for v in inner():
        yield v
    yield v * 10


class Count:
    def __init__(self, n: int) -> None:
        self.i = 0
        self.n = n

    def __iter__(self) -> "Count":
        return self

    def __next__(self) -> int:
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


def counted() -> Iterator[int]:
    for v in Count(3):
        yield v
    yield v * 10


def numbered() -> Iterator[int]:
    for i, v in enumerate(inner()):
        yield v
    yield i * 100 + v


def one() -> Iterator[float]:
    yield 0.5


def seven() -> Iterator[int]:
    yield 7


def hot_loops() -> None:
    t = 0.0
    bad = 0
    for i in range(30000):
        for v in one():
            pass
        t += v
        for w in seven():
            pass
        if w != 7:
            bad += 1
    print(t, bad)


def risky(i: int) -> int:
    if i % 1000 == 999:
        raise ValueError(str(i))
    return i * 2


def kept_on_raise() -> None:
    x = -1
    seen = 0
    for i in range(30000):
        try:
            x = risky(i)
        except ValueError:
            seen += x
    print(seen, x)


for _ in range(3):
    print(list(outer()), list(counted()), list(numbered()))
hot_loops()
kept_on_raise()
