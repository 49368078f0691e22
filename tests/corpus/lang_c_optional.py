# Optional[int] / Optional[float]: boxed numbers, None defaults, narrowing by 'is None' tests,
# 'and', conditional expressions, assert and assignment; None stored again inside a loop.
from typing import Optional


def lerp(a: float, b: float, l1: float, l2: Optional[float] = None) -> float:
    if l2 is None:
        l2 = 1 - l1
    return a * l1 + b * l2


def first_big(xs: list[int], limit: int) -> Optional[int]:
    for x in xs:
        if x > limit:
            return x
    return None


def describe(r: Optional[int] = None) -> str:
    n = 10 if r is None else r * 2
    return f"n={n} r={r}"


def best(xs: list[float]) -> Optional[float]:
    result: Optional[float] = None
    for x in xs:
        if result is None or x < result:
            result = x
    return result


class Cell:
    value: Optional[int]

    def __init__(self) -> None:
        self.value = None

    def set(self, v: int) -> None:
        self.value = v


print(lerp(1.0, 3.0, 0.25))
print(lerp(1.0, 3.0, 0.25, 0.5))
print(lerp(1.0, 3.0, 0.25, 2))
print(first_big([1, 5, 9], 4), first_big([1, 2], 4))
print(describe(), describe(7))
print(best([3.5, 1.25, 2.0]), best([]))
def main() -> None:
    c = Cell()
    print(c.value)
    c.set(42)
    print(c.value, repr(c.value), f"{c.value:>5}", "%d" % c.value)
    v = c.value
    if v is not None and v > 40:
        print("big", v + 1)
    vals: list[Optional[int]] = [1, None, 3]
    print(vals)
    d: dict[str, Optional[float]] = {"a": 1.5, "b": None}
    print(d)
    t = first_big([7], 0)
    assert t is not None
    print(t * 3)
    k = first_big([1], 5)
    if not k:
        print("none or zero")
    else:
        print(k + 1)


main()
def scan(xs: list[int]) -> int:
    last: Optional[int] = None
    total = 0
    for x in xs:
        if last is not None:
            total += last * x
        last = x
        if x < 0:
            last = None
    return total


def loop_reset(n: int) -> str:
    best: Optional[int] = 5
    out = ""
    i = 0
    while i < n:
        if best is not None:
            out += str(best)
        best = None
        i += 1
    return out


print(scan([1, 2, -3, 4, 5]))
print(loop_reset(3))
