# Regressions found by adversarial testing: an Optional instance that is None prints as None
# even when its class defines __repr__/__str__; intersections keep the keys of the set CPython
# walks; sorting None with strs or tuples names the types as CPython does.
from typing import Iterator, Optional


class P:
    def __init__(self, x: int) -> None:
        self.x = x

    def __repr__(self) -> str:
        return "P(%d)" % self.x


class Q:
    def __init__(self, x: int) -> None:
        self.x = x

    def __str__(self) -> str:
        return "Q%d" % self.x


def fp(x: int) -> Optional[P]:
    return None if x < 0 else P(x)


def fq(x: int) -> Optional[Q]:
    return None if x < 0 else Q(x)


def ft(x: int) -> Optional[tuple[int, int]]:
    if x < 0:
        return None
    return (x, -x)


def main() -> None:
    m, n = fp(-1), fp(2)
    print(m, n, repr(m), f"{m} {n!r}", "%r %s" % (m, n))
    q = fq(-1)
    print(str(q), f"{q}", q, str(fq(3)))
    print(sorted({0.0} & {-0.0, 1.0}), sorted({-0.0, 1.0} & {0.0}), sorted({0.0, 3.0} & {-0.0}))
    print(sorted({-0.0} & {0.0, 3.0}), sorted({0.0} & {-0.0}), sorted({-0.0} & {0.0}))
    for attempt in range(3):
        try:
            if attempt == 0:
                print(sorted([ft(-1), ft(2)]))
            elif attempt == 1:
                zs = [ft(-1), ft(-2)]
                zs.sort()
            else:
                ss: list[Optional[str]] = [None, None]
                ss.sort()
        except TypeError as e:
            print("TypeError:", e)


main()


class Box:
    def __init__(self, items: list[int]) -> None:
        self.items = items

    def __len__(self) -> int:
        return len(self.items)


class Flag:
    def __init__(self, on: bool) -> None:
        self.on = on

    def __bool__(self) -> bool:
        return self.on


def truths() -> None:
    b: Optional[Box] = None
    f: Optional[Flag] = None
    print("yes" if b else "no", not f, bool(Box([])), bool(Flag(True)))
    boxes: list[Optional[Box]] = [None, Box([1]), Box([])]
    print(len(list(filter(None, boxes))))


truths()


def inner() -> Iterator[int]:
    yield 1


def outer() -> Iterator[int]:
    it = inner()
    while True:
        v = next(it)
        yield v * 10


def pep479() -> None:
    # A StopIteration leaving a generator becomes a RuntimeError (PEP 479).
    try:
        print(list(outer()))
    except RuntimeError as e:
        print("RuntimeError:", e)
    g = outer()
    print(next(g), next(g, -1))


pep479()
