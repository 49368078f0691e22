# Tuples: literals, several return values, unpacking (nested, in for loops,
# swaps), indexing, comparison, repr, tuples in lists and fields.
from typing import Optional, Tuple


class Segment:
    ends: tuple[float, float]
    label: str

    def __init__(self, a: float, b: float, label: str) -> None:
        self.ends = (a, b)
        self.label = label

    def length(self) -> float:
        a, b = self.ends
        return abs(b - a)


def divmod2(a: int, b: int) -> tuple[int, int]:
    return a // b, a % b


def bounds(xs: list[float]) -> Tuple[float, float]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return (lo, hi)


def fib_pair(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main() -> None:
    q, r = divmod2(17, 5)
    print(q, r, divmod2(-7, 2), divmod2(7, -2))
    a = 1
    b = 2
    a, b = b, a
    print(a, b)
    t = (1, "x", 2.5, True, None is None)
    print(t, t[0], t[-1], t[1], len("ab"))
    pairs = [(1, "one"), (2, "two"), (3, "three")]
    for n, name in pairs:
        print(n, name)
    print(pairs, pairs[1][1])
    lo, hi = bounds([3.0, -1.5, 9.25])
    print(lo, hi)
    print((1, 2) < (1, 3), (1, 2) == (1, 2), (2, "a") > (2, "b"), (1,), ())
    print((1, 2.5) <= (1, 2.5), (0.5, 1) != (0.5, 1), (3, 1) >= (2, 9))
    nested = ((1, 2), (3, (4, 5)))
    (x, y), (z, (u, v)) = nested
    print(x, y, z, u, v, nested)
    xs = [10, 20, 30]
    p, q2, s = xs
    print(p + q2 + s)
    [first, second] = "ab", "cd"
    print(first, second)
    seg = Segment(2.0, -1.5, "s")
    print(seg.ends, seg.length())
    seg.ends = (0.0, 4.0)
    print(seg.length(), fib_pair(50))
    grid = [(i, i * i) for i in range(0)] if False else [(0, 0)]
    print(grid)
    p, q2 = xs


main()
